"""Small per-machine state kept beside the database (which profile was used last).

It lives in the data folder, not in the database, because in a lab one server database serves
many machines while "last profile on this machine" is local.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from jpprep import paths


def _file() -> Path:
    return paths.data_dir() / "state.json"


def load() -> dict:
    try:
        return json.loads(_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def save(**changes) -> None:
    state = load()
    state.update(changes)
    target = _file()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(".tmp")
        tmp.write_text(json.dumps(state, ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(tmp, target)
    except OSError:
        pass  # losing "last profile" is harmless; never fail the app for it
