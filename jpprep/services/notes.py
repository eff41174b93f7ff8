"""One note as the note editor shows it (the reviewer's "e" opens it for the current card)."""

from __future__ import annotations

from jpprep.errors import ValidationError
from jpprep.services.browser import NoteRow
from jpprep.store.models import Deck, Note


def get_note(db, note_id: int) -> NoteRow:
    """The note with its deck's name; saved with jpprep.services.browser.update_note."""
    with db.session() as s:
        n = s.get(Note, note_id)
        if n is None:
            raise ValidationError(f"note {note_id} does not exist.", field="note")
        deck = s.get(Deck, n.deck_id)
        return NoteRow(n.id, deck.name if deck else "", n.kind, n.expression, n.reading,
                       n.reading_generated, dict(n.meanings or {}), (n.tags or "").split(),
                       n.level, list(n.examples or []))
