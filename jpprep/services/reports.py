"""Reports for instructors: per student and per class, as data (the classroom page, CSV) and as
a printable PDF (jpprep.ui.report_pdf draws it).

Per student: study time and answers over the last `days` days, retention (share of review
answers that were not "Again"), progress through assigned decks and exams, full mock exam scores
per section with the trend since the previous one (practices of a section or a question type
left out), the exam target, and whether the student is at risk for their exam date (with the
reasons)."""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import case, func, select

from jpprep.services import assignments as assignmod
from jpprep.services import exams as exam_service
from jpprep.store.db import Database
from jpprep.store.models import Profile, Review

DAY_MS = 86_400_000
INACTIVE_DAYS = 7


@dataclass
class SectionScore:
    name: str
    percent: float
    change: float | None  # points since the previous attempt of the same exam


@dataclass
class ExamScore:
    exam_id: str
    name: str
    attempts: int
    date: str  # latest attempt, ISO day
    total_percent: float | None
    passed: bool | None
    sections: list[SectionScore]
    trend: float | None  # total percent points since the previous attempt


@dataclass
class StudentReport:
    profile_id: int
    name: str
    days: int
    study_minutes: float
    reviews: int
    retention: float | None  # 0..1, None without review answers
    last_study: str | None
    assignments: list[assignmod.StudentAssignment]
    exams: list[ExamScore]
    target: str | None  # "JLPT-N5 on 2027-07-05 (120 days)"
    at_risk: bool = False
    reasons: list[str] = field(default_factory=list)  # English (CSV, PDF, CLI)
    # the same reasons as (code, values) for the interface to word in its language:
    # behind {exam, date, left, needed, pace}, mock_failed {exam, percent}, overdue {n, titles
    # (English), assignments (their AssignmentInfo)}, inactive {days}
    risks: list[tuple[str, dict]] = field(default_factory=list)

    @property
    def assignment_progress(self) -> float | None:
        return (sum(a.progress for a in self.assignments) / len(self.assignments)) if self.assignments else None


@dataclass
class ClassReport:
    generated: str  # ISO day
    days: int
    students: list[StudentReport]


def _day(ms: int) -> str:
    return dt.datetime.fromtimestamp(ms / 1000, tz=dt.timezone.utc).date().isoformat()


def _percent(total, total_max) -> float | None:
    return 100.0 * (total or 0) / total_max if total_max else None


def exam_scores(db: Database, profile_id: int) -> list[ExamScore]:
    """Per exam, the full mocks' scores: a one-section or one-question-type practice is not "the
    latest mock" (nor does it do a mock assignment, services.assignments)."""
    by_exam: dict[str, list] = {}
    for r in exam_service.list_results(db, profile_id):  # newest first
        if r.mode == "full":
            by_exam.setdefault(r.exam_id, []).append(r)
    out = []
    for exam_id, results in by_exam.items():
        latest = results[0]
        prev = results[1] if len(results) > 1 else None
        prev_sections = {sid: pct for sid, _n, pct, _p, _b in (prev.sections if prev else [])}
        sections = [SectionScore(name, pct, pct - prev_sections[sid] if sid in prev_sections else None)
                    for sid, name, pct, _proj, _below in latest.sections]
        total = _percent(latest.total, latest.total_max)
        before = _percent(prev.total, prev.total_max) if prev else None
        out.append(ExamScore(exam_id, assignmod._exam_name(exam_id), len(results), _day(latest.finished_ms), total,
                             latest.passed, sections, total - before if total is not None and before is not None else None))
    return out


def student_report(db: Database, profile_id: int, *, now: int, days: int = 30) -> StudentReport:
    since = now - days * DAY_MS
    with db.session() as s:
        p = s.get(Profile, profile_id)
        name = p.name if p else "?"
        count, ms = s.execute(select(func.count(), func.coalesce(func.sum(Review.duration_ms), 0)).where(
            Review.profile_id == profile_id, Review.reviewed_ms >= since, Review.reviewed_ms <= now)).one()
        rev_total, rev_ok = s.execute(select(
            func.count(), func.coalesce(func.sum(case((Review.rating > 1, 1), else_=0)), 0)).where(
            Review.profile_id == profile_id, Review.reviewed_ms >= since, Review.reviewed_ms <= now,
            Review.state_before == 2, Review.kind == "review")).one()
        last = s.scalar(select(func.max(Review.reviewed_ms)).where(Review.profile_id == profile_id))
    given = assignmod.for_student(db, profile_id, now=now)
    scores = exam_scores(db, profile_id)
    report = StudentReport(profile_id, name, days, round((ms or 0) / 60000, 1), int(count or 0),
                           (rev_ok / rev_total) if rev_total else None, _day(last) if last else None,
                           given, scores, None)
    _judge(db, report, now, last)
    return report


