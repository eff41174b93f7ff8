"""Import decks into the database: one transaction per deck, upsert by note guid.

A note's guid is "<deck id>:<note id>", so importing a deck again updates its notes in place
and every card (and so every learner's progress) stays. Cards are made per note: one per card
type of the deck (or the note's own list, from Anki), with `position` in file order.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from sqlalchemy import func, insert, select, text, update

from jpprep import paths
from jpprep.decks.model import DeckData, NoteData
from jpprep.errors import ValidationError
from jpprep.services.deck_stamp import next_stamp, stamp_decks
from jpprep.services import import_sqlite
from jpprep.services.import_sqlite import (_CARD_COLS, _NOTE_FIELDS, _Writer, _card_runs,
                                            _json_encoder, _no_nulls, bulk_gc)
from jpprep.store.db import Database
from jpprep.store.models import Card, Deck, Media, Note

Progress = Callable[[int, int, str], None] | None
_CHUNK = 500


@dataclass
class ImportReport:
    deck_id: int
    added: int = 0
    updated: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    # the skipped rows found while importing (not in the deck's problems), as errors with a
    # code for the GUI to say in the interface language; `skipped` keeps the CLI's English
    skipped_problems: dict = field(default_factory=dict)  # index in `skipped` -> error
    unchanged: int = 0
    cards_added: int = 0
    media_added: int = 0
    deck_name: str = ""
    states_added: int = 0
    reviews_added: int = 0
    # a shipped deck's sync (services/retire.py): notes the new version no longer has, taken
    # out of the deck; of them, those kept with everyone's progress (suspended) in
    # `retired_deck`; and those the learner had moved to a deck of their own, left there
    retired: int = 0
    retired_kept: int = 0
    retired_left: int = 0
    retired_deck: str = ""

    def to_dict(self) -> dict:
        return {"deck_id": self.deck_id, "deck": self.deck_name, "added": self.added,
                "updated": self.updated, "unchanged": self.unchanged,
                "cards_added": self.cards_added, "media_added": self.media_added,
                "states_added": self.states_added, "reviews_added": self.reviews_added,
                "retired": self.retired, "retired_kept": self.retired_kept,
                "retired_left": self.retired_left, "retired_deck": self.retired_deck,
                "skipped": [{"where": w, "reason": r} for w, r in self.skipped]}


def _chunks(items: list, size: int = _CHUNK):
    for i in range(0, len(items), size):
        yield items[i:i + size]


def media_path(sha1: str, name: str, folder: Path | None = None) -> Path:
    """Where a media file with this content is kept (content-addressed, never overwritten), in
    `folder` or the data folder's media folder."""
    suffix = Path(name).suffix.lower()[:10]
    return Path(folder if folder is not None else paths.media_dir()) / sha1[:2] / f"{sha1}{suffix}"


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


def _root_deck(s, deck: DeckData, *, source: str, now: int, cache: dict,
               was: dict | None = None) -> Deck:
    """The deck's row, made or updated from `deck`; `was` gets its change stamp from before
    (key "stamp"; services/retire.py)."""
    row = s.execute(select(Deck).where(Deck.source == source, Deck.source_key == deck.id)
                    ).scalars().first()
    if was is not None:
        was["stamp"] = row.updated_ms if row is not None else None
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
    if source == "shipped":  # notes changed after this are the learner's (services/retire.py)
        row.meta["synced_ms"] = now
    row.updated_ms = next_stamp(row.updated_ms, now)
    return row


def _note_row(n: NoteData) -> dict:
    return {"kind": n.kind, "expression": n.expression, "reading": n.reading,
            "reading_generated": bool(n.reading_generated), "meanings": dict(n.meanings),
            "examples": list(n.examples), "tags": " ".join(n.tags), "level": n.level,
            "sector": n.sector, "audio": n.audio, "image": n.image, "extra": dict(n.extra)}


# SQLite takes the bulk paths below (raw executemany, one look-up through json_each); other
# databases the portable Core statements. Tests switch it off to cover the portable path.
FAST_SQLITE = True


def _fast(s) -> bool:
    return FAST_SQLITE and s.get_bind().dialect.name == "sqlite"


