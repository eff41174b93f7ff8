"""Studying: today's counts, the next card, answers, card actions and undo.

Every function takes the Database, the profile and `now` (UTC ms) and runs in one transaction.
Scheduling itself is jpprep.srs.scheduler; this module reads and writes the rows.

Daily limits (new cards/day, reviews/day) come from each deck's preset and are counted from
today's review log, so they hold across sessions, restarts and undo. A card from deck D may be
shown only while D *and every deck above it* are under their limits (names nest with "::",
rows with parent_id), so a parent's limit caps all its subdecks together.

Undo: the last 30 actions of a profile are kept in the `undo_entry` table (so undo works across
windows, worker threads and restarts). An entry holds the card_state rows as they were, the
revlog rows the action added (removed on undo) and note tags it changed.
"""

from __future__ import annotations

import threading
import uuid
import weakref
from dataclasses import dataclass, field

from sqlalchemy import bindparam, delete, func, select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from jpprep.errors import ValidationError
from jpprep.services.presets import ensure_presets, personal_params
from jpprep.srs.days import DayClock
from jpprep.srs.presets import PresetConfig, validate
from jpprep.srs.scheduler import (
    AGAIN, LEARNING, NEW, RELEARNING, REVIEW, Scheduler, SrsCard, label_days, label_ms,
)
from jpprep.store.models import Card, CardState, Deck, Note, Preset, Profile, Review, UndoEntry

UNDO_DEPTH = 30
LEARN_AHEAD_MS = 20 * 60_000  # learning cards due this soon are shown when nothing else is due
SUSPENDED, BURIED = -1, -2
_STATE_FIELDS = ("state", "queue", "step", "stability", "difficulty", "due_ms", "last_review_ms",
                 "reps", "lapses", "bury_day", "flag", "leech")


# ---------------------------------------------------------------- results


@dataclass
class DeckCounts:
    deck_id: int
    name: str
    new: int
    learning: int
    review: int
    total: int  # cards in the deck including subdecks


@dataclass
class StudyCard:
    card_id: int
    note_id: int
    deck_id: int
    kind: str
    expression: str
    reading: str
    meanings: dict
    examples: list
    audio: str | None
    image: str | None
    tags: str
    level: str | None
    state: int
    previews: dict[int, str] = field(default_factory=dict)  # rating -> "10m", "2d", "3mo"
    flag: int = 0
    leech: bool = False
    # rating -> the interval that answer gives in ms (learning steps exact; review intervals
    # are whole learner days x 86,400,000), for the UI to word in the learner's language
    preview_ms: dict[int, int] = field(default_factory=dict)


@dataclass
class AnswerResult:
    card_id: int
    state: int
    due_ms: int
    interval_label: str
    leech: bool = False
    suspended: bool = False
    # True when review_uid named an answer already stored: nothing was applied again
    already_recorded: bool = False


@dataclass
class TodaySummary:
    reviewed: int
    studied_ms: int
    due_left: int
    new_left: int
    streak_days: int


# ---------------------------------------------------------------- context


@dataclass
class _DeckInfo:
    id: int
    name: str
    parent_id: int | None
    preset_id: int | None
    children: list[int] = field(default_factory=list)


_TEXTS: dict[str, object] = {}


def _text(sql: str):
    """text(sql), built once per distinct statement so SQLAlchemy reuses its cache key."""
    t = _TEXTS.get(sql)
    if t is None:
        if len(_TEXTS) > 2000:
            _TEXTS.clear()
        t = _TEXTS[sql] = text(sql)
    return t


_Q_SETTINGS = select(Profile.settings).where(Profile.id == bindparam("p"))
_Q_DECKS = select(Deck.id, Deck.name, Deck.parent_id, Deck.preset_id)
_Q_PRESETS = select(Preset.id, Preset.config, Preset.fsrs_params)
_CONFIGS: dict[str, PresetConfig] = {}


def _config(cfg: dict | None) -> PresetConfig:
    """validate() remembered by the JSON text (presets rarely change; this runs every call)."""
    import json

    key = json.dumps(cfg, sort_keys=True, default=str)
    conf = _CONFIGS.get(key)
    if conf is None:
        try:
            conf = validate(cfg)
        except ValidationError:
            conf = PresetConfig()
        if len(_CONFIGS) > 1000:
            _CONFIGS.clear()
        _CONFIGS[key] = conf
    return conf


