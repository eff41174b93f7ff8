"""The native deck format (format 1): a folder with deck.toml, notes.csv and media/, or the
same folder zipped into a .jpdeck file. See docs/deck-format.md.

read_deck collects every problem (file, line, field, fix). With strict=True (the default) any
problem raises DeckProblemsError, whose `.deck` holds the valid rows; with strict=False the
valid rows come back and the problems are in `deck.problems`.
"""

from __future__ import annotations

import csv
import io
import json
import re
import tomllib
import zipfile
from pathlib import Path

from jpprep.decks import safezip
from jpprep.decks.model import (
    CARD_TYPES,
    MAX_FIELD_CHARS,
    NOTE_KINDS,
    DeckData,
    DeckProblemsError,
    NoteData,
    problem,
)
from jpprep.decks.text import is_kana, reading_hint, romaji_to_hiragana, safe_media_name
from jpprep.errors import ImportFileError, ValidationError

FORMAT = 1
MAX_CSV_BYTES = 64 << 20
DECK_ID_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{0,99}$")
BASE_COLUMNS = ("id", "kind", "expression", "reading")
KNOWN = {"id", "kind", "expression", "reading", "example_ja", "tags", "level", "sector",
         "audio", "image"}


class _Source:
    """deck.toml, notes.csv and media/ from a folder or a zip."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.zip: zipfile.ZipFile | None = None
        self.prefix = ""
        if self.path.is_dir():
            return
        if not self.path.exists():
            raise ImportFileError("the deck file or folder does not exist.", file=str(self.path),
                                  code="file_not_found")
        self.zip = safezip.open_zip(self.path)
        names = set(self.zip.namelist())
        if "deck.toml" not in names:
            tops = [n for n in names if n.count("/") == 1 and n.endswith("/deck.toml")]
            if len(tops) != 1:
                self.zip.close()
                raise ImportFileError(
                    "this .jpdeck has no deck.toml.",
                    file=str(self.path),
                    hint="Zip the deck folder itself (deck.toml, notes.csv and media/).",
                    code="jpdeck_no_toml",
                )
            self.prefix = tops[0][: -len("deck.toml")]

    def label(self, name: str) -> str:
        return f"{self.path.name}/{name}"

    def read(self, name: str, limit: int) -> bytes | None:
        if self.zip is not None:
            full = self.prefix + name
            if full not in self.zip.namelist():
                return None
            return safezip.read_member(self.zip, full, file=str(self.path), limit=limit)
        file = self.path / name
        if file.is_symlink():
            raise ImportFileError("symbolic links are not followed.", file=str(file))
        if not file.is_file():
            return None
        safezip.check_size(file, limit, "file")
        return file.read_bytes()

    def media_names(self) -> dict[str, object]:
        """Safe media names -> zip member name or Path."""
        out: dict[str, object] = {}
        if self.zip is not None:
            start = self.prefix + "media/"
            for info in self.zip.infolist():
                if info.filename.startswith(start) and not info.is_dir():
                    name = safe_media_name(info.filename[len(start):])
                    if name:
                        out[name] = info.filename
            return out
        folder = self.path / "media"
        if folder.is_dir() and not folder.is_symlink():
            for file in folder.iterdir():
                name = safe_media_name(file.name)
                if name and file.is_file() and not file.is_symlink():
                    out[name] = file
        return out

    def media_bytes(self, ref) -> Path | bytes:
        if isinstance(ref, Path):
            return ref
        return safezip.read_member(self.zip, ref, file=str(self.path))

    def close(self) -> None:
        if self.zip is not None:
            self.zip.close()


def read_deck(path: Path | str, *, strict: bool = True) -> DeckData:
    src = _Source(Path(path))
    try:
        return _read(src, strict)
    finally:
        src.close()


def read_deck_toml(path: Path | str) -> dict:
    """Only deck.toml (fast: used to see whether a shipped deck changed)."""
    src = _Source(Path(path))
    try:
        return _parse_toml(src)
    finally:
        src.close()


def _parse_toml(src: _Source) -> dict:
    label = src.label("deck.toml")
    raw = src.read("deck.toml", 1 << 20)
    if raw is None:
        raise ImportFileError("deck.toml is missing.", file=label,
                              hint="Every deck folder needs a deck.toml (see docs/deck-format.md).",
                              code="toml_missing")
    try:
        return tomllib.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise ImportFileError("deck.toml is not UTF-8 text.", file=label,
                              hint="Save it as UTF-8.", code="toml_not_utf8") from exc
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"line (\d+)", str(exc))
        raise ImportFileError(f"deck.toml is not valid TOML ({exc}).", file=label,
                              line=int(m.group(1)) if m else None,
                              hint="Check quotes and brackets on that line.",
                              code="toml_invalid") from exc


def _str(meta: dict, key: str, label: str, problems: list, *, required=False, default=""):
    value = meta.get(key, default)
    if value is None:
        value = default
    if isinstance(value, (int, float)) and not isinstance(value, bool) and key == "version":
        value = str(value)
    if not isinstance(value, str):
        problems.append(problem(f"{key} must be text.", file=label, field=key,
                                hint=f'Write {key} = "...".', code="meta_not_text",
                                params={"key": key}))
        return default
    if required and not value.strip():
        problems.append(problem(f"{key} is missing.", file=label, field=key,
                                hint=f'Add a line {key} = "..." to deck.toml.', code="meta_missing",
                                params={"key": key}))
    return value.strip()


def _read_meta(meta: dict, label: str) -> tuple[DeckData, list[ValidationError]]:
    problems: list[ValidationError] = []
    fmt = meta.get("format", FORMAT)
    if fmt != FORMAT:
        raise ImportFileError(
            f"format = {fmt!r} is not a deck format this jpprep reads (it reads format 1).",
            file=label, field="format", hint="Install a newer jpprep, or set format = 1.",
            code="deck_format_unknown", params={"value": str(fmt)})
    deck_id = _str(meta, "id", label, problems, required=True)
    if deck_id and not DECK_ID_RE.match(deck_id):
        problems.append(problem(
            f"id {deck_id!r} may use only lower-case letters, digits, '.', '_' and '-'.",
            file=label, field="id", hint='For example id = "jlpt-n5-verbs".', code="deck_id_chars",
            params={"value": deck_id}))
    name = _str(meta, "name", label, problems, required=True)
    if name and any(not part.strip() for part in name.split("::")):
        problems.append(problem(f"name {name!r} has an empty part between '::'.", file=label,
                                field="name", hint='Write it like "JLPT::N5".',
                                code="deck_name_empty_part", params={"value": name}))
    langs = meta.get("languages", ["en"])
    if not isinstance(langs, list) or not all(isinstance(x, str) and x for x in langs):
        problems.append(problem("languages must be a list of language codes.", file=label,
                                field="languages", hint='For example languages = ["en", "ur"].',
                                code="languages_not_list"))
        langs = ["en"]
    types = meta.get("card_types", ["recognition"])
    if not isinstance(types, list) or not types or any(t not in CARD_TYPES for t in types):
        problems.append(problem(
            f"card_types {types!r} must be a list taken from {', '.join(CARD_TYPES)}.",
            file=label, field="card_types", hint='For example card_types = ["recognition"].',
            code="card_types_invalid", params={"known": ", ".join(CARD_TYPES)}))
        types = ["recognition"]
    deck = DeckData(
        id=deck_id,
        name=name,
        description=_str(meta, "description", label, problems),
        languages=list(dict.fromkeys(langs)),
        level=_str(meta, "level", label, problems) or None,
        sector=_str(meta, "sector", label, problems) or None,
        card_types=list(dict.fromkeys(types)),
        licence=_str(meta, "licence", label, problems),
        attribution=_str(meta, "attribution", label, problems),
        version=_str(meta, "version", label, problems, default="1") or "1",
    )
    return deck, problems


def _read(src: _Source, strict: bool) -> DeckData:
    meta = _parse_toml(src)
    deck, problems = _read_meta(meta, src.label("deck.toml"))
    if problems:  # the deck itself is unusable: no "valid rows" choice
        raise DeckProblemsError(problems, None)
    label = src.label("notes.csv")
    raw = src.read("notes.csv", MAX_CSV_BYTES)
    if raw is None:
        raise ImportFileError("notes.csv is missing.", file=label,
                              hint="Put the notes in notes.csv next to deck.toml.",
                              code="notes_csv_missing")
    media = src.media_names()
    notes, problems = parse_notes_csv(raw, label, deck, set(media))
    deck.notes = notes
    used = {n.audio for n in notes if n.audio} | {n.image for n in notes if n.image}
    deck.media = {name: src.media_bytes(ref) for name, ref in media.items() if name in used}
    deck.problems = problems
    if problems and strict:
        raise DeckProblemsError(problems, deck)
    return deck


def decode_text(raw: bytes, label: str) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        before = raw[:exc.start].decode("utf-8-sig", "replace")
        raise ImportFileError("the file is not UTF-8 text.", file=label, row=row_at(before),
                              hint="Save it as 'CSV UTF-8' (in Excel: Save As > CSV UTF-8).",
                              code="file_not_utf8") from exc


def row_at(text: str, delimiter: str = ",") -> int:
    """The spreadsheet row (as Excel shows the CSV) in which the text that follows `text`
    begins: records, not lines, so a quoted cell written over several lines is one row."""
    old = csv.field_size_limit()
    csv.field_size_limit(1 << 30)
    try:
        return sum(1 for _ in csv.reader(io.StringIO(text + "x", newline=""),
                                         delimiter=delimiter))
    except csv.Error:
        return text.count("\n") + 1
    finally:
        csv.field_size_limit(old)


def csv_rows(text: str, label: str, delimiter: str = ","):
    """(row number, cells) for each CSV record; csv.Error becomes ImportFileError. The number
    is the row Excel and LibreOffice show: every record counts (an empty line is an empty
    row) and a quoted cell written over several lines is one row, not several."""
    old = csv.field_size_limit()
    csv.field_size_limit(1 << 30)
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        row_number = 0
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raise ImportFileError(f"the CSV cannot be read ({exc}).", file=label,
                                      row=row_number + 1,
                                      hint="Check the quotes in that row.",
                                      code="csv_unreadable") from exc
            row_number += 1
            yield row_number, row
    finally:
        csv.field_size_limit(old)


def parse_notes_csv(raw: bytes, label: str, deck: DeckData, media: set[str]):
    text = decode_text(raw, label)
    notes: list[NoteData] = []
    problems: list[ValidationError] = []
    rows = csv_rows(text, label)
    try:
        _, header = next(rows)
    except StopIteration:
        raise ImportFileError("notes.csv is empty.", file=label,
                              hint="The first line names the columns: id,expression,reading,meaning_en",
                              code="notes_csv_empty")
    names = {h.strip().lower(): h.strip() for h in reversed(header)}  # as written
    header = [h.strip().lower() for h in header]
    for col in ("id", "expression", "meaning_en"):
        if col not in header:
            raise ImportFileError(f"notes.csv has no column {col!r}.", file=label, row=1,
                                  field=col, hint="The first line must name the columns, "
                                  "at least id,expression,meaning_en.",
                                  code="notes_csv_no_column", params={"column": col})
    dupes = {h for h in header if header.count(h) > 1 and h}
    if dupes:
        raise ImportFileError(f"notes.csv names the column {sorted(dupes)[0]!r} twice.",
                              file=label, row=1, hint="Rename or remove one of them.",
                              code="notes_csv_column_twice", params={"column": sorted(dupes)[0]})
    seen: dict[str, int] = {}
    for row_number, row in rows:
        if not any(cell.strip() for cell in row):
            continue
        rec = dict(zip(header, row))
        if len(row) > len(header) and any(c.strip() for c in row[len(header):]):
            problems.append(problem(f"the row has {len(row)} cells but the header names "
                                    f"{len(header)} columns.", file=label, row=row_number,
                                    hint="Quote cells that contain commas.",
                                    code="row_too_many_cells",
                                    params={"cells": len(row), "columns": len(header)}))
            continue
        note, errs = note_from_record(rec, label, row_number, deck, media, seen)
        for err in errs:  # the column as the file's header names it, as for a spreadsheet
            if err.field in names:
                err.params.setdefault("column", names[err.field])
        if errs:
            problems.extend(errs)
        else:
            notes.append(note)
    return notes, problems


def note_from_record(rec: dict, label, row: int, deck: DeckData, media: set[str] | None,
                     seen: dict[str, int]):
    """One row's note (row: its number as a spreadsheet shows it), or its problems."""
    errs: list[ValidationError] = []

    def bad(field, message, hint, *, code, **params):
        errs.append(problem(message, file=label, row=row, field=field, hint=hint, code=code,
                            params=params))

    for key, value in rec.items():
        if len(value) > MAX_FIELD_CHARS:
            bad(key, f"the cell has {len(value):,} characters (the limit is {MAX_FIELD_CHARS:,}).",
                "Shorten it; long texts belong in a separate file.", code="cell_too_long",
                chars=len(value), limit=MAX_FIELD_CHARS)
            return None, errs
    rec = {k: v.strip() for k, v in rec.items() if k}
    nid = rec.get("id", "")
    if not nid:
        bad("id", "id is empty.", "Give every row an id that is unique in the deck, e.g. taberu.",
            code="id_empty")
    elif nid in seen:
        bad("id", f"id {nid!r} is used twice (first on row {seen[nid]}).",
            "Give every row its own id.", code="id_twice", id=nid, first=seen[nid])
    else:
        seen[nid] = row
    kind = rec.get("kind", "") or "vocab"
    if kind not in NOTE_KINDS:
        bad("kind", f"kind {kind!r} is not one of {', '.join(NOTE_KINDS)}.",
            "Write vocab, kanji or grammar, or leave it empty for vocab.", code="kind_unknown",
            kind=kind)
    expression = rec.get("expression", "")
    if not expression:
        bad("expression", "expression is empty.", "Write the Japanese word or sentence.",
            code="expression_empty")
    reading = rec.get("reading", "")
    if reading and not is_kana(reading):
        kana = romaji_to_hiragana(reading)
        bad("reading", f"{reading!r} is not kana;", reading_hint(reading),
            code="reading_romaji" if kana else "reading_not_kana", value=reading, kana=kana or "")
    meanings = {}
    examples_tr = {}
    extra = {}
    for key, value in rec.items():
        if key.startswith("meaning_") and len(key) > 8:
            if value:
                meanings[key[8:]] = value
        elif key.startswith("example_") and key != "example_ja" and len(key) > 8:
            if value:
                examples_tr[key[8:]] = value
        elif key not in KNOWN and value:
            extra[key] = value
    if "en" not in meanings:
        bad("meaning_en", "meaning_en is empty.", "Write the English meaning (other "
            "languages go in meaning_ur, meaning_ne, ...).", code="meaning_en_empty")
    level = rec.get("level", "") or deck.level
    if level and len(level) > 10:
        bad("level", f"level {level!r} is too long.", "Write N5, N4, N3, N2 or N1.",
            code="level_too_long", level=level)
    sector = rec.get("sector", "") or deck.sector
    if sector and len(sector) > 40:
        bad("sector", f"sector {sector!r} is too long.", "Use a short code such as nursing-care.",
            code="sector_too_long", sector=sector)
    files = {}
    for key in ("audio", "image"):
        name = rec.get(key, "")
        if not name:
            files[key] = None
            continue
        safe = safe_media_name(name)
        if safe is None or safe != name:
            bad(key, f"{name!r} is not a plain file name.",
                "Write only the file name inside media/, e.g. taberu.mp3.", code="media_name_unsafe",
                name=name)
        elif media is not None and name not in media:
            bad(key, f"{name!r} is not in media/.", "Put the file in media/ or clear the cell.",
                code="media_missing", name=name)
        files[key] = name
    if errs:
        return None, errs
    examples = []
    if rec.get("example_ja"):
        examples.append({"ja": rec["example_ja"], **examples_tr})
    tags = rec.get("tags", "").split()
    note = NoteData(id=nid, kind=kind, expression=expression, reading=reading,
                    meanings=meanings, examples=examples, tags=tags, level=level or None,
                    sector=sector or None, audio=files["audio"], image=files["image"],
                    extra=extra)
    return note, errs


