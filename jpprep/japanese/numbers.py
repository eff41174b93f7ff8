"""Reading numbers and counters: ３分 -> さんぷん, ２３日 -> にじゅうよっか, 四月 -> しがつ.

A number is read in groups of 10^4 (万, 億, 兆). A counter changes the sound of the number's
last element and sometimes its own first consonant (いっぽん, さんぼん, ろっぽん). The rules are
data: each counter names its base reading and a sound-change class, plus a few irregular forms.
"""

from __future__ import annotations

import unicodedata

DIGITS = ["", "いち", "に", "さん", "よん", "ご", "ろく", "なな", "はち", "きゅう"]
KANJI_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
                "八": 8, "九": 9}
KANJI_UNITS = {"十": 10, "百": 100, "千": 1000}
KANJI_BIG = {"万": 10**4, "億": 10**8, "兆": 10**12}
BIG_READ = [(10**12, "ちょう"), (10**8, "おく"), (10**4, "まん")]


def _below_10000(n: int) -> str:
    out = []
    th, n = divmod(n, 1000)
    if th:
        out.append({1: "せん", 3: "さんぜん", 8: "はっせん"}.get(th, DIGITS[th] + "せん"))
    hu, n = divmod(n, 100)
    if hu:
        out.append({1: "ひゃく", 3: "さんびゃく", 6: "ろっぴゃく", 8: "はっぴゃく"}.get(
            hu, DIGITS[hu] + "ひゃく"))
    te, n = divmod(n, 10)
    if te:
        out.append(("" if te == 1 else DIGITS[te]) + "じゅう")
    if n:
        out.append(DIGITS[n])
    return "".join(out)


def read_int(n: int) -> str:
    """Kana for a non-negative integer: 1877 -> せんはっぴゃくななじゅうなな."""
    if n == 0:
        return "ぜろ"
    if n >= 10**16:
        return "".join(DIGITS[int(d)] or "ぜろ" for d in str(n))
    out = []
    for unit, name in BIG_READ:
        q, n = divmod(n, unit)
        if q:
            head = _below_10000(q)
            if name == "ちょう" and q % 10 == 1 and q % 100 != 11:
                head = head[:-2] + "いっ"
            elif name == "ちょう" and q % 10 == 8:
                head = head[:-2] + "はっ"
            elif name == "ちょう" and q % 100 == 10:
                head = head[:-3] + "じゅっ"
            out.append(head + name)
    if n:
        out.append(_below_10000(n))
    return "".join(out)


def _tail(n: int) -> str:
    """The element a counter attaches to: '1'..'9', '10', '100', '1000', 'big'."""
    if n % 10:
        return str(n % 10)
    if n % 100:
        return "10"
    if n % 1000:
        return "100"
    if n % 10000:
        return "1000"
    return "big"


_TAIL_TEXT = {str(d): DIGITS[d] for d in range(1, 10)}
_TAIL_TEXT.update({"10": "じゅう", "100": "ひゃく", "1000": "せん"})

# sound-change classes: tail -> (new tail text, counter form index)
# counter forms: 0 = base, 1 = after a geminate (っ), 2 = after ん (3, 1000, 万)
# tails whose last sound becomes っ before the counter (the text is made from the number's own
# reading, so 300, 600 and 800 keep their びゃく/ぴゃく: さんびゃっこ, ろっぴゃっこ, はっぴゃっこ)
_GEMINATE_K = frozenset(["1", "6", "8", "10", "100"])
_GEMINATE_ST = frozenset(["1", "8", "10"])
_H_ROW = _GEMINATE_K


