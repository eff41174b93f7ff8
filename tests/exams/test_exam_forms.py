"""Fixed mock forms: listing them (shipped and a centre's own), starting one, and the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jpprep import paths
from jpprep.cli import main
from jpprep.errors import ValidationError
from jpprep.services import exam_forms
from jpprep.services import exams as svc
from jpprep.services.profiles import create_profile

SHIPPED = Path(__file__).resolve().parents[2] / "decks" / "exams"
T0 = 1_800_000_000_000
MIN = 60_000


def centre_bank(extra_forms=lambda sections: []) -> Path:
    """An instructor's own N5 form in the data folder: shipped form A's questions under new ids
    (and the forms extra_forms(sections) makes from them)."""
    data = json.loads((SHIPPED / "jlpt-n5-form-a.json").read_text(encoding="utf-8"))
    data["id"], data["title"] = "centre-n5", "Centre N5 mocks"
    for it in data["items"]:
        it["id"] = "c-" + it["id"]
    sections = {sid: ["c-" + i for i in ids] for sid, ids in data["forms"][0]["sections"].items()}
    data["forms"] = [{"id": "centre-july", "exam": "jlpt-n5", "title": "July class test", "sections": sections},
                     *extra_forms(sections)]
    folder = paths.data_dir() / "exams"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "centre-n5.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def test_the_shipped_n5_forms_are_listed_with_their_names_files_and_sizes():
    forms = exam_forms.list_forms("jlpt-n5")
    assert [(f.id, f.name, f.items) for f in forms] == [("n5-form-a", "Form A", 67), ("n5-form-b", "Form B", 67)]
    assert Path(forms[1].bank_file).name == "jlpt-n5-form-b.json"
    assert {f.id for f in exam_forms.list_forms("jft-basic")} == {"jft-form-a", "jft-form-b"}


def test_a_centres_form_in_the_data_folder_is_listed_and_one_for_another_exam_or_short_is_not():
    def extra(sections):
        short = {sid: ids[:-1] for sid, ids in sections.items()}  # one question short in each section
        return [{"id": "centre-n4", "exam": "jlpt-n4", "sections": sections},
                {"id": "centre-short", "exam": "jlpt-n5", "sections": short}]

    path = centre_bank(extra)
    n5 = {f.id: f for f in exam_forms.list_forms("jlpt-n5")}
    assert set(n5) == {"n5-form-a", "n5-form-b", "centre-july"}
    assert n5["centre-july"].name == "July class test" and n5["centre-july"].bank_file == str(path)
    assert n5["centre-july"].items == 67
    assert "centre-n4" not in {f.id for f in exam_forms.list_forms("jlpt-n4")}
    assert "centre-n4" not in {f.id for f in exam_forms.list_forms()}


def test_an_instructor_editing_a_bank_sees_the_change_at_once():
    assert "centre-july" not in {f.id for f in exam_forms.list_forms("jlpt-n5")}
    path = centre_bank()
    assert {f.id: f.name for f in exam_forms.list_forms("jlpt-n5")}["centre-july"] == "July class test"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["forms"][0]["title"] = "July class test (second sitting)"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert {f.id: f.name for f in exam_forms.list_forms("jlpt-n5")}["centre-july"] == "July class test (second sitting)"
    path.unlink()
    assert "centre-july" not in {f.id for f in exam_forms.list_forms("jlpt-n5")}


def test_a_form_without_a_title_is_named_by_its_banks_title_when_alone():
    data = json.loads((SHIPPED / "jlpt-n5-form-b.json").read_text(encoding="utf-8"))
    del data["forms"][0]["title"]
    folder = paths.data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "b.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    [form] = exam_forms.list_forms("jlpt-n5", files=[folder / "b.json"])
    assert form.name == "JLPT N5 mock, form B (original)"


def test_starting_a_centres_form_records_it_and_results_can_be_picked_by_form(db):
    centre_bank()
    pid = create_profile(db, "sita", now=T0).id
    run = svc.start_exam(db, pid, "jlpt-n5", now=T0, form_id="centre-july")
    assert run.session.item_id == "c-n5a-kr-1"
    svc.finish_exam(db, run, T0 + MIN)
    random_run = svc.start_exam(db, pid, "jlpt-n5", now=T0 + 10 * MIN)
    svc.finish_exam(db, random_run, T0 + 11 * MIN)
    assert [r.form_id for r in svc.list_results(db, pid)] == [None, "centre-july"]
    assert [r.attempt_id for r in svc.list_results(db, pid, form_id="centre-july")] == [run.attempt_id]


def test_an_unknown_form_is_refused_naming_the_exam_and_its_forms(db):
    pid = create_profile(db, "sita", now=T0).id
    with pytest.raises(ValidationError) as exc:
        svc.start_exam(db, pid, "jlpt-n5", now=T0, form_id="n5-form-c")
    text = str(exc.value)
    assert "JLPT N5" in text and "n5-form-c" in text and "n5-form-a, n5-form-b" in text
    assert exc.value.code == "form_unknown" and exc.value.params["form"] == "n5-form-c"


# --- the command line ---------------------------------------------------------------------

def test_cli_lists_an_exams_forms(capsys):
    centre_bank()
    assert main(["exam", "list-forms", "jlpt-n5"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines] == ["n5-form-a", "n5-form-b", "centre-july"]
    assert "Form B" in lines[1] and "67 Q" in lines[1] and "jlpt-n5-form-b.json" in lines[1]
    assert main(["exam", "list-forms", "jft-basic", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["id"], r["name"], r["questions"]) for r in rows] == [("jft-form-a", "Form A", 50),
                                                                    ("jft-form-b", "Form B", 50)]
    assert main(["exam", "list-forms", "jlpt-n2"]) == 0
    assert "no fixed forms" in capsys.readouterr().out


def test_cli_results_by_form_and_an_unknown_form(db, capsys):
    pid = create_profile(db, "sita", now=T0).id
    run = svc.start_exam(db, pid, "jlpt-n5", now=T0, form_id="n5-form-b")
    svc.finish_exam(db, run, T0 + MIN)
    svc.finish_exam(db, svc.start_exam(db, pid, "jlpt-n5", now=T0 + 5 * MIN), T0 + 6 * MIN)
    base = ["--database-url", db.url, "--profile", "sita", "exam", "results"]
    assert main(base) == 0
    assert "jlpt-n5 full form n5-form-b total" in capsys.readouterr().out
    assert main([*base, "--form", "n5-form-b", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["attempt_id"], r["form_id"]) for r in rows] == [(run.attempt_id, "n5-form-b")]
    assert main([*base, "--exam", "jlpt-n5", "--form", "n5-form-c"]) == 2
    err = capsys.readouterr().err
    assert "JLPT N5 (jlpt-n5) has no form 'n5-form-c'; its forms are n5-form-a, n5-form-b." in err


def test_cli_check_a_form_before_giving_it_to_a_class(capsys, tmp_path):
    path = centre_bank()
    assert main(["exam", "check", str(path), "--exam", "jlpt-n5", "--form", "centre-july"]) == 0
    assert "ok:" in capsys.readouterr().out
    assert main(["exam", "check", str(path), "--exam", "jlpt-n5", "--form", "centre-june"]) == 2
    assert "has no form 'centre-june'; its forms are centre-july." in capsys.readouterr().err
    assert main(["exam", "check", str(path), "--exam", "jlpt-n4", "--form", "centre-july"]) == 2
    assert "form centre-july is for jlpt-n5, not jlpt-n4" in capsys.readouterr().err
