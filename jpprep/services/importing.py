"""Import decks into the database: one transaction per deck, upsert by note guid.

A note's guid is "<deck id>:<note id>", so importing a deck again updates its notes in place
and every card (and so every learner's progress) stays. Cards are made per note: one per card
type of the deck (or the note's own list, from Anki), with `position` in file order.
"""

from __future__ import annotations

import gc
import hashlib
import json
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from sqlalchemy import insert, select, text, update

from jpprep import paths
from jpprep.decks.model import DeckData, NoteData
from jpprep.store.db import Database
from jpprep.store.models import Card, CardState, Deck, Media, Note, Review

Progress = Callable[[int, int, str], None] | None
_CHUNK = 500
_NOTE_FIELDS = ("kind", "expression", "reading", "reading_generated", "meanings", "examples",
                "tags", "level", "sector", "audio", "image", "extra")


@dataclass
class ImportReport:
    deck_id: int
    added: int = 0
    updated: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    unchanged: int = 0
    cards_added: int = 0
    media_added: int = 0
    deck_name: str = ""
    states_added: int = 0
    reviews_added: int = 0

    def to_dict(self) -> dict:
        return {"deck_id": self.deck_id, "deck": self.deck_name, "added": self.added,
                "updated": self.updated, "unchanged": self.unchanged,
                "cards_added": self.cards_added, "media_added": self.media_added,
                "states_added": self.states_added, "reviews_added": self.reviews_added,
                "skipped": [{"where": w, "reason": r} for w, r in self.skipped]}


@contextmanager
def bulk_gc():
    """Cyclic garbage collection paused while tens of thousands of notes are built: it would
    walk every one of them again and again (a third of an import's time). Reference counting
    still frees everything; the collector resumes afterwards."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _chunks(items: list, size: int = _CHUNK):
    for i in range(0, len(items), size):
        yield items[i:i + size]


def media_path(sha1: str, name: str) -> Path:
    """Where a media file with this content is kept (content-addressed, never overwritten)."""
    suffix = Path(name).suffix.lower()[:10]
    return paths.media_dir() / sha1[:2] / f"{sha1}{suffix}"


def media_file(db: Database, deck_id: int, name: str) -> Path | None:
    """The stored file for `name` in a deck (or one of its parents), or None."""
    with db.session() as s:
        while deck_id is not None:
            row = s.execute(select(Media.sha1).where(Media.deck_id == deck_id,
                                                     Media.name == name)).first()
            if row:
                p = media_path(row[0], name)
                return p if p.exists() else None
            deck_id = s.execute(select(Deck.parent_id).where(Deck.id == deck_id)).scalar()
    return None


def _ensure_deck(s, name: str, *, source: str, now: int, cache: dict) -> Deck:
    if name in cache:
        return cache[name]
    deck = s.execute(select(Deck).where(Deck.name == name)).scalar_one_or_none()
    if deck is None:
        parent = None
        if "::" in name:
            parent = _ensure_deck(s, name.rsplit("::", 1)[0], source=source, now=now, cache=cache)
        deck = Deck(name=name, parent_id=parent.id if parent else None, source=source,
                    description="", meta={}, created_ms=now, updated_ms=now)
        s.add(deck)
        s.flush()
    cache[name] = deck
    return deck


def _root_deck(s, deck: DeckData, *, source: str, now: int, cache: dict) -> Deck:
    row = s.execute(select(Deck).where(Deck.source == source, Deck.source_key == deck.id)
                    ).scalars().first()
    if row is None:
        name = deck.name
        taken = s.execute(select(Deck).where(Deck.name == name)).scalar_one_or_none()
        n = 2
        while taken is not None and taken.source_key not in (None, deck.id):
            name = f"{deck.name} ({n})"
            n += 1
            taken = s.execute(select(Deck).where(Deck.name == name)).scalar_one_or_none()
        row = _ensure_deck(s, name, source=source, now=now, cache=cache)
    cache[deck.name] = row
    row.source = source
    row.source_key = deck.id
    row.description = deck.description
    row.meta = {**(row.meta or {}), "version": deck.version, "languages": deck.languages,
                "level": deck.level, "sector": deck.sector, "card_types": deck.card_types,
                "licence": deck.licence, "attribution": deck.attribution}
    row.updated_ms = now
    return row


def _note_row(n: NoteData) -> dict:
    return {"kind": n.kind, "expression": n.expression, "reading": n.reading,
            "reading_generated": bool(n.reading_generated), "meanings": dict(n.meanings),
            "examples": list(n.examples), "tags": " ".join(n.tags), "level": n.level,
            "sector": n.sector, "audio": n.audio, "image": n.image, "extra": dict(n.extra)}


# SQLite takes the bulk paths below (raw executemany, one look-up through json_each); other
# databases the portable Core statements. Tests switch it off to cover the portable path.
FAST_SQLITE = True
_NOTE_COLS = ("guid", "deck_id", *_NOTE_FIELDS, "created_ms", "updated_ms")
_CARD_COLS = ("note_id", "deck_id", "kind", "ord", "position")


def _fast(s) -> bool:
    return FAST_SQLITE and s.get_bind().dialect.name == "sqlite"


def _raw(s):
    """The DB-API connection under the session's transaction (SQLite fast path)."""
    return s.connection().connection.dbapi_connection


