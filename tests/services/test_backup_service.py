"""Backups as the app uses them: automatic, before risky work, restore, CLI."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest
from sqlalchemy import delete, select, text

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))
from seeding import seed, snapshot  # noqa: E402

from jpprep import errors  # noqa: E402
from jpprep.services import backup as svc  # noqa: E402
from jpprep.store.db import Database  # noqa: E402
from jpprep.store.models import Note, Profile, Review  # noqa: E402

NOW = 1_795_000_000_000
MIN = 60_000


@pytest.fixture
def bdb(tmp_path):
    database = Database(f"sqlite:///{tmp_path / 'jpprep.db'}", backup_dir=tmp_path / "backups")
    seed(database, NOW)
    yield database
    database.close()


def _add_profile(db, name):
    with db.session() as s:
        s.add(Profile(name=name, created_ms=NOW))


def test_backup_now_names_reason_and_matches_database(bdb, tmp_path):
    path = svc.backup_now(bdb, "import", NOW)
    assert path.parent == tmp_path / "backups"
    assert path.name.endswith("-import.db")
    copy = Database(f"sqlite:///{path}")
    assert snapshot(copy) == snapshot(bdb)
    copy.close()


def test_maybe_backup_every_30_minutes_of_study_only_when_changed(bdb):
    first = svc.maybe_backup(bdb, NOW, "timer")
    assert first is not None
    _add_profile(bdb, "Budi")
    assert svc.maybe_backup(bdb, NOW + 10 * MIN, "timer") is None  # too soon
    second = svc.maybe_backup(bdb, NOW + 31 * MIN, "timer")
    assert second is not None and second != first
    assert svc.maybe_backup(bdb, NOW + 70 * MIN, "timer") is None  # nothing changed


def test_maybe_backup_on_close_when_anything_changed(bdb):
    svc.maybe_backup(bdb, NOW, "close")
    assert svc.maybe_backup(bdb, NOW + MIN, "close") is None
    with bdb.session() as s:  # an answer changes progress without a new deck or note
        s.execute(text("UPDATE card_state SET due_ms = due_ms + 1000 WHERE card_id = "
                       "(SELECT min(card_id) FROM card_state)"))
    made = svc.maybe_backup(bdb, NOW + 2 * MIN, "close")
    assert made is not None and made.name.endswith("-close.db")


def test_restore_brings_back_the_backup_and_keeps_the_replaced_database(bdb):
    at_backup = snapshot(bdb)
    path = svc.backup_now(bdb, "manual", NOW)
    with bdb.session() as s:
        s.execute(delete(Review))
        s.execute(delete(Note).where(Note.id < 5))
    later = snapshot(bdb)
    result = svc.restore(bdb, path, NOW + MIN)
    assert snapshot(bdb) == at_backup  # the same Database object keeps working
    assert result.saved_current is not None and result.saved_current.exists()
    saved = Database(f"sqlite:///{result.saved_current}")
    assert snapshot(saved) == later
    saved.close()
    assert sqlite3.connect(str(bdb.path)).execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_restore_refuses_a_damaged_backup_and_changes_nothing(bdb, tmp_path):
    before = snapshot(bdb)
    path = svc.backup_now(bdb, "manual", NOW)
    data = bytearray(path.read_bytes())
    data[4096 * 3: 4096 * 6] = b"\x00\x13" * 6144
    path.write_bytes(bytes(data))
    with pytest.raises(errors.DamagedDatabaseError) as info:
        svc.restore(bdb, path, NOW + MIN)
    assert path.name in str(info.value)
    assert snapshot(bdb) == before
    assert len(svc.list_backups(bdb)) == 1  # no "before-restore" copy was needed


def test_restore_refuses_a_backup_from_a_newer_version(bdb):
    from jpprep.store.db import head_revision

    path = svc.backup_now(bdb, "manual", NOW)
    con = sqlite3.connect(str(path))
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    with pytest.raises(errors.NewerDatabaseError):
        svc.restore(bdb, path, NOW + MIN)
    with bdb.session() as s:
        assert s.scalar(text("SELECT version_num FROM alembic_version")) == head_revision()


def test_newest_good_backup_skips_a_damaged_one(bdb):
    good = svc.backup_now(bdb, "timer", NOW)
    bad = svc.backup_now(bdb, "timer", NOW + MIN)
    bad.write_bytes(bad.read_bytes()[:5000])
    assert svc.newest_good_backup(bdb).path == good
    assert svc.newest_good_backup(folder=good.parent, db_stem="jpprep").path == good


def test_cli_create_list_restore(tmp_path, capsys):
    from jpprep.cli import main

    data = tmp_path / "cli"
    db = Database(f"sqlite:///{data / 'jpprep.db'}")
    seed(db, NOW)
    db.close()
    assert main(["--data-dir", str(data), "backup", "create"]) == 0
    made = capsys.readouterr().out.strip().split(": ", 1)[1]
    assert Path(made).parent == data / "backups"
    db = Database(f"sqlite:///{data / 'jpprep.db'}")
    with db.session() as s:
        s.execute(delete(Review))
    db.close()
    assert main(["--data-dir", str(data), "backup", "list"]) == 0
    assert Path(made).name in capsys.readouterr().out
    assert main(["--data-dir", str(data), "backup", "restore", Path(made).name]) == 0
    out = capsys.readouterr().out
    assert "kept as" in out
    db = Database(f"sqlite:///{data / 'jpprep.db'}")
    with db.session() as s:
        assert s.scalar(select(Review.id).limit(1)) is not None
    db.close()


def test_cli_restore_newest_repairs_a_database_that_no_longer_opens(tmp_path, capsys):
    from jpprep.cli import main

    data = tmp_path / "cli"
    db = Database(f"sqlite:///{data / 'jpprep.db'}", backup_dir=data / "backups")
    seed(db, NOW)
    before = snapshot(db)
    svc.backup_now(db, "close", NOW)
    db.close()
    dbfile = data / "jpprep.db"
    dbfile.write_bytes(dbfile.read_bytes()[: 4096 * 3])  # truncated
    with pytest.raises(errors.DamagedDatabaseError):
        Database(f"sqlite:///{dbfile}")
    assert main(["--data-dir", str(data), "backup", "restore", "--newest"]) == 0
    assert "damaged" in capsys.readouterr().out
    db = Database(f"sqlite:///{dbfile}")
    assert snapshot(db) == before
    db.close()
