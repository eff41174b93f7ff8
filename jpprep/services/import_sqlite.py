"""The SQLite bulk path of imports (services/importing.py): the rows go in by many-row
INSERTs, on a second thread that shares the import's connection and transaction, while the
first thread reads and builds the next notes. Cards of new notes are made by SQLite itself.
Other databases take importing's portable Core statements."""

from __future__ import annotations

import gc
import json
from contextlib import contextmanager
from operator import itemgetter

_NOTE_FIELDS = ("kind", "expression", "reading", "reading_generated", "meanings", "examples",
                "tags", "level", "sector", "audio", "image", "extra")
_NOTE_COLS = ("guid", "deck_id", *_NOTE_FIELDS, "created_ms", "updated_ms")
_CARD_COLS = ("note_id", "deck_id", "kind", "ord", "position")


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


class _Writer:
    """The bulk INSERTs on a second thread (jpprep.sqlite_rows.BackgroundWriter) on the same
    connection and transaction; without `raw` it runs them at once (the portable path)."""

    def __init__(self, raw=None) -> None:
        from jpprep.sqlite_rows import BackgroundWriter

        self.background = None if raw is None else BackgroundWriter(
            lambda fn, *args: fn(*args), name="jpprep-import-writer")

    def insert(self, raw, table: str, cols: tuple, rows: list[tuple]) -> None:
        self.call(_bulk_insert, raw, table, cols, rows)

    def call(self, fn, *args) -> None:
        if self.background is None:
            fn(*args)
        else:
            self.background.submit(fn, *args)

    def close(self) -> None:
        if self.background is not None:
            self.background.close()


_NULLABLE = ("level", "sector", "audio", "image")


def _no_nulls(new: list, rows: list[tuple]) -> tuple[tuple, list[tuple]]:
    """The note columns and rows without the nullable columns that are NULL in every row
    (left out, they are NULL all the same). sqlite3 binds None, like bool, through its slow
    adapter look-up, which holds the GIL that the writer thread shares with the reader."""
    cols = ("id", *_NOTE_COLS)
    if not rows:
        return cols, rows
    at = [cols.index(c) for c in _NULLABLE]
    seen = set(map(itemgetter(*at), rows))  # the distinct (level, sector, audio, image)
    gone = {c for i, c in enumerate(_NULLABLE) if all(v[i] is None for v in seen)}
    if not gone:
        return cols, rows
    keep = [i for i, c in enumerate(cols) if c not in gone]
    return tuple(cols[i] for i in keep), list(map(itemgetter(*keep), rows))


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


def _card_runs(chunk: list, default: list) -> list[tuple[int, int, list]] | None:
    """The chunk's notes as runs [(first, end, cards)] of neighbours with the same card list
    (kind, ord); None when there are too many runs for one statement each to pay."""
    runs, start, prev = [], 0, None
    for j, n in enumerate(chunk):
        cards = n.cards or default
        if cards != prev:
            if prev is not None:
                runs.append((start, j, prev))
                if len(runs) > 16:
                    return None
            start, prev = j, cards
    if prev is not None:
        runs.append((start, len(chunk), prev))
    return runs if all(cards for _, _, cards in runs) else None


def _insert_card_runs(raw, runs: list, first: int, offset: int) -> None:
    """The cards of notes first + a .. first + b - 1 (all new, just written, in their decks)
    for each run: INSERT ... SELECT in SQLite, on the writer thread, without binding a row
    per card. The rows and their ids come in the order the row-by-row INSERT gives them:
    by note, then by the note's card list; position = note id - offset."""
    for a, b, cards in runs:
        kinds = " UNION ALL ".join(["SELECT ? AS seq, ? AS kind, ? AS ord"] * len(cards))
        args = [v for i, (kind, ord_) in enumerate(cards) for v in (i, kind, ord_)]
        raw.execute(f"INSERT INTO card ({', '.join(_CARD_COLS)}) "
                    f"SELECT n.id, n.deck_id, k.kind, k.ord, n.id - ? FROM note AS n "
                    f"CROSS JOIN ({kinds}) AS k WHERE n.id BETWEEN ? AND ? "
                    f"ORDER BY n.id, k.seq", (offset, *args, first + a, first + b - 1))


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
