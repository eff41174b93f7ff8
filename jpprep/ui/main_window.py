"""The main window: a navigation list on the left, one page at a time on the right.

Start-up (jpprep.ui.app) shows it at once as a light frame, `MainWindow(None, None)`: the
navigation, the menus and a "Loading…" page, in the last profile's language and theme, with no
database (so SQLAlchemy is not even imported yet). After its first paint the app opens the
database, asks for the profile (and PIN) and calls `open(db, profile)`, which builds the home
page. `MainWindow(db, profile)` does both at once (tests, selftest).
"""

from __future__ import annotations

import importlib
import importlib.util

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QMenuBar,
    QMessageBox,
    QProgressBar,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from jpprep import lab, paths
from jpprep.errors import JpprepError
from jpprep.services import local_state
from jpprep.ui import i18n, theme
from jpprep.ui.context import AppContext, system_clock
from jpprep.ui.error_text import error_text, shown_text
from jpprep.ui.widgets.status_bar import StatusBar
from jpprep.ui.workers import run_in_background

# (key, module, class, title); pages are built when first shown
PAGES = [
    ("home", "jpprep.ui.pages.home", "HomePage", "Home"),
    ("study", "jpprep.ui.pages.study", "StudyPage", "Study"),
    ("decks", "jpprep.ui.pages.browser", "BrowserPage", "Decks"),
    ("exams", "jpprep.ui.pages.exams", "ExamsPage", "Mock exams"),
    ("stats", "jpprep.ui.pages.stats", "StatsPage", "Progress"),
    ("settings", "jpprep.ui.pages.settings", "SettingsPage", "Settings"),
    ("classroom", "jpprep.ui.pages.classroom", "ClassroomPage", "Classroom"),
]
INSTRUCTOR_PAGES = {"classroom"}  # hidden for students (Profile.role != "instructor")

FURIGANA_MODES = [("all", "Always"), ("unknown", "Only for kanji I don't know yet"), ("none", "Never")]


