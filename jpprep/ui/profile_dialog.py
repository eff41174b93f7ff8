"""Choosing a profile: a welcome form on first start, a picker when there are several.

A profile with a PIN (jpprep.services.pins) opens only after its PIN is typed in the picker."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
)

from jpprep import lab
from jpprep.errors import JpprepError
from jpprep.services import local_state, pins, profiles
from jpprep.services.profiles import ProfileInfo
from jpprep.ui.context import system_clock
from jpprep.ui.error_text import error_text
from jpprep.ui.pin_dialog import pin_field, wait_text


class ProfileDialog(QDialog):
    """Pick an existing profile or type a name for a new one."""

    def __init__(self, db, parent=None, *, first_start: bool = False, clock=system_clock,
                 select_id: int | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.clock = clock
        self.chosen: ProfileInfo | None = None
        self.setWindowTitle(self.tr("Welcome to jpprep") if first_start else self.tr("Choose a profile"))
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Profiles"))
        existing = profiles.list_profiles(db)
        for p in existing:
            item = QListWidgetItem(p.name)
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            self.list.addItem(item)
        if existing:
            layout.addWidget(QLabel(self.tr("Who is studying?")))
            layout.addWidget(self.list)
            # up to five names in view, whatever the font (Urdu lines are taller) and whatever
            # the PIN message below takes
            rows = min(self.list.count(), 5)
            self.list.setMinimumHeight(self.list.sizeHintForRow(0) * rows + 2 * self.list.frameWidth() + 2)
            self.list.setCurrentRow(0)
            for row in range(self.list.count()):
                if self.list.item(row).data(Qt.ItemDataRole.UserRole) == select_id:
                    self.list.setCurrentRow(row)
            self.pin_label = QLabel(self.tr("PIN:"))
            self.pin = pin_field(self.tr("PIN"))
            self.pin_label.setBuddy(self.pin)
            self.pin_message = QLabel()
            self.pin_message.setWordWrap(True)
            for w in (self.pin_label, self.pin, self.pin_message):
                layout.addWidget(w)
            self.list.currentRowChanged.connect(lambda _row: self._show_pin())
            self.list.itemDoubleClicked.connect(lambda _item: self.accept())
            self.new_label = QLabel(self.tr("Or make a new profile:"))
            layout.addWidget(self.new_label)
        else:
            self.list.hide()
            # the Urdu sentence begins with "jpprep" and still runs right to left (jpprep.ui.bidi)
            intro = self.intro = QLabel(self.tr(
                "jpprep keeps your progress on this computer.\n"
                "What is your name? It is shown only here."))
            intro.setWordWrap(True)
            layout.addWidget(intro)
        self.name = QLineEdit()
        # the name a profile gets when none is typed, in the interface language
        self.default_name = self.tr("Learner")
        self.name.setPlaceholderText(self.default_name)
        self.name.setAccessibleName(self.tr("New profile name"))
        self.name.textChanged.connect(lambda t: t and self.list.clearSelection())
        layout.addWidget(self.name)
        # an instructor profile needs the lab's instructor password (jpprep.lab)
        self.instructor = QCheckBox(self.tr("&Instructor profile"))
        self.instructor_password = QLineEdit()
        self.instructor_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.instructor_password.setPlaceholderText(self.tr("Instructor password"))
        self.instructor_password.setAccessibleName(self.tr("Instructor password"))
        self.instructor_password.setVisible(False)
        self.instructor.toggled.connect(self.instructor_password.setVisible)
        if lab.current().instructor_password_hash:
            layout.addWidget(self.instructor)
            layout.addWidget(self.instructor_password)
        else:
            self.instructor.hide()
        if existing and not lab.allowed("create_profiles"):  # the lab makes the profiles
            self.new_label.hide()
            self.name.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        (self.list if existing else self.name).setFocus()
        self.resize(380, 340 if existing else 160)
        if existing:
            self._show_pin()
        else:  # the welcome wraps to three lines in Vietnamese at 150% text: all of it in view
            self._fit_height()

    def _selected_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _show_pin(self) -> None:
        pid = self._selected_id()
        protected = pid is not None and pins.has_pin(self.db, pid)
        self.pin_label.setVisible(protected)
        self.pin.setVisible(protected)
        self.pin.clear()
        self.pin_message.clear()

    def _pin_ok(self, pid: int) -> bool:
        check = pins.check_pin(self.db, pid, self.pin.text(), now=self.clock())
        if check.ok:
            return True
        if check.wait_seconds:
            self.pin_message.setText(wait_text(self, check.wait_seconds))
        elif not self.pin.text():
            self.pin_message.setText(self.tr("This profile has a PIN. Please type it."))
        else:
            self.pin_message.setText(self.tr("That PIN is not right. You can try %Ln more time(s) before "
                                             "you must wait.", "", check.tries_left))
        self.pin.clear()
        self.pin.setFocus()
        self._fit_height()
        return False

    def _fit_height(self) -> None:
        """Taller when a message wraps (two lines in Urdu): a window does not grow for a
        wrapped label by itself, and the widgets above would be squeezed into each other."""
        self.layout().activate()
        need = self.layout().totalHeightForWidth(self.width())
        if need > self.height():
            self.resize(self.width(), need)

    def accept(self) -> None:
        typed = self.name.text().strip()
        try:
            if typed or self.list.count() == 0:
                role = "student"
                if self.instructor.isChecked():
                    if not lab.check_instructor_password(self.instructor_password.text()):
                        self.instructor_password.clear()
                        QMessageBox.warning(self, self.tr("Profile"), self.tr(
                            "That is not the instructor password. Nothing was made."))
                        return
                    role = "instructor"
                self.chosen = profiles.create_profile(self.db, typed or self.default_name,
                                                      now=system_clock(), role=role)
            else:
                item = self.list.currentItem() or self.list.item(0)
                pid = item.data(Qt.ItemDataRole.UserRole)
                if not self._pin_ok(pid):
                    return
                self.chosen = profiles.get_profile(self.db, pid)
        except JpprepError as exc:
            QMessageBox.warning(self, self.tr("Profile"), error_text(exc))
            return
        super().accept()


def choose_profile(db, name: str | None = None, parent=None) -> ProfileInfo | None:
    """The profile to open: --profile NAME, else the last one used here, else ask.
    A profile with a PIN is never opened without asking: the picker shows it selected."""
    if name:
        found = profiles.find_profile(db, name)
        if found is None and lab.allowed("create_profiles"):
            found = profiles.create_profile(db, name, now=system_clock())
        chosen = found  # None (a lab that makes the profiles itself): the picker
    else:
        last = local_state.load().get("last_profile_id")
        chosen = profiles.get_profile(db, last) if isinstance(last, int) else None
    if chosen is None or pins.has_pin(db, chosen.id):
        select_id = chosen.id if chosen is not None else None
        existing = profiles.list_profiles(db)
        dialog = ProfileDialog(db, parent, first_start=not existing, select_id=select_id)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        chosen = dialog.chosen
    if chosen is not None:
        local_state.save(last_profile_id=chosen.id)
    return chosen
