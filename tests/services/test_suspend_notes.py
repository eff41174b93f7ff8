"""study.suspend_notes (the deck browser's Suspend / Unsuspend) and the `suspended` mark the
browser's search gives each note for the profile: every card of the notes, one profile, one
transaction and one undo entry; on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from jpprep.errors import ValidationError
from jpprep.services import browser, study
from jpprep.store.models import CardState, Profile
from tests.services.test_browser_notes import _card_ids, _note, db, deck_db  # noqa: F401


def _queues(db, profile_id, card_ids) -> list[int | None]:
    with db.session() as s:
        got = dict(s.execute(select(CardState.card_id, CardState.queue).where(
            CardState.profile_id == profile_id, CardState.card_id.in_(card_ids))).all())
    return [got.get(c) for c in card_ids]


def _marked(db, profile_id) -> set[str]:
    rows = browser.search_notes(db, profile_id=profile_id).rows
    return {r.expression for r in rows if r.suspended}


def test_every_card_of_the_notes_for_that_profile_only(deck_db, clock):
    with deck_db.session() as s:
        s.add(Profile(id=2, name="bilal", created_ms=clock()))
    water, school = _note(deck_db, "水"), _note(deck_db, "学校")
    cards = _card_ids(deck_db, water.id) + _card_ids(deck_db, school.id)
    assert len(cards) == 4  # two card types
    assert study.suspend_notes(deck_db, 1, [water.id, school.id], clock()) == 4
    assert _queues(deck_db, 1, cards) == [-1] * 4
    assert _queues(deck_db, 2, cards) == [None] * 4  # Bilal's are untouched
    assert _marked(deck_db, 1) == {"水", "学校"} and _marked(deck_db, 2) == set()
    assert {r.expression for r in browser.search_notes(
        deck_db, state="suspended", profile_id=1).rows} == {"水", "学校"}
    # unsuspend: back in the queue; the filter "Suspended" no longer shows them
    assert study.suspend_notes(deck_db, 1, [water.id, school.id], clock(),
                               suspended=False) == 4
    assert _queues(deck_db, 1, cards) == [0] * 4
    assert browser.search_notes(deck_db, state="suspended", profile_id=1).rows == []
    assert _marked(deck_db, 1) == set()


def test_a_note_with_one_suspended_card_is_marked_and_unsuspend_lifts_only_that(deck_db, clock):
    water = _note(deck_db, "水")
    first, second = _card_ids(deck_db, water.id)
    study.answer(deck_db, 1, second, 3, clock())  # the other card is being learnt
    study.suspend(deck_db, 1, [first], clock())  # "!" in the reviewer
    assert _marked(deck_db, 1) == {"水"}
    with deck_db.session() as s:
        learning = s.get(CardState, (1, second))
        before = (learning.state, learning.queue, learning.due_ms)
    study.suspend_notes(deck_db, 1, [water.id], clock(), suspended=False)
    with deck_db.session() as s:
        assert s.get(CardState, (1, first)).queue == 0
        learning = s.get(CardState, (1, second))
        assert (learning.state, learning.queue, learning.due_ms) == before


def test_one_undo_entry_takes_the_whole_change_back(deck_db, clock):
    water, school = _note(deck_db, "水"), _note(deck_db, "学校")
    water_cards = _card_ids(deck_db, water.id)
    study.suspend(deck_db, 1, water_cards[:1], clock())
    study.suspend_notes(deck_db, 1, [water.id, school.id], clock(), suspended=False)
    assert study.can_undo(deck_db, 1) == "unsuspend"
    study.undo(deck_db, 1, clock())
    assert _queues(deck_db, 1, water_cards)[0] == -1  # as it was
    assert study.can_undo(deck_db, 1) == "suspend"  # the reviewer's "!" is next


def test_unsuspended_new_cards_are_offered_again_first(deck_db, clock):
    eat = _note(deck_db, "食べる")
    first = study.next_card(deck_db, 1, None, clock())
    assert first.expression == "食べる"
    study.suspend_notes(deck_db, 1, [eat.id], clock())
    assert study.next_card(deck_db, 1, None, clock()).expression != "食べる"
    study.suspend_notes(deck_db, 1, [eat.id], clock(), suspended=False)
    assert study.next_card(deck_db, 1, None, clock()).expression == "食べる"


def test_no_note_or_only_deleted_notes_is_a_clear_error(deck_db, clock):
    with pytest.raises(ValidationError) as err:
        study.suspend_notes(deck_db, 1, [], clock())
    assert err.value.field == "note_ids"
    with pytest.raises(ValidationError) as err:
        study.suspend_notes(deck_db, 1, [99_999], clock())
    assert err.value.code == "note_gone"
    assert study.can_undo(deck_db, 1) is None  # nothing was written
