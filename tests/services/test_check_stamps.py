"""The database check's repairs set the change stamp of the decks they touch, in the same
transaction, so another PC (here: a second Database handle, which keeps its own study caches)
counts the cards the repair gave back at its next call, not minutes later (HINT_TTL_MS) or
after a restart. Each test fails without the stamp: the other handle keeps "no new card"."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from sqlalchemy import select

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "srs"))
from srs_factory import MIN, T0, make_deck, make_notes, simple_setup  # noqa: E402

from jpprep.services import study  # noqa: E402
from jpprep.services.check import check_database  # noqa: E402
from jpprep.store.db import Database  # noqa: E402
from jpprep.store.models import Card, CardState, Deck  # noqa: E402
from tests.services.test_check_database import raw  # noqa: E402  (writes as a broken tool would)


@pytest.fixture
def db(tmp_path):
    d = Database(f"sqlite:///{tmp_path / 'jpprep.db'}", backup_dir=tmp_path / "backups")
    yield d
    d.close()


@pytest.fixture
def other(db):
    """Another PC of the class: its own engine, so its own remembered counts."""
    d = Database(db.url)
    yield d
    d.close()


def new_in(db, pid, name, now):
    return {c.name: c.new for c in study.deck_counts(db, pid, now)}[name]


def _studied_out(other, pid, n5, card):
    """The learner, on the other PC, studies N5's only new card: N5 has none left there (the
    other PC remembers it; the card the check gives back comes before it in the deck)."""
    shown = study.next_card(other, pid, n5, T0)
    assert shown is not None and shown.card_id == card
    study.answer(other, pid, card, 4, T0, 0)
    assert new_in(other, pid, "JLPT::N5", T0 + MIN) == 0


def test_a_card_the_check_puts_back_in_its_notes_deck_is_new_on_another_pc(db, other, tmp_path):
    pid, n5, (card,) = simple_setup(db, 1)
    with db.session() as s:
        (lost,) = make_notes(s, n5, 1, start=-1)  # first in the deck's order
        make_deck(s, "Recovered")  # made by an earlier check: no new deck row this time
    raw(db, f"UPDATE card SET deck_id = 999 WHERE id = {lost}")  # its deck is gone
    _studied_out(other, pid, n5, card)
    with db.session() as s:
        before = s.scalar(select(Deck.updated_ms).where(Deck.id == n5))
    report = check_database(db, tmp_path / "media", now=T0 + 2 * MIN, backup=False)
    assert any(f.table == "card" and f.done.startswith("moved") for f in report.repaired)
    assert new_in(other, pid, "JLPT::N5", T0 + 3 * MIN) == 1
    shown = study.next_card(other, pid, n5, T0 + 3 * MIN)
    assert shown is not None and shown.card_id == lost
    with db.session() as s:
        assert s.get(Card, lost).deck_id == n5
        assert s.scalar(select(Deck.updated_ms).where(Deck.id == n5)) != before


def test_progress_the_check_repairs_makes_the_card_new_on_another_pc(db, other, tmp_path):
    pid, n5, (broken, card) = simple_setup(db, 2)
    # the first card's progress says queue 7 (no such queue): it is shown nowhere
    raw(db, "INSERT INTO card_state (profile_id, card_id, state, queue, due_ms, reps, lapses, "
            f"flag, leech) VALUES ({pid}, {broken}, 0, 7, {T0}, 0, 0, 0, 0)")
    _studied_out(other, pid, n5, card)
    report = check_database(db, tmp_path / "media", now=T0 + 2 * MIN, backup=False)
    assert any(f.table == "card_state" for f in report.repaired)
    with db.session() as s:
        assert s.get(CardState, (pid, broken)).queue == 0
    assert new_in(other, pid, "JLPT::N5", T0 + 3 * MIN) == 1
    shown = study.next_card(other, pid, n5, T0 + 3 * MIN)
    assert shown is not None and shown.card_id == broken


def test_the_stamp_changes_even_within_the_same_millisecond(db):
    from jpprep.services.deck_stamp import stamp_decks

    _pid, n5, _cards = simple_setup(db, 1)
    with db.session() as s:
        stamp_decks(s, [n5], T0)
    with db.session() as s:
        stamp_decks(s, [n5, None], T0)  # the same now: still a new value
        stamp_decks(s, [n5], T0 - MIN)  # a PC whose clock is behind: still a new value
    with db.session() as s:
        assert s.scalar(select(Deck.updated_ms).where(Deck.id == n5)) == T0 + 2


def test_notes_moved_away_are_not_offered_by_their_old_deck_on_another_pc(db, other):
    """The other PC remembered N5's first new card, which has just gone to another deck: it
    offers the next one (the study cache checks a remembered card is still in the deck)."""
    from jpprep.services.note_actions import move_notes

    pid, n5, (first, second) = simple_setup(db, 2)
    with db.session() as s:
        elsewhere = make_deck(s, "Mine")
        first_note = s.get(Card, first).note_id
    assert new_in(other, pid, "JLPT::N5", T0) == 2
    shown = study.next_card(other, pid, n5, T0)
    assert shown is not None and shown.card_id == first
    move_notes(db, [first_note], elsewhere, now=T0 + MIN)
    assert new_in(other, pid, "JLPT::N5", T0 + 2 * MIN) == 1
    shown = study.next_card(other, pid, n5, T0 + 2 * MIN)
    assert shown is not None and shown.card_id == second


def test_a_note_added_in_the_same_millisecond_as_the_last_change_is_counted_on_another_pc(db, other):
    """Two quick adds in one millisecond (or on a PC whose clock is behind the last writer's):
    the other PC counts both."""
    from jpprep.services.note_actions import add_note

    pid, n5, _cards = simple_setup(db, 1)
    add_note(db, n5, now=T0, expression="水", reading="みず", meanings={"en": "water"})
    assert new_in(other, pid, "JLPT::N5", T0) == 2
    add_note(db, n5, now=T0, expression="火", reading="ひ", meanings={"en": "fire"})
    assert new_in(other, pid, "JLPT::N5", T0) == 3
