"""Delete a whole deck: the deck, its sub-decks, their notes and cards, every profile's progress
and answers on those cards, and the deck's media, in one transaction.

What goes with it, and what stays (docs/deck-format.md, "Deleting a whole deck"):

- A note belongs to one deck; its cards usually sit there too, but a card can sit in another
  deck. The notes of the deleted decks go, with every card of theirs, also one that sits in a
  deck that stays (DeckImpact.elsewhere). A card in a deleted deck whose note belongs to a deck
  that stays goes back to its note's deck with everyone's progress on it (DeckImpact.returned),
  after that deck's own new cards; that deck's change stamp (updated_ms, read by the study
  queue's cache) is set, and the statistics follow the moved card (the card triggers).
- Every profile's answers (the review log) on the deck's cards are deleted with the cards, so
  the Progress page no longer counts them; a learner's other decks, mock exam results, targets
  (the deleted decks are taken out of them) and profile settings stay. Assignments of the deck
  and reading corrections made for it go. There is no undo: the confirmation suggests
  exporting the deck first (an export keeps the notes; review history is not exported).
- Media rows of the deck go. A media file in the data folder (media/, content-addressed by its
  SHA-1) is removed after the transaction commits when no media row of any deck uses the same
  content any more; a file another deck still uses stays. That second look and the removal hold
  the media lock that an import holds from keeping its files to its commit
  (services/media_lock.py), so a file an import is about to use is never removed. On a class
  server each PC keeps its own media folder: only this PC's copies are removed (the others'
  are unused until a re-import uses the same content again).
- A deck that comes with jpprep (Deck.source "shipped") can be deleted too. Its id is kept in
  `removed_shipped_deck` so that loading the shipped decks at start (`sync_shipped_decks` with
  `offered=shipped_offered(db)`) leaves it out, on every machine of a class, until
  `restore_shipped` (Home's "Bring back", `jpprep deck sync --restore`) brings it back, fresh,
  without the history.
- A lab that locks `delete_decks` refuses it here too (LabLockedError), not only in the GUI.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import and_, delete, exists, func, or_, select, update

from jpprep.errors import JpprepError
from jpprep.services.deck_stamp import stamp_decks
from jpprep.services.note_actions import _chunks, _deck, _forget_study_hints, _subtree
from jpprep.store.db import Database
from jpprep.store.models import (
    Assignment,
    Card,
    CardState,
    Deck,
    Media,
    Note,
    ReadingOverride,
    RemovedShippedDeck,
    Review,
    StatsDay,
    Target,
    UndoEntry,
)


class LabLockedError(JpprepError):
    """The lab configuration locks this action for everyone on this machine."""


@dataclass(frozen=True)
class DeckImpact:
    deck_id: int
    name: str
    decks: int  # the deck and its sub-decks
    notes: int
    cards: int
    reviews: int  # answers of every profile on those cards
    profiles: int  # profiles that have studied at least one of the cards
    media: int  # media rows of the decks
    shipped: tuple[str, ...]  # ids of the decks in it that come with jpprep ("jlpt-n5")
    elsewhere: int = 0  # of `cards`: cards of these notes that sit in decks that stay
    returned: int = 0  # cards in these decks whose note belongs to a deck that stays: they go
    #                    back to that deck (not counted in `cards`)
    home_decks: tuple[str, ...] = ()  # the names of the decks they go back to


def _check_lock() -> None:
    from jpprep import lab

    if not lab.allowed("delete_decks"):
        # no code for the GUI's error table: the GUI hides the action under the lock
        raise LabLockedError("this lab does not allow deleting decks.", field="delete_decks",
                             hint="Ask the instructor; the lab configuration locks it.")


def _cards_of(deck_ids):
    """The cards in these decks, and the cards of their notes wherever they sit."""
    return or_(Card.deck_id.in_(deck_ids),
               Card.note_id.in_(select(Note.id).where(Note.deck_id.in_(deck_ids))))


def _note_stays(ids):
    """The card's note belongs to a deck outside `ids` (the whole tree being deleted: one
    NOT IN list of every deck in it, not chunks; a tree has far fewer decks than the drivers'
    32,766 (SQLite) or 65,535 (PostgreSQL) parameters)."""
    return exists().where(Note.id == Card.note_id, Note.deck_id.not_in(ids))


def _doomed(part, ids):
    """The cards deleted with the tree `ids` (of its decks in `part`): its notes' cards wherever
    they sit, and its decks' cards unless their note stays (those go back to it)."""
    return and_(_cards_of(part), ~_note_stays(ids))


