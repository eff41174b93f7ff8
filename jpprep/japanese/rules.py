"""Corrections applied to the tagger's tokens, in place. Each rule is general: it fires on a
class of words (compounds in JMdict, numbers and counters, heteronyms by context), never on one
sentence."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from jpprep.japanese import heteronyms, table
from jpprep.japanese import numbers as num
from jpprep.japanese.kana import has_kanji
from jpprep.japanese.tokenizer import PUNCT_POS as _PUNCT, Tok

MAX_SPAN = 6
_LIGHT_VERBS = frozenset(["する", "為る", "得る", "出来る", "できる", "居る", "成る"])
_INFLECTING = ("動詞", "形容詞", "助動詞")
_NO_EDGE = ("助詞", "助動詞", "補助記号", "空白", "記号")


def _merge(toks: list[Tok], i: int, j: int, reading: str, pos=None) -> None:
    first = toks[i]
    t = Tok("".join(x.surface for x in toks[i:j]), reading,
            *(pos or (first.pos1, first.pos2, first.pos3, "")))
    t.fixed = True
    toks[i:j] = [t]


def compounds(toks: list[Tok]) -> None:
    """Longest match of adjacent tokens against the JMdict table (証券会社, 一日中, 二十歳)."""
    words = table.words()
    if not words:
        return
    prefixes = table.prefixes()
    starts = table.starts()
    rare = table.rare()
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        surf = t.surface
        if surf not in starts or t.pos1 in _NO_EDGE or t.fixed:
            i += 1
            continue
        best = None
        end = min(len(toks), i + MAX_SPAN)
        s = surf
        inner_particle = False
        for j in range(i + 1, end):
            if s not in prefixes:
                break
            u = toks[j]
            if u.fixed or u.pos1 in _PUNCT and u.surface != "々":
                break
            s += u.surface
            if u.pos1 in _NO_EDGE and u.surface != "々":
                inner_particle = inner_particle or u.surface == "の"
                continue
            if u.pos1 in _INFLECTING and u.surface != u.base and (
                    u.pos2 == "非自立可能" or u.base in _LIGHT_VERBS or u.pos1 == "助動詞"):
                continue  # 説明|し, あり|得: a verb form, not a noun like 通行止め
            r = words.get(s)
            if r is not None and not _regular_count(toks, i, j, s in rare) and not (
                    inner_particle and s in rare) and not _numeral_before_counter(toks, i, j):
                best = (j + 1, r)  # a rare word across の (彼の方 あのかた) is too risky
        if best is None:
            # one token: only a word in its dictionary form (来 the verb is not 来 らい "next")
            # a lone kanji only when it is the whole text (a word card: 多 た, not a name さわ)
            r = words.get(surf) if (len(surf) > 1 or n == 1) and (
                t.pos1 not in _INFLECTING or surf == t.base) and not (
                i and surf in num.COUNTERS and _is_number(toks[i - 1])) else None
            # (a counter after a number is read with it: 三|日間 みっかかん, not 日間 ひあい)
            if r is not None and r != "=" and has_kanji(surf) and r != t.reading:
                t.reading = r
                t.pron = None
                t.fixed = True
            i += 1
            continue
        j, r = best
        if r == "=":  # a word the tagger reads right: keep its tokens, skip past it
            _as_alone(toks, i, j)
            i = j
            continue
        _merge(toks, i, j, r)
        n = len(toks)
        _reread_suffix(toks, i + 1)
        i += 1


def _as_alone(toks: list[Tok], i: int, j: int) -> None:
    """toks[i:j] are a word the tagger reads right on its own ("=" in the table). Inside a
    sentence it sometimes picks another reading for a part (申込書が: 書 かき, a form of 書く;
    腕に内出血: 内 うち); the part gets its reading from the word alone (しょ, ない)."""
    alone = _alone("".join(t.surface for t in toks[i:j]))
    if len(alone) != j - i or any(t.surface != a[0] for t, a in zip(toks[i:j], alone)):
        return  # cut differently alone: nothing to compare part by part
    for t, (_, r) in zip(toks[i:j], alone):
        if r and t.reading != r:
            _set(t, r)


@lru_cache(maxsize=8192)
def _alone(word: str) -> tuple[tuple[str, str | None], ...]:
    from jpprep.japanese.tokenizer import tokenize

    return tuple((t.surface, t.reading) for t in tokenize(word))


_IRREGULAR_COUNTERS = ("人", "歳", "才", "日", "月", "つ")


def _regular_count(toks: list[Tok], i: int, j: int, rare: bool = False) -> bool:
    """A number + a counter that the number rules read rather than JMdict: a kanji number with
    a regular counter (二分 にふん, not にぶん 'halving'), Arabic digits with any counter (１分
    いっぷん, not いちぶ; １０分 じゅっぷん), and a kanji number with 日, 歳, 人... when JMdict's
    word is a rare one (五十日 ごじゅうにち, not ごとおび 'days ending in 5 or 0'; 八十日目
    はちじゅうにちめ, not やっとかめ). Common ones stay JMdict's (一日 いちにち, 二十歳 はたち)."""
    last = toks[j].surface
    if j == i + 1 and toks[i].surface == "何" and num.nan_counter(last):
        return True  # 何人 なんにん, 何時 なんじ: read by the counter rules
    if last not in num.COUNTERS:
        return False
    if all(_is_digits(x.surface) for x in toks[i:j]):
        return True
    if not all(x.pos2 == "数詞" and _kanji_num(x.surface) for x in toks[i:j]):
        return False
    if last not in _IRREGULAR_COUNTERS:
        return True
    text = "".join(x.surface for x in toks[i:j])
    return rare and last != "つ" and num.kanji_range(text) is None


