"""Numbers for the statistics page, for a whole profile or one deck (with its subdecks).

The review log is summed per (profile, deck, learner day) in the table `stats_day` (schema
0003), so a fresh process reads a few thousand summary rows instead of the whole log. The
summary is a cache, never the truth, and it is never trusted blindly:

* Database triggers note every review-log row inserted, updated or deleted (undo, import of
  Anki history with old times, a card or deck deleted, another process or a lab server) and
  every card moved to another deck in `stats_dirty` (profile, card, time), from any writer.
* Each call first re-sums, straight from revlog, the days of those noted rows; when a noted row
  is (or was) the card's first answer, every day of that card too (its reviews' ages change).
  Re-summing a day replaces its rows, so it can run twice (two threads, two processes) safely.
* The summary is rebuilt whole when `stats_meta` says it was made with another day offset
  (day-start hour or UTC offset changed, daylight saving), another format (STATS_VERSION), or
  when more than FULL_REBUILD_DAYS days are noted; and when the triggers are missing (a
  database made by create_all, e.g. an exported backup) they are made again and every summary
  is forgotten.

Cards by state, the forecast and retrievability come from card_state at every call, in SQL
(power() in SQLite >= 3.35 and PostgreSQL; numpy otherwise), never from Card objects.

Days are learner days (jpprep.srs.days): the offset in force *now* is used for the whole
history, so a daylight-saving change may move an old late-night review by one day.
"""

from __future__ import annotations

import threading
import weakref
from dataclasses import dataclass, field

from sqlalchemy import text

from jpprep.services.study import _Ctx, streak

DAY = 86_400_000
STATS_VERSION = 1  # format of stats_day; another value rebuilds
FULL_REBUILD_DAYS = 40  # more noted days than this: re-sum the whole log at once
NUMPY_FROM = 50_000  # review rows: a whole log longer than this is summed with numpy
# (min days, max days or None, English label for the CLI; the UI words it from the numbers)
AGE_BUCKETS = [(0, 7, "< 1 week"), (7, 30, "1-4 weeks"), (30, 90, "1-3 months"),
               (90, 365, "3-12 months"), (365, None, "> 1 year")]
_AGE_BOUNDS = [lo * DAY for lo, _hi, _l in AGE_BUCKETS[1:]]
_SUMS = ("answers", "duration_ms", "reviews", "passed") + tuple(
    f"age{i}_{k}" for i in range(len(AGE_BUCKETS)) for k in ("reviews", "passed"))


@dataclass
class RetentionRow:
    label: str  # "2026-03" or "1-4 weeks" (English; the UI words it from the fields below)
    passed: int
    total: int
    month: str | None = None  # ISO "2026-03" for a month row
    min_days: int | None = None  # card age rows: age >= min_days ...
    max_days: int | None = None  # ... and < max_days (None: no upper end)

    @property
    def rate(self) -> float | None:
        return self.passed / self.total if self.total else None


@dataclass
class StatsData:
    deck_id: int | None
    today: str  # ISO date of the learner's today
    heatmap: list[tuple[str, int]]  # 365 (ISO date, answers), oldest first, ends today
    forecast: list[int]  # reviews due on each of the next 30 days; [0] includes overdue
    retention_by_month: list[RetentionRow]  # last 12 months, oldest first
    retention_by_age: list[RetentionRow]
    cards_by_state: dict[str, int]  # new, learning, young, mature, relearning, suspended, buried
    studied_ms_today: int
    studied_ms_week: int
    studied_ms_total: int
    reviews_total: int
    streak_days: int
    longest_streak: int
    average_retention: float | None  # mean retrievability of cards already learnt
    studied_ms_per_day: list[int] = field(default_factory=list)  # same days as heatmap


def _ids(ids) -> str:
    return ",".join(str(int(x)) for x in ids) or "NULL"


def _deck_filter(ctx: _Ctx, deck_id: int | None, alias: str) -> str:
    if deck_id is None:
        return ""
    return (f" AND {alias}.card_id IN (SELECT id FROM card WHERE deck_id IN "
            f"({_ids(ctx.subtree(deck_id))}))")


# ---------------------------------------------------------------- summing review rows