def _raw(s):
    """The DB-API connection under the session's transaction (SQLite fast path)."""
    return s.connection().connection.dbapi_connection


def _existing_notes(s, guids, fast: bool) -> dict[str, dict]:
    """The notes already there among guids() (called only when there may be some)."""
    cols = [Note.id, Note.guid, Note.deck_id, *[getattr(Note, f) for f in _NOTE_FIELDS]]
    out: dict[str, dict] = {}
    if s.execute(text("SELECT 1 FROM note LIMIT 1")).first() is None:
        return out  # an empty database: nothing to compare with
    guids = guids()
    if fast:
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


def _store_media(s, deck_row: Deck, media: dict, report: ImportReport) -> None:
    if not media:
        return
    # held until this import commits: a deck deletion does not remove a file kept here before
    # the row that uses it is there for it to see (services/media_lock.py)
    from jpprep.services.media_lock import lock_media

    lock_media(s)
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
                profile_id: int | None = None, fill_readings: bool = True,
                retire: bool = False, last_sync: int | None = None) -> ImportReport:
    """Add or update every note of `deck` in one transaction. `profile_id` receives the
    scheduling carried by the notes (Anki history), when there is any. `retire` (a shipped
    deck's sync): in the same transaction, the deck's notes that `deck` no longer has are
    retired (services/retire.py); `last_sync` is when it was synced before (Deck.meta)."""
    with bulk_gc():
        if fill_readings:
            from jpprep.decks.readings import fill_readings as fill

            fill(deck.notes)
        skipped = [(f"{p.where}", p.message + (f" {p.hint}" if p.hint else ""))
                   for p in deck.problems]
        notes: list[NoteData] = []
        seen: set[str] = set()
        twice = {}
        for n in deck.notes:
            if n.id in seen:
                twice[len(skipped)] = ValidationError(
                    "the same note id appears twice; the first was kept.", field=f"note {n.id}",
                    code="note_id_twice", params={"id": n.id})
                skipped.append((f"note {n.id}", twice[len(skipped)].message))
                continue
            seen.add(n.id)
            notes.append(n)
        report = _write_deck(db, deck, _chunked(notes),
                             total=len(notes), deck_names=(n.deck or deck.name for n in notes),
                             note_ids=lambda: [n.id for n in notes], skipped=skipped,
                             source=source, now=now, progress=progress, profile_id=profile_id,
                             retire=(last_sync,) if retire else None)
        report.skipped_problems = twice
        return report


def _chunk_sizes(total: int):
    """How many notes to make (and, for .apkg, read) before handing them to the writer thread:
    2,000 at a time, but the first 1,000 and the last 1,000 of the deck in 250s, so that the
    writer starts sooner and has less left to write when the last note is made. Endless (a
    stream may hold more notes than it said)."""
    done = 0
    while True:
        size = 250 if done < 1000 or total - done <= 1000 else min(2000, total - done - 1000)
        done += size
        yield size


def _chunked(notes: list):
    sizes, i = _chunk_sizes(len(notes)), 0
    while i < len(notes):
        size = next(sizes)
        yield notes[i:i + size]
        i += size