def _numeral_before_counter(toks: list[Tok], i: int, j: int) -> bool:
    """toks[i..j] are kanji numerals and a counter follows: the number rules read them together
    (十四人 じゅうよにん; JMdict's 十四 じゅうし would keep the counter from seeing the 4)."""
    return j + 1 < len(toks) and all(
        x.pos2 == "数詞" and _kanji_num(x.surface) for x in toks[i:j + 1]) and \
        toks[j + 1].surface[:1] in _COUNTER_FIRSTS and _counter(toks, j + 1) is not None


def _is_number(t: Tok) -> bool:
    return t.pos2 == "数詞" or _is_digits(t.surface) or t.surface == "何"


def _reread_suffix(toks: list[Tok], k: int) -> None:
    """After a repaired span, a lone kanji tagged as a suffix is usually a noun (一日中|雨)."""
    if k < len(toks):
        t = toks[k]
        if t.pos1 == "接尾辞" and len(t.surface) == 1 and has_kanji(t.surface) and \
                t.reading and len(t.reading) == 1:
            from jpprep.japanese.tokenizer import tokenize

            alone = tokenize(t.surface)
            if len(alone) == 1 and alone[0].reading:
                t.reading = alone[0].reading
                t.pron = alone[0].pron
                t.pos1 = alone[0].pos1


_BIG = {"万": 10**4, "億": 10**8, "兆": 10**12}
_COUNTER_FIRSTS = frozenset(c[0] for c in num.COUNTERS)
_DIGIT_START = frozenset("0123456789０１２３４５６７８９")


def _is_digits(s: str) -> bool:
    return s[:1] in _DIGIT_START and unicodedata.normalize("NFKC", s).isdigit()


def _kanji_num(s: str) -> bool:
    return all(c in num.KANJI_DIGITS or c in num.KANJI_UNITS or c in num.KANJI_BIG for c in s)


