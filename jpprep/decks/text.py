"""Small text rules shared by the deck formats: kana checks, a romaji hint, safe file names,
HTML to plain text."""

from __future__ import annotations

import html
import re
import unicodedata

_KANA_RE = re.compile(r"^[\u3040-\u309f\u30a0-\u30ff\u31f0-\u31ff\uff66-\uff9f ー・〜～、。　]+$")
_KANJI_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆ヶ]")


def is_kana(text: str) -> bool:
    return bool(_KANA_RE.match(text))


def has_kanji(text: str) -> bool:
    return bool(_KANJI_RE.search(text))


_ROMAJI = {
    "kya": "きゃ", "kyu": "きゅ", "kyo": "きょ", "sha": "しゃ", "shu": "しゅ", "sho": "しょ",
    "cha": "ちゃ", "chu": "ちゅ", "cho": "ちょ", "nya": "にゃ", "nyu": "にゅ", "nyo": "にょ",
    "hya": "ひゃ", "hyu": "ひゅ", "hyo": "ひょ", "mya": "みゃ", "myu": "みゅ", "myo": "みょ",
    "rya": "りゃ", "ryu": "りゅ", "ryo": "りょ", "gya": "ぎゃ", "gyu": "ぎゅ", "gyo": "ぎょ",
    "bya": "びゃ", "byu": "びゅ", "byo": "びょ", "pya": "ぴゃ", "pyu": "ぴゅ", "pyo": "ぴょ",
    "ja": "じゃ", "ju": "じゅ", "jo": "じょ", "shi": "し", "chi": "ち", "tsu": "つ",
    "ka": "か", "ki": "き", "ku": "く", "ke": "け", "ko": "こ", "sa": "さ", "su": "す",
    "se": "せ", "so": "そ", "ta": "た", "te": "て", "to": "と", "na": "な", "ni": "に",
    "nu": "ぬ", "ne": "ね", "no": "の", "ha": "は", "hi": "ひ", "fu": "ふ", "he": "へ",
    "ho": "ほ", "ma": "ま", "mi": "み", "mu": "む", "me": "め", "mo": "も", "ya": "や",
    "yu": "ゆ", "yo": "よ", "ra": "ら", "ri": "り", "ru": "る", "re": "れ", "ro": "ろ",
    "wa": "わ", "wo": "を", "ga": "が", "gi": "ぎ", "gu": "ぐ", "ge": "げ", "go": "ご",
    "za": "ざ", "ji": "じ", "zu": "ず", "ze": "ぜ", "zo": "ぞ", "da": "だ", "de": "で",
    "do": "ど", "ba": "ば", "bi": "び", "bu": "ぶ", "be": "べ", "bo": "ぼ", "pa": "ぱ",
    "pi": "ぴ", "pu": "ぷ", "pe": "ぺ", "po": "ぽ", "si": "し", "ti": "ち", "tu": "つ",
    "hu": "ふ", "zi": "じ", "di": "ぢ", "du": "づ",
    "a": "あ", "i": "い", "u": "う", "e": "え", "o": "お", "n": "ん", "-": "ー",
}


def romaji_to_hiragana(text: str) -> str | None:
    """Hepburn romaji to hiragana for a hint ("taberu" -> "たべる"); None if it is not romaji."""
    s = text.strip().lower().replace("ā", "aa").replace("ī", "ii").replace("ū", "uu")
    s = s.replace("ē", "ee").replace("ō", "ou").replace("'", "")
    if not s or not re.fullmatch(r"[a-z\- ]+", s):
        return None
    out, i = [], 0
    while i < len(s):
        if s[i] == " ":
            i += 1
            continue
        # doubled consonant -> small tsu
        if i + 1 < len(s) and s[i] == s[i + 1] and s[i] not in "aeioun-":
            out.append("っ")
            i += 1
            continue
        if s[i] == "n" and i + 1 < len(s) and s[i + 1] not in "aeiouy":
            out.append("ん")
            i += 1
            continue
        for size in (3, 2, 1):
            part = s[i : i + size]
            if part in _ROMAJI:
                out.append(_ROMAJI[part])
                i += size
                break
        else:
            return None
    return "".join(out)


def reading_hint(value: str) -> str:
    kana = romaji_to_hiragana(value)
    if kana:
        return f"write {kana} or leave it empty to generate it."
    return "write the reading in hiragana, or leave it empty to generate it."


_UNSAFE_CHARS = re.compile(r'[\x00-\x1f\x7f\[\]<>:"/?*^\\|]')
_WINDOWS_DEVICES = {"con", "prn", "aux", "nul"} | {f"com{i}" for i in range(1, 10)} | {
    f"lpt{i}" for i in range(1, 10)
}


def safe_media_name(name: str) -> str | None:
    """The name a media file may be stored under, or None when it must be refused
    (a path, '..', empty). Anki-compatible: NFC, no separators, at most 120 bytes."""
    if not isinstance(name, str):
        return None
    name = unicodedata.normalize("NFC", name)
    if not name or "/" in name or "\\" in name or name in (".", "..") or ":" in name[:3]:
        return None
    if name.startswith(".."):
        return None
    name = _UNSAFE_CHARS.sub("", name).rstrip(" .")
    if not name or name.startswith("."):
        return None
    stem = name.split(".", 1)[0].lower()
    if stem in _WINDOWS_DEVICES:
        name = name.replace(".", "_.", 1) if "." in name else name + "_"
    raw = name.encode("utf-8")
    if len(raw) > 120:
        raw = raw[:120]
        name = raw.decode("utf-8", "ignore")
    return name


_BR = re.compile(r"<\s*br\s*/?\s*>|</\s*(div|p|li)\s*>", re.I)
_DROP = re.compile(r"<\s*(script|style)\b.*?(<\s*/\s*\1\s*>|$)", re.I | re.S)
_TAG = re.compile(r"<[^>]*>", re.S)
_SOUND = re.compile(r"\[sound:([^\]]+)\]")
_IMG = re.compile(r"<img\b[^>]*?\bsrc\s*=\s*[\"']?([^\"' >]+)", re.I)


def html_to_text(value: str) -> str:
    """Plain text from an Anki field: scripts and styles dropped, tags removed, entities
    decoded, line breaks kept. Nothing in it is ever loaded or run."""
    if "<" not in value and "&" not in value and "[sound:" not in value:
        return value.strip()
    if "<" in value and "<br>" in value and "<" not in (plain := value.replace("<br>", "\n")):
        value = plain  # only line breaks: what the three patterns below would make of it
    elif "<" in value:
        value = _DROP.sub("", value)
        value = _BR.sub("\n", value)
        value = _TAG.sub("", value)
    if "[sound:" in value:
        value = _SOUND.sub("", value)
    if "&" in value:
        value = html.unescape(value).replace("\xa0", " ")
    if "\n" not in value and "\r" not in value and "\u2028" not in value:
        return value.strip()
    return "\n".join(filter(None, map(str.strip, value.splitlines()))).strip()


def sound_refs(value: str) -> list[str]:
    return _SOUND.findall(value)


def image_refs(value: str) -> list[str]:
    return _IMG.findall(value)
