"""Backups as use-cases: make one now, make one when it is due, list, restore, find a good one.

Who calls what:
- the UI: `maybe_backup(db, now, "close")` when the window closes and
  `maybe_backup(db, now, "timer")` on a timer (every few minutes is fine: it only copies when
  30 minutes have passed since the last backup and something changed);
- imports, schema upgrades (jpprep.store.db does it itself), resets: `backup_now(db, reason, now)`
  before they change anything;
- `restore(db, path, now)` replaces the database with a verified backup, after saving the
  current one as a backup too.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from jpprep import errors
from jpprep.store import backup as store
from jpprep.store.db import Database, head_revision, upgrade
from jpprep.store.models import Base

TIMER_INTERVAL_MS = 30 * 60 * 1000
CLOSE_REFRESH_MS = 24 * 3600 * 1000

# reasons other services use
BEFORE_IMPORT = "import"
BEFORE_RESET = "reset"
BEFORE_UPGRADE = "upgrade"


@dataclass(frozen=True)
class RestoreResult:
    restored: Path
    saved_current: Path | None  # where the database that was replaced now lives
    revision: str | None


def backup_dir(db: Database) -> Path:
    if db.backup_dir is not None:
        return Path(db.backup_dir)
    from jpprep import paths

    return paths.backups_dir()


def stem(db: Database) -> str:
    """Backups of one database share this prefix."""
    return store.stem_for(db.engine)


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    from jpprep.store.db import _alembic_config

    return {s.revision for s in ScriptDirectory.from_config(_alembic_config()).walk_revisions()}


def backup_now(db: Database, reason: str, now: int, *, policy: store.Policy | None = None) -> Path:
    """A verified backup made now; older ones are pruned by the policy. Returns its path."""
    folder = backup_dir(db)
    store.clean_partials(folder)
    dest = store.backup_path(folder, stem(db), now, reason)
    if db.path is not None:
        path = store.copy_sqlite(db.path, dest)
    else:
        path = store.export_to_sqlite(db.engine, dest)
    store.prune(folder, stem(db), policy)
    return path


def list_backups(db: Database) -> list[store.BackupInfo]:
    return store.list_backups(backup_dir(db), stem(db))


# Cheap summary of the content: if it equals the newest backup's, nothing changed since.
_FINGERPRINT_EXTRA = {
    "revlog": ["max(id)"],
    "card_state": ["sum(reps)", "max(last_review_ms)", "sum(due_ms)", "sum(queue)", "sum(flag)"],
    "deck": ["max(updated_ms)"],
    "note": ["max(updated_ms)"],
    "exam_attempt": ["max(finished_ms)", "max(id)"],
}


def _fingerprint_sql() -> list[str]:
    out = []
    for table in Base.metadata.sorted_tables:
        cols = ["count(*)"] + _FINGERPRINT_EXTRA.get(table.name, [])
        out.append(f"SELECT {', '.join(cols)} FROM {table.name}")
    return out


def fingerprint(db: Database) -> tuple:
    from sqlalchemy import text

    with db.session() as s:
        return tuple(tuple(s.execute(text(q)).one()) for q in _fingerprint_sql())


def _file_fingerprint(path: Path) -> tuple | None:
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return tuple(tuple(con.execute(q).fetchone()) for q in _fingerprint_sql())
        finally:
            con.close()
    except sqlite3.Error:
        return None


def maybe_backup(db: Database, now: int, reason: str = "timer", *,
                 interval_ms: int = TIMER_INTERVAL_MS) -> Path | None:
    """Back up if one is due; returns the new backup or None.

    reason "timer": when the newest backup is at least `interval_ms` old and the content
    changed since. reason "close" (and any other): whenever the content changed since the
    newest backup, or that backup is more than a day old.
    """
    newest = next(iter(list_backups(db)), None)
    if newest is not None:
        age = now - newest.created_ms
        if reason == "timer" and age < interval_ms:
            return None
        unchanged = _file_fingerprint(newest.path) == fingerprint(db)
        if unchanged and (reason == "timer" or age < CLOSE_REFRESH_MS):
            return None
    return backup_now(db, reason, now)


def newest_good_backup(db: Database | None = None, *, folder: Path | None = None,
                       db_stem: str | None = None) -> store.BackupInfo | None:
    """The newest backup that passes an integrity check and that this version can open.

    Works without an open Database (give folder and db_stem), for when the database is the
    thing that is broken.
    """
    if db is not None:
        folder, db_stem = backup_dir(db), stem(db)
    known = known_revisions()
    for info in store.list_backups(folder, db_stem):
        if store.integrity_problems(info.path):
            continue
        if store.schema_revision(info.path) in known:
            return info
    return None


def restore(db: Database, backup: Path, now: int) -> RestoreResult:
    """Replace the open database's content with `backup` (verified first). The current
    database is saved as a backup before. The Database stays usable afterwards."""
    if db.path is None:
        raise errors.StorageError(
            "restoring into a database server is not supported from jpprep.",
            file=db.where,
            hint="Open the backup file as a SQLite database, or ask the administrator to restore "
                 "the server (pg_restore).",
        )
    backup = Path(backup)
    db.close()  # no pooled connection may hold the file while it is replaced
    saved = store.restore_file(db.path, backup, backup_dir(db), now, known_revisions())
    upgrade(db.engine, backup_dir=None)  # an older backup is brought to the current schema
    store.prune(backup_dir(db), stem(db))
    return RestoreResult(backup, saved, head_revision())


def restore_path(db_path: Path, backup: Path, now: int, *, folder: Path) -> RestoreResult:
    """Restore when the database cannot even be opened (damaged): by path, no Database."""
    saved = store.restore_file(Path(db_path), Path(backup), folder, now, known_revisions())
    return RestoreResult(Path(backup), saved, store.schema_revision(Path(db_path)))

