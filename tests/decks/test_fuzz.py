"""Fuzz every importer: whatever the bytes, only jpprep's own errors come out."""

from __future__ import annotations

import io
import json
import tempfile
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jpprep.decks.anki import read_apkg
from jpprep.decks.anki_export import export_apkg
from jpprep.decks.model import DeckData, NoteData
from jpprep.decks.native import read_deck
from jpprep.decks.spreadsheet import guess_columns, read_spreadsheet
from jpprep.errors import ImportFileError, ValidationError

OURS = (ImportFileError, ValidationError)
FUZZ = settings(max_examples=60, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])
TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300)
CELLS = st.lists(st.lists(st.sampled_from(["鍋", "なべ", "pot", "", "taberu", '"', ",", "\n",
                                           "id", "expression", "meaning_en", "reading", "x" * 50,
                                           "../a", "N5", "\x00", "\t"]), max_size=6), max_size=6)


def _try(fn, *args, **kw):
    try:
        fn(*args, **kw)
    except OURS:
        pass


def _tmp() -> Path:
    return Path(tempfile.mkdtemp(prefix="jpprep-fuzz-"))


@FUZZ
@given(toml=TEXT, notes=st.one_of(st.binary(max_size=400), CELLS.map(
    lambda rows: "\n".join(",".join(r) for r in rows).encode("utf-8"))))
def test_native_folder(toml, notes):
    d = _tmp()
    (d / "deck.toml").write_text(toml, encoding="utf-8")
    (d / "notes.csv").write_bytes(notes)
    _try(read_deck, d)
    (d / "deck.toml").write_text('id = "f"\nname = "F"\n', encoding="utf-8")
    _try(read_deck, d, strict=False)


@FUZZ
@given(data=st.binary(max_size=600))
def test_jpdeck_and_apkg_random_bytes(data):
    d = _tmp()
    for name in ("x.jpdeck", "x.apkg", "x.colpkg", "x.xlsx", "x.csv"):
        (d / name).write_bytes(data)
    _try(read_deck, d / "x.jpdeck")
    _try(read_apkg, d / "x.apkg")
    _try(read_apkg, d / "x.colpkg")
    _try(read_spreadsheet, d / "x.xlsx")
    _try(guess_columns, d / "x.csv")
    _try(read_spreadsheet, d / "x.csv")


_BASE: list[bytes] = []


def _base_apkg() -> bytes:
    if not _BASE:
        d = _tmp()
        deck = DeckData(id="f", name="F", notes=[NoteData(id="a", expression="鍋", reading="なべ",
                                                          meanings={"en": "pot"})],
                        media={"a.mp3": b"ID3"})
        export_apkg(deck, d / "b.apkg", now=1_790_000_000_000)
        _BASE.append((d / "b.apkg").read_bytes())
    return _BASE[0]


@FUZZ
@given(pos=st.integers(min_value=0), value=st.integers(min_value=0, max_value=255),
       count=st.integers(min_value=1, max_value=8))
def test_apkg_with_flipped_bytes(pos, value, count):
    data = bytearray(_base_apkg())
    for k in range(count):
        data[(pos + k * 997) % len(data)] = (value + k) % 256
    d = _tmp()
    (d / "x.apkg").write_bytes(bytes(data))
    _try(read_apkg, d / "x.apkg")


@FUZZ
@given(media=st.one_of(st.binary(max_size=80), st.dictionaries(TEXT, TEXT, max_size=4).map(
    lambda m: json.dumps(m).encode())), meta=st.binary(max_size=6),
    collection=st.sampled_from(["collection.anki2", "collection.anki21", "collection.anki21b"]),
    body=st.binary(max_size=200))
def test_apkg_with_odd_members(media, meta, collection, body):
    base = zipfile.ZipFile(io.BytesIO(_base_apkg()))
    d = _tmp()
    with zipfile.ZipFile(d / "x.apkg", "w") as zf:
        zf.writestr("meta", meta)
        zf.writestr("media", media)
        zf.writestr(collection, base.read("collection.anki2") if collection.endswith("2") else body)
        zf.writestr("0", body)
    _try(read_apkg, d / "x.apkg")


@FUZZ
@given(rows=CELLS, encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp932", "utf-16"]))
def test_spreadsheet_cells(rows, encoding):
    d = _tmp()
    text = "\n".join(",".join(r) for r in rows)
    try:
        raw = text.encode(encoding)
    except UnicodeEncodeError:
        return
    (d / "x.csv").write_bytes(raw)
    _try(guess_columns, d / "x.csv")
    _try(read_spreadsheet, d / "x.csv")
    _try(read_spreadsheet, d / "x.csv", mapping={"expression": 0, "meaning_en": 5})
