"""Home: today's work, the exam countdown, and every deck with its new and due cards."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jpprep.services import study
from jpprep.ui import i18n
from jpprep.ui.exam.names import assignment_title, form_label
from jpprep.ui.widgets.deck_delete import DeckDeleter
from jpprep.ui.widgets.flow_row import FlowRow


class PlanText(QObject):
    """The exam countdown (a jpprep.services.planning.Plan) in the interface language: one
    sentence per count so each gets its plural form and the language's digits. The English
    Plan.summary stays for the command line."""

    def sentence(self, plan) -> str:
        parts = [self.tr("{exam} on {date}: %Ln day(s) left.", "", plan.days_left)
                 .format(exam=plan.exam_id.upper(), date=i18n.date(plan.exam_date))]
        if plan.cards_left == 0:
            parts.append(self.tr("Every card has been met."))
        elif plan.covers:
            parts.append(self.tr("On track: %Ln card(s) still to meet.", "", plan.cards_left))
            parts.append(self.tr("At %Ln new card(s) a day you finish on {date}.", "", round(plan.pace))
                         .format(date=i18n.date(plan.finish_date or "")))
        else:
            parts.append(self.tr("%Ln card(s) still to meet.", "", plan.cards_left))
            parts.append(self.tr("That needs %Ln new card(s) a day.", "", plan.proposed_new_per_day))
        return " ".join(parts)

    def warnings(self, plan) -> list[str]:
        """Plan.notes worded in the interface language (Plan.warnings is the CLI's English)."""
        out = []
        for code, v in getattr(plan, "notes", []):
            if code == "past":
                out.append(self.tr("The exam is today or already past: choose the next exam date."))
            elif code == "behind":
                out.append(self.tr("At %Ln new card(s) a day you will not meet every card before the exam.",
                                   "", v["pace"]) + " "
                           + self.tr("%Ln a day would.", "", v["proposed"]))
            elif code == "heavy":
                out.append(self.tr("That means about %Ln answer(s) a day,", "", v["load"]) + " "
                           + self.tr("more than the %Ln you do on a typical day.", "", v["typical"]))
            elif code == "heavy_start":
                out.append(self.tr("That means about %Ln answer(s) a day,", "", v["load"]) + " "
                           + self.tr("which is a lot to start with."))
        return out


def plan_sentence(plan) -> str:
    """PlanText().sentence(plan): for the home page (and any page showing the countdown)."""
    return PlanText().sentence(plan)


def plan_warnings(plan) -> list[str]:
    """PlanText().warnings(plan): the plan's warnings in the interface language."""
    return PlanText().warnings(plan)


def _order(name: str) -> str:
    """Deck order for learners: JLPT N5 (the first level) before N1, otherwise by name."""
    return re.sub(r"\bN([1-5])\b", lambda m: f"N{6 - int(m.group(1))}", name)


class HomePage(QWidget):
    studyRequested = Signal(object)  # deck id, or None for every deck
    examRequested = Signal(str, str)  # an assigned mock: exam id, fixed form id ("" for random)

    COLUMNS = ("Deck", "New", "Learning", "Due")

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        self.greeting = QLabel()
        f = QFont(self.font())
        f.setPointSizeF(f.pointSizeF() * 1.6)
        f.setBold(True)
        self.greeting.setFont(f)
        layout.addWidget(self.greeting)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Today's work"))
        layout.addWidget(self.summary)
        self.countdown = QLabel()
        self.countdown.setWordWrap(True)
        self.countdown.hide()
        layout.addWidget(self.countdown)
        self.assignments = QLabel()  # what the instructor gave this student (services.assignments)
        self.assignments.setObjectName("assignments")
        self.assignments.setAccessibleName(self.tr("Assignments"))
        self.assignments.setWordWrap(True)
        self.assignments.setTextFormat(Qt.TextFormat.PlainText)
        self.assignments.hide()
        layout.addWidget(self.assignments)
        self.assignment_buttons = FlowRow()  # "Start JLPT N4 Form B": one per mock still to take
        layout.addLayout(self.assignment_buttons)
        self._start_buttons: list[QPushButton] = []

        self.tree = QTreeWidget()
        self.tree.setColumnCount(len(self.COLUMNS))
        self.tree.setHeaderLabels([self.tr(c) for c in self.COLUMNS])
        for col in range(1, len(self.COLUMNS)):  # each count's name on the counts' side (Urdu:
            # the columns are wider than 'نئے', and a count stood under no name)
            self.tree.headerItem().setTextAlignment(col, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.tree.setAccessibleName(self.tr("Decks"))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, len(self.COLUMNS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self._pad_count_headers()
        self.tree.itemActivated.connect(lambda item, _col: self._study(item))
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)  # also the Menu key
        self.tree.customContextMenuRequested.connect(self._deck_menu)
        layout.addWidget(self.tree, 1)
        # Delete deck… in the deck's menu and on the Delete key; a lab may lock it
        self.deleter = DeckDeleter(ctx, self, on_deleted=lambda _gone: self.refresh())
        self.delete_action = QAction(self.tr("Delete deck…"), self.tree)
        self.delete_action.setObjectName("delete_deck")
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # shown in the menu
        self.delete_action.triggered.connect(self.delete_deck)
        self.delete_action.setVisible(self.deleter.allowed())
        self.delete_action.setEnabled(self.deleter.allowed())
        self.tree.installEventFilter(self)  # the Delete key on the list

        buttons = QHBoxLayout()
        self.study_button = QPushButton(self.tr("Study this deck"))
        self.study_button.clicked.connect(lambda: self._study(self.tree.currentItem()))
        self.study_all = QPushButton(self.tr("Study all due cards"))
        self.study_all.clicked.connect(lambda: self.studyRequested.emit(None))
        self.options_button = QPushButton(self.tr("Deck options"))
        self.options_button.setToolTip(self.tr("Daily limits, learning steps and retention of "
                                               "the chosen deck"))
        self.options_button.clicked.connect(self.open_options)
        self.options_dialog = None
        buttons.addWidget(self.study_button)
        buttons.addWidget(self.study_all)
        buttons.addWidget(self.options_button)
        buttons.addStretch(1)
        # decks that come with jpprep and were deleted: they stay away until brought back here
        self.restore_button = QPushButton(objectName="restore_shipped")
        self.restore_button.clicked.connect(self.restore_shipped)
        self.restore_button.hide()
        self.removed: dict[str, str] = {}
        buttons.addWidget(self.restore_button)
        layout.addLayout(buttons)

    def _study(self, item) -> None:
        if item is not None:
            self.studyRequested.emit(item.data(0, Qt.ItemDataRole.UserRole))

    def _deck_menu(self, pos) -> None:
        item = self.tree.itemAt(pos) or self.tree.currentItem()
        if item is None:
            return
        self.tree.setCurrentItem(item)
        menu = QMenu(self)
        menu.addAction(self.tr("Study this deck"), lambda: self._study(item))
        menu.addAction(self.tr("Deck options"), self.open_options)
        if self.delete_action.isVisible():
            menu.addSeparator()
            menu.addAction(self.delete_action)
        self.menu = menu
        menu.popup(self.tree.viewport().mapToGlobal(pos))

    def eventFilter(self, obj, event) -> bool:
        if (obj is self.tree and event.type() == QEvent.Type.KeyPress
                and event.matches(QKeySequence.StandardKey.Delete)
                and self.delete_action.isVisible()):
            self.delete_deck()
            return True
        return super().eventFilter(obj, event)

    def delete_deck(self) -> None:
        """Ask, then delete the chosen deck with its sub-decks (jpprep.ui.widgets.deck_delete)."""
        item = self.tree.currentItem()
        if item is not None:
            self.deleter.ask(item.data(0, Qt.ItemDataRole.UserRole))

    def open_options(self) -> None:
        """The deck options dialog for the chosen deck; the counts are refreshed after Save."""
        from jpprep.ui.deck_options import open_deck_options

        item = self.tree.currentItem()
        if item is None or self.ctx.db is None:
            return
        self.options_dialog = open_deck_options(self, self.ctx, item.data(0, Qt.ItemDataRole.UserRole),
                                                on_saved=self.refresh)

    def restore_shipped(self) -> None:
        self.restore_button.setEnabled(False)
        self.deleter.restore(list(self.removed), on_done=self.refresh)

    def _removed_decks(self) -> None:
        from jpprep import lab
        from jpprep.services.deck_delete import removed_shipped

        offered = lab.current().deck_offered
        self.removed = {k: n for k, n in removed_shipped(self.ctx.db).items() if offered(k)} \
            if self.deleter.allowed() else {}
        self.restore_button.setText(self.tr("Bring back %Ln deleted deck(s) that come with jpprep",
                                            "", len(self.removed)))
        self.restore_button.setToolTip("\n".join(self.removed.values()))
        self.restore_button.setEnabled(True)
        self.restore_button.setVisible(bool(self.removed))

    def refresh(self) -> None:
        now = self.ctx.now()
        self.greeting.setText(self.tr("Hello, {name}").format(name=self.ctx.profile_name))
        today = study.today_summary(self.ctx.db, self.ctx.profile_id, now)
        counts = study.deck_counts(self.ctx.db, self.ctx.profile_id, now)
        self.summary.setText(" ".join([  # one sentence per count, so each can be plural
            self._due_sentence(today),
            self.tr("%Ln new card(s) waiting.", "", today.new_left),
            self.tr("Reviewed today: %Ln.", "", today.reviewed),
            self.tr("Streak: %Ln day(s).", "", today.streak_days)]))
        self._fill(counts)
        self._removed_decks()
        self._countdown(now)
        self._assignments(now)

    def _due_sentence(self, today) -> str:
        """Today's seen cards as the deck table counts them: due_left holds the cards still
        being learned too, so with any of those the sentence names both columns ("Learning",
        "Due") with their counts, or it would say "1 card due" over a Due column of 0."""
        if not today.learning_left:
            return self.tr("Today: %Ln card(s) due.", "", today.review_left)
        return self.tr("Today: %Ln card(s) to study again ({learning_column}: {learning}, "
                       "{due_column}: {due}).", "", today.due_left).format(
            learning_column=self.tr("Learning"), learning=i18n.number(today.learning_left),
            due_column=self.tr("Due"), due=i18n.number(today.review_left))

    def _assignments(self, now: int) -> None:
        from jpprep.services import assignments

        given = assignments.for_student(self.ctx.db, self.ctx.profile_id, now=now,
                                        files=self.ctx.settings.get("exam_banks") or None)
        self._assignment_buttons([a for a in given if a.info.kind == "exam" and not a.done])
        if not given:
            self.assignments.hide()
            return
        # a line that begins with a deck's Latin name still runs right to left in Urdu
        # (the app's style, jpprep.ui.bidi)
        lines = [self.tr("Assignments from your teacher:")]
        for a in given:
            if a.done:
                state = self.tr("done")
            elif a.overdue:
                state = self.tr("overdue, {p}% done").format(p=i18n.number(round(a.progress * 100)))
            else:
                state = self.tr("{p}% done").format(p=i18n.number(round(a.progress * 100)))
            if a.done:
                pass
            elif a.info.form_id:  # which paper counts, and that another or a practice did not
                form = form_label(a.info.form_name)
                state += self.tr("; ") + (
                    self.tr("your other mock does not count: take {form}") if a.other_form_taken
                    else self.tr("a practice does not count: take {form} as a full mock") if a.practice_taken
                    else self.tr("only {form} counts")).format(form=form)
            elif a.practice_taken:  # one section or one question type: the teacher meant the whole mock
                state += self.tr("; ") + self.tr("a practice does not count: take the full mock")
            lines.append(self.tr("• {title}: due {date} ({state})").format(
                title=assignment_title(a.info), date=i18n.ltr(i18n.digits(a.info.due_date)), state=state))
        self.assignments.setText("\n".join(lines))
        self.assignments.show()

    def _assignment_buttons(self, open_exams) -> None:
        """One "Start …" button per assigned mock still to take; the buttons are kept and
        reused (hidden when not needed), so a refresh deletes nothing under a click."""
        while len(self._start_buttons) < len(open_exams):
            button = QPushButton()
            button.setObjectName("start_assignment")
            button.clicked.connect(lambda _c=False, b=button: self.examRequested.emit(
                b.property("exam_id"), b.property("form_id")))
            self.assignment_buttons.addWidget(button)
            self._start_buttons.append(button)
        for i, button in enumerate(self._start_buttons):
            a = open_exams[i] if i < len(open_exams) else None
            button.setVisible(a is not None)
            if a is not None:
                button.setText(self.tr("Start {title}").format(title=assignment_title(a.info)))
                button.setProperty("exam_id", a.info.exam_id)
                button.setProperty("form_id", a.info.form_id or "")

    def start_buttons(self) -> list[QPushButton]:
        """The "Start …" buttons shown now (for tests and screen readers)."""
        return [b for b in self._start_buttons if not b.isHidden()]

    def _countdown(self, now: int) -> None:
        try:
            from jpprep.services import planning
        except ImportError:
            return
        plan = planning.current_plan(self.ctx.db, self.ctx.profile_id, now) if hasattr(planning, "current_plan") else None
        if plan is None:
            self.countdown.hide()
            return
        # the sentence may start with the exam's Latin name (right to left: jpprep.ui.bidi)
        self.countdown.setText(plan_sentence(plan))
        self.countdown.show()

    def _pad_count_headers(self) -> None:
        """Each count column's name with room on both sides: Qt sized the Nepali ones to their
        letters ('नयाँ', 'सिक्दै' touched the column lines at 1024x600), so the header asks
        for its text, the header's margins and a quarter of a line more on each side."""
        header = self.tree.header()
        fm = header.fontMetrics()
        margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        for col in range(1, len(self.COLUMNS)):
            text = self.tree.headerItem().text(col)
            width = fm.horizontalAdvance(text) + 2 * (margin + fm.height() // 4)
            self.tree.headerItem().setSizeHint(col, QSize(width, 0))  # its height: the header's

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "tree"):
            self._pad_count_headers()

    def _fill(self, counts) -> None:
        selected = self.tree.currentItem().data(0, Qt.ItemDataRole.UserRole) if self.tree.currentItem() else None
        self.tree.clear()
        items: dict[str, QTreeWidgetItem] = {}
        for c in sorted(counts, key=lambda c: _order(c.name)):
            parent_name, _, leaf = c.name.rpartition("::")
            parent = items.get(parent_name)
            item = QTreeWidgetItem([leaf or c.name, *(i18n.count(n) for n in (c.new, c.learning, c.review))])
            item.setData(0, Qt.ItemDataRole.UserRole, c.deck_id)
            item.setToolTip(0, c.name)
            for col in (1, 2, 3):
                item.setTextAlignment(col, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if parent is not None:
                parent.addChild(item)
            else:
                self.tree.addTopLevelItem(item)
            items[c.name] = item
            if c.deck_id == selected:
                self.tree.setCurrentItem(item)
        self.tree.expandToDepth(0)
        if self.tree.currentItem() is None and self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self.study_button.setEnabled(self.tree.topLevelItemCount() > 0)
        self.options_button.setEnabled(self.tree.topLevelItemCount() > 0)
        self.delete_action.setEnabled(self.deleter.allowed() and self.tree.topLevelItemCount() > 0)

    def deck_rows(self) -> list[tuple[str, int, int, int]]:
        """What the table shows (for tests and screen readers): (name, new, learning, due)."""
        rows = []

        def walk(item, prefix):
            name = prefix + item.text(0)
            rows.append((name, int(item.text(1)), int(item.text(2)), int(item.text(3))))
            for i in range(item.childCount()):
                walk(item.child(i), name + "::")

        for i in range(self.tree.topLevelItemCount()):
            walk(self.tree.topLevelItem(i), "")
        return rows
