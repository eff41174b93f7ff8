"""Retire the notes a new version of a shipped deck no longer has, inside that deck's sync.

A shipped deck's notes are matched by guid ("<deck id>:<note id>"). When `jpprep deck sync` (or
the window at start) imports a new version without some note, the note leaves the deck the
learner studies (docs/deck-format.md, "Notes a shipped deck no longer has"):

- **No one's progress, no change since the last sync**: the note and its cards are deleted (as
  the browser's Delete does: their undo entries too). Nothing of a learner's goes.
- **Someone studied it** (a card_state or review-log row of any profile on any of its cards),
  or it was changed after the deck's last sync (edited, tagged, given a reading in the
  browser; the sync time is kept in Deck.meta["synced_ms"] from this version on, and for a
  deck synced before, a note changed after it was added counts as changed): the note and its
  cards move, with everyone's progress, to the deck "Retired::<deck name>" (source "retired",
  source_key the shipped deck id), and every card of it is suspended for every profile there
  is (a row is added for a profile that never saw it, and for a profile made later:
  suspend_retired_for), so no study queue shows it. The review log is not touched: it is
  FK-bound to cards with ON DELETE CASCADE, so deleting a studied card would delete its
  answers, and the Progress page, the stats summary and a class server's records would lose
  them. The statistics follow the moved cards (the card triggers of stats_dirty). The learner
  can browse, unsuspend or delete that deck.
- **The learner moved it to a deck of their own** (outside the shipped deck and its
  sub-decks): it stays there untouched; it is theirs now (counted as `retired_left`).

All of it runs in the deck's import transaction (services/importing.py), so a failure leaves
the deck as it was. No media file is removed: media rows belong to the deck, not to a note;
the kept notes' sounds and pictures get rows in the Retired deck for the same stored files.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, func, insert, literal, select, update

from jpprep.services.deck_stamp import stamp_decks
from jpprep.services.note_actions import _chunks, _subtree, delete_note_rows
from jpprep.store.models import Card, CardState, Deck, Media, Note, Profile, Review, UndoEntry

SUSPENDED = -1  # CardState.queue of a suspended card (jpprep.srs.scheduler)


@dataclass
class Retired:
    deleted: int = 0  # notes deleted (nobody's progress on them)
    kept: int = 0  # notes moved to the Retired deck with everyone's progress, suspended
    left: int = 0  # notes the learner had moved to a deck of their own: left there
    deck_name: str = ""  # the Retired deck, when notes went there


def retired_deck_name(deck_name: str) -> str:
    return f"Retired::{deck_name.replace('::', ' ')}"


def _retired_deck(s, key: str, deck_name: str, ensure) -> Deck:
    row = s.scalars(select(Deck).where(Deck.source == "retired", Deck.source_key == key)).first()
    if row is None:
        row = ensure(retired_deck_name(deck_name))
        row.source, row.source_key = "retired", key
        row.description = (f"Notes that jpprep no longer ships in {deck_name}, kept with your "
                           "answers. Their cards are suspended: unsuspend any you still want to "
                           "study, or delete this deck.")
        row.meta = {**(row.meta or {}), "retired_from": key}
    return row


def _studied(s, card_ids: list[int]) -> set[int]:
    """Of these cards, those any profile has a state or an answer on."""
    out: set[int] = set()
    for part in _chunks(card_ids):
        out.update(s.scalars(select(CardState.card_id).distinct()
                             .where(CardState.card_id.in_(part))))
        out.update(s.scalars(select(Review.card_id).distinct().where(Review.card_id.in_(part))))
    return out


def retire_missing(s, *, prefix: str, key: str, root: Deck, deck_name: str, keep: set[str],
                   last_sync: int | None, now: int, ensure) -> Retired:
    """Retire the notes whose guid starts with "<prefix>:" and is not in `keep` (the guids the
    new version has). `ensure(name)` makes or finds a deck by name (the import's helper);
    `last_sync`: when this deck was last synced (None: not known)."""
    out = Retired()
    mine = f"{prefix}:"
    done = set(s.scalars(select(Deck.id).where(Deck.source == "retired")))  # retired before
    gone = [r for r in s.execute(
        select(Note.id, Note.guid, Note.deck_id, Note.created_ms, Note.updated_ms)
        .where(func.substr(Note.guid, 1, len(mine)) == mine))
        if r.guid not in keep and r.deck_id not in done]
    if not gone:
        return out
    tree = _subtree(s, root.id)
    in_deck = [r for r in gone if r.deck_id in tree]
    out.left = len(gone) - len(in_deck)
    note_ids = [r.id for r in in_deck]
    cards: list[tuple[int, int, int, int]] = []  # (card id, note id, deck id, position)
    for part in _chunks(note_ids):
        cards += [tuple(c) for c in s.execute(select(Card.id, Card.note_id, Card.deck_id,
                                                     Card.position).where(Card.note_id.in_(part)))]
    studied_cards = _studied(s, [c[0] for c in cards])
    studied_notes = {n for cid, n, _d, _p in cards if cid in studied_cards}

    def changed(r) -> bool:
        return r.updated_ms > last_sync if last_sync is not None else r.updated_ms != r.created_ms

    kept = [r.id for r in in_deck if r.id in studied_notes or changed(r)]
    kept_set = set(kept)
    dropped = [r.id for r in in_deck if r.id not in kept_set]
    for part in _chunks([c[0] for c in cards if c[1] in kept_set]):
        # an undo of an answer on a kept card would take it out of its suspension
        s.execute(delete(UndoEntry).where(UndoEntry.card_id.in_(part)))
    # as the browser's Delete; these cards have no state and no answers: nothing of a learner's
    delete_note_rows(s, dropped)
    out.deleted, out.kept = len(dropped), len(kept)
    touched = {d for _c, _n, d, _p in cards} | {r.deck_id for r in in_deck}
    if kept:
        target = _retired_deck(s, key, deck_name, ensure)
        s.flush()
        out.deck_name = target.name
        _move_kept(s, kept_set, cards, target, now)
        _suspend_for_everyone(s, [c[0] for c in cards if c[1] in kept_set])
        _copy_media(s, kept, root, target)
        touched.add(target.id)
    stamp_decks(s, touched, now)
    return out


def _move_kept(s, kept: set[int], cards: list, target: Deck, now: int) -> None:
    """The kept notes and their cards into the Retired deck, after its cards, in their order."""
    top = s.scalar(select(func.max(Card.position)).where(Card.deck_id == target.id)) or 0
    mine = sorted((c for c in cards if c[1] in kept), key=lambda c: (c[3], c[0]))
    if mine:
        # an UPDATE per card row: the statistics' card triggers see each card change deck
        s.execute(update(Card), [{"id": cid, "deck_id": target.id, "position": top + 1 + i}
                                 for i, (cid, _n, _d, _p) in enumerate(mine)])
    for part in _chunks(sorted(kept)):
        s.execute(update(Note).where(Note.id.in_(part)).values(deck_id=target.id,
                                                                updated_ms=now))


def suspend_retired_for(s, profile_id: int) -> None:
    """A profile made after notes were retired: their cards suspended for it too, so that its
    study queue (all decks) does not introduce them as new cards (profiles.create_profile)."""
    cards = select(Card.id).join(Deck, Deck.id == Card.deck_id).where(Deck.source == "retired")
    s.execute(insert(CardState).from_select(
        ["profile_id", "card_id", "state", "queue", "due_ms", "reps", "lapses", "flag", "leech"],
        select(literal(profile_id), cards.subquery().c.id, literal(0), literal(SUSPENDED),
               literal(0), literal(0), literal(0), literal(0), literal(False))))


def _suspend_for_everyone(s, card_ids: list[int]) -> None:
    """Every profile: the card suspended (its progress as it was); a new row, new and
    suspended, for a profile that has none."""
    profiles = list(s.scalars(select(Profile.id)))
    for part in _chunks(card_ids):
        s.execute(update(CardState).where(CardState.card_id.in_(part))
                  .values(queue=SUSPENDED, bury_day=None))
        have = set(s.execute(select(CardState.profile_id, CardState.card_id)
                             .where(CardState.card_id.in_(part))).tuples())
        rows = [{"profile_id": p, "card_id": c, "state": 0, "queue": SUSPENDED, "due_ms": 0,
                 "reps": 0, "lapses": 0, "flag": 0, "leech": False}
                for p in profiles for c in part if (p, c) not in have]
        if rows:
            s.execute(insert(CardState), rows)


def _copy_media(s, note_ids: list[int], root: Deck, target: Deck) -> None:
    """Rows in the Retired deck for the kept notes' sound and picture files (the same stored
    content: no file is written or removed)."""
    names: set[str] = set()
    for part in _chunks(note_ids):
        for audio, image in s.execute(select(Note.audio, Note.image).where(Note.id.in_(part))):
            names.update(n for n in (audio, image) if n)
    if not names:
        return
    have = set(s.scalars(select(Media.name).where(Media.deck_id == target.id)))
    for m in s.scalars(select(Media).where(Media.deck_id == root.id,
                                           Media.name.in_(sorted(names - have)))).all():
        s.add(Media(deck_id=target.id, name=m.name, sha1=m.sha1, size=m.size))
