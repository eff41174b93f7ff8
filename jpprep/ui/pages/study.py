"""The reviewer: question, Space to reveal, grade with 1-4 (or the buttons), u to undo.

Furigana follow the profile's mode (always, never, only kanji not known yet); a reading card
never shows furigana on the word it tests, and asks for the reading in a box where romaji becomes
kana as it is typed (Enter checks it and shows the answer with a suggested rating; the setting
"typed_answers" turns the box off). Keys: Space show / Good, 1-4 rate, u undo, e edit the note,
r replay the audio, ! suspend, - bury, m the More menu (reset, set due date), Ctrl+1-4 flag,
Ctrl+0 no flag. While the answer box has the keyboard, letters, digits and Space are typed into
it (Space in an empty box shows the answer); Enter checks; Esc leaves the box.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from jpprep import lab
from jpprep.errors import JpprepError
from jpprep.japanese.answers import check_answer
from jpprep.japanese.kana import has_kanji
from jpprep.services import known, notes, study
from jpprep.services.importing import media_file
from jpprep.services.offline_study import session_for
from jpprep.ui import i18n, japanese_text
from jpprep.ui.error_text import error_text
from jpprep.ui.widgets.answer_box import KanaAnswerBox
from jpprep.ui.widgets.card_marks import AudioButton, FlagMark
from jpprep.ui.widgets.furigana import FuriganaView
from jpprep.ui.widgets.offline_banner import OfflineBanner

RATINGS = [(1, "Again"), (2, "Hard"), (3, "Good"), (4, "Easy")]
LANGUAGE_NAMES = i18n.LANGUAGE_NAMES


class StudyPage(QWidget):
    finished = Signal()

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.deck_id: int | None = None
        self.card: study.StudyCard | None = None
        self.revealed = False
        self.shown_at = 0
        self.seconds_shown = 0  # the card's clock; stops when the answer is shown
        self.reviewed_today: int | None = None  # from study.today_summary, +1 per answer
        self.typed_ok: bool | None = None  # the typed answer was right / wrong / not typed
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        self.offline_banner = OfflineBanner(self)  # the class server went away: calmly said
        outer.addWidget(self.offline_banner)
        top = QHBoxLayout()
        self.deck_label = QLabel()
        self.counts_label = QLabel()
        self.counts_label.setAccessibleName(self.tr("Cards left today"))
        self.flag_mark = FlagMark()
        self.more_button = QPushButton(self.tr("More (M)"))
        self.more_button.setAccessibleName(self.tr("More actions"))
        self.more_menu = QMenu(self.more_button)
        self.more_menu.addAction(self.tr("Edit the note (E)"), self.edit_note)
        self.reset_action = self.more_menu.addAction(self.tr("Reset card (make it new again)"),
                                                     self.reset_card)
        self.reset_action.setVisible(lab.allowed("reset_progress"))  # a lab may lock it
        self.more_menu.addAction(self.tr("Set due date…"), self.ask_due_date)
        self.more_menu.addSeparator()
        self.more_menu.addAction(self.tr("Bury until tomorrow (-)"), self.bury)
        self.more_menu.addAction(self.tr("Suspend (!)"), self.suspend)
        self.more_menu.addSeparator()
        for value in (1, 2, 3, 4):
            self.more_menu.addAction(f"{self.flag_mark.name(value)} (Ctrl+{value})",
                                     lambda v=value: self.set_flag(v))
        self.more_menu.addAction(self.tr("No flag (Ctrl+0)"), lambda: self.set_flag(0))
        self.more_button.clicked.connect(self.show_more)
        top.addWidget(self.deck_label, 1)
        top.addWidget(self.flag_mark)
        top.addWidget(self.counts_label)
        top.addWidget(self.more_button)
        outer.addLayout(top)
        small = QFont(self.font())
        small.setPointSizeF(small.pointSizeF() * 0.9)
        status = QHBoxLayout()
        self.today_label = QLabel()
        self.today_label.setAccessibleName(self.tr("Reviewed today"))
        self.timer_label = QLabel()
        self.timer_label.setAccessibleName(self.tr("Time on this card"))
        for w in (self.today_label, self.timer_label):
            w.setFont(small)
            w.setStyleSheet("color: palette(mid);")
        status.addWidget(self.today_label, 1)
        status.addWidget(self.timer_label)
        outer.addLayout(status)
        self.tick = QTimer(self)
        self.tick.setInterval(1000)
        self.tick.timeout.connect(self._tick)

        body = QWidget()
        self.body_layout = QVBoxLayout(body)
        self.body_layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.prompt = QLabel()
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prompt.setWordWrap(True)
        self.question = FuriganaView(point_size=34)
        self.question.setAccessibleName(self.tr("Question"))
        self.question_text = QLabel()  # production cards ask with the meaning
        self.question_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.question_text.setWordWrap(True)
        qf = QFont(self.font())
        qf.setPointSizeF(qf.pointSizeF() * 1.8)
        self.question_text.setFont(qf)
        self.audio_button = AudioButton()
        self.audio_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.audio_button.hide()
        self.prompt.setWordWrap(False)  # one short line beside the Play button
        prompt_row = QHBoxLayout()  # the question's words and the Play button on one line
        prompt_row.addStretch(1)
        prompt_row.addWidget(self.prompt)
        prompt_row.addWidget(self.audio_button)
        prompt_row.addStretch(1)
        self.answer_box = KanaAnswerBox()
        self.answer_box.submitted.connect(self.check_typed)
        self.answer_box.revealWithout.connect(self.reveal)
        self.answer_box.leave.connect(self._leave_box)
        self._box_wanted = False  # the page passes the keyboard on to the answer box
        self.check_label = QLabel()
        self.check_label.setObjectName("checkLabel")
        self.check_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.check_label.setWordWrap(True)
        self.check_label.setTextFormat(Qt.TextFormat.PlainText)
        self.line = QFrame()
        self.line.setFrameShape(QFrame.Shape.HLine)
        self.answer_word = FuriganaView(point_size=30)
        self.answer_word.setAccessibleName(self.tr("Word"))
        self.reading_label = QLabel()
        self.reading_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        rf = QFont(self.font())
        rf.setPointSizeF(rf.pointSizeF() * 1.5)
        self.reading_label.setFont(rf)
        self.meaning_label = QLabel()
        self.meaning_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.meaning_label.setWordWrap(True)
        self.meaning_label.setFont(rf)
        self.fallback_label = QLabel()
        self.fallback_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fallback_label.setStyleSheet("color: palette(mid);")
        self.example = FuriganaView(point_size=18)
        self.example.setAccessibleName(self.tr("Example sentence"))
        # the sentence in romaji when the learner asked for romaji: a beginner who cannot read
        # kana yet could read the word's reading but not its example. Smaller, in italics; left
        # to right in an Urdu window too (the app's style keeps a Latin line's order: ui/bidi.py)
        self.example_romaji = QLabel()
        self.example_romaji.setAccessibleName(self.tr("Example sentence in romaji"))
        self.example_romaji.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.example_romaji.setWordWrap(True)
        self.example_romaji.setTextFormat(Qt.TextFormat.PlainText)
        quiet = QFont(small)
        quiet.setItalic(True)
        self.example_romaji.setFont(quiet)
        self.example_translation = QLabel()
        self.example_translation.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.example_translation.setWordWrap(True)
        self.done_label = QLabel()
        self.done_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.done_label.setWordWrap(True)
        self.done_label.setFont(rf)
        self.body_layout.addLayout(prompt_row)
        for w in (self.question, self.question_text):
            self.body_layout.addWidget(w)
        self.answer_box.setMinimumWidth(320)
        self.answer_box.setMaximumWidth(480)
        self.body_layout.addWidget(self.answer_box, 0, Qt.AlignmentFlag.AlignHCenter)
        for w in (self.check_label, self.line, self.answer_word,
                  self.reading_label, self.meaning_label, self.fallback_label, self.example,
                  self.example_romaji, self.example_translation, self.done_label):
            self.body_layout.addWidget(w)
        for view in (self.question, self.answer_word, self.example):
            # its height for the width it gets, not for three characters' width (a sentence
            # wrapped that narrow made the answer side scroll on a 600 px screen)
            view.setMinimumHeight(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer.addWidget(scroll, 1)

        self.show_button = QPushButton(self.tr("Show answer (Space)"))
        self.show_button.setMinimumHeight(44)
        self.show_button.clicked.connect(self.reveal)
        outer.addWidget(self.show_button)
        grades = QHBoxLayout()
        self.grade_buttons: dict[int, QPushButton] = {}
        for rating, name in RATINGS:
            b = QPushButton()
            b.setMinimumHeight(44)
            b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            b.setAccessibleName(self.tr(name))
            b.clicked.connect(lambda _c=False, r=rating: self.grade(r))
            grades.addWidget(b)
            self.grade_buttons[rating] = b
        outer.addLayout(grades)
        self.home_button = QPushButton(self.tr("Back to the decks"))
        self.home_button.clicked.connect(self.finished.emit)
        outer.addWidget(self.home_button)

        # Buttons never take keyboard focus: Space must always mean "show / Good", never
        # "press the focused button".
        for b in [self.show_button, self.home_button, self.more_button,
                  *self.grade_buttons.values()]:
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._keys = {
            Qt.Key.Key_Space: self._space, Qt.Key.Key_Return: self._space, Qt.Key.Key_Enter: self._space,
            Qt.Key.Key_1: lambda: self.grade(1), Qt.Key.Key_2: lambda: self.grade(2),
            Qt.Key.Key_3: lambda: self.grade(3), Qt.Key.Key_4: lambda: self.grade(4),
            Qt.Key.Key_U: self.undo, Qt.Key.Key_Exclam: self.suspend, Qt.Key.Key_Minus: self.bury,
            Qt.Key.Key_E: self.edit_note, Qt.Key.Key_R: self.replay, Qt.Key.Key_M: self.show_more,
            Qt.Key.Key_Escape: self.finished.emit,
        }
        self._flag_keys = {getattr(Qt.Key, f"Key_{n}"): n for n in range(5)}
        self._set_revealed(False)

    def keyPressEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier \
                and event.key() in self._flag_keys:
            self.set_flag(self._flag_keys[event.key()])
            event.accept()
            return
        action = self._keys.get(event.key())
        if event.matches(QKeySequence.StandardKey.Undo):
            action = self.undo
        if action is None or event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier) and action is not self.undo:
            super().keyPressEvent(event)
            return
        action()
        event.accept()

    # -- navigation ----------------------------------------------------------------------
    def set_deck(self, deck_id: int | None) -> None:
        self.deck_id = deck_id
        self.card = None

    def refresh(self) -> None:
        self.reviewed_today = None  # counted again (another day, answers elsewhere)
        if self.card is None:
            self.next_card()
        else:
            self._render(keep_revealed=True)  # settings (furigana mode) may have changed
        self.setFocus()  # passed on to the answer box on a reading card

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        if self._box_wanted and not self.revealed and self.answer_box.isVisibleTo(self):
            self.answer_box.setFocus()  # a reading card: typing starts in the box

    def _leave_box(self) -> None:
        self._box_wanted = False
        self.setFocus()

    def hideEvent(self, event) -> None:
        self.tick.stop()
        self.audio_button.stop()
        super().hideEvent(event)

    def next_card(self) -> None:
        now = self.ctx.now()
        self.card = self._session().next_card(self.deck_id, now)
        self._shown(now)

    def _shown(self, now: int) -> None:
        """A card (or none) was just put in front of the learner."""
        self.shown_at = now
        self._render()
        if self.card is not None and self.card.kind == "listening":
            self.audio_button.play()  # a listening card is heard first

    def _session(self):
        """Answers wait on this PC while the class server is away (jpprep.services.offline_study)."""
        session = session_for(self.ctx.db, self.ctx.profile_id)
        if self.offline_banner.session is not session:
            self.offline_banner.attach(session, self.ctx.now)
        return session

    # -- rendering -----------------------------------------------------------------------
    def _language(self) -> str:
        return i18n.meaning_language_for(self.ctx.settings)

    def _meaning(self, card) -> tuple[str, str]:
        """The meaning in the learner's language, or English with a note saying so."""
        lang = self._language()
        text = (card.meanings or {}).get(lang, "").strip()
        if text or lang == "en":
            return text or (card.meanings or {}).get("en", ""), ""
        english = (card.meanings or {}).get("en", "")
        note = self.tr("No {language} meaning yet: showing English.").format(
            language=self.tr(LANGUAGE_NAMES.get(lang, lang)))
        return english, note

    def _counts_text(self) -> str:
        # the studied deck only (the last answer brought them along): counting every deck
        # after each answer took longer than the answer itself
        counts = self._session().counts(self.deck_id, self.ctx.now())
        if counts is None:  # the server is away: the banner says what is ready
            return ""
        name = counts.name if self.deck_id is not None else self.tr("All decks")
        # a deck's name is data, often English: it stays at the right end of an Urdu window
        # (the app's style puts a plain label's line at the window's start: jpprep.ui.bidi)
        self.deck_label.setText(name)
        return self.tr("New {new} · Learning {learn} · Due {due}").format(
            new=i18n.count(counts.new), learn=i18n.count(counts.learning),
            due=i18n.count(counts.review))

    def _today_text(self) -> str:
        if self.reviewed_today is None:
            summary = self._session().call(study.today_summary, self.ctx.db,
                                           self.ctx.profile_id, self.ctx.now(), default=None,
                                           now=self.ctx.now())
            if summary is None:  # the server is away: the banner speaks
                return ""
            self.reviewed_today = summary.reviewed
        return self.tr("%Ln reviewed today", "", self.reviewed_today)

    def _render(self, keep_revealed: bool = False) -> None:
        revealed = keep_revealed and self.revealed
        self.counts_label.setText(self._counts_text())
        self.today_label.setText(self._today_text())
        self.offline_banner.update_status()
        card = self.card
        self.flag_mark.set_flag(card.flag if card is not None else 0)
        self.more_button.setVisible(card is not None)
        self.audio_button.set_file(self._audio_path(card))
        if not revealed:
            self.typed_ok = None
            self.answer_box.clear()
            self.answer_box.setReadOnly(False)
            self.check_label.clear()
        if card is None:
            self.tick.stop()
            self.timer_label.clear()
            for w in (self.prompt, self.question, self.question_text, self.line, self.answer_word,
                      self.reading_label, self.meaning_label, self.fallback_label, self.example,
                      self.example_romaji, self.example_translation, self.answer_box,
                      self.check_label):
                w.hide()
            self.done_label.setText("" if self._session().status().ran_out else self.tr(
                "Well done! Nothing more is due here today.\nCome back tomorrow, or study another deck."))
            self.done_label.show()
            self.show_button.hide()
            for b in self.grade_buttons.values():
                b.hide()
            self.home_button.show()
            return
        self.done_label.hide()
        self.home_button.hide()
        mode = self.ctx.settings.get("furigana_mode", "all")
        known_kanji = self._session().call(known.known_kanji, self.ctx.db, self.ctx.profile_id,
                                           default=set()) if mode == "unknown" else set()
        word_segments = japanese_text.segments(card.expression, card.reading)
        kind = card.kind
        meaning, fallback = self._meaning(card)
        self.prompt.show()
        self.question.setFuriganaMode(mode, known_kanji)
        self.answer_word.setFuriganaMode(mode if mode != "none" else "all", known_kanji)
        if kind == "production":
            self.prompt.setText(self.tr("How do you say this in Japanese?"))
            self.question.hide()
            self.question_text.setText(meaning)
            self.question_text.show()
        elif kind == "listening" and self.audio_button.can_play():
            self.prompt.setText(self.tr("Listen. What does it mean?"))
            self.question.hide()  # heard, not read
            self.question_text.hide()
        else:
            self.prompt.setText(self.tr("What is the reading?") if kind == "reading"
                                else self.tr("What does this mean?"))
            hidden = set(range(len(word_segments))) if kind == "reading" else set()
            self.question.setSegments(word_segments, hidden=hidden)
            self.question.setTokenInfo(japanese_text.token_info(word_segments, self.ctx.settings))
            self.question.show()
            self.question_text.hide()
        # the answer side
        self.answer_word.setSegments(word_segments)
        self.reading_label.setText(card.reading or "")
        if self.ctx.settings.get("show_romaji") and card.reading:
            self.reading_label.setText(f"{card.reading}  ({japanese_text.word_romaji(card.reading)})")
        self.meaning_label.setText(meaning)
        self.fallback_label.setText(fallback)
        example = (card.examples or [{}])[0] if card.examples else {}
        ja = example.get("ja", "")
        # the note's own reading over its word in the sentence too, where the engine reads the
        # word otherwise in that sentence (a single kanji such as 実 or 便, a heteronym)
        self.example.setSegments(japanese_text.example_segments(ja, card.expression, card.reading))
        self.example.setFuriganaMode(mode, known_kanji)
        # said as the furigana above say it (the note's reading on its word)
        self.example_romaji.setText(japanese_text.example_romaji(ja, card.expression, card.reading)
                                    if self.ctx.settings.get("show_romaji") else "")
        lang = self._language()
        self.example_translation.setText(example.get(lang) or example.get("en", ""))
        for rating, name in RATINGS:
            ms = (card.preview_ms or {}).get(rating)  # worded in the interface language
            label = i18n.interval(ms) if ms is not None else ""
            self.grade_buttons[rating].setText(f"{rating}  {self.tr(name)}" + (f"\n{label}" if label else ""))
        self._set_revealed(revealed)
        if not revealed:
            self.seconds_shown = 0
            self._tick()
            self.tick.start()
            self._box_wanted = self.answer_box.isVisibleTo(self)
            if self._box_wanted:
                self.answer_box.setFocus()

    def _typing(self) -> bool:
        """A reading card with a reading to type, and typing not turned off."""
        card = self.card
        return (card is not None and card.kind == "reading" and bool(card.reading)
                and self.ctx.settings.get("typed_answers", True) is not False)

    def _audio_path(self, card):
        if card is None or not card.audio:
            return None
        return self._session().call(media_file, self.ctx.db, card.deck_id, card.audio,
                                    default=None, now=self.ctx.now())

    def _tick(self) -> None:
        """Seconds on this card (m:ss), until the answer is shown."""
        if self.card is None or self.revealed:
            return
        self.seconds_shown = max(0, (self.ctx.now() - self.shown_at) // 1000)
        m, sec = divmod(self.seconds_shown, 60)
        self.timer_label.setText(self.tr("{time} on this card").format(
            time=f"{i18n.count(m)}:{i18n.count(sec).rjust(2, i18n.count(0))}"))

    def _set_revealed(self, revealed: bool) -> None:
        self.revealed = revealed
        has_card = self.card is not None
        for w in (self.line, self.answer_word, self.reading_label, self.meaning_label, self.example_translation):
            w.setVisible(revealed and has_card)
        self.fallback_label.setVisible(revealed and has_card and bool(self.fallback_label.text()))
        self.example.setVisible(revealed and has_card and bool(self.example.plainText()))
        self.example_romaji.setVisible(revealed and has_card and bool(self.example_romaji.text()))
        self.answer_word.setVisible(revealed and has_card and self.card.kind in ("production",
                                                                                 "listening"))
        self.show_button.setVisible(has_card and not revealed)
        for b in self.grade_buttons.values():
            b.setVisible(has_card and revealed)
        typing = self._typing()
        self.answer_box.setVisible(typing and not revealed)  # the check repeats what was typed
        self.check_label.setVisible(revealed and typing and self.typed_ok is not None)
        for rating, b in self.grade_buttons.items():  # the rating the typed answer suggests
            f = b.font()
            f.setBold(self.typed_ok is not None and rating == (3 if self.typed_ok else 1))
            b.setFont(f)

    # -- actions ---------------------------------------------------------------------------
    def _space(self) -> None:
        if self.card is None:
            return
        if not self.revealed:
            self.reveal()
        else:
            self.grade(3)  # like Anki: Space on the answer side means Good

    def reveal(self) -> None:
        if self.card is not None and not self.revealed:
            self._tick()  # the card's clock stops here
            self.tick.stop()
            self.answer_box.setReadOnly(True)
            self._box_wanted = False
            self._set_revealed(True)
            self.setFocus()  # 1-4 and Space rate now

    def check_typed(self, text: str) -> None:
        """Enter in the answer box: check the reading, show the answer and suggest a rating
        (Good when right, Again when not); the learner still rates."""
        card = self.card
        if card is None or self.revealed:
            return
        if text:
            accepted = [card.reading] + ([card.expression] if not has_kanji(card.expression)
                                         else [])
            result = check_answer(text, accepted)
            self.typed_ok = result.ok
            if result.ok:
                self.check_label.setText(self.tr("Right! {reading}. Press 3 (Good) or Space.")
                                         .format(reading=card.reading))
                self.check_label.setStyleSheet("color: #2e7d32;")
            else:
                if result.reason == "needs-katakana":
                    said = self.tr("Katakana is needed here: {reading}. Press 1 (Again).")
                else:
                    said = self.tr("Not quite: you typed {typed}; the reading is {reading}. "
                                   "Press 1 (Again).")
                self.check_label.setText(said.format(typed=text, reading=card.reading))
                self.check_label.setStyleSheet("color: #c62828;")
        self.reveal()

    def grade(self, rating: int) -> None:
        if self.card is None or not self.revealed:
            return
        now = self.ctx.now()
        try:  # one transaction for the answer and the next card
            _result, self.card = self._session().answer_and_next(
                self.card.card_id, rating, now, max(0, min(now - self.shown_at, 600_000)),
                self.deck_id)
        except JpprepError as exc:  # kept nowhere: the card stays so it can be answered again
            self.offline_banner.show_error(error_text(exc))
            return
        if self.reviewed_today is not None:
            self.reviewed_today += 1
        self._shown(now)

    def undo(self) -> None:
        now = self.ctx.now()
        card = self._session().undo(now)
        if card is not None:  # like Anki: the card that came back is shown again
            self.card = card
            self.reviewed_today = None  # the undone action may have been an answer
            self._shown(now)

    def suspend(self) -> None:
        """! : on the server, or kept on this PC in order with the answers while it is away."""
        if self.card is not None and self._card_action(lambda s, cid, now: s.suspend(cid, now)):
            self.next_card()

    def bury(self) -> None:
        if self.card is not None:
            self._session().skip(study.bury, self.card.card_id, self.ctx.now())
            self.next_card()

    def replay(self) -> None:
        self.audio_button.play()

    def _card_action(self, act) -> bool:
        """Reset / set due / suspend this card (undoable with u): on the server, or kept on
        this PC in order with the answers while it is away (StudySession.reset / set_due /
        suspend). False when
        it could be done nowhere (the service said no, or the PC cannot keep it)."""
        try:
            act(self._session(), self.card.card_id, self.ctx.now())
        except JpprepError as exc:
            self.offline_banner.show_error(error_text(exc))
            return False
        return True

    def _needs_server(self) -> None:
        """Editing a note is not kept on this PC: notes are shared by the class, and an edit
        sent later could overwrite a teacher's newer one."""
        self.offline_banner.show_error(self.tr(
            "Notes are shared by the whole class, so editing one needs the class server; try "
            "again when it is back."))

    def set_flag(self, value: int) -> None:
        """Ctrl+1-4: that flag (again: none); Ctrl+0: none."""
        if self.card is None:
            return
        value = 0 if value == self.card.flag else value
        try:  # while the server is away the flag waits on this PC with the answers
            self._session().flag(self.card.card_id, value, self.ctx.now())
        except JpprepError as exc:
            self.offline_banner.show_error(error_text(exc))
            return
        self.card.flag = value
        self.flag_mark.set_flag(value)

    def reset_card(self) -> None:
        if not lab.allowed("reset_progress"):
            return
        if self.card is not None and self._card_action(lambda s, cid, now: s.reset(cid, now)):
            self.next_card()

    def ask_due_date(self) -> None:
        if self.card is None:
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Set due date"))
        # "(० = आज)" in Nepali, as the number box below writes its numbers
        dialog.setLabelText(i18n.digits(self.tr("Show this card again in how many days? (0 = today)")))
        dialog.setInputMode(QInputDialog.InputMode.IntInput)
        dialog.setIntRange(0, 36_500)
        dialog.setIntValue(1)
        dialog.intValueSelected.connect(self.set_due)
        dialog.finished.connect(lambda _r: self.setFocus())
        self.due_dialog = dialog
        dialog.open()

    def set_due(self, days: int) -> None:
        if self.card is not None and self._card_action(
                lambda s, cid, now: s.set_due(cid, days, now)):
            self.next_card()

    def show_more(self) -> None:
        if self.card is not None:
            self.more_menu.popup(self.more_button.mapToGlobal(self.more_button.rect().bottomLeft()))

    def edit_note(self) -> None:
        """e: the note editor for this card; after Save the card shows the edited note."""
        if self.card is None:
            return
        from jpprep.ui.widgets.note_editor import NoteEditorDialog

        try:
            row = self._session().call(notes.get_note, self.ctx.db, self.card.note_id,
                                       default=None, now=self.ctx.now())
        except JpprepError as exc:
            self.offline_banner.show_error(error_text(exc))
            return
        if row is None:
            self._needs_server()
            return
        self.editor = NoteEditorDialog(self.ctx, row, self, deck_id=self.card.deck_id)
        self.editor.editor.serverAway.connect(self._editor_found_server_away)
        self.editor.accepted.connect(self._note_saved)
        self.editor.rejected.connect(self.setFocus)
        self.editor.open()

    def _editor_found_server_away(self, _exc) -> None:
        """Save in the note editor could not reach the server: the dialog says it is not
        saved; the banner says the server is away (and the answers wait here from now on)."""
        self._session().server_unreachable(self.ctx.now())
        self.offline_banner.update_status()

    def _note_saved(self) -> None:
        card = self._session().get_card(self.card.card_id, self.ctx.now()) if self.card else None
        row = self.editor.editor.current  # what was stored
        if card is not None and row is not None and self._session().offline:
            # saved after a try that found the server away: the session has not noticed it is
            # back yet (its banner will), and the card it kept has the note as it was
            card.expression, card.reading, card.meanings = row.expression, row.reading, \
                dict(row.meanings)
            card.tags, card.level = " ".join(row.tags), row.level
        if card is not None:
            self.card = card
            self._render(keep_revealed=True)
        self.setFocus()
