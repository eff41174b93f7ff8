"""What the import dialog needs before anything is written: which kind of file it is, the
column guess of a spreadsheet and a preview of its first rows with furigana (from the engine)
for any column mapping the user chooses. Nothing here touches the database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

SPREADSHEET_SUFFIXES = (".csv", ".tsv", ".txt", ".xlsx")
ANKI_SUFFIXES = (".apkg", ".colpkg")
NATIVE_SUFFIXES = (".jpdeck",)
DECK_SUFFIXES = NATIVE_SUFFIXES + ANKI_SUFFIXES + SPREADSHEET_SUFFIXES  # as importing.read_file
MEANING_LANGUAGES = ("en", "ur", "ne", "id", "vi", "tl", "fil", "my")
# every role a column may take in the mapping step, in the order the dialog lists them
ROLES = ("expression", "reading", *[f"meaning_{lang}" for lang in MEANING_LANGUAGES],
         "example_ja", "example_en", "tags", "level", "sector", "kind", "id")


def file_kind(path: Path | str) -> str | None:
    """"spreadsheet", "anki", "native" (a .jpdeck or a deck folder), or None (not a deck)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if path.is_dir():
        return "native" if (path / "deck.toml").is_file() else None
    if suffix in SPREADSHEET_SUFFIXES:
        return "spreadsheet"
    if suffix in ANKI_SUFFIXES:
        return "anki"
    if suffix in NATIVE_SUFFIXES:
        return "native"
    return None


def is_deck_file(path: Path | str) -> bool:
    """An existing file (not a folder) that jpprep imports, judged by its extension."""
    path = Path(path)
    return path.is_file() and path.suffix.lower() in DECK_SUFFIXES


@dataclass
class PreviewRow:
    row: int  # as Excel shows it
    expression: str
    reading: str
    meaning: str
    furigana: list[tuple[str, str | None]]
    problems: list[str] = field(default_factory=list)  # why this row would not be imported
    errors: list = field(default_factory=list)  # the same as errors (code, params) for the GUI


@dataclass
class SheetPreview:
    rows: list[PreviewRow]
    valid: int = 0  # rows that import with this mapping
    problems: int = 0  # problems in the other rows
    file_problem: str = ""  # the mapping cannot work at all (no Japanese or meaning column)
    file_error: object = None  # that problem as an error (code, params) for the GUI


@dataclass
class SheetGuess:
    columns: list[str]  # header names (or "column 1"...)
    mapping: dict[str, int]  # role -> column index
    samples: list[str]  # the first non-empty cell of each column
    preview: SheetPreview
    # a column without header text: its letter (as Excel shows it, and as problems name it)
    letters: dict[int, str] = field(default_factory=dict)


def _preview(table, path, mapping: dict[str, int], n: int) -> SheetPreview:
    from jpprep.decks.spreadsheet import preview, read_spreadsheet
    from jpprep.errors import JpprepError

    rows = [PreviewRow(r["row"], r["expression"], r["reading"], r["meaning"], r["furigana"])
            for r in preview(table, mapping, n)]
    try:
        deck = read_spreadsheet(path, mapping=mapping)
    except JpprepError as exc:
        return SheetPreview(rows, file_problem=" ".join(x for x in (exc.message, exc.hint) if x),
                            file_error=exc)
    by_row: dict[int, list[str]] = {}
    errors: dict[int, list] = {}
    for p in deck.problems:
        text = " ".join(x for x in (p.message, p.hint) if x)
        column = p.params.get("column") or p.field  # as the file names it
        by_row.setdefault(p.row, []).append(f"{column}: {text}" if column else text)
        errors.setdefault(p.row, []).append(p)
    for row in rows:
        row.problems = by_row.get(row.row, [])
        row.errors = errors.get(row.row, [])
    return SheetPreview(rows, valid=len(deck.notes), problems=len(deck.problems))


def guess_sheet(path: Path | str, n: int = 5) -> SheetGuess:
    """The columns of a CSV/TSV/XLSX file, the guessed mapping and a preview of the first `n`
    rows with furigana. Raises ImportFileError when the file cannot be read."""
    from jpprep.decks.spreadsheet import guess_mapping, read_table

    table = read_table(path)
    mapping = guess_mapping(table)
    samples = []
    for i in range(len(table.columns)):
        samples.append(next((r[i].strip() for _, r in table.rows[:50] if r[i].strip()), ""))
    letters = {i: table.column_name(i) for i in range(len(table.columns))
               if not (i < len(table.header) and table.header[i].strip())}
    return SheetGuess(table.columns, mapping, samples, _preview(table, path, mapping, n), letters)


def preview_sheet(path: Path | str, mapping: dict[str, int], n: int = 5) -> SheetPreview:
    """The first `n` rows as they would be imported with `mapping` (readings from the engine
    where the sheet has none), each with its problems, and how many rows would import."""
    from jpprep.decks.spreadsheet import read_table

    return _preview(read_table(path), path, mapping, n)