def _write_deck(db: Database, deck: DeckData, chunks, *, total: int, deck_names, note_ids,
                skipped: list, source: str, now: int, progress: Progress,
                profile_id: int | None, fill_each: bool = False, finish=None,
                retire: tuple[int | None] | None = None) -> ImportReport:
    """Write the notes that `chunks` yields (lists of NoteData, no id twice) in one transaction.
    deck_names: every note's `n.deck or deck.name`, in note order (decks are made before the
    notes come); note_ids(): every note's id (called only when notes may be there already);
    fill_each: make missing readings chunk by chunk; finish(): called after the last note,
    before the media are stored (a stream checks itself and adds its media there);
    retire: (last sync,) to retire the notes the deck no longer has (services/retire.py)."""
    prefix = deck.guid_prefix or deck.id
    with db.session() as s:
        cache: dict[str, Deck] = {}
        was: dict = {}
        root = _root_deck(s, deck, source=source, now=now, cache=cache, was=was)
        report = ImportReport(deck_id=root.id, skipped=skipped, deck_name=root.name)
        if retire is not None:  # what someone changed is read before this sync changes it
            from jpprep.services.retire import changed_notes

            keep = {f"{prefix}:{i}" for i in note_ids()}
            changed_gone = changed_notes(s, prefix=prefix, keep=keep, last_sync=retire[0],
                                         stamp=was["stamp"])
        deck_ids = {deck.name: root.id}
        for name in deck_names:
            if name not in deck_ids:
                deck_ids[name] = _ensure_deck(s, name, source=source, now=now, cache=cache).id
        fast = _fast(s)
        existing = _existing_notes(s, lambda: [f"{prefix}:{i}" for i in note_ids()], fast)
        old_cards = _old_cards(s, existing)
        ids: dict[str, int] = {g: e["id"] for g, e in existing.items()}
        # the decks whose notes follow the data; a note found elsewhere was moved there (the
        # browser's Move) and keeps its deck: note id -> that deck
        ours = _own_decks(s, root, deck_ids, deck.id) if existing else set()
        elsewhere: dict[int, int] = {}
        # the deck's Retired deck (services/retire.py): notes found there come back
        retired_decks = set(s.scalars(select(Deck.id).where(
            Deck.source == "retired", Deck.source_key == deck.id))) if existing else set()
        back: list[int] = []
        # such a deck's last card position (a new card of such a note goes after it), read
        # before a writer thread shares the connection; joined: the decks that got one
        tops = _last_positions(s, {e["deck_id"] for e in existing.values()} - ours)
        joined: set[int] = set()
        if fast:
            # SQLite: the new notes get the ids SQLite would give them (after the highest), so
            # their cards are made while a second thread writes the notes
            raw = _raw(s)
            next_id = raw.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM note").fetchone()[0]
            writer = _Writer(raw)
        else:
            raw, next_id, writer = None, 0, _Writer()
        if fill_each:
            from jpprep.decks.readings import fill_readings as fill
        dumps = _json_encoder()
        default = [(t, 0) for t in deck.card_types]
        changed: list[dict] = []
        card_updates: list[dict] = []
        kept: list[tuple[NoteData, str]] = []  # notes with scheduling, for the profile
        done = 0
        try:
            for chunk in chunks:
                if fill_each:
                    fill(chunk)
                guids = [f"{prefix}:{n.id}" for n in chunk]
                new = [] if existing else list(zip(chunk, guids))
                for n, guid in zip(chunk, guids) if existing else ():
                    old = existing.get(guid)
                    if old is None:
                        new.append((n, guid))
                        continue
                    values = _note_row(n)
                    values["deck_id"] = deck_ids[n.deck or deck.name]
                    if old["deck_id"] not in ours:
                        values["deck_id"] = elsewhere[old["id"]] = old["deck_id"]
                    elif old["deck_id"] in retired_decks:
                        back.append(old["id"])
                    if any(old[k] != values[k] for k in values):
                        changed.append({"id": old["id"], **values, "updated_ms": now})
                    else:
                        report.unchanged += 1
                # all new (SQLite): their cards are made by SQLite from the notes, in runs
                runs = _card_runs(chunk, default) if fast and not existing else None
                if fast:
                    writer.insert(raw, "note", *_no_nulls(new, [
                        (next_id + j, guid, deck_ids[n.deck or deck.name], n.kind, n.expression,
                         n.reading, 1 if n.reading_generated else 0,
                         dumps(n.meanings) if n.meanings else "{}",
                         dumps(n.examples) if n.examples else "[]", " ".join(n.tags), n.level,
                         n.sector, n.audio, n.image, dumps(n.extra) if n.extra else "{}", now,
                         now) for j, (n, guid) in enumerate(new)]))
                    if runs is None or profile_id is not None:
                        ids.update((guid, next_id + j) for j, (_, guid) in enumerate(new))
                    first, next_id = next_id, next_id + len(new)
                elif new:
                    s.execute(insert(Note.__table__), [
                        {"guid": guid, "deck_id": deck_ids[n.deck or deck.name], **_note_row(n),
                         "created_ms": now, "updated_ms": now} for n, guid in new])
                    ids.update(_note_ids(s, [g for _, g in new], fast))
                report.added += len(new)
                if profile_id is not None:
                    kept.extend((n, g) for n, g in zip(chunk, guids) if n.scheduling or n.history)
                if runs is not None:
                    writer.call(import_sqlite._insert_card_runs, raw, runs, first, first - done)
                    report.cards_added += sum((b - a) * len(c) for a, b, c in runs)
                else:
                    # cards: add what is missing, keep what exists (its progress), refresh
                    # deck and position
                    rows = []
                    for pos, (n, guid) in enumerate(zip(chunk, guids), done):
                        nid, did = ids[guid], deck_ids[n.deck or deck.name]
                        mine = elsewhere.get(nid)
                        for kind, ord_ in (n.cards or default):
                            old = old_cards.get((nid, kind, ord_)) if old_cards else None
                            if mine is not None:  # moved: its cards stay as they are
                                if old is None:  # a new card type: after that deck's cards
                                    tops[mine] += 1
                                    joined.add(mine)
                                    rows.append((nid, mine, kind, ord_, tops[mine]))
                            elif old is None:
                                rows.append((nid, did, kind, ord_, pos))
                            elif old[1] != did or old[2] != pos:
                                card_updates.append({"id": old[0], "deck_id": did,
                                                     "position": pos})
                    if fast:
                        writer.insert(raw, "card", _CARD_COLS, rows)
                    elif rows:
                        s.execute(insert(Card.__table__), [dict(zip(_CARD_COLS, r))
                                                           for r in rows])
                    report.cards_added += len(rows)
                done += len(chunk)
                if progress:
                    progress(done, total, "notes")
        finally:
            writer.close()
        if changed:
            s.execute(update(Note), changed)
        if card_updates:
            s.execute(update(Card), card_updates)
        report.updated = len(changed)
        if back:  # their cards' suspension that retiring added is lifted
            from jpprep.services.retire import bring_back

            bring_back(s, back)
            joined.update(retired_decks)
        if joined:  # cards joined decks of the learner's (study caches: services/deck_stamp.py)
            stamp_decks(s, joined, now)
        if finish is not None:
            finish()
        if retire is not None:
            _retire(s, deck, prefix, root, keep, changed_gone, now, report,
                    lambda name: _ensure_deck(s, name, source="retired", now=now, cache=cache))
        if profile_id is not None:
            from jpprep.services.import_history import import_scheduling

            import_scheduling(s, profile_id, [n for n, _ in kept], [g for _, g in kept], ids,
                               report)
        _store_media(s, root, deck.media, report)
        if progress:
            progress(total, total, "done")
    return report


