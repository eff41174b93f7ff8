"""Engine, sessions and schema upgrades.

SQLite (the default) runs in WAL mode with foreign keys on and synchronous=FULL, so an answer
that was committed survives a power cut. Any SQLAlchemy URL works (PostgreSQL for a centre).
Schema upgrades are Alembic revisions, applied on open after a backup of the file.
"""

from __future__ import annotations

import sqlite3
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import re

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from jpprep import errors

MIGRATIONS = Path(__file__).with_name("migrations")
SQLITE_MAGIC = b"SQLite format 3\x00"


def _alembic_config(connection=None):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    """The newest schema revision, read from the migration files without importing Alembic
    (which costs about 0.2 s at start-up). The revision a file's `down_revision` does not
    name is the head; tests check this agrees with Alembic's own answer."""
    revs, downs = set(), set()
    for f in (MIGRATIONS / "versions").glob("*.py"):
        body = f.read_text(encoding="utf-8")
        rev = re.search(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", body, re.M)
        down = re.search(r"^down_revision\s*=\s*['\"]([^'\"]+)['\"]", body, re.M)
        if rev:
            revs.add(rev.group(1))
        if down:
            downs.add(down.group(1))
    heads = revs - downs
    if len(heads) != 1:
        raise RuntimeError(f"migrations must have exactly one head, found {sorted(heads)}")
    return heads.pop()


def alembic_head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config()).get_current_head()


def sqlite_path(url: str) -> Path | None:
    if not url.startswith("sqlite"):
        return None
    path = url.split("///", 1)[1] if "///" in url else ""
    if path.startswith("file:"):  # sqlite:///file:/x/y.db?mode=ro&uri=true
        path = path[5:].split("?", 1)[0]
    elif "?" in path:
        path = path.split("?", 1)[0]
    return Path(path) if path and path != ":memory:" else None


def _set_sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.close()


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _set_sqlite_pragmas)
        return engine
    engine = create_engine(url, pool_pre_ping=True)
    if engine.dialect.name == "postgresql" and engine.dialect.driver in ("psycopg", "psycopg2"):
        event.listen(engine, "do_connect", _give_up_on_silent_servers)
    return engine


# A class server whose machine is off or whose cable is out does not even refuse: without
# these, a page (or an answer) would wait minutes for the system's own TCP timeouts. Values
# written in the URL win (e.g. ?connect_timeout=3). libpq (psycopg, psycopg2) understands both.
CONNECT_TIMEOUT_S = 5          # a new connection to a server that does not answer
TCP_USER_TIMEOUT_MS = 10_000   # a request the server's machine never acknowledges


def _give_up_on_silent_servers(_dialect, _conn_rec, _cargs, cparams) -> None:
    cparams.setdefault("connect_timeout", CONNECT_TIMEOUT_S)
    cparams.setdefault("tcp_user_timeout", TCP_USER_TIMEOUT_MS)


def check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not a SQLite database before anything writes to it."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with open(path, "rb") as fh:
        magic = fh.read(16)
    if magic != SQLITE_MAGIC:
        raise errors.NotADatabaseError(
            "this file is not a jpprep database (it is not SQLite); it was left untouched.",
            file=str(path),
            hint="Move it away or set another database in JPPREP_DATABASE_URL, then start again.",
            code="not_a_database",
        )
    _check_sqlite_size(path)
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        # a WAL database in a folder that cannot be written fails to open even read-only:
        # that is a permission to fix, not damage to restore from a backup
        typed = _storage_error(exc, path, only_known=True)
        if isinstance(typed, errors.ReadOnlyDatabaseError):
            raise typed from exc
        raise errors.DamagedDatabaseError(
            f"the database is damaged ({exc}); it was left untouched.",
            file=str(path),
            hint="Restore a backup (jpprep backup restore) or move the file away.",
            code="damaged_database",
        ) from exc


