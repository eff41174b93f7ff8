"""In a right-to-left interface (Urdu) a timeline runs right to left: the Progress page's year
heatmap and its 30-day forecast are mirrored, labels and tooltips with them. Both ran left to
right, with today at the far end of an Urdu reader's line. Read from what is drawn: pixels of
the squares' and bars' colours, text runs painted into an SVG."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from jpprep.ui import i18n, theme

from .test_rtl_paragraphs import drawn_runs

pytestmark = pytest.mark.usefixtures("ui_defaults")

TODAY = dt.date(2026, 12, 7)


def xs_of(widget: QWidget, colour: str) -> list[int]:
    """The columns where `widget` draws pixels of exactly `colour`."""
    img = widget.grab().toImage()
    want = QColor(colour)
    return sorted({x for x in range(img.width()) for y in range(img.height())
                   if img.pixelColor(x, y) == want})


@pytest.fixture(params=["en", "ur"])
def lang(request, qapp_setup):
    i18n.apply_language(request.param)
    theme.apply_font(request.param, 100)
    return request.param


def _heatmap(qtbot):
    from jpprep.ui.widgets.heatmap import HeatmapWidget

    h = HeatmapWidget()
    qtbot.addWidget(h)
    days = [((TODAY - dt.timedelta(days=d)).isoformat(), 0) for d in range(364, -1, -1)]
    days[0] = (days[0][0], 1)  # the oldest day: the palest green
    days[-1] = (days[-1][0], 12)  # today: the darkest
    h.set_data(days)
    h.resize(900, h.heightForWidth(900))
    h.show()
    qtbot.waitExposed(h)
    return h


def test_heatmap_runs_from_the_start_side_to_today(qtbot, lang):
    from jpprep.ui.widgets.heatmap import LEVELS

    h = _heatmap(qtbot)
    oldest, today = xs_of(h, LEVELS[1]), xs_of(h, LEVELS[4])
    assert oldest and today
    if lang == "ur":  # the year starts at the right; today is at the left
        assert max(today) < min(oldest) and min(today) < h.width() // 2
    else:
        assert max(oldest) < min(today)
    # hovering where today's square is drawn names today
    point = h.cell_rect(364).center()
    assert min(today) <= point.x() <= max(today)
    assert h.index_at(point) == 364
    assert h.tooltip_for(h.index_at(point)).startswith(i18n.date(TODAY.isoformat()))


def test_heatmap_labels_follow_the_mirror(qtbot, lang):
    from jpprep.ui.widgets.heatmap import LEVELS

    h = _heatmap(qtbot)
    squares = xs_of(h, LEVELS[0])
    runs = drawn_runs(h)
    monday = next(x for x, _y, text in runs if text == h.tr("Mon"))
    january = QLocale().monthName(1, QLocale.FormatType.ShortFormat)
    december = QLocale().monthName(12, QLocale.FormatType.ShortFormat)  # today's month, last
    x_jan = next(x for x, _y, text in runs if text == january)
    x_dec = next(x for x, _y, text in runs if text == december)
    if lang == "ur":  # weekday names right of the squares; January right of December
        assert monday > max(squares) and x_jan > x_dec
    else:
        assert monday < min(squares) and x_jan < x_dec


def test_forecast_starts_today_on_the_start_side(qtbot, lang):
    from jpprep.ui.pages.stats import BarChart

    chart = BarChart()
    qtbot.addWidget(chart)
    labels = [f"day{c}" for c in "abcdefghijklmnopqrstuvwxyzABCD"]  # letters: one run each
    values = [4] + [0] * 28 + [2]  # today (orange), day 29 (blue)
    chart.set_data(values, labels)
    chart.resize(600, 160)
    chart.show()
    qtbot.waitExposed(chart)
    today, last = xs_of(chart, "#ed7d31"), xs_of(chart, "#5b9bd5")
    runs = {text: x for x, _y, text in drawn_runs(chart)}
    if lang == "ur":
        assert min(today) > chart.width() // 2 > max(last)
        assert runs["daya"] > runs["dayh"] > runs["dayC"]
        # a date stands under its own bar, from the bar's right edge leftwards
        assert runs["daya"] < max(today) < runs["daya"] + 80
    else:
        assert max(today) < chart.width() // 2 < min(last)
        assert runs["daya"] < runs["dayh"] < runs["dayC"]


def test_urdu_month_names_are_not_cut_at_150_percent(qtbot, qapp_setup):
    """The month names' row was 18 px whatever the text size: at 150% it cut the tops of
    Urdu's tall letters (the stroke of اکتوبر's ک). The row is a line of the names high."""
    from PySide6.QtGui import QFontMetrics

    i18n.apply_language("ur")
    theme.apply_font("ur", 150)
    h = _heatmap(qtbot)
    line = QFontMetrics(h.label_font()).height()
    boxes = h.month_labels()
    assert boxes and all(box.height() >= line for box, _name in boxes)
    assert all(box.bottom() < h.cell_rect(0).top() for box, _name in boxes)  # above the squares
    for box, _name in h.weekday_labels():
        assert box.height() >= line
