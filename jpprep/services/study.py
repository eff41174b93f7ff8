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

This module holds the answers, undo, card actions and today's summary, and is the one to import:
it re-exports the rest, which lives in study_counts (deck_counts, queue_counts), study_next
(next_card, get_card, StudyCard), study_cache (what is kept between calls, _Ctx) and study_sql
(the statement runner and card_state rows).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from jpprep.errors import ValidationError
from jpprep.services.study_cache import (  # noqa: F401 - re-exported
    _CACHE, _CONFIGS, _DONE_FP, _FINGERPRINT, _LOCK, _NEW_WHERE, _NO_HINT, _NO_PRESET, _Ctx,
    _DeckInfo, _Static, _cache, _config, _done_plus, _first_new, _forget_hints, _fp_plus,
    _fp_row, _int, _max_card_id, _new_hint, _session_ctx, _set_hint, _static, _unchanged,
)
from jpprep.services.study_counts import (  # noqa: F401 - re-exported
    _NEW_COUNT_PART, _SQL_DUE_BY_DECK, _SQL_LEARNING_BY_DECK, LEARN_AHEAD_MS, DeckCounts,
    QueueCounts, _allowed, _available, _deck_cond, _due_kept, _due_reviews, _in, _is_due_review,
    _limited_counts, _new_count, _new_counts, _queue_counts, _subtree_totals, deck_counts,
    queue_counts,
)
from jpprep.services.study_next import (  # noqa: F401 - re-exported
    _CANDIDATES, _SQL_STILL_DUE, StudyCard, _choose, _interval_ms, _pick_learning, _pick_new,
    _pick_review, _review_due_count, _study_card, get_card, next_card,
)
from jpprep.services.study_sql import (  # noqa: F401 - re-exported
    _CS_COLS, _INSERTS, _NAMED, _NEW_STATE, _PYFORMAT, _SQL_INSERT_STATE, _SQL_NEXT_REVLOG_ID,
    _SQL_NOTE_CARDS, _SQL_NOTE_CARDS_UID, _SQL_STUDY_CARD, _SQL_UPDATE_STATE, _STATE_FIELDS, _TEXTS, BURIED, SUSPENDED, _json, _Light,
    _listened, _Sql, _srs_card, _srs_from, _state_of, _text, _transaction, _write_state,
)
from jpprep.srs.days import DayClock
from jpprep.srs.scheduler import (
    AGAIN, LEARNING, NEW, RELEARNING, REVIEW, SrsCard, label_days, label_ms,
)
from jpprep.store.models import Card, CardState, Note, Profile, Review, UndoEntry

UNDO_DEPTH = 30


# ---------------------------------------------------------------- results


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
    due_left: int  # learning_left + review_left: every seen card to answer today
    new_left: int
    streak_days: int
    # the two parts of due_left, as Home's deck table counts them (Learning, Due)
    learning_left: int = 0
    review_left: int = 0


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


def _trim_undo(s: Session, profile_id: int, q: _Sql | None = None) -> None:
    """Keep the newest UNDO_DEPTH entries of the profile."""
    q = q or _Sql(s)
    oldest_kept = q.scalar(
        "SELECT id FROM undo_entry WHERE profile_id = :p ORDER BY id DESC "
        f"LIMIT 1 OFFSET {UNDO_DEPTH - 1}", {"p": profile_id})
    if oldest_kept is not None:
        q.run("DELETE FROM undo_entry WHERE profile_id = :p AND id < :k",
              {"p": profile_id, "k": oldest_kept})


def _push_undo(q: _Sql, profile_id: int, now: int, action: str, card_id: int | None,
               payload: dict) -> None:
    _trim_now_and_then(q, profile_id, _undo_entry(q, profile_id, now, action, card_id,
                                                  payload)())