def _returning(s, ids) -> list[tuple[int, int, int]]:
    """(card id, position, the note's deck) of the cards in the tree whose note stays, in
    position order."""
    out: list[tuple[int, int, int]] = []
    for part in _chunks(ids):
        out += [tuple(r) for r in s.execute(
            select(Card.id, Card.position, Note.deck_id).join(Note, Note.id == Card.note_id)
            .where(Card.deck_id.in_(part), Note.deck_id.not_in(ids)))]
    return sorted(out, key=lambda r: (r[1], r[0]))


def _impact(s, deck: Deck) -> tuple[DeckImpact, list[int], list[tuple[int, int, int]]]:
    ids = sorted(_subtree(s, deck.id))
    notes = cards = reviews = media = elsewhere = 0
    learners: set[int] = set()
    shipped: list[str] = []
    for part in _chunks(ids):
        notes += s.scalar(select(func.count()).select_from(Note)
                          .where(Note.deck_id.in_(part))) or 0
        cards += s.scalar(select(func.count()).select_from(Card)
                          .where(_doomed(part, ids))) or 0
        elsewhere += s.scalar(select(func.count()).select_from(Card).where(
            Card.note_id.in_(select(Note.id).where(Note.deck_id.in_(part))),
            Card.deck_id.not_in(ids))) or 0
        card_ids = select(Card.id).where(_doomed(part, ids))
        reviews += s.scalar(select(func.count()).select_from(Review)
                            .where(Review.card_id.in_(card_ids))) or 0
        for table in (CardState, Review):
            learners.update(s.scalars(select(table.profile_id).distinct()
                                      .where(table.card_id.in_(card_ids))))
        media += s.scalar(select(func.count()).select_from(Media)
                          .where(Media.deck_id.in_(part))) or 0
        shipped += s.scalars(select(Deck.source_key).where(
            Deck.id.in_(part), Deck.source == "shipped", Deck.source_key.is_not(None)))
    returning = _returning(s, ids)
    homes = sorted({home for _c, _p, home in returning})
    home_names = tuple(sorted(s.scalars(select(Deck.name).where(Deck.id.in_(homes))))) \
        if homes else ()
    return DeckImpact(deck.id, deck.name, len(ids), notes, cards, reviews, len(learners), media,
                      tuple(sorted(shipped)), elsewhere, len(returning), home_names), \
        ids, returning


def delete_impact(db: Database, deck_id: int) -> DeckImpact:
    """What deleting this deck takes with it (to say so before asking)."""
    with db.session() as s:
        return _impact(s, _deck(s, deck_id))[0]


def _send_home(s, returning: list[tuple[int, int, int]], now: int) -> None:
    """Cards whose note stays go back to the note's deck, after its own new cards, in their
    order; that deck's stamp changes (the study cache sees cards joined it)."""
    by_home: dict[int, list[int]] = {}
    for card_id, _pos, home in returning:
        by_home.setdefault(home, []).append(card_id)
    for home, cards in by_home.items():
        top = s.scalar(select(func.max(Card.position)).where(Card.deck_id == home)) or 0
        s.execute(update(Card), [{"id": cid, "deck_id": home, "position": top + 1 + i}
                                 for i, cid in enumerate(cards)])
    stamp_decks(s, by_home, now)


