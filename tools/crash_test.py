"""Crash test: kill a studying / importing / backing-up jpprep with SIGKILL at random moments.

    .venv/bin/python tools/crash_test.py --runs 200          # full run (a few minutes)
    .venv/bin/python tools/crash_test.py --runs 20 --seed 1  # what CI runs (tests/store)

A child process opens the database the way the app does and loops over one of:
- answer: study answers through jpprep.services.study.answer (or, if that service is missing,
  a scripted revlog + card_state write), one answer per transaction; after each commit it
  prints the answer's key (card id and time) to stdout and flushes;
- import: whole decks through jpprep.services.importing.import_deck (one transaction each);
- backup: answers mixed with jpprep.services.backup.backup_now.
The parent kills it with SIGKILL at a random moment, then checks: PRAGMA integrity_check is ok,
every answer the child printed is in the review log, every card's progress matches its newest
review (no half answer), every imported deck is complete (no half import), every backup with a
final name is a healthy database. Exit code 0 when every run passed.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

CARDS = 120
IMPORT_NOTES = 150
START_MS = 1_795_000_000_000
MODES = ("answer", "answer", "import", "backup")


# ------------------------------------------------------------------ writers (shared with tests)


def seed(db, cards: int = CARDS) -> tuple[int, list[int]]:
    """A profile and a deck of `cards` cards. Returns (profile id, card ids)."""
    from jpprep.store.models import Card, Deck, Note, Profile

    with db.session() as s:
        p = Profile(name=f"crash-{uuid.uuid4().hex[:6]}", created_ms=START_MS, settings={})
        d = Deck(name=f"Crash::Study {uuid.uuid4().hex[:6]}", created_ms=START_MS,
                 updated_ms=START_MS)
        s.add_all([p, d])
        s.flush()
        ids = []
        for i in range(cards):
            n = Note(deck_id=d.id, guid=f"crash:{d.id}:{i}", expression=f"水{i}", reading="みず",
                     meanings={"en": "water"})
            s.add(n)
            s.flush()
            c = Card(note_id=n.id, deck_id=d.id, kind="recognition", position=i)
            s.add(c)
            s.flush()
            ids.append(c.id)
        return p.id, ids


def scripted_answer(db, profile_id: int, card_id: int, rating: int, now: int,
                    duration_ms: int = 0, uid: str | None = None) -> bool:
    """One answer in one transaction: a revlog row (uid unique: a re-sent answer is stored
    once) and the card's progress. Returns False when `uid` was already stored."""
    from sqlalchemy import select
    from sqlalchemy.exc import IntegrityError

    from jpprep.store.models import CardState, Review

    uid = uid or uuid.uuid4().hex
    try:
        with db.session() as s:
            if s.scalar(select(Review.id).where(Review.uid == uid)) is not None:
                return False
            row = s.get(CardState, (profile_id, card_id), with_for_update=True)
            before = row.state if row else 0
            if row is None:
                row = CardState(profile_id=profile_id, card_id=card_id, state=0, queue=0,
                                reps=0, lapses=0, flag=0, leech=False, due_ms=now)
                s.add(row)
            days = 1 if rating == 1 else (row.reps + 1) * rating
            row.state, row.reps, row.last_review_ms = 2, row.reps + 1, now
            row.lapses += rating == 1
            row.due_ms = now + days * 86_400_000
            row.stability, row.difficulty = float(days), 5.0
            s.add(Review(uid=uid, profile_id=profile_id, card_id=card_id, reviewed_ms=now,
                         rating=rating, duration_ms=duration_ms, state_before=before,
                         state_after=2, stability=float(days), difficulty=5.0, due_ms=row.due_ms))
    except IntegrityError:  # the same uid sent by two clients at once: stored once
        return False
    return True


def _answer_fn():
    try:
        from jpprep.services.study import answer

        return answer
    except ImportError:
        return scripted_answer


# ------------------------------------------------------------------ the child


def child(db_path: Path, mode: str, seed_value: int) -> int:
    from jpprep.store.db import Database

    rng = random.Random(seed_value)
    db = Database(f"sqlite:///{db_path}", backup_dir=db_path.parent / "backups")
    profile_id, cards = seed(db)
    answer = _answer_fn()
    now = START_MS + seed_value * 10_000_000
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        now += 1000
        if mode == "import":
            from jpprep.decks.model import DeckData, NoteData
            from jpprep.services.importing import import_deck

            key = f"{seed_value}-{n}"
            deck = DeckData(id=f"crash-{key}", name=f"Crash::Import {key}",
                            card_types=["recognition", "reading"],
                            notes=[NoteData(id=str(i), expression=f"駅{i}", reading="えき",
                                            meanings={"en": "station"})
                                   for i in range(IMPORT_NOTES)])
            import_deck(db, deck, source="user", now=now, fill_readings=False)
            print(f"I Crash::Import {key}", flush=True)
            continue
        if mode == "backup" and n % 3 == 0:
            from jpprep.services.backup import backup_now

            path = backup_now(db, "crash", now)
            print(f"B {path}", flush=True)
            continue
        card = rng.choice(cards)
        answer(db, profile_id, card, rng.randint(1, 4), now, 3000)
        print(f"A {profile_id} {card} {now}", flush=True)


