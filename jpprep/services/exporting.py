"""Export a deck from the database: .apkg (Anki), .jpdeck or a folder (native), .csv."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from sqlalchemy import select

from jpprep.decks.model import DeckData, NoteData
from jpprep.errors import ValidationError
from jpprep.store.db import Database
from jpprep.store.models import Card, Deck, Media, Note


@dataclass
class ExportReport:
    path: str
    notes: int
    cards: int
    media: int

    def to_dict(self) -> dict:
        return {"path": self.path, "notes": self.notes, "cards": self.cards, "media": self.media}


def find_deck(db: Database, ref: str | int) -> int:
    """A deck id from an id, a full name ("JLPT::N5") or a source key ("jlpt-n5")."""
    with db.session() as s:
        if isinstance(ref, int) or str(ref).isdigit():
            row = s.get(Deck, int(ref))
            if row:
                return row.id
        row = s.scalars(select(Deck).where(Deck.name == str(ref))).first() or \
            s.scalars(select(Deck).where(Deck.source_key == str(ref))).first()
        if row is None:
            like = "%" + str(ref).replace("%", "").replace("_", "") + "%"
            close = list(s.scalars(select(Deck.name).where(Deck.name.ilike(like))
                                   .order_by(Deck.name).limit(5)))
            hint = ("Did you mean " + ", ".join(f'"{n}"' for n in close) + "?" if close else
                    "Write its full name as shown in the deck list (jpprep study counts), "
                    "e.g. \"JLPT::N5 vocabulary\".")
            raise ValidationError(f"there is no deck {ref!r}.", field="deck", hint=hint)
        return row.id


def _deck_tree(s, deck_id: int) -> tuple[Deck, dict[int, str]]:
    root = s.get(Deck, deck_id)
    if root is None:
        raise ValidationError(f"there is no deck {deck_id}.", field="deck")
    decks = {root.id: root.name}
    frontier = [root.id]
    while frontier:
        rows = s.execute(select(Deck.id, Deck.name).where(Deck.parent_id.in_(frontier))).all()
        frontier = [r.id for r in rows]
        decks.update({r.id: r.name for r in rows})
    return root, decks


def _empty_deck(root: Deck) -> DeckData:
    meta = root.meta or {}
    return DeckData(id=root.source_key or f"deck-{root.id}", name=root.name,
                    description=root.description or "",
                    languages=list(meta.get("languages") or ["en"]),
                    level=meta.get("level"), sector=meta.get("sector"),
                    card_types=list(meta.get("card_types") or ["recognition"]),
                    licence=meta.get("licence") or "", attribution=meta.get("attribution") or "",
                    version=str(meta.get("version") or "1"))


# Notes of the deck tree in deck order: by their first card's position, then by id.
_ORDER = """WITH tree(id) AS (SELECT value FROM json_each(:decks)),
 ord AS (SELECT n.id AS nid, COALESCE((SELECT MIN(c.position) FROM card c
          WHERE c.note_id = n.id AND c.deck_id IN (SELECT id FROM tree)), 1073741824) AS pos
         FROM note n WHERE n.deck_id IN (SELECT id FROM tree))
