"""The readings pipeline: text -> units (surface, hiragana reading).

1. Overrides (instructor or learner corrections) are cut out of the text first: they always win.
2. The rest is cut into short pieces (lines, sentences, at most MAX_PIECE characters) and tagged
   by fugashi + unidic-lite.
3. Rules correct the tagger, in order: JMdict compounds (longest match over adjacent tokens),
   numbers with counters, context rules for heteronyms, hand-written defaults, and a per-kanji
   reading for words the tagger does not know.
4. The tokens are mapped back onto the original text, so the units always join to the input.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from collections.abc import Mapping

from jpprep.japanese import mixed_spelling, numbers, rules, table, verb_nouns
from jpprep.japanese.kana import has_kanji, is_kanji, to_hiragana
from jpprep.japanese.tokenizer import Tok, tag_exact

MAX_PIECE = 400
# characters MeCab must not see (NUL ends a C string) or that end a sentence
_CUT = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+|(?<=[。！？!?\n])")
_SOFT = re.compile(r"[、，,\s]")
_NUMBER_HINT = re.compile(r"[0-9０-９〇零一二三四五六七八九十百千万億兆何]")
_KANA = re.compile(r"[\u3041-\u309f\u30a0-\u30ffー]+")
_KATAKANA = re.compile(r"[\u30a0-\u30ffー]+")


Unit = Tok  # a piece of the input with its reading (None: read as written)


def _pieces(text: str) -> list[tuple[str, bool]]:
    """(piece, taggable) covering `text` in order; control characters are not taggable."""
    out: list[tuple[str, bool]] = []
    pos = 0
    for m in _CUT.finditer(text):
        if m.start() > pos:
            out.extend(_split_long(text[pos:m.start()]))
        if m.end() > m.start():
            out.append((m.group(), False))
        pos = m.end()
    if pos < len(text):
        out.extend(_split_long(text[pos:]))
    return out


def _split_long(piece: str) -> list[tuple[str, bool]]:
    if len(piece) <= MAX_PIECE:
        return [(piece, True)]
    out = []
    while len(piece) > MAX_PIECE:
        cut = -1
        for m in _SOFT.finditer(piece, MAX_PIECE // 2, MAX_PIECE):
            cut = m.end()
        if cut <= 0:
            cut = MAX_PIECE
            # avoid cutting between a base character and its combining marks (a few at most)
            while cut < min(len(piece), MAX_PIECE + 16) and unicodedata.combining(piece[cut]):
                cut += 1
        out.append((piece[:cut], True))
        piece = piece[cut:]
    if piece:
        out.append((piece, True))
    return out


def _fallback(surface: str) -> str | None:
    """Per-kanji reading for a word the tagger cannot read."""
    kt = table.kanji()
    parts = []
    for ch in surface:
        if is_kanji(ch):
            r = kt.get(ch)
            if r is None:
                return None
            parts.append(r)
        else:
            parts.append(to_hiragana(ch))
    return "".join(parts)


def _units_for_piece(piece: str) -> list[Tok]:
    if piece.isascii() and not any(c.isdigit() for c in piece):
        return [Tok(piece, None, "記号")]  # nothing to read: no need for the tagger
    toks = mixed_spelling.split(piece, tag_exact(piece))
    rules.compounds(toks)
    verb_nouns.join(toks)
    rules.word_start_rendaku(toks)
    if _NUMBER_HINT.search(piece):
        rules.numbers(toks)
    if rules.context_hint(piece):
        rules.context(toks)
    for t in toks:
        if t.reading is None and t.pos1 != "補助記号" and has_kanji(t.surface):
            t.reading = _fallback(t.surface)
    return toks


def spoken(t: Tok) -> str | None:
    """How the unit is said, when that differs from its written reading (言う ゆう, は わ)."""
    r = t.reading
    if t.pron is not None and not _KANA.fullmatch(t.surface):
        r = to_hiragana(t.pron)  # kana is said as written (えぇ stays えぇ)
    elif r is None:
        return None
    if t.base in ("言う", "いう", "云う") and r.startswith("いう"):
        return "ゆう" + r[2:]
    return r


def _split_overrides(text: str, overrides: Mapping[str, str]):
    """Yield (text, reading-or-None): override matches (longest first) and the rest."""
    by_first: dict[str, list[str]] = {}
    for s in overrides:
        if s:
            by_first.setdefault(s[0], []).append(s)
    for lst in by_first.values():
        lst.sort(key=len, reverse=True)
    pos = start = 0
    n = len(text)
    while pos < n:
        cands = by_first.get(text[pos])
        hit = None
        if cands:
            for s in cands:
                if text.startswith(s, pos):
                    hit = s
                    break
        if hit is None:
            pos += 1
            continue
        if pos > start:
            yield text[start:pos], None
        yield hit, overrides[hit]
        pos += len(hit)
        start = pos
    if start < n:
        yield text[start:], None


def units(text: str, overrides: Mapping[str, str] | None = None) -> list[Unit]:
    if not text:
        return []
    out: list[Unit] = []
    if overrides:
        parts = list(_split_overrides(text, overrides))
    else:
        parts = [(text, None)]
    for part, fixed in parts:
        if fixed is not None:
            out.append(Tok(part, to_hiragana(fixed)))
            continue
        for piece, taggable in _pieces(part):
            if taggable:
                out.extend(_units_for_piece(piece))
            else:
                out.append(Tok(piece, None, "空白"))
    return out


_LETTERS = dict(zip(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "えー びー しー でぃー いー えふ じー えいち あい じぇー けー える えむ えぬ おー ぴー きゅー "
    "あーる えす てぃー ゆー ぶい だぶりゅー えっくす わい ぜっと".split(),
))


_WIDE = {c: c + 0xFEE0 for c in range(ord("A"), ord("Z") + 1)}


def _capitals_word(letters: str) -> str | None:
    """UniDic's reading of Latin capitals it knows as a word: it has them only in full-width
    letters, and gives the ASCII ones no reading at all. HACCP はさっぷ (not えいちえーしーしーぴー),
    FAX ふぁっくす, LAN らん, STOP すとっぷ; letters read out stay so (NHK, ATM)."""
    if len(letters) < 2:
        return None
    toks = tag_exact(letters.translate(_WIDE))
    return toks[0].reading if len(toks) == 1 and toks[0].reading else None


@lru_cache(maxsize=4096)
def plain_reading(surface: str) -> str:
    """Reading of a piece without kanji: kana as hiragana, digits and capitals read out (or
    read as the word they spell, where UniDic knows one)."""
    if surface.isascii() and surface.isupper() and surface.isalpha() and len(surface) <= 6:
        return _capitals_word(surface) or "".join(_LETTERS[c] for c in surface)
    norm = unicodedata.normalize("NFKC", surface)
    if norm != surface and (norm.isdigit() or norm.isalpha()):
        if norm.isascii() and norm.isdigit():
            return numbers.read_decimal(norm) or norm
        if norm.isascii() and norm.isupper() and len(norm) <= 6:
            return "".join(_LETTERS[c] for c in norm)
        return to_hiragana(norm)
    return to_hiragana(surface)
