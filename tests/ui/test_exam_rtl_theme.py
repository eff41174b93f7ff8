"""The exam screens in right-to-left Urdu and in dark and light themes.

Japanese item text and the answer choices stay left to right (① on the left, choices 1-4 from
the top) while the buttons and notes around them follow the Urdu layout; the CBT instructions
read in dark and light themes alike.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QRadioButton, QWidget

from jpprep.exams import blueprint, synthetic
from jpprep.services.profiles import create_profile
from jpprep.ui import i18n, theme
from jpprep.ui.context import AppContext

LTR, RTL = Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft


@pytest.fixture
def exam_in(db, clock, qapp_setup, qtbot, tmp_path):
    """exam_in(lang, theme_name, exam_id) -> the runner of a started mock, in that language."""

    pages = []  # the page owns the runner: keep it alive for the test

    def make(lang: str, theme_name: str = "light", exam_id: str = "jft-basic"):
        i18n.apply_language(lang)
        theme.apply_theme(theme_name)
        theme.apply_font(lang)
        from jpprep.ui.pages.exams import ExamsPage

        prof = create_profile(db, f"learner-{lang}-{theme_name}-{exam_id}", now=clock())
        bank = synthetic.synthetic_bank(blueprint.get(exam_id), tmp_path / f"{exam_id}-{lang}-{theme_name}")
        ctx = AppContext(db=db, profile_id=prof.id, profile_name=prof.name, clock=clock,
                         settings={"exam_banks": [str(bank)]})
        page = ExamsPage(ctx)
        pages.append(page)
        qtbot.addWidget(page)
        page.resize(1100, 760)
        page.show()
        page.exam.setCurrentIndex(page.exam.findData(exam_id))
        page.mode.setCurrentIndex(page.mode.findData("full"))
        page.start_btn.setFocus()
        qtbot.keyClick(page.start_btn, Qt.Key.Key_Space)
        assert page.runner is not None, page.message.text()
        qtbot.wait(20)
        return page.runner

    yield make
    i18n.apply_language("en")
    theme.apply_theme("system")
    theme.apply_font("en")


def _x(widget, root) -> int:
    return widget.mapTo(root, QPoint(0, 0)).x()


def _y(widget, root) -> int:
    return widget.mapTo(root, QPoint(0, 0)).y()


@pytest.mark.parametrize("exam_id", ["jft-basic", "jlpt-n5"])
def test_urdu_keeps_japanese_choices_left_to_right(exam_in, qtbot, screenshot, exam_id):
    runner = exam_in("ur", "light", exam_id)
    screenshot(runner, f"exam-{exam_id}-ur")
    assert runner.layoutDirection() == RTL  # the surrounding screen is Urdu
    buttons = runner.view.buttons
    assert len(buttons) >= 3
    for b in buttons:
        assert b.layoutDirection() == LTR, b.text()
        assert not b.isRightToLeft()
    ys = [_y(b, runner) for b in buttons]
    assert ys == sorted(ys) and len(set(ys)) == len(ys)  # 1..4 from the top, one per line
    xs = {_x(b, runner.view) for b in buttons}
    assert len(xs) == 1 and min(xs) < runner.view.width() // 4  # lined up on the left, as printed
    for text in (runner.view.stem, runner.view.question):
        assert text.layoutDirection() == LTR
    # the controls around the question still follow Urdu: Back is on the right of Next
    assert _x(runner.prev_btn, runner) > _x(runner.next_btn, runner)
    # each choice is drawn exactly as in an English interface ("①　こたえ", not "こたえ　①")
    in_urdu = [b.grab().toImage() for b in buttons]
    i18n.apply_language("en")
    assert [b.grab().toImage() for b in buttons] == in_urdu


def _lightness(widget, point: QPoint | None = None) -> int:
    image = widget.grab().toImage()
    p = point or QPoint(3, 3)
    return QColor(image.pixel(p)).lightness()


@pytest.mark.parametrize("theme_name,dark", [("dark", True), ("light", False), ("high_contrast", True)])
def test_cbt_instructions_read_in_every_theme(exam_in, qtbot, screenshot, theme_name, dark):
    runner = exam_in("en", theme_name)
    qtbot.keyClick(runner, Qt.Key.Key_I)
    box = runner.instructions
    assert box.isVisible()
    screenshot(runner, f"exam-cbt-instructions-{theme_name}")
    background = _lightness(box)
    window = QWidget.palette(runner).window().color().lightness()  # runner.palette is the question palette
    text = box.palette().color(box.foregroundRole()).lightness()
    if dark:
        assert background < 110 and window < 110
    else:
        assert background > 150
    assert abs(text - background) > 110  # the words stand out from the box


@pytest.mark.parametrize("theme_name", ["dark", "light"])
def test_jlpt_mark_sheet_and_warnings_read_in_the_theme(exam_in, qtbot, screenshot, theme_name):
    runner = exam_in("en", theme_name, "jlpt-n5")
    qtbot.keyClick(runner, Qt.Key.Key_2)
    sheet = runner.sheet
    image = sheet.grab().toImage()
    marked = sheet._bubble(0, 2).center()
    paper = QColor(image.pixel(QPoint(sheet.width() - 3, marked.y() + 26))).lightness()  # row 2
    filled = QColor(image.pixel(marked)).lightness()
    assert abs(filled - paper) > 100  # the marked bubble stands out from the sheet
    number = max(QColor(image.pixel(QPoint(x, y))).lightness() if theme_name == "dark"
                 else 255 - QColor(image.pixel(QPoint(x, y))).lightness()
                 for x in range(20, 36) for y in range(4 + 26, 4 + 52))
    assert number > 150  # row number 2 is drawn in a colour that shows on the sheet
    shown = [b for b in runner.view.choices_box.findChildren(QRadioButton) if b.isVisible()]
    assert len(shown) == len(runner.item().choices)  # answering never shows the choices twice
    qtbot.keyClick(runner, Qt.Key.Key_E)  # "press again": a warning in the banner
    banner = runner.banner
    assert "questions not answered" in banner.text() and "(s)" not in banner.text()
    colour = banner.palette().color(banner.foregroundRole()).lightness()
    window = QWidget.palette(runner).window().color().lightness()
    assert banner.text() and abs(colour - window) > 90
    screenshot(runner, f"exam-jlpt-sheet-{theme_name}")
