"""Studying: today's counts, the next card, answers, card actions and undo.

Every function takes the Database, the profile and `now` (UTC ms) and runs in one transaction.
Scheduling itself is jpprep.srs.scheduler; this module reads and writes the rows.

Daily limits (new cards/day, reviews/day) come from each deck's preset and are counted from
today's review log, so they hold across sessions, restarts and undo. A card from deck D may be
shown only while D *and every deck above it* are under their limits (names nest with "::",
rows with parent_id), so a parent's limit caps all its subdecks together.

Undo: the last 30 actions of a profile are kept in the `undo_entry` table (so undo works across
windows, worker threads and restarts). An entry holds the card_state rows as they were, the
revlog rows the action added (removed on undo) and note tags it changed.
"""

from __future__ import annotations

import json
import re
import threading
import uuid
import weakref
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import delete, select, text, update
from sqlalchemy import exc as sa_exc
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from jpprep.errors import ValidationError
from jpprep.services.presets import ensure_presets, personal_params
from jpprep.srs.days import DayClock
from jpprep.srs.presets import PresetConfig, validate
from jpprep.srs.scheduler import (
    AGAIN, LEARNING, NEW, RELEARNING, REVIEW, Scheduler, SrsCard, label_days, label_ms,
)
from jpprep.store.models import Card, CardState, Note, Profile, Review, UndoEntry

UNDO_DEPTH = 30
LEARN_AHEAD_MS = 20 * 60_000  # learning cards due this soon are shown when nothing else is due
SUSPENDED, BURIED = -1, -2
_STATE_FIELDS = ("state", "queue", "step", "stability", "difficulty", "due_ms", "last_review_ms",
                 "reps", "lapses", "bury_day", "flag", "leech")


# ---------------------------------------------------------------- results


@dataclass
class DeckCounts:
    deck_id: int
    name: str
    new: int
    learning: int
    review: int
    total: int  # cards in the deck including subdecks


@dataclass
class QueueCounts:
    """What is left today in the deck being studied (None = all decks), after limits: the
    same numbers deck_counts gives for that deck (summed over the top decks for all decks)."""

    deck_id: int | None
    name: str  # "" for all decks
    new: int
    learning: int
    review: int


@dataclass
class StudyCard:
    card_id: int
    note_id: int
    deck_id: int
    kind: str
    expression: str
    reading: str
    meanings: dict
    examples: list
    audio: str | None
    image: str | None
    tags: str
    level: str | None
    state: int
    previews: dict[int, str] = field(default_factory=dict)  # rating -> "10m", "2d", "3mo"
    flag: int = 0
    leech: bool = False
    # rating -> the interval that answer gives in ms (learning steps exact; review intervals
    # are whole learner days x 86,400,000), for the UI to word in the learner's language
    preview_ms: dict[int, int] = field(default_factory=dict)


@dataclass
class AnswerResult:
    card_id: int
    state: int
    due_ms: int
    interval_label: str
    leech: bool = False
    suspended: bool = False
    # True when review_uid named an answer already stored: nothing was applied again
    already_recorded: bool = False


@dataclass
class TodaySummary:
    reviewed: int
    studied_ms: int
    due_left: int
    new_left: int
    streak_days: int


# ---------------------------------------------------------------- context


@dataclass
class _DeckInfo:
    id: int
    name: str
    parent_id: int | None
    preset_id: int | None
    children: list[int] = field(default_factory=list)


_TEXTS: dict[str, object] = {}


def _text(sql: str):
    """text(sql), built once per distinct statement so SQLAlchemy reuses its cache key."""
    t = _TEXTS.get(sql)
    if t is None:
        if len(_TEXTS) > 2000:
            _TEXTS.clear()
        t = _TEXTS[sql] = text(sql)
    return t


_CONFIGS: dict[str, PresetConfig] = {}
_NO_PRESET = (PresetConfig(), None)  # a deck whose preset is gone: the defaults


def _config(cfg: dict | None) -> PresetConfig:
    """validate() remembered by the JSON text (presets rarely change)."""
    key = json.dumps(cfg, sort_keys=True, default=str)
    conf = _CONFIGS.get(key)
    if conf is None:
        try:
            conf = validate(cfg)
        except ValidationError:
            conf = PresetConfig()
        if len(_CONFIGS) > 1000:
            _CONFIGS.clear()
        _CONFIGS[key] = conf
    return conf


def _json(value, default=None):
    """A JSON column read with plain SQL: text from SQLite, already decoded from psycopg."""
    if isinstance(value, (str, bytes)):
        value = json.loads(value)
    return default if value is None else value


_NAMED = re.compile(r"(?<![:\w]):(\w+)")
_PYFORMAT: dict[str, str] = {}
_INSERTS: dict[tuple, str] = {}


class _Sql:
    """Plain SQL with :name parameters on the session's own connection (same transaction).

    An answer and the next card take about a dozen small statements. Through SQLAlchemy each
    costs 20-50 us of Python (result set-up, events); on the driver's cursor about 5 us. So
    sqlite3 and the pyformat PostgreSQL drivers (psycopg) are used directly, with errors
    wrapped and a dropped connection invalidated as SQLAlchemy does (so Database.session and
    the offline outbox see the usual exceptions). When anything listens to SQLAlchemy's
    cursor events (tests that inject faults, tracing), or for any other database, statements
    go through SQLAlchemy instead."""

    def __init__(self, s: Session) -> None:
        self.s = s
        self.data_version = None  # SQLite: read by _unchanged at the start of a call
        self.matched = None  # the mark _unchanged found equal (nothing written since it)
        self.conn = conn = s.connection()
        dialect = conn.dialect
        self.dbapi = getattr(dialect, "loaded_dbapi", None) or dialect.dbapi
        if dialect.name == "sqlite" and dialect.driver == "pysqlite":
            self.mode = "sqlite"
        elif dialect.name == "postgresql" and getattr(self.dbapi, "paramstyle", "") == "pyformat":
            self.mode = "pyformat"
        else:
            self.mode = "sa"
        if self.mode != "sa" and _listened(conn):
            self.driver_sql = True  # SQLAlchemy runs the driver's SQL: its events fire
            self.cur = None
        else:
            self.driver_sql = False
            self.cur = None if self.mode == "sa" else conn.connection.dbapi_connection.cursor()

    def _sql(self, sql: str) -> str:
        if self.mode != "pyformat":
            return sql
        out = _PYFORMAT.get(sql)
        if out is None:
            if len(_PYFORMAT) > 2000:
                _PYFORMAT.clear()
            out = _PYFORMAT[sql] = _NAMED.sub(r"%(\1)s", sql)
        return out

    def _call(self, sql: str, params: dict | None, fetch: str):
        params = params or {}
        if self.mode == "sa" or self.driver_sql:
            res = (self.conn.execute(_text(sql), params) if self.mode == "sa"
                   else self.conn.exec_driver_sql(self._sql(sql), params))
            return res if fetch == "" else getattr(res, fetch)()
        try:
            self.cur.execute(self._sql(sql), params)
            return self.cur if fetch == "" else getattr(self.cur, fetch)()
        except self.dbapi.Error as exc:
            raise self._wrapped(exc, sql, params) from exc

    def _wrapped(self, exc, sql: str, params: dict):
        """The exception SQLAlchemy would have raised (and the connection invalidated when
        the server went away)."""
        dialect = self.conn.dialect
        try:
            gone = dialect.is_disconnect(exc, self.conn.connection.dbapi_connection, self.cur)
        except Exception:  # noqa: BLE001 - asking must never hide the real error
            gone = False
        if gone:
            self.conn.invalidate(exc)
        return sa_exc.DBAPIError.instance(sql, params, exc, self.dbapi.Error,
                                          connection_invalidated=gone, dialect=dialect)

    def run(self, sql: str, params: dict | None = None):
        """Run a statement; returns something with .rowcount."""
        return self._call(sql, params, "")

    def all(self, sql: str, params: dict | None = None) -> list:
        return self._call(sql, params, "fetchall")

    def first(self, sql: str, params: dict | None = None):
        return self._call(sql, params, "fetchone")

    def scalar(self, sql: str, params: dict | None = None):
        row = self._call(sql, params, "fetchone")
        return None if row is None else row[0]

    def insert(self, table, values: dict, json_cols: tuple = ()) -> int:
        """INSERT one row; returns its id."""
        if self.mode == "sa":
            return self.conn.execute(table.insert(), values).inserted_primary_key[0]
        key = (table.name, tuple(values), self.mode)
        sql = _INSERTS.get(key)
        if sql is None:
            sql = (f"INSERT INTO {table.name} ({', '.join(values)}) "
                   f"VALUES ({', '.join(':' + k for k in values)})")
            if self.mode != "sqlite":
                sql += " RETURNING id"
            _INSERTS[key] = sql
        if json_cols:
            values = {k: json.dumps(v) if k in json_cols else v for k, v in values.items()}
        if self.mode == "sqlite":
            return self._call(sql, values, "").lastrowid
        return self._call(sql, values, "fetchone")[0]


