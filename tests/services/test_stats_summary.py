"""The statistics summary (stats_day, kept by triggers and jpprep.services.stats) always gives
the numbers summed straight from the review log: after answers, undo (here or in another
process), reset, a new day-start hour, a card moved, a deck deleted, imported old history."""

from __future__ import annotations

import shutil
import sys
import tempfile
import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, text, update

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "srs"))
from srs_factory import DAY, HOUR, MIN, T0, make_deck, make_notes, make_profile  # noqa: E402

from jpprep.services import stats, study  # noqa: E402
from jpprep.store.db import Database  # noqa: E402
from jpprep.store.models import Card, Deck, Profile, Review  # noqa: E402



def _setup(db):
    with db.session() as s:
        pid = make_profile(s)
        a = make_deck(s, "A")
        b = make_deck(s, "B")
        c = make_deck(s, "C")
        cards = make_notes(s, a, 4) + make_notes(s, b, 3, start=20) + make_notes(s, c, 2, start=40)
    return pid, {"A": a, "B": b, "C": c}, cards


def _same(db, pid, decks, now):
    """stats_data equals the direct sum of the log, for the profile and for every deck."""
    for deck in [None, *decks.values()]:
        got = stats.stats_data(db, pid, now, deck)
        assert got == stats.direct_stats_data(db, pid, now, deck), f"deck {deck}"
    return stats.stats_data(db, pid, now)


def _answer_days(db, pid, cards, start, days):
    now = start
    for d in range(days):
        for i, cid in enumerate(cards):
            study.answer(db, pid, cid, (3, 1, 3, 4)[(i + d) % 4], now + i * MIN, 2000)
        now += DAY
    return now


def test_answers_then_a_fresh_process_sees_them(db, tmp_path):
    pid, decks, cards = _setup(db)
    now = _answer_days(db, pid, cards, T0, 3)
    first = _same(db, pid, decks, now)
    assert first.reviews_total == 27
    now = _answer_days(db, pid, cards[:4], now, 1)
    other = Database(db.url)  # as the app started again
    data = stats.stats_data(other, pid, now)
    assert data.reviews_total == 31 and data.heatmap[-2][1] == 4
    assert data == stats.direct_stats_data(other, pid, now)
    other.close()


def test_undo_removes_the_answer_even_from_another_process(db):
    pid, decks, cards = _setup(db)
    now = _answer_days(db, pid, cards, T0, 2)
    before = _same(db, pid, decks, now)
    other = Database(db.url)
    study.answer(other, pid, cards[0], 3, now, 5000)
    assert stats.stats_data(db, pid, now).reviews_total == before.reviews_total + 1
    assert study.undo(other, pid, now) == cards[0]  # another process deletes the row
    after = _same(db, pid, decks, now)
    assert after.reviews_total == before.reviews_total
    assert after.studied_ms_total == before.studied_ms_total
    other.close()


def test_day_start_hour_moves_a_late_answer_to_the_day_before(db):
    pid, decks, cards = _setup(db)
    late = T0 - 12 * HOUR + 5 * HOUR  # 05:00 UTC the next morning = 05:00 local (offset 0)
    study.answer(db, pid, cards[0], 3, late, 1000)
    now = late + HOUR
    data = _same(db, pid, decks, now)
    assert data.heatmap[-1][1] == 1  # day starts at 4: 05:00 is today
    with db.session() as s:
        p = s.get(Profile, pid)
        p.settings = {**p.settings, "day_starts_hour": 6}
    data = _same(db, pid, decks, now)  # 06:00: a new day began; 05:00 was the day before
    assert data.heatmap[-1][1] == 0 and data.heatmap[-2][1] == 1 and data.streak_days == 1


def test_deleting_a_deck_and_moving_a_card(db):
    pid, decks, cards = _setup(db)
    now = _answer_days(db, pid, cards, T0, 2)
    whole = _same(db, pid, decks, now)
    with db.session() as s:
        s.execute(delete(Deck).where(Deck.id == decks["C"]))
    del decks["C"]
    after = _same(db, pid, decks, now)
    assert after.reviews_total == whole.reviews_total - 4
    b_before = stats.stats_data(db, pid, now, decks["B"]).reviews_total
    with db.session() as s:
        s.execute(update(Card).where(Card.id == cards[0]).values(deck_id=decks["B"]))
    _same(db, pid, decks, now)
    assert stats.stats_data(db, pid, now, decks["B"]).reviews_total == b_before + 2


