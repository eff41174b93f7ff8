"""Glue between the reviewer and the furigana engine (jpprep.japanese).

A note's own reading wins over the engine: it is passed as an override for the whole word, and
the engine aligns it so okurigana stay outside the ruby (食べる -> 食[た]べる).
"""

from __future__ import annotations

from functools import lru_cache

from jpprep.japanese.kana import kanji_in


@lru_cache(maxsize=2048)
def _annotate(text: str, reading: str | None) -> tuple[tuple[str, str | None], ...]:
    from jpprep.japanese import annotate

    overrides = {text: reading} if reading else None
    return tuple((s.text, s.reading) for s in annotate(text, overrides))


def segments(text: str, reading: str | None = None) -> list[tuple[str, str | None]]:
    if not text:
        return []
    return list(_annotate(text, reading or None))


def example_segments(text: str, expression: str = "", reading: str | None = None) -> list[tuple[str, str | None]]:
    """Furigana for a note's example sentence: the note's own reading over its word, the engine's
    for the rest. The word counts only where the engine cuts the sentence at its edges (嚥下 in
    嚥下の力が…, not 日 inside 日曜日 or 後 inside 後ろ), so a shorter word inside another keeps
    the engine's reading."""
    return list(_example(text, expression, reading or None)[0])


def example_romaji(text: str, expression: str = "", reading: str | None = None) -> str:
    """Romaji of a note's example sentence that says the word as its furigana do: the note's
    reading where example_segments draws it (便 ben, not the engine's bin), the engine's
    elsewhere."""
    if not text:
        return ""
    spans = _example(text, expression, reading or None)[1]
    if not spans and reading and expression.isascii() and _read_otherwise(expression, reading):
        # a Latin word has no furigana to follow, but the note's reading still says it: SUS
        # (stainless steel in a factory) is さす (sasu), where the engine spells the letters out
        spans = _whole_word_spans(text, expression)
    return romaji(text, {s: (e, reading) for s, e in spans} if spans else None)


@lru_cache(maxsize=512)
def _example(text: str, expression: str, reading: str | None):
    """(segments, the spans of the sentence that carry the note's reading)."""
    segs = segments(text)
    if not (text and expression and reading and expression in text and kanji_in(expression)):
        return tuple(segs), ()
    spans = _whole_word_spans(text, expression)
    if not spans:
        return tuple(segs), ()
    word = segments(expression, reading)
    out: list[tuple[str, str | None]] = []
    pos = 0
    for piece, r in segs:
        end = pos + len(piece)
        for i in range(pos, end):
            span = next(((s, e) for s, e in spans if s <= i < e), None)
            if span is None:
                out.append((text[i], r) if r is None else (piece, r))
            elif r is not None and not (span[0] <= pos and end <= span[1]):
                return tuple(segs), ()  # a reading across the word's edge: the engine's sentence
            elif i == span[0]:
                out.extend(word)
            if r is not None:
                break  # a piece with a reading is kept or replaced whole
        pos = end
    merged: list[tuple[str, str | None]] = []
    for piece, r in out:
        if r is None and merged and merged[-1][1] is None:
            merged[-1] = (merged[-1][0] + piece, None)
        else:
            merged.append((piece, r))
    return tuple(merged), tuple(spans)


def _read_otherwise(word: str, reading: str) -> bool:
    from jpprep.japanese import reading as engine_reading

    return engine_reading(word) != reading


def _whole_word_spans(text: str, word: str) -> list[tuple[int, int]]:
    from jpprep.japanese.engine import units

    edges, pos = {0}, 0
    for u in units(text):
        pos += len(u.surface)
        edges.add(pos)
    spans, start = [], text.find(word)
    while start >= 0:
        if start in edges and start + len(word) in edges:
            spans.append((start, start + len(word)))
            start = text.find(word, start + len(word))
        else:
            start = text.find(word, start + 1)
    return spans


def kana_to_romaji(kana: str) -> str:
    from jpprep.japanese.romaji import kana_to_romaji as to_romaji

    return to_romaji(kana)


def romaji(text: str, fixed=None) -> str:
    from jpprep.japanese import romaji as to_romaji

    return to_romaji(text, fixed)


def word_romaji(reading: str) -> str:
    """Romaji of a note's reading, as one word, as its example sentence's romaji says the word
    (example_romaji). The engine's word splitter cut bare kana badly (えんげ "e n ge",
    うしろとおります "ushiro to orimasu"), and even the written word into pieces a learner
    does not say apart (端座位 "tanza i", 彼ら "kare ra", 発電機 "hatsuden ki")."""
    return kana_to_romaji(reading) if reading else ""


def token_info(segs, settings: dict) -> dict[int, str]:
    """Hover text per segment: its reading, and romaji when the learner wants it."""
    info = {}
    for i, (text, reading) in enumerate(segs):
        if reading:
            line = reading
            if settings.get("show_romaji"):
                line += f"  ({kana_to_romaji(reading)})"  # one piece's reading: one word
            info[i] = line
    return info
