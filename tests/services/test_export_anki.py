"""Exports: Anki itself imports jpprep's .apkg with the same notes, cards, fields and media;
native and CSV exports read back the same."""

from __future__ import annotations

from pathlib import Path

import pytest

from jpprep.decks.native import read_deck
from jpprep.services.exporting import export_deck, find_deck
from jpprep.services.importing import import_deck, import_file

SAMPLE = Path(__file__).parents[1] / "decks" / "data" / "sample-deck"
NOW = 1_790_000_000_000


def _anki_import(tmp_path, apkg):
    pytest.importorskip("anki")
    from anki.collection import (Collection, ImportAnkiPackageOptions,
                                 ImportAnkiPackageRequest)

    (tmp_path / "anki").mkdir()
    col = Collection(str(tmp_path / "anki" / "collection.anki2"))
    col.import_anki_package(ImportAnkiPackageRequest(
        package_path=str(apkg),
        options=ImportAnkiPackageOptions(with_scheduling=False, with_deck_configs=False,
                                         merge_notetypes=False)))
    return col


def test_anki_imports_our_apkg_with_notes_cards_fields_media(db, tmp_path):
    report = import_deck(db, read_deck(SAMPLE), source="user", now=NOW)
    out = export_deck(db, report.deck_id, tmp_path / "kitchen.apkg", now=NOW)
    assert (out.notes, out.cards, out.media) == (4, 8, 1)
    col = _anki_import(tmp_path, tmp_path / "kitchen.apkg")
    try:
        assert col.note_count() == 4 and col.card_count() == 8
        assert "Test::Kitchen words" in [d.name for d in col.decks.all_names_and_ids()]
        notes = {col.get_note(i).guid: col.get_note(i) for i in col.find_notes("")}
        nabe = notes["test-kitchen:nabe"]
        assert nabe["Expression"] == "鍋" and nabe["Reading"] == "なべ"
        assert nabe["Meaning"] == "pot<br>دیگچی" and nabe["Audio"] == "[sound:nabe.wav]"
        assert sorted(nabe.tags) == ["kitchen", "tool"]
        templates = [t["name"] for t in nabe.note_type()["tmpls"]]
        assert templates == ["Recognition", "Reading"]
        assert sorted(c.ord for c in nabe.cards()) == [0, 1]
        media = Path(col.media.dir()) / "nabe.wav"
        assert media.read_bytes() == (SAMPLE / "media" / "nabe.wav").read_bytes()
        # the card Anki shows asks the Japanese word
        card = [c for c in nabe.cards() if c.ord == 0][0]
        assert "鍋" in card.question()
    finally:
        col.close()


def test_native_and_csv_exports_read_back(db, tmp_path):
    report = import_deck(db, read_deck(SAMPLE), source="user", now=NOW)
    assert find_deck(db, "Test::Kitchen words") == report.deck_id
    assert find_deck(db, "test-kitchen") == report.deck_id
    export_deck(db, report.deck_id, tmp_path / "k.jpdeck", now=NOW)
    again = read_deck(tmp_path / "k.jpdeck")
    assert [n.id for n in again.notes] == ["nabe", "hocho", "niru", "mizu"]
    assert again.notes[2].reading == ""  # generated readings are not written as authored
    assert set(again.media) == {"nabe.wav"}
    export_deck(db, report.deck_id, tmp_path / "k.csv", now=NOW)
    text = (tmp_path / "k.csv").read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("id,kind,expression,reading,meaning_en,meaning_ur")
    assert "nabe,vocab,鍋,なべ,pot,دیگچی" in text
