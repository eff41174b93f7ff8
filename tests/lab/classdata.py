"""A small class for lab tests (imported by tests/lab and tests/ui; not a test module)."""

from __future__ import annotations

DECK_TOML = """format = 1
id = "lab-basics"
name = "Lab::Basics"
description = "Words for lab tests"
languages = ["en", "ur"]
level = "N5"
card_types = ["recognition"]
licence = "CC0"
attribution = "written for the tests"
version = "1"
"""

NOTES_CSV = """id,kind,expression,reading,meaning_en,meaning_ur,example_ja,example_en,tags,level
1,vocab,食べる,たべる,to eat,کھانا,毎朝パンを食べます。,I eat bread every morning.,verb,N5
2,vocab,学校,がっこう,school,اسکول,学校は駅の近くにあります。,The school is near the station.,noun,N5
3,vocab,水,みず,water,پانی,水をください。,"Water, please.",noun,N5
4,vocab,駅,えき,station,اسٹیشن,駅まで歩きます。,I walk to the station.,noun,N5
"""


def make_class(db, tmp_path, clock):
    """A class: students Ayesha (studies, a passed mock) and رضا (behind, a failed mock, exam
    soon), instructor Sensei; the deck Lab::Basics assigned to the class."""
    from jpprep.services import assignments, planning, profiles, study
    from jpprep.services.importing import sync_shipped_decks
    from jpprep.store.models import Card, Deck, ExamAttempt

    d = tmp_path / "decks" / "lab-basics"
    d.mkdir(parents=True)
    (d / "deck.toml").write_text(DECK_TOML, encoding="utf-8")
    (d / "notes.csv").write_text(NOTES_CSV, encoding="utf-8")
    sync_shipped_decks(db, d.parent, now=clock())
    with db.session() as s:
        deck_id = s.query(Deck.id).filter(Deck.name == "Lab::Basics").scalar()
    now = clock()
    sensei = profiles.create_profile(db, "Sensei", now=now, role="instructor")
    ayesha = profiles.create_profile(db, "Ayesha", now=now)
    raza = profiles.create_profile(db, "رضا", now=now)
    with db.session() as s:
        card_ids = [c for (c,) in s.query(Card.id).filter(Card.deck_id == deck_id)]
    for i, card_id in enumerate(card_ids):
        study.answer(db, ayesha.id, card_id, 3, now - 3_600_000 + i * 1000, duration_ms=30_000)
    day = 86_400_000

    def mock(pid, finished, total, sections):
        with db.session() as s:
            s.add(ExamAttempt(profile_id=pid, exam_id="jlpt-n5", mode="full", started_ms=finished - 3_600_000,
                              finished_ms=finished, state={}, result={
                                  "total": total, "total_max": 180, "passed": total >= 80,
                                  "sections": [{"id": sid, "name_en": name, "percent": pct, "projected": 0,
                                                "below_minimum": pct < 32} for sid, name, pct in sections]}))

    mock(ayesha.id, now - 5 * day, 90, [("lk", "Language knowledge", 50.0), ("listening", "Listening", 50.0)])
    mock(ayesha.id, now - day, 120, [("lk", "Language knowledge", 70.0), ("listening", "Listening", 60.0)])
    mock(raza.id, now - 2 * day, 50, [("lk", "Language knowledge", 30.0), ("listening", "Listening", 25.0)])
    planning.set_target(db, raza.id, "jlpt-n5", assignments.today(now + 3 * day), [deck_id])
    assignments.assign(db, deck_id=deck_id, due_date=assignments.today(now - day), now=now - 10 * day,
                       created_by=sensei.id)
    assignments.assign(db, exam_id="jlpt-n5", due_date=assignments.today(now + 7 * day), now=now - 10 * day,
                       profile_id=ayesha.id, created_by=sensei.id)
    return {"db": db, "deck_id": deck_id, "sensei": sensei, "ayesha": ayesha, "raza": raza, "now": now}