class _Light:
    """What the answer path needs of a Session (its connection and engine), on a plain
    Connection transaction: opening and closing an ORM Session costs ~0.06 ms more CPU per
    answer. An ORM session joining the same transaction is made only when needed."""

    def __init__(self, conn) -> None:
        self.conn = conn
        self._orm: Session | None = None

    def connection(self):
        return self.conn

    def get_bind(self):
        return self.conn.engine

    def orm(self) -> Session:
        if self._orm is None:
            self._orm = Session(bind=self.conn, expire_on_commit=False)
        return self._orm

    def close(self) -> None:
        if self._orm is not None:
            self._orm.flush()
            self._orm.close()


@contextmanager
def _transaction(db):
    """One transaction for the answer path: on a Database, a plain Connection transaction with
    the errors Database.session gives (read-only file, full disk...); anything else that only
    offers session() (test doubles) through it."""
    from jpprep.store.db import Database, _storage_error

    if not isinstance(db, Database):
        with db.session() as s:
            yield s
        return
    try:
        with db.engine.begin() as conn:
            light = _Light(conn)
            try:
                yield light
            finally:
                light.close()
    except (sa_exc.OperationalError, sa_exc.DatabaseError) as exc:
        typed = _storage_error(exc, db.where, only_known=True)
        if typed is None:
            raise
        raise typed from exc


def _listened(conn) -> bool:
    """Does anything listen to SQLAlchemy's statement events on this connection?"""
    try:
        d = conn.dispatch
        return bool(d.before_cursor_execute) or bool(d.after_cursor_execute) or bool(
            conn.dialect.dispatch.handle_error)
    except AttributeError:  # another SQLAlchemy: be safe
        return True


# One round trip at the start of every call. The profile's settings, the deck tree, every
# preset (as text) and the highest card id: equal rows mean nothing the static context depends
# on has changed, in this process or any other. Then row 'r', the fingerprint of today's
# answers (see _DONE_FP), for the day start the cached clock gives.
_FINGERPRINT = (
    "SELECT 'a', id, CAST(settings AS TEXT), NULL, NULL FROM profile WHERE id = :p "
    "UNION ALL SELECT 'c', MAX(id), NULL, NULL, NULL FROM card "
    "UNION ALL SELECT 'd', id, name, CAST(parent_id AS TEXT), CAST(preset_id AS TEXT) FROM deck "
    "UNION ALL SELECT 'p', id, CAST(config AS TEXT), CAST(fsrs_params AS TEXT), NULL "
    "FROM preset "
    "UNION ALL SELECT 'r', COUNT(*), CAST(MAX(id) AS TEXT), CAST(SUM(id) AS TEXT), NULL "
    "FROM revlog WHERE profile_id = :p AND reviewed_ms >= :start ORDER BY 1, 2")


class _Static:
    """What stays the same between answers: settings, day clock, deck tree, presets and their
    schedulers. Kept per engine and profile; rebuilt when the fingerprint rows change."""

    def __init__(self, rows: list) -> None:
        self.settings = {}
        self.decks: dict[int, _DeckInfo] = {}
        self.presets: dict[int, tuple[PresetConfig, list | None]] = {}
        self.max_card = 0
        for kind, rid, a, b, c in rows:
            if kind == "c":
                self.max_card = int(rid or 0)
            elif kind == "a":
                settings = _json(a, {})
                self.settings = settings if isinstance(settings, dict) else {}
            elif kind == "d":
                self.decks[rid] = _DeckInfo(rid, a, None if b is None else int(b),
                                            None if c is None else int(c))
            else:
                self.presets[rid] = (_config(_json(a)), _json(b))
        self.clock = DayClock.from_settings(self.settings)
        by_name = {d.name: d.id for d in self.decks.values()}
        for d in self.decks.values():
            if d.parent_id is None and "::" in d.name:
                d.parent_id = by_name.get(d.name.rsplit("::", 1)[0])
            if d.parent_id in self.decks and d.parent_id != d.id:
                self.decks[d.parent_id].children.append(d.id)
            else:
                d.parent_id = None
        self.by_name = sorted(self.decks, key=lambda i: self.decks[i].name.casefold())
        self.tops = [d for d in self.decks if self.decks[d].parent_id is None]
        # parents before their subdecks, and each deck's own daily limits
        self.topdown: list[int] = []
        placed: set[int] = set()
        for root in [*self.tops, *self.decks]:  # (a deck in a parent loop: cut loose)
            if root in placed:
                continue
            d = self.decks[root]
            if d.parent_id is not None:
                self.decks[d.parent_id].children.remove(root)
                d.parent_id = None
                self.tops.append(root)
            stack = [root]
            while stack:
                d = stack.pop()
                if d in placed:
                    continue
                placed.add(d)
                self.topdown.append(d)
                stack.extend(reversed(self.decks[d].children))
        self.limits = {}
        for d in self.decks.values():
            conf = self.presets.get(d.preset_id, _NO_PRESET)[0]
            self.limits[d.id] = (conf.new_per_day, conf.reviews_per_day)
        self.schedulers: dict[int | None, Scheduler] = {}
        self.paths: dict[int, list[int]] = {}
        self.subtrees: dict[int | None, list[int]] = {}

    def path(self, deck_id: int) -> list[int]:
        out = self.paths.get(deck_id)
        if out is None:
            out, seen = [], set()
            d = self.decks.get(deck_id)
            while d is not None and d.id not in seen:
                out.append(d.id)
                seen.add(d.id)
                d = self.decks.get(d.parent_id) if d.parent_id is not None else None
            self.paths[deck_id] = out
        return out

    def subtree(self, deck_id: int | None) -> list[int]:
        out = self.subtrees.get(deck_id)
        if out is None:
            if deck_id is None:
                out = list(self.decks)
            else:
                out, stack = [], [deck_id]
                while stack:
                    d = stack.pop()
                    if d in self.decks and d not in out:
                        out.append(d)
                        stack.extend(self.decks[d].children)
            self.subtrees[deck_id] = out
        return out

    def scheduler(self, preset_id: int | None) -> Scheduler:
        sched = self.schedulers.get(preset_id)
        if sched is None:
            conf, params = self.presets.get(preset_id, _NO_PRESET)
            params = personal_params(self.settings, preset_id) or params
            try:
                sched = Scheduler(conf, params, self.clock)
            except ValueError:  # parameters fsrs refuses: fall back to the defaults
                sched = Scheduler(conf, None, self.clock)
            self.schedulers[preset_id] = sched
        return sched


def _static(q: _Sql, profile_id: int, now: int) -> tuple[_Static, tuple]:
    """The profile's static context, and (day start, today's answers fingerprint) read with
    it (the start may be another day's when the clock setting changed: the caller checks)."""
    cache = _cache(q.s)
    table = cache.setdefault("static", {})
    with _LOCK:
        got = table.get(profile_id)
    clock = got[1].clock if got is not None else DayClock()
    start = clock.day_start(clock.day(now))
    if got is not None and _unchanged(q, profile_id, start):
        with _LOCK:
            done = cache.get("done", {}).get(profile_id)
        return got[1], (start, done[1] if done is not None and done[0] == start else None)
    rows = [tuple(r) for r in q.all(_FINGERPRINT, {"p": profile_id, "start": start})]
    if not rows or rows[0][0] != "a":
        raise ValidationError(f"there is no profile {profile_id}.", field="profile_id")
    *rows, (_r, n, hi, total, _n) = rows
    done_fp = (start, (int(n), _int(hi), _int(total)))
    key = tuple(rows)
    if got is not None and got[0] == key:
        return got[1], done_fp
    if any(r[0] == "d" and r[4] is None for r in rows):  # a deck without a preset
        orm = q.s.orm() if isinstance(q.s, _Light) else q.s
        ensure_presets(orm)  # gets the default one
        orm.flush()
        return _static(q, profile_id, now)
    st = _Static(rows)
    with _LOCK:
        table[profile_id] = (key, st)
    return st, done_fp


def _unchanged(q: _Sql, profile_id: int, start: int) -> bool:
    """SQLite: has nothing at all been written to the database since this connection's last
    answer for the profile (whose fingerprint was checked, and whose counts this process
    holds)? `PRAGMA data_version` changes when any other connection (thread, window, process)
    commits; the connection's own `total_changes` grows with every row it writes itself. Both
    equal to what they were at that answer's end: the fingerprint could only read the same
    rows, so the query is skipped. (Remembered by ctx.committed(), on the pooled connection.)"""
    if q.mode != "sqlite" or q.cur is None:
        return False
    rec = q.conn.connection
    q.data_version = dv = q.cur.execute("PRAGMA data_version").fetchone()[0]
    mark = rec.info.pop("jpprep_study_mark", None)  # used once; set again after a commit
    if mark is not None and mark == (profile_id, start, dv, rec.dbapi_connection.total_changes):
        q.matched = mark
        return True
    return False


