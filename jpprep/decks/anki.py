"""Read Anki packages (.apkg, .colpkg) of every generation into a DeckData.

Generations (see docs/deck-format.md): legacy 1 (collection.anki2, JSON media map, genanki),
legacy 2 (collection.anki21), latest (meta = version 3, zstd collection.anki21b with schema 18,
zstd protobuf media map, zstd media files). Nothing from the package is executed or loaded from
the network: fields become plain text for jpprep's own fields, and the original fields are kept,
with scripts, styles, event handlers and remote links removed, in Note.extra["anki"].
"""

from __future__ import annotations

import dataclasses
import json
import re
import sqlite3
import tempfile
import unicodedata
from contextlib import contextmanager
from pathlib import Path

from jpprep.decks import protobuf, safezip
from jpprep.decks.anki_history import _revlog, _state
from jpprep.decks.anki_notetypes import _card_key, _meaning_lang, _note_kind, _roles
from jpprep.decks.model import MAX_FIELD_CHARS, DeckData, NoteData, problem
from jpprep.decks.text import (has_kanji, html_to_text, image_refs, is_kana, safe_media_name,
                               sound_refs)
from jpprep.errors import ImportFileError

MAX_COLLECTION_BYTES = 1 << 30
_CLOZE = re.compile(r"\{\{c\d+::(.*?)(?:::[^{}]*)?\}\}", re.S)
_FURI = re.compile(r" ?([^ >]+?)\[(.+?)\]")


def _dezstd(data: bytes, limit: int, file: str) -> bytes:
    import zstandard

    try:
        reader = zstandard.ZstdDecompressor().stream_reader(data)
        out = reader.read(limit + 1)
        rest = reader.read(1) if len(out) <= limit else b""
    except zstandard.ZstdError as exc:
        raise ImportFileError(f"a compressed part of the package is damaged ({exc}).", file=file,
                              hint="Export the deck from Anki again.", code="anki_damaged") from exc
    if len(out) > limit or rest:
        raise ImportFileError("a compressed part of the package unpacks to more than jpprep "
                              "accepts; nothing was imported.", file=file,
                              hint="This looks like a zip bomb; do not open it.")
    return out


def _unicase(a: str, b: str) -> int:
    a, b = a.casefold(), b.casefold()
    return (a > b) - (a < b)


_ACTIVE_BLOCK = re.compile(r"<\s*(script|style|iframe|object|noscript|template)\b.*?"
                           r"(<\s*/\s*\1\s*>|$)", re.I | re.S)
_ACTIVE_TAG = re.compile(r"<\s*/?\s*(script|style|iframe|object|embed|link|meta|base|noscript|"
                         r"template)\b[^>]*>?", re.I)
_ACTIVE_ANY = re.compile(r"<\s*/?\s*(script|style|iframe|object|embed|link|meta|base|noscript|"
                         r"template)\b", re.I)
_IMG_TAG = re.compile(r"<\s*img\b", re.I)
_HANDLER = re.compile(r"\s+on[a-z]+\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s>]+)", re.I)
_REMOTE = re.compile(r"\b(src|href|srcset|background)\s*=\s*(\"|')?\s*(javascript:|https?:|//|data:)"
                     r"[^\"'>\s]*(\"|')?", re.I)


def sanitize_html(value: str) -> str:
    """Field HTML with everything active removed: scripts, styles, iframes, event handlers,
    javascript: and remote (http, https, //) sources. Safe to keep; never rendered as a page."""
    if "=" not in value and ("<" not in value or not _ACTIVE_ANY.search(value)):
        return value  # no attribute and no active element: nothing to remove
    value = _ACTIVE_BLOCK.sub("", value)
    value = _ACTIVE_TAG.sub("", value)
    value = _HANDLER.sub("", value)
    return _REMOTE.sub("", value)


