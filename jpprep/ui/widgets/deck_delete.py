"""Delete a whole deck from the GUI (jpprep.services.deck_delete): a confirmation that names the
deck and counts what goes, with Cancel as the default button and "Export first…" beside it
(there is no undo), then the deletion and a message in the window's status bar; `restore()`
brings back shipped decks deleted before (Home offers it when there are some).

`DeckDeleter(ctx, parent, on_deleted)`: `ask(deck_id)` opens the confirmation with open() (not
exec), so tests can reach it as `.dialog` and click its buttons. Under the lab lock
`delete_decks` it does nothing (the page hides its action, and the service refuses too).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from jpprep import lab
from jpprep.errors import JpprepError
from jpprep.services import deck_delete as service

FSI, PDI = "\u2068", "\u2069"  # a deck name keeps its own direction inside an Urdu sentence


def isolate(text: str) -> str:
    return f"{FSI}{text}{PDI}"


class DeckDeleter(QObject):
    def __init__(self, ctx, parent: QWidget, on_deleted=None) -> None:
        super().__init__(parent)
        self.ctx, self.parent_widget = ctx, parent
        self.on_deleted = on_deleted or (lambda _impact: None)
        self.dialog: QMessageBox | None = None  # the one open now (tests reach it here)
        self.job = None

    @staticmethod
    def allowed() -> bool:
        return lab.allowed("delete_decks")

    def say(self, text: str) -> None:
        window = self.parent_widget.window()
        bar = getattr(window, "statusBar", None)
        if callable(bar):
            bar().showMessage(text, 15000)
        self.last_message = text

    def error(self, exc: Exception) -> None:
        from jpprep.ui.error_text import shown_text

        self.say(shown_text(exc))

    def question(self, impact: service.DeckImpact) -> tuple[str, str]:
        """The confirmation's text and its details, in the interface language."""
        text = self.tr("Delete the deck “%1”?").replace("%1", isolate(impact.name))
        lines = [self.tr("Deleted with it:")]
        if impact.decks > 1:
            lines.append("• " + self.tr("%Ln sub-deck(s)", "", impact.decks - 1))
        lines.append("• " + self.tr("%Ln note(s)", "", impact.notes))
        lines.append("• " + self.tr("%Ln card(s)", "", impact.cards))
        if impact.elsewhere:  # cards of these notes that sit in decks that stay
            lines.append("   " + self.tr("including %Ln card(s) of these notes in other decks",
                                         "", impact.elsewhere))
        if impact.media:
            lines.append("• " + self.tr("%Ln sound or picture file(s)", "", impact.media))
        lines.append("• " + self.tr("%Ln answer(s): the study history of these cards", "",
                                    impact.reviews))
        if impact.profiles:
            lines.append("• " + self.tr("the progress of %Ln learner(s) on them", "",
                                        impact.profiles))
        if impact.returned:  # cards here whose note belongs to a deck that stays
            lines += ["", self.tr("Not deleted: %Ln card(s) of notes from other decks will go "
                                  "back to their own deck, with their progress:", "",
                                  impact.returned)]
            # a line that begins with a Latin name would run left to right in Urdu: a mark
            mark = "\u200f" if self.parent_widget.isRightToLeft() else ""
            lines += [f"{mark}• " + isolate(name) for name in impact.home_decks[:5]]
            if len(impact.home_decks) > 5:
                lines.append(f"{mark}• …")
        if impact.shipped:
            lines += ["", self.tr("It comes with jpprep: it is not loaded again when jpprep "
                                  "starts.")]
        lines += ["", self.tr("This cannot be undone. To keep its notes, export the deck first.")]
        return text, "\n".join(lines)

    def ask(self, deck_id: int | None) -> None:
        if deck_id is None or not self.allowed() or self.ctx.db is None:
            return
        try:
            impact = service.delete_impact(self.ctx.db, deck_id)
        except JpprepError as exc:
            self.error(exc)
            return
        text, details = self.question(impact)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete deck"), text,
                          parent=self.parent_widget)
        box.setObjectName("delete_deck_box")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(details)
        box.setStandardButtons(QMessageBox.StandardButton.Cancel)
        export = box.addButton(self.tr("&Export first…"), QMessageBox.ButtonRole.ActionRole)
        export.setObjectName("delete_deck_export")
        ok = box.addButton(self.tr("&Delete deck"), QMessageBox.ButtonRole.DestructiveRole)
        ok.setObjectName("delete_deck_ok")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = box

        def answered(_button):
            self.dialog = None
            clicked = box.clickedButton()
            if clicked is ok:
                self.delete(impact)
            elif clicked is export:
                self.export_first(impact)
        box.buttonClicked.connect(answered)
        box.rejected.connect(lambda: setattr(self, "dialog", None))
        box.open()

    def delete(self, impact: service.DeckImpact) -> None:
        """In the background (a big deck takes a few seconds); the page follows when done."""
        from jpprep.ui.workers import run_in_background

        self.say(self.tr("Deleting “%1”…").replace("%1", isolate(impact.name)))

        def done(gone):
            self.job = None
            self.say(self.tr("Deleted the deck “%1” (%Ln note(s)).", "", gone.notes)
                     .replace("%1", isolate(gone.name)))
            self.on_deleted(gone)

        def failed(exc):
            self.job = None
            self.error(exc)

        self.job = run_in_background(service.delete_deck, self.ctx.db, impact.deck_id,
                                     now=self.ctx.now(), on_done=done, on_error=failed)

    # -- shipped decks deleted before --------------------------------------------------------
    def restore(self, keys: list[str], on_done=None) -> None:
        """Bring back these shipped decks (fresh, without their old history), in the
        background as at start-up; `on_done()` when they are loaded."""
        if not keys or not self.allowed() or self.ctx.db is None:
            return
        from jpprep import paths
        from jpprep.ui.workers import run_in_background

        try:
            service.restore_shipped(self.ctx.db, keys)
        except JpprepError as exc:
            self.error(exc)
            return
        self.say(self.tr("Loading the decks that come with jpprep…"))

        def done(reports):
            self.job = None
            self.say(self.tr("Brought back %Ln deck(s).", "", len(reports or [])))
            if on_done is not None:
                on_done()

        def failed(exc):
            self.job = None
            self.error(exc)

        self.job = run_in_background(service.sync_shipped, self.ctx.db, paths.decks_dir(),
                                     now=self.ctx.now(), offered=lab.current().deck_offered,
                                     on_done=done, on_error=failed)

    # -- export before deleting ---------------------------------------------------------------
    def export_path(self, impact: service.DeckImpact) -> str:
        """Where to export (a save dialog; tests replace it)."""
        name = impact.name.replace("::", " - ").replace("/", "-") + ".jpdeck"
        start = str(Path.home() / name)
        path, _filter = QFileDialog.getSaveFileName(
            self.parent_widget, self.tr("Export deck"), start,
            self.tr("jpprep deck (*.jpdeck);;Anki deck (*.apkg);;Spreadsheet (*.csv)"))
        return path

    def export_first(self, impact: service.DeckImpact) -> None:
        path = self.export_path(impact)
        if not path:
            self.ask(impact.deck_id)  # the save dialog was cancelled: ask again
            return
        from jpprep.services.exporting import export_deck
        from jpprep.ui.workers import run_in_background

        self.say(self.tr("Exporting “%1”…").replace("%1", isolate(impact.name)))

        def done(report):
            self.job = None
            self.say(self.tr("Exported “%1” to %2.").replace("%1", isolate(impact.name))
                     .replace("%2", isolate(str(report.path))))
            self.ask(impact.deck_id)  # now the deletion can be confirmed, or cancelled

        def failed(exc):
            self.job = None
            self.error(exc)

        self.job = run_in_background(export_deck, self.ctx.db, impact.deck_id, path,
                                     now=self.ctx.now(), on_done=done, on_error=failed)
