"""Read Anki packages (.apkg, .colpkg) of every generation into a DeckData.

Generations (see docs/deck-format.md): legacy 1 (collection.anki2, JSON media map, genanki),
legacy 2 (collection.anki21), latest (meta = version 3, zstd collection.anki21b with schema 18,
zstd protobuf media map, zstd media files). Nothing from the package is executed or loaded from
the network: fields become plain text for jpprep's own fields, and the original fields are kept,
with scripts, styles, event handlers and remote links removed, in Note.extra["anki"].
"""

from __future__ import annotations

import json
import re
import sqlite3
import tempfile
import unicodedata
from pathlib import Path

from jpprep.decks import protobuf, safezip
from jpprep.decks.model import MAX_FIELD_CHARS, DeckData, NoteData, problem
from jpprep.decks.text import (has_kanji, html_to_text, image_refs, is_kana, safe_media_name,
                               sound_refs)
from jpprep.errors import ImportFileError

MAX_COLLECTION_BYTES = 1 << 30
_CLOZE = re.compile(r"\{\{c\d+::(.*?)(?:::[^{}]*)?\}\}", re.S)
_FURI = re.compile(r" ?([^ >]+?)\[(.+?)\]")

_EXPR = re.compile(r"^(expression|word|vocab|vocabulary|kanji|japanese|front|term|sentence|"
                   r"question|単語|漢字|表現|日本語|言葉|語彙|文|例文|文法|grammar|pattern)", re.I)
_READ = re.compile(r"(reading|kana|yomi|hiragana|furigana|読み|よみ|ふりがな|чтение)", re.I)
_MEAN = re.compile(r"(meaning|english|definition|translation|back|gloss|answer|意味|英語|"
                   r"значение|перевод|key)", re.I)
_AUDIO = re.compile(r"(audio|sound|音声)", re.I)


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


def _refs(template: str) -> dict[str, set[str]]:
    """Fields shown by a question template -> their filters (type-in answers are not shown)."""
    out: dict[str, set[str]] = {}
    for m in re.finditer(r"\{\{([^{}]+)\}\}", template):
        inner = m.group(1).strip()
        if inner[:1] in "#^/":
            continue
        *filters, name = [x.strip() for x in inner.split(":")]
        if any(f.startswith("type") for f in filters):
            continue
        out.setdefault(name, set()).update(filters)
    return out


def _roles(nt: dict) -> dict:
    names = nt["fields"]
    role = {"expression": None, "reading": None, "meaning": None, "audio": None}
    for i, n in enumerate(names):
        for key, rx in (("reading", _READ), ("audio", _AUDIO), ("meaning", _MEAN),
                        ("expression", _EXPR)):
            if role[key] is None and rx.search(n):
                role[key] = i
                break
    if role["expression"] is None:
        role["expression"] = next((i for i in range(len(names)) if i not in role.values()), None)
    if role["meaning"] is None:
        role["meaning"] = next((i for i in range(len(names))
                                if i not in role.values()), None)
    return role


def _card_kind(nt: dict, role: dict, ord_: int) -> str:
    if nt["kind"] == 1:
        return "cloze"
    names = nt["fields"]
    if ord_ >= len(nt["templates"]):
        return "recognition"
    q = nt["templates"][ord_][1]
    refs = _refs(q)
    def has(key):
        i = role[key]
        return i is not None and names[i] in refs
    if has("reading") and refs[names[role["reading"]]] & {"kanji", "furigana"}:
        return "recognition"
    if has("expression"):
        return "recognition"
    if has("meaning"):
        return "production"
    if has("reading"):
        return "reading"
    if has("audio") or "tts " in q:
        return "listening"
    return "recognition"


def _card_key(nt: dict, role: dict, ord_: int) -> tuple[str, int]:
    """(card kind, ord) of a template. A package jpprep wrote names its templates after the
    kind and ord ("Recognition 2"), so a round trip keeps every card's identity."""
    if nt["name"] == "jpprep" and nt["kind"] == 0 and ord_ < len(nt["templates"]):
        from jpprep.decks.anki_export import parse_template_name

        parsed = parse_template_name(nt["templates"][ord_][0])
        if parsed:
            return parsed
    return _card_kind(nt, role, ord_), ord_