def _int(v) -> int | None:
    return None if v is None else int(v)


# Today's answers of a profile: (count, highest id, sum of ids) of its revlog rows since the
# start of the learner day. Cheap (the profile/time index) and it changes with any answer,
# undo, reset or set-due, here or in another process (ids are never reused while a row with
# a higher id exists, and a deleted row changes the count or the sum).
_DONE_FP = ("SELECT COUNT(*), MAX(id), SUM(id) FROM revlog WHERE profile_id = :p "
            "AND reviewed_ms >= :start")


def _fp_row(row) -> tuple:
    return (int(row[0]), _int(row[1]), _int(row[2]))


def _fp_plus(fp: tuple, rid: int) -> tuple:
    n, hi, total = fp
    return (n + 1, rid if hi is None else max(hi, rid), (total or 0) + rid)


def _done_plus(done: dict, deck_id: int, before: int) -> None:
    n, r = done.get(deck_id, (0, 0))
    if before == NEW:
        done[deck_id] = (n + 1, r)
    elif before == REVIEW:
        done[deck_id] = (n, r + 1)


class _Ctx:
    """What one call needs: the profile's day clock, the deck tree, presets (cached while
    unchanged, see _static), today's counts (cached while the day's log is unchanged)."""

    def __init__(self, s: Session, profile_id: int, now: int, q: _Sql | None = None) -> None:
        self.s = s
        self.q = q or _Sql(s)
        self.cache = _cache(s)
        self.profile_id = profile_id
        self.now = now
        st, self._start_fp = _static(self.q, profile_id, now)
        self.static = st
        self.settings = st.settings
        self.clock = st.clock
        self.decks = st.decks
        self.presets = st.presets
        self.today = self.clock.day(now)
        self.day_start = self.clock.day_start(self.today)
        self._done: dict[int, tuple[int, int]] | None = None
        self._done_fp: tuple | None = None
        self._answers: list[tuple[int, int, int]] = []  # (deck, state before, revlog id)
        self._changes: list[tuple[int, dict | None, dict]] = []  # (deck, old row, new row)
        self._due: tuple | None = None  # (now, deck -> due reviews) to keep at the commit
        self._remaining: dict[int, tuple[int, int]] | None = None

    def config(self, deck_id: int) -> PresetConfig:
        d = self.decks.get(deck_id)
        return self.presets.get(d.preset_id if d else None, _NO_PRESET)[0]

    def scheduler(self, deck_id: int) -> Scheduler:
        d = self.decks.get(deck_id)
        return self.static.scheduler(d.preset_id if d else None)

    def path(self, deck_id: int) -> list[int]:
        """The deck and every deck above it."""
        return list(self.static.path(deck_id))

    def subtree(self, deck_id: int | None) -> list[int]:
        return list(self.static.subtree(deck_id))

    def done_today(self) -> dict[int, tuple[int, int]]:
        """deck id -> (new cards introduced today, reviews answered today) in that deck only."""
        if self._done is None:
            table = self.cache.setdefault("done", {})
            with _LOCK:
                got = table.get(self.profile_id)
            start, fp = self._start_fp  # read before this transaction's answers
            done = None
            if start != self.day_start:
                fp = None
            if fp is None and not self._answers:
                fp = _fp_row(self.q.first(_DONE_FP, {"p": self.profile_id,
                                                     "start": self.day_start}))
            if fp is not None and got is not None and got[0] == self.day_start and got[1] == fp:
                # the shared counts plus this transaction's own answers
                done = dict(got[2])
                for deck_id, before, rid in self._answers:
                    fp = _fp_plus(fp, rid)
                    _done_plus(done, deck_id, before)
            if done is None:
                if fp is None or self._answers:  # (read first: a later answer only adds)
                    fp = _fp_row(self.q.first(_DONE_FP, {"p": self.profile_id,
                                                         "start": self.day_start}))
                done = self._count_done()
                if not self._answers:  # (this transaction's answers are published at commit)
                    with _LOCK:
                        table[self.profile_id] = (self.day_start, fp, dict(done))
            self._done, self._done_fp = done, fp
            self._remaining = None
        return self._done

    def _count_done(self) -> dict[int, tuple[int, int]]:
        # today's rows through the (profile, time) index, then their decks: joining first
        # lets SQLite walk the whole log
        rows = self.q.all(
            "SELECT card_id, state_before FROM revlog WHERE profile_id = :p "
            "AND reviewed_ms >= :start AND kind = 'review'",
            {"p": self.profile_id, "start": self.day_start})
        deck_of = {}
        ids = sorted({r[0] for r in rows})
        for i in range(0, len(ids), 500):
            chunk = ",".join(str(int(x)) for x in ids[i:i + 500])
            deck_of.update(self.q.all(f"SELECT id, deck_id FROM card WHERE id IN ({chunk})"))
        done: dict[int, tuple[int, int]] = {}
        for cid, before in rows:
            _done_plus(done, deck_of.get(cid), before)
        return done

    def answered(self, deck_id: int, before: int, rid: int) -> None:
        """This transaction stored an answer (counted now, shared after the commit)."""
        self._answers.append((deck_id, before, rid))
        if self._done is not None:
            _done_plus(self._done, deck_id, before)
            self._done_fp = _fp_plus(self._done_fp, rid)
            self._remaining = None

    def mark(self):
        """(where, what) _unchanged compares at the next call on this connection: taken just
        before the commit, so every row this transaction wrote is counted."""
        q = self.q
        if q.data_version is None:
            return None
        rec = q.conn.connection
        return rec.info, (self.profile_id, self.day_start, q.data_version,
                          rec.dbapi_connection.total_changes)

    def committed(self, mark=None) -> None:
        """Share today's counts with the next call once this transaction's answers are in."""
        self._publish()
        if mark is not None:
            mark[0]["jpprep_study_mark"] = mark[1]
            if self._due is not None:
                with _LOCK:
                    self.cache.setdefault("due", {})[self.profile_id] = (mark[1],
                                                                         *self._due[:2])

    def _publish(self) -> None:
        if not self._answers:
            return
        table = self.cache.setdefault("done", {})
        with _LOCK:
            if self._done is not None:
                table[self.profile_id] = (self.day_start, self._done_fp, dict(self._done))
                return
            got = table.get(self.profile_id)
            if got is None or got[0] != self.day_start:
                return
            fp, done = got[1], dict(got[2])
            for deck_id, before, rid in self._answers:
                fp = _fp_plus(fp, rid)
                _done_plus(done, deck_id, before)
            table[self.profile_id] = (self.day_start, fp, done)

    def remaining(self) -> dict[int, tuple[int, int]]:
        """deck id -> (new, review) still allowed today by that deck's own limits, counting
        what was done in the deck and all its subdecks."""
        done = self.done_today()
        if self._remaining is not None:
            return self._remaining
        st = self.static
        sub: dict[int, tuple[int, int]] = {}
        for did in reversed(st.topdown):  # subdecks first
            n, r = done.get(did, (0, 0))
            for c in st.decks[did].children:
                cn, cr = sub[c]
                n, r = n + cn, r + cr
            sub[did] = (n, r)
        out = {}
        limits = st.limits
        for did, (n, r) in sub.items():
            ln, lr = limits[did]
            out[did] = (ln - n if ln > n else 0, lr - r if lr > r else 0)
        self._remaining = out
        return out

    def unbury(self) -> None:
        """Buried cards come back when a new learner day starts (checked once a day)."""
        done = self.cache.setdefault("unburied", {})
        if done.get(self.profile_id) == self.today:
            return
        res = self.q.run(
            "UPDATE card_state SET queue = 0, bury_day = NULL WHERE profile_id = :p "
            "AND queue = -2 AND bury_day < :today", {"p": self.profile_id, "today": self.today})
        if res.rowcount:
            _forget_hints(self.s, self.profile_id)
        done[self.profile_id] = self.today


def _session_ctx(s: Session, profile_id: int, now: int) -> _Ctx:
    ctx = _Ctx(s, profile_id, now)
    ctx.unbury()
    return ctx


# ---------------------------------------------------------------- counts


def _available(ctx: _Ctx, deck_ids: list[int] | None = None) -> dict[int, list[int]]:
    """deck id -> [new, learning, review] cards available now in that deck only (no limits)."""
    q, p = ctx.q, ctx.profile_id
    out: dict[int, list[int]] = {d: [0, 0, 0] for d in ctx.decks}
    total: dict[int, int] = {}
    for did, n in q.all("SELECT deck_id, COUNT(*) FROM card GROUP BY deck_id"):
        total[did] = int(n)
    rem = ctx.remaining()
    for did in out:
        # no deck ever shows more new cards than the smallest limit left on its path
        cap = min(rem[a][0] for a in ctx.static.path(did))
        out[did][0] = _new_count(ctx, did, min(cap, total.get(did, 0)))
    for did, lrn, rev in q.all(
        (
            "SELECT c.deck_id, "
            "SUM(CASE WHEN cs.state IN (1, 3) AND cs.due_ms <= :ahead THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN cs.state = 2 AND cs.due_ms <= :now THEN 1 ELSE 0 END) "
            "FROM card_state cs JOIN card c ON c.id = cs.card_id "
            "WHERE cs.profile_id = :p AND cs.queue = 0 AND cs.due_ms <= :ahead "
            "AND cs.state IN (1, 2, 3) GROUP BY c.deck_id"
        ),
        {"p": p, "now": ctx.now, "ahead": ctx.now + LEARN_AHEAD_MS},
    ):
        if did in out:
            out[did][1] = int(lrn or 0)
            out[did][2] = int(rev or 0)
    ctx.totals = total
    return out


