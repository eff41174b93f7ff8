"""The study services keep the deck tree, presets, settings and today's counts in memory
between answers. Whatever changes them (here, through another Database handle, or in
another process) is seen at the very next answer or card. On SQLite and, when
JPPREP_TEST_PG_URL is set (. .ci/postgres.sh && setup_postgres), on PostgreSQL, where the
other handle stands for another machine of a lab."""

from __future__ import annotations

import sys
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select, update

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "srs"))
from srs_factory import DAY, HOUR, MIN, T0, make_deck, make_notes, make_preset, make_profile, simple_setup  # noqa: E402

from jpprep.services import presets, study  # noqa: E402
from jpprep.store.db import Database  # noqa: E402
from jpprep.store.models import Deck, Profile, Review  # noqa: E402




@pytest.fixture
def sdb(backend_db):
    """SQLite, and PostgreSQL when JPPREP_TEST_PG_URL is set (tests/conftest.py)."""
    return backend_db


@pytest.fixture
def other(sdb):
    """A second handle on the same database, as another window or lab machine would have."""
    d = Database(sdb.url)
    yield d
    d.close()


def new_count(db, pid, name, now=T0):
    return {c.name: c.new for c in study.deck_counts(db, pid, now)}[name]


def test_a_preset_edited_between_two_answers_is_used_by_the_next(sdb):
    pid, n5, cards = simple_setup(sdb, 3, learning_steps=[1, 10])
    first = study.answer(sdb, pid, cards[0], 3, T0, 0)
    assert first.due_ms == T0 + 10 * MIN
    pr = presets.deck_preset(sdb, n5).id
    presets.update_preset(sdb, pr, {"learning_steps": [1, 30]})
    res, nxt = study.answer_and_next(sdb, pid, cards[1], 3, T0, 0, deck_id=n5)
    assert res.due_ms == T0 + 30 * MIN
    assert nxt.preview_ms[3] == 30 * MIN


def test_a_preset_changed_through_another_handle_is_noticed(sdb, other):
    pid, n5, cards = simple_setup(sdb, 10, new_per_day=5, learning_steps=[1, 10])
    assert new_count(sdb, pid, "JLPT::N5") == 5  # the caches are warm now
    study.answer(sdb, pid, cards[0], 3, T0, 0)
    pr = presets.deck_preset(other, n5).id
    presets.update_preset(other, pr, {"new_per_day": 2, "learning_steps": [1, 45]})
    assert new_count(sdb, pid, "JLPT::N5") == 1
    assert study.answer(sdb, pid, cards[1], 3, T0 + MIN, 0).due_ms == T0 + MIN + 45 * MIN
    # the limit holds in the queue too: two new cards today, then only learning cards
    now = T0 + 2 * MIN
    card = study.next_card(sdb, pid, n5, now)
    assert card is not None and card.state == 1


def test_personal_parameters_saved_by_another_handle_are_used(sdb, other):
    pid, n5, cards = simple_setup(sdb, 2)
    study.answer(sdb, pid, cards[0], 3, T0, 0)
    with sdb.session() as s:
        (before,) = s.execute(select(Review.stability)).one()
    pr = presets.deck_preset(sdb, n5).id
    from fsrs.scheduler import DEFAULT_PARAMETERS

    params = list(DEFAULT_PARAMETERS)
    params[2] = 5.0  # initial stability after Good
    with other.session() as s:
        prof = s.get(Profile, pid)
        prof.settings = {**prof.settings, "fsrs_params": {str(pr): params}}
    study.answer(sdb, pid, cards[1], 3, T0, 0)
    with sdb.session() as s:
        after = s.execute(select(Review.stability).where(Review.card_id == cards[1])).scalar()
    assert before == pytest.approx(DEFAULT_PARAMETERS[2]) and after == pytest.approx(5.0)


