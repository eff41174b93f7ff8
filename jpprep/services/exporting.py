"""Export a deck from the database: .apkg (Anki), .jpdeck or a folder (native), .csv."""

from __future__ import annotations

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
            raise ValidationError(f"there is no deck {ref!r}.", field="deck",
                                  hint="Write its full name as shown in the deck list, "
                                       "e.g. \"JLPT::N5\".")
        return row.id


def deck_data(db: Database, deck_id: int) -> DeckData:
    """The deck and all its sub-decks as a DeckData (media as paths to the stored files)."""
    from jpprep.services.importing import media_path

    with db.session() as s:
        root = s.get(Deck, deck_id)
        if root is None:
            raise ValidationError(f"there is no deck {deck_id}.", field="deck")
        decks = {root.id: root.name}
        frontier = [root.id]
        while frontier:
            rows = s.execute(select(Deck.id, Deck.name).where(Deck.parent_id.in_(frontier))).all()
            frontier = [r.id for r in rows]
            decks.update({r.id: r.name for r in rows})
        meta = root.meta or {}
        key = root.source_key or f"deck-{root.id}"
        data = DeckData(id=key, name=root.name, description=root.description or "",
                        languages=list(meta.get("languages") or ["en"]),
                        level=meta.get("level"), sector=meta.get("sector"),
                        card_types=list(meta.get("card_types") or ["recognition"]),
                        licence=meta.get("licence") or "", attribution=meta.get("attribution") or "",
                        version=str(meta.get("version") or "1"))
        cards: dict[int, list] = {}
        for row in s.execute(select(Card.note_id, Card.kind, Card.ord, Card.position)
                             .where(Card.deck_id.in_(list(decks)))
                             .order_by(Card.position, Card.note_id, Card.ord)):
            cards.setdefault(row.note_id, []).append((row.kind, row.ord, row.position))
        cols = [Note.id, Note.guid, Note.deck_id, Note.kind, Note.expression, Note.reading,
                Note.reading_generated, Note.meanings, Note.examples, Note.tags, Note.level,
                Note.sector, Note.audio, Note.image, Note.extra]
        notes = s.execute(select(*cols).where(Note.deck_id.in_(list(decks)))).all()
        far = 1 << 30
        notes.sort(key=lambda n: (cards[n.id][0][2] if n.id in cards else far, n.id))
        anki = bool(notes) and all(n.guid.startswith("anki:") for n in notes)
        if anki:
            data.guid_prefix = "anki"
        for n in notes:
            prefix, _, nid = n.guid.partition(":")
            data.notes.append(NoteData(
                id=nid if prefix in (key, "anki") else n.guid.replace(":", "-"),
                kind=n.kind, expression=n.expression, reading=n.reading,
                reading_generated=n.reading_generated, meanings=n.meanings or {},
                examples=n.examples or [], tags=(n.tags or "").split(), level=n.level,
                sector=n.sector, audio=n.audio, image=n.image, extra=n.extra or {},
                deck=None if n.deck_id == root.id else decks[n.deck_id],
                cards=[(k, o) for k, o, _ in cards.get(n.id, [])] or None))
        for m in s.scalars(select(Media).where(Media.deck_id.in_(list(decks)))):
            p = media_path(m.sha1, m.name)
            if p.exists():
                data.media[m.name] = p
    return data


def export_deck(db: Database, deck_id: int, path: Path | str, *, now: int,
                progress: Callable[[int, int, str], None] | None = None) -> ExportReport:
    """Write the deck to `path`; the format follows the extension (.apkg, .jpdeck, .csv,
    or a folder when there is none)."""
    path = Path(path)
    data = deck_data(db, deck_id)
    suffix = path.suffix.lower()
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
