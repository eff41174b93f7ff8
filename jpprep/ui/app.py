"""Start the GUI: fonts, database, profile, main window. Heavy work starts after the window shows."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from jpprep import __version__, paths
from jpprep.errors import JpprepError

_fonts_loaded: list[str] = []


def load_fonts() -> list[str]:
    """Register the bundled fonts once; return their family names."""
    if _fonts_loaded:
        return _fonts_loaded
    for f in sorted((paths.resources_dir() / "fonts").glob("*.[ot]tf")):
        fid = QFontDatabase.addApplicationFont(str(f))
        if fid >= 0:
            _fonts_loaded.extend(QFontDatabase.applicationFontFamilies(fid))
    return _fonts_loaded


def setup_application(app: QApplication) -> None:
    app.setApplicationName("jpprep")
    app.setApplicationDisplayName("jpprep")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("jpprep")
    families = load_fonts()
    base = QFont(app.font())
    # UI text in the system face, with Noto Sans JP as the fallback for every Japanese glyph,
    # so kanji look the same on every lab machine.
    if "Noto Sans JP" in families:
        base.setFamilies([base.family(), "Noto Sans JP"])
    if base.pointSizeF() < 10:
        base.setPointSizeF(10)
    app.setFont(base)
    icon = paths.resources_dir() / "icons" / "jpprep.svg"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))


def _first_start_language(db, profile: str | None) -> bool:
    """On the very first start (no profile yet) let the learner pick the language; True if the
    new profile should keep it."""
    from jpprep.services import profiles
    from jpprep.ui import i18n

    if profile or i18n.fixed_language() or profiles.list_profiles(db):
        return False
    from jpprep.ui.pages.settings import first_start_language

    first_start_language()
    return True


def open_database():
    """The configured database; if a lab's server fails, the local one (jpprep.lab), saying so."""
    from jpprep import lab

    db, message = lab.open_database()
    if message:
        QMessageBox.warning(None, "jpprep", message)
    return db


def run_gui(profile: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    setup_application(app)
    from jpprep.ui import i18n, theme

    # before any profile is open (the welcome dialog): the lab's or the system's language
    first = i18n.apply_language(i18n.fixed_language() or i18n.guess_language())
    theme.apply_font(first)
    try:
        db = open_database()
    except JpprepError as exc:
        QMessageBox.critical(None, "jpprep", str(exc))
        return 2
    from jpprep.ui.main_window import MainWindow
    from jpprep.ui.profile_dialog import choose_profile

    remember_language = _first_start_language(db, profile)
    info = choose_profile(db, profile)
    if info is None:
        db.close()
        return 0
    if remember_language and "ui_language" not in info.settings:
        from dataclasses import replace

        from jpprep.services import profiles

        info = replace(info, settings=profiles.update_settings(db, info.id, ui_language=i18n.current_language()))
    from jpprep.errors import ProfileInUseError
    from jpprep.ui.context import system_clock
    from jpprep.ui.session_guard import ProfileGuard, bring_forward_running

    guard = ProfileGuard(db.url)
    try:
        guard.take(info.name, system_clock())
    except ProfileInUseError as exc:
        if not bring_forward_running(db.url, info.name):
            QMessageBox.information(None, "jpprep", str(exc))
        db.close()
        return 0
    window = MainWindow(db, info)
    window.guard = guard
    guard.activated.connect(window.bring_forward)
    window.show()
    QTimer.singleShot(0, window.start_background_work)
    if os.environ.get("JPPREP_REPORT_IDLE"):  # benchmarks/startup.py: say when the window is idle
        QTimer.singleShot(0, lambda: (print("IDLE", flush=True), app.quit()))
    code = app.exec()
    from jpprep.ui.workers import cancel_all

    cancel_all()
    guard.release()
    db.close()
    return code
