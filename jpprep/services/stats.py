"""Numbers for the statistics page, for a whole profile or one deck (with its subdecks).

Everything is aggregated in SQL (and numpy for retrievability); no card objects are built, so a
profile with 100,000 cards and a year of reviews stays fast (benchmarks/srs_scale.py).

Days are learner days (jpprep.srs.days): the offset in force *now* is used for the whole
history, so a daylight-saving change may move an old late-night review by one day.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import text

from jpprep.services.study import _Ctx, streak

AGE_BUCKETS = [(0, 7, "< 1 week"), (7, 30, "1-4 weeks"), (30, 90, "1-3 months"),
               (90, 365, "3-12 months"), (365, 10**9, "> 1 year")]


@dataclass
class RetentionRow:
    label: str  # "2026-03" or "1-4 weeks"
    passed: int
    total: int

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


def _deck_filter(ctx: _Ctx, deck_id: int | None, alias: str) -> str:
    if deck_id is None:
        return ""
    ids = ",".join(str(int(d)) for d in ctx.subtree(deck_id)) or "NULL"
    return f" AND {alias}.card_id IN (SELECT id FROM card WHERE deck_id IN ({ids}))"


class _Summary:
    """Per learner day [answers, ms, review answers, passed] and age buckets [passed, total],
    plus what is needed to add new answers without reading the whole log again."""

    def __init__(self) -> None:
        self.days: dict[int, tuple[int, int, int, int]] = {}
        self.age = [[0, 0] for _ in AGE_BUCKETS]
        self.first: dict[int, int] = {}
        self.max_id = 0
        self.sig: tuple = ()

    def add(self, a) -> None:
        """a: int64 array of rows (id, card_id, reviewed_ms, rating, state_before, duration_ms,
        learner day), in id order."""
        import numpy as np

        if not len(a):
            return
        self.max_id = max(self.max_id, int(a[:, 0].max()))
        days, inv = np.unique(a[:, 6], return_inverse=True)
        review = a[:, 4] == 2
        ok = review & (a[:, 3] > 1)
        n = np.bincount(inv)
        ms = np.bincount(inv, weights=a[:, 5])
        rv = np.bincount(inv, weights=review)
        pk = np.bincount(inv, weights=ok)
        for i, d in enumerate(days.tolist()):
            old = self.days.get(d, (0, 0, 0, 0))
            self.days[d] = (old[0] + int(n[i]), old[1] + int(ms[i]), old[2] + int(rv[i]),
                            old[3] + int(pk[i]))
        # first answer of each card, then the age of every review answer
        order = np.lexsort((a[:, 2], a[:, 1]))  # by card, then time: first row = earliest
        uniq, first_idx = np.unique(a[order, 1], return_index=True)
        for c, i in zip(uniq.tolist(), first_idx.tolist()):
            if c not in self.first:
                self.first[c] = int(a[order[i], 2])
        if review.any():
            ra = a[review]
            firsts = np.fromiter((self.first[c] for c in ra[:, 1].tolist()), dtype=np.int64,
                                 count=len(ra))
            bounds = np.array([hi * 86_400_000 for _lo, hi, _l in AGE_BUCKETS[:-1]])
            bucket = np.searchsorted(bounds, ra[:, 2] - firsts, side="right")
            tot = np.bincount(bucket, minlength=len(AGE_BUCKETS))
            good = np.bincount(bucket, weights=ra[:, 3] > 1, minlength=len(AGE_BUCKETS))
            for i in range(len(AGE_BUCKETS)):
                self.age[i][0] += int(good[i])
                self.age[i][1] += int(tot[i])


def _log_summary(ctx: _Ctx, deck_id: int | None, off: int) -> _Summary:
    """The review log summed per day, kept per database engine in this process: the first
    call reads the whole log, later calls only the answers added since. Undo (which deletes
    answers), a change of day settings or of the card table start it again."""
    from jpprep.services.study import _cache

    with _cache(ctx.s)["lock"]:  # two threads must not add the same answers twice
        return _log_summary_locked(ctx, deck_id, off)


def _log_summary_locked(ctx: _Ctx, deck_id: int | None, off: int) -> _Summary:
    import numpy as np

    from jpprep.services.study import _cache

    s = ctx.s
    memo = _cache(s).setdefault("stats", {})
    gen = _cache(s).setdefault("gen", {}).get(ctx.profile_id, 0)
    sig = (gen, tuple(s.execute(text("SELECT COUNT(*), MAX(id) FROM card")).one()))
    key = (ctx.profile_id, deck_id, tuple(ctx.subtree(deck_id)) if deck_id else None, off)
    summary = memo.get(key)
    if summary is None or summary.sig != sig:
        summary = _Summary()
        summary.sig = sig
        memo[key] = summary
    flt = ""
    if deck_id is not None:
        ids = ",".join(str(int(d)) for d in ctx.subtree(deck_id)) or "NULL"
        flt = f" AND card_id IN (SELECT id FROM card WHERE deck_id IN ({ids}))"
    # "+profile_id": walk the primary key from max_id, not the profile index
    cur = s.execute(text(
        "SELECT id, card_id, reviewed_ms, rating, state_before, duration_ms, "
        "(reviewed_ms + :off) / 86400000 FROM revlog WHERE id > :after AND +profile_id = :p "
        f"AND kind = 'review' AND reviewed_ms + :off >= 0{flt} ORDER BY id"),
        {"off": int(off), "after": summary.max_id, "p": ctx.profile_id},
    )
    while True:
        chunk = cur.fetchmany(50_000)
        if not chunk:
            break
        summary.add(np.array([tuple(r) for r in chunk], dtype=np.int64))
    return summary


DECAY = -0.1542  # FSRS-6 default w20: one curve to summarise cards of every preset


def _average_retrievability(s, profile_id: int, cf: str, today: int, off: int) -> float | None:
    """Mean R of learnt cards today (elapsed in learner days). In SQL where the database has
    power() (PostgreSQL, SQLite >= 3.35 built with math functions), else numpy."""
    from sqlalchemy.exc import OperationalError

    factor = 0.9 ** (1 / DECAY) - 1
    where = (f"FROM card_state cs WHERE cs.profile_id = :p AND cs.state IN (1, 2, 3) "
             f"AND cs.stability IS NOT NULL AND cs.last_review_ms IS NOT NULL{cf}")
    elapsed = "(:today - (cs.last_review_ms + :off) / 86400000)"
    try:
        with s.begin_nested():
            value = s.execute(text(
                f"SELECT AVG(power(1.0 + :factor * (CASE WHEN {elapsed} > 0 THEN {elapsed} "
                f"ELSE 0 END) / cs.stability, :decay)) {where}"),
                {"p": profile_id, "today": today, "off": off, "factor": factor, "decay": DECAY},
            ).scalar()
        return None if value is None else float(value)
    except OperationalError:  # no power() in this SQLite
        pass
    rows = s.execute(text(f"SELECT cs.stability, cs.last_review_ms {where}"),
                     {"p": profile_id}).all()
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


def stats_data(db, profile_id: int, now: int, deck_id: int | None = None) -> StatsData:
    import numpy as np

    with db.session() as s:
        ctx = _Ctx(s, profile_id, now)
        ctx.unbury()
        clock, today = ctx.clock, ctx.today
        off = clock.offset_ms(now) - clock.day_starts_hour * 3_600_000
        p = {"p": profile_id, "off": off, "now": now}
        cf = _deck_filter(ctx, deck_id, "cs")

        summary = _log_summary(ctx, deck_id, off)
        days = summary.days
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
        for d, (_n, _ms, rev, ok) in days.items():
            k = clock.local_date(d).strftime("%Y-%m")
            if k in months:
                months[k][0] += ok
                months[k][1] += rev
        by_month = [RetentionRow(k, *months[k]) for k in keys]

        by_age = [RetentionRow(AGE_BUCKETS[i][2], int(summary.age[i][0]), int(summary.age[i][1]))
                  for i in range(len(AGE_BUCKETS))]

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

        # cards by state; retrievability of learnt cards in numpy
        by_state = {"new": 0, "learning": 0, "young": 0, "mature": 0, "relearning": 0,
                    "suspended": 0, "buried": 0}
        if deck_id is None:
            total = s.execute(text("SELECT COUNT(*) FROM card")).scalar()
        else:
            ids = ",".join(str(int(d)) for d in ctx.subtree(deck_id)) or "NULL"
            total = s.execute(text(f"SELECT COUNT(*) FROM card WHERE deck_id IN ({ids})")).scalar()
        seen = 0
        for state, queue, mature, n in s.execute(text(
            "SELECT cs.state, cs.queue, CASE WHEN cs.stability >= 21 THEN 1 ELSE 0 END, COUNT(*) "
            f"FROM card_state cs WHERE cs.profile_id = :p{cf} GROUP BY 1, 2, 3"
        ), p):
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

        average = _average_retrievability(s, profile_id, cf, today, off)

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
