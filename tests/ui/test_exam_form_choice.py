"""The Mock exams page lets a learner (or a whole class) take a fixed form, or a random mock."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from jpprep.services import exams as svc
from jpprep.services.profiles import create_profile
from jpprep.store.models import ExamAttempt
from jpprep.ui.context import AppContext

SHIPPED = Path(__file__).resolve().parents[2] / "decks" / "exams"
N5_FILES = [str(SHIPPED / "jlpt-n5-form-a.json"), str(SHIPPED / "jlpt-n5-form-b.json")]


def first_item(file: str) -> str:
    form = json.loads(Path(file).read_text(encoding="utf-8"))["forms"][0]
    return form["sections"]["vocab"][0]


@pytest.fixture
def page(db, clock, qapp_setup, qtbot):
    from jpprep.ui.pages.exams import ExamsPage

    pid = create_profile(db, "nimra", now=clock()).id
    ctx = AppContext(db=db, profile_id=pid, profile_name="nimra", clock=clock, settings={"exam_banks": N5_FILES})
    p = ExamsPage(ctx)
    qtbot.addWidget(p)
    p.resize(1024, 600)
    p.show()
    p.exam.setCurrentIndex(p.exam.findData("jlpt-n5"))
    return p


def attempt_form(db, attempt_id):
    with db.session() as s:
        return s.get(ExamAttempt, attempt_id).form_id


def test_random_is_the_default_and_each_fixed_form_is_offered(page):
    combo = page.form_choice
    assert combo.currentIndex() == 0 and combo.currentData() == ""
    assert combo.currentText() == "Random (new questions each time)"
    assert [combo.itemText(i).replace("\u2066", "").replace("\u2069", "") for i in range(1, combo.count())] == [
        "Form A (67 questions)", "Form B (67 questions)"]
    assert "jlpt-n5-form-b.json" in combo.itemData(2, Qt.ItemDataRole.ToolTipRole)


def test_choose_form_b_with_the_keyboard_and_start(page, qtbot, db):
    page.form_choice.setFocus()
    qtbot.keyClick(page.form_choice, Qt.Key.Key_Down)
    qtbot.keyClick(page.form_choice, Qt.Key.Key_Down)
    assert page.form_choice.currentData() == "n5-form-b"
    page.start_btn.setFocus()
    qtbot.keyClick(page.start_btn, Qt.Key.Key_Space)
    assert page.runner is not None, page.message.text()
    assert page.runner.s.item_id == first_item(N5_FILES[1]) == "n5b-kr-1"
    assert page.runner.s.form.form_id == "n5-form-b"
    assert attempt_form(db, page.run.attempt_id) == "n5-form-b"


def test_choose_form_a_with_the_mouse_and_start(page, qtbot, db):
    combo = page.form_choice
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    rect = view.visualRect(combo.model().index(1, 0))
    # the list ignores a release that comes right after it opened (that is the opening click)
    qtbot.wait(QApplication.doubleClickInterval() + 50)
    qtbot.mouseMove(view.viewport(), rect.center())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert combo.currentData() == "n5-form-a"
    qtbot.mouseClick(page.start_btn, Qt.MouseButton.LeftButton)
    assert page.runner is not None, page.message.text()
    assert page.runner.s.item_id == first_item(N5_FILES[0])
    assert attempt_form(db, page.run.attempt_id) == "n5-form-a"


def test_back_to_random_assembles_a_mock_with_no_form(page, qtbot, db):
    page.form_choice.setFocus()
    qtbot.keyClick(page.form_choice, Qt.Key.Key_End)  # Form B, then back to the top: Random
    assert page.form_choice.currentData() == "n5-form-b"
    qtbot.keyClick(page.form_choice, Qt.Key.Key_Home)
    qtbot.mouseClick(page.start_btn, Qt.MouseButton.LeftButton)
    assert page.runner is not None, page.message.text()
    assert page.runner.s.form.form_id is None
    assert attempt_form(db, page.run.attempt_id) is None


def test_a_fixed_form_is_only_for_a_full_mock(page, qtbot, db):
    page.form_choice.setCurrentIndex(2)
    page.mode.setCurrentIndex(page.mode.findData("section"))
    assert not page.form_choice.isEnabled()
    qtbot.mouseClick(page.start_btn, Qt.MouseButton.LeftButton)
    assert page.runner is not None, page.message.text()
    assert attempt_form(db, page.run.attempt_id) is None and page.run.mode == "section"
    page.mode.setCurrentIndex(page.mode.findData("full"))
    assert page.form_choice.isEnabled() and page.form_choice.currentData() == "n5-form-b"


def test_past_results_say_which_form_was_taken(page, db, clock):
    run = svc.start_exam(db, page.ctx.profile_id, "jlpt-n5", now=clock(), form_id="n5-form-b", files=N5_FILES)
    svc.finish_exam(db, run, clock() + 60_000)
    run = svc.start_exam(db, page.ctx.profile_id, "jlpt-n5", now=clock() + 120_000, files=N5_FILES)
    svc.finish_exam(db, run, clock() + 180_000)
    page.refresh()
    texts = [page.history.item(i).text().replace("\u2066", "").replace("\u2069", "")
             for i in range(page.history.count())]
    assert "Full timed mock · Form B ·" in texts[1]
    assert "Form" not in texts[0]
