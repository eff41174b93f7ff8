"""Check database: orphans, impossible progress, missing media; history is never lost."""

from __future__ import annotations

import hashlib
import sqlite3
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))
from seeding import seed, snapshot  # noqa: E402

from jpprep.services.check import MAX_DUE_MS, check_database  # noqa: E402
from jpprep.store.db import Database  # noqa: E402
from jpprep.store.models import Card, CardState, Deck, Media, Note, Review  # noqa: E402

NOW = 1_795_000_000_000
DAY = 86_400_000


@pytest.fixture
def cdb(tmp_path):
    database = Database(f"sqlite:///{tmp_path / 'jpprep.db'}", backup_dir=tmp_path / "backups")
    ids = seed(database, NOW)
    database.ids = ids
    stored = tmp_path / "media" / "aa" / ("a" * 40 + ".mp3")  # the seed's one media file
    stored.parent.mkdir(parents=True)
    stored.write_bytes(b"x" * 1234)
    yield database
    database.close()


def raw(db, *statements):
    """Write like a broken tool would: foreign keys off."""
    con = sqlite3.connect(str(db.path))
    con.execute("PRAGMA foreign_keys=OFF")
    for st in statements:
        con.execute(st)
    con.commit()
    con.close()


def test_healthy_database_is_left_alone(cdb, tmp_path):
    before = snapshot(cdb)
    report = check_database(cdb, tmp_path / "media", now=NOW)
    assert report.ok and report.backup is None
    assert not report.repaired
    assert snapshot(cdb) == before
    assert report.lines() == ["the database is healthy: nothing to repair"]


def test_orphans_are_repaired_and_history_kept(cdb, tmp_path):
    aiko = cdb.ids["profiles"][0]
    card = cdb.ids["cards"][0]  # has reviews
    with cdb.session() as s:
        reviews_before = s.scalar(select(func.count()).select_from(Review))
        note_id = s.scalar(select(Card.note_id).where(Card.id == card))
        card_reviews = s.scalar(select(func.count()).select_from(Review).where(Review.card_id == card))
    raw(cdb,
        f"INSERT INTO card_state (profile_id, card_id, state, queue, due_ms, reps, lapses, flag, leech)"
        f" VALUES ({aiko}, 99999, 2, 0, {NOW}, 1, 0, 0, 0)",
        f"INSERT INTO revlog (uid, profile_id, card_id, reviewed_ms, rating, duration_ms, state_before,"
        f" state_after, due_ms, kind) VALUES ('lost-card', {aiko}, 88888, {NOW}, 3, 1000, 2, 2, {NOW + DAY}, 'review')",
        "UPDATE note SET deck_id = 777 WHERE id = (SELECT max(id) FROM note)",
        f"DELETE FROM note WHERE id = {note_id}",
        "UPDATE deck SET parent_id = 555 WHERE name = 'JLPT::N5'")
    report = check_database(cdb, tmp_path / "media", now=NOW)
    assert report.ok
    assert report.backup is not None and report.backup.exists()
    with cdb.session() as s:
        assert s.scalar(select(func.count()).select_from(Review)) == reviews_before + 1
        assert s.get(CardState, (aiko, 99999)) is None
        recovered = s.scalar(select(Deck.id).where(Deck.name == "Recovered"))
        moved = s.scalars(select(Note).where(Note.deck_id == recovered)).all()
        assert any(n.expression.startswith("(lost note of card") for n in moved)
        assert any(n.guid.startswith("jlpt-n5:") for n in moved)  # the note whose deck vanished
        c = s.get(Card, card)
        assert c is not None and s.get(Note, c.note_id) is not None
        assert s.scalar(select(func.count()).select_from(Review).where(Review.card_id == card)) == card_reviews
        assert s.scalar(select(Deck.parent_id).where(Deck.name == "JLPT::N5")) is None
        problems = s.execute(text("PRAGMA foreign_key_check")).all()
    assert {p[0] for p in problems} == {"revlog"}  # only the kept history
    kept = [f for f in report.kept if f.table == "revlog"]
    assert kept and kept[0].count == 1 and "never deleted" in kept[0].done
    text_out = "\n".join(report.lines())
    assert "Recovered" in text_out and "kept: revlog" in text_out


