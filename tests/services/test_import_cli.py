"""`jpprep import`, `jpprep export`, `jpprep deck list|check`: summaries, JSON, problems."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from jpprep.cli import main

SAMPLE = Path(__file__).parents[1] / "decks" / "data" / "sample-deck"


def _bad_deck(tmp_path) -> Path:
    bad = tmp_path / "bad"
    shutil.copytree(SAMPLE, bad)
    with open(bad / "notes.csv", "a", encoding="utf-8") as fh:
        fh.write("taberu,vocab,食べる,taberu,to eat,,,,,,,\n")
    return bad


def test_import_prints_summary_and_json(capsys):
    assert main(["import", str(SAMPLE)]) == 0
    out = capsys.readouterr().out
    assert "Test::Kitchen words: 4 added, 0 updated" in out
    assert main(["import", str(SAMPLE), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["ok"] and data["added"] == 0 and data["unchanged"] == 4


def test_import_with_problems_writes_nothing_unless_valid_only(tmp_path, capsys):
    bad = _bad_deck(tmp_path)
    assert main(["import", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "nothing was imported" in err and "row 6, column reading" in err
    assert "--valid-only to import the 4 valid rows" in err
    assert main(["deck", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["import", str(bad), "--valid-only", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["added"] == 4 and len(data["skipped"]) == 1
    assert "たべる" in data["skipped"][0]["reason"]


def test_check_lists_problems_as_json(tmp_path, capsys):
    assert main(["deck", "check", str(_bad_deck(tmp_path)), "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["valid_rows"] == 4
    first = data["problems"][0]
    assert (first["row"], first["line"], first["field"]) == (6, None, "reading")


def test_export_by_name_and_unknown_deck(tmp_path, capsys):
    main(["import", str(SAMPLE)])
    capsys.readouterr()
    out = tmp_path / "k.apkg"
    assert main(["export", "Test::Kitchen words", "--to", str(out)]) == 0
    assert "4 notes, 8 cards, 1 media files" in capsys.readouterr().out and out.exists()
    assert main(["export", "No such deck", "--to", str(tmp_path / "x.apkg")]) == 2
    assert "there is no deck" in capsys.readouterr().err
    # part of the name: the decks that contain it are offered
    assert main(["export", "kitchen", "--to", str(tmp_path / "x.apkg")]) == 2
    assert 'Did you mean "Test::Kitchen words"?' in capsys.readouterr().err


def test_map_corrects_the_guessed_columns(tmp_path, capsys):
    from sqlalchemy import select

    from jpprep import paths
    from jpprep.store.db import Database
    from jpprep.store.models import Note

    sheet = tmp_path / "kitchen.csv"
    sheet.write_text("expression,gloss,definition\n鍋,pot,a deep round container for cooking\n"
                     "包丁,knife,a knife for cutting food\n", encoding="utf-8")
    assert main(["deck", "check", str(sheet)]) == 0
    assert "meaning_en <- gloss" in capsys.readouterr().out  # the guess
    assert main(["deck", "check", str(sheet), "--map", "meaning_en=definition"]) == 0
    assert "meaning_en <- definition" in capsys.readouterr().out
    assert main(["import", str(sheet), "--map", "meaning_en=3", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["added"] == 2
    db = Database(paths.database_url())
    try:
        with db.session() as s:
            note = s.scalars(select(Note).where(Note.expression == "鍋")).one()
            assert note.meanings == {"en": "a deep round container for cooking"}
            assert note.extra["gloss"] == "pot"  # the other column is kept with the note
    finally:
        db.close()
    assert main(["import", str(sheet), "--map", "meaning_en=Urdu"]) == 2
    assert "no column 'Urdu'" in capsys.readouterr().err


def test_a_path_that_is_not_there_or_has_no_extension_is_said_plainly(tmp_path, capsys):
    assert main(["import", str(tmp_path / "jlpt-n5-vocab")]) == 2
    assert "there is no such file or folder" in capsys.readouterr().err
    (tmp_path / "notes").write_text("a,b\n", encoding="utf-8")
    assert main(["import", str(tmp_path / "notes")]) == 2
    assert "cannot import files without an extension" in capsys.readouterr().err


def test_sheet_problems_name_the_column_as_the_file_does(tmp_path, capsys):
    """Not 'field reading' (a name the file does not have) but its header, with the role;
    --json keeps field as jpprep's name and adds the file's column (a deck folder's
    notes.csv: its header, which is jpprep's name)."""
    sheet = tmp_path / "vocab.csv"
    sheet.write_text("漢字,かな,English\n鍋,なべ,pot\n包丁,houchou,knife\n", encoding="utf-8")
    assert main(["import", str(sheet)]) == 1
    err = capsys.readouterr().err
    assert "vocab.csv, row 3, column かな (reading): 'houchou' is not kana" in err
    assert main(["deck", "check", str(sheet), "--json"]) == 1
    (p,) = json.loads(capsys.readouterr().out)["problems"]
    assert (p["row"], p["line"], p["field"], p["column"]) == (3, None, "reading", "かな")
    bare = tmp_path / "bare.csv"
    bare.write_text("鍋,なべ,pot\n皿,さら,plate\n包丁,houchou,knife\n水,みず,\n", encoding="utf-8")
    assert main(["deck", "check", str(bare)]) == 1
    out = capsys.readouterr().out
    assert "bare.csv, row 3, column B (reading)" in out
    assert "row 4, column C (meaning_en): the English meaning is empty. Write the English " \
           "meaning in this cell." in out
    assert main(["deck", "check", str(_bad_deck(tmp_path)), "--json"]) == 1
    assert json.loads(capsys.readouterr().out)["problems"][0]["column"] == "reading"
