"""The main window: a navigation list on the left, one page at a time on the right."""

from __future__ import annotations

import importlib
import importlib.util

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QWidget,
)

from jpprep import paths
from jpprep.errors import JpprepError
from jpprep.services import local_state, profiles
from jpprep.services.profiles import ProfileInfo
from jpprep.ui.context import AppContext, system_clock
from jpprep.ui.workers import run_in_background

# (key, module, class, title); pages are built when first shown
PAGES = [
    ("home", "jpprep.ui.pages.home", "HomePage", "Home"),
    ("study", "jpprep.ui.pages.study", "StudyPage", "Study"),
    ("decks", "jpprep.ui.pages.browser", "BrowserPage", "Decks"),
    ("exams", "jpprep.ui.pages.exams", "ExamsPage", "Mock exams"),
    ("stats", "jpprep.ui.pages.stats", "StatsPage", "Progress"),
]

FURIGANA_MODES = [("all", "Always"), ("unknown", "Only for kanji I don't know yet"), ("none", "Never")]


class MainWindow(QMainWindow):
    def __init__(self, db, profile: ProfileInfo, *, clock=system_clock) -> None:
        super().__init__()
        self.db = db
        self.clock = clock
        self.ctx = AppContext(db, profile.id, profile.name, clock, profile.settings)
        self._pages: dict[str, QWidget] = {}
        self._available = [p for p in PAGES if _importable(p[1])]
        self.setWindowTitle(self.tr("jpprep: {name}").format(name=profile.name))
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
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self._show_row)

        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        self.statusBar().addPermanentWidget(self.progress)
        self._build_menus()
        self.nav.setCurrentRow(0)

    # -- pages ---------------------------------------------------------------------------
    def page(self, key: str) -> QWidget:
        if key not in self._pages:
            index = [p[0] for p in self._available].index(key)
            _key, module, cls, _title = self._available[index]
            widget = getattr(importlib.import_module(module), cls)(self.ctx)
            old = self.stack.widget(index)
            self.stack.removeWidget(old)
            old.deleteLater()
            self.stack.insertWidget(index, widget)
            self._pages[key] = widget
            if hasattr(widget, "studyRequested"):
                widget.studyRequested.connect(self.study_deck)
            if hasattr(widget, "finished"):
                widget.finished.connect(lambda: self.show_page("home"))
        return self._pages[key]

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        key = self._available[row][0]
        widget = self.page(key)
        self.stack.setCurrentIndex(row)
        if hasattr(widget, "refresh"):
            widget.refresh()

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

    # -- menus ---------------------------------------------------------------------------
    def _build_menus(self) -> None:
        m_file = self.menuBar().addMenu(self.tr("&File"))
        act = QAction(self.tr("&Import deck…"), self)
        act.setShortcut(QKeySequence("Ctrl+I"))
        act.triggered.connect(self.import_deck)
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

    def _set_setting(self, **changes) -> None:
        self.ctx.settings = profiles.update_settings(self.db, self.ctx.profile_id, **changes)
        current = self.stack.currentWidget()
        if hasattr(current, "refresh"):
            current.refresh()

    def set_furigana_mode(self, mode: str) -> None:
        self.furigana_actions[mode].setChecked(True)
        self._set_setting(furigana_mode=mode)

    def switch_profile(self) -> None:
        from jpprep.ui.profile_dialog import ProfileDialog

        dialog = ProfileDialog(self.db, self)
        if dialog.exec() and dialog.chosen:
            self.use_profile(dialog.chosen)

    def use_profile(self, info: ProfileInfo) -> None:
        local_state.save(last_profile_id=info.id)
        self.ctx = AppContext(self.db, info.id, info.name, self.clock, info.settings)
        self.setWindowTitle(self.tr("jpprep: {name}").format(name=info.name))
        for page in self._pages.values():
            page.ctx = self.ctx
        for key, a in self.furigana_actions.items():
            a.setChecked(key == info.settings.get("furigana_mode", "all"))
        self.romaji_action.setChecked(bool(info.settings.get("show_romaji", False)))
        self.show_page("home")

    def show_about(self) -> None:
        from jpprep.ui.about import AboutDialog

        AboutDialog(self).exec()

    # -- background work -------------------------------------------------------------------
    def start_background_work(self) -> None:
        """After the window is up: load shipped decks and warm the Japanese engine."""
        self.sync_shipped_decks()
        try:
            from jpprep.japanese import warm_up
        except ImportError:
            return
        run_in_background(warm_up)

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
        from jpprep.services.importing import sync_shipped_decks

        self._busy(self.tr("Loading the decks that come with jpprep…"))

        def done(reports):
            added = sum(r.added for r in reports or [])
            self._idle(self.tr("Decks ready.") if not added else
                       self.tr("Added {n} notes from the shipped decks.").format(n=added))
            self.refresh_current()

        return run_in_background(sync_shipped_decks, self.db, paths.decks_dir(), now=self.clock(),
                                 on_done=done, on_error=self._show_error, on_progress=self._on_progress)

    def import_deck(self, path: str | None = None):
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import a deck"), "",
                self.tr("Decks (*.jpdeck *.apkg *.colpkg *.csv *.tsv *.txt *.xlsx);;All files (*)"))
        if not path:
            return None
        from jpprep.services.importing import import_file

        self._busy(self.tr("Importing {file}…").format(file=path))

        def done(report):
            self._idle(self.tr("Imported: {a} added, {u} updated, {s} skipped.").format(
                a=report.added, u=report.updated, s=len(report.skipped)))
            self.refresh_current()

        return run_in_background(import_file, self.db, path, now=self.clock(),
                                 on_done=done, on_error=self._show_error, on_progress=self._on_progress)

    def refresh_current(self) -> None:
        widget = self.stack.currentWidget()
        if hasattr(widget, "refresh"):
            widget.refresh()

    def _show_error(self, exc: Exception) -> None:
        self._idle()
        text = str(exc) if isinstance(exc, JpprepError) else self.tr(
            "Something went wrong: {error}. Nothing was changed.").format(error=exc)
        QMessageBox.warning(self, "jpprep", text)


def _importable(module: str) -> bool:
    return importlib.util.find_spec(module) is not None
