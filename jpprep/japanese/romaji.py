"""Kana -> Hepburn romaji (our own table: deterministic and fast; readings come from the
engine, which reads words in context better than pykakasi)."""

from __future__ import annotations

from collections.abc import Mapping

from jpprep.japanese.kana import to_hiragana

_BASE = {
    "あ": "a", "い": "i", "う": "u", "え": "e", "お": "o",
    "か": "ka", "き": "ki", "く": "ku", "け": "ke", "こ": "ko",
    "が": "ga", "ぎ": "gi", "ぐ": "gu", "げ": "ge", "ご": "go",
    "さ": "sa", "し": "shi", "す": "su", "せ": "se", "そ": "so",
    "ざ": "za", "じ": "ji", "ず": "zu", "ぜ": "ze", "ぞ": "zo",
    "た": "ta", "ち": "chi", "つ": "tsu", "て": "te", "と": "to",
    "だ": "da", "ぢ": "ji", "づ": "zu", "で": "de", "ど": "do",
    "な": "na", "に": "ni", "ぬ": "nu", "ね": "ne", "の": "no",
    "は": "ha", "ひ": "hi", "ふ": "fu", "へ": "he", "ほ": "ho",
    "ば": "ba", "び": "bi", "ぶ": "bu", "べ": "be", "ぼ": "bo",
    "ぱ": "pa", "ぴ": "pi", "ぷ": "pu", "ぺ": "pe", "ぽ": "po",
    "ま": "ma", "み": "mi", "む": "mu", "め": "me", "も": "mo",
    "や": "ya", "ゆ": "yu", "よ": "yo",
    "ら": "ra", "り": "ri", "る": "ru", "れ": "re", "ろ": "ro",
    "わ": "wa", "ゐ": "i", "ゑ": "e", "を": "o", "ん": "n", "ゔ": "vu",
    "ぁ": "a", "ぃ": "i", "ぅ": "u", "ぇ": "e", "ぉ": "o", "ゃ": "ya", "ゅ": "yu", "ょ": "yo",
    "ゎ": "wa", "ゕ": "ka", "ゖ": "ke",
}
_YOON = {"ゃ": "a", "ゅ": "u", "ょ": "o"}
_SMALL_V = {"ぁ": "a", "ぃ": "i", "ぅ": "u", "ぇ": "e", "ぉ": "o"}
_SPECIAL = {"しゃ": "sha", "しゅ": "shu", "しょ": "sho", "ちゃ": "cha", "ちゅ": "chu", "ちょ": "cho",
            "じゃ": "ja", "じゅ": "ju", "じょ": "jo", "ぢゃ": "ja", "ぢゅ": "ju", "ぢょ": "jo",
            "てぃ": "ti", "でぃ": "di", "とぅ": "tu", "どぅ": "du", "ふぁ": "fa", "ふぃ": "fi",
            "ふぇ": "fe", "ふぉ": "fo", "うぃ": "wi", "うぇ": "we", "うぉ": "wo", "ゔぁ": "va",
            "ゔぃ": "vi", "ゔぇ": "ve", "ゔぉ": "vo", "しぇ": "she", "じぇ": "je", "ちぇ": "che",
            "つぁ": "tsa", "つぃ": "tsi", "つぇ": "tse", "つぉ": "tso", "でゅ": "dyu",
            "てゅ": "tyu", "ふゅ": "fyu", "いぇ": "ye"}


def kana_to_romaji(text: str) -> str:
    """Hepburn for a kana string; anything else is kept as it is."""
    s = to_hiragana(text)
    out: list[str] = []
    i, n = 0, len(s)
    gem = False
    while i < n:
        ch = s[i]
        two = s[i:i + 2]
        if ch == "っ":
            gem = True
            i += 1
            continue
        if two in _SPECIAL:
            syl, i = _SPECIAL[two], i + 2
        elif i + 1 < n and s[i + 1] in _YOON and ch in _BASE and ch not in "やゆよ" \
                and _BASE[ch].endswith("i") and len(_BASE[ch]) > 1:
            syl, i = _BASE[ch][:-1] + "y" + _YOON[s[i + 1]], i + 2
        elif ch == "ー":
            syl = out[-1][-1] if out and out[-1][-1:] in "aeiou" else ""
            i += 1
        elif ch in _BASE:
            syl, i = _BASE[ch], i + 1
            if ch == "ん" and i < n and (s[i] in "あいうえおやゆよ"):
                syl = "n'"
        else:
            syl, i = ch, i + 1
        if gem:
            if syl[:1].isalpha() and syl[0] not in "aeiou":
                syl = ("t" if syl.startswith("ch") else syl[0]) + syl
            elif not out or out[-1] == "":
                pass
            gem = False
        out.append(syl)
    return "".join(out)


_PUNCT = {"。": ".", "、": ",", "！": "!", "？": "?", "「": "\x02", "」": "\x03", "『": "\x02", "』": "\x03",
          "（": "\x04", "）": "\x05", "・": " ", "　": " "}
_MARKS = {"\x02": '"', "\x03": '"', "\x04": "(", "\x05": ")"}  # opening: x02, x04


def to_romaji_words(text: str, fixed: Mapping[int, tuple[int, str]] | None = None) -> str:
    """Romaji of Japanese text with spaces between words; particles read as said (wa, e, o).

    `fixed` gives the reading of some stretches of the text, {start: (end, kana)}, where the
    stretch begins and ends at the engine's word edges (a card's own word in its example
    sentence: 便 read べん where the engine alone says びん); other starts are ignored."""
    from jpprep.japanese.engine import plain_reading, units
    from jpprep.japanese.word_edges import edge

    groups: list[list[str]] = []  # [kana, kind] kind: "w" word, "p" punctuation/other
    prev = first = None  # the unit before, and the first unit of the word it ends
    pos = skip_to = 0
    us = units(text)
    for i, u in enumerate(us):
        start, pos = pos, pos + len(u.surface)
        if start < skip_to:  # inside a fixed stretch: its reading is already said
            prev = u
            continue
        sep = edge(prev, u, first, us[i + 1] if i + 1 < len(us) else None)
        prev = u
        r = u.reading if u.reading is not None else plain_reading(u.surface)
        if fixed and start in fixed:
            skip_to, r = fixed[start]
        elif u.pos1 == "助詞" and r in ("は", "へ", "を"):
            r = {"は": "わ", "へ": "え", "を": "お"}[r]
        if not any(c.isalnum() for c in r):
            groups.append(["".join(_PUNCT.get(c, c) for c in r), "p"])
        elif sep != " " and groups and groups[-1][1] == "w":
            groups[-1][0] += sep + r  # kana_to_romaji keeps the hyphen: riyousha-san
        else:
            groups.append([r, "w"])
            first = u
    out: list[str] = []
    space = False  # a word that follows gets a space before it
    for kana, kind in groups:
        if kind == "p":
            opening = kana.startswith(("\x02", "\x04"))
            kana = "".join(_MARKS.get(c, c) for c in kana)
            out.append((" " if opening and out else "") + kana)
            space = not opening and bool(kana.strip())
            continue
        if space or (out and out[-1] and out[-1][-1].isalnum()):
            out.append(" ")
        out.append(kana_to_romaji(kana))
        space = True
    return " ".join("".join(out).split())
