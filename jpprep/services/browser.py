"""Browse and edit notes: deck list, search by text/tag/deck/level, edit one note."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, or_, select

from jpprep.errors import ValidationError
from jpprep.store.db import Database
from jpprep.store.models import Card, Deck, Note


@dataclass
class DeckInfo:
    id: int
    name: str
    source: str
    parent_id: int | None
    notes: int
    cards: int
    version: str | None = None


def list_decks(db: Database) -> list[DeckInfo]:
    """Every deck with its own note and card counts, sorted by name."""
    with db.session() as s:
        notes = dict(s.execute(select(Note.deck_id, func.count()).group_by(Note.deck_id)).all())
        cards = dict(s.execute(select(Card.deck_id, func.count()).group_by(Card.deck_id)).all())
        return [DeckInfo(d.id, d.name, d.source, d.parent_id, notes.get(d.id, 0),
                         cards.get(d.id, 0), (d.meta or {}).get("version"))
                for d in s.scalars(select(Deck).order_by(Deck.name))]


@dataclass
class NoteRow:
    id: int
    deck: str
    kind: str
    expression: str
    reading: str
    reading_generated: bool
    meanings: dict
    tags: list[str]
    level: str | None
    examples: list = field(default_factory=list)


@dataclass
class SearchResult:
    rows: list[NoteRow]
    total: int


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def search_notes(db: Database, *, text: str = "", tag: str = "", deck_id: int | None = None,
                 level: str = "", limit: int = 200, offset: int = 0) -> SearchResult:
    """Notes whose expression, reading or meanings contain `text`, with the tag, in the deck
    (and its sub-decks) and at the level given. Empty filters match everything."""
    with db.session() as s:
        q = select(Note, Deck.name).join(Deck, Deck.id == Note.deck_id)
        if text.strip():
            pat = _like(text.strip())
            q = q.where(or_(Note.expression.like(pat, escape="\\"),
                            Note.reading.like(pat, escape="\\"),
                            func.cast(Note.meanings, type_=Note.expression.type)
                            .like(pat, escape="\\")))
        if tag.strip():
            q = q.where((" " + Note.tags + " ").like(_like(f" {tag.strip()} "), escape="\\"))
        if deck_id is not None:
            ids, frontier = {deck_id}, [deck_id]
            while frontier:
                frontier = list(s.scalars(select(Deck.id).where(Deck.parent_id.in_(frontier))))
                ids.update(frontier)
            q = q.where(Note.deck_id.in_(ids))
        if level.strip():
            q = q.where(Note.level == level.strip())
        total = s.scalar(select(func.count()).select_from(q.subquery()))
        rows = s.execute(q.order_by(Note.deck_id, Note.id).limit(limit).offset(offset)).all()
        return SearchResult([NoteRow(n.id, name, n.kind, n.expression, n.reading,
                                     n.reading_generated, dict(n.meanings or {}),
                                     (n.tags or "").split(), n.level, list(n.examples or []))
                             for n, name in rows], total or 0)


def update_note(db: Database, note_id: int, *, now: int, expression: str | None = None,
                reading: str | None = None, meanings: dict | None = None,
                tags: list[str] | None = None, level: str | None = None) -> NoteRow:
    """Edit a note; its cards and everyone's progress stay. A reading typed by hand is no
    longer marked as generated."""
    from jpprep.decks.text import is_kana, reading_hint

    with db.session() as s:
        n = s.get(Note, note_id)
        if n is None:
            raise ValidationError(f"note {note_id} does not exist.", field="note")
        if expression is not None:
            if not expression.strip():
                raise ValidationError("expression is empty.", field="expression",
                                      hint="Write the Japanese word or sentence.")
            n.expression = expression.strip()
        if reading is not None:
            reading = reading.strip()
            if reading and not is_kana(reading):
                raise ValidationError(f"{reading!r} is not kana;", field="reading",
                                      hint=reading_hint(reading))
            if reading != n.reading:
                n.reading, n.reading_generated = reading, False
        if meanings is not None:
            n.meanings = {k: v.strip() for k, v in meanings.items() if v and v.strip()}
        if tags is not None:
            n.tags = " ".join(t for t in tags if t)
        if level is not None:
            n.level = level.strip() or None
        n.updated_ms = now
        deck = s.get(Deck, n.deck_id)
        return NoteRow(n.id, deck.name, n.kind, n.expression, n.reading, n.reading_generated,
                       dict(n.meanings or {}), (n.tags or "").split(), n.level,
                       list(n.examples or []))
