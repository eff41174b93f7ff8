"""An assignment that names a fixed form ("JLPT N4 Form B by Friday"), on SQLite and PostgreSQL:
it is stored and listed with the form's title, an unknown form is refused naming the exam and its
forms, and only a finished attempt of that form, after the assignment was set, makes it done."""

from __future__ import annotations

import pytest

from jpprep.errors import ValidationError
from jpprep.services import assignments, profiles
from jpprep.services import exams as exsvc

DAY = 86_400_000
T0 = 1_800_000_000_000


def _take(db, pid, exam_id, now, form_id=None):
    """Start a mock (that form, or a random one), answer nothing and hand it in."""
    run = exsvc.start_exam(db, pid, exam_id, now=now, form_id=form_id)
    exsvc.finish_exam(db, run, now + 60_000)


@pytest.fixture
def klass(backend_db):
    sensei = profiles.create_profile(backend_db, "Sensei", now=T0, role="instructor")
    amina = profiles.create_profile(backend_db, "Amina", now=T0)
    return backend_db, sensei.id, amina.id


def test_form_b_is_stored_listed_and_done_only_by_form_b(klass):
    db, sensei, amina = klass
    _take(db, amina, "jlpt-n4", T0, "n4-form-b")  # before it was set: does not count
    info = assignments.assign(db, due_date="2027-01-15", now=T0 + DAY, exam_id="jlpt-n4",
                              form_id="n4-form-b", created_by=sensei)
    assert (info.form_id, info.form_name, info.full_title) == ("n4-form-b", "Form B", "JLPT N4 Form B")
    listed, = assignments.list_assignments(db)
    assert (listed.exam_id, listed.form_id, listed.form_name) == ("jlpt-n4", "n4-form-b", "Form B")

    def mine():
        a, = assignments.for_student(db, amina, now=T0 + 5 * DAY)
        return a

    assert not mine().done and not mine().other_form_taken
    from jpprep.services import reports

    rows = reports.student_rows(reports.student_report(db, amina, now=T0 + 5 * DAY))
    assert ["assignment", "JLPT N4 Form B"] in [r[:2] for r in rows]  # the report names the paper
    _take(db, amina, "jlpt-n4", T0 + 2 * DAY, "n4-form-a")  # the other form
    _take(db, amina, "jlpt-n4", T0 + 3 * DAY)  # a random mock
    a = mine()
    assert not a.done and a.progress == 0 and a.other_form_taken
    _take(db, amina, "jlpt-n4", T0 + 4 * DAY, "n4-form-b")
    a = mine()
    assert a.done and a.progress == 1 and not a.other_form_taken and a.score is not None


def test_a_random_assignment_is_done_by_any_mock_of_its_exam(klass):
    db, sensei, amina = klass
    info = assignments.assign(db, due_date="2027-01-15", now=T0, exam_id="jlpt-n4", form_id="")
    assert info.form_id is None and info.full_title == "JLPT N4"
    _take(db, amina, "jlpt-n4", T0 + DAY, "n4-form-a")
    a, = assignments.for_student(db, amina, now=T0 + 2 * DAY)
    assert a.done and not a.other_form_taken


@pytest.mark.parametrize("form_id", ["n4-form-z", "n5-form-a"])  # no such form; another exam's
def test_an_unknown_form_is_refused_naming_the_exam_and_its_forms(klass, form_id):
    db, sensei, _amina = klass
    with pytest.raises(ValidationError) as err:
        assignments.assign(db, due_date="2027-01-15", now=T0, exam_id="jlpt-n4", form_id=form_id)
    text = str(err.value)
    assert f"'{form_id}'" in text and "JLPT N4" in text and "n4-form-a, n4-form-b" in text
    assert err.value.code == "form_unknown" and err.value.params["exam"] == "JLPT N4"
    assert assignments.list_assignments(db) == []  # nothing written


def test_a_deck_assignment_cannot_name_a_form(klass):
    db, _sensei, _amina = klass
    from jpprep.store.models import Deck

    with db.session() as s:
        deck = Deck(name="Lab", source="user")
        s.add(deck)
        s.flush()
        deck_id = deck.id
    with pytest.raises(ValidationError) as err:
        assignments.assign(db, due_date="2027-01-15", now=T0, deck_id=deck_id, form_id="n4-form-b")
    assert err.value.code == "assign_form_without_exam"
    assert assignments.list_assignments(db) == []


def test_the_cli_assigns_a_form_and_refuses_an_unknown_one(backend_url, monkeypatch, capsys):
    from jpprep import cli
    from jpprep.store.db import Database

    monkeypatch.setenv("JPPREP_DATABASE_URL", backend_url)
    db = Database(backend_url)
    profiles.create_profile(db, "Amina", now=T0)
    db.close()
    assert cli.main(["--database-url", backend_url, "assignment", "add", "--exam", "jlpt-n4",
                     "--form", "n4-form-x", "--due", "2027-01-15"]) == 2
    err = capsys.readouterr().err
    assert "JLPT N4 (jlpt-n4) has no form 'n4-form-x'; its forms are n4-form-a, n4-form-b" in err
    assert cli.main(["--database-url", backend_url, "assignment", "add", "--exam", "jlpt-n4",
                     "--form", "n4-form-b", "--due", "2027-01-15", "--student", "Amina"]) == 0
    assert "JLPT N4 Form B (n4-form-b) for Amina, due 2027-01-15" in capsys.readouterr().out
    assert cli.main(["--database-url", backend_url, "assignment", "list"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("#") and "JLPT N4 Form B (n4-form-b) for Amina" in out
    assert cli.main(["--database-url", backend_url, "assignment", "add", "--deck", "Lab",
                     "--form", "n4-form-b", "--due", "2027-01-15"]) == 2
    assert "--form needs --exam" in capsys.readouterr().err
