"""Storage tests run on SQLite always and on PostgreSQL when JPPREP_TEST_PG_URL is set
(`. .ci/postgres.sh && setup_postgres` sets it up). Each PostgreSQL test gets its own schema."""

from __future__ import annotations

import pytest

# backend_url (SQLite, and PostgreSQL in a schema of its own) is in tests/conftest.py.


@pytest.fixture
def any_db(backend_url, tmp_path):
    from jpprep.store.db import Database

    database = Database(backend_url, backup_dir=tmp_path / "backups")
    yield database
    database.close()
