"""The picker asks for a protected profile's PIN; Profile menu: set/change PIN and log out."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from jpprep.services import local_state, pins, profiles
from jpprep.ui.pin_dialog import SetPinDialog
from jpprep.ui.profile_dialog import ProfileDialog, choose_profile


def _select(dialog, name):
    for row in range(dialog.list.count()):
        if dialog.list.item(row).text() == name:
            dialog.list.setCurrentRow(row)
            return
    raise AssertionError(name)


def profile_actions(window):
    menu = next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Profile")
    return {act.text().replace("&", ""): act for act in menu.actions()}


def _ok(qtbot, dialog):
    qtbot.keyClick(dialog.pin if dialog.pin.isVisible() else dialog.list, Qt.Key.Key_Return)


def test_protected_profile_opens_only_with_its_pin(qapp_setup, qtbot, db, clock):
    a = profiles.create_profile(db, "Ayesha", now=clock())
    profiles.create_profile(db, "Bilal", now=clock())
    pins.set_pin(db, a.id, "4821")
    dialog = ProfileDialog(db, clock=clock)
    qtbot.addWidget(dialog)
    dialog.show()
    _select(dialog, "Bilal")
    assert not dialog.pin.isVisible()  # no PIN: no field
    _select(dialog, "Ayesha")
    assert dialog.pin.isVisible()
    qtbot.keyClicks(dialog.pin, "1111")
    _ok(qtbot, dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.chosen is None
    assert "not right" in dialog.pin_message.text()
    assert dialog.pin.text() == ""  # cleared for the next try
    qtbot.keyClicks(dialog.pin, "4821")
    _ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.chosen.name == "Ayesha"


def test_repeated_wrong_pins_make_the_student_wait(qapp_setup, qtbot, db, clock):
    a = profiles.create_profile(db, "Ayesha", now=clock())
    pins.set_pin(db, a.id, "4821")
    dialog = ProfileDialog(db, clock=clock)
    qtbot.addWidget(dialog)
    dialog.show()
    for _ in range(pins.FREE_TRIES):
        qtbot.keyClicks(dialog.pin, "0000")
        _ok(qtbot, dialog)
    qtbot.keyClicks(dialog.pin, "4821")  # right, but too soon
    _ok(qtbot, dialog)
    assert dialog.chosen is None
    assert "wait" in dialog.pin_message.text()
    clock.advance(31)
    qtbot.keyClicks(dialog.pin, "4821")
    _ok(qtbot, dialog)
    assert dialog.chosen is not None and dialog.chosen.id == a.id


def test_last_profile_with_a_pin_is_not_opened_without_asking(qapp_setup, qtbot, db, clock):
    a = profiles.create_profile(db, "Ayesha", now=clock())
    pins.set_pin(db, a.id, "4821")
    local_state.save(last_profile_id=a.id)
    seen = []

    def answer():
        dialog = QApplication.activeModalWidget()
        seen.append(dialog.list.currentItem().text())
        dialog.reject()

    QTimer.singleShot(0, answer)
    assert choose_profile(db) is None  # cancelled at the PIN: nothing opens
    assert seen == ["Ayesha"]


def test_set_change_and_remove_pin(qapp_setup, qtbot, db, clock):
    a = profiles.create_profile(db, "Ayesha", now=clock())
    d = SetPinDialog(db, a.id, clock=clock)
    qtbot.addWidget(d)
    assert not d.remove_button.isVisibleTo(d)
    d.new.setText("4821")
    d.repeat.setText("4812")
    d.accept()
    assert not pins.has_pin(db, a.id) and "not the same" in d.message.text()
    d.repeat.setText("4821")
    d.accept()
    assert d.result() == QDialog.DialogCode.Accepted
    assert pins.check_pin(db, a.id, "4821", now=clock()).ok

    d = SetPinDialog(db, a.id, clock=clock)
    qtbot.addWidget(d)
    d.current.setText("9999")
    d.new.setText("5555")
    d.repeat.setText("5555")
    d.accept()
    assert "not right" in d.message.text()
    assert pins.check_pin(db, a.id, "4821", now=clock()).ok  # unchanged
    d.current.setText("4821")
    d.remove_button.click()
    assert not pins.has_pin(db, a.id)


def test_log_out_forgets_the_profile_and_shows_the_picker(qapp_setup, qtbot, app_db, clock):
    from jpprep.ui.main_window import MainWindow

    a = profiles.create_profile(app_db, "Ayesha", now=clock())
    b = profiles.create_profile(app_db, "Bilal", now=clock())
    pins.set_pin(app_db, b.id, "7777")
    local_state.save(last_profile_id=a.id)
    window = MainWindow(app_db, a, clock=clock)
    qtbot.addWidget(window)
    window.show()
    actions = profile_actions(window)
    assert "Set or change PIN…" in actions

    def pick():
        dialog = QApplication.activeModalWidget()
        assert not window.isVisible()  # Ayesha's work is hidden while the picker shows
        _select(dialog, "Bilal")
        qtbot.keyClicks(dialog.pin, "7777")
        _ok(qtbot, dialog)

    QTimer.singleShot(0, pick)
    actions["Log out"].trigger()
    assert window.ctx.profile_name == "Bilal" and window.isVisible()
    assert local_state.load()["last_profile_id"] == b.id

    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())
    actions = profile_actions(window)
    actions["Log out"].trigger()
    assert not window.isVisible()
    assert local_state.load()["last_profile_id"] is None


def test_profile_option_cannot_make_a_profile_when_the_lab_forbids_it(qapp_setup, qtbot, db, clock, tmp_path,
                                                                      monkeypatch):
    from jpprep import lab

    cfg = tmp_path / "lab.toml"
    cfg.write_text('locked = ["create_profiles"]\n', encoding="utf-8")
    monkeypatch.setenv(lab.ENV, str(cfg))
    lab.reset()
    profiles.create_profile(db, "Ayesha", now=clock())
    shown = []

    def answer():
        dialog = QApplication.activeModalWidget()
        shown.append(dialog.name.isVisible())
        dialog.reject()

    QTimer.singleShot(0, answer)
    assert choose_profile(db, "Intruder") is None
    assert shown == [False] and profiles.find_profile(db, "Intruder") is None
    lab.reset()
