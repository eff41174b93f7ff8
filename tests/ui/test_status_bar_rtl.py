"""The status bar paints its message itself, in the window's direction: in Urdu a message of
Latin alone (an English error without a translation, a deck name while the decks load) ran right
to left, its "…" or full stop at its start. It keeps its order now (widgets/status_bar.py)."""

from __future__ import annotations

import pytest

from .conftest import open_window
from .test_rtl_paragraphs import drawn_runs

pytestmark = pytest.mark.usefixtures("ui_defaults")


def _seen(widget, word: str) -> str:
    runs = drawn_runs(widget)
    y = next(y for _x, y, t in runs if word in t)
    text = "".join(t for _x, _y, t in sorted(r for r in runs if r[1] == y))
    return "".join(c for c in text if c not in "\u2066\u2067\u2068\u2069")


def test_urdu_status_bar_keeps_a_latin_message_in_order(qtbot, app_db, clock):
    w = open_window(qtbot, app_db, clock, "Raza", ui_language="ur")
    w.statusBar().showMessage("Loading JLPT::N5 vocabulary…")
    qtbot.wait(20)
    assert _seen(w.statusBar(), "Loading").rstrip() in ("Loading JLPT::N5 vocabulary…",
                                                       "Loading JLPT::N5 vocabulary...")
    assert "JLPT::N5 vocabulary" in w.statusBar().currentMessage()


def test_urdu_status_bar_message_with_urdu_runs_right_to_left(qtbot, app_db, clock):
    w = open_window(qtbot, app_db, clock, "Raza", ui_language="ur")
    w.statusBar().showMessage("jpprep: ڈیک تیار ہیں")
    qtbot.wait(20)
    assert _seen(w.statusBar(), "jpprep").endswith(": jpprep")  # jpprep first, on the right
