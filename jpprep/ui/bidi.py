"""Which way a paragraph of interface text runs, decided once for the whole app.

Qt gives a plain-text QLabel the direction of its first strong letter (QLabel::paintEvent passes
Qt::TextForceLeftToRight from QString::isRightToLeft() to QStyle::drawItemText), so in Urdu a line
that begins with "jpprep", a deck name, an English meaning or a file name ran left to right, the
Urdu words read in pieces from the wrong end. A label whose text goes through a QTextDocument
(rich text, selectable text such as a message box's) takes each paragraph's direction the same
way. The app's style (theme.FocusStyle) asks this module instead: in a right-to-left widget a
paragraph with a right-to-left letter in it runs right to left; one that is only Latin (a deck
name alone, a path) runs left to right; one with no letters at all keeps what Qt chose. A plain
label's line starts at the window's start (the right) whatever its direction. Numbers and dates
inside a sentence are another matter: i18n.ltr isolates them.
"""

from __future__ import annotations

import re
import unicodedata

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import (QTextBlockFormat, QTextCursor, QTextDocument, QTextFormat, QTextLayout,
                           QTextOption)
from PySide6.QtWidgets import QStyle

LTR, RTL = Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft
_FORCE_LTR = Qt.TextFlag.TextForceLeftToRight.value
_FORCE_RTL = Qt.TextFlag.TextForceRightToLeft.value
_LEFT, _RIGHT = Qt.AlignmentFlag.AlignLeft.value, Qt.AlignmentFlag.AlignRight.value


def paragraph_direction(text: str) -> Qt.LayoutDirection | None:
    """RTL if `text` has a right-to-left letter (Urdu, Arabic, Hebrew), else LTR if it has a
    left-to-right one (Latin, kana, Devanagari), else None (digits and signs only)."""
    if text.isascii():
        return LTR if any(c.isalpha() for c in text) else None
    kinds = {unicodedata.bidirectional(c) for c in text}
    if kinds & {"R", "AL"}:
        return RTL
    return LTR if "L" in kinds else None


def item_text_flags(widget_direction: Qt.LayoutDirection, flags: int, text: str) -> int:
    """QStyle::drawItemText's flags with the paragraph direction decided by the text in a
    right-to-left widget (the painter's direction). A QLabel whose text does not begin with a
    right-to-left letter forces left to right and places the line by that direction too (at
    the left); its left/right alignment is turned back to the window's, so every line starts
    at the right, and its direction is then the text's (right to left with Urdu in it)."""
    if widget_direction != RTL or flags & _FORCE_RTL:
        return flags
    wanted = paragraph_direction(text)
    if flags & _FORCE_LTR:
        if bool(flags & _LEFT) != bool(flags & _RIGHT):
            flags ^= _LEFT | _RIGHT
        return flags & ~_FORCE_LTR | _FORCE_RTL if wanted == RTL else flags
    if wanted == RTL:
        return flags | _FORCE_RTL
    return flags | _FORCE_LTR if wanted == LTR else flags


_ISOLATES = ("\u2066", "\u2067", "\u2068")
_LINE_BREAKS = ("\n", "\u2028")
_LINE_BREAKS_RE = re.compile("([\n\u2028])")


def item_view_text(widget_direction: Qt.LayoutDirection, text: str) -> str:
    """A table, list or tree cell's text as the style should draw it. Qt lays a cell out in
    its view's direction whatever its letters, so in Urdu a cell of Latin (an English meaning,
    tags, a deck name) ran right to left: "Water, please." read ".Water, please" and an elided
    meaning or tag showed its "…" at the start ("…level-approxi"). Each line of a cell in a
    right-to-left view that has no right-to-left letter (Latin, kana, figures) goes into a
    left-to-right isolate: it keeps its order and still stands at the cell's start (the right),
    as a label's line does (item_text_flags). A line with Urdu in it is left as it is."""
    if widget_direction != RTL or not text or text.isspace():
        return text
    # the delegate has turned a cell's "\n" into U+2028 (the style breaks lines only there):
    # each line between them is looked at alone, and the breaks stay as they were
    out = []
    for line in _LINE_BREAKS_RE.split(text):
        if line and line not in _LINE_BREAKS and not line.startswith(_ISOLATES) \
                and not line.isspace() and paragraph_direction(line) != RTL:
            line = f"\u2066{line}\u2069"
        out.append(line)
    return "".join(out)


