"""In the Urdu interface a line of text with Urdu in it runs right to left even when it begins
with a Latin word ("jpprep", a deck, an English meaning, a file), in every kind of widget; a line
that is only Latin runs left to right. Qt took a label's direction from its first letter, so
such a label ran left to right and its Urdu read in pieces from the wrong end; the app's style
decides it once (jpprep.ui.bidi). The order is read from what the widget really draws: painted
into an SVG, each run of text is one <text> element at the x where it starts."""

from __future__ import annotations

import re
from html import unescape

import pytest
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (QCheckBox, QGroupBox, QLabel, QMessageBox, QPushButton, QRadioButton,
                               QVBoxLayout, QWidget)

pytestmark = pytest.mark.usefixtures("ui_defaults")

URDU = "jpprep آپ کی پیش رفت اسی کمپیوٹر پر رکھتا ہے۔"  # the welcome's sentence, shortened
LATIN = "Open kitchen.csv…"  # only Latin: its "…" ends the line on the right


def drawn_runs(widget) -> list[tuple[float, float, str]]:
    """(x, y, text) of each run of text `widget` draws, in the widget's own coordinates."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    svg = QSvgGenerator()
    svg.setOutputDevice(buffer)
    svg.setSize(widget.size())
    widget.render(svg)
    runs = []
    for group, body in re.findall(r"<g ([^>]*)>(.*?)</g>", bytes(buffer.data()).decode(), re.S):
        m = re.search(r"matrix\(([-\d.e]+),[-\d.e]+,[-\d.e]+,[-\d.e]+,([-\d.e]+),([-\d.e]+)\)", group)
        dx, dy = (float(m.group(2)), float(m.group(3))) if m else (0.0, 0.0)
        for x, y, text in re.findall(r'<text[^>]* x="([-\d.e]+)" y="([-\d.e]+)"[^>]*>(.*?)</text>', body, re.S):
            runs.append((float(x) + dx, float(y) + dy, unescape(text)))
    return runs


def drawn_x(widget, parts: list[str]) -> list[float]:
    """Where the run holding each of `parts` starts, all on the line (the y) of the first
    run that holds parts[0]."""
    runs = drawn_runs(widget)
    line = next((y for _x, y, text in runs if parts[0] in text), None)
    assert line is not None, (parts[0], runs)
    found = []
    for part in parts:
        xs = [x for x, y, text in runs if part in text and y == line]
        assert xs, (part, line, runs)
        found.append(xs[0])
    return found


def reads_right_to_left(widget) -> bool:
    """"jpprep" (the first word) drawn right of the Urdu after it."""
    x_latin, x_urdu = drawn_x(widget, ["jpprep", "پیش رفت"])
    return x_latin > x_urdu


@pytest.fixture
def urdu(qapp_setup):
    from jpprep.ui import i18n, theme

    i18n.apply_language("ur")
    theme.apply_font("ur", 100)
    theme.apply_theme("system")  # the app's style (theme.FocusStyle)


def window(qtbot, *widgets, width: int = 640) -> QWidget:
    w = QWidget()
    qtbot.addWidget(w)
    lay = QVBoxLayout(w)
    for widget in widgets:
        lay.addWidget(widget)
    w.resize(width, 400)
    w.show()
    qtbot.waitExposed(w)
    assert w.isRightToLeft()
    return w


def group_box(text: str) -> QGroupBox:
    box = QGroupBox(text)
    QVBoxLayout(box).addWidget(QLabel("—"))
    return box


MAKERS = {"label": QLabel, "button": QPushButton, "check box": QCheckBox,
          "radio button": QRadioButton, "group box": group_box}


@pytest.mark.parametrize("kind", list(MAKERS))
def test_urdu_line_that_begins_with_a_latin_word_reads_right_to_left(qtbot, urdu, kind):
    widget = MAKERS[kind](URDU)
    w = window(qtbot, widget)  # noqa: F841 (kept alive while drawn)
    assert reads_right_to_left(widget), drawn_runs(widget)


def test_urdu_label_that_begins_latin_starts_at_the_right(qtbot, urdu):
    """Its line stood at the left end of a wide label, away from the Urdu around it."""
    label = QLabel(URDU)
    w = window(qtbot, label)  # noqa: F841 (kept alive while drawn)
    runs = drawn_runs(label)
    assert label.width() > 600 and min(x for x, _y, _t in runs) > label.width() / 3, runs


def test_wrapped_urdu_label_reads_right_to_left_on_each_line_and_is_tall_enough(qtbot, urdu):
    """A word-wrapped label: every line runs right to left, and the height it asked for
    (measured by Qt without a direction) holds all its lines."""
    label = QLabel(" ".join([URDU] * 4))
    label.setWordWrap(True)
    w = window(qtbot, label, width=300)  # noqa: F841 (kept alive while drawn)
    runs = drawn_runs(label)
    lines = sorted({y for _x, y, _t in runs})
    assert len(lines) >= 3, runs
    first = [(x, t) for x, y, t in runs if y == lines[0]]
    x_latin = next(x for x, t in first if "jpprep" in t)
    x_urdu = next(x for x, t in first if "پیش رفت" in t)
    assert x_latin > x_urdu, first
    assert lines[-1] < label.height(), (lines, label.height())


def test_urdu_message_box_text_reads_right_to_left(qtbot, urdu):
    """A message box's text is selectable, so Qt lays it out as a document, paragraph by
    paragraph, each taking its direction from its first letter."""
    parent = window(qtbot)
    box = QMessageBox(QMessageBox.Icon.Warning, "jpprep", URDU + "\n" + URDU,
                      QMessageBox.StandardButton.Ok, parent)
    box.setInformativeText(URDU)
    box.show()
    qtbot.waitExposed(box)
    for name in ("qt_msgbox_label", "qt_msgbox_informativelabel"):
        label = box.findChild(QLabel, name)
        assert label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
        assert reads_right_to_left(label), (name, drawn_runs(label))
    box.close()


def test_urdu_rich_text_paragraph_reads_right_to_left_without_its_own_direction(qtbot, urdu):
    label = QLabel(f"<p><b>{URDU}</b></p><p>{URDU}</p>")
    assert label.textFormat() == Qt.TextFormat.AutoText
    w = window(qtbot, label)  # noqa: F841 (kept alive while drawn)
    assert reads_right_to_left(label), drawn_runs(label)


@pytest.mark.parametrize("kind", list(MAKERS))
def test_only_latin_text_reads_left_to_right_in_urdu(qtbot, urdu, kind):
    """A file or deck name alone keeps its order ("…" after the name, on the right)."""
    widget = MAKERS[kind](LATIN)
    w = window(qtbot, widget)  # noqa: F841 (kept alive while drawn)
    x_open, x_end = drawn_x(widget, ["Open", "…"])
    assert x_end >= x_open, drawn_runs(widget)


def test_english_window_is_left_alone(qtbot, qapp_setup):
    """In a left-to-right window an Urdu word at the end does not turn the line."""
    from jpprep.ui import theme

    theme.apply_theme("system")
    label = QLabel("Deck: اردو words")
    w = QWidget()
    qtbot.addWidget(w)
    QVBoxLayout(w).addWidget(label)
    w.show()
    x_deck, x_words = drawn_x(label, ["Deck", "words"])
    assert not w.isRightToLeft() and x_deck < x_words
