"""Statistics page data (stats_data) at 100,000 cards and a year of reviews, as a learner meets
it: the Stats page opened right after starting the app, i.e. in a fresh process.

Uses the database of benchmarks/srs_scale.py (build()). Every timed call runs in a new Python
process (imports and database open are not counted; they are printed apart). Steps:

  1. first ever open (no summary yet: the whole log is summed and stored);
  2. a study session of 40 answers in another process, then a fresh open (whole profile,
     a second call in the same process, one deck in another fresh process);
  3. undo of 5 answers, then a fresh open;
  4. the day-start hour changed, then a fresh open (the summary is made again);
  5. the same numbers without the summary (stats.direct_stats_data), for reference.

Each figure is printed with its ratio to a plain SQLite select of the whole review log measured
in the same run. Target (issue 4): the page's data in at most 300 ms. Reports; never fails.

    .venv/bin/python benchmarks/stats_speed.py [--cards 100000] [--dir /tmp/x]
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))


def child(action: str, path: str, deck: int | None) -> dict:
    t0 = time.perf_counter()
    from jpprep.services import stats, study
    from jpprep.store.db import Database
    from srs_scale import NOW

    db = Database(f"sqlite:///{path}")
    ready = time.perf_counter() - t0
    out: dict = {"open_s": ready}
    if action == "study":
        now = NOW
        for i in range(40):
            card = study.next_card(db, 1, None, now)
            if card is None:
                break
            study.answer(db, 1, card.card_id, (3, 3, 1, 4)[i % 4], now, 4000)
            now += 5000
    elif action == "undo":
        for _ in range(5):
            study.undo(db, 1, NOW + 300_000)
    elif action == "hour":
        from jpprep.store.models import Profile

        with db.session() as s:
            p = s.get(Profile, 1)
            p.settings = {**p.settings, "day_starts_hour": 5}
    else:
        fn = stats.direct_stats_data if action == "direct" else stats.stats_data
        t = time.perf_counter()
        data = fn(db, 1, NOW + 600_000, deck)
        out["first_s"] = time.perf_counter() - t
        t = time.perf_counter()
        again = fn(db, 1, NOW + 600_000, deck)
        out["second_s"] = time.perf_counter() - t
        out["reviews"] = data.reviews_total
        out["same"] = again == data
    db.close()
    return out


def run(action: str, path: Path, deck: int | None = None) -> dict:
    cmd = [sys.executable, __file__, "--child", action, "--db", str(path)]
    if deck is not None:
        cmd += ["--deck", str(deck)]
    res = subprocess.run(cmd, check=True, capture_output=True, text=True)
    return json.loads(res.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cards", type=int, default=100_000)
    ap.add_argument("--dir", default=None)
    ap.add_argument("--child", default=None, help=argparse.SUPPRESS)
    ap.add_argument("--db", default=None, help=argparse.SUPPRESS)
    ap.add_argument("--deck", type=int, default=None, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.db, args.deck)))
        return 0

    from srs_scale import build

    tmp = Path(args.dir or tempfile.mkdtemp(prefix="stats-bench-"))
    path = tmp / "stats.db"
    if path.exists():
        path.unlink()
    t = time.perf_counter()
    info = build(path, args.cards)
    print(f"built {info['cards']:,} cards, {info['reviews']:,} reviews in "
          f"{time.perf_counter() - t:.1f} s ({path})")

    con = sqlite3.connect(path)
    laps = []
    for _ in range(3):
        t = time.perf_counter()
        con.execute("SELECT reviewed_ms, rating, duration_ms FROM revlog "
                    "WHERE profile_id = 1").fetchall()
        laps.append(time.perf_counter() - t)
    con.close()
    ref = statistics.median(laps)
    print(f"reference: plain select of the whole revlog {ref * 1e3:.0f} ms")

    def show(label: str, r: dict, key: str = "first_s") -> None:
        print(f"{label:<58} {r[key] * 1e3:6.0f} ms = {r[key] / ref:4.2f}x the reference"
              f"  (open {r['open_s'] * 1e3:.0f} ms)")

    show("1. fresh process, first ever (sums the whole log)", run("stats", path))
    run("study", path)
    r = run("stats", path)
    show("2. fresh process after a 40-answer session", r)
    show("   the same process, second call (warm)", r, "second_s")
    show("   fresh process, one deck (10 % of cards)", run("stats", path, deck=2))
    run("undo", path)
    show("3. fresh process after 5 undos", run("stats", path))
    run("hour", path)
    show("4. fresh process after the day-start hour changed", run("stats", path))
    show("   then the next fresh process", run("stats", path))
    d = run("direct", path)
    show("5. without the summary (direct_stats_data), fresh process", d)
    print("target (issue 4): the statistics page's data in at most 300 ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
