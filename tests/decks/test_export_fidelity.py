"""Exporting keeps every card: two Anki templates of the same kind stay two cards, and a
package jpprep wrote comes back into jpprep with the same card kinds (so progress stays)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from jpprep.services.exporting import export_deck
from jpprep.services.importing import import_file
from jpprep.store.models import Card

NOW = 1_790_000_000_000


def _two_recognition_templates(folder):
    """A quiz note type like the vu3jej JLPT deck: both templates ask the sentence."""
    from anki.collection import Collection, ExportAnkiPackageOptions

    col = Collection(str(folder / "src" / "collection.anki2"))
    mm = col.models
    m = mm.new("Quiz")
    for name in ("Expression", "Options", "Meaning"):
        mm.add_field(m, mm.new_field(name))
    for name, q in (("With options", "{{Expression}}<br>{{Options}}"),
                    ("Without options", "{{Expression}}")):
        t = mm.new_template(name)
        t["qfmt"], t["afmt"] = q, "{{FrontSide}}<hr>{{Meaning}}"
        mm.add_template(m, t)
    mm.add(m)
    m = mm.by_name("Quiz")
    did = col.decks.id("Quiz deck")
    for expr, opts, meaning in (("会議に間に合いませんでした。", "に／で", "I missed the meeting."),
                                ("雨が降っています。", "が／を", "It is raining.")):
        n = col.new_note(m)
        n["Expression"], n["Options"], n["Meaning"] = expr, opts, meaning
        col.add_note(n, did)
    cloze = col.new_note(mm.by_name("Cloze"))
    cloze["Text"] = "{{c1::鍋}}で{{c2::煮ます}}"
    col.add_note(cloze, did)
    assert col.card_count() == 6
    out = folder / "quiz.apkg"
    col.export_anki_package(out_path=str(out), limit=None, options=ExportAnkiPackageOptions(
        with_scheduling=False, with_deck_configs=False, with_media=True, legacy=False))
    col.close()
    return out


def _anki_card_count(folder, apkg) -> tuple[int, int]:
    from anki.collection import (Collection, ImportAnkiPackageOptions,
                                 ImportAnkiPackageRequest)

    folder.mkdir()
    col = Collection(str(folder / "collection.anki2"))
    try:
        col.import_anki_package(ImportAnkiPackageRequest(
            package_path=str(apkg), options=ImportAnkiPackageOptions(
                with_scheduling=False, with_deck_configs=False, merge_notetypes=False)))
        return col.note_count(), col.card_count()
    finally:
        col.close()


def _cards(db) -> list[tuple[str, int]]:
    with db.session() as s:
        return sorted(s.execute(select(Card.kind, Card.ord)).tuples())


def test_same_kind_templates_stay_distinct_cards_through_anki(db, tmp_path):
    pytest.importorskip("anki")
    (tmp_path / "src").mkdir()
    apkg = _two_recognition_templates(tmp_path)
    report = import_file(db, apkg, now=NOW)
    assert (report.added, report.cards_added) == (3, 6)
    before = _cards(db)
    assert before.count(("recognition", 0)) == 2 and before.count(("recognition", 1)) == 2
    export_deck(db, report.deck_id, tmp_path / "again.apkg", now=NOW)
    assert _anki_card_count(tmp_path / "anki", tmp_path / "again.apkg") == (3, 6)
    # jpprep's own package comes back onto the same notes and the same cards
    again = import_file(db, tmp_path / "again.apkg", now=NOW + 1)
    assert again.cards_added == 0 and again.added == 0
    assert _cards(db) == before
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Card)) == 6


def test_real_two_template_deck_keeps_its_card_count(db, tmp_path, shared_dir):
    pytest.importorskip("anki")
    src = shared_dir / "decks" / "real-world" / "vu3jej_jlpt_n4-2017-05-18.apkg"
    report = import_file(db, src, now=NOW)
    out = export_deck(db, report.deck_id, tmp_path / "n4.apkg", now=NOW)
    assert (out.notes, out.cards) == (260, 520)
    assert _anki_card_count(tmp_path / "anki", tmp_path / "n4.apkg") == (260, 520)
