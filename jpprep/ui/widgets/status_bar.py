"""The main window's status bar: a message of Latin alone keeps its order in a right-to-left
window.

QStatusBar paints its message itself, in the window's direction, not through the style that
decides every other line's direction (theme.FocusStyle, jpprep.ui.bidi): in Urdu a message
without an Urdu letter (an English error with no translation, a deck name while the shipped
decks load) ran right to left, its full stop or "…" at its start. Such a message is put in a
left-to-right isolate (bidi.item_view_text), which draws nothing of its own.
"""

from __future__ import annotations

from PySide6.QtWidgets import QStatusBar


class StatusBar(QStatusBar):
    def showMessage(self, text: str, timeout: int = 0) -> None:  # noqa: N802 (Qt name)
        from jpprep.ui import bidi

        super().showMessage(bidi.item_view_text(self.layoutDirection(), text), timeout)
