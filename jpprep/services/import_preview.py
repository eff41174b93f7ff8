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
    line: int
    expression: str
    reading: str
    meaning: str
    furigana: list[tuple[str, str | None]]


@dataclass
class SheetGuess:
    columns: list[str]  # header names (or "column 1"...)
    mapping: dict[str, int]  # role -> column index
    samples: list[str]  # the first non-empty cell of each column
    rows: list[PreviewRow] = field(default_factory=list)


def _rows(table, mapping: dict[str, int], n: int) -> list[PreviewRow]:
    from jpprep.decks.spreadsheet import preview

    return [PreviewRow(r["line"], r["expression"], r["reading"], r["meaning"], r["furigana"])
            for r in preview(table, mapping, n)]


def guess_sheet(path: Path | str, n: int = 5) -> SheetGuess:
    """The columns of a CSV/TSV/XLSX file, the guessed mapping and the first `n` rows with
    furigana. Raises ImportFileError when the file cannot be read."""
    from jpprep.decks.spreadsheet import guess_mapping, read_table

    table = read_table(path)
    mapping = guess_mapping(table)
    samples = []
    for i in range(len(table.columns)):
        samples.append(next((r[i].strip() for _, r in table.rows[:50] if r[i].strip()), ""))
    return SheetGuess(table.columns, mapping, samples, _rows(table, mapping, n))


def preview_sheet(path: Path | str, mapping: dict[str, int], n: int = 5) -> list[PreviewRow]:
    """The first `n` rows as they would be imported with `mapping`, readings from the engine
    where the sheet has none."""
    from jpprep.decks.spreadsheet import read_table

    return _rows(read_table(path), mapping, n)