def _note_kind(nt: dict) -> str:
    if any(re.search(r"(onyomi|kunyomi|on'yomi|音読み|訓読み)", n, re.I) for n in nt["fields"]):
        return "kanji"
    if re.search(r"(grammar|文法|грамматик)", nt["name"], re.I):
        return "grammar"
    return "vocab"


_CYRILLIC = re.compile("[\u0400-\u04ff]")


def _meaning_lang(text: str) -> str:
    if not _CYRILLIC.search(text):
        return "en"
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return "en"
    cyr = sum(1 for c in letters if "\u0400" <= c <= "\u04ff")
    return "ru" if cyr * 2 > len(letters) else "en"


def _in_order(cards: list) -> bool:
    """True when the cards' ords (whole numbers) already go up."""
    last = -1
    for c in cards:
        if type(c[1]) is not int or c[1] < last:
            return False
        last = c[1]
    return True


def read_apkg(path: Path | str, *, with_scheduling: bool = False) -> DeckData:
    pkg = _Package(Path(path))
    try:
        return _read(pkg, with_scheduling)
    finally:
        pkg.zip.close()


def _read(pkg: _Package, with_scheduling: bool) -> DeckData:
    label = pkg.label
    raw = pkg.collection_bytes()
    with tempfile.TemporaryDirectory(prefix="jpprep-anki-") as tmp:
        dbfile = Path(tmp) / "collection.sqlite"
        dbfile.write_bytes(raw)
        del raw
        try:
            con = sqlite3.connect(f"file:{dbfile}?mode=ro", uri=True)
        except sqlite3.Error as exc:
            raise ImportFileError(f"the collection cannot be opened ({exc}).", file=label) from exc
        try:
            con.create_collation("unicase", _unicase)
            try:  # strict UTF-8 is decoded in C; a collection with broken text is read again
                return _read_collection(pkg, con, with_scheduling)
            except (sqlite3.OperationalError, UnicodeDecodeError) as exc:
                if "decode" not in str(exc) and not isinstance(exc, UnicodeDecodeError):
                    raise
            con.text_factory = lambda b: b.decode("utf-8", "replace")
            return _read_collection(pkg, con, with_scheduling)
        except sqlite3.Error as exc:
            raise ImportFileError(f"the collection inside the package is damaged ({exc}).",
                                  file=label, hint="Export the deck from Anki again.", code="anki_damaged") from exc
        finally:
            con.close()


