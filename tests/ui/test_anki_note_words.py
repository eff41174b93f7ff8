"""An Anki package's problem names its note "note <guid>": the word in the interface language,
the GUID as written (one left-to-right run inside Urdu), in the import dialog's problem list
and in the summary's skipped rows."""

from __future__ import annotations

import sqlite3
import zipfile

import pytest

from jpprep.decks.model import DeckData, NoteData
from jpprep.decks.anki_export import export_apkg
from jpprep.ui import i18n, theme
from tests.ui.test_import_dialog import click, open_dialog

NOW = 1_790_000_000_000


@pytest.fixture
def ctx(db, clock, ui_defaults):
    from jpprep.services import profiles
    from jpprep.ui.context import AppContext

    info = profiles.create_profile(db, "Aisha", now=clock())
    return AppContext(db, info.id, info.name, clock, info.settings)


def _twice(tmp_path) -> tuple:
    """A legacy .apkg of three words whose last note repeats the first note's GUID."""
    notes = [NoteData(id=f"w{i}", expression=w, reading=r, meanings={"en": m})
             for i, (w, r, m) in enumerate([("水", "みず", "water"), ("学校", "がっこう", "school"),
                                            ("食べる", "たべる", "to eat")])]
    src = tmp_path / "src.apkg"
    export_apkg(DeckData(id="k", name="Kitchen", card_types=["recognition"], notes=notes), src,
                now=NOW)
    with zipfile.ZipFile(src) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    col = tmp_path / "col.sqlite"
    col.write_bytes(members["collection.anki2"])
    con = sqlite3.connect(col)
    guid = con.execute("select guid from notes order by id limit 1").fetchone()[0]
    con.execute("update notes set guid = ? where id = (select max(id) from notes)", (guid,))
    con.commit()
    con.close()
    members["collection.anki2"] = col.read_bytes()
    dst = tmp_path / "kitchen.apkg"
    with zipfile.ZipFile(dst, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return dst, guid


def _problem_then_summary(qtbot, ctx, tmp_path, lang):
    path, guid = _twice(tmp_path)
    i18n.apply_language(lang)
    theme.apply_font(lang, 100)
    d = open_dialog(qtbot, ctx, path)
    click(qtbot, d.import_button)
    qtbot.waitUntil(lambda: d.current_step() == "problems", timeout=20000)
    field = d.problems_table.item(0, 2).text()
    click(qtbot, d.valid_button)
    qtbot.waitUntil(lambda: d.current_step() == "summary", timeout=20000)
    where = d.skipped_table.item(0, 0).text()
    return d, guid, field, where


def test_the_note_of_an_anki_problem_is_said_in_urdu_with_its_guid_isolated(qtbot, ctx,
                                                                             tmp_path):
    d, guid, field, where = _problem_then_summary(qtbot, ctx, tmp_path, "ur")
    assert field == "نوٹ \u2066" + guid + "\u2069"  # the GUID as written, left to right
    assert "note" not in field
    assert "نوٹ \u2066" + guid + "\u2069" in where and "kitchen.apkg" in where
    assert "note" not in where and "column" not in where.lower()


def test_the_note_of_an_anki_problem_is_said_in_nepali_and_japanese(qtbot, ctx, tmp_path):
    d, guid, field, where = _problem_then_summary(qtbot, ctx, tmp_path, "ne")
    assert field.startswith("नोट ") and guid in field and "note" not in field
    assert where.startswith("\u2066kitchen.apkg\u2069, नोट ") and "स्तम्भ" not in where
    d.close()
    i18n.apply_language("ja")
    from jpprep.decks.model import problem
    from jpprep.ui.problem_words import problem_column, problem_place

    err = problem("the GUID 'x' appears twice", file="a.apkg", field="note Ab1+",
                           code="anki_guid_twice", params={"guid": "Ab1+"})
    assert problem_column(err) == "ノート \u2066Ab1+\u2069"
    assert problem_place(err) == "\u2066a.apkg\u2069、ノート \u2066Ab1+\u2069"
    # a spreadsheet column that happens to be called "note 2" keeps its name
    sheet = problem("empty", file="a.csv", line=3, field="note 2", code="id_empty")
    assert problem_column(sheet) == "\u2066note 2\u2069"
