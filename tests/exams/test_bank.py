import copy
import json
from pathlib import Path

import pytest

from jpprep.errors import ValidationError
from jpprep.exams import bank, blueprint, form

DATA = Path(__file__).with_name("data")
SAMPLE = DATA / "sample-bank.json"


def write(tmp_path, data, name="bank.json"):
    # keep media next to the bank, pretty-printed so items have their own lines
    (tmp_path / "media").mkdir(exist_ok=True)
    for f in (DATA / "media").iterdir():
        (tmp_path / "media" / f.name).write_bytes(f.read_bytes())
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


@pytest.fixture
def sample():
    return json.loads(SAMPLE.read_text(encoding="utf-8"))


def item(data, iid):
    return next(i for i in data["items"] if i["id"] == iid)


def refused(tmp_path, data) -> ValidationError:
    with pytest.raises(bank.BankProblemsError) as exc:
        bank.load(write(tmp_path, data))
    return exc.value


def test_sample_bank_loads_with_one_correct_answer_each():
    b = bank.load(SAMPLE)
    assert len(b.items) == 16
    sc = b.item("sc-1")
    assert sc.correct == 2 and sc.choices[1].text == "が"
    assert sc.full_sentence().replace("　", "") == "つくえのうえにほんがにさつあります。"
    assert b.item("tf-1").correct == 1 and [c.text for c in b.item("tf-1").choices] == ["○", "×"]
    assert b.item("lq-1").audio_only and len(b.item("lq-1").choices) == 3
    assert Path(b.item("pj-1").choices[0].image).is_file()


def test_no_correct_answer_names_file_line_item_and_field(tmp_path, sample):
    del item(sample, "kr-2")["answer"]
    err = refused(tmp_path, sample)
    text = str(err)
    assert "bank.json" in text and "kr-2" in text and "no correct answer" in text
    assert err.field == "answer"
    lines = (tmp_path / "bank.json").read_text(encoding="utf-8").splitlines()
    assert '"kr-2"' in lines[err.line - 1]


def test_two_correct_answers_refused(tmp_path, sample):
    item(sample, "cx-1")["answer"] = [1, 3]
    assert "2 correct answers" in str(refused(tmp_path, sample))


def test_duplicate_choice_refused(tmp_path, sample):
    item(sample, "kr-1")["choices"] = ["てんき", "でんき", "てんき", "てっき"]
    assert "two choices are the same" in str(refused(tmp_path, sample))


@pytest.mark.parametrize("pieces", [3, 5])
def test_star_item_needs_four_pieces(tmp_path, sample, pieces):
    sc = item(sample, "sc-1")
    sc["choices"] = ["ほん", "が", "にさつ", "に", "を"][:pieces]
    err = refused(tmp_path, sample)
    assert "exactly four pieces" in str(err) and "sc-1" in str(err)


def test_missing_audio_file_refused(tmp_path, sample):
    item(sample, "lt-1")["audio"] = "media/nowhere.mp3"
    err = refused(tmp_path, sample)
    assert "nowhere.mp3" in str(err) and err.field == "audio"


def test_listening_item_without_audio_or_script_refused(tmp_path, sample):
    del item(sample, "lq-1")["script"]
    assert "needs 'audio'" in str(refused(tmp_path, sample))


def test_ruby_on_tested_word_refused(tmp_path, sample):
    item(sample, "kr-1")["stem"] = "きょうは　[[｜天気《てんき》]]が　いいですね。"
    assert "must not carry furigana" in str(refused(tmp_path, sample))


def test_every_problem_is_listed(tmp_path, sample):
    del item(sample, "kr-2")["answer"]
    item(sample, "gf-1")["type"] = "grammar_dance"
    item(sample, "rs-1")["passage"] = "p-nowhere"
    err = refused(tmp_path, sample)
    assert len(err.problems) == 3
    assert {p.field for p in err.problems} == {"answer", "type", "passage"}


def test_broken_json_names_line(tmp_path):
    path = tmp_path / "b.json"
    path.write_text('{"format": 1,\n "id": "x",\n "items": [,]}', encoding="utf-8")
    with pytest.raises(ValidationError) as exc:
        bank.load(path)
    assert exc.value.line == 3


def test_blueprint_needing_more_items_than_bank_is_refused_before_start():
    b = bank.load(SAMPLE)
    with pytest.raises(ValidationError) as exc:
        form.check_fills(blueprint.get("jlpt-n5"), [b])
    text = str(exc.value)
    assert "漢字読み (kanji_reading)" in text and "the banks have 2" in text


def test_type_practice_keeps_passage_and_choice_count():
    b = bank.load(SAMPLE)
    f = form.assemble(blueprint.get("jlpt-n5"), [b], mode="type", types=["listen_quick"], count=1)
    assert f.item_ids == ["lq-1"]
    # the N5 即時応答 part has 3 choices: a 4-choice listening item cannot fill it
    with pytest.raises(ValidationError):
        form.assemble(blueprint.get("jlpt-n5"), [b], mode="type", types=["listen_quick"], count=2)


def test_cli_check(capsys):
    from jpprep.cli import main

    assert main(["exam", "check", str(SAMPLE)]) == 0
    assert "16 items" in capsys.readouterr().out
    assert main(["exam", "check", str(SAMPLE), "--exam", "jlpt-n5"]) == 2


def test_schema_lists_every_item_field():
    schema = json.loads((Path(__file__).parents[2] / "resources/schema/item-bank.schema.json").read_text())
    assert set(schema["$defs"]["item"]["properties"]) == bank.ITEM_FIELDS
    from jpprep.exams.types import TYPES

    assert set(schema["$defs"]["item"]["properties"]["type"]["enum"]) == set(TYPES)


def test_cli_check_lists_every_problem(tmp_path, sample, capsys):
    from jpprep.cli import main

    del item(sample, "kr-2")["answer"]
    item(sample, "sc-1")["choices"] = ["ほん", "が", "に"]
    path = write(tmp_path, sample)
    assert main(["exam", "check", str(path)]) == 2
    err = capsys.readouterr().err
    assert "kr-2" in err and "sc-1" in err and err.count("jpprep:") == 2
