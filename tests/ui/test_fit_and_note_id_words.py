"""The last English that reached the GUI: a deck whose note id appears twice (import dialog's
skipped rows), and fitting the memory model when the optimizer fails or something unexpected
goes wrong (progress page). The CLI keeps its English."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from jpprep.services import importing
from jpprep.srs import optimizer
from jpprep.ui import i18n, theme
from tests.ui.test_import_dialog import click, open_dialog

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_stats_page import _history, _page  # noqa: E402

LRI, PDI = "\u2066", "\u2069"
LATIN_WORD = re.compile(r"[A-Za-z]{3,}")


@pytest.fixture
def ctx(db, clock, ui_defaults):
    from jpprep.services import profiles
    from jpprep.ui.context import AppContext

    info = profiles.create_profile(db, "Aisha", now=clock())
    return AppContext(db, info.id, info.name, clock, info.settings)


def _deck_with_a_note_twice(monkeypatch, deck_dir):
    """The readers never give a note id twice (each says so itself); the importer's own check
    is what a deck built elsewhere meets. Here the deck folder's reader repeats its first note."""
    read = importing.read_file

    def twice(path, **kw):
        deck = read(path, **kw)
        deck.notes.append(deck.notes[0])
        return deck

    monkeypatch.setattr(importing, "read_file", twice)
    return deck_dir / "test-basics"


@pytest.mark.parametrize("lang, words, note", [
    ("ur", "نوٹ کا id “\u20661\u2069” دو بار آیا ہے", "نوٹ"),
    ("ne", "नोट id “\u20661\u2069” दुई पटक आएको छ", "नोट"),
])
def test_a_note_id_twice_is_said_in_the_interface_language(qtbot, ctx, monkeypatch, deck_dir,
                                                          lang, words, note):
    path = _deck_with_a_note_twice(monkeypatch, deck_dir)
    i18n.apply_language(lang)
    theme.apply_font(lang, 100)
    d = open_dialog(qtbot, ctx, path)
    click(qtbot, d.import_button)
    qtbot.waitUntil(lambda: d.current_step() == "summary", timeout=20000)
    where, why = d.skipped_table.item(0, 0).text(), d.skipped_table.item(0, 1).text()
    assert words in why and "appears twice" not in why
    assert where == f"{LRI}test-basics{PDI}, {note} {LRI}1{PDI}".replace(
        ", ", "، " if lang == "ur" else ", ")
    assert "note" not in where
    assert d.report.skipped == [("note 1", "the same note id appears twice; the first was kept.")]


def test_the_cli_report_keeps_english_for_a_note_id_twice(db, clock, monkeypatch, deck_dir):
    path = _deck_with_a_note_twice(monkeypatch, deck_dir)
    report = importing.import_file(db, path, now=clock())
    assert report.to_dict()["skipped"] == [
        {"where": "note 1", "reason": "the same note id appears twice; the first was kept."}]


def _fit(qtbot, page):
    with qtbot.waitSignal(page.optimized, timeout=20_000):
        qtbot.mouseClick(page.optimize_button, Qt.MouseButton.LeftButton)
    return page.optimize_label.text()


def test_the_optimizers_reason_is_said_in_nepali_not_quoted(qtbot, db, clock, monkeypatch):
    info, _deck = _history(db, days=120)

    class Refusing:
        def __init__(self, params):
            pass

        def compute_parameters(self, items):
            raise ValueError("InvalidInput")

    import fsrs_rs_python

    monkeypatch.setattr(fsrs_rs_python, "FSRS", Refusing)
    i18n.apply_language("ne")
    text = _fit(qtbot, _page(qtbot, db, info, clock))
    assert "केही दोहोर्याइ प्रयोग गर्न मिल्दैन" in text  # "some reviews cannot be used"
    assert "InvalidInput" not in text and not LATIN_WORD.search(text)


def test_an_unknown_optimizer_failure_is_said_without_its_english(qtbot, db, clock, monkeypatch):
    info, _deck = _history(db, days=120)
    result = optimizer.OptimizeResult([], False, None, None, 90, 200,
                                      "the optimizer could not fit this log (boom); kept.",
                                      "fit_failed", {"items": 90, "reviews": 200,
                                                     "reason": "thread panicked at src/lib.rs"})
    monkeypatch.setattr(optimizer, "optimize", lambda *a, **k: result)
    i18n.apply_language("ur")
    text = _fit(qtbot, _page(qtbot, db, info, clock))
    assert "ماڈل نہیں بن سکا" in text and "90" in text
    assert "panicked" not in text and "optimizer" not in text


def test_a_crash_while_fitting_is_one_translated_sentence(qtbot, db, clock, monkeypatch):
    info, _deck = _history(db, days=10)
    from jpprep.services import presets

    def crash(*_a, **_k):
        raise RuntimeError("Tried to unwrap a None value at fsrs-rs/src/training.rs:91")

    monkeypatch.setattr(presets, "optimize_preset", crash)
    i18n.apply_language("ne")
    text = _fit(qtbot, _page(qtbot, db, info, clock))
    assert "केही अनपेक्षित गडबडी भयो" in text and "unwrap" not in text
    assert not LATIN_WORD.search(text)


def test_an_unexpected_failure_reading_a_deck_is_one_urdu_sentence(qtbot, ctx, monkeypatch,
                                                                   deck_dir):
    def broken(path, **kw):
        raise RuntimeError("sqlite3.OperationalError: database is locked")

    monkeypatch.setattr(importing, "read_file", broken)
    i18n.apply_language("ur")
    d = open_dialog(qtbot, ctx, deck_dir / "test-basics")
    if d.current_step() != "problems":
        click(qtbot, d.import_button)
        qtbot.waitUntil(lambda: d.current_step() == "problems", timeout=20000)
    cells = " ".join(d.problems_table.item(0, c).text() for c in range(d.problems_table.columnCount())
                     if d.problems_table.item(0, c))
    assert "کوئی غیر متوقع خرابی ہو گئی" in cells and "locked" not in cells


def test_an_unexpected_failure_in_the_window_is_one_nepali_sentence(qtbot, app_db, clock,
                                                                   monkeypatch):
    from jpprep.ui import main_window
    from tests.ui.conftest import open_window

    w = open_window(qtbot, app_db, clock, ui_language="ne")
    shown = []
    monkeypatch.setattr(main_window.QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    w._show_error(KeyError("card_id"))
    assert shown == ["केही अनपेक्षित गडबडी भयो; केही पनि बदलिएन। कृपया आफ्नो शिक्षकलाई भन्नुहोस्।"]
