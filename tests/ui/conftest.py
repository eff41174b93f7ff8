"""UI fixtures: a database with a small original deck, synced the way shipped decks are."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"

DECK_TOML = """format = 1
id = "test-basics"
name = "Test::Basics"
description = "Three words for UI tests"
languages = ["en", "ur"]
level = "N5"
card_types = ["recognition"]
licence = "CC0"
attribution = "written for the tests"
version = "1"
"""

NOTES_CSV = """id,kind,expression,reading,meaning_en,meaning_ur,example_ja,example_en,tags,level
1,vocab,食べる,たべる,to eat,کھانا,毎朝パンを食べます。,I eat bread every morning.,verb,N5
2,vocab,学校,がっこう,school,,学校は駅の近くにあります。,The school is near the station.,noun,N5
3,vocab,水,みず,water,پانی,水をください。,"Water, please.",noun,N5
"""



@pytest.fixture
def deck_dir(tmp_path) -> Path:
    d = tmp_path / "decks" / "test-basics"
    d.mkdir(parents=True)
    (d / "deck.toml").write_text(DECK_TOML, encoding="utf-8")
    (d / "notes.csv").write_text(NOTES_CSV, encoding="utf-8")
    return d.parent


@pytest.fixture
def app_db(db, deck_dir, clock):
    from jpprep.services.importing import sync_shipped_decks

    sync_shipped_decks(db, deck_dir, now=clock())
    return db


@pytest.fixture(autouse=True)
def _finish_background_jobs():
    """No background job may outlive its test (it would report to a deleted widget)."""
    yield
    from jpprep.ui.workers import cancel_all

    cancel_all()


def save_screenshot(widget, name: str) -> Path:
    SCREENSHOTS.mkdir(exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    widget.grab().save(str(path))
    return path


@pytest.fixture
def screenshot():
    """screenshot(widget, name): saves screenshots/<name>.png to look at."""
    return save_screenshot


def open_window(qtbot, db, clock, name: str = "Aisha", size=(1366, 768), **settings):
    """The main window for a new (or existing) profile with these settings, shown and exposed."""
    from jpprep.services import profiles
    from jpprep.ui.main_window import MainWindow

    info = profiles.find_profile(db, name) or profiles.create_profile(db, name, now=clock())
    if settings:
        profiles.update_settings(db, info.id, **settings)
        info = profiles.get_profile(db, info.id)
    w = MainWindow(db, info, clock=clock)
    qtbot.addWidget(w)
    w.resize(*size)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def ui_defaults(qapp_setup):
    """Back to English, the system theme and 100% text after a test that changed them."""
    yield
    from jpprep.ui import i18n, theme

    i18n.apply_language("en")
    theme.apply_theme("system")
    theme.apply_font("en", 100)
