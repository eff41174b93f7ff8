"""Exports read by SQLite directly (the fast path) write the same files as the portable path
used on PostgreSQL: same columns, same rows, same order."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jpprep.decks.anki import read_apkg
from jpprep.decks.native import read_deck
from jpprep.services import importing
from jpprep.services.exporting import deck_data, export_deck
from jpprep.services.importing import import_deck, import_file

SAMPLE = Path(__file__).parents[1] / "decks" / "data" / "sample-deck"
NOW = 1_790_000_000_000


def _both(db, deck_id, tmp_path, monkeypatch, suffix):
    out = {}
    for fast in (True, False):
        monkeypatch.setattr(importing, "FAST_SQLITE", fast)
        path = tmp_path / f"{fast}{suffix}"
        report = export_deck(db, deck_id, path, now=NOW)
        out[fast] = (report.to_dict() | {"path": ""}, path.read_bytes() if path.is_file() else b"")
    return out


def test_csv_of_a_native_deck_is_the_same_either_way(db, tmp_path, monkeypatch):
    deck = read_deck(SAMPLE)
    deck.notes[1].extra["reading_note"] = "ほう is long"
    deck.notes[0].level = "N4"  # differs from the deck's level: written in the row
    report = import_deck(db, deck, source="user", now=NOW)
    out = _both(db, report.deck_id, tmp_path, monkeypatch, ".csv")
    assert out[True] == out[False]
    text = out[True][1].decode("utf-8-sig")
    assert text.splitlines()[0].endswith(",reading_note") and ",ほう is long" in text
    assert out[True][0]["notes"] == 4 and out[True][0]["cards"] == 8
    assert "\nniru,vocab,煮る,," in text  # a generated reading is not written as authored


def test_csv_and_notes_of_an_anki_deck_are_the_same_either_way(db, tmp_path, monkeypatch,
                                                              anki_packages):
    report = import_file(db, anki_packages["modern.apkg"], now=NOW)
    out = _both(db, report.deck_id, tmp_path, monkeypatch, ".csv")
    assert out[True] == out[False]
    rows = list(csv.reader(io.StringIO(out[True][1].decode("utf-8-sig"), newline="")))
    ids = [r[0] for r in rows[1:]]  # Anki GUIDs may hold commas, quotes and colons
    assert sorted(ids) == sorted(n.id for n in read_apkg(anki_packages["modern.apkg"]).notes)
    by_path = {}
    for fast in (True, False):
        monkeypatch.setattr(importing, "FAST_SQLITE", fast)
        for full in (True, False):
            data = deck_data(db, report.deck_id, full_extra=full)
            by_path[fast, full] = [(n.id, n.deck, n.meanings, n.cards, n.extra)
                                   for n in data.notes]
    assert by_path[True, True] == by_path[False, True]
    assert by_path[True, False] == by_path[False, False]
    assert all(x[4] == {} for x in by_path[True, False])  # no Anki field copies for .apkg
    assert by_path[True, True][0][4]["anki"]["notetype"]


@pytest.mark.parametrize("suffix", [".apkg", ".jpdeck"])
def test_other_formats_count_the_same_either_way(db, tmp_path, monkeypatch, suffix):
    report = import_deck(db, read_deck(SAMPLE), source="user", now=NOW)
    out = _both(db, report.deck_id, tmp_path, monkeypatch, suffix)
    assert out[True][0] == out[False][0]


@pytest.mark.parametrize("extra_langs", [[], ["ur"], ["ne", "ur", "vi"]])
def test_csv_columns_not_in_the_deck_header_come_in_reading_order(db, tmp_path, monkeypatch,
                                                                 extra_langs):
    """Languages, example languages and extra columns the deck does not declare: none, one
    (no order to find) or several (in the order a reader meets them) -- the same either way."""
    deck = read_deck(SAMPLE)
    deck.languages = ["en"]
    for i, n in enumerate(reversed(deck.notes)):  # later notes name the languages first
        n.meanings = {"en": n.meanings.get("en", "x"),
                      **{lang: f"{lang} {i}" for lang in extra_langs[i % 2::2] or extra_langs}}
        n.examples = [{"ja": "例です。", **{lang: "e" for lang in extra_langs[::-1]}}]
        n.extra = {f"x_{lang}": "v" for lang in extra_langs[i % 2:]}
    import_deck(db, deck, source="user", now=NOW)
    deck.notes.reverse()  # the deck's order now differs from the order the notes were added
    report = import_deck(db, deck, source="user", now=NOW)
    out = _both(db, report.deck_id, tmp_path, monkeypatch, ".csv")
    assert out[True] == out[False]
    header = out[True][1].decode("utf-8-sig").splitlines()[0].split(",")
    assert len([h for h in header if h.startswith("meaning_")]) == 1 + len(extra_langs)


def test_a_column_name_with_a_quote_is_exported_like_any_other(db, tmp_path, monkeypatch):
    """A spreadsheet column may be called 'say "hi"': SQLite's JSON paths cannot name it, so
    the fast path hands the file to the general one instead of failing."""
    deck = read_deck(SAMPLE)
    deck.notes[1].extra['say "hi"'] = "やあ"
    report = import_deck(db, deck, source="user", now=NOW)
    out = _both(db, report.deck_id, tmp_path, monkeypatch, ".csv")
    assert out[True] == out[False]
    rows = list(csv.reader(io.StringIO(out[True][1].decode("utf-8-sig"), newline="")))
    assert 'say "hi"' in rows[0] and "やあ" in rows[2]


def _apkg_content(path) -> dict:
    """What Anki reads from a package: the col row, notes, cards and the media map."""
    import json
    import sqlite3
    import zipfile

    with zipfile.ZipFile(path) as z:
        (path.parent / "x").mkdir(exist_ok=True)
        col_file = z.extract("collection.anki2", path.parent / "x")
        media = json.loads(z.read("media"))
    con = sqlite3.connect(col_file)
    try:
        return {"col": con.execute("SELECT * FROM col").fetchall(),
                "notes": con.execute("SELECT * FROM notes ORDER BY id").fetchall(),
                "cards": con.execute("SELECT * FROM cards ORDER BY id").fetchall(),
                "media": media}
    finally:
        con.close()


def _tricky_deck():
    """Escaped HTML, several meanings and example translations, the note text, sub-decks,
    notes' own card lists (a listening card needs audio, a production card a meaning)."""
    from jpprep.decks.model import DeckData, NoteData

    notes = [
        NoteData(id="a:b", expression=" <b>A&B</b>\nline 2 ", reading="x>y",
                 meanings={"en": "one & two", "ur": "", "ne": "<i>n</i>\nnl"},
                 examples=[{"ja": "例 <文>", "en": "e & 1", "vi": "", "ne": "n"}, {"ja": "2"}],
                 tags=["t1", "x"], audio="a'b.mp3", image='i"m<g>.png',
                 extra={"note": "see & <this>", "other": 1}),
        NoteData(id="n2", expression="[sound:x.mp3]語", meanings={"en": ""}, extra={"note": 5},
                 examples=[{"ja": "", "en": ""}], deck="Tricky::Sub::Deeper",
                 cards=[("listening", 0), ("production", 0), ("recognition", 1)]),
        NoteData(id="n3", expression="&nbsp;x", audio="s.mp3", deck="Tricky::Other",
                 cards=[("listening", 0), ("production", 0)]),
        NoteData(id="n4", expression="多い", meanings={"ur": "صرف", "ja": "おおい"},
                 examples=[{"en": "only en"}], deck="Tricky::Sub"),
    ]
    return DeckData(id="tricky", name="Tricky", description="d & <x>", languages=["en", "ur"],
                    card_types=["recognition", "listening", "production"], notes=notes)


