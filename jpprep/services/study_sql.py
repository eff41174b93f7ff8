"""The study services' SQL: a statement runner on the transaction's own connection (plain
driver calls for SQLite and psycopg, SQLAlchemy otherwise), the answer path's light transaction,
and the card_state statements and rows the answer and next-card code share.

Part of jpprep.services.study (which re-exports every name here)."""

from __future__ import annotations

import json
import re
from contextlib import contextmanager

from sqlalchemy import text
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session

from jpprep.srs.scheduler import NEW, SrsCard
from jpprep.store.models import CardState

SUSPENDED, BURIED = -1, -2
_STATE_FIELDS = ("state", "queue", "step", "stability", "difficulty", "due_ms", "last_review_ms",
                 "reps", "lapses", "bury_day", "flag", "leech")


_TEXTS: dict[str, object] = {}


def _text(sql: str):
    """text(sql), built once per distinct statement so SQLAlchemy reuses its cache key."""
    t = _TEXTS.get(sql)
    if t is None:
        if len(_TEXTS) > 2000:
            _TEXTS.clear()
        t = _TEXTS[sql] = text(sql)
    return t


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
        # psycopg's pipeline mode sends several statements in one round trip to the server
        self.piped = self.mode == "pyformat" and self.cur is not None and hasattr(
            self.cur.connection, "pipeline")
        self._ahead: list[tuple[str, dict]] = []  # reads to send with the next statement
        self._got: dict[tuple, list] = {}  # their rows, until asked for
        self._pipe = None  # inside together()

    def _sql(self, sql: str) -> str:
        if self.mode != "pyformat":
            return sql
        out = _PYFORMAT.get(sql)
        if out is None:
            if len(_PYFORMAT) > 2000:
                _PYFORMAT.clear()
            out = _PYFORMAT[sql] = _NAMED.sub(r"%(\1)s", sql)
        return out

    def ahead(self, sql: str, params: dict | None = None) -> None:
        """A read this transaction will make: on PostgreSQL it goes to the server with the next
        statement (one round trip for both); asking for it later (same text and parameters)
        gives its rows without another. Elsewhere nothing happens until it is asked for."""
        if self.piped:
            self._ahead.append((sql, params or {}))

    @contextmanager
    def together(self):
        """On PostgreSQL the statements run inside go to the server together (one round trip
        at the end of the block); read what they return (a cursor from run()) after it."""
        if not self.piped or self._pipe is not None:
            yield
            return
        try:
            with self.cur.connection.pipeline() as self._pipe:
                yield
        except self.dbapi.Error as exc:
            raise self._wrapped(exc, "(statements sent together)", {}) from exc
        finally:
            self._pipe = None

    def _call(self, sql: str, params: dict | None, fetch: str):
        params = params or {}
        if self.mode == "sa" or self.driver_sql:
            res = (self.conn.execute(_text(sql), params) if self.mode == "sa"
                   else self.conn.exec_driver_sql(self._sql(sql), params))
            return res if fetch == "" else getattr(res, fetch)()
        if self._got and fetch != "":
            rows = self._got.pop((sql, tuple(sorted(params.items()))), None)
            if rows is not None:
                return rows if fetch == "fetchall" else (rows[0] if rows else None)
        try:
            if self._pipe is not None:  # a cursor of its own: read after together()
                cur = self.cur.connection.cursor()
                cur.execute(self._sql(sql), params)
                return cur if fetch == "" else getattr(cur, fetch)()
            if self._ahead:
                return self._with_ahead(sql, params, fetch)
            self.cur.execute(self._sql(sql), params)
            return self.cur if fetch == "" else getattr(self.cur, fetch)()
        except self.dbapi.Error as exc:
            raise self._wrapped(exc, sql, params) from exc

    def _with_ahead(self, sql: str, params: dict, fetch: str):
        """This statement and the reads queued by ahead(), in one round trip."""
        ahead, self._ahead = self._ahead, []
        conn = self.cur.connection
        with conn.pipeline():
            self.cur.execute(self._sql(sql), params)
            curs = []
            for a_sql, a_params in ahead:
                curs.append(conn.cursor())
                curs[-1].execute(self._sql(a_sql), a_params)
        for (a_sql, a_params), cur in zip(ahead, curs):
            self._got[(a_sql, tuple(sorted(a_params.items())))] = cur.fetchall()
        return self.cur if fetch == "" else getattr(self.cur, fetch)()

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
        return self.insert_later(table, values, json_cols)()

    def insert_later(self, table, values: dict, json_cols: tuple = ()):
        """INSERT one row; calling what this returns gives its id (inside together(): call it
        after the block)."""
        if self.mode == "sa":
            rid = self.conn.execute(table.insert(), values).inserted_primary_key[0]
            return lambda: rid
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
        cur = self._call(sql, values, "")
        if self.mode == "sqlite":
            rid = cur.lastrowid
            return lambda: rid
        if self._pipe is None:
            rid = cur.fetchone()[0]
            return lambda: rid
        return lambda: cur.fetchone()[0]


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


# The card_state columns as plain SQL, and the rows of a note's cards with this profile's state
_CS_COLS = ", ".join(f"cs.{f}" for f in _STATE_FIELDS)
_SQL_NOTE_CARDS = (
    f"SELECT c.id, c.deck_id, c.note_id, cs.card_id, {_CS_COLS} FROM card c "
    "LEFT JOIN card_state cs ON cs.card_id = c.id AND cs.profile_id = :p "
    "WHERE c.note_id = (SELECT note_id FROM card WHERE id = :c)")
# the same, with (last column) whether an answer with review uid :u is stored already
_SQL_NOTE_CARDS_UID = _SQL_NOTE_CARDS.replace(
    " FROM card c ", ", (SELECT COUNT(*) FROM revlog WHERE uid = :u) FROM card c ", 1)
# PostgreSQL: the next answer's revlog id, taken up front so the answer's writes (its undo
# entry names it) go to the server together
_SQL_NEXT_REVLOG_ID = "SELECT nextval(pg_get_serial_sequence('revlog', 'id'))"
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
