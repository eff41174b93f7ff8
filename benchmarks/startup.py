"""Start-up: process start to (1) the main window's first frame painted and (2) the home page
usable (database open, profile chosen, home page filled, event loop free), against a bare
PySide6 window measured in the same run. Goal: at most 1.5x the bare window.

Each child prints PAINTED from the first event-loop turn after its window's first paint, and
USABLE when it can be used; the parent times spawn -> each line. For the bare window (a
QMainWindow with a label) both are the same moment. Both ratios are against the bare window's
time; "paired" is the median of each app run against the bare run just before it. Runs
alternate between the two so machine noise hits both alike.

The app starts as an installed one does: the profile exists, the shipped decks are loaded, and
Python's bytecode cache is written (pip compiles it on install; this checkout may run with
PYTHONDONTWRITEBYTECODE, which would make every start compile jpprep's modules again). The
decks sync and the Japanese engine warm-up that follow in the background are not counted.

    python benchmarks/startup.py [runs]
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
from PySide6.QtCore import QObject, QEvent, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication(sys.argv)
w = QMainWindow(); w.setCentralWidget(QLabel("hello")); w.resize(1100, 720)
class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not getattr(self, "done", False):
            self.done = True
            QTimer.singleShot(0, lambda: (print("PAINTED", flush=True), print("USABLE", flush=True), app.quit()))
        return False
f = Painted(); w.installEventFilter(f)
w.show()
app.exec()
"""


def time_child(cmd: list[str], env: dict) -> dict[str, float]:
    start = time.perf_counter()
    seen: dict[str, float] = {}
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    for line in proc.stdout:
        word = line.strip()
        if word in ("PAINTED", "USABLE"):
            seen[word] = time.perf_counter() - start
        if word == "USABLE":
            break
    proc.wait(timeout=120)
    if set(seen) != {"PAINTED", "USABLE"}:
        raise SystemExit(f"child did not report both PAINTED and USABLE: {cmd} -> {seen}")
    return seen


def main(runs: int = 7) -> None:
    data = tempfile.mkdtemp(prefix="jpprep-bench-")
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "JPPREP_DATA_DIR": data}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app has its .pyc files
    app_cmd = [sys.executable, "-m", "jpprep", "--profile", "Bench"]
    subprocess.run([sys.executable, "-m", "jpprep", "--data-dir", data, "profile", "create", "Bench"],
                   env=env, capture_output=True)
    # First start imports the shipped decks in the background; do it once, untimed.
    subprocess.run([sys.executable, "-c",
                    "import time; from jpprep.store.db import Database; from jpprep import paths;"
                    "from jpprep.services.importing import sync_shipped_decks;"
                    "db = Database(paths.database_url());"
                    "sync_shipped_decks(db, paths.decks_dir(), now=int(time.time()*1000))"],
                   env=env, check=True)
    timed = {**env, "JPPREP_REPORT_STARTUP": "1"}
    time_child(app_cmd, timed)  # untimed: writes the bytecode cache, like an install
    time_child([sys.executable, "-c", BARE], timed)
    bare, app = [], []
    for _ in range(runs):
        bare.append(time_child([sys.executable, "-c", BARE], timed))
        app.append(time_child(app_cmd, timed))

    def median(rows, key):
        return statistics.median(r[key] for r in rows)

    def paired(key):  # each app run against the bare run just before it: steadier on a busy machine
        return statistics.median(a[key] / b["PAINTED"] for a, b in zip(app, bare))

    b = median(bare, "PAINTED")
    painted, usable = median(app, "PAINTED"), median(app, "USABLE")
    print(f"bare PySide6 window painted:  median {b * 1000:.0f} ms over {runs} runs")
    print(f"jpprep window first painted:  median {painted * 1000:.0f} ms  ratio {painted / b:.2f}x"
          f" (paired {paired('PAINTED'):.2f}x; goal <= 1.5x)")
    print(f"jpprep home page usable:      median {usable * 1000:.0f} ms  ratio {usable / b:.2f}x"
          f" (paired {paired('USABLE'):.2f}x)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 7)
