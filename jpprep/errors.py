"""Errors a person can act on.

Every error says what went wrong, where (file, line or row, field) and what to do. A place in a
spreadsheet (CSV, TSV, .xlsx, a deck's notes.csv) is a `row`: the row number Excel and
LibreOffice show, so a cell written over several lines is one row and a BOM changes nothing; a
`line` is a line of a text file (deck.toml, a JSON item bank, lab.toml). The CLI and
the logs show str(error), in English. An error a student can meet also carries a stable `code`
and its `params` (plain values): the GUI shows jpprep.ui.error_text.error_text(error), which
says the same in the interface language and falls back to str(error) for an error without a
code (or a code it does not know).
"""

from __future__ import annotations


class JpprepError(Exception):
    """Base class. `where` is built from file, line and field when they are known."""

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        line: int | None = None,
        row: int | None = None,
        field: str | None = None,
        hint: str | None = None,
        code: str | None = None,
        params: dict | None = None,
    ) -> None:
        self.message = message
        self.code = code
        self.params = dict(params or {})
        self.file = file
        self.line = line
        self.row = row
        self.field = field
        self.hint = hint
        super().__init__(str(self))

    @property
    def where(self) -> str:
        parts = []
        if self.file:
            parts.append(str(self.file))
        if self.row is not None:
            parts.append(f"row {self.row}")
        elif self.line is not None:
            parts.append(f"line {self.line}")
        column = self.params.get("column")
        if column:  # a spreadsheet's column, as its header (or letter) names it
            same = str(column).strip().lower() == (self.field or "").lower()
            parts.append(f"column {column}" if same or not self.field
                         else f"column {column} ({self.field})")
        elif self.field:
            parts.append(f"field {self.field}")
        return ", ".join(parts)

    def __str__(self) -> str:
        text = f"{self.where}: {self.message}" if self.where else self.message
        if self.hint:
            text += f" {self.hint}"
        return text


class StorageError(JpprepError):
    """The database or the data folder cannot be used."""


class NotADatabaseError(StorageError):
    pass


class NewerDatabaseError(StorageError):
    pass


class DamagedDatabaseError(NotADatabaseError):
    """The file is SQLite but damaged (truncated, malformed): restore a backup."""


class ReadOnlyDatabaseError(StorageError):
    """The database or its folder cannot be written."""


class DiskFullError(StorageError):
    """The disk (or the database's size limit) is full; the last answer was not saved."""


class ProfileInUseError(StorageError):
    """Another jpprep is already open on this profile and database."""


class ValidationError(JpprepError):
    """Input (a deck, a preset, an item bank) breaks a rule."""


class ImportFileError(JpprepError):
    """A file to import is unreadable, unsafe or malformed."""
