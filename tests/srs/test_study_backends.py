"""The study services on SQLite and, when JPPREP_TEST_PG_URL is set (. .ci/postgres.sh &&
setup_postgres), on PostgreSQL: the same SQL must give the same queue, log and numbers."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from srs_factory import DAY, MIN, T0, make_deck, make_notes, make_preset, make_profile  # noqa: E402

from jpprep.services import planning, stats, study  # noqa: E402



@pytest.fixture
def any_db(backend_db):
    """SQLite, and PostgreSQL when JPPREP_TEST_PG_URL is set (tests/conftest.py)."""
    return backend_db


def test_a_month_of_study_gives_the_same_results_on_every_backend(any_db):
    db = any_db
    with db.session() as s:
        pid = make_profile(s, "pg")
        pr = make_preset(s, "p", new_per_day=4, reviews_per_day=6)
        top = make_deck(s, "JLPT", preset_id=pr)
        n5 = make_deck(s, "JLPT::N5", parent_id=top)
        cards = make_notes(s, n5, 10, kinds=("recognition", "reading"))
    assert [(c.name, c.new) for c in study.deck_counts(db, pid, T0)] == [("JLPT", 4),
                                                                       ("JLPT::N5", 4)]
    answered = []
    for day in range(0, 30, 2):
        now = T0 + day * DAY
        while (c := study.next_card(db, pid, None, now)) is not None:
            study.answer(db, pid, c.card_id, (1, 3, 3, 4)[len(answered) % 4], now, 1500)
            answered.append(c.card_id)
            now += MIN
    assert study.undo(db, pid, now) == answered[-1]
    study.bury(db, pid, cards[0], now)
    study.reset(db, pid, [cards[1]], now)
    study.set_due(db, pid, [cards[2]], 2, now)
    for cid in set(answered):
        assert study.replay_card(db, pid, cid) == study.stored_card(db, pid, cid)
    data = stats.stats_data(db, pid, now)
    assert data.reviews_total == len(answered) - 1
    assert sum(n for _d, n in data.heatmap) == len(answered) - 1
    assert 0 < data.average_retention <= 1
    summary = study.today_summary(db, pid, T0 + 28 * DAY + MIN)
    assert summary.streak_days == 1  # every other day: yesterday was a day off
    planning.set_target(db, pid, "jlpt-n5", "2026-06-01", [top])
    assert planning.plan(db, pid, now).cards_total == 20


def test_an_answer_sent_twice_with_one_uid_is_stored_once(any_db):
    """An outbox re-sends an answer whose acknowledgement was lost: the second send changes
    nothing and describes the stored answer."""
    from sqlalchemy import func, select

    from jpprep.errors import ValidationError
    from jpprep.store.models import Review

    db = any_db
    with db.session() as s:
        pid = make_profile(s, "outbox")
        other = make_profile(s, "other")
        d = make_deck(s, "N5")
        cards = make_notes(s, d, 2)
    first = study.answer(db, pid, cards[0], 3, T0, 2000, review_uid="lab-7:42")
    state = study.stored_card(db, pid, cards[0])
    again = study.answer(db, pid, cards[0], 1, T0 + 5 * MIN, 2000, review_uid="lab-7:42")
    assert not first.already_recorded and again.already_recorded
    assert (again.state, again.due_ms, again.interval_label) == (
        first.state, first.due_ms, first.interval_label)
    assert study.stored_card(db, pid, cards[0]) == state
    with db.session() as s:
        uids = s.execute(select(Review.uid)).scalars().all()
        assert uids == ["lab-7:42"]
    # one undo takes the one answer back: the second send pushed no undo entry
    assert study.undo(db, pid, T0 + 6 * MIN) == cards[0]
    assert study.undo(db, pid, T0 + 6 * MIN) is None
    # the same uid for another learner or card is a client bug, not a duplicate
    study.answer(db, pid, cards[0], 4, T0 + 7 * MIN, 0, review_uid="lab-7:43")
    for p, c in ((other, cards[0]), (pid, cards[1])):
        try:
            study.answer(db, p, c, 3, T0 + 8 * MIN, 0, review_uid="lab-7:43")
        except ValidationError as e:
            assert e.field == "review_uid"
        else:
            raise AssertionError("a uid of another answer was accepted")
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Review)) == 1
