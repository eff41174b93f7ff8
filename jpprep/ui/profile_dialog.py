"""Choosing a profile: a welcome form on first start, a picker when there are several."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
)

from jpprep.errors import JpprepError
from jpprep.services import local_state, profiles
from jpprep.services.profiles import ProfileInfo
from jpprep.ui.context import system_clock


class ProfileDialog(QDialog):
    """Pick an existing profile or type a name for a new one."""

    def __init__(self, db, parent=None, *, first_start: bool = False) -> None:
        super().__init__(parent)
        self.db = db
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
            self.list.setCurrentRow(0)
            self.list.itemDoubleClicked.connect(lambda _item: self.accept())
            layout.addWidget(QLabel(self.tr("Or make a new profile:")))
        else:
            self.list.hide()
            intro = QLabel(self.tr(
                "jpprep keeps your progress on this computer.\n"
                "What is your name? It is shown only here."))
            intro.setWordWrap(True)
            layout.addWidget(intro)
        self.name = QLineEdit()
        self.name.setPlaceholderText(profiles.DEFAULT_NAME)
        self.name.setAccessibleName(self.tr("New profile name"))
        self.name.textChanged.connect(lambda t: t and self.list.clearSelection())
        layout.addWidget(self.name)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        (self.list if existing else self.name).setFocus()
        self.resize(380, 300 if existing else 160)

    def accept(self) -> None:
        typed = self.name.text().strip()
        try:
            if typed or self.list.count() == 0:
                self.chosen = profiles.create_profile(self.db, typed or profiles.DEFAULT_NAME, now=system_clock())
            else:
                item = self.list.currentItem() or self.list.item(0)
                self.chosen = profiles.get_profile(self.db, item.data(Qt.ItemDataRole.UserRole))
        except JpprepError as exc:
            QMessageBox.warning(self, self.tr("Profile"), str(exc))
            return
        super().accept()


def choose_profile(db, name: str | None = None, parent=None) -> ProfileInfo | None:
    """The profile to open: --profile NAME, else the last one used here, else ask."""
    if name:
        found = profiles.find_profile(db, name)
        chosen = found or profiles.create_profile(db, name, now=system_clock())
    else:
        last = local_state.load().get("last_profile_id")
        chosen = profiles.get_profile(db, last) if isinstance(last, int) else None
        if chosen is None:
            existing = profiles.list_profiles(db)
            dialog = ProfileDialog(db, parent, first_start=not existing)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            chosen = dialog.chosen
    if chosen is not None:
        local_state.save(last_profile_id=chosen.id)
    return chosen
