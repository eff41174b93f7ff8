"""Deck browser: search notes by text (kanji, kana or romaji), tag, deck, level, sector and card
state; sort by a column header; edit a note with a live furigana preview and reading
corrections; add, delete, move and tag notes; fill in missing readings.

Everything shown is plain text (fields from imported decks are never rendered as HTML). The page
calls jpprep.services only; editing keeps the note's cards and everyone's progress. The editor is
jpprep.ui.widgets.note_editor (the reviewer opens the same one), the preview and corrections
jpprep.ui.widgets.reading_preview, the buttons jpprep.ui.widgets.note_actions.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QStyleOptionComboBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
import shiboken6

from jpprep import lab
from jpprep.services import browser as service
from jpprep.ui import i18n
from jpprep.ui.widgets.flow_row import FlowRow, least_height_for_width
from jpprep.ui.widgets.note_actions import NoteActions
from jpprep.ui.widgets.note_editor import NoteEditor
from jpprep.ui.widgets.reading_preview import ReadingPreview

JP_FAMILY = "Noto Sans JP"
LEVELS = ["N5", "N4", "N3", "N2", "N1"]
SHORT_COLUMNS = (3, 5)  # tags, deck: at most SHORT_WIDTH px, so meaning and level stay in view
SHORT_WIDTH = 110
SORT_COLUMNS = {0: "japanese", 1: "reading", 4: "level", 5: "deck", 6: "added"}
TYPING_PAUSE_FROM = 20_000  # notes: from here a search waits for typing to pause (~40 ms each)
EDITOR_WIDTH = 250  # px at least for the editor, its preview and the correction row
ADDED_FROM = 720  # px of list: narrower (a 1024x600 screen), the Added column is left out
MEANING_SHARE, MEANING_MIN = 0.3, 140  # the meaning column's part of the list's width, px
COLUMN_FLOOR = 56  # px: a column squeezed below its heading still shows its first characters


class _SideScroll(QScrollArea):
    """A vertical scroll area that gives its widget the height its wrapped text needs at the
    width it has (QScrollArea alone ignores height-for-width, so labels were squeezed)."""

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()

    def eventFilter(self, obj, event) -> bool:
        if obj is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.fit()
        return super().eventFilter(obj, event)

    def fit(self) -> None:
        w = self.widget()
        if w is not None and w.layout() is not None:
            need = w.layout().totalHeightForWidth(self.viewport().width())
            if need > 0 and w.minimumHeight() != need:
                w.setMinimumHeight(need)


def japanese_font() -> QFont:
    """Noto Sans JP, then the interface's own fonts: a Devanagari or Urdu letter in a cell (a
    Nepali deck name) comes from the bundled script font, not from whatever font the system's
    fallback finds for that script. Size and weight are the widget's."""
    font = QFont(JP_FAMILY)
    font.setFamilies([JP_FAMILY, *[f for f in QApplication.font().families() if f != JP_FAMILY]])
    return font


def interface_font() -> QFont:
    """The interface's fonts alone (size and weight the widget's): for the interface's own
    words and digits in the list, such as the date added in Nepali digits, which were drawn by
    fallback beside the Japanese font's Latin and hyphens."""
    font = QFont()
    font.setFamilies(QApplication.font().families())
    return font


def _pair_rows(form: QFormLayout, editor: NoteEditor) -> None:
    """The editor's fields two to a line where they are short (Japanese and reading, tags and
    level), each label above its field: five label-and-field rows were more than the side
    pane of a 1024x600 screen at 150% text. The form keeps Save and the message line."""
    grid = QGridLayout()
    grid.setContentsMargins(0, 0, 0, 0)
    grid.setVerticalSpacing(form.verticalSpacing() if form.verticalSpacing() >= 0 else 6)
    places = {editor.expression: (0, 0, 1), editor.reading: (0, 1, 1),
              editor.meaning: (2, 0, 2), editor.tags: (4, 0, 1), editor.note_level: (4, 1, 1),
              editor.generated: (6, 0, 2)}
    for field, (row, col, span) in places.items():
        taken = form.takeRow(field)
        label = taken.labelItem.widget() if taken.labelItem is not None else None
        for item in (taken.labelItem, taken.fieldItem):
            if item is not None:
                shiboken6.delete(item)
        if label is not None:
            grid.addWidget(label, row, col, 1, span)
            row += 1
        grid.addWidget(field, row, col, 1, span)
    grid.setColumnStretch(0, 1)
    grid.setColumnStretch(1, 1)
    form.insertRow(0, grid)


