"""A plain-text label (or tooltip, button) of several lines is one paragraph for Qt, so the
app's style gives all of it one direction: right to left once a line has Urdu in it. A line of
Latin alone under an Urdu sentence (a file name, an English hint) then ran right to left: its
"…" stood at its start and was even pushed onto a line of its own in a tooltip. Such a line now
keeps its order (jpprep.ui.bidi.item_view_text, through theme.FocusStyle.drawItemText)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from .test_rtl_paragraphs import drawn_runs, urdu, window  # noqa: F401 (urdu: a fixture)

pytestmark = pytest.mark.usefixtures("ui_defaults")

TEXT = "jpprep: فائل کھولیں (kitchen.csv)\nOpen kitchen.csv…"


def _line(widget, word: str) -> str:
    runs = drawn_runs(widget)
    y = next(y for _x, y, t in runs if word in t)
    text = "".join(t for _x, _y, t in sorted(r for r in runs if r[1] == y))
    return "".join(c for c in text if c not in "\u2066\u2067\u2068\u2069")


def test_latin_line_under_an_urdu_line_keeps_its_order(qtbot, urdu):
    label = QLabel(TEXT)
    w = window(qtbot, label)  # noqa: F841 (kept alive while drawn)
    assert _line(label, "Open").rstrip() in ("Open kitchen.csv…", "Open kitchen.csv..."), drawn_runs(label)
    first = _line(label, "jpprep")
    assert first.endswith("jpprep"), first  # the Urdu line still runs right to left
