"""Kanji a learner already knows well: for the "only unknown kanji" furigana mode.

A kanji counts as known when it appears in a card of the profile that is in review with a
stability of at least KNOWN_STABILITY_DAYS (the learner would still recall it three weeks on).
"""

from __future__ import annotations

from sqlalchemy import select

from jpprep.store.db import Database
from jpprep.store.models import Card, CardState, Note

KNOWN_STABILITY_DAYS = 21.0
REVIEW = 2


def _is_kanji(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or ch == "々"


def known_kanji(db: Database, profile_id: int) -> set[str]:
    with db.session() as s:
        rows = s.scalars(
            select(Note.expression)
            .join(Card, Card.note_id == Note.id)
            .join(CardState, CardState.card_id == Card.id)
            .where(CardState.profile_id == profile_id, CardState.state == REVIEW,
                   CardState.stability >= KNOWN_STABILITY_DAYS)
            .distinct()
        )
        return {ch for expr in rows for ch in expr if _is_kanji(ch)}
