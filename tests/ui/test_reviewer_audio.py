"""The note's audio: a Play button (and r, as in Anki) when the note has a sound file, none
otherwise; listening cards are heard first (played when shown) and show the word only after."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from .reviewer_deck import study_window
from .test_accessibility import clipped

pytest.importorskip("PySide6.QtMultimedia")


def _source(page) -> str:
    return page.audio_button.player.source().toLocalFile()


def test_play_button_and_r_replay_only_when_the_note_has_audio(qtbot, qapp_setup, db, clock,
                                                               tmp_path):
    win, page = study_window(qtbot, db, clock, tmp_path, card_types=("recognition",))
    assert page.card.audio == "taberu.wav"
    assert page.audio_button.isVisible()
    assert _source(page) == ""  # a recognition card is not played by itself
    qtbot.keyClick(page, Qt.Key.Key_R)
    assert _source(page).endswith(".wav")  # the stored copy in the data folder's media/
    page.audio_button.player.setSource(type(page.audio_button.player.source())())
    qtbot.mouseClick(page.audio_button, Qt.MouseButton.LeftButton)
    assert _source(page).endswith(".wav")
    qtbot.keyClick(page, Qt.Key.Key_Space)
    qtbot.keyClick(page, Qt.Key.Key_3)
    assert page.card.expression == "学校" and page.card.audio in (None, "")
    assert not page.audio_button.isVisible()  # no audio: no button
    qtbot.keyClick(page, Qt.Key.Key_R)  # and r does nothing
    assert page.card.expression == "学校"


def test_listening_card_plays_when_shown_and_hides_the_word(qtbot, qapp_setup, db, clock,
                                                           tmp_path, screenshot):
    from PySide6.QtMultimedia import QMediaPlayer

    win, page = study_window(qtbot, db, clock, tmp_path, card_types=("listening",))
    assert page.card.kind == "listening" and page.card.expression == "食べる"
    player = page.audio_button.player
    assert _source(page).endswith(".wav")  # played as it was shown
    assert not page.question.isVisible() and "Listen" in page.prompt.text()
    assert not clipped(page.prompt) and not clipped(page.audio_button)
    qtbot.waitUntil(lambda: player.mediaStatus() == QMediaPlayer.MediaStatus.EndOfMedia,
                    timeout=20000)  # heard to the end (no sound device needed)
    screenshot(win, "reviewer-listening")
    qtbot.keyClick(page, Qt.Key.Key_Space)
    assert page.answer_word.isVisible() and page.meaning_label.text() == "to eat"
    qtbot.keyClick(page, Qt.Key.Key_3)
    # a listening card whose note has no audio is shown as a word to read
    assert page.card.expression == "学校" and page.question.isVisible()
