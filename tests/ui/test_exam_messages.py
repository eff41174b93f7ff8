"""Mock exam and assignment messages in the interface language: a mock the question banks cannot
fill, an assignment with a wrong date, a backup that cannot be restored. The exam's name and
its question types stay as written; the CLI's English (str(error)) is unchanged."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from jpprep import errors
from jpprep.exams import blueprint, synthetic
from jpprep.services.profiles import create_profile
from jpprep.ui import i18n, theme
from jpprep.ui.context import AppContext
from jpprep.ui.error_text import error_text

pytestmark = pytest.mark.usefixtures("ui_defaults")
URDU = re.compile("[\u0600-\u06ff]")


def _short_page(qtbot, db, clock, tmp_path, lang):
    """The exams page with only a JFT-Basic bank: JLPT N5 cannot be filled."""
    from jpprep.ui.pages.exams import ExamsPage

    i18n.apply_language(lang)
    theme.apply_font(lang, 100)
    pid = create_profile(db, "nimra", now=clock()).id
    files = [str(synthetic.synthetic_bank(blueprint.get("jft-basic"), tmp_path / "j"))]
    ctx = AppContext(db=db, profile_id=pid, profile_name="nimra", clock=clock,
                     settings={"exam_banks": files})
    page = ExamsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1024, 600)
    page.show()
    page.exam.setCurrentIndex(page.exam.findData("jlpt-n5"))
    page.mode.setCurrentIndex(page.mode.findData("full"))
    page.start_btn.setFocus()
    qtbot.keyClick(page.start_btn, Qt.Key.Key_Space)
    assert page.runner is None
    return page


def test_a_mock_the_banks_cannot_fill_is_said_in_urdu(qtbot, db, clock, tmp_path, screenshot):
    page = _short_page(qtbot, db, clock, tmp_path, "ur")
    text = page.message.text()
    assert "JLPT N5" in text and "漢字読み" in text  # the exam and its types as the test names them
    assert "کافی سوال نہیں ہیں" in text and "needs" not in text
    tip = page.exam.itemData(page.exam.findData("jlpt-n5"), Qt.ItemDataRole.ToolTipRole)
    assert URDU.search(tip) and "needs" not in tip
    screenshot(page, "exam_message_ur")


def test_a_mock_the_banks_cannot_fill_is_said_in_nepali(qtbot, db, clock, tmp_path, screenshot):
    page = _short_page(qtbot, db, clock, tmp_path, "ne")
    text = page.message.text()
    assert "JLPT N5" in text and "漢字読み" in text
    assert "पर्याप्त प्रश्न छैनन्" in text
    screenshot(page, "exam_message_ne")


def test_an_assignment_with_a_wrong_date_is_said_in_nepali(qtbot, db, clock, monkeypatch):
    from jpprep.ui.pages import classroom

    i18n.apply_language("ne")
    pid = create_profile(db, "Sita", now=clock()).id
    ctx = AppContext(db=db, profile_id=pid, profile_name="Sita", clock=clock, settings={})
    page = classroom.ClassroomPage(ctx)
    qtbot.addWidget(page)
    shown = []
    monkeypatch.setattr(classroom.QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    page.assign({"profile_id": None, "due_date": "31/03/2026", "exam_id": "jlpt-n5"})
    assert "31/03/2026" in shown[0] and "मिति होइन" in shown[0]
    page.assign({"profile_id": None, "due_date": "2026-03-31", "exam_id": "jlpt-n9"})
    assert "jlpt-n9" in shown[1] and "नमुना परीक्षा छैन" in shown[1]


def test_a_backup_that_cannot_be_restored_is_said_in_urdu_the_cli_keeps_english(qapp, tmp_path):
    from jpprep.store.backup import verify_backup

    bad = tmp_path / "jpprep-2026.db"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    with pytest.raises(errors.StorageError) as exc:
        verify_backup(bad)
    assert "cannot be restored" in str(exc.value) or "not a jpprep backup" in str(exc.value)
    i18n.apply_language("ur")
    text = error_text(exc.value)
    assert URDU.search(text) and str(bad) in text
    assert "restored" not in text and "backup list" not in text


def test_exam_words_keep_their_placeholders_in_every_language(qapp):
    """A translation that lost {exam} or {types} would fall back to English: none does."""
    err = errors.ValidationError("JLPT N5 needs ...", field="items", code="exam_items_short",
                                 params={"exam": "JLPT N5", "types": "漢字読み, 表記"})
    for lang in i18n.TRANSLATED:
        i18n.apply_language(lang)
        text = error_text(err)
        assert "JLPT N5" in text and "漢字読み, 表記" in text and "needs" not in text, lang


def test_a_broken_question_bank_is_said_in_urdu_on_the_exams_page(qtbot, db, clock, tmp_path):
    from jpprep.ui.pages.exams import ExamsPage

    bad = tmp_path / "my-bank.json"
    bad.write_text('{"format": 1,\n "id": "x", "items": [}', encoding="utf-8")
    i18n.apply_language("ur")
    pid = create_profile(db, "nimra", now=clock()).id
    page = ExamsPage(AppContext(db=db, profile_id=pid, profile_name="nimra", clock=clock,
                                settings={"exam_banks": [str(bad)]}))
    qtbot.addWidget(page)
    text = page.message.text()
    assert "درست JSON نہیں ہے" in text and str(bad) in text and "لائن 2" in text
    assert "not valid JSON" not in text


def test_a_bank_with_problems_says_how_many_in_nepali(qapp, tmp_path):
    from jpprep.exams import bank

    path = tmp_path / "b.json"
    path.write_text('{"format": 1, "id": "bad id!", "items": []}', encoding="utf-8")
    with pytest.raises(bank.BankProblemsError) as exc:
        bank.load(path)
    i18n.apply_language("ne")
    text = error_text(exc.value)
    assert "समस्या छन्" in text and "jpprep exam check" in text
    assert "बैंकको “id” अक्षर, अङ्क" in text  # the first problem too, no longer in English
