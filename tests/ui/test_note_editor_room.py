"""The deck browser's note editor on a 1024x600 screen at 150% text, in Urdu: its pane is a
few lines high there, and an empty message line under Save (41 px of Urdu) and the form's own
margins took the room of the Japanese field, which was below the fold. The message line shows
only with text; the form has no margins of its own in the pane."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QWidget

from .conftest import open_window

pytestmark = pytest.mark.usefixtures("ui_defaults")


def _shown_in(widget, area) -> bool:
    """All of `widget` within what the scroll area `area` shows."""
    view = area.viewport()
    return view.rect().contains(QRect(widget.mapTo(view, QPoint(0, 0)), widget.size()))


def test_urdu_note_editor_shows_the_japanese_field_at_1024x600_and_150_percent(qtbot, app_db, clock):
    w = open_window(qtbot, app_db, clock, "Raza", size=(1024, 600), ui_language="ur", text_scale=150)
    page = w.show_page("decks")
    page.table.setCurrentCell(0, 0)  # a note in the editor
    qtbot.wait(50)
    scroll = page.findChild(QWidget, "editor_scroll")
    assert page.expression.text() and _shown_in(page.expression, scroll)
    assert not page.status.isVisible()  # nothing to say: no empty line


def test_the_message_line_shows_when_there_is_something_to_say(qtbot, app_db, clock):
    w = open_window(qtbot, app_db, clock, "Raza", size=(1024, 600), ui_language="ur", text_scale=150)
    page = w.show_page("decks")
    page.table.setCurrentCell(0, 0)
    page.meaning.setText(page.meaning.text() + " (edited)")
    page.save.click()
    qtbot.wait(50)
    assert page.status.isVisible() and page.status.text()
    assert page.status.height() >= page.status.heightForWidth(page.status.width()) > 0
