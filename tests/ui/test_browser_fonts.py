"""The deck browser in Nepali: the date a note was added is the interface's own text (Nepali
digits), drawn in the interface's font; the list's Japanese font falls back to the fonts the app
ships. The list was all Noto Sans JP, which has no Devanagari: the date's digits came from
whatever font the system's fallback chose for Devanagari (the bundled one here; on Windows a
system font of its own design and size), between hyphens of the Japanese font."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextLayout
from PySide6.QtWidgets import QStyleOptionViewItem

from .conftest import open_window

pytestmark = pytest.mark.usefixtures("ui_defaults")

DEVANAGARI = "Noto Sans Devanagari"  # bundled (resources/fonts), the Nepali interface's font


def drawn_families(text: str, font) -> set[str]:
    """The fonts Qt draws `text` with in `font` (a family other than the first is a fallback)."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return {run.rawFont().familyName() for run in layout.glyphRuns()}


def test_nepali_date_added_is_drawn_in_the_interface_font(qtbot, app_db, clock):
    w = open_window(qtbot, app_db, clock, "Sita", size=(1366, 768), ui_language="ne",
                    text_scale=150)
    page = w.show_page("decks")
    table = page.table
    assert not table.isColumnHidden(6)
    index = table.model().index(0, 6)
    assert index.data() and index.data()[0] in "०१२३४५६७८९"  # Nepali digits
    option = QStyleOptionViewItem()
    option.initFrom(table)
    option.font = table.font()
    table.itemDelegate().initStyleOption(option, index)  # the font the cell is drawn with
    assert option.font.families()[0] == DEVANAGARI
    assert drawn_families(index.data(), option.font) == {DEVANAGARI}  # no fallback
    assert option.font.pointSizeF() == table.font().pointSizeF()  # and the list's size
    # the Japanese columns keep Noto Sans JP, followed by the bundled script fonts
    families = table.font().families()
    assert families[0] == "Noto Sans JP" and families[1] == DEVANAGARI
