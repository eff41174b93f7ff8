"""Build and check the SSW (特定技能) sector decks in decks/ssw-*.

The decks are authored by the project (no open SSW vocabulary list exists). notes.csv is the
source of truth; this tool only helps:

  python tools/check_ssw_decks.py import SECTOR FILE   turn a pipe-separated draft into notes.csv
                                                         (ids of existing expressions are kept)
  python tools/check_ssw_decks.py urdu SECTOR FILE     fill example_ur from 'expression|Urdu' lines
  python tools/check_ssw_decks.py note TERM READING TEXT  record how a TODO reading was checked
  python tools/check_ssw_decks.py notes                 re-check every reading against JMdict and
                                                         refresh tools/data/ssw_reading_notes.tsv
  python tools/check_ssw_decks.py stamp                 after editing a notes.csv by hand: set each
                                                         deck.toml version from its notes.csv

deck.toml's version is "1.<first 10 hex digits of the SHA-256 of notes.csv>" (as for the JLPT
decks), so `jpprep deck sync` re-imports a deck whose notes changed; import and urdu stamp it.

Terms that JMdict lacks and that cannot be split into JMdict words (or KANJIDIC2 readings for
single kanji) are marked TODO in the notes file; replace TODO with how the reading was checked.

Draft line: expression|reading|meaning_en|meaning_ur|example_ja|example_en|tags[|example_ur]
An empty reading on a katakana word is filled with the word in hiragana.

Reading convention: every reading is written in hiragana, also for katakana loanwords
(ヘルメット -> へるめっと); the long-vowel mark ー is kept as written.
"""

from __future__ import annotations

import csv
import hashlib
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DECKS = ROOT / "decks"
NOTES_TSV = ROOT / "tools" / "data" / "ssw_reading_notes.tsv"

# slug: (id prefix, English name, Japanese name, description)
SECTORS = {
    "nursing-care": ("nc", "Nursing care", "介護",
                     "Words used on the floor of a care home: meal, bath and toilet help, "
                     "transfers, records and the way staff speak to residents."),
    "construction": ("cn", "Construction", "建設",
                     "Site safety and signs, tools, drawings, materials and the daily talk "
                     "of a building site."),
    "agriculture": ("ag", "Agriculture", "農業",
                    "Crop farming and livestock: pesticides, fertiliser, machines, animals "
                    "and farm safety."),
    "food-service": ("fs", "Food service", "外食",
                     "Restaurant work: hygiene, cooking, serving customers and the till."),
    "food-manufacturing": ("fm", "Food and beverage manufacturing", "飲食料品製造",
                           "Food factory work: hygiene rules, HACCP, foreign matter, "
                           "labels, lines and machines."),
    "industrial-manufacturing": ("im", "Industrial products manufacturing", "工業製品製造",
                                 "Factory work with metal and machines: safety, machining, "
                                 "welding, inspection and quality control."),
    "it-workplace": ("it", "Workplace Japanese for IT engineers", "IT職場",
                     "The Japanese an engineer hears and writes at work in Japan: meetings, "
                     "reports, development, testing, releases and security."),
}

COLUMNS = ["id", "kind", "expression", "reading", "meaning_en", "meaning_ur", "example_ja",
           "example_en", "example_ur", "tags", "level", "sector"]

KANA_RE = re.compile(r"^[ぁ-ゖー]+$")


def to_hiragana(text: str) -> str:
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in text)


def deck_dir(sector: str) -> Path:
    return DECKS / f"ssw-{sector}"


