"""Storage tests run on SQLite always and on PostgreSQL when JPPREP_TEST_PG_URL is set
(`. .ci/postgres.sh && setup_postgres` sets it up). Each PostgreSQL test gets its own schema."""

from __future__ import annotations

import os
import uuid

import pytest

PG_URL = os.environ.get("JPPREP_TEST_PG_URL")


def pg_schema_url(schema: str) -> str:
    sep = "&" if "?" in PG_URL else "?"
    return f"{PG_URL}{sep}options=-csearch_path%3D{schema}"


@pytest.fixture(params=["sqlite", "postgresql"])
def backend_url(request, tmp_path):
    """A database URL with nothing in it yet."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'jpprep.db'}"
        return
    if not PG_URL:
        pytest.skip("JPPREP_TEST_PG_URL is not set (see .ci/postgres.sh)")
    from sqlalchemy import create_engine, text

    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL)
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    try:
        yield pg_schema_url(schema)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


@pytest.fixture
def any_db(backend_url, tmp_path):
    from jpprep.store.db import Database

    database = Database(backend_url, backup_dir=tmp_path / "backups")
    yield database
    database.close()