def test_imported_old_history_changes_card_ages(db):
    pid, decks, cards = _setup(db)
    study.answer(db, pid, cards[0], 4, T0, 0)
    study.answer(db, pid, cards[0], 3, T0 + 10 * DAY, 0)  # a review 10 days after the first
    now = T0 + 10 * DAY + HOUR
    ages = {r.label: r.total for r in _same(db, pid, decks, now).retention_by_age}
    assert ages["1-4 weeks"] == 1
    with db.session() as s:  # Anki history: an answer 100 days before, with an old id
        s.add(Review(id=0, uid=uuid.uuid4().hex, profile_id=pid, card_id=cards[0],
                     reviewed_ms=T0 - 100 * DAY, rating=3, duration_ms=0, state_before=0,
                     state_after=2, due_ms=T0, kind="review"))
    ages = {r.label: r.total for r in _same(db, pid, decks, now).retention_by_age}
    assert ages["1-4 weeks"] == 0 and ages["3-12 months"] == 1


@pytest.fixture
def any_db(backend_db):
    """SQLite, and PostgreSQL when JPPREP_TEST_PG_URL is set (tests/conftest.py)."""
    return backend_db


def test_every_change_on_every_backend(any_db):
    db = any_db
    pid, decks, cards = _setup(db)
    now = _answer_days(db, pid, cards, T0, 3)
    _same(db, pid, decks, now)
    study.answer(db, pid, cards[2], 1, now, 1000)
    study.undo(db, pid, now)
    study.reset(db, pid, [cards[3]], now)
    with db.session() as s:
        s.execute(update(Card).where(Card.id == cards[4]).values(deck_id=decks["A"]))
        s.add(Review(uid=uuid.uuid4().hex, profile_id=pid, card_id=cards[5],
                     reviewed_ms=T0 - 50 * DAY, rating=3, duration_ms=0, state_before=0,
                     state_after=2, due_ms=T0, kind="review"))
        s.execute(delete(Deck).where(Deck.id == decks["C"]))
    del decks["C"]
    data = _same(db, pid, decks, now)
    assert data.reviews_total == 3 * 9 - 3 * 2 + 1
    with db.session() as s:
        p = s.get(Profile, pid)
        p.settings = {**p.settings, "day_starts_hour": 0, "utc_offset_minutes": 345}  # Nepal
    _same(db, pid, decks, now)


# ---------------------------------------------------------------- property test

_TEMPLATE: dict = {}


def _template() -> Path:
    """One migrated database file, copied for every example (migrating costs ~0.2 s)."""
    if "path" not in _TEMPLATE:
        d = Path(tempfile.mkdtemp(prefix="stats-prop-"))
        Database(f"sqlite:///{d / 'template.db'}").close()
        _TEMPLATE["path"] = d / "template.db"
    return _TEMPLATE["path"]


OPS = st.one_of(
    st.tuples(st.just("answer"), st.integers(0, 8), st.integers(1, 4), st.integers(0, 3000)),
    st.tuples(st.just("undo")),
    st.tuples(st.just("undo_elsewhere")),
    st.tuples(st.just("reset"), st.integers(0, 8)),
    st.tuples(st.just("hour"), st.integers(0, 23)),
    st.tuples(st.just("move"), st.integers(0, 8), st.sampled_from("AB")),
    st.tuples(st.just("import"), st.integers(0, 8), st.integers(1, 400)),
    st.tuples(st.just("delete_c")),
    st.tuples(st.just("stats")),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ops=st.lists(OPS, min_size=1, max_size=25), full_days=st.sampled_from([0, 2, 40]))
def test_summary_equals_the_log_after_any_sequence(ops, full_days):
    tmp = Path(tempfile.mkdtemp(prefix="stats-ex-"))
    shutil.copy(_template(), tmp / "x.db")
    db = Database(f"sqlite:///{tmp / 'x.db'}")
    other = Database(f"sqlite:///{tmp / 'x.db'}")
    old = stats.FULL_REBUILD_DAYS
    stats.FULL_REBUILD_DAYS = full_days
    try:
        pid, decks, cards = _setup(db)
        alive = set(cards)
        now = T0
        for op in ops:
            kind = op[0]
            if kind == "answer" and cards[op[1]] in alive:
                now += op[3] * MIN
                study.answer(db, pid, cards[op[1]], op[2], now, 1000 + op[3])
            elif kind == "undo":
                study.undo(db, pid, now)
            elif kind == "undo_elsewhere":
                study.undo(other, pid, now)
            elif kind == "reset" and cards[op[1]] in alive:
                study.reset(db, pid, [cards[op[1]]], now)
            elif kind == "hour":
                with db.session() as s:
                    p = s.get(Profile, pid)
                    p.settings = {**p.settings, "day_starts_hour": op[1]}
            elif kind == "move" and cards[op[1]] in alive:
                with db.session() as s:
                    s.execute(update(Card).where(Card.id == cards[op[1]])
                              .values(deck_id=decks[op[2]]))
            elif kind == "import" and cards[op[1]] in alive:
                with db.session() as s:
                    s.add(Review(uid=uuid.uuid4().hex, profile_id=pid, card_id=cards[op[1]],
                                 reviewed_ms=now - op[2] * DAY, rating=3, duration_ms=500,
                                 state_before=2, state_after=2, due_ms=now, kind="review"))
            elif kind == "delete_c" and "C" in decks:
                with db.session() as s:
                    gone = s.execute(text(  # cards of the deck, and of its notes
                        "SELECT c.id FROM card c JOIN note n ON n.id = c.note_id "
                        "WHERE c.deck_id = :d OR n.deck_id = :d"), {"d": decks["C"]}).scalars().all()
                    s.execute(delete(Deck).where(Deck.id == decks.pop("C")))
                    # (undo cannot bring back a deleted card's state: no deck-delete use-case
                    # exists yet; when one does, it must drop such undo entries like this)
                    s.execute(text("DELETE FROM undo_entry"))
                alive -= set(gone)
            elif kind == "stats":
                assert stats.stats_data(db, pid, now) == stats.direct_stats_data(db, pid, now)
        for deck in [None, *decks.values()]:
            assert stats.stats_data(db, pid, now, deck) == stats.direct_stats_data(
                db, pid, now, deck)
    finally:
        stats.FULL_REBUILD_DAYS = old
        db.close()
        other.close()
        shutil.rmtree(tmp, ignore_errors=True)


