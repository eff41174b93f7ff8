"""Progress page: a year of study, what is coming, how much is remembered, the exam target.

Data comes from jpprep.services.stats.stats_data (read in a worker thread: the first read of a
big review log takes a moment) and jpprep.services.planning. Charts are drawn with QPainter.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QObject, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QFrame, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel, QListWidget, QListWidgetItem, QPushButton,
    QScrollArea, QSizePolicy, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from jpprep.services import planning, stats, study
from jpprep.ui import i18n
from jpprep.ui.error_text import error_text, shown_text
from jpprep.ui.widgets.heatmap import HeatmapWidget

STATE_COLOURS = {"new": "#5b9bd5", "learning": "#ed7d31", "relearning": "#c0504d",
                 "young": "#9bbb59", "mature": "#4f7f2a", "suspended": "#a5a5a5",
                 "buried": "#d9d9d9"}
EXAMS = [("jlpt-n5", "JLPT N5"), ("jlpt-n4", "JLPT N4"), ("jlpt-n3", "JLPT N3"),
         ("jlpt-n2", "JLPT N2"), ("jlpt-n1", "JLPT N1"), ("jft-basic", "JFT-Basic"),
         ("ssw", "SSW sector test")]


class StatsWords(QObject):
    """Words the statistics page makes from the service's numbers, in the interface language
    (its month names, digits and plural forms)."""

    def minutes(self, ms: int) -> str:
        m = round(ms / 60000)
        if m < 60:
            return self.tr("%Ln min", "", m)
        return (self.tr("%1 h %2 min").replace("%1", i18n.number(m // 60))
                .replace("%2", QLocale().toString(m % 60).rjust(2, QLocale().zeroDigit())))

    def month(self, iso_month: str) -> str:
        """"2026-03" -> "March 2026" as the language writes it."""
        year, month = (int(x) for x in iso_month.split("-"))
        return (self.tr("%1 %2", "month name, year").replace("%1", QLocale().standaloneMonthName(
            month, QLocale.FormatType.LongFormat)).replace("%2", i18n.count(year)))

    def card_age(self, min_days: int | None, max_days: int | None) -> str:
        """An age bucket: "under 7 days", "7 days to 30 days", "over 1 year"."""
        lo = i18n.interval((min_days or 0) * DAY_MS)
        if max_days is None:
            return self.tr("over %1").replace("%1", lo)
        hi = i18n.interval(max_days * DAY_MS)
        if not min_days:
            return self.tr("under %1").replace("%1", hi)
        return self.tr("%1 to %2").replace("%1", lo).replace("%2", hi)

    def percent(self, rate: float | None) -> str:
        if rate is None:
            return "–"
        # i18n.percent, as every other page: one sign per language (Urdu: CLDR's %, with
        # Latin digits; Progress alone used to write ٪)
        return i18n.percent(round(rate * 100))

    def short_date(self, day: dt.date) -> str:
        """The locale's short date without the year: 9/28, 28/09, 09/28 (ja)."""
        import re

        fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
        fmt = re.sub(r"^y+[^dMy]*|[^dMy]*y+$", "", fmt) or "d/M"
        return QLocale().toString(QDate(day.year, day.month, day.day), fmt)


DAY_MS = 86_400_000


