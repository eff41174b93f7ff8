"""One question on screen: passage, picture, listening panel, stem, and numbered choices."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QIcon, QPixmap
from PySide6.QtWidgets import (QButtonGroup, QFrame, QHBoxLayout, QLabel, QPushButton, QRadioButton,
                               QStyle, QStyleOptionButton, QStylePainter, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget, QHeaderView)

from jpprep.exams import markup
from jpprep.exams import types as qtypes
from jpprep.ui import theme
from jpprep.ui.exam.text import JText, furigana_on, with_paren_ruby
from jpprep.ui.widgets.furigana import JP_FAMILY

CIRCLED = "①②③④"
LRI, PDI = "\u2066", "\u2069"  # Unicode left-to-right isolate and its end


class ChoiceButton(QRadioButton):
    """An answer choice, drawn left to right in any interface language.

    A radio button draws its text in the application's direction even when the button itself
    is left to right, so in Urdu "①　こたえ" came out as "こたえ　①". It is drawn inside a
    left-to-right isolate instead (text() stays as given)."""

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt name)
        painter = QStylePainter(self)
        opt = QStyleOptionButton()
        self.initStyleOption(opt)
        opt.text = LRI + opt.text + PDI
        painter.drawControl(QStyle.ControlElement.CE_RadioButton, opt)


class QuestionView(QWidget):
    """Shows an item; emits answered(choice) when a choice is clicked and playRequested()."""

    answered = Signal(int)
    playRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 8, 12, 8)
        lay.setSpacing(10)
        self.part = QLabel()
        self.part.setWordWrap(True)
        self.part.setObjectName("examPart")
        lay.addWidget(self.part)
        self.passage_title = QLabel()
        self.passage_title.setFont(self._jp(13, bold=True))
        lay.addWidget(self.passage_title)
        self.passage = JText(14)
        self.passage_frame = QFrame()
        self.passage_frame.setFrameShape(QFrame.Shape.Box)
        pf = QVBoxLayout(self.passage_frame)
        pf.addWidget(self.passage)
        lay.addWidget(self.passage_frame)
        self.table = QTableWidget()
        self.table.setFont(self._jp(13))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        lay.addWidget(self.table)
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignLeft)
        lay.addWidget(self.image)
        # listening
        self.listen = QWidget()
        ll = QHBoxLayout(self.listen)
        ll.setContentsMargins(0, 0, 0, 0)
        self.play = QPushButton(self.tr("▶ Play audio (L)"))
        self.play.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.play.clicked.connect(self.playRequested)
        self.listen_note = QLabel()
        self.listen_note.setWordWrap(True)
        ll.addWidget(self.play)
        ll.addWidget(self.listen_note, 1)
        lay.addWidget(self.listen)
        self.script = JText(13)
        lay.addWidget(self.script)
        self.stem = JText(16)
        lay.addWidget(self.stem)
        self.question = JText(15)
        lay.addWidget(self.question)
        self.choices_box = QWidget()
        self.choices_lay = QVBoxLayout(self.choices_box)
        self.choices_lay.setContentsMargins(0, 4, 0, 0)
        lay.addWidget(self.choices_box)
        lay.addStretch(1)
        # The item is Japanese, printed left to right as on the real test: in an Urdu (right to
        # left) interface it must not be mirrored (choices ① … ④ with their numbers on the
        # left). Buttons and notes around it (the listening row) follow the interface.
        for w in (self.part, self.passage_title, self.passage_frame, self.table, self.image,
                  self.script, self.stem, self.question, self.choices_box):
            w.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.group.idClicked.connect(self.answered)
        self.buttons: list[QRadioButton] = []
        self.item = None

    @staticmethod
    def _jp(size: int, bold: bool = False) -> QFont:
        """Japanese at `size` points for 100% text, growing with the learner's text size."""
        return theme.sized_font(size, family=JP_FAMILY, bold=bold)

    def show_item(self, item, *, part_label: str, furigana_default: str, passage=None, answer=None,
                  can_play: bool = True, played: bool = False, audio_ready: bool = False,
                  show_script: bool = False, spoken=None) -> None:
        self.item = item
        qt = qtypes.get(item.type)
        fur = furigana_on(furigana_default, item)
        self.part.setText(f"{part_label}　{qt.name}" if part_label and part_label != qt.name else qt.name)
        # passage
        has_text = bool(passage and (passage.text or passage.image))
        self.passage_title.setVisible(bool(passage and passage.title))
        self.passage_title.setText(passage.title if passage else "")
        self.passage_frame.setVisible(has_text and bool(passage.text))
        if passage and passage.text:
            self.passage.set(passage.text, fur)
        self.passage_frame.setFrameShape(QFrame.Shape.Box if passage and passage.kind == "notice"
                                         else QFrame.Shape.NoFrame)
        rows = passage.rows if passage and passage.kind == "table" else ()
        self.table.setVisible(bool(rows))
        if rows:
            head, body = rows[0], rows[1:]
            self.table.setColumnCount(len(head))
            self.table.setRowCount(len(body))
            self.table.setHorizontalHeaderLabels(list(head))
            for r, row in enumerate(body):
                for c, val in enumerate(row):
                    self.table.setItem(r, c, QTableWidgetItem(val))
            self.table.resizeColumnsToContents()
            self.table.setFixedWidth(self.table.horizontalHeader().length() + 4)
            self.table.setFixedHeight(self.table.horizontalHeader().height() + 4
                                      + sum(self.table.rowHeight(r) for r in range(len(body))))
        img = item.image or (passage.image if passage else None)
        self.image.setVisible(bool(img))
        if img:
            pix = QPixmap(img)
            if pix.width() > 480:
                pix = pix.scaledToWidth(480, Qt.TransformationMode.SmoothTransformation)
            self.image.setPixmap(pix)
        # listening
        self.listen.setVisible(qt.listening)
        if qt.listening:
            self.play.setEnabled(can_play)
            if audio_ready:
                note = self.tr("The audio plays once.") if not can_play or not played else ""
            else:
                note = self.tr("Audio playback is not available on this computer: the script is shown "
                               "instead when you press Play.")
            if played and not can_play:
                note = self.tr("Played. In this test the audio plays only once.")
            self.listen_note.setText(note)
        script = "\n".join(f"{sp}：{t}" if sp else t for sp, t in (spoken or item.script))
        self.script.setVisible(bool(show_script and script))
        if show_script and script:
            self.script.set(script, fur)
        # stem and question (audio-only items print nothing)
        printed = not item.audio_only
        if item.format == "star":
            slots = ["＿＿＿"] * 4
            slots[item.star - 1] = "＿★＿"
            self.stem.set(f"{item.before}　{'　'.join(slots)}　{item.after}", fur)
        else:
            self.stem.set(item.stem if printed else "", fur)
        self.question.set(item.question if printed else "", fur)
        # choices
        for b in self.buttons:  # out of the layout and hidden now: deleted later, never shown twice
            self.group.removeButton(b)
            self.choices_lay.removeWidget(b)
            b.hide()
            b.deleteLater()
        self.buttons = []
        for n, ch in enumerate(item.choices, start=1):
            if not printed:
                label = f"{n}"
            elif item.format == "true_false":
                label = f"{n}　{ch.text}"
            else:
                label = f"{CIRCLED[n - 1] if n <= 4 else n}　" + (with_paren_ruby(ch.text) if fur else markup.plain(ch.text))
            b = ChoiceButton(label)
            b.setFont(self._jp(15))
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            if ch.image:
                b.setIcon(QIcon(ch.image))
                b.setIconSize(QSize(160, 120))
            self.group.addButton(b, n)
            self.choices_lay.addWidget(b)
            b.show()  # added after the view was shown: a new child must be shown explicitly
            self.buttons.append(b)
        self.set_answer(answer)

    def set_answer(self, answer: int | None) -> None:
        self.group.setExclusive(False)
        for n, b in enumerate(self.buttons, start=1):
            b.setChecked(answer == n)
        self.group.setExclusive(True)

    def set_enabled(self, on: bool) -> None:
        for b in self.buttons:
            b.setEnabled(on)
