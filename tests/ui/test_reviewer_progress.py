"""Time on the card (stops when the answer is shown, starts again with the next card) and how
many cards were reviewed today (counting answers given before this session, and undo)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from jpprep.services import study

from .reviewer_deck import study_window


def test_time_on_the_card_and_reviewed_today(qtbot, qapp_setup, db, clock, tmp_path):
    win, page = study_window(qtbot, db, clock, tmp_path, card_types=("recognition",))
    assert page.today_label.text() == "0 reviewed today"
    assert page.timer_label.text() == "0:00 on this card"
    assert page.tick.isActive()
    clock.advance(7)
    page.tick.timeout.emit()  # the page's one-second tick
    assert page.timer_label.text() == "0:07 on this card"
    qtbot.keyClick(page, Qt.Key.Key_Space)
    clock.advance(65)
    page.tick.timeout.emit()
    assert page.timer_label.text() == "0:07 on this card"  # stopped at the answer
    qtbot.keyClick(page, Qt.Key.Key_3)
    assert page.today_label.text() == "1 reviewed today"
    assert page.timer_label.text() == "0:00 on this card"
    clock.advance(75)
    page.tick.timeout.emit()
    assert page.timer_label.text() == "1:15 on this card"
    qtbot.keyClick(page, Qt.Key.Key_Space)
    qtbot.keyClick(page, Qt.Key.Key_1)
    assert page.today_label.text() == "2 reviewed today"
    assert study.today_summary(db, page.ctx.profile_id, clock()).reviewed == 2
    qtbot.keyClick(page, Qt.Key.Key_U)
    assert page.today_label.text() == "1 reviewed today"
    win.show_page("home")
    assert not page.tick.isActive()  # no ticking behind another page
    win.show_page("study")
    assert page.today_label.text() == "1 reviewed today" and page.tick.isActive()
