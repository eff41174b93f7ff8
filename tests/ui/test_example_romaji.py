"""With "Show romaji" on, the example sentence under a card has its romaji too, said as its
furigana say it (the note's reading on the note's word: 便 ben, where the engine alone says
bin). Before, only the word's reading had romaji, so a learner who cannot read kana yet could
not read the example. In an Urdu window the romaji stays left to right (its full stop on the
right)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from .conftest import open_window
from .test_example_furigana import _deck
from .test_rtl_paragraphs import drawn_runs

SHOT_DIR = os.environ.get("JPPREP_SHOTS")  # set it to a folder to look at the drawn answer side

pytestmark = pytest.mark.usefixtures("ui_defaults")


def _answers(qtbot, db, clock, tmp_path, **settings) -> dict:
    """Each card's answer side: the example's romaji label (None when hidden)."""
    from jpprep.services import browser
    from jpprep.services.importing import sync_shipped_decks

    sync_shipped_decks(db, _deck(tmp_path), now=clock())
    win = open_window(qtbot, db, clock, size=(1024, 600), **settings)
    win.study_deck(next(d.id for d in browser.list_decks(db) if d.name == "Test::Examples"))
    page = win.page("study")
    seen = {}
    for _ in range(3):
        qtbot.keyClick(page, Qt.Key.Key_Space)
        label = page.example_romaji
        seen[page.card.expression] = label if label.isVisible() else None
        if SHOT_DIR and page.card.expression == "嚥下":
            name = f"{settings.get('ui_language')}-{'on' if settings.get('show_romaji') else 'off'}"
            win.grab().save(str(Path(SHOT_DIR) / f"reviewer-example-romaji-{name}.png"))
        if label.isVisible():
            seen[page.card.expression] = (label.text(), drawn_runs(label))
            seen["reading " + page.card.expression] = page.reading_label.text()
        qtbot.keyClick(page, Qt.Key.Key_4)  # Easy: the next card
    return seen


def test_example_sentence_has_romaji_that_reads_the_cards_word(qtbot, db, clock, tmp_path):
    seen = _answers(qtbot, db, clock, tmp_path, show_romaji=True, ui_language="en")
    assert seen["嚥下"][0] == "enge no chikara ga yowaku natte imasu."
    assert seen["便"][0] == "ben no joutai o kansatsu shimasu."  # the engine alone: bin
    assert seen["日"][0] == "nichiyoubi ni aimashou."  # 日 inside 日曜日 keeps the engine's
    # the word's own romaji: its kana cut into words by the engine read "e n ge"
    assert seen["reading 嚥下"] == "えんげ  (enge)"
    assert seen["reading 便"] == "べん  (ben)"


def test_no_example_romaji_when_romaji_is_off(qtbot, db, clock, tmp_path):
    seen = _answers(qtbot, db, clock, tmp_path, show_romaji=False, ui_language="en")
    assert seen == {"嚥下": None, "便": None, "日": None}


def test_example_romaji_runs_left_to_right_in_urdu(qtbot, db, clock, tmp_path):
    seen = _answers(qtbot, db, clock, tmp_path, show_romaji=True, ui_language="ur")
    text, runs = seen["嚥下"]
    assert text == "enge no chikara ga yowaku natte imasu."
    # drawn left to right: the leftmost run begins the sentence, the full stop ends it on the
    # right (in a right-to-left line it stood at the left: ".enge no ...")
    line = sorted(runs)
    assert line[0][2].startswith("enge"), runs
    assert line[-1][2].endswith("."), runs


def test_hover_romaji_of_a_reading_is_one_word():
    """The word's hover text said えんげ as "e n ge" (its kana cut into words by the engine)."""
    from jpprep.ui.japanese_text import token_info

    segs = [("嚥下", "えんげ"), ("の", None), ("力", "ちから")]
    assert token_info(segs, {"show_romaji": True}) == {0: "えんげ  (enge)", 2: "ちから  (chikara)"}


def test_the_word_is_said_alike_beside_the_reading_and_in_the_example():
    """内出血 read (nai shukketsu) beside its reading but naishukketsu in its example: one word
    in both now, and the note's reading in both."""
    from jpprep.ui.japanese_text import example_romaji, word_romaji

    word = word_romaji("ないしゅっけつ")
    assert word == "naishukketsu"
    assert example_romaji("腕に内出血を見つけました。", "内出血", "ないしゅっけつ") == \
        f"ude ni {word} o mitsukemashita."


def test_example_romaji_says_a_latin_word_as_its_note_reads_it():
    """SUS (stainless steel, as a factory says it) has no furigana to follow, and the engine
    spells its letters out (esuyuuesu); the example's romaji says the note's さす. Latin words the
    engine reads as the note does (HACCP はさっぷ, 5S ごえす) and words in kana keep the engine's
    word edges."""
    from jpprep.ui.japanese_text import example_romaji

    assert example_romaji("SUSの板を切ります。", "SUS", "さす") == "sasu no ita o kirimasu."
    assert example_romaji("HACCPに沿って記録をつけます。", "HACCP", "はさっぷ") == \
        "hasappu ni sotte kiroku o tsukemasu."
    assert example_romaji("5Sを守ると、けがが減ります。", "5S", "ごえす") == \
        "go esu o mamoru to, kega ga herimasu."
    assert example_romaji("ケアプランに沿って介護をします。", "ケアプラン", "けあぷらん") == \
        "kea puran ni sotte kaigo o shimasu."
