"""The Settings page, driven with the keyboard: each change is stored in the profile and shows at
once (theme, text size, meanings, romaji, day start) without a restart."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from jpprep.services import profiles
from jpprep.ui import i18n, theme
from jpprep.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def _reset(qapp_setup):
    yield
    i18n.apply_language("en")
    theme.apply_theme("system")
    theme.apply_font("en", 100)


@pytest.fixture
def win(qtbot, app_db, clock):
    info = profiles.create_profile(app_db, "Siti", now=clock())
    w = MainWindow(app_db, info, clock=clock)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    return w


def choose(qtbot, combo, value) -> None:
    """Pick an entry the way a keyboard user does: focus, then arrow keys."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentData() == value:
            break
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == value


def stored(w) -> dict:
    return profiles.get_profile(w.db, w.ctx.profile_id).settings


def window_colour() -> str:
    return QApplication.palette().color(QPalette.ColorRole.Window).name()


def test_dark_and_high_contrast_themes_apply_at_once_and_are_saved(qtbot, win):
    page = win.show_page("settings")
    choose(qtbot, page.theme, "dark")
    assert window_colour() == "#202124" and stored(win)["theme"] == "dark"
    page = win.page("settings")
    assert page.palette().color(QPalette.ColorRole.Window).name() == "#202124"
    assert win.menuBar().palette().color(QPalette.ColorRole.WindowText).name() == "#e8eaed"
    page = win.page("settings")
    choose(qtbot, page.theme, "high_contrast")
    pal = QApplication.palette()
    assert window_colour() == "#000000"
    assert pal.color(QPalette.ColorRole.WindowText).name() == "#ffffff"
    assert pal.color(QPalette.ColorRole.Highlight).name() == "#ffff00"
    assert stored(win)["theme"] == "high_contrast"


def test_text_size_scales_the_whole_interface(qtbot, win):
    base = QApplication.font().pointSizeF()
    nav_width = win.nav.width()
    page = win.show_page("settings")
    choose(qtbot, page.scale, 200)
    assert QApplication.font().pointSizeF() == pytest.approx(2 * base)
    assert stored(win)["text_scale"] == 200
    home = win.show_page("home")
    assert home.study_button.font().pointSizeF() == pytest.approx(2 * base)
    assert win.nav.width() > nav_width  # the section list widens to fit its titles
    for row in range(win.nav.count()):
        assert win.nav.visualItemRect(win.nav.item(row)).width() >= win.nav.sizeHintForColumn(0) - 2


def test_meaning_language_from_settings_reaches_the_reviewer(qtbot, win):
    page = win.show_page("settings")
    choose(qtbot, page.meaning, "ur")
    assert stored(win)["meaning_language"] == "ur"
    win.study_deck(None)
    study = win.page("study")
    qtbot.keyClick(study, Qt.Key.Key_Space)
    assert study.meaning_label.text() == "کھانا"
    qtbot.keyClick(study, Qt.Key.Key_4)
    qtbot.keyClick(study, Qt.Key.Key_Space)
    assert study.card.expression == "学校" and study.meaning_label.text() == "school"
    assert study.fallback_label.isVisible() and "Urdu" in study.fallback_label.text()


def test_meanings_follow_a_new_interface_language_until_chosen(qtbot, win):
    page = win.show_page("settings")
    choose(qtbot, page.language, "ur")
    assert win.page("settings").meaning.currentData() == "ur"  # followed, not stored as a choice
    assert "meaning_language" not in stored(win)
    page = win.page("settings")
    choose(qtbot, page.meaning, "en")
    page = win.page("settings")
    choose(qtbot, page.language, "ne")
    assert stored(win)["meaning_language"] == "en"  # the learner's own choice stays


def test_a_profile_started_in_urdu_sees_urdu_meanings_without_choosing_them(qtbot, app_db, clock):
    from .conftest import open_window

    w = open_window(qtbot, app_db, clock, "Bilal", ui_language="ur")  # as the first-start question stores it
    assert "meaning_language" not in profiles.get_profile(app_db, w.ctx.profile_id).settings
    w.study_deck(None)
    study = w.page("study")
    qtbot.keyClick(study, Qt.Key.Key_Space)
    assert study.card.expression == "食べる" and study.meaning_label.text() == "کھانا"
    assert w.page("settings").meaning.currentData() == "ur"


def test_romaji_and_furigana_stay_in_step_with_the_view_menu(qtbot, win):
    page = win.show_page("settings")
    page.romaji.setFocus()
    qtbot.keyClick(page.romaji, Qt.Key.Key_Space)
    assert stored(win)["show_romaji"] is True and win.romaji_action.isChecked()
    choose(qtbot, page.furigana, "none")
    assert stored(win)["furigana_mode"] == "none" and win.furigana_actions["none"].isChecked()
    win.furigana_actions["unknown"].trigger()  # and the menu shows on the page
    win.show_page("settings")
    assert win.page("settings").furigana.currentData() == "unknown"


def test_day_start_hour(qtbot, win):
    page = win.show_page("settings")
    assert page.day_start.value() == 4  # the default new profiles get
    page.day_start.setFocus()
    qtbot.keyClick(page.day_start, Qt.Key.Key_Up)
    assert stored(win)["day_starts_hour"] == 5


def test_every_control_has_a_label_a_screen_reader_can_say(win):
    page = win.show_page("settings")
    for box in (page.language, page.meaning, page.furigana, page.theme, page.scale, page.day_start):
        assert box.accessibleName() and "&" not in box.accessibleName()
    assert page.theme.accessibleName() == "Theme"


def test_japanese_in_the_reviewer_grows_with_the_text_size(qtbot, win):
    win.study_deck(None)
    before = win.page("study").question.font().pointSizeF()
    page = win.show_page("settings")
    choose(qtbot, page.scale, 150)
    win.study_deck(None)
    assert win.page("study").question.font().pointSizeF() == pytest.approx(1.5 * before)


def test_back_to_the_system_theme_drops_the_high_contrast_colours(qtbot, win):
    page = win.show_page("settings")
    choose(qtbot, page.theme, "high_contrast")
    page = win.page("settings")
    choose(qtbot, page.theme, "system")
    assert window_colour() != "#000000"
    assert QApplication.style().colour.name() != "#ffff00"  # the focus ring too