def _existing_notes(s, guids: list[str], fast: bool) -> dict[str, dict]:
    cols = [Note.id, Note.guid, Note.deck_id, *[getattr(Note, f) for f in _NOTE_FIELDS]]
    out: dict[str, dict] = {}
    if fast:
        if s.execute(text("SELECT 1 FROM note LIMIT 1")).first() is None:
            return out  # an empty database: nothing to compare with
        stmt = select(*cols).where(text("note.guid IN (SELECT value FROM json_each(:g))"))
        for row in s.execute(stmt, {"g": json.dumps(guids)}):
            out[row.guid] = row._asdict()
        return out
    for chunk in _chunks(guids):
        for row in s.execute(select(*cols).where(Note.guid.in_(chunk))):
            out[row.guid] = row._asdict()
    return out


def _note_ids(s, guids: list[str], fast: bool) -> dict[str, int]:
    if fast:
        cur = _raw(s).execute("SELECT guid, id FROM note WHERE guid IN "
                              "(SELECT value FROM json_each(?))", (json.dumps(guids),))
        return dict(cur.fetchall())
    out = {}
    for chunk in _chunks(guids):
        rows = s.execute(select(Note.guid, Note.id).where(Note.guid.in_(chunk)))
        out.update((guid, nid) for guid, nid in rows)
    return out


class _Writer:
    """The bulk INSERTs on a second thread (jpprep.sqlite_rows.BackgroundWriter) on the same
    connection and transaction; without `raw` it runs them at once (the portable path)."""

    def __init__(self, raw=None) -> None:
        from jpprep.sqlite_rows import BackgroundWriter

        self.background = None if raw is None else BackgroundWriter(
            lambda *job: _bulk_insert(*job), name="jpprep-import-writer")

    def insert(self, raw, table: str, cols: tuple, rows: list[tuple]) -> None:
        if self.background is None:
            _bulk_insert(raw, table, cols, rows)
        else:
            self.background.submit(raw, table, cols, rows)

    def close(self) -> None:
        if self.background is not None:
            self.background.close()


def _max_params(raw) -> int:
    """Parameters one statement may hold: 999 in the oldest SQLite, 32766 since 3.32 (fewer
    statements: less binding work under the GIL while the writer thread runs)."""
    try:
        return max(999, min(raw.getlimit(9), 32766))  # 9: SQLITE_LIMIT_VARIABLE_NUMBER
    except (AttributeError, Exception):
        return 999


def _bulk_insert(raw, table: str, cols: tuple, rows: list[tuple]) -> None:
    """INSERT many rows per statement, as many as this SQLite allows: SQLite does per
    statement what it would otherwise do per row."""
    from jpprep.sqlite_rows import insert_rows

    insert_rows(raw, table, rows, cols, _max_params(raw))


def _json_encoder():
    """json.dumps for plain values, compact, called straight on json's C encoder (half the
    time of json.dumps per note). ASCII output: twice as fast to make and reads back the same."""
    from json import encoder

    if encoder.c_make_encoder is None:
        return json.JSONEncoder(separators=(",", ":")).encode

    def default(o):
        raise TypeError(f"{type(o).__name__} is not JSON serializable")

    make = encoder.c_make_encoder(None, default, encoder.encode_basestring_ascii, None, ":", ",",
                                  False, False, True)
    return lambda value: "".join(make(value, 0))


