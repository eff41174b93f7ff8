"""The JLPT mark sheet and the CBT question palette."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QGridLayout, QPushButton, QSizePolicy, QWidget

from jpprep.ui import i18n, theme

# the sheet at 100% text, in px; it grows with the text size (theme.sized_points)
ROW_H = 26  # one question's row
NUMBER_W = 40  # the question number's column
STEP = 26  # from one bubble to the next
BUBBLE = 20
NUMBER_POINTS = 9  # the numbers' size against 10 pt body text


class MarkSheet(QWidget):
    """Rows of numbered bubbles like the JLPT answer sheet; the marked bubble is filled.
    Clicking a bubble emits marked(row, choice)."""

    marked = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[int, int | None]] = []  # (number of choices, answer)
        self.current = 0
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def set_rows(self, rows: list[tuple[int, int | None]], current: int) -> None:
        self.rows, self.current = rows, current
        self._fit()
        self.update()

    def _fit(self) -> None:
        self.updateGeometry()
        self.setMinimumHeight(self.sizeHint().height())

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the text size changed: rows grow with it
            self._fit()

    @staticmethod
    def _px(px: int) -> int:
        """`px` at 100% text, at the text size now: the numbers were a fixed 9 pt in fixed
        26 px rows, small beside the 150% question."""
        return round(px * theme.sized_points(1.0))

    def row_height(self) -> int:
        return self._px(ROW_H)

    def sizeHint(self) -> QSize:
        return QSize(self._px(NUMBER_W + 4 * STEP + 10), 8 + self.row_height() * max(1, len(self.rows)))

    def _bubble(self, row: int, choice: int) -> QRect:
        top = 4 + row * self.row_height() + (self.row_height() - self._px(BUBBLE)) // 2
        return QRect(self._px(NUMBER_W + (choice - 1) * STEP), top, self._px(BUBBLE), self._px(BUBBLE))

    def paintEvent(self, _event) -> None:
        # colours from the palette, so the sheet reads in light, dark and high-contrast themes;
        # the bubbles keep the answer sheet's magenta
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        ink = pal.color(QPalette.ColorRole.Text)
        current = QColor(pal.color(QPalette.ColorRole.Highlight))
        current.setAlpha(70)
        bubble = QColor("#b0306a") if pal.color(QPalette.ColorRole.Base).lightness() > 128 else QColor("#f48fb1")
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setFont(theme.sized_font(NUMBER_POINTS))
        row_h = self.row_height()
        for r, (n, ans) in enumerate(self.rows):
            y = 4 + r * row_h
            if r == self.current:
                p.fillRect(QRect(0, y, self.width(), row_h), current)
            p.setPen(text)
            # the question number in the language's digits, next to its bubbles: the sheet is
            # drawn left to right as printed, so "right" is absolute (in Urdu it stood at the
            # far left of its column, away from its row)
            p.drawText(QRect(2, y, self._px(NUMBER_W) - 6, row_h),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter,
                       i18n.number(r + 1))
            for c in range(1, n + 1):
                rect = self._bubble(r, c)
                p.setPen(QPen(bubble, 1.2))
                if ans == c:
                    p.setBrush(ink)
                else:
                    p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawEllipse(rect)
                if ans != c:
                    p.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(c))  # the key 1-4, as printed
        p.end()

    def mousePressEvent(self, event) -> None:
        pos = event.position().toPoint()
        for r, (n, _a) in enumerate(self.rows):
            for c in range(1, n + 1):
                if self._bubble(r, c).adjusted(-3, -3, 3, 3).contains(pos):
                    self.marked.emit(r, c)
                    return


class Palette(QWidget):
    """CBT question palette: one button per question, coloured answered / unanswered / flagged."""

    chosen = Signal(int)
    COLORS = {"answered": ("#9e9e9e", "#ffffff"), "unanswered": ("#ffffff", "#1b5e20"),
              "flagged": ("#ffb74d", "#000000")}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setSpacing(4)
        self.grid.setContentsMargins(4, 4, 4, 4)
        self.buttons: list[QPushButton] = []

    def set_status(self, statuses: list[str], current: int, first_number: int = 1) -> None:
        while len(self.buttons) > len(statuses):
            b = self.buttons.pop()
            self.grid.removeWidget(b)
            b.deleteLater()
        while len(self.buttons) < len(statuses):
            k = len(self.buttons)
            b = QPushButton()
            b.setFixedSize(40, 30)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.clicked.connect(lambda _=False, k=k: self.chosen.emit(k))
            self.grid.addWidget(b, k // 5, k % 5)
            b.show()
            self.buttons.append(b)
        for k, (b, st) in enumerate(zip(self.buttons, statuses)):
            bg, fg = self.COLORS[st]
            border = "3px solid #0d47a1" if k == current else "1px solid #607d8b"
            b.setText(("⚑" if st == "flagged" else "") + i18n.number(first_number + k))
            b.setProperty("status", st)
            b.setStyleSheet(f"QPushButton {{ background: {bg}; color: {fg}; border: {border}; }}")