def _limited_counts(ctx: _Ctx, avail: dict[int, list[int]]) -> dict[int, tuple[int, int, int]]:
    """Counts after limits: a deck shows at most its own remaining limit, and its subdecks'
    cards count within it."""
    rem = ctx.remaining()
    memo: dict[int, tuple[int, int, int]] = {}

    def count(did: int) -> tuple[int, int, int]:
        if did not in memo:
            n, lrn, r = avail[did]
            for c in ctx.decks[did].children:
                cn, cl, cr = count(c)
                n, lrn, r = n + cn, lrn + cl, r + cr
            rn, rr = rem[did]
            memo[did] = (min(n, rn), lrn, min(r, rr))
        return memo[did]

    out = {}
    for did in ctx.decks:
        n, lrn, r = count(did)
        for a in ctx.static.path(did)[1:]:  # a parent's limit caps the subdeck too
            n, r = min(n, rem[a][0]), min(r, rem[a][1])
        out[did] = (n, lrn, r)
    return out


def _subtree_totals(ctx: _Ctx) -> dict[int, int]:
    return {d: sum(ctx.totals.get(x, 0) for x in ctx.subtree(d)) for d in ctx.decks}


def deck_counts(db, profile_id: int, now: int) -> list[DeckCounts]:
    """Today's new / learning / review counts of every deck after limits, ordered by name."""
    with db.session() as s:
        ctx = _session_ctx(s, profile_id, now)
        counts = _limited_counts(ctx, _available(ctx))
        totals = _subtree_totals(ctx)
        out = [
            DeckCounts(d.id, d.name, *counts[d.id], total=totals[d.id])
            for d in ctx.decks.values()
        ]
        return sorted(out, key=lambda c: c.name.casefold())


def queue_counts(db, profile_id: int, deck_id: int | None, now: int) -> QueueCounts:
    """The studied deck's counts (as deck_counts gives them) without counting every deck:
    what the reviewer's status line shows. See _queue_counts."""
    with db.session() as s:
        ctx = _session_ctx(s, profile_id, now)
        if deck_id is not None and deck_id not in ctx.decks:
            raise ValidationError(f"there is no deck {deck_id}.", field="deck_id")
        return _queue_counts(ctx, deck_id)


_SQL_LEARNING_BY_DECK = (
    "SELECT c.deck_id, COUNT(*) FROM card_state cs JOIN card c ON c.id = cs.card_id "
    "WHERE cs.profile_id = :p AND cs.state IN (1, 3) AND cs.queue = 0 "
    "AND cs.due_ms <= :ahead GROUP BY c.deck_id")


_NEW_COUNT_PART = ("SELECT {k}, COUNT(*) FROM (SELECT 1 {where} LIMIT :cap{k}) AS x{k}")


def _new_counts(ctx: _Ctx, decks: list[int], avail: dict[int, list[int]]) -> None:
    """Each deck's new cards up to the smallest new limit left on its path, in one statement
    (one part per deck, from its remembered first new card)."""
    rem, path = ctx.remaining(), ctx.static.path
    parts, params = [], {"p": ctx.profile_id}
    for d in decks:
        cap = min(rem[a][0] for a in path(d))
        if cap <= 0:
            continue
        hint = _new_hint(ctx, d)
        if hint == _NO_HINT and _first_new(ctx, d) is not None:
            hint = _new_hint(ctx, d)
        if hint is None or hint == _NO_HINT:
            continue
        k = len(parts)
        parts.append(_NEW_COUNT_PART.format(
            k=k, where=_NEW_WHERE.replace(":d", f":d{k}").replace(":hint", f":hint{k}")))
        params.update({f"d{k}": d, f"hint{k}": hint, f"cap{k}": cap})
    if not parts:
        return
    for k, n in ctx.q.all(" UNION ALL ".join(parts), params):
        avail[params[f"d{k}"]][0] = int(n)


def _queue_counts(ctx: _Ctx, deck_id: int | None) -> QueueCounts:
    """One deck's (or all decks') counts after limits, equal to deck_counts' numbers.

    deck_counts counts every card of every deck and every due card; here: each deck's new
    cards up to the smallest new limit left on its path (from the remembered first new card),
    learning cards due soon (few), and due reviews per deck kept between answers
    (_due_reviews). The limits are then applied exactly as deck_counts applies them."""
    decks, new_ok, rev_ok = _allowed(ctx, deck_id)
    rem = ctx.remaining()
    path = ctx.static.path
    avail: dict[int, list[int]] = {d: [0, 0, 0] for d in ctx.decks}
    _new_counts(ctx, new_ok, avail)
    wanted = set(decks)
    for did, n in ctx.q.all(_SQL_LEARNING_BY_DECK,
                            {"p": ctx.profile_id, "ahead": ctx.now + LEARN_AHEAD_MS}):
        if did in wanted:
            avail[did][1] = int(n)
    if rev_ok:
        due = _due_reviews(ctx)
        for d in rev_ok:
            avail[d][2] = due.get(d, 0)
    counts = _limited_counts(ctx, avail)
    tops = ctx.static.tops if deck_id is None else [deck_id]
    out = tuple(sum(counts[t][i] for t in tops) for i in range(3))
    name = "" if deck_id is None else ctx.decks[deck_id].name
    return QueueCounts(deck_id, name, *out)


_SQL_DUE_BY_DECK = (
    "SELECT c.deck_id, COUNT(*) FROM card_state cs JOIN card c ON c.id = cs.card_id "
    "WHERE cs.profile_id = :p AND cs.state = 2 AND cs.queue = 0 AND cs.due_ms > :since "
    "AND cs.due_ms <= :now GROUP BY c.deck_id")


def _is_due_review(row: dict | None, at: int) -> bool:
    return row is not None and row["state"] == REVIEW and row["queue"] == 0 \
        and row["due_ms"] <= at


def _due_reviews(ctx: _Ctx) -> dict[int, int]:
    """deck id -> review cards due now in that deck (every one: no limit applied).

    Counting them means visiting every due card (a backlog of thousands at 100,000 cards).
    So the answer path keeps the counts it made (per engine and profile, with the mark of its
    commit): when the next call finds nothing written since (see _unchanged), only the cards
    that came due since then are counted, and this transaction's own answers and buried
    siblings are applied. Anything else (undo, bury, another window or machine, a new day)
    counts them all again."""
    p, now = ctx.profile_id, ctx.now
    if ctx._due is not None and ctx._due[2] == len(ctx._changes):
        return ctx._due[1]  # counted in this transaction, nothing changed since
    got = _due_kept(ctx)
    if got is not None:
        _stamp, since, base = got
        due = dict(base)
        for deck, old, new in ctx._changes:  # rows counted at `since` that changed here
            if _is_due_review(old, since):
                due[deck] = due.get(deck, 0) - 1
            if _is_due_review(new, since):
                due[deck] = due.get(deck, 0) + 1
    else:
        since, due = -(2**62), {}
    for did, n in ctx.q.all(_SQL_DUE_BY_DECK, {"p": p, "since": since, "now": now}):
        due[did] = due.get(did, 0) + int(n)
    ctx._due = (now, due, len(ctx._changes))
    return due


def _due_kept(ctx: _Ctx):
    """The due counts the last answer kept, when nothing was written since (else None)."""
    with _LOCK:
        got = ctx.cache.get("due", {}).get(ctx.profile_id)
    if got is not None and ctx.q.matched is not None and got[0] == ctx.q.matched \
            and got[1] <= ctx.now:
        return got
    return None


# ---------------------------------------------------------------- next card


def _allowed(ctx: _Ctx, deck_id: int | None) -> tuple[list[int], list[int], list[int]]:
    """Decks whose cards may be shown now: (any, new allowed, review allowed)."""
    rem = ctx.remaining()
    decks = ctx.subtree(deck_id)
    st = ctx.static
    new_open, rev_open = {}, {}  # the deck and every deck above it still under its limit
    for d in st.topdown:
        parent = st.decks[d].parent_id
        n, r = rem[d]
        new_open[d] = n > 0 and (parent is None or new_open[parent])
        rev_open[d] = r > 0 and (parent is None or rev_open[parent])
    return decks, [d for d in decks if new_open[d]], [d for d in decks if rev_open[d]]