def _fit_first_item(combo: QComboBox) -> None:
    """At least as wide as its first item ("All sectors"): longer items may be cut."""
    opt = QStyleOptionComboBox()
    combo.initStyleOption(opt)
    fm = combo.fontMetrics()
    text = QSize(fm.horizontalAdvance(combo.itemText(0)), fm.height())
    combo.setMinimumWidth(combo.style().sizeFromContents(
        QStyle.ContentsType.CT_ComboBox, opt, text, combo).width())


class BrowserPage(QWidget):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[service.NoteRow] = []
        self.sort_key, self.sort_desc = "", False
        jp = japanese_font()
        page_layout = QVBoxLayout(self)
        page_layout.setContentsMargins(24, 20, 24, 20)
        # the list and all that finds it on the one side, the note's editor the whole height of
        # the page on the other: below the filters it had 263 px on a 1024x600 screen at 150%
        # text, and the Urdu editor scrolled there (its fields alone need more)
        self.lists = QWidget(objectName="lists")
        outer = QVBoxLayout(self.lists)
        outer.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Browse decks"))
        f = title.font()
        f.setPointSizeF(f.pointSizeF() * 1.6)
        f.setBold(True)
        title.setFont(f)
        outer.addWidget(title)

        filters = FlowRow()  # wraps onto a second line on a narrow screen or at large text
        self.search = QLineEdit(objectName="search")
        self.search.setPlaceholderText(self.tr("Search Japanese, reading, romaji or meaning"))
        self.search.setClearButtonEnabled(True)
        self.tag = QLineEdit(objectName="tag")
        self.tag.setPlaceholderText(self.tr("Tag"))
        self.deck = QComboBox(objectName="deck")
        self.level = QComboBox(objectName="level")
        self.level.addItem(self.tr("All levels"), "")
        for lv in LEVELS:
            self.level.addItem(lv, lv)
        self.sector = QComboBox(objectName="sector")
        self.state = QComboBox(objectName="state")
        self.state.addItem(self.tr("Any state"), "")
        for key, label in (("new", self.tr("New")), ("learning", self.tr("Learning")),
                           ("review", self.tr("Review")), ("suspended", self.tr("Suspended")),
                           ("buried", self.tr("Buried"))):
            self.state.addItem(label, key)
        self.state.setToolTip(self.tr("Notes with a card in this state for you"))
        # the short combo boxes keep their width: on a second line they do not fill it
        for w, stretch in ((self.search, 3), (self.tag, 1), (self.deck, 2), (self.level, 0),
                           (self.sector, 0), (self.state, 0)):
            if w in (self.level, self.state):  # short words: shown whole in every language
                w.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            elif isinstance(w, QComboBox):  # long deck names must not push the row off screen
                w.setMinimumContentsLength(4)
                w.setSizeAdjustPolicy(
                    QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            filters.addWidget(w, stretch)
        outer.addLayout(filters)

        line = FlowRow()  # the count, then the buttons (wrapping themselves when need be)
        self.count = QLabel(objectName="count")
        line.addWidget(self.count)
        self.actions = NoteActions(ctx, self, self)
        line.addWidget(self.actions, 1)
        outer.addLayout(line)
        self.message = QLabel(objectName="message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()  # an empty line would take room from the list on a 600 px screen
        outer.addWidget(self.message)

        split = QSplitter(Qt.Orientation.Horizontal)
        self.table = QTableWidget(0, 7, objectName="results")
        self.table.setHorizontalHeaderLabels([self.tr("Japanese"), self.tr("Reading"),
                                              self.tr("Meaning"), self.tr("Tags"),
                                              self.tr("Level"), self.tr("Deck"),
                                              self.tr("Added")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setFont(jp)
        self.table.setWordWrap(False)  # one line per note, elided (a wrapped line was cut in half)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(False)
        header.sectionClicked.connect(self.sort_by)
        # Qt's default grows with the font's line height: 84 px in Urdu's Nastaliq, which
        # squeezed the meaning on a 1024x600 screen
        header.setMinimumSectionSize(40)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        newest = QAction(self.tr("Sort by date added (newest first)"), header)
        newest.triggered.connect(lambda: self.sort_by(6, descending=True))
        header.addAction(newest)
        header.setToolTip(self.tr("Click a column title to sort; right-click to sort by the "
                                  "date added"))
        outer.addWidget(self.table, 1)
        split.addWidget(self.lists)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        self.editor = NoteEditor(ctx, side)
        form = self.editor.layout()
        if isinstance(form, QFormLayout):  # labels above the fields: the list keeps its width
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
            # no margins of its own in the side pane: 11 px more for the fields each way (at
            # 1024x600 and 150% the Urdu Japanese field was below the pane's fold)
            form.setContentsMargins(0, 0, 0, 0)
            _pair_rows(form, self.editor)
        self.preview = ReadingPreview(ctx, side)
        self.preview.attach(self.editor.expression, self.editor.reading)
        side_layout.addWidget(self.preview)  # the furigana above the fields typed
        side_layout.addWidget(self.editor)
        # "Always read ... as ..." below, shown on demand: its six lines made the editor scroll
        self.corrections_button = QPushButton(self.tr("Reading corrections"),
                                              objectName="corrections_button")
        self.corrections_button.setCheckable(True)
        self.corrections_button.toggled.connect(self.preview.corrections.setVisible)
        side_layout.addWidget(self.corrections_button)
        side_layout.addWidget(self.preview.corrections)
        self.preview.corrections.hide()
        self.corrections_button.setVisible(lab.allowed("edit_decks"))  # a lab may lock it
        side_layout.addStretch(1)
        scroll = _SideScroll(objectName="editor_scroll")
        scroll.setWidget(side)
        side.installEventFilter(scroll)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # the corrections, once asked for, are scrolled into view (they open below the fold)
        self.corrections_button.toggled.connect(lambda on: on and QTimer.singleShot(
            0, lambda: scroll.ensureWidgetVisible(self.preview.corrections)))
        # Save and what it says stay under the scrolled fields: on a 600 px screen they were
        # below the fold
        pane = QWidget(objectName="editor_pane")
        pane_layout = QVBoxLayout(pane)
        pane_layout.setContentsMargins(0, 0, 0, 0)
        pane_layout.addWidget(scroll, 1)
        if isinstance(form, QFormLayout):
            for w in (self.editor.save, self.editor.status):
                taken = form.takeRow(w)
                # the form's layout items go: Qt keeps the first item a widget had as the one
                # whose height-for-width it forgets on a change, so the new layout's item kept
                # the height of the first text ("Saved.": one line) and a longer message lost
                # its second line
                for item in (taken.labelItem, taken.fieldItem):
                    if item is not None:
                        shiboken6.delete(item)
                pane_layout.addWidget(w)
        # at least as wide as the widest field, label or button in it (long at 150% text), so
        # the fields are not cut off at the right of a scroll area that cannot scroll sideways
        pane.setMinimumWidth(max(EDITOR_WIDTH, side.minimumSizeHint().width()
                                 + scroll.verticalScrollBar().sizeHint().width()))
        split.addWidget(pane)
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        self.split = split
        page_layout.addWidget(split, 1)
        # the editor's fields, as the page had them (tests and the reviewer's dialog use these)
        self.expression, self.reading = self.editor.expression, self.editor.reading
        self.meaning, self.tags = self.editor.meaning, self.editor.tags
        self.note_level, self.generated = self.editor.note_level, self.editor.generated
        self.save, self.status = self.editor.save, self.editor.status

        # typing: at once on a small database; on a big one (150-300 ms a search at 100,000
        # notes) once typing pauses, so keys are not held up by a search per key
        self.notes_total = 0
        self.typing = QTimer(self, singleShot=True, interval=300)
        self.typing.timeout.connect(self.run_search)
        self.search.textChanged.connect(self._typed)
        self.tag.textChanged.connect(self._typed)
        for combo in (self.deck, self.level, self.sector, self.state):
            combo.currentIndexChanged.connect(self.run_search)
        self.table.itemSelectionChanged.connect(self._selected)
        self.editor.saved.connect(lambda row: self.changed(select_id=row.id, saved=True))
        self.editor.serverAway.connect(self._server_away)
        self.preview.overrideChanged.connect(lambda: self.say(""))

    # ------------------------------------------------------------------ data
    def refresh(self, select_id: int | None = None) -> None:
        if select_id is None:  # an edit the server could not take stays in front
            select_id = self.editor.kept_edit
        keep = self.deck.currentData()
        decks = service.list_decks(self.ctx.db)
        sectors = service.list_sectors(self.ctx.db)
        self.notes_total = sum(d.notes for d in decks)
        self.deck.blockSignals(True)  # read first: a server that went away leaves it as it was
        self.deck.clear()
        self.deck.addItem(self.tr("All decks"), None)
        for d in decks:
            self.deck.addItem(d.name, d.id)
        self.deck.setCurrentIndex(max(self.deck.findData(keep), 0))
        self.deck.blockSignals(False)
        keep = self.sector.currentData()
        self.sector.blockSignals(True)
        self.sector.clear()
        self.sector.addItem(self.tr("All sectors"), "")
        for s in sectors:
            self.sector.addItem(s, s)
        self.sector.setCurrentIndex(max(self.sector.findData(keep), 0))
        self.sector.setEnabled(bool(sectors))
        for combo in (self.deck, self.sector):  # "All decks", "All sectors" shown whole
            _fit_first_item(combo)
        self.sector.blockSignals(False)
        self.run_search(select_id=select_id)
        self.editor.server_back()  # the server answered: an edit kept here can be saved

    def _server_away(self, exc) -> None:
        """Save found the class server away: the editor says so; the window's notice too."""
        window = self.window()
        if hasattr(window, "server_away"):
            window.server_away(exc)

    def sort_by(self, column: int, descending: bool | None = None) -> None:
        """A header click: sort by that column, a second click the other way round."""
        key = SORT_COLUMNS.get(column)
        if key is None:
            return
        if descending is not None:
            self.sort_desc = descending
        else:
            self.sort_desc = not self.sort_desc if key == self.sort_key else key == "added"
        self.sort_key = key
        header = self.table.horizontalHeader()
        header.setSortIndicatorShown(True)
        header.setSortIndicator(column, Qt.SortOrder.DescendingOrder if self.sort_desc
                                else Qt.SortOrder.AscendingOrder)
        self.run_search()

    def _typed(self) -> None:
        if self.notes_total < TYPING_PAUSE_FROM:
            self.run_search()
        else:
            self.typing.start()

    def run_search(self, *, select_id: int | None = None) -> None:
        self.typing.stop()
        result = service.search_notes(self.ctx.db, text=self.search.text(), tag=self.tag.text(),
                                      deck_id=self.deck.currentData(),
                                      level=self.level.currentData() or "",
                                      sector=self.sector.currentData() or "",
                                      state=self.state.currentData() or "",
                                      profile_id=self.ctx.profile_id, sort=self.sort_key,
                                      descending=self.sort_desc)
        self.rows = result.rows
        self.table.blockSignals(True)
        self.table.clearSelection()
        self.table.setRowCount(len(self.rows))
        date_font = interface_font()
        for r, row in enumerate(self.rows):
            meaning = row.meanings.get("en") or next(iter(row.meanings.values()), "")
            added = i18n.digits(time.strftime("%Y-%m-%d", time.gmtime(row.created_ms / 1000))) \
                if row.created_ms else ""  # the language's digits; sorting is by the service
            for c, text in enumerate([row.expression, row.reading, meaning, " ".join(row.tags),
                                      row.level or "", row.deck, added]):
                item = QTableWidgetItem(text.replace("\n", " "))
                item.setToolTip(item.text())  # the whole text of an elided cell
                if c == 6:  # the date: the interface's digits in the interface's font
                    item.setFont(date_font)
                self.table.setItem(r, c, item)
        self.table.blockSignals(False)
        shown = len(self.rows)
        self.count.setText(self.tr("%Ln note(s)", "", result.total) if shown == result.total
                           else self.tr("Showing %1 of %2 notes").replace("%1", i18n.number(shown))
                           .replace("%2", i18n.number(result.total)))
        self._fit_columns()
        for r, row in enumerate(self.rows):
            if row.id == select_id:
                # not selectRow(): in a right-to-left table (Urdu) it selects nothing
                flags = QItemSelectionModel.SelectionFlag
                self.table.setCurrentCell(r, 0, flags.ClearAndSelect | flags.Rows)
                return
        self._selected()

    def _fit_columns(self) -> None:
        """Every column in view, the meaning with at least MEANING_SHARE of the width: the
        Japanese, reading, tags and deck columns give up room in proportion when the list is
        narrow (a 1024x600 screen); their whole text stays in the tooltip. Their headings stay
        whole (the meaning gives up its share down to MEANING_MIN for them): squeezed with
        the cells, "Tiếng Nhật" was cut at 150% text. Only when even that is too little is a
        heading elided, its whole text in its tooltip."""
        header = self.table.horizontalHeader()
        self.table.setColumnHidden(6, self.table.width() < ADDED_FROM)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        fixed = 0
        for c in (4, 6):  # level and date added: short, always whole
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
            if not self.table.isColumnHidden(c):
                fixed += max(header.sectionSizeHint(c), self.table.sizeHintForColumn(c))
        heads = {c: header.sectionSizeHint(c) for c in (0, 1, *SHORT_COLUMNS)}
        want = {c: max(heads[c], self.table.sizeHintForColumn(c)) for c in heads}
        for c in SHORT_COLUMNS:  # tags and deck names are long: shown in part
            want[c] = max(heads[c], min(SHORT_WIDTH, want[c]))
        shown = self.table.viewport().width()
        room = shown - fixed - max(MEANING_MIN, int(shown * MEANING_SHARE))
        if sum(want.values()) <= room:
            sizes = want
        elif sum(heads.values()) <= room:  # headings whole, the cells' extra in proportion
            extra = (room - sum(heads.values())) / max(sum(want.values()) - sum(heads.values()), 1)
            sizes = {c: heads[c] + int((want[c] - heads[c]) * extra) for c in heads}
        else:
            room = max(room, shown - fixed - MEANING_MIN)
            scale = min(1.0, max(room, 0) / max(sum(heads.values()), 1))
            sizes = {c: max(min(COLUMN_FLOOR, heads[c]), int(heads[c] * scale)) for c in heads}
        hint = header.toolTip()
        for c, width in sizes.items():
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(c, width)
            item = self.table.horizontalHeaderItem(c)
            if item is not None:  # an elided heading: its whole text on hover (else the hint)
                item.setData(Qt.ItemDataRole.ToolTipRole,
                             f"{item.text()}\n{hint}" if width < heads[c] else None)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt name)
        """What the main window's scroll area asks: the least height at this width, with the
        filters and buttons on as many lines as they need at the list's side's width; the list
        and editor take the rest."""
        m = self.layout().contentsMargins()
        inner = width - m.left() - m.right() - self.split.handleWidth()
        sizes = self.split.sizes()
        share = sizes[0] / sum(sizes) if sum(sizes) > 0 else 5 / 7
        left = max(min(int(inner * share), inner - self.split.widget(1).minimumWidth()), 0)
        return m.top() + m.bottom() + max(least_height_for_width(self.lists.layout(), left),
                                          self.split.widget(1).minimumSizeHint().height())

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.actions.selection_changed(len(rows))
        row = self.rows[rows[0].row()] if len(rows) == 1 else None
        self.editor.show_note(row)
        if len(rows) > 1:
            self.editor.status.setText(self.tr("%Ln notes selected: delete, move, tag, suspend "
                                               "or unsuspend them with the buttons above.", "",
                                               len(rows)))
        self.preview.setEnabled(row is not None)
        self.preview.set_deck(row.deck_id if row else None)

    # ------------------------------------------------------------------ for NoteActions
    def selected_ids(self) -> list[int]:
        return [row.id for row in self.selected_rows()]

    def selected_rows(self) -> list[service.NoteRow]:
        return [self.rows[i.row()] for i in self.table.selectionModel().selectedRows()]

    def select_notes(self, ids) -> None:
        """Select these notes where the list shows them (after Suspend, so that pressing it
        again undoes it). One selection change; not selectRow (nothing in a right-to-left
        table)."""
        want, chosen = set(ids), QItemSelection()
        model = self.table.model()
        for r, row in enumerate(self.rows):
            if row.id in want:
                chosen.select(model.index(r, 0), model.index(r, model.columnCount() - 1))
        if chosen.isEmpty():
            return
        flags = QItemSelectionModel.SelectionFlag
        self.table.selectionModel().setCurrentIndex(chosen.indexes()[0], flags.NoUpdate)
        self.table.selectionModel().select(chosen, flags.ClearAndSelect | flags.Rows)

    def deck_filter(self) -> int | None:
        return self.deck.currentData()

    def deck_choices(self) -> list[tuple[str, int]]:
        return [(self.deck.itemText(i), self.deck.itemData(i)) for i in range(self.deck.count())
                if self.deck.itemData(i) is not None]

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def changed(self, select_id: int | None = None, saved: bool = False) -> None:
        """Notes changed: search again (decks and sectors too) and select that note."""
        if saved:  # the editor saved one note: keep it selected and say so
            self.run_search(select_id=select_id)
            self.editor.status.setText(self.tr("Saved."))
            return
        self.refresh(select_id=select_id)
