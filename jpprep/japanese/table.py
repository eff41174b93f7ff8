"""The compact reading tables in resources/japanese/ (built by tools/build_reading_table.py).

words.tsv.gz  JMdict kanji forms whose reading the tagger gets wrong on its own: surface, reading
words_extra.tsv  hand-written words it misreads inside a sentence (今日中に); they win
kanji.tsv.gz  one reading per kanji (KANJIDIC), for words the tagger does not know
defaults.tsv  hand-written heteronym defaults: surface, tagger reading, better default
"""

from __future__ import annotations

import gzip
import threading
from pathlib import Path

_lock = threading.Lock()
_words: dict[str, str] | None = None
_kanji: dict[str, str] | None = None
_defaults: dict[tuple[str, str], str] | None = None
_prefixes: frozenset[str] = frozenset()
_default_surfaces: frozenset[str] = frozenset()
_rare: frozenset[str] = frozenset()
_starts: frozenset[str] = frozenset()
MAX_WORD_LEN = 12


def folder() -> Path:
    from jpprep.paths import resources_dir

    return resources_dir() / "japanese"


def _read_tsv(path: Path) -> list[list[str]]:
    if not path.exists():
        return []
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        return [line.rstrip("\n").split("\t") for line in fh if line.strip() and line[0] != "#"]


def load() -> None:
    global _words, _kanji, _defaults, _prefixes, _default_surfaces, _rare, _starts
    if _defaults is not None:
        return
    with _lock:
        if _defaults is not None:
            return
        d = folder()
        rows = [r for r in _read_tsv(d / "words.tsv.gz") if len(r) >= 2]
        _words = {r[0]: r[1] for r in rows}
        extra = [r for r in _read_tsv(d / "words_extra.tsv") if len(r) >= 2]
        _words.update((r[0], r[1]) for r in extra)
        _rare = frozenset(r[0] for r in rows if len(r) < 3 or "c" not in r[2]) - {
            r[0] for r in extra}
        _kanji = {r[0]: r[1] for r in _read_tsv(d / "kanji.tsv.gz") if len(r) >= 2}
        _prefixes = frozenset(w[:k] for w in _words for k in range(1, len(w)))
        _starts = _prefixes | frozenset(_words)
        defaults = {(r[0], r[1]): r[2] for r in _read_tsv(d / "defaults.tsv") if len(r) >= 3}
        _default_surfaces = frozenset(k[0] for k in defaults)
        _defaults = defaults


def words() -> dict[str, str]:
    load()
    return _words  # type: ignore[return-value]


def prefixes() -> frozenset[str]:
    """Every proper prefix of a word in the table (to stop extending a span early)."""
    load()
    return _prefixes


def default_surfaces() -> frozenset[str]:
    load()
    return _default_surfaces


def starts() -> frozenset[str]:
    """Words in the table and their prefixes: a token not in here starts no match."""
    load()
    return _starts


def rare() -> frozenset[str]:
    """Words in the table without a JMdict priority tag (not common)."""
    load()
    return _rare


def kanji() -> dict[str, str]:
    load()
    return _kanji  # type: ignore[return-value]


def defaults() -> dict[tuple[str, str], str]:
    load()
    return _defaults  # type: ignore[return-value]


def disable_for_build() -> None:
    """Run the engine without the word table (the build script measures the bare engine)."""
    global _words, _prefixes, _starts
    load()
    _words = {}
    _prefixes = _starts = frozenset()
