"""The CBT screen's button bar: Back, Flag and Next at the start, help and Finish at the end, on
one line when they fit and on two when they do not.

In Vietnamese at 150% text on a 1024x600 screen the five buttons were wider than the window, so
the whole exam screen scrolled sideways and the clock ("Time remaining") was out of view.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QStyle, QWidget


class NavBar(QWidget):
    def __init__(self, start: list[QWidget], end: list[QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.start, self.end = QWidget(self), QWidget(self)
        for box, widgets in ((self.start, start), (self.end, end)):
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            for w in widgets:
                row.addWidget(w)
        # Preferred, not Fixed: a fixed height would cap the height for the width at one line
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _gap(self) -> int:
        return max(6, self.style().pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing))

    def _one_line(self, width: int) -> bool:
        return self.start.sizeHint().width() + 3 * self._gap() + self.end.sizeHint().width() <= width

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        s, e = self.start.sizeHint(), self.end.sizeHint()
        return QSize(s.width() + 3 * self._gap() + e.width(), max(s.height(), e.height()))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        s, e = self.start.sizeHint(), self.end.sizeHint()
        return QSize(max(s.width(), e.width()), max(s.height(), e.height()))

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt name)
        s, e = self.start.sizeHint().height(), self.end.sizeHint().height()
        return max(s, e) if self._one_line(width) else s + self._gap() + e

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # a button's text changed ("Unflag")
            self.updateGeometry()
            self._place()
        return super().event(event)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self._place()

    def _place(self) -> None:
        width = self.width()
        s, e = self.start.sizeHint(), self.end.sizeHint()
        top = 0 if self._one_line(width) else s.height() + self._gap()
        boxes = [(self.start, QRect(0, 0, min(s.width(), width), s.height())),
                 (self.end, QRect(max(0, width - e.width()), top, min(e.width(), width), e.height()))]
        for box, rect in boxes:  # the start is the right end in a right-to-left window
            box.setGeometry(QStyle.visualRect(self.layoutDirection(), self.rect(), rect))