class MainWindow(QMainWindow):
    firstPainted = Signal()  # once, after the window's first paint has reached the screen
    opened = Signal()  # open() is done: the home page is filled

    def __init__(self, db=None, profile=None, *, clock=system_clock, settings: dict | None = None) -> None:
        """`profile` is a jpprep.services.profiles.ProfileInfo. Without db and profile the window
        is a loading frame in `settings`' language and theme until open() is called."""
        super().__init__()
        self.db = None
        self.clock = clock
        self._painted = False
        self.backups = None  # a BackupTimer once a database is open
        self.guard = None  # a ProfileGuard, set by jpprep.ui.app (tests run without one)
        shell_settings = profile.settings if profile is not None else dict(settings or {})
        self.ctx = AppContext(None, 0, "", clock, shell_settings)
        self._pages: dict[str, QWidget] = {}
        self._available = [p for p in PAGES if _importable(p[1]) and p[0] not in INSTRUCTOR_PAGES]
        self._ui_applied: tuple | None = None
        self._menu_objects: list = []
        self.apply_ui_settings(rebuild=False)  # language first: every tr() below uses it
        self.setWindowTitle("jpprep")
        self.resize(1100, 720)

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.setFixedWidth(170)
        self.nav.setObjectName("nav")
        self.nav.setStyleSheet(
            "#nav { border: none; background: palette(base); }"
            "#nav::item { padding: 10px 14px; }")
        nav_font = self.nav.font()
        nav_font.setPointSizeF(nav_font.pointSizeF() * 1.15)
        self.nav.setFont(nav_font)
        self.stack = QStackedWidget()
        for key, _module, _cls, title in self._available:
            item = QListWidgetItem(self.tr(title))
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
            self.stack.addWidget(QWidget())  # placeholder until first shown
        self.stack.insertWidget(0, self._loading_page())  # in the home page's place until open()
        first = self.stack.widget(1)
        self.stack.removeWidget(first)
        first.deleteLater()
        self.stack.setCurrentIndex(0)
        self.role = "student"
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.setAcceptDrops(True)  # a deck file dropped on the window opens the import dialog
        self.nav.currentRowChanged.connect(self._show_row)

        self.setStatusBar(StatusBar())  # a message of Latin alone keeps its order in Urdu
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        self.statusBar().addPermanentWidget(self.progress)
        self._build_menus_tracked()
        self._fit_nav()
        self.nav.blockSignals(True)  # the home page is built by open(), with a database
        self.nav.setCurrentRow(0)
        self.nav.blockSignals(False)
        self.nav.setEnabled(False)
        if db is not None and profile is not None:
            self.open(db, profile)

    def _loading_page(self) -> QWidget:
        label = QLabel(self.tr("Loading…"))
        label.setObjectName("loading")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setEnabled(False)  # drawn in the theme's quiet text colour
        return label

    def is_loading(self) -> bool:
        return self.db is None

    def open(self, db, profile) -> None:
        """Show `profile` from `db`: its language, theme and text size, its pages, the home page;
        start the backup timer. Emits opened()."""
        from jpprep.ui.session_guard import BackupTimer

        self.db = db
        self.ctx = AppContext(db, profile.id, profile.name, self.clock, profile.settings)
        self.setWindowTitle(self.tr("jpprep: {name}").format(name=profile.name))
        self._sync_view_actions(profile.settings)
        self._show_pages_for(profile.role)  # instructors also get the Classroom
        self.nav.setEnabled(True)
        if self.backups is None:
            self.backups = BackupTimer(db, self.clock, self)
            self.backups.failed.connect(self._backup_failed)
        from jpprep.ui.widgets.server_notice import catch_server_away

        catch_server_away(self)  # a click that finds the server away: said calmly, no traceback
        if not self.apply_ui_settings():  # a rebuild shows the home page itself
            theme.apply_theme(self._ui_applied[1])  # the loading frame had no focus ring
            self.show_page("home")
        self.opened.emit()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.firstPainted.emit)  # after this paint pass is flushed

    # -- pages ---------------------------------------------------------------------------
    def page(self, key: str) -> QWidget:
        if key not in self._pages:
            index = [p[0] for p in self._available].index(key)
            _key, module, cls, _title = self._available[index]
            widget = getattr(importlib.import_module(module), cls)(self.ctx)
            old = self.stack.widget(index)
            self.stack.removeWidget(old)
            old.deleteLater()
            self.stack.insertWidget(index, _scrollable(widget))
            self._pages[key] = widget
            if hasattr(widget, "studyRequested"):
                widget.studyRequested.connect(self.study_deck)
            if hasattr(widget, "examRequested"):
                widget.examRequested.connect(self.take_exam)
            if hasattr(widget, "finished"):
                widget.finished.connect(lambda: self.show_page("home"))
            if hasattr(widget, "settingsChanged"):
                widget.settingsChanged.connect(self.change_settings)
        return self._pages[key]

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        key = self._available[row][0]
        if key not in self._pages and self._waiting_for_server(key):
            self.stack.setCurrentIndex(row)  # built once the server is back
            return
        try:
            widget = self.page(key)
        except Exception as exc:  # a page that reads the server as it is built
            if not self.server_away(exc) and not self._page_error(exc):
                raise
            self.stack.setCurrentIndex(row)  # empty, under the notice, until the server is back
            return
        self.stack.setCurrentIndex(row)
        if hasattr(widget, "refresh"):
            self._refresh(widget)

    def show_page(self, key: str) -> QWidget:
        row = [p[0] for p in self._available].index(key)
        if self.nav.currentRow() == row:
            self._show_row(row)
        else:
            self.nav.setCurrentRow(row)
        return self._pages[key]

    def current_page_key(self) -> str:
        return self._available[self.nav.currentRow()][0]

    def study_deck(self, deck_id) -> None:
        study = self.page("study")
        study.set_deck(deck_id)
        self.show_page("study")
        study.setFocus()

    def take_exam(self, exam_id: str, form_id: str = "") -> None:
        """An assigned mock from Home: that exam's fixed form (or a random mock) starts."""
        try:
            page = self.show_page("exams")
        except KeyError:  # not built while the class server is away: its notice says so
            return
        page.start_assigned(exam_id, form_id)

    # -- menus ---------------------------------------------------------------------------
    def _build_menus(self) -> None:
        m_file = self.menuBar().addMenu(self.tr("&File"))
        act = QAction(self.tr("&Import deck…"), self)
        act.setShortcuts([QKeySequence("Ctrl+I"), QKeySequence(QKeySequence.StandardKey.Open)])
        act.triggered.connect(lambda: self.import_deck())
        act.setVisible(lab.allowed("import_decks"))  # a lab may lock it (jpprep.lab)
        m_file.addAction(act)
        m_file.addSeparator()
        act = QAction(self.tr("&Quit"), self)
        act.setShortcut(QKeySequence.StandardKey.Quit)
        act.triggered.connect(self.close)
        m_file.addAction(act)

        m_profile = self.menuBar().addMenu(self.tr("&Profile"))
        act = QAction(self.tr("&Switch profile…"), self)
        act.setShortcut(QKeySequence("Ctrl+Shift+P"))
        act.triggered.connect(self.switch_profile)
        m_profile.addAction(act)
        act = QAction(self.tr("Set or change &PIN…"), self)
        act.triggered.connect(self.change_pin)
        m_profile.addAction(act)
        act = QAction(self.tr("&Log out"), self)
        act.setShortcut(QKeySequence("Ctrl+Shift+L"))
        act.triggered.connect(self.log_out)
        m_profile.addAction(act)

        m_view = self.menuBar().addMenu(self.tr("&View"))
        m_furi = m_view.addMenu(self.tr("&Furigana"))
        group = QActionGroup(self)
        current = self.ctx.settings.get("furigana_mode", "all")
        self.furigana_actions: dict[str, QAction] = {}
        for mode, title in FURIGANA_MODES:
            a = QAction(self.tr(title), self, checkable=True)
            a.setChecked(mode == current)
            a.triggered.connect(lambda _c=False, m=mode: self.set_furigana_mode(m))
            group.addAction(a)
            m_furi.addAction(a)
            self.furigana_actions[mode] = a
        self.romaji_action = QAction(self.tr("Show &romaji"), self, checkable=True)
        self.romaji_action.setChecked(bool(self.ctx.settings.get("show_romaji", False)))
        self.romaji_action.toggled.connect(lambda on: self._set_setting(show_romaji=on))
        m_view.addAction(self.romaji_action)

        m_help = self.menuBar().addMenu(self.tr("&Help"))
        act = QAction(self.tr("&About jpprep and sources"), self)
        act.triggered.connect(self.show_about)
        m_help.addAction(act)

    def _sync_view_actions(self, settings: dict) -> None:
        for key, a in self.furigana_actions.items():
            a.setChecked(key == settings.get("furigana_mode", "all"))
        self.romaji_action.blockSignals(True)
        self.romaji_action.setChecked(bool(settings.get("show_romaji", False)))
        self.romaji_action.blockSignals(False)

    def _set_setting(self, **changes) -> None:
        if self.db is None:  # still loading: nothing to store yet
            return
        from jpprep.services import profiles

        self.ctx.settings = profiles.update_settings(self.db, self.ctx.profile_id, **changes)
        current = self._current_page()
        if hasattr(current, "refresh"):
            current.refresh()

    def set_furigana_mode(self, mode: str) -> None:
        self.furigana_actions[mode].setChecked(True)
        self._set_setting(furigana_mode=mode)

    def switch_profile(self) -> None:
        if self.db is None:
            return
        from jpprep.ui.profile_dialog import ProfileDialog

        dialog = ProfileDialog(self.db, self)
        if dialog.exec() and dialog.chosen:
            self.use_profile(dialog.chosen)

    def change_pin(self) -> None:
        if self.db is None:
            return
        from jpprep.ui.pin_dialog import SetPinDialog

        if SetPinDialog(self.db, self.ctx.profile_id, self, clock=self.clock).exec():
            self.statusBar().showMessage(self.tr("PIN saved."), 8000)

    def log_out(self) -> None:
        if self.db is None:
            return
        """For the next student: forget this machine's last profile, hide this one's work and
        show the picker. Cancelling the picker closes the app."""
        from jpprep.ui.profile_dialog import ProfileDialog

        local_state.save(last_profile_id=None)
        self.hide()
        try:
            dialog = ProfileDialog(self.db, None, clock=self.clock)
        except Exception as exc:  # the class server is away: no list of profiles to show
            self.show()
            if not self.server_away(exc):
                raise
            return
        if dialog.exec() and dialog.chosen:
            self.use_profile(dialog.chosen)
            self.show()
        else:
            self.close()

    def _show_pages_for(self, role: str) -> None:
        """Instructor pages (last in PAGES) are added for instructors and removed for students."""
        self.role = role
        wanted = [p for p in PAGES if p[0] in INSTRUCTOR_PAGES and role == "instructor" and _importable(p[1])]
        for entry in [p for p in self._available if p[0] in INSTRUCTOR_PAGES and p not in wanted]:
            row = self._available.index(entry)
            if self.nav.currentRow() == row:
                self.nav.setCurrentRow(0)
            self.nav.blockSignals(True)
            self.nav.takeItem(row)
            self.nav.blockSignals(False)
            holder = self.stack.widget(row)
            self.stack.removeWidget(holder)
            holder.deleteLater()
            self._pages.pop(entry[0], None)
            self._available.remove(entry)
        for entry in [p for p in wanted if p not in self._available]:
            item = QListWidgetItem(self.tr(entry[3]))
            item.setData(Qt.ItemDataRole.UserRole, entry[0])
            self._available.append(entry)
            self.nav.addItem(item)
            self.stack.addWidget(QWidget())

    def bring_forward(self) -> None:
        """A second start on this profile asked for this window."""
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def closeEvent(self, event) -> None:
        from jpprep.errors import JpprepError

        try:
            if self.backups is not None:
                self.backups.on_close()
        except JpprepError as exc:  # a full disk must not stop the window closing
            self.statusBar().showMessage(error_text(exc))
        except Exception as exc:  # nor a class server that went away
            if not self.server_away(exc):
                raise
        if self.db is not None:
            self._tell_answers_kept()
        super().closeEvent(event)

    def use_profile(self, info) -> None:
        guard = getattr(self, "guard", None)
        if guard is not None and info.name != self.ctx.profile_name:
            from jpprep.errors import ProfileInUseError

            try:
                guard.take(info.name, self.clock())
            except ProfileInUseError as exc:
                QMessageBox.information(self, "jpprep", error_text(exc))
                return
        local_state.save(last_profile_id=info.id)
        self.ctx = AppContext(self.db, info.id, info.name, self.clock, info.settings)
        self.setWindowTitle(self.tr("jpprep: {name}").format(name=info.name))
        for page in self._pages.values():
            page.ctx = self.ctx
        self._sync_view_actions(info.settings)
        self._show_pages_for(info.role)
        self.apply_ui_settings()  # the profile's own language, theme and text size
        self.show_page("home")

    # -- language, theme, text size (jpprep.ui.i18n, jpprep.ui.theme) ------------------------
    def change_settings(self, changes: dict) -> None:
        """From the settings page: store, then apply what shows at once."""
        self._set_setting(**changes)
        if "furigana_mode" in changes and changes["furigana_mode"] in self.furigana_actions:
            self.furigana_actions[changes["furigana_mode"]].setChecked(True)
        if "show_romaji" in changes:
            self.romaji_action.blockSignals(True)
            self.romaji_action.setChecked(bool(changes["show_romaji"]))
            self.romaji_action.blockSignals(False)
        if {"ui_language", "theme", "text_scale"} & set(changes):
            self.apply_ui_settings()

    def apply_ui_settings(self, *, rebuild: bool = True) -> bool:
        """Install the profile's language, theme and text size; rebuild the UI if they changed
        (True when it was rebuilt)."""
        s = self.ctx.settings or {}
        wanted = (i18n.language_for(s), s.get("theme", "system"), theme.clamp_scale(s.get("text_scale", 100)))
        if wanted == self._ui_applied:
            return False
        lang, name, scale = wanted
        i18n.apply_language(lang)
        # the window takes the new default locale, and with it every box built from now on:
        # after English > Nepali they kept English and wrote '4:००' and a count of '1'
        if not self.testAttribute(Qt.WidgetAttribute.WA_SetLocale):
            self.unsetLocale()
        theme.apply_theme(name, focus_ring=self.db is not None)  # the ring once there is a page
        theme.apply_font(lang, scale)
        self._ui_applied = wanted
        if self.db is not None:  # the next start paints its first frame this way
            local_state.save(last_ui={"ui_language": lang, "theme": name, "text_scale": scale})
        if rebuild:
            self.retranslate()
        return rebuild

    def retranslate(self) -> None:
        """Rebuild menus, navigation titles and pages in the current language (no restart)."""
        key = self.current_page_key() if self.nav.currentRow() >= 0 else "home"
        focus = self.focusWidget()
        focus_name = focus.objectName() if focus is not None and self.stack.isAncestorOf(focus) else ""
        deck_id = getattr(self._pages.get("study"), "deck_id", None)
        self.setWindowTitle(self.tr("jpprep: {name}").format(name=self.ctx.profile_name))
        self.nav.setAccessibleName(self.tr("Sections"))
        for obj in self._menu_objects:
            obj.deleteLater()
        self.setMenuBar(QMenuBar())  # QMainWindow deletes the old bar and its menus
        self._build_menus_tracked()
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.nav.setFont(font)
        for row, (_key, _module, _cls, title) in enumerate(self._available):
            self.nav.item(row).setText(self.tr(title))
        self._fit_nav()
        self.nav.blockSignals(True)
        for page_key, widget in list(self._pages.items()):
            holder = self.stack.widget([p[0] for p in self._available].index(page_key))
            index = self.stack.indexOf(holder)
            self.stack.removeWidget(holder)
            self.stack.insertWidget(index, QWidget())
            holder.deleteLater()
        self._pages.clear()
        self.nav.blockSignals(False)
        if deck_id is not None:
            self.page("study").set_deck(deck_id)
        page = self.show_page(key)
        target = page.findChild(QWidget, focus_name) if focus_name else None
        (target or self.nav).setFocus()

    def _current_page(self) -> QWidget | None:
        row = self.nav.currentRow()
        return self._pages.get(self._available[row][0]) if row >= 0 else None

    def _build_menus_tracked(self) -> None:
        before = set(map(id, self.children()))
        self._build_menus()
        self._menu_objects = [o for o in self.children()
                              if id(o) not in before and isinstance(o, (QAction, QActionGroup))]

    def _fit_nav(self) -> None:
        """Wide enough for the longest section title at the current text size."""
        widest = self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 8
        self.nav.setFixedWidth(max(170, widest))

    def show_about(self) -> None:
        from jpprep.ui.about import AboutDialog

        AboutDialog(self).exec()

    # -- background work -------------------------------------------------------------------
    def start_background_work(self) -> None:
        """After the window is up: load shipped decks, send answers a student left on this PC
        while the class server was away, and warm the Japanese engine."""
        self.sync_shipped_decks()
        self.send_waiting_answers()
        self.prepare_stats()
        try:
            from jpprep.japanese import warm_up
        except ImportError:
            return
        run_in_background(warm_up)

    def prepare_stats(self):
        """In the background: bring the progress summary up to date (a new or upgraded
        database sums its whole review log once), so the Progress page opens quickly."""
        if self.db is None:
            return None
        from jpprep.services import stats

        return run_in_background(stats.prepare, self.db, self.ctx.profile_id, self.clock(),
                                 on_error=lambda _exc: None)  # the page sums it itself then

    def send_waiting_answers(self):
        """In the background: answers kept on this PC (any profile) go to the class server."""
        from jpprep.services import offline_study

        def done(sent):
            if sent:
                self.refresh_current()

        return run_in_background(offline_study.send_waiting, self.db, self.clock(),
                                 on_done=done, on_error=self._background_error)

    def _tell_answers_kept(self) -> None:
        """At close: answers, mock exams and flags still waiting here are safe and go next time
        (said, not asked)."""
        from jpprep.services import exam_outbox, offline_study
        from jpprep.ui.widgets.server_notice import ServerWords

        try:
            waiting = offline_study.waiting_profiles(self.db)
            boxes = [offline_study.session_for(self.db, p).outbox for p in waiting]
            n = sum(box.answers_waiting() for box in boxes)
            flags = sum(box.changes_waiting() for box in boxes)  # flags, resets, due dates
            exams = exam_outbox.waiting_count(self.db)
        except JpprepError:
            return
        text = ServerWords().kept_on_close(n, exams, flags)
        if not text:
            return
        self.statusBar().showMessage(text.replace("\n", " "))
        # no parent: it is shown as the window closes and must outlive it
        self._answers_kept_box = self._info_box("answersKept", text, parent=None)

    def _busy(self, text: str) -> None:
        self.progress.setRange(0, 0)
        self.progress.setFormat(text)
        self.progress.show()
        self.statusBar().showMessage(text)

    def _on_progress(self, done: int, total: int, text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if text:
            self.statusBar().showMessage(text)

    def _idle(self, message: str = "") -> None:
        self.progress.hide()
        self.statusBar().showMessage(message, 8000)

    def sync_shipped_decks(self):
        from jpprep.services.deck_delete import sync_shipped  # leaves out decks deleted here

        self._busy(self.tr("Loading the decks that come with jpprep…"))

        def done(reports):
            status, notice = self.sync_message(reports or [])
            self._idle(status)
            if notice:
                self._tell_retired(notice)
            self.refresh_current()

        return run_in_background(sync_shipped, self.db, paths.decks_dir(), now=self.clock(),
                                 offered=lab.current().deck_offered,
                                 on_done=done, on_error=self._background_error,
                                 on_progress=self._on_progress)

    def sync_message(self, reports) -> tuple[str, str]:
        """What loading the shipped decks did: (the status bar's line: notes added; a notice,
        "" when none: notes a new version no longer has taken out (services/retire.py), and
        those with answers kept in the Retired deck)."""
        added = sum(r.added for r in reports)
        retired = sum(r.retired for r in reports)
        kept = sum(r.retired_kept for r in reports)
        status = (self.tr("Decks ready.") if not added else
                  self.tr("Added %Ln note(s) from the shipped decks.", "", added))
        parts = []
        if retired:
            parts.append(self.tr("Took out %Ln note(s) that jpprep no longer ships.", "",
                                 retired))
        if kept:
            parts.append(self.tr("%Ln of them you had studied or changed: kept with your "
                                 "answers, suspended, in the deck Retired.", "", kept) + " "
                         + self.tr("To study any of them again, select them under Decks and "
                                   "press Unsuspend."))
        return status, "\n\n".join(parts)

    def _tell_retired(self, text: str) -> None:
        """Said once, when a new version took notes out: too long for the status bar in most
        languages, and the learner finds a new deck (Retired) on Home."""
        self._retired_box = self._info_box("notesRetired", text, parent=self)

    def _info_box(self, name: str, text: str, *, parent) -> QMessageBox:
        """An information box that does not wait (not modal) and closes itself after a minute,
        so a lab PC is not left with it open."""
        box = QMessageBox(QMessageBox.Icon.Information, "jpprep", text,
                          QMessageBox.StandardButton.Ok, parent)
        box.setObjectName(name)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setLayoutDirection(self.layoutDirection())
        QTimer.singleShot(60_000, box.close)
        box.show()
        return box

    def _background_error(self, exc: Exception) -> None:
        """A job started with the window failed: said like a page's error (a read-only
        database is said once, not again by every job that tried to write)."""
        self._idle()
        if not self.server_away(exc) and not self._page_error(exc):
            self._show_error(exc)

    def import_deck(self, path: str | None = None):
        """Open the import dialog (jpprep.ui.import_dialog) for `path`, asking for a file when
        None. Returns the dialog (shown window-modal, not exec'd)."""
        if self.db is None or not lab.allowed("import_decks"):
            return None
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import a deck"), "",
                self.tr("Decks (*.jpdeck *.apkg *.colpkg *.csv *.tsv *.txt *.xlsx);;All files (*)"))
        if not path:
            return None
        from jpprep.ui.import_dialog import ImportDialog

        dialog = ImportDialog(self.ctx, path, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(lambda report: (self._idle(self.tr(
            "Imported: {a} added, {u} updated, {s} skipped.").format(
            a=i18n.count(report.added), u=i18n.count(report.updated),
            s=i18n.count(len(report.skipped)))), self.refresh_current()))
        dialog.open()
        return dialog

    def _dropped_deck(self, event) -> str | None:
        from jpprep.services.import_preview import file_kind

        if self.db is None or not event.mimeData().hasUrls():
            return None
        for url in event.mimeData().urls():
            if url.isLocalFile() and file_kind(url.toLocalFile()):
                return url.toLocalFile()
        return None

    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt name): a deck file may be dropped
        if self._dropped_deck(event) and lab.allowed("import_decks"):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event) -> None:  # noqa: N802 (Qt name)
        path = self._dropped_deck(event)
        if path and lab.allowed("import_decks"):
            event.acceptProposedAction()
            self.import_deck(path)
        else:
            super().dropEvent(event)

    def refresh_current(self) -> None:
        widget = self._current_page()
        if hasattr(widget, "refresh"):
            self._refresh(widget)

    # -- a class server that went away (jpprep.ui.widgets.server_notice) --------------------
    def _refresh(self, widget) -> None:
        """widget.refresh(); when the class server is away the page keeps what it showed and
        the notice above it says so calmly. The reviewer has its own banner."""
        notice = getattr(self, "_server_notice", None)
        if notice is not None and hasattr(widget, "offline_banner"):
            notice.hide()
        elif self._waiting_for_server(None):
            return  # a silent server would hold the window for seconds at every page
        try:
            widget.refresh()
        except Exception as exc:
            if not self.server_away(exc) and not self._page_error(exc):
                raise
            return
        if notice is not None and notice.away:  # a page that read nothing proves nothing:
            notice.try_again()  # ask the server now (in the background)

    def _waiting_for_server(self, key) -> bool:
        """The server was found away: pages keep what they show (the reviewer carries on
        with its own banner) and the server is asked again now, in the background; when it
        answers, the page is read again."""
        notice = getattr(self, "_server_notice", None)
        if notice is None or not notice.away or key == "study":
            return False
        notice.show()
        notice.try_again()
        return True

    def _backup_failed(self, exc) -> None:
        """A timed backup that could not be made is said on the status line (it is tried
        again at the next check and at close); a class server that went away is said by its
        own notice."""
        from jpprep.errors import JpprepError

        if isinstance(exc, JpprepError):
            self.statusBar().showMessage(error_text(exc))
        elif not self.server_away(exc):
            import logging

            logging.getLogger(__name__).warning("timed backup failed: %r", exc)

    def server_away(self, exc) -> bool:
        """True when `exc` says the class server cannot be reached: then it is said calmly
        above the page (and tried again in the background) instead of shown as an error."""
        from jpprep.ui.widgets.server_notice import is_disconnect

        if self.db is None or not is_disconnect(exc):
            return False
        self.progress.hide()
        self._notice().server_away(self.db)
        return True

    def _notice(self):
        notice = getattr(self, "_server_notice", None)
        if notice is None:  # made on first need, above the pages
            from PySide6.QtWidgets import QVBoxLayout

            from jpprep.ui.widgets.server_notice import ServerNotice

            row = self.centralWidget().layout()
            column = QWidget()
            col = QVBoxLayout(column)
            col.setContentsMargins(0, 0, 0, 0)
            notice = self._server_notice = ServerNotice(column)
            top = QHBoxLayout()  # takes no room while the notice is hidden
            top.setContentsMargins(12, 8, 12, 0)
            top.addWidget(notice)
            col.addLayout(top)
            row.insertWidget(row.indexOf(self.stack), column, 1)
            col.addWidget(self.stack, 1)
            notice.back.connect(lambda: self._show_row(self.nav.currentRow()))
        return notice

    def _page_error(self, exc: Exception) -> bool:
        """A page that could not be read or written for a reason a person can act on (a
        read-only or full disk, a damaged file: a JpprepError) says so instead of a traceback:
        in the status bar, and once in a message box (not again at every page)."""
        if not isinstance(exc, JpprepError):
            return False
        text = error_text(exc)
        self.statusBar().showMessage(text)
        if text != getattr(self, "_page_error_said", None):
            self._page_error_said = text
            QMessageBox.warning(self, "jpprep", text)
        return True

    def _show_error(self, exc: Exception) -> None:
        if self.server_away(exc):  # said calmly above the page
            self._idle()
            return
        self._idle()
        # a library's or Python's own English is one translated sentence (and the log's)
        QMessageBox.warning(self, "jpprep", shown_text(exc))


def _scrollable(page: QWidget) -> QScrollArea:
    """A page in a scroll area: at 200% text or on a small screen it scrolls instead of pushing
    the window past the screen or squeezing its text."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(page)
    return area


def _importable(module: str) -> bool:
    return importlib.util.find_spec(module) is not None
