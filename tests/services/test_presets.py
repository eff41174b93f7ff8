"""Presets service: default on demand, validation, personal parameter fitting."""

from __future__ import annotations

import random
import sys
import uuid
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "srs"))
from srs_factory import DAY, T0, make_deck, make_notes, make_profile, simple_setup  # noqa: E402

from jpprep.errors import ValidationError  # noqa: E402
from jpprep.services import presets, study  # noqa: E402
from jpprep.store.models import Profile, Review  # noqa: E402


def test_deck_without_preset_gets_default(db):
    with db.session() as s:
        make_profile(s)
        d = make_deck(s, "Mine")
    info = presets.deck_preset(db, d)
    assert info.name == "Default" and d in info.deck_ids
    assert info.config.new_per_day == 20 and info.config.leech_threshold == 8


def test_impossible_values_refused_and_nothing_saved(db):
    pid, deck, _ = simple_setup(db, 1, new_per_day=7)
    pr = presets.deck_preset(db, deck)
    for field, value in [("desired_retention", 1.5), ("learning_steps", [1, -5]),
                         ("reviews_per_day", 10_000_000)]:
        with pytest.raises(ValidationError) as e:
            presets.update_preset(db, pr.id, {field: value})
        assert e.value.field == field
    assert presets.deck_preset(db, deck).config.new_per_day == 7
    presets.update_preset(db, pr.id, {"desired_retention": 0.99, "new_per_day": 3})
    cfg = presets.deck_preset(db, deck).config
    assert cfg.desired_retention == 0.97 and cfg.new_per_day == 3


def _simulate_log(db, pid, cards, true_params):
    """Answers from a learner whose memory follows `true_params`."""
    from jpprep.srs.days import DayClock
    from jpprep.srs.scheduler import Scheduler, SrsCard

    sched = Scheduler(params=true_params, clock=DayClock(4, 0))
    rng = random.Random(7)
    rows = []
    for cid in cards:
        card, now = SrsCard(), T0
        for _ in range(7):
            if card.stability is None:
                r = 3
            else:
                r = 3 if rng.random() < sched.retrievability(card, now) else 1
            out = sched.review(cid, card, r, now)
            rows.append(Review(uid=uuid.uuid4().hex, profile_id=pid, card_id=cid,
                               reviewed_ms=now, rating=r, duration_ms=1000,
                               state_before=card.state, state_after=out.card.state,
                               stability=out.card.stability, difficulty=out.card.difficulty,
                               due_ms=out.card.due_ms, kind="review"))
            card = out.card
            now = max(card.due_ms, now + DAY)
    with db.session() as s:
        s.add_all(rows)


def test_optimize_fits_personal_params_and_uses_them(db):
    from fsrs_rs_python import DEFAULT_PARAMETERS

    pid, deck, cards = simple_setup(db, 300)
    true = list(DEFAULT_PARAMETERS)
    true[0], true[2], true[8] = 1.0, 6.0, 1.2
    _simulate_log(db, pid, cards, true)
    pr = presets.deck_preset(db, deck)
    steps = []
    res = presets.optimize_preset(db, pid, pr.id,
                                  progress=lambda done, total, text: steps.append((done, total)))
    assert res.changed and res.new_log_loss < res.old_log_loss
    assert steps and steps[-1] == (100, 100)  # the worker's progress(done, total, text)
    with db.session() as s:
        stored = s.get(Profile, pid).settings["fsrs_params"][str(pr.id)]
    assert stored == res.params
    # the profile's next new card uses its own initial stabilities
    with db.session() as s:
        other = make_deck(s, "Other", preset_id=pr.id)
        (cid,) = make_notes(s, other, 1, start=999)
    study.answer(db, pid, cid, 3, T0, 0)
    assert study.stored_card(db, pid, cid).stability == pytest.approx(stored[2], rel=1e-6)


def test_optimize_keeps_old_params_when_new_ones_predict_worse(db, monkeypatch):
    import fsrs_rs_python

    pid, deck, cards = simple_setup(db, 200)
    _simulate_log(db, pid, cards, list(fsrs_rs_python.DEFAULT_PARAMETERS))
    bad = list(fsrs_rs_python.DEFAULT_PARAMETERS)
    bad[2], bad[3] = 90.0, 95.0  # wildly optimistic memory
    monkeypatch.setattr(fsrs_rs_python.FSRS, "compute_parameters", lambda self, items: bad)
    pr = presets.deck_preset(db, deck)
    res = presets.optimize_preset(db, pid, pr.id)
    assert not res.changed and res.new_log_loss > res.old_log_loss
    with db.session() as s:
        assert "fsrs_params" not in (s.get(Profile, pid).settings or {})


def test_optimize_with_too_few_reviews_keeps_defaults(db):
    pid, deck, cards = simple_setup(db, 3)
    for cid in cards:
        study.answer(db, pid, cid, 3, T0, 0)
    res = presets.optimize_preset(db, pid, presets.deck_preset(db, deck).id)
    assert not res.changed and "not enough" in res.message
    # the CLI's English message, and a code with its numbers for the GUI to word
    assert res.code == "too_few_reviews"
    assert res.message_params == {"items": 0, "reviews": 3, "needed": 64}


def test_a_preset_name_another_preset_has_is_refused(db):
    """Two presets of one name cannot be told apart in the deck options' list: creating,
    renaming or saving a new one as " default " (any case, outer spaces) is refused with a code
    and nothing changes; a preset keeps its own name, in another case too."""
    _pid, deck, _ = simple_setup(db, 1)
    default = presets.deck_preset(db, deck)
    exam = presets.create_preset(db, "Exam month")
    attempts = [lambda: presets.create_preset(db, " default "),
                lambda: presets.create_preset(db, "EXAM MONTH"),
                lambda: presets.update_preset(db, exam.id, name="Default"),
                lambda: presets.save_deck_options(db, deck, {}, new_name="exam month "),
                lambda: presets.save_deck_options(db, deck, {}, preset_id=default.id,
                                                  name="Exam Month")]
    for attempt in attempts:
        with pytest.raises(ValidationError) as e:
            attempt()
        assert (e.value.code, e.value.field) == ("preset_name_taken", "name")
    assert sorted(p.name for p in presets.list_presets(db)) == ["Default", "Exam month"]
    assert presets.update_preset(db, exam.id, name="exam Month").name == "exam Month"
    assert presets.save_deck_options(db, deck, {}, preset_id=default.id,
                                     name="Default").name == "Default"


@pytest.mark.parametrize("bad", ["", "   ", "x" * 101])
def test_a_preset_name_that_is_empty_or_too_long_is_refused_everywhere_with_a_code(db, bad):
    """Renaming a preset had no length check (the column holds 100 characters; PostgreSQL
    refuses more with a database error, not a message), and the name errors had no code, so a
    caller could not tell them from other name errors without reading the English text."""
    _pid, deck, _ = simple_setup(db, 1)
    default = presets.deck_preset(db, deck)
    exam = presets.create_preset(db, "Exam month")
    attempts = [lambda: presets.create_preset(db, bad),
                lambda: presets.update_preset(db, exam.id, name=bad),
                lambda: presets.save_deck_options(db, deck, {}, new_name=bad),
                lambda: presets.save_deck_options(db, deck, {}, preset_id=default.id, name=bad)]
    for attempt in attempts:
        with pytest.raises(ValidationError) as e:
            attempt()
        assert (e.value.code, e.value.field, e.value.params) == ("preset_name_length", "name",
                                                                {"min": 1, "max": 100})
    assert sorted(p.name for p in presets.list_presets(db)) == ["Default", "Exam month"]