class Counter:
    __slots__ = ("base", "gem", "p", "b", "special", "four", "seven", "nine", "four_p", "zero",
                 "alts")

    def __init__(self, base, gem=None, p=None, b=None, special=None, four="よん", seven="なな",
                 nine="きゅう", four_p=False, zero="ぜろ", alts=()):
        self.base = base
        self.four_p = four_p  # よんぷん
        self.gem = gem  # tails whose last sound becomes っ (いっこ, ろっぴゃっこ)
        self.p = p  # form after a geminate (ぽん) for the h-row
        self.b = b  # form after ん for 3, 1000, 万 (ぼん)
        self.special = special or {}  # whole-number irregular readings
        self.four, self.seven, self.nine = four, seven, nine
        self.zero = zero  # ０個 ぜろこ; れい where that is the set form (０時 れいじ, ０度 れいど)
        # other standard forms, as changes to the fields above: 時 {"seven": "なな"} (ななじ
        # beside しちじ), 階 {"b": None} (さんかい beside さんがい); see alternatives()
        self.alts = alts

    def read(self, n: int, zero: str | None = None) -> str:
        if n in self.special:
            return self.special[n]
        if n == 0:
            return (zero or self.zero) + self.base
        head = read_int(n)
        tail = _tail(n)
        if tail in _TAIL_TEXT:
            cut = len(_TAIL_TEXT[tail])
            stem = head[:-cut] if head.endswith(_TAIL_TEXT[tail]) else head
            if tail == "4":
                return stem + self.four + (self.p if self.four_p else self.base)
            if tail == "7":
                return stem + self.seven + self.base
            if tail == "9":
                return stem + self.nine + self.base
            if self.gem and tail in self.gem:
                # the number's last sound becomes っ: いち いっ, ろく ろっ, はち はっ, じゅう
                # じゅっ, and the hundreds as they are said: ろっぴゃく ろっぴゃっ (六百個
                # ろっぴゃっこ, 三百本 さんびゃっぽん)
                return head[:-1] + "っ" + (self.p or self.base)
            if self.b and (tail == "3" or tail == "1000"):
                return head + self.b
        if tail == "big" and self.b and n % 10**8:
            return head + self.b  # after まん (一万本 いちまんぼん); おく, ちょう stay (一億本 いちおくほん)
        return head + self.base


def _k(base, **kw):
    return Counter(base, gem=_GEMINATE_K, **kw)


def _st(base, **kw):
    return Counter(base, gem=_GEMINATE_ST, **kw)


def _h(base, p, b, **kw):
    return Counter(base, gem=_H_ROW, p=p, b=b, **kw)


_DAYS = {1: "ついたち", 2: "ふつか", 3: "みっか", 4: "よっか", 5: "いつか", 6: "むいか", 7: "なのか",
         8: "ようか", 9: "ここのか", 10: "とおか", 14: "じゅうよっか", 20: "はつか",
         24: "にじゅうよっか"}
_DAY_COUNT = dict(_DAYS)
_DAY_COUNT[1] = "いちにち"
_PEOPLE = {1: "ひとり", 2: "ふたり"}
_TSU = {1: "ひとつ", 2: "ふたつ", 3: "みっつ", 4: "よっつ", 5: "いつつ", 6: "むっつ", 7: "ななつ",
        8: "やっつ", 9: "ここのつ", 10: "とお"}