class _Ctx:
    """What one call needs: the profile's day clock, the deck tree, presets, today's counts."""

    def __init__(self, s: Session, profile_id: int, now: int) -> None:
        self.s = s
        self.profile_id = profile_id
        self.now = now
        settings = s.execute(_Q_SETTINGS, {"p": profile_id}).first()
        if settings is None:
            raise ValidationError(f"there is no profile {profile_id}.", field="profile_id")
        self.settings = settings[0] or {}
        self.clock = DayClock.from_settings(self.settings)
        self.today = self.clock.day(now)
        self.day_start = self.clock.day_start(self.today)
        self.decks: dict[int, _DeckInfo] = {}
        rows = s.execute(_Q_DECKS).all()
        if any(r[3] is None for r in rows):  # a deck without a preset gets the default one
            ensure_presets(s)
            rows = s.execute(_Q_DECKS).all()
        for did, name, parent, preset in rows:
            self.decks[did] = _DeckInfo(did, name, parent, preset)
        by_name = {d.name: d.id for d in self.decks.values()}
        for d in self.decks.values():
            if d.parent_id is None and "::" in d.name:
                d.parent_id = by_name.get(d.name.rsplit("::", 1)[0])
            if d.parent_id in self.decks and d.parent_id != d.id:
                self.decks[d.parent_id].children.append(d.id)
            else:
                d.parent_id = None
        self.presets: dict[int, tuple[PresetConfig, list | None]] = {}
        for pid, cfg, params in s.execute(_Q_PRESETS):
            self.presets[pid] = (_config(cfg), params)
        self._schedulers: dict[int | None, Scheduler] = {}
        self._done: dict[int, tuple[int, int]] | None = None

    def config(self, deck_id: int) -> PresetConfig:
        d = self.decks.get(deck_id)
        return self.presets.get(d.preset_id if d else None, (PresetConfig(), None))[0]

    def scheduler(self, deck_id: int) -> Scheduler:
        d = self.decks.get(deck_id)
        pid = d.preset_id if d else None
        if pid not in self._schedulers:
            conf, params = self.presets.get(pid, (PresetConfig(), None))
            params = personal_params(self.settings, pid) or params
            try:
                self._schedulers[pid] = Scheduler(conf, params, self.clock)
            except ValueError:  # parameters fsrs refuses: fall back to the defaults
                self._schedulers[pid] = Scheduler(conf, None, self.clock)
        return self._schedulers[pid]

    def path(self, deck_id: int) -> list[int]:
        """The deck and every deck above it."""
        out, seen = [], set()
        d = self.decks.get(deck_id)
        while d is not None and d.id not in seen:
            out.append(d.id)
            seen.add(d.id)
            d = self.decks.get(d.parent_id) if d.parent_id is not None else None
        return out

    def subtree(self, deck_id: int | None) -> list[int]:
        if deck_id is None:
            return list(self.decks)
        out, stack = [], [deck_id]
        while stack:
            d = stack.pop()
            if d in self.decks and d not in out:
                out.append(d)
                stack.extend(self.decks[d].children)
        return out

    def done_today(self) -> dict[int, tuple[int, int]]:
        """deck id -> (new cards introduced today, reviews answered today) in that deck only."""
        if self._done is None:
            # today's rows through the (profile, time) index, then their decks: joining first
            # lets SQLite walk the whole log
            rows = self.s.execute(
                _text(
                    "SELECT card_id, state_before FROM revlog WHERE profile_id = :p "
                    "AND reviewed_ms >= :start AND kind = 'review'"
                ),
                {"p": self.profile_id, "start": self.day_start},
            ).all()
            deck_of = {}
            ids = sorted({r[0] for r in rows})
            for i in range(0, len(ids), 500):
                chunk = ",".join(str(int(x)) for x in ids[i:i + 500])
                deck_of.update(self.s.execute(
                    _text(f"SELECT id, deck_id FROM card WHERE id IN ({chunk})")).all())
            done: dict[int, list[int]] = {}
            for cid, before in rows:
                d = done.setdefault(deck_of.get(cid), [0, 0])
                if before == NEW:
                    d[0] += 1
                elif before == REVIEW:
                    d[1] += 1
            self._done = {d: (v[0], v[1]) for d, v in done.items()}
        return self._done

    def remaining(self) -> dict[int, tuple[int, int]]:
        """deck id -> (new, review) still allowed today by that deck's own limits, counting
        what was done in the deck and all its subdecks."""
        done = self.done_today()
        out = {}
        memo: dict[int, tuple[int, int]] = {}

        def sub_done(did: int) -> tuple[int, int]:
            if did not in memo:
                n, r = done.get(did, (0, 0))
                for c in self.decks[did].children:
                    cn, cr = sub_done(c)
                    n, r = n + cn, r + cr
                memo[did] = (n, r)
            return memo[did]

        for did in self.decks:
            conf = self.config(did)
            n, r = sub_done(did)
            out[did] = (max(0, conf.new_per_day - n), max(0, conf.reviews_per_day - r))
        return out

    def unbury(self) -> None:
        """Buried cards come back when a new learner day starts (checked once a day)."""
        done = _cache(self.s).setdefault("unburied", {})
        if done.get(self.profile_id) == self.today:
            return
        done[self.profile_id] = self.today
        res = self.s.execute(
            update(CardState)
            .where(CardState.profile_id == self.profile_id, CardState.queue == BURIED,
                   CardState.bury_day < self.today)
            .values(queue=0, bury_day=None)
        )
        if res.rowcount:
            _forget_hints(self.s, self.profile_id)


def _session_ctx(s: Session, profile_id: int, now: int) -> _Ctx:
    ctx = _Ctx(s, profile_id, now)
    ctx.unbury()
    return ctx


# ---------------------------------------------------------------- counts


def _available(ctx: _Ctx, deck_ids: list[int] | None = None) -> dict[int, list[int]]:
    """deck id -> [new, learning, review] cards available now in that deck only (no limits)."""
    s, p = ctx.s, ctx.profile_id
    out: dict[int, list[int]] = {d: [0, 0, 0] for d in ctx.decks}
    total: dict[int, int] = {}
    for did, n in s.execute(_text("SELECT deck_id, COUNT(*) FROM card GROUP BY deck_id")):
        total[did] = int(n)
    rem = ctx.remaining()
    for did in out:
        # no deck ever shows more new cards than the smallest limit left on its path
        cap = min(rem[a][0] for a in ctx.path(did))
        out[did][0] = _new_count(ctx, did, min(cap, total.get(did, 0)))
    for did, lrn, rev in s.execute(
        _text(
            "SELECT c.deck_id, "
            "SUM(CASE WHEN cs.state IN (1, 3) AND cs.due_ms <= :ahead THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN cs.state = 2 AND cs.due_ms <= :now THEN 1 ELSE 0 END) "
            "FROM card_state cs JOIN card c ON c.id = cs.card_id "
            "WHERE cs.profile_id = :p AND cs.queue = 0 AND cs.due_ms <= :ahead "
            "AND cs.state IN (1, 2, 3) GROUP BY c.deck_id"
        ),
        {"p": p, "now": ctx.now, "ahead": ctx.now + LEARN_AHEAD_MS},
    ):
        if did in out:
            out[did][1] = int(lrn or 0)
            out[did][2] = int(rev or 0)
    ctx.totals = total
    return out