def _undo_entry(q: _Sql, profile_id: int, now: int, action: str, card_id: int | None,
                payload: dict):
    """INSERT the undo entry; calling what this returns gives its id (see _Sql.insert_later)."""
    return q.insert_later(UndoEntry.__table__, dict(
        profile_id=profile_id, created_ms=now, action=action, card_id=card_id,
        payload=payload), json_cols=("payload",))


def _trim_now_and_then(q: _Sql, profile_id: int, new_id: int) -> None:
    # trimmed every tenth action (and before every undo), so at most 39 rows wait here
    if new_id % 10 == 0:
        _trim_undo(q.s, profile_id, q)


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
        _cache(s).setdefault("done", {}).pop(profile_id, None)  # and today's counts
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


def answer(db, profile_id: int, card_id: int, rating: int, now: int,
           duration_ms: int = 0, *, review_uid: str | None = None) -> AnswerResult:
    """Record an answer (1 again, 2 hard, 3 good, 4 easy) and schedule the card.

    review_uid (at most 40 characters) is stored as the review's uid. An answer whose uid is
    already stored for the profile is not applied again: the stored review is described
    (already_recorded=True), so an outbox may re-send an answer whose acknowledgement was lost.
    """
    return _answer_call(db, profile_id, card_id, rating, now, duration_ms, review_uid)[0]


def answer_and_next(db, profile_id: int, card_id: int, rating: int, now: int,
                    duration_ms: int = 0, *, deck_id: int | None = None,
                    review_uid: str | None = None) -> tuple[AnswerResult, StudyCard | None]:
    """answer() and then next_card(deck_id) in one transaction, as the reviewer does after
    every button: (the answer's result, the card to show next or None)."""
    return _answer_call(db, profile_id, card_id, rating, now, duration_ms, review_uid,
                        with_next=True, deck_id=deck_id)


def answer_next_counts(db, profile_id: int, card_id: int, rating: int, now: int,
                       duration_ms: int = 0, *, deck_id: int | None = None,
                       review_uid: str | None = None
                       ) -> tuple[AnswerResult, StudyCard | None, QueueCounts]:
    """answer_and_next() and the studied deck's counts after it (queue_counts), in the same
    transaction: all the reviewer needs after a button."""
    return _answer_call(db, profile_id, card_id, rating, now, duration_ms, review_uid,
                        with_next=True, deck_id=deck_id, with_counts=True)


def _answer_call(db, profile_id: int, card_id: int, rating: int, now: int, duration_ms: int,
                 review_uid: str | None, *, with_next: bool = False,
                 deck_id: int | None = None, with_counts: bool = False) -> tuple:
    if rating not in (1, 2, 3, 4):
        raise ValidationError(f"rating {rating!r} is not 1 (again) to 4 (easy).", field="rating")
    if review_uid is not None and (not isinstance(review_uid, str)
                                   or not 0 < len(review_uid) <= 40):
        raise ValidationError(f"review_uid {review_uid!r} is not a text of 1-40 characters.",
                              field="review_uid")
    ctx = None
    if review_uid is None:
        read = (_SQL_NOTE_CARDS, {"p": profile_id, "c": card_id})
    else:  # the card's note and whether this answer is stored already, in one statement
        read = (_SQL_NOTE_CARDS_UID, {"p": profile_id, "c": card_id, "u": review_uid})
    try:
        with _transaction(db) as s:
            q = _Sql(s)
            # PostgreSQL: these reads go to the server with the first statement (BEGIN and
            # the fingerprint), one round trip for all
            q.ahead(*read)
            pg = q.conn.dialect.name == "postgresql"
            if pg:
                q.ahead(_SQL_NEXT_REVLOG_ID)
            ctx = _Ctx(s, profile_id, now, q)
            if with_next and deck_id is not None and deck_id not in ctx.decks:
                raise ValidationError(f"there is no deck {deck_id}.", field="deck_id",
                                      code="deck_gone")
            rows = q.all(*read)
            res = None
            if review_uid is not None and (not rows or rows[0][-1]):
                res = _recorded(ctx, card_id, review_uid)
            if res is None:
                res = _answer(ctx, card_id, rating, duration_ms, review_uid, rows,
                              q.scalar(_SQL_NEXT_REVLOG_ID) if pg else None)
            nxt = None
            if with_next:
                ctx.unbury()
                cid = _choose(ctx, deck_id)
                nxt = _study_card(ctx, cid) if cid is not None else None
            counts = _queue_counts(ctx, deck_id) if with_counts else None
            mark = ctx.mark()
    except IntegrityError:
        if ctx is not None:
            _forget_hints(ctx.s, profile_id)
        if review_uid is None:
            raise
        # another machine stored the same uid between our look-up and our insert
        with db.session() as s:
            res = _recorded(_Ctx(s, profile_id, now), card_id, review_uid)
        if res is None:
            raise
        nxt = next_card(db, profile_id, deck_id, now) if with_next else None
        if with_counts:
            return res, nxt, queue_counts(db, profile_id, deck_id, now)
        return res, nxt
    except BaseException:
        if ctx is not None and ctx._answers:
            # the hints may have moved past this answer's card, which is new again
            _forget_hints(ctx.s, profile_id)
        raise
    ctx.committed(mark)
    return (res, nxt, counts) if with_counts else (res, nxt)


