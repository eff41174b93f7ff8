"""A deck's change stamp (deck.updated_ms).

The study services keep, per process, each deck's first new card and today's counts per deck
(jpprep/services/study_cache.py). Another process (another PC of a class, the CLI next to the
window) learns that cards joined a deck, left it or became new again only through the deck
rows its fingerprint reads: so every write that does so outside the study service (moving
notes, an import, a deck deletion sending cards home, the database check's repairs) sets the
stamp of the decks it touched, in the same transaction.

stamp_decks() always changes it: a deck stamped in the same millisecond (or by a PC whose
clock is behind) gets its old value + 1, so the fingerprint never reads the same row twice.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import case, select, update
from sqlalchemy.orm import Session

from jpprep.store.models import Card, Deck

_CHUNK = 500


def next_stamp(old: int | None, now: int) -> int:
    """The stamp a deck row takes now (for a row already loaded; stamp_decks does the same
    in SQL for many decks)."""
    return old + 1 if old is not None and old >= now else now


def stamp_decks(s: Session, deck_ids: Iterable[int | None], now: int) -> None:
    """Set the change stamp of these decks (None and repeats are ignored)."""
    ids = sorted({int(d) for d in deck_ids if d is not None})
    for i in range(0, len(ids), _CHUNK):
        s.execute(update(Deck).where(Deck.id.in_(ids[i:i + _CHUNK])).values(
            updated_ms=case((Deck.updated_ms >= now, Deck.updated_ms + 1), else_=now)),
            execution_options={"synchronize_session": "fetch"})


def stamp_decks_of_cards(s: Session, card_ids: Iterable[int], now: int) -> None:
    """Set the change stamp of the decks these cards are in now."""
    ids = sorted({int(c) for c in card_ids})
    decks: set[int] = set()
    for i in range(0, len(ids), _CHUNK):
        decks.update(s.scalars(select(Card.deck_id).distinct()
                               .where(Card.id.in_(ids[i:i + _CHUNK]))))
    stamp_decks(s, decks, now)
