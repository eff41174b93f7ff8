"""Backup files: consistent copies of a live database, names, retention policy."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone
from pathlib import Path

import pytest

from jpprep import errors
from jpprep.store import backup as store
from jpprep.store.db import Database
from seeding import seed, snapshot

NOW = 1_795_000_000_000  # 2026-11-18
HOUR = 3_600_000
DAY = 24 * HOUR


def test_copy_of_live_database_has_committed_rows_from_the_wal(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'live.db'}")
    seed(db, NOW)
    before = snapshot(db)
    wal = Path(str(db.path) + "-wal")
    assert wal.exists() and wal.stat().st_size > 0  # rows still only in the WAL
    # a writer in the middle of a transaction must not leak into the copy
    other = sqlite3.connect(str(db.path))
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO preset (name, config) VALUES ('half', '{}')")
    copy = store.copy_sqlite(db.path, tmp_path / "b" / "copy.db")
    other.rollback()
    other.close()
    assert not Path(str(copy) + "-wal").exists()
    assert store.integrity_problems(copy) == []
    restored = Database(f"sqlite:///{copy}")
    assert snapshot(restored) == before
    restored.close()
    db.close()


def test_copy_of_damaged_database_is_refused_and_leaves_no_file(tmp_path):
    bad = tmp_path / "bad.db"
    con = sqlite3.connect(str(bad))
    con.execute("CREATE TABLE t (x TEXT)")
    con.executemany("INSERT INTO t VALUES (?)", [("x" * 500,)] * 400)
    con.commit()
    con.close()
    data = bytearray(bad.read_bytes())
    data[4096 * 2: 4096 * 5] = b"\xff" * (4096 * 3)
    bad.write_bytes(bytes(data))
    with pytest.raises(errors.DamagedDatabaseError) as info:
        store.copy_sqlite(bad, tmp_path / "b" / "copy.db")
    assert "bad.db" in str(info.value) or "copy.db" in str(info.value)
    assert list((tmp_path / "b").iterdir()) == []


def test_names_sort_and_parse(tmp_path):
    a = store.backup_path(tmp_path, "jpprep", NOW, "Before Import!")
    assert a.name == "jpprep-20261118-110640-before-import.db"
    a.write_bytes(b"x")
    b = store.backup_path(tmp_path, "jpprep", NOW, "before import")
    assert b.name == "jpprep-20261118-110640_2-before-import.db"
    b.write_bytes(b"x")
    (tmp_path / "other-20261118-110640-close.db").write_bytes(b"x")
    (tmp_path / "jpprep-20261118-110640-close.db.123.partial").write_bytes(b"x")
    found = store.list_backups(tmp_path, "jpprep")
    assert [f.path for f in found] == [b, a]
    assert found[1].created_ms == NOW // 1000 * 1000
    assert found[0].reason == "before-import"


def _infos(times: list[int], size: int = 10) -> list[store.BackupInfo]:
    return [store.BackupInfo(Path(f"/b/jp-{t}.db"), "jp", t, "timer", size) for t in times]


def test_policy_keeps_recent_daily_weekly_monthly():
    # one backup every 6 hours for 400 days
    times = [NOW - i * 6 * HOUR for i in range(400 * 4)]
    keep, delete = store.plan_prune(_infos(times), store.Policy())
    kept = sorted((b.created_ms for b in keep), reverse=True)
    assert kept[:8] == times[:8]  # the 8 newest
    def day(t):
        return datetime.fromtimestamp(t / 1000, tz=timezone.utc).date()

    all_days = sorted({day(t) for t in times}, reverse=True)
    kept_days = {day(t) for t in kept}
    assert set(all_days[:7]) <= kept_days  # one for each of the last 7 days
    assert len({d.isocalendar()[:2] for d in kept_days}) >= 5
    months = sorted({(d.year, d.month) for d in kept_days}, reverse=True)
    assert len(months) == 12
    # an old month keeps its newest backup: the last one of that month
    oldest_month_kept = [t for t in kept if (day(t).year, day(t).month) == months[-1]]
    assert max(oldest_month_kept) == max(t for t in times if (day(t).year, day(t).month) == months[-1])
    assert len(keep) + len(delete) == len(times)
    assert len(keep) <= 8 + 7 + 5 + 12


def test_policy_size_budget_drops_oldest_but_never_the_newest():
    times = [NOW - i * DAY for i in range(30)]
    keep, _ = store.plan_prune(_infos(times, size=100), store.Policy(max_bytes=350))
    assert [b.created_ms for b in keep] == times[:3]
    keep, _ = store.plan_prune(_infos(times, size=1000), store.Policy(max_bytes=10))
    assert [b.created_ms for b in keep] == [times[0]]


def test_prune_deletes_files_of_this_database_only(tmp_path):
    for i in range(12):
        store.backup_path(tmp_path, "jpprep", NOW - i * 60_000, "timer").write_bytes(b"x")
    foreign = tmp_path / "other-20200101-000000-timer.db"
    foreign.write_bytes(b"x")
    removed = store.prune(tmp_path, "jpprep", store.Policy(recent=3, daily=1, weekly=1, monthly=1))
    assert len(removed) == 9
    assert len(store.list_backups(tmp_path, "jpprep")) == 3
    assert foreign.exists()


def test_stale_partial_files_are_cleaned(tmp_path):
    part = tmp_path / "jpprep-20261118-110640-timer.db.999.partial"
    part.write_bytes(b"half")
    assert store.list_backups(tmp_path) == []
    assert store.clean_partials(tmp_path, older_than_s=0) == [part]
    assert not part.exists()