def _counter(toks: list[Tok], j: int) -> tuple[int, str] | None:
    """(end index, counter) for the longest counter starting at token j."""
    best = None
    acc = ""
    for k in range(j, min(len(toks), j + 3)):
        acc += toks[k].surface
        if len(acc) > num.MAX_COUNTER_LEN:
            break
        if acc in num.COUNTERS:
            if acc == "分の" and not (k + 1 < len(toks) and toks[k + 1].pos2 == "数詞"):
                continue  # ３分の休憩 is minutes; ３分の１ is a fraction
            best = (k + 1, acc)
    return best


def numbers(toks: list[Tok]) -> None:
    """Arabic numbers get a reading; numbers (Arabic or kanji) with a counter get the counter's
    sound changes (３分 さんぷん, ２３日 にじゅうよっか, 六本 ろっぽん); a fraction is ぶん
    (３分の１ さんぶんのいち)."""
    for t in toks:
        if t.pos2 == "数詞" or t.surface[:1] in _DIGIT_START or t.surface == "何":
            break
    else:
        return  # no number at all
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.surface == "何" and not t.fixed:
            c = _counter(toks, i + 1)
            if c is not None and num.nan_counter(c[1]) and not any(
                    x.fixed for x in toks[i + 1:c[0]]):
                _merge(toks, i, c[0], num.nan_counter(c[1]), ("名詞", "数詞", "", ""))
            i += 1
            continue
        if t.fixed or t.pos2 != "数詞" and not _is_digits(t.surface):
            i += 1
            continue
        if _is_digits(t.surface):
            j = i + 1
            while j < len(toks):  # the tagger may cut a number: ５０００ is ５０ + ００
                if _is_digits(toks[j].surface) and not toks[j].fixed:
                    j += 1
                elif j + 1 < len(toks) and toks[j].surface in (",", "，", ".", "．") and \
                        _is_digits(toks[j + 1].surface):
                    j += 2
                else:
                    break
            text = "".join(x.surface for x in toks[i:j])
            norm = unicodedata.normalize("NFKC", text)
            value = num.parse_digits(norm) if "." not in norm else None
            c = _counter(toks, j)
            reading = None
            if c is not None and value is not None and c[1] in _BIG:
                c2 = _counter(toks, c[0])  # 1万円: the number is 10000, the counter 円
                if c2 is not None and c2[1] not in _BIG:
                    value *= _BIG[c[1]]
                    c = c2
            if c is not None:
                alts = frozenset()
                if value is not None:
                    reading = num.read_with_counter(value, c[1])
                    alts = num.alternatives(value, c[1])
                else:
                    base = num.read_decimal(norm)
                    if base is not None:
                        reading = base + num.COUNTERS[c[1]].base
                if reading is not None:
                    _merge(toks, i, c[0], reading, ("名詞", "数詞", "", ""))
                    toks[i].alts = alts
                    i += 1
                    continue
            reading = num.read_decimal(norm)
            if reading is not None:
                _merge(toks, i, j, reading, ("名詞", "数詞", "", ""))
            i += 1
            continue
        if _kanji_num(t.surface):
            j = i + 1
            while j < len(toks) and toks[j].pos2 == "数詞" and _kanji_num(toks[j].surface) \
                    and not toks[j].fixed:
                j += 1
            c = _counter(toks, j)
            text = "".join(x.surface for x in toks[i:j])
            if c is not None and num.kanji_range(text) and not any(
                    x.fixed for x in toks[j:c[0]]):
                _merge(toks, i, c[0], num.kanji_range(text) + num.COUNTERS[c[1]].base,
                       ("名詞", "数詞", "", ""))
                i += 1
                continue
            value = num.parse_kanji_number(text)
            if c is not None and value is not None and not any(x.fixed for x in toks[j:c[0]]):
                reading = num.read_with_counter(value, c[1], zero="れい")  # 零 is れい
                if reading is not None:
                    alts = num.alternatives(value, c[1])
                    if text[0] in num.KANJI_BIG and reading.startswith("いち"):
                        reading = reading[2:]  # 万年 まんねん, not いちまんねん
                        alts = frozenset(a[2:] for a in alts if a.startswith("いち"))
                    _merge(toks, i, c[0], reading, ("名詞", "数詞", "", ""))
                    toks[i].alts = alts
                    i += 1
                    continue
            i = j
            continue
        i += 1


