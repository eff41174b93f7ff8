"""The SSW sector decks (decks/ssw-*) that jpprep writes itself.

A learner sees every field of these notes, so each row must be complete and the reading right:
kana only, the same as JMdict where JMdict has the word, otherwise explained in
tools/data/ssw_reading_notes.tsv.
"""

from __future__ import annotations

import csv
import json
import re
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NOTES_TSV = ROOT / "tools" / "data" / "ssw_reading_notes.tsv"

SECTORS = ["nursing-care", "construction", "agriculture", "food-service", "food-manufacturing", "industrial-manufacturing",
           "it-workplace"]

KANA = re.compile(r"^[ぁ-ゖー]+$")
URDU = re.compile(r"[\u0600-\u06ff]")
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
SAFETY_TAGS = {"安全", "衛生", "標識"}


def read_deck(folder: Path) -> tuple[dict, list[dict]]:
    meta = tomllib.loads((folder / "deck.toml").read_text(encoding="utf-8"))
    with open(folder / "notes.csv", encoding="utf-8", newline="") as fh:
        return meta, list(csv.DictReader(fh))


def to_hiragana(text: str) -> str:
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in text)


def shows_term(expression: str, sentence: str) -> bool:
    """The example uses the term itself or, for a verb or adjective, its stem."""
    if expression in sentence:
        return True
    return (len(expression) >= 2 and re.match(r"[ぁ-ゖ]", expression[-1]) is not None
            and expression[:-1] in sentence)


def row_problems(row: dict, sector: str) -> list[str]:
    p = []
    expr = row["expression"]
    if not KANA.match(row["reading"]):
        p.append(f"{expr}: reading {row['reading']!r} is not hiragana")
    for field in ("meaning_en", "example_en"):
        if not row[field].strip():
            p.append(f"{expr}: empty {field}")
    if not URDU.search(row["meaning_ur"]):
        p.append(f"{expr}: meaning_ur is not in Urdu script")
    if not URDU.search(row["example_ur"]):
        p.append(f"{expr}: example_ur is missing or not in Urdu script")
    for field in ("meaning_ur", "example_ur"):
        leftover = row[field]
        for word in re.findall(r"[A-Za-z0-9]+", expr):  # acronyms of the term (5S) may stay
            leftover = leftover.replace(word, "")
        if re.search(r"[A-Za-z]", leftover):
            p.append(f"{expr}: {field} has Latin letters: {row[field]!r}")
    ex = row["example_ja"]
    if not shows_term(expr, ex):
        p.append(f"{expr}: example {ex!r} does not use the term")
    if not 8 <= len(ex) <= 32 or ex[-1] not in "。？！":
        p.append(f"{expr}: example {ex!r} is not one short sentence")
    tags = row["tags"].split()
    if not tags or not all(JAPANESE.search(t) for t in tags):
        p.append(f"{expr}: tags {row['tags']!r} are not Japanese topic tags")
    if row["sector"] != sector or row["kind"] != "vocab":
        p.append(f"{expr}: sector/kind {row['sector']!r}/{row['kind']!r}")
    return p


@pytest.fixture(scope="module")
def jmdict():
    jamdict = pytest.importorskip("jamdict")
    jmd = jamdict.Jamdict()

    def readings(word: str) -> set[str] | None:
        """Hiragana readings of the JMdict entries that have `word` as a form (None: no entry)."""
        res = jmd.lookup(word, strict_lookup=True, lookup_chars=False, lookup_ne=False)
        out = set()
        for e in res.entries:
            kana = {to_hiragana(k.text).replace("・", "") for k in e.kana_forms}
            if word in {k.text for k in e.kanji_forms} or to_hiragana(word) in kana:
                out |= kana
        return out or None

    return readings


def reading_notes() -> dict[tuple[str, str], str]:
    with open(NOTES_TSV, encoding="utf-8", newline="") as fh:
        return {(r["term"], r["reading"]): r["how_checked"] for r in csv.DictReader(fh, delimiter="\t")}


@pytest.mark.parametrize("sector", SECTORS)
def test_deck_is_complete_and_well_formed(sector):
    meta, rows = read_deck(ROOT / "decks" / f"ssw-{sector}")
    assert meta["format"] == 1 and meta["id"] == f"ssw-{sector}"
    assert meta["name"].startswith("SSW::") and meta["sector"] == sector
    assert meta["languages"] == ["en", "ur"]
    assert meta["card_types"] == ["recognition", "reading"]
    assert meta["licence"] == "CC BY-SA 4.0" and "JMdict" in meta["attribution"]

    ids = [r["id"] for r in rows]
    exprs = [r["expression"] for r in rows]
    assert len(set(ids)) == len(ids), "duplicate ids"
    assert len(set(exprs)) == len(exprs), "duplicate expressions"
    assert len(set(exprs)) >= 200
    problems = [p for r in rows for p in row_problems(r, sector)]
    assert problems == []


