"""The reviewer: question, Space to reveal, grade with 1-4 (or the buttons), u to undo.

Furigana follow the profile's mode (always, never, only kanji not known yet); a reading card
never shows furigana on the word it tests.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from jpprep.errors import JpprepError
from jpprep.services import known, study
from jpprep.services.offline_study import session_for
from jpprep.ui import i18n, japanese_text
from jpprep.ui.error_text import error_text
from jpprep.ui.widgets.furigana import FuriganaView
from jpprep.ui.widgets.offline_banner import OfflineBanner

RATINGS = [(1, "Again"), (2, "Hard"), (3, "Good"), (4, "Easy")]
LANGUAGE_NAMES = {"en": "English", "ur": "Urdu", "ne": "Nepali", "id": "Indonesian",
                  "vi": "Vietnamese", "tl": "Tagalog", "my": "Burmese", "ja": "Japanese"}


class StudyPage(QWidget):
    finished = Signal()

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.deck_id: int | None = None
        self.card: study.StudyCard | None = None
        self.revealed = False
        self.shown_at = 0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        self.offline_banner = OfflineBanner(self)  # the class server went away: calmly said
        outer.addWidget(self.offline_banner)
        top = QHBoxLayout()
        self.deck_label = QLabel()
        self.counts_label = QLabel()
        self.counts_label.setAccessibleName(self.tr("Cards left today"))
        top.addWidget(self.deck_label, 1)
        top.addWidget(self.counts_label)
        outer.addLayout(top)

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
        self.example_translation = QLabel()
        self.example_translation.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.example_translation.setWordWrap(True)
        self.done_label = QLabel()
        self.done_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.done_label.setWordWrap(True)
        self.done_label.setFont(rf)
        for w in (self.prompt, self.question, self.question_text, self.line, self.answer_word,
                  self.reading_label, self.meaning_label, self.fallback_label, self.example,
                  self.example_translation, self.done_label):
            self.body_layout.addWidget(w)
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
        for b in [self.show_button, self.home_button, *self.grade_buttons.values()]:
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._keys = {
            Qt.Key.Key_Space: self._space, Qt.Key.Key_Return: self._space, Qt.Key.Key_Enter: self._space,
            Qt.Key.Key_1: lambda: self.grade(1), Qt.Key.Key_2: lambda: self.grade(2),
            Qt.Key.Key_3: lambda: self.grade(3), Qt.Key.Key_4: lambda: self.grade(4),
            Qt.Key.Key_U: self.undo, Qt.Key.Key_Exclam: self.suspend, Qt.Key.Key_Minus: self.bury,
            Qt.Key.Key_Escape: self.finished.emit,
        }
        self._set_revealed(False)

    def keyPressEvent(self, event) -> None:
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
        if self.card is None:
            self.next_card()
        else:
            self._render()  # settings (furigana mode) may have changed
        self.setFocus()

    def next_card(self) -> None:
        now = self.ctx.now()
        self.card = self._session().next_card(self.deck_id, now)
        self.shown_at = now
        self._render()

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
        self.deck_label.setText(counts.name if self.deck_id is not None
                                else self.tr("All decks"))
        return self.tr("New {new} · Learning {learn} · Due {due}").format(
            new=i18n.count(counts.new), learn=i18n.count(counts.learning),
            due=i18n.count(counts.review))

    def _render(self) -> None:
        self.counts_label.setText(self._counts_text())
        self.offline_banner.update_status()
        card = self.card
        if card is None:
            for w in (self.prompt, self.question, self.question_text, self.line, self.answer_word,
                      self.reading_label, self.meaning_label, self.fallback_label, self.example,
                      self.example_translation):
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
            self.reading_label.setText(f"{card.reading}  ({japanese_text.romaji(card.reading)})")
        self.meaning_label.setText(meaning)
        self.fallback_label.setText(fallback)
        example = (card.examples or [{}])[0] if card.examples else {}
        ja = example.get("ja", "")
        self.example.setSegments(japanese_text.segments(ja) if ja else [])
        self.example.setFuriganaMode(mode, known_kanji)
        lang = self._language()
        self.example_translation.setText(example.get(lang) or example.get("en", ""))
        for rating, name in RATINGS:
            ms = (card.preview_ms or {}).get(rating)  # worded in the interface language
            label = i18n.interval(ms) if ms is not None else ""
            self.grade_buttons[rating].setText(f"{rating}  {self.tr(name)}" + (f"\n{label}" if label else ""))
        self._set_revealed(False)

    def _set_revealed(self, revealed: bool) -> None:
        self.revealed = revealed
        has_card = self.card is not None
        for w in (self.line, self.answer_word, self.reading_label, self.meaning_label, self.example_translation):
            w.setVisible(revealed and has_card)
        self.fallback_label.setVisible(revealed and has_card and bool(self.fallback_label.text()))
        self.example.setVisible(revealed and has_card and bool(self.example.plainText()))
        self.answer_word.setVisible(revealed and has_card and self.card.kind == "production")
        self.show_button.setVisible(has_card and not revealed)
        for b in self.grade_buttons.values():
            b.setVisible(has_card and revealed)

    # -- actions ---------------------------------------------------------------------------
    def _space(self) -> None:
        if self.card is None:
            return
        if not self.revealed:
            self.reveal()
        else:
            self.grade(3)  # like Anki: Space on the answer side means Good

    def reveal(self) -> None:
        if self.card is not None:
            self._set_revealed(True)

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
        self.shown_at = now
        self._render()

    def undo(self) -> None:
        now = self.ctx.now()
        card = self._session().undo(now)
        if card is not None:  # like Anki: the card that came back is shown again
            self.card = card
            self.shown_at = now
            self._render()

    def suspend(self) -> None:
        if self.card is not None:
            self._session().skip(study.suspend, self.card.card_id, self.ctx.now())
            self.next_card()

    def bury(self) -> None:
        if self.card is not None:
            self._session().skip(study.bury, self.card.card_id, self.ctx.now())
            self.next_card()
