"""Browse and edit notes: deck list, search (text, romaji, tag, deck, level, sector, card
state) sorted in SQL, edit one note. Adding, deleting, moving and retagging: services/note_actions.py."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from sqlalchemy import and_, func, or_, select

from jpprep.errors import ValidationError
from jpprep.store.db import Database
from jpprep.store.models import Card, CardState, Deck, Note


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
    sector: str | None = None
    deck_id: int | None = None
    created_ms: int = 0
    suspended: bool = False  # a card of it is suspended for the profile searched for


def note_row(n: Note, deck_name: str) -> NoteRow:
    return NoteRow(n.id, deck_name, n.kind, n.expression, n.reading, bool(n.reading_generated),
                   dict(n.meanings or {}), (n.tags or "").split(), n.level,
                   list(n.examples or []), n.sector, n.deck_id, n.created_ms or 0)


@dataclass
class SearchResult:
    rows: list[NoteRow]
    total: int


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


CARD_STATES = ("new", "learning", "review", "suspended", "buried")
SORT_KEYS = ("japanese", "reading", "level", "deck", "added")


def list_sectors(db: Database) -> list[str]:
    """The sectors notes are tagged with (nursing-care, food-service...), sorted."""
    with db.session() as s:
        return list(s.scalars(select(Note.sector).where(Note.sector.is_not(None), Note.sector != "")
                              .distinct().order_by(Note.sector)))


def _romaji_kana(text: str) -> str | None:
    """"taberu" -> "たべる" when the text is romaji; None for other text ("water" stays)."""
    if not text.isascii() or not any(c.isalpha() for c in text):
        return None
    from jpprep.japanese.kana_input import romaji_to_kana

    kana = romaji_to_kana(text.lower().replace(" ", ""), final=True)
    return None if any(c.isascii() for c in kana) else kana


def _state_filter(state: str, profile_id: int):
    """Notes with at least one card in `state` for this profile (no card_state row = new).
    An uncorrelated IN (...): worked out once, not once per note (a correlated EXISTS let
    SQLite walk every suspended card for each note)."""
    cs = CardState
    if state == "new":
        on = and_(cs.card_id == Card.id, cs.profile_id == profile_id)
        cards = select(Card.note_id).outerjoin(cs, on).where(
            or_(cs.card_id.is_(None), and_(cs.state == 0, cs.queue == 0)))
    else:
        cond = {"learning": and_(cs.state.in_((1, 3)), cs.queue == 0),
                "review": and_(cs.state == 2, cs.queue == 0),
                "suspended": cs.queue == -1,
                "buried": cs.queue == -2}[state]
        cards = select(Card.note_id).join(cs, cs.card_id == Card.id).where(
            cs.profile_id == profile_id, cond)
    return Note.id.in_(cards)


def search_notes(db: Database, *, text: str = "", tag: str = "", deck_id: int | None = None,
                 level: str = "", sector: str = "", state: str = "",
                 profile_id: int | None = None, sort: str = "", descending: bool = False,
                 limit: int = 200, offset: int = 0) -> SearchResult:
    """Notes whose expression, reading or meanings contain `text` (romaji is also looked for
    as kana: "taberu" finds 食べる), with the tag, in the deck (and its sub-decks), at the level
    and sector given, with a card in `state` for `profile_id`. Empty filters match everything.
    Sorted in SQL by `sort` (one of SORT_KEYS; default: deck order), at most `limit` rows.
    With a profile, each row says whether a card of it is suspended for that profile."""
    if state and state not in CARD_STATES:
        raise ValidationError(f"unknown card state {state!r}.", field="state",
                              hint="Use one of: " + ", ".join(CARD_STATES) + ".")
    if state and profile_id is None:
        raise ValidationError("a card state needs a profile.", field="profile_id")
    if sort and sort not in SORT_KEYS:
        raise ValidationError(f"unknown sort {sort!r}.", field="sort",
                              hint="Use one of: " + ", ".join(SORT_KEYS) + ".")
    with db.session() as s:
        q = select(Note.id).join(Deck, Deck.id == Note.deck_id)
        if text.strip():
            pat = _like(text.strip())
            meanings = func.cast(Note.meanings, type_=Note.expression.type)
            found = [Note.expression.like(pat, escape="\\"), Note.reading.like(pat, escape="\\"),
                     meanings.like(pat, escape="\\")]
            if not text.isascii():  # the JSON text keeps Urdu, Nepali... as \uXXXX escapes
                escaped = json.dumps(text.strip())[1:-1]
                found.append(meanings.like(_like(escaped), escape="\\"))
            kana = _romaji_kana(text.strip())
            if kana:
                from jpprep.japanese.kana import to_katakana

                for k in {kana, to_katakana(kana)}:
                    found += [Note.reading.like(_like(k), escape="\\"),
                              Note.expression.like(_like(k), escape="\\")]
            q = q.where(or_(*found))
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
        if sector.strip():
            q = q.where(Note.sector == sector.strip())
        if state:
            q = q.where(_state_filter(state, profile_id))
        total = s.scalar(q.with_only_columns(func.count()).order_by(None))
        column = {"japanese": Note.expression, "reading": Note.reading, "level": Note.level,
                  "deck": Deck.name, "added": Note.created_ms}.get(sort)
        if column is None:
            order = [Note.deck_id, Note.id]
        else:  # empty values last either way, the note id keeps ties stable
            order = [] if sort == "added" else [or_(column.is_(None), column == "").asc()]
            order += [column.desc() if descending else column.asc(),
                      Note.id.desc() if descending else Note.id.asc()]
        # the sort carries only the ids (a narrow row sorts faster), then the page's notes
        ids = list(s.scalars(q.order_by(*order).limit(limit).offset(offset)))
        found = {n.id: (n, name) for n, name in s.execute(
            select(Note, Deck.name).join(Deck, Deck.id == Note.deck_id)
            .where(Note.id.in_(ids)))} if ids else {}
        rows = [note_row(*found[i]) for i in ids if i in found]
        if profile_id is not None and ids:  # what the browser's Suspend / Unsuspend offers
            held = set(s.scalars(select(Card.note_id).distinct()
                                 .join(CardState, CardState.card_id == Card.id)
                                 .where(CardState.profile_id == profile_id,
                                        CardState.queue == -1, Card.note_id.in_(ids))))
            for row in rows:
                row.suspended = row.id in held
        return SearchResult(rows, total or 0)


def not_kana(reading: str) -> ValidationError:
    """A typed reading that is not kana, with the codes of a deck file's (the GUI's words:
    jpprep/ui/problem_words.py): romaji that reads as kana is shown in kana."""
    from jpprep.decks.text import reading_hint, romaji_to_hiragana

    kana = romaji_to_hiragana(reading)
    return ValidationError(f"{reading!r} is not kana;", field="reading", hint=reading_hint(reading),
                           code="reading_romaji" if kana else "reading_not_kana",
                           params={"value": reading, "kana": kana or ""})


def update_note(db: Database, note_id: int, *, now: int, expression: str | None = None,
                reading: str | None = None, meanings: dict | None = None,
                tags: list[str] | None = None, level: str | None = None) -> NoteRow:
    """Edit a note; its cards and everyone's progress stay. A reading typed by hand is no
    longer marked as generated."""
    from jpprep.decks.text import is_kana

    with db.session() as s:
        n = s.get(Note, note_id)
        if n is None:
            raise ValidationError(f"note {note_id} does not exist.", field="note", code="note_gone")
        if expression is not None:
            if not expression.strip():
                raise ValidationError("expression is empty.", field="expression",
                                      hint="Write the Japanese word or sentence.",
                                      code="expression_empty")
            n.expression = expression.strip()
        if reading is not None:
            reading = reading.strip()
            if reading and not is_kana(reading):
                raise not_kana(reading)
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
        return note_row(n, deck.name)
