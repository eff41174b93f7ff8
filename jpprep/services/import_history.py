"""Anki scheduling brought in with an import: card states for cards a profile has not
studied yet, and the review history (each answer once, however often the package is
imported). Called by jpprep.services.importing inside the import's transaction."""

from __future__ import annotations

import hashlib

from sqlalchemy import insert, select

from jpprep.decks.model import NoteData
from jpprep.store.models import Card, CardState, Review

_CHUNK = 500


def _chunks(items: list, size: int = _CHUNK):
    for i in range(0, len(items), size):
        yield items[i:i + size]


def history_uid(profile_id: int, guid: str, kind: str, ord_: int, reviewed_ms: int) -> str:
    """The review_log uid of an imported answer: the same package imported again finds its
    answers already there instead of adding them twice."""
    key = f"{profile_id}|{guid}|{kind}|{ord_}|{reviewed_ms}".encode("utf-8")
    return "anki:" + hashlib.sha1(key).hexdigest()[:35]


def import_scheduling(s, profile_id: int, notes: list[NoteData], guids: list[str],
                      note_ids: dict[str, int], report) -> None:
    """Card states (for cards this profile has not studied yet) and the review history that
    came with the notes (Anki). Progress made in jpprep is never overwritten. Counts go
    into report (an ImportReport)."""
    from jpprep.decks.anki_history import review_rows

    wanted: dict[tuple[int, str, int], tuple] = {}
    for n, guid in zip(notes, guids):
        if n.scheduling or n.history:
            nid = note_ids[guid]
            for key in {*(n.scheduling or {}), *(n.history or {})}:
                wanted[(nid, key[0], key[1])] = (guid, (n.scheduling or {}).get(key),
                                                 (n.history or {}).get(key))
    if not wanted:
        return
    cards: dict[int, tuple] = {}
    for chunk in _chunks(sorted({k[0] for k in wanted})):
        for row in s.execute(select(Card.id, Card.note_id, Card.kind, Card.ord)
                             .where(Card.note_id.in_(chunk))):
            w = wanted.get((row.note_id, row.kind, row.ord))
            if w:
                cards[row.id] = (w[0], row.kind, row.ord, w[1], w[2])
    have: set[int] = set()
    for chunk in _chunks(sorted(cards)):
        have.update(s.scalars(select(CardState.card_id).where(
            CardState.profile_id == profile_id, CardState.card_id.in_(chunk))))
    states, reviews = [], {}
    for cid, (guid, kind, ord_, state, entries) in cards.items():
        rows = review_rows(entries) if entries else []
        if state and cid not in have:
            state = dict(state)
            graded = [r["reviewed_ms"] for r in rows if r["kind"] == "review"]
            if graded:
                state["last_review_ms"] = graded[-1]
            states.append({"profile_id": profile_id, "card_id": cid, **state})
        for r in rows:
            uid = history_uid(profile_id, guid, kind, ord_, r["reviewed_ms"])
            reviews[uid] = {"uid": uid, "profile_id": profile_id, "card_id": cid, **r}
    if states:
        s.execute(insert(CardState.__table__), states)
    uids = sorted(reviews)
    for chunk in _chunks(uids):
        for uid in s.scalars(select(Review.uid).where(Review.uid.in_(chunk))):
            reviews.pop(uid, None)
    new = sorted(reviews.values(), key=lambda r: (r["reviewed_ms"], r["uid"]))
    for chunk in _chunks(new, 5000):
        s.execute(insert(Review.__table__), chunk)
    report.states_added, report.reviews_added = len(states), len(new)