"""


def _fast(s) -> bool:
    from jpprep.services import importing

    return importing._fast(s)


def deck_data(db: Database, deck_id: int, *, full_extra: bool = True) -> DeckData:
    """The deck and all its sub-decks as a DeckData (media as paths to the stored files).
    With full_extra=False a note's `extra` holds only its "note" text (what .apkg needs),
    so big Anki field copies are neither decoded nor kept in memory."""
    from jpprep.services.import_sqlite import bulk_gc

    with db.session() as s, bulk_gc():
        root, decks = _deck_tree(s, deck_id)
        data = _empty_deck(root)
        key = data.id
        if _fast(s):
            notes, cards = _rows_sqlite(s, decks, full_extra)
        else:
            notes, cards = _rows_portable(s, decks, full_extra)
        if notes and all(n[1].startswith("anki:") for n in notes):
            data.guid_prefix = "anki"
        loads = _json_loads()
        for (nid, guid, did, kind, expression, reading, generated, meanings, examples, tags,
             level, sector, audio, image, extra) in notes:
            if isinstance(meanings, str):
                meanings = loads(meanings) if meanings != "{}" else {}
                examples = loads(examples) if examples != "[]" else []
                if full_extra:
                    extra = loads(extra) if extra != "{}" else {}
            if not full_extra:
                extra = {"note": extra} if isinstance(extra, str) else {}
            data.notes.append(NoteData(
                id=short_id(guid, key),
                kind=kind, expression=expression, reading=reading,
                reading_generated=bool(generated), meanings=meanings or {},
                examples=examples or [], tags=(tags or "").split(), level=level,
                sector=sector, audio=audio, image=image, extra=extra or {},
                deck=None if did == root.id else decks[did], cards=cards.get(nid) or None))
        data.media = deck_media(s, decks)
    return data


def short_id(guid: str, key: str) -> str:
    """A note's id in a deck written out with the key `key`: its guid without that deck's
    (or Anki's) prefix; a guid from another deck keeps its prefix, joined by "-" (the CSV
    export's SQL says the same in csv_export._cells)."""
    prefix, _, short = guid.partition(":")
    return short if prefix in (key, "anki") else guid.replace(":", "-")


def deck_media(s, decks: dict) -> dict[str, Path]:
    """The deck tree's media files that are in the media folder, by name."""
    from jpprep.services.importing import media_path

    media = {}
    for m in s.scalars(select(Media).where(Media.deck_id.in_(list(decks)))):
        p = media_path(m.sha1, m.name)
        if p.exists():
            media[m.name] = p
    return media


def _json_loads():
    """json.loads for the compact JSON jpprep stores, through json's C scanner (a third of
    the time of json.loads per note); anything it does not take whole goes to json.loads."""
    from json import scanner

    scan = scanner.make_scanner(json.JSONDecoder())
    if scanner.c_make_scanner is None:
        return json.loads

    def loads(text: str):
        try:
            value, end = scan(text, 0)
        except StopIteration:
            end = -1
        return value if end == len(text) else json.loads(text)

    return loads


def _rows_sqlite(s, decks: dict, full_extra: bool):
    from jpprep.services.importing import _raw

    raw = _raw(s)
    tree = json.dumps(list(decks))
    # a note's "note" text: the JSON is parsed only when the word is in it at all
    extra = "n.extra" if full_extra else \
        "CASE WHEN instr(n.extra, 'note') = 0 THEN NULL WHEN json_type(n.extra, '$.note') = " \
        "'text' THEN json_extract(n.extra, '$.note') END"
    cards: dict[int, list] = {}
    for nid, kind, ord_ in raw.execute(
            "SELECT note_id, kind, ord FROM card WHERE deck_id IN (SELECT value FROM json_each(?)) "
            "ORDER BY position, note_id, ord", (tree,)):
        if nid in cards:
            cards[nid].append((kind, ord_))
        else:
            cards[nid] = [(kind, ord_)]
    notes = raw.execute(
        "SELECT n.id, n.guid, n.deck_id, n.kind, n.expression, n.reading, n.reading_generated, "
        f"n.meanings, n.examples, n.tags, n.level, n.sector, n.audio, n.image, {extra} "
        "FROM note n WHERE n.deck_id IN (SELECT value FROM json_each(?))", (tree,)).fetchall()
    # deck order: by the note's first card (cards come by position), then by id
    rank = {nid: i for i, nid in enumerate(cards)}
    last = len(rank)
    notes.sort(key=lambda n: (rank.get(n[0], last), n[0]))
    return notes, cards


def _rows_portable(s, decks: dict, full_extra: bool):
    cards: dict[int, list] = {}
    first: dict[int, int] = {}
    for row in s.execute(select(Card.note_id, Card.kind, Card.ord, Card.position)
                         .where(Card.deck_id.in_(list(decks)))
                         .order_by(Card.position, Card.note_id, Card.ord)):
        cards.setdefault(row.note_id, []).append((row.kind, row.ord))
        first.setdefault(row.note_id, row.position)
    cols = [Note.id, Note.guid, Note.deck_id, Note.kind, Note.expression, Note.reading,
            Note.reading_generated, Note.meanings, Note.examples, Note.tags, Note.level,
            Note.sector, Note.audio, Note.image, Note.extra]
    notes = [tuple(r) for r in s.execute(select(*cols).where(Note.deck_id.in_(list(decks))))]
    if not full_extra:
        notes = [(*r[:14], r[14].get("note") if isinstance(r[14], dict) else None)
                 for r in notes]
    notes.sort(key=lambda n: (first.get(n[0], 1 << 30), n[0]))
    return notes, cards


def export_deck(db: Database, deck_id: int, path: Path | str, *, now: int,
                progress: Callable[[int, int, str], None] | None = None) -> ExportReport:
    """Write the deck to `path`; the format follows the extension (.apkg, .jpdeck, .csv,
    or a folder when there is none)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        from jpprep.services.csv_export import write_csv

        report = write_csv(db, deck_id, path)
        if report is not None:
            return report
    if suffix == ".apkg":
        from jpprep.services.export_apkg import export_apkg_sqlite

        report = export_apkg_sqlite(db, deck_id, path, now=now)
        if report is not None:
            return report
    data = deck_data(db, deck_id, full_extra=suffix != ".apkg")
    cards = sum(len(n.cards or data.card_types) for n in data.notes)
    if suffix == ".apkg":
        from jpprep.decks.anki_export import export_apkg

        counts = export_apkg(data, path, now=now)
        return ExportReport(str(path), counts["notes"], counts["cards"], counts["media"])
    if suffix == ".csv":
        from jpprep.decks.native import notes_csv

        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(notes_csv(data), encoding="utf-8-sig", newline="")
        return ExportReport(str(path), len(data.notes), cards, 0)
    if suffix in ("", ".jpdeck"):
        from jpprep.decks.native import write_deck

        write_deck(data, path)
        return ExportReport(str(path), len(data.notes), cards, len(data.media))
    raise ValidationError(f"jpprep cannot export to {suffix} files.", file=str(path),
                          hint="Use .apkg (Anki), .jpdeck, .csv, or a folder name.")
