"""The same storage behaviour on SQLite and PostgreSQL: every model round-trips, backups,
checks, idempotent answers, and (PostgreSQL) a class answering at the same time."""

from __future__ import annotations

import importlib.util
import threading
from pathlib import Path

import pytest
from sqlalchemy import BigInteger, Boolean, Float, Integer, JSON, String, Text, func, select, text

from jpprep import errors
from jpprep.services import backup as svc
from jpprep.services.check import check_database
from jpprep.store.db import Database
from jpprep.store.models import Base, CardState, Review
from seeding import seed, snapshot

NOW = 1_795_000_000_000
DAY = 86_400_000
TOOL = Path(__file__).resolve().parents[2] / "tools" / "crash_test.py"


def _tool():
    spec = importlib.util.spec_from_file_location("crash_test_tool", TOOL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _sample(col, parents: dict, n: int):
    if col.foreign_keys:
        return parents[next(iter(col.foreign_keys)).column.table.name]
    t = col.type
    if isinstance(t, Boolean):
        return True
    if isinstance(t, BigInteger):
        return 9_007_199_254_740_993 + n  # beyond a double's exact range
    if isinstance(t, Integer):
        return -7 - n
    if isinstance(t, Float):
        return 1.2345678901234567
    if isinstance(t, JSON):
        return {"ja": "日本語の例文", "ur": "اردو", "ne": "नेपाली", "n": [1, 2.5, None, True]}
    if isinstance(t, String) and t.length:
        return (f"{n}:漢字かなカナ😀 ✓" * t.length)[: t.length]
    if isinstance(t, (Text, String)):
        return "長い文章。" * 2000
    raise AssertionError(f"no sample for {col}")


def test_every_model_round_trips(any_db):
    ids = seed(any_db, NOW)
    with any_db.session() as s:  # the seed fills every table: a new model must be seeded too
        empty = [t.name for t in Base.metadata.sorted_tables
                 if not s.execute(text(f"SELECT count(*) FROM {t.name}")).scalar()]
    assert empty == []
    parents = {"profile": ids["profiles"][1], "deck": ids["deck"], "card": ids["cards"][-1]}
    with any_db.session() as s:
        parents["note"] = s.scalar(select(text("max(id)")).select_from(text("note")))
        parents["preset"] = s.scalar(select(text("max(id)")).select_from(text("preset")))
    written = {}
    for n, mapper in enumerate(Base.registry.mappers):
        cls, table = mapper.class_, mapper.local_table
        values = {c.key: _sample(c, parents, n) for c in table.columns
                  if not (c.primary_key and not c.foreign_keys and c.autoincrement is not False)}
        with any_db.session() as s:
            obj = cls(**values)
            s.add(obj)
            s.flush()
            key = mapper.primary_key_from_instance(obj)
        written[cls] = (key, values)
    for cls, (key, values) in written.items():
        with any_db.session() as s:
            got = s.get(cls, tuple(key))
            for name, value in values.items():
                assert getattr(got, name) == value, f"{cls.__name__}.{name}"


def test_backup_is_a_complete_sqlite_copy(any_db, tmp_path):
    seed(any_db, NOW)
    path = svc.backup_now(any_db, "manual", NOW)
    assert path.parent == tmp_path / "backups" and path.suffix == ".db"
    copy = Database(f"sqlite:///{path}")
    assert snapshot(copy) == snapshot(any_db)
    copy.close()
    assert svc.maybe_backup(any_db, NOW + DAY, "timer") is None  # nothing changed since
    Review_count = _count(any_db, "revlog")
    _tool().scripted_answer(any_db, 1, _first_card(any_db), 3, NOW + DAY)
    assert _count(any_db, "revlog") == Review_count + 1
    assert svc.maybe_backup(any_db, NOW + DAY, "timer") is not None


def _count(db, table):
    with db.session() as s:
        return s.execute(text(f"SELECT count(*) FROM {table}")).scalar()


def _first_card(db):
    with db.session() as s:
        return s.scalar(text("SELECT min(id) FROM card"))


def test_restore_into_a_server_is_refused_with_advice(any_db):
    if any_db.path is not None:
        pytest.skip("SQLite restores are tested in tests/services/test_backup_service.py")
    seed(any_db, NOW)
    path = svc.backup_now(any_db, "manual", NOW)
    with pytest.raises(errors.StorageError, match="pg_restore"):
        svc.restore(any_db, path, NOW)


def test_check_repairs_impossible_progress(any_db, tmp_path):
    ids = seed(any_db, NOW)
    aiko, card = ids["profiles"][0], ids["cards"][0]
    with any_db.session() as s:
        last = s.scalars(select(Review).where(Review.card_id == card)
                         .order_by(Review.reviewed_ms.desc())).first()
        row = s.get(CardState, (aiko, card))
        row.due_ms, row.stability = 253_402_300_799_000, -1.0
    report = check_database(any_db, tmp_path / "media", now=NOW)
    assert any(f.table == "card_state" for f in report.repaired)
    with any_db.session() as s:
        row = s.get(CardState, (aiko, card))
        assert (row.due_ms, row.stability) == (last.due_ms, last.stability)


def test_same_answer_sent_twice_at_once_is_stored_once(any_db):
    tool = _tool()
    profile, cards = tool.seed(any_db, cards=5)
    results = []
    barrier = threading.Barrier(4)

    def send():
        barrier.wait()
        results.append(tool.scripted_answer(any_db, profile, cards[0], 3, NOW, uid="lab-pc-3:17"))

    threads = [threading.Thread(target=send) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results) == [False, False, False, True]
    assert _count(any_db, "revlog") == 1


def test_a_class_answering_at_once_stores_every_review_exactly_once(backend_url):
    if not backend_url.startswith("postgresql"):
        pytest.skip("a class shares one PostgreSQL server; SQLite is one learner's file")
    tool = _tool()
    clients, answers = 30, 50
    setup = Database(backend_url)
    _, cards = tool.seed(setup, cards=answers)
    setup.close()
    errors_seen: list[BaseException] = []

    def client(i: int) -> None:
        try:
            db = Database(backend_url)
            from jpprep.store.models import Profile

            with db.session() as s:
                p = Profile(name=f"student {i}", created_ms=NOW)
                s.add(p)
                s.flush()
                pid = p.id
            for k, card in enumerate(cards):
                uid = f"pc{i}:{k}"
                assert tool.scripted_answer(db, pid, card, 1 + k % 4, NOW + k * 1000, uid=uid)
                if k % 7 == 0:  # the acknowledgement was lost: the client sends it again
                    assert not tool.scripted_answer(db, pid, card, 1 + k % 4, NOW + k * 1000, uid=uid)
            db.close()
        except BaseException as exc:  # reported below
            errors_seen.append(exc)

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors_seen == []
    db = Database(backend_url)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Review)) == clients * answers
        assert s.scalar(select(func.count(func.distinct(Review.uid)))) == clients * answers
        per = s.execute(select(CardState.profile_id, func.sum(CardState.reps))
                        .group_by(CardState.profile_id)).all()
        assert sorted(r[1] for r in per) == [answers] * clients
    db.close()


def test_a_whole_lab_starting_at_once_on_an_empty_server(backend_url):
    if not backend_url.startswith("postgresql"):
        pytest.skip("only a server is opened by many computers at once")
    opened, failed = [], []
    barrier = threading.Barrier(8)

    def start():
        barrier.wait()
        try:
            db = Database(backend_url)
            opened.append(db)
        except BaseException as exc:  # reported below
            failed.append(exc)

    threads = [threading.Thread(target=start) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not any(t.is_alive() for t in threads), "the starts deadlocked"
    for db in opened:
        db.close()
    assert failed == [] and len(opened) == 8