def test_deleting_a_profile_leaves_the_other_profiles_numbers_and_no_notes(db):
    pid, decks, cards = _setup(db)
    with db.session() as s:
        other = make_profile(s, "other")
    now = _answer_days(db, pid, cards, T0, 2)
    _answer_days(db, other, cards[:3], T0, 2)
    mine = _same(db, pid, decks, now)
    stats.stats_data(db, other, now)
    study.answer(db, other, cards[0], 3, now, 1000)  # noted for the other profile
    with db.session() as s:
        s.execute(delete(Profile).where(Profile.id == other))
    with db.session() as s:  # a new day offset rebuilds (and sweeps notes of gone profiles)
        p = s.get(Profile, pid)
        p.settings = {**p.settings, "day_starts_hour": 3}
    assert _same(db, pid, decks, now).reviews_total == mine.reviews_total
    with db.session() as s:
        left = s.execute(text("SELECT COUNT(*) FROM stats_dirty WHERE profile_id = :p"),
                         {"p": other}).scalar()
        assert left == 0


def test_a_database_without_the_triggers_gets_them_back(any_db):
    db = any_db
    pid, decks, cards = _setup(db)
    now = _answer_days(db, pid, cards, T0, 2)
    _same(db, pid, decks, now)
    pg = db.engine.dialect.name == "postgresql"
    with db.session() as s:
        for name in ("stats_revlog_delete", "stats_revlog_insert"):
            s.execute(text(f"DROP TRIGGER {name}" + (" ON revlog" if pg else "")))
        s.execute(delete(Review).where(Review.card_id == cards[1]))  # not noted
    fresh = Database(db.url)  # a new engine checks the triggers again
    data = stats.stats_data(fresh, pid, now)
    assert data == stats.direct_stats_data(fresh, pid, now)
    assert data.reviews_total == 16
    study.undo(fresh, pid, now)  # noted again: the triggers are back
    assert stats.stats_data(fresh, pid, now) == stats.direct_stats_data(fresh, pid, now)
    assert stats.stats_data(fresh, pid, now).reviews_total == 15
    fresh.close()


def test_prepare_builds_the_summary_ahead_of_the_page(db):
    pid, decks, cards = _setup(db)
    now = _answer_days(db, pid, cards, T0, 2)
    with db.session() as s:
        assert s.execute(text("SELECT COUNT(*) FROM stats_day")).scalar() == 0
    stats.prepare(db, pid, now)
    with db.session() as s:
        assert s.execute(text("SELECT SUM(answers) FROM stats_day")).scalar() == 18
    _same(db, pid, decks, now)


def test_whole_log_summed_in_python_or_numpy_gives_the_same_numbers(db, monkeypatch):
    """A short log is re-summed in plain Python (no numpy import for a first Progress page), a
    long one with numpy: the same numbers, with card ages and a card moved to another deck."""
    pid, decks, cards = _setup(db)
    now = _answer_days(db, pid, cards, T0, 5)
    with db.session() as s:
        s.add(Review(uid=uuid.uuid4().hex, profile_id=pid, card_id=cards[5],
                     reviewed_ms=T0 - 50 * DAY, rating=3, duration_ms=0, state_before=2,
                     state_after=2, due_ms=T0, kind="review"))
        s.execute(update(Card).where(Card.id == cards[0]).values(deck_id=decks["B"]))
    plain = {d: stats.direct_stats_data(db, pid, now, d) for d in [None, *decks.values()]}
    monkeypatch.setattr(stats, "NUMPY_FROM", 10)
    with_numpy = {d: stats.direct_stats_data(db, pid, now, d) for d in [None, *decks.values()]}
    assert plain == with_numpy
    assert plain[None].reviews_total == 5 * 9 + 1
