"""The progress page's "fit my memory model" summary is said in the interface language (the
optimizer's English message is the CLI's), with counts in the language's digits."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from PySide6.QtCore import Qt

from jpprep.srs.optimizer import OptimizeResult
from jpprep.ui import i18n, theme
from jpprep.ui.fit_words import fit_text

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_stats_page import _history, _page  # noqa: E402

from tests.ui.test_rtl_paragraphs import drawn_x  # noqa: E402

ARABIC = re.compile(r"[\u0600-\u06ff]")
LATIN_WORD = re.compile(r"[A-Za-z]{3,}")


def _fit(qtbot, page):
    with qtbot.waitSignal(page.optimized, timeout=20_000):
        qtbot.mouseClick(page.optimize_button, Qt.MouseButton.LeftButton)
    return page.optimize_label.text()


def test_too_few_reviews_is_said_in_nepali_with_nepali_digits(qtbot, ui_defaults, db, clock):
    info, _deck = _history(db, days=10)
    i18n.apply_language("ne")
    page = _page(qtbot, db, info, clock)
    text = _fit(qtbot, page)
    assert "not enough" not in text.lower()
    assert "६४" in text  # the 64 answers needed, in Devanagari digits
    assert not re.search(r"[0-9]", text)
    assert not LATIN_WORD.search(text)  # not even the preset's name "Default"


def test_too_few_reviews_is_said_in_urdu_right_to_left(qtbot, ui_defaults, db, clock, screenshot):
    info, _deck = _history(db, days=10)
    i18n.apply_language("ur")
    theme.apply_theme("system")  # the app's style, which decides a line's direction
    page = _page(qtbot, db, info, clock)
    text = _fit(qtbot, page)
    assert "not enough" not in text.lower() and ARABIC.search(text)
    assert not LATIN_WORD.search(text)
    # the line reads right to left whatever comes first: "64 needed" before "18" from the right
    x_needed, x_have = drawn_x(page.optimize_label, ["64", "18"])
    assert x_needed > x_have


def _result(code, **params):
    return OptimizeResult([], code == "improved", None, None, params.get("items", 0),
                          params.get("reviews", 0), "English for the CLI", code, params)


def test_every_outcome_has_its_own_words(ui_defaults):
    i18n.apply_language("ja")
    better = fit_text(_result("improved", items=120, reviews=300, old_loss=0.41, new_loss=0.3625))
    kept = fit_text(_result("kept", items=120, reviews=300, old_loss=0.35, new_loss=0.4))
    failed = fit_text(_result("fit_failed", items=80, reviews=90, reason="InvalidInput"))
    for text in (better, kept, failed):
        assert "English" not in text and re.search(r"[\u3040-\u30ff]", text)
    assert "0.3625" in better and "120" in better
    assert "InvalidInput" not in failed and "使えない復習があります" in failed  # fsrs-rs's reason, said
    i18n.apply_language("ne")
    assert "०.३६२५" in fit_text(_result("improved", items=120, reviews=300, old_loss=0.41,
                                          new_loss=0.3625))
    # a result without a known code falls back to the English message
    assert fit_text(_result("")) == "English for the CLI"
