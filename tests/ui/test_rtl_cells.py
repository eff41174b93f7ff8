"""In the Urdu interface a table, list or tree cell of Latin text (an English meaning, tags, a
deck name, a figure) keeps its order: Qt lays every cell out in its view's direction, so
"Water, please." read ".Water, please" and a cut meaning or tag list showed its "…" at the start
("…level-approxi", seen in the deck browser). The app's style isolates such a line
(jpprep.ui.bidi.item_view_text); a cell with Urdu in it still runs right to left. The order is
read from what the view really draws (tests/ui/test_rtl_paragraphs.drawn_runs)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QListWidget, QTableWidget, QTableWidgetItem, QTreeWidget, QTreeWidgetItem

from .test_rtl_paragraphs import drawn_runs, drawn_x, urdu, window  # noqa: F401 (urdu: a fixture)

pytestmark = pytest.mark.usefixtures("ui_defaults")

SENTENCE = "Water, please."
LONG = "level-approximate jlpt-n5 pos-v5u pos-vi common-word frequent"


def _table(texts):
    t = QTableWidget(len(texts), 1)
    for row, text in enumerate(texts):
        t.setItem(row, 0, QTableWidgetItem(text))
    t.setWordWrap(False)  # as the deck browser has it: one line, cut with "…"
    t.setColumnWidth(0, 220)
    return t


def _list(texts):
    w = QListWidget()
    w.addItems(texts)
    return w


def _tree(texts):
    w = QTreeWidget()
    w.setColumnCount(1)
    w.addTopLevelItems([QTreeWidgetItem([t]) for t in texts])
    return w


def seen(view, word: str) -> str:
    """The line of `view` that has `word`, as it stands on the screen from left to right
    (its runs by x; the isolates and joiners that draw nothing left out)."""
    runs = drawn_runs(view.viewport())
    line = next(y for _x, y, t in runs if word in t)
    text = "".join(t for _x, _y, t in sorted(r for r in runs if r[1] == line))
    return "".join(c for c in text if c not in "\u2066\u2067\u2068\u2069\u2060")


VIEWS = {"table": _table, "list": _list, "tree": _tree}


@pytest.mark.parametrize("kind", list(VIEWS))
def test_latin_cell_keeps_its_full_stop_at_the_end_in_urdu(qtbot, urdu, kind):
    view = VIEWS[kind]([SENTENCE])
    w = window(qtbot, view)  # noqa: F841 (kept alive while drawn)
    assert seen(view, "Water") == SENTENCE, drawn_runs(view.viewport())


def test_cut_latin_cell_shows_its_start_and_the_dots_at_its_end_in_urdu(qtbot, urdu):
    """The deck browser's tags and meanings: the text from its start, the "…" after it."""
    table = _table([LONG])
    w = window(qtbot, table)  # noqa: F841 (kept alive while drawn)
    text = seen(table, "level")
    assert text.startswith("level-approximate") and text.endswith(("…", "...")), (text, drawn_runs(table.viewport()))


def test_urdu_cell_that_begins_with_a_latin_word_still_reads_right_to_left(qtbot, urdu):
    view = _table(["jpprep آپ کی پیش رفت"])
    w = window(qtbot, view)  # noqa: F841 (kept alive while drawn)
    x_latin, x_urdu = drawn_x(view.viewport(), ["jpprep", "پیش رفت"])
    assert x_latin > x_urdu, drawn_runs(view.viewport())


def test_latin_cell_stands_at_the_start_of_its_cell_in_urdu(qtbot, urdu):
    """Isolated, the line still starts at the cell's right, as a label's does."""
    view = _table(["to eat"])
    w = window(qtbot, view)  # noqa: F841 (kept alive while drawn)
    cell = view.visualItemRect(view.item(0, 0))
    x = min(x for x, _y, t in drawn_runs(view.viewport()) if "eat" in t or "to" in t)
    assert x > cell.center().x(), (x, cell)


def test_deck_browser_meaning_cell_reads_left_to_right_in_urdu(qtbot, app_db, clock):
    from jpprep.services import browser as bsvc

    from .conftest import open_window

    w = open_window(qtbot, app_db, clock, "Raza", ui_language="ur")
    page = w.show_page("decks")
    note = bsvc.search_notes(app_db, text="水").rows[0]
    bsvc.update_note(app_db, note.id, now=clock(), meanings={"en": SENTENCE})
    page.refresh()
    qtbot.wait(50)
    assert SENTENCE in seen(page.table, "Water"), drawn_runs(page.table.viewport())


def test_urdu_past_results_keep_each_section_whole(qtbot, app_db, clock):
    """Mock exams > Past results: "JLPT N5 · ... · Language Knowledge and Reading 0% ⚠,
    Listening 0% ⚠" drew its last "⚠" at the far left, before the first section's name.
    (The names are Urdu now: each section still stays whole.)"""
    from jpprep.services import exams as esvc
    from jpprep.ui import i18n

    from .conftest import open_window

    w = open_window(qtbot, app_db, clock, "Raza", ui_language="ur")
    run = esvc.start_exam(app_db, w.ctx.profile_id, "jlpt-n5", now=clock())
    esvc.finish_exam(app_db, run, clock())  # nothing answered: every section below its minimum
    page = w.show_page("exams")
    page.refresh()
    qtbot.wait(50)
    # the names in Urdu now (jpprep.ui.exam.blueprint_words): each section right to left,
    # its name, then 0%, then ⚠ (from the right), the first section at the right
    line = seen(page.history, "سن کر سمجھنا").replace(" ", "")
    listening, lk_reading = "سن کر سمجھنا", "زبان کا علم اور پڑھ کر سمجھنا"
    drawn = f"⚠{i18n.percent(0)}{listening}،⚠{i18n.percent(0)}{lk_reading}".replace(" ", "")
    assert drawn in line, line  # Urdu's comma between them
    assert "," not in line, line


def test_two_line_cell_keeps_its_lines_in_urdu(qtbot, urdu):
    """The exam result's section names, Japanese over English: the delegate turns "\\n" into a
    line separator, and an isolate must not take it away ("Listening聴解" on one line)."""
    view = _table(["聴解\nListening"])
    view.resizeRowsToContents()
    w = window(qtbot, view)  # noqa: F841 (kept alive while drawn)
    runs = drawn_runs(view.viewport())
    y_jp = next(y for _x, y, t in runs if "聴解" in t)
    y_en = next(y for _x, y, t in runs if "Listening" in t)
    assert y_en > y_jp, runs
