"""A wrapped line of Urdu is drawn where the label measured it: every line of a paragraph ends
flush at the label's right edge (where a right-to-left line starts) and its last letter, at the
left, is whole. Qt drew each line that broke at a space one space's width too far left
(QPainter::drawText takes the space off as if it stood at the line's left end, then does not
draw it there), so in the New note dialog's "class server away" line the last letter of a full
line was cut at the label's left edge, by up to 5 px at 150% text. The app's style hands Qt
the lines without that space (jpprep.ui.bidi.wrapped_lines)."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

pytestmark = pytest.mark.usefixtures("ui_defaults")

# the notice the New note dialog shows when the class server is away
TEXT = ("کچھ تبدیل نہیں ہوا: کلاس کے سرور سے رابطہ نہیں ہو پا رہا۔ سرور واپس آنے پر دوبارہ "
        "کوشش کریں۔")
WIDTHS = range(240, 480, 3)
A, T = Qt.AlignmentFlag, Qt.TextFlag
# what QLabel.paintEvent hands the style for a word-wrapped Urdu label
LABEL_FLAGS = (A.AlignRight | A.AlignAbsolute | A.AlignVCenter).value | (
    T.TextWordWrap | T.TextExpandTabs | T.TextForceRightToLeft).value


def _urdu(scale: int) -> None:
    from jpprep.ui import i18n, theme

    i18n.apply_language("ur")
    theme.apply_theme("system")  # the app's style (theme.FocusStyle)
    theme.apply_font("ur", scale)


def _ink_columns(img: QImage, top: int = 0, bottom: int | None = None) -> list[int]:
    """The columns with a pixel that differs from the background (the top-left corner)."""
    grey = img.convertToFormat(QImage.Format.Format_Grayscale8)
    rows = np.frombuffer(grey.constBits(), np.uint8).reshape(grey.height(), grey.bytesPerLine())
    rows = rows[:, :grey.width()].astype(int)
    band = rows[top:bottom]
    return np.flatnonzero((abs(band - rows[0, 0]) > 40).any(axis=0)).tolist()


@pytest.mark.parametrize("scale", [100, 150])
def test_wrapped_urdu_stays_inside_its_rectangle(qapp_setup, scale):
    """Drawn by the style into a rectangle with room around it: no ink left of it."""
    _urdu(scale)
    app = QApplication.instance()
    worst = 0
    for width in WIDTHS:
        img = QImage(width + 80, 240, QImage.Format.Format_RGB32)
        img.fill(QColor("white"))
        p = QPainter(img)
        p.setFont(app.font())
        p.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        app.style().drawItemText(p, QRect(40, 0, width, 240), LABEL_FLAGS, app.palette(), True,
                                 TEXT, QPalette.ColorRole.WindowText)
        p.end()
        ink = _ink_columns(img)
        assert ink and max(ink) < 40 + width, width
        worst = min(worst, min(ink) - 40)
    assert worst >= -1, f"ink {-worst} px left of the label at {scale}%"


@pytest.mark.parametrize("scale", [100, 150])
def test_every_wrapped_line_ends_at_the_labels_right_edge(qtbot, qapp_setup, scale):
    """In a label: each line's first letter (its right end) stands at the label's right edge."""
    _urdu(scale)
    w = QWidget()
    qtbot.addWidget(w)
    label = QLabel(TEXT)
    label.setWordWrap(True)
    lay = QVBoxLayout(w)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.addWidget(label)
    w.show()
    qtbot.waitExposed(w)
    assert label.isRightToLeft()
    spacing = label.fontMetrics().lineSpacing()
    gaps, wrapped = {}, 0
    for width in WIDTHS:
        w.resize(width, label.heightForWidth(width))
        QApplication.processEvents()
        img = label.grab().toImage()
        lines = round(img.height() / spacing)
        if lines < 2:  # the sentence fits on one line
            continue
        wrapped += 1
        for i in range(lines):
            ink = _ink_columns(img, round(i * spacing), round((i + 1) * spacing))
            gap = img.width() - 1 - max(ink)
            if gap > 2:
                gaps[(width, i)] = gap
    assert wrapped > 20
    assert not gaps, f"lines that end short of the right edge (width, line): px {gaps}"