def _retire(s, deck: DeckData, prefix: str, root: Deck, keep: set[str], changed: set[int],
            now: int, report: ImportReport, ensure) -> None:
    from jpprep.services.retire import retire_missing

    out = retire_missing(s, prefix=prefix, key=deck.id, root=root, deck_name=root.name,
                         keep=keep, changed=changed, now=now, ensure=ensure)
    report.retired, report.retired_kept = out.deleted + out.kept, out.kept
    report.retired_left, report.retired_deck = out.left, out.deck_name


def _own_decks(s, root: Deck, deck_ids: dict[str, int], key: str) -> set[int]:
    """The decks an import places its notes in by the data: the deck and its sub-decks (as
    services/retire.py counts them), the decks the data names, and the deck's Retired deck (a
    note that comes back leaves it). A note in any other deck was put there by someone (the
    browser's Move to "My words", or to another shipped deck): an update keeps it there."""
    from jpprep.services.note_actions import _subtree

    ours = _subtree(s, root.id) | set(deck_ids.values())
    ours.update(s.scalars(select(Deck.id).where(Deck.source == "retired",
                                                Deck.source_key == key)))
    return ours


def _last_positions(s, deck_ids: set[int]) -> dict[int, int]:
    """Each deck's highest card position (0 for a deck without cards)."""
    out = dict.fromkeys(deck_ids, 0)
    if deck_ids:
        out.update((d, p or 0) for d, p in s.execute(
            select(Card.deck_id, func.max(Card.position))
            .where(Card.deck_id.in_(sorted(deck_ids))).group_by(Card.deck_id)))
    return out


