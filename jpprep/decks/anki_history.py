"""Anki's scheduling and review history as jpprep reads them from a package: card states and
the review log (jpprep.decks.anki reads them with the notes; importing stores them)."""

from __future__ import annotations

import json
import sqlite3


def _revlog(con: sqlite3.Connection) -> dict[int, list[tuple]]:
    """Anki's review log per card id: [(id ms, ease, ivl, lastIvl, factor, time ms, type)],
    oldest first. Rows that are not whole numbers are left out."""
    tables = {r[0] for r in con.execute("select name from sqlite_master where type='table'")}
    if "revlog" not in tables:
        return {}
    out: dict[int, list[tuple]] = {}
    for row in con.execute("select id, cid, ease, ivl, lastIvl, factor, time, type "
                           "from revlog order by id"):
        if not all(isinstance(v, int) for v in row) or row[0] <= 0:
            continue
        out.setdefault(row[1], []).append((row[0], *row[2:]))
    return out


def _state(row, crt: int) -> dict:
    _, _, _, ctype, queue, due, ivl, factor, reps, lapses, data = row[:11]
    stability = difficulty = None
    extra = {}
    try:
        extra = json.loads(data) if isinstance(data, str) and data else {}
        if isinstance(extra, dict):
            stability, difficulty = extra.get("s"), extra.get("d")
    except ValueError:
        pass
    if ctype == 2:
        due_ms = (crt + int(due or 0) * 86400) * 1000
    else:
        due_ms = int(due or 0) * 1000 if (due or 0) > 1_000_000_000 else (crt + int(due or 0) * 86400) * 1000
    last = None
    if isinstance(extra, dict) and isinstance(extra.get("lrt"), int) and extra["lrt"] > 0:
        last = extra["lrt"] * 1000  # FSRS: last review, seconds
    elif ctype == 2 and ivl and ivl > 0:
        last = due_ms - int(ivl) * 86_400_000
    return {"state": int(ctype), "queue": -1 if queue == -1 else 0, "last_review_ms": last,
            "stability": float(stability) if isinstance(stability, (int, float)) else
            (float(ivl) if ctype == 2 and ivl and ivl > 0 else None),
            "difficulty": float(difficulty) if isinstance(difficulty, (int, float)) else
            (5.0 if ctype == 2 else None),
            "due_ms": due_ms, "reps": int(reps or 0), "lapses": int(lapses or 0)}


DAY_MS = 86_400_000


def review_rows(entries: list[tuple]) -> list[dict]:
    """One card's Anki review log as jpprep review_log values (no ids): graded answers become
    kind "review" (so retention, the heatmap and the optimizer see them), Forget and Set due
    date become kind "manual". Cramming in a filtered deck that did not reschedule is left
    out, as Anki's own statistics do. States: 0 new, 1 learning, 2 review, 3 relearning."""
    out = []
    state = 0
    for rid, ease, ivl, _last, factor, ms, typ in entries:
        if ease == 0 or typ in (4, 5):  # manual: reset (ivl 0) or set due date
            after = 0 if ivl == 0 else 2
            out.append({"reviewed_ms": rid, "rating": 0, "duration_ms": 0, "state_before": state,
                        "state_after": after, "kind": "manual",
                        "due_ms": rid + ivl * DAY_MS if ivl > 0 else rid})
            state = after
            continue
        if not 1 <= ease <= 4 or (typ == 3 and factor == 0 and ivl == 0):
            continue
        before = {0: 1 if state else 0, 1: 2, 2: 3}.get(typ, state or 2)
        if ivl > 0:
            after, due = 2, rid + ivl * DAY_MS
        else:
            after, due = (1 if before in (0, 1) else 3), rid - ivl * 1000
        out.append({"reviewed_ms": rid, "rating": ease,
                    "duration_ms": max(0, min(ms, 2_000_000_000)), "state_before": before,
                    "state_after": after, "kind": "review", "due_ms": due})
        state = after
    return out
