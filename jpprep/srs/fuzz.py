"""Repeatable interval fuzz, Anki-like.

py-fsrs draws its fuzz from the module-level `random` and rounds, so its end values get half the
weight and the result is not repeatable. We switch its fuzz off and apply our own: the same
ranges as FSRS/Anki (±15 % from 2.5 to 7 days, ±10 % to 20 days, ±5 % beyond, plus one day),
a uniform draw with floor, seeded by the card id and its review count. The same card answered
at the same point of its history always gets the same interval (replay, undo, previews agree).
"""

from __future__ import annotations

import random
from functools import lru_cache

_RANGES = ((2.5, 7.0, 0.15), (7.0, 20.0, 0.1), (20.0, float("inf"), 0.05))


def fuzz_range(interval_days: int, maximum_interval: int) -> tuple[int, int]:
    delta = 1.0
    for start, end, factor in _RANGES:
        delta += factor * max(min(float(interval_days), end) - start, 0.0)
    lo = int(round(interval_days - delta))
    hi = int(round(interval_days + delta))
    lo = max(2, lo)
    hi = min(hi, maximum_interval)
    lo = min(lo, hi)
    return lo, hi


@lru_cache(maxsize=4096)  # the three review buttons of a card ask for the same number
def fuzz_factor(card_id: int, reps: int) -> float:
    """A number in [0, 1) fixed by the card and how many times it was answered."""
    return random.Random(card_id * 1_000_003 + reps).random()


@lru_cache(maxsize=4096)  # previews, the answer and replay ask again for the same card
def fuzzed_interval(interval_days: int, card_id: int, reps: int, maximum_interval: int) -> int:
    if interval_days < 2.5:
        return interval_days
    lo, hi = fuzz_range(interval_days, maximum_interval)
    days = lo + int(fuzz_factor(card_id, reps) * (hi - lo + 1))  # floor: uniform on [lo, hi]
    return min(days, maximum_interval)
