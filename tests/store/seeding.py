"""Realistic rows for storage tests: profiles, a deck tree, notes with Japanese text, cards,
progress and a review history. Not a test module (imported by tests/store and tests/services)."""

from __future__ import annotations

import uuid

from sqlalchemy import select, text

from jpprep.store.models import (
    Assignment, Base, Card, CardState, Deck, ExamAttempt, Media, Note, Preset, Profile, ReadingOverride,
    RemovedShippedDeck, Review, StatsDay, StatsDirty, StatsMeta, Target, UndoEntry,
)

WORDS = [
    ("日本", "にほん", "Japan", "جاپان"), ("先生", "せんせい", "teacher", "استاد"),
    ("学校", "がっこう", "school", "اسکول"), ("水", "みず", "water", "پانی"),
    ("食べる", "たべる", "to eat", "کھانا"), ("介護", "かいご", "nursing care", "دیکھ بھال"),
    ("安全", "あんぜん", "safety", "حفاظت"), ("駅", "えき", "station", "اسٹیشن"),
]
DAY = 86_400_000


def seed(db, now: int, *, notes: int = 16, reviews_per_card: int = 3) -> dict:
    """Fill `db`; returns the ids made (profile ids, card ids)."""
    with db.session() as s:
        preset = Preset(name="Default", config={"new_per_day": 20, "retention": 0.9})
        s.add(preset)
        s.flush()
        root = Deck(name="JLPT", source="shipped", source_key="jlpt", preset_id=preset.id,
                    created_ms=now - 30 * DAY, updated_ms=now - 30 * DAY)
        s.add(root)
        s.flush()
        deck = Deck(name="JLPT::N5", parent_id=root.id, source="shipped", source_key="jlpt-n5",
                    description="N5 語彙", meta={"languages": ["en", "ur"]}, preset_id=preset.id,
                    created_ms=now - 30 * DAY, updated_ms=now - 2 * DAY)
        s.add(deck)
        s.flush()
        aiko = Profile(name="Aiko", created_ms=now - 30 * DAY, settings={"day_starts_hour": 4})
        ravi = Profile(name="रवि", created_ms=now - 20 * DAY, role="student",
                       settings={"ui_language": "ne"})
        s.add_all([aiko, ravi])
        s.flush()
        card_ids = []
        for i in range(notes):
            w = WORDS[i % len(WORDS)]
            note = Note(deck_id=deck.id, guid=f"jlpt-n5:{i}", expression=w[0], reading=w[1],
                        meanings={"en": w[2], "ur": w[3]},
                        examples=[{"ja": f"{w[0]}はここです。", "en": "It is here."}],
                        tags="n5 vocab", level="N5", audio=f"n5-{i}.mp3" if i % 4 == 0 else None,
                        created_ms=now - 30 * DAY, updated_ms=now - 30 * DAY)
            s.add(note)
            s.flush()
            for kind in ("recognition", "reading"):
                card = Card(note_id=note.id, deck_id=deck.id, kind=kind, position=i)
                s.add(card)
                s.flush()
                card_ids.append(card.id)
        for c, cid in enumerate(card_ids[: len(card_ids) // 2]):
            t = now - 20 * DAY + c * 1000
            for r in range(reviews_per_card):
                t += (r + 1) * DAY
                s.add(Review(uid=uuid.uuid4().hex, profile_id=aiko.id, card_id=cid,
                             reviewed_ms=t, rating=1 + (c + r) % 4, duration_ms=4200 + r,
                             state_before=0 if r == 0 else 2, state_after=2,
                             stability=2.5 * (r + 1), difficulty=5.1, due_ms=t + 3 * DAY))
            s.add(CardState(profile_id=aiko.id, card_id=cid, state=2, stability=2.5 * reviews_per_card,
                            difficulty=5.1, due_ms=t + 3 * DAY, last_review_ms=t,
                            reps=reviews_per_card, lapses=c % 2))
        s.add(Media(deck_id=deck.id, name="n5-0.mp3", sha1="a" * 40, size=1234))
        s.add(ReadingOverride(profile_id=None, deck_id=deck.id, surface="日本", reading="にほん",
                              created_ms=now - DAY))
        s.add(ExamAttempt(profile_id=aiko.id, exam_id="jlpt-n5", form_id="A", started_ms=now - DAY,
                          finished_ms=now - DAY + 3_600_000, state={"answers": {"1": 2}},
                          result={"score": 120, "passed": True}))
        s.add(Target(profile_id=ravi.id, exam_id="jft-basic", exam_date="2027-03-01",
                     deck_ids=[deck.id]))
        s.add(Assignment(kind="deck", deck_id=deck.id, profile_id=None, due_date="2026-12-01",
                         created_by=aiko.id, created_ms=now - DAY, note="N5 語彙を毎日20枚"))
        s.add(Assignment(kind="exam", exam_id="jlpt-n5", form_id="n5-form-b", profile_id=ravi.id,
                         due_date="2026-12-04", created_by=aiko.id, created_ms=now - DAY, note=""))
        s.add(UndoEntry(profile_id=aiko.id, created_ms=now - 1000, action="answer",
                        card_id=card_ids[0], payload={"states": {str(card_ids[0]): None}, "revlog": []}))
        # a statistics summary in an old format (version 0): the stats service rebuilds it
        s.add(StatsMeta(profile_id=aiko.id, version=0, day_offset_ms=-4 * 3_600_000, built_ms=now))
        s.add(StatsDay(profile_id=aiko.id, deck_id=deck.id, day=(now - DAY) // DAY, answers=3,
                       duration_ms=12_600, reviews=2, passed=1, age1_reviews=2, age1_passed=1))
        s.add(StatsDirty(profile_id=aiko.id, card_id=card_ids[0], reviewed_ms=now - DAY))
        s.add(RemovedShippedDeck(source_key="ssw-agriculture", name="SSW::Agriculture (農業)",
                                 removed_ms=now - DAY))
        return {"profiles": [aiko.id, ravi.id], "cards": card_ids, "deck": deck.id}


def snapshot(db) -> dict:
    """Every row of every table, as comparable tuples (order-free)."""
    out = {}
    with db.session() as s:
        for table in Base.metadata.sorted_tables:
            rows = s.execute(select(table)).all()
            out[table.name] = sorted((tuple(r) for r in rows), key=repr)
    return out


def count(db, table: str) -> int:
    with db.session() as s:
        return s.execute(text(f"SELECT count(*) FROM {table}")).scalar()
