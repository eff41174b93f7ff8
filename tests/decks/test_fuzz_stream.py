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
