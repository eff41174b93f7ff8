"""Importing native decks: upsert by guid keeps progress, cards per card type, shipped sync."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import func, select

from jpprep.decks.model import DeckData, NoteData
from jpprep.decks.native import read_deck
from jpprep.services.importing import import_deck, media_file, sync_shipped_decks
from jpprep.store.models import Card, CardState, Deck, Media, Note, Profile

SAMPLE = Path(__file__).parents[1] / "decks" / "data" / "sample-deck"
NOW = 1_790_000_000_000


def _count(db, model):
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_import_makes_notes_cards_decks_and_media(db):
    report = import_deck(db, read_deck(SAMPLE), source="user", now=NOW)
    assert (report.added, report.updated, report.skipped) == (4, 0, [])
    with db.session() as s:
        names = set(s.scalars(select(Deck.name)))
        assert names == {"Test", "Test::Kitchen words"}
        deck = s.get(Deck, report.deck_id)
        assert deck.name == "Test::Kitchen words" and deck.meta["version"] == "1"
        assert s.get(Deck, deck.parent_id).name == "Test"
        note = s.scalars(select(Note).where(Note.guid == "test-kitchen:niru")).one()
        assert note.reading == "にる" and note.reading_generated  # generated, and marked so
        assert note.meanings["ur"] == "ابالنا" and note.tags == "kitchen verb"
        cards = s.execute(select(Card.kind, Card.position).join(Note)
                          .where(Note.guid == "test-kitchen:niru")).all()
        assert sorted(cards) == [("reading", 2), ("recognition", 2)]
    assert _count(db, Card) == 8
    path = media_file(db, report.deck_id, "nabe.wav")
    assert path is not None and path.read_bytes() == (SAMPLE / "media" / "nabe.wav").read_bytes()


def test_reimport_updates_in_place_and_keeps_progress(db, tmp_path):
    first = import_deck(db, read_deck(SAMPLE), source="user", now=NOW)
    with db.session() as s:
        s.add(Profile(id=1, name="amina", created_ms=NOW))
        s.flush()
        card = s.scalars(select(Card).join(Note).where(Note.guid == "test-kitchen:nabe",
                                                       Card.kind == "recognition")).one()
        card_id = card.id
        s.add(CardState(profile_id=1, card_id=card_id, state=2, reps=5, due_ms=NOW))
    deck_dir = tmp_path / "deck"
    shutil.copytree(SAMPLE, deck_dir)
    text = (deck_dir / "notes.csv").read_text(encoding="utf-8")
    text = text.replace("nabe,vocab,鍋,なべ,pot,", "nabe,vocab,鍋,なべ,cooking pot,")
    text += "sara,vocab,皿,さら,plate,پلیٹ,,,kitchen,,,noun\n"
    (deck_dir / "notes.csv").write_text(text, encoding="utf-8")
    again = import_deck(db, read_deck(deck_dir), source="user", now=NOW + 1)
    assert again.deck_id == first.deck_id
    assert (again.added, again.updated, again.unchanged) == (1, 1, 3)
    with db.session() as s:
        nabe = s.scalars(select(Note).where(Note.guid == "test-kitchen:nabe")).one()
        assert nabe.meanings["en"] == "cooking pot"
        state = s.get(CardState, (1, card_id))
        assert state is not None and state.reps == 5  # progress kept, same card
    assert _count(db, Card) == 10


def test_valid_rows_only_reports_skipped_rows(db, tmp_path):
    deck_dir = tmp_path / "deck"
    shutil.copytree(SAMPLE, deck_dir)
    with open(deck_dir / "notes.csv", "a", encoding="utf-8") as fh:
        fh.write("taberu,vocab,食べる,taberu,to eat,,,,,,,\n")
    report = import_deck(db, read_deck(deck_dir, strict=False), source="user", now=NOW)
    assert report.added == 4
    assert len(report.skipped) == 1 and "row 6" in report.skipped[0][0]
    assert "たべる" in report.skipped[0][1]


def test_failure_leaves_nothing_half_written(db):
    deck = DeckData(id="x", name="Broken", notes=[NoteData(id="a", expression="水",
                                                           meanings={"en": "water"})])
    deck.card_types = ["recognition"]
    deck.notes.append(NoteData(id="b", expression="火", meanings={"en": "fire"},
                               level="X" * 500))  # too long for the column on strict databases
    deck.media = {"bad.png": Path("/nonexistent/file.png")}
    try:
        import_deck(db, deck, source="user", now=NOW)
    except OSError:
        pass
    assert _count(db, Note) == 0 and _count(db, Deck) == 0 and _count(db, Media) == 0


def test_sync_shipped_imports_only_changed_versions(db, tmp_path):
    decks = tmp_path / "decks"
    shutil.copytree(SAMPLE, decks / "kitchen")
    assert len(sync_shipped_decks(db, decks, now=NOW)) == 1
    assert sync_shipped_decks(db, decks, now=NOW) == []
    toml = (decks / "kitchen" / "deck.toml").read_text().replace('version = "1"', 'version = "2"')
    (decks / "kitchen" / "deck.toml").write_text(toml)
    reports = sync_shipped_decks(db, decks, now=NOW)
    assert len(reports) == 1 and reports[0].unchanged == 4
    with db.session() as s:
        deck = s.get(Deck, reports[0].deck_id)
        assert deck.source == "shipped" and deck.meta["version"] == "2"
