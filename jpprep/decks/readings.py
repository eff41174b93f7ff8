"""Readings for notes that left them empty: made on the machine and marked as generated.

The furigana engine (jpprep.japanese, written separately) is asked first; if it is not there,
pykakasi gives a plain reading. Both are imported only when a reading is actually needed.
"""

from __future__ import annotations

from jpprep.decks.text import has_kanji, is_kana

_engine = None


def _katakana_to_hiragana(text: str) -> str:
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in text)


def _load_engine():
    global _engine
    if _engine is not None:
        return _engine
    try:  # the furigana engine (jpprep.japanese.reading), when it is there
        from jpprep.japanese import reading as engine_reading

        if callable(engine_reading):
            _engine = engine_reading
            return _engine
    except Exception:  # absent or broken: fall back
        pass
    try:
        import pykakasi

        kks = pykakasi.kakasi()
        _engine = lambda text: "".join(item["hira"] for item in kks.convert(text))  # noqa: E731
    except Exception:
        _engine = lambda text: ""  # noqa: E731
    return _engine


def generate_reading(expression: str) -> str:
    if not expression:
        return ""
    if is_kana(expression):
        return expression
    if not has_kanji(expression):
        return ""
    try:
        reading = _load_engine()(expression) or ""
    except Exception:
        return ""
    reading = _katakana_to_hiragana(str(reading))
    return reading if reading and is_kana(reading) else ""


def fill_readings(notes) -> int:
    """Give every note with an empty reading a generated one. Returns how many were made."""
    made = 0
    for note in notes:
        if not note.reading and note.expression and note.kind != "grammar":
            reading = generate_reading(note.expression)
            if reading:
                note.reading = reading
                note.reading_generated = True
                made += 1
    return made