def _age_bucket(age_ms: int) -> int:
    i = 0
    while i < len(_AGE_BOUNDS) and age_ms >= _AGE_BOUNDS[i]:
        i += 1
    return i


def sum_rows(rows, off: int) -> dict[tuple[int, int], list[int]]:
    """rows: (deck_id, reviewed_ms, rating, state_before, duration_ms, first answer ms of the
    card). Returns {(deck_id, day): [values in _SUMS order]}. Plain Python (a few days)."""
    out: dict[tuple[int, int], list[int]] = {}
    for deck, ms, rating, before, dur, first in rows:
        v = out.get((deck, (ms + off) // DAY))
        if v is None:
            v = out[(deck, (ms + off) // DAY)] = [0] * len(_SUMS)
        v[0] += 1
        v[1] += int(dur or 0)
        if before == 2:
            ok = 1 if rating > 1 else 0
            v[2] += 1
            v[3] += ok
            b = 4 + 2 * _age_bucket(ms - first)
            v[b] += 1
            v[b + 1] += ok
    return out


def _sum_all_numpy(cards, rows, off: int) -> dict[tuple[int, int], list[int]]:
    """The same as sum_rows for the whole log: cards (id, deck_id), rows (card_id,
    reviewed_ms, rating, state_before, duration_ms)."""
    import numpy as np

    if not len(rows):
        return {}
    a = rows if isinstance(rows, np.ndarray) else np.array(rows, dtype=np.int64).reshape(-1, 5)
    c = cards if isinstance(cards, np.ndarray) else np.array(cards, dtype=np.int64).reshape(-1, 2)
    size = int(max(a[:, 0].max(), c[:, 0].max() if len(c) else 0)) + 1
    deck_of = np.zeros(size, dtype=np.int64)
    deck_of[c[:, 0]] = c[:, 1]
    first = np.full(size, np.iinfo(np.int64).max, dtype=np.int64)
    order = np.lexsort((a[:, 1], a[:, 0]))  # by card, then time
    by_card = a[order, 0]
    starts = np.r_[True, by_card[1:] != by_card[:-1]]
    first[by_card[starts]] = a[order, 1][starts]
    day = np.floor_divide(a[:, 1] + off, DAY)
    lo = int(day.min())
    span = int(day.max()) - lo + 1
    keys, inv = np.unique(deck_of[a[:, 0]] * span + (day - lo), return_inverse=True)
    inv = inv.reshape(-1)
    n = len(keys)
    review = a[:, 3] == 2
    ok = review & (a[:, 2] > 1)
    bucket = np.searchsorted(np.array(_AGE_BOUNDS, dtype=np.int64), a[:, 1] - first[a[:, 0]],
                             side="right")
    cols = [np.bincount(inv, minlength=n), np.bincount(inv, weights=a[:, 4], minlength=n),
            np.bincount(inv, weights=review, minlength=n),
            np.bincount(inv, weights=ok, minlength=n)]
    for b in range(len(AGE_BUCKETS)):
        cols.append(np.bincount(inv, weights=review & (bucket == b), minlength=n))
        cols.append(np.bincount(inv, weights=ok & (bucket == b), minlength=n))
    table = np.stack(cols, axis=1).round().astype(np.int64)
    return {(k // span, k % span + lo): row for k, row in zip(keys.tolist(), table.tolist())}


# ---------------------------------------------------------------- keeping stats_day right

_LOCK = threading.Lock()
_LOCKS: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()
_TRIGGERS_OK: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()
_TRIGGER_NAMES = ("stats_card_moved", "stats_revlog_delete", "stats_revlog_insert",
                  "stats_revlog_update")
_PG_FUNCTIONS = ("stats_note_new", "stats_note_old", "stats_note_both", "stats_note_moved")


def _engine_lock(s) -> threading.Lock:
    engine = s.get_bind()
    with _LOCK:
        lock = _LOCKS.get(engine)
        if lock is None:
            lock = _LOCKS[engine] = threading.Lock()
        return lock


def _summary_usable(s) -> bool:
    """True when the database notes review-log changes (its triggers exist). A database
    without them gets them again and forgets every summary (changes may have been missed).
    False on a database kind without triggers here: the log is then summed at every call."""
    engine = s.get_bind()
    if _TRIGGERS_OK.get(engine):
        return True
    from jpprep.store.models import STATS_TRIGGERS

    dialect = engine.dialect.name
    if dialect not in STATS_TRIGGERS:
        return False
    if dialect == "sqlite":
        found = s.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                               "AND name LIKE 'stats%'")).scalars().all()
    else:
        found = s.execute(text(
            "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal AND tgrelid IN "
            "(to_regclass('revlog'), to_regclass('card'))")).scalars().all()
    if sorted(n for n in found if n.startswith("stats_")) != list(_TRIGGER_NAMES):
        for name in _TRIGGER_NAMES:
            on = "" if dialect == "sqlite" else (" ON card" if "card" in name else " ON revlog")
            s.execute(text(f"DROP TRIGGER IF EXISTS {name}{on}"))
        if dialect == "postgresql":
            for fn in _PG_FUNCTIONS:
                s.execute(text(f"DROP FUNCTION IF EXISTS {fn}()"))
        for sql in STATS_TRIGGERS[dialect]:
            s.execute(text(sql.replace(":", r"\:")))
        s.execute(text("DELETE FROM stats_meta"))
        s.execute(text("DELETE FROM stats_dirty"))
        s.flush()
    _TRIGGERS_OK[engine] = True
    return True


def _pg_lock(s, profile_id: int) -> None:
    """PostgreSQL: one refresh of a profile's summary at a time (two would insert the same
    day rows). SQLite serialises writers itself."""
    if s.get_bind().dialect.name == "postgresql":
        s.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": 7_245_030_000_000 + profile_id})


def _review_rows_for_days(s, profile_id: int, days: list[int], off: int) -> list[tuple]:
    """(deck, ms, rating, state_before, duration, card's first answer) of the given days."""
    out = []
    runs: list[list[int]] = []
    for d in sorted(days):
        if runs and d == runs[-1][1] + 1:
            runs[-1][1] = d
        else:
            runs.append([d, d])
    q = text(
        "SELECT c.deck_id, r.reviewed_ms, r.rating, r.state_before, r.duration_ms, "
        "(SELECT MIN(r2.reviewed_ms) FROM revlog r2 WHERE r2.card_id = r.card_id "
        "AND +r2.profile_id = :p AND r2.kind = 'review') "
        "FROM revlog r JOIN card c ON c.id = r.card_id WHERE r.profile_id = :p "
        "AND r.reviewed_ms >= :lo AND r.reviewed_ms < :hi AND r.kind = 'review'")
    for lo, hi in runs:
        out.extend(tuple(r) for r in s.execute(
            q, {"p": profile_id, "lo": lo * DAY - off, "hi": (hi + 1) * DAY - off}))
    return out


def _write_days(s, profile_id: int, sums: dict, days=None) -> None:
    """Replace the rows of `days` (None: every day) with `sums`."""
    if days is None:
        s.execute(text("DELETE FROM stats_day WHERE profile_id = :p"), {"p": profile_id})
    else:
        days = sorted(days)
        for i in range(0, len(days), 500):
            s.execute(text(f"DELETE FROM stats_day WHERE profile_id = :p AND day IN "
                           f"({_ids(days[i:i + 500])})"), {"p": profile_id})
    if sums:
        cols = ", ".join(_SUMS)
        marks = ", ".join(f":{c}" for c in _SUMS)
        s.execute(text(f"INSERT INTO stats_day (profile_id, deck_id, day, {cols}) "
                       f"VALUES (:p, :d, :day, {marks})"),
                  [dict(zip(_SUMS, v), p=profile_id, d=deck, day=day)
                   for (deck, day), v in sums.items()])


def _rebuild(s, profile_id: int, off: int, now: int, dirty_ids: list[int]) -> None:
    """Sum the profile's whole review log again."""
    _write_days(s, profile_id, _sum_whole_log(s, profile_id, off))
    s.execute(text("DELETE FROM stats_meta WHERE profile_id = :p"), {"p": profile_id})
    s.execute(text("INSERT INTO stats_meta (profile_id, version, day_offset_ms, built_ms) "
                   "VALUES (:p, :v, :off, :now)"),
              {"p": profile_id, "v": STATS_VERSION, "off": off, "now": now})
    _forget_dirty(s, dirty_ids)
    # rows noted while a profile was being deleted (stats_dirty has no foreign key)
    s.execute(text("DELETE FROM stats_dirty WHERE profile_id NOT IN (SELECT id FROM profile)"))


def _fetch_array(s, sql: str, params: tuple, width: int):
    """An int64 array of a query's rows, read through the driver's cursor (SQLAlchemy rows
    cost seconds at half a million rows). sql uses ? for parameters."""
    import itertools

    import numpy as np

    if s.get_bind().dialect.name != "sqlite":
        sql = sql.replace("?", "%s")
    cur = s.connection().connection.cursor()
    try:
        cur.execute(sql, params)
        parts = []
        while True:
            chunk = cur.fetchmany(100_000)
            if not chunk:
                break
            flat = np.fromiter(itertools.chain.from_iterable(chunk), dtype=np.int64,
                               count=len(chunk) * width)
            parts.append(flat.reshape(-1, width))
    finally:
        cur.close()
    return np.concatenate(parts) if parts else np.zeros((0, width), dtype=np.int64)


def _whole_log(s, profile_id: int):
    """(cards: id, deck_id) and the profile's review rows (card_id, reviewed_ms, rating,
    state_before, duration_ms) as int64 arrays. SQLite walks the table (one profile is the
    usual case there); a server uses its index."""
    scan = "+profile_id" if s.get_bind().dialect.name == "sqlite" else "profile_id"
    cards = _fetch_array(s, "SELECT id, deck_id FROM card", (), 2)
    rows = _fetch_array(s, "SELECT card_id, reviewed_ms, rating, state_before, "
                        f"COALESCE(duration_ms, 0) FROM revlog WHERE {scan} = ? "
                        "AND kind = 'review'", (profile_id,), 5)
    return cards, rows


def _sum_whole_log(s, profile_id: int, off: int) -> dict[tuple[int, int], list[int]]:
    """sum_rows over the profile's whole review log. A log of up to NUMPY_FROM rows (a year
    of daily study) is summed in plain Python: importing numpy costs more than that (0.3 s on
    a quiet laptop, seconds while other threads hold the interpreter at start-up), and this
    runs when a Progress page opens on a summary not made yet (a profile's first visit, a new
    day-start hour). Beyond that, numpy."""
    n = s.execute(text("SELECT COUNT(*) FROM (SELECT 1 FROM revlog WHERE profile_id = :p "
                       "AND kind = 'review' LIMIT :n) AS x"),
                  {"p": profile_id, "n": NUMPY_FROM + 1}).scalar()
    if n > NUMPY_FROM:
        return _sum_all_numpy(*_whole_log(s, profile_id), off)
    rows = s.execute(text(
        "SELECT COALESCE(c.deck_id, 0), r.card_id, r.reviewed_ms, r.rating, r.state_before, "
        "COALESCE(r.duration_ms, 0) FROM revlog r LEFT JOIN card c ON c.id = r.card_id "
        "WHERE r.profile_id = :p AND r.kind = 'review'"), {"p": profile_id}).all()
    first: dict[int, int] = {}
    for _deck, card, ms, *_rest in rows:
        if ms < first.get(card, ms + 1):
            first[card] = ms
    return sum_rows(((deck, ms, rating, before, dur, first[card])
                     for deck, card, ms, rating, before, dur in rows), off)


def _forget_dirty(s, ids: list[int]) -> None:
    for i in range(0, len(ids), 500):
        s.execute(text(f"DELETE FROM stats_dirty WHERE id IN ({_ids(ids[i:i + 500])})"))


def refresh_summary(s, profile_id: int, off: int, now: int) -> bool:
    """Bring the profile's stats_day up to date with revlog. False when this database cannot
    keep a summary (then the caller sums the log itself)."""
    if not _summary_usable(s):
        return False
    meta = s.execute(text("SELECT version, day_offset_ms FROM stats_meta WHERE profile_id = :p"),
                     {"p": profile_id}).first()
    if meta is None and s.get_bind().dialect.name == "postgresql":
        # from here on every answer is noted; the lock waits for answers being written now
        _pg_lock(s, profile_id)
        s.execute(text("LOCK TABLE revlog IN SHARE MODE"))
    dirty = s.execute(text("SELECT id, card_id, reviewed_ms FROM stats_dirty "
                           "WHERE profile_id = :p"), {"p": profile_id}).all()
    ids = [r[0] for r in dirty]
    if meta is None or meta[0] != STATS_VERSION or meta[1] != off:
        _pg_lock(s, profile_id)
        _rebuild(s, profile_id, off, now, ids)
        return True
    if not dirty:
        return True
    days = {(ms + off) // DAY for _i, _c, ms in dirty}
    if len(days) > FULL_REBUILD_DAYS:  # e.g. a history import: no need to look at each card
        _pg_lock(s, profile_id)
        _rebuild(s, profile_id, off, now, ids)
        return True
    cards = sorted({c for _i, c, _ms in dirty})
    first: dict[int, int] = {}
    whole: set[int] = set()
    for i in range(0, len(cards), 500):
        first.update(s.execute(text(
            "SELECT card_id, MIN(reviewed_ms) FROM revlog WHERE card_id IN "
            f"({_ids(cards[i:i + 500])}) AND +profile_id = :p AND kind = 'review' "
            "GROUP BY card_id"), {"p": profile_id}).all())
    for _i, c, ms in dirty:
        if c not in first or ms <= first[c]:  # the card's first answer moved: all its ages
            whole.add(c)
    whole_list = sorted(c for c in whole if c in first)
    for i in range(0, len(whole_list), 500):
        days.update((ms + off) // DAY for (ms,) in s.execute(text(
            "SELECT reviewed_ms FROM revlog WHERE card_id IN "
            f"({_ids(whole_list[i:i + 500])}) AND +profile_id = :p AND kind = 'review'"),
            {"p": profile_id}))
    _pg_lock(s, profile_id)
    if len(days) > FULL_REBUILD_DAYS:
        _rebuild(s, profile_id, off, now, ids)
        return True
    sums = sum_rows(_review_rows_for_days(s, profile_id, sorted(days), off), off)
    _write_days(s, profile_id, sums, days)
    _forget_dirty(s, ids)
    return True


def _day_sums(s, ctx: _Ctx, deck_id: int | None, off: int, now: int,
              use_summary: bool = True) -> dict[int, list[int]]:
    """{day: [values in _SUMS order]} for the profile or one deck subtree."""
    p = ctx.profile_id
    kept = False
    if use_summary:
        with _engine_lock(s):
            kept = refresh_summary(s, p, off, now)
    decks = None if deck_id is None else set(ctx.subtree(deck_id))
    out: dict[int, list[int]] = {}
    if not kept:  # no triggers on this kind of database: sum the log now
        for (deck, day), v in _sum_whole_log(s, p, off).items():
            if decks is None or deck in decks:
                acc = out.setdefault(day, [0] * len(_SUMS))
                for i, x in enumerate(v):
                    acc[i] += x
        return out
    flt = "" if decks is None else f" AND deck_id IN ({_ids(decks)})"
    sums = ", ".join(f"SUM({c})" for c in _SUMS)
    for row in s.execute(text(f"SELECT day, {sums} FROM stats_day WHERE profile_id = :p{flt} "
                              "GROUP BY day"), {"p": p}):
        out[int(row[0])] = [int(x or 0) for x in row[1:]]
    return out


# ---------------------------------------------------------------- cards (card_state)


DECAY = -0.1542  # FSRS-6 default w20: one curve to summarise cards of every preset
_LEARNT = ("cs.state IN (1, 2, 3) AND cs.stability IS NOT NULL "
           "AND cs.last_review_ms IS NOT NULL")


def _scan(s) -> str:
    """The profile column for a query over most of a profile's rows: SQLite reads the table in
    order ("+" keeps it off the index, which costs a random look-up per row: 68 instead of
    150 ms at 80,000 cards); a server's planner chooses itself."""
    return "+cs.profile_id" if s.get_bind().dialect.name == "sqlite" else "cs.profile_id"


def _card_counts(s, profile_id: int, cf: str, today: int, off: int):
    """Rows (state, queue, mature, cards, sum of R of learnt cards, learnt cards) in one pass
    over card_state, or None where the database has no power() (old SQLite)."""
    from sqlalchemy.exc import OperationalError

    factor = 0.9 ** (1 / DECAY) - 1
    elapsed = "(:today - (cs.last_review_ms + :off) / 86400000)"
    sql = (f"SELECT cs.state, cs.queue, CASE WHEN cs.stability >= 21 THEN 1 ELSE 0 END, "
           f"COUNT(*), SUM(CASE WHEN {_LEARNT} THEN power(1.0 + :factor * (CASE WHEN "
           f"{elapsed} > 0 THEN {elapsed} ELSE 0 END) / cs.stability, :decay) END), "
           f"SUM(CASE WHEN {_LEARNT} THEN 1 ELSE 0 END) "
           f"FROM card_state cs WHERE {_scan(s)} = :p{cf} GROUP BY 1, 2, 3")
    try:
        with s.begin_nested():
            return s.execute(text(sql), {"p": profile_id, "today": today, "off": off,
                                         "factor": factor, "decay": DECAY}).all()
    except OperationalError:  # no power() in this SQLite
        return None


def _average_retrievability(s, profile_id: int, cf: str, today: int, off: int) -> float | None:
    rows = s.execute(text(f"SELECT cs.stability, cs.last_review_ms FROM card_state cs "
                          f"WHERE cs.profile_id = :p AND {_LEARNT}{cf}"), {"p": profile_id}).all()
    return average_retrievability_numpy(rows, today, off)


def average_retrievability_numpy(rows, today: int, off: int) -> float | None:
    """rows: (stability, last_review_ms). The same number as the SQL above, in numpy."""
    import numpy as np

    if not rows:
        return None
    factor = 0.9 ** (1 / DECAY) - 1
    arr = np.array([tuple(r) for r in rows], dtype=np.float64)
    last_day = np.floor((arr[:, 1] + off) / 86_400_000.0)
    days = np.maximum(0.0, today - last_day)
    return float(((1 + factor * days / arr[:, 0]) ** DECAY).mean())


# ---------------------------------------------------------------- the page's data


def stats_data(db, profile_id: int, now: int, deck_id: int | None = None) -> StatsData:
    """What the statistics page shows, for the profile or one deck and its subdecks."""
    from sqlalchemy.exc import OperationalError

    try:
        return _stats_data(db, profile_id, now, deck_id, use_summary=True)
    except OperationalError as exc:
        # SQLite: this read began before another thread or process brought the summary up to
        # date, so it cannot write its own update ("database is locked" at once, whatever the
        # busy timeout). Read again from the newer state, which then has nothing to write.
        if "locked" not in str(exc).lower():
            raise
    return _stats_data(db, profile_id, now, deck_id, use_summary=True)


def _stats_data(db, profile_id: int, now: int, deck_id: int | None,
                use_summary: bool) -> StatsData:
    with db.session() as s:
        ctx = _Ctx(s, profile_id, now)
        ctx.unbury()
        clock, today = ctx.clock, ctx.today
        off = clock.offset_ms(now) - clock.day_starts_hour * 3_600_000
        p = {"p": profile_id, "off": off, "now": now}
        cf = _deck_filter(ctx, deck_id, "cs")

        days = _day_sums(s, ctx, deck_id, off, now, use_summary)
        first = today - 364
        heatmap = [(clock.local_date(d).isoformat(), days.get(d, (0,))[0])
                   for d in range(first, today + 1)]
        per_day_ms = [days.get(d, (0, 0))[1] for d in range(first, today + 1)]

        months: dict[str, list[int]] = {}
        this_month = clock.local_date(today)
        keys = []
        y, m = this_month.year, this_month.month
        for _ in range(12):
            keys.append(f"{y:04d}-{m:02d}")
            y, m = (y, m - 1) if m > 1 else (y - 1, 12)
        keys.reverse()
        for k in keys:
            months[k] = [0, 0]
        ages = [[0, 0] for _ in AGE_BUCKETS]
        for d, v in days.items():
            k = clock.local_date(d).strftime("%Y-%m")
            if k in months:
                months[k][0] += v[3]
                months[k][1] += v[2]
            for i in range(len(AGE_BUCKETS)):
                ages[i][1] += v[4 + 2 * i]
                ages[i][0] += v[5 + 2 * i]
        by_month = [RetentionRow(k, *months[k], month=k) for k in keys]
        by_age = [RetentionRow(label, ages[i][0], ages[i][1], min_days=lo, max_days=hi)
                  for i, (lo, hi, label) in enumerate(AGE_BUCKETS)]

        # forecast: review and learning cards due per day for 30 days
        forecast = [0] * 30
        end = clock.day_start(today + 30)
        for d, n in s.execute(text(
            "SELECT (cs.due_ms + :off) / 86400000 AS d, COUNT(*) FROM card_state cs "
            "WHERE cs.profile_id = :p AND cs.queue IN (0, -2) AND cs.state IN (1, 2, 3) "
            f"AND cs.due_ms < :end{cf} GROUP BY d"
        ), {**p, "end": end}):
            i = max(0, int(d) - today)
            if i < 30:
                forecast[i] += int(n)

        by_state = {"new": 0, "learning": 0, "young": 0, "mature": 0, "relearning": 0,
                    "suspended": 0, "buried": 0}
        if deck_id is None:
            total = s.execute(text("SELECT COUNT(*) FROM card")).scalar()
        else:
            total = s.execute(text(f"SELECT COUNT(*) FROM card WHERE deck_id IN "
                                   f"({_ids(ctx.subtree(deck_id))})")).scalar()
        counts = _card_counts(s, profile_id, cf, today, off)
        if counts is None:
            counts = [(*r, None, 0) for r in s.execute(text(
                "SELECT cs.state, cs.queue, CASE WHEN cs.stability >= 21 THEN 1 ELSE 0 END, "
                f"COUNT(*) FROM card_state cs WHERE {_scan(s)} = :p{cf} GROUP BY 1, 2, 3"),
                p)]
            average = _average_retrievability(s, profile_id, cf, today, off)
        else:
            r_sum = sum(float(r[4] or 0) for r in counts)
            learnt = sum(int(r[5] or 0) for r in counts)
            average = r_sum / learnt if learnt else None
        seen = 0
        for state, queue, mature, n, _r, _l in counts:
            n = int(n)
            seen += n
            if queue == -1:
                by_state["suspended"] += n
            elif queue == -2:
                by_state["buried"] += n
            elif state == 0:
                by_state["new"] += n
            elif state == 1:
                by_state["learning"] += n
            elif state == 3:
                by_state["relearning"] += n
            else:
                by_state["mature" if mature else "young"] += n
        by_state["new"] += max(0, int(total or 0) - seen)

        study_days = set(d for d, v in days.items() if v[0] > 0)
        longest = run = 0
        prev = None
        for d in sorted(study_days):
            run = run + 1 if prev is not None and d == prev + 1 else 1
            longest = max(longest, run)
            prev = d
        return StatsData(
            deck_id=deck_id,
            today=clock.local_date(today).isoformat(),
            heatmap=heatmap,
            forecast=forecast,
            retention_by_month=by_month,
            retention_by_age=by_age,
            cards_by_state=by_state,
            studied_ms_today=days.get(today, (0, 0))[1],
            studied_ms_week=sum(days.get(d, (0, 0))[1] for d in range(today - 6, today + 1)),
            studied_ms_total=sum(v[1] for v in days.values()),
            reviews_total=sum(v[0] for v in days.values()),
            streak_days=streak(study_days, today),
            longest_streak=longest,
            average_retention=average,
            studied_ms_per_day=per_day_ms,
        )


def prepare(db, profile_id: int, now: int) -> None:
    """Bring the profile's summary up to date without computing the page: e.g. in a worker
    after start-up, so the first Stats page of a new or upgraded database is quick too."""
    with db.session() as s:
        ctx = _Ctx(s, profile_id, now)
        off = ctx.clock.offset_ms(now) - ctx.clock.day_starts_hour * 3_600_000
        with _engine_lock(s):
            refresh_summary(s, profile_id, off, now)


def direct_stats_data(db, profile_id: int, now: int, deck_id: int | None = None) -> StatsData:
    """stats_data summed from the review log alone, without the summary tables (for tests and
    checks: the two always agree). Slow on a big log."""
    return _stats_data(db, profile_id, now, deck_id, use_summary=False)
