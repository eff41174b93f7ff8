"""Spreadsheets as decks: CSV/TSV (UTF-8 with or without BOM, UTF-16, Shift_JIS/CP932 as
Japanese Excel writes it) and .xlsx.

A spreadsheet has no fixed columns, so reading is two steps: guess_mapping() proposes which
column is the kanji, the kana, the meaning... (by header name, then by content), and the user
may correct it; read_spreadsheet() then checks every row with the native format's rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from jpprep.decks import safezip
from jpprep.decks.model import DeckData
from jpprep.decks.text import has_kanji, is_kana
from jpprep.errors import ImportFileError

MAX_TABLE_BYTES = 64 << 20
MAX_ROWS = 200_000
ROLES = ("id", "kind", "expression", "reading", "meaning_en", "example_ja", "example_en", "tags",
         "level", "sector", "audio", "image")
_NAMES = [
    ("expression", r"^(expression|kanji|word|vocab(ulary)?|japanese|term|漢字|単語|言葉|語彙|表記|日本語|見出し)$"),
    ("reading", r"^(reading|kana|hiragana|yomi|furigana|読み|よみ|かな|ふりがな|読み方|ひらがな)$"),
    ("meaning_en", r"^(meaning|english|meaning_en|en|definition|translation|gloss|意味|英語|英訳)$"),
    ("example_ja", r"^(example|example_ja|sentence|例文)$"),
    ("tags", r"^(tags?|タグ)$"),
    ("level", r"^(level|jlpt|レベル)$"),
    ("id", r"^(id|no\.?|番号)$"),
]
_LANGS = {"urdu": "ur", "اردو": "ur", "nepali": "ne", "नेपाली": "ne", "indonesian": "id",
          "bahasa": "id", "vietnamese": "vi", "tiếng việt": "vi", "filipino": "fil",
          "tagalog": "tl", "burmese": "my", "myanmar": "my", "bengali": "bn", "hindi": "hi",
          "sinhala": "si", "mongolian": "mn", "thai": "th", "chinese": "zh", "korean": "ko"}


@dataclass
class Table:
    label: str
    columns: list[str]
    rows: list[tuple[int, list[str]]]  # (row number as Excel shows it, cells)
    has_header: bool
    encoding: str
    header: list[str] = field(default_factory=list)  # the first row's cells ([] without header)

    def column_name(self, i: int) -> str:
        """Column i as the file names it: its header text, else its letter (A, B, ... AA) as
        Excel and LibreOffice show it."""
        text = self.header[i].strip() if i < len(self.header) else ""
        return text or column_letter(i)


def column_letter(i: int) -> str:
    """The letter Excel and LibreOffice show for column i (0 -> A, 25 -> Z, 26 -> AA)."""
    letters = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        letters = chr(65 + r) + letters
    return letters


def column_index(letters: str) -> int | None:
    """The column a letter names (A -> 0, AA -> 26; lower case too); None when it is not one."""
    letters = letters.strip().upper()
    if not letters or len(letters) > 3 or not all("A" <= c <= "Z" for c in letters):
        return None
    n = 0
    for c in letters:
        n = n * 26 + ord(c) - 64
    return n - 1


@dataclass
class ColumnGuess:
    columns: list[str]
    mapping: dict[str, int]  # role -> column index
    preview: list[dict] = field(default_factory=list)
    has_header: bool = True
    encoding: str = "utf-8"
    header: list[str] = field(default_factory=list)  # the first row's cells ([] without header)


def _decode(raw: bytes, label: str) -> tuple[str, str]:
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", "replace"), "utf-8-sig"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_end = exc.start
    try:
        return raw.decode("cp932"), "cp932"
    except UnicodeDecodeError as exc:
        from jpprep.decks.native import row_at

        # the row where the text stops being text in the encoding that read furthest
        encoding, end = max(("utf-8", utf8_end), ("cp932", exc.start), key=lambda x: x[1])
        before = raw[:end].decode(encoding, "replace")
        raise ImportFileError("the file's text encoding is not UTF-8 or Shift_JIS.", file=label,
                              row=row_at(before, _delimiter(before, label)),
                              hint="Save it as 'CSV UTF-8' in Excel or LibreOffice.",
                              code="sheet_encoding") \
            from exc


def _delimiter(text: str, label: str) -> str:
    first = text.split("\n", 1)[0]
    return "\t" if label.lower().endswith(".tsv") or first.count("\t") > first.count(",") \
        else (";" if first.count(";") > first.count(",") else ",")


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _read_xlsx(path: Path, label: str) -> list[tuple[int, list[str]]]:
    safezip.open_zip(path).close()  # refuses bombs, traversal, symlinks before openpyxl
    try:
        import openpyxl

        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except ImportFileError:
        raise
    except Exception as exc:  # openpyxl raises many kinds on damaged files
        raise ImportFileError(f"this Excel file cannot be read ({type(exc).__name__}).",
                              file=label, hint="Open it in Excel and save it again as .xlsx.",
                              code="xlsx_damaged") \
            from exc
    try:
        ws = wb.worksheets[0] if wb.worksheets else None
        if ws is None:
            raise ImportFileError("the workbook has no sheet.", file=label, code="xlsx_no_sheet")
        out = []
        for i, row in enumerate(ws.iter_rows(values_only=True), start=1):
            if i > MAX_ROWS:
                raise ImportFileError(f"the sheet has more than {MAX_ROWS:,} rows.", file=label,
                                      hint="Split it into smaller decks.",
                                      code="sheet_too_many_rows", params={"max": MAX_ROWS})
            out.append((i, [_cell(v) for v in row]))
        return out
    except ImportFileError:
        raise
    except Exception as exc:
        raise ImportFileError(f"this Excel file is damaged ({type(exc).__name__}).", file=label,
                              hint="Open it in Excel and save it again as .xlsx.",
                              code="xlsx_damaged") from exc
    finally:
        wb.close()


def _role_by_name(name: str) -> str | None:
    n = name.strip().lower()
    for role, rx in _NAMES:
        if re.match(rx, n):
            return role
    if n.startswith("meaning_") or n.startswith("example_") or n in ROLES:
        return n
    for word, code in _LANGS.items():
        if word in n:
            return f"meaning_{code}"
    return None


def read_table(path: Path | str) -> Table:
    path = Path(path)
    label = path.name
    safezip.check_size(path, MAX_TABLE_BYTES, "spreadsheet")
    if path.suffix.lower() == ".xlsx":
        rows, encoding = _read_xlsx(path, label), "xlsx"
    else:
        from jpprep.decks.native import csv_rows

        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise ImportFileError(f"cannot read the file ({exc.strerror}).", file=label,
                                  code="file_unreadable", params={"detail": exc.strerror or ""}) \
                from exc
        text, encoding = _decode(raw, label)
        rows = []
        for number, row in csv_rows(text, label, _delimiter(text, label)):
            rows.append((number, row))
            if len(rows) > MAX_ROWS:
                raise ImportFileError(f"the file has more than {MAX_ROWS:,} rows.", file=label,
                                      hint="Split it into smaller decks.",
                                      code="sheet_too_many_rows", params={"max": MAX_ROWS})
    rows = [(n, r) for n, r in rows if any(c.strip() for c in r)]
    if not rows:
        raise ImportFileError("the spreadsheet is empty.", file=label,
                              hint="Put one word per row: kanji, kana, meaning.",
                              code="sheet_empty")
    width = max(len(r) for _, r in rows)
    rows = [(n, r + [""] * (width - len(r))) for n, r in rows]
    header = rows[0][1]
    has_header = any(_role_by_name(c) for c in header) or not any(has_kanji(c) or is_kana(c.strip())
                                                                   for c in header if c.strip())
    if has_header:
        columns = [c.strip() or f"column {i + 1}" for i, c in enumerate(header)]
        rows = rows[1:]
    else:
        columns = [f"column {i + 1}" for i in range(width)]
    return Table(label, columns, rows, has_header, encoding, header if has_header else [])


def guess_mapping(table: Table) -> dict[str, int]:
    mapping: dict[str, int] = {}
    for i, name in enumerate(table.columns):
        role = _role_by_name(name) if table.has_header else None
        if role and role not in mapping:
            mapping[role] = i
    sample = [r for _, r in table.rows[:200]]
    free = [i for i in range(len(table.columns)) if i not in mapping.values()]

    def share(i, test):
        cells = [r[i].strip() for r in sample if r[i].strip()]
        return sum(1 for c in cells if test(c)) / len(cells) if cells else 0.0

    if "expression" not in mapping:
        best = max(free, key=lambda i: share(i, has_kanji), default=None)
        if best is not None and share(best, has_kanji) > 0.3:
            mapping["expression"] = best
            free.remove(best)
    if "reading" not in mapping:
        best = max(free, key=lambda i: share(i, is_kana), default=None)
        if best is not None and share(best, is_kana) > 0.6:
            mapping["reading"] = best
            free.remove(best)
    if "expression" not in mapping and "reading" in mapping:
        mapping["expression"] = mapping.pop("reading")  # a kana-only list
    if "meaning_en" not in mapping:
        latin = lambda c: bool(re.search(r"[A-Za-z]", c)) and not has_kanji(c)  # noqa: E731
        best = max(free, key=lambda i: share(i, latin), default=None)
        if best is not None and share(best, latin) > 0.5:
            mapping["meaning_en"] = best
            free.remove(best)
    return mapping


def preview(table: Table, mapping: dict[str, int], n: int = 5) -> list[dict]:
    """The first rows as they will be imported, with furigana pieces [(text, reading|None)]."""
    out = []
    for number, row in table.rows[:n]:
        def get(role):
            i = mapping.get(role)
            return row[i].strip() if i is not None and i < len(row) else ""
        expression, reading = get("expression"), get("reading")
        out.append({"row": number, "expression": expression, "reading": reading,
                    "meaning": get("meaning_en"), "furigana": _furigana(expression, reading)})
    return out


def _furigana(expression: str, reading: str) -> list[tuple[str, str | None]]:
    if not has_kanji(expression):
        return [(expression, None)]
    try:
        if reading:
            from jpprep.japanese.align import align

            return [(a, b) for a, b in align(expression, reading)]
        from jpprep.japanese import annotate

        return [(seg.text, seg.reading) for seg in annotate(expression)]
    except Exception:  # the engine is missing or failed: a plain reading
        return [(expression, reading or None)]


def guess_columns(path: Path | str) -> ColumnGuess:
    table = read_table(path)
    mapping = guess_mapping(table)
    return ColumnGuess(table.columns, mapping, preview(table, mapping), table.has_header,
                       table.encoding, table.header)


def read_spreadsheet(path: Path | str, *, mapping: dict[str, int] | None = None) -> DeckData:
    """All rows as notes (problems in deck.problems). Note ids come from an id column, or
    else from the expression (and reading), so importing the file again updates the notes."""
    from jpprep.decks.native import note_from_record

    path = Path(path)
    table = read_table(path)
    mapping = dict(mapping) if mapping is not None else guess_mapping(table)
    if "expression" not in mapping:
        raise ImportFileError("jpprep cannot tell which column holds the Japanese words.",
                              file=table.label, field="expression",
                              hint="Name that column 'expression' (or 漢字), or choose it in the "
                                   "column step.", code="sheet_no_expression_column")
    if "meaning_en" not in mapping:
        raise ImportFileError("jpprep cannot tell which column holds the meanings.",
                              file=table.label, field="meaning_en",
                              hint="Name that column 'meaning_en' (or English), or choose it in "
                                   "the column step.", code="sheet_no_meaning_column")
    stem = re.sub(r"[^a-z0-9._-]+", "-", path.stem.lower()).strip("-.")[:60] or "sheet"
    deck = DeckData(id=f"sheet-{stem}", name=path.stem, languages=sorted(
        {r[8:] for r in mapping if r.startswith("meaning_")}, key=lambda x: x != "en"))
    used = set(mapping.values())
    seen: dict[str, int] = {}
    labels = {i: name for i, name in enumerate(table.columns)}
    keys: dict[str, int] = {}  # the key of an unmapped column's cell in the record -> column
    for number, row in table.rows:
        rec = {role: row[i] for role, i in mapping.items() if i < len(row)}
        for i, value in enumerate(row):
            if i not in used and value.strip() and table.has_header:
                key = re.sub(r"\s+", "_", labels[i].strip().lower())[:40]
                rec.setdefault(key, value)
                keys.setdefault(key, i)
        if "id" not in mapping:
            expr = rec.get("expression", "").strip()[:200]
            nid = expr
            if nid in seen and rec.get("reading", "").strip():
                nid = f"{expr}|{rec['reading'].strip()}"
            rec["id"] = nid
        note, errs = note_from_record(rec, table.label, number, deck, None, seen)
        if errs:
            deck.problems.extend(_in_sheet_words(e, table, mapping, keys) for e in errs
                                 if not (e.code == "id_empty" and "id" not in mapping))
        else:
            note.audio = note.image = None  # a sheet carries no media files
            deck.notes.append(note)
    return deck


def _in_sheet_words(err, table: Table, mapping: dict[str, int], keys: dict[str, int]):
    """A row's problem names the column as the file does (params["column"]: its header, or
    its letter without one), next to jpprep's role in `field`; the fix speaks of cells, not of
    notes.csv's column names. Without an id column the id is made from the word: a word twice
    is said as such, and an empty id is already said as an empty word."""
    if err.code == "id_twice" and "id" not in mapping:  # the file has no id column
        word = str(err.params.get("id", "")).split("|")[0]
        err.field, err.code, err.params = "expression", "sheet_word_twice", {
            "word": word, "first": err.params.get("first")}
        err.message = f"{word!r} is in the file twice (first on row {err.params['first']})."
        err.hint = "Remove one of the rows, or give each its own reading."
    role = err.field
    index = mapping.get(role, keys.get(role))
    if index is not None:
        err.params["column"] = table.column_name(index)
    if err.code == "meaning_en_empty":
        err.message = "the English meaning is empty."
        err.hint = "Write the English meaning in this cell."
        err.code = "sheet_meaning_en_empty"
    return err