def test_apkg_is_the_same_either_way(db, tmp_path, monkeypatch, anki_packages):
    """Tricky notes (_tricky_deck) and guids of every origin: the SQLite stream writes the
    package the general path writes."""
    tricky = import_deck(db, _tricky_deck(), source="user", now=NOW).deck_id
    anki = import_file(db, anki_packages["modern.apkg"], now=NOW).deck_id
    out = {}
    for deck_id in (tricky, anki):
        for fast in (True, False):
            monkeypatch.setattr(importing, "FAST_SQLITE", fast)
            path = tmp_path / f"{deck_id}-{fast}.apkg"
            report = export_deck(db, deck_id, path, now=NOW)
            out[deck_id, fast] = (report.to_dict() | {"path": ""}, _apkg_content(path))
        assert out[deck_id, True] == out[deck_id, False]
    notes = out[tricky, True][1]["notes"]
    assert notes[0][1] == "tricky:a:b"
    assert notes[0][6].split("\x1f")[2] == "one &amp; two<br>&lt;i&gt;n&lt;/i&gt;<br>nl"
    assert [c[3] for c in out[tricky, True][1]["cards"] if c[1] == notes[1][0]] == [1]
    assert "Tricky::Sub::Deeper" in out[tricky, True][1]["col"][0][10]
    anki_guids = sorted(n.id for n in read_apkg(anki_packages["modern.apkg"]).notes)
    assert sorted(n[1] for n in out[anki, True][1]["notes"]) == anki_guids  # their own guids
    assert out[anki, True][0]["media"] == 1
    # a deck whose notes came from Anki and from jpprep: every guid gets the deck's prefix
    with db.session() as s:
        moved = importing._raw(s).execute(
            "UPDATE note SET deck_id = ? WHERE id = "
            "(SELECT MIN(id) FROM note WHERE guid LIKE 'anki:%')", (tricky,)).rowcount
        s.commit()
    assert moved == 1
    both = {}
    for fast in (True, False):
        monkeypatch.setattr(importing, "FAST_SQLITE", fast)
        export_deck(db, tricky, tmp_path / f"mixed-{fast}.apkg", now=NOW)
        both[fast] = _apkg_content(tmp_path / f"mixed-{fast}.apkg")
    assert both[True] == both[False]
    assert all(n[1].startswith("tricky:") for n in both[True]["notes"])


