"""A retired note that a later version of its shipped deck has again (jpprep.services.retire
.bring_back), on SQLite and PostgreSQL: it leaves the Retired deck for the shipped deck and the
suspension retiring put on its cards is lifted, so study offers it again, also to a learner who
never saw it and to a profile made after the retiring; a card a learner suspended themselves,
before the retiring or after it, stays suspended."""

from __future__ import annotations

import pytest

from jpprep.services import study
from jpprep.services.profiles import create_profile
from jpprep.store.models import CardState
from tests.services.test_retire import (DECK, RETIRED, card_of, deck_of, lib,  # noqa: F401
                                        sync, write_version)


@pytest.fixture
def db(backend_db):
    return backend_db


def queue(db, profile: int, card: int) -> int | None:
    with db.session() as s:
        row = s.get(CardState, (profile, card))
        return None if row is None else row.queue


def new_cards_offered(db, profile: int, deck_id: int, now: int) -> set[tuple[str, str]]:
    """(word, card kind) of every card the deck's study queue offers the profile today."""
    seen = set()
    for _ in range(12):
        card = study.next_card(db, profile, deck_id, now)
        if card is None:
            break
        seen.add((card.expression, card.kind))
        study.bury(db, profile, [card.card_id], now)
    return seen


def test_a_note_that_comes_back_is_studied_again_but_own_suspensions_stay(db, lib, clock):
    aisha, ravi = lib["profiles"]["aisha"], lib["profiles"]["ravi"]
    eat, eat_reading = card_of(db, "食べる"), card_of(db, "食べる", "reading")
    study.suspend(db, aisha, [eat_reading], clock())  # aisha's own, before the retiring
    sync(db, write_version(lib["root"], "2", ["2", "3", "4"]), clock)
    assert deck_of(db, "食べる") == RETIRED
    mei = create_profile(db, "mei", now=clock()).id  # made while it was retired
    # ravi looks at it in the Retired deck, unsuspends it and suspends it again: his own now
    study.suspend(db, ravi, [eat], clock(), suspended=False)
    study.suspend(db, ravi, [eat], clock())
    assert {queue(db, p, c) for p in (aisha, ravi, mei) for c in (eat, eat_reading)} == {-1}

    [report] = sync(db, write_version(lib["root"], "3", ["1", "2", "3", "4"]), clock)
    assert (report.added, report.retired) == (0, 0)
    assert deck_of(db, "食べる") == DECK
    assert queue(db, aisha, eat) == 0  # her answered card is hers to review again
    assert queue(db, aisha, eat_reading) == -1  # she had suspended it herself
    assert queue(db, ravi, eat) == -1  # so had ravi
    deck = lib["decks"][DECK]
    now = clock()
    assert ("食べる", "reading") in new_cards_offered(db, ravi, deck, now)
    assert {("食べる", "recognition"), ("食べる", "reading")} <= new_cards_offered(db, mei, deck, now)