def test_a_changed_day_start_is_noticed(sdb, other):
    pid, n5, cards = simple_setup(sdb, 10, new_per_day=2)
    now = T0  # 12:00 UTC: with the day starting at 4 am (UTC) this is day D
    for c in cards[:2]:
        study.answer(sdb, pid, c, 4, now, 0)
    assert new_count(sdb, pid, "JLPT::N5", now + HOUR) == 0
    with other.session() as s:  # the day now starts at 1 pm: 13:00 is a new learner day
        s.execute(update(Profile).where(Profile.id == pid).values(
            settings={"day_starts_hour": 13, "utc_offset_minutes": 0}))
    assert new_count(sdb, pid, "JLPT::N5", now + HOUR) == 2


def test_a_deck_moved_under_a_parent_gets_the_parent_limit(sdb, other):
    with sdb.session() as s:
        pid = make_profile(s)
        top = make_deck(s, "Course", preset_id=make_preset(s, "tight", new_per_day=2))
        loose = make_preset(s, "loose", new_per_day=20)
        alone = make_deck(s, "Verbs", preset_id=loose)
        cards = make_notes(s, alone, 6)
    assert new_count(sdb, pid, "Verbs") == 6
    with other.session() as s:
        s.execute(update(Deck).where(Deck.id == alone).values(parent_id=top,
                                                              name="Course::Verbs"))
    assert new_count(sdb, pid, "Course::Verbs") == 2
    shown = 0
    now = T0
    while (c := study.next_card(sdb, pid, alone, now)) is not None and c.state == 0:
        study.answer_and_next(sdb, pid, c.card_id, 4, now, 0, deck_id=alone)
        shown += 1
        now += MIN
    assert shown == 2 and cards


def test_answers_from_another_machine_count_against_todays_limit(sdb, other):
    pid, n5, cards = simple_setup(sdb, 10, new_per_day=4)
    res, first = study.answer_and_next(sdb, pid, cards[0], 4, T0, 0, deck_id=n5)
    assert first.card_id == cards[1] and new_count(sdb, pid, "JLPT::N5") == 3
    for c in cards[1:4]:  # the same learner on another machine of the lab
        study.answer(other, pid, c, 4, T0 + MIN, 0)
    assert new_count(sdb, pid, "JLPT::N5", T0 + 2 * MIN) == 0
    assert study.next_card(sdb, pid, n5, T0 + 2 * MIN) is None


def test_undo_on_another_handle_gives_the_new_card_back(sdb, other):
    pid, n5, cards = simple_setup(sdb, 3, new_per_day=1)
    res, nxt = study.answer_and_next(sdb, pid, cards[0], 4, T0, 0, deck_id=n5)
    assert nxt is None  # the one new card of the day was used
    assert study.undo(other, pid, T0 + MIN) == cards[0]
    assert study.next_card(sdb, pid, n5, T0 + MIN).card_id == cards[0]


def test_the_new_learner_day_brings_new_cards_back(sdb):
    pid, n5, cards = simple_setup(sdb, 10, new_per_day=2)
    now = T0 + 15 * HOUR + 30 * MIN  # 03:30 the next morning: still the same learner day
    study.answer(sdb, pid, cards[0], 4, T0, 0)
    res, nxt = study.answer_and_next(sdb, pid, cards[1], 4, now, 0, deck_id=n5)
    assert nxt is None
    # 04:00: a new learner day
    assert study.next_card(sdb, pid, n5, T0 + 16 * HOUR).card_id == cards[2]
    # the clock goes back to yesterday: yesterday's limit still holds, nothing breaks
    res, nxt = study.answer_and_next(sdb, pid, cards[2], 4, now, 0, deck_id=n5)
    assert nxt is None and res.due_ms > now


def test_answer_and_next_checks_the_deck_before_saving(sdb):
    pid, n5, cards = simple_setup(sdb, 2)
    from jpprep.errors import ValidationError

    with pytest.raises(ValidationError) as e:
        study.answer_and_next(sdb, pid, cards[0], 3, T0, 0, deck_id=9999)
    assert e.value.field == "deck_id"
    assert study.undo(sdb, pid, T0) is None  # nothing was stored


