"""A note someone moved out of the deck it came with keeps its place when that deck is updated
(services/importing._own_decks; docs/deck-format.md, "Updating a deck"), on SQLite and
PostgreSQL: a shipped deck's sync and a re-import of a deck of one's own both update its
content and leave it, its cards and their progress where they are; a note still inside the
deck's own tree follows the data, as before."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from jpprep.services import browser, note_actions, study
from jpprep.services.importing import import_file
from jpprep.store.models import Card, CardState, Deck, Note
from tests.services.test_retire import (DECK, HEADER, card_of, deck_of, lib,  # noqa: F401
                                        snapshot, sync, write_version)

WATER_V2 = "2,vocab,水,みず,water (to drink),noun,N5"
CAT_V2 = "4,vocab,猫,ねこ,cat (the animal),noun,N5"


@pytest.fixture
def db(backend_db):
    return backend_db


def note_id(db, expression: str) -> int:
    with db.session() as s:
        return s.scalar(select(Note.id).where(Note.expression == expression))


def meaning(db, expression: str) -> str:
    with db.session() as s:
        return s.scalar(select(Note.meanings).where(Note.expression == expression))["en"]


def card_decks(db, expression: str) -> set[str]:
    with db.session() as s:
        return set(s.scalars(select(Deck.name).join(Card, Card.deck_id == Deck.id)
                             .join(Note, Note.id == Card.note_id)
                             .where(Note.expression == expression)))


def test_a_note_moved_to_my_words_keeps_its_place_when_the_shipped_deck_changes_it(db, lib,
                                                                                    clock):
    aisha = lib["profiles"]["aisha"]
    study.answer(db, aisha, card_of(db, "水"), 3, clock())
    note_actions.move_notes(db, [note_id(db, "水")], lib["decks"]["My words"], now=clock())
    # 猫 went to a sub-deck of the shipped deck: still the deck's own tree, so the data decides
    with db.session() as s:
        sub = Deck(name=f"{DECK}::Animals", parent_id=lib["decks"][DECK], source="user",
                   description="", meta={}, created_ms=clock(), updated_ms=clock())
        s.add(sub)
        s.flush()
        sub_id = sub.id
    note_actions.move_notes(db, [note_id(db, "猫")], sub_id, now=clock())
    before = snapshot(db, ["水"])

    [report] = sync(db, write_version(lib["root"], "2", ["1", "2", "3", "4"],
                                      {"2": WATER_V2, "4": CAT_V2}), clock)

    assert report.updated == 2 and report.added == 0
    assert meaning(db, "水") == "water (to drink)"  # v2's content
    assert deck_of(db, "水") == "My words"
    assert card_decks(db, "水") == {"My words"}
    assert snapshot(db, ["水"]) == before  # the same cards, in My words, with her progress
    with db.session() as s:
        assert s.get(CardState, (aisha, card_of(db, "水"))).reps == 1
    mine = lib["decks"]["My words"]
    assert "水" in {r.expression for r in browser.search_notes(db, deck_id=mine).rows}
    # the unmoved note follows the data: content and deck
    assert meaning(db, "猫") == "cat (the animal)"
    assert deck_of(db, "猫") == DECK and card_decks(db, "猫") == {DECK}


def test_a_new_card_type_of_a_moved_note_joins_it_in_my_words(db, lib, clock, tmp_path):
    note_actions.move_notes(db, [note_id(db, "水")], lib["decks"]["My words"], now=clock())
    root = write_version(lib["root"], "2", ["1", "2", "3", "4"], {"2": WATER_V2})
    toml = root / "svc-n5" / "deck.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace(
        '["recognition", "reading"]', '["recognition", "reading", "production"]'),
        encoding="utf-8")
    sync(db, root, clock)
    assert card_decks(db, "水") == {"My words"}
    assert card_decks(db, "猫") == {DECK}
    with db.session() as s:
        kinds = set(s.scalars(select(Card.kind).where(Card.note_id == note_id(db, "水"))))
    assert kinds == {"recognition", "reading", "production"}


def test_re_importing_my_own_deck_keeps_a_note_i_moved_elsewhere(db, lib, clock, tmp_path):
    """As Anki does on importing an updated note: it stays in the deck it is in."""
    note_actions.move_notes(db, [note_id(db, "犬")], lib["decks"][DECK], now=clock())
    own = tmp_path / "own"
    (own / "notes.csv").write_text(HEADER + "1,vocab,犬,いぬ,dog (a pet),noun,\n",
                                   encoding="utf-8")
    (own / "deck.toml").write_text((own / "deck.toml").read_text(encoding="utf-8")
                                   .replace('version = "1"', 'version = "2"'), encoding="utf-8")
    clock.advance(60)
    report = import_file(db, own, now=clock())
    assert report.updated == 1
    assert meaning(db, "犬") == "dog (a pet)"
    assert deck_of(db, "犬") == DECK and card_decks(db, "犬") == {DECK}
