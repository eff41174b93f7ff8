"""A lab can lock changes to decks: in a class database every student shares the notes, so one
student's Delete or edit would reach the whole class. With `edit_decks`, `delete_decks` and
`reset_progress` in the lab file's `locked` list the deck browser and the reviewer offer none of
those actions (and their shortcuts do nothing); without a lab file everything stays offered."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from jpprep import lab
from jpprep.services import browser as service
from tests.ui.conftest import open_window

from .reviewer_deck import study_window


@pytest.fixture
def locked(monkeypatch):
    monkeypatch.setattr(lab, "allowed", lambda action: action not in (
        "edit_decks", "delete_decks", "reset_progress"))


def _browser(qtbot, db, clock):
    w = open_window(qtbot, db, clock, "Student")
    return w, w.show_page("decks")


def test_the_browser_shows_notes_read_only_under_the_lock(qtbot, app_db, clock, qapp_setup,
                                                         locked):
    _w, page = _browser(qtbot, app_db, clock)
    for b in (page.actions.add, page.actions.delete, page.actions.move, page.actions.tag,
              page.actions.fill):
        assert not b.isVisible()
    page.table.selectRow(0)
    before = service.search_notes(app_db).rows
    assert page.expression.isReadOnly() and not page.save.isVisible()
    assert "locked" in page.status.text()
    page.expression.setText("変更")  # even set from code, nothing can be saved
    assert page.editor.save_note() is None
    page.actions.delete_selected()  # the shortcut's slot: nothing happens
    assert not page.preview.corrections.isVisible()
    assert service.search_notes(app_db).rows == before


def test_without_a_lab_file_the_browser_offers_every_action(qtbot, app_db, clock, qapp_setup):
    _w, page = _browser(qtbot, app_db, clock)
    assert page.actions.add.isVisible() and page.actions.delete.isVisible()
    page.table.selectRow(0)
    assert not page.expression.isReadOnly() and page.save.isVisible()


def test_the_reviewer_offers_no_reset_under_the_lock(qtbot, qapp_setup, db, clock, tmp_path,
                                                     locked):
    _win, page = study_window(qtbot, db, clock, tmp_path, card_types=("recognition",))
    assert not page.reset_action.isVisible()
    card = page.card.card_id
    page.reset_card()
    assert page.card.card_id == card  # nothing was reset, the card stays
    qtbot.keyClick(page, Qt.Key.Key_E)  # the note opens read-only
    assert page.editor.editor.locked and not page.editor.editor.save.isVisible()


def test_on_a_big_database_search_waits_for_typing_to_pause(qtbot, app_db, clock, qapp_setup):
    """On a big database a search per key would hold up typing: from TYPING_PAUSE_FROM notes
    the table follows when typing pauses (here the database is said to hold 100,000)."""
    _w, page = _browser(qtbot, app_db, clock)
    assert page.table.rowCount() == 3
    page.notes_total = 100_000
    qtbot.keyClicks(page.search, "water")
    assert page.table.rowCount() == 3  # not yet: one search when the typing stops
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=3000)
