"""A class on one PostgreSQL server: N clients (separate processes, like lab PCs) each answering
M cards at once through jpprep.services.study.answer (with a review uid, as the reviewer sends
it), against one learner answering M cards on SQLite in the same run.

Prints answers/s and the 95th percentile time per answer, the ratios to SQLite, and where the
time goes:
- statements, BEGIN and COMMIT per answer and the round trips they take (statements sent
  together in a psycopg pipeline are one), counted on the driver;
- client CPU per answer (time.process_time in each client) against wall time per answer;
- what the server's backends were doing, sampled from pg_stat_activity during the run:
  running, waiting for a lock, waiting on I/O (WAL flush), or waiting for the client (between
  statements of a transaction, or between transactions);
- the same 30 clients paced like a class (--pace seconds between answers, default 1 s: a fast
  student needs 3-10 s per card) instead of all answering flat out;
- fewer clients (--few, default 10), flat out and paced, where less of the time is waiting for
  a CPU core, so the cost of an answer itself shows.

Every review must be stored exactly once (checked). Needs JPPREP_TEST_PG_URL (see
.ci/postgres.sh); without it, it says so and exits 0. All clients share the machine with the
server here; in a lab each PC has its own CPU.

    .venv/bin/python benchmarks/pg_concurrency.py [--clients 30] [--answers 500] [--pace 1.0]
                                                  [--paced-answers 40] [--few 10]
                                                  [--mode answer|scripted]
"""

from __future__ import annotations

import argparse
import collections
import importlib.util
import multiprocessing as mp
import os
import random
import statistics
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NOW = 1_795_000_000_000
APP = "jpprep-bench"


