"""Item generators: 漢字読み (kanji reading) and 表記 (orthography) from word + reading lists.

Distractors come from the confusions learners really make: voiced/unvoiced (か/が, は/ば/ぱ),
long/short vowels (こう/こ, えい/え), small っ, another reading of the same kanji (大 だい/たい/
おお), and for writing: similar-looking kanji (手/毛, 待/持), kanji that share a reading, and
similar katakana (シ/ツ, ソ/ン). Every distractor is checked against the lexicon: it must not be
a valid reading (or spelling) of the word, so each item has exactly one correct answer. A word
that cannot get three safe distractors gives no item.

Output is item dicts in the bank format (docs/item-bank-format.md), so generated items pass the
same validation as written ones: `generate_bank(...)` -> dict for jpprep.exams.bank.parse.
"""

from __future__ import annotations

import csv
import random
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path


def hira(text: str) -> str:
    return "".join(chr(ord(c) - 0x60) if "\u30a1" <= c <= "\u30f6" else c for c in text)


def is_kanji(ch: str) -> bool:
    o = ord(ch)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or ch in "々"


def has_kanji(text: str) -> bool:
    return any(is_kanji(c) for c in text)


def is_katakana_word(text: str) -> bool:
    return bool(text) and all("\u30a1" <= c <= "\u30fa" or c == "ー" for c in text)


@dataclass(frozen=True)
class Word:
    expression: str
    reading: str  # hiragana (katakana words: the katakana itself is fine)
    id: str = ""
    level: str | None = None
    example: str = ""  # a sentence containing the expression, if any


@dataclass
class Lexicon:
    """What counts as a valid reading of a spelling, and a valid spelling of a reading."""

    readings: dict[str, set[str]] = field(default_factory=dict)  # expression -> readings
    spellings: dict[str, set[str]] = field(default_factory=dict)  # reading -> expressions
    kanji_readings: dict[str, set[str]] = field(default_factory=dict)  # kanji -> readings (hiragana)
    kanji_by_on: dict[str, set[str]] = field(default_factory=dict)  # on reading -> kanji
    kanji_on: dict[str, set[str]] = field(default_factory=dict)
    kanji_kun: dict[str, set[str]] = field(default_factory=dict)  # whole-word kun (山 やま)
    kanji_stem: dict[str, set[str]] = field(default_factory=dict)  # kun before okurigana (高.い たか)
    kanji_level: dict[str, int] = field(default_factory=dict)  # 5 = N5 ... 1 = N1
    kanji_kun_full: dict[str, set[str]] = field(default_factory=dict)  # 開 -> あける, ひらける...

    def add(self, expression: str, reading: str) -> None:
        expression, reading = expression.strip(), hira(reading.strip())
        if not expression or not reading:
            return
        self.readings.setdefault(expression, set()).add(reading)
        self.spellings.setdefault(reading, set()).add(expression)

    def add_kanji(self, kanji: str, onyomi: list[str], kunyomi: list[str], level: int | None = None) -> None:
        rs = self.kanji_readings.setdefault(kanji, set())
        if level:
            self.kanji_level[kanji] = max(level, self.kanji_level.get(kanji, 0))
        for on in onyomi:
            on = hira(on.strip())
            if on:
                rs.add(on)
                self.kanji_on.setdefault(kanji, set()).add(on)
                self.kanji_by_on.setdefault(on, set()).add(kanji)
        for kun in kunyomi:
            kun = kun.strip()
            affix = kun.startswith("-") or kun.endswith("-")
            kun = kun.strip("-")
            stem = hira(kun.split(".")[0])
            if not stem:
                continue
            rs.add(stem)
            if affix:  # 人 -り, 上 うわ-: only inside words, never a distractor of their own
                continue
            self.kanji_kun_full.setdefault(kanji, set()).add(hira(kun.replace(".", "")))
            target = self.kanji_stem if "." in kun else self.kanji_kun
            target.setdefault(kanji, set()).add(stem)


def _split(value: str) -> list[str]:
    return [p for p in value.replace("、", ",").replace(";", ",").split(",") if p.strip()]


