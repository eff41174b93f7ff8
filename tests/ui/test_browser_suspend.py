"""Deck browser: Suspend / Unsuspend the selected notes (Anki's Toggle Suspend, Ctrl+J), for the
current profile, driven by clicks and keys: a note suspended in the reviewer (or by retiring)
can be studied again, the label says what the button will do for the selection, and the
reviewer's undo takes the whole change back."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from jpprep.services import study
from jpprep.store.models import Card, CardState, Note
from jpprep.ui import i18n
from tests.ui.conftest import open_window


def _cards(db, *words) -> list[int]:
    with db.session() as s:
        return list(s.scalars(select(Card.id).join(Note, Note.id == Card.note_id)
                              .where(Note.expression.in_(words)).order_by(Card.id)))


def _suspended(db, profile_id) -> set[str]:
    with db.session() as s:
        return set(s.scalars(select(Note.expression).join(Card, Card.note_id == Note.id)
                             .join(CardState, CardState.card_id == Card.id)
                             .where(CardState.profile_id == profile_id, CardState.queue == -1)))


def _column(page) -> list[str]:
    return [page.table.item(r, 0).text() for r in range(page.table.rowCount())]


def _select(qtbot, page, *words):
    """Click the first word's row, Ctrl+click the others."""
    for i, word in enumerate(words):
        r = _column(page).index(word)
        rect = page.table.visualItemRect(page.table.item(r, 0))
        mods = Qt.KeyboardModifier.ControlModifier if i else Qt.KeyboardModifier.NoModifier
        qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, mods, rect.center())


def _studied_now(w) -> str:
    page = w.show_page("study")
    return page.card.expression if page.card is not None else ""


def test_unsuspend_a_suspended_note_and_study_offers_it_again(qtbot, app_db, clock, qapp_setup):
    w = open_window(qtbot, app_db, clock)
    pid = w.ctx.profile_id
    study.suspend(app_db, pid, _cards(app_db, "食べる"), clock())  # "!" in the reviewer
    assert study.next_card(app_db, pid, None, clock()).expression == "学校"  # left out
    page = w.show_page("decks")
    button = page.actions.suspend
    assert not button.isEnabled()  # nothing selected
    page.state.setCurrentIndex(page.state.findData("suspended"))
    assert _column(page) == ["食べる"]
    _select(qtbot, page, "食べる")
    assert button.isEnabled() and button.text() == "&Unsuspend"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert _column(page) == []  # the filter "Suspended" no longer shows it
    assert page.message.text() == "Unsuspended 1 note: study offers their cards again."
    assert _suspended(app_db, pid) == set()
    assert _studied_now(w) == "食べる"  # the reviewer offers it again, first as before


