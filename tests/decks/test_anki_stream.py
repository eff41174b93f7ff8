"""An .apkg imported into SQLite is written while it is read (jpprep.decks.anki.stream_apkg):
the same rows as reading it whole first, still one transaction, and a package with problems is
read whole again so that its problems are listed and nothing is half-written."""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from jpprep.decks.anki import read_apkg
from jpprep.decks.anki_export import export_apkg
from jpprep.decks.model import DeckData, DeckProblemsError, NoteData
from jpprep.services import import_sqlite, importing
from jpprep.services.importing import import_deck, import_file
from jpprep.store.db import Database
from jpprep.store.models import Card, CardState, Deck, Note, Profile

NOW = 1_790_000_000_000
BIG = 4500  # more notes than one chunk (importing._chunk_sizes)


def _contents(db):
    with db.session() as s:
        decks = sorted(s.execute(select(Deck.id, Deck.name, Deck.parent_id, Deck.source_key))
                       .tuples())
        notes = sorted(s.execute(select(Note.id, Note.guid, Note.deck_id, Note.expression,
                                        Note.reading, Note.reading_generated, Note.meanings,
                                        Note.tags, Note.audio, Note.extra)).tuples())
        cards = sorted(s.execute(select(Card.id, Card.note_id, Card.deck_id, Card.kind,
                                        Card.ord, Card.position)).tuples())
    return decks, notes, cards


def _count(db, model) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(model))


@pytest.fixture(scope="module")
def big_package(tmp_path_factory) -> Path:
    notes = [NoteData(id=f"w{i}", expression=f"語{i}", reading="ご", meanings={"en": f"w{i}"},
                      tags=["big"]) for i in range(BIG)]
    deck = DeckData(id="big", name="Big", card_types=["recognition", "reading"], notes=notes)
    path = tmp_path_factory.mktemp("big") / "big.apkg"
    export_apkg(deck, path, now=NOW)
    return path