def _limited_counts(ctx: _Ctx, avail: dict[int, list[int]]) -> dict[int, tuple[int, int, int]]:
    """Counts after limits: a deck shows at most its own remaining limit, and its subdecks'
    cards count within it."""
    rem = ctx.remaining()
    memo: dict[int, tuple[int, int, int]] = {}

    def count(did: int) -> tuple[int, int, int]:
        if did not in memo:
            n, lrn, r = avail[did]
            for c in ctx.decks[did].children:
                cn, cl, cr = count(c)
                n, lrn, r = n + cn, lrn + cl, r + cr
            rn, rr = rem[did]
            memo[did] = (min(n, rn), lrn, min(r, rr))
        return memo[did]

    out = {}
    for did in ctx.decks:
        n, lrn, r = count(did)
        for a in ctx.path(did)[1:]:  # a parent's limit caps the subdeck too
            n, r = min(n, rem[a][0]), min(r, rem[a][1])
        out[did] = (n, lrn, r)
    return out


def _subtree_totals(ctx: _Ctx) -> dict[int, int]:
    return {d: sum(ctx.totals.get(x, 0) for x in ctx.subtree(d)) for d in ctx.decks}


def deck_counts(db, profile_id: int, now: int) -> list[DeckCounts]:
    """Today's new / learning / review counts of every deck after limits, ordered by name."""
    with db.session() as s:
        ctx = _session_ctx(s, profile_id, now)
        counts = _limited_counts(ctx, _available(ctx))
        totals = _subtree_totals(ctx)
        out = [
            DeckCounts(d.id, d.name, *counts[d.id], total=totals[d.id])
            for d in ctx.decks.values()
        ]
        return sorted(out, key=lambda c: c.name.casefold())


# ---------------------------------------------------------------- next card


def _allowed(ctx: _Ctx, deck_id: int | None) -> tuple[list[int], list[int], list[int]]:
    """Decks whose cards may be shown now: (any, new allowed, review allowed)."""
    rem = ctx.remaining()
    decks = ctx.subtree(deck_id)
    new_ok = [d for d in decks if all(rem[a][0] > 0 for a in ctx.path(d))]
    rev_ok = [d for d in decks if all(rem[a][1] > 0 for a in ctx.path(d))]
    return decks, new_ok, rev_ok


def _in(ids: list[int]) -> str:
    return ",".join(str(int(i)) for i in ids) or "NULL"


def _pick_learning(ctx: _Ctx, decks: list[int], until: int) -> int | None:
    join, cond = _deck_cond(ctx, decks)
    best = None
    for state in (LEARNING, RELEARNING):  # one equality each: the (state, queue, due) index
        row = ctx.s.execute(
            _text(
                f"SELECT cs.card_id, cs.due_ms FROM card_state cs{join} "
                "WHERE cs.profile_id = :p AND cs.state = :st AND cs.queue = 0 "
                f"AND cs.due_ms <= :until{cond} ORDER BY cs.due_ms, cs.card_id LIMIT 1"
            ),
            {"p": ctx.profile_id, "st": state, "until": until},
        ).first()
        if row is not None and (best is None or (row[1], row[0]) < (best[1], best[0])):
            best = row
    return best[0] if best else None


def _deck_cond(ctx: _Ctx, decks: list[int]) -> tuple[str, str]:
    """(join, condition) restricting card_state rows to some decks; nothing when all decks."""
    if set(decks) >= set(ctx.decks):
        return "", ""
    return " JOIN card c ON c.id = cs.card_id", f" AND c.deck_id IN ({_in(decks)})"


def _review_due_count(ctx: _Ctx, decks: list[int], cap: int) -> int:
    """Review cards due now in these decks, counted up to `cap`."""
    join, cond = _deck_cond(ctx, decks)
    return int(ctx.s.execute(
        _text(
            f"SELECT COUNT(*) FROM (SELECT 1 FROM card_state cs{join} "
            "WHERE cs.profile_id = :p AND cs.queue = 0 AND cs.due_ms <= :now AND cs.state = 2"
            f"{cond} LIMIT :cap) AS x"
        ),
        {"p": ctx.profile_id, "now": ctx.now, "cap": cap},
    ).scalar() or 0)


_CANDIDATES = 64


def _pick_review(ctx: _Ctx, decks: list[int], far_behind: bool) -> int | None:
    join, cond = _deck_cond(ctx, decks)
    base = (f"SELECT cs.card_id FROM card_state cs{join} WHERE cs.profile_id = :p "
            f"AND cs.queue = 0 AND cs.due_ms <= :now AND cs.state = 2{cond}")
    params = {"p": ctx.profile_id, "now": ctx.now}
    if not far_behind:
        row = ctx.s.execute(_text(base + " ORDER BY cs.due_ms, cs.card_id LIMIT 1"), params).first()
        return row[0] if row else None
    # Far behind: lowest retrievability first. R falls as elapsed/S grows (same decay within a
    # preset), so ordering by elapsed/S needs no power function in SQL. Ranking every due card
    # costs a scan, so the best 64 are kept (per day and deck choice) and re-checked each time.
    cache = _cache(ctx.s)["review"]
    key = (ctx.profile_id, ctx.today, tuple(sorted(decks)))
    for _attempt in range(2):
        cands = cache.get(key)
        if cands is None:
            cands = [r[0] for r in ctx.s.execute(_text(
                base + " ORDER BY (:now - cs.last_review_ms) * 1.0 / cs.stability DESC, "
                f"cs.card_id LIMIT {_CANDIDATES}"), params)]
            if not cands:
                return None
            cache[key] = cands
        # by primary key (an index on due would walk every due card)
        still = {r[0] for r in ctx.s.execute(_text(
            "SELECT cs.card_id, cs.queue, cs.state, cs.due_ms FROM card_state cs "
            f"WHERE cs.profile_id = :p AND cs.card_id IN ({_in(cands)})"), params)
            if r[1] == 0 and r[2] == REVIEW and r[3] <= ctx.now}
        live = [c for c in cands if c in still]
        if live:
            cache[key] = live
            return live[0]
        cache.pop(key, None)
    return None


