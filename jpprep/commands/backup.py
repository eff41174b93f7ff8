"""`jpprep backup list|create|restore FILE|check`: consistent copies of the database."""

from __future__ import annotations

import time
from datetime import datetime, timezone
from pathlib import Path


def register(sub) -> None:
    p = sub.add_parser("backup", help="list, make, restore and check backups of the database")
    acts = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    acts.add_parser("list", help="list the backups, newest first").add_argument(
        "--verify", action="store_true", help="also run an integrity check on each")
    c = acts.add_parser("create", help="make a backup now")
    c.add_argument("--reason", default="manual", help="a word kept in the file name")
    r = acts.add_parser("restore", help="replace the database with a backup (the current one is kept)")
    r.add_argument("file", nargs="?", help="a backup file, or its name in the backups folder")
    r.add_argument("--newest", action="store_true", help="the newest backup that passes a check")
    k = acts.add_parser("check", help="check the database and repair what can be repaired")
    k.add_argument("--no-repair", action="store_true", help="only report")
    p.set_defaults(func=run)


def _now() -> int:
    return int(time.time() * 1000)


def _open():
    from jpprep import paths
    from jpprep.store.db import Database

    return Database(paths.database_url(), backup_dir=paths.backups_dir())


def _when(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000, tz=timezone.utc).strftime("%Y-%m-%d %H:%M UTC")


def run(args) -> int:
    return {"list": _list, "create": _create, "restore": _restore, "check": _check}[args.action](args)


def _list(args) -> int:
    from jpprep import paths
    from jpprep.services import backup as svc
    from jpprep.store import backup as store
    from jpprep.store.db import sqlite_path

    path = sqlite_path(paths.database_url())
    if path is not None:  # works even when the database itself cannot be opened
        found = store.list_backups(paths.backups_dir(), path.stem)
    else:
        db = _open()
        try:
            found = svc.list_backups(db)
        finally:
            db.close()
    if not found:
        print(f"no backups in {paths.backups_dir()}")
        return 0
    for b in found:
        line = f"{_when(b.created_ms)}  {b.reason:15} {b.size / 1e6:8.1f} MB  {b.path}"
        if args.verify:
            problems = store.integrity_problems(b.path)
            line += "  ok" if not problems else f"  DAMAGED: {problems[0]}"
        print(line)
    return 0


def _create(args) -> int:
    from jpprep.services import backup as svc

    db = _open()
    try:
        path = svc.backup_now(db, args.reason, _now())
    finally:
        db.close()
    print(f"backup made: {path}")
    return 0


def _resolve(file: str) -> Path:
    from jpprep import paths

    p = Path(file).expanduser()
    if not p.exists() and (paths.backups_dir() / file).exists():
        p = paths.backups_dir() / file
    return p.resolve()


def _restore(args) -> int:
    from jpprep import errors, paths
    from jpprep.services import backup as svc
    from jpprep.store.db import sqlite_path

    path = sqlite_path(paths.database_url())
    if args.newest:
        if path is None:
            raise errors.StorageError("--newest works for a SQLite database only.")
        info = svc.newest_good_backup(folder=paths.backups_dir(), db_stem=path.stem)
        if info is None:
            raise errors.StorageError("no good backup was found.", file=str(paths.backups_dir()))
        backup = info.path
    elif args.file:
        backup = _resolve(args.file)
    else:
        print("jpprep backup restore: give a FILE or --newest")
        return 2
    try:
        db = _open()
    except (errors.NotADatabaseError, errors.NewerDatabaseError):
        if path is None:
            raise
        result = svc.restore_path(path, backup, _now(), folder=paths.backups_dir())
    else:
        try:
            result = svc.restore(db, backup, _now())
        finally:
            db.close()
    print(f"restored {result.restored}")
    if result.saved_current:
        print(f"the database it replaced was kept as {result.saved_current}")
    return 0


def _check(args) -> int:
    from jpprep import paths
    from jpprep.services.check import check_database

    db = _open()
    try:
        report = check_database(db, paths.media_dir(), repair=not args.no_repair, now=_now())
    finally:
        db.close()
    for line in report.lines():
        print(line)
    return 0 if report.ok else 1
