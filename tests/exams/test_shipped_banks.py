"""Every bank shipped in decks/exams/ loads, and its reading items are honest per JMdict."""

import os
import sqlite3
from pathlib import Path

import pytest

from jpprep.exams import bank, blueprint, form, markup

BANKS = sorted((Path(__file__).resolve().parents[2] / "decks" / "exams").glob("*.json"))


@pytest.mark.parametrize("path", BANKS, ids=[p.name for p in BANKS])
def test_shipped_bank_is_valid(path):
    b = bank.load(path)
    assert b.items
    exams = b.exam if isinstance(b.exam, list) else [b.exam] if b.exam else []
    for fid, f in b.forms.items():
        bp = blueprint.get(f.get("exam") or exams[0])
        built = form.assemble(bp, [b], form_id=fid)
        assert len(built.item_ids) == sum(len(v) for v in f["sections"].values())


@pytest.mark.parametrize("path", BANKS, ids=[p.name for p in BANKS])
def test_reading_distractors_are_not_valid_readings(path):
    jd = pytest.importorskip("jamdict_data")
    db = sqlite3.connect(os.path.join(os.path.dirname(jd.__file__), "jamdict.db"))
    bad = []
    for it in bank.load(path).items:
        if it.type not in ("kanji_reading", "jft_kanji_reading"):
            continue
        word = markup.target_text(it.stem)
        for n, c in enumerate(it.choices, start=1):
            hit = db.execute("SELECT 1 FROM Kanji k JOIN Kana n ON n.idseq = k.idseq WHERE k.text = ? AND n.text = ?",
                             (word, c.text)).fetchone()
            if (n == it.correct) != bool(hit):
                bad.append((it.id, c.text, n == it.correct))
    assert bad == []
