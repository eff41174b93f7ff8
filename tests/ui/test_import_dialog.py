"""The import dialog: column mapping with a furigana preview, every problem listed with its row
and field, 'import the valid rows' or cancel (nothing written), the summary, Anki history."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from sqlalchemy import func, select

from jpprep.store.models import Note, Review

BAD_CSV = """漢字,かな,English,Urdu
鍋,なべ,pot,دیگچی
包丁,houchou,kitchen knife,چھری
煮る,,to simmer,ابالنا
水,みず,,پانی
"""


@pytest.fixture
def ctx(db, clock, ui_defaults):
    from jpprep.services import profiles
    from jpprep.ui import i18n
    from jpprep.ui.context import AppContext

    i18n.apply_language("en")  # English plural forms ("2 rows")

    info = profiles.create_profile(db, "Aisha", now=clock())
    return AppContext(db, info.id, info.name, clock, info.settings)


@pytest.fixture
def bad_csv(tmp_path) -> Path:
    p = tmp_path / "kitchen.csv"
    p.write_text(BAD_CSV, encoding="utf-8")
    return p


def open_dialog(qtbot, ctx, path):
    from jpprep.ui.import_dialog import ImportDialog

    d = ImportDialog(ctx, path)
    qtbot.addWidget(d)
    d.resize(820, 560)
    d.show()
    qtbot.waitExposed(d)
    qtbot.waitUntil(lambda: d.current_step() != "loading", timeout=20000)
    return d


def plain(text: str) -> str:
    """Without the marks that keep names left to right inside a sentence."""
    return "".join(c for c in text if c not in "\u2066\u2069\u202a\u202c\u200e\u200f")


def click(qtbot, button):
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def notes(db) -> dict[str, dict]:
    with db.session() as s:
        return {n.expression: {"reading": n.reading, "meanings": dict(n.meanings)}
                for n in s.scalars(select(Note))}


def test_mapping_step_shows_guess_and_furigana_preview(qtbot, ctx, bad_csv):
    d = open_dialog(qtbot, ctx, bad_csv)
    assert d.current_step() == "options"
    assert d.mapping() == {"expression": 0, "reading": 1, "meaning_en": 2, "meaning_ur": 3}
    assert d.combos[0].currentText() == "Japanese (kanji)"
    views = d.preview_views
    assert [v.plainText() for v in views[:3]] == ["鍋", "包丁", "煮る"]
    assert views[0].visibleReadings() == ["なべ"]
    assert views[2].visibleReadings() == ["に"]  # no reading in the sheet: the engine's
    assert set(d.preview_problems) == {3, 5}  # the romaji reading, the missing meaning
    assert "reading" in d.preview_problems[3] and "meaning_en" in d.preview_problems[5]
    assert d.preview_status.text().lstrip("\u200e") == "2 rows can be imported; the others have problems (marked ⚠)."


def test_a_mapping_without_meanings_cannot_be_imported(qtbot, ctx, bad_csv):
    d = open_dialog(qtbot, ctx, bad_csv)
    assert d.import_button.isEnabled()
    d.set_role(2, "")  # English -> Other: no meaning column left
    qtbot.waitUntil(lambda: not d.import_button.isEnabled(), timeout=20000)
    assert "meanings" in d.preview_status.text()
    d.set_role(3, "meaning_en")  # the Urdu column as the main meaning
    qtbot.waitUntil(d.import_button.isEnabled, timeout=20000)


def test_every_problem_listed_then_only_valid_rows_imported(qtbot, ctx, bad_csv, db):
    d = open_dialog(qtbot, ctx, bad_csv)
    click(qtbot, d.import_button)
    qtbot.waitUntil(lambda: d.current_step() == "problems", timeout=20000)
    t = d.problems_table
    rows = [[plain(t.item(r, c).text()) for c in range(5)] for r in range(t.rowCount())]
    # the columns as the file names them (its header), with jpprep's role
    assert [(r[1], r[2]) for r in rows] == [("3", "かな (reading)"), ("5", "English (meaning_en)")]
    assert t.horizontalHeaderItem(2).text() == "Column"
    assert all(r[0] == "kitchen.csv" and r[3] and r[4] for r in rows)
    assert "ほうちょう" in rows[0][4] and "not kana" in rows[0][3]
    assert notes(db) == {}  # nothing written while the user decides
    assert d.valid_button.text() == "Import the 2 valid rows"
    click(qtbot, d.valid_button)
    qtbot.waitUntil(lambda: d.current_step() == "summary", timeout=20000)
    assert set(notes(db)) == {"鍋", "煮る"}
    assert d.report.added == 2 and len(d.report.skipped) == 2
    assert "Added: 2 notes." in d.summary_label.text()
    assert "Skipped: 2 rows." in d.summary_label.text()
    assert d.skipped_table.rowCount() == 2
    assert plain(d.skipped_table.item(0, 0).text()) == "kitchen.csv, row 3, column かな (reading)"


def test_problems_of_a_sheet_without_header_name_its_column_letter(qtbot, ctx, tmp_path):
    p = tmp_path / "bare.csv"  # no header: the letter Excel and LibreOffice show
    p.write_text("鍋,なべ,pot\n皿,さら,plate\n包丁,houchou,knife\n水,みず,water\n",
                 encoding="utf-8")
    d = open_dialog(qtbot, ctx, p)
    # the column step names the columns by the same letters
    assert [d.mapping_grid.itemAtPosition(i, 0).widget().text() for i in range(3)] == \
        ["Column A", "Column B", "Column C"]
    assert plain(d.preview_problems[3]).startswith("B (reading): “houchou” is not kana.")
    click(qtbot, d.import_button)
    qtbot.waitUntil(lambda: d.current_step() == "problems", timeout=20000)
    assert plain(d.problems_table.item(0, 2).text()) == "B (reading)"
    click(qtbot, d.valid_button)
    qtbot.waitUntil(lambda: d.current_step() == "summary", timeout=20000)
    assert plain(d.skipped_table.item(0, 0).text()) == "bare.csv, row 3, column B (reading)"


def test_a_native_deck_keeps_its_column_names(qtbot, ctx, tmp_path):
    import shutil

    deck = tmp_path / "bad"
    shutil.copytree(Path(__file__).parents[1] / "decks" / "data" / "sample-deck", deck)
    with open(deck / "notes.csv", "a", encoding="utf-8") as fh:
        fh.write("taberu,vocab,食べる,taberu,to eat,,,,,,,\n")
    d = open_dialog(qtbot, ctx, deck)
    click(qtbot, d.import_button)
    qtbot.waitUntil(lambda: d.current_step() == "problems", timeout=20000)
    t = d.problems_table
    assert [plain(t.item(0, c).text()) for c in (1, 2)] == ["6", "reading"]
    assert t.horizontalHeaderItem(2).text() == "Field"


def test_cancel_after_problems_writes_nothing(qtbot, ctx, bad_csv, db):
    d = open_dialog(qtbot, ctx, bad_csv)
    click(qtbot, d.import_button)
    qtbot.waitUntil(lambda: d.current_step() == "problems", timeout=20000)
    click(qtbot, d.cancel_button)
    assert not d.isVisible() and d.result() == 0
    assert notes(db) == {}


def test_file_without_valid_rows_offers_only_cancel(qtbot, ctx, tmp_path, db):
    p = tmp_path / "bad.csv"
    p.write_text("漢字,かな,English\n食べる,taberu,to eat\n", encoding="utf-8")
    d = open_dialog(qtbot, ctx, p)
    click(qtbot, d.import_button)
    qtbot.waitUntil(lambda: d.current_step() == "problems", timeout=20000)
    assert not d.valid_button.isVisible() and d.cancel_button.isVisible()
    assert d.problems_table.rowCount() == 1


def test_changing_a_column_changes_what_is_imported(qtbot, ctx, tmp_path, db):
    p = tmp_path / "words.csv"
    p.write_text("漢字,かな,English,Other\n鍋,なべ,pot,دیگچی\n水,みず,water,پانی\n",
                 encoding="utf-8")
    d = open_dialog(qtbot, ctx, p)
    assert "meaning_ur" not in d.mapping()
    combo = d.combos[3]
    combo.setFocus()
    target = combo.findData("meaning_ur")
    while combo.currentIndex() != target:  # by keyboard, as a user would
        qtbot.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up)
    assert d.mapping()["meaning_ur"] == 3
    click(qtbot, d.import_button)
    qtbot.waitUntil(lambda: d.current_step() in ("summary", "problems"), timeout=20000)
    assert d.current_step() == "summary", [str(p) for p in d.problems]
    assert notes(db)["鍋"]["meanings"] == {"en": "pot", "ur": "دیگچی"}


def test_choosing_a_role_twice_moves_it(qtbot, ctx, bad_csv):
    d = open_dialog(qtbot, ctx, bad_csv)
    d.set_role(3, "meaning_en")
    assert d.mapping() == {"expression": 0, "reading": 1, "meaning_en": 3}
    assert d.combos[2].currentText() == "Other (kept with the note)"
    qtbot.waitUntil(lambda: d.preview_views and
                    d.preview_grid.itemAtPosition(0, 2).widget().text() == "دیگچی", timeout=20000)


@pytest.fixture(scope="module")
def studied_apkg(tmp_path_factory):
    """An Anki package whose learner answered 鍋 twice (Good, Good)."""
    pytest.importorskip("anki")
    from anki.collection import Collection, ExportAnkiPackageOptions

    folder = tmp_path_factory.mktemp("import_dialog_anki")
    col = Collection(str(folder / "collection.anki2"))
    did = col.decks.id("Kitchen")
    basic = col.models.by_name("Basic")
    for front, back in (("鍋", "pot"), ("水", "water")):
        n = col.new_note(basic)
        n["Front"], n["Back"] = front, back
        col.add_note(n, did)
        if front == "鍋":
            cid = n.cards()[0].id
    for _ in range(2):
        card = col.get_card(cid)
        card.start_timer()
        col.sched.answerCard(card, 3)
    out = folder / "kitchen.apkg"
    col.export_anki_package(out_path=str(out), limit=None, options=ExportAnkiPackageOptions(
        with_scheduling=True, with_deck_configs=False, with_media=False, legacy=False))
    col.close()
    return out


def _reviews(db) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(Review))


@pytest.mark.parametrize("history", [True, False])
def test_anki_history_checkbox(qtbot, ctx, db, studied_apkg, history):
    d = open_dialog(qtbot, ctx, studied_apkg)
    assert d.history_box.isVisible() and not d.history_box.isChecked()
    assert not d.combos  # no column step for a package
    if history:
        box = d.history_box
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
        assert d.history_box.isChecked()
    click(qtbot, d.import_button)
    qtbot.waitUntil(lambda: d.current_step() == "summary", timeout=30000)
    assert set(notes(db)) == {"鍋", "水"}
    assert _reviews(db) == (2 if history else 0)
    assert ("answers brought over" in d.summary_label.text()) == history


def test_dropping_a_deck_file_opens_the_dialog(qtbot, db, clock, bad_csv, ui_defaults):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    from tests.ui.conftest import open_window
    from jpprep.ui.import_dialog import ImportDialog

    w = open_window(qtbot, db, clock)
    other = bad_csv.with_name("notes.pdf")
    other.write_bytes(b"%PDF")

    def drag(path):
        data = QMimeData()
        data.setUrls([QUrl.fromLocalFile(str(path))])
        pos = w.rect().center()
        enter = QDragEnterEvent(pos, Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                                Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(w, enter)
        return enter.isAccepted(), data

    assert drag(other)[0] is False  # not a deck: refused, no dialog
    accepted, data = drag(bad_csv)
    assert accepted
    drop = QDropEvent(QPointF(w.rect().center()), Qt.DropAction.CopyAction, data,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(w, drop)
    dialogs = w.findChildren(ImportDialog)
    assert len(dialogs) == 1 and dialogs[0].path == bad_csv
    qtbot.waitUntil(lambda: dialogs[0].current_step() == "options", timeout=20000)
    assert dialogs[0].isVisible() and dialogs[0].mapping()["expression"] == 0


def test_deck_file_argument_opens_the_gui_import(monkeypatch, bad_csv, tmp_path):
    from jpprep import cli
    from jpprep.ui import app

    calls = []
    monkeypatch.setattr(app, "run_gui", lambda **kw: calls.append(kw) or 0)
    assert cli.main([str(bad_csv)]) == 0
    assert calls == [{"profile": None, "open_file": str(bad_csv)}]
    assert cli.main(["--profile", "ram", str(bad_csv)]) == 0
    assert calls[-1] == {"profile": "ram", "open_file": str(bad_csv)}
    assert cli.main([]) == 0 and calls[-1] == {"profile": None, "open_file": None}
    missing = tmp_path / "gone.apkg"
    with pytest.raises(SystemExit):  # not an existing deck file: still an unknown command
        cli.main([str(missing)])
    assert len(calls) == 3


def test_file_from_the_command_line_opens_after_the_profile(qtbot, db, clock, bad_csv, ui_defaults):
    from jpprep.services import profiles
    from jpprep.ui.import_dialog import ImportDialog, open_when_ready
    from jpprep.ui.main_window import MainWindow

    info = profiles.create_profile(db, "Aisha", now=clock())
    w = MainWindow(None, None, clock=clock)  # the loading frame, as run_gui shows it
    qtbot.addWidget(w)
    w.show()
    open_when_ready(w, bad_csv)
    qtbot.wait(20)
    assert w.findChildren(ImportDialog) == []  # not before a profile is open
    w.open(db, info)
    qtbot.waitUntil(lambda: len(w.findChildren(ImportDialog)) == 1, timeout=5000)
    d = w.findChildren(ImportDialog)[0]
    assert d.path == bad_csv and d.ctx.profile_id == info.id
    qtbot.waitUntil(lambda: d.current_step() == "options", timeout=20000)


def test_native_deck_file_imports_with_its_media(qtbot, ctx, db, tmp_path):
    import shutil

    src = Path(__file__).resolve().parents[1] / "decks" / "data" / "sample-deck"
    archive = shutil.make_archive(str(tmp_path / "sample"), "zip", src)
    deck = Path(archive).rename(tmp_path / "sample.jpdeck")
    d = open_dialog(qtbot, ctx, deck)
    assert not d.combos and not d.history_box.isVisible()
    click(qtbot, d.import_button)
    qtbot.waitUntil(lambda: d.current_step() in ("summary", "problems"), timeout=20000)
    assert d.current_step() == "summary", [str(p) for p in d.problems]
    assert d.report.added == len(notes(db)) > 0 and d.report.media_added == 1


def test_back_from_problems_to_fix_the_columns(qtbot, ctx, tmp_path, db):
    p = tmp_path / "swapped.csv"  # the kana column holds romaji: refuse it as a reading
    p.write_text("漢字,かな,English\n鍋,nabe,pot\n水,mizu,water\n", encoding="utf-8")
    d = open_dialog(qtbot, ctx, p)
    d.set_role(1, "reading")
    click(qtbot, d.import_button)
    qtbot.waitUntil(lambda: d.current_step() == "problems", timeout=20000)
    assert d.problems_table.rowCount() == 2 and not d.valid_button.isVisible()
    click(qtbot, d.back_button)
    assert d.current_step() == "options"
    d.set_role(1, "")  # not a reading: kept with the note, readings made by the engine
    qtbot.waitUntil(lambda: "All 2 rows" in d.preview_status.text(), timeout=20000)
    click(qtbot, d.import_button)
    qtbot.waitUntil(lambda: d.current_step() == "summary", timeout=20000)
    assert notes(db)["鍋"]["reading"] == "なべ"


def test_unreadable_sheet_lists_its_problem_and_offers_only_cancel(qtbot, ctx, tmp_path, db):
    p = tmp_path / "empty.csv"
    p.write_text("\n,,\n", encoding="utf-8")
    d = open_dialog(qtbot, ctx, p)
    assert d.current_step() == "problems"
    assert d.problems_table.rowCount() == 1
    assert "empty" in d.problems_table.item(0, 3).text()
    assert d.cancel_button.isVisible()
    assert not d.valid_button.isVisible() and not d.back_button.isVisible()
    click(qtbot, d.cancel_button)
    assert notes(db) == {}


def test_excel_sheet_gets_the_column_step(qtbot, ctx, tmp_path, db):
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["単語", "読み", "意味", "Nepali"], ["包丁", "ほうちょう", "kitchen knife", "चक्कु"]):
        ws.append(row)
    p = tmp_path / "words.xlsx"
    wb.save(p)
    d = open_dialog(qtbot, ctx, p)
    assert d.mapping() == {"expression": 0, "reading": 1, "meaning_en": 2, "meaning_ne": 3}
    assert d.preview_views[0].visibleReadings() == ["ほうちょう"]
    click(qtbot, d.import_button)
    qtbot.waitUntil(lambda: d.current_step() == "summary", timeout=20000)
    assert notes(db)["包丁"]["meanings"] == {"en": "kitchen knife", "ne": "चक्कु"}


def test_file_import_menu_opens_the_dialog(qtbot, db, clock, bad_csv, monkeypatch, ui_defaults):
    from PySide6.QtWidgets import QFileDialog

    from jpprep.ui.import_dialog import ImportDialog
    from tests.ui.conftest import open_window

    w = open_window(qtbot, db, clock)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad_csv), ""))
    action = next(a for a in w.findChildren(type(w.menuBar().actions()[0]))
                  if a.shortcut().toString() == "Ctrl+I")
    action.trigger()
    dialogs = w.findChildren(ImportDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    d = dialogs[0]
    qtbot.waitUntil(lambda: d.current_step() == "options", timeout=20000)
    d.set_role(3, "")  # Urdu column not imported as a meaning
    qtbot.wait(10)
    click(qtbot, d.import_button)
    qtbot.waitUntil(lambda: d.current_step() == "problems", timeout=20000)
    click(qtbot, d.valid_button)
    qtbot.waitUntil(lambda: d.current_step() == "summary", timeout=20000)
    assert notes(db)["鍋"]["meanings"] == {"en": "pot"}
    assert "2 added" in w.statusBar().currentMessage()  # the window says so too
    click(qtbot, d.close_button)
    qtbot.waitUntil(lambda: not w.findChildren(ImportDialog))  # closed and deleted


def test_cancel_while_importing_writes_nothing(qtbot, ctx, tmp_path, db, monkeypatch):
    import threading

    from jpprep.services import importing
    from jpprep.ui.workers import wait_for_all

    p = tmp_path / "words.csv"
    p.write_text("漢字,かな,English\n鍋,なべ,pot\n水,みず,water\n", encoding="utf-8")
    gate = threading.Event()
    real = importing.import_file

    def held(db, path, *, progress=None, **kw):  # the import waits until the user has cancelled
        gate.wait(10)
        return real(db, path, progress=progress, **kw)

    monkeypatch.setattr(importing, "import_file", held)
    d = open_dialog(qtbot, ctx, p)
    click(qtbot, d.import_button)
    assert d.current_step() == "working"
    click(qtbot, d.cancel_button)
    assert not d.isVisible()
    gate.set()
    assert wait_for_all(10000)
    assert notes(db) == {}  # rolled back at its progress report: one transaction
