"""Checking a typed answer against the accepted answers of a card.

Lenient (default): spaces, width and trailing punctuation do not matter; romaji is read as kana;
a kana answer matches a kanji answer with that reading (and the other way round); any accepted
reading counts; katakana typed for a native (hiragana or kanji) word counts. A loanword written
only in katakana still needs katakana. Strict (the card asks for an exact form): only the
accepted text itself, ignoring spaces and width.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from jpprep.japanese.kana import has_kanji, is_katakana, to_hiragana

_TRIM = re.compile(r"[\s\u3000。、．，.,!！?？「」『』]+")


@dataclass(frozen=True, slots=True)
class AnswerCheck:
    ok: bool
    matched: str | None
    reason: str  # exact | reading | script | romaji | empty | wrong | needs-katakana


def _clean(text: str) -> str:
    return _TRIM.sub("", unicodedata.normalize("NFKC", text or "")).strip()


def _is_romaji(text: str) -> bool:
    return bool(text) and text.isascii() and any(c.isalpha() for c in text)


_MAX_READINGS = 64


def _readings(text: str) -> set[str]:
    """The engine's reading with the other standard readings of its numbers and counters
    (10分: じゅっぷん and じっぷん; 600個: ろっぴゃっこ and ろっぴゃくこ), and the tagger's own
    reading (明日: あした and あす)."""
    from jpprep.japanese.engine import plain_reading, units
    from jpprep.japanese.tokenizer import tokenize

    heads = [""]
    for u in units(text):
        r = plain_reading(u.surface) if u.reading is None else u.reading
        heads = [h + a for h in heads for a in (r, *u.alts)][:_MAX_READINGS]
    out = {_clean(to_hiragana(h)) for h in heads}
    raw = tokenize(text)
    if all(t.reading for t in raw):
        out.add(_clean("".join(t.reading for t in raw)))
    return out


def check_answer(given: str, accepted: list[str], *, strict: bool = False) -> AnswerCheck:
    g = _clean(given)
    if not g:
        return AnswerCheck(False, None, "empty")
    answers = [(a, _clean(a)) for a in accepted if _clean(a)]
    for a, c in answers:
        if g == c:
            return AnswerCheck(True, a, "exact")
    if strict:
        return AnswerCheck(False, None, "wrong")
    reason = "reading"
    if _is_romaji(g):
        from jpprep.japanese.kana_input import romaji_to_kana

        g = romaji_to_kana(g.lower(), final=True)
        reason = "romaji"
        for a, c in answers:
            if g == c:
                return AnswerCheck(True, a, reason)
    g_hira = to_hiragana(g)
    g_read = _readings(g) if has_kanji(g) else {g_hira}
    loanword_miss = None
    for a, c in answers:
        loanword = all(is_katakana(ch) for ch in c)
        if loanword:
            if g_hira == to_hiragana(c) and not all(is_katakana(ch) for ch in g):
                loanword_miss = a
            continue
        if g_hira == to_hiragana(c):
            return AnswerCheck(True, a, "script" if reason == "reading" else reason)
        a_read = _readings(c) if has_kanji(c) else {to_hiragana(c)}
        if g_read & a_read:
            return AnswerCheck(True, a, reason)
    if loanword_miss is not None:
        return AnswerCheck(False, loanword_miss, "needs-katakana")
    return AnswerCheck(False, None, "wrong")
