"""What the study services keep between calls, per database engine and profile: the static
context (settings, day clock, deck tree, presets and their schedulers) checked against one
fingerprint statement, today's answer counts with their fingerprint, the first-new-card hints,
and _Ctx, what one call needs.

Part of jpprep.services.study (which re-exports every name here)."""

from __future__ import annotations

import json
import threading
import weakref
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from jpprep.errors import ValidationError
from jpprep.services.presets import ensure_presets, personal_params
from jpprep.services.study_sql import _json, _Light, _Sql
from jpprep.srs.days import DayClock
from jpprep.srs.presets import PresetConfig, validate
from jpprep.srs.scheduler import NEW, REVIEW, Scheduler


@dataclass
class _DeckInfo:
    id: int
    name: str
    parent_id: int | None
    preset_id: int | None
    children: list[int] = field(default_factory=list)


_CONFIGS: dict[str, PresetConfig] = {}
_NO_PRESET = (PresetConfig(), None)  # a deck whose preset is gone: the defaults


def _config(cfg: dict | None) -> PresetConfig:
    """validate() remembered by the JSON text (presets rarely change)."""
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


# The profile's settings, every deck's id, name, parent, preset and change stamp (updated_ms:
# moving notes into a deck or importing into it sets it), every preset (as text) and the
# highest card id: equal rows mean nothing the static context depends on has changed, in this
# process or any other. Then row 'r', the fingerprint of today's answers (see _DONE_FP), for
# the day start the cached clock gives.
_FINGERPRINT = (
    "SELECT 'a', id, CAST(settings AS TEXT), NULL, NULL, NULL FROM profile WHERE id = :p "
    "UNION ALL SELECT 'c', MAX(id), NULL, NULL, NULL, NULL FROM card "
    "UNION ALL SELECT 'd', id, name, CAST(parent_id AS TEXT), CAST(preset_id AS TEXT), "
    "CAST(updated_ms AS TEXT) FROM deck "
    "UNION ALL SELECT 'p', id, CAST(config AS TEXT), CAST(fsrs_params AS TEXT), NULL, NULL "
    "FROM preset "
    "UNION ALL SELECT 'r', COUNT(*), CAST(MAX(id) AS TEXT), CAST(SUM(id) AS TEXT), NULL, NULL "
    "FROM revlog WHERE profile_id = :p AND reviewed_ms >= :start ORDER BY 1, 2")


class _Static:
    """What stays the same between answers: settings, day clock, deck tree, presets and their
    schedulers. Kept per engine and profile; rebuilt when the fingerprint rows change."""

    def __init__(self, rows: list) -> None:
        self.settings = {}
        self.decks: dict[int, _DeckInfo] = {}
        self.presets: dict[int, tuple[PresetConfig, list | None]] = {}
        self.max_card = 0
        for kind, rid, a, b, c, _stamp in rows:
            if kind == "c":
                self.max_card = int(rid or 0)
            elif kind == "a":
                settings = _json(a, {})
                self.settings = settings if isinstance(settings, dict) else {}
            elif kind == "d":
                self.decks[rid] = _DeckInfo(rid, a, None if b is None else int(b),
                                            None if c is None else int(c))
            else:
                self.presets[rid] = (_config(_json(a)), _json(b))
        self.clock = DayClock.from_settings(self.settings)
        by_name = {d.name: d.id for d in self.decks.values()}
        for d in self.decks.values():
            if d.parent_id is None and "::" in d.name:
                d.parent_id = by_name.get(d.name.rsplit("::", 1)[0])
            if d.parent_id in self.decks and d.parent_id != d.id:
                self.decks[d.parent_id].children.append(d.id)
            else:
                d.parent_id = None
        self.by_name = sorted(self.decks, key=lambda i: self.decks[i].name.casefold())
        self.tops = [d for d in self.decks if self.decks[d].parent_id is None]
        # parents before their subdecks, and each deck's own daily limits
        self.topdown: list[int] = []
        placed: set[int] = set()
        for root in [*self.tops, *self.decks]:  # (a deck in a parent loop: cut loose)
            if root in placed:
                continue
            d = self.decks[root]
            if d.parent_id is not None:
                self.decks[d.parent_id].children.remove(root)
                d.parent_id = None
                self.tops.append(root)
            stack = [root]
            while stack:
                d = stack.pop()
                if d in placed:
                    continue
                placed.add(d)
                self.topdown.append(d)
                stack.extend(reversed(self.decks[d].children))
        self.limits = {}
        for d in self.decks.values():
            conf = self.presets.get(d.preset_id, _NO_PRESET)[0]
            self.limits[d.id] = (conf.new_per_day, conf.reviews_per_day)
        self.schedulers: dict[int | None, Scheduler] = {}
        self.paths: dict[int, list[int]] = {}
        self.subtrees: dict[int | None, list[int]] = {}

    def path(self, deck_id: int) -> list[int]:
        out = self.paths.get(deck_id)
        if out is None:
            out, seen = [], set()
            d = self.decks.get(deck_id)
            while d is not None and d.id not in seen:
                out.append(d.id)
                seen.add(d.id)
                d = self.decks.get(d.parent_id) if d.parent_id is not None else None
            self.paths[deck_id] = out
        return out

    def subtree(self, deck_id: int | None) -> list[int]:
        out = self.subtrees.get(deck_id)
        if out is None:
            if deck_id is None:
                out = list(self.decks)
            else:
                out, stack = [], [deck_id]
                while stack:
                    d = stack.pop()
                    if d in self.decks and d not in out:
                        out.append(d)
                        stack.extend(self.decks[d].children)
            self.subtrees[deck_id] = out
        return out

    def scheduler(self, preset_id: int | None) -> Scheduler:
        sched = self.schedulers.get(preset_id)
        if sched is None:
            conf, params = self.presets.get(preset_id, _NO_PRESET)
            params = personal_params(self.settings, preset_id) or params
            try:
                sched = Scheduler(conf, params, self.clock)
            except ValueError:  # parameters fsrs refuses: fall back to the defaults
                sched = Scheduler(conf, None, self.clock)
            self.schedulers[preset_id] = sched
        return sched


