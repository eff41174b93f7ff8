"""The SQLite bulk path and the portable path (PostgreSQL and other databases) write the same
notes and cards, update the same way, and leave nothing behind when an import fails."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from jpprep.decks.native import read_deck
from jpprep.services import import_sqlite, importing
from jpprep.services.importing import import_deck
from jpprep.store.models import Card, Deck, Note

SAMPLE = Path(__file__).parents[1] / "decks" / "data" / "sample-deck"
NOW = 1_790_000_000_000


def _contents(db):
    with db.session() as s:
        notes = sorted((n.guid, n.expression, n.reading, n.reading_generated, n.meanings,
                        n.examples, n.tags, n.level, n.audio, n.extra)
                       for n in s.scalars(select(Note)))
        cards = sorted(s.execute(select(Note.guid, Card.kind, Card.ord, Card.position)
                                 .join(Note, Note.id == Card.note_id)).tuples())
    return notes, cards


@pytest.fixture(params=[True, False], ids=["sqlite-bulk", "portable"])
def path(request, monkeypatch):
    monkeypatch.setattr(importing, "FAST_SQLITE", request.param)
    return request.param


def test_both_paths_store_the_same_deck(db, tmp_path, path, monkeypatch):
    deck = read_deck(SAMPLE)
    report = import_deck(db, deck, source="user", now=NOW)
    assert (report.added, report.cards_added) == (4, 8)
    notes, cards = _contents(db)
    nabe = next(n for n in notes if n[0] == "test-kitchen:nabe")
    assert nabe[1:4] == ("鍋", "なべ", False) and nabe[4]["en"] == "pot"
    assert [c[1:] for c in cards if c[0] == "test-kitchen:nabe"] == [("reading", 0, 0),
                                                                    ("recognition", 0, 0)]
    # the other path sees the same rows as unchanged
    monkeypatch.setattr(importing, "FAST_SQLITE", not path)
    again = import_deck(db, read_deck(SAMPLE), source="user", now=NOW + 1)
    assert (again.added, again.updated, again.unchanged, again.cards_added) == (0, 0, 4, 0)
    assert _contents(db) == (notes, cards)


def test_a_failed_import_writes_nothing(db, path, monkeypatch):
    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(importing, "_store_media", broken)
    with pytest.raises(OSError):
        import_deck(db, read_deck(SAMPLE), source="user", now=NOW)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Note)) == 0
        assert s.scalar(select(func.count()).select_from(Card)) == 0
        assert s.scalar(select(func.count()).select_from(Deck)) == 0


def test_a_failed_insert_on_the_writer_thread_writes_nothing(db, monkeypatch):
    """The bulk path writes on a second thread: its error reaches the caller and the notes it
    had already written are rolled back with the rest."""
    real, real_runs = import_sqlite._bulk_insert, import_sqlite._insert_card_runs

    def fail_on_cards(raw, table, cols, rows):
        if table == "card":
            raise OSError("disk full")
        real(raw, table, cols, rows)

    def fail_runs(*args):  # new notes' cards are made by SQLite from the notes
        raise OSError("disk full")

    monkeypatch.setattr(import_sqlite, "_bulk_insert", fail_on_cards)
    monkeypatch.setattr(import_sqlite, "_insert_card_runs", fail_runs)
    with pytest.raises(OSError, match="disk full"):
        import_deck(db, read_deck(SAMPLE), source="user", now=NOW)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Note)) == 0
        assert s.scalar(select(func.count()).select_from(Deck)) == 0
    monkeypatch.setattr(import_sqlite, "_bulk_insert", real)
    monkeypatch.setattr(import_sqlite, "_insert_card_runs", real_runs)
    report = import_deck(db, read_deck(SAMPLE), source="user", now=NOW)  # the next one works
    assert (report.added, report.cards_added) == (4, 8)


def test_new_notes_follow_the_notes_already_there(db, path):
    """A second deck's notes (ids chosen before they are written, on SQLite) get their own
    ids and cards, and the first deck's cards stay with their notes."""
    from jpprep.decks.model import DeckData, NoteData

    for key in ("one", "two"):
        notes = [NoteData(id=f"{key}{i}", expression=f"{key}{i}", meanings={"en": key})
                 for i in range(5)]
        import_deck(db, DeckData(id=key, name=key.title(), notes=notes, card_types=["recognition"]),
                    source="user", now=NOW)
    with db.session() as s:
        rows = s.execute(select(Note.id, Note.guid, Card.note_id)
                         .join(Card, Card.note_id == Note.id)).all()
    assert len(rows) == 10 and len({r.id for r in rows}) == 10
    assert sorted(r.guid for r in rows) == sorted(f"{k}:{k}{i}" for k in ("one", "two")
                                                  for i in range(5))


@pytest.mark.parametrize("limit", [999, 32766])
def test_many_notes_every_row_arrives_once(db, path, monkeypatch, limit):
    """More rows than one multi-row statement holds (with the oldest SQLite's 999 parameters:
    58 notes, 199 cards per statement)."""
    from jpprep.decks.model import DeckData, NoteData

    monkeypatch.setattr(import_sqlite, "_max_params", lambda raw: limit)
    notes = [NoteData(id=f"w{i}", expression=f"語{i}", reading="ご", meanings={"en": f"word {i}"},
                      extra={"n": str(i)}) for i in range(263 if limit < 1000 else 4100)]
    deck = DeckData(id="many", name="Many", card_types=["recognition", "reading"], notes=notes)
    report = import_deck(db, deck, source="user", now=NOW)
    count = len(notes)
    assert (report.added, report.cards_added) == (count, 2 * count)
    with db.session() as s:
        rows = s.execute(select(Note.guid, Note.meanings, Note.extra)).all()
        assert sorted(r.guid for r in rows) == sorted(f"many:w{i}" for i in range(count))
        assert all(r.meanings["en"] == f"word {r.extra['n']}" for r in rows)
        positions = s.execute(select(Card.position).where(Card.kind == "reading")).scalars()
        assert sorted(positions) == list(range(count))


def test_cards_made_by_sqlite_match_the_portable_rows(tmp_path, monkeypatch):
    """New notes' cards on SQLite come from INSERT ... SELECT per run of notes with the same
    card list: the same cards, ids, decks and positions as inserting them row by row, for
    runs of every length (alternating notes fall back to rows) and notes in sub-decks."""
    from jpprep.decks.model import DeckData, NoteData
    from jpprep.store.db import Database

    def card_list(i):
        if i < 3000:  # the first chunk alternates: more runs than statements pay for
            return [("recognition", 0)] if i % 2 else None
        return [("production", 1), ("recognition", 0)] if (i // 700) % 2 else None

    notes = [NoteData(id=f"w{i}", expression=f"語{i}", meanings={"en": str(i)},
                      deck="Many::Sub" if i % 3 == 0 else None, cards=card_list(i))
             for i in range(5200)]
    found = []
    for fast in (True, False):
        monkeypatch.setattr(importing, "FAST_SQLITE", fast)
        db = Database(f"sqlite:///{tmp_path / f'{fast}.db'}")
        deck = DeckData(id="many", name="Many", card_types=["recognition", "reading"],
                        notes=notes)
        report = import_deck(db, deck, source="user", now=NOW, fill_readings=False)
        with db.session() as s:
            found.append((report.to_dict(), sorted(s.execute(
                select(Card.id, Card.note_id, Card.deck_id, Card.kind, Card.ord,
                       Card.position)).all())))
        db.close()
    assert found[0] == found[1]
    assert len(found[0][1]) == found[0][0]["cards_added"] > 2 * 5200 - 2000
