"""Deck browser: search notes by text, tag, deck and level; edit one note.

Everything shown is plain text (fields from imported decks are never rendered as HTML). The page
calls jpprep.services.browser only; editing keeps the note's cards and everyone's progress.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jpprep.errors import JpprepError
from jpprep.services import browser as service
from jpprep.ui.error_text import error_text

JP_FAMILY = "Noto Sans JP"
LEVELS = ["N5", "N4", "N3", "N2", "N1"]
SHORT_COLUMNS = (3, 5)  # tags, deck: at most SHORT_WIDTH px, so meaning and level stay in view
SHORT_WIDTH = 110


class BrowserPage(QWidget):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[service.NoteRow] = []
        self.current: service.NoteRow | None = None
        jp = QFont(JP_FAMILY)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 20)
        title = QLabel(self.tr("Browse decks"))
        f = title.font()
        f.setPointSizeF(f.pointSizeF() * 1.6)
        f.setBold(True)
        title.setFont(f)
        outer.addWidget(title)

        filters = QHBoxLayout()
        self.search = QLineEdit(objectName="search")
        self.search.setPlaceholderText(self.tr("Search Japanese, reading or meaning"))
        self.search.setClearButtonEnabled(True)
        self.tag = QLineEdit(objectName="tag")
        self.tag.setPlaceholderText(self.tr("Tag"))
        self.deck = QComboBox(objectName="deck")
        self.level = QComboBox(objectName="level")
        self.level.addItem(self.tr("All levels"), "")
        for lv in LEVELS:
            self.level.addItem(lv, lv)
        filters.addWidget(self.search, 3)
        filters.addWidget(self.tag, 1)
        filters.addWidget(self.deck, 2)
        filters.addWidget(self.level, 1)
        outer.addLayout(filters)
        self.count = QLabel(objectName="count")
        outer.addWidget(self.count)

        split = QSplitter(Qt.Orientation.Horizontal)
        self.table = QTableWidget(0, 6, objectName="results")
        self.table.setHorizontalHeaderLabels([self.tr("Japanese"), self.tr("Reading"),
                                              self.tr("Meaning"), self.tr("Tags"),
                                              self.tr("Level"), self.tr("Deck")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setFont(jp)
        self.table.setWordWrap(False)  # one line per note, elided (a wrapped line was cut in half)
        split.addWidget(self.table)

        editor = QWidget(objectName="editor")
        form = QFormLayout(editor)
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
        self.generated = QLabel(objectName="generated")
        self.generated.setWordWrap(True)
        form.addRow(self.generated)
        self.save = QPushButton(self.tr("&Save"), objectName="save")
        self.save.setEnabled(False)
        form.addRow(self.save)
        self.status = QLabel(objectName="status")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(self.status)
        split.addWidget(editor)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        outer.addWidget(split, 1)

        self.search.textChanged.connect(self.run_search)
        self.tag.textChanged.connect(self.run_search)
        self.deck.currentIndexChanged.connect(self.run_search)
        self.level.currentIndexChanged.connect(self.run_search)
        self.table.itemSelectionChanged.connect(self._selected)
        self.save.clicked.connect(self.save_note)

    # ------------------------------------------------------------------ data
    def refresh(self) -> None:
        keep = self.deck.currentData()
        decks = service.list_decks(self.ctx.db)
        self.deck.blockSignals(True)  # read first: a server that went away leaves it as it was
        self.deck.clear()
        self.deck.addItem(self.tr("All decks"), None)
        for d in decks:
            self.deck.addItem(d.name, d.id)
        i = self.deck.findData(keep)
        self.deck.setCurrentIndex(max(i, 0))
        self.deck.blockSignals(False)
        self.run_search()

    def run_search(self) -> None:
        result = service.search_notes(self.ctx.db, text=self.search.text(), tag=self.tag.text(),
                                      deck_id=self.deck.currentData(),
                                      level=self.level.currentData() or "")
        self.rows = result.rows
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            meaning = row.meanings.get("en") or next(iter(row.meanings.values()), "")
            for c, text in enumerate([row.expression, row.reading, meaning, " ".join(row.tags),
                                      row.level or "", row.deck]):
                item = QTableWidgetItem(text.replace("\n", " "))
                item.setToolTip(item.text())  # the whole text of an elided cell
                self.table.setItem(r, c, item)
        shown = len(self.rows)
        self.count.setText(self.tr("%n note(s)", "", result.total) if shown == result.total
                           else self.tr("Showing %1 of %2 notes").replace("%1", str(shown))
                           .replace("%2", str(result.total)))
        header = self.table.horizontalHeader()
        for c in range(self.table.columnCount()):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for c in SHORT_COLUMNS:  # tags and deck names are long: shown in part (whole in the tooltip)
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(c, min(SHORT_WIDTH, max(header.sectionSizeHint(c),
                                                        self.table.sizeHintForColumn(c))))
        self._show(None)

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self._show(self.rows[rows[0].row()] if rows else None)

    def _show(self, row: service.NoteRow | None) -> None:
        self.current = row
        self.save.setEnabled(row is not None)
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

    def save_note(self) -> None:
        if self.current is None:
            return
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
            return
        note_id = saved.id
        self.run_search()
        for r, row in enumerate(self.rows):
            if row.id == note_id:
                self.table.selectRow(r)
                break
        self.status.setText(self.tr("Saved."))
