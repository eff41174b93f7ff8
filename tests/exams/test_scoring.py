import pytest

from jpprep.exams import scoring


def answers_with(bp, b, f, right: dict[str, int]):
    """Answer `right[scoring section]` items right in each scoring section, the rest wrong."""
    type_sec = {p.type: p.scoring_section for s in bp.sections for p in s.parts}
    left = dict(right)
    out = {}
    for iid in f.item_ids:
        item = b.item(iid)
        sec = type_sec[item.type]
        if left.get(sec, 0) > 0:
            out[iid] = item.correct
            left[sec] -= 1
        else:
            out[iid] = item.correct % len(item.choices) + 1
    assert all(v == 0 for v in left.values())
    return out


def run(make_form, exam_id, right, **kw):
    bp, b, f = make_form(exam_id)
    return scoring.score(bp, f.item_ids, b.by_id(), answers_with(bp, b, f, right), **kw)


def test_n5_pass_on_linear_projection(make_form):
    r = run(make_form, "jlpt-n5", {"language_reading": 30, "listening": 10})
    # 30/43 x 120 = 83.7 -> 84; 10/24 x 60 = 25; total 109 >= 80
    assert [s.projected for s in r.sections] == [84, 25]
    assert r.total == 109 and r.passed is True and r.reasons == []
    assert "Item Response Theory" in r.note and "estimate" in r.note


def test_n5_fails_on_a_section_below_minimum_despite_high_total(make_form):
    r = run(make_form, "jlpt-n5", {"language_reading": 40, "listening": 7})
    # 40/43 x 120 = 111.6 -> 112; 7/24 x 60 = 17.5 -> 18 < 19
    assert [s.projected for s in r.sections] == [112, 18]
    assert r.total == 130 and r.passed is False
    assert r.sections[1].below_minimum and not r.sections[0].below_minimum
    assert "Listening is below the minimum (18 < 19)" in r.reasons[0]


def test_n5_language_minimum_is_38_of_120(make_form):
    r = run(make_form, "jlpt-n5", {"language_reading": 13, "listening": 24})
    # 13/43 x 120 = 36.3 -> 36 < 38
    assert r.sections[0].projected == 36 and r.sections[0].below_minimum
    assert r.total == 96 and r.passed is False


def test_n3_total_below_pass_mark(make_form):
    r = run(make_form, "jlpt-n3", {"language": 29, "reading": 8, "listening": 14})
    # 29/58, 8/16, 14/28 -> 30 each; total 90 < 95
    assert [s.projected for s in r.sections] == [30, 30, 30]
    assert r.passed is False and "below the pass mark 95" in r.reasons[0]
    assert not any(s.below_minimum for s in r.sections)


@pytest.mark.parametrize("right,total,passed,band,as_of", [
    (40, 202, True, "A2 (A2.2)", "2026-11-22"),   # 10 + 40/50 x 240
    (35, 178, False, "A2.1", "2026-11-22"),      # 10 + 35/50 x 240
    (35, 178, False, None, "2026-07-01"),        # before the bands existed
    (28, 144, False, "*", "2026-11-22"),         # 10 + 28/50 x 240 = 144.4
])
def test_jft_estimate_and_bands(make_form, right, total, passed, band, as_of):
    per = {"script_vocab": 0, "conversation": 0, "listening": 0, "reading": 0}
    keys = list(per)
    for k in range(right):
        per[keys[k % 4]] += 1
    r = run(make_form, "jft-basic", per, as_of=as_of)
    assert (r.total, r.passed, r.band) == (total, passed, band)
    assert "JFT-Basic" in r.note


def test_ssw_percent_pass_mark(make_form):
    assert run(make_form, "ssw-care-skills", {"total": 27}).passed is True  # 60.0%
    r = run(make_form, "ssw-care-skills", {"total": 26})  # 57.8%
    assert r.passed is False and r.total == 57.8


def test_ssw_section_minimum(make_form):
    r = run(make_form, "ssw-construction", {"gakka": 30, "jitsugi": 9})
    # 実技 9/15 = 60% < 65%: fails though the total is 86.7%
    assert r.passed is False and r.sections[1].below_minimum


def test_practice_set_has_no_pass_verdict(make_form):
    bp, b, f = make_form("jlpt-n5", mode="type", types=["kanji_reading"])
    r = scoring.score(bp, f.item_ids, b.by_id(), {}, complete=False)
    assert r.passed is None and r.questions == 7 and len(r.missed) == 7
    assert r.types[0].type == "kanji_reading" and r.types[0].correct == 0