def _static(q: _Sql, profile_id: int, now: int) -> tuple[_Static, tuple]:
    """The profile's static context, and (day start, today's answers fingerprint) read with
    it (the start may be another day's when the clock setting changed: the caller checks)."""
    cache = _cache(q.s)
    table = cache.setdefault("static", {})
    with _LOCK:
        got = table.get(profile_id)
    clock = got[1].clock if got is not None else DayClock()
    start = clock.day_start(clock.day(now))
    if got is not None and _unchanged(q, profile_id, start):
        with _LOCK:
            done = cache.get("done", {}).get(profile_id)
        return got[1], (start, done[1] if done is not None and done[0] == start else None)
    rows = [tuple(r) for r in q.all(_FINGERPRINT, {"p": profile_id, "start": start})]
    if not rows or rows[0][0] != "a":
        raise ValidationError(f"there is no profile {profile_id}.", field="profile_id")
    *rows, (_r, n, hi, total, *_nulls) = rows
    done_fp = (start, (int(n), _int(hi), _int(total)))
    key = tuple(rows)
    if got is not None and got[0] == key:
        return got[1], done_fp
    if got is not None:
        # Something changed (here or on another machine of a class): cards may have moved
        # between decks (a deck's stamp), so today's counts per deck and the remembered first
        # new cards and review candidates per deck are worked out again
        with _LOCK:
            cache.get("done", {}).pop(profile_id, None)
        _forget_hints(q.s, profile_id)
    if any(r[0] == "d" and r[4] is None for r in rows):  # a deck without a preset
        orm = q.s.orm() if isinstance(q.s, _Light) else q.s
        ensure_presets(orm)  # gets the default one
        orm.flush()
        return _static(q, profile_id, now)
    st = _Static(rows)
    with _LOCK:
        table[profile_id] = (key, st)
    return st, done_fp


def _unchanged(q: _Sql, profile_id: int, start: int) -> bool:
    """SQLite: has nothing at all been written to the database since this connection's last
    answer for the profile (whose fingerprint was checked, and whose counts this process
    holds)? `PRAGMA data_version` changes when any other connection (thread, window, process)
    commits; the connection's own `total_changes` grows with every row it writes itself. Both
    equal to what they were at that answer's end: the fingerprint could only read the same
    rows, so the query is skipped. (Remembered by ctx.committed(), on the pooled connection.)"""
    if q.mode != "sqlite" or q.cur is None:
        return False
    rec = q.conn.connection
    q.data_version = dv = q.cur.execute("PRAGMA data_version").fetchone()[0]
    mark = rec.info.pop("jpprep_study_mark", None)  # used once; set again after a commit
    if mark is not None and mark == (profile_id, start, dv, rec.dbapi_connection.total_changes):
        q.matched = mark
        return True
    return False


def _int(v) -> int | None:
    return None if v is None else int(v)


# Today's answers of a profile: (count, highest id, sum of ids) of its revlog rows since the
# start of the learner day. Cheap (the profile/time index) and it changes with any answer,
# undo, reset or set-due, here or in another process (ids are never reused while a row with
# a higher id exists, and a deleted row changes the count or the sum).
_DONE_FP = ("SELECT COUNT(*), MAX(id), SUM(id) FROM revlog WHERE profile_id = :p "
            "AND reviewed_ms >= :start")