def _in(ids: list[int]) -> str:
    return ",".join(str(int(i)) for i in ids) or "NULL"


def _pick_learning(ctx: _Ctx, decks: list[int], until: int) -> int | None:
    join, cond = _deck_cond(ctx, decks)
    # one equality on state each, so each part walks the (state, queue, due) index
    part = (f"SELECT cs.card_id, cs.due_ms FROM card_state cs{join} "
            "WHERE cs.profile_id = :p AND cs.state = {} AND cs.queue = 0 "
            f"AND cs.due_ms <= :until{cond} ORDER BY cs.due_ms, cs.card_id LIMIT 1")
    rows = ctx.q.all(
        f"SELECT card_id, due_ms FROM ({part.format(LEARNING)}) AS l "
        f"UNION ALL SELECT card_id, due_ms FROM ({part.format(RELEARNING)}) AS r",
        {"p": ctx.profile_id, "until": until})
    best = min(((due, cid) for cid, due in rows), default=None)
    return best[1] if best else None


def _deck_cond(ctx: _Ctx, decks: list[int]) -> tuple[str, str]:
    """(join, condition) restricting card_state rows to some decks; nothing when all decks."""
    if set(decks) >= set(ctx.decks):
        return "", ""
    return " JOIN card c ON c.id = cs.card_id", f" AND c.deck_id IN ({_in(decks)})"


def _review_due_count(ctx: _Ctx, decks: list[int], cap: int) -> int:
    """Review cards due now in these decks, counted up to `cap`."""
    join, cond = _deck_cond(ctx, decks)
    return int(ctx.q.scalar(
        f"SELECT COUNT(*) FROM (SELECT 1 FROM card_state cs{join} "
        "WHERE cs.profile_id = :p AND cs.queue = 0 AND cs.due_ms <= :now AND cs.state = 2"
        f"{cond} LIMIT :cap) AS x",
        {"p": ctx.profile_id, "now": ctx.now, "cap": cap},
    ) or 0)


_CANDIDATES = 256
_SQL_STILL_DUE = ("SELECT cs.card_id, cs.queue, cs.state, cs.due_ms FROM card_state cs "
                  "WHERE cs.profile_id = :p AND cs.card_id IN "
                  f"({', '.join(f':c{k}' for k in range(8))})")


def _pick_review(ctx: _Ctx, decks: list[int], far_behind: bool) -> int | None:
    join, cond = _deck_cond(ctx, decks)
    base = (f"SELECT cs.card_id FROM card_state cs{join} WHERE cs.profile_id = :p "
            f"AND cs.queue = 0 AND cs.due_ms <= :now AND cs.state = 2{cond}")
    params = {"p": ctx.profile_id, "now": ctx.now}
    if not far_behind:
        row = ctx.q.first(base + " ORDER BY cs.due_ms, cs.card_id LIMIT 1", params)
        return row[0] if row else None
    # Far behind: lowest retrievability first. R falls as elapsed/S grows (same decay within a
    # preset), so ordering by elapsed/S needs no power function in SQL. Ranking every due card
    # costs a scan, so the best 256 are kept (per day and deck choice) and re-checked before
    # one is shown.
    cache = ctx.cache["review"]
    key = (ctx.profile_id, ctx.today, tuple(sorted(decks)))
    for _attempt in range(2):
        cands = cache.get(key)
        if cands is None:
            cands = [r[0] for r in ctx.q.all(
                base + " ORDER BY (:now - cs.last_review_ms) * 1.0 / cs.stability DESC, "
                f"cs.card_id LIMIT {_CANDIDATES}", params)]
            if not cands:
                return None
            cache[key] = cands
        # by primary key (an index on due would walk every due card), eight at a time with
        # one statement text (prepared once), until one is still due
        for i in range(0, len(cands), 8):
            part = cands[i:i + 8]
            ids = {f"c{k}": (part[k] if k < len(part) else -1) for k in range(8)}
            still = {r[0] for r in ctx.q.all(_SQL_STILL_DUE, {**params, **ids})
                     if r[1] == 0 and r[2] == REVIEW and r[3] <= ctx.now}
            live = [c for c in part if c in still]
            if live:
                cache[key] = live + cands[i + len(part):]
                return live[0]
        cache.pop(key, None)
    return None


def _pick_new(ctx: _Ctx, decks: list[int]) -> int | None:
    """The first new card in deck order (decks by name, then card position)."""
    wanted = set(decks)
    for did in ctx.static.by_name:
        if did not in wanted:
            continue
        cid = _first_new(ctx, did)
        if cid is not None:
            return cid
    return None


# The first new card of a deck (in position order) is remembered per engine, profile and deck,
# with the highest card id at the time: no active new card of the deck lies before it, so the
# search starts there instead of walking every studied card. Anything that can make an earlier
# card new again (reset, undo, unsuspend, unbury, an import adding cards) forgets the hint.
_CACHE: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()
_NO_HINT = -(2**62)


_LOCK = threading.RLock()  # the GUI thread and workers share these caches


def _cache(s: Session) -> dict:
    engine = s.get_bind()
    with _LOCK:
        c = _CACHE.get(engine)
        if c is None:
            c = _CACHE[engine] = {"hints": {}, "review": {}, "lock": threading.RLock()}
        return c


def _max_card_id(ctx: _Ctx) -> int:
    return ctx.static.max_card


def _new_hint(ctx: _Ctx, deck_id: int) -> int | None:
    """Position to search from; None = the deck has no new card."""
    got = ctx.cache["hints"].get((ctx.profile_id, deck_id))
    if got is None or got[1] != _max_card_id(ctx):
        return _NO_HINT
    return got[0]


def _set_hint(ctx: _Ctx, deck_id: int, position: int | None) -> None:
    ctx.cache["hints"][(ctx.profile_id, deck_id)] = (position, _max_card_id(ctx))


def _forget_hints(s: Session, profile_id: int) -> None:
    c = _cache(s)
    for table in (c["hints"], c["review"]):
        for key in [k for k in list(table) if k[0] == profile_id]:
            table.pop(key, None)


_NEW_WHERE = ("FROM card c LEFT JOIN card_state cs ON cs.card_id = c.id AND cs.profile_id = :p "
              "WHERE c.deck_id = :d AND (cs.card_id IS NULL OR (cs.state = 0 AND cs.queue = 0)) "
              "AND c.position >= :hint")


def _first_new(ctx: _Ctx, deck_id: int) -> int | None:
    """The first new card of one deck, keeping the hint up to date."""
    hint = _new_hint(ctx, deck_id)
    if hint is None:
        return None
    sql = f"SELECT c.id, c.position {_NEW_WHERE} ORDER BY c.position, c.id LIMIT 1"
    row = ctx.q.first(sql, {"p": ctx.profile_id, "d": deck_id, "hint": hint})
    if row is None and hint != _NO_HINT:
        row = ctx.q.first(sql, {"p": ctx.profile_id, "d": deck_id, "hint": _NO_HINT})
    if row is None:
        _set_hint(ctx, deck_id, None)  # no new card at all (until cards are added)
        return None
    _set_hint(ctx, deck_id, row[1])
    return row[0]


def _new_count(ctx: _Ctx, deck_id: int, cap: int) -> int:
    """New cards of one deck, counted up to `cap` (no more is ever shown in a day)."""
    if cap <= 0:
        return 0
    hint = _new_hint(ctx, deck_id)  # known: no active new card before it (None: none at all)
    if hint is None or (hint == _NO_HINT and _first_new(ctx, deck_id) is None):
        return 0
    return int(ctx.q.scalar(
        f"SELECT COUNT(*) FROM (SELECT 1 {_NEW_WHERE} LIMIT :cap) AS x",
        {"p": ctx.profile_id, "d": deck_id, "hint": _new_hint(ctx, deck_id), "cap": cap},
    ) or 0)