def read_words(csv_path: Path | str) -> list[Word]:
    """A small reader for a native deck's notes.csv (expression, reading, id, level)."""
    words = []
    with open(csv_path, encoding="utf-8-sig", newline="") as fh:
        for row in csv.DictReader(fh):
            if (row.get("kind") or "vocab") != "vocab":
                continue
            expr, reading = (row.get("expression") or "").strip(), (row.get("reading") or "").strip()
            if expr and reading:
                words.append(Word(expr, hira(reading), row.get("id", ""), row.get("level") or None,
                                  (row.get("example_ja") or "").strip()))
    return words


def lexicon_from_decks(decks_dir: Path | str, extra: list[Word] = ()) -> Lexicon:
    """Every (expression, reading) of the shipped decks (and alternative spellings), and every
    kanji's on/kun readings from the kanji decks."""
    lex = Lexicon()
    for notes in sorted(Path(decks_dir).glob("*/notes.csv")):
        with open(notes, encoding="utf-8-sig", newline="") as fh:
            for row in csv.DictReader(fh):
                kind = row.get("kind") or "vocab"
                expr, reading = (row.get("expression") or "").strip(), (row.get("reading") or "").strip()
                if kind == "kanji":
                    lvl = (row.get("level") or "").upper()
                    lex.add_kanji(expr, _split(row.get("onyomi", "")), _split(row.get("kunyomi", "")),
                                  int(lvl[1]) if len(lvl) == 2 and lvl[0] == "N" and lvl[1].isdigit() else None)
                    continue
                lex.add(expr, reading)
                for alt in _split(row.get("alt_forms") or ""):
                    lex.add(alt.strip(), reading)
    for w in extra:
        lex.add(w.expression, w.reading)
    load_reading_table(lex)
    return lex


READING_TABLE = Path(__file__).with_name("data") / "readings-jmdict.tsv"


def load_reading_table(lex: Lexicon, path: Path = READING_TABLE) -> None:
    """Add JMdict's (spelling, reading) pairs for the deck words (built by build_readings)."""
    if not path.is_file():
        return
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            k, _, r = line.rstrip("\n").partition("\t")
            if k and r:
                lex.add(k, r)


# --- kana confusions -------------------------------------------------------------------------

_VOICE_GROUPS = ["かが", "きぎ", "くぐ", "けげ", "こご", "さざ", "しじ", "すず", "せぜ", "そぞ", "ただ",
                 "てで", "とど", "はばぱ", "ひびぴ", "ふぶぷ", "へべぺ", "ほぼぽ"]
VOICE = {c: [o for o in g if o != c] for g in _VOICE_GROUPS for c in g}
_VOWEL = {}
for _row, _v in (("あかさたなはまやらわがざだばぱ", "a"), ("いきしちにひみりぎじぢびぴ", "i"),
                 ("うくすつぬふむゆるぐずづぶぷ", "u"), ("えけせてねへめれげぜでべぺ", "e"),
                 ("おこそとのほもよろごぞどぼぽを", "o"), ("ゃ", "a"), ("ゅ", "u"), ("ょ", "o")):
    for _c in _row:
        _VOWEL[_c] = _v
LENGTHEN = {"a": "あ", "i": "い", "u": "う", "e": "い", "o": "う"}
GEMINATE_BEFORE = set("かきくけこさしすせそたちつてとぱぴぷぺぽ")
SMALL = set("ぁぃぅぇぉゃゅょゎっゕゖ")
BAD_START = SMALL | set("んーをゐゑ")


def _ok_kana(s: str) -> bool:
    if not s or s[0] in BAD_START or s.endswith("っ") or "っっ" in s:
        return False
    for a, b in zip(s, s[1:]):
        if a == "っ" and b not in GEMINATE_BEFORE:
            return False
        if b in "ゃゅょ" and a not in "きしちにひみりぎじびぴ":
            return False
    return all("\u3041" <= c <= "\u3096" or c == "ー" for c in s)


def voicing_variants(r: str, start: int = 0, end: int | None = None) -> set[str]:
    end = len(r) if end is None else end
    return {r[:i] + o + r[i + 1:] for i, c in enumerate(r) if start <= i < end for o in VOICE.get(c, ())}


BARE_VOWELS = set("あいうえお")