# ---------------------------------------------------------------- writing

def _toml_value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    return json.dumps(str(value), ensure_ascii=False)


def deck_toml(deck: DeckData) -> str:
    items = [("format", FORMAT), ("id", deck.id), ("name", deck.name),
             ("description", deck.description), ("languages", deck.languages),
             ("level", deck.level), ("sector", deck.sector), ("card_types", deck.card_types),
             ("licence", deck.licence), ("attribution", deck.attribution),
             ("version", deck.version)]
    return "".join(f"{k} = {_toml_value(v)}\n" for k, v in items if v is not None)


def notes_csv(deck: DeckData) -> str:
    langs = list(deck.languages)
    ex_langs: list[str] = []
    extras: list[str] = []
    for n in deck.notes:
        for lang in n.meanings:
            if lang not in langs:
                langs.append(lang)
        for ex in n.examples[:1]:
            for lang in ex:
                if lang != "ja" and lang not in ex_langs:
                    ex_langs.append(lang)
        for key in n.extra:
            if key not in extras and isinstance(n.extra[key], str):
                extras.append(key)
    if "en" not in langs:
        langs.insert(0, "en")
    rows = []
    for n in deck.notes:
        ex = n.examples[0] if n.examples else {}
        rows.append([
            n.id, n.kind, n.expression, "" if n.reading_generated else n.reading,
            *[n.meanings.get(x, "") for x in langs], ex.get("ja", ""),
            *[ex.get(x, "") for x in ex_langs], " ".join(n.tags),
            "" if n.level == deck.level else (n.level or ""),
            "" if n.sector == deck.sector else (n.sector or ""),
            n.audio or "", n.image or "",
            *[n.extra.get(k, "") if isinstance(n.extra.get(k, ""), str) else "" for k in extras],
        ])
    header = ["id", "kind", "expression", "reading", *[f"meaning_{x}" for x in langs],
              "example_ja", *[f"example_{x}" for x in ex_langs], "tags", "level", "sector",
              "audio", "image", *extras]
    # optional columns no note uses are left out (a spreadsheet without empty columns)
    ex_at = 4 + len(langs)
    unused = {i for i in (ex_at, *range(ex_at + len(ex_langs) + 2, ex_at + len(ex_langs) + 6))
              if not any(r[i] for r in rows)}
    if ex_at in unused and any(n.examples for n in deck.notes):
        unused.discard(ex_at)
    keep = [i for i in range(len(header)) if i not in unused]
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow([header[i] for i in keep])
    w.writerows([r[i] for i in keep] for r in rows)
    return out.getvalue()


def _media_data(value: Path | bytes) -> bytes:
    return value if isinstance(value, (bytes, bytearray)) else Path(value).read_bytes()


def write_deck(deck: DeckData, path: Path | str) -> Path:
    """Write a folder, or a .jpdeck zip when the path ends in .jpdeck."""
    path = Path(path)
    toml_text, csv_text = deck_toml(deck), notes_csv(deck)
    media = {}
    for name, value in deck.media.items():
        safe = safe_media_name(name)
        if safe:
            media[safe] = value
    if path.suffix.lower() == ".jpdeck":
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".part")
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("deck.toml", toml_text)
            zf.writestr("notes.csv", csv_text)
            for name, value in media.items():
                zf.writestr(f"media/{name}", _media_data(value), zipfile.ZIP_STORED)
        tmp.replace(path)
        return path
    path.mkdir(parents=True, exist_ok=True)
    (path / "deck.toml").write_text(toml_text, encoding="utf-8")
    (path / "notes.csv").write_text(csv_text, encoding="utf-8", newline="")
    if media:
        (path / "media").mkdir(exist_ok=True)
        for name, value in media.items():
            (path / "media" / name).write_bytes(_media_data(value))
    return path
