"""Exam targets: is the learner's pace enough to meet every card of the exam's decks in time?

The rule (docs/scheduling.md):
* cards left = cards of the target decks (with subdecks) that this profile has never studied;
* pace = new cards per day: the decks' limits, or the learner's real average over the last 14
  days when they have studied at least 7 of them and do fewer;
* days left = learner days from today up to the day before the exam; new cards should be met by
  a week before the exam when there are more than three weeks left (time to review them);
* proposed new/day = cards left / those days, rounded up;
* load = reviews already scheduled (mean of the 30-day forecast) + proposed new/day x the
  answers a new card needs in its first 30 days under the deck's preset (all "Good");
* a typical day = the median number of answers on the days the learner studied in the last
  30 days. A warning is given when the load is over 1.25 x that.
"""

from __future__ import annotations

import datetime as dt
import math
import statistics
from dataclasses import dataclass, field

from sqlalchemy import select, text

from jpprep.errors import ValidationError
from jpprep.services.study import _Ctx
from jpprep.srs.scheduler import Scheduler, SrsCard
from jpprep.store.models import Target

WARN_FACTOR = 1.25


@dataclass
class TargetInfo:
    id: int
    exam_id: str
    exam_date: str
    deck_ids: list[int]


@dataclass
class Plan:
    exam_id: str
    exam_date: str
    days_left: int  # learner days before the exam day
    cards_left: int  # never studied
    cards_total: int
    pace: float  # new cards per day the learner is on
    configured_pace: int
    covers: bool
    finish_date: str | None  # when the current pace meets the last new card
    proposed_new_per_day: int
    expected_daily_load: float  # answers per day at the proposed pace
    typical_day: float | None  # median answers on a study day (last 30 days)
    seconds_per_answer: float | None
    warnings: list[str] = field(default_factory=list)  # English, for the CLI
    # the same warnings as (code, values) for the UI to word in the learner's language:
    # ("past", {}), ("behind", {pace, left, proposed}), ("heavy", {load, typical}),
    # ("heavy_start", {load}); values are whole numbers
    notes: list[tuple[str, dict]] = field(default_factory=list)

    @property
    def summary(self) -> str:
        """One line for the home page (English; the UI may compose its own from the fields)."""
        head = f"{self.exam_id.upper()} on {self.exam_date}: {self.days_left} day(s) left"
        if self.cards_left == 0:
            return f"{head}; every card has been met."
        if self.covers:
            return (f"{head}; on track: {self.cards_left} card(s) to meet at {self.pace:.0f} a "
                    f"day, done by {self.finish_date}.")
        return (f"{head}; {self.cards_left} card(s) to meet: {self.proposed_new_per_day} new a "
                "day would be needed.")


def _check(exam_id: str, exam_date: str, deck_ids) -> None:
    if not exam_id or not isinstance(exam_id, str) or len(exam_id) > 100:
        raise ValidationError("choose an exam.", field="exam_id")
    try:
        dt.date.fromisoformat(exam_date)
    except (TypeError, ValueError):
        raise ValidationError(f"{exam_date!r} is not a date (YYYY-MM-DD).",
                              field="exam_date") from None
    if not isinstance(deck_ids, (list, tuple)) or not deck_ids:
        raise ValidationError("choose at least one deck.", field="deck_ids")


def set_target(db, profile_id: int, exam_id: str, exam_date: str, deck_ids: list[int]) -> TargetInfo:
    """The profile's exam target (one per profile: a new one replaces the old)."""
    _check(exam_id, exam_date, deck_ids)
    from jpprep.store.models import Deck

    with db.session() as s:
        known = set(s.scalars(select(Deck.id).where(Deck.id.in_(list(deck_ids)))))
        missing = [d for d in deck_ids if d not in known]
        if missing:
            raise ValidationError(f"there is no deck {missing[0]}.", field="deck_ids")
        t = s.scalars(select(Target).where(Target.profile_id == profile_id)).first()
        if t is None:
            t = Target(profile_id=profile_id)
            s.add(t)
        t.exam_id, t.exam_date, t.deck_ids = exam_id, exam_date, [int(d) for d in deck_ids]
        s.flush()
        return TargetInfo(t.id, t.exam_id, t.exam_date, list(t.deck_ids))


def get_target(db, profile_id: int) -> TargetInfo | None:
    with db.session() as s:
        t = s.scalars(select(Target).where(Target.profile_id == profile_id)
                      .order_by(Target.id.desc())).first()
        return TargetInfo(t.id, t.exam_id, t.exam_date, list(t.deck_ids or [])) if t else None


def clear_target(db, profile_id: int) -> None:
    with db.session() as s:
        for t in s.scalars(select(Target).where(Target.profile_id == profile_id)):
            s.delete(t)


def answers_per_new_card(sched: Scheduler, horizon_days: int = 30) -> int:
    """How many answers a new card needs in its first `horizon_days` if always answered Good."""
    card, now, n = SrsCard(), 10**12, 0
    end = now + horizon_days * 86_400_000
    while now < end and n < 50:
        out = sched.review(1, card, 3, now)
        n += 1
        card, now = out.card, max(out.card.due_ms, now + 1)
    return n


