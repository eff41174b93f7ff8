"""Backup files: consistent copies, their names, which ones to keep, and restoring one.

A backup is made with SQLite's online backup API (never a plain file copy of a live database),
written to `<name>.<pid>.partial`, switched to a single-file journal mode, checked with
`PRAGMA quick_check`, flushed to disk and only then renamed to its final name. So a file with a
final name is always a complete, healthy database; a kill mid-way leaves only a `.partial` that
the next backup removes.

A PostgreSQL database is copied row by row, in one REPEATABLE READ transaction, into the same
kind of SQLite file (same schema, same Alembic revision).

Names: `<db stem>-<YYYYmmdd-HHMMSS>[_n]-<reason>.db` (UTC), e.g. `jpprep-20261122-031825-close.db`.
See docs/data-safety.md for the retention policy (`Policy`, `plan_prune`).
"""

from __future__ import annotations

import os
import re
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from jpprep import errors

NAME_RE = re.compile(
    r"^(?P<stem>.+)-(?P<ts>\d{8}-\d{6})(?:_(?P<n>\d+))?-(?P<reason>[a-z][a-z0-9-]*)\.db$"
)
PARTIAL_SUFFIX = ".partial"
STALE_PARTIAL_S = 3600


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    stem: str
    created_ms: int
    reason: str
    size: int

    @property
    def name(self) -> str:
        return self.path.name


@dataclass(frozen=True)
class Policy:
    """Which backups to keep (see docs/data-safety.md).

    Kept: the `recent` newest; the newest of each of the `daily` most recent days, `weekly` most
    recent ISO weeks and `monthly` most recent months that have a backup. If the kept files add
    up to more than `max_bytes`, the oldest kept ones go until they fit; the newest is never
    removed.
    """

    recent: int = 8
    daily: int = 7
    weekly: int = 5
    monthly: int = 12
    max_bytes: int = 500 * 1024 * 1024


def stem_for(engine) -> str:
    """The name prefix of one database's backups: the file's stem, or backend-dbname."""
    from jpprep.store.db import sqlite_path

    path = sqlite_path(str(engine.url))
    if path is not None:
        return path.stem
    return f"{engine.url.get_backend_name()}-{engine.url.database or 'server'}"


def clean_reason(reason: str) -> str:
    text = re.sub(r"[^a-z0-9]+", "-", (reason or "manual").lower()).strip("-")
    if not text or not text[0].isalpha():
        text = "b-" + text if text else "manual"
    return text[:30].strip("-")


def _stamp(now_ms: int) -> str:
    return datetime.fromtimestamp(now_ms / 1000, tz=timezone.utc).strftime("%Y%m%d-%H%M%S")


def backup_path(backup_dir: Path, stem: str, now_ms: int, reason: str) -> Path:
    """A free name for a new backup (two in the same second get _2, _3...)."""
    reason = clean_reason(reason)
    base = f"{stem}-{_stamp(now_ms)}"
    path = backup_dir / f"{base}-{reason}.db"
    n = 2
    while path.exists():
        path = backup_dir / f"{base}_{n}-{reason}.db"
        n += 1
    return path


def parse_name(path: Path) -> BackupInfo | None:
    m = NAME_RE.match(path.name)
    if not m:
        return None
    ts = datetime.strptime(m["ts"], "%Y%m%d-%H%M%S").replace(tzinfo=timezone.utc)
    # _n only orders backups made in the same second
    created = int(ts.timestamp() * 1000) + min(int(m["n"] or 1) - 1, 999)
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    return BackupInfo(path, m["stem"], created, m["reason"], size)


def list_backups(backup_dir: Path, stem: str | None = None) -> list[BackupInfo]:
    """Backups in the folder, newest first (only those of database `stem` if given)."""
    if not backup_dir.is_dir():
        return []
    found = []
    for p in backup_dir.iterdir():
        info = parse_name(p)
        if info and (stem is None or info.stem == stem) and p.is_file():
            found.append(info)
    found.sort(key=lambda b: (b.created_ms, b.name), reverse=True)
    return found


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def clean_partials(backup_dir: Path, *, older_than_s: float = STALE_PARTIAL_S) -> list[Path]:
    """Remove leftovers of backups that were killed mid-way."""
    removed = []
    if not backup_dir.is_dir():
        return removed
    limit = time.time() - older_than_s
    for p in backup_dir.glob(f"*{PARTIAL_SUFFIX}*"):
        try:
            if p.stat().st_mtime <= limit:
                p.unlink()
                removed.append(p)
        except OSError:
            pass
    return removed


def _is_full(exc: BaseException) -> bool:
    text = str(exc).lower()
    return "full" in text or getattr(exc, "errno", None) == 28


