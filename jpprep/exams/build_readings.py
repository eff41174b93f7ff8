"""Build data/readings-jmdict.tsv: every (spelling, reading) pair JMdict knows for the words of
the shipped decks, so generated distractors are never another valid reading (or spelling).

Run after the decks change:  python -m jpprep.exams.build_readings
Needs jamdict-data (a dev/tool dependency); the app only reads the TSV. JMdict is © EDRDG,
CC BY-SA 4.0 (see decks/ATTRIBUTION.md).
"""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path

from jpprep import paths
from jpprep.exams.generate import hira, read_words

OUT = Path(__file__).with_name("data") / "readings-jmdict.tsv"
HEADER = "# spelling<TAB>reading pairs from JMdict (c) EDRDG, CC BY-SA 4.0, for the words of decks/\n"


def build(decks_dir: Path | None = None, out: Path = OUT) -> int:
    import jamdict_data

    decks_dir = Path(decks_dir or paths.decks_dir())
    spellings, readings = set(), set()
    for notes in sorted(decks_dir.glob("*/notes.csv")):
        for w in read_words(notes):
            spellings.add(w.expression)
            readings.add(hira(w.reading))
    db = sqlite3.connect(os.path.join(os.path.dirname(jamdict_data.__file__), "jamdict.db"))
    pairs = set()
    rows = db.execute("SELECT k.text, n.text FROM Kanji k JOIN Kana n ON n.idseq = k.idseq")
    for kanji, kana in rows:
        kana = hira(kana)
        if kanji in spellings or kana in readings:
            pairs.add((kanji, kana))
    # kana-only words (katakana loanwords): the spelling is the kana itself
    for (kana,) in db.execute("SELECT text FROM Kana"):
        if hira(kana) in readings and kana != hira(kana):
            pairs.add((kana, hira(kana)))
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(HEADER)
        for k, r in sorted(pairs):
            fh.write(f"{k}\t{r}\n")
    return len(pairs)


if __name__ == "__main__":
    print(build(Path(sys.argv[1]) if len(sys.argv) > 1 else None))
