"""A second start on the same profile brings the running window forward."""

from __future__ import annotations

import subprocess
import sys

from jpprep.ui.single_instance import SingleInstance


def test_second_start_asks_the_first_to_come_forward(qtbot):
    first = SingleInstance("k-test-activate")
    assert first.listen()
    try:
        with qtbot.waitSignal(first.activated, timeout=3000) as sig:
            assert SingleInstance("k-test-activate").notify_running()
        assert sig.args == ["activate"]
    finally:
        first.close()


def test_second_start_from_another_process(qtbot):
    first = SingleInstance("k-test-process")
    assert first.listen()
    code = ("import sys; from PySide6.QtCore import QCoreApplication; app = QCoreApplication([]);"
            "from jpprep.ui.single_instance import SingleInstance;"
            "sys.exit(0 if SingleInstance('k-test-process').notify_running(3000) else 3)")
    try:
        with qtbot.waitSignal(first.activated, timeout=10000):
            child = subprocess.Popen([sys.executable, "-c", code])
            qtbot.waitUntil(lambda: child.poll() is not None, timeout=10000)
        assert child.returncode == 0
    finally:
        first.close()


def test_nobody_listening_means_start_normally(qtbot):
    assert not SingleInstance("k-test-nobody").notify_running(timeout_ms=200)


def test_a_deck_file_given_to_a_second_start_is_imported_by_the_running_window(qtbot, db, clock):
    """`jpprep deck.apkg` while the profile is already open: that window gets the path."""
    from jpprep.services import profiles
    from jpprep.ui import session_guard

    profiles.create_profile(db, "Chen", now=clock())
    holder = session_guard.ProfileGuard(db.url)
    holder.take("Chen", clock())
    try:
        path = "/home/chen/Downloads/N5 words (2).apkg"
        with qtbot.waitSignal(holder.fileOpened, timeout=3000) as sig:
            assert session_guard.bring_forward_running(db.url, "Chen", path)
        assert sig.args == [path]
        with qtbot.assertNotEmitted(holder.fileOpened, wait=300):
            with qtbot.waitSignal(holder.activated, timeout=3000):
                assert session_guard.bring_forward_running(db.url, "Chen")  # just come forward
    finally:
        holder.release()
