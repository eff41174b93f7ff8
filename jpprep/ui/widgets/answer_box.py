"""The typed-answer box of reading cards: romaji becomes kana as it is typed.

"taberu" shows たべる letter by letter, like a Japanese input method (jpprep.japanese.kana_input);
Shift gives katakana. Enter sends `submitted` with the finished text (a last "n" becomes ん);
Space in an empty box sends `revealWithout` (so Space still shows the answer); Escape gives the
keyboard back to the page. Keys with Ctrl or Alt are left to the page (flags, undo).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLineEdit

from jpprep.japanese.kana_input import romaji_to_kana


class KanaAnswerBox(QLineEdit):
    submitted = Signal(str)
    revealWithout = Signal()
    leave = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("answerBox")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # Japanese, also in Urdu
        f = QFont(self.font())
        f.setPointSizeF(f.pointSizeF() * 1.5)
        self.setFont(f)
        self.setPlaceholderText(self.tr("Type the reading (romaji becomes kana), then Enter"))
        self.setAccessibleName(self.tr("Your answer"))
        self.textEdited.connect(self._convert)

    def _convert(self, text: str) -> None:
        kana = romaji_to_kana(text)
        if kana == text:
            return
        after = len(text) - self.cursorPosition()  # what follows the cursor stays as it is
        self.setText(kana)
        self.setCursorPosition(max(0, len(kana) - after))

    def answer(self) -> str:
        """The typed text, finished (a trailing "n" becomes ん)."""
        return romaji_to_kana(self.text(), final=True).strip()

    def keyPressEvent(self, event) -> None:
        key, mods = event.key(), event.modifiers()
        if mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            if key in (Qt.Key.Key_A, Qt.Key.Key_C, Qt.Key.Key_V, Qt.Key.Key_X):
                super().keyPressEvent(event)  # select, copy, paste, cut stay the box's own
            else:
                event.ignore()  # Ctrl+1..4 flags, Ctrl+Z undo: the page's
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            text = self.answer()
            self.setText(text)
            self.submitted.emit(text)
            return
        if key == Qt.Key.Key_Space and not self.text().strip():
            self.revealWithout.emit()
            return
        if key == Qt.Key.Key_Escape:
            self.leave.emit()
            return
        super().keyPressEvent(event)