class BarChart(QWidget):
    """Vertical bars with a label every few bars (the 30-day forecast). Time runs from the
    start side: today is the leftmost bar, the rightmost in a right-to-left interface (Urdu),
    where the chart is mirrored with its labels."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.values: list[int] = []
        self.labels: list[str] = []
        self.setMinimumHeight(150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_data(self, values: list[int], labels: list[str]) -> None:
        self.values, self.labels = list(values), list(labels)
        self.setAccessibleDescription(", ".join(f"{lab}: {i18n.number(v)}" for lab, v in zip(labels, values)))
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(520, 160)

    def paintEvent(self, _e) -> None:  # noqa: N802
        p = QPainter(self)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        n = len(self.values)
        if not n:
            return
        top, bottom, left = 16, 20, 4
        h = self.height() - top - bottom
        w = (self.width() - left * 2) / n
        peak = max(max(self.values), 1)
        small = self.font()
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.8))
        p.setFont(small)
        # a date label starts at its bar's start side (absolute: its box is already mirrored)
        start = (Qt.AlignmentFlag.AlignRight if self.isRightToLeft()
                 else Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignAbsolute
        for i, v in enumerate(self.values):
            bh = int(h * v / peak)
            x = int(left + i * w)
            r = QRect(x + 1, top + h - bh, max(2, int(w) - 2), bh)
            p.fillRect(self.mirror(r), QColor("#ed7d31" if i == 0 else "#5b9bd5"))
            if v and (v == peak or i == 0):
                p.setPen(text)
                p.drawText(self.mirror(QRect(x - 10, top + h - bh - 14, int(w) + 20, 14)),
                           Qt.AlignmentFlag.AlignCenter, i18n.number(v))
            if i % 7 == 0 and i < len(self.labels):
                p.setPen(text)
                p.drawText(self.mirror(QRect(x, top + h + 2, 80, bottom)), start, self.labels[i])
        p.end()

    def mirror(self, r: QRect) -> QRect:
        """r, laid out left to right, where it is drawn (seen from the right edge in a
        right-to-left interface)."""
        if not self.isRightToLeft():
            return r
        return QRect(self.width() - r.x() - r.width(), r.y(), r.width(), r.height())


class StateBar(QWidget):
    """One horizontal bar split by card state, with a legend underneath."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.counts: dict[str, int] = {}
        self.names: dict[str, str] = {}
        self.setMinimumHeight(80)  # the bar and two lines of legend
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_data(self, counts: dict[str, int], names: dict[str, str]) -> None:
        self.counts, self.names = dict(counts), names
        self.setAccessibleDescription(
            ", ".join(f"{names[k]}: {i18n.number(v)}" for k, v in counts.items() if v))
        self.update()

    def _mirror(self, r: QRect) -> QRect:
        """r as seen from the right edge when the interface runs right to left (Urdu)."""
        if self.layoutDirection() != Qt.LayoutDirection.RightToLeft:
            return r
        return QRect(self.width() - r.x() - r.width(), r.y(), r.width(), r.height())

    def legend(self) -> list[tuple[str, QRect, QRect]]:
        """(label, swatch, text rectangle) of each state, wrapped onto a second line when the
        page is narrow; mirrored right to left."""
        out = []
        x, y, w = 0, 28, self.width()
        fm = self.fontMetrics()
        for key, v in self.counts.items():
            label = f"{self.names.get(key, key)} {i18n.number(v)}"
            lw = fm.horizontalAdvance(label) + 4
            if x and x + lw + 16 > w:
                x, y = 0, y + fm.height() + 6
            out.append((label, self._mirror(QRect(x, y + 4, 12, 12)),
                        self._mirror(QRect(x + 16, y, lw, fm.height() + 4))))
            x += lw + 28
        return out

    def paintEvent(self, _e) -> None:  # noqa: N802
        p = QPainter(self)
        total = sum(self.counts.values())
        x, w = 0, self.width()
        if total:
            for key, v in self.counts.items():
                bw = round(w * v / total)
                p.fillRect(self._mirror(QRect(x, 0, bw, 20)), QColor(STATE_COLOURS[key]))
                x += bw
        p.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        for key, (label, swatch, box) in zip(self.counts, self.legend()):
            p.fillRect(swatch, QColor(STATE_COLOURS[key]))
            p.drawText(box, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignHCenter, label)
        p.end()


