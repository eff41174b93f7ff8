"""What an Anki note type means for jpprep: which field is the expression, the reading, the
meaning and the audio (by name), what kind of card each template makes, and the note kind.
Read by jpprep.decks.anki."""

from __future__ import annotations

import re

_EXPR = re.compile(r"^(expression|word|vocab|vocabulary|kanji|japanese|front|term|sentence|"
                   r"question|単語|漢字|表現|日本語|言葉|語彙|文|例文|文法|grammar|pattern)", re.I)
_READ = re.compile(r"(reading|kana|yomi|hiragana|furigana|読み|よみ|ふりがな|чтение)", re.I)
_MEAN = re.compile(r"(meaning|english|definition|translation|back|gloss|answer|意味|英語|"
                   r"значение|перевод|key)", re.I)
_AUDIO = re.compile(r"(audio|sound|音声)", re.I)


def _refs(template: str) -> dict[str, set[str]]:
    """Fields shown by a question template -> their filters (type-in answers are not shown)."""
    out: dict[str, set[str]] = {}
    for m in re.finditer(r"\{\{([^{}]+)\}\}", template):
        inner = m.group(1).strip()
        if inner[:1] in "#^/":
            continue
        *filters, name = [x.strip() for x in inner.split(":")]
        if any(f.startswith("type") for f in filters):
            continue
        out.setdefault(name, set()).update(filters)
    return out


def _roles(nt: dict) -> dict:
    names = nt["fields"]
    role = {"expression": None, "reading": None, "meaning": None, "audio": None}
    for i, n in enumerate(names):
        for key, rx in (("reading", _READ), ("audio", _AUDIO), ("meaning", _MEAN),
                        ("expression", _EXPR)):
            if role[key] is None and rx.search(n):
                role[key] = i
                break
    if role["expression"] is None:
        role["expression"] = next((i for i in range(len(names)) if i not in role.values()), None)
    if role["meaning"] is None:
        role["meaning"] = next((i for i in range(len(names))
                                if i not in role.values()), None)
    return role


def _card_kind(nt: dict, role: dict, ord_: int) -> str:
    if nt["kind"] == 1:
        return "cloze"
    names = nt["fields"]
    if ord_ >= len(nt["templates"]):
        return "recognition"
    q = nt["templates"][ord_][1]
    refs = _refs(q)
    def has(key):
        i = role[key]
        return i is not None and names[i] in refs
    if has("reading") and refs[names[role["reading"]]] & {"kanji", "furigana"}:
        return "recognition"
    if has("expression"):
        return "recognition"
    if has("meaning"):
        return "production"
    if has("reading"):
        return "reading"
    if has("audio") or "tts " in q:
        return "listening"
    return "recognition"


def _card_key(nt: dict, role: dict, ord_: int) -> tuple[str, int]:
    """(card kind, ord) of a template. A package jpprep wrote names its templates after the
    kind and ord ("Recognition 2"), so a round trip keeps every card's identity."""
    if nt["name"] == "jpprep" and nt["kind"] == 0 and ord_ < len(nt["templates"]):
        from jpprep.decks.anki_export import parse_template_name

        parsed = parse_template_name(nt["templates"][ord_][0])
        if parsed:
            return parsed
    return _card_kind(nt, role, ord_), ord_


def _note_kind(nt: dict) -> str:
    if any(re.search(r"(onyomi|kunyomi|on'yomi|音読み|訓読み)", n, re.I) for n in nt["fields"]):
        return "kanji"
    if re.search(r"(grammar|文法|грамматик)", nt["name"], re.I):
        return "grammar"
    return "vocab"


_CYRILLIC = re.compile("[\u0400-\u04ff]")


def _meaning_lang(text: str) -> str:
    if not _CYRILLIC.search(text):
        return "en"
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return "en"
    cyr = sum(1 for c in letters if "\u0400" <= c <= "\u04ff")
    return "ru" if cyr * 2 > len(letters) else "en"
