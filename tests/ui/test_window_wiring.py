"""What the main window starts and offers around the pages: File > Open reaches the import
dialog, and the progress summary is brought up to date in the background after start."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence

from jpprep.services import study
from jpprep.ui.workers import wait_for_all

from .conftest import open_window


def test_the_platforms_open_shortcut_imports_a_deck(qtbot, app_db, clock, ui_defaults):
    w = open_window(qtbot, app_db, clock)
    opens = [a for a in w.findChildren(QAction)
             if QKeySequence(QKeySequence.StandardKey.Open) in a.shortcuts()]
    assert len(opens) == 1 and QKeySequence("Ctrl+I") in opens[0].shortcuts()
    assert opens[0].isVisible()


def test_the_progress_summary_is_prepared_after_start(qtbot, app_db, clock, ui_defaults):
    from sqlalchemy import text

    w = open_window(qtbot, app_db, clock)
    card = study.next_card(app_db, w.ctx.profile_id, None, clock())
    study.answer(app_db, w.ctx.profile_id, card.card_id, 3, clock())

    def summed() -> int:
        with app_db.session() as s:
            return s.execute(text("SELECT count(*) FROM stats_day WHERE profile_id = :p"),
                             {"p": w.ctx.profile_id}).scalar()

    assert summed() == 0  # nothing summed yet: the page would sum the whole log on first open
    w.prepare_stats()
    assert wait_for_all(20_000)
    assert summed() == 1
