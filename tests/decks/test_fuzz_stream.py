"""Fuzz the streamed .apkg import (SQLite writes notes while the package is still being read):
a collection damaged anywhere, even in notes the writer reaches only after earlier ones are
stored, gives jpprep's own error and leaves the database as it was."""

from __future__ import annotations

import tempfile
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jpprep.decks.anki_export import export_apkg
from jpprep.decks.model import DeckData, NoteData
from jpprep.errors import ImportFileError, ValidationError

NOW = 1_790_000_000_000
FUZZ = settings(max_examples=60, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])
_CACHE: dict = {}


def _setup() -> tuple[Path, bytes, object]:
    """A 1,200-note package whose collection is stored uncompressed (so a flipped byte reaches
    SQLite instead of failing the zip's check first), and one database for all examples."""
    if not _CACHE:
        from jpprep import paths
        from jpprep.store.db import Database

        d = Path(tempfile.mkdtemp(prefix="jpprep-fuzz-stream-"))
        paths.configure(data_dir=str(d))
        notes = [NoteData(id=f"n{i}", expression=f"語{i}", reading="ご",
                          meanings={"en": f"word {i}"}, tags=["t"]) for i in range(1200)]
        export_apkg(DeckData(id="f", name="F", notes=notes), d / "z.apkg", now=NOW)
        with zipfile.ZipFile(d / "z.apkg") as src:
            members = {n: src.read(n) for n in src.namelist()}
        collection = members.pop("collection.anki2")
        _CACHE.update(dir=d, collection=collection, members=members,
                      db=Database(f"sqlite:///{d / 'j.db'}"))
    return _CACHE["dir"], _CACHE["collection"], _CACHE["db"]


def _counts(db) -> tuple:
    from sqlalchemy import text

    with db.session() as s:
        return tuple(s.execute(text(f"SELECT COUNT(*), COALESCE(SUM(id), 0) FROM {t}")).one()
                     for t in ("deck", "note", "card", "media"))


@FUZZ
@given(pos=st.integers(min_value=100), value=st.integers(min_value=0, max_value=255),
       count=st.integers(min_value=1, max_value=6))
def test_streamed_import_of_a_damaged_collection(pos, value, count):
    from jpprep.services.importing import import_file

    d, collection, db = _setup()
    data = bytearray(collection)
    for k in range(count):
        data[(pos + k * 4099) % len(data)] = (value + k) % 256
    path = d / "x.apkg"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("collection.anki2", bytes(data), zipfile.ZIP_STORED)
        for name, body in _CACHE["members"].items():
            zf.writestr(name, body)
    before = _counts(db)
    try:
        import_file(db, path, now=NOW)
    except (ImportFileError, ValidationError):
        assert _counts(db) == before  # nothing half-written


def test_a_note_with_two_cards_of_one_template_imports_with_one(tmp_path):
    """A damaged collection (found by the fuzz test above: one byte of an index page) gave a
    note a second card of the same template, and the import stopped with SQLite's
    IntegrityError instead of importing or saying what is wrong. Anki never makes such a card
    and jpprep holds one card per template: the first is kept, the notes all come in."""
    import sqlite3

    from jpprep import paths
    from jpprep.services.importing import import_file
    from jpprep.store.db import Database

    paths.configure(data_dir=str(tmp_path))
    notes = [NoteData(id=f"n{i}", expression=f"語{i}", reading="ご", meanings={"en": f"w{i}"})
             for i in range(3)]
    export_apkg(DeckData(id="f", name="F", notes=notes), tmp_path / "ok.apkg", now=NOW)
    with zipfile.ZipFile(tmp_path / "ok.apkg") as src:
        members = {n: src.read(n) for n in src.namelist()}
    (tmp_path / "c.anki2").write_bytes(members.pop("collection.anki2"))
    con = sqlite3.connect(tmp_path / "c.anki2")
    first, second = [r[0] for r in con.execute("SELECT id FROM notes ORDER BY id LIMIT 2")]
    con.execute("UPDATE cards SET nid = ? WHERE nid = ?", (first, second))  # the second's card
    con.commit()
    con.close()
    with zipfile.ZipFile(tmp_path / "bad.apkg", "w") as zf:
        zf.writestr("collection.anki2", (tmp_path / "c.anki2").read_bytes())
        for name, body in members.items():
            zf.writestr(name, body)
    db = Database(f"sqlite:///{tmp_path / 'j.db'}")
    report = import_file(db, tmp_path / "bad.apkg", now=NOW)
    assert (report.added, report.cards_added) == (3, 3)  # the second note gets its own card