def test_a_mixed_selection_unsuspends_all_then_ctrl_j_suspends_all_and_undo_takes_it_back(
        qtbot, app_db, clock, qapp_setup):
    w = open_window(qtbot, app_db, clock)
    pid = w.ctx.profile_id
    study.suspend(app_db, pid, _cards(app_db, "水"), clock())
    page = w.show_page("decks")
    button = page.actions.suspend
    _select(qtbot, page, "食べる")
    assert button.text() == "S&uspend"  # nothing of it is suspended
    _select(qtbot, page, "食べる", "水")
    assert button.text() == "&Unsuspend"  # one of them is: Unsuspend, as the filter counts
    w.activateWindow()  # the keyboard goes where a learner's would
    qtbot.waitUntil(w.isActiveWindow)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert _suspended(app_db, pid) == set()
    # the two stay selected, so the same key does the other thing
    assert sorted(r.expression for r in page.selected_rows()) == sorted(["食べる", "水"])
    assert button.text() == "S&uspend"
    qtbot.keyClick(page.table, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert _suspended(app_db, pid) == {"食べる", "水"}
    assert page.message.text() == ("Suspended 2 notes: study will not show their cards until "
                                   "you unsuspend them.")
    assert button.text() == "&Unsuspend"
    # one undo entry for the two notes: the reviewer's u takes both back
    assert study.can_undo(app_db, pid) == "suspend"
    study.undo(app_db, pid, clock())
    assert _suspended(app_db, pid) == set()
    assert study.can_undo(app_db, pid) == "unsuspend"


def test_only_the_current_profile_is_changed(qtbot, app_db, clock, qapp_setup):
    other = open_window(qtbot, app_db, clock, "Bilal")
    study.suspend(app_db, other.ctx.profile_id, _cards(app_db, "水"), clock())
    w = open_window(qtbot, app_db, clock)
    page = w.show_page("decks")
    _select(qtbot, page, "水")
    assert page.actions.suspend.text() == "S&uspend"  # not suspended for this learner
    qtbot.mouseClick(page.actions.suspend, Qt.MouseButton.LeftButton)
    assert _suspended(app_db, w.ctx.profile_id) == {"水"}
    assert _suspended(app_db, other.ctx.profile_id) == {"水"}
    _select(qtbot, page, "水")
    qtbot.mouseClick(page.actions.suspend, Qt.MouseButton.LeftButton)
    assert _suspended(app_db, w.ctx.profile_id) == set()
    assert _suspended(app_db, other.ctx.profile_id) == {"水"}  # Bilal's stays suspended


def test_urdu_label_and_the_selection_kept_right_to_left(qtbot, app_db, clock, qapp_setup):
    w = open_window(qtbot, app_db, clock, ui_language="ur")
    assert i18n.current_language() == "ur"
    pid = w.ctx.profile_id
    study.suspend(app_db, pid, _cards(app_db, "水", "学校"), clock())
    page = w.show_page("decks")
    assert page.layoutDirection() == Qt.LayoutDirection.RightToLeft
    button = page.actions.suspend
    _select(qtbot, page, "食べる")
    assert button.text() == "معطل کریں (&U)"
    _select(qtbot, page, "水", "学校")
    assert button.text() == "معطلی ختم کریں (&U)"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert _suspended(app_db, pid) == set()
    assert "note(s)" not in page.message.text() and "2" in page.message.text()
    assert len(page.selected_rows()) == 2  # kept selected in a right-to-left table too
    assert button.text() == "معطل کریں (&U)"


def test_a_lab_that_locks_deck_changes_still_offers_suspend(qtbot, app_db, clock, qapp_setup,
                                                            monkeypatch):
    from jpprep import lab

    monkeypatch.setattr(lab, "allowed", lambda what: what not in ("edit_decks", "delete_decks"))
    w = open_window(qtbot, app_db, clock)
    page = w.show_page("decks")
    assert page.actions.move.isHidden() and page.actions.delete.isHidden()
    _select(qtbot, page, "学校")
    assert not page.actions.suspend.isHidden()
    qtbot.mouseClick(page.actions.suspend, Qt.MouseButton.LeftButton)
    assert _suspended(app_db, w.ctx.profile_id) == {"学校"}


@pytest.mark.parametrize("lang", ["en", "ur", "ja"])
def test_the_retired_notice_names_the_button_that_brings_notes_back(qtbot, app_db, clock,
                                                                     qapp_setup, ui_defaults, lang):
    """The notice after a new deck version retired studied notes says where to unsuspend them,
    with the button's own words in the interface language."""
    from types import SimpleNamespace

    w = open_window(qtbot, app_db, clock, ui_language=lang)
    page = w.show_page("decks")
    study.suspend(app_db, w.ctx.profile_id, _cards(app_db, "水"), clock())
    page.refresh()
    _select(qtbot, page, "水")
    label = re.sub(r"\s*\(&\w\)|&", "", page.actions.suspend.text())
    _status, notice = w.sync_message([SimpleNamespace(added=0, retired=2, retired_kept=1)])
    assert label in notice.split("\n\n")[1]
    assert label == {"en": "Unsuspend", "ur": "معطلی ختم کریں", "ja": "保留を解除"}[lang]


@pytest.mark.parametrize("lang", ["en", "ur"])
def test_several_notes_selected_the_line_names_suspending_too(qtbot, app_db, clock, qapp_setup,
                                                             ui_defaults, lang):
    """With several notes selected the editor's line lists what the buttons above do, the
    Suspend / Unsuspend button's work included."""
    w = open_window(qtbot, app_db, clock, ui_language=lang)
    page = w.show_page("decks")
    _select(qtbot, page, "食べる", "水")
    assert page.editor.status.text() == {
        "en": "2 notes selected: delete, move, tag, suspend or unsuspend them with the buttons "
              "above.",
        "ur": "2 نوٹ منتخب ہیں: اوپر کے بٹنوں سے انہیں حذف کریں، منتقل کریں، ٹیگ لگائیں، معطل "
              "کریں یا ان کی معطلی ختم کریں۔"}[lang]
