"""The deck browser's actions on notes: add a note, delete, move, tag the selected notes, fill in
missing readings. Each calls jpprep.services.note_actions once (one transaction).

`NoteActions(ctx, host)` is a row of buttons; the host (the browser page) gives
`selected_ids()`, `deck_filter()` (the deck chosen in its filter, or None), `deck_choices()`
[(name, id)], `say(text)` and `changed(select_id=None)` (search again, select that note), and
for Suspend / Unsuspend (jpprep.ui.widgets.suspend_button) `selected_rows()` and
`select_notes(ids)`.
Confirmations and small forms are dialogs opened with open() (not exec), so tests can click them.

On a class server that cannot be reached, nothing is changed (each action is one transaction)
and the page's message line (the Add dialog's own line) says so in the interface language;
these changes to shared notes are not queued on this PC (docs/lab-setup.md).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jpprep import lab
from jpprep.errors import JpprepError
from jpprep.services import note_actions as service
from jpprep.ui import i18n
from jpprep.ui.error_text import shown_text
from jpprep.ui.widgets.flow_row import FlowRow
from jpprep.ui.widgets.furigana import JP_FAMILY
from jpprep.ui.widgets.reading_preview import ReadingPreview, _error_text
from jpprep.ui.widgets.suspend_button import SuspendButton

BACKGROUND_FROM = 200  # notes: fewer are filled at once, more in a background job


class AddNoteDialog(QDialog):
    """A new note: deck, Japanese, reading (empty = generated), meaning, tags, level."""

    def __init__(self, ctx, decks: list[tuple[str, int]], deck_id: int | None, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.added = None
        self.setWindowTitle(self.tr("Add a note"))
        self.setMinimumWidth(380)
        jp = QFont(JP_FAMILY)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.deck = QComboBox(objectName="add_deck")
        for name, did in decks:
            self.deck.addItem(name, did)
        self.deck.setCurrentIndex(max(0, self.deck.findData(deck_id)))
        self.expression = QLineEdit(objectName="add_expression")
        self.reading = QLineEdit(objectName="add_reading")
        self.reading.setPlaceholderText(self.tr("empty: generated"))
        self.meaning = QLineEdit(objectName="add_meaning")
        self.tags = QLineEdit(objectName="add_tags")
        self.level = QLineEdit(objectName="add_level")
        for w in (self.expression, self.reading):
            w.setFont(jp)
        form.addRow(self.tr("&Deck:"), self.deck)
        form.addRow(self.tr("&Japanese:"), self.expression)
        form.addRow(self.tr("&Reading:"), self.reading)
        form.addRow(self.tr("&Meaning (English):"), self.meaning)
        form.addRow(self.tr("T&ags:"), self.tags)
        form.addRow(self.tr("&Level:"), self.level)
        layout.addLayout(form)
        self.preview = ReadingPreview(ctx, self, point_size=16)
        self.preview.corrections.hide()  # corrections are made in the browser's editor
        self.preview.attach(self.expression, self.reading)
        self.preview.set_deck(self.deck.currentData())
        self.deck.currentIndexChanged.connect(
            lambda: self.preview.set_deck(self.deck.currentData()))
        layout.addWidget(self.preview)
        self.status = QLabel(objectName="add_status")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add = buttons.addButton(self.tr("&Add"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.add.setObjectName("add_ok")
        self.add.setDefault(True)
        buttons.rejected.connect(self.reject)
        self.add.clicked.connect(self.save)
        layout.addWidget(buttons)

    def save(self) -> None:
        try:
            self.added = service.add_note(
                self.ctx.db, self.deck.currentData(), now=self.ctx.now(),
                expression=self.expression.text(), reading=self.reading.text(),
                meanings={"en": self.meaning.text()}, tags=self.tags.text().split(),
                level=self.level.text())
        except JpprepError as exc:
            self.status.setText(_error_text(exc))
            return
        except Exception as exc:
            actions = self.parent()
            if not isinstance(actions, NoteActions) or not actions.server_away(exc):
                raise
            self.status.setText(actions.away_text())  # the dialog stays, with what was typed
            self.adjustSize()  # room for the line's words (a dialog does not grow by itself)
            return
        self.accept()


class MoveDialog(QDialog):
    def __init__(self, decks: list[tuple[str, int]], count: int, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Move notes"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Move %Ln note(s) to:", "", count)))
        self.deck = QComboBox(objectName="move_deck")
        for name, did in decks:
            self.deck.addItem(name, did)
        layout.addWidget(self.deck)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.addButton(self.tr("&Move"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("move_ok")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class TagDialog(QDialog):
    """One tag, added to or removed from the selected notes (`action` says which)."""

    def __init__(self, count: int, parent=None):
        super().__init__(parent)
        self.action = ""
        self.setWindowTitle(self.tr("Tag notes"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("A tag for %Ln note(s):", "", count)))
        self.tag = QLineEdit(objectName="tag_text")
        self.tag.setPlaceholderText(self.tr("one word, e.g. lesson-3"))
        layout.addWidget(self.tag)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add = buttons.addButton(self.tr("&Add tag"), QDialogButtonBox.ButtonRole.ActionRole)
        self.remove = buttons.addButton(self.tr("&Remove tag"),
                                        QDialogButtonBox.ButtonRole.ActionRole)
        self.add.setObjectName("tag_add")
        self.remove.setObjectName("tag_remove")
        self.add.clicked.connect(lambda: self._done("add"))
        self.remove.clicked.connect(lambda: self._done("remove"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _done(self, action: str) -> None:
        self.action = action
        self.accept()


class NoteActions(QWidget):
    def __init__(self, ctx, host, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.host = ctx, host
        self.dialog: QDialog | None = None  # the one open now (tests reach it here)
        self.job = None
        row = FlowRow(self)  # onto two lines when the window is too narrow for six buttons
        self.add = QPushButton(self.tr("&New note…"), objectName="new_note")
        self.delete = QPushButton(self.tr("&Delete…"), objectName="delete_notes")
        self.move = QPushButton(self.tr("M&ove…"), objectName="move_notes")
        self.tag = QPushButton(self.tr("Ta&g…"), objectName="tag_notes")
        self.fill = QPushButton(self.tr("&Fill in readings"), objectName="fill_readings")
        self.fill.setToolTip(self.tr("Generate a reading for every note without one: the "
                                     "selected notes, or else the deck chosen above"))
        self.suspend = SuspendButton(ctx, host, self.server_away)  # the learner's own cards
        for b in (self.add, self.delete, self.move, self.tag, self.suspend, self.fill):
            row.addWidget(b)
        self.add.clicked.connect(self.add_note)
        self.delete.clicked.connect(self.delete_selected)
        self.move.clicked.connect(self.move_selected)
        self.tag.clicked.connect(self.tag_selected)
        self.fill.clicked.connect(self.fill_readings)
        # a lab may lock deck changes (one class database: every student shares the notes)
        for b in (self.add, self.move, self.tag, self.fill):
            b.setVisible(lab.allowed("edit_decks"))
        self.delete.setVisible(lab.allowed("delete_decks"))
        self.selection_changed(0)

    def away_text(self) -> str:
        return self.tr("Nothing was changed: the class server is not reachable. Try again when "
                       "it is back.")

    def server_away(self, exc) -> bool:
        """True when `exc` says the class server is away: nothing was done; the page's line
        says so, and the window's notice too."""
        from jpprep.ui.widgets.server_notice import is_disconnect

        if not is_disconnect(exc):
            return False
        self.host.say(self.away_text())
        window = self.window()
        if hasattr(window, "server_away"):
            window.server_away(exc)
        return True

    def selection_changed(self, count: int) -> None:
        for b in (self.delete, self.move, self.tag):
            b.setEnabled(count > 0)
        self.suspend.selection_changed(self.host.selected_rows() if count else [])

    def _open(self, dialog: QDialog, on_accept) -> QDialog:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(on_accept)
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        dialog.open()
        return dialog

    # -- add -----------------------------------------------------------------------------
    def add_note(self) -> None:
        if not lab.allowed("edit_decks"):  # the button is hidden; a shortcut must not do it
            return
        decks = self.host.deck_choices()
        if not decks:
            self.host.say(self.tr("There is no deck yet: import one first."))
            return
        dlg = AddNoteDialog(self.ctx, decks, self.host.deck_filter(), self)

        def added():
            row = dlg.added
            self.host.changed(select_id=row.id)
            self.host.say(self.tr("Added %1.").replace("%1", row.expression))
        self._open(dlg, added)

    # -- delete --------------------------------------------------------------------------
    def delete_selected(self) -> None:
        if not lab.allowed("delete_decks"):  # the button is hidden; a shortcut must not do it
            return
        ids = self.host.selected_ids()
        if not ids:
            return
        try:
            impact = service.delete_impact(self.ctx.db, ids)
        except JpprepError as exc:
            self.host.say(_error_text(exc))
            return
        except Exception as exc:
            if not self.server_away(exc):
                raise
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete notes"),
                          self.tr("Delete %Ln note(s)?", "", impact.notes), parent=self)
        box.setInformativeText(
            self.tr("Their %1 card(s) and %2 answer(s) by %3 learner(s) are deleted with "
                    "them. This cannot be undone.")
            .replace("%1", i18n.number(impact.cards)).replace("%2", i18n.number(impact.reviews))
            .replace("%3", i18n.number(impact.profiles)))
        box.setStandardButtons(QMessageBox.StandardButton.Cancel)
        ok = box.addButton(self.tr("&Delete"), QMessageBox.ButtonRole.DestructiveRole)
        ok.setObjectName("delete_ok")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.dialog = box
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(_button):
            self.dialog = None
            if box.clickedButton() is not ok:
                return
            try:
                gone = service.delete_notes(self.ctx.db, ids)
            except JpprepError as exc:
                self.host.say(_error_text(exc))
                return
            except Exception as exc:
                if not self.server_away(exc):
                    raise
                return
            self.host.changed()
            self.host.say(self.tr("Deleted %Ln note(s).", "", gone.notes))
        box.buttonClicked.connect(answered)
        box.open()

    # -- move ----------------------------------------------------------------------------
    def move_selected(self) -> None:
        if not lab.allowed("edit_decks"):  # the button is hidden; a shortcut must not do it
            return
        ids = self.host.selected_ids()
        if not ids:
            return
        dlg = MoveDialog(self.host.deck_choices(), len(ids), self)

        def moved():
            try:
                n = service.move_notes(self.ctx.db, ids, dlg.deck.currentData(),
                                       now=self.ctx.now())
            except JpprepError as exc:
                self.host.say(_error_text(exc))
                return
            except Exception as exc:
                if not self.server_away(exc):
                    raise
                return
            self.host.changed()
            self.host.say(self.tr("Moved %Ln note(s) to %1.", "", n)
                          .replace("%1", dlg.deck.currentText()))
        self._open(dlg, moved)

    # -- tags ----------------------------------------------------------------------------
    def tag_selected(self) -> None:
        if not lab.allowed("edit_decks"):  # the button is hidden; a shortcut must not do it
            return
        ids = self.host.selected_ids()
        if not ids:
            return
        dlg = TagDialog(len(ids), self)

        def tagged():
            tag = dlg.tag.text()
            try:
                kwargs = {"add": tag} if dlg.action == "add" else {"remove": tag}
                n = service.retag_notes(self.ctx.db, ids, now=self.ctx.now(), **kwargs)
            except JpprepError as exc:
                self.host.say(_error_text(exc))
                return
            except Exception as exc:
                if not self.server_away(exc):
                    raise
                return
            self.host.changed()
            self.host.say((self.tr("Tag %1 added to %Ln note(s).", "", n) if dlg.action == "add"
                           else self.tr("Tag %1 removed from %Ln note(s).", "", n))
                          .replace("%1", tag.strip()))
        self._open(dlg, tagged)

    # -- readings ------------------------------------------------------------------------
    def fill_readings(self) -> None:
        if not lab.allowed("edit_decks"):  # the button is hidden; a shortcut must not do it
            return
        ids = self.host.selected_ids()
        scope = {"note_ids": ids} if ids else {"deck_id": self.host.deck_filter()}
        try:
            missing = len(service.missing_reading_ids(self.ctx.db, **scope))
        except JpprepError as exc:
            self.host.say(_error_text(exc))
            return
        except Exception as exc:
            if not self.server_away(exc):
                raise
            return
        if missing == 0:
            self.host.say(self.tr("Every note here already has a reading."))
            return
        if missing < BACKGROUND_FROM:
            try:
                self._filled(service.fill_missing_readings(self.ctx.db, now=self.ctx.now(),
                                                           **scope))
            except JpprepError as exc:
                self.host.say(_error_text(exc))
            except Exception as exc:
                if not self.server_away(exc):
                    raise
            return
        from jpprep.ui.workers import run_in_background

        self.fill.setEnabled(False)
        self.host.say(self.tr("Filling in %Ln reading(s)…", "", missing))

        def failed(exc):
            self.fill.setEnabled(True)
            self.host.say(shown_text(exc))

        def progress(done, total, _text):
            self.host.say(self.tr("Filling in readings: %1 of %2…")
                          .replace("%1", i18n.number(done)).replace("%2", i18n.number(total)))

        self.job = run_in_background(service.fill_missing_readings, self.ctx.db,
                                     now=self.ctx.now(), on_done=self._filled, on_error=failed,
                                     on_progress=progress, **scope)

    def _filled(self, result: service.FillResult) -> None:
        self.job = None
        self.fill.setEnabled(True)
        self.host.changed()
        text = self.tr("Filled in %Ln reading(s); check them (they are marked as generated).",
                       "", result.filled)
        if result.filled < result.looked_at:
            text += " " + self.tr("%Ln note(s) could not be read.", "",
                                  result.looked_at - result.filled)
        self.host.say(text)
