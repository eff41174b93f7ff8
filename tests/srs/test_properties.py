"""Property tests: the database agrees with the scheduler in memory, the log rebuilds every
card, limits hold, and a clock that jumps backwards loses nothing."""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from sqlalchemy import func, select

sys.path.insert(0, str(Path(__file__).resolve().parent))
from srs_factory import DAY, MIN, T0, make_deck, make_notes, make_preset, make_profile  # noqa: E402

from jpprep.services import study  # noqa: E402
from jpprep.srs.days import DayClock  # noqa: E402
from jpprep.srs.presets import validate  # noqa: E402
from jpprep.srs.scheduler import Scheduler, SrsCard  # noqa: E402
from jpprep.store.db import Database  # noqa: E402
from jpprep.store.models import Review  # noqa: E402

_counter = itertools.count()

presets = st.fixed_dictionaries({
    "desired_retention": st.floats(0.70, 0.97),
    "learning_steps": st.lists(st.integers(1, 600), max_size=3),
    "relearning_steps": st.lists(st.integers(1, 600), max_size=2),
    "maximum_interval": st.integers(1, 36500),
    "new_per_day": st.integers(0, 6),
    "reviews_per_day": st.integers(0, 6),
    "bury_siblings": st.booleans(),
    "leech_threshold": st.integers(1, 8),
    "leech_action": st.sampled_from(["tag", "suspend"]),
})
# (rating, minutes since the previous answer; negative = the clock jumped backwards)
answers = st.lists(
    st.tuples(st.integers(1, 4),
              st.one_of(st.integers(-3000, 0), st.integers(0, 60), st.integers(0, 200_000))),
    min_size=1, max_size=25,
)
settings_ = settings(max_examples=40, deadline=None,
                     suppress_health_check=[HealthCheck.function_scoped_fixture,
                                            HealthCheck.too_slow])


@pytest.fixture(scope="module")
def mdb(tmp_path_factory):
    d = Database(f"sqlite:///{tmp_path_factory.mktemp('prop') / 'p.db'}")
    yield d
    d.close()


def _setup(db, preset, n_cards=1, hour=4, offset=0):
    i = next(_counter)
    with db.session() as s:
        pid = make_profile(s, f"p{i}", {"day_starts_hour": hour, "utc_offset_minutes": offset})
        pr = make_preset(s, f"preset{i}", **preset)
        deck = make_deck(s, f"D{i}", preset_id=pr)
        cards = make_notes(s, deck, n_cards)
    return pid, deck, cards


@settings_
@given(preset=presets, seq=answers, hour=st.integers(0, 23), offset=st.integers(-720, 840))
def test_database_equals_memory_and_replay(mdb, preset, seq, hour, offset):
    pid, deck, (cid,) = _setup(mdb, preset, hour=hour, offset=offset)
    sched = Scheduler(validate(preset), None, DayClock(hour, offset))
    mem = SrsCard()
    now = T0
    for rating, minutes in seq:
        now += minutes * MIN
        res = study.answer(mdb, pid, cid, rating, now, 1000)
        mem = sched.review(cid, mem, rating, now).card
        assert res.due_ms > now  # never a negative interval, even after the clock went back
        stored = study.stored_card(mdb, pid, cid)
        assert stored == mem  # field for field
    assert study.replay_card(mdb, pid, cid) == mem
    with mdb.session() as s:
        n = s.scalar(select(func.count()).select_from(Review).where(Review.card_id == cid))
    assert n == len(seq)  # no answer lost


@settings_
@given(preset=presets, ratings=st.lists(st.integers(1, 4), min_size=5, max_size=60),
       gaps=st.lists(st.integers(0, 180), min_size=1, max_size=8))
def test_daily_limits_never_exceeded(mdb, preset, ratings, gaps):
    pid, deck, cards = _setup(mdb, preset, n_cards=12)
    clock = DayClock(4, 0)
    now = T0
    per_day: dict[int, list[int]] = {}
    for i, rating in enumerate(ratings):
        card = study.next_card(mdb, pid, deck, now)
        if card is None:
            now += gaps[i % len(gaps)] * MIN + (DAY if i % 7 == 6 else 0)
            continue
        counts = per_day.setdefault(clock.day(now), [0, 0])
        if card.state == 0:
            counts[0] += 1
        elif card.state == 2:
            counts[1] += 1
        study.answer(mdb, pid, card.card_id, rating, now, 500)
        assert counts[0] <= preset["new_per_day"]
        assert counts[1] <= preset["reviews_per_day"]
        now += gaps[i % len(gaps)] * MIN