def _fp_row(row) -> tuple:
    return (int(row[0]), _int(row[1]), _int(row[2]))


def _fp_plus(fp: tuple, rid: int) -> tuple:
    n, hi, total = fp
    return (n + 1, rid if hi is None else max(hi, rid), (total or 0) + rid)


def _done_plus(done: dict, deck_id: int, before: int) -> None:
    n, r = done.get(deck_id, (0, 0))
    if before == NEW:
        done[deck_id] = (n + 1, r)
    elif before == REVIEW:
        done[deck_id] = (n, r + 1)


class _Ctx:
    """What one call needs: the profile's day clock, the deck tree, presets (cached while
    unchanged, see _static), today's counts (cached while the day's log is unchanged)."""

    def __init__(self, s: Session, profile_id: int, now: int, q: _Sql | None = None) -> None:
        self.s = s
        self.q = q or _Sql(s)
        self.cache = _cache(s)
        self.profile_id = profile_id
        self.now = now
        st, self._start_fp = _static(self.q, profile_id, now)
        self.static = st
        self.settings = st.settings
        self.clock = st.clock
        self.decks = st.decks
        self.presets = st.presets
        self.today = self.clock.day(now)
        self.day_start = self.clock.day_start(self.today)
        self._done: dict[int, tuple[int, int]] | None = None
        self._done_fp: tuple | None = None
        self._answers: list[tuple[int, int, int]] = []  # (deck, state before, revlog id)
        self._changes: list[tuple[int, dict | None, dict]] = []  # (deck, old row, new row)
        self._due: tuple | None = None  # (now, deck -> due reviews) to keep at the commit
        self._remaining: dict[int, tuple[int, int]] | None = None

    def config(self, deck_id: int) -> PresetConfig:
        d = self.decks.get(deck_id)
        return self.presets.get(d.preset_id if d else None, _NO_PRESET)[0]

    def scheduler(self, deck_id: int) -> Scheduler:
        d = self.decks.get(deck_id)
        return self.static.scheduler(d.preset_id if d else None)

    def path(self, deck_id: int) -> list[int]:
        """The deck and every deck above it."""
        return list(self.static.path(deck_id))

    def subtree(self, deck_id: int | None) -> list[int]:
        return list(self.static.subtree(deck_id))

    def done_today(self) -> dict[int, tuple[int, int]]:
        """deck id -> (new cards introduced today, reviews answered today) in that deck only."""
        if self._done is None:
            table = self.cache.setdefault("done", {})
            with _LOCK:
                got = table.get(self.profile_id)
            start, fp = self._start_fp  # read before this transaction's answers
            done = None
            if start != self.day_start:
                fp = None
            if fp is None and not self._answers:
                fp = _fp_row(self.q.first(_DONE_FP, {"p": self.profile_id,
                                                     "start": self.day_start}))
            if fp is not None and got is not None and got[0] == self.day_start and got[1] == fp:
                # the shared counts plus this transaction's own answers
                done = dict(got[2])
                for deck_id, before, rid in self._answers:
                    fp = _fp_plus(fp, rid)
                    _done_plus(done, deck_id, before)
            if done is None:
                if fp is None or self._answers:  # (read first: a later answer only adds)
                    fp = _fp_row(self.q.first(_DONE_FP, {"p": self.profile_id,
                                                         "start": self.day_start}))
                done = self._count_done()
                if not self._answers:  # (this transaction's answers are published at commit)
                    with _LOCK:
                        table[self.profile_id] = (self.day_start, fp, dict(done))
            self._done, self._done_fp = done, fp
            self._remaining = None
        return self._done

    def _count_done(self) -> dict[int, tuple[int, int]]:
        # today's rows through the (profile, time) index, then their decks: joining first
        # lets SQLite walk the whole log
        rows = self.q.all(
            "SELECT card_id, state_before FROM revlog WHERE profile_id = :p "
            "AND reviewed_ms >= :start AND kind = 'review'",
            {"p": self.profile_id, "start": self.day_start})
        deck_of = {}
        ids = sorted({r[0] for r in rows})
        for i in range(0, len(ids), 500):
            chunk = ",".join(str(int(x)) for x in ids[i:i + 500])
            deck_of.update(self.q.all(f"SELECT id, deck_id FROM card WHERE id IN ({chunk})"))
        done: dict[int, tuple[int, int]] = {}
        for cid, before in rows:
            _done_plus(done, deck_of.get(cid), before)
        return done

    def answered(self, deck_id: int, before: int, rid: int) -> None:
        """This transaction stored an answer (counted now, shared after the commit)."""
        self._answers.append((deck_id, before, rid))
        if self._done is not None:
            _done_plus(self._done, deck_id, before)
            self._done_fp = _fp_plus(self._done_fp, rid)
            self._remaining = None

    def mark(self):
        """(where, what) _unchanged compares at the next call on this connection: taken just
        before the commit, so every row this transaction wrote is counted."""
        q = self.q
        if q.data_version is None:
            return None
        rec = q.conn.connection
        return rec.info, (self.profile_id, self.day_start, q.data_version,
                          rec.dbapi_connection.total_changes)

    def committed(self, mark=None) -> None:
        """Share today's counts with the next call once this transaction's answers are in."""
        self._publish()
        if mark is not None:
            mark[0]["jpprep_study_mark"] = mark[1]
            if self._due is not None:
                with _LOCK:
                    self.cache.setdefault("due", {})[self.profile_id] = (mark[1],
                                                                         *self._due[:2])

    def _publish(self) -> None:
        if not self._answers:
            return
        table = self.cache.setdefault("done", {})
        with _LOCK:
            if self._done is not None:
                table[self.profile_id] = (self.day_start, self._done_fp, dict(self._done))
                return
            got = table.get(self.profile_id)
            if got is None or got[0] != self.day_start:
                return
            fp, done = got[1], dict(got[2])
            for deck_id, before, rid in self._answers:
                fp = _fp_plus(fp, rid)
                _done_plus(done, deck_id, before)
            table[self.profile_id] = (self.day_start, fp, done)

    def remaining(self) -> dict[int, tuple[int, int]]:
        """deck id -> (new, review) still allowed today by that deck's own limits, counting
        what was done in the deck and all its subdecks."""
        done = self.done_today()
        if self._remaining is not None:
            return self._remaining
        st = self.static
        sub: dict[int, tuple[int, int]] = {}
        for did in reversed(st.topdown):  # subdecks first
            n, r = done.get(did, (0, 0))
            for c in st.decks[did].children:
                cn, cr = sub[c]
                n, r = n + cn, r + cr
            sub[did] = (n, r)
        out = {}
        limits = st.limits
        for did, (n, r) in sub.items():
            ln, lr = limits[did]
            out[did] = (ln - n if ln > n else 0, lr - r if lr > r else 0)
        self._remaining = out
        return out

    def unbury(self) -> None:
        """Buried cards come back when a new learner day starts (checked once a day)."""
        done = self.cache.setdefault("unburied", {})
        if done.get(self.profile_id) == self.today:
            return
        res = self.q.run(
            "UPDATE card_state SET queue = 0, bury_day = NULL WHERE profile_id = :p "
            "AND queue = -2 AND bury_day < :today", {"p": self.profile_id, "today": self.today})
        if res.rowcount:
            _forget_hints(self.s, self.profile_id)
        done[self.profile_id] = self.today


