"""A row of widgets that wraps onto more lines when the window is too narrow for it.

Each widget keeps its preferred width and moves to the next line when the line is full; a
widget's stretch shares out a line's spare width (the search field takes what is left). A widget
wider than the whole row gets the row's width (and its height for that width, so a row inside a
row wraps too). In a right-to-left window the lines run from the right.

The deck browser's filters and note buttons were one line each: in Nepali, Indonesian and
Vietnamese at 150% text on a 1024x600 screen that line was wider than the window, so the page
scrolled sideways and the buttons and the note editor were cut off at the right.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QApplication, QLayout, QLayoutItem, QStyle, QWidget, QWidgetItem


class FlowRow(QLayout):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._stretch: list[int] = []
        self.setContentsMargins(0, 0, 0, 0)

    # ------------------------------------------------------------------ QLayout's interface
    def addWidget(self, widget: QWidget, stretch: int = 0) -> None:  # noqa: N802 (Qt name)
        self.addChildWidget(widget)
        self._items.append(QWidgetItem(widget))
        self._stretch.append(stretch)
        self.invalidate()

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt name)
        self._items.append(item)
        self._stretch.append(0)
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):  # noqa: N802 (Qt name)
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):  # noqa: N802 (Qt name)
        if not 0 <= index < len(self._items):
            return None
        self._stretch.pop(index)
        item = self._items.pop(index)
        self.invalidate()
        return item

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 (Qt name)
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt name)
        m = self.contentsMargins()
        inner = width - m.left() - m.right()
        return self._place(QRect(0, 0, inner, 0), move=False) + m.top() + m.bottom()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        """All on one line."""
        shown = self._shown()
        m = self.contentsMargins()
        width = sum(i.sizeHint().width() for i, _s in shown) + self._gap() * max(len(shown) - 1, 0)
        height = max((i.sizeHint().height() for i, _s in shown), default=0)
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt name)
        """One widget a line: as wide as the widest widget's minimum."""
        m = self.contentsMargins()
        shown = self._shown()
        width = max((i.minimumSize().width() for i, _s in shown), default=0)
        height = max((i.minimumSize().height() for i, _s in shown), default=0)
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt name)
        super().setGeometry(rect)
        self._place(self.contentsRect(), move=True)

    # ------------------------------------------------------------------ placing
    def _shown(self) -> list[tuple[QLayoutItem, int]]:
        return [(i, s) for i, s in zip(self._items, self._stretch) if not i.isEmpty()]

    def _style(self) -> QStyle:
        w = self.parentWidget()
        return w.style() if w is not None else QApplication.style()

    def _gap(self) -> int:
        if self.spacing() >= 0:
            return self.spacing()
        return max(6, self._style().pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing))

    def _line_gap(self) -> int:
        return max(4, self._style().pixelMetric(QStyle.PixelMetric.PM_LayoutVerticalSpacing))

    def _lines(self, width: int) -> list[list[tuple[QLayoutItem, int, int]]]:
        lines: list[list[tuple[QLayoutItem, int, int]]] = []
        line: list[tuple[QLayoutItem, int, int]] = []
        used, gap = 0, self._gap()
        for item, stretch in self._shown():
            want = item.sizeHint().width()
            if line and used + gap + want > width:
                lines.append(line)
                line, used = [], 0
            used += want + (gap if line else 0)
            line.append((item, stretch, want))
        if line:
            lines.append(line)
        return lines

    def _place(self, rect: QRect, *, move: bool) -> int:
        """Lay the items out in rect (or only measure); returns the height they take."""
        gap, top = self._gap(), rect.y()
        w = self.parentWidget()
        direction = w.layoutDirection() if w is not None else QApplication.layoutDirection()
        lines = self._lines(rect.width())
        for n, line in enumerate(lines):
            widths = [min(want, rect.width()) for _i, _s, want in line]
            spare = rect.width() - sum(widths) - gap * (len(line) - 1)
            total = sum(s for _i, s, _w in line)
            if spare > 0 and total:
                given = 0
                for k, (_i, s, _w) in enumerate(line):
                    extra = spare * s // total
                    widths[k] += extra
                    given += extra
                last = max(k for k, (_i, s, _w) in enumerate(line) if s)
                widths[last] += spare - given
            heights = [i.heightForWidth(wd) if i.hasHeightForWidth() else i.sizeHint().height()
                       for (i, _s, _w), wd in zip(line, widths)]
            tall = max(heights)
            if move:
                x = rect.x()
                for (item, _s, _w), wd, h in zip(line, widths, heights):
                    place = QRect(QPoint(x, top + (tall - h) // 2), QSize(wd, h))
                    item.setGeometry(QStyle.visualRect(direction, rect, place))
                    x += wd + gap
            top += tall + (self._line_gap() if n + 1 < len(lines) else 0)
        return top - rect.y()


def least_height_for_width(layout: QLayout, width: int) -> int:
    """The least height a vertical box layout needs at this width: its rows' minimum heights,
    and the height for that width of those that wrap. (QBoxLayout's own height for width adds
    up preferred heights: a page with a tall table in it would then scroll on a 600 px
    screen as soon as one of its rows wraps.)"""
    m = layout.contentsMargins()
    inner = width - m.left() - m.right()
    items = [layout.itemAt(i) for i in range(layout.count())]
    items = [i for i in items if not i.isEmpty()]
    heights = [i.heightForWidth(inner) if i.hasHeightForWidth() else i.minimumSize().height()
               for i in items]
    return sum(heights) + max(layout.spacing(), 0) * max(len(items) - 1, 0) + m.top() + m.bottom()
