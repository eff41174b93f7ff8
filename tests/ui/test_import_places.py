"""The import dialog and the CLI name a problem's place with the same words: a spreadsheet's row
as Excel shows it (a cell over several lines is one row; a BOM changes nothing) and its column
by header or letter; deck.toml's line as a line."""

from __future__ import annotations

import shutil
from pathlib import Path

from jpprep.decks.spreadsheet import read_spreadsheet
from tests.ui.test_import_dialog import click, ctx, open_dialog, plain  # noqa: F401  (fixture)

# row 1 the header; row 2's meaning over two lines; row 4 (the file's fifth line) a romaji
# reading; row 5 no meaning
MULTI_LINE = ("漢字,かな,English\n"
              "鍋,なべ,\"a pot\n(for soup)\"\n"
              "水,みず,water\n"
              "包丁,houchou,knife\n"
              "煮る,にる,\n")


def test_the_dialog_names_the_rows_and_columns_the_cli_names(qtbot, ctx, tmp_path):  # noqa: F811
    sheet = tmp_path / "vocab.csv"
    sheet.write_bytes(b"\xef\xbb\xbf" + MULTI_LINE.encode("utf-8"))  # Excel's CSV UTF-8
    cli = [p.where for p in read_spreadsheet(sheet).problems]
    assert cli == ["vocab.csv, row 4, column かな (reading)",
                   "vocab.csv, row 5, column English (meaning_en)"]
    d = open_dialog(qtbot, ctx, sheet)
    assert set(d.preview_problems) == {4, 5}
    click(qtbot, d.import_button)
    qtbot.waitUntil(lambda: d.current_step() == "problems", timeout=20000)
    t = d.problems_table
    assert plain(t.horizontalHeaderItem(1).text()) == "Row"
    assert [plain(t.item(r, 1).text()) for r in range(t.rowCount())] == ["4", "5"]
    click(qtbot, d.valid_button)
    qtbot.waitUntil(lambda: d.current_step() == "summary", timeout=20000)
    said = [plain(d.skipped_table.item(r, 0).text()) for r in range(d.skipped_table.rowCount())]
    assert said == cli


def test_an_xlsx_row_is_the_sheets_row_in_both(qtbot, ctx, tmp_path):  # noqa: F811
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A2"], ws["B2"], ws["C2"] = "単語", "読み", "意味"  # row 1 left empty for a title
    ws["A3"], ws["B3"], ws["C3"] = "鍋", "なべ", "pot"
    ws["A5"], ws["B5"], ws["C5"] = "包丁", "houchou", "knife"  # row 4 empty
    wb.save(tmp_path / "w.xlsx")
    (cli,) = [p.where for p in read_spreadsheet(tmp_path / "w.xlsx").problems]
    assert cli == "w.xlsx, row 5, column 読み (reading)"
    d = open_dialog(qtbot, ctx, tmp_path / "w.xlsx")
    click(qtbot, d.import_button)
    qtbot.waitUntil(lambda: d.current_step() == "problems", timeout=20000)
    assert plain(d.problems_table.item(0, 1).text()) == "5"
    click(qtbot, d.valid_button)
    qtbot.waitUntil(lambda: d.current_step() == "summary", timeout=20000)
    assert plain(d.skipped_table.item(0, 0).text()) == cli


def test_a_deck_toml_problem_is_on_a_line_in_both(qtbot, ctx, tmp_path):  # noqa: F811
    from jpprep.decks.native import read_deck
    from jpprep.errors import ImportFileError
    from jpprep.ui.error_text import error_text

    deck = tmp_path / "kitchen"
    shutil.copytree(Path(__file__).parents[1] / "decks" / "data" / "sample-deck", deck)
    (deck / "deck.toml").write_text('id = "x"\nname = "oops\n', encoding="utf-8")
    try:
        read_deck(deck)
    except ImportFileError as exc:
        err = exc
    assert err.where == "kitchen/deck.toml, line 2"
    assert plain(error_text(err)).endswith("\nkitchen/deck.toml, line 2")
    d = open_dialog(qtbot, ctx, deck)
    click(qtbot, d.import_button)
    qtbot.waitUntil(lambda: d.current_step() == "problems", timeout=20000)
    t = d.problems_table
    assert plain(t.horizontalHeaderItem(1).text()) == "Line"
    assert plain(t.item(0, 1).text()) == "2"


def test_a_place_that_is_no_column_is_a_field_in_both(qapp, tmp_path):
    """A deck.toml key, or the role a sheet has no column for: the CLI says 'field', and so
    does the dialog (it said 'column name', a column deck.toml does not have)."""
    from jpprep.decks.model import DeckProblemsError
    from jpprep.decks.native import read_deck
    from jpprep.errors import ImportFileError
    from jpprep.ui import i18n
    from jpprep.ui.problem_words import problem_place

    deck = tmp_path / "kitchen"
    shutil.copytree(Path(__file__).parents[1] / "decks" / "data" / "sample-deck", deck)
    text = (deck / "deck.toml").read_text(encoding="utf-8")
    (deck / "deck.toml").write_text(
        "\n".join("name = 3" if line.startswith("name") else line
                  for line in text.splitlines()) + "\n", encoding="utf-8")
    try:
        read_deck(deck)
    except DeckProblemsError as exc:
        (key,) = exc.problems
    assert key.where == "kitchen/deck.toml, field name"
    sheet = tmp_path / "n.csv"
    sheet.write_text("a,b\n1,2\n", encoding="utf-8")
    try:
        read_spreadsheet(sheet)
    except ImportFileError as exc:
        role = exc
    assert role.where == "n.csv, field expression"
    i18n.apply_language("en")
    assert [plain(problem_place(e)) for e in (key, role)] == [key.where, role.where]
    i18n.apply_language("ur")
    try:
        assert plain(problem_place(key)) == "kitchen/deck.toml، خانہ name"
    finally:
        i18n.apply_language("en")
