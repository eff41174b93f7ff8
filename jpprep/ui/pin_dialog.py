"""Set, change or remove the PIN of the open profile (Profile menu)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from jpprep.errors import JpprepError
from jpprep.services import pins
from jpprep.ui import i18n
from jpprep.ui.context import system_clock
from jpprep.ui.error_text import error_text


def pin_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(pins.MAX_LEN)
    field.setAccessibleName(name)
    return field


def wait_text(widget, seconds: int) -> str:
    if seconds >= 90:
        return widget.tr("Too many wrong tries. Please wait {n} minutes, or ask your teacher.").format(
            n=i18n.number(-(-seconds // 60)))
    return widget.tr("Too many wrong tries. Please wait {n} seconds, or ask your teacher.").format(n=i18n.number(seconds))


class SetPinDialog(QDialog):
    def __init__(self, db, profile_id: int, parent=None, *, clock=system_clock) -> None:
        super().__init__(parent)
        self.db, self.profile_id, self.clock = db, profile_id, clock
        self.had_pin = pins.has_pin(db, profile_id)
        self.setWindowTitle(self.tr("Set or change PIN"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("A PIN keeps other students out of your profile on a shared computer. "
                               "Use {a} to {b} digits.").format(a=i18n.number(pins.MIN_LEN),
                                                        b=i18n.number(pins.MAX_LEN)))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.current = pin_field(self.tr("Current PIN"))
        self.new = pin_field(self.tr("New PIN"))
        self.repeat = pin_field(self.tr("New PIN again"))
        if self.had_pin:
            form.addRow(self.tr("Current PIN:"), self.current)
        form.addRow(self.tr("New PIN:"), self.new)
        form.addRow(self.tr("New PIN again:"), self.repeat)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.remove_button = buttons.addButton(self.tr("Remove PIN"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.remove_button.setVisible(self.had_pin)
        self.remove_button.clicked.connect(self.remove)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        (self.current if self.had_pin else self.new).setFocus()

    def _current_ok(self) -> bool:
        if not self.had_pin:
            return True
        check = pins.check_pin(self.db, self.profile_id, self.current.text(), now=self.clock())
        if check.ok:
            return True
        self.message.setText(wait_text(self, check.wait_seconds) if check.wait_seconds
                             else self.tr("The current PIN is not right. Nothing was changed."))
        self.current.clear()
        self.current.setFocus()
        return False

    def accept(self) -> None:
        if self.new.text() != self.repeat.text():
            self.message.setText(self.tr("The two new PINs are not the same. Please type them again."))
            self.repeat.clear()
            self.repeat.setFocus()
            return
        if not self._current_ok():
            return
        try:
            pins.set_pin(self.db, self.profile_id, self.new.text())
        except JpprepError as exc:
            self.message.setText(error_text(exc))
            return
        super().accept()

    def remove(self) -> None:
        if self._current_ok():
            pins.clear_pin(self.db, self.profile_id)
            super().accept()
