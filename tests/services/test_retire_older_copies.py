"""Retiring in a copy last synced by an older jpprep (no Deck.meta["synced_ms"]), on SQLite and
PostgreSQL (jpprep.services.retire.changed_notes): a note that a past sync corrected and nobody
studied or edited is deleted, and no Retired deck appears for it; a note the learner edited,
even one they moved back into the deck afterwards, is kept with the edit."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from jpprep.services import browser, note_actions
from jpprep.store.models import Deck, Note
from tests.services.test_retire import DECK, RETIRED, deck_of, lib, sync, write_version  # noqa: F401

WATER_V2 = "2,vocab,水,みず,water (to drink),noun,N5"
CAT_V2 = "4,vocab,猫,ねこ,cat (the animal),noun,N5"
FISH = "5,vocab,魚,さかな,fish,noun,N5"


@pytest.fixture
def db(backend_db):
    return backend_db


def synced_by_older_jpprep(db) -> None:
    """The deck as an older jpprep left it: its sync time was not kept."""
    with db.session() as s:
        deck = s.scalar(select(Deck).where(Deck.name == DECK))
        deck.meta = {k: v for k, v in deck.meta.items() if k != "synced_ms"}


def note_id(db, expression: str) -> int:
    with db.session() as s:
        return s.scalar(select(Note.id).where(Note.expression == expression))


def deck_names(db) -> list[str]:
    return [d.name for d in browser.list_decks(db)]


def test_a_note_a_past_sync_corrected_goes_without_a_retired_deck(db, lib, clock):
    """v2 corrected 水 and 猫 (a sync's own change, nobody studied them); v3 no longer has 水."""
    synced_by_older_jpprep(db)
    sync(db, write_version(lib["root"], "2", ["1", "2", "3", "4"],
                           changed={"2": WATER_V2, "4": CAT_V2}), clock)
    synced_by_older_jpprep(db)
    [report] = sync(db, write_version(lib["root"], "3", ["1", "3", "4"],
                                      changed={"4": CAT_V2}), clock)
    assert (report.retired, report.retired_kept) == (1, 0)
    assert deck_of(db, "水") is None
    assert RETIRED not in deck_names(db)  # Home shows no deck with nothing in it


def test_the_learners_edit_after_the_correcting_sync_is_kept(db, lib, clock):
    synced_by_older_jpprep(db)
    sync(db, write_version(lib["root"], "2", ["1", "2", "3", "4"],
                           changed={"2": WATER_V2, "4": CAT_V2}), clock)
    synced_by_older_jpprep(db)
    clock.advance(60)
    browser.update_note(db, note_id(db, "猫"), now=clock(), meanings={"en": "cat (my note: 猫舌)"})
    [report] = sync(db, write_version(lib["root"], "3", ["1", "3"]), clock)
    assert (report.retired, report.retired_kept) == (2, 1)
    assert deck_of(db, "水") is None
    assert deck_of(db, "猫") == RETIRED
    with db.session() as s:
        assert s.scalar(select(Note.meanings).where(Note.expression == "猫"))["en"] == \
            "cat (my note: 猫舌)"


def test_a_correction_by_a_sync_that_added_words_goes_after_the_deck_changed_again(db, lib,
                                                                                   clock,
                                                                                   monkeypatch):
    """The sync that corrected 水 also added 魚; the learner added a word of their own to the
    deck afterwards (the deck's stamp is no longer that sync's): 水 is still known as the
    sync's correction and goes."""
    from tests.services import test_retire

    monkeypatch.setitem(test_retire.ROWS, "5", FISH)
    synced_by_older_jpprep(db)
    sync(db, write_version(lib["root"], "2", ["1", "2", "3", "4", "5"],
                           changed={"2": WATER_V2}), clock)
    synced_by_older_jpprep(db)
    clock.advance(60)
    note_actions.add_note(db, lib["decks"][DECK], now=clock(), expression="犬小屋",
                          meanings={"en": "kennel"})
    [report] = sync(db, write_version(lib["root"], "3", ["1", "3", "4", "5"]), clock)
    assert (report.retired, report.retired_kept) == (1, 0)
    assert deck_of(db, "水") is None and RETIRED not in deck_names(db)
    assert deck_of(db, "犬小屋") == DECK


def test_a_note_edited_elsewhere_and_moved_back_into_the_deck_is_kept(db, lib, clock):
    """Moving a note into the deck gives the note and the deck the same moment, as a sync's
    correction does; the edit made while it was in My words must not be lost."""
    synced_by_older_jpprep(db)
    cat = note_id(db, "猫")
    clock.advance(60)
    note_actions.move_notes(db, [cat], lib["decks"]["My words"], now=clock())
    clock.advance(60)
    browser.update_note(db, cat, now=clock(), meanings={"en": "cat (my note: 猫舌)"})
    clock.advance(60)
    note_actions.move_notes(db, [cat], lib["decks"][DECK], now=clock())
    [report] = sync(db, write_version(lib["root"], "2", ["1", "2", "3"]), clock)
    assert (report.retired, report.retired_kept) == (1, 1)
    assert deck_of(db, "猫") == RETIRED
    with db.session() as s:
        assert s.scalar(select(Note.meanings).where(Note.id == cat))["en"] == \
            "cat (my note: 猫舌)"
