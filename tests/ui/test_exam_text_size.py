"""Mock exam text follows the learner's text size (Settings). Its sizes were fixed (20 px title,
18 px result, 15 px JLPT header and clock, 14 px CBT header, 17 px section break, 14 px review,
15-16 pt Japanese questions and choices): at 150% the Mock exams title ("Thi thử") was smaller
than the body text and a question no bigger than at 100%. They now come from
jpprep.ui.theme.sized_font / sized_css, relative to the app font."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from jpprep.ui import theme

from .test_exam_runner import answer_section, page_for, press_start  # noqa: F401 (fixture)

pytestmark = pytest.mark.usefixtures("ui_defaults")


def _points(widget) -> float:
    """The size asked for, in points (a style sheet's font-size is the font once polished)."""
    widget.ensurePolished()
    f = widget.font()
    return f.pointSizeF() if f.pointSizeF() > 0 else f.pixelSize() * 72 / 96


def _jlpt_sizes(page_for, qtbot, clock, scale: int) -> dict[str, float]:
    theme.apply_font("en", scale)
    page = page_for("jlpt-n5")
    title = next(w for w in page.findChildren(QLabel) if w.text() == page.tr("Mock exams"))
    sizes = {"body": QApplication.font().pointSizeF(), "title": _points(title)}
    runner = press_start(qtbot, page)
    sizes |= {"header": _points(runner.title), "clock": _points(runner.clock),
              "break": _points(runner.break_label), "question": _points(runner.view.stem.label),
              "choice": _points(runner.view.buttons[0])}
    while page.runner is not None:
        answer_section(qtbot, runner, clock)
        qtbot.keyClick(runner, Qt.Key.Key_E)  # finish the section: asks once, then finishes
        qtbot.keyClick(runner, Qt.Key.Key_E)
        if page.runner is not None:
            qtbot.keyClick(runner, Qt.Key.Key_Return)  # the break: start the next section
    assert page.runner is None, "the mock did not finish"
    sizes["result"] = _points(page.results.verdict)
    sizes["review"] = _review_points(page.results.review.toHtml())
    return sizes


def _review_points(html: str) -> float:
    """The size of the review's Japanese text, in points (Qt writes a px size as px)."""
    import re

    size, unit = re.search(r"font-family:'Noto Sans JP'; font-size:([\d.]+)(pt|px)", html).groups()
    return float(size) * (72 / 96 if unit == "px" else 1)


def test_mock_exam_text_grows_with_the_text_size(page_for, qtbot, clock):
    small = _jlpt_sizes(page_for, qtbot, clock, 100)
    big = _jlpt_sizes(page_for, qtbot, clock, 150)
    assert big["body"] == pytest.approx(1.5 * small["body"], rel=0.02)
    grew = {k: round(big[k] / small[k], 2) for k in small}
    assert all(r == pytest.approx(1.5, abs=0.06) for r in grew.values()), grew
    assert big["title"] > big["body"] and big["result"] > big["body"], big
    assert big["question"] > big["body"] and big["choice"] > big["body"], big


@pytest.mark.parametrize("scale", [100, 150])
def test_cbt_header_and_question_keep_their_size_next_to_the_body_text(page_for, qtbot, scale):
    """The CBT screen's header is a little larger than body text and the question larger still,
    at 100% and at 150% alike (at 150% the 14 px header was smaller than body text)."""
    theme.apply_font("en", scale)
    body = QApplication.font().pointSizeF()
    page = page_for("jft-basic")  # held here: qtbot keeps only a weak reference to it
    runner = press_start(qtbot, page)
    assert type(runner).__name__ == "CbtRunner"
    assert _points(runner.title) == pytest.approx(1.05 * body, rel=0.02)
    assert _points(runner.view.stem.label) == pytest.approx(1.6 * body, rel=0.02)
    assert _points(runner.view.buttons[0]) == pytest.approx(1.5 * body, rel=0.02)


def _choice_circle(page_for, qtbot, scale: int, pages: list) -> tuple[int, int]:
    """The first choice's radio circle (height in px, as drawn) and its text's line height."""
    from PySide6.QtWidgets import QStyle, QStyleOptionButton

    theme.apply_theme(theme.current_theme())  # the app's own style, as the app opens with
    theme.apply_font("en", scale)
    page = page_for("jlpt-n5")
    pages.append(page)  # held: qtbot keeps only a weak reference to it
    runner = press_start(qtbot, page)
    button = runner.view.buttons[0]
    opt = QStyleOptionButton()
    button.initStyleOption(opt)
    circle = button.style().subElementRect(QStyle.SubElement.SE_RadioButtonIndicator, opt, button)
    return circle.height(), button.fontMetrics().height()


def test_choice_circles_grow_with_the_text_size(page_for, qtbot):
    """At 150% the answer circles stayed the base style's 14 px beside the larger Japanese."""
    pages = []
    small, _line = _choice_circle(page_for, qtbot, 100, pages)
    big, big_line = _choice_circle(page_for, qtbot, 150, pages)
    assert big == pytest.approx(1.5 * small, abs=2), (small, big)
    assert big >= 0.6 * big_line, f"a {big} px circle beside {big_line} px text"


def _sheet(page_for, qtbot, scale: int, pages: list):
    theme.apply_font("en", scale)
    page = page_for("jlpt-n5")
    pages.append(page)  # held: qtbot keeps only a weak reference to it
    runner = press_start(qtbot, page)
    qtbot.wait(20)
    sheet = runner.sheet
    row = (sheet.sizeHint().height() - 8) / len(sheet.rows)
    return sheet, row, sheet._bubble(0, 1).height()


def test_mark_sheet_rows_and_bubbles_grow_with_the_text_size(page_for, qtbot):
    """The sheet's numbers were a fixed 9 pt in fixed 26 px rows beside a 150% question."""
    from PySide6.QtWidgets import QScrollArea

    pages = []
    _sheet_small, small_row, small_bubble = _sheet(page_for, qtbot, 100, pages)
    sheet, big_row, big_bubble = _sheet(page_for, qtbot, 150, pages)
    assert big_row == pytest.approx(1.5 * small_row, abs=1)
    assert big_bubble == pytest.approx(1.5 * small_bubble, abs=1)
    # every bubble of a row is in the sheet's view: no sideways scrolling at 150%
    scroll = next(w for w in pages[-1].findChildren(QScrollArea) if w.widget() is sheet)
    assert sheet._bubble(0, 4).right() < scroll.viewport().width()
    assert scroll.horizontalScrollBar().maximum() == 0


def test_mark_sheet_view_follows_a_text_size_change_during_the_exam(page_for, qtbot):
    """The sheet's view took its width when the exam started: after a change to 150% in
    Settings its fourth bubbles were cut (and back at 100% a gap was left beside them)."""
    from PySide6.QtWidgets import QScrollArea

    pages = []
    sheet, _row, _bubble = _sheet(page_for, qtbot, 100, pages)
    scroll = next(w for w in pages[-1].findChildren(QScrollArea) if w.widget() is sheet)
    narrow = scroll.width()
    theme.apply_font("en", 150)
    qtbot.wait(20)
    assert scroll.width() >= 1.4 * narrow
    assert sheet._bubble(0, 4).right() < scroll.viewport().width()
    assert scroll.horizontalScrollBar().maximum() == 0
    theme.apply_font("en", 100)
    qtbot.wait(20)
    assert scroll.width() == narrow
