"""The study service as the reviewer uses it: counts, next card, answers, actions, undo."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "srs"))
from srs_factory import DAY, HOUR, MIN, T0, make_deck, make_notes, make_preset, make_profile, simple_setup  # noqa: E402

from jpprep.errors import ValidationError  # noqa: E402
from jpprep.services import study  # noqa: E402
from jpprep.store.models import CardState, Note, Review  # noqa: E402


def counts(db, pid, now):
    return {c.name: (c.new, c.learning, c.review, c.total) for c in study.deck_counts(db, pid, now)}


def test_new_limit_shown_in_counts_and_respected(db):
    pid, n5, cards = simple_setup(db, 30, new_per_day=5)
    assert counts(db, pid, T0)["JLPT::N5"] == (5, 0, 0, 30)
    seen = []
    now = T0
    while (c := study.next_card(db, pid, n5, now)) is not None and c.state == 0:
        seen.append(c.card_id)
        study.answer(db, pid, c.card_id, 4, now, 1000)  # easy: straight to review
        now += MIN
    assert seen == cards[:5]  # deck order, and only five
    assert counts(db, pid, now)["JLPT::N5"][0] == 0
    # the next learner day (after 4 am) brings five more
    assert counts(db, pid, T0 + DAY)["JLPT::N5"][0] == 5


def test_parent_limit_caps_subdecks_together(db):
    with db.session() as s:
        pid = make_profile(s)
        top_p = make_preset(s, "top", new_per_day=4)
        sub_p = make_preset(s, "sub", new_per_day=3)
        top = make_deck(s, "JLPT", preset_id=top_p)
        a = make_deck(s, "JLPT::N5", parent_id=top, preset_id=sub_p)
        b = make_deck(s, "JLPT::N4", parent_id=top, preset_id=sub_p)
        make_notes(s, a, 10)
        make_notes(s, b, 10, start=100)
    c = counts(db, pid, T0)
    assert c["JLPT::N5"][0] == 3 and c["JLPT::N4"][0] == 3
    assert c["JLPT"][0] == 4
    introduced = 0
    now = T0
    while (card := study.next_card(db, pid, top, now)) is not None:
        study.answer(db, pid, card.card_id, 4, now, 0)
        introduced += 1
        now += MIN
    assert introduced == 4
    # studying the subdeck alone cannot go past the parent's limit either
    assert study.next_card(db, pid, a, now) is None


def test_learning_first_then_reviews_then_new(db):
    pid, n5, cards = simple_setup(db, 5, new_mix="after")
    study.set_due(db, pid, [cards[4]], 0, T0)  # a review due today
    study.answer(db, pid, cards[3], 1, T0 - 5 * MIN, 0)  # learning, due 1 min later
    now = T0
    first = study.next_card(db, pid, n5, now)
    assert first.card_id == cards[3] and first.state == 1
    study.answer(db, pid, first.card_id, 3, now, 0)
    second = study.next_card(db, pid, n5, now)
    assert second.card_id == cards[4] and second.state == 2
    study.answer(db, pid, second.card_id, 3, now, 0)
    third = study.next_card(db, pid, n5, now)
    assert third.state == 0 and third.card_id == cards[0]


def test_answer_is_logged_and_undo_puts_everything_back(db):
    pid, n5, cards = simple_setup(db, 3)
    before = counts(db, pid, T0)
    res = study.answer(db, pid, cards[0], 3, T0, 2500)
    assert res.state == 1 and res.interval_label == "10m" and res.due_ms == T0 + 10 * MIN
    with db.session() as s:
        rev = s.scalars(select(Review)).one()
        assert (rev.rating, rev.duration_ms, rev.state_before, rev.state_after) == (3, 2500, 0, 1)
        assert rev.stability is not None and rev.due_ms == res.due_ms
    assert study.undo(db, pid, T0 + 1000) == cards[0]
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Review)) == 0
        assert s.get(CardState, (pid, cards[0])) is None
    assert counts(db, pid, T0) == before
    assert study.undo(db, pid, T0) is None


def test_undo_keeps_only_last_30_actions(db):
    pid, n5, cards = simple_setup(db, 40, new_per_day=100)
    for i, cid in enumerate(cards[:35]):
        study.answer(db, pid, cid, 3, T0 + i * 1000, 0)
    undone = []
    while (cid := study.undo(db, pid, T0 + HOUR)) is not None:
        undone.append(cid)
    assert undone == list(reversed(cards[5:35]))
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Review)) == 5


def test_bury_until_tomorrow_and_suspend(db):
    pid, n5, cards = simple_setup(db, 2)
    study.bury(db, pid, [cards[0]], T0)
    assert study.next_card(db, pid, n5, T0).card_id == cards[1]
    study.suspend(db, pid, [cards[1]], T0)
    assert study.next_card(db, pid, n5, T0) is None
    assert counts(db, pid, T0 + 15 * HOUR)["JLPT::N5"][0] == 0  # 3 am: still today
    # buried cards come back at 4 am the next day; suspended ones do not
    assert study.next_card(db, pid, n5, T0 + DAY).card_id == cards[0]
    assert counts(db, pid, T0 + DAY)["JLPT::N5"][0] == 1
    study.undo(db, pid, T0 + DAY)  # unsuspend by undo
    assert counts(db, pid, T0 + DAY)["JLPT::N5"][0] == 2


def test_siblings_buried_after_answer(db):
    with db.session() as s:
        pid = make_profile(s)
        d = make_deck(s, "Kanji")
        cards = make_notes(s, d, 2, kinds=("recognition", "reading"))
    study.answer(db, pid, cards[0], 4, T0, 0)
    nxt = study.next_card(db, pid, d, T0)
    assert nxt.card_id == cards[2]  # cards[1] is the sibling of cards[0]
    assert counts(db, pid, T0)["Kanji"][0] == 2  # cards[1] buried


def test_reset_set_due_and_flag(db):
    pid, n5, cards = simple_setup(db, 2)
    study.answer(db, pid, cards[0], 4, T0, 0)
    study.reset(db, pid, [cards[0]], T0 + MIN)
    assert study.next_card(db, pid, n5, T0 + MIN).card_id == cards[0]
    study.set_due(db, pid, [cards[1]], 3, T0)
    with db.session() as s:
        row = s.get(CardState, (pid, cards[1]))
        assert row.state == 2 and row.due_ms == T0 - 8 * HOUR + 3 * DAY  # 4 am three days on
    study.flag(db, pid, [cards[1]], 2, T0)
    with db.session() as s:
        assert s.get(CardState, (pid, cards[1])).flag == 2
    with pytest.raises(ValidationError) as e:
        study.flag(db, pid, [cards[1]], 9, T0)
    assert e.value.field == "flag"


def test_leech_is_tagged_and_suspended_when_preset_says(db):
    pid, n5, cards = simple_setup(db, 1, leech_threshold=2, leech_action="suspend",
                                  relearning_steps=[])
    now = T0
    study.answer(db, pid, cards[0], 4, now, 0)
    res = None
    for _ in range(2):
        now += 30 * DAY
        res = study.answer(db, pid, cards[0], 1, now, 0)
    assert res.leech and res.suspended
    with db.session() as s:
        note = s.scalars(select(Note)).one()
        assert "leech" in note.tags.split()
        assert s.get(CardState, (pid, cards[0])).queue == -1


def test_far_behind_shows_least_remembered_first(db):
    pid, n5, cards = simple_setup(db, 3, reviews_per_day=1)
    # three review cards; the one with the lowest stability relative to elapsed time first
    for cid, days in zip(cards, (30, 5, 12)):
        study.set_due(db, pid, [cid], days, T0)
    now = T0 + 40 * DAY
    c = study.next_card(db, pid, n5, now)
    assert c.card_id == cards[1]
    assert counts(db, pid, now)["JLPT::N5"][2] == 1


def test_today_summary_and_streak(db):
    pid, n5, cards = simple_setup(db, 5)
    for i in range(3):  # three learner days in a row
        study.answer(db, pid, cards[i], 4, T0 + i * DAY, 4000)
    summ = study.today_summary(db, pid, T0 + 2 * DAY + HOUR)
    assert summ.reviewed == 1 and summ.studied_ms == 4000 and summ.streak_days == 3
    # next day before studying the streak is still alive; a day later it is broken
    assert study.today_summary(db, pid, T0 + 3 * DAY).streak_days == 3
    assert study.today_summary(db, pid, T0 + 4 * DAY + HOUR).streak_days == 0


def test_day_ends_at_4am_local(db):
    with db.session() as s:
        pid = make_profile(s, settings={"day_starts_hour": 4, "utc_offset_minutes": 300})
        d = make_deck(s, "N5")
        make_notes(s, d, 3)
    # 22:30 UTC = 03:30 local: still "yesterday" for the learner
    late = T0 + 10 * HOUR + 30 * MIN
    study.answer(db, pid, study.next_card(db, pid, d, late).card_id, 4, late, 0)
    assert study.today_summary(db, pid, late).reviewed == 1
    assert study.today_summary(db, pid, late + HOUR).reviewed == 0  # 04:30 local: new day


def test_bad_input_is_refused_with_field(db):
    pid, n5, cards = simple_setup(db, 1)
    with pytest.raises(ValidationError) as e:
        study.answer(db, pid, cards[0], 5, T0, 0)
    assert e.value.field == "rating"
    with pytest.raises(ValidationError) as e:
        study.answer(db, pid, 999, 3, T0, 0)
    assert e.value.field == "card_id"


def test_new_cards_are_spread_among_reviews(db):
    pid, n5, cards = simple_setup(db, 30, new_per_day=5, reviews_per_day=100)
    study.set_due(db, pid, cards[10:30], 0, T0)  # twenty reviews due today
    kinds = []
    now = T0
    while (c := study.next_card(db, pid, n5, now)) is not None and len(kinds) < 25:
        kinds.append("n" if c.state == 0 else "r")
        study.answer(db, pid, c.card_id, 4, now, 0)
        now += 1000
    assert kinds.count("n") == 5 and kinds.count("r") == 20
    first_new = [i for i, k in enumerate(kinds) if k == "n"]
    # not all at the start nor all at the end: roughly one every four reviews
    assert first_new[0] <= 2 and first_new[-1] >= 15
    assert max(b - a for a, b in zip(first_new, first_new[1:])) <= 6


def test_long_streak_counted_past_the_first_window(db):
    import uuid

    pid, n5, cards = simple_setup(db, 1)
    with db.session() as s:
        for d in range(100):  # a hundred days in a row, ending today
            s.add(Review(uid=uuid.uuid4().hex, profile_id=pid, card_id=cards[0],
                         reviewed_ms=T0 - d * DAY, rating=3, duration_ms=1000, state_before=2,
                         state_after=2, due_ms=T0, kind="review"))
    assert study.today_summary(db, pid, T0).streak_days == 100


def test_undo_brings_back_the_card_to_show_again(db):
    pid, n5, cards = simple_setup(db, 3)
    first = study.next_card(db, pid, n5, T0)
    study.answer(db, pid, first.card_id, 3, T0, 0)
    back = study.undo(db, pid, T0 + 1000)
    card = study.get_card(db, pid, back, T0 + 1000)
    assert card.card_id == first.card_id and card.state == 0 and card.previews == first.previews


def test_undo_next_day_does_not_hide_a_sibling_again(db):
    with db.session() as s:
        pid = make_profile(s)
        d = make_deck(s, "Kanji")
        cards = make_notes(s, d, 1, kinds=("recognition", "reading"))
    study.answer(db, pid, cards[0], 4, T0, 0)  # buries cards[1] for today
    assert study.next_card(db, pid, d, T0 + DAY).card_id == cards[1]  # next day: back
    study.undo(db, pid, T0 + DAY)  # undoing yesterday's answer restores the old bury
    assert counts(db, pid, T0 + DAY)["Kanji"][0] == 2


def test_preview_ms_gives_each_button_its_interval(db):
    pid, n5, cards = simple_setup(db, 1)
    card = study.next_card(db, pid, n5, T0)
    # a new card: again 1 min, hard 5.5 min (mean of the 1 and 10 min steps), good 10 min,
    # easy a whole number of days
    assert card.preview_ms[1] == MIN and card.preview_ms[2] == 5 * MIN + 30_000
    assert card.preview_ms[3] == 10 * MIN
    assert card.preview_ms[4] % DAY == 0 and card.preview_ms[4] >= DAY
    assert card.previews[4] == f"{card.preview_ms[4] // DAY}d"
    res = study.answer(db, pid, card.card_id, 3, T0, 0)
    assert res.due_ms == T0 + card.preview_ms[3]


@pytest.mark.parametrize("call", ["answer", "answer_and_next"])
def test_an_answer_after_the_day_boundary_buries_the_sibling_for_that_day(backend_db, call):
    """The reviewer showed a card just before the learner day ended (04:00) and the learner
    answers it after, with no next card asked in between (the window stayed open): the
    sibling, buried by yesterday's answer, is buried again for the day of this answer, so it
    is not shown the same day (bury siblings on, the default). The same through the
    reviewer's answer_and_next, whose next card must not be the sibling either."""
    db = backend_db
    with db.session() as s:
        pid = make_profile(s)
        d = make_deck(s, "Kanji")
        card, sibling = make_notes(s, d, 1, kinds=("recognition", "reading"))
    study.answer(db, pid, card, 1, T0, 0)  # 12:00: again; the sibling waits until tomorrow
    late = T0 + 15 * HOUR + 59 * MIN  # 03:59, still the same learner day
    shown = study.next_card(db, pid, d, late)
    assert shown.card_id == card
    if call == "answer":
        study.answer(db, pid, card, 4, late + 10 * MIN, 0)  # 04:09: the next learner day
    else:
        _res, nxt = study.answer_and_next(db, pid, card, 4, late + 10 * MIN, 0, deck_id=d)
        assert nxt is None
    for now in (late + 11 * MIN, late + 20 * HOUR):  # 04:10, and 23:59 the same day
        nxt = study.next_card(db, pid, d, now)
        assert nxt is None or nxt.card_id != sibling
        assert counts(db, pid, now)["Kanji"][0] == 0
    assert study.next_card(db, pid, d, late + DAY + 2 * MIN).card_id == sibling  # day after


def test_an_answer_sent_a_day_late_does_not_hide_its_sibling_on_the_day_it_arrives(backend_db):
    """An answer kept on this PC while the server was away is sent the next learner day with
    its own time (the outbox replays it so); buried cards already came back here that day.
    Its sibling waits only for the day of the answer, which is over: it is shown today."""
    db = backend_db
    with db.session() as s:
        pid = make_profile(s)
        d = make_deck(s, "Kanji")
        card, sibling = make_notes(s, d, 1, kinds=("recognition", "reading"))
        make_notes(s, d, 1, start=5)
    study.next_card(db, pid, d, T0 + DAY)  # the next day's first card: buried cards are back
    study.answer(db, pid, card, 4, T0, 0, review_uid="pc-1:1")  # yesterday's answer arrives
    assert counts(db, pid, T0 + DAY + MIN)["Kanji"][0] == 2  # the sibling and the other note
    assert study.next_card(db, pid, d, T0 + DAY + MIN).card_id == sibling
