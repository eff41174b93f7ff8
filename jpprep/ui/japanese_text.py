"""Glue between the reviewer and the furigana engine (jpprep.japanese).

A note's own reading wins over the engine: it is passed as an override for the whole word, and
the engine aligns it so okurigana stay outside the ruby (食べる -> 食[た]べる).
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=2048)
def _annotate(text: str, reading: str | None) -> tuple[tuple[str, str | None], ...]:
    from jpprep.japanese import annotate

    overrides = {text: reading} if reading else None
    return tuple((s.text, s.reading) for s in annotate(text, overrides))


def segments(text: str, reading: str | None = None) -> list[tuple[str, str | None]]:
    if not text:
        return []
    return list(_annotate(text, reading or None))


def romaji(text: str) -> str:
    from jpprep.japanese import romaji as to_romaji

    return to_romaji(text)


def token_info(segs, settings: dict) -> dict[int, str]:
    """Hover text per segment: its reading, and romaji when the learner wants it."""
    info = {}
    for i, (text, reading) in enumerate(segs):
        if reading:
            line = reading
            if settings.get("show_romaji"):
                line += f"  ({romaji(reading)})"
            info[i] = line
    return info
