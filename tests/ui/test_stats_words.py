"""The progress page words the service's numbers in the learner's language: month names, card
ages, minutes, percentages and dates; Urdu runs right to left without overlapping labels."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from PySide6.QtCore import Qt

from jpprep.ui import i18n  # noqa: E402
from jpprep.ui.context import AppContext  # noqa: E402
from jpprep.ui.pages.stats import StatsPage, StatsWords  # noqa: E402
sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_stats_page import NOW, _history  # noqa: E402

ISO_MONTH = re.compile(r"^\d{4}-\d{2}$")


def _loaded(qtbot, db, info, clock):
    page = StatsPage(AppContext(db, info.id, info.name, clock, {}))
    qtbot.addWidget(page)
    page.resize(900, 1100)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.refresh()
    return page


def _column(table, col):
    return [table.item(r, col).text() for r in range(table.rowCount())]


def test_japanese_words(ui_defaults):
    i18n.apply_language("ja")
    w = StatsWords()
    assert w.month("2026-03") == "2026年3月"
    assert w.card_age(365, None) == "1年以上"
    assert w.card_age(0, 7) == "7日未満"
    assert w.minutes(125 * 60_000) == "2時間05分"
    assert w.percent(0.834) == "83%"


def test_english_page_names_months_and_ages(db, clock, qtbot, ui_defaults):
    info, _deck = _history(db, 60)
    page = _loaded(qtbot, db, info, clock)
    months = _column(page.by_month, 0)
    assert months and not any(ISO_MONTH.match(m) for m in months)
    assert months[-1] == "September 2026"
    assert _column(page.by_age, 0) == ["under 7 days", "7 days to 30 days",
                                       "30 days to 3 months", "3 months to 1 year",
                                       "over 1 year"]
    assert page.forecast.labels[0] == "Today" and page.forecast.labels[7] == "9/28"


def test_urdu_page_runs_right_to_left_in_urdu_words(db, clock, qtbot, ui_defaults):
    info, _deck = _history(db, 60)
    i18n.apply_language("ur")
    page = _loaded(qtbot, db, info, clock)
    assert page.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert _column(page.by_month, 0)[-1] == "ستمبر 2026"
    assert _column(page.by_age, 0)[-1] == "1 سال سے زیادہ"
    # the sign of every other page (i18n.percent: CLDR's % for Urdu with Latin digits), not ٪
    assert page.figures["retention"].text().endswith("%")
    # the legend of card states: inside the bar's width, no two labels overlap, first on the right
    legend = page.states.legend()
    boxes = [box for _label, _swatch, box in legend]
    assert all(0 <= b.left() and b.right() <= page.states.width() for b in boxes)
    assert not any(a.intersects(b) for i, a in enumerate(boxes) for b in boxes[i + 1:])
    assert boxes[0].right() > page.states.width() - 40
    assert legend[0][0].startswith("نئے")
    assert clock() == NOW


def test_heatmap_days_are_named_in_the_learners_language(db, clock, qtbot, ui_defaults):
    info, _deck = _history(db, 60)
    i18n.apply_language("ur")
    page = _loaded(qtbot, db, info, clock)
    last = len(page.data.heatmap) - 1
    tip = page.heatmap.tooltip_for(last)
    assert page.data.heatmap[last][0] not in tip  # no ISO date
    assert "ستمبر" in tip and "2026" in tip
