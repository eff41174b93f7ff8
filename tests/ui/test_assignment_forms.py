"""An instructor assigns one fixed form of a mock ("JLPT N4 Form B") from the Classroom's Assign
dialog; the student's Home says which form counts, starts that form, and counts only it. Form
titles and the "One question type" names are in the interface language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from jpprep.exams import types as qtypes
from jpprep.services import assignments, profiles
from jpprep.services import exams as svc
from jpprep.store.models import ExamAttempt
from jpprep.ui import i18n
from jpprep.ui.exam.names import TYPES, form_title

from .conftest import open_window

pytestmark = pytest.mark.usefixtures("ui_defaults")


def plain(text: str) -> str:
    """Without isolates, and a no-break space read as a space ("پرچہ B" is one unit)."""
    return "".join(c for c in text if c not in "\u2066\u2067\u2068\u2069").replace("\u00a0", " ")


@pytest.fixture
def sensei(app_db, clock):
    profiles.create_profile(app_db, "Amina", now=clock())
    return profiles.create_profile(app_db, "Sensei", now=clock(), role="instructor")


def _assign_in_dialog(qtbot, page, pick):
    """Open Assign…, let pick(qtbot, dialog) choose, press OK with the keyboard (Cancel, and the
    failure raised here, when pick fails: a modal dialog left open would hang the test)."""
    seen = {}

    def fill():
        dialog = QApplication.activeModalWidget()
        try:
            seen["value"] = pick(qtbot, dialog)
        except BaseException as exc:  # noqa: BLE001 (raised again below)
            seen["error"] = exc
            dialog.reject()
            return
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    QTimer.singleShot(0, fill)
    page.assign_button.click()
    if "error" in seen:
        raise seen["error"]
    return seen["value"]


def _n4_form_b(qtbot, dialog):
    """Mock exam: JLPT N4, then Form B with the keyboard (End: the last form); the forms offered."""
    dialog.what.setCurrentIndex(next(i for i in range(dialog.what.count())
                                     if tuple(dialog.what.itemData(i)) == ("exam", "jlpt-n4")))
    forms = [plain(dialog.form.itemText(i)) for i in range(dialog.form.count())]
    assert dialog.form.isEnabled() and dialog.form.currentData() == ""  # Random first
    qtbot.keyClick(dialog.form, Qt.Key.Key_End)
    assert dialog.form.currentData() == "n4-form-b"
    return forms


def test_instructor_assigns_form_b_and_the_student_starts_and_finishes_it(qtbot, app_db, clock, sensei):
    w = open_window(qtbot, app_db, clock, "Sensei", size=(1024, 600))
    page = w.show_page("classroom")

    def deck_has_no_form(qtbot, dialog):
        dialog.what.setCurrentIndex(0)  # a deck
        assert dialog.what.currentData()[0] == "deck" and not dialog.form.isEnabled()
        return _n4_form_b(qtbot, dialog)

    forms = _assign_in_dialog(qtbot, page, deck_has_no_form)
    assert forms == ["Random (any mock of this exam counts)", "Form A (85 questions)", "Form B (85 questions)"]
    (a,) = assignments.list_assignments(app_db)
    assert (a.exam_id, a.form_id) == ("jlpt-n4", "n4-form-b")
    assert plain(page.assignment_list.item(0).text()).startswith("JLPT N4 Form B for whole class, due ")

    w.use_profile(profiles.find_profile(app_db, "Amina"))
    home = w.page("home")
    line = plain(home.assignments.text().splitlines()[1])
    assert line.startswith("• JLPT N4 Form B: due ") and line.endswith("(0% done; only Form B counts)")
    (button,) = home.start_buttons()
    assert plain(button.text()) == "Start JLPT N4 Form B"
    button.click()  # Home -> Mock exams, Form B running
    exams = w.page("exams")
    assert w.current_page_key() == "exams" and exams.runner is not None
    assert exams.runner.s.form.form_id == "n4-form-b"
    assert exams.form_choice.currentData() == "n4-form-b"  # the page says what runs
    svc.finish_exam(app_db, exams.run, clock() + 60_000)
    clock.advance(120)
    w.show_page("home")
    home.refresh()
    assert "(done)" in home.assignments.text()
    assert not home.start_buttons()


def test_another_form_does_not_count_and_the_list_says_which_does(qtbot, app_db, clock, sensei):
    amina = profiles.find_profile(app_db, "Amina")
    assignments.assign(app_db, due_date="2099-01-01", now=clock(), exam_id="jlpt-n4", form_id="n4-form-b")
    clock.advance(60)
    run = svc.start_exam(app_db, amina.id, "jlpt-n4", now=clock(), form_id="n4-form-a")
    svc.finish_exam(app_db, run, clock() + 60_000)
    clock.advance(120)
    w = open_window(qtbot, app_db, clock, "Amina")
    home = w.show_page("home")
    line = plain(home.assignments.text().splitlines()[1])
    assert line.endswith("(0% done; your other mock does not count: take Form B)"), line
    (button,) = home.start_buttons()
    assert plain(button.text()) == "Start JLPT N4 Form B"


def test_urdu_home_and_dialog_say_the_form_in_urdu(qtbot, app_db, clock, sensei):
    assignments.assign(app_db, due_date="2099-01-01", now=clock(), exam_id="jlpt-n4", form_id="n4-form-b")
    w = open_window(qtbot, app_db, clock, "Amina", ui_language="ur")
    home = w.show_page("home")
    text = plain(home.assignments.text())
    assert "JLPT N4 پرچہ B" in text and "صرف پرچہ B شمار ہوگا" in text and "Form" not in text
    (button,) = home.start_buttons()
    assert plain(button.text()) == "JLPT N4 پرچہ B شروع کریں"
    profiles.update_settings(app_db, sensei.id, ui_language="ur")
    w.use_profile(profiles.get_profile(app_db, sensei.id))
    page = w.show_page("classroom")
    forms = _assign_in_dialog(qtbot, page, _n4_form_b)
    assert forms[1:] == ["پرچہ A (85 سوالات)", "پرچہ B (85 سوالات)"]
    assert all("JLPT N4 پرچہ B" in plain(page.assignment_list.item(i).text()) for i in range(page.assignment_list.count()))


def test_every_question_type_is_listed_for_translation():
    assert sorted({t.name_en for t in qtypes.TYPES.values()} - set(TYPES)) == []


@pytest.mark.parametrize("lang, shown", [("en", "漢字読み  Kanji reading"), ("ur", "漢字読み  کانجی کا تلفظ"),
                                         ("vi", "漢字読み  Cách đọc kanji"), ("ja", "漢字読み")])
def test_one_question_type_names_each_type_in_the_interface_language(qtbot, db, clock, lang, shown):
    from jpprep.ui.context import AppContext
    from jpprep.ui.pages.exams import ExamsPage

    i18n.apply_language(lang)
    pid = profiles.create_profile(db, "nimra", now=clock()).id
    page = ExamsPage(AppContext(db=db, profile_id=pid, profile_name="nimra", clock=clock, settings={}))
    qtbot.addWidget(page)
    page.refresh()
    page.exam.setCurrentIndex(page.exam.findData("jlpt-n5"))
    page.mode.setCurrentIndex(page.mode.findData("type"))
    names = [page.part.itemText(i) for i in range(page.part.count())]
    assert names[0] == shown
    if lang != "en":
        assert not any(t.name_en in n for n in names for t in qtypes.TYPES.values()), names
    forms = [plain(page.form_choice.itemText(i)) for i in range(page.form_choice.count())]
    assert forms[1] == {"en": "Form A (67 questions)", "ur": "پرچہ A (67 سوالات)", "vi": "Đề thi A (67 câu hỏi)",
                        "ja": "問題セットA（67問）"}[lang]


def test_a_centres_own_form_title_stays_as_written(qapp_setup):
    i18n.apply_language("ur")
    assert form_title("Form C") == "پرچہ\u00a0C"  # one unit on a wrapped line
    assert form_title("Mid-term paper") == "Mid-term paper"
