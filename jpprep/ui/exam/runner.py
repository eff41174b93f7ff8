"""The two exam runners over one ExamSession.

JlptRunner: paper style. One test section at a time with its own timer, a mark sheet to answer
on, listening audio played once, no pause and no going back in listening.
CbtRunner: Prometric style for JFT-Basic and SSW. Header with time remaining and question
number, a palette of answered/unanswered/flagged questions, Back/Next, Flag, Finish section,
one pooled timer, and the instructions on request.

Keyboard (both): 1-4 choose, Right/N next, Left/P back, F flag, L play audio, E finish section
(press twice to confirm). Every answer is saved at once (jpprep.services.exams.save_progress).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy,
                               QStackedWidget, QVBoxLayout, QWidget)

from jpprep import paths
from jpprep.errors import JpprepError
from jpprep.exams import markup, speech
from jpprep.services import exams as svc
from jpprep.ui import i18n, theme
from jpprep.ui.exam.blueprint_words import both_names
from jpprep.ui.exam.nav_bar import NavBar
from jpprep.ui.exam.question import QuestionView
from jpprep.ui.exam.widgets import MarkSheet, Palette
from jpprep.ui.widgets.audio import make_player


def spoken_script(item) -> list[tuple[str, str]]:
    """What is heard: the script, and for audio-only items the numbered choices too."""
    lines = list(item.script)
    if item.audio_only:
        lines += [("", f"{n}、{markup.plain(c.text)}") for n, c in enumerate(item.choices, start=1)]
    return lines


def mmss(ms: int) -> str:
    s = max(0, ms) // 1000
    return i18n.digits(f"{s // 60:02d}:{s % 60:02d}")  # the clock in the language's digits


class RunnerWords(QObject):
    """Plural messages of RunnerBase. PySide's tr() called on a subclass (CbtRunner) looks in
    the subclass's context first and takes its untranslated plural as found, so a plural
    under "RunnerBase" never showed ("20 question(s) not answered" in every language)."""

    def not_answered(self, n: int) -> str:
        return self.tr("%Ln question(s) not answered. ", "", n)

    def exam_kept(self) -> str:
        return self.tr("The class server is not reachable. Go on with the exam: your answers are "
                       "saved on this computer and sent when the server is back, even if jpprep "
                       "is closed meanwhile.")


class RunnerBase(QWidget):
    finished = Signal(object)  # ExamResult

    def __init__(self, ctx, run: svc.RunningExam, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.run = ctx, run
        self.s = run.session
        self.bp = run.blueprint
        self._confirm = False
        self._shown_script: set[str] = set()
        self._done = False
        self._result = None  # the finished exam's result, scored here, until the server has it
        self.player = make_player()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view = QuestionView()
        self.view.answered.connect(self.answer)
        self.view.playRequested.connect(self.play)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.view)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # the break between two timed sections: the next timer starts when the learner is ready
        self.break_box = QWidget()
        bl = QVBoxLayout(self.break_box)
        bl.addStretch(1)
        self.break_label = QLabel()
        self.break_label.setWordWrap(True)
        self.break_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.break_label.setStyleSheet(theme.sized_css(12.75))
        bl.addWidget(self.break_label)
        self.begin_btn = self._button(self.tr("Start the section (Enter)"), self.begin_section)
        bl.addWidget(self.begin_btn, 0, Qt.AlignmentFlag.AlignHCenter)
        bl.addStretch(1)
        self.page = QStackedWidget()
        # the question scrolls inside its own area: its height must not push the buttons below
        # the window on a 600 px screen (the page's preferred height is not asked for)
        self.page.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.page.addWidget(self.scroll)
        self.page.addWidget(self.break_box)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setObjectName("examBanner")
        self._colour_banner()
        self.timer = QTimer(self)
        self.timer.setInterval(500)
        self.timer.timeout.connect(self.tick)
        self._last_save = ctx.now()

    # --- helpers ------------------------------------------------------------------------
    def changeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._colour_banner()

    def _colour_banner(self) -> None:
        """Warnings in red that reads on the theme: dark red on light, light red on dark."""
        dark = QWidget.palette(self).color(QPalette.ColorRole.Window).lightness() < 128  # CbtRunner.palette is its question palette
        self.banner.setStyleSheet(f"#examBanner {{ color: {'#ff8a80' if dark else '#b71c1c'}; }}")

    def now(self) -> int:
        return self.ctx.now()

    def start(self) -> None:
        self.refresh()
        self.timer.start()
        self.setFocus()

    def item(self):
        return self.run.items[self.s.item_id]

    def part_label(self, item) -> str:
        part = self.bp.part_for_type(item.type)
        return part.label if part else ""

    def save(self) -> None:
        """Store the session now. A class server that went away does not stop the exam: the
        state is kept in a file on this computer (jpprep.services.exam_outbox), safe if jpprep
        is closed, and sent by the next save, the background retry or the next start."""
        from jpprep.services import exam_outbox
        from jpprep.ui.widgets.server_notice import ServerWords, is_disconnect

        now = self.now()
        self._last_save = now
        try:
            on_server = exam_outbox.save(self.ctx.db, self.run, self.ctx.profile_id, now)
        except JpprepError:  # this computer cannot keep it either: kept in memory, said so
            self.banner.setText(ServerWords().exam_away())
            return
        except Exception as exc:
            if not is_disconnect(exc):
                raise
            self.banner.setText(ServerWords().exam_away())
            return
        if not on_server:
            self.banner.setText(RunnerWords().exam_kept())
        elif self.banner.text() in (ServerWords().exam_away(), RunnerWords().exam_kept()):
            self.banner.setText("")

    def _button(self, text: str, slot) -> QPushButton:
        b = QPushButton(text)
        b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        b.clicked.connect(slot)
        return b

    # --- actions ------------------------------------------------------------------------
    def tick(self) -> None:
        if self._done:
            return
        expired = self.s.tick(self.now())
        if self.s.finished:
            self._finish()
            return
        if expired:
            self.banner.setText(self.tr("Time is up for that section."))
            self.save()
            self.refresh()
            return
        if self.now() - self._last_save >= 15_000:
            self.save()  # a power cut costs at most a few seconds of the timer
        self.update_clock()

    def answer(self, choice: int) -> None:
        if self._done or self.s.waiting or choice > len(self.item().choices):
            return
        self._confirm = False
        self.s.answer(choice, self.now())
        self.save()
        self.refresh()

    def next(self) -> None:
        if self._done or self.s.waiting:
            return
        self._confirm = False
        self.s.next(self.now())
        self.refresh()

    def prev(self) -> None:
        if self._done or self.s.waiting:
            return
        self._confirm = False
        self.s.prev(self.now())
        self.refresh()

    def goto(self, index: int) -> None:
        if self._done or self.s.waiting:
            return
        self._confirm = False
        if self.s.forward_only and index < self.s.index:
            return
        self.s.goto(index, self.now())
        self.refresh()

    def flag(self) -> None:
        if self._done or self.s.waiting:
            return
        self.s.toggle_flag(self.now())
        self.save()
        self.refresh()

    def play(self) -> None:
        if self._done or self.s.waiting:
            return
        item = self.item()
        if not item.script and not item.audio:
            return
        if not self.s.can_play():
            self.banner.setText(self.tr("This audio has already been played."))
            return
        self.s.mark_played(self.now())
        self.save()
        path = item.audio
        if path is None and self.player is not None and speech.available():
            # speech takes about a second: make it off the GUI thread, then play
            from jpprep.ui.workers import run_in_background

            self.banner.setText(self.tr("Preparing the audio…"))
            run_in_background(speech.synthesize, spoken_script(item), paths.data_dir() / "cache" / "speech",
                              on_done=lambda p, item_id=item.id: self._play_file(p, item_id),
                              on_error=lambda _e, item_id=item.id: self._play_file(None, item_id))
            self.refresh()
            return
        self._play_file(path, item.id)

    def _play_file(self, path, item_id: str) -> None:
        import shiboken6

        if not shiboken6.isValid(self) or self._done:
            return  # the exam ended while the audio was being made
        if self.banner.text() == self.tr("Preparing the audio…"):
            self.banner.setText("")
        if self.player is not None and path:
            self.player.setSource(QUrl.fromLocalFile(str(path)))
            self.player.play()
        else:
            self._shown_script.add(item_id)  # no audio here: the script is shown once instead
        self.refresh()

    def begin_section(self) -> None:
        if self.s.waiting:
            self.s.begin_section(self.now())
            self.banner.setText("")
            self.save()
            self.refresh()

    def finish_section(self) -> None:
        if self.s.waiting:
            return
        if not self._confirm:
            left = sum(1 for i in self.s.section.items if i not in self.s.answers)
            self._confirm = True
            msg = self.tr("Press Finish section again (E) to close this section. You cannot come back to it.")
            if left:
                msg = RunnerWords().not_answered(left) + msg
            self.banner.setText(msg)
            return
        self._confirm = False
        self.s.finish_section(self.now())
        self.save()
        if self.s.finished:
            self._finish()
        else:
            self.banner.setText("")
            self.refresh()

    def _finish(self) -> None:
        if self._done:
            return
        self._done = True
        self.timer.stop()
        if self.player is not None:
            self.player.stop()
        self._send_result()

    def _send_result(self) -> None:
        """The result to the server. While it is away the finished exam is kept in a file on
        this computer (safe if jpprep is closed) and tried again every 10 s; keys are ignored
        meanwhile."""
        from jpprep.services import exam_outbox
        from jpprep.ui.widgets.server_notice import ServerWords, is_disconnect

        import shiboken6

        if not shiboken6.isValid(self):
            return
        db, pid = self.ctx.db, self.ctx.profile_id
        try:
            if self._result is None:
                self._result, stored = exam_outbox.finish(db, self.run, pid, self.now())
            else:  # kept here: send what waits (the background retry may have sent it already)
                exam_outbox.send_kept(db, self.now(), profile_id=pid)
                stored = not exam_outbox.is_kept(db, pid, self.run.attempt_id)
            words = RunnerWords().exam_kept()
        except JpprepError:  # this computer cannot keep it: kept in memory, tried again
            stored, words = False, ServerWords().exam_away()
        except Exception as exc:
            if not is_disconnect(exc):
                raise
            stored, words = False, ServerWords().exam_away()
        if not stored:
            self.banner.setText(words)
            QTimer.singleShot(10_000, self._send_result)
            return
        self.finished.emit(self._result)

    def keyPressEvent(self, event) -> None:
        if self._done:
            return
        key = event.key()
        if self.s.waiting:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.begin_section()
            return
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_4:
            self.answer(key - Qt.Key.Key_0)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_N, Qt.Key.Key_PageDown):
            self.next()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_P, Qt.Key.Key_PageUp):
            self.prev()
        elif key == Qt.Key.Key_F:
            self.flag()
        elif key == Qt.Key.Key_L:
            self.play()
        elif key == Qt.Key.Key_E:
            self.finish_section()
        elif key == Qt.Key.Key_I:
            self.toggle_instructions()
        else:
            super().keyPressEvent(event)

    def toggle_instructions(self) -> None:
        pass

    # --- view ---------------------------------------------------------------------------
    def show_question(self) -> None:
        if self.s.waiting:
            sec = self.s.section
            mins = self.s.time_left() // 60_000
            self.break_label.setText(self.tr("Next section: %1\n%2 minutes. The timer starts when you begin.")
                                     .replace("%1", both_names(sec.name, sec.name_en)).replace("%2", i18n.number(mins)))
            self.page.setCurrentWidget(self.break_box)
            return
        self.page.setCurrentWidget(self.scroll)
        item = self.item()
        played = self.s.s["played"].get(item.id, 0) > 0
        self.view.show_item(
            item, part_label=self.part_label(item), furigana_default=self.bp.furigana_default,
            passage=self.run.passage_for(item), answer=self.s.answers.get(item.id),
            can_play=self.s.can_play(), played=played,
            audio_ready=self.player is not None and (bool(item.audio) or speech.available()),
            show_script=item.id in self._shown_script, spoken=spoken_script(item))
        self.scroll.verticalScrollBar().setValue(0)

    def refresh(self) -> None:
        raise NotImplementedError

    def update_clock(self) -> None:
        raise NotImplementedError


class JlptRunner(RunnerBase):
    """Paper style: the booklet page on the left, the mark sheet on the right."""

    def __init__(self, ctx, run, parent=None) -> None:
        super().__init__(ctx, run, parent)
        root = QVBoxLayout(self)
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold; " + theme.sized_css(11.25))
        self.clock = QLabel()
        self.clock.setStyleSheet(theme.sized_css(11.25) + " font-weight: bold;")
        self.clock.setMinimumWidth(160)
        self.clock.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        top.addWidget(self.title, 1)
        top.addWidget(self.clock)
        root.addLayout(top)
        body = QHBoxLayout()
        body.addWidget(self.page, 1)
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("Answer sheet")))
        self.sheet = MarkSheet()
        self.sheet.marked.connect(self._marked)
        self.sheet_scroll = sheet_scroll = QScrollArea()
        sheet_scroll.setWidget(self.sheet)
        sheet_scroll.setWidgetResizable(True)
        self._fit_sheet()
        sheet_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        side.addWidget(sheet_scroll, 1)
        body.addLayout(side)
        root.addLayout(body, 1)
        root.addWidget(self.banner)
        nav = QHBoxLayout()
        self.prev_btn = self._button(self.tr("◀ Back (P)"), self.prev)
        self.next_btn = self._button(self.tr("Next (N) ▶"), self.next)
        self.finish_btn = self._button(self.tr("Finish section (E)"), self.finish_section)
        nav.addWidget(self.prev_btn)
        nav.addWidget(self.next_btn)
        nav.addStretch(1)
        nav.addWidget(self.finish_btn)
        root.addLayout(nav)

    def _fit_sheet(self) -> None:
        """The sheet's view as wide as the sheet, which grows with the text size (at 150% a
        fixed 170 px cut its fourth bubble), now and after a text size change during the exam
        (the width set when the exam started cut the sheet, or left a gap, until the next)."""
        scroll = self.sheet_scroll
        scroll.setFixedWidth(self.sheet.sizeHint().width() + 2 * scroll.frameWidth()
                             + scroll.verticalScrollBar().sizeHint().width())

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "sheet_scroll"):
            self._fit_sheet()

    def _marked(self, row: int, choice: int) -> None:
        if self.s.waiting:
            return
        if row != self.s.index:
            if self.s.forward_only:
                return
            self.s.goto(row, self.now())
        self.answer(choice)

    def refresh(self) -> None:
        sec = self.s.section
        n_sec = len(self.s.form.sections)
        # the section's place in the language's digits, as the clock beside it (Nepali १/३)
        self.title.setText(f"{self.bp.name_ja or self.bp.name}　{sec.name}"
                           f"　({i18n.number(self.s.section_index + 1)}/{i18n.number(n_sec)})")
        self.show_question()
        answers = self.s.answers
        self.sheet.set_rows([(len(self.run.items[i].choices), answers.get(i)) for i in sec.items], self.s.index)
        self.prev_btn.setEnabled(not self.s.waiting and not self.s.forward_only and self.s.index > 0)
        self.next_btn.setEnabled(not self.s.waiting and self.s.index + 1 < len(sec.items))
        self.finish_btn.setEnabled(not self.s.waiting)
        self.update_clock()

    def update_clock(self) -> None:
        self.clock.setText(self.tr("Time left %1").replace("%1", mmss(self.s.time_left())))


INSTRUCTIONS = (
    "Choose the best answer for each question with the keys 1-4 or the mouse. "
    "Back and Next move between the questions of this section; the palette on the left shows which "
    "questions are answered (grey), not answered (white) and flagged for review (orange). "
    "Flag (F) marks a question to check later. Finish section (E) closes the section: you cannot go "
    "back to it. The time shown is for the whole test. Listening questions have a Play button."
)


class CbtRunner(RunnerBase):
    """Prometric-style CBT screen."""

    def __init__(self, ctx, run, parent=None) -> None:
        super().__init__(ctx, run, parent)
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        head = QFrame()
        head.setStyleSheet("QFrame { background: #1a237e; } QLabel { color: white; %s }"
                           % theme.sized_css(10.5))
        hl = QHBoxLayout(head)
        self.title = QLabel()
        self.section_label = QLabel()
        self.number = QLabel()
        self.clock = QLabel()
        self.clock.setStyleSheet("font-weight: bold;")
        self.clock.setMinimumWidth(190)
        self.clock.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.number.setMinimumWidth(150)
        self.section_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        hl.addWidget(self.title)
        hl.addWidget(self.section_label, 1)
        hl.addWidget(self.number)
        hl.addSpacing(20)
        hl.addWidget(self.clock)
        root.addWidget(head)
        body = QHBoxLayout()
        body.setContentsMargins(8, 8, 8, 0)
        self.palette = Palette()
        self.palette.chosen.connect(self.goto)
        left = QVBoxLayout()
        left.addWidget(self.palette)
        left.addStretch(1)
        body.addLayout(left)
        mid = QVBoxLayout()
        self.instructions = QLabel(self.tr(INSTRUCTIONS))
        self.instructions.setWordWrap(True)
        self.instructions.setObjectName("cbtInstructions")
        # palette roles, not fixed colours: it reads in light, dark and high-contrast themes
        self.instructions.setStyleSheet(
            "#cbtInstructions { background: palette(alternate-base); color: palette(text);"
            " border: 1px solid palette(mid); border-radius: 3px; padding: 8px; }")
        self.instructions.setVisible(False)
        mid.addWidget(self.instructions)
        mid.addWidget(self.page, 1)
        body.addLayout(mid, 1)
        root.addLayout(body, 1)
        root.addWidget(self.banner)
        nav = QHBoxLayout()
        nav.setContentsMargins(8, 0, 8, 8)
        self.prev_btn = self._button(self.tr("◀ Back"), self.prev)
        self.flag_btn = self._button(self.tr("⚑ Flag (F)"), self.flag)
        self.next_btn = self._button(self.tr("Next ▶"), self.next)
        self.help_btn = self._button(self.tr("Instructions / Your language (I)"), self.toggle_instructions)
        self.finish_btn = self._button(self.tr("Finish section (E)"), self.finish_section)
        # on two lines when one is too short (150% text, 1024x600): never wider than the window
        self.nav_bar = NavBar([self.prev_btn, self.flag_btn, self.next_btn],
                              [self.help_btn, self.finish_btn])
        nav.addWidget(self.nav_bar)
        root.addLayout(nav)

    def toggle_instructions(self) -> None:
        self.instructions.setVisible(not self.instructions.isVisible())

    def refresh(self) -> None:
        sec = self.s.section
        self.title.setText(self.bp.name)
        self.section_label.setText(both_names(sec.name, sec.name_en, "　"))
        pos, total = self.s.position()
        self.number.setText(self.tr("Question %1 of %2").replace("%1", i18n.number(pos))
                            .replace("%2", i18n.number(total)))
        self.show_question()
        first = pos - self.s.index
        self.palette.set_status([self.s.status(i) for i in sec.items], self.s.index, first)
        self.prev_btn.setEnabled(not self.s.waiting and not self.s.forward_only and self.s.index > 0)
        self.next_btn.setEnabled(not self.s.waiting and self.s.index + 1 < len(sec.items))
        self.finish_btn.setEnabled(not self.s.waiting)
        self.flag_btn.setText(self.tr("⚑ Unflag (F)") if self.s.item_id in self.s.flags else self.tr("⚑ Flag (F)"))
        self.update_clock()

    def update_clock(self) -> None:
        self.clock.setText(self.tr("Time remaining %1").replace("%1", mmss(self.s.time_left())))


def make_runner(ctx, run, parent=None) -> RunnerBase:
    if run.blueprint.delivery == "paper" and run.blueprint.family == "jlpt":
        return JlptRunner(ctx, run, parent)
    return CbtRunner(ctx, run, parent)