def _old_cards(s, existing: dict) -> dict[tuple[int, str, int], tuple[int, int, int]]:
    """The cards of the notes already in the database: (note id, kind, ord) -> (id, deck, pos)."""
    old_cards: dict[tuple[int, str, int], tuple[int, int, int]] = {}
    ids = list({e["id"] for e in existing.values()})
    for i in range(0, len(ids), _CHUNK):
        for row in s.execute(select(Card.id, Card.note_id, Card.kind, Card.ord, Card.deck_id,
                                    Card.position).where(Card.note_id.in_(ids[i:i + _CHUNK]))):
            old_cards[(row.note_id, row.kind, row.ord)] = (row.id, row.deck_id, row.position)
    return old_cards


def sync_shipped_decks(db: Database, decks_dir: Path, *, now: int,
                       progress: Progress = None, offered=None) -> list[ImportReport]:
    """Import every deck folder in decks_dir whose version differs from the one imported last
    (kept in Deck.meta["version"]). Unchanged decks cost one small query each. `offered`
    (deck id -> bool, e.g. jpprep.lab's deck_offered) leaves out decks a lab does not offer.
    Each deck is one transaction: its notes added and updated, and the notes it no longer has
    retired (services/retire.py); a failure leaves that deck as it was."""
    from jpprep.decks.native import read_deck, read_deck_toml

    decks_dir = Path(decks_dir)
    if not decks_dir.is_dir():
        return []
    folders = sorted(p for p in decks_dir.iterdir() if (p / "deck.toml").is_file())
    with db.session() as s:
        metas = {row.source_key: row.meta or {} for row in s.execute(
            select(Deck.source_key, Deck.meta).where(Deck.source == "shipped"))}
    known = {key: meta.get("version") for key, meta in metas.items()}
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
        # the notes this version no longer has are retired in the same transaction
        synced = metas.get(deck.id, {}).get("synced_ms")
        reports.append(import_deck(db, deck, source="shipped", now=now, retire=True,
                                   last_sync=int(synced) if synced is not None else None))
    if any(r.retired for r in reports):
        from jpprep.services.note_actions import _forget_study_hints

        _forget_study_hints(db)  # cards left decks: this process's remembered first new cards
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

    if (path.suffix.lower() in (".apkg", ".colpkg") and FAST_SQLITE and path.is_file()
            and db.engine.dialect.name == "sqlite"):
        from jpprep.decks.anki import StreamFallback

        try:
            return _stream_apkg(db, path, now=now, progress=progress, profile_id=profile_id,
                                with_scheduling=with_scheduling and profile_id is not None)
        except StreamFallback:
            pass  # a package with problems: nothing was written; read it whole and list them
    deck = read_file(path, with_scheduling=with_scheduling and profile_id is not None,
                     mapping=mapping)
    if deck.problems and not valid_only:
        raise DeckProblemsError(deck.problems, deck)
    suffix = path.suffix.lower()
    source = ("anki" if suffix in (".apkg", ".colpkg") else
              "csv" if suffix in (".csv", ".tsv", ".txt", ".xlsx") else "user")
    return import_deck(db, deck, source=source, now=now, progress=progress,
                       profile_id=profile_id)


def _stream_apkg(db, path: Path, *, now, progress, profile_id, with_scheduling) -> ImportReport:
    """An Anki package written while it is read (SQLite): the writer thread stores the first
    notes while the next are read, instead of after the whole package. The transaction is the
    same one; a package with any problem raises StreamFallback and rolls back."""
    from jpprep.decks.anki import stream_apkg

    with stream_apkg(path, with_scheduling=with_scheduling) as stream:
        chunks = stream.chunks(_chunk_sizes(stream.total))
        try:
            return _write_deck(db, stream.deck, chunks, total=stream.total,
                               deck_names=stream.decks, note_ids=stream.note_ids, skipped=[],
                               source="anki", now=now, progress=progress,
                               profile_id=profile_id, fill_each=True, finish=stream.finish)
        finally:  # cancelled or failed: let go of the package's cursor before it is closed
            chunks.close()


def guess_columns(path: Path | str):
    """For a CSV/TSV/XLSX file: the columns, the guessed role -> column mapping and a preview
    of the first rows with furigana (jpprep.decks.spreadsheet.ColumnGuess). Pass a corrected
    mapping to import_file(..., mapping=...)."""
    from jpprep.decks.spreadsheet import guess_columns as guess

    return guess(path)