def test_answer_and_next_with_a_uid_sent_twice(sdb):
    pid, n5, cards = simple_setup(sdb, 3)
    uid = uuid.uuid4().hex
    res, nxt = study.answer_and_next(sdb, pid, cards[0], 3, T0, 0, deck_id=n5, review_uid=uid)
    again, nxt2 = study.answer_and_next(sdb, pid, cards[0], 3, T0 + MIN, 0, deck_id=n5,
                                        review_uid=uid)
    assert again.already_recorded and again.due_ms == res.due_ms
    assert nxt2.card_id == nxt.card_id
    with sdb.session() as s:
        assert len(s.execute(select(Review.id)).all()) == 1


def test_a_read_only_database_says_so_and_keeps_the_card_as_it_was(db, tmp_path):
    from jpprep import errors

    pid, n5, cards = simple_setup(db, 2)
    study.answer(db, pid, cards[0], 3, T0, 0)
    before = study.stored_card(db, pid, cards[0])
    path = db.url.split("///", 1)[1]
    ro = Database(f"sqlite:///file:{path}?mode=ro&uri=true")
    try:
        with pytest.raises(errors.ReadOnlyDatabaseError):
            study.answer_and_next(ro, pid, cards[0], 3, T0 + HOUR, 0, deck_id=n5)
    finally:
        ro.close()
    assert study.stored_card(db, pid, cards[0]) == before
    assert study.undo(db, pid, T0 + HOUR) == cards[0]  # only the first answer is there


def test_the_same_uid_stored_by_another_machine_meanwhile_is_not_applied_twice(
        sdb, monkeypatch):
    """Two lab PCs re-send one answer at once: the second one's insert meets the unique uid."""
    pid, n5, cards = simple_setup(sdb, 2)
    first = study.answer(sdb, pid, cards[0], 3, T0, 0, review_uid="pc-3:17")
    state = study.stored_card(sdb, pid, cards[0])
    real = study._recorded
    calls = []

    def not_yet(ctx, card_id, uid):  # the look-up ran before the other PC's commit
        calls.append(uid)
        return None if len(calls) == 1 else real(ctx, card_id, uid)

    monkeypatch.setattr(study, "_recorded", not_yet)
    again = study.answer(sdb, pid, cards[0], 3, T0 + MIN, 0, review_uid="pc-3:17")
    assert len(calls) == 2 and again.already_recorded and again.due_ms == first.due_ms
    assert study.stored_card(sdb, pid, cards[0]) == state


def test_back_to_back_answers_see_a_preset_changed_elsewhere_in_between(sdb, other, tmp_path):
    """Two answers with nothing else in between skip re-reading the settings on SQLite (the
    database says nothing was written); a write from another handle, and from a plain
    connection of another program, in between must still be used by the very next answer."""
    pid, n5, cards = simple_setup(sdb, 6, learning_steps=[1, 10])
    res, nxt = study.answer_and_next(sdb, pid, cards[0], 3, T0, 0, deck_id=n5)
    res, nxt = study.answer_and_next(sdb, pid, nxt.card_id, 3, T0 + 1000, 0, deck_id=n5)
    assert res.due_ms == T0 + 1000 + 10 * MIN
    pr = presets.deck_preset(other, n5).id
    presets.update_preset(other, pr, {"learning_steps": [1, 30]})
    res, nxt = study.answer_and_next(sdb, pid, nxt.card_id, 3, T0 + 2000, 0, deck_id=n5)
    assert res.due_ms == T0 + 2000 + 30 * MIN and nxt.preview_ms[3] == 30 * MIN
    if sdb.engine.dialect.name != "sqlite":
        return
    import json
    import sqlite3

    con = sqlite3.connect(str(sdb.path))
    with con:
        con.execute("UPDATE preset SET config = ? WHERE id = ?",
                    (json.dumps({"learning_steps": [1, 50]}), pr))
    con.close()
    res, nxt = study.answer_and_next(sdb, pid, nxt.card_id, 3, T0 + 3000, 0, deck_id=n5)
    assert res.due_ms == T0 + 3000 + 50 * MIN and nxt.preview_ms[3] == 50 * MIN


