"""A class on one PostgreSQL server: N clients (separate processes, like lab PCs) each answering
M cards at once, against one learner answering M cards on SQLite in the same run.

Prints answers/s and the 95th percentile time per answer for both, and the ratios. Every
review must be stored exactly once (checked). Needs JPPREP_TEST_PG_URL (see .ci/postgres.sh);
without it, it says so and exits 0.

    .venv/bin/python benchmarks/pg_concurrency.py [--clients 30] [--answers 500]
"""

from __future__ import annotations

import argparse
import importlib.util
import multiprocessing as mp
import os
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NOW = 1_795_000_000_000


def _tool():
    spec = importlib.util.spec_from_file_location("crash_test_tool", ROOT / "tools" / "crash_test.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def client(url: str, cards: list[int], name: str, start, out) -> None:
    from jpprep.store.db import Database
    from jpprep.store.models import Profile

    tool = _tool()
    db = Database(url)
    with db.session() as s:
        p = Profile(name=name, created_ms=NOW)
        s.add(p)
        s.flush()
        pid = p.id
    start.wait()
    times = []
    for k, card in enumerate(cards):
        t0 = time.perf_counter()
        ok = tool.scripted_answer(db, pid, card, 1 + k % 4, NOW + k * 1000, uid=f"{name}:{k}")
        times.append(time.perf_counter() - t0)
        assert ok
    db.close()
    out.put(times)


def run(url: str, clients: int, answers: int) -> tuple[float, float, int]:
    """(answers per second over all clients, p95 seconds per answer, reviews stored)."""
    from sqlalchemy import func, select

    from jpprep.store.db import Database
    from jpprep.store.models import Review

    db = Database(url)
    _, cards = _tool().seed(db, cards=answers)
    db.close()
    ctx = mp.get_context("spawn")
    start, out = ctx.Event(), ctx.Queue()
    procs = [ctx.Process(target=client, args=(url, cards, f"c{i}", start, out)) for i in range(clients)]
    for p in procs:
        p.start()
    time.sleep(1.0 + 0.1 * clients)  # let every client connect before the clock starts
    t0 = time.perf_counter()
    start.set()
    times = [t for _ in procs for t in out.get(timeout=600)]
    wall = time.perf_counter() - t0
    for p in procs:
        p.join()
    db = Database(url)
    with db.session() as s:
        stored = s.scalar(select(func.count(func.distinct(Review.uid))))
    db.close()
    p95 = statistics.quantiles(times, n=20)[18]
    return len(times) / wall, p95, stored


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--clients", type=int, default=30)
    ap.add_argument("--answers", type=int, default=500)
    args = ap.parse_args()
    pg = os.environ.get("JPPREP_TEST_PG_URL")
    if not pg:
        print("skipped: set JPPREP_TEST_PG_URL (. .ci/postgres.sh && setup_postgres)")
        return 0
    sys.path.insert(0, str(ROOT))
    from sqlalchemy import create_engine, text

    with tempfile.TemporaryDirectory() as tmp:
        lite_rate, lite_p95, lite_n = run(f"sqlite:///{Path(tmp) / 'one.db'}", 1, args.answers)
    schema = f"bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(pg)
    with admin.begin() as c:
        c.execute(text(f"CREATE SCHEMA {schema}"))
    try:
        sep = "&" if "?" in pg else "?"
        rate, p95, n = run(f"{pg}{sep}options=-csearch_path%3D{schema}", args.clients, args.answers)
    finally:
        with admin.begin() as c:
            c.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()
    expected = args.clients * args.answers
    print(f"SQLite, 1 client x {args.answers}:    {lite_rate:8.1f} answers/s, p95 {lite_p95 * 1000:6.1f} ms"
          f"  ({lite_n} stored)")
    print(f"PostgreSQL, {args.clients} clients x {args.answers}: {rate:8.1f} answers/s, "
          f"p95 {p95 * 1000:6.1f} ms  ({n} of {expected} stored once)")
    print(f"ratio PostgreSQL/SQLite: throughput {rate / lite_rate:.2f}x, p95 latency {p95 / lite_p95:.2f}x")
    return 0 if n == expected and lite_n == args.answers else 1


if __name__ == "__main__":
    raise SystemExit(main())