class ExamTargetDialog(QDialog):
    """Choose the exam, its date and the decks that matter; see at once whether the pace is
    enough and what it would take."""

    saved = Signal()

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Exam target"))
        form = QFormLayout()
        self.exam = QComboBox()
        for key, name in EXAMS:
            self.exam.addItem(name, key)
        self.exam.setAccessibleName(self.tr("Exam"))
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        # in a right-to-left window Qt writes the sections backwards ("24-09-2026"); set
        # before the format, which is when Qt orders them
        self.date.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setAccessibleName(self.tr("Exam date"))
        self.decks = QListWidget()
        self.decks.setAccessibleName(self.tr("Decks for this exam"))
        form.addRow(self.tr("Exam:"), self.exam)
        form.addRow(self.tr("Date:"), self.date)
        form.addRow(self.tr("Decks:"), self.decks)
        self.decks.setMinimumHeight(120)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setMinimumHeight(110)
        self.verdict.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.verdict.setAccessibleName(self.tr("Pace check"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.remove = buttons.addButton(self.tr("Remove target"),
                                        QDialogButtonBox.ButtonRole.DestructiveRole)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.remove.clicked.connect(self.clear)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.verdict)
        box.addWidget(buttons)
        self.resize(500, 480)
        self._load()
        self.exam.currentIndexChanged.connect(self.check)
        self.date.dateChanged.connect(self.check)
        self.decks.itemChanged.connect(self.check)
        self.check()

    def _load(self) -> None:
        now = self.ctx.now()
        target = planning.get_target(self.ctx.db, self.ctx.profile_id)
        today = dt.datetime.fromtimestamp(now / 1000, dt.timezone.utc).date()
        day = dt.date.fromisoformat(target.exam_date) if target else today + dt.timedelta(days=90)
        self.date.setDate(QDate(day.year, day.month, day.day))
        if target:
            i = self.exam.findData(target.exam_id)
            if i >= 0:
                self.exam.setCurrentIndex(i)
        chosen = set(target.deck_ids) if target else set()
        self.decks.blockSignals(True)
        for c in study.deck_counts(self.ctx.db, self.ctx.profile_id, now):
            item = QListWidgetItem(c.name)
            item.setData(Qt.ItemDataRole.UserRole, c.deck_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if c.deck_id in chosen
                               else Qt.CheckState.Unchecked)
            self.decks.addItem(item)
        self.decks.blockSignals(False)
        self.remove.setEnabled(target is not None)

    def chosen_decks(self) -> list[int]:
        return [self.decks.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.decks.count())
                if self.decks.item(i).checkState() == Qt.CheckState.Checked]

    def target(self) -> planning.TargetInfo:
        return planning.TargetInfo(0, self.exam.currentData(),
                                   self.date.date().toString("yyyy-MM-dd"), self.chosen_decks())

    def check(self) -> None:
        t = self.target()
        self.save_button.setEnabled(bool(t.deck_ids))
        if not t.deck_ids:
            self.verdict.setText(self.tr("Tick the decks you need for this exam."))
            return
        plan = planning.plan(self.ctx.db, self.ctx.profile_id, self.ctx.now(), t)
        self.plan = plan
        lines = [self.tr("%Ln day(s) left.", "", plan.days_left),
                 self.tr("%Ln card(s) not met yet.", "", plan.cards_left)]
        if plan.cards_left:
            if plan.covers:
                lines.append(self.tr("Your pace (%1 new a day) meets them all by %2.")
                             .replace("%1", i18n.number(round(plan.pace)))
                             .replace("%2", i18n.date(plan.finish_date or "")))  # as the plan says it
            else:
                lines.append(self.tr("At your pace (%1 new a day) you will not meet them all. "
                                     "%2 new cards a day would.")
                             .replace("%1", i18n.number(round(plan.pace)))
                             .replace("%2", i18n.number(plan.proposed_new_per_day)))
            lines.append(self.tr("That means about %Ln answer(s) a day.", "",
                                 round(plan.expected_daily_load)))
            if plan.typical_day is not None and plan.expected_daily_load > (
                    planning.WARN_FACTOR * plan.typical_day):
                lines.append(self.tr("Warning: that is more than the %Ln answer(s) you do on a "
                                     "typical day.", "", round(plan.typical_day)))
        self.verdict.setText("\n".join(lines))

    def save(self) -> None:
        t = self.target()
        planning.set_target(self.ctx.db, self.ctx.profile_id, t.exam_id, t.exam_date, t.deck_ids)
        self.saved.emit()
        self.accept()

    def clear(self) -> None:
        planning.clear_target(self.ctx.db, self.ctx.profile_id)
        self.saved.emit()
        self.accept()


