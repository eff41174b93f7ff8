"""Small marks of the reviewer: the card's flag (a coloured ⚑) and an audio button.

Flags are numbered as in Anki (1 red, 2 orange, 3 green, 4 blue); the colour is never the only
sign: the mark's tooltip and accessible name say which flag it is. The audio button plays a
file with QtMultimedia (pyside6-addons); without it the button stays hidden.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QLabel, QPushButton

from jpprep.ui import i18n
from jpprep.ui.widgets.audio import make_player

FLAG_COLOURS = {1: "#d32f2f", 2: "#ef6c00", 3: "#2e7d32", 4: "#1565c0"}


class FlagMark(QLabel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("flagMark")
        self.flag = 0
        self.set_flag(0)

    def set_flag(self, flag: int) -> None:
        self.flag = flag
        self.setVisible(bool(flag))
        if not flag:
            self.clear()
            return
        colour = FLAG_COLOURS.get(flag, "#6a1b9a")
        self.setText(f'<span style="color:{colour}; font-size:large;">\u2691</span>')
        self.setToolTip(self.name(flag))
        self.setAccessibleName(self.name(flag))

    def name(self, flag: int) -> str:
        names = {1: self.tr("Red flag"), 2: self.tr("Orange flag"), 3: self.tr("Green flag"),
                 4: self.tr("Blue flag")}
        return names.get(flag) or self.tr("Flag {n}").format(n=i18n.number(flag))


class AudioButton(QPushButton):
    """▶ Play (R): plays the note's audio file; hidden when the note has none."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("audioButton")
        self.setText(self.tr("\u25b6 Play (R)"))
        self.setAccessibleName(self.tr("Play the audio"))
        self.path: Path | None = None
        self._player = None
        self._tried = False
        self.clicked.connect(self.play)

    @property
    def player(self):
        if not self._tried:
            self._tried = True
            self._player = make_player()
        return self._player

    def set_file(self, path: Path | None) -> None:
        """The file to play (None: no audio, the button hides)."""
        if self._player is not None and path != self.path:
            self._player.stop()
        self.path = Path(path) if path else None
        self.setVisible(self.can_play())

    def can_play(self) -> bool:
        return self.path is not None and self.player is not None

    def play(self) -> bool:
        if not self.can_play():
            return False
        self.player.stop()
        self.player.setSource(QUrl.fromLocalFile(str(self.path)))
        self.player.play()
        return True

    def stop(self) -> None:
        if self._player is not None:
            self._player.stop()