def _plain_deck(meanings: list[str]):
    from jpprep.decks.model import DeckData, NoteData

    notes = [NoteData(id=f"w{i}", expression=f"語{i}", reading="ご", meanings={"en": m},
                      tags=["t"]) for i, m in enumerate(meanings)]
    return DeckData(id="plain", name="Plain", languages=["en"], card_types=["recognition"],
                    notes=notes)


def test_columns_no_note_uses_are_left_out_and_the_file_reads_back(db, tmp_path, monkeypatch):
    """No note has an example, its own level or sector, audio or an image: the spreadsheet
    has no empty columns for them, and it reads back as the same notes."""
    report = import_deck(db, _plain_deck(["dog", "cat"]), source="user", now=NOW)
    out = _both(db, report.deck_id, tmp_path, monkeypatch, ".csv")
    assert out[True] == out[False]
    lines = out[True][1].decode("utf-8-sig").splitlines()
    assert lines[0] == "id,kind,expression,reading,meaning_en,tags"
    assert lines[1:] == ["w0,vocab,語0,ご,dog,t", "w1,vocab,語1,ご,cat,t"]
    from jpprep.decks.spreadsheet import read_spreadsheet

    back = read_spreadsheet(tmp_path / "True.csv")
    assert [(n.id, n.expression, n.reading, n.meanings["en"], n.tags) for n in back.notes] == \
        [("w0", "語0", "ご", "dog", ["t"]), ("w1", "語1", "ご", "cat", ["t"])]


def test_cells_that_need_quotes_among_plain_rows_are_written_as_csv_does(db, tmp_path,
                                                                          monkeypatch):
    meanings = ["plain", 'say "hi"', "plain again", "a, b", "two\nlines", "end"]
    report = import_deck(db, _plain_deck(meanings), source="user", now=NOW)
    out = _both(db, report.deck_id, tmp_path, monkeypatch, ".csv")
    assert out[True] == out[False]
    rows = list(csv.reader(io.StringIO(out[True][1].decode("utf-8-sig"), newline="")))
    assert [r[4] for r in rows[1:]] == meanings


def test_a_cell_holding_the_unit_separator_is_still_exported(db, tmp_path, monkeypatch):
    """The fast path joins cells with U+001F; a cell that holds one is handed to the general
    path rather than split in the wrong place."""
    report = import_deck(db, _plain_deck(["a\x1fb", "c"]), source="user", now=NOW)
    out = _both(db, report.deck_id, tmp_path, monkeypatch, ".csv")
    assert out[True] == out[False]
    rows = list(csv.reader(io.StringIO(out[True][1].decode("utf-8-sig"), newline="")))
    assert rows[1][4] == "a\x1fb"



