"""Start-up: process start to the main window shown and idle, against a bare PySide6 window
measured in the same run. Goal: at most 1.5x the bare window.

Each child prints IDLE from its first idle turn of the event loop; the parent times spawn ->
that line. Runs alternate between the two so machine noise hits both alike.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication(sys.argv)
w = QMainWindow(); w.setCentralWidget(QLabel("hello")); w.resize(1100, 720); w.show()
QTimer.singleShot(0, lambda: (print("IDLE", flush=True), app.quit()))
app.exec()
"""


def time_child(cmd: list[str], env: dict) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    for line in proc.stdout:
        if line.strip() == "IDLE":
            elapsed = time.perf_counter() - start
            break
    else:
        raise SystemExit(f"child never became idle: {cmd}")
    proc.wait(timeout=120)
    return elapsed


def main(runs: int = 7) -> None:
    data = tempfile.mkdtemp(prefix="jpprep-bench-")
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "JPPREP_DATA_DIR": data, "JPPREP_REPORT_IDLE": "1"}
    app_cmd = [sys.executable, "-m", "jpprep", "--profile", "Bench"]
    # First start imports the shipped decks in the background; let it finish once, untimed.
    subprocess.run([sys.executable, "-m", "jpprep", "--data-dir", data, "profile", "create", "Bench"],
                   env=env, capture_output=True)
    warm = dict(env)
    warm.pop("JPPREP_REPORT_IDLE")
    subprocess.run([sys.executable, "-c",
                    "import time; from jpprep.store.db import Database; from jpprep import paths;"
                    "from jpprep.services.importing import sync_shipped_decks;"
                    "db = Database(paths.database_url());"
                    "sync_shipped_decks(db, paths.decks_dir(), now=int(time.time()*1000))"],
                   env=warm, check=True)
    bare, app = [], []
    for _ in range(runs):
        bare.append(time_child([sys.executable, "-c", BARE], env))
        app.append(time_child(app_cmd, env))
    b, a = statistics.median(bare), statistics.median(app)
    print(f"bare PySide6 window: median {b * 1000:.0f} ms over {runs} runs")
    print(f"jpprep main window:  median {a * 1000:.0f} ms over {runs} runs")
    print(f"ratio jpprep/bare:   {a / b:.2f}x (goal <= 1.5x)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 7)