def _read_collection(pkg: _Package, con: sqlite3.Connection, with_scheduling: bool) -> DeckData:
    label = pkg.label
    notetypes, deck_names, crt = _read_schema(con, label)
    problems = []
    cards_by_note: dict[int, list] = {}
    history = _revlog(con) if with_scheduling else {}
    if with_scheduling:
        rows = con.execute("select nid, did, ord, type, queue, due, ivl, factor, reps, lapses, "
                           "data, odid, id from cards")
        for row in rows:
            did = row[11] or row[1]  # a filtered deck's card goes home
            if row[0] in cards_by_note:
                cards_by_note[row[0]].append((did, row[2], row))
            else:
                cards_by_note[row[0]] = [(did, row[2], row)]
    else:  # only what places the card: far less to read for a big deck
        for nid, did, ord_ in con.execute("select nid, case when odid then odid else did end, "
                                          "ord from cards"):
            if nid in cards_by_note:
                cards_by_note[nid].append((did, ord_, None))
            else:
                cards_by_note[nid] = [(did, ord_, None)]
    for cards in cards_by_note.values():  # by ord; most notes' cards come in that order
        if len(cards) > 1 and not _in_order(cards):
            cards.sort(key=lambda c: c[1] if isinstance(c[1], int) else 0)
    notes: list[NoteData] = []
    guids: set[str] = set()
    used_decks: list[str] = []
    # per note type, worked out when its first note comes: (note type, field names, roles,
    # note kind, template names, card key per ord); None when it is missing or has no fields
    per_type: dict = {}
    no_cards: list = []
    for nid, guid, mid, tags, flds in con.execute(
            "select id, guid, mid, tags, flds from notes order by id"):
        typed = per_type.get(mid, per_type)
        if typed is per_type:
            nt = notetypes.get(mid)
            typed = per_type[mid] = None if nt is None or not nt["fields"] else (
                nt, nt["fields"], _roles(nt), _note_kind(nt), [t[0] for t in nt["templates"]], {})
        if typed is None:
            problems.append(problem("its note type is missing or has no fields; it was left out.",
                                    file=label, field=f"note {guid or nid}",
                                    hint="Repair the note type in Anki (Tools > Check Database).",
                                    code="anki_note_type_missing"))
            continue
        if not isinstance(guid, str) or not guid:
            guid = f"nid{nid}"
        if guid in guids:
            problems.append(problem(f"the GUID {guid!r} appears twice; the second note was left out.",
                                    file=label, field=f"note {guid}",
                                    hint="Run Tools > Check Database in Anki and export again.",
                                    code="anki_guid_twice", params={"guid": guid}))
            continue
        flds = flds if isinstance(flds, str) else ""
        if len(flds) > MAX_FIELD_CHARS * 4:
            problems.append(problem(f"its fields hold {len(flds):,} characters, more than jpprep "
                                    "accepts; it was left out.", file=label, field=f"note {guid}",
                                    hint="Shorten the note in Anki.", code="anki_note_too_long",
                                    params={"chars": len(flds)}))
            continue
        guids.add(guid)
        nt, names, role, kind, templates, card_keys = typed
        values = flds.split("\x1f")
        if len(values) != len(names):
            values = (values + [""] * len(names))[:len(names)]
        i = role["expression"]
        expression = html_to_text(values[i]) if i is not None else ""
        if "{{c" in expression:
            expression = _CLOZE.sub(r"\1", expression)
        i = role["reading"]
        reading = html_to_text(values[i]) if i is not None else ""
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
        i = role["meaning"]
        meaning = html_to_text(values[i]) if i is not None else ""
        audio = image = None
        # a tag other than <br> (the only one most notes have): only then can there be an
        # image or anything active
        tagged = "<" in flds and "<" in flds.replace("<br>", "")
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
        card_list = []
        sched = {}
        hist = {}
        note_deck = None
        for did, ord_, row in cards_by_note.get(nid, no_cards):
            key = card_keys.get(ord_)
            if key is None:
                key = card_keys[ord_] = _card_key(nt, role, ord_)
            card_list.append(key)
            if note_deck is None:
                note_deck = deck_names.get(did)
            if with_scheduling:
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
        notes.append(NoteData(
            id=guid, kind=kind, expression=expression[:MAX_FIELD_CHARS],
            reading=reading[:MAX_FIELD_CHARS],
            meanings=({"en" if meaning.isascii() else _meaning_lang(meaning):
                       meaning[:MAX_FIELD_CHARS]} if meaning else {}),
            tags=tag_list, audio=audio, image=image,
            extra={"anki": {"notetype": nt["name"], "fields": fields, "templates": templates}},
            deck=note_deck, cards=card_list or None, scheduling=sched or None,
            history=hist or None))
    if not notes and not problems:
        raise ImportFileError("the package holds no notes.", file=label,
                              hint="Export the deck with its notes from Anki.", code="anki_no_notes")
    # media: only safe names; unsafe ones are reported, never written
    media: dict[str, bytes] = {}
    for member, name in pkg.media_map().items():
        safe = safe_media_name(unicodedata.normalize("NFC", name)) if name else None
        if safe is None or safe != unicodedata.normalize("NFC", name):
            problems.append(problem(f"the media file name {name!r} is not safe; it was left out.",
                                    file=label, field="media",
                                    hint="Rename the file in Anki's media folder.",
                                    code="anki_media_name_unsafe", params={"name": name}))
            continue
        data = pkg.media_file(member)
        if data is not None:
            media[safe] = data
    root = _root_name(used_decks) or Path(label).stem
    stem = re.sub(r"[^a-z0-9._-]+", "-", root.lower()).strip("-.")[:60] or "deck"
    deck = DeckData(id=f"anki-{stem}", name=root, description="", languages=["en"],
                    card_types=["recognition"], version="anki", notes=notes, media=media,
                    problems=problems)
    deck.guid_prefix = "anki"
    for n in notes:
        if n.deck == root:
            n.deck = None
    return deck


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