def _judge(db: Database, report: StudentReport, now: int, last_ms: int | None) -> None:
    """At risk: behind the pace for the exam date, failing the latest mock of that exam, overdue
    assignments, or no study for a week."""
    from jpprep.services import planning

    plan = None
    try:
        plan = planning.current_plan(db, report.profile_id, now)
    except Exception:  # a broken target never hides the rest of the report
        plan = None
    if plan is not None:
        report.target = f"{plan.exam_id.upper()} on {plan.exam_date} ({plan.days_left} days)"
        if plan.cards_left and not plan.covers:
            report.risks.append(("behind", {"exam": plan.exam_id.upper(), "date": plan.exam_date,
                                            "left": plan.cards_left, "needed": plan.proposed_new_per_day,
                                            "pace": round(plan.pace)}))
            report.reasons.append(
                f"behind for {plan.exam_id.upper()} on {plan.exam_date}: {plan.cards_left} cards still new, "
                f"{plan.proposed_new_per_day} new a day needed (pace {plan.pace:.0f})")
        mock = next((e for e in report.exams if e.exam_id == plan.exam_id), None)
        if mock is not None and mock.passed is False:
            report.risks.append(("mock_failed", {"exam": mock.name, "percent": round(mock.total_percent or 0)}))
            report.reasons.append(f"latest {mock.name} mock not passed ({mock.total_percent:.0f}%)")
    overdue = [a for a in report.assignments if a.overdue]
    if overdue:
        titles = ", ".join(a.info.full_title for a in overdue)  # "JLPT N4 Form B": which paper
        # the interface words each one itself (a form title in its language: "JLPT N4 پرچہ B")
        report.risks.append(("overdue", {"n": len(overdue), "titles": titles,
                                         "assignments": [a.info for a in overdue]}))
        report.reasons.append(f"{len(overdue)} overdue assignment(s): " + titles)
    if last_ms is None or now - last_ms > INACTIVE_DAYS * DAY_MS:
        if plan is not None or report.assignments:
            report.risks.append(("inactive", {"days": INACTIVE_DAYS}))
            report.reasons.append(f"no study in the last {INACTIVE_DAYS} days")
    report.at_risk = bool(report.reasons)


def students(db: Database) -> list[tuple[int, str]]:
    with db.session() as s:
        return [(p.id, p.name) for p in s.scalars(
            select(Profile).where(Profile.role != "instructor").order_by(Profile.name))]


def class_report(db: Database, *, now: int, days: int = 30, progress=None) -> ClassReport:
    people = students(db)
    out = []
    for i, (pid, name) in enumerate(people):
        if progress:
            progress(i, len(people), name)
        out.append(student_report(db, pid, now=now, days=days))
    return ClassReport(_day(now), days, out)


# --- CSV ---------------------------------------------------------------------------------------

CLASS_COLUMNS = ["student", "study_minutes", "reviews", "retention_percent", "last_study",
                 "assignments_done", "assignments_total", "assignment_progress_percent",
                 "latest_exam", "latest_exam_percent", "latest_exam_passed", "target", "at_risk", "reasons"]


def _fmt(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.1f}"
    return str(value)


def class_rows(report: ClassReport) -> list[list[str]]:
    rows = []
    for r in report.students:
        latest = max(r.exams, key=lambda e: e.date, default=None)
        prog = r.assignment_progress
        rows.append([_fmt(v) for v in (
            r.name, r.study_minutes, r.reviews, r.retention * 100 if r.retention is not None else None,
            r.last_study, sum(a.done for a in r.assignments), len(r.assignments),
            prog * 100 if prog is not None else None, latest.name if latest else None,
            latest.total_percent if latest else None, latest.passed if latest else None,
            r.target, r.at_risk, "; ".join(r.reasons))])
    return rows


def student_rows(r: StudentReport) -> list[list[str]]:
    """A student's report as 'section, item, value, detail' rows."""
    rows = [["summary", k, _fmt(v), ""] for k, v in (
        ("student", r.name), (f"study minutes (last {r.days} days)", r.study_minutes),
        (f"answers (last {r.days} days)", r.reviews),
        ("retention percent", r.retention * 100 if r.retention is not None else None),
        ("last study", r.last_study), ("target", r.target), ("at risk", r.at_risk))]
    rows += [["risk", "reason", reason, ""] for reason in r.reasons]
    for a in r.assignments:
        rows.append(["assignment", a.info.full_title, _fmt(a.progress * 100),
                     f"due {a.info.due_date}" + (" (done)" if a.done else " (overdue)" if a.overdue else "")])
    for e in r.exams:
        rows.append(["exam", e.name, _fmt(e.total_percent),
                     f"{e.attempts} attempt(s), latest {e.date}, trend {_fmt(e.trend)}"])
        for sec in e.sections:
            rows.append(["exam section", f"{e.name}: {sec.name}", _fmt(sec.percent), f"change {_fmt(sec.change)}"])
    return rows


def write_csv(path: Path | str, report: ClassReport | StudentReport) -> Path:
    """UTF-8 with a byte order mark so spreadsheet programs show Japanese and Urdu names."""
    path = Path(path)
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        if isinstance(report, ClassReport):
            w.writerow(CLASS_COLUMNS)
            w.writerows(class_rows(report))
        else:
            w.writerow(["section", "item", "value", "detail"])
            w.writerows(student_rows(report))
    return path