def _choose(ctx: _Ctx, deck_id: int | None) -> int | None:
    decks, new_ok, rev_ok = _allowed(ctx, deck_id)
    if not decks:
        return None
    lrn = _pick_learning(ctx, decks, ctx.now)
    if lrn is not None:
        return lrn
    rem = ctx.remaining()
    # how many reviews may still be shown today from the selected deck
    if deck_id is None:
        tops = [d for d in ctx.decks if ctx.decks[d].parent_id is None]
        rev_budget = sum(rem[d][1] for d in tops)
        new_budget = sum(rem[d][0] for d in tops)
    else:
        rev_budget = min(rem[a][1] for a in ctx.static.path(deck_id))
        new_budget = min(rem[a][0] for a in ctx.static.path(deck_id))
    due = 0
    if rev_ok and rev_budget > 0:
        # every deck: counted as far as the budget on the index (cheap). Some decks: their
        # due cards are spread through that index, so on SQLite the per-deck counts (counted
        # once, then kept between back-to-back answers, see _due_reviews) are cheaper
        if ctx._due is not None or _due_kept(ctx) is not None or (
                ctx.q.data_version is not None and _deck_cond(ctx, rev_ok)[0]):
            by_deck = _due_reviews(ctx)
            due = min(sum(by_deck.get(d, 0) for d in rev_ok), rev_budget + 1)
        else:
            due = _review_due_count(ctx, rev_ok, rev_budget + 1)
    rev_left = min(due, rev_budget)
    new_id = _pick_new(ctx, new_ok) if new_ok and new_budget > 0 else None
    rev_id = None
    if rev_left > 0:
        rev_id = _pick_review(ctx, rev_ok, far_behind=due > rev_budget)
    if new_id is not None and rev_id is not None:
        mix = ctx.config(deck_id).new_mix if deck_id is not None else "mix"
        if mix == "before":
            return new_id
        if mix == "after":
            return rev_id
        done = ctx.done_today()
        n_done = sum(done.get(d, (0, 0))[0] for d in decks)
        r_done = sum(done.get(d, (0, 0))[1] for d in decks)
        # spread new cards evenly through the reviews
        if n_done / (n_done + new_budget) < r_done / (r_done + rev_left):
            return new_id
        return rev_id
    if rev_id is not None or new_id is not None:
        return rev_id if rev_id is not None else new_id
    # nothing else: learning cards due soon (learn ahead)
    return _pick_learning(ctx, decks, ctx.now + LEARN_AHEAD_MS)


# The card_state columns as plain SQL, and the rows of a note's cards with this profile's state
_CS_COLS = ", ".join(f"cs.{f}" for f in _STATE_FIELDS)
_SQL_NOTE_CARDS = (
    f"SELECT c.id, c.deck_id, c.note_id, cs.card_id, {_CS_COLS} FROM card c "
    "LEFT JOIN card_state cs ON cs.card_id = c.id AND cs.profile_id = :p "
    "WHERE c.note_id = (SELECT note_id FROM card WHERE id = :c)")
_SQL_STUDY_CARD = (
    "SELECT c.id, c.note_id, c.deck_id, c.kind, n.expression, n.reading, n.meanings, "
    f"n.examples, n.audio, n.image, n.tags, n.level, cs.card_id, {_CS_COLS} "
    "FROM card c JOIN note n ON n.id = c.note_id "
    "LEFT JOIN card_state cs ON cs.card_id = c.id AND cs.profile_id = :p WHERE c.id = :c")
_SQL_UPDATE_STATE = (
    "UPDATE card_state SET " + ", ".join(f"{f} = :{f}" for f in _STATE_FIELDS)
    + " WHERE profile_id = :profile_id AND card_id = :card_id")
_SQL_INSERT_STATE = (
    f"INSERT INTO card_state (profile_id, card_id, {', '.join(_STATE_FIELDS)}) "
    f"VALUES (:profile_id, :card_id, {', '.join(':' + f for f in _STATE_FIELDS)})")
_NEW_STATE = {"state": NEW, "queue": 0, "step": None, "stability": None, "difficulty": None,
              "due_ms": 0, "last_review_ms": None, "reps": 0, "lapses": 0, "bury_day": None,
              "flag": 0, "leech": False}


def _state_of(row, start: int) -> dict | None:
    """The card_state part of a row read with _CS_COLS after a cs.card_id column at `start`
    (None when the card is new to the profile)."""
    if row[start] is None:
        return None
    d = dict(zip(_STATE_FIELDS, row[start + 1:start + 1 + len(_STATE_FIELDS)]))
    d["leech"] = bool(d["leech"])
    return d


def _write_state(q: _Sql, profile_id: int, card_id: int, old: dict | None,
                 values: dict) -> None:
    full = {**(_NEW_STATE if old is None else old), **values,
            "profile_id": profile_id, "card_id": card_id}
    q.run(_SQL_INSERT_STATE if old is None else _SQL_UPDATE_STATE, full)


def _srs_from(d: dict | None) -> SrsCard:
    if d is None:
        return SrsCard()
    return SrsCard(d["state"], d["step"], d["stability"], d["difficulty"], d["due_ms"],
                   d["last_review_ms"], d["reps"], d["lapses"])


def _srs_card(row: CardState | None) -> SrsCard:
    if row is None:
        return SrsCard()
    return SrsCard(row.state, row.step, row.stability, row.difficulty, row.due_ms,
                   row.last_review_ms, row.reps, row.lapses)


def _study_card(ctx: _Ctx, card_id: int) -> StudyCard:
    row = ctx.q.first(_SQL_STUDY_CARD, {"p": ctx.profile_id, "c": card_id})
    if row is None:
        raise ValidationError(f"there is no card {card_id}.", field="card_id")
    cid, note_id, deck_id, kind, expression, reading, meanings, examples = row[:8]
    audio, image, tags, level = row[8:12]
    st = _state_of(row, 12)
    sc = _srs_from(st)
    previews = ctx.scheduler(deck_id).preview(card_id, sc, ctx.now)
    return StudyCard(
        card_id=cid, note_id=note_id, deck_id=deck_id, kind=kind,
        expression=expression, reading=reading, meanings=dict(_json(meanings, {})),
        examples=list(_json(examples, [])), audio=audio, image=image,
        tags=tags or "", level=level, state=sc.state,
        previews={r: o.label for r, o in previews.items()},
        flag=st["flag"] if st else 0, leech=bool(st["leech"]) if st else False,
        preview_ms={r: _interval_ms(o, ctx.now) for r, o in previews.items()},
    )


def _interval_ms(o, now: int) -> int:
    """A preview's interval in ms: whole days for review intervals, exact for steps."""
    if o.interval_days is not None:
        return o.interval_days * 86_400_000
    return max(0, o.card.due_ms - now)


def next_card(db, profile_id: int, deck_id: int | None, now: int) -> StudyCard | None:
    """The card to show now (None deck = all decks), or None when today's work is done."""
    with db.session() as s:
        ctx = _session_ctx(s, profile_id, now)
        if deck_id is not None and deck_id not in ctx.decks:
            raise ValidationError(f"there is no deck {deck_id}.", field="deck_id")
        cid = _choose(ctx, deck_id)
        return _study_card(ctx, cid) if cid is not None else None


def get_card(db, profile_id: int, card_id: int, now: int) -> StudyCard:
    """One card as the reviewer shows it (e.g. the card that undo brought back)."""
    with db.session() as s:
        return _study_card(_Ctx(s, profile_id, now), card_id)


# ---------------------------------------------------------------- undo snapshots


def _snapshot(row: CardState | None) -> dict | None:
    return None if row is None else {f: getattr(row, f) for f in _STATE_FIELDS}


def _restore(s: Session, profile_id: int, card_id: int, snap: dict | None) -> None:
    row = s.get(CardState, (profile_id, card_id))
    if snap is None:
        if row is not None:
            s.delete(row)
        return
    if row is None:
        row = CardState(profile_id=profile_id, card_id=card_id)
        s.add(row)
    for f, v in snap.items():
        setattr(row, f, v)


def _trim_undo(s: Session, profile_id: int, q: _Sql | None = None) -> None:
    """Keep the newest UNDO_DEPTH entries of the profile."""
    q = q or _Sql(s)
    oldest_kept = q.scalar(
        "SELECT id FROM undo_entry WHERE profile_id = :p ORDER BY id DESC "
        f"LIMIT 1 OFFSET {UNDO_DEPTH - 1}", {"p": profile_id})
    if oldest_kept is not None:
        q.run("DELETE FROM undo_entry WHERE profile_id = :p AND id < :k",
              {"p": profile_id, "k": oldest_kept})


def _push_undo(q: _Sql, profile_id: int, now: int, action: str, card_id: int | None,
               payload: dict) -> None:
    new_id = q.insert(UndoEntry.__table__, dict(
        profile_id=profile_id, created_ms=now, action=action, card_id=card_id,
        payload=payload), json_cols=("payload",))
    # trimmed every tenth action (and before every undo), so at most 39 rows wait here
    if new_id % 10 == 0:
        _trim_undo(q.s, profile_id, q)


def undo(db, profile_id: int, now: int) -> int | None:
    """Undo the profile's last action (answers included). Returns the card id that came back,
    or None when there is nothing to undo."""
    with db.session() as s:
        _trim_undo(s, profile_id)  # only the last UNDO_DEPTH actions can be undone
        entry = s.scalars(select(UndoEntry).where(UndoEntry.profile_id == profile_id)
                          .order_by(UndoEntry.id.desc()).limit(1)).first()
        if entry is None:
            return None
        payload = entry.payload or {}
        ids = payload.get("revlog_ids") or []
        if ids:
            s.execute(delete(Review).where(Review.id.in_(ids)))
        for cid, snap in (payload.get("states") or {}).items():
            _restore(s, profile_id, int(cid), snap)
        s.flush()
        # a card buried on an earlier day and restored by undo is free again today
        settings = s.execute(select(Profile.settings).where(Profile.id == profile_id)).scalar()
        today = DayClock.from_settings(settings).day(now)
        s.execute(update(CardState).where(
            CardState.profile_id == profile_id, CardState.queue == BURIED,
            CardState.bury_day < today).values(queue=0, bury_day=None))
        for nid, tags in (payload.get("note_tags") or {}).items():
            note = s.get(Note, int(nid))
            if note is not None:
                note.tags = tags
        s.delete(entry)
        _forget_hints(s, profile_id)
        gen = _cache(s).setdefault("gen", {})
        gen[profile_id] = gen.get(profile_id, 0) + 1  # answers were deleted: stats start again
        _cache(s).setdefault("done", {}).pop(profile_id, None)  # and today's counts
        return entry.card_id


