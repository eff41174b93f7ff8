"""The reviewer's card actions from the keyboard: e edits the note, Ctrl+1-4 flag (Ctrl+0 none),
m opens More (reset, set due date), and u undoes each of them."""

from __future__ import annotations

from PySide6.QtCore import Qt

from jpprep.services import study
from jpprep.store.models import CardState

from .reviewer_deck import study_window


def _state(db, page, card_id):
    with db.session() as s:
        row = s.get(CardState, (page.ctx.profile_id, card_id))
        return None if row is None else (row.state, row.due_ms, row.flag)


def test_e_edits_the_note_and_the_card_shows_the_edit(qtbot, qapp_setup, db, clock, tmp_path,
                                                      screenshot):
    win, page = study_window(qtbot, db, clock, tmp_path, card_types=("recognition",))
    assert page.card.expression == "食べる"
    qtbot.keyClick(page, Qt.Key.Key_Space)
    qtbot.keyClick(page, Qt.Key.Key_E)
    dialog = page.editor
    assert dialog.isVisible() and dialog.editor.meaning.text() == "to eat"
    assert dialog.preview.view.isVisible()  # the word with its furigana, as in the browser
    assert dialog.preview.view.plainText() == "食べる"
    screenshot(dialog, "reviewer-edit-note")
    dialog.editor.meaning.selectAll()
    qtbot.keyClicks(dialog.editor.meaning, "to eat (a meal)")
    qtbot.keyClick(dialog.editor.meaning, Qt.Key.Key_Return)  # Save is the default button
    assert not dialog.isVisible()
    assert page.card.meanings["en"] == "to eat (a meal)"
    assert page.revealed and page.meaning_label.text() == "to eat (a meal)"
    assert page.hasFocus()
    qtbot.keyClick(page, Qt.Key.Key_3)  # rating goes on as before
    assert page.card.expression == "学校"


def test_ctrl_digits_flag_the_card_and_u_takes_the_flag_back(qtbot, qapp_setup, db, clock,
                                                             tmp_path):
    win, page = study_window(qtbot, db, clock, tmp_path, card_types=("recognition",))
    cid = page.card.card_id
    assert not page.flag_mark.isVisible()
    qtbot.keyClick(page, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert _state(db, page, cid)[2] == 1
    assert page.flag_mark.isVisible() and page.flag_mark.toolTip() == "Red flag"
    qtbot.keyClick(page, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert _state(db, page, cid)[2] == 4 and page.flag_mark.toolTip() == "Blue flag"
    qtbot.keyClick(page, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)  # again: off
    assert _state(db, page, cid)[2] == 0 and not page.flag_mark.isVisible()
    qtbot.keyClick(page, Qt.Key.Key_U)
    assert _state(db, page, cid)[2] == 4 and page.flag_mark.isVisible()
    qtbot.keyClick(page, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert _state(db, page, cid)[2] == 0
    assert page.card.card_id == cid and not page.revealed  # the card stays in front


def test_ctrl_digit_flags_while_typing_in_the_answer_box(qtbot, qapp_setup, db, clock, tmp_path):
    win, page = study_window(qtbot, db, clock, tmp_path)  # reading cards: the box has the keys
    qtbot.keyClicks(page.answer_box, "ta")
    qtbot.keyClick(page.answer_box, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert _state(db, page, page.card.card_id)[2] == 2
    assert page.answer_box.text() == "た"


def _menu_action(page, starts):
    return next(a for a in page.more_menu.actions() if a.text().startswith(starts))


def test_more_menu_reset_and_set_due_are_undoable(qtbot, qapp_setup, db, clock, tmp_path,
                                                  screenshot):
    win, page = study_window(qtbot, db, clock, tmp_path, card_types=("recognition",))
    first = page.card.card_id
    qtbot.keyClick(page, Qt.Key.Key_Space)
    qtbot.keyClick(page, Qt.Key.Key_4)  # Easy: a review card due in days
    due_state = _state(db, page, first)
    assert due_state[0] == 2
    page.card = study.get_card(db, page.ctx.profile_id, first, clock())  # back to that card
    page._render()
    # m opens More; Reset makes the card new again
    qtbot.keyClick(page, Qt.Key.Key_M)
    assert page.more_menu.isVisible()
    screenshot(win, "reviewer-more-menu")
    page.more_menu.hide()
    _menu_action(page, "Reset card").trigger()
    assert _state(db, page, first)[0] == 0
    qtbot.keyClick(page, Qt.Key.Key_U)
    assert _state(db, page, first) == due_state and page.card.card_id == first
    # Set due date: in 3 days
    _menu_action(page, "Set due date").trigger()
    dialog = page.due_dialog
    assert dialog.isVisible()
    dialog.setIntValue(3)
    dialog.accept()
    state, due_ms, _flag = _state(db, page, first)
    assert state == 2 and 2.5 * 86_400_000 < due_ms - clock() < 3.5 * 86_400_000
    assert page.card is None or page.card.card_id != first
    qtbot.keyClick(page, Qt.Key.Key_U)
    assert _state(db, page, first) == due_state


def test_while_the_class_server_is_away_a_flag_waits_and_other_actions_need_it(
        qtbot, qapp_setup, db, clock, tmp_path):
    win, page = study_window(qtbot, db, clock, tmp_path, card_types=("recognition",))
    session = page._session()
    session.offline, session._next_try = True, clock() + 3_600_000  # as after a failed call
    cid = page.card.card_id
    qtbot.keyClick(page, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert page.flag_mark.isVisible() and page.card.flag == 1  # shown, kept on this PC
    assert "needs the class server" not in page.offline_banner.message.text()
    assert _state(db, page, cid) is None and session.outbox.count() == 1
    page.offline_banner.hide()
    qtbot.keyClick(page, Qt.Key.Key_E)
    assert "needs the class server" in page.offline_banner.message.text()
    assert page.card.card_id == cid
    assert session.retry(clock())  # the server is back: the flag is stored
    assert _state(db, page, cid)[2] == 1 and session.outbox.count() == 0