def _insert_notes(s, new_notes, deck_ids: dict, deck_name: str, now: int, fast: bool,
                  size: int = 5000, writer: _Writer | None = None, first_id: int = 0):
    """Insert the new notes in chunks; yields how many are done after each chunk. The fast
    path gives them the ids first_id, first_id + 1, ... (what SQLite would have chosen)."""
    dumps = _json_encoder()
    for i in range(0, len(new_notes), size):
        chunk = new_notes[i:i + size]
        if fast:
            writer.insert(_raw(s), "note", ("id", *_NOTE_COLS), [
                (first_id + i + j, guid, deck_ids[n.deck or deck_name], n.kind, n.expression,
                 n.reading, bool(n.reading_generated),
                 dumps(n.meanings) if n.meanings else "{}",
                 dumps(n.examples) if n.examples else "[]", " ".join(n.tags), n.level,
                 n.sector, n.audio, n.image, dumps(n.extra) if n.extra else "{}", now, now)
                for j, (n, guid) in enumerate(chunk)])
        else:
            s.execute(insert(Note.__table__), [
                {"guid": guid, "deck_id": deck_ids[n.deck or deck_name], **_note_row(n),
                 "created_ms": now, "updated_ms": now} for n, guid in chunk])
        yield i + len(chunk)


def _insert_cards(s, rows: list[tuple], fast: bool, size: int = 20000,
                  writer: _Writer | None = None) -> None:
    for i in range(0, len(rows), size):
        chunk = rows[i:i + size]
        if fast:
            writer.insert(_raw(s), "card", _CARD_COLS, chunk)
        else:
            s.execute(insert(Card.__table__), [dict(zip(_CARD_COLS, r)) for r in chunk])


def _store_media(s, deck_row: Deck, media: dict, report: ImportReport) -> None:
    existing = {m.name: m for m in s.execute(select(Media).where(Media.deck_id == deck_row.id)
                                             ).scalars()}
    for name, value in media.items():
        data = value if isinstance(value, (bytes, bytearray)) else Path(value).read_bytes()
        sha1 = hashlib.sha1(data).hexdigest()
        target = media_path(sha1, name)
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = target.with_name(target.name + ".part")
            tmp.write_bytes(data)
            tmp.replace(target)
        row = existing.get(name)
        if row is None:
            s.add(Media(deck_id=deck_row.id, name=name, sha1=sha1, size=len(data)))
            report.media_added += 1
        elif row.sha1 != sha1:
            row.sha1, row.size = sha1, len(data)


def import_deck(db: Database, deck: DeckData, *, source: str, now: int, progress: Progress = None,
                profile_id: int | None = None, fill_readings: bool = True) -> ImportReport:
    """Add or update every note of `deck` in one transaction. `profile_id` receives the
    scheduling carried by the notes (Anki history), when there is any."""
    with bulk_gc():
        return _import_deck(db, deck, source=source, now=now, progress=progress,
                            profile_id=profile_id, fill_readings=fill_readings)


