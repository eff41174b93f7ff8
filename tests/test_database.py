"""Opening the database: migrations on a new file, and bad files left untouched."""

from __future__ import annotations

import sqlite3

import pytest

from jpprep import errors
from jpprep.store.db import Database, head_revision


def test_new_database_is_created_at_the_current_schema_in_wal_mode(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'new.db'}")
    db.close()
    con = sqlite3.connect(tmp_path / "new.db")
    assert con.execute("select version_num from alembic_version").fetchone()[0] == head_revision()
    assert con.execute("pragma journal_mode").fetchone()[0] == "wal"


def test_foreign_keys_are_enforced(db):
    from sqlalchemy.exc import IntegrityError

    from jpprep.store.models import Note

    with pytest.raises(IntegrityError):
        with db.session() as s:
            s.add(Note(deck_id=999, guid="x"))


def test_a_file_that_is_not_a_database_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "jpprep.db"
    content = b"these are my notes, not a database\n" * 100
    path.write_bytes(content)
    with pytest.raises(errors.NotADatabaseError) as info:
        Database(f"sqlite:///{path}")
    assert str(path) in str(info.value)
    assert "untouched" in str(info.value)
    assert path.read_bytes() == content


def test_a_database_from_a_newer_jpprep_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "jpprep.db"
    Database(f"sqlite:///{path}").close()
    con = sqlite3.connect(path)
    con.execute("update alembic_version set version_num='9999_future'")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(errors.NewerDatabaseError) as info:
        Database(f"sqlite:///{path}")
    assert "newer version" in str(info.value)
    assert path.read_bytes() == before


def test_an_unwritable_data_folder_gives_a_clear_message(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(errors.StorageError) as info:
        Database(f"sqlite:///{blocker / 'sub' / 'jpprep.db'}")
    assert "cannot create the data folder" in str(info.value)


def test_fast_head_revision_agrees_with_alembic():
    from jpprep.store.db import alembic_head_revision

    assert head_revision() == alembic_head_revision()
