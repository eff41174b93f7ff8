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


def stats_data(db, profile_id: int, now: int, deck_id: int | None = None) -> StatsData:
    import numpy as np

    with db.session() as s:
        ctx = _Ctx(s, profile_id, now)
        ctx.unbury()
        clock, today = ctx.clock, ctx.today
        off = clock.offset_ms(now) - clock.day_starts_hour * 3_600_000
        p = {"p": profile_id, "off": off, "now": now}
        rf = _deck_filter(ctx, deck_id, "r")
        cf = _deck_filter(ctx, deck_id, "cs")

        # one pass over the log: per learner day, answers, time, review answers and passes
        days: dict[int, tuple[int, int, int, int]] = {}
        for day, n, ms, rev, ok in s.execute(text(
            "SELECT (r.reviewed_ms + :off) / 86400000 AS d, COUNT(*), SUM(r.duration_ms), "
            "SUM(CASE WHEN r.state_before = 2 THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN r.state_before = 2 AND r.rating > 1 THEN 1 ELSE 0 END) "
            "FROM revlog r WHERE r.profile_id = :p AND r.kind = 'review' "
            f"AND r.reviewed_ms + :off >= 0{rf} GROUP BY d"
        ), p):
            days[int(day)] = (int(n), int(ms or 0), int(rev or 0), int(ok or 0))

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

        # true retention by card age (days since the card's first answer)
        case = " ".join(f"WHEN (r.reviewed_ms - f.first_ms) < {hi * 86_400_000} THEN {i}"
                        for i, (_lo, hi, _l) in enumerate(AGE_BUCKETS))
        age = {i: [0, 0] for i in range(len(AGE_BUCKETS))}
        for b, n, ok in s.execute(text(
            f"SELECT CASE {case} ELSE {len(AGE_BUCKETS) - 1} END AS b, COUNT(*), "
            "SUM(CASE WHEN r.rating > 1 THEN 1 ELSE 0 END) FROM revlog r JOIN "
            "(SELECT card_id, MIN(reviewed_ms) AS first_ms FROM revlog "
            "WHERE profile_id = :p AND kind = 'review' GROUP BY card_id) f "
            "ON f.card_id = r.card_id WHERE r.profile_id = :p AND r.kind = 'review' "
            f"AND r.state_before = 2{rf} GROUP BY b"
        ), p):
            age[int(b)] = [int(ok or 0), int(n)]
        by_age = [RetentionRow(AGE_BUCKETS[i][2], *age[i]) for i in range(len(AGE_BUCKETS))]

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

        conn = s.connection()
        rows = conn.exec_driver_sql(
            "SELECT cs.stability, cs.last_review_ms FROM card_state cs WHERE cs.profile_id = ? "
            f"AND cs.state IN (1, 2, 3) AND cs.stability IS NOT NULL{cf}",
            (profile_id,),
        ).fetchall()
        average = None
        if rows:
            arr = np.asarray(rows, dtype=np.float64)
            decay = -0.1542  # FSRS-6 default w20; a good summary across presets
            factor = 0.9 ** (1 / decay) - 1
            last_day = np.floor((arr[:, 1] + off) / 86_400_000.0)
            elapsed = np.maximum(0.0, today - last_day)
            r = (1 + factor * elapsed / arr[:, 0]) ** decay
            average = float(r.mean())

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