_WORD_WRAP, _WRAP_ANYWHERE = Qt.TextFlag.TextWordWrap.value, Qt.TextFlag.TextWrapAnywhere.value
_MNEMONICS = Qt.TextFlag.TextShowMnemonic.value | Qt.TextFlag.TextHideMnemonic.value


def wrapped_lines(painter, width: int, flags: int, text: str) -> str:
    """`text` broken into the lines Qt's drawText would make of it in `width` pixels, each
    without the space it broke at, joined by "\n" (unchanged when nothing needs it).

    Qt draws a wrapped right-to-left line that ends in a space (every line but a paragraph's
    last) one space's width too far left: QPainter::drawText moves the line left by the space
    (QTextEngine::leadingSpaceWidth) as if it stood at the line's left end, but does not draw
    it there. The lines of an Urdu label therefore did not end flush at the right, and a line
    that filled its label lost its last letter (its left end) by up to 5 px at 150% text. The
    same lines without that space, one a paragraph, are drawn where they belong; they are the
    lines QLabel measured (the same breaks at the same width), so its height stays right."""
    if not flags & (_WORD_WRAP | _WRAP_ANYWHERE) or width <= 0 or " " not in text \
            or "\t" in text or (flags & _MNEMONICS and "&" in text):
        return text
    if flags & _FORCE_LTR or (not flags & _FORCE_RTL and painter.layoutDirection() != RTL):
        return text
    option = QTextOption()
    option.setTextDirection(RTL)
    option.setWrapMode(QTextOption.WrapMode.WrapAnywhere if flags & _WRAP_ANYWHERE
                       else QTextOption.WrapMode.WordWrap)
    out = []
    for paragraph in text.replace("\u2028", "\n").split("\n"):
        layout = QTextLayout(paragraph, painter.font(), painter.device())
        layout.setTextOption(option)
        layout.beginLayout()
        while (line := layout.createLine()).isValid():
            line.setLineWidth(width)
            out.append(paragraph[line.textStart():line.textStart() + line.textLength()]
                       .rstrip(" "))
        layout.endLayout()
        if not paragraph:
            out.append("")
    return "\n".join(out)


def set_paragraph_directions(doc: QTextDocument) -> None:
    """In a right-to-left label: each paragraph of `doc` that has a right-to-left letter and no
    direction of its own (dir="ltr" in the HTML) runs right to left; one without (a version
    line, a deck name) keeps its order but stands where the window's lines start, unless it
    has an alignment of its own."""
    start = QStyle.visualAlignment(RTL, doc.defaultTextOption().alignment())
    block = doc.begin()
    while block.isValid():
        fmt = block.blockFormat()
        if fmt.layoutDirection() == Qt.LayoutDirection.LayoutDirectionAuto:
            change = QTextBlockFormat()
            if paragraph_direction(block.text()) == RTL:
                change.setLayoutDirection(RTL)
            elif not fmt.hasProperty(QTextFormat.Property.BlockAlignment):
                change.setAlignment(start)
            if change.properties():
                QTextCursor(block).mergeBlockFormat(change)
        block = block.next()


class LabelDocuments(QObject):
    """Installed by the style on every QLabel: before a label that draws through a text
    document (rich or selectable text) is painted in a right-to-left window, its paragraphs get
    their directions (set_paragraph_directions). The label fills its document when it measures
    itself, so that is asked first; a new text makes a new document content, seen at the next
    paint."""

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Paint and obj.isRightToLeft():
            doc = obj.findChild(QTextDocument)
            if doc is not None:
                obj.minimumSizeHint()  # QLabel puts its text into the document here
                set_paragraph_directions(doc)
        return False
