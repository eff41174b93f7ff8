"""Studying that carries on when the class server goes away (and comes back).

The reviewer asks a StudySession for cards and gives it answers. While the server answers,
everything goes straight through jpprep.services.study. When a call fails because the server
cannot be reached (connection refused, dropped, timed out: see `is_disconnect`):

- the answer is kept on this computer in the profile's outbox (jpprep.services.outbox), with a
  review uid made once for it, and the session is *offline*;
- the reviewer keeps going with cards the session fetched ahead while it was online (the next
  `prefetch` cards of today's queue with their content). Offline each of those is shown once;
  learning steps that would bring a card back come back once the server is there again. When
  they run out, `status().ran_out` is true and the page says so calmly;
- every `RETRY_EVERY_MS` (a background timer calls `retry`; the next call after that interval
  does too) the session tries again. When the server answers, the outbox is replayed in order
  through `study.answer(..., review_uid=uid, now=<time of the answer>)`: an answer the server
  already stored (its acknowledgement was lost) is not stored twice.

Flags, "Reset card", "Set due date" and Suspend (`flag`, `reset`, `set_due`, `suspend`) wait
in the same outbox, in order between the answers, each with a uid of its own, and follow the same rules: sent with
their own time, once, and kept apart (`refused`) when the card was deleted on the server.
Editing a note does not wait: notes are shared by the class (see docs/lab-setup.md).

Nothing here reads the clock: every call takes `now` (UTC ms).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from jpprep.errors import ValidationError
from jpprep.services import study
from jpprep.services.outbox import RESET, SET_DUE, SUSPEND, Outbox, PendingAnswer, new_uid

RETRY_EVERY_MS = 15_000
PREFETCH_SERVER = 30  # cards kept ready when the database is a server
LEARN_AHEAD_MS = study.LEARN_AHEAD_MS

# PostgreSQL SQLSTATEs that mean the server went away or would not take the connection:
# class 08 (connection exception), 57P01-57P03 (shut down, crashed, starting), 57014 (timeout)
_KEPT = object()  # OfflineStudy._at_once: the change waits in the outbox
_GONE_STATES = ("57P01", "57P02", "57P03", "57014")


def is_disconnect(exc: BaseException | None) -> bool:
    """True when `exc` (or what caused it) says the database server could not be reached:
    the answer should wait in the outbox rather than be shown as an error."""
    from sqlalchemy import exc as sa

    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, sa.DBAPIError) and exc.connection_invalidated:
            return True
        if isinstance(exc, sa.TimeoutError):  # no pooled connection came back in time
            return True
        orig = exc.orig if isinstance(exc, sa.DBAPIError) else exc
        module = type(orig).__module__ or ""
        if module.startswith("psycopg"):
            import psycopg

            if isinstance(orig, (psycopg.OperationalError, psycopg.InterfaceError)):
                state = getattr(orig, "sqlstate", None)
                if state is None or state.startswith("08") or state in _GONE_STATES:
                    return True
        exc = exc.__cause__ or exc.__context__
    return False


@dataclass(frozen=True)
class OfflineStatus:
    offline: bool      # the server could not be reached at the last try
    pending: int       # answers kept on this computer, waiting to be sent
    ready: int         # cards still ready to study without the server
    ran_out: bool      # offline and nothing left to show
    refused: int = 0   # answers the server will never take (card deleted there); kept apart


class StudySession:
    """One learner studying one database; see the module docstring."""

    def __init__(self, db, profile_id: int, outbox: Outbox | None = None,
                 prefetch: int | None = None) -> None:
        self.db, self.profile_id = db, profile_id
        self.outbox = outbox if outbox is not None else Outbox.for_profile(db.url, profile_id)
        if prefetch is None:  # a local SQLite file does not go away: nothing to fetch ahead
            prefetch = 0 if getattr(db, "path", None) is not None else PREFETCH_SERVER
        self.prefetch = prefetch
        self.offline = False
        # while away, the next call after RETRY_EVERY_MS tries the server first; the reviewer
        # turns this off because its background timer tries instead (a server that does not
        # answer must not hold up the card)
        self.retry_in_foreground = True
        self.deck_id: int | None = None
        self._ready: list[study.StudyCard] = []    # fetched ahead, in queue order
        self._seen: dict[int, study.StudyCard] = {}  # cards shown, for undo offline
        self._served: set[int] = set()             # shown offline (each once)
        self._next_try = 0
        self._ran_out = False
        self._state = threading.RLock()
        self._flushing = threading.Lock()
        self._counts: study.QueueCounts | None = None  # from the last answer, see counts()

    # -- status ----------------------------------------------------------------------------
    def status(self) -> OfflineStatus:
        with self._state:
            pending = self.outbox.answers_waiting()
            ready = len(self._ready_now())
            return OfflineStatus(self.offline, pending, ready, self.offline and self._ran_out,
                                 len(self.outbox.refused()) if pending == 0 else 0)

    def _went_offline(self, now: int) -> None:
        with self._state:
            self.offline = True
            self._next_try = now + RETRY_EVERY_MS

    def _ready_now(self) -> list[study.StudyCard]:
        waiting = self.outbox.card_ids() if self.offline else set()
        return [c for c in self._ready if c.card_id not in self._served
                and c.card_id not in waiting]

    # -- cards -----------------------------------------------------------------------------
    def set_deck(self, deck_id: int | None) -> None:
        with self._state:
            if deck_id != self.deck_id:
                self._ready = []
            self.deck_id = deck_id

    def next_card(self, deck_id: int | None, now: int) -> study.StudyCard | None:
        """The card to show now; from the cards fetched ahead while the server is away."""
        self._counts = None  # anything but the answer's own render counts afresh
        self.set_deck(deck_id)
        if self.offline and self.retry_in_foreground and now >= self._next_try:
            self.retry(now)
        if not self.offline:
            try:
                if self.outbox.count():
                    self.flush(now, wait=True)
                if not self.offline:
                    card = study.next_card(self.db, self.profile_id, deck_id, now)
                    self._remember(card)
                    self._top_up(deck_id, now, card)
                    self._ran_out = False
                    return card
            except Exception as exc:
                if not is_disconnect(exc):
                    raise
                self._went_offline(now)
        with self._state:
            ready = self._ready_now()
            if not ready:
                self._ran_out = True
                return None
            card = ready[0]
            self._served.add(card.card_id)
            return self._remember(card)

    def get_card(self, card_id: int, now: int) -> study.StudyCard | None:
        if not self.offline:
            try:
                return self._remember(study.get_card(self.db, self.profile_id, card_id, now))
            except Exception as exc:
                if not is_disconnect(exc):
                    raise
                self._went_offline(now)
        return self._seen.get(card_id)

    def _remember(self, card):
        if card is not None:
            self._seen[card.card_id] = card
            if len(self._seen) > 200:
                self._seen.pop(next(iter(self._seen)))
        return card

    def _top_up(self, deck_id: int | None, now: int, current) -> None:
        """Keep about `prefetch` upcoming cards in memory (refilled when half are used)."""
        if self.prefetch <= 0:
            return
        with self._state:
            if current is not None:
                self._ready = [c for c in self._ready if c.card_id != current.card_id]
            if len(self._ready) >= self.prefetch // 2:
                return
            have = {c.card_id for c in self._ready}
        skip = have | ({current.card_id} if current is not None else set())
        ids = upcoming_card_ids(self.db, self.profile_id, deck_id, now,
                                self.prefetch + len(skip), skip)
        fresh = []
        for cid in ids[: max(0, self.prefetch - len(have))]:
            try:
                fresh.append(study.get_card(self.db, self.profile_id, cid, now))
            except ValidationError:  # deleted meanwhile
                continue
        with self._state:
            self._ready.extend(fresh)
            self._served.clear()  # online again: a new list of ready cards

    # -- answers ---------------------------------------------------------------------------
    def answer(self, card_id: int, rating: int, now: int,
               duration_ms: int = 0) -> study.AnswerResult | None:
        """Store the answer on the server, or keep it on this computer when the server is away
        (returns None then). Raises StorageError only when it can be stored nowhere."""
        self._counts = None
        if rating not in (1, 2, 3, 4):
            raise ValidationError(f"rating {rating!r} is not 1 (again) to 4 (easy).", field="rating")
        uid = new_uid()
        with self._state:
            self._ready = [c for c in self._ready if c.card_id != card_id]
        got = self._at_once(now, lambda: self._send(card_id, rating, now, duration_ms, uid))
        if got is not _KEPT:
            return got
        self.outbox.add(self.profile_id, card_id, rating, now, duration_ms, uid)
        if not self.offline:
            self.flush(now)
        return None

    def answer_and_next(self, card_id: int, rating: int, now: int, duration_ms: int = 0,
                        deck_id: int | None = None):
        """answer() then next_card() as the reviewer does after each button: one transaction
        on the server when it is there (study.answer_and_next). Returns (the answer's result,
        or None when it was kept on this PC; the card to show next or None)."""
        if rating not in (1, 2, 3, 4):
            raise ValidationError(f"rating {rating!r} is not 1 (again) to 4 (easy).", field="rating")
        self.set_deck(deck_id)
        if not self.offline and self.outbox.count() == 0 and self._flushing.acquire(False):
            uid = new_uid()
            with self._state:
                self._ready = [c for c in self._ready if c.card_id != card_id]
            self._counts = None
            try:
                result, card, self._counts = study.answer_next_counts(
                    self.db, self.profile_id, card_id, rating, now, duration_ms,
                    deck_id=deck_id, review_uid=uid)
            except Exception as exc:
                if not is_disconnect(exc):
                    raise
                self._went_offline(now)  # it may have been stored: the uid says so later
                self.outbox.add(self.profile_id, card_id, rating, now, duration_ms, uid)
            else:
                self._remember(card)
                try:
                    self._top_up(deck_id, now, card)
                except Exception as exc:
                    if not is_disconnect(exc):
                        raise
                    self._went_offline(now)
                self._ran_out = False
                return result, card
            finally:
                self._flushing.release()
            return None, self.next_card(deck_id, now)
        result = self.answer(card_id, rating, now, duration_ms)
        return result, self.next_card(deck_id, now)

    def _at_once(self, now: int, send):
        """send() on the server when it is there and nothing waits here before it (answers
        and flags keep their order); _KEPT when the change must wait in the outbox instead."""
        if self.offline or self.outbox.count() or not self._flushing.acquire(False):
            return _KEPT
        try:
            return send()
        except Exception as exc:
            if not is_disconnect(exc):
                raise
            self._went_offline(now)  # it may have been stored: the uid says so later
            return _KEPT
        finally:
            self._flushing.release()

    def _send(self, card_id, rating, now, duration_ms, uid):
        return study.answer(self.db, self.profile_id, card_id, rating, now, duration_ms,
                            review_uid=uid)

    def flag(self, card_id: int, value: int, now: int) -> None:
        """study.flag on one card; while the server is away (or answers wait here) the flag
        waits in the outbox, after the answers made before it, and the cards kept here show
        it. Raises StorageError only when it can be kept nowhere."""
        if not isinstance(value, int) or not 0 <= value <= 7:
            raise ValidationError(f"flag {value!r} is not 0-7.", field="flag")
        self._counts = None
        uid = new_uid()
        if self._at_once(now, lambda: study.flag(self.db, self.profile_id, [card_id], value,
                                                 now, uid=uid)) is not _KEPT:
            return
        self.outbox.add_flag(self.profile_id, card_id, value, now, uid,
                             before=self._flag_of(card_id))  # undo shows it again
        self._show_flag(card_id, value)
        if not self.offline:
            self.flush(now)

    def reset(self, card_id: int, now: int) -> bool:
        """study.reset on one card. While the server is away (or answers wait here) the reset
        waits in the outbox in order, like a flag, and the card is not shown again until the
        server is back. True when it went to the server, False when it was kept here."""
        return self._card_action(card_id, now, RESET, None)

    def set_due(self, card_id: int, days: int, now: int) -> bool:
        """study.set_due on one card, `days` counted from `now` (also when it is sent later);
        kept like reset while the server is away."""
        study.check_days(days)
        return self._card_action(card_id, now, SET_DUE, days)

    def suspend(self, card_id: int, now: int) -> bool:
        """study.suspend on one card ("!"); kept like reset while the server is away (before,
        the card was only skipped here and came back once the server did)."""
        return self._card_action(card_id, now, SUSPEND, None)

    def _card_action(self, card_id: int, now: int, action: str, days: int | None) -> bool:
        self._counts = None
        uid = new_uid()
        if self._at_once(now, lambda: self._send_action(card_id, action, days, now,
                                                        uid)) is not _KEPT:
            return True
        self.outbox.add_action(self.profile_id, card_id, action, now, uid, days)
        with self._state:
            self._served.add(card_id)  # done with here; it comes back from the server
        if not self.offline:
            self.flush(now)
        return False

    def _send_action(self, card_id: int, action: str, days: int | None, now: int, uid: str):
        if action == RESET:
            return study.reset(self.db, self.profile_id, [card_id], now, uid=uid)
        if action == SUSPEND:
            return study.suspend(self.db, self.profile_id, [card_id], now, uid=uid)
        return study.set_due(self.db, self.profile_id, [card_id], int(days or 0), now, uid=uid)

    def server_unreachable(self, now: int) -> None:
        """Another part of the reviewer (the note editor) found the server away."""
        self._went_offline(now)

    def _flag_of(self, card_id: int) -> int:
        card = self._seen.get(card_id) or next(
            (c for c in self._ready if c.card_id == card_id), None)
        return card.flag if card is not None else 0

    def _show_flag(self, card_id: int, value: int) -> None:
        with self._state:
            for card in [*self._ready, self._seen.get(card_id)]:
                if card is not None and card.card_id == card_id:
                    card.flag = value

    def flush(self, now: int, wait: bool = False) -> int:
        """Send waiting answers in order. Returns how many the server took now."""
        self._counts = None
        if not self._flushing.acquire(blocking=wait):
            return 0
        sent = 0
        try:
            while True:
                items = self.outbox.pending()
                if not items:
                    break
                for item in items:
                    try:
                        if item.flag is not None:
                            study.flag(self.db, self.profile_id, [item.card_id], item.flag,
                                       item.now_ms, uid=item.uid)
                        elif item.action is not None:
                            self._send_action(item.card_id, item.action, item.days,
                                              item.now_ms, item.uid)
                        else:
                            self._send(item.card_id, item.rating, item.now_ms,
                                       item.duration_ms, item.uid)
                    except Exception as exc:
                        if is_disconnect(exc):
                            self._went_offline(now)
                            return sent
                        if isinstance(exc, ValidationError):
                            # the server will never take it (card deleted there): kept apart
                            self.outbox.refuse(item, str(exc))
                            continue
                        if not _uid_clash(exc):  # stays waiting; the caller sees the error
                            raise
                    self.outbox.sent(item.uid)
                    sent += 1
            with self._state:
                self.offline = False
            return sent
        finally:
            self._flushing.release()

    def retry(self, now: int) -> bool:
        """Try the server again (the background timer calls this). True when it answered and
        nothing is waiting any more."""
        with self._state:
            self._next_try = now + RETRY_EVERY_MS
        try:
            if self.outbox.count():
                self.flush(now, wait=True)
            else:
                ping(self.db)
                with self._state:
                    self.offline = False
        except Exception as exc:
            if not is_disconnect(exc):
                raise
            self._went_offline(now)
        return not self.offline and self.outbox.count() == 0

    def sync(self, now: int) -> bool:
        """retry() when this profile is away or has answers waiting; then, with the server
        there, answers other profiles left on this PC (a student who logged out while the
        server was away). The reviewer's background timer calls this."""
        ok = self.retry(now) if self.offline or self.outbox.count() else True
        if not self.offline:
            send_waiting(self.db, now)
        return ok

    # -- other actions ---------------------------------------------------------------------
    def counts(self, deck_id: int | None, now: int) -> study.QueueCounts | None:
        """The studied deck's counts for the status line: those the last answer computed in
        its own transaction (once, for the same deck), else study.queue_counts; None while the
        server is away."""
        with self._state:
            got, self._counts = self._counts, None
        if got is not None and got.deck_id == deck_id and not self.offline:
            return got
        try:
            return self.call(study.queue_counts, self.db, self.profile_id, deck_id, now, now=now)
        except ValidationError:  # the deck was deleted meanwhile: nothing to count
            return None

    def call(self, fn, *args, default=None, now: int = 0):
        """fn(*args) through the server; `default` (and offline) when it cannot be reached."""
        self._counts = None
        if self.offline:
            return default
        try:
            return fn(*args)
        except Exception as exc:
            if not is_disconnect(exc):
                raise
            self._went_offline(now)
            return default

    def undo(self, now: int) -> study.StudyCard | None:
        """Undo the last answer: offline, the newest answer or change waiting here is taken
        back (a reset or a due date: the card shows again as it was)."""
        self._counts = None
        if not self.offline and self.outbox.count() == 0:
            try:
                card_id = study.undo(self.db, self.profile_id, now)
                return None if card_id is None else self.get_card(card_id, now)
            except Exception as exc:
                if not is_disconnect(exc):
                    raise
                self._went_offline(now)
        with self._flushing:
            item = self.outbox.take_back()
        if item is None:
            return None
        if item.flag is not None:  # the flag set before it shows again (kept in the file)
            self._show_flag(item.card_id, item.flag_before or 0)
        with self._state:
            self._served.discard(item.card_id)
        return self._seen.get(item.card_id)

    def skip(self, action, card_id: int, now: int) -> None:
        """Bury (study.bury); offline the card is only skipped (the bury is for today)."""
        if self.call(action, self.db, self.profile_id, card_id, now, default=False, now=now) is False:
            with self._state:
                self._served.add(card_id)

    def close(self) -> None:
        self.outbox.close()