def can_undo(db, profile_id: int) -> str | None:
    """The action the next undo would revert ("answer", "bury"...), or None."""
    with db.session() as s:
        return s.scalars(select(UndoEntry.action).where(UndoEntry.profile_id == profile_id)
                         .order_by(UndoEntry.id.desc()).limit(1)).first()


# ---------------------------------------------------------------- answer


def _tag_add(tags: str, tag: str) -> str:
    parts = tags.split()
    if tag.casefold() not in (t.casefold() for t in parts):
        parts.append(tag)
    return " ".join(parts)


def answer(db, profile_id: int, card_id: int, rating: int, now: int,
           duration_ms: int = 0, *, review_uid: str | None = None) -> AnswerResult:
    """Record an answer (1 again, 2 hard, 3 good, 4 easy) and schedule the card.

    review_uid (at most 40 characters) is stored as the review's uid. An answer whose uid is
    already stored for the profile is not applied again: the stored review is described
    (already_recorded=True), so an outbox may re-send an answer whose acknowledgement was lost.
    """
    return _answer_call(db, profile_id, card_id, rating, now, duration_ms, review_uid)[0]


def answer_and_next(db, profile_id: int, card_id: int, rating: int, now: int,
                    duration_ms: int = 0, *, deck_id: int | None = None,
                    review_uid: str | None = None) -> tuple[AnswerResult, StudyCard | None]:
    """answer() and then next_card(deck_id) in one transaction, as the reviewer does after
    every button: (the answer's result, the card to show next or None)."""
    return _answer_call(db, profile_id, card_id, rating, now, duration_ms, review_uid,
                        with_next=True, deck_id=deck_id)


def answer_next_counts(db, profile_id: int, card_id: int, rating: int, now: int,
                       duration_ms: int = 0, *, deck_id: int | None = None,
                       review_uid: str | None = None
                       ) -> tuple[AnswerResult, StudyCard | None, QueueCounts]:
    """answer_and_next() and the studied deck's counts after it (queue_counts), in the same
    transaction: all the reviewer needs after a button."""
    return _answer_call(db, profile_id, card_id, rating, now, duration_ms, review_uid,
                        with_next=True, deck_id=deck_id, with_counts=True)


def _answer_call(db, profile_id: int, card_id: int, rating: int, now: int, duration_ms: int,
                 review_uid: str | None, *, with_next: bool = False,
                 deck_id: int | None = None, with_counts: bool = False) -> tuple:
    if rating not in (1, 2, 3, 4):
        raise ValidationError(f"rating {rating!r} is not 1 (again) to 4 (easy).", field="rating")
    if review_uid is not None and (not isinstance(review_uid, str)
                                   or not 0 < len(review_uid) <= 40):
        raise ValidationError(f"review_uid {review_uid!r} is not a text of 1-40 characters.",
                              field="review_uid")
    ctx = None
    try:
        with _transaction(db) as s:
            ctx = _Ctx(s, profile_id, now)
            if with_next and deck_id is not None and deck_id not in ctx.decks:
                raise ValidationError(f"there is no deck {deck_id}.", field="deck_id")
            res = _recorded(ctx, card_id, review_uid) if review_uid is not None else None
            if res is None:
                res = _answer(ctx, card_id, rating, duration_ms, review_uid)
            nxt = None
            if with_next:
                ctx.unbury()
                cid = _choose(ctx, deck_id)
                nxt = _study_card(ctx, cid) if cid is not None else None
            counts = _queue_counts(ctx, deck_id) if with_counts else None
            mark = ctx.mark()
    except IntegrityError:
        if ctx is not None:
            _forget_hints(ctx.s, profile_id)
        if review_uid is None:
            raise
        # another machine stored the same uid between our look-up and our insert
        with db.session() as s:
            res = _recorded(_Ctx(s, profile_id, now), card_id, review_uid)
        if res is None:
            raise
        nxt = next_card(db, profile_id, deck_id, now) if with_next else None
        if with_counts:
            return res, nxt, queue_counts(db, profile_id, deck_id, now)
        return res, nxt
    except BaseException:
        if ctx is not None and ctx._answers:
            # the hints may have moved past this answer's card, which is new again
            _forget_hints(ctx.s, profile_id)
        raise
    ctx.committed(mark)
    return (res, nxt, counts) if with_counts else (res, nxt)


def _recorded(ctx: _Ctx, card_id: int, uid: str) -> AnswerResult | None:
    """The stored answer with this uid, described as answer() did (None when there is none)."""
    row = ctx.q.first("SELECT profile_id, card_id, id, reviewed_ms, state_after, due_ms "
                      "FROM revlog WHERE uid = :u", {"u": uid})
    if row is None:
        return None
    profile_id, rcard, rid, reviewed_ms, state_after, due_ms = row
    if profile_id != ctx.profile_id or rcard != card_id:
        raise ValidationError(f"review_uid {uid!r} already names another answer "
                              f"(profile {profile_id}, card {rcard}).", field="review_uid")
    st = ctx.q.first("SELECT leech, queue FROM card_state WHERE profile_id = :p AND card_id = :c",
                     {"p": ctx.profile_id, "c": card_id})
    latest = ctx.q.scalar("SELECT MAX(id) FROM revlog WHERE profile_id = :p AND card_id = :c",
                          {"p": ctx.profile_id, "c": card_id})
    # leech / suspended describe the card now when this answer is still its latest one
    is_last = latest == rid and st is not None
    if state_after == REVIEW:
        label = label_days(max(0, ctx.clock.day(due_ms) - ctx.clock.day(reviewed_ms)))
    else:
        label = label_ms(due_ms - reviewed_ms)
    return AnswerResult(card_id, state_after, due_ms, label,
                        leech=bool(is_last and st[0]),
                        suspended=bool(is_last and st[1] == SUSPENDED),
                        already_recorded=True)


