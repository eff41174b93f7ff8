"""Japanese item text on screen: the tested part underlined, furigana as the exam prints it.

Furigana follows the exam (blueprint furigana.default, or the item's own "furigana"): off for
JLPT and JFT-Basic, on for SSW tests that print ルビ. It is never shown on the tested word.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from jpprep.exams import markup
from jpprep.ui import theme
from jpprep.ui.widgets.furigana import JP_FAMILY, FuriganaView


def furigana_on(default: str, item) -> bool:
    if item is not None and item.furigana in ("on", "off"):
        return item.furigana == "on"
    return default == "on"


def to_html(text: str) -> str:
    """Markup -> rich text without ruby: the tested part underlined, newlines kept."""
    out = []
    for seg in markup.segments(text):
        t = html.escape(seg.text).replace("\n", "<br>")
        out.append(f"<u>{t}</u>" if seg.target else t)
    return "".join(out)


def with_paren_ruby(text: str) -> str:
    """Plain text with readings in brackets (for choices, which cannot draw ruby): the item's
    own readings, else the furigana engine's, as the stem above gets them (JText.set); the
    banks mark few readings, so SSW choices showed their kanji bare under a stem with ruby."""
    out = []
    for seg in markup.segments(text):
        pieces = [(seg.text, seg.reading)] if seg.reading or seg.target else _auto_segments(seg.text)
        for base, reading in pieces:
            out.append(f"{base}（{reading}）" if reading and not seg.target else base)
    return "".join(out)


def _auto_segments(text: str):
    try:
        from jpprep.ui.japanese_text import segments

        return segments(text)
    except Exception:  # the furigana engine is optional here: fall back to the text as given
        return [(text, None)]


class JText(QWidget):
    """A block of item text: a rich-text label, or a furigana view when ruby is on."""

    def __init__(self, point_size: int = 15, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stack = QVBoxLayout(self)  # one of the two is shown; a hidden one takes no space
        self._stack.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        # point_size at 100% text, grown with the learner's text size as the ruby view is
        self.label.setFont(theme.sized_font(point_size, family=JP_FAMILY))
        self.label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.ruby = FuriganaView(point_size=point_size)
        self.ruby.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self._stack.addWidget(self.label)
        self._stack.addWidget(self.ruby)
        self.ruby.hide()
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._plain = ""

    def set(self, text: str, furigana: bool, auto: bool = True) -> None:
        self._plain = markup.plain(text)
        self.setVisible(bool(text))
        if not furigana:
            self.label.setText(to_html(text))
            self.ruby.hide()
            self.label.show()
            return
        segs, hidden = [], set()
        for seg in markup.segments(text):
            if seg.target:
                hidden.add(len(segs))
                segs.append((seg.text, None))
            elif seg.reading or not auto:
                segs.append((seg.text, seg.reading))
            else:
                segs.extend(_auto_segments(seg.text))
        self.ruby.setSegments(segs, hidden=hidden)
        self.ruby.setFuriganaMode("all")
        self.label.hide()
        self.ruby.show()

    def text(self) -> str:
        return self._plain
