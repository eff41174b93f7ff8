"""Nepali numbers in one script: every number the interface writes uses the language's digits
(०-९), as Qt's %Ln does, so a page never shows 3 beside ३. The exam paper's own text (Japanese
questions, the answer keys 1-4 as printed) and exported files keep 0-9."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel

from jpprep.exams import blueprint, synthetic
from jpprep.services.profiles import create_profile
from jpprep.ui import i18n, theme
from jpprep.ui.context import AppContext

pytestmark = pytest.mark.usefixtures("ui_defaults")
WESTERN = re.compile("[0-9]")
DEVANAGARI_DIGIT = re.compile("[०-९]")


def test_helpers_write_the_languages_digits(qapp):
    i18n.apply_language("ne")
    assert i18n.number(1234) == "१,२३४" and i18n.count(1234) == "१२३४"
    assert i18n.digits("04:59") == "०४:५९" and i18n.digits("2026-09-21") == "२०२६-०९-२१"
    assert i18n.percent(85) == "८५%" and i18n.percent(72.5, 1) == "७२.५%"
    i18n.apply_language("ur")  # Urdu, like the other shipped languages, writes 0-9
    assert i18n.digits("04:59") == "04:59" and i18n.percent(85) == "85%"


def _visible_texts(widget, skip):
    out = []
    for w in widget.findChildren(QLabel) + widget.findChildren(QAbstractButton):
        if not w.isVisibleTo(widget) or any(s is w or s.isAncestorOf(w) for s in skip):
            continue
        out.append((w.objectName() or type(w).__name__, w.text()))
    return out


def test_a_mock_exam_in_nepali_shows_no_western_digits(qtbot, db, clock, tmp_path, screenshot):
    from jpprep.ui.pages.exams import ExamsPage

    i18n.apply_language("ne")
    theme.apply_font("ne", 100)
    pid = create_profile(db, "Sita", now=clock()).id
    files = [str(synthetic.synthetic_bank(blueprint.get("jft-basic"), tmp_path / "j"))]
    page = ExamsPage(AppContext(db=db, profile_id=pid, profile_name="Sita", clock=clock,
                                settings={"exam_banks": files}))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.exam.setCurrentIndex(page.exam.findData("jft-basic"))
    page.start_btn.setFocus()
    qtbot.keyClick(page.start_btn, Qt.Key.Key_Space)
    runner = page.runner
    assert runner is not None, page.message.text()
    qtbot.keyClick(runner, Qt.Key.Key_1)
    qtbot.keyClick(runner, Qt.Key.Key_N)
    clock.advance(75)
    runner.tick()
    qtbot.wait(30)
    assert runner.number.text() == "५० मध्ये प्रश्न २"
    assert "५८:४५" in runner.clock.text()
    assert [b.text() for b in runner.palette.buttons[:3]] == ["१", "२", "३"]
    # everything but the question itself (Japanese, its choices keyed 1-4 as printed)
    shown = _visible_texts(runner, skip=[runner.view])
    assert [t for t in shown if WESTERN.search(t[1])] == []
    assert any(DEVANAGARI_DIGIT.search(t) for _n, t in shown)
    screenshot(runner, "exam_runner_ne")


def test_the_exams_page_writes_counts_minutes_and_dates_in_nepali_digits(qtbot, db, clock):
    from jpprep.ui.pages.exams import ExamsPage

    i18n.apply_language("ne")
    pid = create_profile(db, "Sita", now=clock()).id
    page = ExamsPage(AppContext(db=db, profile_id=pid, profile_name="Sita", clock=clock, settings={}))
    qtbot.addWidget(page)
    page.exam.setCurrentIndex(page.exam.findData("jlpt-n5"))
    text = page.info.text()
    assert "६७ प्रश्न" in text and "२०२६-११-२२" in text and "४०" in text
    # the only 0-9 left are in the exam's name
    visible = re.sub("<[^>]+>", "", text)  # the rich text's markup is not shown
    assert re.findall("[0-9]+", re.sub(r"JLPT N5|日本語能力試験 N5", "", visible)) == []
