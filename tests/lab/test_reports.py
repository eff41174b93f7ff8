"""Assignments and instructor reports (data and CSV)."""

from __future__ import annotations

import csv

import pytest

from jpprep.errors import ValidationError
from jpprep.services import assignments, reports


def test_student_sees_class_and_own_assignments_with_progress(class_db):
    db, now = class_db["db"], class_db["now"]
    mine = assignments.for_student(db, class_db["ayesha"].id, now=now)
    assert [(a.info.kind, a.info.title) for a in mine] == [("deck", "Lab::Basics"), ("exam", "JLPT N5")]
    deck, exam = mine
    assert deck.progress == 1.0 and deck.done and not deck.overdue
    assert exam.done and exam.score == pytest.approx(100 * 120 / 180)
    theirs = assignments.for_student(db, class_db["raza"].id, now=now)
    assert [a.info.kind for a in theirs] == ["deck"]  # Ayesha's own exam is not Raza's
    assert theirs[0].progress == 0.0 and theirs[0].overdue


def test_assign_refuses_bad_input(class_db):
    db, now = class_db["db"], class_db["now"]
    with pytest.raises(ValidationError):
        assignments.assign(db, due_date="2026-13-40", deck_id=class_db["deck_id"], now=now)
    with pytest.raises(ValidationError):
        assignments.assign(db, due_date="2026-12-01", exam_id="jlpt-n9", now=now)
    with pytest.raises(ValidationError):
        assignments.assign(db, due_date="2026-12-01", now=now)
    before = len(assignments.list_assignments(db))
    a = assignments.assign(db, due_date="2026-12-01", exam_id="jft-basic", now=now)
    assert len(assignments.list_assignments(db)) == before + 1
    assignments.remove(db, a.id)
    assert len(assignments.list_assignments(db)) == before


def test_class_report_numbers_and_risk(class_db):
    db, now = class_db["db"], class_db["now"]
    report = reports.class_report(db, now=now)
    by_name = {r.name: r for r in report.students}
    assert set(by_name) == {"Ayesha", "رضا"}  # the instructor is not a student
    a, r = by_name["Ayesha"], by_name["رضا"]
    assert a.reviews == 4 and a.study_minutes == 2.0
    assert a.retention is None  # only first answers so far: no review answers yet
    assert a.assignment_progress == 1.0
    exam = a.exams[0]
    assert exam.attempts == 2 and exam.total_percent == pytest.approx(100 * 120 / 180)
    assert exam.trend == pytest.approx(100 * 30 / 180)
    assert [(s.name, s.change) for s in exam.sections] == [("Language knowledge", 20.0), ("Listening", 10.0)]
    assert not a.at_risk
    assert r.at_risk and r.reviews == 0
    text = " | ".join(r.reasons)
    assert "not passed" in text and "overdue" in text and "no study" in text
    assert r.target.startswith("JLPT-N5 on ")


def test_behind_the_pace_for_the_exam_date_is_a_risk(class_db, monkeypatch):
    import dataclasses

    from jpprep.services import planning

    db, now, pid = class_db["db"], class_db["now"], class_db["raza"].id
    real = planning.current_plan(db, pid, now)
    assert real is not None and real.covers  # 4 new cards in 3 days: on track
    behind = dataclasses.replace(real, covers=False, proposed_new_per_day=40, pace=5)
    monkeypatch.setattr(planning, "current_plan", lambda *_a, **_k: behind)
    rep = reports.student_report(db, pid, now=now)
    assert rep.at_risk and any(x.startswith("behind for JLPT-N5") and "40 new a day" in x for x in rep.reasons)


def test_retention_counts_review_answers_only(class_db):
    import uuid

    from jpprep.store.models import Card, Review

    db, now, pid = class_db["db"], class_db["now"], class_db["ayesha"].id
    with db.session() as s:
        card = s.query(Card.id).first()[0]
        for i, (rating, before) in enumerate([(3, 2), (1, 2), (3, 2), (4, 2), (1, 1), (1, 0)]):
            s.add(Review(uid=uuid.uuid4().hex, profile_id=pid, card_id=card, reviewed_ms=now - 1000 * i,
                         rating=rating, state_before=before, state_after=2, due_ms=now, kind="review"))
    rep = reports.student_report(db, pid, now=now)
    assert rep.retention == pytest.approx(0.75)  # learning answers (state 0, 1) do not count
    assert rep.reviews == 4 + 6


def test_csv_opens_with_names_intact(class_db, tmp_path):
    db, now = class_db["db"], class_db["now"]
    path = reports.write_csv(tmp_path / "class.csv", reports.class_report(db, now=now))
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # spreadsheet programs read UTF-8
    rows = list(csv.DictReader(path.open(encoding="utf-8-sig")))
    by = {row["student"]: row for row in rows}
    assert by["رضا"]["at_risk"] == "yes" and by["Ayesha"]["at_risk"] == "no"
    assert by["Ayesha"]["reviews"] == "4" and by["Ayesha"]["latest_exam_percent"] == "66.7"
    one = reports.write_csv(tmp_path / "s.csv", reports.student_report(db, class_db["raza"].id, now=now))
    text = one.read_text(encoding="utf-8-sig")
    assert "رضا" in text and "overdue" in text and "Listening" in text


def test_every_reason_has_a_code_for_the_interface(class_db):
    rep = reports.student_report(class_db["db"], class_db["raza"].id, now=class_db["now"])
    assert [code for code, _v in rep.risks] == ["mock_failed", "overdue", "inactive"]
    assert len(rep.risks) == len(rep.reasons)
    overdue = dict(rep.risks)["overdue"]
    assert (overdue["n"], overdue["titles"]) == (1, "Lab::Basics")
    assert [a.title for a in overdue["assignments"]] == ["Lab::Basics"]  # for the interface to word