COUNTERS: dict[str, Counter] = {
    "日": Counter("にち", special=_DAYS, seven="しち", nine="く",  # 19日 じゅうくにち
                 alts=({"seven": "なな"},)),
    "日間": Counter("にちかん", special={k: v + "かん" for k, v in _DAY_COUNT.items()},
                  seven="しち", nine="く"),
    "日目": Counter("にちめ", special={k: v + "め" for k, v in _DAY_COUNT.items()},
                  seven="しち", nine="く"),
    "月": Counter("がつ", four="し", seven="しち", nine="く"),
    "人": Counter("にん", special=_PEOPLE, four="よ", alts=({"seven": "しち"}, {"nine": "く"})),
    "人目": Counter("にんめ", special={1: "ひとりめ", 2: "ふたりめ"}, four="よ",
                  alts=({"seven": "しち"},)),
    "つ": Counter("つ", special=_TSU),
    "時": Counter("じ", four="よ", seven="しち", nine="く", zero="れい", alts=({"seven": "なな"},)),
    "時間": Counter("じかん", four="よ", seven="しち", nine="く", alts=({"seven": "なな"},)),
    "時半": Counter("じはん", four="よ", seven="しち", nine="く", zero="れい",
                  alts=({"seven": "なな"},)),
    "年": Counter("ねん", four="よ", alts=({"seven": "しち"},)),
    "年間": Counter("ねんかん", four="よ"),
    "年生": Counter("ねんせい", four="よ"),
    "円": Counter("えん", four="よ"),
    "分": _h("ふん", "ぷん", "ぷん", four_p=True, alts=({"four_p": False},)),
    "分の": Counter("ぶんの"),  # fractions: ３分の１ さんぶんのいち
    "分間": _h("ふんかん", "ぷんかん", "ぷんかん", four_p=True, alts=({"four_p": False},)),
    "本": _h("ほん", "ぽん", "ぼん"),
    "匹": _h("ひき", "ぴき", "びき"),
    # 箱: ひとはこ, ふたはこ, さんはこ (not voiced after ん), ろっぱこ, はっぱこ, じゅっぱこ
    "箱": Counter("はこ", gem=_H_ROW, p="ぱこ", special={1: "ひとはこ", 2: "ふたはこ"}),
    "杯": _h("はい", "ぱい", "ばい"),
    "泊": _h("はく", "ぱく", "ぱく"),
    "発": _h("はつ", "ぱつ", "ぱつ"),
    "歩": _h("ほ", "ぽ", "ぽ"),
    "票": _h("ひょう", "ぴょう", "ぴょう"),
    "編": _h("へん", "ぺん", "ぺん"),
    "版": _h("はん", "ぱん", "ぱん"),
    "個": _k("こ"),
    "回": _k("かい"),
    "回目": _k("かいめ"),
    "階": _k("かい", b="がい", alts=({"b": None},)),
    "課": _k("か"),
    "箇所": _k("かしょ"),
    "カ所": _k("かしょ"),
    "ヶ所": _k("かしょ"),
    "か所": _k("かしょ"),
    "か月": _k("かげつ"),
    "ヶ月": _k("かげつ"),
    "カ月": _k("かげつ"),
    "ケ月": _k("かげつ"),
    "ヵ月": _k("かげつ"),
    "ヵ国": _k("かこく"),
    "ヶ国": _k("かこく"),
    "カ国": _k("かこく"),
    "か国": _k("かこく"),
    "件": _k("けん"),
    "軒": _k("けん", b="げん", alts=({"b": None},)),
    "曲": _k("きょく"),
    "kg": _k("きろぐらむ"),
    "km": _k("きろめーとる"),
    "キロ": _k("きろ"),
    "冊": _st("さつ"),
    "歳": _st("さい", special={20: "はたち"}, alts=({"special": None},)),
    "才": _st("さい", special={20: "はたち"}, alts=({"special": None},)),
    "週": _st("しゅう"),
    "週間": _st("しゅうかん"),
    "足": _st("そく", b="ぞく"),
    "世紀": _st("せいき"),
    "センチ": _st("せんち"),
    "頭": _st("とう"),
    "点": _st("てん", zero="れい"),
    "着": _st("ちゃく"),
    "通": _st("つう"),
    "丁目": _st("ちょうめ"),
    "トン": _st("とん"),
    "%": _h("ぱーせんと", "ぱーせんと", "ぱーせんと"),
    "％": _h("ぱーせんと", "ぱーせんと", "ぱーせんと"),
    "パーセント": _h("ぱーせんと", "ぱーせんと", "ぱーせんと"),
    "ページ": _h("ぺーじ", "ぺーじ", "ぺーじ"),
    "粒": Counter("つぶ", special={1: "ひとつぶ", 2: "ふたつぶ"}),
    "晩": Counter("ばん", special={1: "ひとばん", 2: "ふたばん"}),
    "羽": Counter("わ", special={3: "さんば", 6: "ろっぱ", 8: "はっぱ", 10: "じゅっぱ",
                                100: "ひゃっぱ"}),
    "度": Counter("ど", zero="れい"),
    "倍": Counter("ばい"),
    "枚": Counter("まい"),
    "台": Counter("だい"),
    "番": Counter("ばん"),
    "番目": Counter("ばんめ"),
    "号": Counter("ごう"),
    "位": Counter("い"),
    "秒": Counter("びょう"),
    "秒間": Counter("びょうかん"),
    "割": Counter("わり"),
    "名": Counter("めい"),
    "行": Counter("ぎょう"),
    "条": Counter("じょう"),
    "色": Counter("しょく"),
    "号車": Counter("ごうしゃ"),
    "番線": Counter("ばんせん"),
    "番地": Counter("ばんち"),
    "部": Counter("ぶ"),
    "位": Counter("い"),
    "万": Counter("まん"),
    "億": Counter("おく"),
    "兆": Counter("ちょう", gem=_GEMINATE_ST),
}
MAX_COUNTER_LEN = max(len(k) for k in COUNTERS)


def parse_digits(text: str) -> int | None:
    """'１,２００' -> 1200; None if not a plain integer."""
    t = unicodedata.normalize("NFKC", text).replace(",", "")
    return int(t) if t.isascii() and t.isdigit() else None


