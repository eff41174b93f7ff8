"""Delete deck… on the home page, driven with keys and clicks: the confirmation names the deck and
counts what goes with Cancel as the default, Cancel (or Escape) keeps everything, Delete takes the
deck out of the list and the study queue, "Export first…" writes a file and asks again, and a lab
lock hides the action and makes the Delete key do nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from jpprep import lab
from jpprep.services import browser, study
from tests.ui.conftest import open_window

OWN = """format = 1
id = "own-words"
name = "My words"
languages = ["en"]
card_types = ["recognition"]
licence = "CC0"
attribution = "written for the tests"
version = "1"
"""


@pytest.fixture
def two_decks(app_db, tmp_path, clock):
    """Test::Basics (3 words, comes with jpprep in these tests) and a learner's own deck."""
    from jpprep.decks.native import read_deck
    from jpprep.services.importing import import_deck

    d = tmp_path / "own"
    d.mkdir()
    (d / "deck.toml").write_text(OWN, encoding="utf-8")
    (d / "notes.csv").write_text("id,expression,reading,meaning_en\n1,犬,いぬ,dog\n2,猫,ねこ,cat\n",
                                 encoding="utf-8")
    import_deck(app_db, read_deck(d), source="user", now=clock())
    return app_db


def _home(qtbot, db, clock, size=(1366, 768)):
    w = open_window(qtbot, db, clock, "Aisha", size=size)
    page = w.show_page("home")
    page.refresh()
    return w, page


def _select(page, leaf: str):
    item = page.tree.findItems(leaf, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)[0]
    page.tree.setCurrentItem(item)
    page.tree.setFocus()
    return item


def _button(box, name) -> QPushButton:
    return box.findChild(QPushButton, name)


def _answer_one(db, w, deck_name, clock):
    deck = next(d.id for d in browser.list_decks(db) if d.name == deck_name)
    card = study.next_card(db, w.ctx.profile_id, deck, clock())
    study.answer(db, w.ctx.profile_id, card.card_id, 3, clock())


def test_delete_key_asks_with_the_counts_and_cancel_keeps_everything(qtbot, two_decks, clock,
                                                                     qapp_setup):
    w, page = _home(qtbot, two_decks, clock)
    _answer_one(two_decks, w, "Test::Basics", clock)
    page.refresh()
    before = page.deck_rows()
    _select(page, "Basics")
    qtbot.keyClick(page.tree, Qt.Key.Key_Delete)
    box = page.deleter.dialog
    assert box is not None and box.isVisible()
    assert "Basics" in box.text()
    details = box.informativeText()
    for words in ("3 notes", "3 cards", "1 answer", "1 learner", "comes with jpprep",
                  "cannot be undone", "export"):
        assert words in details, (words, details)
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(box, Qt.Key.Key_Return)  # Enter takes the default: Cancel
    assert not box.isVisible() and page.deleter.dialog is None
    assert page.deck_rows() == before
    _select(page, "Basics")
    qtbot.keyClick(page.tree, Qt.Key.Key_Delete)
    qtbot.keyClick(page.deleter.dialog, Qt.Key.Key_Escape)
    assert page.deck_rows() == before and len(browser.list_decks(two_decks)) == 3