# ------------------------------------------------------------------ the parent


def _read_lines(stream, out: list[str]) -> None:
    for line in stream:
        out.append(line.rstrip("\n"))


def verify(db_path: Path, lines: list[str]) -> list[str]:
    """What is wrong with the database after a kill ([] = nothing)."""
    from jpprep.store import backup as store

    problems = []
    con = sqlite3.connect(str(db_path))  # opening recovers the WAL, as the app would
    try:
        check = [r[0] for r in con.execute("PRAGMA integrity_check")]
        if check != ["ok"]:
            return [f"integrity_check: {check[:3]}"]
        fk = con.execute("PRAGMA foreign_key_check").fetchall()
        if fk:
            problems.append(f"foreign_key_check: {fk[:3]}")
        for line in lines:
            kind, _, rest = line.partition(" ")
            if kind == "A":
                pid, card, now = map(int, rest.split())
                hit = con.execute("SELECT count(*) FROM revlog WHERE profile_id=? AND card_id=? "
                                  "AND reviewed_ms=?", (pid, card, now)).fetchone()[0]
                if hit != 1:
                    problems.append(f"answer {rest} printed as saved but found {hit} times")
            elif kind == "I":
                if not con.execute("SELECT 1 FROM deck WHERE name=?", (rest,)).fetchone():
                    problems.append(f"import {rest} printed as done but missing")
            elif kind == "B":
                if store.integrity_problems(Path(rest)):
                    problems.append(f"backup {rest} is damaged")
        # no half answer: each card's progress is its newest review
        bad = con.execute("""
            SELECT cs.profile_id, cs.card_id FROM card_state cs
            WHERE cs.last_review_ms IS NOT (SELECT max(r.reviewed_ms) FROM revlog r
                  WHERE r.profile_id = cs.profile_id AND r.card_id = cs.card_id
                  AND r.kind = 'review')""").fetchall()
        if bad:
            problems.append(f"progress without its review (half answer): {bad[:3]}")
        # no half import: every imported deck has all its notes and cards
        for name, notes, cards in con.execute("""
                SELECT d.name, (SELECT count(*) FROM note n WHERE n.deck_id = d.id),
                       (SELECT count(*) FROM card c WHERE c.deck_id = d.id)
                FROM deck d WHERE d.name LIKE 'Crash::Import %'"""):
            if notes != IMPORT_NOTES or cards != 2 * IMPORT_NOTES:
                problems.append(f"half import: {name} has {notes} notes, {cards} cards")
    finally:
        con.close()
    backups = db_path.parent / "backups"
    for b in store.list_backups(backups):
        if store.integrity_problems(b.path, quick=True):
            problems.append(f"backup with a final name is damaged: {b.path.name}")
    return problems


def run_once(db_path: Path, mode: str, rng: random.Random, run: int) -> tuple[list[str], int]:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", mode, "--db", str(db_path),
           "--seed", str(run)]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONUNBUFFERED": "1"})
    lines: list[str] = []
    reader = threading.Thread(target=_read_lines, args=(proc.stdout, lines), daemon=True)
    reader.start()
    early = rng.random() < 0.1  # sometimes kill during start-up (schema check, seeding)
    deadline = time.monotonic() + 20
    while not early and "ready" not in lines and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    time.sleep(rng.uniform(0.0, 0.15 if early else 0.4))
    if proc.poll() is not None:
        err = proc.stderr.read()
        return [f"child ended by itself ({proc.returncode}): {err[-800:]}"], 0
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    reader.join(5)
    proc.stderr.close()
    done = [ln for ln in lines if ln != "ready"]
    return verify(db_path, done), len(done)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=200)
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--dir", type=Path, default=None, help="work folder (default: a temp folder)")
    ap.add_argument("--child", choices=["answer", "import", "backup"], help=argparse.SUPPRESS)
    ap.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        return child(args.db, args.child, args.seed or 0)
    import tempfile

    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.dir or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        db_path = folder / "crash.db"
        failures, committed, started = 0, {}, time.monotonic()
        for run in range(1, args.runs + 1):
            mode = MODES[(run - 1) % len(MODES)]
            problems, n = run_once(db_path, mode, rng, run)
            committed[mode] = committed.get(mode, 0) + n
            if problems:
                failures += 1
                print(f"run {run} ({mode}): FAILED: " + "; ".join(problems[:5]), flush=True)
        took = time.monotonic() - started
        done = ", ".join(f"{m}: {k}" for m, k in committed.items())
        print(f"{args.runs} kills, {failures} failed; committed actions checked ({done}); "
              f"{took:.1f} s")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
