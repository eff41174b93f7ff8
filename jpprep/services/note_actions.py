"""Change notes from the deck browser: add one, delete, move to another deck, add or remove a
tag, fill in missing readings. Each call is one transaction; bad input raises ValidationError
naming the field. (Searching and editing one note: services/browser.py.)

Deleting a note deletes its cards and every profile's progress and answers on them;
`delete_impact` says how much goes first so the page can ask.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import delete, func, select, update

from jpprep.errors import ValidationError
from jpprep.services.browser import NoteRow, not_kana, note_row
from jpprep.services.deck_stamp import next_stamp
from jpprep.store.db import Database
from jpprep.store.models import (
    Card,
    CardState,
    Deck,
    Note,
    ReadingOverride,
    Review,
    UndoEntry,
)

KINDS = ("vocab", "kanji", "grammar")
DEFAULT_CARD_TYPES = ("recognition",)
_CHUNK = 500  # ids per IN (...) list


def _chunks(ids: Sequence[int]):
    ids = list(ids)
    for i in range(0, len(ids), _CHUNK):
        yield ids[i:i + _CHUNK]


def _note_ids(note_ids) -> list[int]:
    ids = sorted({int(i) for i in ([note_ids] if isinstance(note_ids, int) else note_ids)})
    if not ids:
        raise ValidationError("no note is chosen.", field="note_ids",
                              hint="Select one or more notes in the list first.", code="no_note_chosen")
    return ids


def _deck(s, deck_id: int | None) -> Deck:
    deck = s.get(Deck, deck_id) if deck_id is not None else None
    if deck is None:
        raise ValidationError(f"deck {deck_id} does not exist.", field="deck_id",
                              hint="Choose a deck in the list.", code="deck_gone")
    return deck


def _subtree(s, deck_id: int) -> set[int]:
    ids, frontier = {deck_id}, [deck_id]
    while frontier:
        frontier = list(s.scalars(select(Deck.id).where(Deck.parent_id.in_(frontier))))
        ids.update(frontier)
    return ids


def _clean_tag(tag: str) -> str:
    tag = (tag or "").strip()
    if not tag:
        raise ValidationError("the tag is empty.", field="tag", hint="Type a tag, e.g. verb.",
                              code="tag_empty")
    if any(c.isspace() for c in tag):
        raise ValidationError(f"the tag {tag!r} has a space in it.", field="tag",
                              hint="A tag is one word; use - or _ instead of spaces.",
                              code="tag_has_space", params={"tag": tag})
    return tag


def make_reading(expression: str, overrides: dict[str, str] | None = None) -> str:
    """The engine's reading (hiragana) of `expression` with the instructors' corrections; ""
    when it has no kanji or the engine cannot read it."""
    from jpprep.decks.readings import generate_reading
    from jpprep.decks.text import has_kanji, is_kana

    expression = (expression or "").strip()
    if not expression or not has_kanji(expression):
        return ""
    try:
        from jpprep.japanese import reading
        from jpprep.japanese.kana import to_hiragana

        made = to_hiragana(reading(expression, overrides or None))
        if made and is_kana(made):
            return made
    except Exception:  # the engine is missing or failed: the plain generator below
        pass
    return generate_reading(expression)


def shared_overrides(s, deck_id: int | None) -> dict[str, str]:
    """The instructors' corrections for notes of this deck (everywhere < this deck)."""
    from jpprep.services.readings import _scope

    out: dict[str, str] = {}
    for d in (None, deck_id) if deck_id is not None else (None,):
        for r in s.scalars(_scope(select(ReadingOverride), d, None)):
            out[r.surface] = r.reading
    return out