def _tool():
    spec = importlib.util.spec_from_file_location("crash_test_tool", ROOT / "tools" / "crash_test.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _answer_fn(mode: str):
    if mode == "scripted":  # the first version of this benchmark: a hand-written answer
        return _tool().scripted_answer
    from jpprep.services import study

    def answer(db, pid, card, rating, now, uid):
        study.answer(db, pid, card, rating, now, 1000, review_uid=uid)
        return True
    return answer


def _count_round_trips():
    """Count statements, BEGIN/COMMIT and round trips to the server through psycopg in this
    process (statements sent together in a pipeline are one round trip)."""
    import contextlib

    import psycopg

    counts = collections.Counter()
    execute, command = psycopg.Cursor.execute, psycopg.Connection._exec_command
    pipeline = psycopg.Connection.pipeline

    def alone(conn) -> bool:
        return getattr(conn, "_pipeline", None) is None

    def counted_execute(self, *a, **k):
        counts["statements"] += 1
        counts["round trips"] += alone(self.connection)
        return execute(self, *a, **k)

    def counted_command(self, *a, **k):
        counts["commands"] += 1
        counts["round trips"] += alone(self)
        return command(self, *a, **k)

    @contextlib.contextmanager
    def counted_pipeline(self, *a, **k):
        counts["round trips"] += alone(self)
        with pipeline(self, *a, **k) as p:
            yield p

    psycopg.Cursor.execute = counted_execute
    psycopg.Connection._exec_command = counted_command
    psycopg.Connection.pipeline = counted_pipeline
    return counts


def _run_queue_s() -> float:
    """Seconds this process spent runnable but waiting for a CPU (Linux schedstat; else 0)."""
    try:
        return int(Path("/proc/self/schedstat").read_text().split()[1]) / 1e9
    except (OSError, IndexError, ValueError):
        return 0.0


def client(url, cards, name, start, out, mode, pace, seed, count) -> None:
    from jpprep.store.db import Database
    from jpprep.store.models import Profile

    answer = _answer_fn(mode)
    counts = _count_round_trips() if count else None
    db = Database(url)
    with db.session() as s:
        p = Profile(name=name, created_ms=NOW)
        s.add(p)
        s.flush()
        pid = p.id
    rng = random.Random(seed)
    start.wait()
    if pace:
        time.sleep(rng.uniform(0, pace))  # students do not press in step
    if counts is not None:
        counts.clear()
    times, cpu = [], 0.0
    queued = _run_queue_s()
    for k, card in enumerate(cards):
        c0, t0 = time.process_time(), time.perf_counter()
        ok = answer(db, pid, card, 1 + k % 4, NOW + k * 1000, f"{name}:{k}")
        times.append(time.perf_counter() - t0)
        cpu += time.process_time() - c0
        assert ok
        if pace:
            time.sleep(max(0.0, rng.uniform(0.5, 1.5) * pace - times[-1]))
    queued = _run_queue_s() - queued
    db.close()
    out.put((times, cpu, dict(counts or {}), queued))


class Sampler(threading.Thread):
    """What the benchmark's backends are doing, every 20 ms (pg_stat_activity)."""

    def __init__(self, admin_url: str) -> None:
        super().__init__(daemon=True)
        from sqlalchemy import create_engine

        self.engine = create_engine(admin_url)
        self.seen = collections.Counter()
        self.stop = threading.Event()

    def run(self) -> None:
        from sqlalchemy import text

        q = text("SELECT state, wait_event_type, wait_event FROM pg_stat_activity "
                 "WHERE application_name = :a")
        with self.engine.connect() as c:
            while not self.stop.is_set():
                for state, wtype, wevent in c.execute(q, {"a": APP}):
                    if state == "active" and wtype == "Client":  # reading a pipeline
                        key = "waiting for the client inside a transaction"
                    elif state == "active":
                        key = {None: "running on the server", "Lock": "waiting for a row lock",
                               "IO": f"waiting on I/O ({wevent})",
                               "LWLock": f"waiting on {wevent}"}.get(wtype, f"{wtype}/{wevent}")
                    elif state == "idle in transaction":
                        key = "waiting for the client inside a transaction"
                    else:
                        key = "waiting for the client between answers"
                    self.seen[key] += 1
                c.rollback()
                time.sleep(0.02)
        self.engine.dispose()


def run(url: str, clients: int, answers: int, *, mode: str = "answer", pace: float = 0.0,
        count: bool = False, admin_url: str | None = None) -> dict:
    from sqlalchemy import func, select

    from jpprep.store.db import Database
    from jpprep.store.models import Review

    db = Database(url)
    _, cards = _tool().seed(db, cards=answers)
    db.close()
    ctx = mp.get_context("spawn")
    start, out = ctx.Event(), ctx.Queue()
    procs = [ctx.Process(target=client, args=(url, cards, f"c{i}-{uuid.uuid4().hex[:4]}", start,
                                              out, mode, pace, i, count))
             for i in range(clients)]
    for p in procs:
        p.start()
    time.sleep(1.0 + 0.1 * clients)  # let every client connect before the clock starts
    sampler = Sampler(admin_url) if admin_url else None
    if sampler:
        sampler.start()
    t0 = time.perf_counter()
    start.set()
    results = [out.get(timeout=1200) for _ in procs]
    wall = time.perf_counter() - t0
    if sampler:
        sampler.stop.set()
        sampler.join()
    for p in procs:
        p.join()
    times = [t for r in results for t in r[0]]
    cpu = sum(r[1] for r in results)
    queued = sum(r[3] for r in results)
    trips = collections.Counter()
    for r in results:
        trips.update(r[2])
    db = Database(url)
    with db.session() as s:
        stored = s.scalar(select(func.count(func.distinct(Review.uid))))
    db.close()
    return {"rate": len(times) / wall, "p95": statistics.quantiles(times, n=20)[18],
            "mean": statistics.fmean(times), "stored": stored, "cpu": cpu / len(times),
            "trips": {k: v / len(times) for k, v in trips.items()},
            "queued": queued / len(times), "wall": wall, "n": len(times), "clients": clients,
            "waits": sampler.seen if sampler else None}


def _schema_url(pg: str, schema: str) -> str:
    sep = "&" if "?" in pg else "?"
    return f"{pg}{sep}options=-csearch_path%3D{schema}&application_name={APP}"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--clients", type=int, default=30)
    ap.add_argument("--answers", type=int, default=500)
    ap.add_argument("--pace", type=float, default=1.0, help="seconds between a client's answers "
                    "in the paced run (0: no paced run)")
    ap.add_argument("--paced-answers", type=int, default=30)
    ap.add_argument("--few", type=int, default=10, help="fewer clients, flat out and paced, so "
                    "the cost per answer shows with less waiting for a core (0: not run)")
    ap.add_argument("--mode", choices=["answer", "scripted"], default="answer")
    args = ap.parse_args()
    pg = os.environ.get("JPPREP_TEST_PG_URL")
    if not pg:
        print("skipped: set JPPREP_TEST_PG_URL (. .ci/postgres.sh && setup_postgres)")
        return 0
    sys.path.insert(0, str(ROOT))
    from sqlalchemy import create_engine, text

    with tempfile.TemporaryDirectory() as tmp:
        lite = run(f"sqlite:///{Path(tmp) / 'one.db'}", 1, args.answers, mode=args.mode)
    admin = create_engine(pg)
    schemas = []

    def fresh() -> str:
        schema = f"bench_{uuid.uuid4().hex[:10]}"
        with admin.begin() as c:
            c.execute(text(f"CREATE SCHEMA {schema}"))
        schemas.append(schema)
        return _schema_url(pg, schema)

    try:
        one = run(fresh(), 1, min(args.answers, 200), mode=args.mode, count=True)
        many = run(fresh(), args.clients, args.answers, mode=args.mode, admin_url=pg)
        paced = (run(fresh(), args.clients, args.paced_answers, mode=args.mode, pace=args.pace,
                     count=True) if args.pace > 0 else None)
        few = few_paced = None
        if args.few:
            few = run(fresh(), args.few, args.answers, mode=args.mode, count=True)
            few_paced = (run(fresh(), args.few, args.paced_answers, mode=args.mode,
                             pace=args.pace, count=True) if args.pace > 0 else None)
    finally:
        with admin.begin() as c:
            for schema in schemas:
                c.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()
    expected = args.clients * args.answers
    ms = 1000
    print(f"answer path: {args.mode}; {os.cpu_count()} cores; load before: "
          f"{open('/proc/loadavg').read().split()[0] if Path('/proc/loadavg').exists() else '?'}")
    print(f"SQLite, 1 client x {args.answers}:       {lite['rate']:8.1f} answers/s, "
          f"p95 {lite['p95'] * ms:6.1f} ms  ({lite['stored']} stored)")
    print(f"PostgreSQL, 1 client x {min(args.answers, 200)}:   {one['rate']:8.1f} answers/s, "
          f"p95 {one['p95'] * ms:6.1f} ms, client CPU {one['cpu'] * ms:.1f} ms/answer, "
          f"{one['trips'].get('statements', 0):.1f} statements + "
          f"{one['trips'].get('commands', 0):.1f} BEGIN/COMMIT in "
          f"{one['trips'].get('round trips', 0):.1f} round trips per answer")
    print(f"PostgreSQL, {args.clients} clients x {args.answers}: {many['rate']:8.1f} answers/s, "
          f"p95 {many['p95'] * ms:6.1f} ms, mean {many['mean'] * ms:.1f} ms, client CPU "
          f"{many['cpu'] * ms:.1f} ms/answer  ({many['stored']} of {expected} stored once)")
    waits = many["waits"] or {}
    total = sum(waits.values()) or 1
    print("  the server's backends meanwhile: " + "; ".join(
        f"{k} {v / total:.0%}" for k, v in waits.most_common()))
    # backend-time per answer by what it was doing (share of samples x clients x wall / answers)
    per = {k: v / total * many["clients"] * many["wall"] / many["n"] * ms for k, v in waits.items()}
    on_server = sum(v for k, v in per.items() if not k.startswith("waiting for the client")
                    and k != "waiting for a row lock")
    print(f"  per answer: {on_server:.1f} ms on the server (running or writing WAL), "
          f"{per.get('waiting for a row lock', 0):.1f} ms waiting for row locks, "
          f"{many['cpu'] * ms:.1f} ms client CPU, {many['queued'] * ms:.1f} ms the client "
          f"waited for a CPU core (run queue), of {many['mean'] * ms:.1f} ms")
    print(f"ratio PostgreSQL ({args.clients} clients)/SQLite (1 client): throughput "
          f"{many['rate'] / lite['rate']:.2f}x, p95 latency {many['p95'] / lite['p95']:.2f}x")
    ok = many["stored"] == expected and lite["stored"] == args.answers
    for r, n_answers, how in ((paced, args.paced_answers, f"paced at one answer per "
                                                         f"~{args.pace:g} s"),
                              (few, args.answers, "flat out"),
                              (few_paced, args.paced_answers, f"paced at one answer per "
                                                              f"~{args.pace:g} s")):
        if r is None:
            continue
        print(f"PostgreSQL, {r['clients']} clients {how} x {n_answers}: {r['rate']:6.1f} "
              f"answers/s, p95 {r['p95'] * ms:6.1f} ms, mean {r['mean'] * ms:.1f} ms, of which "
              f"client CPU {r['cpu'] * ms:.1f} ms and waiting for a core {r['queued'] * ms:.1f} "
              f"ms; {r['trips'].get('round trips', 0):.1f} round trips per answer  "
              f"(p95 ratio to SQLite 1 client {r['p95'] / lite['p95']:.2f}x; "
              f"{r['stored']} of {r['clients'] * n_answers} stored once)")
        ok = ok and r["stored"] == r["clients"] * n_answers
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
