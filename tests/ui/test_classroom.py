"""Instructors: the Classroom page (students, risks, assignments, exports), shown only to
instructors; students see their assignments on the home page; making an instructor needs the
lab's instructor password or the CLI."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from jpprep import cli, lab
from jpprep.services import assignments, profiles
from jpprep.ui.main_window import MainWindow


@pytest.fixture
def klass(db, tmp_path, clock):
    from lab.classdata import make_class

    return make_class(db, tmp_path, clock)


def nav_keys(w):
    return [w.nav.item(r).data(Qt.ItemDataRole.UserRole) for r in range(w.nav.count())]


def test_classroom_is_only_for_instructors(qapp_setup, qtbot, klass, clock):
    db = klass["db"]
    w = MainWindow(db, klass["ayesha"], clock=clock)
    qtbot.addWidget(w)
    assert "classroom" not in nav_keys(w)
    w.use_profile(klass["sensei"])
    assert nav_keys(w)[-1] == "classroom"
    w.show_page("classroom")
    w.use_profile(klass["raza"])  # the next student never lands on the class list
    assert "classroom" not in nav_keys(w) and w.current_page_key() == "home"


def test_class_list_shows_risk_and_reasons(qapp_setup, qtbot, klass, clock):
    w = MainWindow(klass["db"], klass["sensei"], clock=clock)
    qtbot.addWidget(w)
    page = w.show_page("classroom")
    rows = {page.table.item(r, 0).text(): r for r in range(page.table.rowCount())}
    assert set(rows) == {"Ayesha", "رضا"}
    status = page.table.item(rows["رضا"], page.table.columnCount() - 1)
    assert status.text() == "At risk" and "overdue" in status.toolTip()
    assert page.table.item(rows["Ayesha"], 7).text() == "On track"
    assert page.table.item(rows["Ayesha"], 5).text() == "JLPT N5 67%"
    assert page.table.item(rows["Ayesha"], 6).text() == "+17"
    page.table.setCurrentCell(rows["رضا"], 0)
    assert "\u2068رضا\u2069 is at risk" in page.reasons.text() and "not passed" in page.reasons.text()
    assert "1 at risk" in page.heading.text()


def test_assign_through_the_dialog_reaches_the_students_home(qapp_setup, qtbot, klass, clock):
    db = klass["db"]
    w = MainWindow(db, klass["sensei"], clock=clock)
    qtbot.addWidget(w)
    page = w.show_page("classroom")
    before = page.assignment_list.count()

    def fill():
        dialog = QApplication.activeModalWidget()
        idx = dialog.what.findText("Mock exam: JFT-Basic", Qt.MatchFlag.MatchStartsWith)
        assert idx >= 0
        dialog.what.setCurrentIndex(idx)
        dialog.who.setCurrentIndex(dialog.who.findText("رضا"))
        dialog.accept()

    QTimer.singleShot(0, fill)
    page.assign_button.click()
    assert page.assignment_list.count() == before + 1
    assert any("JFT" in page.assignment_list.item(i).text() and "رضا" in page.assignment_list.item(i).text()
               for i in range(page.assignment_list.count()))
    w.use_profile(klass["raza"])
    home = w.page("home")
    assert home.assignments.isVisibleTo(home)
    text = home.assignments.text()
    assert "Lab::Basics" in text and "overdue" in text and "JFT" in text
    w.use_profile(klass["ayesha"])  # Raza's own assignment is not Ayesha's
    assert "JFT" not in w.page("home").assignments.text()
    page_rows = assignments.list_assignments(db)
    w.use_profile(klass["sensei"])
    page = w.show_page("classroom")
    page.assignment_list.setCurrentRow(page.assignment_list.count() - 1)
    page.remove_button.click()
    assert len(assignments.list_assignments(db)) == len(page_rows) - 1


def test_home_has_no_assignment_box_without_assignments(qapp_setup, qtbot, db, clock):
    info = profiles.create_profile(db, "Solo", now=clock())
    w = MainWindow(db, info, clock=clock)
    qtbot.addWidget(w)
    home = w.show_page("home")
    assert not home.assignments.isVisibleTo(home)


def test_exports_from_the_page(qapp_setup, qtbot, klass, clock, tmp_path):
    w = MainWindow(klass["db"], klass["sensei"], clock=clock)
    qtbot.addWidget(w)
    page = w.show_page("classroom")
    out = page.export("csv", path=str(tmp_path / "class.csv"))
    names = {row["student"] for row in csv.DictReader(open(out, encoding="utf-8-sig"))}
    assert names == {"Ayesha", "رضا"}
    page.table.setCurrentCell(0, 0)
    pdf = page.export("pdf", student=True, path=str(tmp_path / "one.pdf"))
    assert open(pdf, "rb").read(4) == b"%PDF"


def test_instructor_profile_needs_the_lab_password(qapp_setup, qtbot, db, clock, tmp_path, monkeypatch):
    from jpprep.services.pins import hash_pin
    from jpprep.ui import profile_dialog

    cfg = tmp_path / "lab.toml"
    cfg.write_text(f'instructor_password_hash = "{hash_pin("sensei-2026")}"\n', encoding="utf-8")
    monkeypatch.setenv(lab.ENV, str(cfg))
    lab.reset()
    warned = []
    monkeypatch.setattr(profile_dialog.QMessageBox, "warning", lambda *a: warned.append(a[2]))
    profiles.create_profile(db, "Ayesha", now=clock())
    d = profile_dialog.ProfileDialog(db, clock=clock)
    qtbot.addWidget(d)
    d.show()
    qtbot.keyClicks(d.name, "Tanaka")
    d.instructor.setChecked(True)
    assert d.instructor_password.isVisible()
    qtbot.keyClicks(d.instructor_password, "guess")
    d.accept()
    assert d.chosen is None and "not the instructor password" in warned[0]
    assert profiles.find_profile(db, "Tanaka") is None
    qtbot.keyClicks(d.instructor_password, "sensei-2026")
    d.accept()
    assert d.chosen.role == "instructor"
    lab.reset()


def test_no_instructor_choice_without_a_lab_password(qapp_setup, qtbot, db, clock, monkeypatch, tmp_path):
    from jpprep.ui.profile_dialog import ProfileDialog

    monkeypatch.setattr(lab, "candidates", lambda: [tmp_path / "none.toml"])
    monkeypatch.delenv(lab.ENV, raising=False)
    lab.reset()
    d = ProfileDialog(db, clock=clock, first_start=True)
    qtbot.addWidget(d)
    d.show()
    assert not d.instructor.isVisible()
    lab.reset()


def test_cli_makes_an_instructor(capsys):
    assert cli.main(["profile", "create", "Tanaka", "--instructor"]) == 0
    assert cli.main(["profile", "create", "Ali"]) == 0
    capsys.readouterr()
    assert cli.main(["profile", "list", "--json"]) == 0
    import json

    roles = {p["name"]: p["role"] for p in json.loads(capsys.readouterr().out)}
    assert roles == {"Tanaka": "instructor", "Ali": "student"}


def test_exams_page_offers_only_the_labs_mocks(qapp_setup, qtbot, db, clock, tmp_path, monkeypatch):
    from jpprep.ui.pages.exams import ExamsPage
    from jpprep.ui.context import AppContext

    cfg = tmp_path / "lab.toml"
    cfg.write_text('exams = ["jlpt-n5", "jft-basic"]\n', encoding="utf-8")
    monkeypatch.setenv(lab.ENV, str(cfg))
    lab.reset()
    info = profiles.create_profile(db, "Ayesha", now=clock())
    page = ExamsPage(AppContext(db, info.id, info.name, clock, info.settings))
    qtbot.addWidget(page)
    assert sorted(page.exam.itemData(i) for i in range(page.exam.count())) == ["jft-basic", "jlpt-n5"]
    lab.reset()
