"""The note editor: Japanese, reading, English meaning, tags and level of one note.

The deck browser shows it beside its list; the reviewer opens it in a dialog ("e") for the
card being studied. Saving goes through jpprep.services.browser.update_note, which keeps the
note's cards and everyone's progress.

On a class server that cannot be reached, Save stores nothing (one transaction) and says so in
the interface language under the fields, which keep what was typed; `serverAway` carries the
error so the page can say it too. The edit is not queued on this PC: notes are shared by the
class, and an edit sent later could overwrite a teacher's newer one (docs/lab-setup.md).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jpprep import lab
from jpprep.errors import JpprepError
from jpprep.services import browser as service
from jpprep.ui.error_text import error_text

JP_FAMILY = "Noto Sans JP"


class _Line(QLabel):
    """A line of text that takes room only while it says something: an empty label still takes
    a line's height (41 px of Urdu at 150% text), which the deck browser's editor, 131 px high
    on a 1024x600 screen, needed for the Japanese field."""

    def setText(self, text: str) -> None:  # noqa: N802 (Qt name)
        super().setText(text)
        self.setVisible(bool(text))


class NoteEditor(QWidget):
    """The form; `saved` carries the stored NoteRow after a save, `serverAway` the error of a
    save that could not reach the class server."""

    saved = Signal(object)
    serverAway = Signal(object)

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("editor")
        self.ctx = ctx
        self.current: service.NoteRow | None = None
        self.kept_edit: int | None = None  # the note whose edit is not saved (server away)
        jp = QFont(JP_FAMILY)
        form = QFormLayout(self)
        self.expression = QLineEdit(objectName="expression")
        self.reading = QLineEdit(objectName="reading")
        self.meaning = QLineEdit(objectName="meaning")
        self.tags = QLineEdit(objectName="tags")
        self.note_level = QLineEdit(objectName="note_level")
        for w in (self.expression, self.reading):
            w.setFont(jp)
        form.addRow(self.tr("&Japanese:"), self.expression)
        form.addRow(self.tr("&Reading:"), self.reading)
        form.addRow(self.tr("&Meaning (English):"), self.meaning)
        form.addRow(self.tr("T&ags:"), self.tags)
        form.addRow(self.tr("&Level:"), self.note_level)
        self.generated = _Line(objectName="generated")
        self.generated.setWordWrap(True)
        form.addRow(self.generated)
        self.save = QPushButton(self.tr("&Save"), objectName="save")
        self.save.setEnabled(False)
        form.addRow(self.save)
        self.status = _Line(objectName="status")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(self.status)
        self.generated.setText("")
        self.status.setText("")
        self.save.clicked.connect(self.save_note)
        # a lab may lock deck changes: in a class database every student shares the notes
        self.locked = not lab.allowed("edit_decks")
        if self.locked:
            for w in (self.expression, self.reading, self.meaning, self.tags, self.note_level):
                w.setReadOnly(True)
            self.save.hide()

    def show_note(self, row: service.NoteRow | None) -> None:
        if row is not None and row.id == self.kept_edit:  # the same note again (read afresh
            self.current = row  # once the server is back): what was typed stays
            self.save.setEnabled(not self.locked)
            return
        self.kept_edit = None
        self.current = row
        self.save.setEnabled(row is not None and not self.locked)
        if self.locked:
            self.status.setText(self.tr("Your training centre has locked changes to decks."))
        else:
            self.status.setText("" if row else self.tr("Choose a note in the list to edit it."))
        self.expression.setText(row.expression if row else "")
        self.reading.setText(row.reading if row else "")
        self.meaning.setText(row.meanings.get("en", "") if row else "")
        self.tags.setText(" ".join(row.tags) if row else "")
        self.note_level.setText(row.level or "" if row else "")
        for field in (self.expression, self.reading, self.meaning, self.tags, self.note_level):
            field.setCursorPosition(0)  # a long meaning shows its beginning, not its end
        self.generated.setText(self.tr("This reading was generated; check it and correct it if "
                                       "needed.") if row and row.reading_generated else "")

    def save_note(self) -> service.NoteRow | None:
        if self.current is None or self.locked:
            return None
        meanings = dict(self.current.meanings)
        meanings["en"] = self.meaning.text()
        try:
            saved = service.update_note(self.ctx.db, self.current.id, now=self.ctx.now(),
                                        expression=self.expression.text(),
                                        reading=self.reading.text(), meanings=meanings,
                                        tags=self.tags.text().split(),
                                        level=self.note_level.text())
        except JpprepError as exc:
            self.status.setText(error_text(exc))
            return None
        except Exception as exc:
            from jpprep.ui.widgets.server_notice import is_disconnect

            if not is_disconnect(exc):
                raise
            self.kept_edit = self.current.id
            self.status.setText(self.tr("Not saved: the class server is not reachable. Your "
                                        "changes are still here; press Save again when it is "
                                        "back."))
            self.serverAway.emit(exc)
            return None
        self.kept_edit = None
        self.current = saved
        self.status.setText(self.tr("Saved."))
        self.saved.emit(saved)
        return saved

    def server_back(self) -> None:
        """The class server answered again: an edit it could not take can be saved now."""
        if self.kept_edit is not None:
            self.status.setText(self.tr("The class server is back: press Save to store your "
                                        "changes."))


class NoteEditorDialog(QDialog):
    """The editor on its own, for one note, under the live furigana of what is typed (as in the
    deck browser; reading corrections stay in the browser): Save stores and closes, Esc closes."""

    def __init__(self, ctx, row: service.NoteRow, parent=None, deck_id: int | None = None) -> None:
        from jpprep.ui.widgets.reading_preview import ReadingPreview

        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit note"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        self.editor = NoteEditor(ctx, self)
        self.editor.show_note(row)
        self.preview = ReadingPreview(ctx, self)
        self.preview.corrections.hide()
        self.preview.attach(self.editor.expression, self.editor.reading)
        self.preview.set_deck(deck_id)
        layout.addWidget(self.preview)
        layout.addWidget(self.editor)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.editor.save.setDefault(True)
        self.editor.saved.connect(lambda _row: self.accept())
        # a message under Save (not saved, the server away) gets its lines: a dialog does not
        # grow by itself for a label that wraps
        self.editor.save.clicked.connect(lambda: self.isVisible() and self.adjustSize())
        self.editor.expression.setFocus()
