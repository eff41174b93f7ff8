"""Loading the shipped decks at start when a new version no longer has some notes
(jpprep.services.retire): a notice says how many were taken out and how many studied ones were
kept, in the interface language, and Home shows the Retired deck with nothing to study."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from jpprep.services import study
from jpprep.ui import i18n

from .conftest import DECK_TOML, NOTES_CSV, open_window


def _version_2(deck_dir: Path) -> None:
    """Version 2 of the tests' shipped deck, without 食べる (1) and 水 (3)."""
    d = deck_dir / "test-basics"
    (d / "deck.toml").write_text(DECK_TOML.replace('version = "1"', 'version = "2"'),
                                 encoding="utf-8")
    lines = NOTES_CSV.splitlines()
    (d / "notes.csv").write_text("\n".join([lines[0], lines[2]]) + "\n", encoding="utf-8")


def _sync(qtbot, w) -> str:
    w.sync_shipped_decks()  # what start_background_work runs after the window is up
    qtbot.waitUntil(lambda: w.progress.isHidden(), timeout=10_000)
    return w.statusBar().currentMessage()


def _answer(db, w, expression: str, clock) -> None:
    from sqlalchemy import select

    from jpprep.store.models import Card, Note

    with db.session() as s:
        card = s.scalar(select(Card.id).join(Note, Note.id == Card.note_id)
                        .where(Note.expression == expression))
    study.answer(db, w.ctx.profile_id, card, 3, clock())


def test_the_window_says_in_urdu_how_many_notes_were_retired(qtbot, qapp_setup, ui_defaults,
                                                             app_db, deck_dir, clock,
                                                             monkeypatch):
    from jpprep import paths

    monkeypatch.setattr(paths, "decks_dir", lambda: deck_dir)
    w = open_window(qtbot, app_db, clock, ui_language="ur")
    assert i18n.current_language() == "ur"
    _answer(app_db, w, "食べる", clock)
    _version_2(deck_dir)
    assert _sync(qtbot, w) == "ڈیک تیار ہیں۔"  # the status bar: decks ready
    box = w.findChild(QMessageBox, "notesRetired")  # the rest does not fit there: a notice
    assert box is not None and box.isVisible() and not box.isModal()
    shown = box.text()
    assert "2 نوٹ جو اب jpprep کے ساتھ نہیں آتے" in shown  # 2 taken out
    assert "ان میں سے 1 نوٹ آپ نے پڑھا" in shown and "Retired" in shown  # 1 kept
    assert "note(s)" not in shown
    assert box.layoutDirection() == Qt.LayoutDirection.RightToLeft
    box.grab().save("/tmp/helper-55/retired_box_ur.png")
    box.close()
    page = w.show_page("home")
    page.refresh()
    rows = {name: counts for name, *counts in page.deck_rows()}
    assert rows["Retired::Test Basics"] == [0, 0, 0]  # kept, nothing to study in it
    assert rows["Test::Basics"] == [1, 0, 0]  # 学校 only
    w.resize(1024, 600)
    w.grab().save("/tmp/helper-55/retired_ur.png")


def test_nothing_retired_says_only_that_the_decks_are_ready(qtbot, qapp_setup, ui_defaults,
                                                           app_db, deck_dir, clock, monkeypatch):
    from jpprep import paths

    monkeypatch.setattr(paths, "decks_dir", lambda: deck_dir)
    w = open_window(qtbot, app_db, clock)
    assert _sync(qtbot, w) == "Decks ready."
    assert w.findChild(QMessageBox, "notesRetired") is None
