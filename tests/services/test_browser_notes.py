"""Deck browser services: search by romaji, sector and card state, sorted in SQL; add, delete,
move and retag notes; fill in missing readings."""

from __future__ import annotations


import pytest

from jpprep.errors import ValidationError
from jpprep.services import browser, study
from jpprep.services import note_actions as notes
from jpprep.store.models import Note, Profile

DECK_TOML = """format = 1
id = "svc-basics"
name = "Svc::Basics"
languages = ["en"]
level = "N5"
card_types = ["recognition", "reading"]
licence = "CC0"
attribution = "written for the tests"
version = "1"
"""

NOTES_CSV = """id,kind,expression,reading,meaning_en,tags,level,sector
1,vocab,食べる,たべる,to eat,verb,N5,
2,vocab,学校,がっこう,school,noun,N4,
3,vocab,水,みず,water,noun,N5,
4,vocab,介護,かいご,nursing care,care noun,,nursing-care
5,vocab,日本語,,Japanese language,noun,N5,
"""




@pytest.fixture
def db(backend_db):
    """SQLite, and PostgreSQL when JPPREP_TEST_PG_URL is set (tests/conftest.py)."""
    return backend_db


@pytest.fixture
def deck_db(db, tmp_path, clock):
    from jpprep.services.importing import sync_shipped_decks

    d = tmp_path / "decks" / "svc-basics"
    d.mkdir(parents=True)
    (d / "deck.toml").write_text(DECK_TOML, encoding="utf-8")
    (d / "notes.csv").write_text(NOTES_CSV, encoding="utf-8")
    with db.session() as s:
        s.add(Profile(id=1, name="aisha", created_ms=clock()))
    sync_shipped_decks(db, d.parent, now=clock())
    return db


def _words(result):
    return [r.expression for r in result.rows]


def _note(db, expression):
    return browser.search_notes(db, text=expression).rows[0]


def _card_ids(db, note_id):
    from sqlalchemy import select

    from jpprep.store.models import Card

    with db.session() as s:
        return list(s.scalars(select(Card.id).where(Card.note_id == note_id).order_by(Card.id)))


def test_romaji_finds_the_word_and_english_still_works(deck_db):
    assert _words(browser.search_notes(deck_db, text="taberu")) == ["食べる"]
    assert _words(browser.search_notes(deck_db, text="Gakkou")) == ["学校"]
    assert _words(browser.search_notes(deck_db, text="water")) == ["水"]
    assert _words(browser.search_notes(deck_db, text="kaigo")) == ["介護"]


def test_sector_filter_and_list(deck_db):
    assert browser.list_sectors(deck_db) == ["nursing-care"]
    assert _words(browser.search_notes(deck_db, sector="nursing-care")) == ["介護"]


def test_card_state_filters_follow_the_profile(deck_db, clock):
    water, school, eat = (_note(deck_db, w).id for w in ("水", "学校", "食べる"))
    study.answer(deck_db, 1, _card_ids(deck_db, water)[0], 3, clock())  # learning now
    study.suspend(deck_db, 1, _card_ids(deck_db, school), clock())
    study.bury(deck_db, 1, _card_ids(deck_db, eat), clock())

    def state(name, profile=1):
        return sorted(_words(browser.search_notes(deck_db, state=name, profile_id=profile)))

    assert state("learning") == ["水"]
    assert state("suspended") == ["学校"]
    assert state("buried") == sorted(["水", "食べる"])  # answering 水 buried its sibling
    assert state("review") == []
    assert state("new") == sorted(["介護", "日本語"])
    with deck_db.session() as s:
        s.add(Profile(id=2, name="ben", created_ms=clock()))
    assert len(state("new", 2)) == 5  # another learner's cards are all new
    with pytest.raises(ValidationError) as err:
        browser.search_notes(deck_db, state="sleeping", profile_id=1)
    assert err.value.field == "state"


def test_sorting_is_done_in_sql_with_a_limit(deck_db, clock):
    by_reading = browser.search_notes(deck_db, sort="reading", limit=3)
    assert [r.reading for r in by_reading.rows] == ["かいご", "がっこう", "たべる"]
    assert by_reading.total == 5
    desc = browser.search_notes(deck_db, sort="reading", descending=True)
    assert [r.reading for r in desc.rows] == ["みず", "にほんご", "たべる", "がっこう", "かいご"]
    browser.update_note(deck_db, _note(deck_db, "介護").id, now=clock(), level="")
    levels = browser.search_notes(deck_db, sort="level")
    assert [r.level for r in levels.rows] == ["N4", "N5", "N5", "N5", None]  # empty last
    levels = browser.search_notes(deck_db, sort="level", descending=True)
    assert [r.level for r in levels.rows] == ["N5", "N5", "N5", "N4", None]
    with pytest.raises(ValidationError) as err:
        browser.search_notes(deck_db, sort="colour")
    assert err.value.field == "sort"


def test_add_note_generates_the_reading_and_makes_cards(deck_db, clock):
    deck_id = _note(deck_db, "水").deck_id
    row = notes.add_note(deck_db, deck_id, now=clock(), expression="先生",
                         meanings={"en": "teacher"}, tags=["noun"], level="N5")
    assert row.reading == "せんせい" and row.reading_generated
    assert len(_card_ids(deck_db, row.id)) == 2  # the deck's two card types
    assert _words(browser.search_notes(deck_db, text="sensei")) == ["先生"]
    typed = notes.add_note(deck_db, deck_id, now=clock(), expression="今日", reading="きょう",
                           meanings={"en": "today"})
    assert typed.reading == "きょう" and not typed.reading_generated
    for kwargs, field in (({"expression": " "}, "expression"),
                          ({"expression": "猫", "reading": "neko"}, "reading"),
                          ({"expression": "猫"}, "meaning_en")):
        meanings = {} if field == "meaning_en" else {"en": "cat"}
        with pytest.raises(ValidationError) as err:
            notes.add_note(deck_db, deck_id, now=clock(), meanings=meanings, **kwargs)
        assert err.value.field == field
    with pytest.raises(ValidationError) as err:
        notes.add_note(deck_db, 999, now=clock(), expression="猫", meanings={"en": "cat"})
    assert err.value.field == "deck_id"