def read_deck(folder: Path) -> tuple[dict, list[dict]]:
    meta = tomllib.loads((folder / "deck.toml").read_text(encoding="utf-8"))
    with open(folder / "notes.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    return meta, rows


def notes_version(folder: Path) -> str:
    return "1." + hashlib.sha256((folder / "notes.csv").read_bytes()).hexdigest()[:10]


def stamp(sector: str) -> None:
    """Set deck.toml's version line from notes.csv (the rest of deck.toml is kept)."""
    toml = deck_dir(sector) / "deck.toml"
    text = toml.read_text(encoding="utf-8")
    new = re.sub(r'(?m)^version = ".*"$', f'version = "{notes_version(deck_dir(sector))}"', text)
    if new != text:
        toml.write_text(new, encoding="utf-8")


def write_notes(sector: str, rows: list[dict]) -> None:
    folder = deck_dir(sector)
    with open(folder / "notes.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    if not (folder / "deck.toml").exists():
        (folder / "deck.toml").write_text(deck_toml(sector), encoding="utf-8")
    stamp(sector)


def deck_toml(sector: str) -> str:
    _prefix, en, ja, desc = SECTORS[sector]
    return "\n".join([
        "format = 1",
        f'id = "ssw-{sector}"',
        f'name = "SSW::{en} ({ja})"',
        f'description = "{desc} Readings and meanings checked against JMdict; example '
        f'sentences written for jpprep."',
        'languages = ["en", "ur"]',
        f'sector = "{sector}"',
        'card_types = ["recognition", "reading"]',
        'licence = "CC BY-SA 4.0"',
        'attribution = "Written by the jpprep project. Readings and English meanings checked '
        'against JMdict (c) Electronic Dictionary Research and Development Group, CC BY-SA; '
        'see decks/ATTRIBUTION.md."',
        'version = "1"',  # set from notes.csv by stamp()
        "",
    ])


def parse_draft(path: Path) -> list[dict]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("|")]
        if len(parts) == 7:
            parts.append("")
        if len(parts) != 8:
            raise SystemExit(f"{path}:{n}: expected 7 or 8 fields, got {len(parts)}: {line}")
        expr, reading, en, ur, ex_ja, ex_en, tags, ex_ur = parts
        if not reading:
            reading = to_hiragana(expr)
        rows.append(dict(expression=expr, reading=reading, meaning_en=en, meaning_ur=ur,
                         example_ja=ex_ja, example_en=ex_en, example_ur=ex_ur, tags=tags))
    return rows


def import_draft(sector: str, draft: Path) -> None:
    prefix = SECTORS[sector][0]
    folder = deck_dir(sector)
    folder.mkdir(parents=True, exist_ok=True)
    old_ids: dict[str, str] = {}
    old_ur: dict[str, str] = {}
    if (folder / "notes.csv").exists():
        for row in read_deck(folder)[1]:
            old_ids[row["expression"]] = row["id"]
            old_ur[row["expression"]] = row["example_ur"]
    used = {int(i.split("-")[1]) for i in old_ids.values()}
    nxt = max(used, default=0) + 1
    out = []
    for row in parse_draft(draft):
        rid = old_ids.get(row["expression"])
        if rid is None:
            rid = f"{prefix}-{nxt:04d}"
            nxt += 1
        if not row["example_ur"]:
            row["example_ur"] = old_ur.get(row["expression"], "")
        out.append({**row, "id": rid, "kind": "vocab", "level": "", "sector": sector})
    write_notes(sector, out)
    print(f"{sector}: {len(out)} notes written")


# --- JMdict ---------------------------------------------------------------------------------

_jmd = None
_cache: dict[str, list[tuple[int, set[str], set[str]]]] = {}


def jmdict_entries(word: str):
    """[(seq, kanji forms, kana forms in hiragana)] of entries that have `word` as a form."""
    global _jmd
    if word in _cache:
        return _cache[word]
    if _jmd is None:
        from jamdict import Jamdict
        _jmd = Jamdict()
    res = _jmd.lookup(word, strict_lookup=True, lookup_chars=False, lookup_ne=False)
    out = []
    for e in res.entries:
        kanji = {k.text for k in e.kanji_forms}
        kana = {to_hiragana(k.text).replace("・", "") for k in e.kana_forms}
        if word in kanji or to_hiragana(word) in kana or word in {k.text for k in e.kana_forms}:
            out.append((int(e.idseq), kanji, kana))
    _cache[word] = out
    return out


def jmdict_status(expr: str, reading: str) -> tuple[str, str]:
    """('ok', 'jmdict:SEQ') | ('mismatch', readings) | ('missing', '')."""
    entries = jmdict_entries(expr)
    for seq, _k, kana in entries:
        if reading in kana:
            return "ok", f"jmdict:{seq}"
    if entries:
        return "mismatch", "/".join(sorted({r for e in entries for r in e[2]}))
    return "missing", ""


_kanji_cache: dict[str, set[str]] = {}


def kanjidic_readings(ch: str) -> set[str]:
    """On and kun readings of one kanji from KANJIDIC2, in hiragana (okurigana dropped)."""
    if ch not in _kanji_cache:
        jmdict_entries(ch)
        res = _jmd.lookup(ch, strict_lookup=True, lookup_chars=True, lookup_ne=False)
        out = set()
        for c in res.chars:
            for g in c.rm_groups:
                for r in g.readings:
                    if r.r_type in ("ja_on", "ja_kun"):
                        out.add(to_hiragana(r.value.split(".")[0].strip("-")))
        _kanji_cache[ch] = out
    return _kanji_cache[ch]


def segment(expr: str, reading: str) -> list[tuple[str, str]] | None:
    """Split expr into JMdict words whose readings concatenate to `reading` (or kana as is)."""
    n = len(expr)
    memo: dict[tuple[int, int], list | None] = {}

    def go(i: int, k: int):
        if i == n:
            return [] if k == len(reading) else None
        if (i, k) in memo:
            return memo[(i, k)]
        memo[(i, k)] = None
        for j in range(n, i, -1):
            piece = expr[i:j]
            readings = {to_hiragana(piece)} if KANA_RE.match(to_hiragana(piece)) else set()
            for _s, _kj, kana in jmdict_entries(piece):
                readings |= kana
            if len(piece) == 1 and not readings:
                readings = {f"{r}" for r in kanjidic_readings(piece)}
            for r in sorted(readings, key=len, reverse=True):
                if reading.startswith(r, k):
                    rest = go(j, k + len(r))
                    if rest is not None:
                        memo[(i, k)] = [(piece, r)] + rest
                        return memo[(i, k)]
        return None

    return go(0, 0)


def load_notes() -> dict[tuple[str, str], str]:
    if not NOTES_TSV.exists():
        return {}
    out = {}
    with open(NOTES_TSV, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            out[(row["term"], row["reading"])] = row["how_checked"]
    return out


def refresh_notes() -> int:
    """Rewrite the notes file for every term JMdict lacks (or reads differently)."""
    old = load_notes()
    rows, todo = [], 0
    for sector in SECTORS:
        if not (deck_dir(sector) / "notes.csv").exists():
            continue
        for note in read_deck(deck_dir(sector))[1]:
            expr, reading = note["expression"], note["reading"]
            status, info = jmdict_status(expr, reading)
            if status == "ok":
                continue
            how = old.get((expr, reading), "")
            if not how or how.startswith("TODO"):
                seg = segment(expr, reading) if status == "missing" else None
                if status == "missing" and KANA_RE.match(to_hiragana(expr)):
                    how = "kana word not in JMdict 2021; reading is the word itself, in hiragana"
                elif seg:
                    how = "components in JMdict: " + " + ".join(
                        f"{p}({r}{'' if jmdict_entries(p) or KANA_RE.match(to_hiragana(p)) else ', KANJIDIC2'})"
                        for p, r in seg)
                else:
                    how = f"TODO check by hand (JMdict: {info or 'no entry'})"
            if how.startswith("TODO"):
                todo += 1
            rows.append((sector, expr, reading, how))
    NOTES_TSV.parent.mkdir(parents=True, exist_ok=True)
    with open(NOTES_TSV, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["sector", "term", "reading", "how_checked"])
        w.writerows(sorted(set(rows)))
    print(f"{len(rows)} notes, {todo} still TODO")
    return todo


def set_note(term: str, reading: str, how: str) -> None:
    """Record by hand how a reading was checked (replaces a TODO line)."""
    rows = []
    with open(NOTES_TSV, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter="\t"))
    for row in rows[1:]:
        if row[1] == term and row[2] == reading:
            row[3] = how
    with open(NOTES_TSV, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, delimiter="\t", lineterminator="\n").writerows(rows)


def fill_example_ur(sector: str, path: Path) -> None:
    """Fill example_ur from lines 'expression|Urdu sentence' (other fields unchanged)."""
    ur = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if "|" in line and not line.startswith("#"):
            expr, text = (p.strip() for p in line.split("|", 1))
            ur[expr] = text
    folder = deck_dir(sector)
    _meta, rows = read_deck(folder)
    missing = set(ur) - {r["expression"] for r in rows}
    if missing:
        raise SystemExit(f"not in ssw-{sector}: {sorted(missing)}")
    for row in rows:
        row["example_ur"] = ur.get(row["expression"], row["example_ur"])
    write_notes(sector, rows)
    print(f"{sector}: {sum(1 for r in rows if r['example_ur'])} of {len(rows)} examples in Urdu")


def main(argv: list[str]) -> int:
    if len(argv) == 3 and argv[0] == "urdu":
        fill_example_ur(argv[1], Path(argv[2]))
        return 0
    if len(argv) == 4 and argv[0] == "note":
        set_note(argv[1], argv[2], argv[3])
        return 0
    if len(argv) >= 3 and argv[0] == "import":
        import_draft(argv[1], Path(argv[2]))
        return 0
    if argv[:1] == ["stamp"]:
        for sector in SECTORS:
            stamp(sector)
        return 0
    if argv[:1] == ["notes"]:
        return 1 if refresh_notes() else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
