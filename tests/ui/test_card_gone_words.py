"""A card or deck deleted while a learner is on it (a teacher on the class server, another
profile on this PC): the reviewer and the deck options say so in the interface language. These
errors reached the screen as the service's English ("there is no card 12.")."""

from __future__ import annotations

from PySide6.QtCore import Qt

from jpprep.services import browser, deck_delete, note_actions
from jpprep.ui import i18n

from .reviewer_deck import study_window

CARD_GONE_UR = "یہ کارڈ اب موجود نہیں ہے"
CARD_GONE_NE = "यो कार्ड अब छैन"


def _delete_note_of(db, page):
    with db.session() as s:
        from jpprep.store.models import Card

        note_id = s.get(Card, page.card.card_id).note_id
    note_actions.delete_notes(db, [note_id])


def test_answering_a_card_deleted_meanwhile_says_so_in_urdu(qtbot, qapp_setup, ui_defaults, db,
                                                           clock, tmp_path):
    win, page = study_window(qtbot, db, clock, tmp_path, card_types=("recognition",),
                             ui_language="ur")
    assert i18n.current_language() == "ur"
    _delete_note_of(db, page)
    qtbot.keyClick(page, Qt.Key.Key_Space)
    qtbot.keyClick(page, Qt.Key.Key_3)
    shown = page.offline_banner.message.text()
    assert page.offline_banner.isVisible()
    assert CARD_GONE_UR in shown and "there is no card" not in shown


def test_setting_the_due_date_of_a_deleted_card_says_so_in_nepali(qtbot, qapp_setup,
                                                                   ui_defaults, db, clock,
                                                                   tmp_path):
    win, page = study_window(qtbot, db, clock, tmp_path, card_types=("recognition",),
                             ui_language="ne")
    _delete_note_of(db, page)
    page.ask_due_date()
    page.due_dialog.setIntValue(3)
    page.due_dialog.accept()  # OK: the dialog sends the days to set_due
    shown = page.offline_banner.message.text()
    assert CARD_GONE_NE in shown and "there is no card" not in shown


def test_deck_options_of_a_deck_deleted_meanwhile_say_so_in_urdu(qtbot, qapp_setup, ui_defaults,
                                                                 db, clock, tmp_path):
    from jpprep.ui.deck_options import open_deck_options

    win, page = study_window(qtbot, db, clock, tmp_path, ui_language="ur")
    deck = next(d for d in browser.list_decks(db) if d.name == "Test::Reviewer")
    dlg = open_deck_options(win, win.ctx, deck.id)
    qtbot.waitExposed(dlg)
    deck_delete.delete_deck(db, deck.id, now=clock())
    dlg.save()
    assert dlg.isVisible()
    assert dlg.message.text() == "وہ ڈیک اب موجود نہیں ہے۔"
