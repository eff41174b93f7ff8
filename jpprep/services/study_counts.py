"""Today's counts: deck_counts (every deck, after limits) and queue_counts (the studied deck,
as the reviewer's status line shows it), and which decks may show new and review cards now.

Part of jpprep.services.study (which re-exports every name here)."""

from __future__ import annotations

from dataclasses import dataclass

from jpprep.errors import ValidationError
from jpprep.services.study_cache import (
    _LOCK, _NEW_WHERE, _NO_HINT, _Ctx, _first_new, _new_hint, _session_ctx,
)
from jpprep.srs.scheduler import REVIEW

LEARN_AHEAD_MS = 20 * 60_000  # learning cards due this soon are shown when nothing else is due


@dataclass
class DeckCounts:
    deck_id: int
    name: str
    new: int
    learning: int
    review: int
    total: int  # cards in the deck including subdecks


@dataclass
class QueueCounts:
    """What is left today in the deck being studied (None = all decks), after limits: the
    same numbers deck_counts gives for that deck (summed over the top decks for all decks)."""

    deck_id: int | None
    name: str  # "" for all decks
    new: int
    learning: int
    review: int


# ---------------------------------------------------------------- counts


def _available(ctx: _Ctx, deck_ids: list[int] | None = None) -> dict[int, list[int]]:
    """deck id -> [new, learning, review] cards available now in that deck only (no limits)."""
    q, p = ctx.q, ctx.profile_id
    out: dict[int, list[int]] = {d: [0, 0, 0] for d in ctx.decks}
    total: dict[int, int] = {}
    for did, n in q.all("SELECT deck_id, COUNT(*) FROM card GROUP BY deck_id"):
        total[did] = int(n)
    rem = ctx.remaining()
    for did in out:
        # no deck ever shows more new cards than the smallest limit left on its path
        cap = min(rem[a][0] for a in ctx.static.path(did))
        out[did][0] = _new_count(ctx, did, min(cap, total.get(did, 0)))
    for did, lrn, rev in q.all(
        (
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
        for a in ctx.static.path(did)[1:]:  # a parent's limit caps the subdeck too
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


def queue_counts(db, profile_id: int, deck_id: int | None, now: int) -> QueueCounts:
    """The studied deck's counts (as deck_counts gives them) without counting every deck:
    what the reviewer's status line shows. See _queue_counts."""
    with db.session() as s:
        ctx = _session_ctx(s, profile_id, now)
        if deck_id is not None and deck_id not in ctx.decks:
            raise ValidationError(f"there is no deck {deck_id}.", field="deck_id")
        return _queue_counts(ctx, deck_id)


_SQL_LEARNING_BY_DECK = (
    "SELECT c.deck_id, COUNT(*) FROM card_state cs JOIN card c ON c.id = cs.card_id "
    "WHERE cs.profile_id = :p AND cs.state IN (1, 3) AND cs.queue = 0 "
    "AND cs.due_ms <= :ahead GROUP BY c.deck_id")


_NEW_COUNT_PART = ("SELECT {k}, COUNT(*) FROM (SELECT 1 {where} LIMIT :cap{k}) AS x{k}")


def _new_counts(ctx: _Ctx, decks: list[int], avail: dict[int, list[int]]) -> None:
    """Each deck's new cards up to the smallest new limit left on its path, in one statement
    (one part per deck, from its remembered first new card)."""
    rem, path = ctx.remaining(), ctx.static.path
    parts, params = [], {"p": ctx.profile_id}
    for d in decks:
        cap = min(rem[a][0] for a in path(d))
        if cap <= 0:
            continue
        hint = _new_hint(ctx, d)
        if hint == _NO_HINT and _first_new(ctx, d) is not None:
            hint = _new_hint(ctx, d)
        if hint is None or hint == _NO_HINT:
            continue
        k = len(parts)
        parts.append(_NEW_COUNT_PART.format(
            k=k, where=_NEW_WHERE.replace(":d", f":d{k}").replace(":hint", f":hint{k}")))
        params.update({f"d{k}": d, f"hint{k}": hint, f"cap{k}": cap})
    if not parts:
        return
    for k, n in ctx.q.all(" UNION ALL ".join(parts), params):
        avail[params[f"d{k}"]][0] = int(n)


def _queue_counts(ctx: _Ctx, deck_id: int | None) -> QueueCounts:
    """One deck's (or all decks') counts after limits, equal to deck_counts' numbers.

    deck_counts counts every card of every deck and every due card; here: each deck's new
    cards up to the smallest new limit left on its path (from the remembered first new card),
    learning cards due soon (few), and due reviews per deck kept between answers
    (_due_reviews). The limits are then applied exactly as deck_counts applies them."""
    decks, new_ok, rev_ok = _allowed(ctx, deck_id)
    avail: dict[int, list[int]] = {d: [0, 0, 0] for d in ctx.decks}
    _new_counts(ctx, new_ok, avail)
    wanted = set(decks)
    for did, n in ctx.q.all(_SQL_LEARNING_BY_DECK,
                            {"p": ctx.profile_id, "ahead": ctx.now + LEARN_AHEAD_MS}):
        if did in wanted:
            avail[did][1] = int(n)
    if rev_ok:
        due = _due_reviews(ctx)
        for d in rev_ok:
            avail[d][2] = due.get(d, 0)
    counts = _limited_counts(ctx, avail)
    tops = ctx.static.tops if deck_id is None else [deck_id]
    out = tuple(sum(counts[t][i] for t in tops) for i in range(3))
    name = "" if deck_id is None else ctx.decks[deck_id].name
    return QueueCounts(deck_id, name, *out)


_SQL_DUE_BY_DECK = (
    "SELECT c.deck_id, COUNT(*) FROM card_state cs JOIN card c ON c.id = cs.card_id "
    "WHERE cs.profile_id = :p AND cs.state = 2 AND cs.queue = 0 AND cs.due_ms > :since "
    "AND cs.due_ms <= :now GROUP BY c.deck_id")


def _is_due_review(row: dict | None, at: int) -> bool:
    return row is not None and row["state"] == REVIEW and row["queue"] == 0 \
        and row["due_ms"] <= at


def _due_reviews(ctx: _Ctx) -> dict[int, int]:
    """deck id -> review cards due now in that deck (every one: no limit applied).

    Counting them means visiting every due card (a backlog of thousands at 100,000 cards).
    So the answer path keeps the counts it made (per engine and profile, with the mark of its
    commit): when the next call finds nothing written since (see _unchanged), only the cards
    that came due since then are counted, and this transaction's own answers and buried
    siblings are applied. Anything else (undo, bury, another window or machine, a new day)
    counts them all again."""
    p, now = ctx.profile_id, ctx.now
    if ctx._due is not None and ctx._due[2] == len(ctx._changes):
        return ctx._due[1]  # counted in this transaction, nothing changed since
    got = _due_kept(ctx)
    if got is not None:
        _stamp, since, base = got
        due = dict(base)
        for deck, old, new in ctx._changes:  # rows counted at `since` that changed here
            if _is_due_review(old, since):
                due[deck] = due.get(deck, 0) - 1
            if _is_due_review(new, since):
                due[deck] = due.get(deck, 0) + 1
    else:
        since, due = -(2**62), {}
    for did, n in ctx.q.all(_SQL_DUE_BY_DECK, {"p": p, "since": since, "now": now}):
        due[did] = due.get(did, 0) + int(n)
    ctx._due = (now, due, len(ctx._changes))
    return due


def _due_kept(ctx: _Ctx):
    """The due counts the last answer kept, when nothing was written since (else None)."""
    with _LOCK:
        got = ctx.cache.get("due", {}).get(ctx.profile_id)
    if got is not None and ctx.q.matched is not None and got[0] == ctx.q.matched \
            and got[1] <= ctx.now:
        return got
    return None


def _allowed(ctx: _Ctx, deck_id: int | None) -> tuple[list[int], list[int], list[int]]:
    """Decks whose cards may be shown now: (any, new allowed, review allowed)."""
    rem = ctx.remaining()
    decks = ctx.subtree(deck_id)
    st = ctx.static
    new_open, rev_open = {}, {}  # the deck and every deck above it still under its limit
    for d in st.topdown:
        parent = st.decks[d].parent_id
        n, r = rem[d]
        new_open[d] = n > 0 and (parent is None or new_open[parent])
        rev_open[d] = r > 0 and (parent is None or rev_open[parent])
    return decks, [d for d in decks if new_open[d]], [d for d in decks if rev_open[d]]


def _in(ids: list[int]) -> str:
    return ",".join(str(int(i)) for i in ids) or "NULL"


def _deck_cond(ctx: _Ctx, decks: list[int]) -> tuple[str, str]:
    """(join, condition) restricting card_state rows to some decks; nothing when all decks."""
    if set(decks) >= set(ctx.decks):
        return "", ""
    return " JOIN card c ON c.id = cs.card_id", f" AND c.deck_id IN ({_in(decks)})"


def _new_count(ctx: _Ctx, deck_id: int, cap: int) -> int:
    """New cards of one deck, counted up to `cap` (no more is ever shown in a day)."""
    if cap <= 0:
        return 0
    hint = _new_hint(ctx, deck_id)  # known: no active new card before it (None: none at all)
    if hint is None or (hint == _NO_HINT and _first_new(ctx, deck_id) is None):
        return 0
    return int(ctx.q.scalar(
        f"SELECT COUNT(*) FROM (SELECT 1 {_NEW_WHERE} LIMIT :cap) AS x",
        {"p": ctx.profile_id, "d": deck_id, "hint": _new_hint(ctx, deck_id), "cap": cap},
    ) or 0)