def _publish(tmp: Path, dest: Path) -> None:
    """Make the copy single-file, verify it, flush it and give it its final name."""
    con = sqlite3.connect(str(tmp))
    try:
        con.execute("PRAGMA journal_mode=DELETE")
        problems = [r[0] for r in con.execute("PRAGMA quick_check").fetchall()]
    finally:
        con.close()
    if problems != ["ok"]:
        raise errors.DamagedDatabaseError(
            "the database is damaged, so no backup was made: " + "; ".join(problems[:3]),
            file=str(dest),
            hint="Run `jpprep backup check`, or restore the newest good backup.",
            code="damaged_database",
        )
    _fsync_file(tmp)
    os.replace(tmp, dest)
    _fsync_dir(dest.parent)


def _partial_for(dest: Path) -> Path:
    return dest.with_name(f"{dest.name}.{os.getpid()}{PARTIAL_SUFFIX}")


def _wrap(exc: BaseException, dest: Path, source: str) -> errors.StorageError:
    if _is_full(exc):
        return errors.DiskFullError(
            "the disk is full, so the backup was not made; your database is unchanged.",
            file=str(dest.parent),
            hint="Free some space (or delete old backups), then try again.",
            code="backup_disk_full",
        )
    if isinstance(exc, PermissionError) or "readonly" in str(exc) or "read-only" in str(exc):
        return errors.ReadOnlyDatabaseError(
            "the backup folder cannot be written, so the backup was not made.",
            file=str(dest.parent),
            hint="Make the folder writable or choose another data folder.",
            code="backup_read_only",
        )
    if isinstance(exc, sqlite3.DatabaseError) and (
        "malformed" in str(exc) or "not a database" in str(exc)
    ):
        return errors.DamagedDatabaseError(
            f"the database is damaged ({exc}), so no backup was made.",
            file=source,
            hint="Restore the newest good backup (jpprep backup restore).",
            code="damaged_database",
        )
    return errors.StorageError(f"the backup failed ({exc}).", file=str(dest), hint=None,
                               code="backup_failed", params={"detail": str(exc)})


def copy_sqlite(src: Path, dest: Path) -> Path:
    """A consistent copy of a (possibly live) SQLite database at `dest`, verified."""
    if not src.is_file():
        raise errors.StorageError("there is no database file to back up.", file=str(src),
                                  code="backup_no_database")
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = _partial_for(dest)
    try:
        tmp.unlink(missing_ok=True)
        source = sqlite3.connect(f"file:{src}?mode=ro", uri=True)
        try:
            source.execute("PRAGMA busy_timeout=10000")
            target = sqlite3.connect(str(tmp))
            try:
                source.backup(target)  # one step: one consistent snapshot
            finally:
                target.close()
        finally:
            source.close()
        _publish(tmp, dest)
    except errors.JpprepError:
        tmp.unlink(missing_ok=True)
        raise
    except (OSError, sqlite3.Error) as exc:
        tmp.unlink(missing_ok=True)
        raise _wrap(exc, dest, str(src)) from exc
    return dest


def export_to_sqlite(engine, dest: Path) -> Path:
    """A consistent SQLite copy of any SQLAlchemy database (used for PostgreSQL)."""
    from sqlalchemy import create_engine, insert, select, text

    from jpprep.store.models import Base

    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = _partial_for(dest)
    tmp.unlink(missing_ok=True)
    out = create_engine(f"sqlite:///{tmp}")
    try:
        Base.metadata.create_all(out)
        src_conn = engine.connect()
        try:
            if engine.dialect.name == "postgresql":
                src_conn = src_conn.execution_options(isolation_level="REPEATABLE READ")
            with src_conn.begin(), out.begin() as dst:
                rev = src_conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
                dst.execute(text("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)"))
                dst.execute(text("INSERT INTO alembic_version VALUES (:v)"), {"v": rev})
                for table in Base.metadata.sorted_tables:
                    result = src_conn.execution_options(yield_per=5000).execute(select(table))
                    for rows in result.mappings().partitions():
                        dst.execute(insert(table), [dict(r) for r in rows])
        finally:
            src_conn.close()
        out.dispose()
        _publish(tmp, dest)
    except errors.JpprepError:
        out.dispose()
        tmp.unlink(missing_ok=True)
        raise
    except Exception as exc:
        out.dispose()
        tmp.unlink(missing_ok=True)
        raise _wrap(exc, dest, engine.url.render_as_string()) from exc
    return dest


def integrity_problems(path: Path, *, quick: bool = False) -> list[str]:
    """[] when `path` is a healthy SQLite database, else what is wrong."""
    if not path.is_file():
        return ["the file does not exist"]
    with open(path, "rb") as fh:
        if fh.read(16) != b"SQLite format 3\x00":
            return ["not a SQLite database"]
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = con.execute("PRAGMA quick_check" if quick else "PRAGMA integrity_check").fetchall()
        finally:
            con.close()
    except sqlite3.Error as exc:
        return [str(exc)]
    problems = [r[0] for r in rows]
    return [] if problems == ["ok"] else problems


