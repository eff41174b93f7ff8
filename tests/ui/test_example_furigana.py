"""The example sentence under a card reads the card's own word as the card does.

The furigana engine misreads some words on its own (便 びん; 嚥下 えんか until December
2026); a note's reading wins over it on the word itself, and now in the example sentence too,
but only where the sentence has the word whole (日 inside 日曜日 keeps にちようび)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from .conftest import open_window

SHOT_DIR = os.environ.get("JPPREP_SHOTS")  # set it to a folder to look at the drawn sentence

pytestmark = pytest.mark.usefixtures("ui_defaults")

NOTES = """id,kind,expression,reading,meaning_en,meaning_ur,example_ja,example_en,tags,level
nc-0064,vocab,嚥下,えんげ,swallowing,نگلنا,嚥下の力が弱くなっています。,Their ability to swallow is getting weaker.,care,
nc-0109,vocab,便,べん,"stool, faeces",پاخانہ,便の状態を観察します。,We observe the condition of the stool.,care,
x-1,vocab,日,ひ,day,دن,日曜日に会いましょう。,Let's meet on Sunday.,time,
"""


def _deck(root):
    d = root / "decks" / "test-examples"
    d.mkdir(parents=True)
    (d / "deck.toml").write_text(
        'format = 1\nid = "test-examples"\nname = "Test::Examples"\ndescription = "examples"\n'
        'languages = ["en", "ur"]\ncard_types = ["recognition"]\nlicence = "CC0"\n'
        'attribution = "written for the tests"\nversion = "1"\n', encoding="utf-8")
    (d / "notes.csv").write_text(NOTES, encoding="utf-8")
    return d.parent


def test_example_sentence_reads_the_cards_own_word(qtbot, db, clock, tmp_path):
    from jpprep.services import browser
    from jpprep.services.importing import sync_shipped_decks

    sync_shipped_decks(db, _deck(tmp_path), now=clock())
    win = open_window(qtbot, db, clock, size=(1024, 600))
    win.study_deck(next(d.id for d in browser.list_decks(db) if d.name == "Test::Examples"))
    page = win.page("study")
    seen = {}
    for _ in range(3):
        qtbot.keyClick(page, Qt.Key.Key_Space)
        assert page.example.isVisible()
        seen[page.card.expression] = page.example.visibleReadings()
        if page.card.expression == "嚥下" and SHOT_DIR:
            win.grab().save(str(Path(SHOT_DIR) / "reviewer-example-furigana.png"))
        qtbot.keyClick(page, Qt.Key.Key_4)  # Easy: the next card
    assert seen["嚥下"][0] == "えんげ"  # the engine alone read えんか until December 2026
    assert seen["便"][0] == "べん"  # the engine alone reads びん
    assert seen["日"][0] == "にちようび"  # 日 inside a longer word keeps the engine's reading


def test_example_segments_keep_the_sentence_and_leave_longer_words_to_the_engine():
    from jpprep.ui.japanese_text import example_segments, segments

    cases = [("腕に内出血を見つけました。", "内出血", "ないしゅっけつ", ("内出血", "ないしゅっけつ")),
             ("「後ろ通ります」と声をかけて歩きます。", "後ろ通ります", "うしろとおります", ("通", "とお")),
             ("しっかり飲み込んでから、次を食べましょう。", "飲み込む", "のみこむ", ("飲", "の"))]
    for text, word, reading, pair in cases:
        segs = example_segments(text, word, reading)
        assert "".join(t for t, _ in segs) == text and pair in segs, (text, segs)
    # 後 in 後ろ is not the word 後 (あと): the sentence keeps the engine's reading
    assert example_segments("牛の後ろに立たないでください。", "後", "あと") == segments("牛の後ろに立たないでください。")
    assert example_segments("", "嚥下", "えんげ") == []
