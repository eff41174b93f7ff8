"""The deck browser's Suspend / Unsuspend button (Anki's Toggle Suspend, Ctrl+J).

It acts on every card of the selected notes for the current profile, in one transaction and
one undo entry (jpprep.services.study.suspend_notes: the reviewer's u takes it back). Its label
says what it will do: "Unsuspend" when a card of a selected note is suspended for this
profile (so with the state filter on "Suspended" it always offers Unsuspend), else "Suspend";
pressed again it does the other. The host (the browser page) gives `selected_rows()` (the
selected NoteRows, whose `suspended` the search filled in), `say(text)`, `changed()` and
`select_notes(ids)`. Suspending is the learner's own progress, so a lab that locks changes to
decks still offers it. On a class server that cannot be reached nothing is changed, and the
page's line says so (`away(exc)`, NoteActions.server_away).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton, QWidget

from jpprep.errors import JpprepError
from jpprep.services import study
from jpprep.ui import i18n
from jpprep.ui.error_text import error_text

SHORTCUT = "Ctrl+J"  # as in Anki's browser


class SuspendButton(QPushButton):
    def __init__(self, ctx, host, away, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="suspend_notes")
        self.ctx, self.host, self.away = ctx, host, away
        self.unsuspends = False  # what a press does now: unsuspend (True) or suspend
        # the page's own shortcut: wherever the focus is on it (the list, the search field)
        scope = host if isinstance(host, QWidget) else self
        self.shortcut = QShortcut(QKeySequence(SHORTCUT), scope, self._shortcut,
                                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.clicked.connect(self.toggle)
        self.selection_changed([])

    def selection_changed(self, rows) -> None:
        """The label for these selected NoteRows (none: disabled)."""
        self.unsuspends = any(r.suspended for r in rows)
        self.setText(self.tr("&Unsuspend") if self.unsuspends else self.tr("S&uspend"))
        self.setToolTip(self.tr("Unsuspend all your cards of the selected notes, so study "
                                "offers them again (%1)") if self.unsuspends else
                        self.tr("Suspend all your cards of the selected notes: study does not "
                                "show them until you unsuspend them (%1)"))
        keys = QKeySequence(SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
        self.setToolTip(self.toolTip().replace("%1", i18n.ltr(keys)))  # in Urdu too: Ctrl+J
        self.setEnabled(bool(rows))

    def _shortcut(self) -> None:
        if self.isEnabled() and self.isVisible():
            self.toggle()

    def toggle(self) -> None:
        ids = [r.id for r in self.host.selected_rows()]
        if not ids:
            return
        unsuspend = self.unsuspends
        try:
            study.suspend_notes(self.ctx.db, self.ctx.profile_id, ids, self.ctx.now(),
                                suspended=not unsuspend)
        except JpprepError as exc:
            self.host.say(error_text(exc))
            return
        except Exception as exc:
            if not self.away(exc):
                raise
            return
        self.host.changed()
        self.host.select_notes(ids)  # still chosen where shown: pressed again, it undoes
        self.host.say(self.tr("Unsuspended %Ln note(s): study offers their cards again.", "",
                              len(ids)) if unsuspend else
                      self.tr("Suspended %Ln note(s): study will not show their cards until "
                              "you unsuspend them.", "", len(ids)))