def test_delete_says_what_goes_and_removes_it_all(deck_db, clock):
    water = _note(deck_db, "水").id
    study.answer(deck_db, 1, _card_ids(deck_db, water)[0], 3, clock())
    clock.advance(60)
    study.answer(deck_db, 1, _card_ids(deck_db, water)[0], 3, clock())
    impact = notes.delete_impact(deck_db, [water, _note(deck_db, "学校").id])
    assert (impact.notes, impact.cards, impact.reviews, impact.profiles) == (2, 4, 2, 1)
    notes.delete_notes(deck_db, [water, _note(deck_db, "学校").id])
    assert browser.search_notes(deck_db).total == 3
    from sqlalchemy import func, select

    from jpprep.store.models import Card, Review
    with deck_db.session() as s:
        assert s.scalar(select(func.count()).select_from(Review)) == 0
        assert s.scalar(select(func.count()).select_from(Card)) == 6
    assert study.undo(deck_db, 1, clock()) is None  # nothing left to undo on a deleted card
    with pytest.raises(ValidationError) as err:
        notes.delete_notes(deck_db, [])
    assert err.value.field == "note_ids"


def test_move_keeps_progress_and_the_moved_cards_are_studied(deck_db, clock):
    from jpprep.store.models import Deck

    with deck_db.session() as s:
        other = Deck(name="Other", source="user", created_ms=clock(), updated_ms=clock())
        s.add(other)
        s.flush()
        other_id = other.id
    water = _note(deck_db, "水").id
    study.answer(deck_db, 1, _card_ids(deck_db, water)[0], 3, clock())
    assert study.next_card(deck_db, 1, other_id, clock()) is None  # empty deck: remembered
    assert notes.move_notes(deck_db, [water, _note(deck_db, "学校").id], other_id,
                            now=clock()) == 2
    moved = browser.search_notes(deck_db, deck_id=other_id)
    assert sorted(_words(moved)) == ["学校", "水"]
    assert _words(browser.search_notes(deck_db, state="learning", profile_id=1,
                                       deck_id=other_id)) == ["水"]
    assert study.next_card(deck_db, 1, other_id, clock()) is not None


def test_retag_adds_and_removes_on_every_selected_note(deck_db, clock):
    ids = [_note(deck_db, w).id for w in ("水", "学校", "食べる")]
    assert notes.retag_notes(deck_db, ids, now=clock(), add="lesson-3") == 3
    assert _words(browser.search_notes(deck_db, tag="lesson-3", sort="reading")) == [
        "学校", "食べる", "水"]
    assert notes.retag_notes(deck_db, ids, now=clock(), remove="noun") == 2
    assert _words(browser.search_notes(deck_db, tag="noun")) == ["介護", "日本語"]
    with pytest.raises(ValidationError) as err:
        notes.retag_notes(deck_db, ids, now=clock(), add="two words")
    assert err.value.field == "tag"


def test_fill_missing_readings_uses_corrections_and_reports(deck_db, clock):
    from jpprep.services import readings

    deck_id = _note(deck_db, "水").deck_id
    with deck_db.session() as s:
        s.add(Note(deck_id=deck_id, guid="x:1", kind="vocab", expression="日本", reading="",
                   meanings={"en": "Japan"}, tags="", created_ms=0, updated_ms=0))
    readings.set_override(deck_db, "日本", "にほん", deck_id=deck_id, now=clock())
    assert len(notes.missing_reading_ids(deck_db, deck_id=deck_id)) == 1  # 日本語 was filled on import
    result = notes.fill_missing_readings(deck_db, now=clock(), deck_id=deck_id)
    assert (result.looked_at, result.filled) == (1, 1)
    japan = browser.search_notes(deck_db, text="Japan", sort="reading").rows
    assert [(r.expression, r.reading, r.reading_generated) for r in japan] == [
        ("日本", "にほん", True), ("日本語", "にほんご", True)]
    assert notes.fill_missing_readings(deck_db, now=clock(), deck_id=deck_id).filled == 0


def test_fill_cancelled_saves_nothing(deck_db, clock):
    deck_id = _note(deck_db, "水").deck_id
    with deck_db.session() as s:
        s.add(Note(deck_id=deck_id, guid="x:2", kind="vocab", expression="先生", reading="",
                   meanings={"en": "teacher"}, tags="", created_ms=0, updated_ms=0))

    def stop(done, total, text):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        notes.fill_missing_readings(deck_db, now=clock(), deck_id=deck_id, progress=stop)
    assert _note(deck_db, "teacher").reading == ""


def test_a_meaning_in_urdu_or_nepali_is_found_by_its_own_words(deck_db, clock):
    """Meanings are stored as JSON text that writes non-ASCII letters as \\uXXXX escapes: a
    search in Urdu found nothing before, though the note has that Urdu meaning."""
    deck = browser.search_notes(deck_db, text="water").rows[0].deck_id
    notes.add_note(deck_db, deck, now=clock(), expression="言葉", reading="ことば",
                   meanings={"en": "word", "ur": "لفظ", "ne": "शब्द"})
    for words in ("لفظ", "शब्द", "言葉"):
        assert [r.expression for r in browser.search_notes(deck_db, text=words).rows] == ["言葉"]
    assert browser.search_notes(deck_db, text="لفظ x").total == 0