def test_delete_takes_the_deck_out_of_the_list_and_the_queue(qtbot, two_decks, clock,
                                                             qapp_setup):
    w, page = _home(qtbot, two_decks, clock)
    _answer_one(two_decks, w, "Test::Basics", clock)
    page.refresh()
    _select(page, "Basics")
    qtbot.keyClick(page.tree, Qt.Key.Key_Delete)
    qtbot.mouseClick(_button(page.deleter.dialog, "delete_deck_ok"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Basics" not in [r[0] for r in page.deck_rows()]
                    and "Test::Basics" not in [r[0] for r in page.deck_rows()], timeout=5000)
    assert [r[0] for r in page.deck_rows()] == ["My words", "Test"]
    assert "Deleted the deck" in w.statusBar().currentMessage()
    assert "Basics" in w.statusBar().currentMessage()
    # the whole queue (Study all due cards) offers only the other deck's two words now
    counts = study.queue_counts(two_decks, w.ctx.profile_id, None, clock())
    assert counts.new == 2
    card = study.next_card(two_decks, w.ctx.profile_id, None, clock())
    assert card.deck_id == next(d.id for d in browser.list_decks(two_decks)
                                if d.name == "My words")
    # the deck browser no longer lists it either
    decks_page = w.show_page("decks")
    decks_page.refresh()
    assert [decks_page.deck.itemText(i) for i in range(decks_page.deck.count())][1:] == \
        ["My words", "Test"]


def test_the_menu_offers_it_and_export_first_writes_a_file_then_asks_again(
        qtbot, two_decks, clock, qapp_setup, tmp_path):
    w, page = _home(qtbot, two_decks, clock)
    item = _select(page, "My words")
    page._deck_menu(page.tree.visualItemRect(item).center())
    assert "Delete deck…" in [a.text() for a in page.menu.actions()]
    page.menu.close()
    target = tmp_path / "out" / "my words.jpdeck"
    target.parent.mkdir()
    page.deleter.export_path = lambda _impact: str(target)
    page.delete_action.trigger()
    qtbot.mouseClick(_button(page.deleter.dialog, "delete_deck_export"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.deleter.dialog is not None, timeout=10000)
    assert target.is_file() and "Exported" in w.statusBar().currentMessage()
    assert "My words" in page.deleter.dialog.text()  # asked again; still nothing deleted
    qtbot.mouseClick(page.deleter.dialog.button(QMessageBox.StandardButton.Cancel),
                     Qt.MouseButton.LeftButton)
    assert "My words" in [r[0] for r in page.deck_rows()]


def test_a_lab_lock_hides_delete_deck_and_the_key_does_nothing(qtbot, two_decks, clock,
                                                               qapp_setup, monkeypatch):
    monkeypatch.setattr(lab, "allowed", lambda action: action != "delete_decks")
    w, page = _home(qtbot, two_decks, clock)
    before = page.deck_rows()
    item = _select(page, "Basics")
    page._deck_menu(page.tree.visualItemRect(item).center())
    assert "Delete deck…" not in [a.text() for a in page.menu.actions()]
    page.menu.close()
    qtbot.keyClick(page.tree, Qt.Key.Key_Delete)
    page.delete_deck()  # even called from code
    assert page.deleter.dialog is None
    assert page.deck_rows() == before and len(browser.list_decks(two_decks)) == 3


def test_a_deleted_shipped_deck_can_be_brought_back_from_home(qtbot, two_decks, clock, qapp_setup,
                                                              deck_dir, monkeypatch):
    from jpprep import paths

    monkeypatch.setattr(paths, "decks_dir", lambda: deck_dir)  # the tests' shipped decks
    w, page = _home(qtbot, two_decks, clock)
    assert not page.restore_button.isVisible()  # nothing deleted yet
    _select(page, "Basics")
    qtbot.keyClick(page.tree, Qt.Key.Key_Delete)
    qtbot.mouseClick(_button(page.deleter.dialog, "delete_deck_ok"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.restore_button.isVisible(), timeout=5000)
    assert "1 deleted deck" in page.restore_button.text()
    assert "Test::Basics" in page.restore_button.toolTip()
    w.sync_shipped_decks()  # what jpprep does at the next start: it stays away
    qtbot.waitUntil(lambda: w.progress.isHidden(), timeout=5000)
    assert "Basics" not in [r[0].split("::")[-1] for r in page.deck_rows()]
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Test::Basics" in [r[0] for r in page.deck_rows()], timeout=5000)
    assert not page.restore_button.isVisible()
    assert dict((r[0], r[1]) for r in page.deck_rows())["Test::Basics"] == 3  # 3 new cards again


def test_under_the_lab_lock_home_offers_no_bring_back(qtbot, two_decks, clock, qapp_setup,
                                                      monkeypatch):
    from jpprep.services import deck_delete

    deck_id = next(d.id for d in browser.list_decks(two_decks) if d.name == "Test::Basics")
    deck_delete.delete_deck(two_decks, deck_id, now=clock())
    monkeypatch.setattr(lab, "allowed", lambda action: action != "delete_decks")
    _w, page = _home(qtbot, two_decks, clock)
    assert not page.restore_button.isVisible()


def _place_one(db, expression, deck_name):
    """Put one card of the note in another deck than its note's (the model allows it; the
    browser's Move moves whole notes)."""
    from sqlalchemy import select, update

    from jpprep.store.models import Card, Note

    deck = next(d.id for d in browser.list_decks(db) if d.name == deck_name)
    with db.session() as s:
        card = s.scalars(select(Card.id).join(Note, Note.id == Card.note_id)
                         .where(Note.expression == expression).order_by(Card.id)).first()
        s.execute(update(Card).where(Card.id == card).values(deck_id=deck))


def test_the_confirmation_says_which_cards_go_back_and_they_do(qtbot, two_decks, clock,
                                                               qapp_setup):
    basics_word = browser.search_notes(two_decks, deck_id=next(
        d.id for d in browser.list_decks(two_decks) if d.name == "Test::Basics")).rows[0]
    _place_one(two_decks, "犬", "Test::Basics")  # a card of My words sits in Basics
    _place_one(two_decks, basics_word.expression, "My words")  # and one of Basics in My words
    w, page = _home(qtbot, two_decks, clock)
    assert ("My words", 2, 0, 0) in page.deck_rows()
    _select(page, "Basics")
    qtbot.keyClick(page.tree, Qt.Key.Key_Delete)
    details = page.deleter.dialog.informativeText()
    assert "• 3 cards\n   including 1 card of these notes in other decks\n" in details
    assert ("\n\nNot deleted: 1 card of notes from other decks will go back to their own deck, "
            "with their progress:\n• \u2068My words\u2069\n") in details
    qtbot.mouseClick(_button(page.deleter.dialog, "delete_deck_ok"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Test::Basics" not in [r[0] for r in page.deck_rows()],
                    timeout=5000)
    # 犬's card is back in My words: two new cards there (犬, 猫), the Basics word's one gone
    assert ("My words", 2, 0, 0) in page.deck_rows()
    assert sorted(r.expression for r in browser.search_notes(two_decks).rows) == ["犬", "猫"]


def test_in_urdu_the_decks_cards_go_back_to_are_listed_right_to_left(qtbot, qapp_setup,
                                                                     ui_defaults):
    """A plain-text line that begins with a Latin deck name ran left to right in the Urdu
    confirmation: the bullet stood at the left of "My words" and the line at the left edge."""
    from PySide6.QtWidgets import QWidget

    from jpprep.services.deck_delete import DeckImpact
    from jpprep.ui import i18n
    from jpprep.ui.widgets.deck_delete import DeckDeleter
    from tests.ui.test_urdu_layout import drawn_right_to_left

    i18n.apply_language("ur")
    parent = QWidget()
    qtbot.addWidget(parent)
    impact = DeckImpact(1, "JLPT::N5", 1, 3, 6, 0, 0, 0, (), elsewhere=1, returned=2,
                        home_decks=("My words", "Kanji"))
    _text, details = DeckDeleter(None, parent).question(impact)
    assert "\u2068My words\u2069" in details and "\u2068Kanji\u2069" in details
    for line in details.splitlines():
        if "My words" in line or "Kanji" in line:
            name = "My words" if "My words" in line else "Kanji"
            assert drawn_right_to_left(line, ["• ", name],
                                       direction=Qt.LayoutDirection.LayoutDirectionAuto), line