def _furigana_split(value: str) -> tuple[str, str] | None:
    """'食[た]べる' -> ('食べる', 'たべる') for Anki's bracket furigana, else None."""
    if "[" not in value or not _FURI.search(value):
        return None
    def read(m):
        # "で煮[に]" (a forgotten space): the kana before the kanji keep their own sound
        base, kana = m.group(1), m.group(2)
        lead = re.match(r"[\u3040-\u30ff]*", base).group(0)
        return kana if not lead or kana.startswith(lead) or lead == base else lead + kana

    base = _FURI.sub(lambda m: m.group(1), value).replace(" ", "")
    reading = _FURI.sub(read, value).replace(" ", "")
    return (base, reading) if is_kana(reading) else (base, "")


class _Package:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.label = self.path.name
        self.zip = safezip.open_zip(self.path)
        names = set(self.zip.namelist())
        self.version = 0
        if "meta" in names:
            raw = safezip.read_member(self.zip, "meta", file=self.label, limit=1024)
            try:
                self.version = int(protobuf.first(raw, 1, 0) or 0)
            except protobuf.ProtobufError:
                self.version = 0
            if self.version not in (1, 2, 3):
                raise ImportFileError("this package was made by a newer Anki than jpprep knows.",
                                      file=self.label,
                                      hint="In Anki, export with 'Support older Anki versions' ticked.",
                                      code="anki_newer")
        if "collection.anki21b" in names and self.version in (0, 3):
            self.version, self.member = 3, "collection.anki21b"
        elif "collection.anki21" in names:
            self.version, self.member = 2, "collection.anki21"
        elif "collection.anki2" in names:
            self.version, self.member = 1, "collection.anki2"
        else:
            raise ImportFileError("this is not an Anki package (it has no collection).",
                                  file=self.label, hint="Choose an .apkg or .colpkg file from Anki.",
                                  code="anki_not_package")

    def collection_bytes(self) -> bytes:
        raw = safezip.read_member(self.zip, self.member, file=self.label)
        if self.version == 3:
            raw = _dezstd(raw, MAX_COLLECTION_BYTES, self.label)
        if not raw.startswith(b"SQLite format 3\x00"):
            raise ImportFileError("the collection inside the package is not a database.",
                                  file=self.label, hint="Export the deck from Anki again.", code="anki_damaged")
        return raw

    def media_map(self) -> dict[str, str]:
        """zip member -> media name (names not yet checked)."""
        if "media" not in self.zip.namelist():
            return {}
        raw = safezip.read_member(self.zip, "media", file=self.label, limit=64 << 20)
        if self.version == 3:
            raw = _dezstd(raw, 256 << 20, self.label)
            try:
                out = {}
                for i, (num, entry) in enumerate(
                        (n, v) for n, v in protobuf.fields(raw) if n == 1):
                    if isinstance(entry, bytes):
                        name = protobuf.first(entry, 1, b"")
                        out[str(i)] = name.decode("utf-8") if isinstance(name, bytes) else ""
                return out
            except (protobuf.ProtobufError, UnicodeDecodeError) as exc:
                raise ImportFileError("the media list in the package is damaged.",
                                      file=self.label, hint="Export again from Anki.", code="anki_damaged") from exc
        try:
            data = json.loads(raw.decode("utf-8") or "{}")
        except (UnicodeDecodeError, ValueError) as exc:
            raise ImportFileError("the media list in the package is damaged.", file=self.label,
                                  hint="Export again from Anki.", code="anki_damaged") from exc
        if not isinstance(data, dict):
            raise ImportFileError("the media list in the package is damaged.", file=self.label,
                                  hint="Export again from Anki.", code="anki_damaged")
        return {str(k): v for k, v in data.items() if isinstance(v, str)}

    def media_file(self, member: str) -> bytes | None:
        if member not in self.zip.namelist():
            return None
        data = safezip.read_member(self.zip, member, file=self.label)
        if self.version == 3:
            data = _dezstd(data, safezip.MAX_MEMBER_BYTES, self.label)
        return data


