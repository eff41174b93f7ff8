"""A deck file's problems in the interface language (jpprep.ui.problem_words): the import
dialog's list, its preview and its summary, and a single import error, in Urdu and Nepali, still
naming the file, the row and the column and keeping sample kana and file names as written.
The CLI keeps its English (str(error))."""

from __future__ import annotations

import re

import pytest

from jpprep.errors import ImportFileError
from jpprep.ui import i18n, theme
from jpprep.ui.error_text import error_text
from jpprep.ui.problem_words import problem_parts
from tests.ui.test_import_dialog import BAD_CSV, click, open_dialog

URDU = re.compile("[\u0600-\u06ff]")
DEVANAGARI = re.compile("[\u0900-\u097f]")
ISOLATES = "\u2066\u2069\u202a\u202c\u200e\u200f"


def _plain(text: str) -> str:
    return "".join(c for c in text if c not in ISOLATES)


@pytest.fixture
def ctx(db, clock, ui_defaults):
    from jpprep.services import profiles
    from jpprep.ui.context import AppContext

    info = profiles.create_profile(db, "Aisha", now=clock())
    return AppContext(db, info.id, info.name, clock, info.settings)


def _problems(qtbot, ctx, tmp_path, lang):
    i18n.apply_language(lang)
    theme.apply_font(lang, 100)
    p = tmp_path / "kitchen.csv"
    p.write_text(BAD_CSV, encoding="utf-8")
    d = open_dialog(qtbot, ctx, p)
    click(qtbot, d.import_button)
    qtbot.waitUntil(lambda: d.current_step() == "problems", timeout=20000)
    t = d.problems_table
    rows = [[_plain(t.item(r, c).text()) for c in range(5)] for r in range(t.rowCount())]
    return d, rows


def test_import_problems_in_urdu_name_file_row_and_column(qtbot, ctx, tmp_path, screenshot):
    d, rows = _problems(qtbot, ctx, tmp_path, "ur")
    reading, meaning = rows
    # the column as the file's header names it, with jpprep's role
    assert reading[:3] == ["kitchen.csv", "3", "かな (reading)"]
    assert reading[3] == "“houchou” کانا نہیں ہے۔"  # the sample as written, the sentence in Urdu
    assert "ほうちょう" in reading[4] and "jpprep" in reading[4] and URDU.search(reading[4])
    assert meaning[:3] == ["kitchen.csv", "5", "English (meaning_en)"]
    assert meaning[3] == "انگریزی معنی خالی ہے۔"
    assert meaning[4] == "اس خانے میں انگریزی معنی لکھیں۔"  # not notes.csv's meaning_ur, …
    assert d.problems_table.horizontalHeaderItem(2).text() == "کالم"
    assert "not kana" not in " ".join(reading)
    assert "not kana" in d.problems_table.item(0, 3).toolTip()  # the CLI's English, for a teacher
    screenshot(d, "import_problems_ur")
    click(qtbot, d.valid_button)
    qtbot.waitUntil(lambda: d.current_step() == "summary", timeout=20000)
    where = _plain(d.skipped_table.item(0, 0).text())
    why = _plain(d.skipped_table.item(0, 1).text())
    assert where == "kitchen.csv، قطار 3، کالم かな (reading)"
    assert "ほうちょう" in why and URDU.search(why)


def test_import_problems_in_nepali_with_nepali_row_numbers(qtbot, ctx, tmp_path, screenshot):
    d, rows = _problems(qtbot, ctx, tmp_path, "ne")
    reading, meaning = rows
    assert reading[:3] == ["kitchen.csv", "३", "かな (reading)"]
    assert reading[3] == "“houchou” काना होइन।"
    assert reading[4].startswith("ほうちょう लेख्नुहोस्")
    assert meaning[1:3] == ["५", "English (meaning_en)"] and DEVANAGARI.search(meaning[3])
    screenshot(d, "import_problems_ne")


