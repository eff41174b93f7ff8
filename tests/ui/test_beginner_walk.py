"""Faults a beginner met on a walk through the app in Indonesian, Vietnamese and Nepali at
1366x768 and 1024x600, 100% and 150% text, with furigana and romaji on: romaji that broke the
reviewer on the second card, a first-start welcome cut off, SSW answer choices with bare kanji
under a stem with furigana, a mock exam whose clock and buttons left the screen, a result whose
note lay over its table and whose explanations the keyboard could not reach, a settings label
cut in half, a Progress page wider than the screen, and one Indonesian word for both "Study" and
"Learning"."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import open_window
from tests.ui.test_walk_faults import jft_result

pytestmark = pytest.mark.usefixtures("ui_defaults")
KANJI = "[\u4e00-\u9fff\u3005]"


# ---------------------------------------------------------------- first start at 150%
def test_vietnamese_welcome_shows_all_its_text_at_150_percent(qtbot, db):
    """The first-start welcome kept the height of two lines: in Vietnamese at 150% its text wraps
    to three, and the first line's top and the last line's bottom were cut off."""
    from jpprep.ui import i18n, theme
    from jpprep.ui.profile_dialog import ProfileDialog

    i18n.apply_language("vi")
    theme.apply_font("vi", 150)
    d = ProfileDialog(db, first_start=True)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    intro = d.intro
    assert "máy" in intro.text()
    assert intro.height() >= intro.heightForWidth(intro.width()), (intro.height(), intro.width())


# ---------------------------------------------------------------- the reviewer with romaji on
def test_romaji_stands_beside_the_reading_card_after_card(qtbot, db, clock, tmp_path):
    """With "Show romaji" on, the second card's answer raised TypeError ('module' object is not
    callable): loading jpprep.japanese.romaji on the first call replaced the package's romaji()
    with the module of the same name."""
    from tests.ui.reviewer_deck import study_window

    _win, page = study_window(qtbot, db, clock, tmp_path, card_types=("recognition",),
                              ui_language="id", show_romaji=True)
    seen = []
    for _ in range(3):
        qtbot.keyClick(page, Qt.Key.Key_Space)
        seen.append(page.reading_label.text())
        qtbot.keyClick(page, Qt.Key.Key_3)
    assert seen == ["たべる  (taberu)", "がっこう  (gakkou)", "しんぶん  (shinbun)"]


# ---------------------------------------------------------------- an SSW mock: furigana
def test_ssw_food_service_choices_give_the_readings_of_their_kanji(qtbot, db, clock):
    """The stem of the shipped food-service mock had furigana, its choices none ("床に　直接
    置く"): the banks mark few readings and the choices took only those."""
    from jpprep.services import exams as svc
    from jpprep.services.profiles import create_profile
    from jpprep.ui.context import AppContext
    from jpprep.ui.pages.exams import ExamsPage

    info = create_profile(db, "Dewi", now=clock())
    page = ExamsPage(AppContext(db, info.id, info.name, clock, {"ui_language": "id"}))
    qtbot.addWidget(page)
    page.resize(1024, 600)
    page.show()
    page.exam.setCurrentIndex(page.exam.findData("ssw-food-service"))
    page.start_btn.click()
    runner = page.runner
    assert runner is not None, page.message.text()
    assert runner.view.stem.ruby.isVisibleTo(runner)  # the stem: furigana, as the test prints it
    bare, checked = [], 0
    for _ in range(10):
        for b in runner.view.buttons:
            checked += bool(re.search(KANJI, b.text()))
            bare += re.findall(f"{KANJI}+(?![\u4e00-\u9fff\u3005（])", b.text())
        qtbot.keyClick(runner, Qt.Key.Key_Right)
    assert checked and not bare, bare
    assert svc.unfinished(db, info.id)  # still the one mock, open


# ---------------------------------------------------------------- a mock exam at 150%
@pytest.mark.parametrize("lang", ["vi", "ur"])
def test_cbt_exam_keeps_its_clock_and_buttons_in_view_at_150_percent(qtbot, app_db, clock, lang):
    """In Vietnamese at 150% on 1024x600 the CBT screen's five buttons were wider than the
    window: the exam scrolled sideways, "Kết thúc phần (E)" was half hidden and the clock
    ("Thời gian còn lại 60:00") out of view. The help and Finish buttons now take a second line."""
    w = open_window(qtbot, app_db, clock, "Dewi", size=(1024, 600), ui_language=lang,
                    text_scale=150)
    page = w.show_page("exams")
    page.exam.setCurrentIndex(page.exam.findData("jft-basic"))
    page.start_btn.click()
    runner = page.runner
    assert runner is not None, page.message.text()
    qtbot.wait(50)
    area = page.parentWidget().parentWidget()
    assert area.horizontalScrollBar().maximum() == 0
    view = area.viewport()
    for widget in (runner.clock, runner.prev_btn, runner.next_btn, runner.help_btn, runner.finish_btn):
        box = widget.rect().translated(widget.mapTo(view, widget.rect().topLeft()))
        assert widget.isVisible() and view.rect().contains(box), (widget.text(), box, view.rect())
    assert runner.view.isVisible() and runner.view.visibleRegion().boundingRect().height() > 100


# ---------------------------------------------------------------- a mock's result at 150%
@pytest.mark.parametrize("lang", ["vi", "ne"])
def test_result_note_stands_below_the_whole_table_at_150_percent(qtbot, app_db, clock, lang):
    """At 1024x600 with 150% text the JFT-Basic result's note ("Đây chỉ là ước tính …") was drawn
    over the table's last row (読解 Reading Comprehension)."""
    w = open_window(qtbot, app_db, clock, "Dewi", size=(1024, 600), ui_language=lang,
                    text_scale=150)
    page = w.show_page("exams")
    result = jft_result()
    from types import SimpleNamespace

    from jpprep.exams import blueprint

    view = page.results
    view.show_result(result, SimpleNamespace(blueprint=blueprint.get("jft-basic"), entries=[]), lang)
    page.stack.setCurrentWidget(view)
    qtbot.wait(50)
    parts = [view.verdict, view.reasons, view.table, view.note, view.review, view.send_btn]
    for upper, lower in zip(parts, parts[1:]):
        assert upper.geometry().bottom() < lower.geometry().top(), (upper, lower)
    assert view.review.height() >= view.review.minimumHeight()


# ---------------------------------------------------------------- a mock's review by keyboard
def test_mistakes_can_be_read_to_the_end_with_the_keyboard(qtbot, app_db, clock):
    """After a mock, Tab went from "Send missed questions…" to "Back to exams" and the section
    list: the list of questions and explanations never took the keyboard, so a keyboard user
    saw the first few explanations only."""
    from PySide6.QtWidgets import QApplication

    w = open_window(qtbot, app_db, clock, "Dewi", size=(1024, 600), ui_language="id")
    w.activateWindow()  # the keyboard goes where a learner's would
    qtbot.waitUntil(w.isActiveWindow)
    page = w.show_page("exams")
    page.exam.setCurrentIndex(page.exam.findData("ssw-food-service"))
    page.start_btn.click()
    runner = page.runner
    for _ in range(60):
        if page.runner is None:
            break
        last = runner.s.index + 1 == len(runner.s.section.items)
        qtbot.keyClick(runner, Qt.Key.Key_1)
        qtbot.keyClick(runner, Qt.Key.Key_E if last else Qt.Key.Key_Right)
        if last:
            qtbot.keyClick(runner, Qt.Key.Key_E)
    view = page.results
    assert view.isVisible()
    view.send_btn.setFocus()
    assert QApplication.focusWidget() is view.send_btn
    for _ in range(4):
        if QApplication.focusWidget() is view.review:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is view.review
    bar = view.review.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    qtbot.keyClick(view.review, Qt.Key.Key_PageDown)
    assert bar.value() > 0


# ---------------------------------------------------------------- Settings at 150%
def _ink_rows(widget) -> tuple[int, int]:
    image = widget.grab().toImage()
    rows = [y for y in range(image.height()) for x in range(image.width())
            if image.pixelColor(x, y).lightness() < 110]
    return min(rows), max(rows)


def test_vietnamese_settings_labels_are_drawn_whole_at_150_percent(qtbot, app_db, clock):
    """"Nghĩa và giải thích bằng:" broke onto two lines inside a one-line row at 1024x600 and
    150%: the tops of the first line (its accents) and the bottom of "bằng:" were cut off."""
    from PySide6.QtWidgets import QFormLayout, QLabel

    w = open_window(qtbot, app_db, clock, "Dewi", size=(1024, 600), ui_language="vi",
                    text_scale=150)
    page = w.show_page("settings")
    qtbot.wait(50)
    form = page.findChild(QFormLayout)
    labels = [form.itemAt(r, QFormLayout.ItemRole.LabelRole).widget() for r in range(form.rowCount())
              if form.itemAt(r, QFormLayout.ItemRole.LabelRole) is not None]
    labels = [lab for lab in labels if isinstance(lab, QLabel) and lab.text()]
    assert any("bằng" in lab.text() for lab in labels)
    for lab in labels:
        top, bottom = _ink_rows(lab)
        assert top > 0 and bottom < lab.height() - 1, (lab.text(), top, bottom, lab.height())


# ---------------------------------------------------------------- Progress at 150%
@pytest.mark.parametrize("lang", ["id", "vi"])
def test_progress_page_fits_a_1024x600_screen_at_150_percent(qtbot, app_db, clock, lang):
    """Title, "Show:", the deck list and both buttons stood in one row wider than the screen: the
    page scrolled sideways and "Fit my memory model" was cut off at the right edge."""
    w = open_window(qtbot, app_db, clock, "Dewi", size=(1024, 600), ui_language=lang,
                    text_scale=150)
    page = w.show_page("stats")
    qtbot.wait(50)
    area = page.parentWidget().parentWidget()
    assert area.horizontalScrollBar().maximum() == 0
    for b in (page.target_button, page.optimize_button):
        right = b.mapTo(area.viewport(), b.rect().topRight()).x()
        assert right <= area.viewport().width(), (b.text(), right)


# ---------------------------------------------------------------- Indonesian words
def test_indonesian_learning_cards_are_not_called_study(qtbot, app_db, clock):
    """The section list's "Study" and the Home column "Learning" were both "Belajar", so the
    reviewer read "Baru 20 · Belajar 0" under a "Belajar" page."""
    w = open_window(qtbot, app_db, clock, "Dewi", ui_language="id")
    study = w.nav.item([key for key, *_ in w._available].index("study")).text()
    home = w.show_page("home")
    columns = [home.tree.headerItem().text(c) for c in range(home.tree.columnCount())]
    assert study == "Belajar" and study not in columns, columns
