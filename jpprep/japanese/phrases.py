"""Where a line of Japanese may break: between phrases (文節), not inside a word.

A text view breaks Japanese between any two characters, so an answer in the mock exam review
came out as "やっ" at the end of one line and "つける" at the start of the next. phrases() cuts a
text into a word with the particles, endings and punctuation that hang on it (白い / シャツを /
かいました。), and no_break_inside() joins the characters of each with WORD JOINER (U+2060),
which a line breaker (Qt's included) does not break at; a break can still fall between phrases.
"""

from __future__ import annotations

import unicodedata

from jpprep.japanese.tokenizer import tokenize
from jpprep.japanese.word_edges import edge

WORD_JOINER = "\u2060"
_HANGS = ("助詞", "助動詞", "接尾辞")  # particles, endings and suffixes stay with their word
_OPENING = "（(「『【〔［"


def _open(piece: str) -> bool:
    """A reading in brackets in `piece` is not closed yet: 適切（てきせつ）stays one piece (a
    quotation in 「」 may still break: it can be long)."""
    return piece.count("（") + piece.count("(") > piece.count("）") + piece.count(")")


def _starts_phrase(prev, tok) -> bool:
    if prev is None:
        return True
    if tok.pos1 in _HANGS:
        return False
    if tok.pos1 == "補助記号":  # 。、・） after their word; an opening bracket starts one
        return tok.surface[:1] in _OPENING and not tok.surface.startswith("（")
    return edge(prev, tok) != ""


def phrases(text: str) -> list[str]:
    """`text` in pieces that join back to it exactly: phrases, and the spaces between them."""
    if not text:
        return []
    pieces: list[str] = []
    pos, prev = 0, None
    for tok in tokenize(text):
        at = text.find(tok.surface, pos) if tok.surface else -1
        if at < 0:  # the tagger changed the text: one piece, as it was
            return [text]
        if at > pos:  # what the tagger left out (spaces): a piece of its own
            pieces.append(text[pos:at])
            prev = None
        if pieces and prev is not None and (_open(pieces[-1]) or not _starts_phrase(prev, tok)):
            pieces[-1] += tok.surface
        else:
            pieces.append(tok.surface)
        pos, prev = at + len(tok.surface), tok
    if pos < len(text):
        pieces.append(text[pos:])
    return pieces


def no_break_inside(text: str) -> str:
    """`text` with a WORD JOINER between the characters of each phrase (not before a combining
    mark, which must stay on its letter): it breaks between phrases only."""
    out = []
    for piece in phrases(text):
        if piece.isspace():
            out.append(piece)
            continue
        chars = [piece[0]]
        for ch in piece[1:]:
            if not unicodedata.combining(ch) and unicodedata.category(ch) not in ("Mn", "Me"):
                chars.append(WORD_JOINER)
            chars.append(ch)
        out.append("".join(chars))
    return "".join(out)
