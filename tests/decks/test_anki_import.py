"""Anki packages of every generation: notes, fields, furigana, media, nested decks, history."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from jpprep.decks.anki import read_apkg
from jpprep.services.importing import import_deck, import_file, media_file
from jpprep.store.models import Card, CardState, Deck, Note, Profile

NOW = 1_790_000_000_000
KINDS = ["modern.apkg", "legacy.apkg", "modern.colpkg", "legacy.colpkg"]


@pytest.mark.parametrize("kind", KINDS)
def test_every_generation_reads_the_same(anki_packages, kind):
    deck = read_apkg(anki_packages[kind])
    by_expr = {n.expression: n for n in deck.notes}
    assert set(by_expr) == {"鍋", "包丁", "煮る", "鍋で煮ます"}
    nabe = by_expr["鍋"]
    assert nabe.reading == "なべ" and nabe.meanings == {"en": "pot"}  # from Anki's 鍋[なべ]
    assert nabe.deck == "Kitchen::Tools" and deck.name == "Kitchen"
    assert nabe.cards == [("recognition", 0), ("production", 1)]
    assert nabe.audio == "nabe.mp3" and deck.media["nabe.mp3"].startswith(b"ID3")
    assert nabe.tags == ["kitchen", "noun"]
    assert nabe.extra["anki"]["fields"]["Reading"] == "鍋[なべ]"  # original kept
    assert by_expr["鍋で煮ます"].reading == "なべでにます"
    assert by_expr["鍋で煮ます"].cards == [("cloze", 0), ("cloze", 1)]


def test_scripts_and_remote_images_are_neutralised(anki_packages):
    deck = read_apkg(anki_packages["modern.apkg"])
    niru = next(n for n in deck.notes if n.expression == "煮る")
    assert niru.meanings["en"] == "to simmer"
    kept = niru.extra["anki"]["fields"]["Meaning"]
    assert "script" not in kept and "alert" not in kept
    assert "http" not in kept and "onerror" not in kept


def test_import_into_database_with_nested_decks_and_media(db, anki_packages):
    report = import_file(db, anki_packages["modern.apkg"], now=NOW)
    assert report.added == 4 and report.cards_added == 8 and report.media_added == 1
    with db.session() as s:
        names = set(s.scalars(select(Deck.name)))
        assert {"Kitchen", "Kitchen::Tools", "Kitchen::Verbs"} <= names
        verbs = s.scalars(select(Deck).where(Deck.name == "Kitchen::Verbs")).one()
        assert s.scalar(select(func.count()).select_from(Card).where(Card.deck_id == verbs.id)) == 4
    assert media_file(db, report.deck_id, "nabe.mp3").read_bytes().startswith(b"ID3")


def test_reimport_of_updated_deck_updates_by_guid_and_keeps_progress(db, anki_packages):
    import_file(db, anki_packages["legacy.apkg"], now=NOW)
    with db.session() as s:
        s.add(Profile(id=1, name="ram", created_ms=NOW))
        s.flush()
        card = s.scalars(select(Card).join(Note).where(Note.expression == "鍋",
                                                       Card.ord == 0)).one()
        s.add(CardState(profile_id=1, card_id=card.id, state=2, reps=7, due_ms=NOW))
        card_id = card.id
    # the same package again changes nothing
    same = import_file(db, anki_packages["legacy.apkg"], now=NOW)
    assert (same.added, same.updated, same.unchanged) == (0, 0, 4)
    with db.session() as s:
        assert s.get(CardState, (1, card_id)).reps == 7


def test_updated_package_changes_only_what_changed(db, anki_packages, anki_packages_v2):
    first = read_apkg(anki_packages["modern.apkg"])
    second = read_apkg(anki_packages_v2["modern.apkg"])
    # a deck made again has new GUIDs; an updated export of the same notes keeps them.
    for n_old, n_new in zip(first.notes, second.notes):
        n_new.id = n_old.id
    import_deck(db, first, source="anki", now=NOW)
    with db.session() as s:
        s.add(Profile(id=1, name="ram", created_ms=NOW))
        s.flush()
        card = s.scalars(select(Card).join(Note).where(Note.expression == "鍋")).first()
        s.add(CardState(profile_id=1, card_id=card.id, state=2, reps=7, due_ms=NOW))
        card_id = card.id
    report = import_deck(db, second, source="anki", now=NOW + 1)
    assert (report.added, report.updated, report.unchanged) == (0, 1, 3)
    with db.session() as s:
        note = s.scalars(select(Note).where(Note.expression == "鍋")).one()
        assert note.meanings["en"] == "pot (for cooking)"
        assert s.get(CardState, (1, card_id)).reps == 7


def test_scheduling_history_is_optional(db, anki_packages):
    with db.session() as s:
        s.add(Profile(id=1, name="ram", created_ms=NOW))
    import_file(db, anki_packages["modern.apkg"], now=NOW, with_scheduling=True, profile_id=1)
    with db.session() as s:
        states = s.scalars(select(CardState)).all()
        assert len(states) == 1 and states[0].state == 2 and states[0].reps == 3
        assert states[0].due_ms > NOW


@pytest.mark.parametrize("name", ["aliceliddell01_grammar-n5.apkg",
                                  "vu3jej_jlpt_n4-2017-05-18.apkg"])
def test_real_decks_import_with_expected_counts(db, shared_dir, name):
    expected = {e["file"]: e for e in json.loads(
        (shared_dir / "decks" / "real-world" / "expected.json").read_text())}[name]
    report = import_file(db, shared_dir / "decks" / "real-world" / name, now=NOW)
    assert report.added == expected["notes"] and report.skipped == []
    assert report.cards_added == expected["cards"]
    with db.session() as s:
        assert set(s.scalars(select(Deck.name))) == set(expected["decks"])
        notes = s.scalars(select(Note)).all()
        assert all(n.extra["anki"]["notetype"] == expected["notetypes"][0][0] for n in notes)
        assert len(notes[0].extra["anki"]["fields"]) == expected["notetypes"][0][1]


@pytest.mark.parametrize("name", ["sample_legacy.apkg", "sample_modern.apkg",
                                  "sample_legacy.colpkg", "sample_modern.colpkg"])
def test_format_samples_from_anki_itself(db, shared_dir, name):
    report = import_file(db, shared_dir / "decks" / "anki-format-samples" / name, now=NOW)
    assert report.added == 3 and report.media_added == 1 and report.skipped == []
    with db.session() as s:
        note = s.scalars(select(Note).where(Note.expression == "食べる")).one()
        assert note.reading == "たべる" and note.audio == "taberu.mp3"


@pytest.mark.parametrize("field, text", [
    ("word number 1<br>لفظ 1", "word number 1\nلفظ 1"),
    (" pot <br><br> nabe ", "pot\nnabe"),
    ("pot<br>&amp; pan", "pot\n& pan"),
    ("pot<br><b>pan</b>", "pot\npan"),
    ("pot<br/>pan<script>alert(1)</script>", "pot\npan"),
    ("pot<br><script>x</script><BR>pan", "pot\npan"),
])
def test_anki_line_breaks_become_lines_and_other_tags_go(field, text):
    from jpprep.decks.text import html_to_text

    assert html_to_text(field) == text