def length_variants(r: str, start: int = 0, end: int | None = None) -> set[str]:
    """Long <-> short vowel changes inside r[start:end] (the part read from kanji)."""
    end = len(r) if end is None else end
    out = set()
    for i in range(start, min(end, len(r)) - 1):
        v = _VOWEL.get(r[i])
        if v and v in "oeu" and r[i] not in BARE_VOWELS and r[i + 1] == LENGTHEN[v] and i + 1 < end:
            out.add(r[:i + 1] + r[i + 2:])  # long -> short
    for i in range(start, min(end, len(r))):
        c = r[i]
        v = _VOWEL.get(c)
        if not v or v not in "oeu" or c in BARE_VOWELS:
            continue
        nxt = r[i + 1] if i + 1 < len(r) else ""
        if nxt in BARE_VOWELS or nxt in SMALL or nxt in "ーん":
            continue
        if v == "u" and c != "ゅ":  # しゅ/しゅう is the real confusion; さくう is not
            continue
        out.add(r[:i + 1] + LENGTHEN[v] + r[i + 1:])  # short -> long
    return out


def sokuon_variants(r: str, start: int = 0, end: int | None = None) -> set[str]:
    end = len(r) if end is None else end
    out = {r[:i] + r[i + 1:] for i, c in enumerate(r) if c == "っ" and start <= i < end}
    for i in range(max(1, start + 1), min(end, len(r))):
        if r[i] in GEMINATE_BEFORE and r[i - 1] not in "っんー":
            out.add(r[:i] + "っ" + r[i:])
    return out


def _rendaku(part: str) -> set[str]:
    out = {part}
    if part and part[0] in VOICE:
        out.update(o + part[1:] for o in VOICE[part[0]])
    if len(part) > 1 and part[-1] in "くつちき":
        out.add(part[:-1] + "っ")
    return out


def align(expression: str, reading: str, lex: Lexicon) -> list[tuple[str, str]] | None:
    """Split a reading over the characters of its spelling using known kanji readings:
    [("大", "だい"), ("学", "がく")]; kana match themselves. None if no split is found."""
    chars = list(expression)

    def go(i: int, pos: int) -> list[tuple[str, str]] | None:
        if i == len(chars):
            return [] if pos == len(reading) else None
        c = chars[i]
        if not is_kanji(c):
            if reading.startswith(hira(c), pos):
                rest = go(i + 1, pos + 1)
                return None if rest is None else [(c, hira(c))] + rest
            return None
        for base in sorted(lex.kanji_readings.get(c, ()), key=len, reverse=True):
            for form in _rendaku(base):
                if form and reading.startswith(form, pos):
                    rest = go(i + 1, pos + len(form))
                    if rest is not None:
                        return [(c, form)] + rest
        return None

    return go(0, 0)


def segment_spans(expression: str, reading: str, lex: Lexicon) -> list[tuple[int, int, bool]] | None:
    """(start, end, is_on_reading) of each kanji's part of the reading, from `align`."""
    parts = align(expression, reading, lex)
    if not parts:
        return None
    spans, pos = [], 0
    for c, r in parts:
        if is_kanji(c):
            ons = lex.kanji_on.get(c, set())
            spans.append((pos, pos + len(r), any(r.startswith(o[:max(1, len(o) - 1)]) for o in ons)))
        pos += len(r)
    return spans


def other_reading_variants(expression: str, reading: str, lex: Lexicon) -> set[str]:
    parts = align(expression, reading, lex)
    if not parts:
        return set()
    out = set()
    for k, (c, r) in enumerate(parts):
        if not is_kanji(c):
            continue
        okurigana = k + 1 < len(parts) and not is_kanji(parts[k + 1][0])
        if len(parts) == 1:
            others = lex.kanji_on.get(c, set()) | lex.kanji_kun.get(c, set())
        elif okurigana:
            others = lex.kanji_stem.get(c, set())
        else:
            others = lex.kanji_on.get(c, set()) | lex.kanji_kun.get(c, set())
        for other in others:
            if other != r:
                out.add("".join(p[1] for p in parts[:k]) + other + "".join(p[1] for p in parts[k + 1:]))
    return out


# --- writing confusions ----------------------------------------------------------------------

