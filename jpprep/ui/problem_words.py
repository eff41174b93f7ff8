"""A deck file's problems as the user reads them: in the interface language.

The readers in jpprep/decks (native decks, CSV/TSV/XLSX, Anki packages) and the importer give
each problem an English message and hint (the CLI and --json print those) and a stable `code`
with plain `params`. `problem_parts(err)` gives the translated (problem, how to fix it) for a
known code, else the English message and hint. File names, column names, ids and sample kana
stay as written, each kept left to right inside an Urdu sentence; counts and row numbers use
the language's digits. A place is a row as Excel shows it (CSV, TSV, .xlsx, notes.csv) or a
line of a text file (deck.toml), as the CLI says it. A spreadsheet's problem names its column
as the file does (the header, or the letter without one: params["column"]), with jpprep's role
after it: "column かな (reading)".

A new code needs a line in both tables below (tests/ui/test_error_text.py checks every code
raised in jpprep/ has one).
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from jpprep.ui import i18n


class ProblemWords(QObject):
    """The translation context of import problems (lupdate reads self.tr() in a class)."""

    def problem(self, code: str) -> str | None:
        return {
            # a row of notes.csv or of a spreadsheet (jpprep/decks/native.py note_from_record)
            "cell_too_long": self.tr("The cell has {chars} characters; the limit is {limit}."),
            "id_empty": self.tr("The id is empty."),
            "id_twice": self.tr("The id “{id}” is used twice (first on row {first})."),
            "kind_unknown": self.tr("The kind “{kind}” is not vocab, kanji or grammar."),
            "expression_empty": self.tr("The Japanese word or sentence is empty."),
            "reading_romaji": self.tr("“{value}” is not kana."),
            "reading_not_kana": self.tr("“{value}” is not kana."),
            "meaning_en_empty": self.tr("The English meaning is empty."),
            "sheet_meaning_en_empty": self.tr("The English meaning is empty."),
            "sheet_word_twice": self.tr("“{word}” is in the file twice (first on row {first})."),
            "level_too_long": self.tr("The level “{level}” is too long."),
            "sector_too_long": self.tr("The sector “{sector}” is too long."),
            "media_name_unsafe": self.tr("“{name}” is not a plain file name."),
            "media_missing": self.tr("“{name}” is not in the media/ folder."),
            "row_too_many_cells": self.tr("The row has {cells} cells, but the first row names "
                                          "{columns} columns."),
            # deck.toml and the deck folder or .jpdeck
            "meta_not_text": self.tr("{key} must be text."),
            "meta_missing": self.tr("{key} is missing."),
            "deck_format_unknown": self.tr("This jpprep cannot read deck format {value} (it reads "
                                           "format 1)."),
            "deck_id_chars": self.tr("The deck id “{value}” may use only lower-case letters, "
                                     "digits, '.', '_' and '-'."),
            "deck_name_empty_part": self.tr("The deck name “{value}” has an empty part between "
                                            "'::'."),
            "languages_not_list": self.tr("languages must be a list of language codes."),
            "card_types_invalid": self.tr("card_types must be a list taken from {known}."),
            "file_not_found": self.tr("There is no such file or folder."),
            "file_kind_unknown": self.tr("jpprep cannot import this kind of file."),
            "jpdeck_no_toml": self.tr("This .jpdeck has no deck.toml."),
            "toml_missing": self.tr("deck.toml is missing."),
            "toml_not_utf8": self.tr("deck.toml is not UTF-8 text."),
            "toml_invalid": self.tr("deck.toml is not valid TOML."),
            "notes_csv_missing": self.tr("notes.csv is missing."),
            "file_not_utf8": self.tr("The file is not UTF-8 text."),
            "csv_unreadable": self.tr("The CSV file cannot be read."),
            "notes_csv_empty": self.tr("notes.csv is empty."),
            "notes_csv_no_column": self.tr("notes.csv has no column “{column}”."),
            "notes_csv_column_twice": self.tr("notes.csv names the column “{column}” twice."),
            # CSV, TSV and Excel files (jpprep/decks/spreadsheet.py)
            "sheet_encoding": self.tr("The file's text encoding is not UTF-8 or Shift_JIS."),
            "xlsx_damaged": self.tr("This Excel file is damaged or cannot be read."),
            "xlsx_no_sheet": self.tr("The workbook has no sheet."),
            "sheet_too_many_rows": self.tr("The file has more than {max} rows."),
            "file_unreadable": self.tr("jpprep cannot read the file ({detail})."),
            "sheet_empty": self.tr("The spreadsheet is empty."),
            "sheet_no_expression_column": self.tr("jpprep cannot tell which column holds the "
                                                  "Japanese words."),
            "sheet_no_meaning_column": self.tr("jpprep cannot tell which column holds the "
                                               "meanings."),
            # archives: .apkg, .jpdeck, .xlsx (jpprep/decks/safezip.py)
            "file_too_big": self.tr("The file is {size_mb} MB, more than the {limit_mb} MB jpprep "
                                    "accepts."),
            "zip_damaged": self.tr("This file is not a zip archive, or it is damaged."),
            "zip_unsafe": self.tr("This archive holds an unsafe entry (a path outside it, a link, "
                                  "or far more data than its size); nothing was imported."),
            # Anki packages (jpprep/decks/anki.py)
            "anki_damaged": self.tr("A part of this Anki package is damaged."),
            "anki_newer": self.tr("This package was made by a newer Anki than jpprep knows."),
            "anki_not_package": self.tr("This is not an Anki package (it has no collection)."),
            "anki_no_notes": self.tr("The package holds no notes."),
            "anki_note_type_missing": self.tr("The note type of this note is missing or has no "
                                              "fields; the note was left out."),
            "anki_guid_twice": self.tr("The GUID “{guid}” appears twice; the second note was "
                                       "left out."),
            "anki_note_too_long": self.tr("The fields of this note hold {chars} characters, more "
                                          "than jpprep accepts; the note was left out."),
            "anki_media_name_unsafe": self.tr("The media file name “{name}” is not safe; the "
                                              "file was left out."),
            # any deck, when it is written (jpprep/services/importing.py import_deck)
            "note_id_twice": self.tr("The note id “{id}” appears twice; the first note was kept "
                                     "and the second left out."),
        }.get(code)

    def fix(self, code: str) -> str | None:
        """How to fix it ('' when there is nothing to say; None for an unknown code)."""
        return {
            "cell_too_long": self.tr("Shorten it; long texts belong in a separate file."),
            "id_empty": self.tr("Give every row an id that is unique in the deck, for example "
                                "taberu."),
            "id_twice": self.tr("Give every row its own id."),
            "kind_unknown": self.tr("Write vocab, kanji or grammar, or leave it empty for vocab."),
            "expression_empty": self.tr("Write the Japanese word or sentence."),
            "reading_romaji": self.tr("Write {kana}, or leave it empty and jpprep makes the "
                                      "reading."),
            "reading_not_kana": self.tr("Write the reading in hiragana, or leave it empty and "
                                        "jpprep makes the reading."),
            "meaning_en_empty": self.tr("Write the English meaning (other languages go in "
                                        "meaning_ur, meaning_ne, …)."),
            "sheet_meaning_en_empty": self.tr("Write the English meaning in this cell."),
            "sheet_word_twice": self.tr("Remove one of the rows, or give each its own reading."),
            "level_too_long": self.tr("Write N5, N4, N3, N2 or N1."),
            "sector_too_long": self.tr("Use a short code such as nursing-care."),
            "media_name_unsafe": self.tr("Write only the file name inside media/, for example "
                                         "taberu.mp3."),
            "media_missing": self.tr("Put the file in media/, or clear the cell."),
            "row_too_many_cells": self.tr("Put quotes around cells that contain commas."),
            "meta_not_text": self.tr("Write {key} = \"...\"."),
            "meta_missing": self.tr("Add a line {key} = \"...\" to deck.toml."),
            "deck_format_unknown": self.tr("Install a newer jpprep, or set format = 1."),
            "deck_id_chars": self.tr("For example id = \"jlpt-n5-verbs\"."),
            "deck_name_empty_part": self.tr("Write it like \"JLPT::N5\"."),
            "languages_not_list": self.tr("For example languages = [\"en\", \"ur\"]."),
            "card_types_invalid": self.tr("For example card_types = [\"recognition\"]."),
            "file_not_found": self.tr("Check the name and the folder it is in."),
            "file_kind_unknown": self.tr("Import a deck folder, .jpdeck, .apkg, .colpkg, .csv, "
                                         ".tsv or .xlsx."),
            "jpdeck_no_toml": self.tr("Zip the deck folder itself (deck.toml, notes.csv and "
                                      "media/)."),
            "toml_missing": self.tr("Every deck folder needs a deck.toml."),
            "toml_not_utf8": self.tr("Save it as UTF-8."),
            "toml_invalid": self.tr("Check the quotes and brackets on that line."),
            "notes_csv_missing": self.tr("Put the notes in notes.csv next to deck.toml."),
            "file_not_utf8": self.tr("Save it as “CSV UTF-8” (in Excel: Save As > CSV UTF-8)."),
            "csv_unreadable": self.tr("Check the quotes in that row."),
            "notes_csv_empty": self.tr("The first line names the columns: "
                                       "id,expression,reading,meaning_en"),
            "notes_csv_no_column": self.tr("The first line must name the columns, at least "
                                           "id,expression,meaning_en."),
            "notes_csv_column_twice": self.tr("Rename or remove one of them."),
            "sheet_encoding": self.tr("Save it as “CSV UTF-8” in Excel or LibreOffice."),
            "xlsx_damaged": self.tr("Open it in Excel and save it again as .xlsx."),
            "xlsx_no_sheet": "",
            "sheet_too_many_rows": self.tr("Split it into smaller decks."),
            "file_unreadable": "",
            "sheet_empty": self.tr("Put one word per row: kanji, kana, meaning."),
            "sheet_no_expression_column": self.tr("Name that column “expression” (or 漢字), or "
                                                  "choose it in the column step."),
            "sheet_no_meaning_column": self.tr("Name that column “meaning_en” (or English), or "
                                               "choose it in the column step."),
            "file_too_big": self.tr("Split it into smaller decks."),
            "zip_damaged": self.tr("Export it again from the program that made it."),
            "zip_unsafe": self.tr("Only import files from people you trust."),
            "anki_damaged": self.tr("Export the deck from Anki again."),
            "anki_newer": self.tr("In Anki, export with “Support older Anki versions” ticked."),
            "anki_not_package": self.tr("Choose an .apkg or .colpkg file from Anki."),
            "anki_no_notes": self.tr("Export the deck with its notes from Anki."),
            "anki_note_type_missing": self.tr("Repair the note type in Anki (Tools > Check "
                                              "Database)."),
            "anki_guid_twice": self.tr("Run Tools > Check Database in Anki and export again."),
            "anki_note_too_long": self.tr("Shorten the note in Anki."),
            "anki_media_name_unsafe": self.tr("Rename the file in Anki's media folder."),
            "note_id_twice": self.tr("Give every note its own id."),
        }.get(code)

    def note(self, guid: str) -> str:
        """An Anki note by its GUID (the field of an Anki package's problem)."""
        return self.tr("note {guid}").format(guid=i18n.ltr(guid))

    def note_place(self, file: str, guid: str) -> str:
        return self.tr("{file}, note {guid}").format(file=i18n.ltr(file), guid=i18n.ltr(guid))

    def place(self, file: str, row: int | None, field: str | None, column: str = "",
              line: int | None = None) -> str:
        """A spreadsheet's row (as Excel shows it) and column, or a text file's line."""
        file = i18n.ltr(file)
        if row is None and line is not None:  # deck.toml: a line of text, not a row
            return self.tr("{file}, line {line}").format(file=file, line=i18n.number(line))
        if row is not None and column and field and not _same(column, field):
            return self.tr("{file}, row {row}, column {column} ({field})").format(
                file=file, row=i18n.number(row), column=i18n.ltr(column), field=i18n.ltr(field))
        field = column or field
        if row is not None and field:
            return self.tr("{file}, row {row}, column {field}").format(
                file=file, row=i18n.number(row), field=i18n.ltr(field))
        if row is not None:
            return self.tr("{file}, row {row}").format(file=file, row=i18n.number(row))
        if column:
            return self.tr("{file}, column {field}").format(file=file, field=i18n.ltr(column))
        if field:  # not a column: a deck.toml key, or the role a sheet has no column for
            return self.tr("{file}, field {field}").format(file=file, field=i18n.ltr(field))
        return file


def _same(column: str, field: str) -> bool:
    return column.strip().lower() == field.strip().lower()


def _value(value) -> str:
    if isinstance(value, bool) or value is None:
        return "" if value is None else str(value)
    if isinstance(value, int):
        return i18n.number(value)
    return i18n.ltr(value)


def is_problem_code(code) -> bool:
    return bool(code) and ProblemWords().problem(code) is not None


def problem_parts(err) -> tuple[str, str]:
    """(what is wrong, how to fix it) in the interface language; the English message and hint
    for an error without a known code."""
    code = getattr(err, "code", None)
    words = ProblemWords()
    what = words.problem(code) if code else None
    fix = words.fix(code) if code else None
    english = (getattr(err, "message", None) or str(err), getattr(err, "hint", None) or "")
    if what is None or fix is None:
        return english
    values = {k: _value(v) for k, v in (getattr(err, "params", None) or {}).items()}
    try:
        return what.format(**values), fix.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation out of step with the raise site
        return english


def _anki_note(err) -> str | None:
    """The GUID of the note an Anki package's problem is about: jpprep/decks/anki.py names
    it in English in the field ("note <guid>", the CLI's words), as the importer does a note
    id that appears twice; None for other problems."""
    code = str(getattr(err, "code", None) or "")
    field = str(getattr(err, "field", None) or "")
    if ((code.startswith("anki_") or code == "note_id_twice") and field.startswith("note ")
            and len(field) > 5):
        return field[5:]
    return None


def problem_place(err, default_file: str = "") -> str:
    """Where: file, row and column as the interface language writes them (an Anki note:
    the file and "note <guid>", the word translated, the GUID as written)."""
    file = getattr(err, "file", None) or default_file
    guid = _anki_note(err)
    if guid is not None:
        return ProblemWords().note_place(str(file), guid)
    return ProblemWords().place(str(file), getattr(err, "row", None), getattr(err, "field", None),
                                _column(err), getattr(err, "line", None))


def _column(err) -> str:
    return str((getattr(err, "params", None) or {}).get("column") or "")


def problem_column(err) -> str:
    """The column as the file names it: a spreadsheet's header (or letter) with jpprep's role
    when they differ, "かな (reading)"; a native deck's column name as it is; an Anki note
    "note <guid>" in the interface language."""
    guid = _anki_note(err)
    if guid is not None:
        return ProblemWords().note(guid)
    column, field = _column(err), getattr(err, "field", None) or ""
    if column and field and not _same(column, field):
        # one left-to-right run: inside an Urdu table cell, two runs and their brackets were
        # measured narrower than drawn ("English …")
        return i18n.ltr(f"{column} ({field})")
    return i18n.ltr(column or field) if column or field else ""


def problem_text(err) -> str:
    """One line: the problem and its fix (no place)."""
    what, fix = problem_parts(err)
    return f"{what} {fix}".strip()
