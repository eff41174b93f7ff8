"""Settings in Urdu on a 1024x600 screen at 150% text: the page was 47 px taller than the window
and needed a scroll bar, the note under the meanings language on two lines beside an empty
label column. The note now runs across the row and the page's margins are smaller: it fits."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QComboBox, QScrollArea, QSpinBox

from .conftest import open_window

pytestmark = pytest.mark.usefixtures("ui_defaults")


@pytest.mark.parametrize("lang", ["ur", "ne"])
def test_settings_fit_a_1024x600_screen_at_150_percent(qtbot, db, clock, lang):
    w = open_window(qtbot, db, clock, "Raza", size=(1024, 600), ui_language=lang, text_scale=150)
    page = w.show_page("settings")
    qtbot.wait(50)
    scroll = page.findChild(QScrollArea)
    assert scroll.verticalScrollBar().maximum() == 0, scroll.widget().height() - scroll.viewport().height()
    view = scroll.viewport()
    for field in page.findChildren(QComboBox) + page.findChildren(QSpinBox):
        shown = QRect(field.mapTo(view, QPoint(0, 0)), field.size())
        assert view.rect().contains(shown), field.objectName()
