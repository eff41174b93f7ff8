"""A spreadsheet's problem names the row Excel and LibreOffice show for the file, not a line of
its text: the header is row 1, a BOM changes nothing, a cell written over several lines (in
quotes) is one row, an empty line is an empty row, and an .xlsx row is the sheet's own row.
deck.toml is a text file: its problems keep the line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from jpprep.decks.native import read_deck
from jpprep.decks.spreadsheet import read_spreadsheet
from jpprep.errors import ImportFileError

SAMPLE = Path(__file__).parent / "data" / "sample-deck"

# row 1 the header; row 2 a cell over two lines; row 3 an empty line; row 4 the romaji reading,
# on the file's fifth line
MULTI_LINE = ("漢字,かな,English\n"
              "鍋,なべ,\"a pot\n(for soup)\"\n"
              "\n"
              "包丁,houchou,knife\n")


def _places(path) -> list[tuple]:
    return [(p.row, p.line, p.params.get("column")) for p in read_spreadsheet(path).problems]


def test_a_csv_with_a_header_counts_the_header_as_row_1(tmp_path):
    path = tmp_path / "vocab.csv"
    path.write_text("漢字,かな,English\n鍋,なべ,pot\n包丁,houchou,knife\n", encoding="utf-8")
    assert _places(path) == [(3, None, "かな")]
    assert str(read_spreadsheet(path).problems[0]).startswith("vocab.csv, row 3, column かな")


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16"])
def test_a_byte_order_mark_changes_no_row(tmp_path, encoding):
    path = tmp_path / "excel.csv"  # Excel's "CSV UTF-8" and "Unicode text" start with one
    path.write_text("漢字,かな,English\n鍋,なべ,pot\n包丁,houchou,knife\n", encoding=encoding)
    assert _places(path) == [(3, None, "かな")]


def test_a_cell_over_several_lines_is_one_row(tmp_path):
    path = tmp_path / "notes.csv"
    path.write_text(MULTI_LINE, encoding="utf-8")
    assert _places(path) == [(4, None, "かな")]  # the file's fifth line, Excel's row 4
    assert "row 4, column かな (reading)" in str(read_spreadsheet(path).problems[0])


def test_a_repeated_word_names_the_row_it_was_first_on(tmp_path):
    path = tmp_path / "twice.csv"
    path.write_text("漢字,かな,English\n鍋,なべ,\"pot\nor pan\"\n水,みず,water\n鍋,,pot\n",
                    encoding="utf-8")
    (twice,) = read_spreadsheet(path).problems
    assert (twice.row, twice.params["first"]) == (4, 2)
    assert "(first on row 2)" in str(twice)


def test_an_xlsx_problem_names_the_sheets_own_row(tmp_path):
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws["B3"], ws["C3"], ws["D3"] = "単語", "読み", "意味"  # a title area left empty above
    ws["B4"], ws["C4"], ws["D4"] = "鍋", "なべ", "pot"
    ws["B6"], ws["C6"], ws["D6"] = "包丁", "houchou", "knife\n(for the kitchen)"  # row 5 empty
    wb.save(tmp_path / "w.xlsx")
    assert _places(tmp_path / "w.xlsx") == [(6, None, "読み")]


def test_bytes_that_are_no_text_are_placed_in_their_row(tmp_path):
    path = tmp_path / "mixed.csv"
    path.write_bytes(MULTI_LINE.replace("houchou", "ほう").encode("utf-8")[:-1]
                     + b"\n\xe6\xb0\xb4,\x85\x40,water\n")  # neither UTF-8 nor Shift_JIS
    with pytest.raises(ImportFileError) as info:
        read_spreadsheet(path)
    assert (info.value.row, info.value.line) == (5, None)  # the file's sixth line
    assert str(info.value).startswith("mixed.csv, row 5: ")


def test_a_deck_folder_names_notes_csv_rows_and_deck_toml_lines(tmp_path):
    deck = tmp_path / "deck"
    shutil.copytree(SAMPLE, deck)
    text = (deck / "notes.csv").read_text(encoding="utf-8")
    header = text.splitlines()[0]
    cells = header.count(",")
    (deck / "notes.csv").write_text(
        header + "\n" + "nabe,vocab,鍋,なべ,pot" + "," * (cells - 5) + "\n"
        + "\"tabe\nru\",vocab,食べる,taberu,to eat" + "," * (cells - 5) + "\n", encoding="utf-8")
    (problem,) = read_deck(deck, strict=False).problems
    assert (problem.row, problem.line, problem.field) == (3, None, "reading")
    assert str(problem).startswith("deck/notes.csv, row 3, column reading: ")
    (deck / "deck.toml").write_text('id = "x"\nname = "oops\n', encoding="utf-8")
    with pytest.raises(ImportFileError) as info:
        read_deck(deck)
    assert (info.value.line, info.value.row) == (2, None)
    assert str(info.value).startswith("deck/deck.toml, line 2: ")
