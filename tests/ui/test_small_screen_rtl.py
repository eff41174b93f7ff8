"""What a visual audit in en, ur, ne and ja at 1366x768 and 1024x600 found: pages that scrolled
sideways on a 1024x600 netbook, English left in Urdu screens, numbers turned around or pushed
to the wrong side in Urdu, the deck browser hiding the start of a long meaning."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QMenu, QPushButton, QWidget

from jpprep.services import profiles
from jpprep.ui import i18n
from jpprep.ui.context import AppContext

from .conftest import open_window, save_screenshot
from .test_accessibility import clipped, open_page, page_keys, too_wide

pytestmark = pytest.mark.usefixtures("ui_defaults")

EXAM_BANK = "decks/exams/jlpt-n5-form-a.json"  # shipped, with Urdu explanations


@pytest.mark.parametrize("lang", ["en", "ur", "ne", "ja"])
def test_every_page_fits_a_1024x600_screen(qtbot, app_db, clock, lang):
    w = open_window(qtbot, app_db, clock, "Sita", size=(1024, 600), ui_language=lang)
    problems = []
    for key in page_keys(w):
        page = open_page(w, key)
        qtbot.wait(50)
        for widget in page.findChildren(QWidget):
            if isinstance(widget, (QLabel, QPushButton, QCheckBox)) and widget.isVisibleTo(page):
                if not isinstance(widget.parent(), QMenu) and clipped(widget):
                    problems.append(f"{lang} {key}: {widget.text()[:40]!r} {clipped(widget)}")
        problems += too_wide(page, f"{lang} {key}")
        save_screenshot(w, f"small-{lang}-{key}")
    assert not problems, "\n".join(problems)


def test_heatmap_fits_a_narrow_window_and_keeps_its_year(qapp_setup, qtbot):
    from jpprep.ui.widgets.heatmap import HeatmapWidget

    import datetime as dt

    h = HeatmapWidget()
    qtbot.addWidget(h)
    end = dt.date(2026, 12, 7)
    h.set_data([((end - dt.timedelta(days=d)).isoformat(), d % 3) for d in range(364, -1, -1)])
    assert h.minimumSizeHint().width() <= 520  # fits 1024 px beside the navigation
    h.resize(500, h.heightForWidth(500))
    last = h.cell_rect(364)
    assert last.right() < h.width() and last.bottom() < h.height()  # today is drawn, not cut off
    h.resize(1200, h.heightForWidth(1200))
    assert h.cell_rect(364).width() == h.CELL  # full-size squares when there is room


def test_heatmap_month_names_follow_the_interface_language(qapp_setup, qtbot):
    from jpprep.ui.widgets.heatmap import HeatmapWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.setLocale(QLocale("en"))  # a window made before the language was chosen
    i18n.apply_language("ur")
    h = HeatmapWidget(parent)
    urdu = QLocale("ur").monthName(2, QLocale.FormatType.ShortFormat)
    assert h.month_name(2) == urdu != "Feb"


def _ink(label: QLabel) -> tuple[int, int]:
    """Leftmost and rightmost columns where the label draws its text."""
    img = label.grab().toImage()
    bg = img.pixelColor(0, 0)
    xs = [x for x in range(img.width()) for y in range(img.height()) if img.pixelColor(x, y) != bg]
    return min(xs), max(xs)


def test_urdu_figures_start_on_the_right_like_their_captions(qapp_setup, qtbot, db, clock):
    from jpprep.ui.pages.stats import StatsPage

    i18n.apply_language("ur")
    info = profiles.create_profile(db, "Raza", now=clock())
    page = StatsPage(AppContext(db, info.id, info.name, clock, {"ui_language": "ur"}))
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.refresh()
    figure = page.figures["reviews"]  # "0": a bare number
    figure.setText("923")
    left, right = _ink(figure)
    assert right > figure.width() - 12 and left > figure.width() // 2


@pytest.fixture
def finished_practice(db, clock, qapp_setup, qtbot):
    """finished_practice(lang) -> the exams page showing the result of a 3-question practice."""
    from jpprep.ui.pages.exams import ExamsPage

    def make(lang):
        i18n.apply_language(lang)
        info = profiles.create_profile(db, f"learner-{lang}", now=clock())
        ctx = AppContext(db, info.id, info.name, clock, {"ui_language": lang, "exam_banks": [EXAM_BANK]})
        page = ExamsPage(ctx)
        qtbot.addWidget(page)
        page.resize(1000, 560)
        page.show()
        page.exam.setCurrentIndex(page.exam.findData("jlpt-n5"))
        page.mode.setCurrentIndex(page.mode.findData("type"))
        page.count.setValue(3)
        page.start()
        runner = page.runner
        assert runner is not None, page.message.text()
        for _ in runner.s.section.items:
            runner.answer(1)
            runner.next()
        runner.finish_section()
        runner.finish_section()  # pressed again: closes the section
        qtbot.waitUntil(lambda: page.runner is None, timeout=10_000)
        return page

    return make


def test_urdu_result_review_is_in_urdu_with_urdu_explanations(finished_practice):
    page = finished_practice("ur")
    text = page.results.review.toPlainText()
    assert "آپ کا جواب" in text and "درست جواب" in text
    assert "Your answer" not in text and "Right answer" not in text
    from jpprep.services import exams as svc

    entries = svc.review(page.ctx.db, page._attempt_shown).entries
    first = entries[0].item.explanation
    assert first.get("ur") and first["ur"] in text and first["en"] not in text


def test_urdu_class_trend_keeps_its_sign_in_front(qapp_setup, qtbot, db, tmp_path, clock):
    from lab.classdata import make_class

    from jpprep.ui.main_window import MainWindow

    klass = make_class(db, tmp_path, clock)
    profiles.update_settings(db, klass["sensei"].id, ui_language="ur")
    w = MainWindow(db, profiles.get_profile(db, klass["sensei"].id), clock=clock)
    qtbot.addWidget(w)
    page = w.show_page("classroom")
    trend = next(page.table.item(r, 6).text() for r in range(page.table.rowCount())
                 if page.table.item(r, 0).text() == "Ayesha")
    assert trend == "\u2066+17\u2069"  # left to right inside the Urdu row: "+17", not "17+"


def test_urdu_scores_keep_their_order(finished_practice):
    page = finished_practice("ur")
    cell = page.results.table.item(0, 1).text()
    # "0 / 3" inside a left-to-right isolate: in an Urdu line it would otherwise read "3 / 0"
    assert cell.startswith("\u2066") and cell.endswith("\u2069") and " / 3 " in cell


@pytest.mark.parametrize("lang", ["ur", "ja"])
def test_past_results_name_the_practice_mode_in_the_interface_language(finished_practice, lang):
    page = finished_practice(lang)
    page.show_home()
    line = page.history.item(0).text()
    expected = {"ur": page.mode.itemText(page.mode.findData("type")),
                "ja": page.mode.itemText(page.mode.findData("type"))}[lang]
    assert f" · {expected} · " in line and " · type · " not in line


LONG_DECK = """format = 1
id = "long-fields"
name = "Long::Fields"
description = "A note with long fields"
languages = ["en"]
level = "N5"
card_types = ["recognition"]
licence = "CC0"
attribution = "written for the tests"
version = "1"
"""

LONG_NOTES = """id,kind,expression,reading,meaning_en,tags,level
1,vocab,明るい,あかるい,"bright (of a colour), brightly-lit, well-lit, well-lighted; cheerful, bright, spirited, sunny",level-approximate jlpt-n5 pos-adj-i common colour light,N5
2,vocab,水,みず,water,level-approximate jlpt-n5 pos-n common drink,N5
"""


def test_deck_browser_fits_1024_and_shows_the_start_of_a_long_meaning(qapp_setup, qtbot, db, clock, tmp_path):
    from jpprep.services.importing import sync_shipped_decks
    from jpprep.ui.pages.browser import BrowserPage

    d = tmp_path / "decks" / "long-fields"
    d.mkdir(parents=True)
    (d / "deck.toml").write_text(LONG_DECK, encoding="utf-8")
    (d / "notes.csv").write_text(LONG_NOTES, encoding="utf-8")
    sync_shipped_decks(db, d.parent, now=clock())
    info = profiles.create_profile(db, "Dewi", now=clock())
    page = BrowserPage(AppContext(db, info.id, info.name, clock, {}))
    qtbot.addWidget(page)
    page.resize(1024 - 170, 560)  # the page beside the navigation on a 1024x600 screen
    page.show()
    page.refresh()
    qtbot.wait(50)
    header = page.table.horizontalHeader()
    shown = page.table.viewport().width()
    level = page.table.columnViewportPosition(4) + header.sectionSize(4)
    assert level <= shown, "the Level column is pushed out of sight by long tags"
    assert header.sectionSize(2) >= 120, "no room left for the meaning"
    row = next(r for r in range(page.table.rowCount()) if page.table.item(r, 0).text() == "明るい")
    page.table.selectRow(row)
    assert page.meaning.text().startswith("bright")
    assert page.meaning.cursorPosition() == 0  # its beginning is what shows
    assert not page.table.wordWrap()  # one line per note: no half-cut second line


@pytest.mark.parametrize("lang", ["ja", "ne", "ur", "en", "vi", "id"])
def test_exam_buttons_stay_on_a_600_px_screen_when_the_finish_warning_shows(qtbot, app_db, clock, lang):
    from PySide6.QtCore import QPoint

    w = open_window(qtbot, app_db, clock, "Hari", size=(1024, 600), ui_language=lang,
                    exam_banks=[EXAM_BANK])
    page = w.show_page("exams")
    scroll = w.stack.currentWidget()  # the main window's scroll area around the page
    page.exam.setCurrentIndex(page.exam.findData("jlpt-n5"))
    page.mode.setCurrentIndex(page.mode.findData("type"))
    page.count.setValue(5)
    page.start()
    runner = page.runner
    runner.finish_section()  # the warning: "press Finish section again…"
    qtbot.wait(200)
    assert runner.banner.text()
    # the main window's scroll area gives the page the height it asks for at its width
    assert page.heightForWidth(page.width()) <= scroll.viewport().height()
    save_screenshot(w, f"small-{lang}-exam-finish")
    viewport = scroll.viewport()
    for button in (runner.prev_btn, runner.next_btn, runner.finish_btn):
        bottom = button.mapTo(viewport, QPoint(0, button.height())).y()
        assert bottom <= viewport.height(), f"{button.text()!r} is below the window ({bottom} > {viewport.height()})"


def test_about_text_starts_at_the_top_of_its_tab(qapp_setup, qtbot):
    from jpprep.ui.about import AboutDialog

    d = AboutDialog()
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    label = d.tabs.widget(0)
    img = label.grab().toImage()
    bg = img.pixelColor(img.width() - 2, img.height() - 2)
    first = next(y for y in range(img.height()) if any(img.pixelColor(x, y) != bg for x in range(0, img.width(), 2)))
    assert first < 40, f"the text starts {first} px down, under a blank space"


def test_urdu_review_lines_run_right_to_left_and_japanese_lines_left_to_right(finished_practice):
    page = finished_practice("ur")
    doc = page.results.review.document()
    blocks = []
    b = doc.begin()
    while b.isValid():
        blocks.append((b.text(), b.textDirection()))
        b = b.next()
    answers = [d for t, d in blocks if "آپ کا جواب" in t]
    urdu_notes = [d for t, d in blocks if "پڑھ" in t]  # Urdu explanations ("… is read …")
    sentences = [d for t, d in blocks if t.endswith("。")]
    rtl, ltr = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight
    assert answers and all(d == rtl for d in answers)
    assert urdu_notes and all(d == rtl for d in urdu_notes)
    assert sentences and all(d == ltr for d in sentences)  # 。 stays at the end of the Japanese
    save_screenshot(page.results, "review-ur")


def test_urdu_month_names_start_over_their_month(qapp_setup, qtbot):
    import datetime as dt

    from jpprep.ui.widgets.heatmap import HeatmapWidget

    i18n.apply_language("ur")
    h = HeatmapWidget()
    qtbot.addWidget(h)
    end = dt.date(2026, 12, 20)
    h.set_data([((end - dt.timedelta(days=d)).isoformat(), 0) for d in range(364, -1, -1)])
    h.resize(900, h.heightForWidth(900))
    h.show()
    img = h.grab().toImage()
    bg = img.pixelColor(img.width() - 1, img.height() - 1)
    first_of_dec = next(i for i, (day, _n) in enumerate(h._days) if day == dt.date(2026, 12, 1))
    box = h.month_rect(first_of_dec)
    ink = [x for x in range(box.left(), box.right()) for y in range(box.top(), box.bottom())
           if img.pixelColor(x, y) != bg]
    assert ink and min(ink) <= box.left() + 6, "the month name is not written over its first week"


@pytest.mark.parametrize("lang", ["ur", "ne"])
def test_profile_picker_shows_every_name_after_a_wrong_pin(qapp_setup, qtbot, db, clock, lang):
    from jpprep.services import pins
    from jpprep.ui.profile_dialog import ProfileDialog

    from jpprep.ui import theme

    i18n.apply_language(lang)
    theme.apply_font(lang, 100)  # as the app does: Urdu in Noto Naskh, taller lines
    a = profiles.create_profile(db, "Aisha", now=clock())
    for name in ("Bishal", "Tanaka Sensei", "رضا"):
        profiles.create_profile(db, name, now=clock())
    pins.set_pin(db, a.id, "4821")
    d = ProfileDialog(db, clock=clock)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    d.list.setCurrentRow(0)
    qtbot.keyClicks(d.pin, "1111")
    qtbot.keyClick(d.pin, Qt.Key.Key_Return)
    qtbot.wait(50)
    assert d.pin_message.text()
    save_screenshot(d, f"picker-wrong-pin-{lang}")
    assert d.list.verticalScrollBar().maximum() == 0, "a name is hidden behind a scroll bar"
    assert d.pin_message.height() >= d.pin_message.heightForWidth(d.pin_message.width())
    below = d.pin_label if d.pin_label.isVisible() else d.pin
    assert d.list.geometry().bottom() < below.geometry().top(), "the list runs into the PIN field"
