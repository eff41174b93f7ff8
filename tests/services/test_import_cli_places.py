"""`jpprep import` and `jpprep deck check` name a spreadsheet's places as Excel shows them and
as the import dialog says them: "row N" (the spreadsheet's row, not a line of its text) and the
column by its header or, without one, its letter; --json gives `row` (and `line` only for a
text file's line). --map takes those letters too."""

from __future__ import annotations

import json

from sqlalchemy import select

from jpprep.cli import main

# row 2's meaning is written over two lines; row 4 (the file's fifth line) has a romaji reading
MULTI_LINE = ("漢字,かな,English\n"
              "鍋,なべ,\"a pot\n(for soup)\"\n"
              "水,みず,water\n"
              "包丁,houchou,knife\n")


def _notes() -> dict:
    from jpprep import paths
    from jpprep.store.db import Database
    from jpprep.store.models import Note

    db = Database(paths.database_url())
    try:
        with db.session() as s:
            return {n.expression: (n.reading, n.meanings.get("en")) for n in s.scalars(select(Note))}
    finally:
        db.close()


def test_a_problem_names_the_spreadsheet_row_not_the_text_line(tmp_path, capsys):
    sheet = tmp_path / "vocab.csv"
    sheet.write_bytes(b"\xef\xbb\xbf" + MULTI_LINE.encode("utf-8"))  # Excel's CSV UTF-8
    assert main(["import", str(sheet)]) == 1
    err = capsys.readouterr().err
    assert "vocab.csv, row 4, column かな (reading): 'houchou' is not kana" in err
    assert "line" not in err
    assert main(["deck", "check", str(sheet), "--json"]) == 1
    (p,) = json.loads(capsys.readouterr().out)["problems"]
    assert (p["row"], p["line"], p["field"], p["column"]) == (4, None, "reading", "かな")


def test_a_deck_toml_problem_keeps_its_line(tmp_path, capsys):
    deck = tmp_path / "deck"
    deck.mkdir()
    (deck / "deck.toml").write_text('id = "x"\nname = "oops\n', encoding="utf-8")
    (deck / "notes.csv").write_text("id,expression,meaning_en\nmizu,水,water\n", encoding="utf-8")
    assert main(["deck", "check", str(deck)]) == 2
    assert "deck.toml, line 2: deck.toml is not valid TOML" in capsys.readouterr().err


def test_map_takes_the_letters_problems_name_columns_by(tmp_path, capsys):
    bare = tmp_path / "bare.csv"  # no header: problems say "column C"
    bare.write_text("鍋,pot,なべ,pan\n包丁,knife,ほうちょう,cleaver\n", encoding="utf-8")
    assert main(["deck", "check", str(bare)]) == 0
    assert "columns: expression <- A, meaning_en <- B, reading <- C" in capsys.readouterr().out
    assert main(["import", str(bare), "--map", "meaning_en=d", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["added"] == 2
    assert _notes() == {"鍋": ("なべ", "pan"), "包丁": ("ほうちょう", "cleaver")}  # column D


def test_map_takes_two_letter_columns(tmp_path, capsys):
    wide = tmp_path / "wide.csv"
    filler = "," * 24
    wide.write_text(f"鍋,なべ{filler},x,pot\n包丁,ほうちょう{filler},y,knife\n", encoding="utf-8")
    assert main(["import", str(wide), "--map", "meaning_en=AB", "--json"]) == 0
    assert _notes() == {"鍋": ("なべ", "pot"), "包丁": ("ほうちょう", "knife")}


def test_a_header_name_still_works_and_wins_over_a_letter(tmp_path, capsys):
    sheet = tmp_path / "odd.csv"
    sheet.write_text("漢字,A,English\n鍋,なべ,pot\n", encoding="utf-8")
    assert main(["deck", "check", str(sheet), "--map", "reading=a", "--map",
                 "meaning_en=english"]) == 0
    assert "reading <- A" in capsys.readouterr().out  # the header "A" (column B), not column A
    assert main(["import", str(sheet), "--map", "reading=A", "--json"]) == 0
    assert _notes() == {"鍋": ("なべ", "pot")}


def test_an_unknown_column_names_the_file_and_its_columns(tmp_path, capsys):
    bare = tmp_path / "bare.csv"
    bare.write_text("鍋,pot,なべ\n", encoding="utf-8")
    assert main(["import", str(bare), "--map", "reading=D"]) == 2
    err = capsys.readouterr().err
    assert "bare.csv" in err and "--map 'reading=D': the file has no column 'D'." in err
    assert "Its columns: A, B, C." in err
    sheet = tmp_path / "vocab.csv"
    sheet.write_text("漢字,かな,English\n鍋,なべ,pot\n", encoding="utf-8")
    assert main(["deck", "check", str(sheet), "--map", "reading=Yomi"]) == 2
    err = capsys.readouterr().err
    assert "vocab.csv" in err and "no column 'Yomi'" in err
    assert "Its columns: A (漢字), B (かな), C (English)." in err
    assert _notes() == {}
