"""Faults: read-only, disk full, damaged or truncated files, a newer database. Each gives a clear
message naming the file and what to do, loses nothing, and a good backup can be found."""

from __future__ import annotations

import errno
import hashlib
import os
import sqlite3

import pytest
from sqlalchemy import event, func, select

from jpprep import errors
from jpprep.services import backup as svc
from jpprep.store import backup as store
from jpprep.store.db import Database
from jpprep.store.models import Profile, Review
from seeding import seed, snapshot

NOW = 1_795_000_000_000


@pytest.fixture
def path(tmp_path):
    p = tmp_path / "jpprep.db"
    db = Database(f"sqlite:///{p}", backup_dir=tmp_path / "backups")
    seed(db, NOW)
    svc.backup_now(db, "close", NOW)
    db.close()
    return p


def digest(p) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


def test_read_only_database_says_so_and_keeps_everything(path):
    ro = Database(f"sqlite:///file:{path}?mode=ro&uri=true")
    before = snapshot(ro)
    with pytest.raises(errors.ReadOnlyDatabaseError) as exc:
        with ro.session() as s:
            s.add(Profile(name="Budi", created_ms=NOW))
    assert str(path) in str(exc.value) and "writable" in str(exc.value)
    assert snapshot(ro) == before
    ro.close()


def test_a_database_in_a_read_only_folder_is_not_called_damaged(path, monkeypatch):
    """A WAL database whose folder cannot be written fails even to open read-only (SQLite
    cannot make its -shm file): the learner is told about the permission, not sent to restore
    a backup of a file that is fine. (Root ignores permissions, so SQLite's answer is given.)"""
    from jpprep.store import db as store_db

    real = sqlite3.connect

    def refusing(target, *a, **kw):
        if "mode=ro" in str(target):
            raise sqlite3.OperationalError("attempt to write a readonly database")
        return real(target, *a, **kw)

    monkeypatch.setattr(store_db.sqlite3, "connect", refusing)
    with pytest.raises(errors.StorageError) as exc:
        store_db.check_sqlite_file(path)
    assert isinstance(exc.value, errors.ReadOnlyDatabaseError)
    assert "damaged" not in str(exc.value) and str(path) in str(exc.value)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="root ignores folder permissions; the mode=ro test covers the message")
def test_read_only_folder_for_a_new_database(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(errors.StorageError) as exc:
            Database(f"sqlite:///{folder / 'jpprep.db'}")
        assert "writable" in str(exc.value)
    finally:
        folder.chmod(0o700)


def test_disk_full_loses_only_the_change_being_made(path):
    db = Database(f"sqlite:///{path}")
    before = snapshot(db)

    @event.listens_for(db.engine, "connect")
    def _tiny_disk(conn, _record):  # SQLite's size limit stands in for a full disk
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages + 1}")

    db.engine.dispose()
    with pytest.raises(errors.DiskFullError) as exc:
        with db.session() as s:
            s.add_all(Profile(name=f"learner {i} " * 8, created_ms=NOW) for i in range(3000))
    assert str(path) in str(exc.value) and "Free some space" in str(exc.value)
    assert snapshot(db) == before
    db.close()
    assert store.integrity_problems(path) == []
    again = Database(f"sqlite:///{path}")  # space freed: it works again
    with again.session() as s:
        s.add(Profile(name="Budi", created_ms=NOW))
    again.close()


def test_disk_full_during_backup_leaves_no_half_file(path, tmp_path, monkeypatch):
    def full(*_a, **_k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(store, "_fsync_file", full)
    db = Database(f"sqlite:///{path}", backup_dir=tmp_path / "backups")
    count = len(svc.list_backups(db))
    with pytest.raises(errors.DiskFullError) as exc:
        svc.backup_now(db, "timer", NOW + 60_000)
    assert "backup was not made" in str(exc.value)
    assert len(svc.list_backups(db)) == count
    assert not list((tmp_path / "backups").glob("*.partial"))
    db.close()


def test_garbage_file_is_refused_untouched(tmp_path):
    p = tmp_path / "jpprep.db"
    p.write_bytes(b"PK\x03\x04 this is a zip, not a database" * 100)
    before = digest(p)
    with pytest.raises(errors.NotADatabaseError) as exc:
        Database(f"sqlite:///{p}")
    assert str(p) in str(exc.value) and "left untouched" in str(exc.value)
    assert digest(p) == before


def test_truncated_database_is_refused_and_the_newest_good_backup_offered(path, tmp_path):
    good = svc.newest_good_backup(folder=tmp_path / "backups", db_stem="jpprep")
    bad = store.backup_path(tmp_path / "backups", "jpprep", NOW + 1000, "timer")
    bad.write_bytes(path.read_bytes()[:8192])  # a newer backup that was cut short
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    before = digest(path)
    with pytest.raises(errors.DamagedDatabaseError) as exc:
        Database(f"sqlite:///{path}")
    assert "cut short" in str(exc.value) and "jpprep backup restore" in str(exc.value)
    assert digest(path) == before
    offer = svc.newest_good_backup(folder=tmp_path / "backups", db_stem="jpprep")
    assert offer is not None and offer.path == good.path


def test_corrupted_pages_are_reported_as_damage(path):
    data = bytearray(path.read_bytes())
    data[100:4096] = os.urandom(3996)  # the schema page
    path.write_bytes(bytes(data))
    with pytest.raises(errors.NotADatabaseError) as exc:
        Database(f"sqlite:///{path}")
    assert "damaged" in str(exc.value)


def test_database_from_a_newer_version_is_left_alone(path, tmp_path):
    con = sqlite3.connect(str(path))
    con.execute("UPDATE alembic_version SET version_num = 'zz99'")
    con.commit()
    con.close()
    before = digest(path)
    with pytest.raises(errors.NewerDatabaseError) as exc:
        Database(f"sqlite:///{path}", backup_dir=tmp_path / "backups")
    assert str(path) in str(exc.value) and "newer" in str(exc.value)
    assert digest(path) == before


def test_commit_survives_reopen_without_close(path):
    """An answer that was committed is on disk even if the process never closes the database."""
    db = Database(f"sqlite:///{path}")
    with db.session() as s:
        before = s.scalar(select(func.count()).select_from(Review))
        s.add(Review(uid="committed-1", profile_id=1, card_id=1, reviewed_ms=NOW, rating=3,
                     state_before=2, state_after=2, due_ms=NOW + 1))
    other = sqlite3.connect(str(path))
    assert other.execute("SELECT count(*) FROM revlog").fetchone()[0] == before + 1
    other.close()
    db.close()
