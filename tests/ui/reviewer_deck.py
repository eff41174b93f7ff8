"""A small deck for the reviewer tests: reading (or listening) cards, one note with audio."""

from __future__ import annotations

import wave
from pathlib import Path

NOTES = """id,kind,expression,reading,meaning_en,meaning_ur,example_ja,example_en,tags,level,audio
1,vocab,食べる,たべる,to eat,کھانا,毎朝パンを食べます。,I eat bread every morning.,verb,N5,taberu.wav
2,vocab,学校,がっこう,school,اسکول,,,noun,N5,
3,vocab,新聞,しんぶん,newspaper,اخبار,,,noun,N5,
"""


def write_wav(path: Path, seconds: float = 0.3) -> None:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(8000)
        w.writeframes(b"\x00\x00" * int(8000 * seconds))


def make_deck(root: Path, card_types=("reading",), deck_id="test-reviewer",
              name="Test::Reviewer") -> Path:
    d = root / "decks" / deck_id
    (d / "media").mkdir(parents=True)
    types = ", ".join(f'"{t}"' for t in card_types)
    (d / "deck.toml").write_text(
        f'format = 1\nid = "{deck_id}"\nname = "{name}"\ndescription = "reviewer tests"\n'
        f'languages = ["en", "ur"]\nlevel = "N5"\ncard_types = [{types}]\nlicence = "CC0"\n'
        f'attribution = "written for the tests"\nversion = "1"\n', encoding="utf-8")
    (d / "notes.csv").write_text(NOTES, encoding="utf-8")
    write_wav(d / "media" / "taberu.wav")
    return d.parent


def study_window(qtbot, db, clock, tmp_path, card_types=("reading",), size=(1024, 600),
                 **settings):
    """The main window showing the reviewer on the new deck (new cards in note order)."""
    from jpprep.services import browser
    from jpprep.services.importing import sync_shipped_decks
    from .conftest import open_window

    sync_shipped_decks(db, make_deck(tmp_path, card_types), now=clock())
    win = open_window(qtbot, db, clock, size=size, **settings)
    deck = next(d for d in browser.list_decks(db) if d.name == "Test::Reviewer")
    win.study_deck(deck.id)
    page = win.page("study")
    win.activateWindow()  # the keyboard goes where a learner's would
    qtbot.waitUntil(win.isActiveWindow)
    assert page.card is not None
    return win, page