def _answer(ctx: _Ctx, card_id: int, rating: int, duration_ms: int,
            review_uid: str | None) -> AnswerResult:
    q, profile_id, now = ctx.q, ctx.profile_id, ctx.now
    rows = q.all(_SQL_NOTE_CARDS, {"p": profile_id, "c": card_id})
    me = next((r for r in rows if r[0] == card_id), None)
    if me is None:
        raise ValidationError(f"there is no card {card_id}.", field="card_id")
    deck_id, note_id = me[1], me[2]
    old = _state_of(me, 3)
    states = {str(card_id): old}
    before = _srs_from(old)
    conf = ctx.config(deck_id)
    out = ctx.scheduler(deck_id).review(card_id, before, rating, now)
    new = out.card
    values = {"state": new.state, "step": new.step, "stability": new.stability,
              "difficulty": new.difficulty, "due_ms": new.due_ms,
              "last_review_ms": new.last_review_ms, "reps": new.reps, "lapses": new.lapses}
    if old is not None and old["queue"] == BURIED:
        values.update(queue=0, bury_day=None)
    note_tags = {}
    leech = suspended = False
    if before.state == REVIEW and rating == AGAIN and new.lapses >= conf.leech_threshold:
        over = new.lapses - conf.leech_threshold
        if over % max(1, conf.leech_threshold // 2) == 0:
            leech = True
            values["leech"] = True
            tags = q.scalar("SELECT tags FROM note WHERE id = :n", {"n": note_id})
            note_tags[str(note_id)] = tags
            q.run("UPDATE note SET tags = :t WHERE id = :n",
                  {"t": _tag_add(tags or "", "leech"), "n": note_id})
            if conf.leech_action == "suspend":
                values["queue"] = SUSPENDED
                suspended = True
    _write_state(q, profile_id, card_id, old, values)
    ctx._changes.append((deck_id, old, {**(_NEW_STATE if old is None else old), **values}))
    rev_id = q.insert(Review.__table__, dict(
        uid=review_uid or uuid.uuid4().hex, profile_id=profile_id, card_id=card_id,
        reviewed_ms=now, rating=rating, duration_ms=max(0, min(int(duration_ms or 0), 3_600_000)),
        state_before=before.state, state_after=new.state, stability=new.stability,
        difficulty=new.difficulty, due_ms=new.due_ms, kind="review"))
    if conf.bury_siblings:
        # other cards of the note wait until tomorrow (new and review cards, as in Anki)
        for r in rows:
            if r[0] == card_id:
                continue
            row = _state_of(r, 3)
            if row is not None and (row["queue"] != 0 or row["state"] in (LEARNING, RELEARNING)):
                continue
            states[str(r[0])] = row
            _write_state(q, profile_id, r[0], row, {"queue": BURIED, "bury_day": ctx.today})
            ctx._changes.append((r[1], row, {**(_NEW_STATE if row is None else row),
                                             "queue": BURIED, "bury_day": ctx.today}))
    _push_undo(q, profile_id, now, "answer", card_id,
               {"states": states, "revlog_ids": [rev_id], "note_tags": note_tags})
    ctx.answered(deck_id, before.state, rev_id)
    return AnswerResult(card_id, new.state, new.due_ms, out.label, leech, suspended)


# ---------------------------------------------------------------- card actions


def _rows(s: Session, profile_id: int, card_ids) -> list[tuple[int, CardState | None]]:
    ids = [card_ids] if isinstance(card_ids, int) else list(card_ids)
    if not ids:
        raise ValidationError("no card was chosen.", field="card_ids")
    found = set(s.scalars(select(Card.id).where(Card.id.in_(ids))))
    missing = [i for i in ids if i not in found]
    if missing:
        raise ValidationError(f"there is no card {missing[0]}.", field="card_id")
    return [(i, s.get(CardState, (profile_id, i))) for i in ids]


def _ensure(s: Session, profile_id: int, cid: int, row: CardState | None) -> CardState:
    if row is None:
        row = CardState(profile_id=profile_id, card_id=cid, state=NEW, queue=0, due_ms=0,
                        reps=0, lapses=0, flag=0, leech=False)
        s.add(row)
    return row


def _simple_action(db, profile_id: int, card_ids, now: int, action: str, apply) -> int:
    with db.session() as s:
        ctx = _Ctx(s, profile_id, now)
        rows = _rows(s, profile_id, card_ids)
        states, revlog_ids = {}, []
        for cid, row in rows:
            states[str(cid)] = _snapshot(row)
            rid = apply(ctx, cid, _ensure(s, profile_id, cid, row))
            if rid is not None:
                revlog_ids.append(rid)
        s.flush()
        first = rows[0][0]
        _push_undo(ctx.q, profile_id, now, action, first,
                   {"states": states, "revlog_ids": revlog_ids, "note_tags": {}})
        return len(rows)


def bury(db, profile_id: int, card_ids, now: int) -> int:
    """Hide cards until the next learner day. Returns how many."""
    def apply(ctx, cid, row):
        if row.queue != SUSPENDED:
            row.queue, row.bury_day = BURIED, ctx.today
    return _simple_action(db, profile_id, card_ids, now, "bury", apply)


def suspend(db, profile_id: int, card_ids, now: int, suspended: bool = True) -> int:
    """Suspend (or unsuspend with suspended=False) cards."""
    def apply(ctx, cid, row):
        if suspended:
            row.queue, row.bury_day = SUSPENDED, None
        elif row.queue == SUSPENDED:
            row.queue = 0
    if not suspended:
        with db.session() as s:
            _forget_hints(s, profile_id)
    return _simple_action(db, profile_id, card_ids, now, "suspend" if suspended else "unsuspend",
                          apply)


def flag(db, profile_id: int, card_ids, flag_value: int, now: int) -> int:
    """Set a coloured flag (0 none, 1-7 like Anki)."""
    if not isinstance(flag_value, int) or not 0 <= flag_value <= 7:
        raise ValidationError(f"flag {flag_value!r} is not 0-7.", field="flag")

    def apply(ctx, cid, row):
        row.flag = flag_value
    return _simple_action(db, profile_id, card_ids, now, "flag", apply)


def _manual_log(ctx: _Ctx, cid: int, before: int, row: CardState) -> int:
    rev = Review(
        uid=uuid.uuid4().hex, profile_id=ctx.profile_id, card_id=cid, reviewed_ms=ctx.now,
        rating=0, duration_ms=0, state_before=before, state_after=row.state,
        stability=row.stability, difficulty=row.difficulty, due_ms=row.due_ms, kind="manual",
    )
    ctx.s.add(rev)
    ctx.s.flush()
    return rev.id


def reset(db, profile_id: int, card_ids, now: int) -> int:
    """Forget cards: they become new again (progress and counts cleared, flag kept)."""
    def apply(ctx, cid, row):
        before = row.state
        row.state, row.step, row.stability, row.difficulty = NEW, None, None, None
        row.due_ms, row.last_review_ms, row.reps, row.lapses = 0, None, 0, 0
        row.queue, row.bury_day, row.leech = 0, None, False
        return _manual_log(ctx, cid, before, row)
    with db.session() as s:
        _forget_hints(s, profile_id)
    return _simple_action(db, profile_id, card_ids, now, "reset", apply)


def set_due(db, profile_id: int, card_ids, days: int, now: int) -> int:
    """Make cards review cards due in `days` learner days (0 = today)."""
    if isinstance(days, bool) or not isinstance(days, int) or not 0 <= days <= 36_500:
        raise ValidationError(f"{days!r} days is not 0-36500.", field="days")

    def apply(ctx, cid, row):
        card = ctx.s.get(Card, cid)
        sched = ctx.scheduler(card.deck_id)
        before = row.state
        new = sched.set_due(_srs_card(row), days, ctx.now)
        row.state, row.step, row.stability, row.difficulty = (
            new.state, new.step, new.stability, new.difficulty)
        row.due_ms, row.last_review_ms = new.due_ms, new.last_review_ms
        if row.queue == BURIED:
            row.queue, row.bury_day = 0, None
        return _manual_log(ctx, cid, before, row)
    return _simple_action(db, profile_id, card_ids, now, "set_due", apply)


# ---------------------------------------------------------------- today


def streak(days: set[int], today: int) -> int:
    """Consecutive learner days with study, ending today (or yesterday if not yet today)."""
    d = today if today in days else today - 1
    n = 0
    while d in days:
        n += 1
        d -= 1
    return n


def current_streak(s: Session, profile_id: int, clock: DayClock, now: int) -> int:
    """Consecutive study days ending today (or yesterday), walking back one indexed look-up
    per day: the latest answer before the start of the day after the streak so far."""
    today = clock.day(now)
    q = _text("SELECT MAX(reviewed_ms) FROM revlog WHERE profile_id = :p AND kind = 'review' "
             "AND reviewed_ms < :before")
    n, day = 0, today
    last = s.execute(q, {"p": profile_id, "before": clock.day_start(today + 1)}).scalar()
    if last is None:
        return 0
    if clock.day(last) < today - 1:
        return 0
    day = clock.day(last)
    while last is not None and clock.day(last) == day:
        n += 1
        day -= 1
        last = s.execute(q, {"p": profile_id, "before": clock.day_start(day + 1)}).scalar()
    return n


def today_summary(db, profile_id: int, now: int) -> TodaySummary:
    with db.session() as s:
        ctx = _session_ctx(s, profile_id, now)
        reviewed, studied = s.execute(
            _text("SELECT COUNT(*), COALESCE(SUM(duration_ms), 0) FROM revlog "
                 "WHERE profile_id = :p AND kind = 'review' AND reviewed_ms >= :start "
                 "AND reviewed_ms <= :now"),
            {"p": profile_id, "start": ctx.day_start, "now": now},
        ).one()
        counts = _limited_counts(ctx, _available(ctx))
        tops = [d for d in ctx.decks if ctx.decks[d].parent_id is None]
        due_left = sum(counts[d][1] + counts[d][2] for d in tops)
        new_left = sum(counts[d][0] for d in tops)
        return TodaySummary(int(reviewed), int(studied), due_left, new_left,
                            current_streak(s, profile_id, ctx.clock, now))


def interval_label(days: int) -> str:
    return label_days(days)


# ---------------------------------------------------------------- replay


def card_log(s: Session, profile_id: int, card_id: int):
    from jpprep.srs.scheduler import LogEntry

    rows = s.execute(
        select(Review.kind, Review.rating, Review.reviewed_ms, Review.state_after,
               Review.stability, Review.difficulty, Review.due_ms)
        .where(Review.profile_id == profile_id, Review.card_id == card_id)
        .order_by(Review.id)
    )
    return [LogEntry(*r) for r in rows]


def replay_card(db, profile_id: int, card_id: int) -> SrsCard:
    """Rebuild a card's scheduling state from its review log (in the order answers were
    recorded) with the deck's current preset. Equal to the stored state while the preset is
    unchanged."""
    with db.session() as s:
        ctx = _Ctx(s, profile_id, 0)
        card = s.get(Card, card_id)
        if card is None:
            raise ValidationError(f"there is no card {card_id}.", field="card_id")
        return ctx.scheduler(card.deck_id).replay(card_id, card_log(s, profile_id, card_id))


def stored_card(db, profile_id: int, card_id: int) -> SrsCard:
    with db.session() as s:
        return _srs_card(s.get(CardState, (profile_id, card_id)))
