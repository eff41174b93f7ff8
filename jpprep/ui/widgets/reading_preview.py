"""Live furigana preview for a note editor, and "Always read X as Y" (a reading correction).

`ReadingPreview.attach(expression_edit, reading_edit)` follows two QLineEdits: as either is
typed the furigana view shows the text with its reading. An empty reading field shows the
reading the engine would generate (with the corrections that apply) and says it is generated.
The correction row stores a shared correction (services/readings.set_override) for a word, in
this deck or in every deck; the engine then reads that word so wherever it appears.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jpprep.errors import JpprepError
from jpprep.ui.widgets.furigana import JP_FAMILY, FuriganaView


def _error_text(exc: JpprepError) -> str:
    try:
        from jpprep.ui.error_text import error_text

        return error_text(exc)
    except ImportError:  # older tree
        return str(exc)


class ReadingPreview(QWidget):
    """The preview and the correction row; `overrideChanged` after a correction is stored."""

    overrideChanged = Signal()

    def __init__(self, ctx, parent=None, point_size: int = 18) -> None:
        super().__init__(parent)
        self.setObjectName("reading_preview")
        self.ctx = ctx
        self.deck_id: int | None = None
        self._overrides: dict[str, str] = {}
        self._expression: QLineEdit | None = None
        self._reading: QLineEdit | None = None
        self.generated_reading = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.view = FuriganaView(self, point_size=point_size)
        self.view.setObjectName("furigana_preview")
        self.view.setAlignment(Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.view)
        self.mark = QLabel(objectName="preview_mark")
        self.mark.setWordWrap(True)
        layout.addWidget(self.mark)

        jp = QFont(JP_FAMILY)
        self.corrections = QWidget(self, objectName="corrections")  # may be placed elsewhere
        box = QVBoxLayout(self.corrections)
        box.setContentsMargins(0, 0, 0, 0)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        self.word = QLineEdit(objectName="override_word")
        self.word.setPlaceholderText(self.tr("word, e.g. 日本"))
        self.word_reading = QLineEdit(objectName="override_reading")
        self.word_reading.setPlaceholderText(self.tr("reading, e.g. にほん"))
        for w in (self.word, self.word_reading):
            w.setFont(jp)
        self.scope = QComboBox(objectName="override_scope")
        self.scope.addItem(self.tr("in this deck"), "deck")
        self.scope.addItem(self.tr("in every deck"), "all")
        self.save_override = QPushButton(self.tr("Sa&ve correction"), objectName="save_override")
        # labels above their fields, as in the note editor: beside them, Nepali's "as" and the
        # button made the row wider than the browser's editor at 150% text on a 1024x600 screen
        for row, w in enumerate((QLabel(self.tr("Always read")), self.word, QLabel(self.tr("as")),
                                 self.word_reading, self.scope, self.save_override)):
            grid.addWidget(w, row, 0)
        box.addLayout(grid)
        self.override_status = QLabel(objectName="override_status")
        self.override_status.setWordWrap(True)
        self.override_status.setTextFormat(Qt.TextFormat.PlainText)
        box.addWidget(self.override_status)
        layout.addWidget(self.corrections)
        self.save_override.clicked.connect(self.store_override)
        self.word.textChanged.connect(self._show_existing)

    # -- wiring --------------------------------------------------------------------------
    def attach(self, expression: QLineEdit, reading: QLineEdit) -> None:
        self._expression, self._reading = expression, reading
        expression.textChanged.connect(self.update_preview)
        reading.textChanged.connect(self.update_preview)
        self.update_preview()

    def set_deck(self, deck_id: int | None) -> None:
        """The deck of the note shown (its corrections apply); reads the corrections again."""
        from jpprep.services import readings

        self.deck_id = deck_id
        try:
            self._overrides = readings.effective_overrides(self.ctx.db, deck_id=deck_id)
        except JpprepError:
            self._overrides = {}
        self.word.setText(self._expression.text().strip() if self._expression else "")
        self.word_reading.setText(self._reading.text().strip() if self._reading else "")
        self.override_status.setText("")
        self._show_existing()
        self.update_preview()

    # -- preview -------------------------------------------------------------------------
    def update_preview(self) -> None:
        from jpprep.japanese import annotate
        from jpprep.services.note_actions import make_reading

        text = self._expression.text().strip() if self._expression else ""
        typed = self._reading.text().strip() if self._reading else ""
        self.generated_reading = ""
        segments = []
        if text:
            overrides = dict(self._overrides)
            if typed:
                overrides[text] = typed
            else:
                self.generated_reading = make_reading(text, self._overrides)
            try:
                segments = annotate(text, overrides or None)
            except Exception:  # the engine failed on odd text: show it plain
                segments = [(text, None)]
        self.view.setSegments(segments)
        self.view.setVisible(bool(segments))  # no note: no empty band above the fields
        if self.generated_reading:
            self.mark.setText(self.tr("Generated reading: %1 (nothing typed; check it)")
                              .replace("%1", self.generated_reading))
        else:
            self.mark.setText("")
        self.mark.setVisible(bool(self.generated_reading))

    # -- correction ----------------------------------------------------------------------
    def _scope_deck(self) -> int | None:
        return self.deck_id if self.scope.currentData() == "deck" else None

    def _show_existing(self) -> None:
        word = self.word.text().strip()
        known = self._overrides.get(word)
        self.override_status.setText(
            self.tr("Now always read as %1.").replace("%1", known) if word and known else "")

    def store_override(self) -> bool:
        from jpprep.services import readings

        if self.scope.currentData() == "deck" and self.deck_id is None:
            self.override_status.setText(self.tr("Choose a note first, or save it for every "
                                                 "deck."))
            return False
        try:
            info = readings.set_override(self.ctx.db, self.word.text(), self.word_reading.text(),
                                         deck_id=self._scope_deck(), now=self.ctx.now())
        except JpprepError as exc:
            self.override_status.setText(_error_text(exc))
            return False
        self._overrides = readings.effective_overrides(self.ctx.db, deck_id=self.deck_id)
        self.update_preview()
        self.override_status.setText(self.tr("Saved: %1 is now always read %2.")
                                     .replace("%1", info.surface).replace("%2", info.reading))
        self.overrideChanged.emit()
        return True
