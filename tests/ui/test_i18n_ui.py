"""The interface in the learners' languages: Urdu right to left with Japanese kept left to right,
language changes without a restart, and screenshots of every page in Urdu and Nepali."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from jpprep.services import profiles
from jpprep.ui import i18n
from jpprep.ui.main_window import MainWindow
from jpprep.ui.widgets.furigana import FuriganaView

from .conftest import open_window, save_screenshot

pytestmark = pytest.mark.usefixtures("ui_defaults")


def make_window(qtbot, db, clock, **settings) -> MainWindow:
    return open_window(qtbot, db, clock, "Aisha", **settings)


RTL = Qt.LayoutDirection.RightToLeft
LTR = Qt.LayoutDirection.LeftToRight


def menu_titles(w: MainWindow) -> list[str]:
    return [a.text() for a in w.menuBar().actions()]


def test_urdu_profile_lays_out_right_to_left_but_japanese_stays_left_to_right(qtbot, app_db, clock):
    w = make_window(qtbot, app_db, clock, ui_language="ur")
    assert QApplication.layoutDirection() == RTL
    assert w.layoutDirection() == RTL and w.menuBar().isRightToLeft()
    assert menu_titles(w)[0] == "فائل (&F)"
    assert w.progress.isRightToLeft()  # progress bars fill from the right
    # the navigation list sits on the right of the page in a mirrored layout
    assert w.nav.mapTo(w, w.nav.rect().topLeft()).x() > w.stack.mapTo(w, w.stack.rect().topLeft()).x()
    study = w.page("study")
    w.study_deck(None)
    views = study.findChildren(FuriganaView)
    assert views and all(v.layoutDirection() == LTR for v in views)
    assert study.layoutDirection() == RTL


def test_changing_the_language_in_settings_retranslates_without_restart(qtbot, app_db, clock):
    w = make_window(qtbot, app_db, clock)
    assert menu_titles(w)[0] == "&File"
    settings = w.show_page("settings")
    combo = settings.language
    combo.setFocus()
    # keyboard only: move down the list until Nepali is chosen
    while combo.currentData() != "ne":
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: menu_titles(w)[0] == "फाइल (&F)")
    assert w.nav.item(0).text() == "गृहपृष्ठ"
    assert w.layoutDirection() == LTR
    # the page was rebuilt in Nepali and keeps the keyboard focus on the language box
    new_page = w.page("settings")
    assert new_page is not settings and w.current_page_key() == "settings"
    assert w.focusWidget() is new_page.language and new_page.language.currentData() == "ne"
    assert profiles.get_profile(app_db, w.ctx.profile_id).settings["ui_language"] == "ne"
    # and back to English the same way
    while new_page.language.currentData() != "en":
        qtbot.keyClick(new_page.language, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: menu_titles(w)[0] == "&File")


def test_nepali_counts_use_devanagari_digits_and_plurals(qtbot, app_db, clock):
    w = make_window(qtbot, app_db, clock, ui_language="ne")
    home = w.show_page("home")
    assert "आज ३ कार्डहरू" in home.summary.text() or "३ नयाँ कार्डहरू" in home.summary.text()
    rows = home.deck_rows()  # the table shows ३, and still reads back as 3
    assert any(r[1] == 3 for r in rows)
    cell = home.tree.topLevelItem(0)
    assert any(cell.text(c) and cell.text(c)[0] in "०१२३४५६७८९" for c in (1, 2, 3))


def test_switching_profile_switches_to_that_profiles_language(qtbot, app_db, clock):
    w = make_window(qtbot, app_db, clock, ui_language="ur")
    other = profiles.create_profile(app_db, "Bikash", now=clock())
    profiles.update_settings(app_db, other.id, ui_language="ne")
    w.use_profile(profiles.get_profile(app_db, other.id))
    assert menu_titles(w)[0] == "फाइल (&F)" and w.layoutDirection() == LTR


def test_lab_configuration_fixes_the_language(qtbot, app_db, clock, monkeypatch):
    monkeypatch.setenv(i18n.ENV_FIXED, "ur")
    w = make_window(qtbot, app_db, clock, ui_language="ne")
    assert menu_titles(w)[0] == "فائل (&F)"
    page = w.show_page("settings")
    assert not page.language.isEnabled() and page.fixed_note.isVisibleTo(page)


def _visible_pages(w: MainWindow) -> list[str]:
    return [key for key, *_ in w._available]


@pytest.mark.parametrize("lang", ["ur", "ne", "ja"])
def test_screenshots_of_every_page(qtbot, app_db, clock, lang):
    """Saved to screenshots/<lang>-<page>.png to be looked at; the test checks no text is
    replaced by boxes (every character has a glyph in the fonts the app uses)."""
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QAbstractButton, QLabel

    w = make_window(qtbot, app_db, clock, ui_language=lang)
    qtbot.waitUntil(lambda: w.menuBar().actions()[0].isVisible() or True)
    qtbot.wait(100)  # let the menu bar lay out before the first grab
    for key in _visible_pages(w):
        page = w.show_page(key)
        if key == "study":
            w.study_deck(None)
            page.reveal()
            for view in page.findChildren(FuriganaView):  # kanji, not boxes
                assert QFontMetrics(view.font()).inFontUcs4(ord("食"))
        qtbot.wait(10)
        save_screenshot(w, f"{lang}-{key}")
        for widget in page.findChildren(QWidget):
            if isinstance(widget, (QLabel, QAbstractButton)) and widget.isVisibleTo(page):
                text = widget.text()
                if "<" in text:
                    continue
                fm = QFontMetrics(widget.font())
                missing = [c for c in text if c.strip() and not fm.inFontUcs4(ord(c))]
                assert not missing, (key, text, missing)


def test_urdu_exam_palette_is_on_the_right_and_japanese_stays_left_to_right(qtbot, db, clock, tmp_path):
    from jpprep.exams import blueprint, synthetic
    from jpprep.ui.context import AppContext
    from jpprep.ui.pages.exams import ExamsPage

    i18n.apply_language("ur")
    prof = profiles.create_profile(db, "Nimra", now=clock())
    bank = synthetic.synthetic_bank(blueprint.get("jft-basic"), tmp_path / "jft")
    ctx = AppContext(db=db, profile_id=prof.id, profile_name="Nimra", clock=clock,
                     settings={"exam_banks": [str(bank)]})
    page = ExamsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 740)
    page.show()
    page.exam.setCurrentIndex(page.exam.findData("jft-basic"))
    page.mode.setCurrentIndex(page.mode.findData("full"))
    page.start_btn.setFocus()
    qtbot.keyClick(page.start_btn, Qt.Key.Key_Space)
    runner = page.runner
    assert runner is not None
    if not runner.palette.isVisibleTo(page):  # a section intro first: Enter starts it
        qtbot.keyClick(runner, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: runner.palette.isVisibleTo(page))
    palette_x = runner.palette.mapTo(page, runner.palette.rect().center()).x()
    assert palette_x > page.width() // 2  # mirrored: the palette sits on the right
    views = runner.findChildren(FuriganaView)
    assert all(v.layoutDirection() == LTR for v in views)
    save_screenshot(page, "ur-exam-cbt")


def test_first_start_picks_the_language_by_keyboard_and_the_welcome_follows(qtbot, db):
    from jpprep.ui.pages.settings import LanguageDialog
    from jpprep.ui.profile_dialog import ProfileDialog

    dialog = LanguageDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.language() == i18n.guess_language()  # the system's language is chosen already
    save_screenshot(dialog, "first-start-language")
    dialog.list.setCurrentRow(0)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Down)  # English -> اردو
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.language() == "ur"
    i18n.apply_language(dialog.language())
    welcome = ProfileDialog(db, first_start=True)
    qtbot.addWidget(welcome)
    assert welcome.windowTitle() == "jpprep میں خوش آمدید"
    assert welcome.layoutDirection() == RTL


def test_the_language_is_asked_only_on_the_very_first_start(db, clock, monkeypatch):
    from jpprep.ui import app
    from jpprep.ui.pages import settings

    asked = []
    monkeypatch.setattr(settings, "first_start_language", lambda parent=None: asked.append(1) or "ne")
    assert app._first_start_language(db, None) is True and asked == [1]
    assert app._first_start_language(db, "Aisha") is False  # --profile: no questions
    monkeypatch.setenv(i18n.ENV_FIXED, "ur")
    assert app._first_start_language(db, None) is False  # the lab decides
    monkeypatch.delenv(i18n.ENV_FIXED)
    profiles.create_profile(db, "Aisha", now=clock())
    assert app._first_start_language(db, None) is False and asked == [1]
