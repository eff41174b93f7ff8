"""A custom-painted view of Japanese text with furigana above the kanji.

Qt's rich text has no <ruby>, so the view lays out (text, reading) segments itself: a segment
with a reading is one unbreakable box; text without a reading is split per character and may
wrap anywhere, except that closing punctuation never starts a line and opening brackets never
end one (basic JIS X 4051 kinsoku). The ruby band is always reserved, so toggling furigana never
makes the text jump.

A reading wider than its kanji may overhang a neighbouring kana or punctuation mark that has no
reading of its own, by up to one ruby character on each side (JIS X 4051, JLReq 3.3), so the
word's kanji stay together (百八つ, not 百八 つ); only what is left over spaces the base out. At
the start or end of a line the overhang becomes space inside the box, so nothing is cut off.
Words with readings side by side (新申込書: 新 しん, 申込 もうしこみ, 書 しょ) share their readings
as one band (jukugo ruby): a wide reading moves its neighbours' readings aside rather than
opening a space between the kanji, and the band as a whole hangs over kana at its ends.

Modes: "all" (readings over every kanji segment), "none", "unknown" (readings only where the
segment has a kanji the learner does not know yet).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

NO_LINE_START = set("、。，．・：；？！ー」』）〕］｝〉》ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮ,.!?)]}")
NO_LINE_END = set("「『（〔［｛〈《([{")
JP_FAMILY = "Noto Sans JP"


def has_kanji(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or ch == "々" for ch in text)


def _can_be_overhung(box: "_Box") -> bool:
    """A reading may hang over a kana or punctuation mark with no reading of its own, not a kanji."""
    if box.ruby or len(box.text) != 1 or box.text == "\n":
        return False
    ch = box.text
    return "\u3040" <= ch <= "\u30ff" or "\uff66" <= ch <= "\uff9f" or unicodedata.category(ch).startswith("P")


@dataclass
class _Box:
    token: int  # index of the segment this box belongs to
    text: str
    ruby: str | None
    width: int  # the advance the box takes in the line: pad_l + base_w + pad_r
    rect: QRect = QRect()
    base_w: int = 0  # the base text's own width
    pad_l: int = 0  # space before and after the base when the reading is wider
    pad_r: int = 0
    over_l: int = 0  # how far the reading hangs over the neighbouring box on each side
    over_r: int = 0

    def base_rect(self) -> QRect:
        return QRect(self.rect.x() + self.pad_l, self.rect.y(), self.base_w, self.rect.height())

    def ruby_span(self) -> tuple[int, int]:
        """Left x and width of the band the reading is drawn in (the reading's width, or the base's)."""
        return self.rect.x() - self.over_l, self.width + self.over_l + self.over_r

    def settle_line_edges(self, first: bool, last: bool) -> None:
        """At a line's start or end there is nothing to hang over: the overhang becomes space.

        Space the reading still needs goes on the line's edge side, not between this word and the
        next (JLReq 3.3: ruby at the line head is aligned with the line head): 申込書が, not 申込 書が.
        """
        if first and self.over_l > 0:  # (a negative overhang: the reading sits inside the box)
            self.pad_l, self.width, self.over_l = self.pad_l + self.over_l, self.width + self.over_l, 0
        if last and self.over_r > 0:
            self.pad_r, self.width, self.over_r = self.pad_r + self.over_r, self.width + self.over_r, 0
        if first and not last:
            self.pad_l, self.pad_r = self.pad_l + self.pad_r, 0
        elif last and not first:
            self.pad_l, self.pad_r = 0, self.pad_l + self.pad_r


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

    def ruby_rects(self) -> list[QRect]:
        """Where each visible reading is drawn, in order (for tests)."""
        ruby_h = self._line_height()[0]
        return [QRect(x, b.rect.y(), w, ruby_h) for b in self._boxes if b.ruby for x, w in [b.ruby_span()]]

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
                base = fm.horizontalAdvance(text)
                boxes.append(_Box(i, text, reading, max(base, rm.horizontalAdvance(reading)), base_w=base))
            else:
                for ch in text:
                    width = 0 if ch == "\n" else fm.horizontalAdvance(ch)
                    boxes.append(_Box(i, ch, None, width, base_w=width))
        self._place_readings(boxes, rm.horizontalAdvance("あ"))
        return boxes

    @staticmethod
    def _place_readings(boxes: list[_Box], ruby_char: int) -> None:
        """Share a reading's extra width out as overhang onto kana neighbours first, then as space.

        Each side may hang over its neighbour by at most one ruby character and half the
        neighbour's width, so two readings hanging over the same kana from both sides never meet.
        """
        def cap(j: int) -> int:
            nb = boxes[j] if 0 <= j < len(boxes) else None
            return min(ruby_char, nb.width // 2) if nb is not None and _can_be_overhung(nb) else 0

        i, in_runs = 0, set()
        while i < len(boxes):  # words with readings side by side share one band of readings
            j = i
            while j < len(boxes) and boxes[j].ruby:
                j += 1
            if j - i > 1 and any(b.width > b.base_w for b in boxes[i:j]):
                FuriganaView._place_run(boxes[i:j], cap(i - 1), cap(j))
                in_runs.update(range(i, j))
            i = max(j, i + 1)
        for i, box in enumerate(boxes):
            excess = box.width - box.base_w
            if not box.ruby or excess <= 0 or i in in_runs:
                continue
            caps = [cap(i - 1), cap(i + 1)]
            left = min(caps[0], excess // 2)
            right = min(caps[1], excess - left)  # a side that cannot hang leaves more to the other
            left = min(caps[0], excess - right)
            rest = excess - left - right
            box.over_l, box.over_r = left, right
            box.pad_l, box.pad_r = rest // 2, rest - rest // 2
            box.width = box.base_w + rest

    @staticmethod
    def _place_run(run: list[_Box], cap_l: int, cap_r: int) -> None:
        """Lay the readings of adjacent words end to end, each as near the middle of its own
        kanji as the others allow, hanging at most cap_l / cap_r over the kana at the run's ends;
        what still does not fit spaces out the words whose readings are wide, as one word alone
        would be (a pixel or two each, not one gap)."""
        rubies = [b.width for b in run]  # a box's width is max(base, reading) until placed here
        excess = [b.width - b.base_w for b in run]
        rest = max(0, sum(excess) - cap_l - cap_r)
        x, wanted, before = 0, [], 0
        for box, ruby, ex in zip(run, rubies, excess):
            share = rest * (before + ex) // sum(excess) - rest * before // sum(excess)
            before += ex
            box.pad_l, box.pad_r = share // 2, share - share // 2
            box.width = box.pad_l + box.base_w + box.pad_r
            wanted.append(x + box.pad_l + (box.base_w - ruby) / 2)  # centred over its kanji
            x += box.width
        lo, hi = -cap_l, x + cap_r
        blocks: list[list] = []  # [sum of (wanted start - offset in block), count, first, last]
        for k in range(len(run)):
            blocks.append([wanted[k], 1, k, k])
            while len(blocks) > 1:  # merge while a block would run into the one before it
                a, b = blocks[-2], blocks[-1]
                width_a = sum(rubies[a[2]:a[3] + 1])
                if a[0] / a[1] + width_a <= b[0] / b[1]:
                    break
                blocks[-2:] = [[a[0] + b[0] - width_a * b[1], a[1] + b[1], a[2], b[3]]]
        pos = [0] * len(run)
        for total, count, first, last in blocks:
            at = total / count
            for k in range(first, last + 1):
                pos[k] = round(at)
                at += rubies[k]
        for k in range(len(run)):  # within the band, end to end, in whole pixels
            pos[k] = max(pos[k], lo if k == 0 else pos[k - 1] + rubies[k - 1])
        for k in reversed(range(len(run))):
            pos[k] = min(pos[k], (hi if k == len(run) - 1 else pos[k + 1]) - rubies[k])
        x = 0
        for k, box in enumerate(run):
            box.over_l = x - pos[k]
            box.over_r = pos[k] + rubies[k] - (x + box.width)
            x += box.width

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
            if lines[-1] and x + box.width + max(0, box.over_r) > width:  # over_r: it may end the line
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
                x = sum(b.width for b in carry) + (max(0, carry[0].over_l) if carry else 0)
            if not lines[-1]:
                x += max(0, box.over_l)
            lines[-1].append(box)
            x += box.width
        y = 0
        for line in lines:
            for k, b in enumerate(line):
                b.settle_line_edges(k == 0, k == len(line) - 1)
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
        natural = sum(b.width for b in self._make_boxes()) + 8  # the text's ends hang over nothing
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
                rx, rw = b.ruby_span()
                p.drawText(QRect(rx, b.rect.y(), rw, ruby_h),
                           Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, b.ruby)
            p.setFont(base_font)
            p.setPen(text_color)
            base = b.base_rect()
            p.drawText(QRect(base.x(), base.y() + ruby_h, base.width(), base_h),
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