def _uid_clash(exc: BaseException) -> bool:
    """The answer's uid is already in the review log: it was stored before."""
    from sqlalchemy.exc import IntegrityError

    while exc is not None:
        if isinstance(exc, IntegrityError) and "uid" in str(exc).lower():
            return True
        exc = exc.__cause__
    return False


def ping(db) -> None:
    from sqlalchemy import text

    with db.session() as s:
        s.execute(text("SELECT 1"))


def upcoming_card_ids(db, profile_id: int, deck_id: int | None, now: int, limit: int,
                      skip: set[int] = frozenset()) -> list[int]:
    """About the next `limit` cards of today's queue (learning due soon, then due reviews and
    new cards mixed evenly), within today's limits. For studying ahead while the server is
    away: study.next_card stays the authority while it answers."""
    from sqlalchemy import text

    counts = {c.deck_id: c for c in study.deck_counts(db, profile_id, now)}
    with db.session() as s:
        rows = s.execute(text("SELECT id, name, parent_id FROM deck")).all()
        by_name = {r[1]: r[0] for r in rows}
        children: dict[int, list[int]] = {}
        for did, name, parent in rows:
            if parent is None and "::" in name:
                parent = by_name.get(name.rsplit("::", 1)[0])
            if parent is not None and parent != did:
                children.setdefault(parent, []).append(did)
        names = {r[0]: r[1] for r in rows}
        has_parent = {c for ch in children.values() for c in ch}
        if deck_id is None:
            decks = list(names)
            tops = [d for d in names if d not in has_parent]
        else:
            decks, stack = [], [deck_id]
            while stack:
                d = stack.pop()
                if d in names and d not in decks:
                    decks.append(d)
                    stack.extend(children.get(d, []))
            tops = [deck_id]
        new_left = sum(counts[d].new for d in tops if d in counts)
        rev_left = sum(counts[d].review for d in tops if d in counts)
        if not decks:
            return []
        in_decks = ",".join(str(int(d)) for d in decks)
        extra = len(skip)
        learning = [r[0] for r in s.execute(text(
            "SELECT cs.card_id FROM card_state cs JOIN card c ON c.id = cs.card_id "
            "WHERE cs.profile_id = :p AND cs.queue = 0 AND cs.state IN (1, 3) "
            f"AND cs.due_ms <= :ahead AND c.deck_id IN ({in_decks}) "
            "ORDER BY cs.due_ms, cs.card_id LIMIT :n"),
            {"p": profile_id, "ahead": now + LEARN_AHEAD_MS, "n": limit + extra})]
        reviews = [r[0] for r in s.execute(text(
            "SELECT cs.card_id FROM card_state cs JOIN card c ON c.id = cs.card_id "
            "WHERE cs.profile_id = :p AND cs.queue = 0 AND cs.state = 2 AND cs.due_ms <= :now "
            f"AND c.deck_id IN ({in_decks}) ORDER BY cs.due_ms, cs.card_id LIMIT :n"),
            {"p": profile_id, "now": now, "n": min(limit, rev_left) + extra})]
        new: list[int] = []
        want_new = min(limit, new_left) + extra
        for did in sorted(decks, key=lambda d: names[d].casefold()):
            if len(new) >= want_new:
                break
            new += [r[0] for r in s.execute(text(
                "SELECT c.id FROM card c LEFT JOIN card_state cs ON cs.card_id = c.id "
                "AND cs.profile_id = :p WHERE c.deck_id = :d "
                "AND (cs.card_id IS NULL OR (cs.state = 0 AND cs.queue = 0)) "
                "ORDER BY c.position, c.id LIMIT :n"),
                {"p": profile_id, "d": did, "n": want_new - len(new)})]
    # cards in `skip` (shown now, or already fetched) count against today's limits too
    learning = [c for c in learning if c not in skip]
    reviews = [c for c in reviews[: max(0, rev_left)] if c not in skip]
    new = [c for c in new[: max(0, new_left)] if c not in skip]
    out = list(learning)
    # new cards spread evenly through the reviews
    total = len(reviews) + len(new)
    i = j = 0
    while i < len(reviews) or j < len(new):
        if j < len(new) and (i >= len(reviews) or j * total <= i * len(new)):
            out.append(new[j])
            j += 1
        else:
            out.append(reviews[i])
            i += 1
    return out[:limit]