def _recorded(ctx: _Ctx, card_id: int, uid: str) -> AnswerResult | None:
    """The stored answer with this uid, described as answer() did (None when there is none)."""
    row = ctx.q.first("SELECT profile_id, card_id, id, reviewed_ms, state_after, due_ms "
                      "FROM revlog WHERE uid = :u", {"u": uid})
    if row is None:
        return None
    profile_id, rcard, rid, reviewed_ms, state_after, due_ms = row
    if profile_id != ctx.profile_id or rcard != card_id:
        raise ValidationError(f"review_uid {uid!r} already names another answer "
                              f"(profile {profile_id}, card {rcard}).", field="review_uid")
    st = ctx.q.first("SELECT leech, queue FROM card_state WHERE profile_id = :p AND card_id = :c",
                     {"p": ctx.profile_id, "c": card_id})
    latest = ctx.q.scalar("SELECT MAX(id) FROM revlog WHERE profile_id = :p AND card_id = :c",
                          {"p": ctx.profile_id, "c": card_id})
    # leech / suspended describe the card now when this answer is still its latest one
    is_last = latest == rid and st is not None
    if state_after == REVIEW:
        label = label_days(max(0, ctx.clock.day(due_ms) - ctx.clock.day(reviewed_ms)))
    else:
        label = label_ms(due_ms - reviewed_ms)
    return AnswerResult(card_id, state_after, due_ms, label,
                        leech=bool(is_last and st[0]),
                        suspended=bool(is_last and st[1] == SUSPENDED),
                        already_recorded=True)


def _buried_before(row: dict, today: int) -> bool:
    """Buried until a day that is over (unbury has not run yet today)."""
    return row["queue"] == BURIED and row["bury_day"] is not None and row["bury_day"] < today