def _revlog(con: sqlite3.Connection) -> dict[int, list[tuple]]:
    """Anki's review log per card id: [(id ms, ease, ivl, lastIvl, factor, time ms, type)],
    oldest first. Rows that are not whole numbers are left out."""
    tables = {r[0] for r in con.execute("select name from sqlite_master where type='table'")}
    if "revlog" not in tables:
        return {}
    out: dict[int, list[tuple]] = {}
    for row in con.execute("select id, cid, ease, ivl, lastIvl, factor, time, type "
                           "from revlog order by id"):
        if not all(isinstance(v, int) for v in row) or row[0] <= 0:
            continue
        out.setdefault(row[1], []).append((row[0], *row[2:]))
    return out


def _state(row, crt: int) -> dict:
    _, _, _, ctype, queue, due, ivl, factor, reps, lapses, data = row[:11]
    stability = difficulty = None
    extra = {}
    try:
        extra = json.loads(data) if isinstance(data, str) and data else {}
        if isinstance(extra, dict):
            stability, difficulty = extra.get("s"), extra.get("d")
    except ValueError:
        pass
    if ctype == 2:
        due_ms = (crt + int(due or 0) * 86400) * 1000
    else:
        due_ms = int(due or 0) * 1000 if (due or 0) > 1_000_000_000 else (crt + int(due or 0) * 86400) * 1000
    last = None
    if isinstance(extra, dict) and isinstance(extra.get("lrt"), int) and extra["lrt"] > 0:
        last = extra["lrt"] * 1000  # FSRS: last review, seconds
    elif ctype == 2 and ivl and ivl > 0:
        last = due_ms - int(ivl) * 86_400_000
    return {"state": int(ctype), "queue": -1 if queue == -1 else 0, "last_review_ms": last,
            "stability": float(stability) if isinstance(stability, (int, float)) else
            (float(ivl) if ctype == 2 and ivl and ivl > 0 else None),
            "difficulty": float(difficulty) if isinstance(difficulty, (int, float)) else
            (5.0 if ctype == 2 else None),
            "due_ms": due_ms, "reps": int(reps or 0), "lapses": int(lapses or 0)}


DAY_MS = 86_400_000


def review_rows(entries: list[tuple]) -> list[dict]:
    """One card's Anki review log as jpprep review_log values (no ids): graded answers become
    kind "review" (so retention, the heatmap and the optimizer see them), Forget and Set due
    date become kind "manual". Cramming in a filtered deck that did not reschedule is left
    out, as Anki's own statistics do. States: 0 new, 1 learning, 2 review, 3 relearning."""
    out = []
    state = 0
    for rid, ease, ivl, _last, factor, ms, typ in entries:
        if ease == 0 or typ in (4, 5):  # manual: reset (ivl 0) or set due date
            after = 0 if ivl == 0 else 2
            out.append({"reviewed_ms": rid, "rating": 0, "duration_ms": 0, "state_before": state,
                        "state_after": after, "kind": "manual",
                        "due_ms": rid + ivl * DAY_MS if ivl > 0 else rid})
            state = after
            continue
        if not 1 <= ease <= 4 or (typ == 3 and factor == 0 and ivl == 0):
            continue
        before = {0: 1 if state else 0, 1: 2, 2: 3}.get(typ, state or 2)
        if ivl > 0:
            after, due = 2, rid + ivl * DAY_MS
        else:
            after, due = (1 if before in (0, 1) else 3), rid - ivl * 1000
        out.append({"reviewed_ms": rid, "rating": ease,
                    "duration_ms": max(0, min(ms, 2_000_000_000)), "state_before": before,
                    "state_after": after, "kind": "review", "due_ms": due})
        state = after
    return out
