"""The import dialog (File > Import, drag and drop, `jpprep deck.apkg`).

Steps: options (a spreadsheet's column mapping with a furigana preview of its first rows; for
an Anki package "Bring my Anki review history") -> import. When the file has problems nothing
is written: every problem is listed and the user imports the valid rows or cancels. Then a
summary. Reading and importing run in the background (jpprep.ui.workers); no SQL here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jpprep.services import import_preview
from jpprep.ui import i18n
from jpprep.ui.problem_words import (
    is_problem_code,
    problem_column,
    problem_parts,
    problem_place,
)
from jpprep.ui.widgets.furigana import FuriganaView
from jpprep.ui.workers import run_in_background

def ltr(text: str) -> str:
    """File names, fields and English service messages (an error without a known code):
    embedded left to right, so in an Urdu window their full stop and quotes stay where they
    belong."""
    return f"\u202a{text}\u202c" if text else text


def _number(n) -> str:
    """A problem's row (or line) in the interface language's digits; '' when it has none."""
    return i18n.number(n) if n is not None else ""


OTHER = ""  # the combo value of a column with no role (kept with the note when it has a header)


class ImportDialog(QDialog):
    """Import one deck file for ctx's profile. Emits imported(report) after a successful import."""

    imported = Signal(object)
    STEPS = ("loading", "options", "problems", "working", "summary")

    def __init__(self, ctx, path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path = Path(path)
        self.kind = import_preview.file_kind(self.path)
        self.report = None
        self.problems: list = []
        self.valid_rows = 0
        self.combos: dict[int, QComboBox] = {}
        self._lent: dict[int, tuple[int, str]] = {}  # column -> (column it took a role from, role)
        self._job = None
        self._preview_serial = 0
        self.setWindowTitle(self.tr("Import {file}").format(file=self.path.name))
        self.setMinimumSize(760, 520)

        outer = QVBoxLayout(self)
        # "kitchen.csv درآمد کریں" begins with the file's name: the mark keeps it at the right
        self.title = QLabel(self._in_ui_direction(
            self.tr("Import {file}").format(file=self.path.name)))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        outer.addWidget(self.title)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack, 1)
        self._pages: dict[str, QWidget] = {}
        for step in self.STEPS:
            page = QWidget()
            self._pages[step] = page
            self.stack.addWidget(page)
        self._build_loading()
        self._build_options()
        self._build_problems()
        self._build_working()
        self._build_summary()

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.clicked.connect(lambda: self._go("options"))
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(lambda: self.start_import(valid_only=False))
        self.valid_button = QPushButton()
        self.valid_button.clicked.connect(lambda: self.start_import(valid_only=True))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.accept)
        for b in (self.back_button, self.import_button, self.valid_button, self.cancel_button,
                  self.close_button):
            buttons.addWidget(b)
        outer.addLayout(buttons)

        if self.kind == "spreadsheet":
            self._go("loading")
            self._job = run_in_background(import_preview.guess_sheet, self.path,
                                          on_done=self._sheet_guessed, on_error=self._read_failed)
        else:
            self._go("options")

    # -- steps -----------------------------------------------------------------------------
    def current_step(self) -> str:
        return self.STEPS[self.stack.currentIndex()]

    def _go(self, step: str) -> None:
        self.stack.setCurrentWidget(self._pages[step])
        self.back_button.setVisible(step == "problems" and bool(self.combos))  # columns to fix
        self.import_button.setVisible(step == "options")
        self.valid_button.setVisible(step == "problems" and self.valid_rows > 0)
        self.cancel_button.setVisible(step != "summary")
        self.close_button.setVisible(step == "summary")
        (self.close_button if step == "summary" else
         self.valid_button if step == "problems" and self.valid_rows else
         self.import_button if step == "options" else self.cancel_button).setFocus()

    def _build_loading(self) -> None:
        lay = QVBoxLayout(self._pages["loading"])
        label = QLabel(self._in_ui_direction(self.tr("Reading {file}…").format(
            file=self.path.name)))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.addWidget(label)

    def _build_options(self) -> None:
        lay = QVBoxLayout(self._pages["options"])
        self.history_box = QCheckBox(self.tr("Bring my Anki review history"))
        self.history_box.setToolTip(self.tr(
            "Cards you have not studied in jpprep yet take their Anki progress, and every answer "
            "you gave in Anki counts in your statistics."))
        self.history_box.setVisible(self.kind == "anki")
        if self.kind == "spreadsheet":
            intro = self.tr("jpprep guessed what each column holds. Change a column if the "
                            "guess is wrong; the preview shows the first rows as they will be "
                            "imported.")
        elif self.kind == "anki":
            intro = self.tr("An Anki package: notes, cards, nested decks, tags and media are "
                            "imported. Importing it again updates the same notes.")
        else:
            intro = self.tr("A jpprep deck. Importing it again updates the same notes and keeps "
                            "everyone's progress.")
        # in Urdu the sentence may begin with "jpprep" or "Anki" (right to left: jpprep.ui.bidi)
        self.intro = label = QLabel(intro)
        label.setWordWrap(True)
        lay.addWidget(label)
        lay.addWidget(self.history_box)
        self.mapping_grid = QGridLayout()
        self.mapping_grid.setColumnStretch(2, 1)
        self.preview_grid = QGridLayout()
        self.preview_grid.setColumnStretch(2, 1)
        self.preview_grid.setHorizontalSpacing(18)
        self.preview_status = QLabel()
        self.preview_status.setWordWrap(True)
        self.preview_status.setTextFormat(Qt.TextFormat.PlainText)
        if self.kind == "spreadsheet":
            inner = QWidget()
            col = QVBoxLayout(inner)
            head = QLabel(self.tr("Columns"))
            head.setStyleSheet("font-weight: bold")
            col.addWidget(head)
            col.addLayout(self.mapping_grid)
            self.preview_title = QLabel(self.tr("Preview"))
            self.preview_title.setStyleSheet("font-weight: bold")
            col.addWidget(self.preview_title)
            col.addWidget(self.preview_status)
            col.addLayout(self.preview_grid)
            col.addStretch(1)
            area = QScrollArea()
            area.setWidgetResizable(True)
            area.setWidget(inner)
            lay.addWidget(area, 1)
        else:
            lay.addStretch(1)

    def _build_problems(self) -> None:
        lay = QVBoxLayout(self._pages["problems"])
        self.problems_label = QLabel()
        self.problems_label.setWordWrap(True)
        lay.addWidget(self.problems_label)
        self.problems_table = QTableWidget(0, 5)
        self.problems_table.setHorizontalHeaderLabels([
            self.tr("File"), self.tr("Row"), self.tr("Field"), self.tr("Problem"),
            self.tr("How to fix it")])
        self.problems_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems_table.setWordWrap(True)
        self.problems_table.verticalHeader().hide()
        self.problems_table.setAccessibleName(self.tr("Problems"))
        header = self.problems_table.horizontalHeader()
        for i in range(3):
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        lay.addWidget(self.problems_table, 1)

    def _build_working(self) -> None:
        lay = QVBoxLayout(self._pages["working"])
        lay.addStretch(1)
        self.working_label = QLabel(self._in_ui_direction(self.tr("Importing {file}…").format(
            file=self.path.name)))
        self.working_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.addWidget(self.working_label)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        lay.addWidget(self.progress)
        lay.addStretch(1)

    def _build_summary(self) -> None:
        lay = QVBoxLayout(self._pages["summary"])
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        lay.addWidget(self.summary_label)
        self.skipped_table = QTableWidget(0, 2)
        self.skipped_table.setHorizontalHeaderLabels([self.tr("Where"), self.tr("Why it was skipped")])
        self.skipped_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.skipped_table.setWordWrap(True)
        self.skipped_table.verticalHeader().hide()
        header = self.skipped_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        lay.addWidget(self.skipped_table, 1)

    # -- column mapping (spreadsheets) ------------------------------------------------------
    def role_label(self, role: str) -> str:
        labels = {
            OTHER: self.tr("Other (kept with the note)"),
            "expression": self.tr("Japanese (kanji)"),
            "reading": self.tr("Reading (kana)"),
            "meaning_en": self.tr("Meaning in English"),
            "meaning_ur": self.tr("Meaning in Urdu"),
            "meaning_ne": self.tr("Meaning in Nepali"),
            "meaning_id": self.tr("Meaning in Indonesian"),
            "meaning_vi": self.tr("Meaning in Vietnamese"),
            "meaning_tl": self.tr("Meaning in Tagalog"),
            "meaning_fil": self.tr("Meaning in Filipino"),
            "meaning_my": self.tr("Meaning in Burmese"),
            "example_ja": self.tr("Example sentence (Japanese)"),
            "example_en": self.tr("Example sentence (English)"),
            "tags": self.tr("Tags"),
            "level": self.tr("JLPT level"),
            "sector": self.tr("SSW sector"),
            "kind": self.tr("Kind (vocab, kanji, grammar)"),
            "id": self.tr("Note id"),
        }
        return labels.get(role, role)

    def _sheet_guessed(self, guess) -> None:
        self._job = None
        self.columns = guess.columns
        for i, name in enumerate(guess.columns):
            if i in guess.letters:  # no header: the letter the problems name it by
                name = self.tr("Column {letter}").format(letter=guess.letters[i])
            name_label = QLabel(name)
            sample = QLabel(guess.samples[i])
            sample.setTextFormat(Qt.TextFormat.PlainText)
            sample.setEnabled(False)
            combo = QComboBox()
            combo.setObjectName(f"role_{i}")
            combo.setAccessibleName(self.tr("What column {name} holds").format(name=name))
            roles = [OTHER, *import_preview.ROLES]
            extra = [r for r in guess.mapping if r not in roles]
            for role in roles + extra:
                combo.addItem(self.role_label(role), role)
            current = next((r for r, c in guess.mapping.items() if c == i), OTHER)
            combo.setCurrentIndex(combo.findData(current))
            combo.currentIndexChanged.connect(lambda _i, col=i: self._role_changed(col))
            self.mapping_grid.addWidget(name_label, i, 0)
            self.mapping_grid.addWidget(combo, i, 1)
            self.mapping_grid.addWidget(sample, i, 2)
            self.combos[i] = combo
        self._go("options")
        self._show_preview(guess.preview)

    def mapping(self) -> dict[str, int]:
        """role -> column index, as chosen in the combo boxes."""
        out = {}
        for col, combo in self.combos.items():
            role = combo.currentData()
            if role:
                out[role] = col
        return out

    def set_role(self, column: int, role: str) -> None:
        combo = self.combos[column]
        combo.setCurrentIndex(combo.findData(role))

    def _set_quietly(self, column: int, role: str) -> None:
        combo = self.combos[column]
        combo.blockSignals(True)
        combo.setCurrentIndex(combo.findData(role))
        combo.blockSignals(False)

    def _role_changed(self, column: int) -> None:
        role = self.combos[column].currentData()
        # one column per role: the column that had it gives it up, and gets it back when this
        # column moves on (stepping through the list with the arrow keys takes nothing away)
        lent = self._lent.pop(column, None)
        if lent is not None and self.combos[lent[0]].currentData() == OTHER:
            self._set_quietly(lent[0], lent[1])
        if role:
            for col, combo in self.combos.items():
                if col != column and combo.currentData() == role:
                    self._set_quietly(col, OTHER)
                    self._lent[column] = (col, role)
        self._preview_serial += 1
        serial = self._preview_serial
        run_in_background(import_preview.preview_sheet, self.path, self.mapping(),
                          on_done=lambda rows: self._preview_done(serial, rows),
                          on_error=lambda _exc: None)

    def _preview_done(self, serial: int, preview) -> None:
        if serial == self._preview_serial:  # a later change wins
            self._show_preview(preview)

    def _show_preview(self, preview) -> None:
        """The first rows with furigana and, under a row that would not import, why."""
        while self.preview_grid.count():
            item = self.preview_grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.preview_views: list[FuriganaView] = []
        self.preview_problems: dict[int, str] = {}
        if preview.file_problem:
            problem = (" ".join(x for x in self._parts(preview.file_error) if x)
                       if preview.file_error is not None else ltr(preview.file_problem))
            status = self.tr("This cannot be imported yet: {problem}").format(problem=problem)
        elif preview.problems:
            status = self.tr("%Ln row(s) can be imported; the others have problems (marked ⚠).",
                             "", preview.valid)
        else:
            status = self.tr("All %Ln row(s) can be imported.", "", preview.valid)
        self.preview_status.setText(self._in_ui_direction(status))
        self.import_button.setEnabled(not preview.file_problem)
        for r, row in enumerate(preview.rows):
            line = QLabel(self.tr("Row {n}").format(n=i18n.number(row.row)))
            line.setEnabled(False)
            view = FuriganaView(point_size=16)
            view.setAlignment(Qt.AlignmentFlag.AlignLeft)
            view.setSegments(row.furigana)
            # one paragraph for Qt: in Urdu it runs right to left even when the meaning is
            # English, ⚠ before a problem that begins with its column (jpprep.ui.bidi)
            text = row.meaning or self.tr("(no meaning)")
            if row.problems:
                said = [self._row_problem(e) for e in row.errors] or [ltr(x) for x in row.problems]
                self.preview_problems[row.row] = "\n".join(said)
                text += "".join(f"\n⚠ {x}" for x in said)
            meaning = QLabel(text)
            meaning.setTextFormat(Qt.TextFormat.PlainText)
            meaning.setWordWrap(True)
            self.preview_grid.addWidget(line, r, 0)
            self.preview_grid.addWidget(view, r, 1)
            self.preview_grid.addWidget(meaning, r, 2)
            for widget in (line, view, meaning):
                widget.show()  # added to a window that is already shown
            self.preview_views.append(view)

    @staticmethod
    def _parts(err) -> tuple[str, str]:
        """(problem, fix) in the interface language; an error without a known code keeps its
        English, embedded left to right."""
        what, fix = problem_parts(err)
        if is_problem_code(getattr(err, "code", None)):
            return what, fix
        return ltr(what), ltr(fix)

    def _row_problem(self, err) -> str:
        """'かな (reading): “taberu” is not kana. Write たべる, or …' with the column as the
        file names it."""
        text = " ".join(x for x in self._parts(err) if x)
        column = problem_column(err)
        return f"{column}: {text}" if column else text

    def _in_ui_direction(self, text: str) -> str:
        """A line that may begin with a deck name or a number still reads in the interface's
        direction: Qt guesses a line's direction from its first letter, so in a left-to-right
        window a left-to-right mark goes first (right to left: the app's style, jpprep.ui.bidi)."""
        return text if self.isRightToLeft() else "\u200e" + text

    # -- import -----------------------------------------------------------------------------
    def start_import(self, *, valid_only: bool) -> None:
        if self.ctx.db is None:
            return
        from jpprep.services.importing import import_file

        history = self.kind == "anki" and self.history_box.isChecked()
        self.progress.setRange(0, 0)
        self._go("working")
        self._job = run_in_background(
            import_file, self.ctx.db, self.path, now=self.ctx.now(), valid_only=valid_only,
            mapping=self.mapping() if self.kind == "spreadsheet" else None,
            with_scheduling=history, profile_id=self.ctx.profile_id if history else None,
            on_done=self._imported, on_error=self._import_failed, on_progress=self._progress)

    def _progress(self, done: int, total: int, _text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _read_failed(self, exc: Exception) -> None:
        self._job = None
        self._import_failed(exc)

    def _import_failed(self, exc: Exception) -> None:
        from jpprep.errors import JpprepError

        self._job = None
        problems = getattr(exc, "problems", None)
        if problems is not None:
            deck = getattr(exc, "deck", None)
            self.valid_rows = len(deck.notes) if deck is not None else 0
        elif isinstance(exc, JpprepError):
            problems, self.valid_rows = [exc], 0
        else:
            from jpprep.errors import JpprepError as Err
            from jpprep.ui.error_text import shown_text

            # a library's or Python's own English is one translated sentence (and the log's)
            problems = [Err(shown_text(exc))]
            self.valid_rows = 0
        self.show_problems(problems)

    def show_problems(self, problems: list) -> None:
        self.problems = list(problems)
        n = len(self.problems)
        if self.valid_rows:
            self.problems_label.setText(self.tr(
                "Nothing has been imported. The file has %Ln problem(s), listed below. Fix the "
                "file and import it again, or import only the rows without problems.", "", n))
            self.valid_button.setText(self.tr("Import the %Ln valid row(s)", "", self.valid_rows))
        else:
            self.problems_label.setText(self.tr(
                "Nothing has been imported: the file has %Ln problem(s) and no row jpprep can "
                "import. Fix the file and import it again.", "", n))
        table = self.problems_table
        # a spreadsheet's problems name its columns as the file does (its header or letter)
        sheet = self.kind == "spreadsheet"
        table.horizontalHeaderItem(2).setText(self.tr("Column") if sheet else self.tr("Field"))
        # a row as Excel shows it; deck.toml's problem is on a line of text, as the CLI says
        lines = any(p.line is not None and p.row is None for p in self.problems) \
            and not any(p.row is not None for p in self.problems)
        table.horizontalHeaderItem(1).setText(self.tr("Line") if lines else self.tr("Row"))
        table.setRowCount(n)
        for r, p in enumerate(self.problems):
            what, fix = self._parts(p)
            cells = [ltr(str(p.file or Path(self.path).name)),
                     _number(p.row if p.row is not None else p.line),
                     problem_column(p), what, fix]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text if c < 3 else str(p))  # the CLI's English, for a teacher
                table.setItem(r, c, item)
        table.resizeRowsToContents()
        self._go("problems")

    def _imported(self, report) -> None:
        self._job = None
        self.report = report
        lines = [self.tr("Imported into “{deck}”.").format(deck=report.deck_name),
                 self.tr("Added: %Ln note(s).", "", report.added),
                 self.tr("Updated: %Ln note(s).", "", report.updated)]
        if report.unchanged:
            lines.append(self.tr("Already up to date: %Ln note(s).", "", report.unchanged))
        lines.append(self.tr("Skipped: %Ln row(s).", "", len(report.skipped)))
        if report.reviews_added or report.states_added:
            lines.append(self.tr("Anki review history: %Ln answer(s) brought over.", "",
                                 report.reviews_added))
            lines.append(self.tr("Cards with their Anki progress: %Ln.", "", report.states_added))
        self.summary_label.setText("\n".join(self._in_ui_direction(x) for x in lines))
        self.skipped_table.setRowCount(len(report.skipped))
        # the report's (where, why) are the CLI's English; the problems listed before the
        # import are the same rows, with their codes: say those in the interface language
        known = {(p.where, p.message + (f" {p.hint}" if p.hint else "")): p for p in self.problems}
        for r, (where, reason) in enumerate(report.skipped):
            p = report.skipped_problems.get(r) or known.get((where, reason))
            cells = ((problem_place(p, self.path.name), " ".join(x for x in self._parts(p) if x))
                     if p is not None else (ltr(where), ltr(reason)))
            for c, text in enumerate(cells):
                self.skipped_table.setItem(r, c, QTableWidgetItem(text))
        self.skipped_table.resizeRowsToContents()
        self.skipped_table.setVisible(bool(report.skipped))
        self._go("summary")
        self.imported.emit(report)

    def cancel(self) -> None:
        """Close without writing anything; an import under way is rolled back (one
        transaction) at its next progress report."""
        if self._job is not None:
            self._job.cancelled = True
            self._job = None
        self.reject()


def open_when_ready(window, path) -> None:
    """`jpprep FILE` (double-click, Open with): show the import dialog for FILE once the main
    window has opened its profile (after the picker and PIN), once."""
    from PySide6.QtCore import QTimer

    def show() -> None:
        window.opened.disconnect(show)
        QTimer.singleShot(0, lambda: window.import_deck(str(path)))

    window.opened.connect(show)
