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


def test_the_reviewers_suspend_while_away_reaches_the_server_when_it_is_back(
        qtbot, qapp_setup, db, clock):
    """"!" while away: before, the card was only skipped on this PC, so it came back once the
    server did; now the suspension waits with the answers and is sent when the server is back."""
    add_deck(db, "JLPT N5 words", WORDS)
    i18n.apply_language("en")
    server = DroppingServer(db)
    w, info = open_window(qtbot, server, clock)
    w.study_deck(None)
    page = w.page("study")
    first = page.card.card_id
    server.down = True
    qtbot.keyClick(page, Qt.Key.Key_Exclam)
    assert page.card is not None and page.card.card_id != first  # study goes on
    assert page._session().outbox.changes_waiting() == 1
    assert _suspended(db, info.id) == 0
    server.down = False
    clock.advance(30)
    page.offline_banner.try_again()  # its timer does this every few seconds
    qtbot.waitUntil(lambda: page._session().outbox.count() == 0, timeout=5000)
    with db.session() as s:
        assert s.get(CardState, (info.id, first)).queue == -1  # suspended on the server