def _session_ctx(s: Session, profile_id: int, now: int) -> _Ctx:
    ctx = _Ctx(s, profile_id, now)
    ctx.unbury()
    return ctx


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
    return ctx.static.max_card


# A hint is worked out again from the deck's start after this long: cards reset or deleted on
# another machine of a class change neither the highest card id nor anything else the
# fingerprint reads (cards moved into a deck do: its stamp), so without it a card made new
# again before the remembered one would stay unseen here until a restart.
HINT_TTL_MS = 5 * 60_000


def _new_hint(ctx: _Ctx, deck_id: int) -> int | None:
    """Position to search from; None = the deck has no new card."""
    got = ctx.cache["hints"].get((ctx.profile_id, deck_id))
    if got is None or got[1] != _max_card_id(ctx) or not 0 <= ctx.now - got[2] <= HINT_TTL_MS:
        return _NO_HINT
    return got[0]


def _set_hint(ctx: _Ctx, deck_id: int, position: int | None, since: int | None = None) -> None:
    """`since`: when the hint was last worked out from the deck's start (now by default)."""
    ctx.cache["hints"][(ctx.profile_id, deck_id)] = (
        position, _max_card_id(ctx), ctx.now if since is None else since)


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
    got = ctx.cache["hints"].get((ctx.profile_id, deck_id))
    since = got[2] if hint != _NO_HINT and got is not None else ctx.now
    sql = f"SELECT c.id, c.position {_NEW_WHERE} ORDER BY c.position, c.id LIMIT 1"
    row = ctx.q.first(sql, {"p": ctx.profile_id, "d": deck_id, "hint": hint})
    if row is None and hint != _NO_HINT:
        row = ctx.q.first(sql, {"p": ctx.profile_id, "d": deck_id, "hint": _NO_HINT})
        since = ctx.now
    if row is None:
        _set_hint(ctx, deck_id, None, since)  # no new card at all (until cards are added)
        return None
    _set_hint(ctx, deck_id, row[1], since)
    return row[0]
