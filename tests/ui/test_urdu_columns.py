"""Qt lets no table column be narrower than the font's widest glyph, and Urdu's Naskh has one
84 px wide (127 px at 150% text, against 43 and 64 in Latin). On a 1024x600 screen at 150% the
Progress page's retention tables (three stretched columns) did not fit their width: each
scrolled sideways with its Answers column cut. The app's style gives such a header a floor of
two and a half lines' height (theme.FocusStyle); Latin and Devanagari keep Qt's own."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView

from .conftest import open_window

pytestmark = pytest.mark.usefixtures("ui_defaults")


def test_urdu_retention_tables_fit_their_width_at_1024x600_and_150_percent(qtbot, app_db, clock):
    w = open_window(qtbot, app_db, clock, "Raza", size=(1024, 600), ui_language="ur", text_scale=150)
    page = w.show_page("stats")
    qtbot.wait(50)
    for table in (page.by_month, page.by_age):
        header = table.horizontalHeader()
        assert header.length() <= table.viewport().width(), [header.sectionSize(c) for c in range(3)]
        assert table.horizontalScrollBar().maximum() == 0


@pytest.mark.parametrize("lang", ["en", "ne"])
def test_latin_and_devanagari_headers_keep_qts_minimum(qtbot, lang):
    from jpprep.ui import i18n, theme

    i18n.apply_language(lang)
    theme.apply_font(lang, 150)
    theme.apply_theme("system")
    header = QHeaderView(Qt.Orientation.Horizontal)
    qtbot.addWidget(header)
    header.ensurePolished()
    margin = 2 * header.style().pixelMetric(header.style().PixelMetric.PM_HeaderMargin, None, header)
    assert header.minimumSectionSize() == header.fontMetrics().maxWidth() + margin


def test_a_header_minimum_set_by_the_page_stays(qtbot, qapp_setup):
    from jpprep.ui import i18n, theme

    i18n.apply_language("ur")
    theme.apply_font("ur", 150)
    theme.apply_theme("system")
    header = QHeaderView(Qt.Orientation.Horizontal)
    qtbot.addWidget(header)
    header.setMinimumSectionSize(40)  # as the deck browser sets it
    header.ensurePolished()
    assert header.minimumSectionSize() == 40
