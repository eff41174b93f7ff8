"""Check the database: find what is broken, repair what can be repaired, say what was done.

Rules: a backup is made before the first repair; the review log (learner history) and finished
exams are never deleted or changed here, only reported; content that lost its parent is moved to
a "Recovered" deck rather than deleted; derived data (card_state, which the review log can
rebuild) is repaired from the newest review, or removed when it points at nothing. A deck
that gets cards or notes, or whose cards' progress is repaired, gets its change stamp in the
same transaction (services/deck_stamp.py: study counts on other PCs see the change).
A damaged SQLite file (integrity_check fails) is not written at all: restore a backup.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import and_, delete, exists, func, select, text, update
from sqlalchemy.orm import Session

from jpprep.services.deck_stamp import stamp_decks, stamp_decks_of_cards
from jpprep.store.db import Database
from jpprep.store.models import Base, Card, CardState, Deck, Media, Note, Review

RECOVERED_DECK = "Recovered"
MAX_DUE_MS = 7_258_118_400_000  # 2200-01-01: a due date beyond this is a bug, not a plan
MAX_STABILITY_DAYS = 36_500.0
STATES = (0, 1, 2, 3)
QUEUES = (0, -1, -2)

# what to do with rows whose parent is missing: "delete" (derived or harmless rows),
# "null" (an optional link), "recover" (content: move under the Recovered deck), "keep" (history)
ORPHAN_ACTION = {
    ("card_state", "card_id"): "delete",
    ("card_state", "profile_id"): "delete",
    ("reading_override", "profile_id"): "delete",
    ("reading_override", "deck_id"): "delete",
    ("target", "profile_id"): "delete",
    ("media", "deck_id"): "delete",
    ("assignment", "deck_id"): "delete",
    ("assignment", "profile_id"): "delete",
    ("assignment", "created_by"): "null",
    ("deck", "parent_id"): "null",
    ("deck", "preset_id"): "null",
    ("note", "deck_id"): "recover",
    ("card", "deck_id"): "recover",
    ("card", "note_id"): "recover",
}


@dataclass
class Finding:
    table: str
    count: int
    what: str
    done: str  # what was done ("" when only reported)


@dataclass
class CheckReport:
    integrity: list[str] = field(default_factory=list)  # [] = ok
    repaired: list[Finding] = field(default_factory=list)
    kept: list[Finding] = field(default_factory=list)  # found, deliberately left as it is
    problems: list[Finding] = field(default_factory=list)  # found, could not be repaired
    backup: Path | None = None

    @property
    def ok(self) -> bool:
        return not self.integrity and not self.problems

    def lines(self) -> list[str]:
        out = []
        if self.integrity:
            out.append("DAMAGED: the database file failed its integrity check: "
                       + "; ".join(self.integrity[:5]))
            out.append("Nothing was changed. Restore a backup: jpprep backup restore --newest")
        if self.backup:
            out.append(f"a backup was made before repairing: {self.backup}")
        for f in self.repaired:
            out.append(f"repaired: {f.table}: {f.count} {f.what}; {f.done}")
        for f in self.kept:
            out.append(f"kept: {f.table}: {f.count} {f.what}; {f.done}")
        for f in self.problems:
            out.append(f"PROBLEM: {f.table}: {f.count} {f.what}; {f.done}")
        if not out or (self.ok and not self.repaired and not self.kept):
            out.append("the database is healthy: nothing to repair")
        return out


def _integrity(db: Database) -> list[str]:
    if db.engine.dialect.name != "sqlite":
        return []  # a server checks its own pages
    with db.engine.connect() as conn:
        rows = [r[0] for r in conn.execute(text("PRAGMA integrity_check")).fetchall()]
    return [] if rows == ["ok"] else rows


def _orphans(s: Session) -> list[tuple]:
    """(table, column, parent table, [primary keys]) for every broken link."""
    found = []
    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            col = fk.parent
            other = fk.column.table.alias("parent_row")  # an alias: deck.parent_id -> deck.id
            missing = ~exists().where(other.c[fk.column.name] == col)
            pk = list(table.primary_key.columns)
            rows = s.execute(select(*pk).where(col.isnot(None), missing)).all()
            if rows:
                found.append((table, col, fk.column.table.name, [tuple(r) for r in rows]))
    return found


def _recovered_deck(s: Session, now: int) -> int:
    deck_id = s.scalar(select(Deck.id).where(Deck.name == RECOVERED_DECK))
    if deck_id is None:
        deck = Deck(name=RECOVERED_DECK, source="user", created_ms=now, updated_ms=now,
                    description="Cards and notes found without their deck by `check database`.")
        s.add(deck)
        s.flush()
        deck_id = deck.id
    return deck_id


def _fix_orphans(s: Session, report: CheckReport, now: int, repair: bool) -> None:
    # links are fixed parent-first, so a note moved to Recovered is no longer an orphan when
    # its cards are looked at
    for table, col, parent, keys in _orphans(s):
        action = ORPHAN_ACTION.get((table.name, col.name), "keep")
        what = f"rows point to a missing {parent} ({col.name})"
        if action == "keep" or not repair:
            done = ("kept: learner history is never deleted; it still counts in statistics"
                    if action == "keep" else "not repaired (report only)")
            (report.kept if action == "keep" else report.problems).append(
                Finding(table.name, len(keys), what, done))
            continue
        pk = list(table.primary_key.columns)
        where = [and_(*(c == v for c, v in zip(pk, key))) for key in keys]
        for w in where:
            if action == "delete":
                s.execute(delete(table).where(w))
            elif action == "null":
                s.execute(update(table).where(w).values({col.name: None}))
            elif action == "recover":
                _recover(s, table.name, col.name, w, now)
        done = {"delete": "removed (nothing learned is lost: it can be rebuilt)",
                "null": "the link was cleared",
                "recover": f"moved to the '{RECOVERED_DECK}' deck"}[action]
        report.repaired.append(Finding(table.name, len(keys), what, done))
        s.flush()


def _recover(s: Session, table: str, column: str, where, now: int) -> None:
    """Content whose parent is gone goes to its note's deck or the Recovered deck; the decks
    it joins get their change stamp, so study counts elsewhere see the cards (deck_stamp)."""
    deck_id = _recovered_deck(s, now)
    if table == "note":
        s.execute(update(Note).where(where).values(deck_id=deck_id, updated_ms=now))
        stamp_decks(s, [deck_id], now)
    elif table == "card" and column == "deck_id":
        joined = set()
        for card in s.scalars(select(Card).where(where)):
            note_deck = s.scalar(select(Note.deck_id).where(Note.id == card.note_id))
            card.deck_id = note_deck if note_deck is not None else deck_id
            joined.add(card.deck_id)
        s.flush()
        stamp_decks(s, joined, now)
    elif table == "card" and column == "note_id":
        # the card (and its reviews) stay; a placeholder note says what happened
        for card in s.scalars(select(Card).where(where)):
            note = Note(deck_id=deck_id, guid=f"recovered:{card.id}:{now}", kind="vocab",
                        expression=f"(lost note of card {card.id})", created_ms=now,
                        updated_ms=now, tags="recovered")
            s.add(note)
            s.flush()
            card.note_id = note.id
        stamp_decks(s, [deck_id], now)


def _bad_state_clause():
    c = CardState
    return (
        c.state.notin_(STATES) | c.queue.notin_(QUEUES) | (c.reps < 0) | (c.lapses < 0)
        | (c.due_ms < 0) | (c.due_ms > MAX_DUE_MS)
        | (c.last_review_ms.isnot(None) & (c.due_ms < c.last_review_ms))
        | (c.stability.isnot(None) & ((c.stability <= 0) | (c.stability > MAX_STABILITY_DAYS)))
        | (c.difficulty.isnot(None) & ((c.difficulty < 1) | (c.difficulty > 10)))
    )


def _sane(review: Review | None) -> bool:
    return (review is not None and review.state_after in STATES
            and 0 <= review.reviewed_ms <= review.due_ms <= MAX_DUE_MS
            and (review.stability is None or 0 < review.stability <= MAX_STABILITY_DAYS)
            and (review.difficulty is None or 1 <= review.difficulty <= 10))


def _fix_states(s: Session, report: CheckReport, now: int, repair: bool) -> None:
    rows = s.scalars(select(CardState).where(_bad_state_clause())).all()
    if not rows:
        return
    what = "card progress rows with impossible values (due date, interval, stability, state)"
    if not repair:
        report.problems.append(Finding("card_state", len(rows), what, "not repaired (report only)"))
        return
    # a repaired card may be new or due again: its deck's stamp tells study counts elsewhere
    stamp_decks_of_cards(s, [row.card_id for row in rows], now)
    rebuilt = 0
    for row in rows:
        last = s.scalars(select(Review).where(Review.profile_id == row.profile_id,
                                              Review.card_id == row.card_id)
                         .order_by(Review.reviewed_ms.desc(), Review.id.desc()).limit(1)).first()
        if _sane(last):
            row.state, row.due_ms, row.last_review_ms = last.state_after, last.due_ms, last.reviewed_ms
            row.stability, row.difficulty = last.stability, last.difficulty
            rebuilt += 1
        else:
            if row.state not in STATES:
                row.state = 2 if row.last_review_ms else 0
            if row.stability is not None and not 0 < row.stability <= MAX_STABILITY_DAYS:
                row.stability = None
            if row.difficulty is not None and not 1 <= row.difficulty <= 10:
                row.difficulty = min(10.0, max(1.0, row.difficulty))
            if row.last_review_ms is not None and row.last_review_ms > now:
                row.last_review_ms = now
            if not 0 <= row.due_ms <= MAX_DUE_MS or (
                    row.last_review_ms is not None and row.due_ms < row.last_review_ms):
                row.due_ms = now  # due now: the learner sees it again soon
        if row.queue not in QUEUES:
            row.queue = 0
        row.reps, row.lapses = max(0, row.reps), max(0, row.lapses)
    report.repaired.append(Finding(
        "card_state", len(rows), what,
        f"{rebuilt} rebuilt from their newest review, {len(rows) - rebuilt} made due now"))


def _history(s: Session, report: CheckReport) -> None:
    bad = s.scalar(select(func.count()).select_from(Review).where(
        Review.rating.notin_((1, 2, 3, 4)) | (Review.duration_ms < 0) | (Review.reviewed_ms < 0)))
    if bad:
        report.kept.append(Finding("revlog", bad, "reviews with impossible values (rating, time)",
                                   "kept: learner history is never changed; the scheduler skips them"))


def media_file(media_dir: Path, sha1: str, name: str) -> Path:
    """Where jpprep keeps a media file in `media_dir` (importing.media_path's rule)."""
    from jpprep.services.importing import media_path

    return media_path(sha1, name, media_dir)


def _sha1(path: Path) -> str:
    h = hashlib.sha1()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _fix_media(s: Session, media_dir: Path, report: CheckReport, repair: bool) -> None:
    missing, found_again = [], 0
    for m in s.scalars(select(Media)):
        want = media_file(media_dir, m.sha1, m.name)
        if want.is_file():
            continue
        # the same content somewhere else in the media folder (moved, renamed, old layout)?
        candidates = [p for p in (Path(media_dir) / m.name, *Path(media_dir).glob(f"*/{m.sha1}*"))
                      if p.is_file()] if Path(media_dir).is_dir() else []
        source = next((p for p in candidates if _sha1(p) == m.sha1), None)
        if source is not None and repair:
            import shutil

            want.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, want)
            found_again += 1
        else:
            missing.append(f"{m.name} (deck {m.deck_id})")
    if found_again:
        report.repaired.append(Finding("media", found_again, "media files were not in place",
                                       "the same content was found in the media folder and put back"))
    if missing:
        report.problems.append(Finding(
            "media", len(missing), "media files are missing: " + ", ".join(missing[:5]),
            "re-import the deck that has them to get them back; cards still work without sound"))


def check_database(db: Database, media_dir: Path, *, repair: bool = True,
                   now: int | None = None, backup: bool = True) -> CheckReport:
    """Check `db` (and the media folder); repair what can be repaired unless repair=False.

    `now` (UTC ms) is used for the backup's name and for cards made due now; it defaults to the
    clock only for the CLI's convenience.
    """
    if now is None:
        import time

        now = int(time.time() * 1000)
    report = CheckReport(integrity=_integrity(db))
    if report.integrity:
        return report
    dry = CheckReport()
    with db.session() as s:
        _fix_orphans(s, dry, now, repair=False)
        _fix_states(s, dry, now, repair=False)
    needs_repair = repair and any(f.table != "revlog" for f in dry.problems)
    if needs_repair and backup:
        from jpprep.services.backup import backup_now

        report.backup = backup_now(db, "check", now)
    with db.session() as s:
        _fix_orphans(s, report, now, repair)
        _fix_states(s, report, now, repair)
        _history(s, report)
        _fix_media(s, media_dir, report, repair)
    return report
