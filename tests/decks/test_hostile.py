"""Hostile packages are refused or neutralised, each with a message a person can act on."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from jpprep.decks import anki as anki_mod
from jpprep.decks.anki import read_apkg
from jpprep.decks.anki_export import export_apkg
from jpprep.decks.model import DeckData, NoteData
from jpprep.errors import ImportFileError
from jpprep.services.importing import import_file
from jpprep.store.models import Note

NOW = 1_790_000_000_000


def _base(tmp_path, n=3) -> Path:
    deck = DeckData(id="h", name="Hostile", notes=[
        NoteData(id=f"n{i}", expression=f"語{i}", reading="ご", meanings={"en": f"w{i}"})
        for i in range(n)], media={"ok.mp3": b"ID3 fine"})
    path = tmp_path / "base.apkg"
    export_apkg(deck, path, now=NOW)
    return path


def _rewrite(src: Path, dst: Path, *, sql=None, media=None, extra=None) -> Path:
    """Copy a legacy package, changing its collection with `sql` and its media map."""
    with zipfile.ZipFile(src) as zf:
        col = zf.read("collection.anki2")
        files = {n: zf.read(n) for n in zf.namelist() if n not in ("collection.anki2", "media")}
        media_map = json.loads(zf.read("media"))
    tmp = dst.with_suffix(".sqlite")
    tmp.write_bytes(col)
    if sql:
        con = sqlite3.connect(tmp)
        for stmt, args in sql:
            con.execute(stmt, args)
        con.commit()
        con.close()
    with zipfile.ZipFile(dst, "w") as zf:
        zf.writestr("collection.anki2", tmp.read_bytes())
        zf.writestr("media", json.dumps(media if media is not None else media_map))
        for name, data in {**files, **(extra or {})}.items():
            zf.writestr(name, data)
    return dst


def test_media_names_with_paths_are_left_out_and_never_written(db, tmp_path):
    bad = _rewrite(_base(tmp_path), tmp_path / "bad.apkg",
                   media={"0": "ok.mp3", "1": "../../evil.sh", "2": "/etc/passwd",
                          "3": "..\\win.bat"},
                   extra={"1": b"#!/bin/sh", "2": b"root", "3": b"x"})
    deck = read_apkg(bad)
    assert set(deck.media) == {"ok.mp3"}
    assert len([p for p in deck.problems if p.field == "media"]) == 3
    report = import_file(db, bad, now=NOW, valid_only=True)
    assert report.added == 3 and report.media_added == 1
    assert not (tmp_path.parent / "evil.sh").exists()
    assert not any(p.name == "evil.sh" for p in tmp_path.parent.rglob("evil.sh"))


def test_duplicate_guids_keep_the_first(db, tmp_path):
    bad = _rewrite(_base(tmp_path), tmp_path / "dup.apkg",
                   sql=[("update notes set guid = 'same'", ())])
    from jpprep.decks.model import DeckProblemsError

    with pytest.raises(DeckProblemsError) as info:
        import_file(db, bad, now=NOW)
    assert "appears twice" in str(info.value)
    with db.session() as s:  # nothing half-written
        assert s.scalar(select(func.count()).select_from(Note)) == 0
    report = import_file(db, bad, now=NOW, valid_only=True)
    assert report.added == 1 and len(report.skipped) == 2


def test_note_type_with_no_fields_is_refused_per_note(tmp_path):
    src = _base(tmp_path)
    con_models = None
    with zipfile.ZipFile(src) as zf:
        p = tmp_path / "c.sqlite"
        p.write_bytes(zf.read("collection.anki2"))
        con = sqlite3.connect(p)
        con_models = json.loads(con.execute("select models from col").fetchone()[0])
        con.close()
    for m in con_models.values():
        m["flds"] = []
    bad = _rewrite(src, tmp_path / "nofields.apkg",
                   sql=[("update col set models = ?", (json.dumps(con_models),))])
    deck = read_apkg(bad)
    assert deck.notes == [] and len(deck.problems) == 3
    assert "no fields" in deck.problems[0].message


def test_huge_field_is_left_out(tmp_path):
    bad = _rewrite(_base(tmp_path), tmp_path / "big.apkg",
                   sql=[("update notes set flds = ? where rowid = (select min(rowid) from notes)",
                         ("x" * (50 << 20) + "\x1fy",))])
    deck = read_apkg(bad)
    assert len(deck.notes) == 2 and "characters" in deck.problems[0].message


def test_two_gigabyte_zip_is_refused_before_reading(tmp_path):
    path = tmp_path / "huge.apkg"
    with open(path, "wb") as fh:
        fh.truncate(2 << 30)  # sparse: nothing is really written
    with pytest.raises(ImportFileError, match="MB"):
        read_apkg(path)


def test_zstd_bomb_in_collection_is_refused(tmp_path, monkeypatch):
    import zstandard

    monkeypatch.setattr(anki_mod, "MAX_COLLECTION_BYTES", 1 << 20)
    bomb = zstandard.ZstdCompressor().compress(b"SQLite format 3\x00" + b"\0" * (8 << 20))
    path = tmp_path / "bomb.apkg"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("meta", b"\x08\x03")
        zf.writestr("collection.anki21b", bomb)
    with pytest.raises(ImportFileError, match="zip bomb"):
        read_apkg(path)


def test_too_new_package_is_refused_politely(tmp_path):
    path = tmp_path / "new.apkg"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("meta", b"\x08\x07")
        zf.writestr("collection.anki21b", b"")
    with pytest.raises(ImportFileError, match="newer Anki"):
        read_apkg(path)


def test_fifty_megabyte_cell_in_a_deck_folder(tmp_path):
    from jpprep.decks.native import read_deck

    d = tmp_path / "deck"
    d.mkdir()
    (d / "deck.toml").write_text('id = "big"\nname = "Big"\n', encoding="utf-8")
    with open(d / "notes.csv", "w", encoding="utf-8") as fh:
        fh.write("id,expression,meaning_en\nok,水,water\nbig,火,")
        fh.write("f" * (50 << 20))
        fh.write("\n")
    deck = read_deck(d, strict=False)
    assert [n.id for n in deck.notes] == ["ok"] and deck.problems[0].row == 3


def test_broken_utf8_in_fields_is_read_with_replacement_characters(tmp_path):
    # invalid UTF-8 bytes in one note's fields (a damaged or hand-made collection)
    bad = _rewrite(_base(tmp_path), tmp_path / "utf8.apkg",
                   sql=[("update notes set flds = cast(x'e8aa9ee0ff1fe38194' as text) "
                         "where guid = 'h:n1'", ())])
    deck = read_apkg(bad)
    assert len(deck.notes) == 3 and not deck.problems
    broken = next(n for n in deck.notes if n.id == "h:n1")
    assert "\ufffd" in broken.expression and broken.reading == "ご"
