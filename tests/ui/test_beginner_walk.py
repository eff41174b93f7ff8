"""Faults a beginner met on a walk through the app in Indonesian, Vietnamese and Nepali at
1366x768 and 1024x600, 100% and 150% text, with furigana and romaji on: romaji that broke the
reviewer on the second card, SSW answer choices with bare kanji under a stem with furigana, a
mock result whose note lay over its table, a settings label cut in half, a Progress page wider
than the screen, and one Indonesian word for both "Study" and "Learning"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import open_window

pytestmark = pytest.mark.usefixtures("ui_defaults")
KANJI = "[\u4e00-\u9fff\u3005]"


# ---------------------------------------------------------------- the reviewer with romaji on
def test_romaji_stands_beside_the_reading_card_after_card(qtbot, db, clock, tmp_path):
    """With "Show romaji" on, the second card's answer raised TypeError ('module' object is not
    callable): loading jpprep.japanese.romaji on the first call replaced the package's romaji()
    with the module of the same name."""
    from tests.ui.reviewer_deck import study_window

    _win, page = study_window(qtbot, db, clock, tmp_path, card_types=("recognition",),
                              ui_language="id", show_romaji=True)
    seen = []
    for _ in range(3):
        qtbot.keyClick(page, Qt.Key.Key_Space)
        seen.append(page.reading_label.text())
        qtbot.keyClick(page, Qt.Key.Key_3)
    assert seen == ["たべる  (taberu)", "がっこう  (gakkou)", "しんぶん  (shinbun)"]
