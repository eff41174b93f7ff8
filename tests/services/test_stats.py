"""Statistics data: what the stats page draws."""

from __future__ import annotations

import sys
from datetime import timedelta
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "srs"))
from srs_factory import DAY, HOUR, MIN, T0, make_deck, make_notes, make_profile  # noqa: E402

from jpprep.services import stats, study  # noqa: E402


def _setup(db):
    with db.session() as s:
        pid = make_profile(s)
        a = make_deck(s, "A")
        b = make_deck(s, "B")
        ca = make_notes(s, a, 6)
        cb = make_notes(s, b, 4, start=50)
    return pid, a, b, ca, cb


def test_heatmap_time_and_streaks(db):
    pid, a, b, ca, cb = _setup(db)
    # studied 3 days in a row, a gap, then 2 days (the last one is today)
    for day in (0, 1, 2, 5, 6):
        study.answer(db, pid, ca[day % 6], 4, T0 + day * DAY, 3000)
    study.answer(db, pid, cb[0], 3, T0 + 6 * DAY + MIN, 2000)
    data = stats.stats_data(db, pid, T0 + 6 * DAY + HOUR)
    assert len(data.heatmap) == 365 and data.heatmap[-1] == ("2026-03-08", 2)
    assert data.heatmap[-2][1] == 1 and data.heatmap[-3][1] == 0
    assert data.streak_days == 2 and data.longest_streak == 3
    assert data.studied_ms_today == 5000 and data.studied_ms_total == 17000
    only_b = stats.stats_data(db, pid, T0 + 6 * DAY + HOUR, deck_id=b)
    assert only_b.reviews_total == 1 and only_b.cards_by_state["new"] == 3


def test_true_retention_forecast_and_states(db):
    pid, a, b, ca, cb = _setup(db)
    for cid in ca:
        study.answer(db, pid, cid, 4, T0, 0)  # review cards
    # 40 days later: four remembered, two forgotten
    later = T0 + 40 * DAY
    for i, cid in enumerate(ca):
        study.answer(db, pid, cid, 3 if i < 4 else 1, later, 0)
    data = stats.stats_data(db, pid, later + MIN)
    month = data.retention_by_month[-1]
    assert month.label == "2026-04" and (month.passed, month.total) == (4, 6)
    ages = {r.label: (r.passed, r.total) for r in data.retention_by_age}
    assert ages["1-3 months"] == (4, 6) and ages["< 1 week"] == (0, 0)
    st = data.cards_by_state
    assert st["relearning"] == 2 and st["young"] + st["mature"] == 4 and st["new"] == 4
    assert data.forecast[0] == 2  # the two lapses, due today
    soon = [study.stored_card(db, pid, c).due_ms for c in ca[:4]]
    assert sum(data.forecast[1:]) == sum(1 for d in soon if d < later + 30 * DAY)
    assert 0 < data.average_retention <= 1


def test_kept_summary_follows_new_answers_and_undo(db):
    from jpprep.services.study import _CACHE

    pid, a, b, ca, cb = _setup(db)
    now = T0
    for cid in ca:
        study.answer(db, pid, cid, 4, now, 1000)
    before = stats.stats_data(db, pid, now + 40 * DAY)  # summary kept after this
    for i, cid in enumerate(ca[:3]):
        study.answer(db, pid, cid, 1 if i else 3, now + 40 * DAY, 1000)
    study.undo(db, pid, now + 40 * DAY)
    study.answer(db, pid, cb[0], 3, now + 40 * DAY + MIN, 1000)
    warm = stats.stats_data(db, pid, now + 40 * DAY + HOUR)
    _CACHE.clear()
    cold = stats.stats_data(db, pid, now + 40 * DAY + HOUR)
    assert warm == cold
    assert warm.reviews_total == before.reviews_total + 3
    ages = {r.label: (r.passed, r.total) for r in warm.retention_by_age}
    assert ages["1-3 months"] == (1, 2)


def test_mean_retrievability_sql_equals_numpy_and_fsrs(db):
    from fsrs import Card, Scheduler, State

    from jpprep.srs.scheduler import to_dt

    pid, a, b, ca, cb = _setup(db)
    for i, cid in enumerate(ca):
        study.answer(db, pid, cid, 3 + (i % 2), T0 + i * HOUR, 0)
    now = T0 + 20 * DAY
    data = stats.stats_data(db, pid, now)
    rows = [(c.stability, c.last_review_ms) for c in (study.stored_card(db, pid, x) for x in ca)]
    off = -4 * HOUR  # utc_offset 0, day starts at 4
    today = (now + off) // DAY
    assert data.average_retention == pytest.approx(
        stats.average_retrievability_numpy(rows, today, off), rel=1e-9)
    # and fsrs agrees when the elapsed learner days equal fsrs's whole days
    sched = Scheduler()
    expected = []
    for st_, last in rows:
        elapsed = today - (last + off) // DAY
        card = Card(card_id=1, state=State.Review, stability=st_, difficulty=5.0,
                    last_review=to_dt(now) - timedelta(days=elapsed))
        expected.append(sched.get_card_retrievability(card, to_dt(now)))
    assert data.average_retention == pytest.approx(sum(expected) / len(expected), rel=1e-9)


def test_two_threads_reading_stats_do_not_count_answers_twice(db):
    import threading

    from jpprep.services.study import _CACHE

    pid, a, b, ca, cb = _setup(db)
    for i, cid in enumerate(ca + cb):
        study.answer(db, pid, cid, 3, T0 + i * MIN, 1000)
    _CACHE.clear()
    results = []
    threads = [threading.Thread(target=lambda: results.append(
        stats.stats_data(db, pid, T0 + HOUR).reviews_total)) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [10, 10, 10, 10]
    assert stats.stats_data(db, pid, T0 + HOUR).reviews_total == 10
