"""Urdu layout faults from the visual audit and the sweep after it: the deck browser's filters and
Meaning column at 1024x600, the About heading on the left, and numbers joined by a symbol that
Qt's bidi layout turned around inside an Urdu sentence (a date after Urdu words read
"01-12-2026", a readiness trend "40% → 55%" could read backwards). Orders are read from Qt's own
text layout: where each character is drawn."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QTextDocument, QTextLayout, QTextOption
from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

from jpprep.services import assignments, profiles
from jpprep.ui import i18n, theme
from jpprep.ui.context import AppContext

from .conftest import open_window, save_screenshot

pytestmark = pytest.mark.usefixtures("ui_defaults")

LONG_DECK = """format = 1
id = "long-words"
name = "Lab::Long words for the browser"
languages = ["en"]
card_types = ["recognition"]
licence = "CC0"
attribution = "written for the tests"
version = "1"
"""
LONG_NOTES = """id,expression,reading,meaning_en,tags,level,sector
1,相対的に見れば,そうたいてきにみれば,"relatively speaking, comparatively",level-approximate jlpt-vocab,N2,nursing-care
2,一生懸命に働く,いっしょうけんめいにはたらく,to work as hard as one can,level-approximate jlpt-vocab,N3,food-manufacturing
3,水,みず,water,noun,N5,
"""


def _x_inside(line, start: int) -> float:
    """Where the part beginning at `start` is drawn: the cursor after its first character, inside
    the part's own run (at a run's edge the cursor may belong to the run next to it)."""
    return line.cursorToX(start + 1)[0]


def drawn_at(text: str, parts: list[str], font: QFont | None = None,
             direction=Qt.LayoutDirection.RightToLeft, start: int = 0) -> list[float]:
    """Where `parts` (found in this order in `text` from `start`, two characters or more each)
    are drawn on one line of a paragraph in `direction`."""
    layout = QTextLayout(text, font or QFont())
    option = QTextOption()
    option.setTextDirection(direction)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(100_000)
    layout.endLayout()
    found = []
    for part in parts:
        i = text.index(part, start)
        start = i + len(part)
        found.append(_x_inside(line, i))
    return found


def drawn_left_to_right(text: str, parts: list[str], font: QFont | None = None,
                        direction=Qt.LayoutDirection.RightToLeft, start: int = 0) -> bool:
    xs = drawn_at(text, parts, font, direction, start)
    return xs == sorted(xs)


def drawn_right_to_left(text: str, parts: list[str], font: QFont | None = None,
                        direction=Qt.LayoutDirection.RightToLeft) -> bool:
    xs = drawn_at(text, parts, font, direction)
    return xs == sorted(xs, reverse=True)


def test_the_check_sees_a_turned_date_and_an_isolated_one(qapp_setup):
    urdu = "• Basics: آخری تاریخ {} (0% مکمل)"
    assert not drawn_left_to_right(urdu.format("2026-12-01"), ["2026", "12", "01"])
    assert drawn_left_to_right(urdu.format(i18n.ltr("2026-12-01")), ["2026", "12", "01"])


# ---------------------------------------------------------------- the deck browser at 1024x600
@pytest.fixture
def long_db(db, tmp_path, clock):
    from jpprep.services.importing import sync_shipped_decks

    d = tmp_path / "decks" / "long-words"
    d.mkdir(parents=True)
    (d / "deck.toml").write_text(LONG_DECK, encoding="utf-8")
    (d / "notes.csv").write_text(LONG_NOTES, encoding="utf-8")
    sync_shipped_decks(db, d.parent, now=clock())
    return db


def _needed(combo) -> int:
    opt = QStyleOptionComboBox()
    combo.initStyleOption(opt)
    fm = combo.fontMetrics()
    text = QSize(fm.horizontalAdvance(combo.currentText()), fm.height())
    return combo.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, opt, text, combo).width()


@pytest.mark.parametrize("lang", ["ur", "en", "ne"])
@pytest.mark.parametrize("size", [(1024, 600), (1366, 768)])
def test_deck_browser_filters_are_whole_and_the_meaning_has_room(qtbot, long_db, clock, lang, size):
    w = open_window(qtbot, long_db, clock, "Sana", size=size, ui_language=lang)
    page = w.show_page("decks")
    page.refresh()
    qtbot.wait(50)
    save_screenshot(w, f"browser-{lang}-{size[0]}")
    for combo in (page.state, page.level, page.sector):  # "کوئی بھی حالت", not "کوئی بھی حا"
        assert combo.width() >= _needed(combo), (combo.objectName(), combo.currentText())
    table, header = page.table, page.table.horizontalHeader()
    shown = table.viewport().width()
    assert table.horizontalScrollBar().maximum() == 0, "the list scrolls sideways"
    meaning = header.sectionSize(2)
    assert meaning >= 0.28 * shown and meaning >= 130, (meaning, shown)
    for c in (0, 1):  # Japanese and reading are shortened, never hidden
        assert header.sectionSize(c) >= 56


# ---------------------------------------------------------------- About
def test_urdu_about_heading_starts_on_the_right(qtbot, qapp_setup):
    from jpprep.ui.about import AboutDialog

    from .test_rtl_paragraphs import drawn_runs, drawn_x

    i18n.apply_language("ur")
    theme.apply_theme("system")  # the app's style, which places and turns the paragraphs
    d = AboutDialog()
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    label = d.tabs.widget(0)
    img = label.grab().toImage()
    bg = img.pixelColor(img.width() - 2, img.height() - 2)
    ink = [x for y in range(8, 48) for x in range(0, img.width(), 2) if img.pixelColor(x, y) != bg]
    assert ink and min(ink) > img.width() // 2, "the heading sits on the left"
    # the paragraph that begins with "JLPT" runs right to left
    x_jlpt, x_urdu = drawn_x(label, ["JLPT", "اور"])
    assert x_jlpt > x_urdu, drawn_runs(label)


# ---------------------------------------------------------------- numbers inside Urdu lines
def test_urdu_home_assignment_date_keeps_its_order(qtbot, app_db, clock):
    deck_id = next(iter(assignments.assignable_decks(app_db)))[0]
    assignments.assign(app_db, due_date="2026-12-01", now=clock(), deck_id=deck_id)
    w = open_window(qtbot, app_db, clock, "Bilal", ui_language="ur")
    page = w.show_page("home")
    page.refresh()
    line = page.assignments.text().splitlines()[1]
    assert "2026" in line
    auto = Qt.LayoutDirection.LayoutDirectionAuto  # as a label lays out each line
    for direction in (Qt.LayoutDirection.RightToLeft, auto):
        assert drawn_left_to_right(line, ["2026", "12", "01"], page.assignments.font(), direction)
    # the line runs right to left although it begins with the deck's Latin name
    from .test_rtl_paragraphs import drawn_runs, drawn_x

    x_deck, x_urdu = drawn_x(page.assignments, ["Test", "تاریخ"])
    assert x_deck > x_urdu, drawn_runs(page.assignments)


def test_urdu_classroom_dates_keep_their_order(qapp_setup, qtbot, db, tmp_path, clock):
    from jpprep.ui.pages.classroom import ClassroomPage
    from lab.classdata import make_class

    klass = make_class(db, tmp_path, clock)
    i18n.apply_language("ur")
    sensei = klass["sensei"]
    page = ClassroomPage(AppContext(db, sensei.id, sensei.name, clock, {"ui_language": "ur"}))
    qtbot.addWidget(page)
    page.refresh()
    item = page.assignment_list.item(0).text()
    date = next(t for t in item.replace("\u2066", " ").replace("\u2069", " ").split() if t[:2] == "20")
    y, m, d = date.split("-")
    assert drawn_left_to_right(item, [y, m, d], page.font())
    risk = page.risk_text("behind", {"exam": "JLPT N5", "date": "2027-03-09", "left": 40,
                                     "needed": 12})
    assert drawn_left_to_right(risk, ["2027", "03", "09"], page.font())


def test_urdu_mock_exam_info_runs_right_to_left_and_keeps_dates_and_trends(
        qapp_setup, qtbot, db, clock, monkeypatch):
    from jpprep.services import exams as svc
    from jpprep.ui.pages.exams import ExamsPage

    # a section named in Urdu: nothing left to right before its figures to hold them in order
    monkeypatch.setattr(svc, "readiness", lambda *_a, **_k: svc.Readiness(
        "jlpt-n5", 3, {"s1": [(1, 40.0), (2, 55.0), (3, 70.0)]}, {"s1": "زبان کا علم"}, {}, []))
    from .test_rtl_paragraphs import drawn_runs, drawn_x

    i18n.apply_language("ur")
    theme.apply_theme("system")  # the app's style, which turns the paragraphs
    info = profiles.create_profile(db, "Hina", now=clock())
    page = ExamsPage(AppContext(db, info.id, info.name, clock,
                                {"ui_language": "ur", "exam_banks": ["decks/exams/jlpt-n5-form-a.json"]}))
    qtbot.addWidget(page)
    page.resize(854, 540)
    page.show()
    page.exam.setCurrentIndex(page.exam.findData("jlpt-n5"))
    doc = QTextDocument()
    doc.setDefaultFont(page.info.font())
    doc.setHtml(page.info.text())
    doc.setTextWidth(100_000)
    x_exam, x_urdu = drawn_x(page.info, ["JLPT", "سوالات"])  # runs right to left from "JLPT N5"
    assert x_exam > x_urdu, drawn_runs(page.info)
    block, found = doc.begin(), {}
    while block.isValid():  # each line is drawn right to left: read it that way
        for key in ("2026-11-22", "40% → 55% → 70%"):
            if key in block.text():
                found[key] = block
        block = block.next()
    first = doc.begin().text()  # "JLPT N5 日本語能力試験 N5 — 67 سوالات": the count by its word
    assert drawn_right_to_left(first, ["JLPT", "67", "سوالات"], page.info.font())
    for key, parts in (("2026-11-22", ["2026", "11", "22"]), ("40% → 55% → 70%", ["40", "55", "70"])):
        text = found[key].text()
        assert drawn_left_to_right(text, parts, page.info.font(), start=text.index(key)), \
            f"{key} is turned around"


def test_urdu_date_fields_read_year_month_day(qapp_setup, qtbot, db, clock):
    """Qt writes a date field's sections backwards in a right-to-left window ("24-09-2026")."""
    from jpprep.ui.pages.classroom import AssignDialog
    from jpprep.ui.pages.stats import ExamTargetDialog

    i18n.apply_language("ur")
    info = profiles.create_profile(db, "Iqra", now=clock())
    target = ExamTargetDialog(AppContext(db, info.id, info.name, clock, {"ui_language": "ur"}))
    assign = AssignDialog(db, [(info.id, info.name)], "2026-09-17")
    for dialog, field in ((target, target.date), (assign, assign.due)):
        qtbot.addWidget(dialog)
        assert dialog.isRightToLeft()
        year = str(field.date().year())
        assert field.text().startswith(year), field.text()
    assert assign.due.text() == "2026-09-24"