def test_back_to_back_answers_count_an_answer_written_elsewhere_in_between(sdb, other):
    pid, n5, cards = simple_setup(sdb, 10, new_per_day=3, learning_steps=[1, 10])
    res, nxt = study.answer_and_next(sdb, pid, cards[0], 3, T0, 0, deck_id=n5)
    res, nxt = study.answer_and_next(sdb, pid, nxt.card_id, 3, T0 + 1000, 0, deck_id=n5)
    assert new_count(other, pid, "JLPT::N5", T0 + 1000) == 1
    study.answer(other, pid, nxt.card_id, 3, T0 + 1500, 0)  # the third new card, elsewhere
    res, nxt = study.answer_and_next(sdb, pid, cards[0], 3, T0 + 2000, 0, deck_id=n5)
    # the limit of 3 is reached: only learning cards (not yet due) are left, shown ahead
    assert nxt is not None and nxt.state == 1
    assert new_count(sdb, pid, "JLPT::N5", T0 + 2000) == 0


def test_the_first_call_ever_can_be_an_answer_on_a_deck_without_a_preset(sdb):
    """The answer path gives a deck without a preset the default one in its own transaction
    (an ORM session joining it), and the answer is stored with the default steps."""
    from srs_factory import make_deck as _deck, make_notes as _notes, make_profile as _profile

    with sdb.session() as s:
        pid = _profile(s)
        deck = _deck(s, "Plain")
        cards = _notes(s, deck, 2)
    res, nxt = study.answer_and_next(sdb, pid, cards[0], 3, T0, 0, deck_id=deck)
    assert res.due_ms == T0 + 10 * MIN and nxt.card_id == cards[1]
    assert presets.deck_preset(sdb, deck).name == "Default"


def test_status_line_counts_equal_deck_counts_on_each_backend(sdb):
    pid, n5, cards = simple_setup(sdb, 8, new_per_day=5, learning_steps=[1, 10])
    card = study.next_card(sdb, pid, n5, T0)
    now = T0
    for rating in (3, 1, 4, 3):
        _res, card, counts = study.answer_next_counts(sdb, pid, card.card_id, rating, now, 0,
                                                      deck_id=n5)
        (want,) = [c for c in study.deck_counts(sdb, pid, now) if c.deck_id == n5]
        assert (counts.new, counts.learning, counts.review) == (want.new, want.learning,
                                                                 want.review)
        now += 2 * MIN
    assert counts.name == "JLPT::N5" and counts.new < 5  # new cards were introduced
    total = study.queue_counts(sdb, pid, None, now)
    assert total.name == "" and total.new == counts.new


def test_a_leech_with_a_sibling_and_its_undo_on_each_backend(sdb):
    """An answer that tags a leech, suspends it and buries its sibling, sent with a review uid
    (on PostgreSQL its writes go to the server together): all of it is stored, a re-sent
    answer changes nothing, and undo puts the card, the sibling and the tags back."""
    with sdb.session() as s:
        pid = make_profile(s)
        pr = make_preset(s, leech_threshold=2, leech_action="suspend", relearning_steps=[],
                         bury_siblings=True)
        deck = make_deck(s, "JLPT", preset_id=pr)
        card, sibling = make_notes(s, deck, 1, kinds=("recognition", "reading"))
    now = T0
    study.answer(sdb, pid, card, 4, now, 0, review_uid="pc-1:1")
    for k in (2, 3):
        now += 30 * DAY
        study.next_card(sdb, pid, deck, now)  # the reviewer shows a card first
        res = study.answer(sdb, pid, card, 1, now, 0, review_uid=f"pc-1:{k}")
    before = study.stored_card(sdb, pid, card)
    assert res.leech and res.suspended
    again = study.answer(sdb, pid, card, 1, now + MIN, 0, review_uid="pc-1:3")
    assert again.already_recorded and again.leech and again.suspended
    assert study.stored_card(sdb, pid, card) == before
    with sdb.session() as s:
        uids = s.scalars(select(Review.uid).where(Review.card_id == card)).all()
        assert sorted(uids) == ["pc-1:1", "pc-1:2", "pc-1:3"]
    assert study.next_card(sdb, pid, deck, now + MIN) is None  # suspended, sibling buried
    assert study.undo(sdb, pid, now + MIN) == card
    with sdb.session() as s:
        assert len(s.scalars(select(Review.id).where(Review.card_id == card)).all()) == 2
    nxt = study.next_card(sdb, pid, deck, now + MIN)
    assert nxt is not None and nxt.card_id in (card, sibling)
    assert "leech" not in study.get_card(sdb, pid, card, now + MIN).tags.split()


