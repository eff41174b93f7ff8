"""Exam target planning: pace, proposal, load warning."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "srs"))
from srs_factory import DAY, MIN, T0, make_deck, make_notes, make_preset, make_profile  # noqa: E402

from jpprep.errors import ValidationError  # noqa: E402
from jpprep.services import planning, study  # noqa: E402


def _setup(db, n=300, new_per_day=5):
    with db.session() as s:
        pid = make_profile(s)
        pr = make_preset(s, new_per_day=new_per_day)
        d = make_deck(s, "JLPT::N5", preset_id=pr)
        make_notes(s, d, n)
    return pid, d


def test_slow_pace_does_not_cover_and_a_better_pace_is_proposed(db):
    pid, d = _setup(db, 300, new_per_day=5)
    planning.set_target(db, pid, "jlpt-n5", "2026-04-01", [d])  # 30 learner days away
    plan = planning.plan(db, pid, T0)
    assert plan.days_left == 30 and plan.cards_left == 300
    assert not plan.covers and plan.pace == 5
    assert plan.proposed_new_per_day == 14  # 300 cards in 23 days: done a week early
    assert plan.proposed_new_per_day * plan.days_left >= plan.cards_left
    assert any("will not meet" in w for w in plan.warnings)
    # with 20 a day the same target is met in time
    with db.session() as s:
        from jpprep.store.models import Deck, Preset
        s.get(Preset, s.get(Deck, d).preset_id).config = {"new_per_day": 20}
    assert planning.plan(db, pid, T0).covers


def test_load_warning_against_a_typical_day(db):
    pid, d = _setup(db, 400, new_per_day=100)
    cards = list(range(1, 401))
    # a typical day for this learner: 5 answers, for 10 days
    for day in range(10):
        for k in range(5):
            study.answer(db, pid, cards[day * 5 + k], 4, T0 + day * DAY + k * MIN, 8000)
    now = T0 + 10 * DAY
    planning.set_target(db, pid, "jlpt-n5", "2026-03-26", [d])  # 14 days left
    plan = planning.plan(db, pid, now)
    assert plan.typical_day == 5 and plan.seconds_per_answer == pytest.approx(8.0)
    assert plan.proposed_new_per_day == 25  # 350 left / 14 days
    assert plan.expected_daily_load > 25
    assert any("typical day" in w for w in plan.warnings)


def test_target_validation(db):
    pid, d = _setup(db, 1)
    with pytest.raises(ValidationError) as e:
        planning.set_target(db, pid, "jlpt-n5", "next spring", [d])
    assert e.value.field == "exam_date"
    with pytest.raises(ValidationError) as e:
        planning.set_target(db, pid, "jlpt-n5", "2026-12-06", [999])
    assert e.value.field == "deck_ids"
    planning.set_target(db, pid, "jlpt-n5", "2026-12-06", [d])
    planning.set_target(db, pid, "jft-basic", "2026-07-01", [d])  # replaces
    assert planning.get_target(db, pid).exam_id == "jft-basic"
    planning.clear_target(db, pid)
    assert planning.plan(db, pid, T0) is None


def test_home_page_summary(db):
    pid, d = _setup(db, 30, new_per_day=10)
    assert planning.current_plan(db, pid, T0) is None
    planning.set_target(db, pid, "jlpt-n5", "2026-04-01", [d])
    text = planning.current_plan(db, pid, T0).summary
    assert "JLPT-N5" in text and "30 day(s) left" in text and "on track" in text
