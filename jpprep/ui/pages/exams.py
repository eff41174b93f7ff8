"""Mock exams page: choose an exam and a practice mode, run it, see the result and review.

Modes: full timed mock, one section, one question type, and "my weak types" (types under 60%
in recent attempts). A full mock is assembled at random (the default) or is one of the fixed
forms the banks hold (jpprep.services.exam_forms), so a class can all take "Form A". An exam
left open (app closed, power cut) can be resumed with the time that was left. Banks come from
decks/exams/ and the data folder's exams/ (or the list in ctx.settings["exam_banks"]).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QPushButton, QSizePolicy, QSpinBox, QStackedWidget, QVBoxLayout, QWidget)

from jpprep.errors import JpprepError
from jpprep.exams import blueprint as bpmod
from jpprep.exams import types as qtypes
from jpprep.services import exam_forms
from jpprep.services import exams as svc
from jpprep.ui import i18n, theme
from jpprep.ui.error_text import error_text
from jpprep.ui.exam.blueprint_words import both_names, note, section_name
from jpprep.ui.exam.names import form_label, type_label, type_name
from jpprep.ui.exam.results import ResultsView
from jpprep.ui.exam.runner import make_runner

MODES = [("full", "Full timed mock"), ("section", "One section"), ("type", "One question type"),
         ("weak", "My weak types")]


class ExamsPage(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.runner = None
        self.run = None
        self.stack = QStackedWidget()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.stack)
        # home
        home = QWidget()
        hl = QVBoxLayout(home)
        title = QLabel(self.tr("Mock exams"))
        title.setFont(theme.sized_font(15, bold=True))  # grows with the text size
        hl.addWidget(title)
        form = QFormLayout()
        self.exam = QComboBox()
        self.exam.currentIndexChanged.connect(self._exam_changed)
        self.mode = QComboBox()
        for key, label in MODES:
            self.mode.addItem(self.tr(label), key)
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.form_choice = QComboBox()  # random, or one of the exam's fixed forms
        self.form_choice.setObjectName("examForm")
        self._forms: dict[str, list] = {}  # exam id -> [exam_forms.FormInfo]
        self.part = QComboBox()
        self.part.currentIndexChanged.connect(self._part_changed)
        self.count = QSpinBox()
        self.count.setRange(1, 50)
        form.addRow(self.tr("Exam"), self.exam)
        form.addRow(self.tr("Practice"), self.mode)
        form.addRow(self.tr("Form"), self.form_choice)
        form.addRow(self.tr("Section or type"), self.part)
        form.addRow(self.tr("Questions"), self.count)
        hl.addLayout(form)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        hl.addWidget(self.info)
        row = QHBoxLayout()
        self.start_btn = QPushButton(self.tr("Start"))
        self.start_btn.clicked.connect(self.start)
        self.resume_btn = QPushButton(self.tr("Resume the open exam"))
        self.resume_btn.clicked.connect(self.resume)
        row.addWidget(self.start_btn)
        row.addWidget(self.resume_btn)
        row.addStretch(1)
        hl.addLayout(row)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b71c1c;")
        hl.addWidget(self.message)
        hl.addWidget(QLabel(self.tr("Past results")))
        self.history = QListWidget()
        self.history.itemActivated.connect(self._open_result)
        hl.addWidget(self.history, 1)
        self.stack.addWidget(home)
        self.home = home
        self.results = ResultsView()
        self.results.back.connect(self.show_home)
        self.results.sendMissed.connect(self._send_missed)
        self.stack.addWidget(self.results)
        self.stack.currentChanged.connect(self._page_changed)
        self._attempt_shown = None
        from jpprep import lab

        for bp in bpmod.all_blueprints().values():
            if lab.current().exam_offered(bp.id):  # a lab may offer only some mocks
                self.exam.addItem(f"{bp.name}  {bp.name_ja}", bp.id)
        self.refresh()

    def _page_changed(self, _index: int) -> None:
        """Only the page shown counts for the minimum size: a stack's minimum is its tallest
        page's, so the exam form's long notes (Urdu at 150%) made a running exam taller than a
        1024x600 window and its buttons fell below it."""
        current = self.stack.currentWidget()
        for i in range(self.stack.count()):
            w = self.stack.widget(i)
            if w is not current:
                w.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        current.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.updateGeometry()  # the scroll area asks again

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt name)
        """The height the page shown needs, not the tallest of them (QStackedLayout's answer): the
        main window's scroll area asks this, and the exam form's long notes (Urdu, Vietnamese)
        must not make a running exam scroll its buttons off a 600 px screen."""
        page = self.stack.currentWidget()
        return page.heightForWidth(width) if page.hasHeightForWidth() else page.sizeHint().height()

    # --- home ---------------------------------------------------------------------------
    def bank_files(self):
        return self.ctx.settings.get("exam_banks") or svc.bank_files()

    def exam_id(self) -> str:
        return self.exam.currentData()

    def refresh(self) -> None:
        if self.runner is not None:
            return
        infos = {e.id: e for e in svc.list_exams(self.bank_files())}
        self._forms = {}
        for f in exam_forms.list_forms(files=self.bank_files()):
            self._forms.setdefault(f.exam_id, []).append(f)
        for i in range(self.exam.count()):
            e = infos.get(self.exam.itemData(i))
            if e is None:
                continue
            suffix = "" if e.available else "  " + self.tr("(practice only: not enough questions for a full mock)")
            self.exam.setItemText(i, f"{e.name}  {e.name_ja}{suffix}")
            why = error_text(e.error) if e.error is not None else e.problem  # the UI's language
            self.exam.setItemData(i, why, Qt.ItemDataRole.ToolTipRole)
        # a bank that cannot be read (not one exam short of questions: that one says so above)
        bad_bank = next((error_text(e.error) for e in infos.values()
                         if e.error is not None and e.error.code != "exam_items_short"), "")
        self.message.setText(bad_bank)
        self._exam_changed()
        unfinished = svc.unfinished(self.ctx.db, self.ctx.profile_id)
        results = svc.list_results(self.ctx.db, self.ctx.profile_id)  # read, then draw
        self.resume_btn.setVisible(bool(unfinished))
        self.history.clear()
        form_names = {f.id: f.name for forms in self._forms.values() for f in forms}
        for r in results:
            bp = bpmod.all_blueprints().get(r.exam_id)
            verdict = {True: self.tr("pass (estimate)"), False: self.tr("not yet"), None: self.tr("practice")}[r.passed]
            # each section kept whole, in its name's direction (a first-strong isolate: Urdu's
            # "سن کر سمجھنا 67% ⚠" right to left, a centre's English-only name left to right),
            # joined with the language's comma: in Urdu the last "⚠" stood at the far left,
            # before the first section's name. The figure reads "67%" as everywhere else (after
            # Urdu letters, without its isolate, it was drawn "%67")
            secs = self.tr(", ").join("\u2068" + f"{section_name(name)} {i18n.ltr(i18n.percent(pct))}"
                                      + (" ⚠" if below else "") + "\u2069"
                                      for _i, name, pct, _p, below in r.sections)
            mode = self.tr(dict(MODES).get(r.mode, r.mode))  # "Full timed mock", not "full"
            if r.form_id:  # "JLPT N5 · Full timed mock · Form A · ..." (Urdu: پرچہ A)
                mode += " · " + form_label(form_names.get(r.form_id, r.form_id))
            it = QListWidgetItem(f"{bp.name if bp else r.exam_id} · {mode} · {verdict} · {secs}")
            it.setData(Qt.ItemDataRole.UserRole, r.attempt_id)
            self.history.addItem(it)

    def _exam_changed(self, *_args) -> None:
        eid = self.exam_id()
        if not eid:
            return
        bp = bpmod.get(eid)
        timer = (self.tr("%1 minutes for the whole test").replace("%1", i18n.number(bp.total_minutes))
                 if bp.timer == "pooled"
                 else " / ".join(f"{s.name} {i18n.number(s.minutes)}" for s in bp.sections) + self.tr(" minutes"))
        name = i18n.ltr(f"<b>{bp.name}</b> {bp.name_ja}")  # "— 67 questions" follows it in Urdu
        # the language's own separators: Urdu writes ؛ and ، (a Latin ";" looked foreign there)
        semicolon, comma = self.tr("; "), self.tr(", ")
        lines = [f"{name} — {i18n.number(bp.count)} " + self.tr("questions") + semicolon + timer,
                 self.tr("Format as of %1.").replace("%1", i18n.ltr(i18n.digits(bp.as_of))) + " "
                 + note(bp.scoring.note)]
        if bp.verify:
            # each fact is a sentence with its own full stop
            lines.append(self.tr("Not yet confirmed:") + " " + " ".join(note(x) for x in bp.verify))
        rd = svc.readiness(self.ctx.db, self.ctx.profile_id, eid)
        # each trend one left-to-right run: after Urdu words "40% → 55%" read "55% → 40%"
        trend = [f"{section_name(rd.section_names.get(sid, sid))}: "
                 + i18n.ltr(" → ".join(i18n.percent(p) for _t, p in pts[-5:]))
                 for sid, pts in rd.sections.items() if pts]
        if trend:
            lines.append(self.tr("Readiness (last attempts):") + " " + semicolon.join(trend))
        if rd.weak_types:
            # each as "One question type" names it (内容理解（中文）  Comprehension ...): with two
            # names to an item, a semicolon between items; a Japanese interface lists names alone
            between = comma if i18n.current_language() == "ja" else semicolon
            lines.append(self.tr("Weak question types:") + " " + between.join(
                type_label(qtypes.get(t)) for t in rd.weak_types if qtypes.get(t)))
        # one paragraph per line; Urdu lines start on the right even when they begin with
        # "JLPT N5" (the app's style, jpprep.ui.bidi)
        self.info.setText("".join(f'<p style="margin:0">{line}</p>' for line in lines))
        self._fill_forms()
        self._mode_changed()

    def _fill_forms(self) -> None:
        """Random first (a new mock each time, as before), then the exam's fixed forms; the
        choice stays when the list is filled again (after an exam, or another exam and back)."""
        keep = self.form_choice.currentData()
        self.form_choice.clear()
        self.form_choice.addItem(self.tr("Random (new questions each time)"), "")
        for f in self._forms.get(self.exam_id(), []):
            self.form_choice.addItem(self.tr("%1 (%2 questions)").replace("%1", form_label(f.name))
                                     .replace("%2", i18n.number(f.items)), f.id)
            self.form_choice.setItemData(self.form_choice.count() - 1, self.tr("From the question bank %1")
                                         .replace("%1", i18n.ltr(Path(f.bank_file).name)),
                                         Qt.ItemDataRole.ToolTipRole)
        self.form_choice.setCurrentIndex(max(0, self.form_choice.findData(keep)) if keep else 0)

    def _mode_changed(self, *_args) -> None:
        bp = bpmod.get(self.exam_id())
        mode = self.mode.currentData()
        self.part.clear()
        self.part.setEnabled(mode in ("section", "type"))
        self.count.setEnabled(mode in ("type", "weak"))
        self.form_choice.setEnabled(mode == "full")  # a fixed form is a whole mock exam
        if mode == "section":
            for s in bp.sections:
                self.part.addItem(both_names(s.name, s.name_en), s.id)
        elif mode == "type":
            seen = set()
            for s in bp.sections:
                for p in s.parts:
                    if p.type not in seen:
                        seen.add(p.type)
                        qt = qtypes.get(p.type)
                        self.part.addItem(type_name(qt), p.type)  # 漢字読み  Kanji reading
            self._part_changed()

    def _part_changed(self, *_args) -> None:
        """One question type: as many questions as the real test has of it."""
        if self.mode.currentData() != "type" or not self.part.currentData():
            return
        part = bpmod.get(self.exam_id()).part_for_type(self.part.currentData())
        if part is not None:
            self.count.setValue(part.count)

    def show_home(self) -> None:
        self.stack.setCurrentWidget(self.home)
        self.refresh()

    # --- running ------------------------------------------------------------------------
    def start(self) -> None:
        mode = self.mode.currentData()
        kw = {}
        if mode == "full" and self.form_choice.currentData():
            kw["form_id"] = self.form_choice.currentData()
        elif mode == "section":
            kw["section_id"] = self.part.currentData()
        elif mode == "type":
            kw["types"] = [self.part.currentData()]
            kw["count"] = self.count.value()
        elif mode == "weak":
            weak = svc.readiness(self.ctx.db, self.ctx.profile_id, self.exam_id()).weak_types
            if not weak:
                self.message.setText(self.tr("No weak question types yet: finish a mock or a practice set first."))
                return
            kw["types"] = weak[:3]
        try:
            run = svc.start_exam(self.ctx.db, self.ctx.profile_id, self.exam_id(), now=self.ctx.now(), mode=mode,
                                 files=self.bank_files(), **kw)
        except JpprepError as exc:
            self.message.setText(error_text(exc))
            return
        self._open_runner(run)

    def start_assigned(self, exam_id: str, form_id: str = "") -> None:
        """A mock the teacher assigned (Home's "Start JLPT N4 Form B"): a full timed mock of that
        fixed form, or a random one. The page's choices show it too. An exam already running
        goes on instead."""
        if self.runner is not None:
            return
        if self.exam.findData(exam_id) >= 0:
            self.exam.setCurrentIndex(self.exam.findData(exam_id))
        self.mode.setCurrentIndex(self.mode.findData("full"))
        self.form_choice.setCurrentIndex(max(0, self.form_choice.findData(form_id)) if form_id else 0)
        try:
            run = svc.start_exam(self.ctx.db, self.ctx.profile_id, exam_id, now=self.ctx.now(), mode="full",
                                 files=self.bank_files(), form_id=form_id or None)
        except JpprepError as exc:
            self.message.setText(error_text(exc))
            return
        self._open_runner(run)

    def resume(self) -> None:
        try:
            run = svc.resume_exam(self.ctx.db, self.ctx.profile_id, now=self.ctx.now())
        except JpprepError as exc:
            self.message.setText(error_text(exc))
            return
        if run is not None:
            self._open_runner(run)

    def _open_runner(self, run) -> None:
        self.message.setText("")
        self.run = run
        self.runner = make_runner(self.ctx, run)
        self.runner.finished.connect(self._finished)
        self.stack.addWidget(self.runner)
        self.stack.setCurrentWidget(self.runner)
        self.runner.start()

    def _finished(self, result) -> None:
        attempt = self.run.attempt_id
        old = self.runner
        self.runner, self.run = None, None
        self._show_attempt(attempt, result.to_dict())
        self.stack.removeWidget(old)
        old.deleteLater()

    def _show_attempt(self, attempt_id: int, result: dict) -> None:
        self._attempt_shown = attempt_id
        rv = svc.review(self.ctx.db, attempt_id)
        # explanations in the learner's meaning language ("Meanings and explanations in:")
        form = ""
        if rv.form_id:  # its title ("Form B"), as the Form list and Past results say it
            names = {f.id: f.name for forms in self._forms.values() for f in forms}
            form = names.get(rv.form_id, rv.form_id)
        self.results.show_result(result, rv, i18n.meaning_language_for(self.ctx.settings), form)
        self.stack.setCurrentWidget(self.results)

    def _open_result(self, item) -> None:
        aid = item.data(Qt.ItemDataRole.UserRole)
        rv = svc.review(self.ctx.db, aid)
        if rv.result:
            self._show_attempt(aid, rv.result)

    def _send_missed(self) -> None:
        up = svc.send_missed_to_deck(self.ctx.db, self._attempt_shown, now=self.ctx.now())
        self.results.say(self.tr("%1 question(s) added to the deck %2.").replace("%1", i18n.number(up.added + up.updated))
                         .replace("%2", up.deck_name))