def test_notes_moved_in_on_another_machine_are_studied_here_within_minutes(sdb, other):
    """A deck this machine remembers as having no new card gets new cards moved in by the
    instructor on another machine of the class: nothing the fingerprint reads changes (no new
    card id), so the remembered first new card is worked out again after HINT_TTL_MS."""
    from jpprep.services import note_actions
    from jpprep.services.study_cache import HINT_TTL_MS
    from jpprep.store.models import Card
    from srs_factory import make_deck, make_notes

    pid, n5, cards = simple_setup(sdb, 1)
    with sdb.session() as s:
        extra = make_deck(s, "Extra")
        moved = make_notes(s, extra, 2)
        moved_notes = [s.get(Card, c).note_id for c in moved]
    card = study.next_card(sdb, pid, n5, T0)
    _res, card = study.answer_and_next(sdb, pid, card.card_id, 4, T0, 0, deck_id=n5)
    assert card is None  # N5 has no new card left: remembered here
    note_actions.move_notes(other, moved_notes, n5, now=T0 + MIN)
    later = T0 + MIN + HINT_TTL_MS + 1
    card = study.next_card(sdb, pid, n5, later)
    assert card is not None and card.card_id in moved
    assert new_count(sdb, pid, "JLPT::N5", later) == 2


def test_review_cards_moved_on_another_machine_are_counted_in_their_new_deck_here(sdb, other):
    """Machine 1 studies reviews in N5 (5 reviews a day); the instructor, on machine 2, moves
    notes (three answered today on machine 1, two still due) to another deck. Machine 1's status
    line and deck list then count them in the deck they are in, as a fresh start would: N5 has
    its whole daily limit back, the other deck has used three of its five. Nothing machine 1
    reads before its next answer changes with the move except the deck's change stamp."""
    from jpprep.services import note_actions
    from jpprep.store.models import Card

    with sdb.session() as s:
        pid = make_profile(s)
        pr = make_preset(s, reviews_per_day=5, new_per_day=0)
        n5 = make_deck(s, "N5", preset_id=pr)
        extra = make_deck(s, "Extra", preset_id=pr)
        cards = make_notes(s, n5, 10)
        notes = [s.get(Card, c).note_id for c in cards]
    study.set_due(sdb, pid, cards, 0, T0 - DAY)  # ten reviews due (since yesterday)
    now = T0
    for _k in range(3):
        card = study.next_card(sdb, pid, n5, now)
        _res, _nxt, line = study.answer_next_counts(sdb, pid, card.card_id, 3, now, 0,
                                                    deck_id=n5)
        now += MIN
    answered = [r.card_id for r in _reviews_today(sdb, pid)]
    assert line.review == 2  # 5 a day, 3 done
    study.queue_counts(sdb, pid, extra, now)  # both decks' counts were read here
    due = [c for c in cards if c not in answered][:2]
    moved = [notes[cards.index(c)] for c in answered + due]
    note_actions.move_notes(other, moved, extra, now=now)
    now += MIN
    assert study.queue_counts(sdb, pid, n5, now).review == 5  # 5 still due, none done today
    assert study.queue_counts(sdb, pid, extra, now).review == 2  # 2 due, 3 of 5 done
    fresh = Database(sdb.url)
    try:
        want = {c.name: (c.new, c.learning, c.review) for c in study.deck_counts(fresh, pid, now)}
    finally:
        fresh.close()
    assert {c.name: (c.new, c.learning, c.review)
            for c in study.deck_counts(sdb, pid, now)} == want
    shown = study.next_card(sdb, pid, n5, now)
    assert shown is not None and shown.deck_id == n5


def _reviews_today(db, pid):
    with db.session() as s:
        return s.scalars(select(Review).where(Review.profile_id == pid, Review.kind == "review")
                         .order_by(Review.id)).all()
