"""Faults a user met on a walk through the app in English, Urdu and Nepali at 1366x768 and
1024x600: an Urdu line that Qt laid out left to right because it begins with a Latin word, a
Nepali clock with two kinds of digits, a cut-off result table, doubled punctuation. Orders are
read from what the widget draws (tests/ui/test_rtl_paragraphs.py: drawn_x)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from tests.ui.test_import_dialog import BAD_CSV, open_dialog
from tests.ui.test_rtl_paragraphs import drawn_x

pytestmark = pytest.mark.usefixtures("ui_defaults")


def _language(lang: str) -> None:
    from jpprep.ui import i18n, theme

    i18n.apply_language(lang)
    theme.apply_font(lang, 100)
    theme.apply_theme("system")  # the app's style, which decides a line's direction


@pytest.fixture
def ctx(db, clock):
    from jpprep.services import profiles
    from jpprep.ui.context import AppContext

    info = profiles.create_profile(db, "Aisha", now=clock())
    return AppContext(db, info.id, info.name, clock, info.settings)


def test_urdu_import_preview_says_a_rows_problem_right_to_left(qtbot, ctx, tmp_path):
    """Row 3's meaning is English ("kitchen knife") and its problem begins with its column
    ("reading: …"): the label ran left to right, so the Urdu sentence read in pieces from the
    wrong end."""
    _language("ur")
    p = tmp_path / "kitchen.csv"
    p.write_text(BAD_CSV, encoding="utf-8")
    d = open_dialog(qtbot, ctx, p)
    label = d.preview_grid.itemAtPosition(1, 2).widget()  # row 3: 包丁, houchou
    assert "kitchen knife" in label.text() and "کانا" in label.text()
    xs = drawn_x(label, ["⚠", "reading", "کانا", "لکھیں"])
    assert xs == sorted(xs, reverse=True), xs


# ---------------------------------------------------------------- first start: the welcome
def test_urdu_welcome_reads_right_to_left_from_jpprep(qtbot, db):
    """The Urdu welcome begins with "jpprep": its first line ran left to right, so "jpprep" stood
    after the full stop, at the end of the sentence."""
    from jpprep.ui.profile_dialog import ProfileDialog

    _language("ur")
    d = ProfileDialog(db, first_start=True)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    text = d.intro.text()
    assert "jpprep" in text and "پیش رفت" in text
    xs = drawn_x(d.intro, ["jpprep", "پیش رفت", "کمپیوٹر"])
    assert xs == sorted(xs, reverse=True), xs


@pytest.mark.parametrize("lang, name", [("ne", "विद्यार्थी"), ("ur", "طالب علم")])
def test_a_profile_without_a_typed_name_is_named_in_the_interface_language(qtbot, db, lang, name):
    """The name field offered the English "Learner", and the profile was called that ("नमस्ते,
    Learner" on Home)."""
    from jpprep.services import profiles
    from jpprep.ui.profile_dialog import ProfileDialog

    _language(lang)
    d = ProfileDialog(db, first_start=True)
    qtbot.addWidget(d)
    assert d.name.placeholderText() == name
    d.accept()
    assert d.chosen is not None and d.chosen.name == name
    assert [p.name for p in profiles.list_profiles(db)] == [name]


# ---------------------------------------------------------------- Settings in Nepali
def test_nepali_day_start_is_written_in_one_script(qtbot, ctx):
    """"नयाँ दिन सुरु हुने समय: ४:00" mixed Devanagari and 0-9 digits."""
    import re

    from jpprep.ui.pages.settings import SettingsPage

    _language("ne")
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    assert page.day_start.text() == "४:००"
    assert not re.search("[0-9]", page.day_start.text())


# ---------------------------------------------------------------- a mock exam's result
@pytest.mark.parametrize("lang", ["en", "ur", "ne"])
def test_result_table_shows_every_cell_whole_on_a_small_screen(qtbot, lang):
    """At 1024x600 the section's long name took its width and 'Minimum' read '38 ⚠ below the …'."""
    from tests.ui.test_exam_result_words import _result, _show

    _language(lang)
    view = _show(qtbot, _result(False), lang)
    view.resize(830, 560)  # what the Mock exams page gives it in a 1024x600 window
    view.show()
    qtbot.waitExposed(view)
    qtbot.wait(20)
    t = view.table
    assert sum(t.columnWidth(c) for c in range(t.columnCount())) <= t.viewport().width()
    for r in range(t.rowCount()):
        for c in range(t.columnCount()):
            text = t.item(r, c).text()
            lines = text.split("\n")
            fm = t.fontMetrics()
            need = max(fm.horizontalAdvance(line) for line in lines)
            assert t.columnWidth(c) >= need, (text, t.columnWidth(c), need)
            assert t.rowHeight(r) >= fm.height() * len(lines), text
    assert t.height() >= t.horizontalHeader().height() + sum(t.rowHeight(r) for r in range(t.rowCount()))


# ---------------------------------------------------------------- the Mock exams page
@pytest.mark.parametrize("lang", ["en", "ur", "ne"])
def test_facts_not_yet_confirmed_end_each_with_one_full_stop(qtbot, ctx, lang):
    """'… (1 August used here).; Per-section item counts …': each fact is a sentence with its
    own full stop, and '; ' was put after it."""
    import re

    from jpprep.exams import blueprint
    from jpprep.ui.pages.exams import ExamsPage

    _language(lang)
    page = ExamsPage(ctx)
    qtbot.addWidget(page)
    seen = 0
    for i in range(page.exam.count()):
        if len(blueprint.get(page.exam.itemData(i)).verify) < 2:
            continue
        page.exam.setCurrentIndex(i)
        text = page.info.text()
        assert not re.search(r"[.۔।]\s*[;؛]", text), text
        seen += 1
    assert seen  # JFT-Basic has two


# ---------------------------------------------------------------- Home in Urdu
def test_urdu_home_counts_stand_under_their_column_names(qtbot, app_db, clock):
    """In Urdu the counts were drawn at the left end of their (wide) columns and the names
    'نئے', 'سیکھنے میں', 'دہرائی' at the right end, so a count stood under no name."""
    from PySide6.QtWidgets import QStyle

    from tests.ui.conftest import open_window

    _language("ur")
    w = open_window(qtbot, app_db, clock, "Aisha", size=(1024, 600), ui_language="ur")
    assert w.isRightToLeft()
    page = w.show_page("home")
    page.refresh()
    tree = page.tree
    item = tree.topLevelItem(0)
    horizontal = Qt.AlignmentFlag.AlignHorizontal_Mask
    for col in (1, 2, 3):
        count_side = QStyle.visualAlignment(tree.layoutDirection(),
                                            Qt.AlignmentFlag(item.textAlignment(col)))
        name_side = QStyle.visualAlignment(tree.layoutDirection(),
                                           Qt.AlignmentFlag(tree.headerItem().textAlignment(col)))
        assert count_side & horizontal == name_side & horizontal, col


# ---------------------------------------------------------------- Progress: the year's calendar
@pytest.mark.parametrize("lang", ["ne", "ur", "en"])
def test_the_last_month_name_over_the_calendar_is_whole(qtbot, lang):
    """In the first week of December the calendar's last month starts in its last column: Nepali read
    'डिसेम' (डिसेम्बर cut by the widget's edge), Urdu lost its first letter."""
    import datetime as dt

    from PySide6.QtGui import QFontMetrics

    from jpprep.ui.widgets.heatmap import HeatmapWidget

    _language(lang)
    h = HeatmapWidget()
    qtbot.addWidget(h)
    end = dt.date(2026, 12, 6)  # a Sunday: December's first days are the last column
    h.set_data([((end - dt.timedelta(days=d)).isoformat(), 0) for d in range(364, -1, -1)])
    h.resize(780, h.heightForWidth(780))  # as on the Progress page at 1024x600
    h.show()
    font = h.font()
    font.setPointSizeF(max(7.0, font.pointSizeF() * 0.8))  # as the names are painted
    fm = QFontMetrics(font)
    boxes = h.month_labels()  # (where, name), as painted
    assert len(boxes) == 13  # December 2025 to December 2026
    last, name = boxes[-1]
    assert name == h.month_name(12)
    assert 0 <= last.left() and last.right() < h.width(), (last, name)
    assert last.width() >= fm.horizontalAdvance(name), (last, name)
    for (a, _x), (b, _y) in zip(boxes, boxes[1:]):
        if h.isRightToLeft():  # the year runs right to left (test_rtl_timelines.py)
            a, b = b, a
        assert a.right() < b.left()  # no name drawn over the next


# ---------------------------------------------------------------- menus in Urdu
def _dark_pixels(menu, action) -> int:
    img = menu.grab().toImage()
    r = menu.actionGeometry(action)
    return sum(1 for x in range(r.left(), r.right()) for y in range(r.top(), r.bottom())
               if img.pixelColor(x, y).lightness() < 100)


def test_urdu_menu_items_are_drawn_whole(qtbot, app_db, clock):
    """View > 'رومانجی دکھائیں (R)' read 'رومانجی د…ائیں (R)': the widest item of a menu was
    measured a pixel narrower than Qt then drew it, and its text was cut in the middle."""
    from tests.ui.conftest import open_window

    _language("ur")
    w = open_window(qtbot, app_db, clock, "Aisha", size=(1024, 600), ui_language="ur")
    assert w.isRightToLeft()
    for top in w.menuBar().actions():
        menu = top.menu()
        items = [a for a in menu.actions() if not a.isSeparator() and a.text()]
        menu.popup(w.mapToGlobal(w.rect().center()))
        qtbot.wait(20)
        drawn = {a.text(): _dark_pixels(menu, a) for a in items}
        menu.close()
        menu.setMinimumWidth(menu.sizeHint().width() + 60)  # room to spare: nothing is cut
        menu.popup(w.mapToGlobal(w.rect().center()))
        qtbot.wait(20)
        whole = {a.text(): _dark_pixels(menu, a) for a in items}
        menu.close()
        menu.setMinimumWidth(0)
        assert drawn == whole, top.text()


# ---------------------------------------------------------------- the deck browser in Urdu
def test_urdu_browser_keeps_a_saved_note_selected(qtbot, app_db, clock):
    """In Urdu, after Save the list showed no note selected (Qt's selectRow looks for a column
    at x = the viewport's width in a right-to-left table, where there is none), so delete, move
    and tag were off while the editor still showed the note."""
    from tests.ui.test_browser import _page

    _language("ur")
    page = _page(qtbot, app_db, clock)
    assert page.isRightToLeft()
    qtbot.keyClicks(page.search, "water")
    assert page.table.rowCount() == 1
    rect = page.table.visualRect(page.table.model().index(0, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.expression.text() == "水"
    page.meaning.selectAll()
    qtbot.keyClicks(page.meaning, "drinking water")
    qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
    assert page.status.text() == "محفوظ ہو گیا۔"
    assert len(page.table.selectionModel().selectedRows()) == 1
    assert page.expression.text() == "水"
    assert page.findChild(QPushButton, "delete_notes").isEnabled()


# ---------------------------------------------------------------- Nepali: numbers in sentences
def test_nepali_set_due_date_question_writes_zero_in_devanagari(qtbot, db, clock, tmp_path):
    """'(0 = आज)' above a number box that shows ०, १, २ …"""
    import re

    from tests.ui.reviewer_deck import study_window

    win, page = study_window(qtbot, db, clock, tmp_path, card_types=("recognition",),
                             ui_language="ne")
    page.ask_due_date()
    label = page.due_dialog.labelText()
    page.due_dialog.reject()
    assert "० = " in label and not re.search("[0-9]", label), label


def test_nepali_jft_estimate_note_writes_its_range_in_devanagari(qtbot):
    """The JFT-Basic result's caveat read '(10-250)' among Devanagari numbers."""
    import re

    from tests.ui.test_exam_result_words import _show

    _language("ne")
    result = {"method": "scaled_total", "complete": True, "passed": False, "total": 150,
              "total_max": 250, "band": None, "correct": 10, "questions": 50, "sections": []}
    view = _show(qtbot, result, "ne")
    view.show_result(result, _jft_review(), "ne")
    assert "१०-२५०" in view.note.text() and not re.search("[0-9]", view.note.text())


def jft_result() -> dict:
    """A failed JFT-Basic result with its four sections (two lines each in most languages)."""
    sections = [{"id": k, "name": n, "name_en": e, "correct": 4, "total": 12, "percent": 33.3,
                 "projected": None, "max": None, "minimum": None, "below_minimum": False}
                for k, n, e in (("a", "文字と語彙", "Script and Vocabulary"),
                                ("b", "会話と表現", "Conversation and Expression"),
                                ("c", "聴解", "Listening Comprehension"),
                                ("d", "読解", "Reading Comprehension"))]
    return {"method": "scaled_total", "complete": True, "passed": False, "total": 101,
            "total_max": 250, "band": "*", "correct": 19, "questions": 50, "sections": sections}


def _jft_review():
    from types import SimpleNamespace

    from jpprep.exams import blueprint

    return SimpleNamespace(blueprint=blueprint.get("jft-basic"), entries=[])


# ---------------------------------------------------------------- Urdu: numbers joined by a dash
def test_urdu_translations_keep_a_dashed_pair_of_numbers_in_order(qtbot):
    """After Urdu words Qt turns '10-250' into '250-10' and '2026-03-31' into '31-03-2026' (the
    digits become Arabic numbers, and a dash does not hold them together): the exams page and the
    JFT-Basic result showed the score range '(250-10)', the date error its example backwards.
    Every Urdu translation with such a pair keeps it in order (an isolate, or words: 10 سے 250)."""
    import re
    import xml.etree.ElementTree as ET

    from jpprep import paths
    from tests.ui.test_urdu_layout import drawn_left_to_right

    _language("ur")
    tree = ET.parse(paths.resources_dir() / "translations" / "jpprep_ur.ts")
    checked = []
    for message in tree.getroot().iter("message"):
        tr = message.find("translation")
        for text in [tr.text or ""] + [f.text or "" for f in tr.findall("numerusform")]:
            for m in re.finditer(r"(\d+)[-–](\d+)", text):
                checked.append(text)
                assert drawn_left_to_right(text, [m.group(1), m.group(2)], start=m.start()), text


# ---------------------------------------------------------------- switching the language live
@pytest.fixture
def english_window(qtbot, app_db, clock):
    from tests.ui.conftest import open_window

    w = open_window(qtbot, app_db, clock, "Siti", size=(1024, 600), ui_language="en")
    assert w.current_page_key() == "home"
    return w


def test_arrowing_past_urdu_to_nepali_gives_nepali_meanings(qtbot, english_window):
    """A keyboard user going down the language list from English passes Urdu: that first change
    stored Urdu as the meaning language, so the Nepali learner got Urdu meanings for good."""
    from tests.ui.test_settings_page import choose

    w = english_window
    choose(qtbot, w.show_page("settings").language, "ur")
    choose(qtbot, w.page("settings").language, "ne")
    assert w.page("settings").meaning.currentData() == "ne"
    from jpprep.ui import i18n

    assert i18n.meaning_language_for(w.ctx.settings) == "ne"


def test_numbers_after_switching_to_nepali_are_all_devanagari(qtbot, english_window):
    """After English > Nepali in Settings the new day's hour read '4:००' and the exam's question
    count '1': boxes built after the switch kept the window's English locale."""
    import re

    from tests.ui.test_settings_page import choose

    w = english_window
    choose(qtbot, w.show_page("settings").language, "ne")
    hour = w.page("settings").day_start.text()
    assert hour == "४:००", hour
    count = w.show_page("exams").count.text()
    assert count and not re.search("[0-9]", count), count


# ---------------------------------------------------------------- bigger text on a small screen
@pytest.mark.parametrize("lang, scale", [("ur", 150), ("ne", 150), ("en", 200)])
def test_deck_options_save_is_reachable_at_1024x600_with_bigger_text(qtbot, app_db, clock, lang,
                                                                       scale):
    """With text at 150% (Urdu) or 200% the dialog would not be smaller than 636 or 699 px high,
    so Save and Cancel were below a 600 px screen; the options now scroll inside it."""
    from PySide6.QtWidgets import QDialogButtonBox

    from jpprep.ui.deck_options import DeckOptionsDialog
    from tests.ui.conftest import open_window

    w = open_window(qtbot, app_db, clock, "Siti", size=(1024, 600), ui_language=lang,
                    text_scale=scale)
    deck = w.show_page("home").tree.topLevelItem(0).data(0, Qt.ItemDataRole.UserRole)
    d = DeckOptionsDialog(app_db, deck, w.ctx.profile_id, w)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    d.resize(1000, 560)  # a 1024x600 screen less a title bar
    qtbot.wait(20)
    assert d.height() <= 560 and d.width() <= 1000, d.size()
    for kind in (QDialogButtonBox.StandardButton.Save, QDialogButtonBox.StandardButton.Cancel):
        b = d.buttons.button(kind)
        corner = b.mapTo(d, b.rect().bottomRight())
        assert b.isVisible() and corner.y() < d.height() and corner.x() < d.width(), b.text()


def test_urdu_result_reason_that_begins_with_a_section_name_reads_right_to_left(qtbot):
    """'言語知識（文字・語彙・文法）・読解: اسی رفتار سے …' ran left to right: the Urdu sentence came
    first from the right and the section's name stood at its end, after '(0 < 38).:'."""
    from tests.ui.test_exam_result_words import _result, _show

    _language("ur")
    view = _show(qtbot, _result(None), "ur")
    view.resize(1200, 700)
    view.show()
    qtbot.waitExposed(view)
    text = view.reasons.text()
    assert "言語知識" in text and "رفتار" in text
    xs = drawn_x(view.reasons, ["言語知識", "رفتار"])
    assert xs == sorted(xs, reverse=True), xs


@pytest.mark.parametrize("lang, words", [("en", "below A1"), ("ur", "A1 سے نیچے"),
                                         ("ne", "A1 भन्दा तल")])
def test_jft_basic_band_below_a1_is_said_not_starred(qtbot, lang, words):
    """A JFT-Basic estimate under 145 ended 'Band: *' (the blueprint's name for the band
    below A1), which tells a beginner nothing."""
    from tests.ui.test_exam_result_words import _show

    _language(lang)
    result = {"method": "scaled_total", "complete": True, "passed": False, "total": 101,
              "total_max": 250, "band": "*", "correct": 19, "questions": 50, "sections": []}
    view = _show(qtbot, result, lang)
    view.show_result(result, _jft_review(), lang)
    assert "*" not in view.verdict.text() and words in view.verdict.text(), view.verdict.text()


@pytest.mark.parametrize("lang", ["ne", "ur", "en"])
def test_result_page_buttons_are_in_view_at_1024x600(qtbot, app_db, clock, lang):
    """The JFT-Basic result (four sections, two lines each) was taller than a 1024x600 window, so
    'Back to exams' and 'Send missed questions' were below the fold: the questions' review list
    asked for its full height instead of taking what is left."""
    from tests.ui.conftest import open_window

    w = open_window(qtbot, app_db, clock, "Siti", size=(1024, 600), ui_language=lang)
    page = w.show_page("exams")
    result = jft_result()
    page.results.show_result(result, _jft_review(), lang)
    page.stack.setCurrentWidget(page.results)
    qtbot.wait(50)
    for b in (page.results.back_btn, page.results.send_btn):
        assert b.isVisible() and not b.visibleRegion().isEmpty(), b.text()
        bottom = b.mapTo(w, b.rect().bottomLeft()).y()
        assert bottom < w.centralWidget().geometry().bottom(), (b.text(), bottom)
    assert page.results.review.height() >= 4 * page.results.review.fontMetrics().height()


def assert_drawn_in_right_half(widget) -> None:
    """The widget's text (its dark pixels) starts right of its middle, as it does when it is
    laid out from the right end of a right-to-left window."""
    image = widget.grab().toImage()
    inked = [x for x in range(image.width()) for y in range(image.height())
             if image.pixelColor(x, y).lightness() < 100]
    assert inked and min(inked) > image.width() / 2, (min(inked), image.width())


# ---------------------------------------------------------------- the study page in Urdu
def test_urdu_study_page_keeps_an_english_deck_name_at_the_right(qtbot, db):
    """"JLPT::N5" stood at the left end of its wide label, next to the counts, with the right
    side of the Urdu window empty."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "srs"))
    from srs_factory import T0, make_deck, make_notes, make_profile

    from jpprep.ui.context import AppContext
    from jpprep.ui.pages.study import StudyPage

    _language("ur")
    with db.session() as s:
        pid = make_profile(s)
        n5 = make_deck(s, "JLPT::N5")
        make_notes(s, n5, 3)
    page = StudyPage(AppContext(db, pid, "learner", clock=lambda: T0))
    qtbot.addWidget(page)
    page.resize(1024, 600)
    page.show()
    page.set_deck(n5)
    page.refresh()
    label = page.deck_label
    assert "JLPT::N5" in label.text() and label.width() > 300
    assert_drawn_in_right_half(label)


def test_urdu_import_dialog_heading_stands_at_the_right(qtbot, ctx, tmp_path):
    """"kitchen.csv درآمد کریں" begins with the file's name, so the heading stood at the left
    of the Urdu dialog, away from the text under it."""
    _language("ur")
    p = tmp_path / "kitchen.csv"
    p.write_text(BAD_CSV, encoding="utf-8")
    d = open_dialog(qtbot, ctx, p)
    assert "kitchen.csv" in d.title.text() and d.title.width() > 500
    assert_drawn_in_right_half(d.title)


def test_urdu_import_dialog_intro_reads_right_to_left_from_jpprep(qtbot, ctx, tmp_path):
    """The column step's Urdu intro begins with "jpprep", so it ran left to right and "jpprep"
    stood at the far end of the sentence."""
    _language("ur")
    p = tmp_path / "kitchen.csv"
    p.write_text(BAD_CSV, encoding="utf-8")
    d = open_dialog(qtbot, ctx, p)
    text = d.intro.text()
    assert "jpprep" in text and "اندازہ" in text
    xs = drawn_x(d.intro, ["jpprep", "اندازہ"])
    assert xs == sorted(xs, reverse=True), xs
