"""Build resources/japanese/words.tsv.gz and kanji.tsv.gz from JMdict and KANJIDIC2.

Source: the PyPI package jamdict-data (JMdict and KANJIDIC2 by the Electronic Dictionary Research
and Development Group, CC BY-SA 4.0). Run from the repository root:

    .venv/bin/python tools/build_reading_table.py

words.tsv.gz keeps only what the engine needs: JMdict kanji forms whose reading the engine gets
wrong WITHOUT the table (it is run on every form), with JMdict's preferred reading, plus common
multi-token words it reads right, with the reading "=" (keep the tagger's reading; they only stop
a shorter entry inside them from matching). Everything else is left out, which keeps the file
small. Columns: surface, reading, flags ('c' = a common word, with a JMdict priority tag).

kanji.tsv.gz: one reading per kanji (the first on'yomi, else the first kun'yomi), used only for
words the tagger does not know at all.
"""

from __future__ import annotations

import gzip
import os
import sqlite3
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "resources" / "japanese"

# jamdict stores the descriptions of JMdict's iK/oK/ik/ok codes
SKIP_KANJI_INFO = {"word containing irregular kanji usage", "word containing out-dated kanji",
                   "word containing irregular kana usage", "irregular okurigana usage"}
SKIP_KANA_INFO = {"out-dated or obsolete kana usage", "word containing irregular kana usage"}


def jmdict_path() -> str:
    import jamdict_data

    return os.path.join(os.path.dirname(jamdict_data.__file__), "jamdict.db")


def load_jmdict(con: sqlite3.Connection):
    """surface -> (accepted readings, preferred reading, common)"""
    kji = defaultdict(set)
    for kid, text in con.execute("SELECT kid, text FROM KJI"):
        kji[kid].add(text)
    kjp = defaultdict(set)
    for kid, text in con.execute("SELECT kid, text FROM KJP"):
        kjp[kid].add(text)
    kni = defaultdict(set)
    for kid, text in con.execute("SELECT kid, text FROM KNI"):
        kni[kid].add(text)
    knp = defaultdict(set)
    for kid, text in con.execute("SELECT kid, text FROM KNP"):
        knp[kid].add(text)
    knr = defaultdict(set)
    for kid, text in con.execute("SELECT kid, text FROM KNR"):
        knr[kid].add(text)
    kanji_by_entry = defaultdict(list)
    for kid, idseq, text in con.execute("SELECT ID, idseq, text FROM Kanji ORDER BY ID"):
        kanji_by_entry[idseq].append((kid, text))
    kana_by_entry = defaultdict(list)
    for kid, idseq, text, nokanji in con.execute(
            "SELECT ID, idseq, text, nokanji FROM Kana ORDER BY ID"):
        kana_by_entry[idseq].append((kid, text, bool(nokanji)))

    from jpprep.japanese.kana import to_hiragana

    accepted = defaultdict(set)
    best: dict[str, tuple] = {}
    for idseq, kanjis in kanji_by_entry.items():
        for order_k, (kid, ktext) in enumerate(kanjis):
            bad_k = bool(kji[kid] & SKIP_KANJI_INFO)
            for order_r, (rid, rtext, nokanji) in enumerate(kana_by_entry.get(idseq, [])):
                if nokanji or (knr[rid] and ktext not in knr[rid]):
                    continue
                r = to_hiragana(rtext)
                accepted[ktext].add(r)
                if bad_k or kni[rid] & SKIP_KANA_INFO:
                    continue
                common = bool(kjp[kid]) and bool(knp[rid])
                score = (not common, not kjp[kid], not knp[rid], order_r, order_k, idseq)
                if ktext not in best or score < best[ktext][0]:
                    best[ktext] = (score, r, common)
    return accepted, best


def load_kanji(con: sqlite3.Connection) -> dict[str, str]:
    from jpprep.japanese.kana import to_hiragana

    out = {}
    rows = con.execute(
        "SELECT c.literal, r.r_type, r.value FROM character c JOIN rm_group g ON g.cid = c.ID "
        "JOIN reading r ON r.gid = g.ID WHERE r.r_type IN ('ja_on', 'ja_kun') ORDER BY r.rowid")
    on, kun = {}, {}
    for lit, rtype, value in rows:
        if rtype == "ja_on":
            on.setdefault(lit, to_hiragana(value.strip("-")))
        else:
            kun.setdefault(lit, value.split(".")[0].strip("-"))
    for lit in set(on) | set(kun):
        out[lit] = on.get(lit) or kun[lit]
    return out


def main() -> int:
    from jpprep.japanese import reading, table
    from jpprep.japanese.kana import has_kanji
    from jpprep.japanese.tokenizer import tokenize

    con = sqlite3.connect(jmdict_path())
    accepted, best = load_jmdict(con)
    kanji = load_kanji(con)
    OUT.mkdir(parents=True, exist_ok=True)
    with gzip.open(OUT / "kanji.tsv.gz", "wt", encoding="utf-8", compresslevel=9) as fh:
        fh.write("# one reading per kanji, from KANJIDIC2 (EDRDG, CC BY-SA 4.0)\n")
        for lit in sorted(kanji):
            fh.write(f"{lit}\t{kanji[lit]}\n")

    table.disable_for_build()
    rows = []
    keep = 0
    for surface in sorted(best):
        if not has_kanji(surface) or len(surface) > table.MAX_WORD_LEN or "\t" in surface:
            continue
        _, pref, common = best[surface]
        got = reading(surface)
        if got in accepted[surface] and (got == pref or len(tokenize(surface)) == 1):
            if got == pref and common and len(tokenize(surface)) > 1:
                # read right: listed with "=" (keep the tagger's reading) so that a shorter
                # word inside it cannot take over (お嬢さん keeps 嬢さん from matching)
                rows.append(f"{surface}\t=\tc\n")
                keep += 1
            continue  # read right, and in context the tagger keeps it one word
        rows.append(f"{surface}\t{pref}\t{'c' if common else ''}\n")
    with gzip.open(OUT / "words.tsv.gz", "wt", encoding="utf-8", compresslevel=9) as fh:
        fh.write("# JMdict (EDRDG, CC BY-SA 4.0) forms the tagger misreads: surface, reading, "
                 "c=common\n")
        fh.writelines(rows)
    print(f"{len(rows)} words ({keep} kept as the tagger reads them) of {len(best)}, "
          f"{len(kanji)} kanji")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
