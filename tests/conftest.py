"""Shared fixtures. Every test gets its own data folder and database; nothing touches the
user's real data."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture
def shared_dir() -> Path:
    """../shared (gold data, real decks); tests that need it skip cleanly without it."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture(autouse=True)
def _isolated_data(tmp_path, monkeypatch):
    from jpprep import paths

    data = tmp_path / "data"
    monkeypatch.setenv("JPPREP_DATA_DIR", str(data))
    monkeypatch.delenv("JPPREP_DATABASE_URL", raising=False)
    paths.configure()
    yield data
    paths.configure()


@pytest.fixture
def db(tmp_path):
    """A fresh, migrated SQLite database."""
    from jpprep.store.db import Database

    database = Database(f"sqlite:///{tmp_path / 'test.db'}")
    yield database
    database.close()
