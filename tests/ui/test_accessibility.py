"""Usable by everyone: every button and menu command reachable by keyboard with a name a screen
reader can say, a focus ring you can see, and no clipped text at 200% on a 1366x768 laptop."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QLabel, QMenu, QPushButton, QWidget

from jpprep.services import profiles
from jpprep.ui import i18n, theme
from jpprep.ui.main_window import MainWindow

from .conftest import open_window, save_screenshot

pytestmark = pytest.mark.usefixtures("ui_defaults")


def make_window(qtbot, db, clock, **settings) -> MainWindow:
    return open_window(qtbot, db, clock, "Nimal", **settings)


def page_keys(w) -> list[str]:
    return [key for key, *_ in w._available]


def open_page(w, key):
    page = w.show_page(key)
    if key == "study":
        w.study_deck(None)
        page.reveal()
    return page


def handles_keys(page: QWidget) -> bool:
    """The page takes its own keys (the reviewer: Space, 1-4, u, Esc) instead of button focus."""
    return type(page).keyPressEvent is not QWidget.keyPressEvent


def test_every_button_is_reachable_by_keyboard_and_has_a_name(qtbot, app_db, clock):
    w = make_window(qtbot, app_db, clock)
    problems = []
    for key in page_keys(w):
        page = open_page(w, key)
        for b in page.findChildren(QAbstractButton):
            if not b.isVisibleTo(page):
                continue
            name = b.accessibleName() or b.text().replace("&", "").strip() or b.toolTip()
            if not name:
                problems.append(f"{key}: a {type(b).__name__} has no text or accessible name")
            tab = bool(b.focusPolicy() & Qt.FocusPolicy.TabFocus)
            if not (tab or not b.shortcut().isEmpty() or handles_keys(page)):
                problems.append(f"{key}: {name!r} cannot be reached with the keyboard")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", i18n.CODES)
def test_every_menu_command_has_text_and_unique_mnemonics(qtbot, app_db, clock, lang):
    w = make_window(qtbot, app_db, clock, ui_language=lang)

    def mnemonic(text):
        i = text.replace("&&", "").find("&")
        return text.replace("&&", "")[i + 1].lower() if i >= 0 else None

    def check(title, actions):
        keys = [mnemonic(a.text()) for a in actions if not a.isSeparator()]
        assert all(a.text() for a in actions if not a.isSeparator()), title
        present = [k for k in keys if k]
        assert len(present) == len(set(present)), f"{lang} {title}: mnemonics clash {keys}"

    top = w.menuBar().actions()
    check("menu bar", top)
    assert all(mnemonic(a.text()) for a in top), [a.text() for a in top]
    for a in top:
        menu = a.menu()
        check(a.text(), menu.actions())
        for sub in menu.actions():
            if sub.menu():
                check(sub.text(), sub.menu().actions())


def test_alt_f_opens_the_file_menu(qtbot, app_db, clock):
    w = make_window(qtbot, app_db, clock)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    file_menu = w.menuBar().actions()[0].menu()
    qtbot.keyClick(w, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(file_menu.isVisible)
    file_menu.close()


@pytest.mark.parametrize("name", theme.THEMES)
def test_keyboard_focus_is_visible(qtbot, app_db, clock, name):
    w = make_window(qtbot, app_db, clock, theme=name)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    home = w.show_page("home")
    button = home.study_all
    w.nav.setFocus(Qt.FocusReason.TabFocusReason)
    plain = button.grab().toImage()
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(button.hasFocus)
    focused = button.grab().toImage()
    assert plain != focused, f"no visible focus in the {name} theme"
    ring = theme.focus_colour(name) if name != "system" else None
    if ring is not None:  # the ring is drawn in the theme's focus colour
        hits = sum(1 for x in range(focused.width()) if focused.pixelColor(x, focused.height() // 2) == ring
                   or focused.pixelColor(x, 2) == ring)
        assert hits > 0
    save_screenshot(w, f"focus-{name}")


def too_wide(page: QWidget, where: str) -> list[str]:
    """Forms and buttons must fit the width: only tables may scroll sideways."""
    from PySide6.QtWidgets import QScrollArea

    areas = [page.parentWidget().parentWidget(), *page.findChildren(QScrollArea)]  # the main window's, then the page's
    return [f"{where}: wider than the screen, scrolls sideways ({a.widget().minimumSizeHint().width()} px "
            f"in {a.viewport().width()} px)" for a in areas
            if isinstance(a, QScrollArea) and a.isVisible() and a.horizontalScrollBar().maximum() > 0]


def clipped(widget: QWidget) -> str | None:
    """Why the widget's text does not fit, or None."""
    hint = widget.sizeHint()
    if isinstance(widget, QLabel):
        if not widget.text() or widget.pixmap() is not None and not widget.pixmap().isNull():
            return None
        if widget.wordWrap():
            need = widget.heightForWidth(widget.width())
            return f"needs height {need}, has {widget.height()}" if need > widget.height() + 1 else None
    if isinstance(widget, (QPushButton, QCheckBox)) and not widget.text():
        return None
    if hint.width() > widget.width() + 1 or hint.height() > widget.height() + 1:
        return f"needs {hint.width()}x{hint.height()}, has {widget.width()}x{widget.height()}"
    return None


@pytest.mark.parametrize("lang", ["en", "ur", "ne"])
def test_nothing_is_clipped_at_200_percent_on_a_1366x768_laptop(qtbot, app_db, clock, lang):
    w = make_window(qtbot, app_db, clock, ui_language=lang, text_scale=200)
    problems = []
    for key in page_keys(w):
        page = open_page(w, key)
        qtbot.wait(50)
        assert w.width() <= 1366 and w.height() <= 768
        for widget in page.findChildren(QWidget):
            if isinstance(widget, (QLabel, QPushButton, QCheckBox)) and widget.isVisibleTo(page):
                if isinstance(widget.parent(), QMenu):
                    continue
                why = clipped(widget)
                if why:
                    problems.append(f"{lang} {key}: {widget.text()[:40]!r} {why}")
        problems += too_wide(page, f"{lang} {key}")
        save_screenshot(w, f"scale200-{lang}-{key}")
    for row in range(w.nav.count()):
        rect = w.nav.visualItemRect(w.nav.item(row))
        assert rect.width() >= w.nav.sizeHintForColumn(0) - 2
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", ["ja", "ur"])
def test_instructor_pages_fit_at_200_percent(qtbot, app_db, clock, lang):
    info = profiles.create_profile(app_db, "Sensei", now=clock(), role="instructor")
    profiles.update_settings(app_db, info.id, ui_language=lang, text_scale=200)
    w = MainWindow(app_db, profiles.get_profile(app_db, info.id), clock=clock)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    keys = [key for key, *_ in w._available]
    assert "classroom" in keys
    page = w.show_page("classroom")
    qtbot.wait(50)
    save_screenshot(w, f"scale200-{lang}-classroom")
    problems = [f"{widget.text()[:40]!r} {clipped(widget)}" for widget in page.findChildren(QWidget)
                if isinstance(widget, (QLabel, QPushButton, QCheckBox)) and widget.isVisibleTo(page)
                and clipped(widget)]
    assert not problems, "\n".join(problems)
