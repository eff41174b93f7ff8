"""An exam assignment ("JLPT N4 by Friday") means the full timed mock, on SQLite and PostgreSQL:
a one-section, one-question-type or weak-types practice of that exam, finished after it was set,
does not make it done, and the assignment says a practice was taken (the Home line tells the
student why); the report's done, score and overdue follow the full mock only."""

from __future__ import annotations

import pytest

from jpprep.services import assignments, profiles, reports
from jpprep.services import exams as exsvc
from jpprep.store.models import ExamAttempt

DAY = 86_400_000
T0 = 1_800_000_000_000


def _take(db, pid, now, **kw):
    """Start an attempt of JLPT N4 (a full mock unless mode says otherwise), answer nothing,
    hand it in."""
    run = exsvc.start_exam(db, pid, "jlpt-n4", now=now, **kw)
    exsvc.finish_exam(db, run, now + 60_000)
    return run.attempt_id


def _answer_all_right(db, attempt_id):
    """Mark the stored result of an attempt as full marks (score check without answering 85
    questions)."""
    with db.session() as s:
        row = s.get(ExamAttempt, attempt_id)
        row.result = {**row.result, "total": row.result["total_max"]}


@pytest.fixture
def klass(backend_db):
    amina = profiles.create_profile(backend_db, "Amina", now=T0)
    return backend_db, amina.id


PRACTICES = [dict(mode="section", section_id="vocab"), dict(mode="type", types=["kanji_reading"], count=3),
             dict(mode="weak", types=["kanji_reading", "orthography"], count=4)]


@pytest.mark.parametrize("practice", PRACTICES, ids=["section", "type", "weak"])
def test_a_practice_does_not_do_a_mock_assignment(klass, practice):
    db, amina = klass
    assignments.assign(db, due_date="2027-01-15", now=T0, exam_id="jlpt-n4")
    aid = _take(db, amina, T0 + DAY, **practice)
    _answer_all_right(db, aid)  # even a perfect practice
    a, = assignments.for_student(db, amina, now=T0 + 2 * DAY)
    assert not a.done and a.progress == 0 and a.score is None
    assert a.practice_taken and not a.other_form_taken
    rep = reports.student_report(db, amina, now=T0 + 2 * DAY)
    assert [x.done for x in rep.assignments] == [False] and rep.assignment_progress == 0
    assert sum(a.done for a in rep.assignments) == 0
    full = _take(db, amina, T0 + 3 * DAY)
    a, = assignments.for_student(db, amina, now=T0 + 4 * DAY)
    assert a.done and a.progress == 1 and not a.practice_taken and a.score == 0
    _take(db, amina, T0 + 5 * DAY, **practice)  # a later practice: the score stays the mock's
    a, = assignments.for_student(db, amina, now=T0 + 6 * DAY)
    assert a.done and a.score == 0
    _answer_all_right(db, full)
    a, = assignments.for_student(db, amina, now=T0 + 6 * DAY)
    assert a.score == 100


def test_a_practice_after_the_due_date_leaves_it_overdue(klass):
    db, amina = klass
    assignments.assign(db, due_date="2027-01-15", now=T0, exam_id="jlpt-n4")  # T0 is 2027-01-15
    _take(db, amina, T0 + DAY, mode="section", section_id="vocab")
    a, = assignments.for_student(db, amina, now=T0 + 2 * DAY)
    assert a.overdue and a.practice_taken
    rep = reports.student_report(db, amina, now=T0 + 2 * DAY)
    assert dict(rep.risks)["overdue"]["n"] == 1


def test_a_form_assignment_names_a_practice_apart_from_another_form(klass):
    db, amina = klass
    assignments.assign(db, due_date="2027-01-15", now=T0, exam_id="jlpt-n4", form_id="n4-form-b")
    _take(db, amina, T0 + DAY, mode="type", types=["kanji_reading"], count=3)
    a, = assignments.for_student(db, amina, now=T0 + 2 * DAY)
    assert not a.done and a.practice_taken and not a.other_form_taken
    _take(db, amina, T0 + 2 * DAY, form_id="n4-form-a")
    a, = assignments.for_student(db, amina, now=T0 + 3 * DAY)
    assert not a.done and a.other_form_taken and not a.practice_taken  # the hint that matters more
    _take(db, amina, T0 + 3 * DAY, form_id="n4-form-b")
    a, = assignments.for_student(db, amina, now=T0 + 4 * DAY)
    assert a.done and not a.other_form_taken and not a.practice_taken


def test_attempts_stored_before_the_rule_are_judged_by_their_mode(klass):
    """Attempts written by earlier versions have their mode ("full" by default since the first
    schema): a stored section practice does not count, a stored full mock does."""
    db, amina = klass
    assignments.assign(db, due_date="2027-01-15", now=T0, exam_id="jlpt-n4")
    with db.session() as s:
        s.add(ExamAttempt(profile_id=amina, exam_id="jlpt-n4", mode="section", started_ms=T0 + 1,
                          finished_ms=T0 + 2, state={}, result={"total": 5, "total_max": 10}))
    a, = assignments.for_student(db, amina, now=T0 + DAY)
    assert not a.done and a.practice_taken
    with db.session() as s:
        s.add(ExamAttempt(profile_id=amina, exam_id="jlpt-n4", started_ms=T0 + 3, finished_ms=T0 + 4,
                          state={}, result={"total": 7, "total_max": 10}))  # mode left to its default
    a, = assignments.for_student(db, amina, now=T0 + DAY)
    assert a.done and a.score == 70


def test_the_reports_latest_mock_is_a_full_mock(klass):
    """The Classroom's "Latest mock" (and the CSV's latest_exam_percent, the trend) agree with
    the assignment: a practice after the mock is not the latest mock score."""
    db, amina = klass
    assignments.assign(db, due_date="2027-01-15", now=T0, exam_id="jlpt-n4")
    full = _take(db, amina, T0 + DAY)
    _answer_all_right(db, full)
    _take(db, amina, T0 + 2 * DAY, mode="section", section_id="vocab")  # later, nothing right
    rep = reports.student_report(db, amina, now=T0 + 3 * DAY)
    (n4,) = rep.exams
    assert (n4.attempts, n4.total_percent, n4.trend) == (1, 100, None), n4
    assert rep.assignments[0].score == 100
    (row,) = reports.class_rows(reports.ClassReport("2027-01-18", 30, [rep]))
    latest = reports.CLASS_COLUMNS.index("latest_exam_percent")
    assert row[latest] == "100.0" and row[reports.CLASS_COLUMNS.index("assignments_done")] == "1"
