"""fugashi + unidic-lite, loaded once and lazily (the import and the dictionary are heavy)."""

from __future__ import annotations

import threading

import re

from jpprep.japanese.kana import _K2H, to_hiragana

_KANA_ONLY = re.compile(r"[\u3041-\u309f\u30a0-\u30ffー]+")

_lock = threading.Lock()
_tagger = None


class Tok:
    """One morpheme. `reading` is hiragana, or None when the tagger has none (unknown word)."""

    __slots__ = ("surface", "reading", "pos1", "pos2", "pos3", "lemma", "fixed", "pron", "base")

    def __init__(self, surface, reading, pos1="", pos2="", pos3="", lemma="", pron=None,
                 base=""):
        self.surface = surface
        self.reading = reading
        self.pron = pron  # as spoken (katakana, long vowels as ー); None once a rule changed it
        self.base = base  # dictionary form (orthBase)
        self.pos1 = pos1
        self.pos2 = pos2
        self.pos3 = pos3
        self.lemma = lemma
        self.fixed = False  # set when a rule has decided the reading; later rules leave it

    def __repr__(self) -> str:
        return f"Tok({self.surface!r}, {self.reading!r}, {self.pos1}-{self.pos2}-{self.pos3})"


def tagger():
    global _tagger
    if _tagger is None:
        with _lock:
            if _tagger is None:
                import fugashi

                _tagger = fugashi.Tagger()
    return _tagger


def tokenize(text: str) -> list[Tok]:
    """Morphemes of `text` (no control characters expected; whitespace is dropped)."""
    out = []
    append = out.append
    tg = tagger()
    k2h = _K2H
    with _lock:  # MeCab taggers are not thread-safe
        for node in tg(text):
            f = node.feature_raw.split(",", 18)
            if len(f) > 18 and f[17] and f[17] != "*":
                append(Tok(node.surface, f[17].translate(k2h), f[0], f[1], f[2], f[7],
                           f[9], f[10]))
            else:
                append(Tok(node.surface, None, f[0], f[1], f[2]))
    return out


def tag_exact(text: str) -> list[Tok]:
    """Tokens that join exactly to `text`: whitespace MeCab skipped becomes a token of its own
    (pos1 空白), and kana is read as written (にゃー, not the dictionary's にゃあ)."""
    out = []
    append = out.append
    tg = tagger()
    k2h = _K2H
    kana_only = _KANA_ONLY.fullmatch
    pos = 0
    with _lock:  # MeCab taggers are not thread-safe
        for node in tg(text):
            ws = node.white_space
            if ws:
                append(Tok(ws, None, "空白"))
                pos += len(ws)
            surface = node.surface
            pos += len(surface)
            f = node.feature_raw.split(",", 18)
            if len(f) > 18 and f[17] and f[17] != "*":
                r = f[17].translate(k2h)
                if r != surface and kana_only(surface):
                    r = surface.translate(k2h)
                append(Tok(surface, r, f[0], f[1], f[2], f[7], f[9], f[10]))
            else:
                append(Tok(surface, None, f[0], f[1], f[2]))
    if pos != len(text) or "".join(t.surface for t in out) != text:
        return _realign(text, out)
    return out


def _realign(text: str, toks: list[Tok]) -> list[Tok]:
    """Slow path when MeCab's pieces do not join to the text: find each surface in order."""
    out: list[Tok] = []
    pos = 0
    for t in toks:
        s = t.surface
        if not s or t.pos1 == "空白":
            continue
        found = text.find(s, pos)
        if found < 0:
            break
        if found > pos:
            out.append(Tok(text[pos:found], None, "空白"))
        out.append(t)
        pos = found + len(s)
    if pos < len(text):
        out.append(Tok(text[pos:], None, "空白"))
    return out


def nbest(text: str, n: int) -> list[list[Tok]]:
    """The n best parses (surface and reading only), best first."""
    tg = tagger()
    with _lock:
        raw = tg.nbest(text, n)
    parses, cur = [], []
    for line in raw.split("\n"):
        if line == "EOS":
            parses.append(cur)
            cur = []
            continue
        if not line:
            continue
        cols = line.split("\t")
        pos = (cols[4] if len(cols) > 4 else "").split("-") + ["", "", ""]
        reading = to_hiragana(cols[2]) if len(cols) > 2 and cols[2] else None
        cur.append(Tok(cols[0], reading, pos[0], pos[1], pos[2], cols[3] if len(cols) > 3 else ""))
    return parses