def plan(db, profile_id: int, now: int, target: TargetInfo | None = None) -> Plan | None:
    """How the learner stands against their exam target (None when there is no target)."""
    target = target or get_target(db, profile_id)
    if target is None:
        return None
    with db.session() as s:
        ctx = _Ctx(s, profile_id, now)
        decks: list[int] = []
        for d in target.deck_ids:
            for x in ctx.subtree(d):
                if x not in decks:
                    decks.append(x)
        ids = ",".join(str(int(d)) for d in decks) or "NULL"
        p = {"p": profile_id}
        total = int(s.execute(text(f"SELECT COUNT(*) FROM card WHERE deck_id IN ({ids})")).scalar())
        studied = int(s.execute(text(
            "SELECT COUNT(*) FROM card_state cs JOIN card c ON c.id = cs.card_id "
            f"WHERE cs.profile_id = :p AND cs.state <> 0 AND c.deck_id IN ({ids})"), p).scalar())
        left = max(0, total - studied)
        today = ctx.today
        exam_day = ctx.clock.day_of_date(target.exam_date)
        days_left = max(0, exam_day - today)

        # configured pace: the top-most target decks' limits
        tops = [d for d in decks if not any(a in decks for a in ctx.path(d)[1:])]
        configured = sum(ctx.config(d).new_per_day for d in tops)
        # the learner's real pace and typical day over recent days
        off = ctx.clock.offset_ms(now) - ctx.clock.day_starts_hour * 3_600_000
        per_day: dict[int, list[int]] = {}
        for day, n, new, ms in s.execute(text(
            "SELECT (reviewed_ms + :off) / 86400000 AS d, COUNT(*), "
            "SUM(CASE WHEN state_before = 0 THEN 1 ELSE 0 END), SUM(duration_ms) FROM revlog "
            "WHERE profile_id = :p AND kind = 'review' AND reviewed_ms >= :since GROUP BY d"),
            {**p, "off": off, "since": ctx.clock.day_start(today - 30)},
        ):
            per_day[int(day)] = [int(n), int(new or 0), int(ms or 0)]
        recent = [per_day[d] for d in range(today - 14, today) if d in per_day]
        pace = float(configured)
        if len(recent) >= 7:
            actual = sum(r[1] for r in recent) / 14
            pace = min(pace, actual)
        study_days = [v[0] for d, v in per_day.items() if d < today]
        typical = float(statistics.median(study_days)) if study_days else None
        answers = sum(v[0] for v in per_day.values())
        secs = (sum(v[2] for v in per_day.values()) / answers / 1000) if answers else None

        # reviews already scheduled over the next 30 days
        scheduled = int(s.execute(text(
            "SELECT COUNT(*) FROM card_state cs JOIN card c ON c.id = cs.card_id "
            "WHERE cs.profile_id = :p AND cs.queue IN (0, -2) AND cs.state IN (1, 2, 3) "
            f"AND cs.due_ms < :end AND c.deck_id IN ({ids})"),
            {**p, "end": ctx.clock.day_start(today + 30)}).scalar())
        per_new = answers_per_new_card(ctx.scheduler(tops[0])) if tops else 4

    budget_days = days_left - 7 if days_left > 21 else days_left
    proposed = math.ceil(left / budget_days) if left and budget_days > 0 else (left if left else 0)
    covers = left == 0 or (pace > 0 and pace * days_left >= left)
    finish = None
    if left == 0:
        finish = ctx.clock.local_date(today).isoformat()
    elif pace > 0:
        finish = ctx.clock.local_date(today + math.ceil(left / pace)).isoformat()
    load = scheduled / 30 + proposed * per_new
    warnings, notes = [], []
    if days_left == 0:
        warnings.append("the exam is today or already past: choose the next exam date.")
        notes.append(("past", {}))
    elif not covers:
        warnings.append(
            f"at {pace:.0f} new cards a day you will not meet all {left} cards before the exam; "
            f"{proposed} a day would.")
        notes.append(("behind", {"pace": round(pace), "left": left, "proposed": proposed}))
    if typical is not None and load > WARN_FACTOR * typical:
        warnings.append(
            f"that means about {load:.0f} answers a day, more than the {typical:.0f} you do on "
            "a typical day.")
        notes.append(("heavy", {"load": round(load), "typical": round(typical)}))
    elif typical is None and load > 150:
        warnings.append(f"that means about {load:.0f} answers a day, which is a lot to start with.")
        notes.append(("heavy_start", {"load": round(load)}))
    return Plan(
        exam_id=target.exam_id, exam_date=target.exam_date, days_left=days_left,
        cards_left=left, cards_total=total, pace=pace, configured_pace=configured,
        covers=covers, finish_date=finish, proposed_new_per_day=proposed,
        expected_daily_load=round(load, 1), typical_day=typical, seconds_per_answer=secs,
        warnings=warnings, notes=notes,
    )


def current_plan(db, profile_id: int, now: int) -> Plan | None:
    """The plan for the profile's target, or None when none is set (home page countdown)."""
    return plan(db, profile_id, now)