def test_impossible_progress_is_rebuilt_from_the_review_log(cdb, tmp_path):
    aiko, ravi = cdb.ids["profiles"]
    reviewed, fresh = cdb.ids["cards"][0], cdb.ids["cards"][-1]
    with cdb.session() as s:
        last = s.scalars(select(Review).where(Review.card_id == reviewed)
                         .order_by(Review.reviewed_ms.desc())).first()
        s.add(CardState(profile_id=ravi, card_id=fresh, state=2, due_ms=NOW - 5 * DAY,
                        last_review_ms=NOW - DAY, stability=-3.0, reps=1))
    raw(cdb, f"UPDATE card_state SET due_ms = 253402300799000, stability = -1 "
             f"WHERE profile_id = {aiko} AND card_id = {reviewed}")  # due in year 9999
    report = check_database(cdb, tmp_path / "media", now=NOW)
    assert report.ok
    with cdb.session() as s:
        a = s.get(CardState, (aiko, reviewed))
        assert (a.due_ms, a.stability, a.last_review_ms) == (last.due_ms, last.stability, last.reviewed_ms)
        b = s.get(CardState, (ravi, fresh))
        assert b.due_ms == NOW and b.stability is None  # no history: made due now
        assert s.scalar(select(func.count()).select_from(CardState)
                        .where((CardState.due_ms > MAX_DUE_MS) | (CardState.due_ms < CardState.last_review_ms))) == 0
    assert any("1 rebuilt" in f.done for f in report.repaired)


def test_report_only_changes_nothing(cdb, tmp_path):
    raw(cdb, "UPDATE card_state SET due_ms = -5")
    before = snapshot(cdb)
    report = check_database(cdb, tmp_path / "media", repair=False, now=NOW)
    assert not report.ok and report.problems[0].table == "card_state"
    assert snapshot(cdb) == before
    assert not (Path(cdb.path).parent / "backups").exists()


def test_missing_media_is_put_back_when_its_content_is_found(cdb, tmp_path):
    media = tmp_path / "media"
    data = b"ID3 fake audio"
    sha1 = hashlib.sha1(data).hexdigest()
    with cdb.session() as s:
        s.add(Media(deck_id=cdb.ids["deck"], name="mizu.mp3", sha1=sha1, size=len(data)))
        s.add(Media(deck_id=cdb.ids["deck"], name="gone.mp3", sha1="b" * 40, size=3))
    (media / "mizu.mp3").write_bytes(data)  # old flat layout
    report = check_database(cdb, media, now=NOW)
    assert (media / sha1[:2] / f"{sha1}.mp3").read_bytes() == data
    missing = [f for f in report.problems if f.table == "media"]
    assert missing and "gone.mp3" in missing[0].what and "mizu" not in missing[0].what
    assert "re-import" in missing[0].done
    assert not report.ok


def test_damaged_file_is_reported_and_not_written(tmp_path):
    path = tmp_path / "jpprep.db"
    db = Database(f"sqlite:///{path}")
    seed(db, NOW, notes=200)
    db.close()
    con = sqlite3.connect(str(path))
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'ix_note_level'").fetchone()[0]
    page = con.execute("PRAGMA page_size").fetchone()[0]
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page
    data[start + 8: start + page] = bytes(range(256)) * ((page - 8) // 256) + bytes((page - 8) % 256)
    path.write_bytes(bytes(data))
    db = Database(f"sqlite:///{path}")
    report = check_database(db, tmp_path / "media", now=NOW)
    db.close()
    assert report.integrity and not report.ok
    assert "jpprep backup restore" in "\n".join(report.lines())
    assert path.read_bytes() == bytes(data)


def test_cli_backup_check(tmp_path, capsys):
    from jpprep.cli import main

    data = tmp_path / "cli"
    db = Database(f"sqlite:///{data / 'jpprep.db'}")
    seed(db, NOW)
    db.close()
    raw(db, "UPDATE card_state SET due_ms = 253402300799000")
    assert main(["--data-dir", str(data), "backup", "check", "--no-repair"]) == 1
    assert "PROBLEM: card_state" in capsys.readouterr().out
    code = main(["--data-dir", str(data), "backup", "check"])
    out = capsys.readouterr().out
    assert "repaired: card_state" in out and "a backup was made" in out
    assert code == 1  # the seed's missing audio file is still a problem to act on
    assert "n5-0.mp3" in out
