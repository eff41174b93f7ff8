"""Leftovers from the Urdu and Nepali walk: a code sample in an Urdu sentence (id = "…",
key = "value", '[[') drawn in pieces, its quote marks or brackets on the wrong side; the Mock exams
page joining its parts with a Latin ";" in Urdu; Home's narrow count names in Nepali touching
their column lines."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption
from PySide6.QtWidgets import QStyle

from jpprep.ui import i18n, theme
from jpprep.ui.context import AppContext

from .conftest import open_window

pytestmark = pytest.mark.usefixtures("ui_defaults")

# (translation context, English source, the sample in it that must read as written)
SAMPLES = [
    ("ProblemWords", 'For example id = "jlpt-n5-verbs".', 'id = "jlpt-n5-verbs"'),
    ("ProblemWords", 'Write {key} = "...".', '{key} = "..."'),
    ("ProblemWords", 'Add a line {key} = "..." to deck.toml.', '{key} = "..."'),
    ("ProblemWords", 'For example languages = ["en", "ur"].', 'languages = ["en", "ur"]'),
    ("ProblemWords", 'For example card_types = ["recognition"].', 'card_types = ["recognition"]'),
    ("ErrorWords", 'The lab configuration file is not valid TOML (each setting is one line: key = '
                   '"value"). Everything that can be locked is locked until it is fixed.',
     'key = "value"'),
    ("ErrorWords", "This file is not a jpprep question bank (“format”: 1 is missing).", "“format”: 1"),
    ("BankWords", "The markup in “{field}” is broken: '[[' and ']]' do not pair up.", "'[['"),
    ("BankWords", "The markup in “{field}” is broken: '[[' and ']]' do not pair up.", "']]'"),
    ("BankWords", "The markup in “{field}” is broken: '《' and '》' do not pair up.", "'《'"),
    ("BankWords", "Mark the tested word with [[…]] in “stem”.", "[[…]]"),
]


def _in_order(text: str, sample: str) -> bool:
    """Every character of `sample` (inside `text`, one right-to-left paragraph) drawn right of
    the one before it, as written."""
    layout = QTextLayout(text, QFont())
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(100_000)
    layout.endLayout()
    start = text.index(sample)
    xs = [line.cursorToX(i)[0] for i in range(start + 1, start + len(sample))]
    return xs == sorted(xs) and len(set(xs)) == len(xs)


@pytest.mark.parametrize("context, source, sample", SAMPLES)
def test_urdu_code_samples_read_as_written(qapp_setup, context, source, sample):
    """'مثلاً id = "jlpt-n5-verbs"۔' was drawn '"id = "jlpt-n5-verbs', "{key} = \"...\"" as
    '"..." = key', "(“format”: 1" as "(1 :format”": each sample is now one left-to-right run."""
    from PySide6.QtCore import QCoreApplication

    i18n.apply_language("ur")
    text = QCoreApplication.translate(context, source)
    assert text != source and sample in text, text
    assert _in_order(text, sample), text


def test_check_sees_a_sample_drawn_in_pieces(qapp_setup):
    assert not _in_order('مثلاً id = "jlpt-n5-verbs"۔', 'id = "jlpt-n5-verbs"')
    assert _in_order('مثلاً \u2066id = "jlpt-n5-verbs"\u2069۔', 'id = "jlpt-n5-verbs"')


# ---------------------------------------------------------------- Mock exams in Urdu
def test_urdu_mock_exams_page_joins_its_parts_with_urdu_punctuation(qtbot, db, clock, monkeypatch):
    from jpprep.services import exams as svc
    from jpprep.services import profiles
    from jpprep.ui.pages.exams import ExamsPage

    monkeypatch.setattr(svc, "readiness", lambda *_a, **_k: svc.Readiness(
        "jlpt-n5", 3, {"s1": [(1, 40.0), (2, 55.0)], "s2": [(1, 30.0), (2, 35.0)]},
        {"s1": "زبان کا علم", "s2": "سننا"}, {}, ["kanji_reading", "orthography"]))
    i18n.apply_language("ur")
    info = profiles.create_profile(db, "Hina", now=clock())
    page = ExamsPage(AppContext(db, info.id, info.name, clock, {"ui_language": "ur"}))
    qtbot.addWidget(page)
    page.exam.setCurrentIndex(page.exam.findData("jlpt-n5"))
    visible = re.sub("<[^>]+>", "", page.info.text())
    assert ";" not in visible and "؛" in visible, visible
    lines = page.info.text().split("</p>")
    # the weak types, each with two names (漢字読み  کانجی کا تلفظ), one from the next by Urdu's ؛
    weak = re.sub("<[^>]+>", "", next(x for x in lines if "表記" in x and "漢字" in x))
    assert "؛" in weak and ", " not in weak and "; " not in weak, weak


# ---------------------------------------------------------------- Home in Nepali
@pytest.mark.parametrize("size", [(1024, 600), (1366, 768)])
@pytest.mark.parametrize("scale", [100, 150])
def test_nepali_home_count_names_have_room_in_their_columns(qtbot, app_db, clock, size, scale):
    """'नयाँ' and 'सिक्दै' were sized to their letters and touched the column lines."""
    w = open_window(qtbot, app_db, clock, "Sita", size=size, ui_language="ne", text_scale=scale)
    page = w.show_page("home")
    page.refresh()
    header = page.tree.header()
    fm = header.fontMetrics()
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    for col in range(1, page.tree.columnCount()):
        name = page.tree.headerItem().text(col)
        room = header.sectionSize(col) - fm.horizontalAdvance(name) - 2 * margin
        assert room >= fm.height() // 4, (name, header.sectionSize(col), room)
    assert theme.current_scale() == scale
    # the counts still fit beside the deck names: nothing scrolls sideways
    assert not page.tree.horizontalScrollBar().isVisible()