def _read_schema(con: sqlite3.Connection, label: str):
    """(notetypes {id: {...}}, decks {id: name}, crt seconds)."""
    tables = {r[0] for r in con.execute("select name from sqlite_master where type='table'")}
    if not {"notes", "cards", "col"} <= tables:
        raise ImportFileError("the package's collection has no notes table.", file=label,
                              hint="Export the deck from Anki again.", code="anki_damaged")
    row = con.execute("select crt, models, decks from col").fetchone() or (0, "", "")
    crt = int(row[0] or 0)
    notetypes: dict[int, dict] = {}
    decks: dict[int, str] = {}
    if "notetypes" in tables and con.execute("select count(*) from notetypes").fetchone()[0]:
        for ntid, name, config in con.execute("select id, name, config from notetypes"):
            kind = protobuf.first(config or b"", 1, 0) if config else 0
            notetypes[ntid] = {"name": name, "kind": int(kind or 0), "fields": [],
                               "templates": []}
        for ntid, ord_, name in con.execute("select ntid, ord, name from fields order by ntid, ord"):
            if ntid in notetypes:
                notetypes[ntid]["fields"].append(name)
        for ntid, ord_, name, config in con.execute(
                "select ntid, ord, name, config from templates order by ntid, ord"):
            if ntid in notetypes:
                q = protobuf.first(config or b"", 1, b"")
                a = protobuf.first(config or b"", 2, b"")
                notetypes[ntid]["templates"].append(
                    (name, q.decode("utf-8", "replace") if isinstance(q, bytes) else "",
                     a.decode("utf-8", "replace") if isinstance(a, bytes) else ""))
        for did, name in con.execute("select id, name from decks"):
            decks[did] = name.replace("\x1f", "::")
    else:
        try:
            models = json.loads(row[1] or "{}")
            deck_json = json.loads(row[2] or "{}")
        except ValueError as exc:
            raise ImportFileError("the note types in the package are damaged.", file=label,
                                  hint="Export the deck from Anki again.", code="anki_damaged") from exc
        if not isinstance(models, dict) or not isinstance(deck_json, dict):
            raise ImportFileError("the note types in the package are damaged.", file=label,
                                  hint="Export the deck from Anki again.", code="anki_damaged")
        for key, m in models.items():
            if not isinstance(m, dict):
                continue
            flds = sorted((f for f in m.get("flds") or [] if isinstance(f, dict)),
                          key=lambda f: f.get("ord", 0) if isinstance(f.get("ord"), int) else 0)
            tmpls = sorted((t for t in m.get("tmpls") or [] if isinstance(t, dict)),
                           key=lambda t: t.get("ord", 0) if isinstance(t.get("ord"), int) else 0)
            notetypes[int(m.get("id", key) if str(m.get("id", key)).lstrip("-").isdigit() else 0)] = {
                "name": str(m.get("name", "")), "kind": int(m.get("type", 0) == 1),
                "fields": [str(f.get("name", "")) for f in flds],
                "templates": [(str(t.get("name", "")), str(t.get("qfmt", "")),
                               str(t.get("afmt", ""))) for t in tmpls]}
        for key, d in deck_json.items():
            if isinstance(d, dict) and str(d.get("id", key)).lstrip("-").isdigit():
                decks[int(d.get("id", key))] = str(d.get("name", "")).replace("\x1f", "::")
    return notetypes, decks, crt


def _in_order(cards: list) -> bool:
    """True when the cards' ords (whole numbers) already go up, none twice."""
    last = -1
    for c in cards:
        if type(c[1]) is not int or c[1] <= last:
            return False
        last = c[1]
    return True


def read_apkg(path: Path | str, *, with_scheduling: bool = False) -> DeckData:
    pkg = _Package(Path(path))
    try:
        return _read(pkg, with_scheduling)
    finally:
        pkg.zip.close()


