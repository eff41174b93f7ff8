"""One window per profile, and backups made by the window while studying."""

from __future__ import annotations

import pytest

from jpprep import paths
from jpprep.errors import ProfileInUseError
from jpprep.services import backup, profiles
from jpprep.ui.main_window import MainWindow
from jpprep.ui.session_guard import ProfileGuard


def test_closing_the_window_after_studying_makes_a_backup(qtbot, qapp_setup, app_db, clock):
    info = profiles.create_profile(app_db, "Ana", now=clock())
    win = MainWindow(app_db, info, clock=clock)
    qtbot.addWidget(win)
    win.show()
    win.study_deck(None)
    page = win.page("study")
    page.reveal()
    page.grade(3)
    assert backup.list_backups(app_db) == []
    win.close()
    made = backup.list_backups(app_db)
    assert len(made) == 1 and made[0].path.exists()


def test_a_profile_open_in_one_window_is_refused_to_a_second(qtbot, qapp_setup, db, clock):
    first = ProfileGuard(db.url)
    first.take("Ana", clock())
    second = ProfileGuard(db.url)
    with pytest.raises(ProfileInUseError):
        second.take("Ana", clock())
    second.take("Bilal", clock())  # another profile is free
    first.release()
    second.take("Ana", clock())  # the lock moves with a switch
    assert second.lock.profile == "Ana"
    second.release()


def test_switching_to_a_profile_open_elsewhere_keeps_the_current_one(qtbot, qapp_setup, app_db, clock):
    ana = profiles.create_profile(app_db, "Ana", now=clock())
    bilal = profiles.create_profile(app_db, "Bilal", now=clock())
    elsewhere = ProfileGuard(app_db.url)
    elsewhere.take("Bilal", clock())
    win = MainWindow(app_db, ana, clock=clock)
    qtbot.addWidget(win)
    win.guard = ProfileGuard(app_db.url)
    win.guard.take("Ana", clock())
    from PySide6.QtWidgets import QMessageBox

    shown = []
    orig = QMessageBox.information
    QMessageBox.information = staticmethod(lambda *a, **k: shown.append(a[2]))
    try:
        win.use_profile(bilal)
    finally:
        QMessageBox.information = orig
    assert win.ctx.profile_name == "Ana"
    assert len(shown) == 1 and "“Bilal” is already open" in shown[0]
    win.guard.release()
    elsewhere.release()
    assert paths.data_dir().exists()


def test_a_timed_backup_that_fails_is_said_on_the_status_line(qtbot, qapp_setup, app_db, clock,
                                                               monkeypatch):
    """A full disk stopped the timed backups without a word: the learner only found out at
    close, if at all. The status line now says it, in the interface language."""
    from jpprep import errors

    def full(*_a, **_k):
        raise errors.DiskFullError("no space left for the backup.", file="backups",
                                   code="backup_disk_full", params={"path": "backups"})

    monkeypatch.setattr(backup, "maybe_backup", full)
    info = profiles.create_profile(app_db, "Ana", now=clock())
    win = MainWindow(app_db, info, clock=clock)
    qtbot.addWidget(win)
    win.open(app_db, info)
    win.show()
    assert win.statusBar().currentMessage() == ""
    win.backups.check()
    qtbot.waitUntil(lambda: win.statusBar().currentMessage() != "", timeout=5000)
    shown = win.statusBar().currentMessage()
    assert "disk is full" in shown.lower()  # the sentence for its code, not the raw message
    assert "no space left" not in shown
