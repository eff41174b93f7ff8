"""A custom-painted view of Japanese text with furigana above the kanji.

Qt's rich text has no <ruby>, so the view lays out (text, reading) segments itself: a segment
with a reading is one unbreakable box; text without a reading is split per character and may
wrap anywhere, except that closing punctuation never starts a line and opening brackets never
end one (basic JIS X 4051 kinsoku). The ruby band is always reserved, so toggling furigana never
makes the text jump.

Modes: "all" (readings over every kanji segment), "none", "unknown" (readings only where the
segment has a kanji the learner does not know yet).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

NO_LINE_START = set("、。，．・：；？！ー」』）〕］｝〉》ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮ,.!?)]}")
NO_LINE_END = set("「『（〔［｛〈《([{")
JP_FAMILY = "Noto Sans JP"


def has_kanji(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or ch == "々" for ch in text)


@dataclass
class _Box:
    token: int  # index of the segment this box belongs to
    text: str
    ruby: str | None
    width: int
    rect: QRect = QRect()


class FuriganaView(QWidget):
    """Shows segments (text, reading) with readings drawn above."""

    tokenClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None, point_size: int = 28) -> None:
        super().__init__(parent)
        self._segments: list[tuple[str, str | None]] = []
        self._mode = "all"
        self._known: set[str] = set()
        self._hidden: set[int] = set()  # segments whose reading must never show (tested word)
        self._boxes: list[_Box] = []
        self._hover = -1
        self._info: dict[int, str] = {}
        self._align = Qt.AlignmentFlag.AlignHCenter
        font = QFont(JP_FAMILY)
        from jpprep.ui.theme import current_scale

        font.setPointSizeF(point_size * current_scale() / 100)  # the learner's text size (Settings)
        self.setFont(font)
        self.setMouseTracking(True)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # Japanese stays LTR in Urdu UI
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    # -- content -------------------------------------------------------------------------
    def setSegments(self, segments, *, hidden: set[int] | None = None) -> None:
        self._segments = [(s[0], s[1]) if isinstance(s, tuple) else (s.text, s.reading) for s in segments]
        self._hidden = set(hidden or ())
        self._info = {}
        self._hover = -1
        self.setAccessibleName(self.plainText())
        self._relayout()

    def setTokenInfo(self, info: dict[int, str]) -> None:
        """Text shown on hover for a segment (reading, romaji, meaning)."""
        self._info = dict(info)

    def plainText(self) -> str:
        return "".join(text for text, _ in self._segments)

    def setFuriganaMode(self, mode: str, known: set[str] | None = None) -> None:
        if mode not in ("all", "none", "unknown"):
            raise ValueError(f"unknown furigana mode {mode!r}")
        self._mode = mode
        self._known = set(known or ())
        self._relayout()

    def furiganaMode(self) -> str:
        return self._mode

    def setAlignment(self, align: Qt.AlignmentFlag) -> None:
        self._align = align
        self._relayout()

    def visibleReadings(self) -> list[str]:
        """The readings currently drawn, in order (for tests and screen readers)."""
        return [b.ruby for b in self._boxes if b.ruby]

    def _shows_reading(self, index: int, text: str, reading: str | None) -> bool:
        if not reading or index in self._hidden or not has_kanji(text):
            return False
        if self._mode == "none":
            return False
        if self._mode == "unknown":
            return any(has_kanji(ch) and ch not in self._known for ch in text)
        return True

    # -- layout --------------------------------------------------------------------------
    def _ruby_font(self) -> QFont:
        f = QFont(self.font())
        f.setPointSizeF(max(6.0, self.font().pointSizeF() * 0.5))
        return f

    def _make_boxes(self) -> list[_Box]:
        fm = QFontMetrics(self.font())
        rm = QFontMetrics(self._ruby_font())
        boxes: list[_Box] = []
        for i, (text, reading) in enumerate(self._segments):
            if self._shows_reading(i, text, reading):
                width = max(fm.horizontalAdvance(text), rm.horizontalAdvance(reading))
                boxes.append(_Box(i, text, reading, width))
            else:
                for ch in text:
                    if ch == "\n":
                        boxes.append(_Box(i, ch, None, 0))
                    else:
                        boxes.append(_Box(i, ch, None, fm.horizontalAdvance(ch)))
        return boxes

    def _line_height(self) -> tuple[int, int]:
        return QFontMetrics(self._ruby_font()).height(), QFontMetrics(self.font()).height()

    def _layout(self, width: int) -> tuple[list[_Box], int]:
        boxes = self._make_boxes()
        ruby_h, base_h = self._line_height()
        line_h = ruby_h + base_h + 4
        lines: list[list[_Box]] = [[]]
        x = 0
        width = max(width, 1)
        for box in boxes:
            if box.text == "\n":
                lines.append([])
                x = 0
                continue
            if x + box.width > width and lines[-1]:
                # kinsoku: pull a forbidden line-start back, or carry a forbidden line-end over
                carry: list[_Box] = []
                if box.text and box.text[0] in NO_LINE_START and lines[-1]:
                    carry.append(lines[-1].pop())
                while lines[-1] and lines[-1][-1].text and lines[-1][-1].text[-1] in NO_LINE_END:
                    carry.insert(0, lines[-1].pop())
                if not lines[-1]:  # nothing could move: keep them where they are
                    lines[-1] = carry
                    carry = []
                lines.append(carry)
                x = sum(b.width for b in carry)
            lines[-1].append(box)
            x += box.width
        y = 0
        for line in lines:
            total = sum(b.width for b in line)
            if self._align & Qt.AlignmentFlag.AlignHCenter:
                bx = max(0, (width - total) // 2)
            else:
                bx = 0
            for b in line:
                b.rect = QRect(bx, y, b.width, line_h)
                bx += b.width
            y += line_h
        return boxes, max(y, line_h)

    def _relayout(self) -> None:
        self._boxes, _ = self._layout(self.width())
        self.updateGeometry()
        self.update()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._layout(width)[1]

    def sizeHint(self) -> QSize:
        fm = QFontMetrics(self.font())
        natural = sum(b.width for b in self._make_boxes()) + 8
        w = min(max(natural, fm.horizontalAdvance("漢") * 4), 900)
        return QSize(w, self.heightForWidth(w))

    def minimumSizeHint(self) -> QSize:
        fm = QFontMetrics(self.font())
        w = fm.horizontalAdvance("漢") * 3
        return QSize(w, self.heightForWidth(w))

    def resizeEvent(self, event) -> None:
        self._boxes, _ = self._layout(self.width())
        super().resizeEvent(event)

    # -- painting and input ----------------------------------------------------------------
    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        ruby_h, base_h = self._line_height()
        base_font, ruby_font = self.font(), self._ruby_font()
        text_color = self.palette().color(QPalette.ColorRole.WindowText)
        ruby_color = QColor(text_color)
        ruby_color.setAlpha(200)
        for b in self._boxes:
            if b.token == self._hover and (b.ruby or self._info.get(b.token)):
                p.fillRect(b.rect, self.palette().color(QPalette.ColorRole.Highlight).lighter(170))
            if b.ruby:
                p.setFont(ruby_font)
                p.setPen(ruby_color)
                p.drawText(QRect(b.rect.x(), b.rect.y(), b.rect.width(), ruby_h),
                           Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, b.ruby)
            p.setFont(base_font)
            p.setPen(text_color)
            p.drawText(QRect(b.rect.x(), b.rect.y() + ruby_h, b.rect.width(), base_h),
                       Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter, b.text)
        p.end()

    def tokenAt(self, pos: QPoint) -> int:
        for b in self._boxes:
            if b.rect.contains(pos):
                return b.token
        return -1

    def tokenRect(self, index: int) -> QRect:
        rects = [b.rect for b in self._boxes if b.token == index]
        if not rects:
            return QRect()
        r = rects[0]
        for other in rects[1:]:
            r = r.united(other)
        return r

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        token = self.tokenAt(event.position().toPoint())
        if token != self._hover:
            self._hover = token
            info = self._info.get(token)
            if info:
                QToolTip.showText(event.globalPosition().toPoint(), info, self)
            else:
                QToolTip.hideText()
            self.update()

    def leaveEvent(self, event) -> None:
        self._hover = -1
        self.update()
        super().leaveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            token = self.tokenAt(event.position().toPoint())
            if token >= 0:
                self.tokenClicked.emit(token)