def add_note(db: Database, deck_id: int, *, now: int, expression: str, reading: str = "",
             meanings: dict[str, str] | None = None, tags: Sequence[str] = (),
             level: str = "", sector: str = "", kind: str = "vocab") -> NoteRow:
    """A new note in the deck with one card per card type of the deck, introduced after the
    deck's other new cards. An empty reading is generated (and marked so)."""
    from jpprep.decks.text import is_kana

    expression = (expression or "").strip()
    if not expression:
        raise ValidationError("expression is empty.", field="expression",
                              hint="Write the Japanese word or sentence.", code="expression_empty")
    reading = (reading or "").strip()
    if reading and not is_kana(reading):
        raise not_kana(reading)
    if kind not in KINDS:
        raise ValidationError(f"unknown kind {kind!r}.", field="kind",
                              hint="Use vocab, kanji or grammar.", code="kind_unknown",
                              params={"kind": kind})
    clean_meanings = {k: v.strip() for k, v in (meanings or {}).items() if v and v.strip()}
    if not clean_meanings.get("en"):
        raise ValidationError("the English meaning is empty.", field="meaning_en",
                              hint="Write what the word means in English.",
                              code="note_meaning_en_empty")
    tags = [_clean_tag(t) for t in tags if t and t.strip()]
    with db.session() as s:
        deck = _deck(s, deck_id)
        generated = False
        if not reading and kind != "grammar":
            reading = make_reading(expression, shared_overrides(s, deck.id))
            generated = bool(reading)
        n = Note(deck_id=deck.id, guid=f"user:{uuid.uuid4().hex}", kind=kind,
                 expression=expression, reading=reading, reading_generated=generated,
                 meanings=clean_meanings, examples=[], tags=" ".join(dict.fromkeys(tags)),
                 level=level.strip() or None, sector=sector.strip() or None, extra={},
                 created_ms=now, updated_ms=now)
        s.add(n)
        s.flush()
        top = s.scalar(select(func.max(Card.position)).where(Card.deck_id == deck.id))
        kinds = (deck.meta or {}).get("card_types") or DEFAULT_CARD_TYPES
        for kind_ in dict.fromkeys(kinds):
            s.add(Card(note_id=n.id, deck_id=deck.id, kind=kind_, ord=0,
                       position=(top or 0) + 1))
        deck.updated_ms = next_stamp(deck.updated_ms, now)
        return note_row(n, deck.name)


@dataclass(frozen=True)
class Impact:
    notes: int
    cards: int
    reviews: int  # answers of every profile on those cards
    profiles: int  # profiles that have studied at least one of the cards


def _impact(s, ids: list[int]) -> Impact:
    notes = cards = reviews = 0
    learners: set[int] = set()
    for part in _chunks(ids):
        notes += s.scalar(select(func.count()).select_from(Note).where(Note.id.in_(part))) or 0
        card_ids = select(Card.id).where(Card.note_id.in_(part))
        cards += s.scalar(select(func.count()).select_from(Card)
                          .where(Card.note_id.in_(part))) or 0
        reviews += s.scalar(select(func.count()).select_from(Review)
                            .where(Review.card_id.in_(card_ids))) or 0
        learners.update(s.scalars(select(CardState.profile_id).distinct()
                                  .where(CardState.card_id.in_(card_ids))))
    return Impact(notes, cards, reviews, len(learners))


def delete_impact(db: Database, note_ids) -> Impact:
    """What deleting these notes takes with it (to say so before asking)."""
    ids = _note_ids(note_ids)
    with db.session() as s:
        return _impact(s, ids)


def delete_notes(db: Database, note_ids) -> Impact:
    """Delete the notes, their cards, progress and answers, all or nothing."""
    ids = _note_ids(note_ids)
    with db.session() as s:
        impact = _impact(s, ids)
        delete_note_rows(s, ids)
    _forget_study_hints(db)
    return impact


def delete_note_rows(s, ids: Sequence[int]) -> None:
    """In session `s`: the notes with their cards, progress, answers and undo entries."""
    for part in _chunks(ids):
        card_ids = select(Card.id).where(Card.note_id.in_(part))
        # explicit, not only the schema's cascades (SQLite without foreign keys on)
        s.execute(delete(Review).where(Review.card_id.in_(card_ids)))
        # an undo of an answer on a deleted card would bring back a state of nothing
        s.execute(delete(UndoEntry).where(UndoEntry.card_id.in_(card_ids)))
        s.execute(delete(CardState).where(CardState.card_id.in_(card_ids)))
        s.execute(delete(Card).where(Card.note_id.in_(part)))
        s.execute(delete(Note).where(Note.id.in_(part)))


