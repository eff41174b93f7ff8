"""Where things live: the data folder, the database URL, shipped resources and decks.

Order for the data folder: --data-dir, JPPREP_DATA_DIR, portable mode (a file named
`portable.txt` next to the executable or the checkout puts data in ./userdata), then the
per-user folder from platformdirs. The database URL: --database-url, the lab configuration's
database_url (jpprep.lab), JPPREP_DATABASE_URL, then SQLite `jpprep.db` in the data folder.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "jpprep"
_data_dir: Path | None = None
_database_url: str | None = None

PACKAGE_DIR = Path(__file__).resolve().parent


def configure(data_dir: str | None = None, database_url: str | None = None) -> None:
    global _data_dir, _database_url
    _data_dir = Path(data_dir).expanduser().resolve() if data_dir else None
    _database_url = database_url
    from jpprep import lab

    lab.reset()  # read again on next use


def _app_dir() -> Path:
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return PACKAGE_DIR.parent


def data_dir() -> Path:
    if _data_dir is not None:
        return _data_dir
    env = os.environ.get("JPPREP_DATA_DIR")
    if env:
        return Path(env).expanduser().resolve()
    if (_app_dir() / "portable.txt").exists():
        return _app_dir() / "userdata"
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False, roaming=True))


def database_url() -> str:
    if _database_url:
        return _database_url
    from jpprep import lab

    fixed = lab.current().database_url
    if fixed:
        return fixed
    env = os.environ.get("JPPREP_DATABASE_URL")
    if env:
        return env
    return f"sqlite:///{data_dir() / 'jpprep.db'}"


def backups_dir() -> Path:
    return data_dir() / "backups"


def media_dir() -> Path:
    return data_dir() / "media"


def _bundled(name: str) -> Path:
    """resources/ and decks/ sit next to the package in a checkout; a wheel carries them
    inside the package (jpprep/_data/<name>, see setup in pyproject); a PyInstaller build has
    them next to the executable or in sys._MEIPASS (tools/build_bundle.py)."""
    inside = PACKAGE_DIR / "_data" / name
    if inside.is_dir():
        return inside
    if getattr(sys, "frozen", False):  # PyInstaller: next to the executable, else in _internal
        for base in (_app_dir(), Path(getattr(sys, "_MEIPASS", _app_dir()))):
            if (base / name).is_dir():
                return base / name
    return PACKAGE_DIR.parent / name


def resources_dir() -> Path:
    return _bundled("resources")


def decks_dir() -> Path:
    return _bundled("decks")
