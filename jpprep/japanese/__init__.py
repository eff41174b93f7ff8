"""Japanese text intelligence: readings, furigana, romaji, kana input, answer checking.

Public API (no Qt, no database):

    annotate(text, overrides=None) -> list[Segment]   furigana pieces that join to `text`
    reading(text, overrides=None, *, pronunciation=False) -> str   whole text in hiragana
    romaji(text) -> str                                 Hepburn
    kanji_in(text) -> set[str]                          for the "only unknown kanji" mode
    warm_up()                                           load the tagger and tables (slow part)

The tagger and the tables load on first use; call warm_up() in a background thread first.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from jpprep.japanese.kana import kanji_in
from jpprep.japanese.romaji import to_romaji_words as _romaji_words

# The submodule jpprep.japanese.romaji is loaded above, before `def romaji` below: loading it
# later (on the first call) set the package's `romaji` to the module, and the next
# `from jpprep.japanese import romaji` got a module instead of this function.

__all__ = ["Segment", "annotate", "reading", "romaji", "kanji_in", "warm_up"]


@dataclass(frozen=True, slots=True)
class Segment:
    """A piece of the text; `reading` (hiragana) only where the piece has kanji."""

    text: str
    reading: str | None = None


def warm_up() -> None:
    """Load the dictionary and the reading tables (about 0.2 s); safe from any thread."""
    from jpprep.japanese import table
    from jpprep.japanese.engine import units

    table.load()
    units("日本語")


def annotate(text: str, overrides: Mapping[str, str] | None = None) -> list[Segment]:
    from jpprep.japanese.align import align
    from jpprep.japanese.engine import units

    out: list[Segment] = []
    plain: list[str] = []  # adjacent pieces without a reading become one segment
    for u in units(text, overrides):
        pieces = ((u.surface, None),) if u.reading is None else align(u.surface, u.reading)
        for piece, r in pieces:
            if r is None:
                plain.append(piece)
                continue
            if plain:
                out.append(Segment("".join(plain), None))
                plain = []
            out.append(Segment(piece, r))
    if plain:
        out.append(Segment("".join(plain), None))
    return out


def reading(text: str, overrides: Mapping[str, str] | None = None, *,
            pronunciation: bool = False) -> str:
    """The whole text in hiragana, furigana style (particle は stays は). With
    pronunciation=True, particles are written as said (は->わ, へ->え, を->お)."""
    from jpprep.japanese.engine import plain_reading, spoken, units

    parts = []
    for u in units(text, overrides):
        r = u.reading
        if pronunciation:
            r = spoken(u) or r
            if u.pos1 == "助詞" and r in _SPOKEN:
                r = _SPOKEN[r]
        parts.append(plain_reading(u.surface) if r is None else r)
    return "".join(parts)


_SPOKEN = {"は": "わ", "へ": "え", "を": "お"}


def romaji(text: str, fixed: Mapping[int, tuple[int, str]] | None = None) -> str:
    """Hepburn romaji of the text's reading, words separated by spaces; `fixed` gives some
    words' readings by position, {start: (end, kana)} (see romaji.to_romaji_words)."""
    return _romaji_words(text, fixed)