def _with_sql(src: Path, dst: Path, *statements: str) -> Path:
    """A copy of a legacy package whose collection had `statements` run on it."""
    with zipfile.ZipFile(src) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    tmp = dst.with_suffix(".sqlite")
    tmp.write_bytes(members["collection.anki2"])
    con = sqlite3.connect(tmp)
    for sql in statements:
        con.execute(sql)
    con.commit()
    con.close()
    members["collection.anki2"] = tmp.read_bytes()
    with zipfile.ZipFile(dst, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return dst


@pytest.mark.parametrize("kind", ["modern.apkg", "legacy.apkg", "modern.colpkg"])
def test_streamed_import_stores_what_a_whole_read_stores(db, tmp_path, anki_packages, kind):
    """Nested decks, media, two card kinds: the same decks, notes, cards and ids."""
    report = import_file(db, anki_packages[kind], now=NOW)
    whole = Database(f"sqlite:///{tmp_path / 'whole.db'}")
    try:
        again = import_deck(whole, read_apkg(anki_packages[kind]), source="anki", now=NOW)
        assert report.to_dict() == again.to_dict()
        assert _contents(db) == _contents(whole)
    finally:
        whole.close()


def test_big_package_arrives_whole_and_in_order(db, big_package):
    seen = []
    report = import_file(db, big_package, now=NOW,
                         progress=lambda done, total, what: seen.append((done, total, what)))
    assert (report.added, report.cards_added) == (BIG, 2 * BIG)
    assert seen[-1] == (BIG, BIG, "done") and len(seen) > 2  # progress while it was read
    assert [d for d, _, what in seen if what == "notes"] == sorted(
        d for d, _, what in seen if what == "notes")
    with db.session() as s:
        pos = dict(s.execute(select(Note.guid, Card.position).join(Card)
                             .where(Card.kind == "reading")).all())
    assert pos["anki:big:w0"] == 0 and pos[f"anki:big:w{BIG - 1}"] == BIG - 1


def test_cancel_while_the_package_is_read_writes_nothing(db, big_package):
    class Cancelled(Exception):
        pass

    def cancel(done, total, what):
        if what == "notes":  # the first notes are written by now
            raise Cancelled()

    with pytest.raises(Cancelled):
        import_file(db, big_package, now=NOW, progress=cancel)
    assert (_count(db, Note), _count(db, Card), _count(db, Deck)) == (0, 0, 0)
    assert import_file(db, big_package, now=NOW).added == BIG  # the next one works


def test_a_write_failing_mid_package_writes_nothing(db, big_package, monkeypatch):
    real, calls = import_sqlite._bulk_insert, []

    def fail_later(raw, table, cols, rows):
        calls.append(table)
        if calls.count("note") == 2:
            raise OSError("disk full")
        real(raw, table, cols, rows)

    monkeypatch.setattr(import_sqlite, "_bulk_insert", fail_later)
    with pytest.raises(OSError, match="disk full"):
        import_file(db, big_package, now=NOW)
    assert (_count(db, Note), _count(db, Card), _count(db, Deck)) == (0, 0, 0)


def test_a_problem_after_the_first_notes_lists_problems_and_writes_nothing(db, tmp_path,
                                                                           big_package):
    """The last note repeats the first one's GUID: the first chunks were already written
    when it is found; they go, and the problem is listed as for a whole read."""
    bad = _with_sql(big_package, tmp_path / "dup.apkg",
                    "update notes set guid = (select guid from notes order by id limit 1) "
                    "where id = (select max(id) from notes)")
    with pytest.raises(DeckProblemsError) as info:
        import_file(db, bad, now=NOW)
    assert "appears twice" in str(info.value) and len(info.value.deck.notes) == BIG - 1
    assert (_count(db, Note), _count(db, Card), _count(db, Deck)) == (0, 0, 0)
    report = import_file(db, bad, now=NOW, valid_only=True)
    assert report.added == BIG - 1 and len(report.skipped) == 1


def test_reimport_by_guid_keeps_progress_and_moves_nothing(db, big_package):
    import_file(db, big_package, now=NOW)
    with db.session() as s:
        s.add(Profile(id=1, name="A", created_ms=NOW))
        s.flush()
        card = s.scalars(select(Card).order_by(Card.id).limit(1)).one()
        s.add(CardState(profile_id=1, card_id=card.id, state=2, due_ms=NOW, reps=3))
        card_id = card.id
    before = _contents(db)
    again = import_file(db, big_package, now=NOW + 1)
    assert (again.added, again.updated, again.unchanged, again.cards_added) == (0, 0, BIG, 0)
    assert _contents(db) == before
    with db.session() as s:
        assert s.get(CardState, (1, card_id)).reps == 3


def test_notes_in_two_decks_named_out_of_order(db, tmp_path, anki_packages):
    """Decks are made before the notes come, in the order a whole read makes them."""
    src = anki_packages["legacy.apkg"]
    moved = _with_sql(src, tmp_path / "moved.apkg",
                      "update cards set did = (select max(did) from cards) "
                      "where nid = (select min(id) from notes)")
    import_file(db, moved, now=NOW)
    whole = Database(f"sqlite:///{tmp_path / 'whole.db'}")
    try:
        import_deck(whole, read_apkg(moved), source="anki", now=NOW)
        assert _contents(db) == _contents(whole)
    finally:
        whole.close()


def test_postgresql_stores_what_the_sqlite_stream_stores(backend_db, tmp_path, big_package):
    """PostgreSQL reads the package whole and takes the portable path; the notes, their
    decks and their cards (kind, ord, position) are the same as SQLite's streamed import."""
    def rows(db):
        with db.session() as s:
            notes = sorted(s.execute(select(Note.guid, Deck.name, Note.expression, Note.reading,
                                            Note.meanings, Note.tags, Note.extra)
                                     .join(Deck, Deck.id == Note.deck_id)).all())
            cards = sorted(s.execute(select(Note.guid, Card.kind, Card.ord, Card.position)
                                     .join(Note, Note.id == Card.note_id)).all())
        return notes, cards

    report = import_file(backend_db, big_package, now=NOW)
    streamed = Database(f"sqlite:///{tmp_path / 'streamed.db'}")
    try:
        assert import_file(streamed, big_package, now=NOW).to_dict() == report.to_dict()
        assert rows(backend_db) == rows(streamed)
    finally:
        streamed.close()


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(cells=st.lists(st.tuples(st.text(max_size=10), st.text(max_size=10), st.text(max_size=10),
                                st.text(max_size=8)), min_size=1, max_size=5),
       subdeck=st.booleans())
def test_any_text_is_stored_alike_streamed_or_read_whole(tmp_path_factory, cells, subdeck):
    """Whatever the fields hold (HTML, entities, sound tags, NUL, line breaks), the streamed
    import stores what importing a whole read stores, or both refuse alike."""
    from jpprep import paths

    tmp = tmp_path_factory.mktemp("stream")
    paths.configure(data_dir=str(tmp))
    notes = [NoteData(id=f"n{i}", expression=e or "語", reading=r, tags=t.split(),
                      meanings={"en": m}, deck="H::Sub" if subdeck and i % 2 else None)
             for i, (e, r, m, t) in enumerate(cells)]
    export_apkg(DeckData(id="h", name="H", notes=notes), tmp / "h.apkg", now=NOW)
    streamed, whole = (Database(f"sqlite:///{tmp / name}") for name in ("s.db", "w.db"))
    try:
        try:
            got = import_file(streamed, tmp / "h.apkg", now=NOW).to_dict()
        except DeckProblemsError as exc:
            got = ("problems", [p.message for p in exc.problems])
        deck = read_apkg(tmp / "h.apkg")
        if deck.problems:
            want = ("problems", [p.message for p in deck.problems])
        else:
            want = import_deck(whole, deck, source="anki", now=NOW).to_dict()
        assert got == want
        assert _contents(streamed) == _contents(whole)
    finally:
        streamed.close()
        whole.close()
