"""A mock assignment counts only a full mock: Home tells the student that their practice (one
section, one question type) did not count, in the interface language; the Classroom's overdue
reason says the form in the interface language; Mock exams' weak question types carry their
interface-language names, the Japanese one kept whole in Urdu."""

from __future__ import annotations

import pytest

from jpprep.services import assignments, profiles
from jpprep.services import exams as svc
from jpprep.ui import i18n

from .conftest import open_window
from .test_assignment_forms import plain

pytestmark = pytest.mark.usefixtures("ui_defaults")


@pytest.fixture
def sensei(app_db, clock):
    profiles.create_profile(app_db, "Amina", now=clock())
    return profiles.create_profile(app_db, "Sensei", now=clock(), role="instructor")


def _practise(db, clock, form_id=None):
    """Amina finishes a one-question-type practice of JLPT N4 after a JLPT N4 mock (that form)
    was assigned."""
    amina = profiles.find_profile(db, "Amina")
    assignments.assign(db, due_date="2099-01-01", now=clock(), exam_id="jlpt-n4", form_id=form_id)
    clock.advance(60)
    run = svc.start_exam(db, amina.id, "jlpt-n4", now=clock(), mode="type", types=["reading_mid"])
    svc.finish_exam(db, run, clock() + 60_000)
    clock.advance(120)


def test_home_says_a_practice_does_not_count_and_offers_the_mock(qtbot, app_db, clock, sensei):
    _practise(app_db, clock)
    w = open_window(qtbot, app_db, clock, "Amina")
    home = w.show_page("home")
    line = plain(home.assignments.text().splitlines()[1])
    assert line.startswith("• JLPT N4: due ") and "(done)" not in line
    assert line.endswith("(0% done; a practice does not count: take the full mock)"), line
    (button,) = home.start_buttons()
    assert plain(button.text()) == "Start JLPT N4"
    button.click()
    exams = w.page("exams")
    assert exams.run.mode == "full"  # the button starts what counts


def test_with_a_form_the_line_names_the_form_to_take_in_full(qtbot, app_db, clock, sensei):
    _practise(app_db, clock, form_id="n4-form-b")
    w = open_window(qtbot, app_db, clock, "Amina")
    line = plain(w.show_page("home").assignments.text().splitlines()[1])
    assert line.endswith("(0% done; a practice does not count: take Form B as a full mock)"), line


def test_urdu_home_says_it_in_urdu(qtbot, app_db, clock, sensei):
    _practise(app_db, clock, form_id="n4-form-b")
    w = open_window(qtbot, app_db, clock, "Amina", ui_language="ur")
    line = plain(w.show_page("home").assignments.text().splitlines()[1])
    assert "پرچہ B" in line and "practice" not in line and "Form" not in line, line
    assert "مشق" in line, line


def test_classroom_overdue_names_the_form_in_urdu(qtbot, app_db, clock, sensei):
    assignments.assign(app_db, due_date="2020-01-01", now=clock(), exam_id="jlpt-n4", form_id="n4-form-b")
    w = open_window(qtbot, app_db, clock, "Sensei", ui_language="ur")
    page = w.show_page("classroom")
    (row,) = [r for r in range(page.table.rowCount()) if page.table.item(r, 0).text() == "Amina"]
    tip = plain(page.table.item(row, page.table.columnCount() - 1).toolTip())
    assert "JLPT N4 پرچہ B" in tip and "Form" not in tip, tip


@pytest.mark.parametrize("lang", ["en", "ur", "ja"])
def test_weak_question_types_carry_the_interface_name(qtbot, app_db, clock, sensei, lang):
    amina = profiles.find_profile(app_db, "Amina")
    run = svc.start_exam(app_db, amina.id, "jlpt-n4", now=clock(), mode="type", types=["reading_mid"])
    svc.finish_exam(app_db, run, clock() + 60_000)  # nothing answered: a weak type
    w = open_window(qtbot, app_db, clock, "Amina", ui_language=lang)
    page = w.show_page("exams")
    page.exam.setCurrentIndex(page.exam.findData("jlpt-n4"))
    text = page.info.text()
    want = {"en": "内容理解（中文）  Comprehension (mid-size passages)",
            "ur": "内容理解（中文）  درمیانی عبارت سمجھنا", "ja": "内容理解（中文）"}[lang]
    assert want in plain(text), text
    if lang == "ur":  # one left-to-right run: the brackets stay round 中文 in the Urdu line
        assert i18n.ltr("内容理解（中文）") in text
