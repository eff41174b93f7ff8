"""Put a word's reading over its kanji only: 食べる/たべる -> 食[た]べる, 取り扱い -> 取[と]り扱[あつか]い.

The word is cut into runs of kana and runs of anything else. Each kana run must appear in the
reading (compared as hiragana); the reading between two kana runs belongs to the run of kanji
between them. If that cannot be done unambiguously the word stays one piece with its whole
reading (jukujikun such as 今日/きょう are one piece anyway: they have no kana inside).
"""

from __future__ import annotations

import re
from functools import lru_cache

from jpprep.japanese.kana import has_kanji, is_kana, to_hiragana


def _runs(surface: str) -> list[tuple[str, bool]]:
    runs: list[tuple[str, bool]] = []
    for ch in surface:
        k = is_kana(ch) and ch not in "ヶヵ"
        if runs and runs[-1][1] == k:
            runs[-1] = (runs[-1][0] + ch, k)
        else:
            runs.append((ch, k))
    return runs


@lru_cache(maxsize=50_000)
def align(surface: str, reading: str) -> tuple[tuple[str, str | None], ...]:
    """(piece, reading-or-None) pairs that join to `surface`; readings only on kanji pieces."""
    if not has_kanji(surface):
        return ((surface, None),)
    runs = _runs(surface)
    if len(runs) == 1:
        return ((surface, reading),)
    pattern = "".join(
        "(" + re.escape(to_hiragana(text)) + ")" if kana else "(.+?)" for text, kana in runs
    )
    m = re.fullmatch(pattern, to_hiragana(reading))
    if not m:
        return ((surface, reading),)
    out = []
    for (text, kana), got in zip(runs, m.groups()):
        if kana:
            out.append((text, None))
        else:
            out.append((text, got if has_kanji(text) else None))
    return tuple(out)
