"""Start the GUI: fonts, the window's first frame, then database, profile and pages.

The window is shown before anything heavy: SQLAlchemy, Alembic, the database open and its schema
check, the profile picker and the home page come after its first paint (Startup), and the
decks sync and the Japanese engine after that, in the background.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QObject, QTimer
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
    from jpprep.ui.error_text import opened_text

    opened = lab.open_database_report()
    message = opened_text(opened)  # in the interface language (lab.Opened.message: English)
    if message:
        QMessageBox.warning(None, "jpprep", message)
    return opened.db


class Startup(QObject):
    """What happens after the window's first paint: open the database (a bad or newer one is
    refused with its message), ask for the language on the very first start, choose the profile
    (picker and PIN), hold it (one window per profile), then fill the window."""

    def __init__(self, app: QApplication, window, profile: str | None, open_file: str | None = None) -> None:
        super().__init__()
        self.app, self.window, self.profile = app, window, profile
        self.open_file = open_file  # handed to the running window if the profile is open there
        self.db = None
        self.guard = None
        self.started = False

    def begin(self) -> None:
        if self.started:
            return
        self.started = True
        try:
            code = self._open()
        except Exception as exc:  # never leave a window that says "Loading…" for ever
            import traceback

            traceback.print_exc()
            from jpprep.ui.error_text import error_text

            QMessageBox.critical(self.window, "jpprep", self.tr(
                "jpprep could not start: {error}").format(error=error_text(exc)))
            code = 1
        if code is not None:
            self.window.hide()
            self.app.exit(code)

    def _open(self) -> int | None:
        from jpprep.ui import i18n, theme

        # the first frame is painted: now the app's own style (focus ring, and the direction of
        # a line of Urdu that begins with a Latin word) for every box and dialog from here on
        theme.apply_theme(theme.current_theme())

        try:
            self.db = db = open_database()
        except JpprepError as exc:
            from jpprep.ui.error_text import error_text

            QMessageBox.critical(self.window, "jpprep", error_text(exc))
            return 2
        from jpprep.ui.profile_dialog import choose_profile

        remember_language = _first_start_language(db, self.profile)
        info = choose_profile(db, self.profile, self.window)
        if info is None:
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
            if not bring_forward_running(db.url, info.name, self.open_file):
                from jpprep.ui.error_text import error_text

                QMessageBox.information(self.window, "jpprep", error_text(exc))
            return 0
        self.guard = guard
        self.window.guard = guard
        guard.activated.connect(self.window.bring_forward)
        guard.fileOpened.connect(self.window.import_deck)
        self.window.open(db, info)
        QTimer.singleShot(0, self.window.start_background_work)
        return None


def run_gui(profile: str | None = None, open_file: str | None = None) -> int:
    """Paint the window first (no database, no SQLAlchemy yet), then open everything."""
    app = QApplication.instance() or QApplication(sys.argv)
    setup_application(app)
    from jpprep.services import local_state
    from jpprep.ui.main_window import MainWindow

    # the first frame in the last profile's language, theme and text size (else the system's)
    last = local_state.load().get("last_ui")
    window = MainWindow(None, None, settings=last if isinstance(last, dict) else {})
    startup = Startup(app, window, profile, os.path.abspath(open_file) if open_file else None)
    if os.environ.get("JPPREP_REPORT_STARTUP"):  # benchmarks/startup.py: say when each is reached
        window.firstPainted.connect(lambda: print("PAINTED", flush=True))
        window.opened.connect(lambda: QTimer.singleShot(0, lambda: (print("USABLE", flush=True), app.quit())))
    if open_file:  # `jpprep deck.apkg`: the import dialog once the profile's window is open
        from jpprep.ui.import_dialog import open_when_ready

        open_when_ready(window, open_file)
    window.firstPainted.connect(startup.begin)
    QTimer.singleShot(1000, startup.begin)  # a window that is never painted (minimised) starts too
    window.show()
    code = app.exec()
    from jpprep.ui.workers import cancel_all

    cancel_all()
    if startup.guard is not None:
        startup.guard.release()
    if startup.db is not None:
        startup.db.close()
    return code
