"""Answers waiting for the class server: a small SQLite file on this computer.

When an answer cannot reach the server (it went away mid-study), it is written here, one row per
answer with a review uid made once for that answer, and sent later in the order it was made
(jpprep.services.offline_study). The file lives in the data folder of this machine, one per
server and profile: `<data folder>/outbox/<server key>-p<profile id>.sqlite`.

Each write is one SQLite transaction with synchronous=FULL (rollback journal): a row that was
added survives a crash or a power cut, and a half-written row never exists. A row leaves the
file only after the server has stored that answer; a crash in between means it is sent again,
and the server keeps it once (same uid).

Flags set while the server is away wait in the same table, in the same order (a row with
`flag` set and rating 0), and are sent between the answers made before and after them. Such a
row keeps the card's flag before it too (`flag_before`), so undo shows that flag again even
after jpprep was restarted. "Reset card", "Set due date" and Suspend ("!") wait there the same
way (a row with `action` 'reset', 'set_due' or 'suspend' and, for a due date, `days`). Flags,
resets, due dates and suspensions are the file's *changes*; everything else is an answer.

Answers the server refuses for good (the card was deleted on the server meanwhile) move to the
`refused` table of the same file: kept, never silently dropped.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
import threading
import uuid
from dataclasses import dataclass
from pathlib import Path

from jpprep import paths
from jpprep.errors import StorageError

_SCHEMA = """
CREATE TABLE IF NOT EXISTS answer (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    uid TEXT NOT NULL UNIQUE,
    profile_id INTEGER NOT NULL,
    card_id INTEGER NOT NULL,
    rating INTEGER NOT NULL,
    now_ms INTEGER NOT NULL,
    duration_ms INTEGER NOT NULL,
    flag INTEGER,
    flag_before INTEGER,
    action TEXT,
    days INTEGER
);
CREATE TABLE IF NOT EXISTS refused (
    seq INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    profile_id INTEGER NOT NULL,
    card_id INTEGER NOT NULL,
    rating INTEGER NOT NULL,
    now_ms INTEGER NOT NULL,
    duration_ms INTEGER NOT NULL,
    reason TEXT NOT NULL,
    flag INTEGER,
    flag_before INTEGER,
    action TEXT,
    days INTEGER
);
"""
_COLS = ("seq, uid, profile_id, card_id, rating, now_ms, duration_ms, flag, flag_before, "
         "action, days")
_NCOLS = _COLS.count(",") + 1
# columns a file an earlier jpprep made may lack, with their types
_ADDED = {"flag": "INTEGER", "flag_before": "INTEGER", "action": "TEXT", "days": "INTEGER"}
RESET, SET_DUE, SUSPEND = "reset", "set_due", "suspend"  # card actions waiting besides flags
_ANSWER = "flag IS NULL AND action IS NULL"  # a row that is an answer (not a change)


@dataclass(frozen=True)
class PendingAnswer:
    seq: int
    uid: str
    profile_id: int
    card_id: int
    rating: int
    now_ms: int
    duration_ms: int
    flag: int | None = None  # set: not an answer but a flag set on the card (0 = none)
    flag_before: int | None = None  # with flag: the card's flag before it (None: not known)
    action: str | None = None  # RESET, SET_DUE or SUSPEND: not an answer but that action
    days: int | None = None  # with SET_DUE: due in this many learner days


def new_uid() -> str:
    """A review uid, made once per answer (the server stores an answer with a uid once)."""
    return uuid.uuid4().hex


def server_key(database_url: str) -> str:
    """A short stable name for a server (its URL without the password)."""
    try:
        from sqlalchemy.engine import make_url

        plain = make_url(database_url).render_as_string(hide_password=True)
    except Exception:
        plain = database_url
    return hashlib.sha256(plain.encode("utf-8")).hexdigest()[:12]


ANSWERS, EXAMS = "answers", "exams"  # the two kinds of outbox file (exams: exam_outbox.py)
_SUFFIX = {ANSWERS: "", EXAMS: "-exams"}


def outbox_path(database_url: str, profile_id: int, data_dir: Path | None = None,
                kind: str = ANSWERS) -> Path:
    """`<data folder>/outbox/<server key>-p<profile id>.sqlite` (answers), or
    `...-p<profile id>-exams.sqlite` (mock exams)."""
    base = data_dir if data_dir is not None else paths.data_dir()
    return base / "outbox" / f"{server_key(database_url)}-p{int(profile_id)}{_SUFFIX[kind]}.sqlite"


@dataclass(frozen=True)
class OutboxFile:
    profile_id: int
    kind: str  # ANSWERS or EXAMS
    path: Path


def outbox_files(database_url: str, data_dir: Path | None = None) -> list[OutboxFile]:
    """Every outbox file on this computer for the server at database_url: each profile's
    answers and mock exams, in file-name order. Only names outbox_path makes are listed (a
    copied or renamed file is not something jpprep would send)."""
    folder = outbox_path(database_url, 0, data_dir).parent
    if not folder.is_dir():
        return []
    name = re.compile(re.escape(server_key(database_url)) + r"-p([0-9]+)(-exams)?\.sqlite")
    out = []
    for f in sorted(folder.glob(f"{server_key(database_url)}-p*.sqlite")):
        m = name.fullmatch(f.name)
        if m is not None:
            out.append(OutboxFile(int(m.group(1)), EXAMS if m.group(2) else ANSWERS, f))
    return out


class Outbox:
    """The answers of one profile waiting for one server, in the order they were made."""

    schema = _SCHEMA  # a subclass keeping something else in a file of its own sets its own

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self._con: sqlite3.Connection | None = None

    @classmethod
    def for_profile(cls, database_url: str, profile_id: int) -> "Outbox":
        return cls(outbox_path(database_url, profile_id))

    # -- the file --------------------------------------------------------------------------
    def _connect(self) -> sqlite3.Connection:
        if self._con is None:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                con = sqlite3.connect(self.path, timeout=10, isolation_level=None,
                                      check_same_thread=False)
                con.execute("PRAGMA journal_mode=DELETE")
                con.execute("PRAGMA synchronous=FULL")
                con.executescript(self.schema)
                self._upgrade(con)
            except (OSError, sqlite3.Error) as exc:
                raise self._error(exc) from exc
            self._con = con
        return self._con

    @staticmethod
    def _upgrade(con: sqlite3.Connection) -> None:
        """A file an earlier jpprep made lacks the flag, flag_before, action or days column
        (other files: nothing); the rows it has stay as they are (flag_before NULL: not
        known; action NULL: an answer or a flag, as they were)."""
        if not con.execute("PRAGMA table_info(answer)").fetchall():
            return  # not an answer outbox (the exam outbox has its own tables)
        for table in ("answer", "refused"):
            cols = {r[1] for r in con.execute(f"PRAGMA table_info({table})")}
            for col, kind in _ADDED.items():
                if col in cols:
                    continue
                try:
                    con.execute(f"ALTER TABLE {table} ADD COLUMN {col} {kind}")
                except sqlite3.OperationalError as exc:  # another process did it just now
                    if "duplicate column" not in str(exc):
                        raise

    def _error(self, exc: Exception) -> StorageError:
        return StorageError(
            f"cannot keep answers on this computer ({exc}).", file=str(self.path),
            hint="Make the data folder writable and free some space; answers already saved "
                 "there are safe.")

    def _write(self, sql: str, params=(), *more: tuple[str, tuple]) -> None:
        """One durable transaction."""
        with self._lock:
            con = self._connect()
            try:
                con.execute("BEGIN IMMEDIATE")
                con.execute(sql, params)
                for s, p in more:
                    con.execute(s, p)
                con.execute("COMMIT")
            except (OSError, sqlite3.Error) as exc:
                try:
                    con.execute("ROLLBACK")
                except sqlite3.Error:
                    pass
                raise self._error(exc) from exc

    def _read(self, sql: str, params=()) -> list[tuple]:
        with self._lock:
            if self._con is None and not self.path.exists():
                return []
            try:
                return self._connect().execute(sql, params).fetchall()
            except (OSError, sqlite3.Error) as exc:
                raise self._error(exc) from exc

    def close(self) -> None:
        with self._lock:
            if self._con is not None:
                self._con.close()
                self._con = None

    # -- answers ---------------------------------------------------------------------------
    def add(self, profile_id: int, card_id: int, rating: int, now_ms: int, duration_ms: int = 0,
            uid: str | None = None) -> PendingAnswer:
        """Keep one answer (on disk when this returns). The same uid is kept once."""
        uid = uid or new_uid()
        self._write("INSERT OR IGNORE INTO answer (uid, profile_id, card_id, rating, now_ms, "
                    "duration_ms) VALUES (?, ?, ?, ?, ?, ?)",
                    (uid, int(profile_id), int(card_id), int(rating), int(now_ms),
                     int(duration_ms or 0)))
        return self._get(uid)

    def add_flag(self, profile_id: int, card_id: int, flag: int, now_ms: int,
                 uid: str | None = None, before: int | None = None) -> PendingAnswer:
        """Keep a flag set on a card (on disk when this returns), after the answers kept so far;
        `before`: the card's flag until then (what undo shows again)."""
        uid = uid or new_uid()
        self._write("INSERT OR IGNORE INTO answer (uid, profile_id, card_id, rating, now_ms, "
                    "duration_ms, flag, flag_before) VALUES (?, ?, ?, 0, ?, 0, ?, ?)",
                    (uid, int(profile_id), int(card_id), int(now_ms), int(flag),
                     None if before is None else int(before)))
        return self._get(uid)

    def add_action(self, profile_id: int, card_id: int, action: str, now_ms: int,
                   uid: str | None = None, days: int | None = None) -> PendingAnswer:
        """Keep a reset (RESET), a new due date (SET_DUE, in `days`) or a suspension (SUSPEND)
        of a card, after the answers and changes kept so far (on disk when this returns)."""
        if action not in (RESET, SET_DUE, SUSPEND):
            raise ValueError(f"unknown card action {action!r}")
        uid = uid or new_uid()
        self._write("INSERT OR IGNORE INTO answer (uid, profile_id, card_id, rating, now_ms, "
                    "duration_ms, action, days) VALUES (?, ?, ?, 0, ?, 0, ?, ?)",
                    (uid, int(profile_id), int(card_id), int(now_ms), action,
                     None if days is None else int(days)))
        return self._get(uid)

    def _get(self, uid: str) -> PendingAnswer:
        return PendingAnswer(*self._read(f"SELECT {_COLS} FROM answer WHERE uid = ?", (uid,))[0])

    def pending(self) -> list[PendingAnswer]:
        """Waiting answers and flags, oldest first."""
        return [PendingAnswer(*r) for r in self._read(f"SELECT {_COLS} FROM answer ORDER BY seq")]

    def count(self) -> int:
        """Answers and changes waiting (anything to send)."""
        rows = self._read("SELECT COUNT(*) FROM answer")
        return int(rows[0][0]) if rows else 0

    def answers_waiting(self) -> int:
        """Answers waiting (what the learner is told about)."""
        rows = self._read(f"SELECT COUNT(*) FROM answer WHERE {_ANSWER}")
        return int(rows[0][0]) if rows else 0

    def changes_waiting(self) -> int:
        """Flags, resets, due dates and suspensions waiting (said too: they go to the server
        with the answers)."""
        rows = self._read(f"SELECT COUNT(*) FROM answer WHERE NOT ({_ANSWER})")
        return int(rows[0][0]) if rows else 0

    def card_ids(self) -> set[int]:
        """Cards with an answer, a reset or a due date waiting (not shown again offline)."""
        return {r[0] for r in self._read("SELECT DISTINCT card_id FROM answer WHERE flag IS NULL")}

    def sent(self, uid: str) -> None:
        """The server has stored this answer: it leaves the file."""
        self._write("DELETE FROM answer WHERE uid = ?", (uid,))

    def take_back(self) -> PendingAnswer | None:
        """Undo offline: the newest waiting answer or change leaves the file."""
        rows = self._read(f"SELECT {_COLS} FROM answer ORDER BY seq DESC LIMIT 1")
        if not rows:
            return None
        self.sent(rows[0][1])
        return PendingAnswer(*rows[0])

    def refuse(self, item: PendingAnswer, reason: str) -> None:
        """The server will never take this answer (e.g. the card is gone): keep it apart."""
        self._write(
            f"INSERT OR IGNORE INTO refused ({_COLS}, reason) "
            f"VALUES ({', '.join('?' * (_NCOLS + 1))})",
            (item.seq, item.uid, item.profile_id, item.card_id, item.rating, item.now_ms,
             item.duration_ms, item.flag, item.flag_before, item.action, item.days,
             reason[:500]),
            ("DELETE FROM answer WHERE uid = ?", (item.uid,)))

    def refused(self) -> list[tuple[PendingAnswer, str]]:
        return [(PendingAnswer(*r[:_NCOLS]), r[_NCOLS]) for r in self._read(
            f"SELECT {_COLS}, reason FROM refused ORDER BY seq")]
