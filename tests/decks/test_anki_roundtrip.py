"""An Anki deck goes through jpprep and back into Anki with its GUIDs, decks and media."""

from __future__ import annotations

from pathlib import Path

import pytest

from jpprep.services.exporting import export_deck
from jpprep.services.importing import import_file

NOW = 1_790_000_000_000


def _anki_import(tmp_path, apkg):
    from anki.collection import (Collection, ImportAnkiPackageOptions,
                                 ImportAnkiPackageRequest)

    (tmp_path / "anki").mkdir()
    col = Collection(str(tmp_path / "anki" / "collection.anki2"))
    col.import_anki_package(ImportAnkiPackageRequest(
        package_path=str(apkg),
        options=ImportAnkiPackageOptions(with_scheduling=False, with_deck_configs=False,
                                         merge_notetypes=False)))
    return col


def test_anki_deck_round_trips_through_jpprep(db, tmp_path, anki_packages):
    report = import_file(db, anki_packages["modern.apkg"], now=NOW)
    export_deck(db, report.deck_id, tmp_path / "again.apkg", now=NOW)
    col = _anki_import(tmp_path, tmp_path / "again.apkg")
    try:
        from jpprep.decks.anki import read_apkg

        original = {n.id for n in read_apkg(anki_packages["modern.apkg"]).notes}
        assert {col.get_note(i).guid for i in col.find_notes("")} == original  # GUIDs kept
        names = {d.name for d in col.decks.all_names_and_ids()}
        assert {"Kitchen::Tools", "Kitchen::Verbs"} <= names
        assert len(list(Path(col.media.dir()).iterdir())) == 1
    finally:
        col.close()