def move_notes(db: Database, note_ids, deck_id: int, *, now: int) -> int:
    """Move the notes and their cards (with everyone's progress) to another deck; they are
    introduced after that deck's own new cards. Returns how many notes moved."""
    ids = _note_ids(note_ids)
    moved = 0
    with db.session() as s:
        deck = _deck(s, deck_id)
        top = s.scalar(select(func.max(Card.position)).where(Card.deck_id == deck.id)) or 0
        for part in _chunks(ids):
            cards = s.execute(select(Card.id, Card.position).where(
                Card.note_id.in_(part), Card.deck_id != deck.id)
                .order_by(Card.position, Card.id)).all()
            if cards:  # keep their order among themselves, after the deck's own cards
                first = cards[0][1]
                s.execute(update(Card), [{"id": cid, "deck_id": deck.id,
                                          "position": top + 1 + (pos - first)}
                                         for cid, pos in cards])
                top += 1 + cards[-1][1] - first
            moved += s.execute(update(Note).where(Note.id.in_(part), Note.deck_id != deck.id)
                               .values(deck_id=deck.id, updated_ms=now)).rowcount or 0
        deck.updated_ms = next_stamp(deck.updated_ms, now)
    _forget_study_hints(db)
    return moved


def retag_notes(db: Database, note_ids, *, now: int, add: str = "", remove: str = "") -> int:
    """Add a tag to and/or remove a tag from the notes. Returns how many notes changed."""
    ids = _note_ids(note_ids)
    add_tag = _clean_tag(add) if add.strip() else ""
    remove_tag = _clean_tag(remove) if remove.strip() else ""
    if not add_tag and not remove_tag:
        raise ValidationError("no tag to add or remove.", field="tag",
                              hint="Type a tag, e.g. verb.", code="tag_empty")
    changed = 0
    with db.session() as s:
        for part in _chunks(ids):
            for n in s.scalars(select(Note).where(Note.id.in_(part))):
                tags = (n.tags or "").split()
                new = [t for t in tags if t != remove_tag]
                if add_tag and add_tag not in new:
                    new.append(add_tag)
                if new != tags:
                    n.tags = " ".join(new)
                    n.updated_ms = now
                    changed += 1
    return changed


def _missing(s, deck_id: int | None, note_ids: Sequence[int] | None) -> list[int]:
    q = select(Note.id).where(func.coalesce(Note.reading, "") == "", Note.expression != "",
                              Note.kind != "grammar")
    if note_ids is not None:
        out: list[int] = []
        for part in _chunks([int(i) for i in note_ids]):
            out += s.scalars(q.where(Note.id.in_(part)))
        return sorted(out)
    if deck_id is not None:
        q = q.where(Note.deck_id.in_(_subtree(s, deck_id)))
    return list(s.scalars(q.order_by(Note.id)))


def missing_reading_ids(db: Database, *, deck_id: int | None = None,
                        note_ids: Sequence[int] | None = None) -> list[int]:
    """Notes (in the deck and its sub-decks, or among `note_ids`) whose reading is empty."""
    with db.session() as s:
        return _missing(s, deck_id, note_ids)


@dataclass(frozen=True)
class FillResult:
    looked_at: int  # notes with no reading
    filled: int  # given a generated reading


def fill_missing_readings(db: Database, *, now: int, deck_id: int | None = None,
                          note_ids: Sequence[int] | None = None,
                          progress: Callable[[int, int, str], None] | None = None) -> FillResult:
    """Generate readings (engine + the instructors' corrections) for the notes whose reading is
    empty, marked as generated, in one transaction. `progress(done, total, text)` follows
    jpprep.ui.workers (raising from it cancels: nothing is saved)."""
    filled = 0
    with db.session() as s:
        ids = _missing(s, deck_id, note_ids)
        per_deck: dict[int, dict[str, str]] = {}
        done = 0
        for part in _chunks(ids):
            for n in s.scalars(select(Note).where(Note.id.in_(part))):
                if n.deck_id not in per_deck:
                    per_deck[n.deck_id] = shared_overrides(s, n.deck_id)
                made = make_reading(n.expression, per_deck[n.deck_id])
                if made:
                    n.reading, n.reading_generated, n.updated_ms = made, True, now
                    filled += 1
                done += 1
                if progress is not None and (done % 50 == 0 or done == len(ids)):
                    progress(done, len(ids), "")
    return FillResult(len(ids), filled)


def _forget_study_hints(db: Database) -> None:
    """Cards left or joined a deck: the study queue's remembered first new card of each deck
    (jpprep.services.study_cache) may be wrong now; drop them for every profile (this process)."""
    try:
        from jpprep.services.study_cache import _LOCK, _cache

        with db.session() as s, _LOCK:
            c = _cache(s)
            for key in ("hints", "review"):
                c[key].clear()
    except Exception:  # the cache's shape changed: it only held hints
        pass
