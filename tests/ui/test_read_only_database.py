"""A database jpprep can read but not write (a locked-down lab PC: the file or its folder is
read-only). Opening jpprep and going to study says so in words, once, and never lets a traceback
out (pytest-qt fails a test on any exception raised in a Qt slot or virtual method).

SQLite's `mode=ro` stands in for the file permissions, which root (who runs these tests here)
would ignore; by hand, `chmod 444 jpprep.db` run as a user gives the same message."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from jpprep.services import profiles
from jpprep.store.db import Database


@pytest.fixture
def read_only(app_db, clock):
    info = profiles.create_profile(app_db, "Aisha", now=clock())
    ro = Database(f"sqlite:///file:{app_db.path}?mode=ro&uri=true")
    yield ro, info
    ro.close()


def test_opening_and_studying_on_a_read_only_database_says_so_once(
        qtbot, read_only, clock, ui_defaults, monkeypatch):
    from jpprep.ui.main_window import MainWindow

    said = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda _parent, _title, text, *a, **k: said.append(text)))
    ro, info = read_only
    w = MainWindow(ro, info, clock=clock)  # the home page cannot be read and written
    qtbot.addWidget(w)
    w.resize(1100, 720)
    w.show()
    assert len(said) == 1 and "read-only" in said[0]
    assert "read-only" in w.statusBar().currentMessage()
    assert w.nav.isEnabled()  # the window is there, not a crash
    study = w.show_page("study")
    qtbot.keyClick(study, Qt.Key.Key_Space)
    qtbot.keyClick(study, Qt.Key.Key_3)
    w.show_page("decks")
    w.show_page("home")
    assert len(said) == 1  # said once, not at every page
    assert "read-only" in w.statusBar().currentMessage()


def test_the_jobs_started_with_the_window_do_not_say_it_again(
        qtbot, read_only, clock, ui_defaults, monkeypatch, tmp_path):
    from jpprep import paths
    from jpprep.ui.main_window import MainWindow
    from jpprep.ui.workers import wait_for_all

    from .conftest import DECK_TOML, NOTES_CSV

    shipped = tmp_path / "shipped" / "test-more"  # a shipped deck this database does not have
    shipped.mkdir(parents=True)
    (shipped / "deck.toml").write_text(DECK_TOML.replace("test-basics", "test-more")
                                       .replace("Test::Basics", "Test::More"), encoding="utf-8")
    (shipped / "notes.csv").write_text(NOTES_CSV, encoding="utf-8")
    monkeypatch.setattr(paths, "decks_dir", lambda: shipped.parent)
    said = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda _parent, _title, text, *a, **k: said.append(text)))
    ro, info = read_only
    w = MainWindow(ro, info, clock=clock)
    qtbot.addWidget(w)
    w.show()
    w.sync_shipped_decks()  # what start_background_work runs after the window is up
    w.send_waiting_answers()
    assert wait_for_all(20_000)
    qtbot.waitUntil(lambda: not w.progress.isVisible(), timeout=5000)
    assert len(said) == 1 and "read-only" in said[0]
    assert "read-only" in w.statusBar().currentMessage()


def test_the_window_says_a_read_only_database_in_urdu(qtbot, app_db, clock, ui_defaults,
                                                      monkeypatch):
    """The window's own message (not only a page's) goes through error_text: an Urdu learner
    reads Urdu, with the file named, and no English sentence."""
    import re

    from jpprep.ui.main_window import MainWindow

    info = profiles.create_profile(app_db, "Aisha", now=clock())
    profiles.update_settings(app_db, info.id, ui_language="ur")
    info = profiles.get_profile(app_db, info.id)
    said = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda _parent, _title, text, *a, **k: said.append(text)))
    ro = Database(f"sqlite:///file:{app_db.path}?mode=ro&uri=true")
    try:
        w = MainWindow(ro, info, clock=clock)
        qtbot.addWidget(w)
        w.show()
        assert len(said) == 1 and re.search("[\u0600-\u06ff]", said[0])
        assert "read-only" not in said[0] and str(app_db.path) in said[0]
    finally:
        ro.close()