def _pick_new(ctx: _Ctx, decks: list[int]) -> int | None:
    """The first new card in deck order (decks by name, then card position)."""
    for did in sorted(decks, key=lambda d: ctx.decks[d].name.casefold()):
        cid = _first_new(ctx, did)
        if cid is not None:
            return cid
    return None


# The first new card of a deck (in position order) is remembered per engine, profile and deck,
# with the highest card id at the time: no active new card of the deck lies before it, so the
# search starts there instead of walking every studied card. Anything that can make an earlier
# card new again (reset, undo, unsuspend, unbury, an import adding cards) forgets the hint.
_CACHE: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()
_NO_HINT = -(2**62)


_LOCK = threading.RLock()  # the GUI thread and workers share these caches


def _cache(s: Session) -> dict:
    engine = s.get_bind()
    with _LOCK:
        c = _CACHE.get(engine)
        if c is None:
            c = _CACHE[engine] = {"hints": {}, "review": {}, "lock": threading.RLock()}
        return c


def _max_card_id(ctx: _Ctx) -> int:
    if not hasattr(ctx, "_max_card"):
        ctx._max_card = int(ctx.s.execute(_text("SELECT MAX(id) FROM card")).scalar() or 0)
    return ctx._max_card


def _new_hint(ctx: _Ctx, deck_id: int) -> int | None:
    """Position to search from; None = the deck has no new card."""
    got = _cache(ctx.s)["hints"].get((ctx.profile_id, deck_id))
    if got is None or got[1] != _max_card_id(ctx):
        return _NO_HINT
    return got[0]


def _set_hint(ctx: _Ctx, deck_id: int, position: int | None) -> None:
    _cache(ctx.s)["hints"][(ctx.profile_id, deck_id)] = (position, _max_card_id(ctx))


def _forget_hints(s: Session, profile_id: int) -> None:
    c = _cache(s)
    for table in (c["hints"], c["review"]):
        for key in [k for k in list(table) if k[0] == profile_id]:
            table.pop(key, None)


_NEW_WHERE = ("FROM card c LEFT JOIN card_state cs ON cs.card_id = c.id AND cs.profile_id = :p "
              "WHERE c.deck_id = :d AND (cs.card_id IS NULL OR (cs.state = 0 AND cs.queue = 0)) "
              "AND c.position >= :hint")


def _first_new(ctx: _Ctx, deck_id: int) -> int | None:
    """The first new card of one deck, keeping the hint up to date."""
    hint = _new_hint(ctx, deck_id)
    if hint is None:
        return None
    row = ctx.s.execute(
        _text(f"SELECT c.id, c.position {_NEW_WHERE} ORDER BY c.position, c.id LIMIT 1"),
        {"p": ctx.profile_id, "d": deck_id, "hint": hint},
    ).first()
    if row is None and hint != _NO_HINT:
        row = ctx.s.execute(
            _text(f"SELECT c.id, c.position {_NEW_WHERE} ORDER BY c.position, c.id LIMIT 1"),
            {"p": ctx.profile_id, "d": deck_id, "hint": _NO_HINT},
        ).first()
    if row is None:
        _set_hint(ctx, deck_id, None)  # no new card at all (until cards are added)
        return None
    _set_hint(ctx, deck_id, row[1])
    return row[0]


def _new_count(ctx: _Ctx, deck_id: int, cap: int) -> int:
    """New cards of one deck, counted up to `cap` (no more is ever shown in a day)."""
    if cap <= 0:
        return 0
    if _first_new(ctx, deck_id) is None:
        return 0
    return int(ctx.s.execute(
        _text(f"SELECT COUNT(*) FROM (SELECT 1 {_NEW_WHERE} LIMIT :cap) AS x"),
        {"p": ctx.profile_id, "d": deck_id, "hint": _new_hint(ctx, deck_id), "cap": cap},
    ).scalar() or 0)


def _choose(ctx: _Ctx, deck_id: int | None) -> int | None:
    decks, new_ok, rev_ok = _allowed(ctx, deck_id)
    if not decks:
        return None
    lrn = _pick_learning(ctx, decks, ctx.now)
    if lrn is not None:
        return lrn
    rem = ctx.remaining()
    # how many reviews may still be shown today from the selected deck
    if deck_id is None:
        tops = [d for d in ctx.decks if ctx.decks[d].parent_id is None]
        rev_budget = sum(rem[d][1] for d in tops)
        new_budget = sum(rem[d][0] for d in tops)
    else:
        rev_budget = min(rem[a][1] for a in ctx.path(deck_id))
        new_budget = min(rem[a][0] for a in ctx.path(deck_id))
    due = _review_due_count(ctx, rev_ok, rev_budget + 1) if rev_ok and rev_budget > 0 else 0
    rev_left = min(due, rev_budget)
    new_id = _pick_new(ctx, new_ok) if new_ok and new_budget > 0 else None
    rev_id = None
    if rev_left > 0:
        rev_id = _pick_review(ctx, rev_ok, far_behind=due > rev_budget)
    if new_id is not None and rev_id is not None:
        mix = ctx.config(deck_id).new_mix if deck_id is not None else "mix"
        if mix == "before":
            return new_id
        if mix == "after":
            return rev_id
        done = ctx.done_today()
        n_done = sum(done.get(d, (0, 0))[0] for d in decks)
        r_done = sum(done.get(d, (0, 0))[1] for d in decks)
        # spread new cards evenly through the reviews
        if n_done / (n_done + new_budget) < r_done / (r_done + rev_left):
            return new_id
        return rev_id
    if rev_id is not None or new_id is not None:
        return rev_id if rev_id is not None else new_id
    # nothing else: learning cards due soon (learn ahead)
    return _pick_learning(ctx, decks, ctx.now + LEARN_AHEAD_MS)


_CS = CardState.__table__
_STATE_COLS = [getattr(_CS.c, f) for f in _STATE_FIELDS]


