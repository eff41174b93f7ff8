"""answer_and_next (the reviewer's one call per button) gives exactly what answer() followed
by next_card() gives: the same cards in the same order, the same stored states and log, the
same limits, whatever the presets, nesting and clock (including a clock that goes back)."""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from sqlalchemy import select

sys.path.insert(0, str(Path(__file__).resolve().parent))
from srs_factory import DAY, MIN, T0, make_deck, make_notes, make_preset, make_profile  # noqa: E402

from jpprep.services import study  # noqa: E402
from jpprep.store.db import Database  # noqa: E402
from jpprep.store.models import Review  # noqa: E402

_counter = itertools.count()

presets = st.fixed_dictionaries({
    "learning_steps": st.lists(st.integers(1, 600), max_size=2),
    "relearning_steps": st.lists(st.integers(1, 600), max_size=1),
    "new_per_day": st.integers(0, 5),
    "reviews_per_day": st.integers(0, 5),
    "bury_siblings": st.booleans(),
    "leech_threshold": st.integers(1, 4),
    "leech_action": st.sampled_from(["tag", "suspend"]),
    "new_mix": st.sampled_from(["mix", "before", "after"]),
})
# (rating, minutes to the next answer: negative = the clock went back; big = days later)
steps = st.lists(st.tuples(st.integers(1, 4),
                           st.one_of(st.integers(-900, 0), st.integers(0, 30),
                                     st.integers(0, 5 * 1440))),
                 min_size=1, max_size=30)


@pytest.fixture(scope="module")
def pair(tmp_path_factory):
    """Two databases that always receive the same set-ups (so card ids agree)."""
    root = tmp_path_factory.mktemp("pair")
    a, b = Database(f"sqlite:///{root / 'a.db'}"), Database(f"sqlite:///{root / 'b.db'}")
    yield a, b
    a.close()
    b.close()


def _setup(db, parent, child, i):
    with db.session() as s:
        pid = make_profile(s, f"p{i}")
        top = make_deck(s, f"T{i}", preset_id=make_preset(s, f"t{i}", **parent))
        sub = make_deck(s, f"T{i}::S", parent_id=top, preset_id=make_preset(s, f"s{i}", **child))
        cards = make_notes(s, top, 3, kinds=("recognition", "reading"))
        cards += make_notes(s, sub, 3, kinds=("recognition", "reading"), start=10)
    return pid, top, sub, cards


def _log(db, pid):
    with db.session() as s:
        return [tuple(r) for r in s.execute(
            select(Review.card_id, Review.rating, Review.reviewed_ms, Review.state_before,
                   Review.state_after, Review.stability, Review.difficulty, Review.due_ms)
            .where(Review.profile_id == pid).order_by(Review.id))]


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(parent=presets, child=presets, seq=steps, which=st.sampled_from([0, 1, 2]))
def test_answer_and_next_equals_answer_then_next_card(pair, parent, child, seq, which):
    a, b = pair
    i = next(_counter)
    pid, top, sub, cards = _setup(a, parent, child, i)
    assert _setup(b, parent, child, i) == (pid, top, sub, cards)
    deck = (None, top, sub)[which]
    now = T0
    card_a = study.next_card(a, pid, deck, now)
    card_b = study.next_card(b, pid, deck, now)
    for rating, minutes in seq:
        assert card_a == card_b
        if card_a is None:
            now += DAY
            card_a = study.next_card(a, pid, deck, now)
            card_b = study.next_card(b, pid, deck, now)
            continue
        res_a, card_a = study.answer_and_next(a, pid, card_a.card_id, rating, now, 700,
                                              deck_id=deck)
        res_b = study.answer(b, pid, card_b.card_id, rating, now, 700)
        card_b = study.next_card(b, pid, deck, now)
        assert res_a == res_b
        assert card_a == card_b
        now = max(T0 - DAY, now + minutes * MIN)
        # the shown card may change as time passes: both ask again
        card_a = study.next_card(a, pid, deck, now)
        card_b = study.next_card(b, pid, deck, now)
    assert _log(a, pid) == _log(b, pid)
    for cid in cards:
        assert study.stored_card(a, pid, cid) == study.stored_card(b, pid, cid)
    assert study.deck_counts(a, pid, now) == study.deck_counts(b, pid, now)
    # and undo takes back the same answers on both
    for _ in range(3):
        assert study.undo(a, pid, now) == study.undo(b, pid, now)
    assert study.next_card(a, pid, deck, now) == study.next_card(b, pid, deck, now)