_SESSIONS_LOCK = threading.Lock()


def session_for(db, profile_id: int) -> StudySession:
    """The StudySession of this database and profile (one per window; made on first use).
    Kept on the database object, so it goes when the database goes."""
    with _SESSIONS_LOCK:
        per_db = getattr(db, "_study_sessions", None)
        if per_db is None:
            per_db = db._study_sessions = {}
        if profile_id not in per_db:
            per_db[profile_id] = StudySession(db, profile_id)
        return per_db[profile_id]


def waiting_profiles(db) -> list[int]:
    """Profiles with answers waiting on this PC for this database's server."""
    from jpprep.services.outbox import ANSWERS, outbox_files

    return [f.profile_id for f in outbox_files(db.url)
            if f.kind == ANSWERS and session_for(db, f.profile_id).outbox.count()]


def send_waiting(db, now: int) -> int:
    """Send every profile's waiting answers to the server (in each profile's order), and the
    mock exam states kept on this PC (jpprep.services.exam_outbox). Returns how many it took;
    stops at the first profile whose server is away."""
    from jpprep.services import exam_outbox

    sent = exam_outbox.send_kept(db, now)
    for pid in waiting_profiles(db):
        session = session_for(db, pid)
        before = session.outbox.count()
        session.retry(now)
        sent += before - session.outbox.count()
        if session.offline:
            break
    return sent

