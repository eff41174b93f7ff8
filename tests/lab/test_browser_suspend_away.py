"""The deck browser's Suspend / Unsuspend while the class server is away (SQLite behind the
fault-injecting wrapper of test_server_drop_pages): nothing is changed, the page's line says so
in the interface language, and the same press works once the server is back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from jpprep.store.models import CardState
from jpprep.ui import i18n

from .test_server_drop_pages import WORDS, DroppingServer, add_deck, go, open_window


def _suspended(db, pid) -> int:
    with db.session() as s:
        return len(list(s.scalars(select(CardState.card_id).where(
            CardState.profile_id == pid, CardState.queue == -1))))


def test_suspend_while_away_changes_nothing_and_says_so(qtbot, qapp_setup, db, clock):
    add_deck(db, "JLPT N5 words", WORDS)
    i18n.apply_language("en")
    server = DroppingServer(db)
    w, info = open_window(qtbot, server, clock)
    browser = go(w, "decks")
    browser.table.selectAll()
    button = browser.actions.suspend
    assert button.text() == "S&uspend"
    server.down = True
    i18n.apply_language("ur")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert browser.message.text().startswith("کچھ تبدیل نہیں ہوا")  # nothing was changed
    assert _suspended(db, info.id) == 0
    i18n.apply_language("en")
    server.down = False
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert _suspended(db, info.id) == len(WORDS)
    assert browser.message.text().startswith(f"Suspended {len(WORDS)} notes")