SIMILAR_KANJI_GROUPS = [
    "日目白百自", "人入八", "大犬太天夫", "木本末未休体", "土士工上", "千干午牛年", "手毛", "右石名古",
    "田由甲申", "見貝具", "気汽", "紙低氏", "間聞問門開閉", "語話読", "会今合", "校交", "先生失",
    "雨両", "雪電雲", "東車束", "西四", "学字", "小少", "金全", "買員", "早草", "後役", "国困図",
    "円内肉", "北比", "書昼画", "何河", "行待持特時", "外夕多", "分今", "長帳張", "水氷永", "母毎海",
    "友反", "左右", "男田", "口中", "川州", "力刀万方", "新親", "高京", "飲飯館", "住注主", "作昨",
    "明朝", "花化", "青晴静清", "暗音", "使便", "勉免", "道首", "週周", "近返", "銀鉄", "料科", "場湯",
    "話活", "験検険", "仕任", "待侍",
]
SIMILAR_KANJI: dict[str, set[str]] = {}
for _g in SIMILAR_KANJI_GROUPS:
    for _c in _g:
        SIMILAR_KANJI.setdefault(_c, set()).update(x for x in _g if x != _c)

SIMILAR_KATAKANA_GROUPS = ["シツ", "ソン", "クワケタ", "ヌスヌ", "ルレ", "メナ", "チテ", "コユ", "ウワフ",
                           "ヲヨ", "マムア", "ロコ", "ホホ", "ノメ", "セヤ", "ト卜"]
SIMILAR_KATAKANA: dict[str, set[str]] = {}
for _g in SIMILAR_KATAKANA_GROUPS:
    for _c in _g:
        if "\u30a1" <= _c <= "\u30fa":
            SIMILAR_KATAKANA.setdefault(_c, set()).update(x for x in _g if x != _c and "\u30a1" <= x <= "\u30fa")


def spelling_variants(expression: str, lex: Lexicon, level: int = 4) -> set[str]:
    """Misspellings: similar-looking kanji (手/毛), similar katakana (シ/ツ), voicing. Kanji that
    merely share a reading are not used: they too often make another real word with the same
    reading (種類/酒類 しゅるい)."""
    out = set()
    if is_katakana_word(expression):
        for i, c in enumerate(expression):
            for o in SIMILAR_KATAKANA.get(c, ()):
                out.add(expression[:i] + o + expression[i + 1:])
            h = hira(c)
            for o in VOICE.get(h, ()):
                out.add(expression[:i] + chr(ord(o) + 0x60) + expression[i + 1:])
        out.update(expression[:i] + expression[i + 1:] for i, c in enumerate(expression) if c in "ーッ")
        return {v for v in out if v and v[0] not in "ーッャュョァィゥェォン"}
    for i, c in enumerate(expression):
        if not is_kanji(c):
            continue
        for o in SIMILAR_KANJI.get(c, ()):
            out.add(expression[:i] + o + expression[i + 1:])
    return out


# --- items -----------------------------------------------------------------------------------

def _stem(word: Word) -> str:
    if word.example and word.expression in word.example:
        return word.example.replace(word.expression, f"[[{word.expression}]]", 1)
    return f"[[{word.expression}]]"


def _pick(rng: random.Random, pools: list[set[str]], n: int = 3) -> list[str] | None:
    """n distractors, one from each pool in turn where possible (a mix of confusion kinds)."""
    pools = [sorted(p) for p in pools if p]
    for p in pools:
        rng.shuffle(p)
    rng.shuffle(pools)
    chosen: list[str] = []
    while len(chosen) < n and any(pools):
        for p in pools:
            while p and p[0] in chosen:
                p.pop(0)
            if p and len(chosen) < n:
                chosen.append(p.pop(0))
    return chosen if len(chosen) == n else None


def _diff(a: str, b: str) -> int:
    """Index of the first character where a and b differ."""
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return i
    return min(len(a), len(b))


def _okurigana_len(expr: str) -> int:
    n = 0
    for c in reversed(expr):
        if is_kanji(c):
            break
        n += 1
    return n


