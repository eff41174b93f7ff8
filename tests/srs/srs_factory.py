"""Build profiles, decks, notes and cards straight through the ORM for srs tests."""

from __future__ import annotations

from jpprep.store.models import Card, Deck, Note, Preset, Profile

# 2026-03-02 12:00 UTC; with utc_offset 0 and day start 4 the learner day began at 04:00
T0 = 1_772_452_800_000
MIN = 60_000
HOUR = 3_600_000
DAY = 86_400_000


def make_profile(s, name="learner", settings=None) -> int:
    p = Profile(name=name, created_ms=0,
                settings=settings if settings is not None else
                {"day_starts_hour": 4, "utc_offset_minutes": 0})
    s.add(p)
    s.flush()
    return p.id


def make_preset(s, name="p", **config) -> int:
    p = Preset(name=name, config=config)
    s.add(p)
    s.flush()
    return p.id


def make_deck(s, name, parent_id=None, preset_id=None) -> int:
    d = Deck(name=name, parent_id=parent_id, preset_id=preset_id)
    s.add(d)
    s.flush()
    return d.id


def make_notes(s, deck_id, n, kinds=("recognition",), start=0) -> list[int]:
    """n notes with one card per kind; returns the card ids in position order."""
    ids = []
    for i in range(start, start + n):
        note = Note(deck_id=deck_id, guid=f"d{deck_id}:{i}", expression=f"語{i}",
                    reading=f"ご{i}", meanings={"en": f"word {i}"})
        s.add(note)
        s.flush()
        for k in kinds:
            c = Card(note_id=note.id, deck_id=deck_id, kind=k, position=i)
            s.add(c)
            s.flush()
            ids.append(c.id)
    return ids


def simple_setup(db, n=10, **preset):
    """One profile, one deck "JLPT::N5" under "JLPT", n cards in N5. Returns (pid, n5, cards)."""
    with db.session() as s:
        pid = make_profile(s)
        pr = make_preset(s, **preset) if preset else None
        top = make_deck(s, "JLPT", preset_id=pr)
        n5 = make_deck(s, "JLPT::N5", parent_id=top, preset_id=pr)
        cards = make_notes(s, n5, n)
    return pid, n5, cards
