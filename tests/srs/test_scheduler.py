"""The fsrs adapter: learner days, repeatable fuzz, button order, presets."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

import pytest
from hypothesis import given, settings, strategies as st
from fsrs import Card, Rating, Scheduler as FsrsScheduler

from jpprep.errors import ValidationError
from jpprep.srs.days import DayClock
from jpprep.srs.fuzz import fuzz_range, fuzzed_interval
from jpprep.srs.presets import validate
from jpprep.srs.scheduler import Scheduler, SrsCard, to_dt

T0 = 1_772_452_800_000  # 2026-03-02 12:00 UTC
DAY = 86_400_000
HOUR = 3_600_000
UTC4 = DayClock(4, 0)


def test_memory_matches_fsrs_when_reviews_are_whole_days_apart():
    ours = Scheduler(clock=UTC4)
    theirs = FsrsScheduler(enable_fuzzing=False)
    card, fcard = SrsCard(), Card(card_id=1, due=to_dt(T0))
    now = T0
    for r in [3, 3, 3, 1, 3, 3, 2, 4]:
        card = ours.review(1, card, r, now).card
        fcard, _ = theirs.review_card(fcard, Rating(r), to_dt(now))
        assert card.stability == pytest.approx(fcard.stability, rel=1e-12)
        assert card.difficulty == pytest.approx(fcard.difficulty, rel=1e-12)
        assert card.state == int(fcard.state)
        now += max(DAY, (card.due_ms - now) // DAY * DAY) if card.state == 2 else 10 * 60_000


def test_review_due_at_start_of_learner_day():
    s = Scheduler(clock=UTC4)
    c = SrsCard()
    out = s.review(5, c, 4, T0)  # easy: straight to review
    days = out.interval_days
    assert out.card.due_ms == T0 - 8 * HOUR + days * DAY  # 04:00 UTC, `days` later
    assert out.label == f"{days}d"


def test_learner_day_not_24_hours_decides_same_day_review():
    """23:00 then 05:00 the next morning is two learner days (elapsed 1), so long-term memory
    is updated; 01:00 then 03:00 is one learner day (short-term formula)."""
    s = Scheduler(clock=UTC4)
    base = T0 - 12 * HOUR  # 00:00 UTC
    c = s.review(9, SrsCard(), 4, base + 23 * HOUR).card  # review state
    next_day = s.review(9, c, 3, base + 29 * HOUR).card
    same_day = s.review(9, s.review(9, SrsCard(), 4, base + 25 * HOUR).card, 3,
                        base + 27 * HOUR).card
    short = FsrsScheduler(enable_fuzzing=False)._short_term_stability(stability=c.stability,
                                                                       rating=Rating.Good)
    assert same_day.stability == pytest.approx(short)
    assert next_day.stability != pytest.approx(short)


def test_fuzz_is_repeatable_and_uniform_like_anki():
    assert fuzz_range(7, 36500) == (5, 9)
    draws = Counter(fuzzed_interval(7, cid, 3, 36500) for cid in range(20000))
    assert set(draws) == {5, 6, 7, 8, 9}  # py-fsrs would also give 10 (it rounds)
    assert min(draws.values()) > 0.8 * max(draws.values())  # ends not half as likely
    assert fuzzed_interval(40, 123, 7, 36500) == fuzzed_interval(40, 123, 7, 36500)
    assert fuzzed_interval(40, 200, 1, 36500) <= 36500
    assert fuzzed_interval(40, 200, 1, 38) <= 38


def test_previews_keep_button_order_and_positive_intervals():
    s = Scheduler(clock=UTC4)
    c = SrsCard()
    now = T0
    for cid in range(200):
        c = s.review(cid, SrsCard(), 3, now).card
        c = s.review(cid, c, 3, now + 10 * 60_000).card
        p = s.preview(cid, c, c.due_ms + (cid % 5) * DAY)
        assert p[2].interval_days <= p[3].interval_days <= p[4].interval_days


def test_clock_backwards_never_gives_past_due():
    s = Scheduler(clock=UTC4)
    c = s.review(3, SrsCard(), 3, T0).card
    c = s.review(3, c, 3, T0 + 20 * DAY).card
    for back in (HOUR, 3 * DAY, 400 * DAY):
        now = T0 + 20 * DAY - back
        for r, out in s.preview(3, c, now).items():
            assert out.card.due_ms > now
            assert out.interval_days is None or out.interval_days >= 1


def test_preset_validation_names_the_field():
    cases = {
        "desired_retention": 1.5,
        "learning_steps": [-1, 10],
        "new_per_day": 10_000_000,
        "reviews_per_day": -3,
        "maximum_interval": 0,
        "leech_threshold": "many",
        "bury_siblings": "yes",
    }
    for field, value in cases.items():
        with pytest.raises(ValidationError) as e:
            validate({field: value})
        assert e.value.field == field
        assert field in str(e.value)
    assert validate({"desired_retention": 0.5}).desired_retention == 0.70
    assert validate({"desired_retention": 0.99}).desired_retention == 0.97
    assert validate({"learning_steps": "1 10 60"}).learning_steps == (1.0, 10.0, 60.0)


def test_retention_changes_intervals_not_memory():
    lo = Scheduler(validate({"desired_retention": 0.8}), clock=UTC4)
    hi = Scheduler(validate({"desired_retention": 0.95}), clock=UTC4)
    a, b = lo.review(1, SrsCard(), 4, T0), hi.review(1, SrsCard(), 4, T0)
    assert a.card.stability == b.card.stability
    assert a.interval_days > b.interval_days


def test_steps_from_preset():
    s = Scheduler(validate({"learning_steps": [2, 30, 120]}), clock=UTC4)
    c = SrsCard()
    labels = []
    now = T0
    for _ in range(3):
        out = s.review(1, c, 3, now)
        labels.append(out.label)
        c, now = out.card, out.card.due_ms
    assert labels[:2] == ["30m", "2h"]
    assert c.state == 2 and out.interval_days >= 1
    assert timedelta(minutes=2) == s.fsrs.learning_steps[0]


@settings(max_examples=120, deadline=None)
@given(seq=st.lists(st.tuples(st.integers(1, 4), st.integers(-2000, 100_000)), max_size=12),
       card_id=st.integers(1, 10**9), retention=st.floats(0.7, 0.97),
       max_ivl=st.integers(1, 36500))
def test_an_answer_is_what_its_button_showed(seq, card_id, retention, max_ivl):
    """review() computes only the buttons it needs; it must equal the four-button preview."""
    sched = Scheduler(validate({"desired_retention": retention, "maximum_interval": max_ivl}),
                      None, DayClock(4, 0))
    card, now = SrsCard(), T0
    for rating, minutes in seq:
        now += minutes * 60_000
        shown = sched.preview(card_id, card, now)
        for r in (1, 2, 3, 4):
            assert sched.review(card_id, card, r, now) == shown[r]
        card = shown[rating].card