def _answer(ctx: _Ctx, card_id: int, rating: int, duration_ms: int,
            review_uid: str | None, rows: list, rev_id: int | None) -> AnswerResult:
    """Store one answer: `rows` are the note's cards (_SQL_NOTE_CARDS), `rev_id` the revlog id
    to use (None: the database gives it)."""
    q, profile_id, now = ctx.q, ctx.profile_id, ctx.now
    me = next((r for r in rows if r[0] == card_id), None)
    if me is None:
        raise ValidationError(f"there is no card {card_id}.", field="card_id",
                              code="card_gone")
    deck_id, note_id = me[1], me[2]
    old = _state_of(me, 3)
    states = {str(card_id): old}
    before = _srs_from(old)
    conf = ctx.config(deck_id)
    out = ctx.scheduler(deck_id).review(card_id, before, rating, now)
    new = out.card
    values = {"state": new.state, "step": new.step, "stability": new.stability,
              "difficulty": new.difficulty, "due_ms": new.due_ms,
              "last_review_ms": new.last_review_ms, "reps": new.reps, "lapses": new.lapses}
    if old is not None and old["queue"] == BURIED:
        values.update(queue=0, bury_day=None)
    note_tags = {}
    leech = suspended = False
    if before.state == REVIEW and rating == AGAIN and new.lapses >= conf.leech_threshold:
        over = new.lapses - conf.leech_threshold
        if over % max(1, conf.leech_threshold // 2) == 0:
            leech = True
            values["leech"] = True
            tags = q.scalar("SELECT tags FROM note WHERE id = :n", {"n": note_id})
            note_tags[str(note_id)] = tags
            q.run("UPDATE note SET tags = :t WHERE id = :n",
                  {"t": _tag_add(tags or "", "leech"), "n": note_id})
            if conf.leech_action == "suspend":
                values["queue"] = SUSPENDED
                suspended = True
    review = dict(
        uid=review_uid or uuid.uuid4().hex, profile_id=profile_id, card_id=card_id,
        reviewed_ms=now, rating=rating, duration_ms=max(0, min(int(duration_ms or 0), 3_600_000)),
        state_before=before.state, state_after=new.state, stability=new.stability,
        difficulty=new.difficulty, due_ms=new.due_ms, kind="review")
    with q.together():  # PostgreSQL: the answer's writes in one round trip
        _write_state(q, profile_id, card_id, old, values)
        ctx._changes.append((deck_id, old, {**(_NEW_STATE if old is None else old), **values}))
        if rev_id is None:
            rev_id = q.insert(Review.__table__, review)
        else:
            q.insert_later(Review.__table__, {"id": rev_id, **review})
        # an answer kept offline and sent on a later day, after buried cards came back
        # here: the day its siblings would wait for is over
        day_over = ctx.cache.get("unburied", {}).get(profile_id, ctx.today) > ctx.today
        if conf.bury_siblings and not day_over:
            # other cards of the note wait until tomorrow (new and review cards, as in Anki);
            # one buried on an earlier day (the learner answers past the day's end a card
            # shown before it) is buried again for the day of this answer
            for r in rows:
                if r[0] == card_id:
                    continue
                row = _state_of(r, 3)
                if row is not None and (row["state"] in (LEARNING, RELEARNING) or (
                        row["queue"] != 0 and not _buried_before(row, ctx.today))):
                    continue
                states[str(r[0])] = row
                _write_state(q, profile_id, r[0], row, {"queue": BURIED, "bury_day": ctx.today})
                ctx._changes.append((r[1], row, {**(_NEW_STATE if row is None else row),
                                                 "queue": BURIED, "bury_day": ctx.today}))
        undo_id = _undo_entry(q, profile_id, now, "answer", card_id,
                              {"states": states, "revlog_ids": [rev_id], "note_tags": note_tags})
    _trim_now_and_then(q, profile_id, undo_id())
    ctx.answered(deck_id, before.state, rev_id)
    return AnswerResult(card_id, new.state, new.due_ms, out.label, leech, suspended)


# ---------------------------------------------------------------- card actions


def _rows(s: Session, profile_id: int, card_ids) -> list[tuple[int, CardState | None]]:
    ids = [card_ids] if isinstance(card_ids, int) else list(card_ids)
    if not ids:
        raise ValidationError("no card was chosen.", field="card_ids")
    found = set(s.scalars(select(Card.id).where(Card.id.in_(ids))))
    missing = [i for i in ids if i not in found]
    if missing:
        raise ValidationError(f"there is no card {missing[0]}.", field="card_id",
                              code="card_gone")
    return [(i, s.get(CardState, (profile_id, i))) for i in ids]


def _ensure(s: Session, profile_id: int, cid: int, row: CardState | None) -> CardState:
    if row is None:
        row = CardState(profile_id=profile_id, card_id=cid, state=NEW, queue=0, due_ms=0,
                        reps=0, lapses=0, flag=0, leech=False)
        s.add(row)
    return row


def _simple_action(db, profile_id: int, card_ids, now: int, action: str, apply,
                   uid: str | None = None) -> int:
    with db.session() as s:
        ctx = _Ctx(s, profile_id, now)
        if callable(card_ids):  # worked out in this transaction (the cards of some notes)
            card_ids = card_ids(s)
        rows = _rows(s, profile_id, card_ids)
        if uid is not None and _action_stored(ctx.q, profile_id, action, uid):
            return 0
        states, revlog_ids = {}, []
        for cid, row in rows:
            states[str(cid)] = _snapshot(row)
            rid = apply(ctx, cid, _ensure(s, profile_id, cid, row))
            if rid is not None:
                revlog_ids.append(rid)
        s.flush()
        first = rows[0][0]
        payload = {"states": states, "revlog_ids": revlog_ids, "note_tags": {}}
        if uid is not None:
            payload["uid"] = uid
        _push_undo(ctx.q, profile_id, now, action, first, payload)
        return len(rows)


def _action_stored(q: _Sql, profile_id: int, action: str, uid: str) -> bool:
    """Is the action with this uid (kept offline, sent again after a lost reply) among the
    profile's undo entries (the last 30-39 actions), or (a reset or a due date: its review
    log row carries the uid) in the review log?"""
    if action in ("reset", "set_due") and q.scalar(
            "SELECT 1 FROM revlog WHERE uid = :u", {"u": uid}) is not None:
        return True
    return any(_json(p, {}).get("uid") == uid for (p,) in q.all(
        "SELECT payload FROM undo_entry WHERE profile_id = :p AND action = :a",
        {"p": profile_id, "a": action}))


def _one_card_for_uid(card_ids, uid: str | None) -> None:
    """A uid names one action on one card (its review log row carries it)."""
    if uid is not None and not isinstance(card_ids, int) and len(list(card_ids)) != 1:
        raise ValidationError("an action with a uid is for one card.", field="card_ids")


def bury(db, profile_id: int, card_ids, now: int) -> int:
    """Hide cards until the next learner day. Returns how many."""
    def apply(ctx, cid, row):
        if row.queue != SUSPENDED:
            row.queue, row.bury_day = BURIED, ctx.today
    return _simple_action(db, profile_id, card_ids, now, "bury", apply)


def suspend(db, profile_id: int, card_ids, now: int, suspended: bool = True, *,
            uid: str | None = None) -> int:
    """Suspend (or unsuspend with suspended=False) cards. `uid` (one card): a suspension kept
    on a PC while the server was away; when its undo entry is there already (its reply was
    lost) nothing is done again and 0 is returned."""
    _one_card_for_uid(card_ids, uid)
    if not suspended:
        with db.session() as s:
            _forget_hints(s, profile_id)
    return _simple_action(db, profile_id, card_ids, now, "suspend" if suspended else "unsuspend",
                          _suspension(suspended), uid=uid)


def suspend_notes(db, profile_id: int, note_ids, now: int, suspended: bool = True) -> int:
    """Suspend (or unsuspend with suspended=False) every card of these notes for the profile:
    the deck browser's Suspend / Unsuspend. One transaction and one undo entry, so the
    reviewer's undo takes the whole change back. Returns how many cards."""
    ids = sorted({int(n) for n in note_ids})
    if not ids:
        raise ValidationError("no note was chosen.", field="note_ids")

    def cards(s: Session) -> list[int]:
        found = [cid for part in range(0, len(ids), 500) for cid in s.scalars(
            select(Card.id).where(Card.note_id.in_(ids[part:part + 500])).order_by(Card.id))]
        if not found:
            raise ValidationError("none of these notes exists any more.", field="note",
                                  code="note_gone")
        if not suspended:
            _forget_hints(s, profile_id)  # new cards come back: look for the next one afresh
        return found

    return _simple_action(db, profile_id, cards, now, "suspend" if suspended else "unsuspend",
                          _suspension(suspended))


def _suspension(suspended: bool):
    """The change Suspend (or Unsuspend) makes to a card's state row, for _simple_action."""
    def apply(ctx, cid, row):
        if suspended:
            row.queue, row.bury_day = SUSPENDED, None
        elif row.queue == SUSPENDED:
            row.queue = 0
    return apply


def flag(db, profile_id: int, card_ids, flag_value: int, now: int, *,
         uid: str | None = None) -> int:
    """Set a coloured flag (0 none, 1-7 like Anki). `uid`: a flag kept on a PC while the server
    was away; when one with this uid is stored already (its reply was lost) nothing is done
    again and 0 is returned."""
    if not isinstance(flag_value, int) or not 0 <= flag_value <= 7:
        raise ValidationError(f"flag {flag_value!r} is not 0-7.", field="flag")

    def apply(ctx, cid, row):
        row.flag = flag_value
    return _simple_action(db, profile_id, card_ids, now, "flag", apply, uid=uid)


def _manual_log(ctx: _Ctx, cid: int, before: int, row: CardState,
                uid: str | None = None) -> int:
    rev = Review(
        uid=uid or uuid.uuid4().hex, profile_id=ctx.profile_id, card_id=cid, reviewed_ms=ctx.now,
        rating=0, duration_ms=0, state_before=before, state_after=row.state,
        stability=row.stability, difficulty=row.difficulty, due_ms=row.due_ms, kind="manual",
    )
    ctx.s.add(rev)
    ctx.s.flush()
    return rev.id


def reset(db, profile_id: int, card_ids, now: int, *, uid: str | None = None) -> int:
    """Forget cards: they become new again (progress and counts cleared, flag kept). `uid`
    (one card): a reset kept on a PC while the server was away; when one with this uid is
    stored already (its reply was lost) nothing is done again and 0 is returned."""
    _one_card_for_uid(card_ids, uid)

    def apply(ctx, cid, row):
        before = row.state
        row.state, row.step, row.stability, row.difficulty = NEW, None, None, None
        row.due_ms, row.last_review_ms, row.reps, row.lapses = 0, None, 0, 0
        row.queue, row.bury_day, row.leech = 0, None, False
        return _manual_log(ctx, cid, before, row, uid)
    with db.session() as s:
        _forget_hints(s, profile_id)
    return _simple_action(db, profile_id, card_ids, now, "reset", apply, uid=uid)


def check_days(days) -> None:
    if isinstance(days, bool) or not isinstance(days, int) or not 0 <= days <= 36_500:
        raise ValidationError(f"{days!r} days is not 0-36500.", field="days")


def set_due(db, profile_id: int, card_ids, days: int, now: int, *,
            uid: str | None = None) -> int:
    """Make cards review cards due in `days` learner days (0 = today, counted from `now`).
    `uid` (one card): as for reset."""
    check_days(days)
    _one_card_for_uid(card_ids, uid)

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
        return _manual_log(ctx, cid, before, row, uid)
    return _simple_action(db, profile_id, card_ids, now, "set_due", apply, uid=uid)


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
        learning = sum(counts[d][1] for d in tops)
        review = sum(counts[d][2] for d in tops)
        new_left = sum(counts[d][0] for d in tops)
        return TodaySummary(int(reviewed), int(studied), learning + review, new_left,
                            current_streak(s, profile_id, ctx.clock, now), learning, review)


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
            raise ValidationError(f"there is no card {card_id}.", field="card_id",
                                  code="card_gone")
        return ctx.scheduler(card.deck_id).replay(card_id, card_log(s, profile_id, card_id))


def stored_card(db, profile_id: int, card_id: int) -> SrsCard:
    with db.session() as s:
        return _srs_card(s.get(CardState, (profile_id, card_id)))
