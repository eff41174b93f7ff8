"""The full mock forms shipped in decks/exams/: each loads, fills its blueprint exactly, and can be
started; every item has one right answer and an explanation (Urdu too for N5/N4/JFT-Basic)."""

import json
import os
import re
import sqlite3
from collections import Counter
from pathlib import Path

import pytest

from jpprep.exams import bank, blueprint, form, markup
from jpprep.services import exams as exsvc

ROOT = Path(__file__).resolve().parents[2] / "decks" / "exams"
FORMS = sorted(p for p in ROOT.glob("*.json") if p.name != "sample-n5.json")
URDU = ("jlpt-n5", "jlpt-n4", "jft-basic")
ARABIC = re.compile(r"[\u0600-\u06ff]")


def _forms(b):
    return [(fid, f) for fid, f in b.forms.items()]


def test_forms_are_shipped():
    names = {p.name for p in FORMS}
    assert "jlpt-n5-form-a.json" in names


@pytest.mark.parametrize("path", FORMS, ids=[p.name for p in FORMS])
def test_form_fills_its_blueprint_exactly(path):
    b = bank.load(path)
    assert b.forms, "a shipped form file holds a fixed form"
    for fid, f in _forms(b):
        bp = blueprint.get(f["exam"])
        by_id = b.by_id()
        assert set(f["sections"]) == {s.id for s in bp.sections}
        for s in bp.sections:
            got = Counter()
            for iid in f["sections"][s.id]:
                it = by_id[iid]
                got[(it.type, it.topic if any(p.topic for p in s.parts) else None)] += 1
                part = next(p for p in s.parts if p.type == it.type)
                if bp.family != "ssw" and it.format == "choice":
                    assert len(it.choices) == part.choices, (iid, "number of choices")
            want = Counter()
            for p in s.parts:
                want[(p.type, p.topic)] += p.count
            assert got == want, (fid, s.id)
        built = form.assemble(bp, [b], form_id=fid)
        assert built.item_ids == [i for s in bp.sections for i in f["sections"][s.id]]
        # the app lists the exam as ready from this file alone (it could build a random mock too)
        info = {e.id: e for e in exsvc.list_exams(files=[path])}
        assert info[bp.id].available, info[bp.id].problem


@pytest.mark.parametrize("path", FORMS, ids=[p.name for p in FORMS])
def test_every_item_has_one_answer_and_explanations(path):
    b = bank.load(path)
    exams = {f["exam"] for f in b.forms.values()}
    need_ur = bool(exams & set(URDU))
    used = {i for f in b.forms.values() for lst in f["sections"].values() for i in lst}
    for it in b.items:
        assert it.id in used, f"{it.id} is in no form"
        if it.format != "true_false":
            texts = [c.text or c.image for c in it.choices]
            assert len(set(texts)) == len(texts) and 1 <= it.correct <= len(texts), it.id
        en = it.explanation.get("en", "")
        assert len(en) > 10 and not ARABIC.search(en), it.id
        if need_ur:
            ur = it.explanation.get("ur", "")
            assert ARABIC.search(ur) and not re.search(r"[A-Za-z]{3,}", ur), it.id
        if it.type in ("kanji_reading", "orthography", "jft_kanji_reading", "jft_kanji_usage"):
            assert not any(s.reading for s in markup.segments(it.stem) if s.target), it.id


def test_no_item_id_is_shared_between_shipped_banks():
    seen = Counter()
    for p in sorted(ROOT.glob("*.json")):
        seen.update(i["id"] for i in json.loads(p.read_text(encoding="utf-8"))["items"])
    assert [i for i, n in seen.items() if n > 1] == []


def _ruby_pairs(b):
    texts = [p.text for p in b.passages.values()] + [c for p in b.passages.values() for r in p.rows for c in r]
    for it in b.items:
        texts += [it.stem, it.question, it.before, it.after] + [c.text for c in it.choices]
        texts += [line for _, line in it.script]
    for t in texts:
        for s in markup.segments(t or ""):
            if s.reading:
                yield s.text, s.reading


@pytest.mark.parametrize("path", FORMS, ids=[p.name for p in FORMS])
def test_ruby_readings_agree_with_jmdict(path):
    jd = pytest.importorskip("jamdict_data")
    db = sqlite3.connect(os.path.join(os.path.dirname(jd.__file__), "jamdict.db"))
    bad = []
    for base, reading in _ruby_pairs(bank.load(path)):
        if len(base) < 2:  # one kanji of a longer word: its ruby is only part of a reading
            continue
        known = {r for (r,) in db.execute(
            "SELECT n.text FROM Kanji k JOIN Kana n ON n.idseq = k.idseq WHERE k.text = ?", (base,))}
        if known and reading not in known:
            bad.append((base, reading))
    assert bad == []


def _answer_all(run, now):
    s = run.session
    while not s.finished:
        for k, iid in enumerate(s.section.items):
            if s.index != k:
                s.goto(k, now)
            s.answer(run.items[iid].correct, now)
        s.finish_section(now)
        if not s.finished and s.waiting:
            s.begin_section(now)


@pytest.mark.parametrize("name", ["jlpt-n5-form-a.json", "ssw-care-skills-form-a.json"])
def test_a_learner_can_take_a_shipped_form_and_pass_it(db, name):
    from jpprep.services.profiles import create_profile

    t0 = 1_800_000_000_000
    path = ROOT / name
    b = bank.load(path)
    (fid, f), = b.forms.items()
    pid = create_profile(db, "amina", now=t0).id
    run = exsvc.start_exam(db, pid, f["exam"], now=t0, form_id=fid, files=[path])
    assert run.session.finished is False
    assert run.session.form.item_ids == [i for lst in f["sections"].values() for i in lst]
    _answer_all(run, t0 + 60_000)
    res = exsvc.finish_exam(db, run, t0 + 120_000)
    assert res.questions == len(b.items) and res.correct == res.questions and res.passed is True


@pytest.mark.parametrize("level", ["n5", "n4", "n3"])
def test_jlpt_forms_test_only_kanji_of_their_level(level):
    import csv

    decks = Path(__file__).resolve().parents[2] / "decks"
    allowed = set()
    levels = ("n5", "n4", "n3")
    for lv in levels[:levels.index(level) + 1]:
        allowed |= {r["expression"] for r in csv.DictReader((decks / f"kanji-{lv}" / "notes.csv").open(encoding="utf-8"))}
    bad = []
    for path in ROOT.glob(f"jlpt-{level}-form-*.json"):
        for it in bank.load(path).items:
            if it.type in ("kanji_reading", "orthography"):
                words = [markup.target_text(it.stem)]
                if it.type == "orthography":
                    words = [it.choices[it.correct - 1].text]
                if level == "n5":
                    words.append(it.stem)
                bad += [(it.id, ch) for w in words for ch in markup.plain(w) if "\u4e00" <= ch <= "\u9fff" and ch not in allowed]
    assert bad == []
