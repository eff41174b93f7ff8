"""Fixtures for the shipped content: the deck folders in decks/ and, when the tools-only package
jamdict-data is installed, a read-only connection to its JMdict/KANJIDIC2 SQLite file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DECKS = ROOT / "decks"
LEVELS = ["N5", "N4", "N3", "N2", "N1"]
JLPT_DECK_IDS = [f"{kind}-{lv.lower()}" for kind in ("jlpt", "kanji") for lv in LEVELS]


@pytest.fixture(scope="session")
def jlpt_decks():
    """{deck id: DeckData} for the ten shipped JLPT decks, read by the app's own reader."""
    from jpprep.decks.native import read_deck

    return {deck_id: read_deck(DECKS / deck_id) for deck_id in JLPT_DECK_IDS}


@pytest.fixture(scope="session")
def jmdict_db():
    """The JMdict/KANJIDIC2 database of jamdict-data; skips when the tools-only package is absent."""
    try:
        import jamdict  # noqa: F401
        import jamdict_data
    except ImportError:
        pytest.skip("jamdict / jamdict-data are not installed (tools-only dependencies)")
    path = Path(jamdict_data.__file__).resolve().parent / "jamdict.db"
    if not path.is_file():
        pytest.skip("jamdict-data has not unpacked its database")
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    yield con
    con.close()
