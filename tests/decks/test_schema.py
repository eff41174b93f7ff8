"""The published JSON Schema says what the reader enforces."""

from __future__ import annotations

import json
import re

from jpprep import paths
from jpprep.decks.model import CARD_TYPES, NOTE_KINDS, DeckData
from jpprep.decks.native import deck_toml
from jpprep.decks.text import is_kana


def _schema():
    return json.loads((paths.resources_dir() / "schema" / "deck.schema.json").read_text())


def test_schema_enums_and_keys_match_the_reader():
    s = _schema()["$defs"]
    assert s["deck"]["properties"]["card_types"]["items"]["enum"] == list(CARD_TYPES)
    assert [k for k in s["note"]["properties"]["kind"]["enum"] if k] == list(NOTE_KINDS)
    written = {line.split(" = ")[0] for line in deck_toml(
        DeckData(id="x", name="X", level="N5", sector="s")).splitlines()}
    assert written <= set(s["deck"]["properties"])
    assert set(s["note"]["required"]) == {"id", "expression", "meaning_en"}


def test_schema_reading_pattern_agrees_with_is_kana():
    rx = re.compile(_schema()["$defs"]["note"]["properties"]["reading"]["pattern"])
    for text in ["たべる", "コーヒー", "taberu", "食べる", "ほうちょう", "ﾀﾍﾞﾙ"]:
        assert bool(rx.match(text)) == is_kana(text), text