def _check_sqlite_size(path: Path) -> None:
    """A file shorter than its header says was truncated (a copy cut short, a full disk)."""
    with open(path, "rb") as fh:
        header = fh.read(100)
    if len(header) < 100:
        raise errors.DamagedDatabaseError(
            "the database file is cut short (truncated); it was left untouched.",
            file=str(path), hint="Restore the newest good backup (jpprep backup restore).",
            code="damaged_database")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    valid = pages > 0 and header[24:28] == header[92:96]
    if valid and path.stat().st_size < pages * page_size:
        raise errors.DamagedDatabaseError(
            f"the database file is cut short: {path.stat().st_size} bytes instead of "
            f"{pages * page_size}; it was left untouched.",
            file=str(path), hint="Restore the newest good backup (jpprep backup restore).",
            code="damaged_database")


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not engine.dialect.has_table(conn, "alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: Engine, *, backup_dir: Path | None = None) -> str | None:
    """Bring the schema to head. Returns the path of the backup made, if any.

    A database whose revision this version does not know was written by a newer jpprep: refuse
    it and leave it as it is.
    """
    head = head_revision()
    rev = current_revision(engine)
    if rev == head:
        return None
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config())
    if rev is not None:
        known = {s.revision for s in script.walk_revisions()}
        if rev not in known:
            raise errors.NewerDatabaseError(
                f"this database was written by a newer version of jpprep (schema {rev}); "
                "it was left untouched.",
                file=str(sqlite_path(str(engine.url)) or engine.url.render_as_string()),
                hint="Install the newer jpprep, or choose another database.",
                code="newer_database",
            )
    backup = None
    path = sqlite_path(str(engine.url))
    if rev is not None and backup_dir is not None:
        from jpprep.store import backup as backups

        now_ms = int(time.time() * 1000)
        dest = backups.backup_path(backup_dir, backups.stem_for(engine), now_ms, "upgrade")
        if path is not None:
            backup = backups.copy_sqlite(path, dest)
        else:
            backup = backups.export_to_sqlite(engine, dest)
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            # a whole lab may start at once: one upgrades, the others wait and find it done
            conn.execute(text("SELECT pg_advisory_xact_lock(7245010001)"))
            if engine.dialect.has_table(conn, "alembic_version") and conn.execute(
                    text("SELECT version_num FROM alembic_version")).scalar() == head:
                return str(backup) if backup else None
        cfg = _alembic_config(conn)
        from alembic import command

        command.upgrade(cfg, "head")
    return str(backup) if backup else None


class Database:
    """An open, up-to-date database and its session factory."""

    def __init__(self, url: str, *, backup_dir: Path | None = None) -> None:
        self.url = url
        self.backup_dir = backup_dir
        self.path = path = sqlite_path(url)
        self.where = str(path) if path else _redacted(url)
        if path is not None:
            check_sqlite_file(path)
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise errors.StorageError(
                    f"cannot create the data folder ({exc.strerror}).",
                    file=str(path.parent),
                    hint="Choose a folder you can write to (JPPREP_DATA_DIR or --data-dir).",
                    code="data_folder_unwritable", params={"reason": exc.strerror or ""},
                ) from exc
        self.engine = make_engine(url)
        try:
            self.backup_made = upgrade(self.engine, backup_dir=backup_dir)
        except (OperationalError, DatabaseError) as exc:
            self.engine.dispose()
            raise _storage_error(exc, self.where) from exc
        except errors.JpprepError:
            self.engine.dispose()
            raise
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any error."""
        try:
            with self._sessions.begin() as session:
                yield session
        except (OperationalError, DatabaseError) as exc:
            typed = _storage_error(exc, self.where, only_known=True)
            if typed is None:
                raise
            raise typed from exc

    def close(self) -> None:
        self.engine.dispose()


def _redacted(url: str) -> str:
    try:
        from sqlalchemy.engine import make_url

        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return "the database server"


def _storage_error(exc: Exception, where, *, only_known: bool = False) -> errors.StorageError | None:
    """A typed error for a database failure a person can act on (None for others when
    only_known: constraint violations and the like stay as they are for the caller)."""
    text = str(getattr(exc, "orig", exc)).lower()
    if "readonly" in text or "read-only" in text or "read only" in text:
        return errors.ReadOnlyDatabaseError(
            "the database cannot be written (read-only file or folder); your last change was "
            "not saved, everything before it is safe.",
            file=str(where), hint="Make the folder writable or choose another data folder.",
            code="read_only")
    if "disk is full" in text or "database or disk is full" in text or "no space left" in text:
        return errors.DiskFullError(
            "the disk is full; your last change was not saved, everything before it is safe.",
            file=str(where), hint="Free some space (or delete old backups), then try again.",
            code="disk_full")
    if "not a database" in text or "malformed" in text:
        return errors.DamagedDatabaseError(
            "the database is damaged; it was left untouched.",
            file=str(where), hint="Restore the newest good backup (jpprep backup restore).",
            code="damaged_database")
    if "unable to open database file" in text:
        return errors.ReadOnlyDatabaseError(
            "cannot open or create the database file (the folder may be read-only or missing).",
            file=str(where), hint="Make the folder writable or choose another data folder.",
            code="cannot_create_database")
    if only_known:
        return None
    # the English stays as it was (CLI, logs); the code says which of these a student meets
    code = ("server_login_refused" if any(s in text for s in _LOGIN_REFUSED) else
            "server_unreachable" if any(s in text for s in _UNREACHABLE) else "cannot_open_database")
    return errors.StorageError(f"cannot open the database ({text}).", file=str(where),
                               hint="Check the database setting.", code=code, params={"detail": text})


# How libpq (psycopg) says a class server cannot be reached, or refused the login (lowercase).
_UNREACHABLE = ("connection refused", "could not connect", "timeout expired", "timed out",
                "could not translate host name", "no route to host", "network is unreachable",
                "server closed the connection", "connection reset", "name or service not known")
_LOGIN_REFUSED = ("password authentication failed", "no password supplied",
                  "authentication failed")
