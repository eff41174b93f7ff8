"""The reviewer with its new parts (answer box, check, Play, flag, More, time and today's count)
on a 1024x600 netbook in English and Urdu: nothing clipped, nothing scrolls sideways, Urdu runs
right to left while the Japanese answer box stays left to right; the answer side (word, check,
reading, meaning, example sentence) fits without scrolling."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QScrollArea, QWidget

from .conftest import save_screenshot
from .reviewer_deck import study_window
from .test_accessibility import clipped, too_wide

pytestmark = pytest.mark.usefixtures("ui_defaults")


def _problems(page, where):
    out = []
    for w in page.findChildren(QWidget):
        if isinstance(w, (QLabel, QPushButton, QCheckBox)) and w.isVisibleTo(page) and clipped(w):
            out.append(f"{where}: {w.text()[:40]!r} {clipped(w)}")
    return out + too_wide(page, where)


@pytest.mark.parametrize("lang", ["en", "ur"])
def test_reviewer_fits_1024x600(qtbot, db, clock, tmp_path, lang):
    win, page = study_window(qtbot, db, clock, tmp_path, card_types=("reading",),
                             ui_language=lang)
    assert (page.layoutDirection() == Qt.LayoutDirection.RightToLeft) == (lang == "ur")
    assert page.answer_box.layoutDirection() == Qt.LayoutDirection.LeftToRight
    qtbot.keyClick(page.answer_box, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    clock.advance(12)
    page.tick.timeout.emit()
    qtbot.keyClicks(page.answer_box, "taberu")
    qtbot.wait(30)
    problems = _problems(page, f"{lang} question")
    save_screenshot(win, f"reviewer-{lang}-question")
    qtbot.keyClick(page.answer_box, Qt.Key.Key_Return)
    qtbot.wait(30)
    assert page.check_label.isVisible() and page.flag_mark.isVisible()
    assert page.audio_button.isVisible() or page.audio_button.player is None
    problems += _problems(page, f"{lang} answer")
    body = page.findChildren(QScrollArea)[0]
    assert body.verticalScrollBar().maximum() == 0  # the whole answer, example too, in view
    save_screenshot(win, f"reviewer-{lang}-answer")
    assert not problems, "\n".join(problems)