_NANI_NEXT = set("かがもをにへやよ")


def _next_reading(toks: list[Tok], i: int) -> str | None:
    """Reading of the token after i; '' at the end of the text or before punctuation."""
    if i + 1 >= len(toks) or toks[i + 1].pos1 in _PUNCT:
        return ""
    return toks[i + 1].reading or toks[i + 1].surface


def _set(t: Tok, reading: str) -> None:
    t.reading = reading
    t.pron = None


_RENDAKU_AFTER_NOUN = {"作り": ("つくり", "づくり"), "通り": ("とおり", "どおり"),
                       "係": ("かかり", "がかり")}
_CONTEXT_WORDS = frozenset(["何", "他", "川", "山", "々", "人", "方", "行っ", "米", "種", "実",
                            "十分", "梁", *_RENDAKU_AFTER_NOUN])
_KATAKANA_WORD = re.compile(r"[\u30a1-\u30faー]{2,}")


_hint = None


def context_hint(text: str) -> bool:
    """False when no word that context() looks at can be in `text` (a quick C-level scan)."""
    global _hint
    if _hint is None:
        firsts = {w[0] for w in _CONTEXT_WORDS} | {w[0] for w in table.default_surfaces()}
        _hint = re.compile("[" + re.escape("".join(sorted(firsts))) + "]")
    return _hint.search(text) is not None


_VOICING_NEIGHBOURS = ("名詞", "接頭辞", "接尾辞", "形状詞", "動詞", "形容詞")


def word_start_rendaku(toks: list[Tok]) -> None:
    """A rendaku form (ばこ, がわ) needs a word before it to voice it. When the tagger picks
    one at the start of a phrase (after a particle, a symbol, or nothing), read it plain:
    箱を開ける はこ, not ばこ; ゴミ箱 keeps its ばこ."""
    for i, t in enumerate(toks):
        if t.unvoiced is None or t.fixed or not has_kanji(t.surface):
            continue  # kana is read as written (役立つどころか)
        prev = toks[i - 1] if i else None
        if prev is None or prev.pos1 not in _VOICING_NEIGHBOURS or not prev.surface.strip() \
                or prev.pos1 in ("形容詞", "動詞") and prev.surface == prev.base:
            # after a whole adjective or verb (赤い箱, 入れる箱) there is no compound to voice
            _set(t, t.unvoiced)


