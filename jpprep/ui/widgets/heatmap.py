"""A year of study drawn as a calendar heatmap (one square per day, weeks as columns).

Drawn with QPainter (QtCharts is deprecated). Hovering a square shows the date and the number
of answers; the widget's accessible description summarises the year for screen readers. In a
right-to-left interface (Urdu) the calendar is mirrored, as a right-to-left timeline is: the year
runs from the right edge (its first week, the weekday names beside it) to today at the left.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

# light to dark green, like most study heatmaps; index 0 = no study that day
LEVELS = ["#dde1e6", "#c6e48b", "#7bc96f", "#239a3b", "#196127"]


class HeatmapWidget(QWidget):
    CELL = 12  # the largest square; narrower windows get smaller ones (down to MIN_STEP)
    GAP = 3
    MIN_STEP = 8  # a year in about 460 px, so the page fits a 1024x600 screen
    LEFT = 30  # room for weekday labels
    TOP = 18  # room for month labels, at least (see top())

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._days: list[tuple[dt.date, int]] = []
        self._max = 0
        self.setMouseTracking(True)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName(self.tr("Study calendar"))

    # -- data
    def set_data(self, days: list[tuple[str, int]]) -> None:
        """days: (ISO date, answers), oldest first, usually 365 of them ending today."""
        self._days = [(dt.date.fromisoformat(d), int(n)) for d, n in days]
        self._max = max((n for _d, n in self._days), default=0)
        studied = sum(1 for _d, n in self._days if n)
        total = sum(n for _d, n in self._days)
        self.setAccessibleDescription(
            self.tr("%Ln day(s) with study in the last year", "", studied)
            + ", " + self.tr("%Ln answer(s)", "", total))
        self.updateGeometry()
        self.update()

    def level(self, count: int) -> int:
        """Colour step 0-4 for a day's answers, relative to the busiest day."""
        if count <= 0 or self._max <= 0:
            return 0
        return min(4, 1 + (4 * (count - 1)) // max(1, self._max))

    # -- geometry
    def _start(self) -> dt.date | None:
        if not self._days:
            return None
        first = self._days[0][0]
        return first - dt.timedelta(days=first.weekday())  # columns start on Monday

    def _weeks(self) -> int:
        if not self._days:
            return 53
        return (self._days[-1][0] - self._start()).days // 7 + 1

    def step(self, width: int | None = None) -> int:
        """Pixels per week column at this width: as large as CELL + GAP, small enough to fit."""
        width = self.width() if width is None else width
        return max(self.MIN_STEP, min(self.CELL + self.GAP, (width - self.LEFT - 4) // self._weeks()))

    def top(self) -> int:
        """Room for the month names: a line of them at the label size. A fixed 18 px cut the
        tops of Urdu's tall letters at 150% text (the stroke of اکتوبر's ک, اگست's گ)."""
        return max(self.TOP, QFontMetrics(self.label_font()).height() + 2)

    def mirror(self, r: QRect) -> QRect:
        """r, laid out left to right, where it is drawn: seen from the right edge when the
        interface runs right to left."""
        if not self.isRightToLeft():
            return r
        return QRect(self.width() - r.x() - r.width(), r.y(), r.width(), r.height())

    def _cell(self, index: int) -> QRect:
        """The day's square as if time ran left to right."""
        start = self._start()
        day = self._days[index][0]
        offset = (day - start).days
        col, row = divmod(offset, 7)
        step = self.step()
        cell = step - (self.GAP if step >= 12 else 2)
        return QRect(self.LEFT + col * step, self.top() + row * step, cell, cell)

    def cell_rect(self, index: int) -> QRect:
        """Where the day's square is drawn (mirrored right to left)."""
        return self.mirror(self._cell(index))

    def index_at(self, pos: QPoint) -> int | None:
        for i in range(len(self._days)):
            if self.cell_rect(i).adjusted(-1, -1, 1, 1).contains(pos):
                return i
        return None

    def _size(self, step: int) -> QSize:
        return QSize(self.LEFT + self._weeks() * step + 4, self.top() + 7 * step + 4)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return self._size(self.CELL + self.GAP)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self._size(self.MIN_STEP)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._size(self.step(width)).height()

    def label_font(self) -> QFont:
        font = self.font()
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.8))
        return font

    def _month(self, index: int) -> QRect:
        """The month label over day `index` (its month's first week) as if time ran left to
        right: from that week, at most four weeks wide, moved back to end at the widget's edge
        when the month begins in the last columns (the name was cut there: Nepali 'डिसेम')."""
        name = self.month_name(self._days[index][0].month)
        width = min(QFontMetrics(self.label_font()).horizontalAdvance(name) + 2, 4 * self.step())
        left = max(0, min(self._cell(index).left(), self.width() - width))
        return QRect(left, 0, width, self.top() - 2)

    def month_rect(self, index: int) -> QRect:
        """Where that label is written (mirrored right to left: it starts over the week's right
        edge and runs leftwards, as the Urdu name does)."""
        return self.mirror(self._month(index))

    def month_labels(self) -> list[tuple[QRect, str]]:
        """(where, name) of each month drawn over the calendar; a name that would run into the
        one before is left out."""
        out: list[tuple[QRect, str]] = []
        last = None
        last_month = None
        for i, (day, _count) in enumerate(self._days):
            if day.month != last_month and day.day <= 7:
                last_month = day.month
                box = self._month(i)
                if last is None or last.right() < box.left():
                    last = box
                    out.append((self.mirror(box), self.month_name(day.month)))
        return out

    def weekday_labels(self) -> list[tuple[QRect, str]]:
        """(where, name) of Monday, Wednesday and Friday beside the first week: left of the
        calendar, right of it in a right-to-left interface."""
        step, top = self.step(), self.top()
        height = max(self.CELL + 4, QFontMetrics(self.label_font()).height())  # centred on the row
        return [(self.mirror(QRect(0, top + row * step + step // 2 - height // 2 - 1,
                                   self.LEFT - 4, height)), name)
                for row, name in ((0, self.tr("Mon")), (2, self.tr("Wed")), (4, self.tr("Fri")))]

    def month_name(self, month: int) -> str:
        """The short month name in the interface language (the widget's own locale may be the
        one it was made in, before the language was chosen)."""
        return QLocale().monthName(month, QLocale.FormatType.ShortFormat)

    # -- painting
    def paintEvent(self, _event) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        p.setPen(text)
        p.setFont(self.label_font())
        # each label stands against the calendar: weekdays at the side next to the squares,
        # a month name from its first week onwards (absolute: the box is already mirrored)
        near, start = Qt.AlignmentFlag.AlignRight, Qt.AlignmentFlag.AlignLeft
        if self.isRightToLeft():
            near, start = start, near
        for box, name in self.weekday_labels():
            p.drawText(box, near | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter,
                       name)
        for box, name in self.month_labels():
            p.drawText(box, start | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignBottom,
                       name)
        for i, (_day, count) in enumerate(self._days):
            r = self.cell_rect(i)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(LEVELS[self.level(count)]))
            p.drawRoundedRect(r, 2, 2)
        p.end()

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        i = self.index_at(event.position().toPoint())
        if i is None:
            QToolTip.hideText()
            return
        QToolTip.showText(event.globalPosition().toPoint(), self.tooltip_for(i), self)

    def tooltip_for(self, index: int) -> str:
        day, count = self._days[index]
        from jpprep.ui import i18n

        return self.tr("%1: %Ln answer(s)", "", count).replace("%1", i18n.date(day.isoformat()))