def schema_revision(path: Path) -> str | None:
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def plan_prune(backups: list[BackupInfo], policy: Policy) -> tuple[list[BackupInfo], list[BackupInfo]]:
    """Split backups (any order) into (keep, delete) by the policy. Pure: no files touched."""
    ordered = sorted(backups, key=lambda b: (b.created_ms, b.name), reverse=True)
    keep: dict[Path, BackupInfo] = {b.path: b for b in ordered[: max(policy.recent, 1)]}

    def newest_per(period, count: int) -> None:
        seen: list = []
        for b in ordered:
            key = period(datetime.fromtimestamp(b.created_ms / 1000, tz=timezone.utc))
            if key in seen:
                continue
            if len(seen) >= count:
                break
            seen.append(key)
            keep[b.path] = b

    newest_per(lambda d: d.date(), policy.daily)
    newest_per(lambda d: d.isocalendar()[:2], policy.weekly)
    newest_per(lambda d: (d.year, d.month), policy.monthly)

    kept = [b for b in ordered if b.path in keep]
    while len(kept) > 1 and sum(b.size for b in kept) > policy.max_bytes:
        kept.pop()  # the oldest
    kept_paths = {b.path for b in kept}
    return kept, [b for b in ordered if b.path not in kept_paths]


def prune(backup_dir: Path, stem: str, policy: Policy | None = None) -> list[Path]:
    """Delete the backups of `stem` the policy does not keep. Returns what was deleted."""
    _, delete = plan_prune(list_backups(backup_dir, stem), policy or Policy())
    removed = []
    for b in delete:
        try:
            b.path.unlink()
            removed.append(b.path)
        except OSError:
            pass
    return removed


def verify_backup(path: Path, known_revisions: set[str] | None = None) -> str | None:
    """Raise a StorageError if `path` cannot be restored; return its schema revision."""
    problems = integrity_problems(path)
    if problems:
        raise errors.DamagedDatabaseError(
            "this backup is damaged and cannot be restored: " + "; ".join(problems[:3]),
            file=str(path),
            hint="Choose another backup (jpprep backup list).",
            code="backup_damaged",
        )
    rev = schema_revision(path)
    if rev is None:
        raise errors.NotADatabaseError(
            "this file is not a jpprep backup (it has no schema version).",
            file=str(path),
            hint="Choose a file from the backups folder (jpprep backup list).",
            code="backup_not_jpprep",
        )
    if known_revisions is not None and rev not in known_revisions:
        raise errors.NewerDatabaseError(
            f"this backup was made by a newer version of jpprep (schema {rev}).",
            file=str(path),
            hint="Install the newer jpprep to restore it.",
            code="backup_newer",
        )
    return rev


def _save_damaged(db_path: Path, backup_dir: Path, now_ms: int) -> Path:
    """Keep a byte copy of a damaged database (and its WAL) that the backup API cannot read."""
    import shutil

    dest = backup_path(backup_dir, db_path.stem, now_ms, "damaged")
    dest = dest.with_suffix(".db-damaged")
    backup_dir.mkdir(parents=True, exist_ok=True)
    shutil.copy2(db_path, dest)
    for extra in ("-wal", "-shm"):
        side = Path(str(db_path) + extra)
        if side.exists():
            shutil.copy2(side, Path(str(dest) + extra))
    return dest


def restore_file(db_path: Path, backup: Path, backup_dir: Path, now_ms: int,
                 known_revisions: set[str] | None = None) -> Path | None:
    """Replace the database at `db_path` with `backup`. The caller must have closed every
    connection to it. Returns where the current database was saved first (None if there was
    none). The backup is verified before anything changes.
    """
    verify_backup(backup, known_revisions)
    if backup.resolve() == db_path.resolve():
        raise errors.StorageError("this is the database itself, not a backup.", file=str(backup),
                                  code="backup_is_database")
    saved = None
    current_ok = False
    if db_path.exists() and db_path.stat().st_size > 0:
        if not integrity_problems(db_path, quick=True):
            saved = copy_sqlite(db_path, backup_path(backup_dir, db_path.stem, now_ms, "before-restore"))
            current_ok = True
        else:
            saved = _save_damaged(db_path, backup_dir, now_ms)
    if current_ok:
        # The backup API writes into the live file in one transaction: a kill leaves the old
        # database whole, and its WAL stays consistent with it.
        src = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
        dst = sqlite3.connect(str(db_path))
        try:
            dst.execute("PRAGMA busy_timeout=10000")
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=WAL")
        except sqlite3.Error as exc:
            raise _wrap(exc, db_path, str(db_path)) from exc
        finally:
            dst.close()
            src.close()
        return saved
    tmp = _partial_for(db_path)
    copy = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    out = sqlite3.connect(str(tmp))
    try:
        copy.backup(out)
    finally:
        out.close()
        copy.close()
    _fsync_file(tmp)
    for extra in ("-wal", "-shm", "-journal"):
        Path(str(db_path) + extra).unlink(missing_ok=True)
    os.replace(tmp, db_path)
    _fsync_dir(db_path.parent)
    return saved
