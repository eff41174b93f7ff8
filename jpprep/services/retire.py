"""Retire the notes a new version of a shipped deck no longer has, inside that deck's sync.

A shipped deck's notes are matched by guid ("<deck id>:<note id>"). When `jpprep deck sync` (or
the window at start) imports a new version without some note, the note leaves the deck the
learner studies (docs/deck-format.md, "Notes a shipped deck no longer has"):

- **No one's progress, no change since the last sync**: the note and its cards are deleted (as
  the browser's Delete does: their undo entries too). Nothing of a learner's goes.
- **Someone studied it** (a card_state or review-log row of any profile on any of its cards),
  or someone changed it after the deck's last sync (edited, tagged, given a reading, moved in
  the browser; see "Changed since the last sync" below): the note and its cards move, with
  everyone's progress, to the deck "Retired::<deck name>" (source "retired", source_key the
  shipped deck id), and every card of it is suspended for every profile there is (a row is
  added for a profile that never saw it, and for a profile made later: suspend_retired_for),
  so no study queue shows it. The review log is not touched: it is FK-bound to cards with ON
  DELETE CASCADE, so deleting a studied card would delete its answers, and the Progress page,
  the stats summary and a class server's records would lose them. The statistics follow the
  moved cards (the card triggers of stats_dirty). The learner can browse or delete that deck
  (unsuspending is study.suspend(..., suspended=False); the window has no such action yet).
- **The learner moved it to a deck of their own** (outside the shipped deck and its
  sub-decks): it stays there untouched; it is theirs now (counted as `retired_left`).

Changed since the last sync (changed_notes, read before the sync writes anything): the sync
time is kept in Deck.meta["synced_ms"]; a note whose updated_ms is later was changed by
someone. A deck last synced by an older jpprep has no synced_ms, and there a sync that
corrected a note (a new reading) set its updated_ms as an edit does. Such a change is told
from a person's by when it happened: a note's updated_ms is a moment a sync wrote when
- notes of a shipped deck were added then (the created_ms of any note whose guid is a shipped
  deck's): the same sync, which stamps every note it adds or corrects with one `now`; or
- it is the deck's own change stamp from before this sync (the last thing that stamped the
  deck was the sync that corrected the note; editing, tagging or filling readings does not
  stamp a deck), and the note's cards are not after every card of a note that was not
  changed since then: the browser's Move into the deck, the only other action that gives a
  note and the deck the same moment, puts the moved cards after all the deck's cards, while
  a sync puts them at their place in the file.
Any other change counts as a person's (kept, not deleted). A sync's correction wrote the
whole note from the file, so a note last written by a sync holds nothing of a learner's; it
is deleted unless someone studied it.

Coming back: a note a later version has again leaves the Retired deck for the shipped deck
(services/importing.py), and the suspension retiring put on its cards is lifted (bring_back):
retiring marks each state it suspends with bury_day = -1 - reps (bury_day means nothing while
a card is suspended). The learner's own Suspend clears bury_day and an answer changes reps,
so a card the learner suspended, before or after retiring, stays suspended.

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
# CardState.bury_day of a state retiring suspended (-1 - its reps then): see the docstring
RETIRED_MARK = -1 - CardState.reps


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
                           "answers. Their cards are suspended: to study some again, select "
                           "them under Decks and press Unsuspend (Ctrl+J); or delete this deck.")
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


def _gone(s, prefix: str, keep: set[str]) -> list:
    """The notes whose guid starts with "<prefix>:", not in `keep` and not retired before."""
    mine = f"{prefix}:"
    done = set(s.scalars(select(Deck.id).where(Deck.source == "retired")))
    return [r for r in s.execute(
        select(Note.id, Note.guid, Note.deck_id, Note.created_ms, Note.updated_ms)
        .where(func.substr(Note.guid, 1, len(mine)) == mine))
        if r.guid not in keep and r.deck_id not in done]


def changed_notes(s, *, prefix: str, keep: set[str], last_sync: int | None,
                  stamp: int | None) -> set[int]:
    """Before the sync writes: of the notes it will retire, those someone changed since the
    deck's last sync (the module's docstring). `last_sync`: Deck.meta["synced_ms"] (None: an
    older jpprep synced it); `stamp`: the deck's updated_ms before this sync."""
    gone = _gone(s, prefix, keep)
    if last_sync is not None:
        return {r.id for r in gone if r.updated_ms > last_sync}
    later = [r for r in gone if r.updated_ms != r.created_ms]
    if not later:
        return set()
    added = _sync_moments(s)
    maybe = [r for r in later if r.updated_ms not in added]
    placed = _placed_by_sync(s, [r for r in maybe if r.updated_ms == stamp], stamp)
    return {r.id for r in maybe if r.id not in placed}