def parse_kanji_number(text: str) -> int | None:
    """'二千十九' -> 2019, '二〇二四' -> 2024, '三万' -> 30000; None if not a number."""
    if not text or any(c not in KANJI_DIGITS and c not in KANJI_UNITS and c not in KANJI_BIG
                       for c in text):
        return None
    if not any(c in KANJI_UNITS or c in KANJI_BIG for c in text):
        return int("".join(str(KANJI_DIGITS[c]) for c in text))
    total = section = digit = 0
    seen = False
    for c in text:
        if c in KANJI_DIGITS:
            digit = KANJI_DIGITS[c]
            seen = True
        elif c in KANJI_UNITS:
            section += (digit or 1) * KANJI_UNITS[c]
            digit = 0
        else:
            total += (section + digit or 1) * KANJI_BIG[c]
            section = digit = 0
    return total + section + digit if seen or total or section else None


def read_decimal(text: str) -> str | None:
    """'3.5' -> さんてんご, '1,200' -> せんにひゃく, '007' -> ぜろぜろなな."""
    t = unicodedata.normalize("NFKC", text).replace(",", "")
    if "." in t:
        a, _, b = t.partition(".")
        if not (a.isascii() and a.isdigit() and b.isascii() and b.isdigit()):
            return None
        head = "れい" if int(a) == 0 else read_int(int(a))
        return head + "てん" + "".join(DIGITS[int(d)] or "ぜろ" for d in b)
    if not (t.isascii() and t.isdigit()):
        return None
    if len(t) > 1 and t.startswith("0"):
        return "".join(DIGITS[int(d)] or "ぜろ" for d in t)
    return read_int(int(t))


_RANGES = {"一二": "いちに", "二三": "にさん", "三四": "さんし", "四五": "しご", "五六": "ごろく",
           "六七": "ろくしち", "七八": "しちはち", "八九": "はっく"}


def kanji_range(text: str) -> str | None:
    """'二三' (two or three) -> にさん; None if `text` is not such a range."""
    return _RANGES.get(text)


def nan_counter(counter: str) -> str | None:
    """何 + counter, read like 3 with なん: 何人 なんにん, 何本 なんぼん, 何日 なんにち."""
    c = COUNTERS.get(counter)
    if c is None or counter in ("つ", "分の", "万", "億", "兆"):
        return None
    three = c.read(3)
    return "なん" + three[2:] if three.startswith("さん") else "なん" + c.base


def read_with_counter(n: int, counter: str, zero: str | None = None) -> str | None:
    """The reading of n + counter; `zero` overrides the counter's word for 0 (零 is れい)."""
    c = COUNTERS.get(counter)
    if c is None:
        return None
    if counter in ("日", "日間", "日目") and n > 31:
        return read_int(n) + c.base
    if counter == "月" and not 1 <= n <= 12:
        return None
    if counter in ("つ",) and n > 10:
        return None
    return c.read(n, zero)


def _variant(c: Counter, **change) -> Counter:
    fields = {k: getattr(c, k) for k in Counter.__slots__ if k != "alts"}
    fields.update(change)
    return Counter(**fields)


def alternatives(n: int, counter: str) -> frozenset[str]:
    """Other standard readings of n + counter, which a learner may say or type instead of
    read_with_counter's: じっぷん beside じゅっぷん (10 with a geminate), はちこ beside はっこ,
    ひゃくかい and ろっぴゃくこ beside ひゃっかい and ろっぴゃっこ (k-row counters), ぜろ and
    れい for 0, and each counter's own `alts` (ななじ, さんかい, よんふん, にじゅっさい).
    Forms that are not said are not here: いちこ, ろくこ, さんほん, じゅうふん."""
    main = read_with_counter(n, counter)
    c = COUNTERS.get(counter)
    if main is None or c is None:
        return frozenset()
    out = set()
    if n == 0:
        out.update(("ぜろ" + c.base, "れい" + c.base))
    variants = [_variant(c, **change) for change in c.alts]
    if c.gem and "8" in c.gem:
        variants.append(_variant(c, gem=c.gem - {"8"}))  # はちこ, はちほん, はちふん
    if c.gem and "100" in c.gem and c.p is None:
        variants.append(_variant(c, gem=c.gem - {"100"}))  # ひゃくこ, ろっぴゃくかい
    for v in variants:
        out.add(v.read(n))
    for r in (main, *out):
        k = r.rfind("じゅっ")
        if k >= 0 and c.gem and _tail(n) == "10":
            out.add(r[:k] + "じっ" + r[k + 3:])  # じっぷん, にじっかい
    out.discard(main)
    return frozenset(out)