@settings_
@given(seq=answers, undo_n=st.integers(1, 40))
def test_undo_restores_the_state_before(mdb, seq, undo_n):
    pid, deck, (cid,) = _setup(mdb, {})
    history = [study.stored_card(mdb, pid, cid)]
    now = T0
    for rating, minutes in seq:
        now += minutes * MIN
        study.answer(mdb, pid, cid, rating, now, 0)
        history.append(study.stored_card(mdb, pid, cid))
    k = min(undo_n, len(seq), study.UNDO_DEPTH)
    for _ in range(k):
        assert study.undo(mdb, pid, now) == cid
    assert study.stored_card(mdb, pid, cid) == history[-1 - k]
    assert study.replay_card(mdb, pid, cid) == history[-1 - k]


@settings(max_examples=150, deadline=None)
@given(preset=presets, seq=st.lists(st.tuples(st.integers(1, 4), st.integers(-2000, 100_000)),
                                    max_size=15),
       card_id=st.integers(1, 10**9), hour=st.integers(0, 23))
def test_buttons_in_order_and_never_in_the_past(preset, seq, card_id, hour):
    sched = Scheduler(validate(preset), None, DayClock(hour, 0))
    card, now = SrsCard(), T0
    for rating, minutes in seq:
        now += minutes * MIN
        p = sched.preview(card_id, card, now)
        days = [p[r].interval_days for r in (2, 3, 4) if p[r].interval_days is not None]
        assert days == sorted(days)
        assert all(o.card.due_ms > now for o in p.values())
        assert all(1 <= d <= preset["maximum_interval"] for d in days)
        card = p[rating].card


@settings_
@given(limits=st.lists(st.tuples(st.integers(0, 5), st.integers(0, 5)), min_size=3, max_size=3),
       ratings=st.lists(st.integers(1, 4), min_size=5, max_size=50),
       choose=st.lists(st.sampled_from([0, 1, 2]), min_size=1, max_size=5))
def test_nested_limits_never_exceeded(mdb, limits, ratings, choose):
    """Parent P with children A and B; each deck has its own (new, review) limits; studying
    any of them never lets a deck's subtree pass that deck's limits. (The module's database
    holds other examples' decks, so "all decks" is tested in tests/services/test_study.py.)"""
    i = next(_counter)
    with mdb.session() as s:
        pid = make_profile(s, f"n{i}", {"day_starts_hour": 4, "utc_offset_minutes": 0})
        pres = [make_preset(s, f"n{i}-{k}", new_per_day=n, reviews_per_day=r)
                for k, (n, r) in enumerate(limits)]
        top = make_deck(s, f"P{i}", preset_id=pres[0])
        a = make_deck(s, f"P{i}::A", parent_id=top, preset_id=pres[1])
        b = make_deck(s, f"P{i}::B", parent_id=top, preset_id=pres[2])
        cards = {top: make_notes(s, top, 4, start=0), a: make_notes(s, a, 4, start=10),
                 b: make_notes(s, b, 4, start=20)}
    deck_of = {c: d for d, cs in cards.items() for c in cs}
    decks = [top, a, b]
    subtree = {top: {top, a, b}, a: {a}, b: {b}}
    shown = {d: [0, 0] for d in decks}  # per deck: new, review shown today
    now = T0
    for k, rating in enumerate(ratings):
        sel = choose[k % len(choose)]
        card = study.next_card(mdb, pid, decks[sel], now)
        if card is None or k % 9 == 8:  # on to the next learner day: reviews come due
            now = T0 + ((now - T0) // DAY + 3) * DAY
            shown = {d: [0, 0] for d in decks}
            continue
        now += 20 * MIN
        d = deck_of[card.card_id]
        if card.state == 0:
            shown[d][0] += 1
        elif card.state == 2:
            shown[d][1] += 1
        study.answer(mdb, pid, card.card_id, rating, now, 0)
        for deck, (n_lim, r_lim) in zip(decks, limits):
            assert sum(shown[x][0] for x in subtree[deck]) <= n_lim
            assert sum(shown[x][1] for x in subtree[deck]) <= r_lim
    counts = {c.deck_id: c for c in study.deck_counts(mdb, pid, now)}
    for deck, (n_lim, r_lim) in zip(decks, limits):
        assert counts[deck].new + sum(shown[x][0] for x in subtree[deck]) <= n_lim