@pytest.mark.parametrize("position, order", [
    ("100 - position", (4, 3, 1, 0, 2)),  # added last, shown first
    ("position", (0, 1, 3, 4, 2)),  # in the order they were added
    ("CASE WHEN position = 3 THEN 0 ELSE position END", (0, 3, 1, 4, 2)),  # found late
    ("CASE WHEN position = 1 THEN 3 ELSE position END", (0, 1, 3, 4, 2)),  # same position
    ("CASE WHEN position = 4 THEN 1 ELSE position END", (0, 1, 4, 3, 2)),  # in the last batch
])
def test_apkg_notes_come_in_deck_order_either_way(db, tmp_path, monkeypatch, position, order):
    """Deck order is the first card's position, then the note's id, whatever order the notes
    were added in; a note with no card left in the deck comes last with the deck's card
    types."""
    from jpprep.decks.model import DeckData, NoteData

    deck = DeckData(id="order", name="Order", card_types=["recognition", "reading"],
                    notes=[NoteData(id=f"o{i}", expression=f"語{i}") for i in range(5)])
    deck_id = import_deck(db, deck, source="user", now=NOW).deck_id
    with db.session() as s:
        raw = importing._raw(s)
        assert [p for (p,) in raw.execute("SELECT DISTINCT position FROM card ORDER BY note_id")] \
            == [0, 1, 2, 3, 4]
        raw.execute(f"UPDATE card SET position = {position}")
        raw.execute("DELETE FROM card WHERE note_id = (SELECT id FROM note WHERE guid = 'order:o2')")
        s.commit()
    from jpprep.services import export_apkg

    monkeypatch.setattr(export_apkg, "BATCH", 2)  # a note out of order in a later batch
    out = {}
    for fast in (True, False):
        monkeypatch.setattr(importing, "FAST_SQLITE", fast)
        export_deck(db, deck_id, tmp_path / f"{fast}.apkg", now=NOW)
        out[fast] = _apkg_content(tmp_path / f"{fast}.apkg")
    assert out[True] == out[False]
    assert [n[1] for n in out[True]["notes"]] == [f"order:o{i}" for i in order]
    assert len(out[True]["cards"]) == 10

def test_apkg_from_postgresql_is_the_one_sqlite_writes(backend_db, db, tmp_path):
    """PostgreSQL goes through the general path: the same package as SQLite's stream."""
    out = []
    for database in (backend_db, db):
        deck_id = import_deck(database, _tricky_deck(), source="user", now=NOW).deck_id
        path = tmp_path / f"{len(out)}.apkg"
        export_deck(database, deck_id, path, now=NOW)
        out.append(_apkg_content(path))
    assert out[0] == out[1]
    assert len(out[0]["notes"]) == 4 and len(out[0]["cards"]) == 7



ANY = settings(max_examples=30, deadline=None,
               suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
CELLS = st.lists(st.tuples(st.text(max_size=10), st.text(max_size=10), st.text(max_size=10),
                           st.text(max_size=8)), min_size=1, max_size=6)


def _export_both_ways(tmp, cells, suffix: str, read) -> dict:
    """Notes made of `cells` (expression, reading, meaning, tags) imported into a fresh
    database, exported with the SQLite path and the general one: {fast: (report, read(path))}."""
    from jpprep import paths
    from jpprep.decks.model import DeckData, NoteData
    from jpprep.store.db import Database

    paths.configure(data_dir=str(tmp))
    db = Database(f"sqlite:///{tmp / 'x.db'}")
    try:
        notes = [NoteData(id=f"n{i}", expression=e or "語", reading=r, tags=t.split(),
                          meanings={"en": m}) for i, (e, r, m, t) in enumerate(cells)]
        report = import_deck(db, DeckData(id="h", name="H", notes=notes), source="user",
                             now=NOW)
        out = {}
        for fast in (True, False):
            importing.FAST_SQLITE = fast
            path = tmp / f"{fast}{suffix}"
            out[fast] = (export_deck(db, report.deck_id, path, now=NOW).to_dict() | {"path": ""},
                         read(path))
        return out
    finally:
        importing.FAST_SQLITE = True
        db.close()


@ANY
@given(cells=CELLS)
def test_any_text_is_exported_alike_by_both_paths(tmp_path_factory, cells):
    """Whatever the cells hold (commas, quotes, line breaks, a carriage return, the unit
    separator, NUL, empty text), the SQLite path writes the CSV bytes the general path writes."""
    out = _export_both_ways(tmp_path_factory.mktemp("csv"), cells, ".csv", Path.read_bytes)
    assert out[True] == out[False]


@ANY
@given(cells=CELLS)
def test_any_text_makes_the_same_apkg_either_way(tmp_path_factory, cells):
    """Whatever the expression, reading, meaning and tags hold (HTML, quotes, line breaks,
    NUL, U+001F, which Anki uses between fields), the SQLite stream writes the package the
    general path writes."""
    out = _export_both_ways(tmp_path_factory.mktemp("apkg"), cells, ".apkg", _apkg_content)
    assert out[True] == out[False]