# Statements built once: SQLAlchemy then reuses their cache keys (hot path of every answer).
_Q_STATE = select(*_STATE_COLS).where(_CS.c.profile_id == bindparam("p"),
                                      _CS.c.card_id == bindparam("c"))
_Q_INSERT_STATE = _CS.insert()
_Q_UPDATE_STATE = _CS.update().where(_CS.c.profile_id == bindparam("p_"),
                                     _CS.c.card_id == bindparam("c_"))
_Q_INSERT_REVIEW = Review.__table__.insert()
_Q_INSERT_UNDO = UndoEntry.__table__.insert()


def _state_row(s: Session, profile_id: int, card_id: int) -> dict | None:
    """A card_state row as a dict of _STATE_FIELDS (None when the card is new to the profile)."""
    row = s.execute(_Q_STATE, {"p": profile_id, "c": card_id}).first()
    return None if row is None else dict(zip(_STATE_FIELDS, row))


def _write_state(s: Session, profile_id: int, card_id: int, old: dict | None,
                 values: dict) -> None:
    if old is None:
        full = {"state": NEW, "queue": 0, "step": None, "stability": None, "difficulty": None,
                "due_ms": 0, "last_review_ms": None, "reps": 0, "lapses": 0, "bury_day": None,
                "flag": 0, "leech": False, **values}
        s.execute(_Q_INSERT_STATE, {"profile_id": profile_id, "card_id": card_id, **full})
    else:
        s.execute(_Q_UPDATE_STATE, {"p_": profile_id, "c_": card_id, **values})


def _srs_from(d: dict | None) -> SrsCard:
    if d is None:
        return SrsCard()
    return SrsCard(d["state"], d["step"], d["stability"], d["difficulty"], d["due_ms"],
                   d["last_review_ms"], d["reps"], d["lapses"])


def _srs_card(row: CardState | None) -> SrsCard:
    if row is None:
        return SrsCard()
    return SrsCard(row.state, row.step, row.stability, row.difficulty, row.due_ms,
                   row.last_review_ms, row.reps, row.lapses)


_Q_STUDY_CARD = (
    select(Card.id, Card.note_id, Card.deck_id, Card.kind, Note.expression, Note.reading,
           Note.meanings, Note.examples, Note.audio, Note.image, Note.tags, Note.level)
    .join(Note, Note.id == Card.note_id).where(Card.id == bindparam("c")))


def _study_card(ctx: _Ctx, card_id: int) -> StudyCard:
    row = ctx.s.execute(_Q_STUDY_CARD, {"c": card_id}).one()
    st = _state_row(ctx.s, ctx.profile_id, card_id)
    sc = _srs_from(st)
    previews = ctx.scheduler(row.deck_id).preview(card_id, sc, ctx.now)
    return StudyCard(
        card_id=row.id, note_id=row.note_id, deck_id=row.deck_id, kind=row.kind,
        expression=row.expression, reading=row.reading, meanings=dict(row.meanings or {}),
        examples=list(row.examples or []), audio=row.audio, image=row.image,
        tags=row.tags or "", level=row.level, state=sc.state,
        previews={r: o.label for r, o in previews.items()},
        flag=st["flag"] if st else 0, leech=bool(st["leech"]) if st else False,
        preview_ms={r: _interval_ms(o, ctx.now) for r, o in previews.items()},
    )


def _interval_ms(o, now: int) -> int:
    """A preview's interval in ms: whole days for review intervals, exact for steps."""
    if o.interval_days is not None:
        return o.interval_days * 86_400_000
    return max(0, o.card.due_ms - now)


def next_card(db, profile_id: int, deck_id: int | None, now: int) -> StudyCard | None:
    """The card to show now (None deck = all decks), or None when today's work is done."""
    with db.session() as s:
        ctx = _session_ctx(s, profile_id, now)
        if deck_id is not None and deck_id not in ctx.decks:
            raise ValidationError(f"there is no deck {deck_id}.", field="deck_id")
        cid = _choose(ctx, deck_id)
        return _study_card(ctx, cid) if cid is not None else None


def get_card(db, profile_id: int, card_id: int, now: int) -> StudyCard:
    """One card as the reviewer shows it (e.g. the card that undo brought back)."""
    with db.session() as s:
        ctx = _Ctx(s, profile_id, now)
        if s.get(Card, card_id) is None:
            raise ValidationError(f"there is no card {card_id}.", field="card_id")
        return _study_card(ctx, card_id)


# ---------------------------------------------------------------- undo snapshots


def _snapshot(row: CardState | None) -> dict | None:
    return None if row is None else {f: getattr(row, f) for f in _STATE_FIELDS}


def _restore(s: Session, profile_id: int, card_id: int, snap: dict | None) -> None:
    row = s.get(CardState, (profile_id, card_id))
    if snap is None:
        if row is not None:
            s.delete(row)
        return
    if row is None:
        row = CardState(profile_id=profile_id, card_id=card_id)
        s.add(row)
    for f, v in snap.items():
        setattr(row, f, v)


def _trim_undo(s: Session, profile_id: int) -> None:
    """Keep the newest UNDO_DEPTH entries of the profile."""
    u = UndoEntry.__table__
    oldest_kept = s.execute(select(u.c.id).where(u.c.profile_id == profile_id)
                            .order_by(u.c.id.desc()).offset(UNDO_DEPTH - 1).limit(1)).scalar()
    if oldest_kept is not None:
        s.execute(u.delete().where(u.c.profile_id == profile_id, u.c.id < oldest_kept))


def _push_undo(s: Session, profile_id: int, now: int, action: str, card_id: int | None,
               payload: dict) -> None:
    u = UndoEntry.__table__
    new_id = s.execute(_Q_INSERT_UNDO, dict(profile_id=profile_id, created_ms=now,
                                            action=action, card_id=card_id, payload=payload)
                       ).inserted_primary_key[0]
    # trimmed every tenth action (and before every undo), so at most 39 rows wait here
    if new_id % 10 == 0:
        _trim_undo(s, profile_id)


