"""The deck browser's note editor fits its pane on a 1024x600 screen at 150% text: in Urdu it
scrolled there, the pane (263 px under the filters) being shorter than its five label-and-field
rows. The editor takes the page's whole height beside the list, the short fields go two to a
line, and the reading corrections show when asked for."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QScrollArea, QWidget

from .conftest import open_window

pytestmark = pytest.mark.usefixtures("ui_defaults")


def _shown_in(widget, area: QWidget) -> bool:
    """All of `widget` within what `area` shows."""
    return area.rect().contains(QRect(widget.mapTo(area, QPoint(0, 0)), widget.size()))


@pytest.mark.parametrize("lang", ["ur", "ne", "vi", "en"])
def test_note_editor_needs_no_scroll_bar_at_1024x600_and_150_percent(qtbot, app_db, clock, lang):
    w = open_window(qtbot, app_db, clock, "Raza", size=(1024, 600), ui_language=lang,
                    text_scale=150)
    page = w.show_page("decks")
    page.table.setCurrentCell(0, 0)  # a note in the editor
    qtbot.wait(50)
    scroll = page.findChild(QWidget, "editor_scroll")
    assert scroll.verticalScrollBar().maximum() == 0, scroll.widget().minimumHeight()
    for field in (page.expression, page.reading, page.meaning, page.tags, page.note_level):
        assert field.text() and _shown_in(field, scroll.viewport()), field.objectName()
    assert _shown_in(page.save, page.findChild(QWidget, "editor_pane"))
    # nor does the page scroll in the window, and the list still shows its notes
    window_area = next(a for a in w.findChildren(QScrollArea) if a.widget() is not None
                       and a.widget().isAncestorOf(page) or a.widget() is page)
    assert window_area.verticalScrollBar().maximum() == 0
    assert page.table.viewport().height() >= 3 * page.table.rowHeight(0)


def test_reading_corrections_show_when_asked_for(qtbot, app_db, clock):
    w = open_window(qtbot, app_db, clock, "Raza", size=(1024, 600), ui_language="ur",
                    text_scale=150)
    page = w.show_page("decks")
    page.table.setCurrentCell(0, 0)
    corrections = page.preview.corrections
    assert page.corrections_button.isVisible() and not corrections.isVisible()
    page.corrections_button.click()
    qtbot.wait(50)
    assert corrections.isVisible() and page.preview.word.isVisible()
    # scrolled into view: they open below the fields
    scroll = page.findChild(QWidget, "editor_scroll")
    assert _shown_in(page.preview.word, scroll.viewport())
    page.corrections_button.click()
    assert not corrections.isVisible()