def context(toks: list[Tok]) -> None:
    """Heteronyms decided by their neighbours, then hand-written defaults."""
    defaults = table.defaults()
    watch = table.default_surfaces()
    for i, t in enumerate(toks):
        s = t.surface
        if s not in watch and s not in _CONTEXT_WORDS:
            continue
        if s == "十分":  # the number rules read 十|分 as じゅっぷん, the tagger 十分 as じゅうぶん
            _ten_minutes(t, heteronyms.ten_minutes(toks, i))
            continue
        if s == "何時" and t.reading == "いつ" and i + 1 < len(toks) and toks[i + 1].surface == "も":
            continue  # 何時も いつも ("always"); elsewhere the default なんじ (何時ですか)
        if t.fixed and (s, t.reading) in defaults:  # a hand-written default beats the table
            t.alts = (*t.alts, t.reading)  # JMdict's still counts as a typed answer (さげぜん)
            _set(t, defaults[(s, t.reading)])
            continue
        if t.fixed or t.reading is None:
            if s == "々" and i and len(toks[i - 1].surface) == 1:
                _repeat(toks[i - 1], t)
            continue
        if s == "何" and t.reading == "なん":
            # なに before か/が/も/を/に/へ/や/よ and at the end; なん before で/だ/の/と/counters
            nxt = _next_reading(toks, i)
            if nxt == "" or nxt[0] in _NANI_NEXT and toks[i + 1].pos1 != "接尾辞":
                _set(t, "なに")
        elif s == "他" and t.reading == "た":
            nxt = _next_reading(toks, i)
            if i + 1 < len(toks) and (toks[i + 1].pos1 == "助詞" or nxt == ""):
                _set(t, "ほか")
        elif s == "人" and t.reading == "にん" and i and (
                toks[i - 1].pos2 == "固有名詞" or _KATAKANA_WORD.fullmatch(toks[i - 1].surface)):
            _set(t, "じん")  # a people: アメリカ人, ペルシア人
        elif s == "方" and t.reading == "ほう" and i and i + 1 < len(toks) \
                and toks[i + 1].surface == "は" and toks[i - 1].pos1 in ("動詞", "助動詞"):
            _set(t, "かた")  # 提出されていない方は: a person (ほう would take が or より)
        elif s == "方" and t.reading == "ほう" and heteronyms.person_kata(toks, i):
            _set(t, "かた")  # 利用者の方は, 認知症の方には (not 右の方, こちらの方が)
        elif s == "種" and t.reading == "しゅ" and heteronyms.seed_tane(toks, i):
            _set(t, "たね")  # 種をまく (not この種の問題)
        elif s == "実" and t.reading == "じつ" and (
                heteronyms.fruit_mi(toks, i) or heteronyms.fruit_mi_subject(toks, i)):
            _set(t, "み")  # 小さい実は, 実が赤くなる (not 実は "actually")
        elif s == "梁" and t.reading == "りょう" and heteronyms.beam_hari(toks, i):
            _set(t, "はり")  # 梁の上 (the beam), not りょう (the Liang dynasty)
        elif s in _RENDAKU_AFTER_NOUN and t.reading == _RENDAKU_AFTER_NOUN[s][0] and i and \
                t.pos1 != "動詞" and toks[i - 1].pos1 == "名詞" and toks[i - 1].pos2 != "数詞" and \
                has_kanji(toks[i - 1].surface):
            _set(t, _RENDAKU_AFTER_NOUN[s][1])  # 資料作り づくり, 予定通り どおり, 保全係 がかり
        elif s == "行っ" and t.reading == "おこなっ" and not heteronyms.object_before(toks, i):
            _set(t, "いっ")  # 行った いった (go); おこなった (carry out) takes an object in を
        elif s == "山" and t.reading == "やま" and i and (
                toks[i - 1].pos2 == "固有名詞" or _KATAKANA_WORD.fullmatch(toks[i - 1].surface)):
            _set(t, "さん")  # a mountain's name: 筑波山, エベレスト山
        elif s == "米" and t.reading == "べい" and i + 1 < len(toks) and toks[i + 1].pos1 == "助詞":
            _set(t, "こめ")  # 米を炊く: rice; べい (America) comes before a noun (米大統領)
        elif s == "川" and t.reading == "かわ" and i and toks[i - 1].pos1 == "名詞":
            _set(t, "がわ")  # a river's name: 木曽川, 信濃川, ライン川
        d = defaults.get((s, t.reading))
        if d is not None:
            _set(t, d)


def _ten_minutes(t: Tok, duration: bool | None) -> None:
    if duration is None or duration == (t.reading == "じゅっぷん"):
        return
    if duration:
        _set(t, "じゅっぷん")
        t.pos1, t.pos2, t.alts = "名詞", "数詞", num.alternatives(10, "分")
    else:
        _set(t, "じゅうぶん")
        t.pos1, t.pos2, t.alts = "形状詞", "一般", ()
    t.fixed = True


def _repeat(prev: Tok, t: Tok) -> None:
    """々 repeats the kanji before it (the tagger split the word, so use the kanji's reading)."""
    if prev.pos1 == "名詞" and prev.reading:
        _set(t, prev.reading)
        return
    r = table.kanji().get(prev.surface)
    if r:
        _set(prev, r)
        _set(t, r)