def _sync_moments(s) -> set[int]:
    """When a sync (or import) of a shipped deck added notes: their created_ms."""
    out: set[int] = set()
    for key in s.scalars(select(Deck.source_key).distinct().where(Deck.source == "shipped")):
        mine = f"{key}:"
        out.update(s.scalars(select(Note.created_ms).distinct()
                             .where(func.substr(Note.guid, 1, len(mine)) == mine)))
    return out


def _placed_by_sync(s, notes: list, stamp: int | None) -> set[int]:
    """Of these notes (changed at the deck's stamp), those whose cards a note unchanged since
    then follows in their deck: placed there by the sync, not by the browser's Move."""
    out: set[int] = set()
    for deck_id in {r.deck_id for r in notes}:
        last = s.scalar(select(func.max(Card.position)).join(Note, Note.id == Card.note_id)
                        .where(Card.deck_id == deck_id, Note.updated_ms < stamp))
        if last is None:
            continue
        ids = [r.id for r in notes if r.deck_id == deck_id]
        for part in _chunks(ids):
            out.update(n for n, top in s.execute(
                select(Card.note_id, func.max(Card.position))
                .where(Card.note_id.in_(part), Card.deck_id == deck_id)
                .group_by(Card.note_id)) if top < last)
    return out


def retire_missing(s, *, prefix: str, key: str, root: Deck, deck_name: str, keep: set[str],
                   changed: set[int], now: int, ensure) -> Retired:
    """Retire the notes whose guid starts with "<prefix>:" and is not in `keep` (the guids the
    new version has). `ensure(name)` makes or finds a deck by name (the import's helper);
    `changed`: changed_notes(), read before the sync wrote."""
    out = Retired()
    gone = _gone(s, prefix, keep)
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

    kept = [r.id for r in in_deck if r.id in studied_notes or r.id in changed]
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
        ["profile_id", "card_id", "state", "queue", "due_ms", "reps", "lapses", "flag", "leech",
         "bury_day"],
        select(literal(profile_id), cards.subquery().c.id, literal(0), literal(SUSPENDED),
               literal(0), literal(0), literal(0), literal(0), literal(False), literal(-1))))


def _suspend_for_everyone(s, card_ids: list[int]) -> None:
    """Every profile: the card suspended (its progress as it was); a new row, new and
    suspended, for a profile that has none. Marked as retiring's (RETIRED_MARK); a card the
    learner had suspended already keeps its own suspension."""
    profiles = list(s.scalars(select(Profile.id)))
    for part in _chunks(card_ids):
        s.execute(update(CardState).where(CardState.card_id.in_(part),
                                          CardState.queue != SUSPENDED)
                  .values(queue=SUSPENDED, bury_day=RETIRED_MARK))
        have = set(s.execute(select(CardState.profile_id, CardState.card_id)
                             .where(CardState.card_id.in_(part))).tuples())
        rows = [{"profile_id": p, "card_id": c, "state": 0, "queue": SUSPENDED, "due_ms": 0,
                 "reps": 0, "lapses": 0, "flag": 0, "leech": False, "bury_day": -1}
                for p in profiles for c in part if (p, c) not in have]
        if rows:
            s.execute(insert(CardState), rows)


def bring_back(s, note_ids: list[int]) -> None:
    """Notes that came back from the Retired deck (a later version has them again): the
    suspension retiring put on their cards is lifted, for every profile; a suspension the
    learner made (no mark, or answers since) stays."""
    for part in _chunks(sorted(note_ids)):
        cards = select(Card.id).where(Card.note_id.in_(part))
        s.execute(update(CardState).where(CardState.card_id.in_(cards),
                                          CardState.queue == SUSPENDED,
                                          CardState.bury_day == RETIRED_MARK)
                  .values(queue=0, bury_day=None))


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
