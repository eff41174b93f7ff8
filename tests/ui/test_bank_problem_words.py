"""A question bank's problems, a fixed form's, a note id twice in a deck and a failed fit of the
memory model are said in the interface language, with the file, line, question and field
filled in (line numbers in the language's digits); `jpprep exam check` keeps its English."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt

from jpprep.exams import bank, blueprint, synthetic
from jpprep.exams import form as formmod
from jpprep.services.profiles import create_profile
from jpprep.ui import i18n, theme
from jpprep.ui.context import AppContext
from jpprep.ui.error_text import error_text

pytestmark = pytest.mark.usefixtures("ui_defaults")
LRI, PDI = "\u2066", "\u2069"

NO_ANSWER = """{
 "format": 1,
 "id": "my-bank",
 "items": [
  {"id": "kr-1", "type": "kanji_reading", "stem": "[[水]]をのみます。",
   "choices": ["みず", "みす", "mizu", "みづ"]}
 ]
}
"""

TWO_PROBLEMS = """{
 "format": 1,
 "id": "my-bank",
 "items": [
  {"id": "gf-1", "type": "grammar_form", "stem": "これ（　）ほんです。",
   "choices": ["は", "が", "は", "を"], "answer": 1},
  {"id": "gf-2", "type": "grammar_form", "stem": "あれ（　）えきです。",
   "choices": ["は", "が", "を", "に", "で"], "answer": 1}
 ]
}
"""


def _exams_page(qtbot, db, clock, files, lang):
    from jpprep.ui.pages.exams import ExamsPage

    i18n.apply_language(lang)
    theme.apply_font(lang, 100)
    pid = create_profile(db, "nimra", now=clock()).id
    page = ExamsPage(AppContext(db=db, profile_id=pid, profile_name="nimra", clock=clock,
                                settings={"exam_banks": [str(f) for f in files]}))
    qtbot.addWidget(page)
    page.resize(1024, 640)
    page.show()
    return page


def test_a_question_without_a_right_answer_is_said_in_urdu_with_its_place(qtbot, db, clock,
                                                                          tmp_path):
    path = tmp_path / "my-bank.json"
    path.write_text(NO_ANSWER, encoding="utf-8")
    page = _exams_page(qtbot, db, clock, [path], "ur")
    text = page.message.text()
    assert "اس سوال کا کوئی درست جواب نہیں ہے" in text  # "This question has no right answer."
    assert "مسئلے کی وجہ سے لوڈ نہیں ہوا" in text  # one problem: not loaded because of it
    # where: the file, the item's line (5), the question's id and the field, as written
    assert f"{LRI}{path}{PDI}، لائن 5، سوال {LRI}kr-1{PDI}، فیلڈ {LRI}answer{PDI}" in text
    assert "no correct answer" not in text and "in English" not in text


def test_a_bank_with_two_problems_is_said_in_nepali_with_nepali_line_numbers(qtbot, db, clock,
                                                                            tmp_path):
    path = tmp_path / "my-bank.json"
    path.write_text(TWO_PROBLEMS, encoding="utf-8")
    page = _exams_page(qtbot, db, clock, [path], "ne")
    text = page.message.text()
    assert "यो प्रश्न बैंकमा २ वटा समस्या छन्" in text
    # the first problem: two choices are the same, on line 5 (५) of the file
    assert f"दुईवटा विकल्प उस्तै छन् ({LRI}は{PDI})" in text
    assert f"लाइन ५, प्रश्न {LRI}gf-1{PDI}, फिल्ड {LRI}choices{PDI}" in text
    assert "jpprep exam check" in text  # where a teacher lists them all
    assert not re.search("[0-9]", re.sub(f"{LRI}[^{PDI}]*{PDI}", "", text))  # ids as written
    assert "the same" not in text


def test_a_form_naming_a_question_the_bank_lacks_is_said_in_urdu(qtbot, db, clock, tmp_path):
    data = json.loads(NO_ANSWER)
    data["items"][0]["answer"] = 1
    data["forms"] = [{"id": "n5-a", "exam": "jlpt-n5", "sections": {"vocab": ["kr-1", "kr-9"]}}]
    path = tmp_path / "my-bank.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    page = _exams_page(qtbot, db, clock, [path], "ur")
    text = page.message.text()
    assert (f"پرچہ {LRI}n5-a{PDI}، حصہ {LRI}vocab{PDI}: سوال {LRI}kr-9{PDI} موجود نہیں ہے۔"
            in text)
    assert f"فیلڈ {LRI}forms{PDI}" in text and "there is no item" not in text


def test_two_banks_sharing_a_question_id_are_said_in_nepali_when_the_exam_starts(qtbot, db, clock,
                                                                                 tmp_path):
    bp = blueprint.get("jft-basic")
    first = synthetic.synthetic_bank(bp, tmp_path / "a", "bank-a")
    item = dict(json.loads(first.read_text(encoding="utf-8"))["items"][0])
    item.pop("passage", None)
    item["type"] = "jft_grammar"
    second = tmp_path / "bank-b.json"
    second.write_text(json.dumps({"format": 1, "id": "bank-b", "items": [item]},
                                 ensure_ascii=False), encoding="utf-8")
    files = [first, second]
    page = _exams_page(qtbot, db, clock, files, "ne")
    page.exam.setCurrentIndex(page.exam.findData("jft-basic"))
    page.mode.setCurrentIndex(page.mode.findData("full"))
    page.start_btn.setFocus()
    qtbot.keyClick(page.start_btn, Qt.Key.Key_Space)
    assert page.runner is None
    text = page.message.text()
    assert "दुई बैंकमा" in text and f"{LRI}bank-a{PDI}" in text and f"{LRI}bank-b{PDI}" in text
    assert "is in two banks" not in text


def _counts_wrong(tmp_path):
    """A JLPT N5 bank whose fixed form puts one question in the vocabulary section."""
    bp = blueprint.get("jlpt-n5")
    path = synthetic.synthetic_bank(bp, tmp_path / "n5")
    data = json.loads(path.read_text(encoding="utf-8"))
    first = data["items"][0]["id"]
    data["forms"] = [{"id": "n5-x", "exam": "jlpt-n5",
                      "sections": {s.id: [first] for s in bp.sections}}]
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(bank.ValidationError) as exc:
        formmod.assemble(bp, [bank.load(path)], form_id="n5-x")
    return exc.value


def test_a_fixed_form_that_does_not_fill_its_exam_is_said_in_nepali(qapp, tmp_path):
    err = _counts_wrong(tmp_path)
    assert "does not match JLPT N5" in str(err)  # the CLI's English stays
    i18n.apply_language("ne")
    text = error_text(err)
    assert "प्रश्नपत्र" in text and "मिल्दैन" in text and "does not match" not in text
    # a count the form has wrong, in Devanagari: 1 instead of the blueprint's 7 漢字読み
    assert re.search(f"{LRI}漢字読み{PDI}: ([०-९]+) को सट्टा १", text)
    i18n.apply_language("ur")
    assert "میل نہیں کھاتا" in error_text(err)
    missing = formmod.ValidationError("x", code="form_unknown", params={"form": "n5-z"})
    assert error_text(missing) == f"سوالوں کے کسی بینک میں {LRI}n5-z{PDI} نام کا پرچہ نہیں ہے۔"


def _cli(*args):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    env["JPPREP_UI_LANGUAGE"] = "ur"  # a lab set to Urdu: the command line stays English
    return subprocess.run([sys.executable, "-m", "jpprep", *args], capture_output=True, text=True,
                          env=env, timeout=120)


def test_the_cli_keeps_english_for_every_problem_of_a_bank(tmp_path):
    path = tmp_path / "my-bank.json"
    path.write_text(TWO_PROBLEMS, encoding="utf-8")
    out = _cli("exam", "check", str(path))
    assert out.returncode == 2
    lines = out.stderr.strip().splitlines()
    assert lines[0] == (f"jpprep: {path}, line 5, field choices: item gf-1: two choices are the "
                        "same ('は'): one question would have two correct answers or a giveaway.")
    assert lines[1] == (f"jpprep: {path}, line 7, field choices: item gf-2: an item needs 2 to 4 "
                        "choices; it has 5.")