def _open(pkg: _Package, tmp: str) -> sqlite3.Connection:
    """The package's collection as a read-only database in the folder `tmp`."""
    raw = pkg.collection_bytes()
    dbfile = Path(tmp) / "collection.sqlite"
    dbfile.write_bytes(raw)
    del raw
    try:
        con = sqlite3.connect(f"file:{dbfile}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise ImportFileError(f"the collection cannot be opened ({exc}).", file=pkg.label) from exc
    con.create_collation("unicase", _unicase)
    return con


def _read(pkg: _Package, with_scheduling: bool) -> DeckData:
    label = pkg.label
    with tempfile.TemporaryDirectory(prefix="jpprep-anki-") as tmp:
        con = _open(pkg, tmp)
        try:
            try:  # strict UTF-8 is decoded in C; a collection with broken text is read again
                return _read_collection(pkg, con, with_scheduling)
            except (sqlite3.OperationalError, UnicodeDecodeError) as exc:
                if "decode" not in str(exc) and not isinstance(exc, UnicodeDecodeError):
                    raise
            con.text_factory = lambda b: b.decode("utf-8", "replace")
            return _read_collection(pkg, con, with_scheduling)
        except (sqlite3.Error, UnicodeDecodeError) as exc:
            # a damaged schema's own text can make SQLite's error message undecodable
            why = "its text is not UTF-8" if isinstance(exc, UnicodeDecodeError) else exc
            raise ImportFileError(f"the collection inside the package is damaged ({why}).",
                                  file=label, hint="Export the deck from Anki again.",
                                  code="anki_damaged") from exc
        finally:
            con.close()


class StreamFallback(Exception):
    """A package that cannot be imported note by note exactly as a whole read would import it
    (it has problems, text that is not UTF-8, or a damaged collection): read it whole."""


# The order _Collection.notes() gives NoteData's fields in; a changed model fails here, at import
_NOTE_ORDER = ("id", "kind", "expression", "reading", "reading_generated", "meanings", "examples",
               "tags", "level", "sector", "audio", "image", "extra", "deck", "cards", "scheduling",
               "history")
if tuple(f.name for f in dataclasses.fields(NoteData)) != _NOTE_ORDER:
    raise ImportError("jpprep.decks.model.NoteData changed: update anki._NOTE_ORDER and notes()")


def _note_deck(cards: list, deck_names: dict) -> str | None:
    """The deck a note is placed in: that of its first card (by ord) whose deck is known."""
    for did, _ord, _row in cards:
        name = deck_names.get(did)
        if name is not None:
            return name
    return None


class _Collection:
    """An open collection read note by note: note types, decks and every note's cards are read
    first; notes() then makes the NoteData one at a time."""

    def __init__(self, pkg: _Package, con: sqlite3.Connection, with_scheduling: bool) -> None:
        self.pkg, self.con, self.label = pkg, con, pkg.label
        self.with_scheduling = with_scheduling
        self.notetypes, self.deck_names, self.crt = _read_schema(con, self.label)
        self.problems: list = []
        self.used_decks: list[str] = []
        self.strict = False  # raise StreamFallback at the first problem
        cards_by_note: dict[int, list] = {}
        self.history = _revlog(con) if with_scheduling else {}
        if with_scheduling:
            rows = con.execute("select nid, did, ord, type, queue, due, ivl, factor, reps, "
                               "lapses, data, odid, id from cards")
            for row in rows:
                did = row[11] or row[1]  # a filtered deck's card goes home
                if row[0] in cards_by_note:
                    cards_by_note[row[0]].append((did, row[2], row))
                else:
                    cards_by_note[row[0]] = [(did, row[2], row)]
        else:  # only what places the card: far less to read for a big deck
            for nid, did, ord_ in con.execute("select nid, case when odid then odid else did "
                                              "end, ord from cards"):
                if nid in cards_by_note:
                    cards_by_note[nid].append((did, ord_, None))
                else:
                    cards_by_note[nid] = [(did, ord_, None)]
        for cards in cards_by_note.values():  # by ord; most notes' cards come in that order
            if len(cards) > 1:
                if len(cards) == 2 and type(cards[0][1]) is int is type(cards[1][1]) and \
                        cards[0][1] < cards[1][1]:
                    continue  # the common case, sorted already
                if not _in_order(cards):
                    cards.sort(key=lambda c: c[1] if isinstance(c[1], int) else 0)
                    # a damaged collection can give a note two cards of one template, which
                    # Anki never makes; jpprep holds one card per template: the first is kept
                    cards[:] = [c for i, c in enumerate(cards)
                                if i == 0 or c[1] != cards[i - 1][1]]
        self.cards_by_note = cards_by_note

    def _problem(self, p) -> None:
        self.problems.append(p)
        if self.strict:
            raise StreamFallback(p.message)

    def notes(self, root: str | None = None):
        """Every note that can be imported, in note id order; the others become problems.
        With `root`, a note placed in that deck gets deck None (the deck itself)."""
        label, notetypes, deck_names = self.label, self.notetypes, self.deck_names
        with_scheduling, history, crt = self.with_scheduling, self.history, self.crt
        cards_by_note, used_decks = self.cards_by_note, self.used_decks
        guids: set[str] = set()
        # per note type, worked out when its first note comes: (note type, field names, roles,
        # note kind, template names, card key per ord); None when it is missing or has no fields
        per_type: dict = {}
        no_cards: list = []
        for nid, guid, mid, tags, flds in self.con.execute(
                "select id, guid, mid, tags, flds from notes order by id"):
            typed = per_type.get(mid, per_type)
            if typed is per_type:
                nt = notetypes.get(mid)
                role = _roles(nt) if nt is not None and nt["fields"] else None
                typed = per_type[mid] = None if role is None else (
                    nt, nt["fields"], role, _note_kind(nt), [t[0] for t in nt["templates"]],
                    {}, role["expression"], role["reading"], role["meaning"])
            if typed is None:
                self._problem(problem(
                    "its note type is missing or has no fields; it was left out.", file=label,
                    field=f"note {guid or nid}",
                    hint="Repair the note type in Anki (Tools > Check Database).",
                    code="anki_note_type_missing"))
                continue
            if not isinstance(guid, str) or not guid:
                guid = f"nid{nid}"
            if guid in guids:
                self._problem(problem(
                    f"the GUID {guid!r} appears twice; the second note was left out.",
                    file=label, field=f"note {guid}",
                    hint="Run Tools > Check Database in Anki and export again.",
                    code="anki_guid_twice", params={"guid": guid}))
                continue
            flds = flds if isinstance(flds, str) else ""
            if len(flds) > MAX_FIELD_CHARS * 4:
                self._problem(problem(
                    f"its fields hold {len(flds):,} characters, more than jpprep accepts; it was "
                    "left out.", file=label, field=f"note {guid}",
                    hint="Shorten the note in Anki.", code="anki_note_too_long",
                    params={"chars": len(flds)}))
                continue
            guids.add(guid)
            nt, names, role, kind, templates, card_keys, i_expr, i_read, i_mean = typed
            values = flds.split("\x1f")
            if len(values) != len(names):
                values = (values + [""] * len(names))[:len(names)]
            expression = html_to_text(values[i_expr]) if i_expr is not None else ""
            if "{{c" in expression:
                expression = _CLOZE.sub(r"\1", expression)
            reading = html_to_text(values[i_read]) if i_read is not None else ""
            furi = _furigana_split(expression) if "[" in expression else None
            if furi:
                expression, from_brackets = furi
                if not reading:
                    reading = from_brackets
            furi_r = _furigana_split(reading) if "[" in reading else None
            if furi_r:
                reading = furi_r[1]
            if reading and not is_kana(reading):
                reading = ""
            if reading == expression and reading and has_kanji(expression):
                reading = ""
            meaning = html_to_text(values[i_mean]) if i_mean is not None else ""
            audio = image = None
            # a tag other than <br> (the only one most notes have): only then can there be an
            # image or anything active
            tagged = "<" in flds and flds.count("<") != flds.count("<br>")
            if "[sound:" in flds:
                for v in values:
                    for ref in sound_refs(v):
                        audio = audio or safe_media_name(ref)
            if tagged and _IMG_TAG.search(flds):
                for v in values:
                    for ref in image_refs(v):
                        if not re.match(r"(https?:|//|data:|javascript:)", ref, re.I):
                            image = image or safe_media_name(ref)
            tag_list = tags.split() if isinstance(tags, str) else []
            cards = cards_by_note.get(nid, no_cards)
            card_list = []
            for _did, ord_, _row in cards:
                key = card_keys.get(ord_)
                if key is None:
                    if type(ord_) is not int or ord_ < 0:
                        raise ImportFileError(
                            "the collection inside the package is damaged (a card has no "
                            "template number).", file=self.label,
                            hint="Export the deck from Anki again.", code="anki_damaged")
                    key = card_keys[ord_] = _card_key(nt, role, ord_)
                card_list.append(key)
            # the note's deck: its first card's (by ord) that names a deck jpprep knows
            note_deck = (deck_names.get(cards[0][0]) or _note_deck(cards, deck_names)
                         if cards else None)
            sched = hist = None
            if with_scheduling:
                sched, hist = {}, {}
                for key, (_did, _ord, row) in zip(card_list, cards):
                    if row[3] in (1, 2, 3):
                        sched[key] = _state(row, crt)
                    if row[12] in history:
                        hist[key] = history[row[12]]
            if note_deck:
                used_decks.append(note_deck)
            if "=" not in flds and (not tagged or not _ACTIVE_ANY.search(flds)):
                fields = dict(zip(names, values))  # nothing active anywhere in the note
            else:
                fields = {n: sanitize_html(v) for n, v in zip(names, values)}
            yield NoteData(  # by position (half the time of keywords): see _NOTE_ORDER
                guid, kind, expression[:MAX_FIELD_CHARS], reading[:MAX_FIELD_CHARS], False,
                {"en" if meaning.isascii() else _meaning_lang(meaning): meaning[:MAX_FIELD_CHARS]}
                if meaning else {}, [], tag_list, None, None, audio, image,
                {"anki": {"notetype": nt["name"], "fields": fields, "templates": templates}},
                None if note_deck == root else note_deck, card_list or None, sched or None,
                hist or None)

    def media(self) -> dict[str, bytes]:
        """The package's media under their names; unsafe names become problems, never files."""
        pkg, label = self.pkg, self.label
        media: dict[str, bytes] = {}
        for member, name in pkg.media_map().items():
            safe = safe_media_name(unicodedata.normalize("NFC", name)) if name else None
            if safe is None or safe != unicodedata.normalize("NFC", name):
                self._problem(problem(f"the media file name {name!r} is not safe; it was left "
                                      "out.", file=label, field="media",
                                      hint="Rename the file in Anki's media folder.",
                                      code="anki_media_name_unsafe", params={"name": name}))
                continue
            data = pkg.media_file(member)
            if data is not None:
                media[safe] = data
        return media


def _deck(root: str, notes: list, media: dict, problems: list) -> DeckData:
    stem = re.sub(r"[^a-z0-9._-]+", "-", root.lower()).strip("-.")[:60] or "deck"
    deck = DeckData(id=f"anki-{stem}", name=root, description="", languages=["en"],
                    card_types=["recognition"], version="anki", notes=notes, media=media,
                    problems=problems)
    deck.guid_prefix = "anki"
    return deck


def _read_collection(pkg: _Package, con: sqlite3.Connection, with_scheduling: bool) -> DeckData:
    col = _Collection(pkg, con, with_scheduling)
    notes = list(col.notes())
    if not notes and not col.problems:
        raise ImportFileError("the package holds no notes.", file=pkg.label,
                              hint="Export the deck with its notes from Anki.", code="anki_no_notes")
    media = col.media()
    root = _root_name(col.used_decks) or Path(pkg.label).stem
    for n in notes:
        if n.deck == root:
            n.deck = None
    return _deck(root, notes, media, col.problems)


class AnkiStream:
    """A package read note by note, so that the importer can write the first notes while the
    next are read. `deck` is the DeckData without notes or media; chunks() yields the notes,
    finish() gives the deck its media. A package with any problem raises StreamFallback (from
    any of them): read it whole with read_apkg instead, which lists the problems."""

    def __init__(self, col: _Collection) -> None:
        self.col, self.count = col, 0
        col.strict = True
        # the decks the notes will name, in note order (each note's first card says), and so
        # the deck's root, before any note is read; finish() checks them against the notes
        cards_by_note, deck_names = col.cards_by_note, col.deck_names
        order: dict[str, None] = {}
        for nid in sorted(cards_by_note):
            cards = cards_by_note[nid]
            name = deck_names.get(cards[0][0])  # most notes: their first card's deck
            if name is None:
                name = _note_deck(cards, deck_names)
            if name and name not in order:
                order[name] = None
        self.decks = list(order)
        self.deck = _deck(_root_name(self.decks) or Path(col.label).stem, [], {}, [])
        self.total = col.con.execute("select count(*) from notes").fetchone()[0]

    def note_ids(self) -> list[str]:
        """Every note's id as the notes will carry it (to look up the notes already there)."""
        try:
            return [guid if isinstance(guid, str) and guid else f"nid{nid}" for nid, guid in
                    self.col.con.execute("select id, guid from notes order by id")]
        except Exception as exc:  # a guid that is not UTF-8, a damaged table: read it whole
            raise StreamFallback(str(exc)) from exc

    def chunks(self, sizes):
        """Lists of notes, as many in each as `sizes` (an iterator) says in turn."""
        try:
            batch, size = [], next(sizes)
            for note in self.col.notes(self.deck.name):
                batch.append(note)
                if len(batch) >= size:
                    self.count += len(batch)
                    yield batch
                    batch, size = [], next(sizes)
            if batch:
                self.count += len(batch)
                yield batch
        except StreamFallback:
            raise
        except Exception as exc:  # text that is not UTF-8, a damaged table: read it whole
            raise StreamFallback(str(exc)) from exc

    def finish(self) -> DeckData:
        try:
            media = self.col.media()
        except StreamFallback:
            raise
        except Exception as exc:
            raise StreamFallback(str(exc)) from exc
        if not self.count or list(dict.fromkeys(self.col.used_decks)) != self.decks:
            raise StreamFallback("no notes, or the notes name other decks than their cards")
        self.deck.media = media
        return self.deck


@contextmanager
def stream_apkg(path: Path | str, *, with_scheduling: bool = False):
    """An AnkiStream over the package (see there); a package that is not one raises
    ImportFileError as read_apkg does, one that cannot be streamed StreamFallback."""
    pkg = _Package(Path(path))
    try:
        with tempfile.TemporaryDirectory(prefix="jpprep-anki-") as tmp:
            con = _open(pkg, tmp)
            try:
                try:
                    stream = AnkiStream(_Collection(pkg, con, with_scheduling))
                except Exception as exc:
                    raise StreamFallback(str(exc)) from exc
                yield stream
            finally:
                con.close()
    finally:
        pkg.zip.close()


def _root_name(names: list[str]) -> str | None:
    if not names:
        return None
    parts = [n.split("::") for n in dict.fromkeys(names)]
    common = []
    for bits in zip(*parts):
        if len(set(bits)) != 1:
            break
        common.append(bits[0])
    if common:
        return "::".join(common)
    return parts[0][0]
