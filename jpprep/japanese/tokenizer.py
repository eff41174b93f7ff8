"""fugashi + unidic-lite, loaded once and lazily (the import and the dictionary are heavy).

MeCab writes the fields we use as one tab-separated line per token (the output format is in
resources/japanese/jpprep.mecabrc), which is much faster than building a Python node object per
token: the whole engine has to keep up with bare tagging.
"""

from __future__ import annotations

import re
import threading

from jpprep.japanese.kana import _K2H

_lock = threading.Lock()
_tagger = None
_KANA_ONLY = re.compile(r"[\u3041-\u309f\u30a0-\u30ffー]+")
# parts of speech that are punctuation or space, not words: the context rules stop at them
PUNCT_POS = ("補助記号", "空白", "記号")


class Tok:
    """One morpheme. `reading` is hiragana, or None when the tagger has none (unknown word)."""

    __slots__ = ("surface", "reading", "pos1", "pos2", "pos3", "lemma", "fixed", "pron", "base",
                 "unvoiced", "alts", "cform")

    def __init__(self, surface, reading, pos1="", pos2="", pos3="", lemma="", pron=None,
                 base=""):
        self.surface = surface
        self.reading = reading
        self.pos1 = pos1
        self.pos2 = pos2
        self.pos3 = pos3
        self.lemma = lemma
        self.fixed = False  # set when a rule has decided the reading; later rules leave it
        self.pron = pron  # as spoken (katakana, long vowels as ー); None once a rule changed it
        self.base = base  # dictionary form (orthBase)
        # UniDic marks a noun's rendaku form (箱 read ばこ as in ゴミ箱) as 濁音形; this is its
        # plain reading (はこ), used when nothing precedes it that could voice it.
        self.unvoiced = None
        self.alts = ()  # other standard readings (10分: じっぷん beside じゅっぷん), for answers
        self.cform = ""  # conjugated form of an inflecting word (連用形-一般, 終止形-一般), or ""

    def __repr__(self) -> str:
        return f"Tok({self.surface!r}, {self.reading!r}, {self.pos1}-{self.pos2}-{self.pos3})"


def tagger():
    global _tagger
    if _tagger is None:
        with _lock:
            if _tagger is None:
                import fugashi
                import unidic_lite

                from jpprep.japanese.table import folder

                rc = folder() / "jpprep.mecabrc"
                _tagger = fugashi.GenericTagger(
                    f'-r "{rc}" -d "{unidic_lite.DICDIR}" -Ojpprep')
    return _tagger


def _parse(text: str) -> list[list[str]]:
    tg = tagger()
    if "\u3000" in text:
        # Exam texts put a full-width space between words (運ぶ　予定の　方は). UniDic makes it
        # a word, 空白, and picks the words beside it to suit a blank: 正しく　動く read
        # まさしく (the adverb), 新宿で　降りました ふりました. A plain space is only an edge
        # to MeCab, which then weighs the words on either side as neighbours: ただしく, おりました.
        # The callers keep the full-width space from the text.
        text = text.replace("\u3000", " ")
    with _lock:  # MeCab taggers are not thread-safe
        raw = tg.parse(text)
    rows = []
    for line in raw.split("\n"):
        if line:
            cols = line.split("\t")
            if len(cols) < 11:
                cols += [""] * (11 - len(cols))
            rows.append(cols)
    return rows


def tokenize(text: str) -> list[Tok]:
    """Morphemes of `text` (no control characters expected; whitespace is dropped)."""
    out = []
    for c in _parse(text):
        if c[1]:
            tok = Tok(c[0], c[1].translate(_K2H), c[2], c[3], c[4], c[7], c[5], c[6])
            _mark_rendaku(tok, c)
        else:
            tok = Tok(c[0], None, c[2], c[3], c[4])
        out.append(tok)
    return out


def _mark_rendaku(tok: Tok, cols: list[str]) -> None:
    if cols[10] != "*":
        tok.cform = cols[10]
    if cols[8] == "濁音形" and tok.pos1 == "名詞" and len(cols[9]) == len(cols[1]):
        tok.unvoiced = cols[9].translate(_K2H)


def tag_exact(text: str) -> list[Tok]:
    """Tokens that join exactly to `text`: whitespace MeCab skipped becomes a token of its own
    (pos1 空白), and kana is read as written (にゃー, not the dictionary's にゃあ)."""
    out: list[Tok] = []
    append = out.append
    k2h = _K2H
    kana_only = _KANA_ONLY.fullmatch
    pos = 0
    for c in _parse(text):
        surface = c[0]
        if not text.startswith(surface, pos):
            found = text.find(surface, pos) if surface else -1
            if found < 0:
                break
            append(Tok(text[pos:found], None, "空白"))
            pos = found
        pos += len(surface)
        r = c[1]
        if r:
            r = r.translate(k2h)
            if r != surface and kana_only(surface):
                r = surface.translate(k2h)
            tok = Tok(surface, r, c[2], c[3], c[4], c[7], c[5], c[6])
            _mark_rendaku(tok, c)
            append(tok)
        else:
            append(Tok(surface, None, c[2], c[3], c[4]))
    if pos < len(text):
        append(Tok(text[pos:], None, "空白"))
    return out
