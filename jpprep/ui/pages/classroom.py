"""Classroom (instructors only): every student's study time, answers, retention, assignment
progress, mock scores and trend, who is at risk for their exam date; assign decks and mock
exams; export CSV and PDF reports."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jpprep.errors import JpprepError
from jpprep.services import assignments, exam_forms, reports
from jpprep.ui import i18n
from jpprep.ui.error_text import error_text
from jpprep.ui.exam.names import assignment_title, form_label
from jpprep.ui.widgets.flow_row import FlowRow

COLUMNS = ("Student", "Minutes", "Answers", "Retention", "Assigned", "Latest mock", "Trend", "Status")


def _pct(value) -> str:
    return "–" if value is None else i18n.percent(value * 100)  # the language's digits


class AssignDialog(QDialog):
    """What (a deck or a mock exam, and for a mock exam Random or one of its fixed forms), to
    whom (the class or one student), by when."""

    def __init__(self, db, students: list[tuple[int, str]], today: str, parent=None, bank_files=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Assign"))
        form = QFormLayout(self)
        self.what = QComboBox()
        self.what.setAccessibleName(self.tr("Deck or mock exam"))
        for deck_id, name in assignments.assignable_decks(db):
            self.what.addItem(self.tr("Deck: {name}").format(name=name), ("deck", deck_id))
        for exam_id, name in assignments.assignable_exams():
            self.what.addItem(self.tr("Mock exam: {name}").format(name=name), ("exam", exam_id))
        self._forms: dict[str, list[exam_forms.FormInfo]] = {}  # exam id -> its fixed forms
        for f in exam_forms.list_forms(files=bank_files):
            self._forms.setdefault(f.exam_id, []).append(f)
        self.form = QComboBox()  # Random, or one fixed form of the chosen exam
        self.form.setObjectName("assignForm")
        self.form.setAccessibleName(self.tr("Form"))
        self.what.currentIndexChanged.connect(self._fill_forms)
        self._fill_forms()
        self.who = QComboBox()
        self.who.setAccessibleName(self.tr("Student"))
        self.who.addItem(self.tr("The whole class"), None)
        for pid, name in students:
            self.who.addItem(name, pid)
        self.due = QDateEdit()
        self.due.setCalendarPopup(True)
        # in a right-to-left window Qt writes the sections backwards ("24-09-2026"); set
        # before the format, which is when Qt orders them
        self.due.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.due.setAccessibleName(self.tr("Due date"))
        self.due.setDate(QDate.fromString(today, "yyyy-MM-dd").addDays(7))
        form.addRow(self.tr("&What:"), self.what)
        form.addRow(self.tr("&Form:"), self.form)
        form.addRow(self.tr("&Who:"), self.who)
        form.addRow(self.tr("&Due:"), self.due)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _fill_forms(self, *_args) -> None:
        """A deck has no form; a mock exam offers Random (any mock of it counts) and its forms."""
        kind, ref = self.what.currentData() or (None, None)
        self.form.clear()
        self.form.addItem(self.tr("Random (any mock of this exam counts)") if kind == "exam" else "–", "")
        for f in self._forms.get(ref, []) if kind == "exam" else []:
            self.form.addItem(self.tr("%1 (%2 questions)").replace("%1", form_label(f.name))
                              .replace("%2", i18n.number(f.items)), f.id)
        self.form.setEnabled(self.form.count() > 1)

    def values(self) -> dict:
        kind, ref = self.what.currentData()
        out = {"profile_id": self.who.currentData(), "due_date": self.due.date().toString("yyyy-MM-dd")}
        out["deck_id" if kind == "deck" else "exam_id"] = ref
        if kind == "exam" and self.form.currentData():
            out["form_id"] = self.form.currentData()
        return out


class ClassroomPage(QWidget):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.report: reports.ClassReport | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setAccessibleName(self.tr("Students"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.currentCellChanged.connect(lambda *_a: self._show_reasons())
        layout.addWidget(self.table, 2)
        self.reasons = QLabel()
        self.reasons.setWordWrap(True)
        self.reasons.setObjectName("reasons")
        layout.addWidget(self.reasons)

        row = FlowRow()  # onto two lines when the window is too narrow (Urdu at 150% on 1024x600)
        self.assign_button = QPushButton(self.tr("&Assign…"))
        self.assign_button.clicked.connect(self.assign)
        self.csv_button = QPushButton(self.tr("Class report &CSV…"))
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.pdf_button = QPushButton(self.tr("Class report &PDF…"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.student_pdf_button = QPushButton(self.tr("&Student report PDF…"))
        self.student_pdf_button.clicked.connect(lambda: self.export("pdf", student=True))
        for b in (self.assign_button, self.csv_button, self.pdf_button, self.student_pdf_button):
            row.addWidget(b)
        layout.addLayout(row)

        layout.addWidget(QLabel(self.tr("Assignments:")))
        self.assignment_list = QListWidget()
        self.assignment_list.setAccessibleName(self.tr("Assignments"))
        layout.addWidget(self.assignment_list, 1)
        self.remove_button = QPushButton(self.tr("&Remove assignment"))
        self.remove_button.clicked.connect(self.remove_assignment)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)

    # -- data ------------------------------------------------------------------------------
    def refresh(self) -> None:
        now = self.ctx.now()
        report = reports.class_report(self.ctx.db, now=now)
        given = assignments.list_assignments(self.ctx.db, self.bank_files())  # read, then draw
        self.report = report
        at_risk = sum(r.at_risk for r in self.report.students)
        self.heading.setText(self.tr("%Ln student(s); last 30 days.", "", len(self.report.students)) + " "
                             + self.tr("%Ln at risk.", "", at_risk))
        self.table.setRowCount(len(self.report.students))
        for row, r in enumerate(self.report.students):
            latest = max(r.exams, key=lambda e: e.date, default=None)
            # signed, in the language's digits (Nepali +१७, not +17 beside १००%)
            trend = "–" if latest is None or latest.trend is None else \
                ("+" if round(latest.trend) >= 0 else "") + i18n.number(round(latest.trend))
            if self.isRightToLeft() and trend != "–":
                trend = f"\u2066{trend}\u2069"  # "+16", not "16+", in Urdu
            cells = [r.name, i18n.count(round(r.study_minutes)), i18n.count(r.reviews), _pct(r.retention),
                     _pct(r.assignment_progress),
                     f"{latest.name} {i18n.percent(latest.total_percent)}"
                     if latest and latest.total_percent is not None else "–",
                     trend, self.tr("At risk") if r.at_risk else self.tr("On track")]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 0:
                    item.setData(Qt.ItemDataRole.UserRole, r.profile_id)
                if col == len(cells) - 1 and r.at_risk:
                    item.setForeground(QBrush(QColor("#b00020")))
                    item.setToolTip("\n".join(self.risk_text(c, v) for c, v in r.risks))
                self.table.setItem(row, col, item)
        self.assignment_list.clear()
        for a in given:
            who = a.student or self.tr("whole class")
            item = QListWidgetItem(self.tr("{title} for {who}, due {date}").format(
                title=assignment_title(a), who=who, date=i18n.ltr(i18n.digits(a.due_date))))  # not "01-12-2026" in Urdu
            item.setData(Qt.ItemDataRole.UserRole, a.id)
            self.assignment_list.addItem(item)
        self._show_reasons()

    def bank_files(self):
        """The question banks the Mock exams page uses (None: the shipped and the data folder's)."""
        return self.ctx.settings.get("exam_banks") or None

    def selected_student(self) -> reports.StudentReport | None:
        row = self.table.currentRow()
        if self.report is None or row < 0 or row >= len(self.report.students):
            return None
        return self.report.students[row]

    def risk_text(self, code: str, v: dict) -> str:
        if code == "behind":
            return self.tr("behind for {exam} on {date}: {left} cards still new, {needed} a day needed").format(
                **{**v, "date": i18n.ltr(i18n.digits(str(v.get("date", "")))),
                   **{k: i18n.number(v[k]) for k in ("left", "needed") if isinstance(v.get(k), (int, float))}})
        if code == "mock_failed":
            return self.tr("latest {exam} mock not passed ({percent}%)").format(
                **{**v, "percent": i18n.number(v["percent"]) if isinstance(v.get("percent"), (int, float))
                   else v.get("percent")})
        if code == "overdue":
            # each title in the interface language ("JLPT N4 پرچہ B"), joined by its comma
            titles = (self.tr(", ").join(assignment_title(a) for a in v["assignments"])
                      if v.get("assignments") else v.get("titles", ""))
            return self.tr("%Ln overdue assignment(s): {titles}", "", v["n"]).format(titles=titles)
        if code == "inactive":
            return self.tr("no study in the last %Ln day(s)", "", v["days"])
        return code

    def _why(self, r) -> str:
        # the language's own separator (Urdu ؛): a Latin ";" after "Lab::Basics" read as part of it
        return self.tr("; ").join(self.risk_text(code, values) for code, values in r.risks)

    def _show_reasons(self) -> None:
        r = self.selected_student()
        self.reasons.setText("" if r is None or not r.risks else
                             self.tr("{name} is at risk: {why}").format(
                                 name=f"\u2068{r.name}\u2069", why=self._why(r)))  # isolate: an Urdu name keeps the line LTR

    # -- actions ---------------------------------------------------------------------------
    def assign(self, values: dict | None = None) -> None:
        now = self.ctx.now()
        if not values:
            students = [(r.profile_id, r.name) for r in (self.report.students if self.report else [])]
            dialog = AssignDialog(self.ctx.db, students, assignments.today(now), self, self.bank_files())
            if not dialog.exec():
                return
            values = dialog.values()
        try:
            assignments.assign(self.ctx.db, now=now, created_by=self.ctx.profile_id, files=self.bank_files(),
                               **values)
        except JpprepError as exc:
            QMessageBox.warning(self, self.tr("Assign"), error_text(exc))
            return
        self.refresh()

    def remove_assignment(self) -> None:
        item = self.assignment_list.currentItem()
        if item is not None:
            assignments.remove(self.ctx.db, item.data(Qt.ItemDataRole.UserRole))
            self.refresh()

    def export(self, kind: str, *, student: bool = False, path: str | None = None) -> str | None:
        if self.report is None:
            self.refresh()
        target = self.selected_student() if student else self.report
        if target is None:
            QMessageBox.information(self, self.tr("Report"), self.tr("Choose a student in the table first."))
            return None
        if not path:
            stem = f"jpprep-{target.name if student else 'class'}-{dt.date.today().isoformat()}"
            pattern = self.tr("PDF files (*.pdf)") if kind == "pdf" else self.tr("CSV files (*.csv)")
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save report"), f"{stem}.{kind}", pattern)
        if not path:
            return None
        try:
            if kind == "pdf":
                from jpprep.ui.report_pdf import write_pdf

                write_pdf(path, target)
            else:
                reports.write_csv(path, target)
        except (OSError, JpprepError) as exc:
            QMessageBox.warning(self, self.tr("Report"), self.tr("Could not save the report: {error}").format(
                error=getattr(exc, "strerror", None) or exc))
            return None
        return path
