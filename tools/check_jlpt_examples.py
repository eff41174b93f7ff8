"""Read every written example sentence (tools/data/examples_*.tsv) with jpprep's furigana engine
and list those where the engine's reading of the sentence does not contain the word's deck
reading: either the sentence should be reworded, or the engine misreads (report it).

Usage: python tools/check_jlpt_examples.py   (exit 1 when something is listed)
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

from build_jlpt_decks import LEVELS, read_tsv  # noqa: E402


def main() -> int:
    from jpprep.japanese import reading

    notes = {}
    for level in LEVELS:
        with open(ROOT / "decks" / f"jlpt-{level.lower()}" / "notes.csv", encoding="utf-8", newline="") as fh:
            notes.update({r["id"]: r for r in csv.DictReader(fh)})
    bad = 0
    for path in sorted((ROOT / "tools" / "data").glob("examples_*.tsv")):
        for row in read_tsv(path):
            note = notes.get(row["id"])
            if note is None:
                print(f"{path.name}: {row['word']}: note {row['id']} is in no deck")
                bad += 1
                continue
            got, want = reading(row["ja"]), note["reading"]
            stems = {want, want[:-1]} | ({"き", "こ"} if want == "くる" else set())  # 来る: きます
            if not any(s and s in got for s in stems):
                print(f"{path.name}: {row['word']} [{want}]: engine reads {row['ja']} as {got}")
                bad += 1
    print(f"{bad} sentence(s) to look at")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