def kanji_reading_item(word: Word, lex: Lexicon, rng: random.Random, *, type_: str = "kanji_reading") -> dict | None:
    expr, correct = word.expression, hira(word.reading)
    if not has_kanji(expr) or not _ok_kana(correct):
        return None
    valid = {hira(r) for r in lex.readings.get(expr, ())} | {correct}
    head = next((i for i, c in enumerate(expr) if is_kanji(c)), len(expr))
    tail = _okurigana_len(expr)
    start, end = head, len(correct) - tail
    if end <= start:
        return None
    kanji = [c for c in expr if is_kanji(c)]
    if len(kanji) == 1 and tail:
        okuri = hira(expr[len(expr) - tail:])
        valid |= {hira(expr[:head]) + full for full in lex.kanji_kun_full.get(kanji[0], ()) if full.endswith(okuri)}
    spans = segment_spans(expr, correct, lex)
    longer, shorter, sokuon = set(), set(), set()
    for v in length_variants(correct, start, end):
        (longer if len(v) > len(correct) else shorter).add(v)
    if spans:
        # a vowel made long only inside an on reading (こ/こう), っ only where two kanji meet (い|しゃ)
        on = [(a, b) for a, b, is_on in spans if is_on]
        longer = {v for v in longer if any(a <= _diff(v, correct) < b for a, b in on)}
        joins = {a for a, _b, _on in spans[1:]}
        sokuon = {v for v in sokuon_variants(correct, start, end)
                  if len(v) < len(correct) or (_diff(v, correct) in joins and correct[_diff(v, correct) - 1] not in "ういんー")}
    else:
        longer = set()
        sokuon = {v for v in sokuon_variants(correct, start, end) if len(v) < len(correct)}
    pools = [voicing_variants(correct, start, end), longer | shorter, sokuon,
             other_reading_variants(expr, correct, lex)]
    pools = [{d for d in p if d not in valid and _ok_kana(d) and unicodedata.normalize("NFC", d) == d}
             for p in pools]
    ds = _pick(rng, pools)
    if ds is None:
        return None
    choices = ds + [correct]
    rng.shuffle(choices)
    return {"id": f"gen-{type_}-{word.id or expr}", "type": type_, "stem": _stem(word), "choices": choices,
            "answer": choices.index(correct) + 1, "level": word.level or None,
            "explanation": {"en": f"{expr} is read {correct}."}}


def orthography_item(word: Word, lex: Lexicon, rng: random.Random) -> dict | None:
    expr, reading = word.expression, hira(word.reading)
    if not (has_kanji(expr) or is_katakana_word(expr)):
        return None
    valid = lex.spellings.get(reading, set()) | {expr}
    known = set(lex.readings)
    lvl = int(word.level[1]) if word.level and len(word.level) == 2 and word.level[1].isdigit() else 4
    pool = {d for d in spelling_variants(expr, lex, lvl) if d not in valid}
    # a real word with another reading is a fine distractor; prefer non-words though
    pools = [{d for d in pool if d not in known}, {d for d in pool if d in known}]
    ds = _pick(rng, pools)
    if ds is None:
        return None
    choices = ds + [expr]
    rng.shuffle(choices)
    stem = _stem(Word(reading, reading, example=word.example.replace(expr, reading, 1) if word.example else ""))
    return {"id": f"gen-orthography-{word.id or expr}", "type": "orthography", "stem": stem,
            "choices": choices, "answer": choices.index(expr) + 1, "level": word.level or None,
            "explanation": {"en": f"{reading} is written {expr}."}}


def generate_items(words: list[Word], lex: Lexicon, *, types=("kanji_reading", "orthography"),
                   seed: int = 0, limit: int | None = None) -> list[dict]:
    rng = random.Random(seed)
    out: list[dict] = []
    seen: set[str] = set()
    for w in words:
        for t in types:
            item = orthography_item(w, lex, rng) if t == "orthography" else kanji_reading_item(w, lex, rng, type_=t)
            if item and item["id"] not in seen:
                seen.add(item["id"])
                out.append(item)
        if limit and len(out) >= limit:
            break
    return out


def generate_bank(words: list[Word], lex: Lexicon, *, bank_id: str = "generated", exam=None,
                  types=("kanji_reading", "orthography"), seed: int = 0) -> dict:
    bank = {"format": 1, "id": bank_id, "title": "Generated kanji reading and orthography items",
            "items": generate_items(words, lex, types=types, seed=seed)}
    if exam:
        bank["exam"] = exam
    for it in bank["items"]:
        if it.get("level") is None:
            it.pop("level", None)
    return bank
