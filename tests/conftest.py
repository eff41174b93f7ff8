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


class FakeClock:
    """UTC epoch ms that only moves when a test says so."""

    def __init__(self, ms: int = 1_790_000_000_000) -> None:
        self.ms = ms

    def __call__(self) -> int:
        return self.ms

    def advance(self, seconds: float) -> None:
        self.ms += int(seconds * 1000)


@pytest.fixture(params=["sqlite", "postgresql"])
def backend_url(request, tmp_path):
    """A database URL with nothing in it yet: SQLite, and PostgreSQL (a schema of its own,
    dropped afterwards) when JPPREP_TEST_PG_URL is set (.ci/postgres.sh sets it); the
    PostgreSQL case is skipped otherwise."""
    import uuid

    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'jpprep.db'}"
        return
    url = os.environ.get("JPPREP_TEST_PG_URL")
    if not url:
        pytest.skip("JPPREP_TEST_PG_URL is not set (see .ci/postgres.sh)")
    from sqlalchemy import create_engine, text

    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(url)
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    sep = "&" if "?" in url else "?"
    try:
        yield f"{url}{sep}options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


@pytest.fixture
def backend_db(backend_url):
    """A Database on each backend (see backend_url), closed after the test."""
    from jpprep.store.db import Database

    d = Database(backend_url)
    yield d
    d.close()


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def qapp_setup(qapp):
    """The QApplication set up as the app does it (bundled fonts, app font)."""
    from jpprep.ui.app import setup_application

    setup_application(qapp)
    return qapp
