"""Romaji -> kana as the learner types (an IME-like converter for answer boxes).

romaji_to_kana("kanji") -> "かんじ"; "konnnichiha" -> "こんにちは"; "kitte" -> "きって";
"ra-men" -> "らーめん". Letters that may still become a kana ("k", "ky", "n") are kept as typed
at the end of the buffer unless final=True (then a trailing "n" becomes ん). Upper-case letters
(Shift) give katakana, as does katakana=True. Anything that is not a romaji letter passes through.
"""

from __future__ import annotations

from jpprep.japanese.kana import to_katakana

_VOWELS = "aiueo"
_TABLE: dict[str, str] = {}


def _add(prefix: str, kana: str) -> None:
    for v, k in zip(_VOWELS, kana.split()):
        if k != "-":
            _TABLE[prefix + v] = k


_add("", "あ い う え お")
_add("k", "か き く け こ")
_add("g", "が ぎ ぐ げ ご")
_add("s", "さ し す せ そ")
_add("z", "ざ じ ず ぜ ぞ")
_add("t", "た ち つ て と")
_add("d", "だ ぢ づ で ど")
_add("n", "な に ぬ ね の")
_add("h", "は ひ ふ へ ほ")
_add("b", "ば び ぶ べ ぼ")
_add("p", "ぱ ぴ ぷ ぺ ぽ")
_add("m", "ま み む め も")
_add("y", "や - ゆ いぇ よ")
_add("r", "ら り る れ ろ")
_add("l", "ら り る れ ろ")
_add("w", "わ うぃ う うぇ を")
_add("v", "ゔぁ ゔぃ ゔ ゔぇ ゔぉ")
_add("f", "ふぁ ふぃ ふ ふぇ ふぉ")
_add("j", "じゃ じ じゅ じぇ じょ")
_add("sh", "しゃ し しゅ しぇ しょ")
_add("ch", "ちゃ ち ちゅ ちぇ ちょ")
_add("ts", "つぁ つぃ つ つぇ つぉ")
_add("x", "ぁ ぃ ぅ ぇ ぉ")
_add("xy", "ゃ - ゅ - ょ")
_add("ly", "ゃ - ゅ - ょ")
_add("th", "てゃ てぃ てゅ てぇ てょ")
_add("dh", "でゃ でぃ でゅ でぇ でょ")
_add("cy", "ちゃ ち ちゅ ちぇ ちょ")
_add("zy", "じゃ じぃ じゅ じぇ じょ")
_add("jy", "じゃ じぃ じゅ じぇ じょ")
for c, k in {"k": "き", "g": "ぎ", "s": "し", "z": "じ", "t": "ち", "d": "ぢ", "n": "に", "h": "ひ",
             "b": "び", "p": "ぴ", "m": "み", "r": "り", "l": "り"}.items():
    _add(c + "y", f"{k}ゃ {k}ぃ {k}ゅ {k}ぇ {k}ょ")
_TABLE.update({"xtu": "っ", "ltu": "っ", "xtsu": "っ", "xya": "ゃ", "xwa": "ゎ", "nn": "ん",
               "n'": "ん", "xn": "ん", "-": "ー", "wi": "ゐ", "we": "ゑ", ",": "、", ".": "。",
               "?": "？", "!": "！", "[": "「", "]": "」", "~": "〜"})
_TABLE["wi"], _TABLE["we"] = "うぃ", "うぇ"
_PREFIXES = {k[:i] for k in _TABLE for i in range(1, len(k))}
_MAX = max(len(k) for k in _TABLE)
_CONSONANTS = set("bcdfghjklmpqrstvwxyz")


def romaji_to_kana(buffer: str, *, katakana: bool = False, final: bool = False) -> str:
    out: list[str] = []
    i, n = 0, len(buffer)
    while i < n:
        ch = buffer[i]
        low = ch.lower()
        upper = ch.isupper()
        # doubled consonant -> っ (kk, tt, tch), but not nn
        if low in _CONSONANTS and low != "n" and i + 1 < n and (
                buffer[i + 1].lower() == low or low == "t" and buffer[i + 1].lower() == "c"):
            out.append(_script("っ", katakana or upper))
            i += 1
            continue
        # n before a consonant (not y) or at the end of a finished buffer -> ん
        if low == "n" and i + 1 < n:
            nxt = buffer[i + 1].lower()
            step = 0
            if nxt == "'":
                step = 2
            elif nxt == "n":
                after = buffer[i + 2].lower() if i + 2 < n else ""
                step = 1 if after and after in _VOWELS + "y" else 2
            elif nxt in _CONSONANTS and nxt != "y":
                step = 1
            if step:
                out.append(_script("ん", katakana or upper))
                i += step
                continue
        matched = None
        for size in range(min(_MAX, n - i), 0, -1):
            piece = buffer[i:i + size].lower()
            if piece in _TABLE:
                matched = piece
                break
        if matched is not None:
            out.append(_script(_TABLE[matched], katakana or upper))
            i += len(matched)
            continue
        rest = buffer[i:].lower()
        if rest in _PREFIXES or rest == "n":
            # still being typed: keep the letters as they are unless the input is finished
            if final:
                out.append(_script("ん", katakana or upper) if rest == "n" else buffer[i:])
            else:
                out.append(buffer[i:])
            break
        out.append(ch)
        i += 1
    return "".join(out)


def _script(kana: str, katakana: bool) -> str:
    return to_katakana(kana) if katakana else kana
