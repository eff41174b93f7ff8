"""Furigana accuracy against the third-party gold readings in ../shared/gold (if present).

    .venv/bin/python benchmarks/furigana_accuracy.py [--split dev|test] [--errors FILE]

Runs the gold scorer (../shared/gold/score.py) on the engine's output twice:
  reading        `jpprep furigana --format reading` (furigana style), the single-command figure
  pron           `--format pron` (as spoken: 言う ゆう, particle は わ)
and prints, per subset, both figures and the one that matches the gold's own convention
(ita and words are written readings, ita_pron and jsut are pronunciations). Also prints the
baseline (fugashi + unidic-lite feature.kana as is), measured in the same run.
Nothing from ../shared is copied into the project; the script only reads it.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT.parent / "shared" / "gold"


def _texts(split: str) -> tuple[list[str], list[str]]:
    def load(name):
        with open(GOLD / name, encoding="utf-8") as fh:
            return [line.rstrip("\n").split("\t") for line in fh if not line.startswith("#")]

    sents = sorted({r[0] for r in load(f"sentences-{split}.tsv")})
    words = [r[0] for r in load(f"words-{split}.tsv")]
    return sents, words


def _score(split: str, sent_preds: list[str], word_preds: list[str], errors: str | None):
    with tempfile.TemporaryDirectory() as tmp:
        sp, wp = Path(tmp) / "s.txt", Path(tmp) / "w.txt"
        sp.write_text("\n".join(sent_preds), encoding="utf-8")
        wp.write_text("\n".join(word_preds), encoding="utf-8")
        cmd = [sys.executable, str(GOLD / "score.py"), "--split", split, "--predictions", str(sp),
               "--words-predictions", str(wp)]
        if errors:
            cmd += ["--errors", errors]
        out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def _baseline(texts: list[str]) -> list[str]:
    import fugashi

    tagger = fugashi.Tagger()
    return ["".join(w.feature.kana or w.surface for w in tagger(t)) for t in texts]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", choices=["dev", "test"], default="test")
    ap.add_argument("--errors", help="write the failing items (reading format) to this TSV")
    ap.add_argument("--no-baseline", action="store_true")
    a = ap.parse_args()
    if not (GOLD / "score.py").exists():
        print(f"gold data not found at {GOLD}; nothing to measure")
        return 0
    sys.path.insert(0, str(ROOT))
    from jpprep.japanese import reading

    sents, words = _texts(a.split)
    r_s = [reading(t) for t in sents]
    r_w = [reading(t) for t in words]
    p_s = [reading(t, pronunciation=True) for t in sents]
    res_r = _score(a.split, r_s, r_w, a.errors)
    res_p = _score(a.split, p_s, r_w, None)
    rows = [("ita", res_r, res_p, "reading"), ("ita_pron", res_r, res_p, "pron"),
            ("jsut", res_r, res_p, "pron"), ("words", res_r, res_p, "reading")]
    base = None
    if not a.no_baseline:
        base = _score(a.split, _baseline(sents), _baseline(words), None)
    print(f"split: {a.split}")
    print(f"{'subset':10} {'reading':>8} {'pron':>8} {'matched':>8} {'baseline':>9}")
    for name, r, p, conv in rows:
        matched = (r if conv == "reading" else p)[name]["exact"]
        b = f"{base[name]['exact']:9.1%}" if base else ""
        print(f"{name:10} {r[name]['exact']:8.1%} {p[name]['exact']:8.1%} {matched:8.1%} {b}")
    print("matched = the format in the gold's own convention (written for ita/words, spoken for "
          "ita_pron/jsut)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
