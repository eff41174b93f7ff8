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