class StatsPage(QWidget):
    loaded = Signal()

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: stats.StatsData | None = None
        self.words = StatsWords(self)
        self._job = None
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        title = QLabel(self.tr("Progress"))
        f = title.font()
        f.setPointSizeF(f.pointSizeF() * 1.5)
        f.setBold(True)
        title.setFont(f)
        self.deck = QComboBox()
        self.deck.setAccessibleName(self.tr("Show progress for"))
        self.deck.setMinimumWidth(220)
        self.target_button = QPushButton(self.tr("Exam target…"))
        self.optimize_button = QPushButton(self.tr("Fit my memory model"))
        self.optimize_button.setToolTip(self.tr(
            "Learn how fast you forget from your own answers, so reviews come at the right "
            "time. Kept only if it predicts your answers better."))
        # the deck choice on a line of its own: title, "Show:", the list and both buttons in one
        # row were wider than a 1024x600 screen at 150% text (Indonesian, Vietnamese), and the
        # page scrolled sideways with "Fit my memory model" cut off
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.target_button)
        top.addWidget(self.optimize_button)
        outer.addLayout(top)
        choice = QHBoxLayout()
        show = QLabel(self.tr("Show:"))
        show.setBuddy(self.deck)
        choice.addWidget(show)
        choice.addWidget(self.deck, 1)
        outer.addLayout(choice)
        self.optimize_label = QLabel()
        self.optimize_label.setWordWrap(True)
        self.optimize_label.hide()
        outer.addWidget(self.optimize_label)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        self.body = QVBoxLayout(body)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        self.plan_label = QLabel()
        self.plan_label.setWordWrap(True)
        self.plan_label.setAccessibleName(self.tr("Exam target"))
        self.plan_label.setStyleSheet("QLabel { padding: 8px; border-radius: 6px;"
                                      " background: palette(alternate-base); }")
        self.body.addWidget(self.plan_label)

        grid = QGridLayout()
        self.figures: dict[str, QLabel] = {}
        names = [("streak", self.tr("Streak")), ("longest", self.tr("Longest streak")),
                 ("today", self.tr("Studied today")), ("week", self.tr("This week")),
                 ("reviews", self.tr("Answers in total")),
                 ("retention", self.tr("Remembered now (estimate)"))]
        for i, (key, name) in enumerate(names):
            cap = QLabel(name)
            val = QLabel("–")
            vf = val.font()
            vf.setPointSizeF(vf.pointSizeF() * 1.4)
            vf.setBold(True)
            val.setFont(vf)
            val.setAccessibleName(name)
            # a figure alone ("923") stands on the side its caption starts on, in Urdu too
            # (the app's style puts a plain label's line at the window's start: jpprep.ui.bidi)
            val.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            self.figures[key] = val
            grid.addWidget(cap, (i // 3) * 2, i % 3)
            grid.addWidget(val, (i // 3) * 2 + 1, i % 3)
        self.body.addLayout(grid)

        self.heatmap = HeatmapWidget()
        self.body.addWidget(self._group(self.tr("The last 12 months"), self.heatmap))
        self.forecast = BarChart()
        self.forecast.setAccessibleName(self.tr("Reviews due in the next 30 days"))
        self.body.addWidget(self._group(self.tr("Due in the next 30 days"), self.forecast))
        self.states = StateBar()
        self.states.setAccessibleName(self.tr("Cards by state"))
        self.body.addWidget(self._group(self.tr("Cards"), self.states))

        tables = QHBoxLayout()
        self.by_month = self._table([self.tr("Month"), self.tr("Remembered"), self.tr("Answers")])
        self.by_age = self._table([self.tr("Card age"), self.tr("Remembered"), self.tr("Answers")])
        self.by_month.setAccessibleName(self.tr("True retention by month"))
        self.by_age.setAccessibleName(self.tr("True retention by card age"))
        tables.addWidget(self._group(self.tr("True retention by month"), self.by_month))
        tables.addWidget(self._group(self.tr("True retention by card age"), self.by_age))
        self.body.addLayout(tables)
        self.body.addStretch(1)

        self.deck.currentIndexChanged.connect(self._reload)
        self.target_button.clicked.connect(self.open_target)
        self.optimize_button.clicked.connect(self.optimize)
        self.state_names = {"new": self.tr("New"), "learning": self.tr("Learning"),
                            "relearning": self.tr("Relearning"), "young": self.tr("Young"),
                            "mature": self.tr("Mature"), "suspended": self.tr("Suspended"),
                            "buried": self.tr("Buried")}

    def _group(self, title: str, widget: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        lay = QVBoxLayout(box)
        lay.addWidget(widget)
        return box

    def _table(self, headers: list[str]) -> QTableWidget:
        t = QTableWidget(0, len(headers))
        t.setHorizontalHeaderLabels(headers)
        t.verticalHeader().hide()
        t.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        t.setMinimumHeight(200)
        return t

    # -- loading
    def refresh(self) -> None:
        """Reload the deck list (keeping the choice) and the numbers."""
        current = self.deck.currentData()
        counts = study.deck_counts(self.ctx.db, self.ctx.profile_id, self.ctx.now())
        self.deck.blockSignals(True)  # read first: a server that went away leaves it as it was
        self.deck.clear()
        self.deck.addItem(self.tr("All decks"), None)
        for c in counts:
            self.deck.addItem(c.name, c.deck_id)
        i = self.deck.findData(current)
        self.deck.setCurrentIndex(max(0, i))
        self.deck.blockSignals(False)
        self._show_plan()
        self._reload()

    def _reload(self) -> None:
        from jpprep.ui.workers import run_in_background

        self._job = run_in_background(
            stats.stats_data, self.ctx.db, self.ctx.profile_id, self.ctx.now(),
            self.deck.currentData(), on_done=self.show_data, on_error=self._failed)

    def _failed(self, exc) -> None:
        self.plan_label.setText(self.tr("The statistics could not be read: %1")
                                .replace("%1", error_text(exc)))
        self.plan_label.show()

    def _show_plan(self) -> None:
        plan = planning.current_plan(self.ctx.db, self.ctx.profile_id, self.ctx.now())
        if plan is None:
            self.plan_label.setText(self.tr("No exam target yet. Choose one with "
                                            "“Exam target…” to see if your pace is enough."))
            return
        from jpprep.ui.pages.home import plan_sentence, plan_warnings

        text = plan_sentence(plan)
        warnings = plan_warnings(plan)
        if warnings:
            text += "\n" + "\n".join("⚠ " + w for w in warnings)
        self.plan_label.setText(text)

    def show_data(self, data: stats.StatsData) -> None:
        self.data = data
        f = self.figures
        f["streak"].setText(self.tr("%Ln day(s)", "", data.streak_days))
        f["longest"].setText(self.tr("%Ln day(s)", "", data.longest_streak))
        w = self.words
        f["today"].setText(w.minutes(data.studied_ms_today))
        f["week"].setText(w.minutes(data.studied_ms_week))
        f["reviews"].setText(i18n.number(data.reviews_total))
        f["retention"].setText(w.percent(data.average_retention))
        self.heatmap.set_data(data.heatmap)
        today = dt.date.fromisoformat(data.today)
        labels = [w.short_date(today + dt.timedelta(days=i)) for i in range(30)]
        labels[0] = self.tr("Today")
        self.forecast.set_data(data.forecast, labels)
        self.states.set_data(data.cards_by_state, self.state_names)
        self._fill(self.by_month, [r for r in data.retention_by_month if r.total]
                   or data.retention_by_month[-1:])
        self._fill(self.by_age, data.retention_by_age)
        self.loaded.emit()

    def _fill(self, table: QTableWidget, rows) -> None:
        table.setRowCount(len(rows))
        w = self.words
        for i, r in enumerate(rows):
            if r.month is not None:
                name = w.month(r.month)
            elif r.min_days is not None:
                name = w.card_age(r.min_days, r.max_days)
            else:
                name = r.label
            cells = [name, w.percent(r.rate), i18n.count(r.total)]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if j:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(i, j, item)

    optimized = Signal()

    def optimize(self) -> None:
        """Fit personal FSRS parameters in a worker; the page stays usable meanwhile."""
        from jpprep.services.presets import optimize_all
        from jpprep.ui.workers import run_in_background

        self.optimize_button.setEnabled(False)
        self.optimize_label.setText(self.tr("Fitting your memory model…"))
        self.optimize_label.show()

        def progress(done, total, _text):
            self.optimize_label.setText(self.tr("Fitting your memory model… %1%")
                                        .replace("%1", i18n.number(int(100 * done / max(total, 1)))))

        def done(results):
            self.optimize_button.setEnabled(True)
            from jpprep.ui.deck_options import preset_name
            from jpprep.ui.fit_words import fit_line

            # the optimizer's message is English (the CLI's); its code is said in the
            # interface language (a line that begins Latin runs right to left: jpprep.ui.bidi)
            lines = [fit_line(preset_name(name), res) for name, res in results]
            self.optimize_label.setText("\n".join(lines) or self.tr("No deck to fit yet."))
            self.optimized.emit()

        def failed(exc):
            self.optimize_button.setEnabled(True)
            # a library's own failure is one translated sentence (its English goes to the log)
            self.optimize_label.setText(self.tr("Fitting failed: %1").replace("%1", shown_text(exc)))
            self.optimized.emit()

        self._opt_job = run_in_background(optimize_all, self.ctx.db, self.ctx.profile_id,
                                          on_done=done, on_error=failed, on_progress=progress)

    def open_target(self) -> ExamTargetDialog:
        dlg = ExamTargetDialog(self.ctx, self)
        dlg.saved.connect(self._show_plan)
        dlg.open()
        return dlg
