"""Sound playback shared by the reviewer's audio button and the mock exam runner."""

from __future__ import annotations


def make_player():
    """A QMediaPlayer with its audio output when QtMultimedia (pyside6-addons) is installed,
    else None (the caller then offers no sound)."""
    try:
        from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
    except ImportError:
        return None
    player = QMediaPlayer()
    out = QAudioOutput()
    player.setAudioOutput(out)
    player._out = out  # keep the output alive
    return player