@pytest.mark.parametrize("sector", SECTORS)
def test_app_reader_loads_deck_without_problems(sector):
    """What the app imports: every note, with Urdu meaning, example and sector, no problems."""
    from jpprep.decks.native import read_deck as app_read_deck

    deck = app_read_deck(ROOT / "decks" / f"ssw-{sector}")
    assert len(deck.notes) >= 200
    assert all(n.meanings.get("ur") and n.examples and n.sector == sector for n in deck.notes)
    assert all(n.reading and not n.reading_generated for n in deck.notes)


def test_about_screen_credits_jmdict_for_every_sector_deck():
    sources = json.loads((ROOT / "decks" / "sources.json").read_text(encoding="utf-8"))
    by_name = {e["name"]: set(e.get("decks", [])) for e in sources}
    assert {f"ssw-{s}" for s in SECTORS} <= by_name["JMdict and KANJIDIC2"]
    text = (ROOT / "decks" / "ATTRIBUTION.md").read_text(encoding="utf-8")
    assert "## SSW sector decks" in text


@pytest.mark.parametrize("sector", SECTORS)
def test_safety_terms_come_first(sector):
    _meta, rows = read_deck(ROOT / "decks" / f"ssw-{sector}")
    first = [r["expression"] for r in rows[:10] if not SAFETY_TAGS & set(r["tags"].split())]
    assert first == []


@pytest.mark.parametrize("sector", SECTORS)
def test_readings_agree_with_jmdict_or_are_explained(sector, jmdict):
    _meta, rows = read_deck(ROOT / "decks" / f"ssw-{sector}")
    notes = reading_notes()
    wrong = []
    for r in rows:
        known = jmdict(r["expression"])
        if known is not None and r["reading"] in known:
            continue
        how = notes.get((r["expression"], r["reading"]), "")
        if not how or how.startswith("TODO"):
            wrong.append((r["expression"], r["reading"], sorted(known or [])))
    assert wrong == []


def test_checks_catch_bad_rows():
    """The checks above must reject what a careless edit would produce."""
    good = {"id": "x-1", "kind": "vocab", "expression": "移乗", "reading": "いじょう",
            "meaning_en": "transfer", "meaning_ur": "منتقل کرنا", "example_ja": "車いすへ移乗します。",
            "example_en": "We transfer to the wheelchair.", "example_ur": "ہم وہیل چیئر پر منتقل کرتے ہیں۔",
            "tags": "移乗",
            "level": "", "sector": "nursing-care"}
    assert row_problems(good, "nursing-care") == []
    assert row_problems({**good, "reading": "イジョウ"}, "nursing-care")
    assert row_problems({**good, "meaning_ur": "transfer"}, "nursing-care")
    assert row_problems({**good, "meaning_ur": "منتقل (transfer)"}, "nursing-care")
    assert row_problems({**good, "example_ur": ""}, "nursing-care")
    assert row_problems({**good, "example_ja": "車いすへ移ります。"}, "nursing-care")
    assert row_problems({**good, "tags": "transfer"}, "nursing-care")
    assert shows_term("飲み込む", "よく飲み込んでください。")


def test_jmdict_lookup_tells_right_from_wrong_readings(jmdict):
    assert "いじょう" in jmdict("移乗") and "いどう" not in jmdict("移乗")
    assert jmdict("墜落制止用器具") is None  # not in JMdict: must be explained in the notes file


def test_reading_notes_are_done_and_match_the_decks():
    with open(NOTES_TSV, encoding="utf-8", newline="") as fh:
        notes = list(csv.DictReader(fh, delimiter="\t"))
    assert notes
    decks = {s: {(r["expression"], r["reading"]) for r in read_deck(ROOT / "decks" / f"ssw-{s}")[1]}
             for s in SECTORS}
    stale = [n["term"] for n in notes if (n["term"], n["reading"]) not in decks.get(n["sector"], set())]
    todo = [n["term"] for n in notes if not n["how_checked"].strip() or n["how_checked"].startswith("TODO")]
    assert stale == [] and todo == []
