"""Every released schema has a fixture database with realistic rows (fixtures/schema-<rev>.db);
each is upgraded through the whole chain to the current schema without losing a row.
A new revision adds its fixture with tests/store/make_schema_fixture.py; nothing else changes."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select

from jpprep.store.db import Database, _alembic_config, head_revision
from jpprep.store.models import Base

FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("schema-*.db"))
REGENERATE = "make it with: .venv/bin/python tests/store/make_schema_fixture.py"

# Columns a later revision changes on purpose: {(table, column): "why"}. Their values are not
# compared. Empty while no revision transforms data.
TRANSFORMED: dict[tuple[str, str], str] = {}


def rows(path: Path) -> dict[str, list[dict]]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    con.row_factory = sqlite3.Row
    tables = [r[0] for r in con.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
    out = {t: [dict(r) for r in con.execute(f"SELECT * FROM {t}")] for t in tables}
    con.close()
    return out


def schema(path: Path) -> set[tuple]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    out = {(r[0], r[1], " ".join((r[2] or "").split())) for r in con.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")}
    con.close()
    return out


def test_the_current_schema_has_a_fixture():
    names = {p.name for p in FIXTURES}
    assert f"schema-{head_revision()}.db" in names, (
        f"schema {head_revision()} has no fixture database; {REGENERATE}")


@pytest.mark.parametrize("fixture", FIXTURES, ids=[p.stem for p in FIXTURES])
def test_fixture_matches_its_migration(fixture, tmp_path):
    """A released migration is never edited: its fixture's schema is what it makes."""
    from alembic import command

    rev = fixture.stem.removeprefix("schema-")
    fresh = tmp_path / "fresh.db"
    engine = create_engine(f"sqlite:///{fresh}")
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), rev)
    engine.dispose()
    assert schema(fresh) == schema(fixture), (
        f"migration {rev} no longer makes the schema of {fixture.name}. A released migration must "
        f"not change (add a new revision). If {rev} was never released, re-{REGENERATE}")


@pytest.mark.parametrize("fixture", FIXTURES, ids=[p.stem for p in FIXTURES])
def test_fixture_upgrades_to_head_without_loss(fixture, tmp_path):
    old = rows(fixture)
    assert sum(len(v) for v in old.values()) > 100, "a fixture needs realistic rows"
    work = tmp_path / "jpprep.db"
    shutil.copy(fixture, work)
    db = Database(f"sqlite:///{work}", backup_dir=tmp_path / "backups")
    rev = fixture.stem.removeprefix("schema-")
    if rev != head_revision():
        made = list((tmp_path / "backups").glob("*-upgrade.db"))
        assert made and rows(made[0]) == old  # the pre-upgrade backup is the old database
    new = rows(work)
    assert new["alembic_version"] == [{"version_num": head_revision()}]
    for table, old_rows in old.items():
        if table == "alembic_version":
            continue
        assert table in new, f"table {table} disappeared"
        pk = [c.name for c in Base.metadata.tables[table].primary_key.columns]
        by_key = {tuple(r[c] for c in pk): r for r in new[table]}
        assert len(new[table]) >= len(old_rows), f"rows lost in {table}"
        for r in old_rows:
            now_row = by_key.get(tuple(r[c] for c in pk))
            assert now_row is not None, f"{table} row {r} lost"
            for col, value in r.items():
                if col in now_row and (table, col) not in TRANSFORMED:
                    assert now_row[col] == value, f"{table}.{col} changed for {r}"
    with db.session() as s:  # every model reads its rows back through the ORM
        for mapper in Base.registry.mappers:
            s.scalars(select(mapper.class_)).all()
    db.close()
