"""The Classroom page in Urdu on a 1024x600 screen at 150% text: its row of four buttons was
wider than the window, so the page scrolled sideways and "Student report PDF…" and the table's
Status column were cut off; the reasons a student is at risk were joined with a Latin ";",
which after an assignment's name ("Lab::Basics;") read as part of it. In Nepali the trend was
written in Latin digits."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect

from jpprep.services import profiles
from jpprep.ui.main_window import MainWindow

from .test_accessibility import too_wide

pytestmark = pytest.mark.usefixtures("ui_defaults")


@pytest.fixture
def klass(db, tmp_path, clock):
    from lab.classdata import make_class  # as tests/ui/test_classroom.py builds the class

    return make_class(db, tmp_path, clock)


def _classroom(qtbot, klass, clock, lang, size, scale):
    db = klass["db"]
    profiles.update_settings(db, klass["sensei"].id, ui_language=lang, text_scale=scale)
    w = MainWindow(db, profiles.get_profile(db, klass["sensei"].id), clock=clock)
    qtbot.addWidget(w)
    w.resize(*size)
    w.show()
    qtbot.waitExposed(w)
    page = w.show_page("classroom")
    qtbot.wait(50)
    return page


def test_urdu_classroom_fits_a_1024x600_screen_at_150_percent(qtbot, klass, clock):
    page = _classroom(qtbot, klass, clock, "ur", (1024, 600), 150)
    assert not too_wide(page, "ur classroom")
    view = page.parentWidget()
    for b in (page.assign_button, page.csv_button, page.pdf_button, page.student_pdf_button):
        shown = QRect(b.mapTo(view, QPoint(0, 0)), b.size())
        assert view.rect().left() <= shown.left() and shown.right() <= view.rect().right(), b.text()


def test_urdu_risk_reasons_are_joined_with_the_urdu_semicolon(qtbot, klass, clock):
    page = _classroom(qtbot, klass, clock, "ur", (1366, 768), 100)
    rows = {page.table.item(r, 0).text(): r for r in range(page.table.rowCount())}
    page.table.setCurrentCell(rows["رضا"], 0)
    text = page.reasons.text()
    assert "؛ " in text and ";" not in text, text


def test_nepali_trend_is_written_in_nepali_digits(qtbot, klass, clock):
    """"+17" stood in Latin digits beside "१००%" and "JLPT N5 ६७%"."""
    page = _classroom(qtbot, klass, clock, "ne", (1366, 768), 100)
    rows = {page.table.item(r, 0).text(): r for r in range(page.table.rowCount())}
    assert page.table.item(rows["Ayesha"], 6).text() == "+१७"
