"""Accuracy on the third-party gold readings (dev split), when ../shared is present."""

import sys


def test_dev_accuracy_beats_the_bare_tagger(shared_dir):
    gold = shared_dir / "gold"
    sys.path.insert(0, str(gold))
    from normalize import norm_strict

    from jpprep.japanese import reading

    rows = [l.rstrip("\n").split("\t") for l in open(gold / "sentences-dev.tsv", encoding="utf-8")
            if not l.startswith("#")]
    ita = [(s, g) for s, g, _, src, _ in rows if src == "ita"]
    ok = sum(norm_strict(reading(s)) == norm_strict(g) for s, g in ita)
    assert ok / len(ita) >= 0.90  # the bare tagger gets about 80%
