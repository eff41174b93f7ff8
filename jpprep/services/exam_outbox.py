"""Mock exams kept on this computer while the class server is away.

When an exam's save (jpprep.services.exams.save_progress) or its result (finish_exam) cannot
reach the server, the whole session state is written to a small SQLite file next to the answer
outbox (jpprep.services.outbox), one per server and profile:
`<data folder>/outbox/<server key>-p<profile id>-exams.sqlite`. One row per exam attempt: a later
state of the same attempt replaces the earlier one, never the other way round (a finished state
beats an open one; otherwise the session's own `saved_ms` decides). Writes are one SQLite
transaction with synchronous=FULL, so the state survives jpprep being closed, a crash or a power
cut.

When the server answers again (`send_kept`: the next save, the runner's retry, the background
retry and start-up through offline_study.send_waiting, or resume_exam) each kept state goes
through the exams service once and then leaves the file: an open state with `store_state` (it
never overwrites a newer or finished one), a finished one with `finish_exam` at the time the
learner finished (a result the server already stored is kept, not written twice). A state the
server can never take (the attempt was deleted, the questions changed) moves to `refused`.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from pathlib import Path

from jpprep.errors import JpprepError
from jpprep.services import exams as svc
from jpprep.services.outbox import EXAMS, Outbox, outbox_files, outbox_path

_SCHEMA = """
CREATE TABLE IF NOT EXISTS exam_state (
    attempt_id INTEGER PRIMARY KEY,
    profile_id INTEGER NOT NULL,
    exam_id TEXT NOT NULL,
    mode TEXT NOT NULL,
    state TEXT NOT NULL,
    saved_ms INTEGER NOT NULL,
    finish_ms INTEGER
);
CREATE TABLE IF NOT EXISTS refused (
    attempt_id INTEGER PRIMARY KEY,
    profile_id INTEGER NOT NULL,
    exam_id TEXT NOT NULL,
    mode TEXT NOT NULL,
    state TEXT NOT NULL,
    saved_ms INTEGER NOT NULL,
    finish_ms INTEGER,
    reason TEXT NOT NULL
);
"""

_COLS = "attempt_id, profile_id, exam_id, mode, state, saved_ms, finish_ms"


@dataclass(frozen=True)
class KeptExam:
    attempt_id: int
    profile_id: int
    exam_id: str
    mode: str
    state: dict
    saved_ms: int
    finish_ms: int | None  # set when the learner finished the exam (the result is to be stored)


def _kept(row) -> KeptExam:
    return KeptExam(row[0], row[1], row[2], row[3], json.loads(row[4]), row[5], row[6])


def exam_outbox_path(database_url: str, profile_id: int, data_dir: Path | None = None) -> Path:
    return outbox_path(database_url, profile_id, data_dir, kind=EXAMS)


class ExamOutbox(Outbox):
    """The exam states of one profile waiting for one server (the answer outbox's file handling,
    with a table of its own)."""

    schema = _SCHEMA

    def keep(self, profile_id: int, attempt_id: int, exam_id: str, mode: str, state: dict,
             finish_ms: int | None = None) -> bool:
        """Keep this state (on disk when this returns) unless a newer one of the same attempt
        is kept already. Returns whether it was kept."""
        saved = int(state.get("saved_ms") or 0)
        self._write(
            f"INSERT INTO exam_state ({_COLS}) VALUES (?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(attempt_id) DO UPDATE SET profile_id = excluded.profile_id, "
            "exam_id = excluded.exam_id, mode = excluded.mode, state = excluded.state, "
            "saved_ms = excluded.saved_ms, finish_ms = excluded.finish_ms "
            "WHERE exam_state.finish_ms IS NULL AND (excluded.finish_ms IS NOT NULL "
            "OR excluded.saved_ms >= exam_state.saved_ms)",
            (int(attempt_id), int(profile_id), exam_id, mode, json.dumps(state, ensure_ascii=False),
             saved, finish_ms))
        got = self.get(attempt_id)
        return got is not None and got.saved_ms == saved and got.finish_ms == finish_ms

    def waiting(self) -> list[KeptExam]:
        """Kept states, the least recently saved first."""
        return [_kept(r) for r in self._read(
            f"SELECT {_COLS} FROM exam_state ORDER BY saved_ms, attempt_id")]

    pending = waiting

    def get(self, attempt_id: int) -> KeptExam | None:
        rows = self._read(f"SELECT {_COLS} FROM exam_state WHERE attempt_id = ?", (int(attempt_id),))
        return _kept(rows[0]) if rows else None

    def count(self) -> int:
        rows = self._read("SELECT COUNT(*) FROM exam_state")
        return int(rows[0][0]) if rows else 0

    def forget(self, kept: KeptExam) -> None:
        """The server has this state: it leaves the file, unless a newer one was kept meanwhile."""
        self._write("DELETE FROM exam_state WHERE attempt_id = ? AND saved_ms <= ? AND "
                    "(finish_ms IS NULL OR ? IS NOT NULL)",
                    (kept.attempt_id, kept.saved_ms, kept.finish_ms))

    def refuse(self, kept: KeptExam, reason: str) -> None:
        """The server will never take this state: kept apart, never dropped."""
        self._write(f"INSERT OR REPLACE INTO refused ({_COLS}, reason) "
                    f"SELECT {_COLS}, ? FROM exam_state WHERE attempt_id = ?",
                    (reason[:500], kept.attempt_id),
                    ("DELETE FROM exam_state WHERE attempt_id = ?", (kept.attempt_id,)))

    def refused(self) -> list[tuple[KeptExam, str]]:
        return [(_kept(r[:7]), r[7]) for r in self._read(f"SELECT {_COLS}, reason FROM refused")]


_boxes: dict[Path, ExamOutbox] = {}
_boxes_lock = threading.Lock()
_sending = threading.Lock()


def for_profile(db, profile_id: int) -> ExamOutbox:
    """This profile's exam outbox for db's server (one object per file: writes share its lock)."""
    path = exam_outbox_path(db.url, profile_id)
    with _boxes_lock:
        if path not in _boxes:
            _boxes[path] = ExamOutbox(path)
        return _boxes[path]


def _boxes_for_server(db) -> list[tuple[int, ExamOutbox]]:
    return [(f.profile_id, for_profile(db, f.profile_id)) for f in outbox_files(db.url)
            if f.kind == EXAMS]


def kept_for_server(database_url: str) -> tuple[int, int, int]:
    """(answers, mock exams, card changes: flags, resets, due dates) every profile left on
    this computer for the server at
    database_url: said when jpprep starts on the local database because that server cannot be
    reached (its profiles are not there, so nothing else would tell the learner)."""
    answers = exams = flags = 0
    for f in outbox_files(database_url):
        box = ExamOutbox(f.path) if f.kind == EXAMS else Outbox(f.path)
        try:
            if f.kind == EXAMS:
                exams += box.count()
            else:
                answers += box.answers_waiting()
                flags += box.changes_waiting()
        except JpprepError:  # an unreadable file is not a reason to stop jpprep starting
            continue
        finally:
            box.close()
    return answers, exams, flags


def waiting_count(db) -> int:
    """How many mock exams (every profile's, open or finished) wait on this computer for db's
    server: what the window says when jpprep closes."""
    return sum(box.count() for _pid, box in _boxes_for_server(db))


def _is_disconnect(exc: BaseException) -> bool:
    from jpprep.services.offline_study import is_disconnect

    return is_disconnect(exc)


def save(db, run: svc.RunningExam, profile_id: int, now: int) -> bool:
    """Save the exam to the server; while it is away keep the state on this computer instead.
    Returns True when the server has it, False when it waits here."""
    box = for_profile(db, profile_id)
    try:
        svc.save_progress(db, run, now)
    except Exception as exc:
        if not _is_disconnect(exc):
            raise
        box.keep(profile_id, run.attempt_id, run.blueprint.id, run.mode, run.session.to_state(now))
        return False
    if box.count():  # the server is back: what waited here goes now (a newer save is never undone)
        send_kept(db, now, profile_id=profile_id)
    return True


def finish(db, run: svc.RunningExam, profile_id: int, now: int):
    """Finish, score and store the result; while the server is away the finished state is kept
    on this computer and the result goes later. Returns (result, stored on the server)."""
    try:
        return svc.finish_exam(db, run, now), True
    except Exception as exc:
        if not _is_disconnect(exc):
            raise
    result = svc.score_run(run, now)
    for_profile(db, profile_id).keep(profile_id, run.attempt_id, run.blueprint.id, run.mode,
                                     run.session.to_state(now), finish_ms=now)
    return result, False


def is_kept(db, profile_id: int, attempt_id: int) -> bool:
    return for_profile(db, profile_id).get(attempt_id) is not None


def kept_open(db, profile_id: int, attempt_id: int | None = None) -> tuple[int, str, str, dict] | None:
    """(attempt id, exam id, mode, state) of the newest open exam kept here, for resuming while
    the server is away."""
    rows = [k for k in for_profile(db, profile_id).waiting() if k.finish_ms is None
            and (attempt_id is None or k.attempt_id == attempt_id)]
    if not rows:
        return None
    k = max(rows, key=lambda k: (k.state.get("started_ms") or 0, k.attempt_id))
    return k.attempt_id, k.exam_id, k.mode, k.state


def send_one(db, kept: KeptExam) -> None:
    """Hand one kept state to the exams service (raises when the server is away)."""
    if kept.finish_ms is not None:
        run = svc.running_from_state(kept.attempt_id, kept.exam_id, kept.mode, kept.state, kept.finish_ms)
        svc.finish_exam(db, run, kept.finish_ms)
    else:
        svc.store_state(db, kept.attempt_id, kept.state)


def send_kept(db, now: int, profile_id: int | None = None) -> int:
    """Send the exam states kept on this computer for db's server (one profile's, or every
    profile's), each once, then forget them. Stops quietly when the server is away; returns how
    many went. Another thread sending already: returns 0 (it sends them)."""
    del now  # each state carries its own times
    if not _sending.acquire(blocking=False):
        return 0
    sent = 0
    try:
        boxes = ([(profile_id, for_profile(db, profile_id))] if profile_id is not None
                 else _boxes_for_server(db))
        for _pid, box in boxes:
            for kept in box.waiting():
                try:
                    send_one(db, kept)
                except Exception as exc:
                    if _is_disconnect(exc):
                        return sent
                    if isinstance(exc, JpprepError):
                        box.refuse(kept, str(exc))
                        continue
                    raise
                box.forget(kept)
                sent += 1
    finally:
        _sending.release()
    return sent
