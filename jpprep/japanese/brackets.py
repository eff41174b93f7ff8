"""Anki's furigana syntax: ` 漢字[かんじ]` (a space before each annotated word).

Anki reads ` ?([^ >]+?)\\[(.+?)\\]`: a reading covers everything back to the previous space or
'>'. Writing puts a space before every annotated piece (Anki hides it); reading a real field
puts the reading over the kanji run right before the bracket only, so 今日、暗記[あんき] keeps
the reading あんき over 暗記 and leaves 今日、 plain.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from jpprep.japanese.kana import is_kana, is_kanji, to_hiragana

_BRACKET = re.compile(r" ?([^ >\[\]]+?)\[([^\[\]]*?)\]")


def to_brackets(segments: Iterable) -> str:
    out = []
    for i, seg in enumerate(segments):
        if seg.reading:
            if i:
                out.append(" ")
            out.append(f"{seg.text}[{seg.reading}]")
        else:
            out.append(seg.text)
    return "".join(out)


def _base_start(base: str, reading: str) -> int:
    """Where the annotated word starts inside `base`: the longest tail after the last
    punctuation whose kana all appear, in order, in the reading (食べ物[たべもの] keeps 食べ物;
    お茶[ちゃ] and 私は学生[がくせい] keep only the kanji)."""
    first = 0
    for k, ch in enumerate(base):
        if not (is_kana(ch) or _wordish(ch)):
            first = k + 1
    hira = to_hiragana(reading)
    for k in range(first, len(base)):
        if k > first and is_kana(base[k - 1]) == is_kana(base[k]):
            continue  # only start at a run boundary
        tail = base[k:]
        if not any(is_kanji(c) for c in tail) or is_kana(tail[0]) and not hira.startswith(
                to_hiragana(tail[0])):
            continue
        if re.fullmatch(_pattern(tail), hira):
            return k
    i = len(base)
    while i > first and not is_kana(base[i - 1]):
        i -= 1
    return i if i < len(base) else first


def _pattern(tail: str) -> str:
    out, prev = [], None
    for ch in tail:
        kana = is_kana(ch)
        if kana:
            out.append(re.escape(to_hiragana(ch)))
        elif prev is not False:
            out.append(".+?")
        prev = kana
    return "".join(out)


def _wordish(ch: str) -> bool:
    return is_kanji(ch) or is_kana(ch) or ch.isalnum()


def from_brackets(field: str) -> list:
    """Segments from an Anki field; text outside brackets is kept as it is (spaces before an
    annotated word are Anki's separators and are dropped)."""
    from jpprep.japanese import Segment

    out: list = []
    pos = 0
    for m in _BRACKET.finditer(field):
        base, reading = m.group(1), m.group(2)
        lead = field[pos:m.start()]
        cut = _base_start(base, reading)
        if cut > 0:
            lead += base[:cut]
        word = base[cut:]
        if lead:
            out.append(Segment(lead, None))
        if word:
            out.append(Segment(word, reading or None))
        pos = m.end()
    if pos < len(field):
        out.append(Segment(field[pos:], None))
    merged: list = []
    for s in out:
        if merged and s.reading is None and merged[-1].reading is None:
            merged[-1] = Segment(merged[-1].text + s.text, None)
        else:
            merged.append(s)
    return merged