def delete_deck(db: Database, deck_id: int, *, now: int,
                media_dir: Path | None = None) -> DeckImpact:
    """Delete the deck and its sub-decks with everything in them, all or nothing (see the
    module's docstring). Returns what went. Unused media files are removed from `media_dir`
    (default: the data folder's media/) after the commit."""
    _check_lock()
    with db.session() as s:
        impact, ids, returning = _impact(s, _deck(s, deck_id))
        # first, so that what is deleted below is only what the impact counted
        _send_home(s, returning, now)
        names = dict(s.execute(select(Deck.source_key, Deck.name).where(
            Deck.source_key.in_(impact.shipped), Deck.source == "shipped")).all()) \
            if impact.shipped else {}
        sha1s: set[tuple[str, str]] = set()
        for part in _chunks(ids):
            sha1s.update(s.execute(select(Media.sha1, Media.name)
                                   .where(Media.deck_id.in_(part))).all())
            card_ids = select(Card.id).where(_doomed(part, ids))
            # explicit, not only the schema's cascades (SQLite without foreign keys on)
            s.execute(delete(Review).where(Review.card_id.in_(card_ids)))
            # an undo of an answer on a deleted card would bring back a state of nothing
            s.execute(delete(UndoEntry).where(UndoEntry.card_id.in_(card_ids)))
            s.execute(delete(CardState).where(CardState.card_id.in_(card_ids)))
            s.execute(delete(Card).where(_doomed(part, ids)))
            s.execute(delete(Note).where(Note.deck_id.in_(part)))
            s.execute(delete(Media).where(Media.deck_id.in_(part)))
            s.execute(delete(ReadingOverride).where(ReadingOverride.deck_id.in_(part)))
            s.execute(delete(Assignment).where(Assignment.deck_id.in_(part)))
            s.execute(delete(StatsDay).where(StatsDay.deck_id.in_(part)))
        gone = set(ids)
        for target in s.scalars(select(Target)):
            kept = [d for d in (target.deck_ids or []) if d not in gone]
            if kept != list(target.deck_ids or []):
                target.deck_ids = kept
        # sub-decks first ("JLPT::N5" is longer than "JLPT"): no row points at a deleted deck
        for i, _name in sorted(s.execute(select(Deck.id, Deck.name).where(Deck.id.in_(ids))).all(),
                               key=lambda r: -len(r[1])):
            s.execute(delete(Deck).where(Deck.id == i))
        known = set(s.scalars(select(RemovedShippedDeck.source_key)
                              .where(RemovedShippedDeck.source_key.in_(impact.shipped))))
        for key in impact.shipped:
            if key not in known:
                s.add(RemovedShippedDeck(source_key=key, name=names.get(key, ""),
                                         removed_ms=now))
    _forget_study_hints(db)
    _remove_unused_files(db, sha1s, media_dir)
    return impact


def _remove_unused_files(db: Database, files: set[tuple[str, str]],
                         media_dir: Path | None) -> None:
    """Media files (by content) that no deck uses any more, removed from this PC's folder.
    Under the media lock (services/media_lock.py), in a transaction of its own after the
    deletion's commit: an import that kept one of these files has committed its row (seen
    here, the file stays) or has not looked yet (it writes the file again)."""
    if not files:
        return
    from sqlalchemy.exc import OperationalError

    from jpprep import paths
    from jpprep.errors import StorageError
    from jpprep.services.check import media_file
    from jpprep.services.media_lock import lock_media

    folder = Path(media_dir) if media_dir is not None else paths.media_dir()
    try:
        with db.session() as s:
            lock_media(s)
            used: set[str] = set()
            wanted = sorted({sha for sha, _ in files})
            for part in _chunks(wanted):
                used.update(s.scalars(select(Media.sha1).where(Media.sha1.in_(part))))
            for sha1, name in files:
                if sha1 in used:
                    continue
                try:
                    media_file(folder, sha1, name).unlink(missing_ok=True)
                except OSError:  # in use or read-only: an unused file is harmless
                    pass
    except (OperationalError, StorageError):
        # the lock was not free in time (a long import on SQLite): the deck is deleted and
        # its files stay, unused; removing one an import may be using would not be safe
        pass


# ---------------------------------------------------------------- shipped decks deleted
def removed_shipped(db: Database) -> dict[str, str]:
    """{shipped deck id: name} of the decks that come with jpprep and were deleted."""
    with db.session() as s:
        return dict(s.execute(select(RemovedShippedDeck.source_key, RemovedShippedDeck.name)
                              .order_by(RemovedShippedDeck.source_key)).all())


def shipped_offered(db: Database, offered: Callable[[str], bool] | None = None
                    ) -> Callable[[str], bool]:
    """For sync_shipped_decks(offered=...): the shipped decks `offered` allows (a lab's
    deck_offered; default all) that nobody deleted. Read once, when called."""
    removed = set(removed_shipped(db))
    return lambda key: key not in removed and (offered is None or offered(key))


def restore_shipped(db: Database, keys: list[str] | None = None) -> list[str]:
    """Forget that these (default: all) shipped decks were deleted, so the next loading of
    the shipped decks brings them back. Returns the ids restored."""
    _check_lock()
    with db.session() as s:
        q = select(RemovedShippedDeck)
        if keys is not None:
            q = q.where(RemovedShippedDeck.source_key.in_(list(keys)))
        rows = list(s.scalars(q))
        for r in rows:
            s.delete(r)
        return sorted(r.source_key for r in rows)


def sync_shipped(db: Database, decks_dir: Path, *, now: int, progress=None,
                 offered: Callable[[str], bool] | None = None):
    """jpprep.services.importing.sync_shipped_decks without the shipped decks someone deleted
    (what the window runs at start and `jpprep deck sync` runs)."""
    from jpprep.services.importing import sync_shipped_decks

    return sync_shipped_decks(db, decks_dir, now=now, progress=progress,
                              offered=shipped_offered(db, offered))