def undo(db, profile_id: int, now: int) -> int | None:
    """Undo the profile's last action (answers included). Returns the card id that came back,
    or None when there is nothing to undo."""
    with db.session() as s:
        _trim_undo(s, profile_id)  # only the last UNDO_DEPTH actions can be undone
        entry = s.scalars(select(UndoEntry).where(UndoEntry.profile_id == profile_id)
                          .order_by(UndoEntry.id.desc()).limit(1)).first()
        if entry is None:
            return None
        payload = entry.payload or {}
        ids = payload.get("revlog_ids") or []
        if ids:
            s.execute(delete(Review).where(Review.id.in_(ids)))
        for cid, snap in (payload.get("states") or {}).items():
            _restore(s, profile_id, int(cid), snap)
        s.flush()
        # a card buried on an earlier day and restored by undo is free again today
        settings = s.execute(select(Profile.settings).where(Profile.id == profile_id)).scalar()
        today = DayClock.from_settings(settings).day(now)
        s.execute(update(CardState).where(
            CardState.profile_id == profile_id, CardState.queue == BURIED,
            CardState.bury_day < today).values(queue=0, bury_day=None))
        for nid, tags in (payload.get("note_tags") or {}).items():
            note = s.get(Note, int(nid))
            if note is not None:
                note.tags = tags
        s.delete(entry)
        _forget_hints(s, profile_id)
        gen = _cache(s).setdefault("gen", {})
        gen[profile_id] = gen.get(profile_id, 0) + 1  # answers were deleted: stats start again
        return entry.card_id


def can_undo(db, profile_id: int) -> str | None:
    """The action the next undo would revert ("answer", "bury"...), or None."""
    with db.session() as s:
        return s.scalars(select(UndoEntry.action).where(UndoEntry.profile_id == profile_id)
                         .order_by(UndoEntry.id.desc()).limit(1)).first()


# ---------------------------------------------------------------- answer


def _tag_add(tags: str, tag: str) -> str:
    parts = tags.split()
    if tag.casefold() not in (t.casefold() for t in parts):
        parts.append(tag)
    return " ".join(parts)


_Q_CARD_CTX = (
    select(Card.deck_id, Card.note_id, Deck.preset_id, Preset.config, Preset.fsrs_params)
    .join(Deck, Deck.id == Card.deck_id).outerjoin(Preset, Preset.id == Deck.preset_id)
    .where(Card.id == bindparam("c")))


class _CardCtx:
    """What answering one card needs, read in one statement (the card, its deck's preset and
    the profile's settings) instead of the whole deck tree."""

    def __init__(self, s: Session, profile_id: int, card_id: int, now: int) -> None:
        row = s.execute(_Q_CARD_CTX, {"c": card_id}).first()
        if row is None:
            raise ValidationError(f"there is no card {card_id}.", field="card_id")
        if row.preset_id is None:
            ensure_presets(s)
            row = s.execute(_Q_CARD_CTX, {"c": card_id}).first()
        settings = s.execute(_Q_SETTINGS, {"p": profile_id}).first()
        if settings is None:
            raise ValidationError(f"there is no profile {profile_id}.", field="profile_id")
        self.s, self.profile_id, self.now = s, profile_id, now
        self.settings = settings[0] or {}
        self.clock = DayClock.from_settings(self.settings)
        self.today = self.clock.day(now)
        self.deck_id, self.note_id = row.deck_id, row.note_id
        self.conf = _config(row.config)
        params = personal_params(self.settings, row.preset_id) or row.fsrs_params
        try:
            self.sched = Scheduler(self.conf, params, self.clock)
        except ValueError:
            self.sched = Scheduler(self.conf, None, self.clock)


def answer(db, profile_id: int, card_id: int, rating: int, now: int,
           duration_ms: int = 0, *, review_uid: str | None = None) -> AnswerResult:
    """Record an answer (1 again, 2 hard, 3 good, 4 easy) and schedule the card.

    review_uid (at most 40 characters) is stored as the review's uid. An answer whose uid is
    already stored for the profile is not applied again: the stored review is described
    (already_recorded=True), so an outbox may re-send an answer whose acknowledgement was lost.
    """
    if rating not in (1, 2, 3, 4):
        raise ValidationError(f"rating {rating!r} is not 1 (again) to 4 (easy).", field="rating")
    _check_uid(review_uid)
    try:
        with db.session() as s:
            if review_uid is not None:
                done = _recorded(s, profile_id, card_id, review_uid)
                if done is not None:
                    return done
            return _answer(s, profile_id, card_id, rating, now, duration_ms, review_uid)
    except IntegrityError:
        if review_uid is None:
            raise
        # another machine stored the same uid between our look-up and our insert
        with db.session() as s:
            done = _recorded(s, profile_id, card_id, review_uid)
        if done is None:
            raise
        return done


def _check_uid(uid) -> None:
    if uid is not None and (not isinstance(uid, str) or not 0 < len(uid) <= 40):
        raise ValidationError(f"review_uid {uid!r} is not a text of 1-40 characters.",
                              field="review_uid")


_RV = Review.__table__
_Q_BY_UID = select(_RV.c.profile_id, _RV.c.card_id, _RV.c.id, _RV.c.reviewed_ms,
                   _RV.c.state_after, _RV.c.due_ms).where(_RV.c.uid == bindparam("u"))