def test_a_sheet_without_header_names_its_columns_by_letter_in_urdu(qtbot, ctx, tmp_path):
    i18n.apply_language("ur")
    p = tmp_path / "bare.csv"
    p.write_text("鍋,なべ,pot\n皿,さら,plate\n包丁,houchou,knife\n水,みず,water\n",
                 encoding="utf-8")
    d = open_dialog(qtbot, ctx, p)
    assert d.mapping_grid.itemAtPosition(1, 0).widget().text() == "کالم B"
    click(qtbot, d.import_button)
    qtbot.waitUntil(lambda: d.current_step() == "problems", timeout=20000)
    t = d.problems_table
    assert [_plain(t.item(0, c).text()) for c in range(3)] == ["bare.csv", "3", "B (reading)"]
    click(qtbot, d.valid_button)
    qtbot.waitUntil(lambda: d.current_step() == "summary", timeout=20000)
    assert _plain(d.skipped_table.item(0, 0).text()) == "bare.csv، قطار 3، کالم B (reading)"


def test_the_preview_marks_rows_in_the_interface_language(qtbot, ctx, tmp_path):
    i18n.apply_language("vi")
    p = tmp_path / "kitchen.csv"
    p.write_text(BAD_CSV, encoding="utf-8")
    d = open_dialog(qtbot, ctx, p)
    said = _plain(d.preview_problems[3])
    assert said.startswith("かな (reading): “houchou” không phải là kana.")
    assert "ほうちょう" in said
    d.set_role(2, "")  # no meaning column left: the whole file cannot be imported
    qtbot.waitUntil(lambda: not d.import_button.isEnabled(), timeout=20000)
    assert "jpprep không xác định được cột nào chứa nghĩa." in d.preview_status.text()


def test_a_file_error_is_said_in_japanese_with_its_place_and_english_for_the_cli(qapp, tmp_path):
    from jpprep.services.importing import read_file

    bad = tmp_path / "vocab.csv"
    bad.write_bytes(b"kanji,kana,English\n\x81\xff\xfe\n")
    with pytest.raises(ImportFileError) as exc:
        read_file(bad)
    assert "not UTF-8 or Shift_JIS" in str(exc.value)  # the CLI's words stay English
    i18n.apply_language("ja")
    try:
        text = _plain(error_text(exc.value))
    finally:
        i18n.apply_language("en")
    assert text.startswith("このファイルの文字コードは UTF-8 でも Shift_JIS でもありません。")
    assert text.endswith("vocab.csv、2 行目")


def test_a_code_out_of_step_with_its_params_falls_back_to_english(qapp):
    from jpprep.decks.model import problem

    odd = problem("'x' is not kana;", file="a.csv", line=2, field="reading", hint="write it.",
                  code="reading_romaji", params={"value": "x"})  # no "kana"
    i18n.apply_language("ur")
    try:
        assert problem_parts(odd) == ("'x' is not kana;", "write it.")
    finally:
        i18n.apply_language("en")


def test_a_damaged_anki_package_is_said_in_nepali_in_the_dialog(qtbot, ctx, tmp_path):
    from jpprep.ui import i18n as ui_i18n

    bad = tmp_path / "kanji.apkg"
    bad.write_bytes(b"this is not a zip file at all")
    ui_i18n.apply_language("ne")
    d = open_dialog(qtbot, ctx, bad)
    click(qtbot, d.import_button)
    qtbot.waitUntil(lambda: d.current_step() == "problems", timeout=20000)
    t = d.problems_table
    cells = [_plain(t.item(0, c).text()) for c in range(5)]
    assert cells[0].endswith("kanji.apkg")
    assert cells[3] == "यो फाइल zip अभिलेख होइन, वा बिग्रेको छ।"
    assert cells[4] == "यसलाई बनाउने प्रोग्रामबाट फेरि निर्यात गर्नुहोस्।"