def _import_deck(db: Database, deck: DeckData, *, source: str, now: int, progress: Progress,
                 profile_id: int | None, fill_readings: bool) -> ImportReport:
    if fill_readings:
        from jpprep.decks.readings import fill_readings as fill

        fill(deck.notes)
    skipped = [(f"{p.where}", p.message + (f" {p.hint}" if p.hint else "")) for p in deck.problems]
    notes: list[NoteData] = []
    seen: set[str] = set()
    for n in deck.notes:
        if n.id in seen:
            skipped.append((f"note {n.id}", "the same note id appears twice; the first was kept."))
            continue
        seen.add(n.id)
        notes.append(n)
    total = len(notes)
    with db.session() as s:
        cache: dict[str, Deck] = {}
        root = _root_deck(s, deck, source=source, now=now, cache=cache)
        report = ImportReport(deck_id=root.id, skipped=skipped, deck_name=root.name)
        deck_ids = {}
        for n in notes:
            name = n.deck or deck.name
            if name not in deck_ids:
                deck_ids[name] = (root if name == deck.name else
                                  _ensure_deck(s, name, source=source, now=now, cache=cache)).id
        prefix = deck.guid_prefix or deck.id
        guids = [f"{prefix}:{n.id}" for n in notes]
        fast = _fast(s)
        existing = _existing_notes(s, guids, fast)
        new_notes, changed = [], []
        for n, guid in zip(notes, guids):
            old = existing.get(guid)
            if old is None:
                new_notes.append((n, guid))
                continue
            values = _note_row(n)
            values["deck_id"] = deck_ids[n.deck or deck.name]
            if any(old[k] != values[k] for k in values):
                changed.append({"id": old["id"], **values, "updated_ms": now})
            else:
                report.unchanged += 1
        note_ids: dict[str, int] = {g: e["id"] for g, e in existing.items()}
        # cards: add what is missing, keep what exists (its progress), refresh deck and position
        old_cards = _old_cards(s, existing)
        if fast:
            # SQLite: the new notes get the ids SQLite would give them (after the highest),
            # so their cards are prepared while a second thread writes the notes
            if changed:
                s.execute(update(Note), changed)
            raw = _raw(s)
            first_id = raw.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM note").fetchone()[0]
            note_ids.update((g, first_id + i) for i, (_, g) in enumerate(new_notes))
            writer = _Writer(raw)
        else:
            first_id, writer = 0, _Writer()
        try:
            for done in _insert_notes(s, new_notes, deck_ids, deck.name, now, fast,
                                      writer=writer, first_id=first_id):
                if progress:
                    progress(done, total, "notes")
            if not fast:
                if new_notes:
                    note_ids.update(_note_ids(s, [g for _, g in new_notes], fast))
                if changed:
                    s.execute(update(Note), changed)
            card_rows, card_updates = _card_changes(deck, notes, guids, old_cards, note_ids,
                                                    deck_ids)
            _insert_cards(s, card_rows, fast, writer=writer)
        finally:
            writer.close()
        report.added, report.updated = len(new_notes), len(changed)
        if card_updates:
            s.execute(update(Card), card_updates)
        report.cards_added = len(card_rows)
        if profile_id is not None:
            _import_scheduling(s, profile_id, notes, guids, note_ids, report)
        _store_media(s, root, deck.media, report)
        if progress:
            progress(total, total, "done")
    return report


def _old_cards(s, existing: dict) -> dict[tuple[int, str, int], tuple[int, int, int]]:
    """The cards of the notes already in the database: (note id, kind, ord) -> (id, deck, pos)."""
    old_cards: dict[tuple[int, str, int], tuple[int, int, int]] = {}
    ids = list({e["id"] for e in existing.values()})
    for i in range(0, len(ids), _CHUNK):
        for row in s.execute(select(Card.id, Card.note_id, Card.kind, Card.ord, Card.deck_id,
                                    Card.position).where(Card.note_id.in_(ids[i:i + _CHUNK]))):
            old_cards[(row.note_id, row.kind, row.ord)] = (row.id, row.deck_id, row.position)
    return old_cards


def _card_changes(deck: DeckData, notes, guids, old_cards, note_ids, deck_ids):
    """Cards to add (rows) and to move (updates): what is missing is added, what exists keeps
    its progress and gets the note's deck and position."""
    card_rows, card_updates = [], []
    default = [(t, 0) for t in deck.card_types]
    for pos, (n, guid) in enumerate(zip(notes, guids)):
        nid, did = note_ids[guid], deck_ids[n.deck or deck.name]
        for kind, ord_ in (n.cards or default):
            old = old_cards.get((nid, kind, ord_)) if old_cards else None
            if old is None:
                card_rows.append((nid, did, kind, ord_, pos))
            elif old[1] != did or old[2] != pos:
                card_updates.append({"id": old[0], "deck_id": did, "position": pos})
    return card_rows, card_updates


def history_uid(profile_id: int, guid: str, kind: str, ord_: int, reviewed_ms: int) -> str:
    """The review_log uid of an imported answer: the same package imported again finds its
    answers already there instead of adding them twice."""
    key = f"{profile_id}|{guid}|{kind}|{ord_}|{reviewed_ms}".encode("utf-8")
    return "anki:" + hashlib.sha1(key).hexdigest()[:35]


def _import_scheduling(s, profile_id: int, notes: list[NoteData], guids: list[str],
                       note_ids: dict[str, int], report: ImportReport) -> None:
    """Card states (for cards this profile has not studied yet) and the review history that
    came with the notes (Anki). Progress made in jpprep is never overwritten."""
    from jpprep.decks.anki import review_rows

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