def _recorded(s: Session, profile_id: int, card_id: int, uid: str) -> AnswerResult | None:
    """The stored answer with this uid, described as answer() did (None when there is none)."""
    row = s.execute(_Q_BY_UID, {"u": uid}).first()
    if row is None:
        return None
    if row.profile_id != profile_id or row.card_id != card_id:
        raise ValidationError(f"review_uid {uid!r} already names another answer "
                              f"(profile {row.profile_id}, card {row.card_id}).",
                              field="review_uid")
    st = _state_row(s, profile_id, card_id)
    latest = s.execute(select(func.max(_RV.c.id)).where(
        _RV.c.profile_id == profile_id, _RV.c.card_id == card_id)).scalar()
    # leech / suspended describe the card now when this answer is still its latest one
    is_last = latest == row.id and st is not None
    if row.state_after == REVIEW:
        clock = DayClock.from_settings(s.execute(_Q_SETTINGS, {"p": profile_id}).scalar())
        label = label_days(max(0, clock.day(row.due_ms) - clock.day(row.reviewed_ms)))
    else:
        label = label_ms(row.due_ms - row.reviewed_ms)
    return AnswerResult(card_id, row.state_after, row.due_ms, label,
                        leech=bool(is_last and st["leech"]),
                        suspended=bool(is_last and st["queue"] == SUSPENDED),
                        already_recorded=True)


