"""The next card: learning cards first, then reviews and new cards mixed within today's limits,
and the card as the reviewer shows it (with each button's interval).

Part of jpprep.services.study (which re-exports every name here)."""

from __future__ import annotations

from dataclasses import dataclass, field

from jpprep.errors import ValidationError
from jpprep.services.study_cache import _Ctx, _first_new, _session_ctx
from jpprep.services.study_counts import (
    LEARN_AHEAD_MS, _allowed, _deck_cond, _due_kept, _due_reviews,
)
from jpprep.services.study_sql import _SQL_STUDY_CARD, _json, _srs_from, _state_of
from jpprep.srs.scheduler import LEARNING, RELEARNING, REVIEW


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


def _pick_learning(ctx: _Ctx, decks: list[int], until: int) -> int | None:
    join, cond = _deck_cond(ctx, decks)
    # one equality on state each, so each part walks the (state, queue, due) index
    part = (f"SELECT cs.card_id, cs.due_ms FROM card_state cs{join} "
            "WHERE cs.profile_id = :p AND cs.state = {} AND cs.queue = 0 "
            f"AND cs.due_ms <= :until{cond} ORDER BY cs.due_ms, cs.card_id LIMIT 1")
    rows = ctx.q.all(
        f"SELECT card_id, due_ms FROM ({part.format(LEARNING)}) AS l "
        f"UNION ALL SELECT card_id, due_ms FROM ({part.format(RELEARNING)}) AS r",
        {"p": ctx.profile_id, "until": until})
    best = min(((due, cid) for cid, due in rows), default=None)
    return best[1] if best else None


def _review_due_count(ctx: _Ctx, decks: list[int], cap: int) -> int:
    """Review cards due now in these decks, counted up to `cap`."""
    join, cond = _deck_cond(ctx, decks)
    return int(ctx.q.scalar(
        f"SELECT COUNT(*) FROM (SELECT 1 FROM card_state cs{join} "
        "WHERE cs.profile_id = :p AND cs.queue = 0 AND cs.due_ms <= :now AND cs.state = 2"
        f"{cond} LIMIT :cap) AS x",
        {"p": ctx.profile_id, "now": ctx.now, "cap": cap},
    ) or 0)


_CANDIDATES = 256
_SQL_STILL_DUE = ("SELECT cs.card_id, cs.queue, cs.state, cs.due_ms FROM card_state cs "
                  "WHERE cs.profile_id = :p AND cs.card_id IN "
                  f"({', '.join(f':c{k}' for k in range(8))})")


def _pick_review(ctx: _Ctx, decks: list[int], far_behind: bool) -> int | None:
    join, cond = _deck_cond(ctx, decks)
    base = (f"SELECT cs.card_id FROM card_state cs{join} WHERE cs.profile_id = :p "
            f"AND cs.queue = 0 AND cs.due_ms <= :now AND cs.state = 2{cond}")
    params = {"p": ctx.profile_id, "now": ctx.now}
    if not far_behind:
        row = ctx.q.first(base + " ORDER BY cs.due_ms, cs.card_id LIMIT 1", params)
        return row[0] if row else None
    # Far behind: lowest retrievability first. R falls as elapsed/S grows (same decay within a
    # preset), so ordering by elapsed/S needs no power function in SQL. Ranking every due card
    # costs a scan, so the best 256 are kept (per day and deck choice) and re-checked before
    # one is shown.
    cache = ctx.cache["review"]
    key = (ctx.profile_id, ctx.today, tuple(sorted(decks)))
    for _attempt in range(2):
        cands = cache.get(key)
        if cands is None:
            cands = [r[0] for r in ctx.q.all(
                base + " ORDER BY (:now - cs.last_review_ms) * 1.0 / cs.stability DESC, "
                f"cs.card_id LIMIT {_CANDIDATES}", params)]
            if not cands:
                return None
            cache[key] = cands
        # by primary key (an index on due would walk every due card), eight at a time with
        # one statement text (prepared once), until one is still due
        for i in range(0, len(cands), 8):
            part = cands[i:i + 8]
            ids = {f"c{k}": (part[k] if k < len(part) else -1) for k in range(8)}
            still = {r[0] for r in ctx.q.all(_SQL_STILL_DUE, {**params, **ids})
                     if r[1] == 0 and r[2] == REVIEW and r[3] <= ctx.now}
            live = [c for c in part if c in still]
            if live:
                cache[key] = live + cands[i + len(part):]
                return live[0]
        cache.pop(key, None)
    return None


def _pick_new(ctx: _Ctx, decks: list[int]) -> int | None:
    """The first new card in deck order (decks by name, then card position)."""
    wanted = set(decks)
    for did in ctx.static.by_name:
        if did not in wanted:
            continue
        cid = _first_new(ctx, did)
        if cid is not None:
            return cid


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
        rev_budget = min(rem[a][1] for a in ctx.static.path(deck_id))
        new_budget = min(rem[a][0] for a in ctx.static.path(deck_id))
    due = 0
    if rev_ok and rev_budget > 0:
        # every deck: counted as far as the budget on the index (cheap). Some decks: their
        # due cards are spread through that index, so on SQLite the per-deck counts (counted
        # once, then kept between back-to-back answers, see _due_reviews) are cheaper
        if ctx._due is not None or _due_kept(ctx) is not None or (
                ctx.q.data_version is not None and _deck_cond(ctx, rev_ok)[0]):
            by_deck = _due_reviews(ctx)
            due = min(sum(by_deck.get(d, 0) for d in rev_ok), rev_budget + 1)
        else:
            due = _review_due_count(ctx, rev_ok, rev_budget + 1)
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


def _study_card(ctx: _Ctx, card_id: int) -> StudyCard:
    row = ctx.q.first(_SQL_STUDY_CARD, {"p": ctx.profile_id, "c": card_id})
    if row is None:
        raise ValidationError(f"there is no card {card_id}.", field="card_id")
    cid, note_id, deck_id, kind, expression, reading, meanings, examples = row[:8]
    audio, image, tags, level = row[8:12]
    st = _state_of(row, 12)
    sc = _srs_from(st)
    previews = ctx.scheduler(deck_id).preview(card_id, sc, ctx.now)
    return StudyCard(
        card_id=cid, note_id=note_id, deck_id=deck_id, kind=kind,
        expression=expression, reading=reading, meanings=dict(_json(meanings, {})),
        examples=list(_json(examples, [])), audio=audio, image=image,
        tags=tags or "", level=level, state=sc.state,
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
        return _study_card(_Ctx(s, profile_id, now), card_id)