def sync_shipped_decks(db: Database, decks_dir: Path, *, now: int,
                       progress: Progress = None, offered=None) -> list[ImportReport]:
    """Import every deck folder in decks_dir whose version differs from the one imported last
    (kept in Deck.meta["version"]). Unchanged decks cost one small query each. `offered`
    (deck id -> bool, e.g. jpprep.lab's deck_offered) leaves out decks a lab does not offer."""
    from jpprep.decks.native import read_deck, read_deck_toml

    decks_dir = Path(decks_dir)
    if not decks_dir.is_dir():
        return []
    folders = sorted(p for p in decks_dir.iterdir() if (p / "deck.toml").is_file())
    with db.session() as s:
        known = {row.source_key: (row.meta or {}).get("version")
                 for row in s.execute(select(Deck.source_key, Deck.meta)
                                      .where(Deck.source == "shipped"))}
    reports = []
    for i, folder in enumerate(folders):
        meta = read_deck_toml(folder)
        if offered is not None and not offered(str(meta.get("id", folder.name))):
            continue
        version = str(meta.get("version", "1"))
        if meta.get("id") in known and known[meta.get("id")] == version:
            continue
        deck = read_deck(folder, strict=False)
        if progress:
            progress(i, len(folders), deck.name)
        reports.append(import_deck(db, deck, source="shipped", now=now))
    return reports


def read_file(path: Path | str, *, with_scheduling: bool = False, mapping=None) -> DeckData:
    """Any supported file or folder into a DeckData (problems listed in deck.problems)."""
    with bulk_gc():
        return _read_file(Path(path), with_scheduling=with_scheduling, mapping=mapping)


def _read_file(path: Path, *, with_scheduling: bool, mapping) -> DeckData:
    from jpprep.errors import ImportFileError

    path = Path(path)
    suffix = path.suffix.lower()
    if not path.exists():
        raise ImportFileError("there is no such file or folder.", file=str(path),
                              hint="Check the name and the folder it is in.", code="file_not_found")
    if path.is_dir() or suffix == ".jpdeck":
        from jpprep.decks.native import read_deck

        return read_deck(path, strict=False)
    if suffix in (".apkg", ".colpkg"):
        from jpprep.decks.anki import read_apkg

        return read_apkg(path, with_scheduling=with_scheduling)
    if suffix in (".csv", ".tsv", ".txt", ".xlsx"):
        from jpprep.decks.spreadsheet import read_spreadsheet

        return read_spreadsheet(path, mapping=mapping)
    kind = f"{suffix} files" if suffix else "files without an extension"
    raise ImportFileError(f"jpprep cannot import {kind}.", file=str(path),
                          hint="Import a deck folder, .jpdeck, .apkg, .colpkg, .csv, .tsv or .xlsx.",
                          code="file_kind_unknown", params={"suffix": suffix})


def import_file(db: Database, path: Path | str, *, now: int, valid_only: bool = False,
                with_scheduling: bool = False, profile_id: int | None = None, mapping=None,
                progress: Progress = None) -> ImportReport:
    """Read and import a file in one transaction. If some rows are invalid and valid_only is
    False, nothing is written and DeckProblemsError lists every problem."""
    path = Path(path)
    with bulk_gc():
        return _import_file(db, path, now=now, valid_only=valid_only,
                            with_scheduling=with_scheduling, profile_id=profile_id,
                            mapping=mapping, progress=progress)


def _import_file(db, path: Path, *, now, valid_only, with_scheduling, profile_id, mapping,
                 progress) -> ImportReport:
    from jpprep.decks.model import DeckProblemsError

    deck = read_file(path, with_scheduling=with_scheduling and profile_id is not None,
                     mapping=mapping)
    if deck.problems and not valid_only:
        raise DeckProblemsError(deck.problems, deck)
    suffix = path.suffix.lower()
    source = ("anki" if suffix in (".apkg", ".colpkg") else
              "csv" if suffix in (".csv", ".tsv", ".txt", ".xlsx") else "user")
    return import_deck(db, deck, source=source, now=now, progress=progress,
                       profile_id=profile_id)


def guess_columns(path: Path | str):
    """For a CSV/TSV/XLSX file: the columns, the guessed role -> column mapping and a preview
    of the first rows with furigana (jpprep.decks.spreadsheet.ColumnGuess). Pass a corrected
    mapping to import_file(..., mapping=...)."""
    from jpprep.decks.spreadsheet import guess_columns as guess

    return guess(path)
