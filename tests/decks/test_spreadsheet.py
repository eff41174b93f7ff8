"""Spreadsheets: encodings Excel writes, .xlsx, the column guess and its preview."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from jpprep.decks.spreadsheet import read_spreadsheet
from jpprep.errors import ImportFileError
from jpprep.services.importing import guess_columns, import_file
from jpprep.store.models import Note

SHEET = Path(__file__).parent / "data" / "sheets" / "kitchen.csv"
ROWS = [["鍋", "なべ", "pot"], ["包丁", "ほうちょう", "kitchen knife"], ["皿", "さら", "plate"]]
NOW = 1_790_000_000_000


def test_guess_by_header_names_with_preview_furigana():
    g = guess_columns(SHEET)
    assert g.mapping == {"expression": 0, "reading": 1, "meaning_en": 2, "meaning_ur": 3}
    assert g.preview[0]["furigana"] == [("鍋", "なべ")]
    # no reading given: the preview still shows furigana from the engine
    assert g.preview[2]["reading"] == "" and ("煮", "に") in g.preview[2]["furigana"]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp932", "shift_jis", "utf-16"])
def test_encodings_excel_writes_without_header(tmp_path, encoding):
    path = tmp_path / "words.csv"
    path.write_bytes("\r\n".join(",".join(r) for r in ROWS).encode(encoding))
    g = guess_columns(path)
    assert not g.has_header and g.mapping == {"expression": 0, "reading": 1, "meaning_en": 2}
    deck = read_spreadsheet(path)
    assert [n.expression for n in deck.notes] == ["鍋", "包丁", "皿"]
    assert deck.notes[1].reading == "ほうちょう" and deck.notes[2].meanings == {"en": "plate"}


def test_tsv_and_columns_in_another_order(tmp_path):
    path = tmp_path / "w.tsv"
    path.write_text("meaning\treading\tword\npot\tなべ\t鍋\n", encoding="utf-8")
    deck = read_spreadsheet(path)
    assert (deck.notes[0].expression, deck.notes[0].reading) == ("鍋", "なべ")


def test_xlsx(tmp_path):
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.append(["単語", "読み", "意味", "JLPT"])
    for r in ROWS:
        wb.active.append(r + ["N5"])
    wb.save(tmp_path / "w.xlsx")
    deck = read_spreadsheet(tmp_path / "w.xlsx")
    assert len(deck.notes) == 3 and deck.notes[0].level == "N5"


def test_corrected_mapping_and_reimport_updates(db, tmp_path):
    path = tmp_path / "w.csv"
    path.write_text("a,b,c\n鍋,pot,なべ\n", encoding="utf-8")
    mapping = {"expression": 0, "meaning_en": 1, "reading": 2}
    assert import_file(db, path, now=NOW, mapping=mapping).added == 1
    path.write_text("a,b,c\n鍋,cooking pot,なべ\n", encoding="utf-8")
    report = import_file(db, path, now=NOW, mapping=mapping)
    assert (report.added, report.updated) == (0, 1)
    with db.session() as s:
        assert s.scalars(select(Note)).one().meanings == {"en": "cooking pot"}


def test_bad_rows_are_named_and_unmappable_files_refused(tmp_path):
    path = tmp_path / "w.csv"
    path.write_text("kanji,reading,english\n食べる,taberu,to eat\n鍋,なべ,\n", encoding="utf-8")
    deck = read_spreadsheet(path)
    assert [(p.row, p.field) for p in deck.problems] == [(2, "reading"), (3, "meaning_en")]
    assert "write たべる" in str(deck.problems[0])
    (tmp_path / "n.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="Japanese words"):
        read_spreadsheet(tmp_path / "n.csv")


def test_huge_csv_is_refused_before_reading(tmp_path):
    path = tmp_path / "big.csv"
    with open(path, "wb") as fh:
        fh.seek(100 * 1024 * 1024)
        fh.write(b"\n")
    with pytest.raises(ImportFileError, match="MB"):
        guess_columns(path)


def test_a_problem_names_the_column_as_the_file_does(tmp_path):
    """The user's header ("かな"), or the letter Excel shows without a header; jpprep's role
    stays in `field` for --json, and the fix speaks of the cell, not of notes.csv's names."""
    path = tmp_path / "vocab.csv"
    path.write_text("漢字,かな,English\n鍋,なべ,pot\n包丁,houchou,knife\n水,みず,\n",
                    encoding="utf-8")
    reading, meaning = read_spreadsheet(path).problems
    assert (reading.row, reading.field, reading.params["column"]) == (3, "reading", "かな")
    assert str(reading).startswith("vocab.csv, row 3, column かな (reading): 'houchou'")
    assert (meaning.field, meaning.params["column"]) == ("meaning_en", "English")
    assert "meaning_ur" not in str(meaning) and "in this cell" in str(meaning)
    bare = tmp_path / "bare.csv"
    bare.write_text("鍋,なべ,pot\n皿,さら,plate\n包丁,houchou,knife\n水,みず,water\n",
                    encoding="utf-8")
    (p,) = read_spreadsheet(bare).problems
    assert (p.row, p.field, p.params["column"]) == (3, "reading", "B")
    assert "row 3, column B (reading)" in str(p)


def test_xlsx_problems_name_the_header_and_a_repeated_word(tmp_path):
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.append(["単語", "読み", "意味"])
    for row in (["鍋", "なべ", "pot"], ["", "さら", "plate"], ["鍋", "", "pan"]):
        wb.active.append(row)
    wb.save(tmp_path / "w.xlsx")
    empty, twice = read_spreadsheet(tmp_path / "w.xlsx").problems  # no second "id is empty"
    assert (empty.row, empty.code, empty.params["column"]) == (3, "expression_empty", "単語")
    # without an id column the id is the word: said as the word twice, in the word's column
    assert (twice.row, twice.field, twice.code) == (4, "expression", "sheet_word_twice")
    assert twice.params == {"word": "鍋", "first": 2, "column": "単語"}
    assert "'鍋' is in the file twice (first on row 2)" in str(twice)
