"""Reading cards ask for the reading in a box: romaji becomes kana as it is typed, Enter checks it
and shows the answer with a suggested rating; the keyboard alone still does everything."""

from __future__ import annotations

from PySide6.QtCore import Qt

from jpprep.services import study

from .reviewer_deck import study_window


def _answers(db, profile_id):
    with db.session() as s:
        from sqlalchemy import select

        from jpprep.store.models import Review

        return [r for (r,) in s.execute(select(Review.rating).where(
            Review.profile_id == profile_id, Review.kind == "review").order_by(Review.id))]


def test_romaji_becomes_kana_and_enter_checks_then_digits_rate(qtbot, qapp_setup, db, clock,
                                                                tmp_path, screenshot):
    win, page = study_window(qtbot, db, clock, tmp_path)
    assert page.card.expression == "食べる" and page.prompt.text() == "What is the reading?"
    box = page.answer_box
    assert box.isVisible() and box.hasFocus()  # ready to type
    qtbot.keyClicks(box, "tabe")
    assert box.text() == "たべ"  # kana as it is typed
    qtbot.keyClicks(box, "ru")
    assert box.text() == "たべる"
    assert not page.revealed and not page.meaning_label.isVisible()
    screenshot(win, "reviewer-typed-question")
    clock.advance(6)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert page.revealed and page.meaning_label.isVisible()
    assert page.check_label.isVisible() and "Right" in page.check_label.text()
    assert page.grade_buttons[3].font().bold()  # Good is suggested, not given
    assert _answers(db, page.ctx.profile_id) == []
    assert page.hasFocus()  # the digits rate now
    screenshot(win, "reviewer-typed-right")
    qtbot.keyClick(page, Qt.Key.Key_3)
    assert _answers(db, page.ctx.profile_id) == [3]
    # the next reading card: a wrong answer shows the right reading and suggests Again
    assert page.card.expression == "学校" and page.answer_box.text() == ""
    qtbot.keyClicks(page.answer_box, "gakou")
    assert page.answer_box.text() == "がこう"
    qtbot.keyClick(page.answer_box, Qt.Key.Key_Enter)
    text = page.check_label.text()
    assert "Not quite" in text and "がこう" in text and "がっこう" in text
    assert page.grade_buttons[1].font().bold() and not page.grade_buttons[3].font().bold()
    screenshot(win, "reviewer-typed-wrong")
    qtbot.keyClick(page, Qt.Key.Key_Space)  # Space still means Good, as in Anki
    assert _answers(db, page.ctx.profile_id) == [3, 3]


def test_a_final_n_becomes_n_kana_on_enter(qtbot, qapp_setup, db, clock, tmp_path):
    win, page = study_window(qtbot, db, clock, tmp_path)
    for _ in range(2):  # to the third note, 新聞
        page.reveal()
        qtbot.keyClick(page, Qt.Key.Key_4)
    assert page.card.expression == "新聞"
    qtbot.keyClicks(page.answer_box, "shinbun")
    assert page.answer_box.text() == "しんぶn"  # the last n may still become な, に...
    qtbot.keyClick(page.answer_box, Qt.Key.Key_Return)
    assert page.answer_box.text() == "しんぶん" and "Right" in page.check_label.text()


def test_space_in_the_empty_box_shows_the_answer_and_esc_leaves_the_box(qtbot, qapp_setup, db,
                                                                         clock, tmp_path):
    win, page = study_window(qtbot, db, clock, tmp_path)
    qtbot.keyClick(page.answer_box, Qt.Key.Key_Space)  # nothing typed: Space shows, as always
    assert page.revealed and not page.check_label.isVisible()
    assert not page.answer_box.isVisible()  # nothing was typed: no box on the answer side
    qtbot.keyClick(page, Qt.Key.Key_1)
    assert _answers(db, page.ctx.profile_id) == [1]
    # in the box, letters are typed (u is う, not undo); Esc gives the keys back to the page
    qtbot.keyClicks(page.answer_box, "u")
    assert page.answer_box.text() == "う" and _answers(db, page.ctx.profile_id) == [1]
    qtbot.keyClick(page.answer_box, Qt.Key.Key_Escape)
    assert page.hasFocus() and win.current_page_key() == "study"
    qtbot.keyClick(page, Qt.Key.Key_U)  # now u is undo
    assert _answers(db, page.ctx.profile_id) == []
    assert page.card.expression == "食べる"


def test_typing_can_be_turned_off(qtbot, qapp_setup, db, clock, tmp_path):
    win, page = study_window(qtbot, db, clock, tmp_path, typed_answers=False)
    assert not page.answer_box.isVisible()
    qtbot.keyClick(page, Qt.Key.Key_Space)
    qtbot.keyClick(page, Qt.Key.Key_2)
    assert study.can_undo(db, page.ctx.profile_id) == "answer"


def test_the_settings_page_turns_typing_off_and_on(qtbot, qapp_setup, db, clock, tmp_path):
    win, page = study_window(qtbot, db, clock, tmp_path)
    settings = win.show_page("settings")
    assert settings.typed.isChecked()
    settings.typed.setFocus()
    qtbot.keyClick(settings.typed, Qt.Key.Key_Space)
    assert win.ctx.settings["typed_answers"] is False
    win.show_page("study")
    assert not page.answer_box.isVisible() and page.prompt.text() == "What is the reading?"
    settings = win.show_page("settings")
    qtbot.keyClick(settings.typed, Qt.Key.Key_Space)
    win.show_page("study")
    assert page.answer_box.isVisible()
