"""The deck model every format reads into and writes from (no Qt, no database).

A DeckData is what one file or folder holds; NoteData is one row of it. `problems` lists what was
wrong with the rows that were left out (each a ValidationError naming file, line, field and a
fix), so a caller can offer "import the valid rows" or cancel.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from jpprep.errors import ValidationError

CARD_TYPES = ("recognition", "reading", "production", "listening", "cloze", "choice")
NOTE_KINDS = ("vocab", "kanji", "grammar")
MAX_FIELD_CHARS = 100_000  # one field; a 50 MB field is refused, not loaded into the database


@dataclass
class NoteData:
    id: str
    kind: str = "vocab"
    expression: str = ""
    reading: str = ""
    reading_generated: bool = False
    meanings: dict[str, str] = field(default_factory=dict)
    examples: list[dict] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    level: str | None = None
    sector: str | None = None
    audio: str | None = None
    image: str | None = None
    extra: dict = field(default_factory=dict)
    # Full deck name when the note lives in a sub-deck (Anki's nested decks); None = the deck.
    deck: str | None = None
    # Explicit cards [(kind, ord)] (Anki keeps its own); None = one per deck card type.
    cards: list[tuple[str, int]] | None = None
    # Per-card scheduling carried over from another app (Anki), keyed by (kind, ord).
    scheduling: dict | None = None
    # Anki's review log per card, keyed by (kind, ord): [(id ms, ease, ivl, lastIvl, factor,
    # time ms, type)], oldest first (only read with scheduling).
    history: dict | None = None


@dataclass
class DeckData:
    id: str
    name: str
    description: str = ""
    languages: list[str] = field(default_factory=lambda: ["en"])
    level: str | None = None
    sector: str | None = None
    card_types: list[str] = field(default_factory=lambda: ["recognition"])
    licence: str = ""
    attribution: str = ""
    version: str = "1"
    notes: list[NoteData] = field(default_factory=list)
    media: dict[str, Path | bytes] = field(default_factory=dict)
    problems: list[ValidationError] = field(default_factory=list)
    # Note guids are "<guid_prefix>:<note id>"; None means the deck id (native decks). Anki
    # decks use "anki" so a note keeps its guid whichever deck it is exported in.
    guid_prefix: str | None = None


class DeckProblemsError(ValidationError):
    """A deck has rows that break the rules. `problems` has one ValidationError per row/field;
    `deck` (when not None) holds the valid rows, so the user can import those instead."""

    def __init__(self, problems: list[ValidationError], deck: DeckData | None = None) -> None:
        self.problems = problems
        self.deck = deck
        first = problems[0]
        more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
        super().__init__(
            first.message + more,
            file=first.file,
            line=first.line,
            row=first.row,
            field=first.field,
            hint=first.hint,
            params={"column": first.params["column"]} if first.params.get("column") else None,
        )


def problem(message: str, *, file=None, line=None, row=None, field=None, hint=None, code=None,
            params=None) -> ValidationError:
    """One row's or field's problem (row: a spreadsheet's row, line: a text file's line).
    `code` and `params` let the GUI say it in the interface language
    (jpprep.ui.problem_words); message and hint stay English for the CLI."""
    return ValidationError(message, file=file, line=line, row=row, field=field, hint=hint,
                           code=code, params=params)
