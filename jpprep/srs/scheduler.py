"""The one adapter over py-fsrs (FSRS-6).

Everything that schedules a card goes through `Scheduler`:

* fsrs is called with `tzinfo=timezone.utc` datetimes and always with a `card_id`;
* fsrs's own fuzz is off; `jpprep.srs.fuzz` applies a repeatable one (card id + review count);
* days are the learner's days (`DayClock`, default 4 am local), not fsrs's "24 h since the
  last review". fsrs sees a last-review instant moved back by the number of learner days that
  have passed, so memory (S, D, R) is updated with elapsed = learner days, and a review on the
  same learner day uses the short-term formula. Review intervals of N days make the card due at
  the *start* of the learner day N days after today. Learning steps are exact minutes.

See docs/scheduling.md.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone
from functools import lru_cache

from jpprep.srs.days import DayClock
from jpprep.srs.fuzz import fuzzed_interval
from jpprep.srs.presets import DEFAULT, PresetConfig

NEW, LEARNING, REVIEW, RELEARNING = 0, 1, 2, 3
AGAIN, HARD, GOOD, EASY = 1, 2, 3, 4
RATINGS = (AGAIN, HARD, GOOD, EASY)
_NEEDED = {AGAIN: (AGAIN,), HARD: (HARD,), GOOD: (HARD, GOOD), EASY: (HARD, GOOD, EASY)}
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_MS = timedelta(milliseconds=1)


def to_dt(ms: int) -> datetime:
    return _EPOCH + timedelta(milliseconds=ms)


def to_ms(dt: datetime) -> int:
    return (dt - _EPOCH) // timedelta(milliseconds=1)


@dataclass(frozen=True)
class SrsCard:
    """The scheduling fields of a card for one profile (mirrors store.models.CardState)."""

    state: int = NEW
    step: int | None = None
    stability: float | None = None
    difficulty: float | None = None
    due_ms: int = 0
    last_review_ms: int | None = None
    reps: int = 0
    lapses: int = 0


@dataclass(frozen=True)
class Outcome:
    card: SrsCard
    rating: int
    interval_days: int | None  # set when the card goes to (or stays in) review
    label: str  # "1m", "10m", "2d", "3mo"


@dataclass(frozen=True)
class LogEntry:
    """What replay needs from a revlog row."""

    kind: str  # "review" or "manual"
    rating: int
    reviewed_ms: int
    state_after: int = 0
    stability: float | None = None
    difficulty: float | None = None
    due_ms: int = 0


def label_ms(ms: int) -> str:
    s = max(0, ms) / 1000
    if s < 60:
        return f"{int(s)}s"
    if s < 3600:
        return f"{int(round(s / 60))}m"
    if s < 86400:
        return f"{int(round(s / 3600))}h"
    return label_days(int(round(s / 86400)))


def label_days(days: int) -> str:
    if days < 30:
        return f"{days}d"
    if days < 365:
        text = f"{days / 30:.1f}".removesuffix(".0")
        return f"{text}mo"
    text = f"{days / 365:.1f}".removesuffix(".0")
    return f"{text}y"


_RATING: dict = {}  # 1-4 -> fsrs.Rating, filled when fsrs is first loaded
_STATE_REVIEW = REVIEW


@lru_cache(maxsize=64)
def _fsrs(params: tuple | None, retention: float, learning: tuple, relearning: tuple, max_ivl: int):
    from fsrs import Rating
    from fsrs import Scheduler as FsrsScheduler
    from fsrs.scheduler import DEFAULT_PARAMETERS

    _RATING.update((int(r), r) for r in Rating)

    return FsrsScheduler(
        parameters=params or DEFAULT_PARAMETERS,
        desired_retention=retention,
        learning_steps=tuple(timedelta(minutes=m) for m in learning),
        relearning_steps=tuple(timedelta(minutes=m) for m in relearning),
        maximum_interval=max_ivl,
        enable_fuzzing=False,
    )


class Scheduler:
    def __init__(
        self,
        config: PresetConfig = DEFAULT,
        params: list[float] | None = None,
        clock: DayClock | None = None,
    ) -> None:
        self.config = config
        self.params = tuple(params) if params else None
        self.clock = clock or DayClock()
        self.fsrs = _fsrs(
            self.params,
            config.desired_retention,
            tuple(config.learning_steps),
            tuple(config.relearning_steps),
            config.maximum_interval,
        )
        self._memo: dict = {}  # see _raw

    @property
    def decay(self) -> float:
        return -self.fsrs.parameters[20]

    def retrievability(self, card: SrsCard, now: int) -> float:
        """R on learner days elapsed (0 for a card never answered)."""
        if card.stability is None or card.last_review_ms is None:
            return 0.0
        elapsed = max(0, self.clock.day(now) - self.clock.day(card.last_review_ms))
        decay = self.decay
        factor = 0.9 ** (1 / decay) - 1
        return (1 + factor * elapsed / card.stability) ** decay

    def _fsrs_card(self, card_id: int, card: SrsCard, now_dt: datetime, elapsed: int):
        from fsrs import Card, State

        if card.state == NEW or card.stability is None or card.difficulty is None:
            return Card(card_id=card_id, state=State.Learning, step=0, due=now_dt)
        state = State(card.state)
        step = None if state == State.Review else (card.step or 0)
        return Card(
            card_id=card_id,
            state=state,
            step=step,
            stability=card.stability,
            difficulty=card.difficulty,
            due=to_dt(card.due_ms),
            last_review=now_dt - timedelta(days=elapsed),
        )

    def _raw(self, card_id: int, card: SrsCard, now: int, ratings: tuple) -> dict:
        """rating -> (state, step, S, D, fuzzed interval days or None, due - now in ms) before
        the buttons are put in order.

        None of it depends on `now` itself, only on the learner days elapsed since the last
        review: fsrs sees a last review moved back by exactly those days, its memory update
        uses only them, and its due is `now` + an interval fixed by S or the steps. So the
        figures a card's buttons showed are the ones its answer needs a few seconds later
        (same card, same state, same elapsed days) and are kept (per scheduler, bounded)."""
        elapsed = 0
        if card.last_review_ms is not None:
            clock = self.clock
            elapsed = max(0, clock.day(now) - clock.day(card.last_review_ms))
        key = (card_id, card, elapsed)
        got = self._memo.get(key)
        if got is None:
            if len(self._memo) >= 2048:
                self._memo.clear()
            got = self._memo[key] = {}
        missing = [r for r in ratings if r not in got]
        if missing:
            now_dt = to_dt(now)
            fcard = self._fsrs_card(card_id, card, now_dt, elapsed)
            review_card = self.fsrs.review_card
            for r in missing:
                new, _log = review_card(fcard, _RATING[r], now_dt)
                delta = new.due - now_dt
                ivl = None
                if new.state == _STATE_REVIEW:
                    ivl = fuzzed_interval(delta.days, card_id, card.reps,
                                          self.config.maximum_interval)
                got[r] = (int(new.state), new.step, new.stability, new.difficulty, ivl,
                          delta // _MS)
        return got

    def preview(self, card_id: int, card: SrsCard, now: int,
                ratings: tuple = RATINGS) -> dict[int, Outcome]:
        """The possible answers (all four unless `ratings` names some; a rating's outcome
        needs the ratings from Hard up to it). Hard <= Good <= Easy in days is guaranteed."""
        raw = self._raw(card_id, card, now, ratings)
        today = None
        floor_ivl = 0
        reps, lapses = card.reps + 1, card.lapses
        lapsed = card.state == REVIEW
        out = {}
        for r in ratings:
            state, step, stability, difficulty, ivl, delta = raw[r]
            if ivl is not None:
                # keep the buttons in order after fuzz (Again never has a day interval here
                # unless there are no relearning steps; it is not part of the order)
                if r != AGAIN:
                    for lower in (HARD, GOOD):
                        if lower < r and lower in ratings:
                            li = raw[lower][4] if lower in raw else None
                            if li is not None and li > ivl:
                                ivl = li
                if today is None:
                    today = self.clock.day(now)
                due = self.clock.day_start(today + ivl)
                if due <= now:  # a day start is always after now, but never trust a clock
                    due = now + ivl * 86_400_000
                label = label_days(ivl)
            else:
                due = now + delta
                label = label_ms(delta)
            out[r] = Outcome(
                SrsCard(state, step, stability, difficulty, due, now, reps,
                        lapses + 1 if lapsed and r == AGAIN else lapses),
                r, ivl, label)
        return out

    def review(self, card_id: int, card: SrsCard, rating: int, now: int) -> Outcome:
        if rating not in RATINGS:
            from jpprep.errors import ValidationError

            raise ValidationError(f"rating {rating!r} is not 1-4.", field="rating")
        # the buttons are kept in order, so a rating's interval depends on those below it
        return self.preview(card_id, card, now, _NEEDED[rating])[rating]

    def initial_difficulty(self) -> float:
        from fsrs import Rating

        return self.fsrs._initial_difficulty(rating=Rating.Good, clamp=True)

    def set_due(self, card: SrsCard, days: int, now: int) -> SrsCard:
        """Make the card a review card due `days` learner days from today."""
        due = self.clock.day_start(self.clock.day(now) + days) if days > 0 else now
        if card.stability is None or card.difficulty is None:
            return replace(
                card, state=REVIEW, step=None, stability=float(max(days, 1)),
                difficulty=self.initial_difficulty(), due_ms=due, last_review_ms=now,
            )
        return replace(card, state=REVIEW, step=None, due_ms=due)

    def replay(self, card_id: int, log: list[LogEntry]) -> SrsCard:
        """Rebuild a card from its log (in order). Manual rows (reset, set due) are applied as
        recorded."""
        card = SrsCard()
        for e in log:
            if e.kind == "review":
                card = self.review(card_id, card, e.rating, e.reviewed_ms).card
            elif e.state_after == NEW:
                card = SrsCard()
            else:
                last = card.last_review_ms if card.stability is not None else e.reviewed_ms
                card = replace(
                    card, state=e.state_after, step=None if e.state_after == REVIEW else 0,
                    stability=e.stability, difficulty=e.difficulty, due_ms=e.due_ms,
                    last_review_ms=last,
                )
        return card
