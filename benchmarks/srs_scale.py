"""Scale benchmark for the study services: 100,000 cards and a year of synthetic history.

Measures, on a fresh SQLite file:
  * answer + fetch next card (p50, p95) over a study session: study.answer_and_next (one
    transaction) and, on a copy of the same file, study.answer then study.next_card (two calls);
  * what the learner waits for per answer, with the status line's counts: answer_and_next +
    deck_counts (the reviewer before) against answer_next_counts (the reviewer now);
  * today's queue (deck_counts for every deck) and today_summary;
  * the statistics data (stats_data for the whole profile);
  * peak memory (ru_maxrss).
Each figure is printed with a ratio against a reference measured in the same run: a bare
py-fsrs `review_card` call, and a plain SQLite query of the same rows.

    .venv/bin/python benchmarks/srs_scale.py [--cards 100000] [--dir /tmp/x]

Targets (issue 4): answer+next p50 <= 1 ms, p95 <= 5 ms; queue <= 100 ms; stats <= 300 ms;
memory <= 300 MB. This script reports; it never fails.
"""

from __future__ import annotations

import argparse
import resource
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

DAY = 86_400_000
NOW = 1_772_452_800_000  # 2026-03-02 12:00 UTC


def build(path: Path, n_cards: int, seed: int = 1) -> dict:
    """Profile, 10 decks under one parent, notes with two cards each, a year of reviews."""
    import numpy as np

    from jpprep.store.db import Database

    Database(f"sqlite:///{path}").close()  # schema
    rng = np.random.default_rng(seed)
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=OFF")
    cur = con.cursor()
    cur.execute("INSERT INTO profile (id, name, created_ms, role, settings) VALUES "
                "(1, 'bench', 0, 'student', '{\"day_starts_hour\": 4, \"utc_offset_minutes\": 0}')")
    cur.execute("INSERT INTO preset (id, name, config) VALUES (1, 'Default', "
                "'{\"new_per_day\": 20, \"reviews_per_day\": 300}')")
    cur.execute("INSERT INTO deck (id, parent_id, name, source, description, meta, preset_id, "
                "created_ms, updated_ms) VALUES (1, NULL, 'JLPT', 'user', '', '{}', 1, 0, 0)")
    n_decks = 10
    for d in range(n_decks):
        cur.execute("INSERT INTO deck (id, parent_id, name, source, description, meta, "
                    "preset_id, created_ms, updated_ms) VALUES (?, 1, ?, 'user', '', '{}', 1, 0, 0)",
                    (d + 2, f"JLPT::Part {d:02d}"))
    n_notes = n_cards // 2
    notes = []
    cards = []
    cid = 0
    for i in range(n_notes):
        deck = 2 + i % n_decks
        notes.append((i + 1, deck, f"n{i}", "vocab", f"語{i}", f"ご{i}", 0,
                      '{"en": "word"}', "[]", "", "N5", None, None, None, "{}", 0, 0))
        for k, kind in enumerate(("recognition", "production")):
            cid += 1
            cards.append((cid, i + 1, deck, kind, 0, i))
    cur.executemany("INSERT INTO note (id, deck_id, guid, kind, expression, reading, "
                    "reading_generated, meanings, examples, tags, level, sector, audio, image, "
                    "extra, created_ms, updated_ms) VALUES "
                    "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", notes)
    cur.executemany("INSERT INTO card (id, note_id, deck_id, kind, ord, position) "
                    "VALUES (?,?,?,?,?,?)", cards)

    # a year of history: 80 % of cards introduced over 365 days; intervals grow ~2.5x
    studied = int(n_cards * 0.8)
    start_day = (NOW // DAY) - 365
    intro = np.sort(rng.integers(0, 365, studied))
    revlog, states = [], []
    for c in range(studied):
        card_id = c + 1
        day = float(intro[c])
        s, d, lapses, reps = 1.0, 5.0, 0, 0
        state_before = 0
        while True:
            ms = int((start_day + day) * DAY + 8 * 3_600_000 + rng.integers(0, 12 * 3_600_000))
            if ms >= NOW - 6 * DAY:  # the learner took the last week off: a backlog
                break
            rating = 1 if (state_before == 2 and rng.random() < 0.1) else 3
            if rating == 1:
                s, lapses = max(0.5, s * 0.3), lapses + 1
            else:
                s = s * (2.5 if state_before else 1) + 1
            reps += 1
            ivl = max(1.0, s * rng.uniform(0.9, 1.1))
            due = ms + int(ivl * DAY)
            revlog.append((uuid.uuid4().hex, 1, card_id, ms, rating, 6000, state_before,
                           2, s, d, due, "review"))
            state_before = 2
            last, next_due = ms, due
            day += ivl
        if reps:
            states.append((1, card_id, 2, 0, None, s, d, next_due, last, reps, lapses, None, 0, 0))
    cur.executemany("INSERT INTO revlog (uid, profile_id, card_id, reviewed_ms, rating, "
                    "duration_ms, state_before, state_after, stability, difficulty, due_ms, kind) "
                    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", revlog)
    cur.executemany("INSERT INTO card_state (profile_id, card_id, state, queue, step, stability, "
                    "difficulty, due_ms, last_review_ms, reps, lapses, bury_day, flag, leech) "
                    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", states)
    con.commit()
    due_now = con.execute("SELECT COUNT(*) FROM card_state WHERE due_ms <= ?", (NOW,)).fetchone()[0]
    con.close()
    return {"cards": n_cards, "reviews": len(revlog), "studied": len(states), "due_now": due_now}


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def timed(fn, repeat: int) -> float:
    best = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best.append(time.perf_counter() - t)
    return statistics.median(best)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cards", type=int, default=100_000)
    ap.add_argument("--dir", default=None)
    ap.add_argument("--answers", type=int, default=400)
    ap.add_argument("--build-only", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    if args.build_only:
        info = build(Path(args.dir) / "bench.db", args.cards)
        print(" ".join(f"{k}={v}" for k, v in info.items()))
        return 0

    from jpprep.services import stats, study
    from jpprep.store.db import Database

    tmp = Path(args.dir or tempfile.mkdtemp(prefix="srs-bench-"))
    path = tmp / "bench.db"
    if path.exists():
        path.unlink()
    t = time.perf_counter()
    # built in a child process so that peak memory below is the services' own
    import subprocess

    out = subprocess.run([sys.executable, __file__, "--build-only", "--dir", str(tmp),
                          "--cards", str(args.cards)], check=True, capture_output=True, text=True)
    info = {k: int(v) for k, v in (x.split("=") for x in out.stdout.split())}
    print(f"built {info['cards']:,} cards, {info['reviews']:,} reviews, "
          f"{info['studied']:,} studied, {info['due_now']:,} due now "
          f"in {time.perf_counter() - t:.1f} s ({path})")

    # the same data for the two ways of answering (answer_and_next / answer then next_card)
    import shutil

    copies = ("separate", "counts-all-before", "counts-all-after", "counts-deck-before",
              "counts-deck-after")
    for name in copies:
        for ext in ("", "-wal", "-shm"):
            if (tmp / f"bench.db{ext}").exists():
                shutil.copy(tmp / f"bench.db{ext}", tmp / f"bench-{name}.db{ext}")
    copy = tmp / "bench-separate.db"
    db = Database(f"sqlite:///{path}")

    # -- references measured in this run
    from datetime import timedelta

    from fsrs import Card, Rating, Scheduler

    from jpprep.srs.scheduler import to_dt

    sched = Scheduler(enable_fuzzing=False)
    fcard = Card(card_id=1, due=to_dt(NOW))
    fcard, _ = sched.review_card(fcard, Rating.Good, to_dt(NOW))
    now_dt = to_dt(NOW) + timedelta(days=3)
    ref_fsrs = timed(lambda: sched.review_card(fcard, Rating.Good, now_dt), 2000)
    con = sqlite3.connect(path)
    ref_sql = timed(lambda: con.execute(
        "SELECT card_id, due_ms, stability, last_review_ms FROM card_state "
        "WHERE profile_id = 1 AND queue = 0 AND due_ms <= ?", (NOW,)).fetchall(), 20)
    ref_sql_all = timed(lambda: con.execute(
        "SELECT reviewed_ms, rating, duration_ms FROM revlog WHERE profile_id = 1").fetchall(), 3)
    con.close()
    print(f"reference: bare fsrs review_card {ref_fsrs * 1e3:.3f} ms; "
          f"plain SQLite select of due rows {ref_sql * 1e3:.1f} ms; "
          f"plain select of the whole revlog {ref_sql_all * 1e3:.0f} ms")

    # -- today's queue and summary
    study.deck_counts(db, 1, NOW)  # warm
    t_counts = timed(lambda: study.deck_counts(db, 1, NOW), 5)
    t_summary = timed(lambda: study.today_summary(db, 1, NOW), 5)
    print(f"deck_counts (today's queue, 11 decks) {t_counts * 1e3:.1f} ms  "
          f"[target 100 ms]  = {t_counts / ref_sql:.1f}x the plain select of due rows")
    print(f"today_summary {t_summary * 1e3:.1f} ms")

    # -- answer + fetch next. A durable commit (synchronous=FULL: the answer survives a power
    # cut) is the floor under any answer on this disk; one is timed right after every answer, so
    # both see the same load on a shared machine. It goes to a file of its own in the same
    # folder (a write to the studied database between two answers would be "another writer",
    # which the answer path rightly checks for). CPU time (time.process_time) leaves out
    # waiting for the disk.
    from sqlalchemy import text

    ratings = [3, 3, 3, 1, 3, 4, 3, 2]
    ref_db = Database(f"sqlite:///{tmp / 'bench-ref.db'}")
    with ref_db.session() as s:
        s.execute(text("CREATE TABLE IF NOT EXISTS bench_ref (id INTEGER PRIMARY KEY, "
                       "n INTEGER)"))
        s.execute(text("INSERT OR REPLACE INTO bench_ref VALUES (1, 0)"))

    def session(database, combined, deck=None, answers=args.answers) -> tuple[dict, int]:
        out = {"wall": [], "cpu": [], "commit": [], "over": []}
        now = NOW
        card = study.next_card(database, 1, deck, now)
        for i in range(answers):
            if card is None:
                break
            t, c = time.perf_counter(), time.process_time()
            rating = ratings[i % len(ratings)]
            if combined is True:
                _res, card = study.answer_and_next(database, 1, card.card_id, rating, now, 4000)
            elif combined == "counts-before":  # the reviewer until now: every deck counted
                _res, card = study.answer_and_next(database, 1, card.card_id, rating, now, 4000,
                                                   deck_id=deck)
                study.deck_counts(database, 1, now)
            elif combined == "counts-after":  # the studied deck's counts, same transaction
                _res, card, _counts = study.answer_next_counts(
                    database, 1, card.card_id, rating, now, 4000, deck_id=deck)
            else:
                study.answer(database, 1, card.card_id, rating, now, 4000)
                card = study.next_card(database, 1, None, now)
            wall, cpu = time.perf_counter() - t, time.process_time() - c
            t = time.perf_counter()
            with ref_db.session() as s:
                s.execute(text("UPDATE bench_ref SET n = n + 1 WHERE id = 1"))
            commit = time.perf_counter() - t
            for k, v in (("wall", wall), ("cpu", cpu), ("commit", commit),
                         ("over", wall - commit)):
                out[k].append(v)
            now += 4000
        return out, now

    def line(name: str, m: dict) -> str:
        p50, p95, c50 = pct(m["wall"], 0.5), pct(m["wall"], 0.95), pct(m["commit"], 0.5)
        return (f"{name} over {len(m['wall'])} answers: p50 {p50 * 1e3:.2f} ms, p95 "
                f"{p95 * 1e3:.2f} ms  [targets 1 / 5 ms]  = {p50 / ref_fsrs:.0f}x one bare fsrs "
                f"review_card call; = {p50 / c50:.1f}x one durable commit timed next to each "
                f"({c50 * 1e3:.2f} ms); beyond that commit p50 {pct(m['over'], 0.5) * 1e3:.2f} ms; "
                f"CPU p50 {pct(m['cpu'], 0.5) * 1e3:.2f} ms")

    separate = None
    if hasattr(study, "answer_and_next"):
        other = Database(f"sqlite:///{copy}")
        separate, _ = session(other, combined=False)
        other.close()
        combined, now = session(db, combined=True)
        print(line("answer + next card (answer_and_next, one transaction)", combined))
        print(line("answer, then next_card (two calls)", separate))
    else:  # an older jpprep
        combined, now = session(db, combined=False)
        print(line("answer, then next_card (two calls)", combined))

    # -- what the learner waits for per answer: the answer, the next card and the status
    # line's counts (without painting). Before: the reviewer counted every deck
    # (deck_counts) after each answer; after: the studied deck's counts in the answer's own
    # transaction (answer_next_counts). All decks, and one subdeck of ten.
    if hasattr(study, "answer_next_counts"):
        n = min(args.answers, 200)
        for label, deck in (("all decks", None), ("one subdeck, JLPT::Part 03", 5)):
            waits = {}
            for how in ("before", "after"):
                which = "all" if deck is None else "deck"
                other = Database(f"sqlite:///{tmp / f'bench-counts-{which}-{how}.db'}")
                waits[how], _ = session(other, f"counts-{how}", deck=deck, answers=n)
                other.close()
            b, a = pct(waits["before"]["wall"], 0.5), pct(waits["after"]["wall"], 0.5)
            print(f"per answer with the status line's counts ({label}): before (answer_and_next "
                  f"+ deck_counts) p50 {b * 1e3:.2f} ms, p95 "
                  f"{pct(waits['before']['wall'], 0.95) * 1e3:.2f} ms; after "
                  f"(answer_next_counts) p50 {a * 1e3:.2f} ms, p95 "
                  f"{pct(waits['after']['wall'], 0.95) * 1e3:.2f} ms, CPU p50 "
                  f"{pct(waits['after']['cpu'], 0.5) * 1e3:.2f} ms  = {b / a:.1f}x less")
    for _ in range(len(combined["wall"])):
        study.undo(db, 1, now)  # (only the last 30 can be undone)

    # -- statistics: first call reads the whole log; later calls add what is new
    from jpprep.services.study import _CACHE

    _CACHE.clear()
    t = time.perf_counter()
    stats.stats_data(db, 1, NOW)
    t_cold = time.perf_counter() - t
    for i in range(5):  # a few answers between two refreshes of the page
        card = study.next_card(db, 1, None, NOW + i)
        if card:
            study.answer(db, 1, card.card_id, 3, NOW + i, 3000)
    t_stats = timed(lambda: stats.stats_data(db, 1, NOW), 3)
    print(f"stats_data (whole profile) first call {t_cold * 1e3:.0f} ms "
          f"= {t_cold / ref_sql_all:.2f}x a plain select of the whole revlog; "
          f"after answers {t_stats * 1e3:.0f} ms  [target 300 ms]")
    stats.stats_data(db, 1, NOW, deck_id=2)
    t_stats_deck = timed(lambda: stats.stats_data(db, 1, NOW, deck_id=2), 3)
    print(f"stats_data (one deck of 10 %) {t_stats_deck * 1e3:.0f} ms")

    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory {rss:.0f} MB  [target 300 MB]")
    db.close()
    ref_db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
