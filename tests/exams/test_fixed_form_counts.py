"""A third-party fixed form must be a faithful full mock: the blueprint's items per section and
type. A form that is short, long, or puts an item in the wrong section is refused by name."""

import json
from pathlib import Path

import pytest

from jpprep.errors import ValidationError
from jpprep.exams import bank, blueprint, form

SHIPPED = Path(__file__).resolve().parents[2] / "decks" / "exams" / "jlpt-n5-form-a.json"


def _with_form(tmp_path, change) -> Path:
    data = json.loads(SHIPPED.read_text(encoding="utf-8"))
    change(data["forms"][0]["sections"])
    out = tmp_path / "instructor-form.json"
    out.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return out


def _assemble(path: Path):
    b = bank.load(path)
    (fid, f), = b.forms.items()
    return form.assemble(blueprint.get(f["exam"]), [b], form_id=fid)


def test_the_unchanged_form_is_accepted(tmp_path):
    built = _assemble(_with_form(tmp_path, lambda secs: None))
    assert len(built.item_ids) == blueprint.get("jlpt-n5").count


def test_a_form_one_item_short_is_refused_naming_section_and_type(tmp_path):
    def drop_last(secs):
        secs["vocab"].pop()
    with pytest.raises(ValidationError) as e:
        _assemble(_with_form(tmp_path, drop_last))
    msg = str(e.value)
    assert "section vocab" in msg and "instead of" in msg
    assert e.value.file.endswith("instructor-form.json")


def test_an_item_moved_to_another_section_is_refused(tmp_path):
    def move(secs):
        secs["grammar_reading"].append(secs["vocab"].pop(0))
    with pytest.raises(ValidationError) as e:
        _assemble(_with_form(tmp_path, move))
    assert "section grammar_reading" in str(e.value) or "section vocab" in str(e.value)


def test_a_section_the_exam_does_not_have_is_refused(tmp_path):
    def add(secs):
        secs["bonus"] = [secs["vocab"][0]]
    with pytest.raises(ValidationError, match="bonus"):
        _assemble(_with_form(tmp_path, add))
