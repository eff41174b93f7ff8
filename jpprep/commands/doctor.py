"""`jpprep doctor`: what this installation has and whether it works. Needs no display."""

from __future__ import annotations

import json
import os
import platform
import sys
from importlib import metadata


def register(sub) -> None:
    p = sub.add_parser("doctor", help="print versions, folders and whether the font and dictionary load")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--check-db", action="store_true",
                   help="also check the database and repair what can be repaired (backup first)")
    p.set_defaults(func=run)


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "not installed"


def check_font() -> tuple[bool, str]:
    from jpprep import paths

    font = paths.resources_dir() / "fonts" / "NotoSansJP-Regular.otf"
    if not font.is_file():
        return False, f"missing: {font}"
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from PySide6.QtGui import QFontDatabase, QGuiApplication

        app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
        fid = QFontDatabase.addApplicationFont(str(font))
        families = QFontDatabase.applicationFontFamilies(fid) if fid >= 0 else []
        del app
    except Exception as exc:  # a broken Qt install must not hide the rest of the report
        return False, f"Qt could not load it: {exc}"
    return (bool(families), ", ".join(families) if families else f"Qt refused {font}")


def check_dictionary() -> tuple[bool, str]:
    try:
        from jpprep.japanese import reading

        return True, f"read 日本語を勉強する as {reading('日本語を勉強する')}"
    except Exception as exc:
        return False, f"{type(exc).__name__}: {exc}"


def gather() -> dict:
    from jpprep import __version__, paths

    try:
        import PySide6
        from PySide6 import QtCore

        qt = f"PySide6 {PySide6.__version__}, Qt {QtCore.qVersion()}"
    except Exception as exc:
        qt = f"unavailable ({exc})"
    font_ok, font_msg = check_font()
    dict_ok, dict_msg = check_dictionary()
    return {
        "jpprep": __version__,
        "python": f"{platform.python_version()} ({sys.executable})",
        "qt": qt,
        "sqlalchemy": _version("SQLAlchemy"),
        "alembic": _version("alembic"),
        "fugashi": _version("fugashi"),
        "dictionary": f"unidic-lite {_version('unidic-lite')}",
        "fsrs": _version("fsrs"),
        "data_folder": str(paths.data_dir()),
        "database_url": _redact(paths.database_url()),
        "resources": str(paths.resources_dir()),
        "decks": str(paths.decks_dir()),
        "japanese_font": {"ok": font_ok, "detail": font_msg},
        "japanese_dictionary": {"ok": dict_ok, "detail": dict_msg},
    }


def _redact(url: str) -> str:
    """Never print a database password."""
    try:
        from sqlalchemy.engine import make_url

        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return url


def run(args) -> int:
    info = gather()
    if args.json:
        print(json.dumps(info, ensure_ascii=False, indent=1))
    else:
        for key, value in info.items():
            if isinstance(value, dict):
                value = ("ok: " if value["ok"] else "PROBLEM: ") + value["detail"]
            print(f"{key.replace('_', ' '):20} {value}")
    ok = info["japanese_font"]["ok"] and info["japanese_dictionary"]["ok"]
    if getattr(args, "check_db", False):
        ok = _check_db() and ok
    return 0 if ok else 1


def _check_db() -> bool:
    import time

    from jpprep import paths
    from jpprep.services.check import check_database
    from jpprep.store.db import Database

    db = Database(paths.database_url(), backup_dir=paths.backups_dir())
    try:
        report = check_database(db, paths.media_dir(), repair=True, now=int(time.time() * 1000))
    finally:
        db.close()
    print("database check:")
    for line in report.lines():
        print(f"  {line}")
    return report.ok
