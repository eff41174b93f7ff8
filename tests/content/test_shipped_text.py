"""Mechanical checks over the text a learner reads: every deck in decks/ and every exam bank.

Learners who cannot read kanji yet trust a note's reading and an item's key, so:
- a vocabulary reading is hiragana and keeps the kana the expression is written with
  (食べる can be たべる, never たべろ or タベル);
- no field or item text carries HTML or stray spaces (the app shows them as written);
- an SSW deck's version follows its notes.csv, so `jpprep deck sync` brings a fix to learners;
- in an orthography item (表記, JFT 漢字の使い方) the key is a JMdict spelling of the tested kana
  and no distractor is one.
Readings of 漢字読み items and ruby are checked in tests/exams/test_shipped_*.py; one key per item
and no two equal choices are refused by the bank loader.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DECKS = ROOT / "decks"
DECK_DIRS = sorted(p.parent for p in DECKS.glob("*/notes.csv"))
SSW_DIRS = [d for d in DECK_DIRS if d.name.startswith("ssw-")]
VOCAB_DIRS = [d for d in DECK_DIRS if d.name.startswith(("ssw-", "jlpt-"))]
BANKS = sorted((DECKS / "exams").glob("*.json"))

HIRAGANA = re.compile(r"^[ぁ-ゖー]+$")
KANA_RUN = "[ぁ-ゖー]+"
HTML = re.compile(r"<[A-Za-z/!][^>]*>|&(?:[A-Za-z]+|#\d+|#x[0-9A-Fa-f]+);")
SMALL_KE = {"ヶ": "[かがこ]", "ヵ": "[かが]", "ゖ": "[かがこ]", "ゕ": "[かが]"}  # ヶ月 かげつ, 一ヶ所 いっかしょ


def to_hiragana(text: str) -> str:
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in text)


def kana_pattern(expression: str) -> re.Pattern:
    """What a reading of `expression` must look like: its kana kept (katakana as hiragana), each
    run of kanji, digits or Latin letters read as one or more kana."""
    parts: list[str] = []
    for ch in expression:
        if ch in SMALL_KE:
            parts.append(SMALL_KE[ch])
        elif "ぁ" <= ch <= "ゖ" or "ァ" <= ch <= "ヶ" or ch == "ー":
            parts.append(re.escape(to_hiragana(ch)))
        elif ch in "・ 　":
            continue
        elif not parts or parts[-1] != KANA_RUN:
            parts.append(KANA_RUN)
    return re.compile("^" + "".join(parts) + "$")


def reading_problems(rows: list[dict]) -> list[str]:
    out = []
    for r in rows:
        expr, reading = r["expression"], r["reading"]
        if r.get("kind", "vocab") != "vocab":
            continue
        if not HIRAGANA.match(reading):
            out.append(f"{r['id']} {expr}: reading {reading!r} is not hiragana")
        elif not kana_pattern(expr).match(reading):
            out.append(f"{r['id']} {expr}: reading {reading!r} does not keep the kana of the expression")
    return out


def text_problems(where: str, text: str) -> list[str]:
    out = []
    if HTML.search(text):
        out.append(f"{where}: HTML in {text[:60]!r}")
    if text != text.strip():
        out.append(f"{where}: leading or trailing space in {text[:60]!r}")
    if "  " in text or "　　" in text.replace("（　　　）", "□").replace("（　　）", "□"):
        out.append(f"{where}: doubled space in {text[:60]!r}")
    return out


def read_rows(folder: Path) -> list[dict]:
    with open(folder / "notes.csv", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def deck_text_problems(folder: Path) -> list[str]:
    return [p for r in read_rows(folder) for k, v in r.items() if v
            for p in text_problems(f"{folder.name} {r['id']} {k}", v)]


def bank_strings(node, where: str):
    if isinstance(node, str):
        yield where, node
    elif isinstance(node, dict):
        for k, v in node.items():
            yield from bank_strings(v, f"{where}.{k}")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from bank_strings(v, f"{where}[{i}]")


def bank_text_problems(path: Path) -> list[str]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return [p for where, s in bank_strings(data, path.name) for p in text_problems(where, s)]


def version_problem(folder: Path) -> str | None:
    meta = tomllib.loads((folder / "deck.toml").read_text(encoding="utf-8"))
    want = "1." + hashlib.sha256((folder / "notes.csv").read_bytes()).hexdigest()[:10]
    if meta.get("version") != want:
        return (f"{folder.name}: deck.toml version {meta.get('version')!r} is not {want!r} from notes.csv; "
                "run .venv/bin/python tools/check_ssw_decks.py stamp")
    return None


def is_spelling(db, written: str, kana: str) -> bool:
    """JMdict has `written` (possibly inflected: 集めて) as a spelling of `kana` (あつめて)."""
    kana = to_hiragana(kana)
    if re.fullmatch(r"[ァ-ヶー]+", written):
        return to_hiragana(written) == kana and db.execute(
            "SELECT 1 FROM Kana WHERE text = ?", (written,)).fetchone() is not None
    n = 0  # the kana both end with (okurigana and inflection): compare the stems in JMdict
    while n < min(len(written), len(kana)) and written[-1 - n] == kana[-1 - n] and HIRAGANA.match(kana[-1 - n]):
        n += 1
    stem_w, stem_k = written[:len(written) - n], kana[:len(kana) - n]
    rows = db.execute("SELECT k.text, n.text FROM Kanji k JOIN Kana n ON n.idseq = k.idseq "
                      "WHERE k.text LIKE ? AND n.text LIKE ?", (stem_w + "%", stem_k + "%"))
    return any(k.startswith(stem_w) and r.startswith(stem_k) and k[len(stem_w):] == r[len(stem_k):]
               and (k == stem_w or HIRAGANA.match(k[len(stem_w):])) for k, r in rows)


def orthography_problems(db, items) -> list[str]:
    from jpprep.exams import markup

    out = []
    for it in items:
        if it.type not in ("orthography", "jft_kanji_usage"):
            continue
        kana = markup.target_text(it.stem)
        for n, c in enumerate(it.choices, start=1):
            if is_spelling(db, c.text, kana) != (n == it.correct):
                what = "the key is not" if n == it.correct else "a distractor is"
                out.append(f"{it.id}: {what} a JMdict spelling of {kana}: {c.text}")
    return out


@pytest.mark.parametrize("folder", VOCAB_DIRS, ids=[d.name for d in VOCAB_DIRS])
def test_vocab_readings_are_hiragana_and_keep_the_kana_of_the_expression(folder):
    assert reading_problems(read_rows(folder)) == []


@pytest.mark.parametrize("folder", DECK_DIRS, ids=[d.name for d in DECK_DIRS])
def test_no_html_or_stray_spaces_in_deck_fields(folder):
    assert deck_text_problems(folder) == []


@pytest.mark.parametrize("path", BANKS, ids=[p.name for p in BANKS])
def test_no_html_or_stray_spaces_in_exam_banks(path):
    assert bank_text_problems(path) == []


@pytest.mark.parametrize("folder", SSW_DIRS, ids=[d.name for d in SSW_DIRS])
def test_ssw_deck_version_follows_its_notes(folder):
    assert version_problem(folder) is None


@pytest.mark.parametrize("path", BANKS, ids=[p.name for p in BANKS])
def test_orthography_keys_are_the_only_jmdict_spelling(path, jmdict_db):
    from jpprep.exams import bank

    assert orthography_problems(jmdict_db, bank.load(path).items) == []


def test_checks_reject_broken_copies(tmp_path):
    """Each check above fails on a deliberately broken copy of shipped content."""
    row = {"id": "x-1", "kind": "vocab", "expression": "使い捨て手袋", "reading": "つかいすててぶくろ"}
    assert reading_problems([row]) == []
    assert reading_problems([{**row, "expression": "ヶ月", "reading": "かげつ"}]) == []
    assert reading_problems([{**row, "expression": "KY活動", "reading": "けーわいかつどう"}]) == []
    for expr, bad in (("使い捨て手袋", "ツカイステテブクロ"), ("使い捨て手袋", "つかえすててぶくろ"),
                      ("食べる", "たべろ"), ("マスク", "ますぐ"), ("移乗", "いじょう ")):
        assert reading_problems([{**row, "expression": expr, "reading": bad}]), (expr, bad)

    assert text_problems("x", "介助の　前に　（　　　）　します。") == []
    for bad in ("<b>転倒</b>", "転倒&nbsp;", "転倒 ", "転倒  注意", "介助の　　前に"):
        assert text_problems("x", bad), bad

    deck = tmp_path / "ssw-x"
    deck.mkdir()
    src = DECKS / "ssw-nursing-care"
    (deck / "deck.toml").write_bytes((src / "deck.toml").read_bytes())
    (deck / "notes.csv").write_bytes((src / "notes.csv").read_bytes())
    assert version_problem(deck) is None and deck_text_problems(deck) == []
    text = (deck / "notes.csv").read_text(encoding="utf-8")
    (deck / "notes.csv").write_text(text.replace("転倒,てんとう", "<i>転倒</i>,てんとう", 1), encoding="utf-8")
    assert version_problem(deck) and deck_text_problems(deck)

    bank_copy = tmp_path / "bank.json"
    bank_copy.write_text(BANKS[0].read_text(encoding="utf-8").replace("。", "。<br>", 1), encoding="utf-8")
    assert bank_text_problems(BANKS[0]) == [] and bank_text_problems(bank_copy)


def test_orthography_check_rejects_a_second_valid_spelling(jmdict_db):
    from types import SimpleNamespace as NS

    def item(*choices, stem="新しい　方法を　[[ためして]]　みた。"):
        return NS(id="x", type="orthography", stem=stem, correct=1, choices=[NS(text=c) for c in choices])

    assert is_spelling(jmdict_db, "集めて", "あつめて") and is_spelling(jmdict_db, "コーヒー", "こーひー")
    assert orthography_problems(jmdict_db, [item("試して", "誠して", "式して", "詩して")]) == []
    assert orthography_problems(jmdict_db, [item("試して", "験して", "式して", "詩して")])  # 験す is ためす too
    assert orthography_problems(jmdict_db, [item("式して", "試して", "誠して", "詩して")])  # key not first
