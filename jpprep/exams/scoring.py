"""Honest scoring of a mock exam.

Raw points per scoring section (the test's 得点区分, not its booklets), a linear projection
onto the real scale (raw share x section maximum), the pass rule applied to that projection,
and a flag on every section below its minimum. Real JLPT and JFT-Basic scores are scaled with
Item Response Theory from the pattern of answers, so the projection is an estimate: every
result says so in plain words.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field

from jpprep.exams.blueprint import Blueprint
from jpprep.exams.items import Item

ESTIMATE_NOTE = {
    "jlpt": ("This is an estimate. Real JLPT scores are scaled scores (Item Response Theory): they "
             "depend on which questions you got right, not only how many, so your real score can differ."),
    "scaled_total": ("This is an estimate. The real JFT-Basic score (10-250) is a scaled score "
                     "(Item Response Theory) from a calibrated question pool, so your real score can differ."),
    "percent": ("This is an estimate from the share of points. The organiser may adjust the pass mark "
                "for each test's difficulty."),
}


def round_half_up(x: float) -> int:
    return int(math.floor(x + 0.5))


@dataclass
class SectionScore:
    id: str
    name: str
    name_en: str
    correct: float  # raw points
    total: float  # points available
    percent: float  # 0-100
    projected: float | None  # on the real scale (e.g. 0-60), when the blueprint gives a maximum
    max: float | None
    minimum: float | None  # sectional minimum on the same scale as projected
    below_minimum: bool


@dataclass
class TypeScore:
    type: str
    correct: int
    total: int


@dataclass
class ExamResult:
    exam_id: str
    method: str
    complete: bool  # a full mock (the pass rule applies) rather than a practice set
    sections: list[SectionScore]
    types: list[TypeScore]
    total: float | None  # projected total on the real scale
    total_max: float | None
    passed: bool | None  # None for practice sets
    reasons: list[str]  # why it would fail, in plain words
    band: str | None
    note: str
    correct: int
    answered: int
    questions: int
    missed: list[str] = field(default_factory=list)  # item ids answered wrong or left blank

    def to_dict(self) -> dict:
        return asdict(self)


def score(bp: Blueprint, item_ids: list[str], items: dict[str, Item], answers: dict[str, int], *,
          complete: bool = True, as_of: str | None = None) -> ExamResult:
    sc = bp.scoring
    type_to_section = {}
    for s in bp.sections:
        for p in s.parts:
            type_to_section.setdefault(p.type, p.scoring_section)
    got: dict[str, float] = {s.id: 0.0 for s in sc.sections}
    avail: dict[str, float] = {s.id: 0.0 for s in sc.sections}
    by_type: dict[str, list[int]] = {}
    missed, correct_n, answered = [], 0, 0
    for iid in item_ids:
        item = items[iid]
        sid = type_to_section.get(item.type, sc.sections[0].id)
        avail[sid] += item.points
        ok = item.is_correct(answers.get(iid))
        answered += iid in answers
        t = by_type.setdefault(item.type, [0, 0])
        t[1] += 1
        if ok:
            got[sid] += item.points
            correct_n += 1
            t[0] += 1
        else:
            missed.append(iid)

    sections: list[SectionScore] = []
    reasons: list[str] = []
    for s in sc.sections:
        if avail[s.id] == 0:
            continue
        frac = got[s.id] / avail[s.id]
        projected = round_half_up(frac * s.max) if s.max is not None and sc.method != "percent" else None
        minimum = s.min
        if sc.method == "percent":
            projected = round(frac * s.max, 1) if s.max is not None else None
            minimum = s.min_percent * s.max / 100 if s.min_percent is not None and s.max is not None else None
        below = minimum is not None and projected is not None and projected < minimum
        if below:
            reasons.append(f"{s.name_en} is below the minimum ({_fmt(projected)} < {_fmt(minimum)}): "
                           "this alone fails the test, whatever the total.")
        sections.append(SectionScore(s.id, s.name, s.name_en, got[s.id], avail[s.id],
                                     round(100 * frac, 1), projected, s.max, minimum, below))

    total = total_max = None
    passed: bool | None = None
    band = None
    points_all = sum(avail.values())
    frac_all = sum(got.values()) / points_all if points_all else 0.0
    if sc.method == "jlpt":
        total = sum(s.projected for s in sections if s.projected is not None)
        total_max = sc.total_max
        if complete:
            if total < sc.pass_total:
                reasons.insert(0, f"The total {total} is below the pass mark {sc.pass_total}.")
            passed = not reasons
    elif sc.method == "scaled_total":
        total = round_half_up(sc.min_score + frac_all * (sc.max_score - sc.min_score))
        total_max = sc.max_score
        band = _band(bp, total, as_of)
        if complete:
            if total < sc.pass_score:
                reasons.insert(0, f"The estimate {total} is below {sc.pass_score} (A2), the SSW requirement.")
            passed = total >= sc.pass_score
    else:  # percent
        total = round(100 * frac_all, 1)
        total_max = 100
        if complete:
            if sc.pass_percent is not None and total < sc.pass_percent:
                reasons.insert(0, f"{_fmt(total)}% of the points is below the pass mark {sc.pass_percent}%.")
            passed = not reasons
    if not complete:
        reasons = [r for r in reasons if "minimum" in r]
    return ExamResult(bp.id, sc.method, complete, sections,
                      [TypeScore(t, v[0], v[1]) for t, v in by_type.items()], total, total_max, passed,
                      reasons, band, ESTIMATE_NOTE[sc.method], correct_n, answered, len(item_ids), missed)


def _band(bp: Blueprint, total: int, as_of: str | None) -> str | None:
    for b in bp.scoring.bands:
        if b.effective_from and as_of and as_of < b.effective_from:
            continue
        if b.lo <= total <= b.hi:
            return b.name
    return None


def _fmt(x) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:.1f}"