def _answer(s: Session, profile_id: int, card_id: int, rating: int, now: int,
            duration_ms: int, review_uid: str | None) -> AnswerResult:
    ctx = _CardCtx(s, profile_id, card_id, now)
    deck_id, note_id = ctx.deck_id, ctx.note_id
    old = _state_row(s, profile_id, card_id)
    states = {str(card_id): old}
    before = _srs_from(old)
    out = ctx.sched.review(card_id, before, rating, now)
    new = out.card
    values = {"state": new.state, "step": new.step, "stability": new.stability,
              "difficulty": new.difficulty, "due_ms": new.due_ms,
              "last_review_ms": new.last_review_ms, "reps": new.reps, "lapses": new.lapses}
    if old is not None and old["queue"] == BURIED:
        values.update(queue=0, bury_day=None)
    conf = ctx.conf
    note_tags = {}
    leech = suspended = False
    if before.state == REVIEW and rating == AGAIN and new.lapses >= conf.leech_threshold:
        over = new.lapses - conf.leech_threshold
        if over % max(1, conf.leech_threshold // 2) == 0:
            leech = True
            values["leech"] = True
            note = s.get(Note, note_id)
            note_tags[str(note.id)] = note.tags
            note.tags = _tag_add(note.tags or "", "leech")
            if conf.leech_action == "suspend":
                values["queue"] = SUSPENDED
                suspended = True
    _write_state(s, profile_id, card_id, old, values)
    rev_id = s.execute(_Q_INSERT_REVIEW, dict(
        uid=review_uid or uuid.uuid4().hex, profile_id=profile_id, card_id=card_id,
        reviewed_ms=now, rating=rating, duration_ms=max(0, min(int(duration_ms or 0), 3_600_000)),
        state_before=before.state, state_after=new.state, stability=new.stability,
        difficulty=new.difficulty, due_ms=new.due_ms, kind="review",
    )).inserted_primary_key[0]
    if conf.bury_siblings:
        _bury_siblings(ctx, card_id, note_id, states)
    _push_undo(s, profile_id, now, "answer", card_id,
               {"states": states, "revlog_ids": [rev_id], "note_tags": note_tags})
    return AnswerResult(card_id, new.state, new.due_ms, out.label, leech, suspended)


def _bury_siblings(ctx: _Ctx, card_id: int, note_id: int, states: dict) -> None:
    """Other cards of the same note wait until tomorrow (new and review cards, as in Anki)."""
    s = ctx.s
    c = Card.__table__
    for sid in s.scalars(select(c.c.id).where(c.c.note_id == note_id, c.c.id != card_id)).all():
        row = _state_row(s, ctx.profile_id, sid)
        if row is not None and (row["queue"] != 0 or row["state"] in (LEARNING, RELEARNING)):
            continue
        states[str(sid)] = row
        _write_state(s, ctx.profile_id, sid, row, {"queue": BURIED, "bury_day": ctx.today})


# ---------------------------------------------------------------- card actions


def _rows(s: Session, profile_id: int, card_ids) -> list[tuple[int, CardState | None]]:
    ids = [card_ids] if isinstance(card_ids, int) else list(card_ids)
    if not ids:
        raise ValidationError("no card was chosen.", field="card_ids")
    found = set(s.scalars(select(Card.id).where(Card.id.in_(ids))))
    missing = [i for i in ids if i not in found]
    if missing:
        raise ValidationError(f"there is no card {missing[0]}.", field="card_id")
    return [(i, s.get(CardState, (profile_id, i))) for i in ids]


def _ensure(s: Session, profile_id: int, cid: int, row: CardState | None) -> CardState:
    if row is None:
        row = CardState(profile_id=profile_id, card_id=cid, state=NEW, queue=0, due_ms=0,
                        reps=0, lapses=0, flag=0, leech=False)
        s.add(row)
    return row


def _simple_action(db, profile_id: int, card_ids, now: int, action: str, apply) -> int:
    with db.session() as s:
        ctx = _Ctx(s, profile_id, now)
        rows = _rows(s, profile_id, card_ids)
        states, revlog_ids = {}, []
        for cid, row in rows:
            states[str(cid)] = _snapshot(row)
            rid = apply(ctx, cid, _ensure(s, profile_id, cid, row))
            if rid is not None:
                revlog_ids.append(rid)
        s.flush()
        first = rows[0][0]
        _push_undo(s, profile_id, now, action, first,
                   {"states": states, "revlog_ids": revlog_ids, "note_tags": {}})
        return len(rows)


def bury(db, profile_id: int, card_ids, now: int) -> int:
    """Hide cards until the next learner day. Returns how many."""
    def apply(ctx, cid, row):
        if row.queue != SUSPENDED:
            row.queue, row.bury_day = BURIED, ctx.today
    return _simple_action(db, profile_id, card_ids, now, "bury", apply)


def suspend(db, profile_id: int, card_ids, now: int, suspended: bool = True) -> int:
    """Suspend (or unsuspend with suspended=False) cards."""
    def apply(ctx, cid, row):
        if suspended:
            row.queue, row.bury_day = SUSPENDED, None
        elif row.queue == SUSPENDED:
            row.queue = 0
    if not suspended:
        with db.session() as s:
            _forget_hints(s, profile_id)
    return _simple_action(db, profile_id, card_ids, now, "suspend" if suspended else "unsuspend",
                          apply)


def flag(db, profile_id: int, card_ids, flag_value: int, now: int) -> int:
    """Set a coloured flag (0 none, 1-7 like Anki)."""
    if not isinstance(flag_value, int) or not 0 <= flag_value <= 7:
        raise ValidationError(f"flag {flag_value!r} is not 0-7.", field="flag")

    def apply(ctx, cid, row):
        row.flag = flag_value
    return _simple_action(db, profile_id, card_ids, now, "flag", apply)


def _manual_log(ctx: _Ctx, cid: int, before: int, row: CardState) -> int:
    rev = Review(
        uid=uuid.uuid4().hex, profile_id=ctx.profile_id, card_id=cid, reviewed_ms=ctx.now,
        rating=0, duration_ms=0, state_before=before, state_after=row.state,
        stability=row.stability, difficulty=row.difficulty, due_ms=row.due_ms, kind="manual",
    )
    ctx.s.add(rev)
    ctx.s.flush()
    return rev.id


def reset(db, profile_id: int, card_ids, now: int) -> int:
    """Forget cards: they become new again (progress and counts cleared, flag kept)."""
    def apply(ctx, cid, row):
        before = row.state
        row.state, row.step, row.stability, row.difficulty = NEW, None, None, None
        row.due_ms, row.last_review_ms, row.reps, row.lapses = 0, None, 0, 0
        row.queue, row.bury_day, row.leech = 0, None, False
        return _manual_log(ctx, cid, before, row)
    with db.session() as s:
        _forget_hints(s, profile_id)
    return _simple_action(db, profile_id, card_ids, now, "reset", apply)


def set_due(db, profile_id: int, card_ids, days: int, now: int) -> int:
    """Make cards review cards due in `days` learner days (0 = today)."""
    if isinstance(days, bool) or not isinstance(days, int) or not 0 <= days <= 36_500:
        raise ValidationError(f"{days!r} days is not 0-36500.", field="days")

    def apply(ctx, cid, row):
        card = ctx.s.get(Card, cid)
        sched = ctx.scheduler(card.deck_id)
        before = row.state
        new = sched.set_due(_srs_card(row), days, ctx.now)
        row.state, row.step, row.stability, row.difficulty = (
            new.state, new.step, new.stability, new.difficulty)
        row.due_ms, row.last_review_ms = new.due_ms, new.last_review_ms
        if row.queue == BURIED:
            row.queue, row.bury_day = 0, None
        return _manual_log(ctx, cid, before, row)
    return _simple_action(db, profile_id, card_ids, now, "set_due", apply)


# ---------------------------------------------------------------- today


def streak(days: set[int], today: int) -> int:
    """Consecutive learner days with study, ending today (or yesterday if not yet today)."""
    d = today if today in days else today - 1
    n = 0
    while d in days:
        n += 1
        d -= 1
    return n


def current_streak(s: Session, profile_id: int, clock: DayClock, now: int) -> int:
    """Consecutive study days ending today (or yesterday), walking back one indexed look-up
    per day: the latest answer before the start of the day after the streak so far."""
    today = clock.day(now)
    q = _text("SELECT MAX(reviewed_ms) FROM revlog WHERE profile_id = :p AND kind = 'review' "
             "AND reviewed_ms < :before")
    n, day = 0, today
    last = s.execute(q, {"p": profile_id, "before": clock.day_start(today + 1)}).scalar()
    if last is None:
        return 0
    if clock.day(last) < today - 1:
        return 0
    day = clock.day(last)
    while last is not None and clock.day(last) == day:
        n += 1
        day -= 1
        last = s.execute(q, {"p": profile_id, "before": clock.day_start(day + 1)}).scalar()
    return n


def today_summary(db, profile_id: int, now: int) -> TodaySummary:
    with db.session() as s:
        ctx = _session_ctx(s, profile_id, now)
        reviewed, studied = s.execute(
            _text("SELECT COUNT(*), COALESCE(SUM(duration_ms), 0) FROM revlog "
                 "WHERE profile_id = :p AND kind = 'review' AND reviewed_ms >= :start "
                 "AND reviewed_ms <= :now"),
            {"p": profile_id, "start": ctx.day_start, "now": now},
        ).one()
        counts = _limited_counts(ctx, _available(ctx))
        tops = [d for d in ctx.decks if ctx.decks[d].parent_id is None]
        due_left = sum(counts[d][1] + counts[d][2] for d in tops)
        new_left = sum(counts[d][0] for d in tops)
        return TodaySummary(int(reviewed), int(studied), due_left, new_left,
                            current_streak(s, profile_id, ctx.clock, now))


def interval_label(days: int) -> str:
    return label_days(days)


# ---------------------------------------------------------------- replay


def card_log(s: Session, profile_id: int, card_id: int):
    from jpprep.srs.scheduler import LogEntry

    rows = s.execute(
        select(Review.kind, Review.rating, Review.reviewed_ms, Review.state_after,
               Review.stability, Review.difficulty, Review.due_ms)
        .where(Review.profile_id == profile_id, Review.card_id == card_id)
        .order_by(Review.id)
    )
    return [LogEntry(*r) for r in rows]


def replay_card(db, profile_id: int, card_id: int) -> SrsCard:
    """Rebuild a card's scheduling state from its review log (in the order answers were
    recorded) with the deck's current preset. Equal to the stored state while the preset is
    unchanged."""
    with db.session() as s:
        ctx = _Ctx(s, profile_id, 0)
        card = s.get(Card, card_id)
        if card is None:
            raise ValidationError(f"there is no card {card_id}.", field="card_id")
        return ctx.scheduler(card.deck_id).replay(card_id, card_log(s, profile_id, card_id))


def stored_card(db, profile_id: int, card_id: int) -> SrsCard:
    with db.session() as s:
        return _srs_card(s.get(CardState, (profile_id, card_id)))
