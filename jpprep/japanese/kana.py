"""Character classes and kana conversions (pure functions, no dictionary)."""

from __future__ import annotations

import unicodedata

_K2H = {c: c - 0x60 for c in range(0x30A1, 0x30F7)}  # ァ..ヶ -> ぁ..ゖ
_H2K = {c: c + 0x60 for c in range(0x3041, 0x3097)}
_K2H.update({0x30F5: "か", 0x30F6: "け"})  # ヵ ヶ read as か け when standing for a counter


def to_hiragana(text: str) -> str:
    """Katakana -> hiragana; everything else unchanged (ー stays ー)."""
    return text.translate(_K2H)


def to_katakana(text: str) -> str:
    return text.translate(_H2K)


def is_kanji(ch: str) -> bool:
    o = ord(ch)
    return (
        0x4E00 <= o <= 0x9FFF
        or 0x3400 <= o <= 0x4DBF
        or 0xF900 <= o <= 0xFAFF
        or 0x20000 <= o <= 0x3134F
        or ch in "々〆〇ヶヵ"
    )


def has_kanji(text: str) -> bool:
    return any(is_kanji(c) for c in text)


def kanji_in(text: str) -> set[str]:
    """The distinct kanji in `text` (for the "only unknown kanji" furigana mode)."""
    return {c for c in text if is_kanji(c) and c not in "々〆ヶヵ"}


def is_hiragana(ch: str) -> bool:
    return "\u3041" <= ch <= "\u309f"


def is_katakana(ch: str) -> bool:
    return "\u30a0" <= ch <= "\u30ff" or "\u31f0" <= ch <= "\u31ff"


def is_kana(ch: str) -> bool:
    return is_hiragana(ch) or is_katakana(ch) or ch == "ー"


def is_kana_text(text: str) -> bool:
    """True if `text` is non-empty and made only of kana (either script, ー, ・ and spaces)."""
    text = unicodedata.normalize("NFKC", text)
    return bool(text.strip()) and all(is_kana(c) or c in "・ 　" for c in text)


def fold_kana(text: str) -> str:
    """Comparison key: NFKC, katakana to hiragana."""
    return to_hiragana(unicodedata.normalize("NFKC", text))
