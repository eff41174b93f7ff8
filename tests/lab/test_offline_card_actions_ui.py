"""The reviewer's More menu and the note editor while the class server is away, driven as a
student does (main window, SQLite behind the fault-injecting wrapper of
test_server_drop_pages): Reset card and Set due date are kept on this PC like answers and
reach the server when it is back; editing a note is refused in the interface language with
nothing saved and what was typed kept, and can be saved once the server is back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from jpprep.store.models import CardState, Note
from jpprep.ui import i18n

from .test_server_drop_pages import WORDS, add_deck, bring_back, go, notice_text, open_window

NEEDS_SERVER = "This needs the class server"


def _menu(page, starts):
    return next(a for a in page.more_menu.actions() if a.text().startswith(starts))


def _reviewer(qtbot, db, clock):
    from .test_server_drop_pages import DroppingServer

    add_deck(db, "JLPT N5 words", WORDS)
    i18n.apply_language("en")
    server = DroppingServer(db)
    w, info = open_window(qtbot, server, clock)
    w.study_deck(None)
    page = w.page("study")
    assert page.card is not None
    return server, w, page, info


def _state(db, pid, card_id):
    with db.session() as s:
        row = s.get(CardState, (pid, card_id))
        return None if row is None else (row.state, row.reps)


def _banner(page) -> str:
    return page.offline_banner.message.text() if page.offline_banner.isVisible() else ""


def test_reset_and_set_due_while_away_are_kept_and_sent_when_the_server_is_back(
        qtbot, qapp_setup, db, clock):
    server, w, page, info = _reviewer(qtbot, db, clock)
    first = page.card.card_id
    qtbot.keyClick(page, Qt.Key.Key_Space)
    qtbot.keyClick(page, Qt.Key.Key_4)  # Easy, on the server: a review card
    assert _state(db, info.id, first) == (2, 1)
    page.card = page._session().get_card(first, clock())  # back to that card, as undo would
    page._render()
    server.down = True
    clock.advance(5)
    _menu(page, "Reset card").trigger()
    assert NEEDS_SERVER not in _banner(page)
    assert _banner(page).startswith("The class server is not reachable.")
    assert page.card is not None and page.card.card_id != first  # study goes on
    second = page.card.card_id
    _menu(page, "Set due date").trigger()
    page.due_dialog.setIntValue(3)
    page.due_dialog.accept()
    assert NEEDS_SERVER not in _banner(page) and page.card.card_id not in (first, second)
    qtbot.keyClick(page, Qt.Key.Key_U)  # undo takes back the due date kept here
    assert page.card.card_id == second
    _menu(page, "Set due date").trigger()
    page.due_dialog.setIntValue(2)
    page.due_dialog.accept()
    assert _state(db, info.id, first) == (2, 1) and _state(db, info.id, second) is None
    server.down = False
    clock.advance(30)
    page.offline_banner.try_again()  # its timer does this every few seconds
    qtbot.waitUntil(lambda: _banner(page).startswith("The class server is back."), timeout=5000)
    assert _state(db, info.id, first) == (0, 0)  # reset on the server
    assert _state(db, info.id, second)[0] == 2  # due in two days, a review card
    assert page._session().outbox.count() == 0


def test_a_reset_waiting_at_close_is_said_in_urdu(qtbot, qapp_setup, db, clock):
    from PySide6.QtWidgets import QMessageBox

    from jpprep.services import profiles

    server, w, page, info = _reviewer(qtbot, db, clock)
    profiles.update_settings(db, info.id, ui_language="ur")
    w.use_profile(profiles.get_profile(db, info.id))
    page = go(w, "study")
    server.down = True
    _menu(page, "کارڈ دوبارہ نیا بنائیں").trigger()
    assert page._session().outbox.changes_waiting() == 1
    w.close()
    box = next(b for b in QApplication.topLevelWidgets()
               if isinstance(b, QMessageBox) and b.objectName() == "answersKept")
    assert box.text().startswith("اس کمپیوٹر پر کارڈز میں کی گئی 1 تبدیلی")
    box.close()
    i18n.apply_language("en")


def test_editing_a_note_when_the_server_goes_away_is_refused_in_the_dialog(
        qtbot, qapp_setup, db, clock, tmp_path):
    server, w, page, info = _reviewer(qtbot, db, clock)
    word = page.card.expression
    qtbot.keyClick(page, Qt.Key.Key_E)  # opened while the server is there
    dialog = page.editor
    server.down = True  # the cable goes while the student types
    dialog.editor.meaning.setText("cold water")
    qtbot.mouseClick(dialog.editor.save, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # not closed as if saved
    assert dialog.editor.status.text().startswith("Not saved: the class server is not reachable.")
    assert dialog.editor.meaning.text() == "cold water"  # what was typed stays
    assert _banner(page).startswith("The class server is not reachable.")
    assert notice_text(w) == ""  # the reviewer's own banner speaks, not the pages' notice
    i18n.apply_language("ur")
    qtbot.mouseClick(dialog.editor.save, Qt.MouseButton.LeftButton)
    assert dialog.editor.status.text().startswith("محفوظ نہیں ہوا")
    dialog.grab().save(str(tmp_path / "edit-away-ur.png"))
    i18n.apply_language("en")
    server.down = False
    qtbot.mouseClick(dialog.editor.save, Qt.MouseButton.LeftButton)  # the server is back
    assert not dialog.isVisible() and page.card.meanings["en"] == "cold water"
    with db.session() as s:
        assert s.scalar(select(Note.meanings).where(Note.expression == word))["en"] == "cold water"


def test_e_while_the_server_is_away_says_notes_are_shared(qtbot, qapp_setup, db, clock):
    server, w, page, info = _reviewer(qtbot, db, clock)
    server.down = True
    qtbot.keyClick(page, Qt.Key.Key_E)
    assert _banner(page).startswith("Notes are shared by the whole class, so editing one needs "
                                    "the class server")
    i18n.apply_language("ja")
    qtbot.keyClick(page, Qt.Key.Key_E)
    assert _banner(page).startswith("ノートはクラス全員で共有しているため")
    i18n.apply_language("en")


def test_the_browser_keeps_an_edit_the_server_could_not_take_and_saves_it_when_back(
        qtbot, qapp_setup, db, clock, tmp_path):
    from .test_server_drop_pages import DroppingServer

    add_deck(db, "JLPT N5 words", WORDS)
    i18n.apply_language("en")
    server = DroppingServer(db)
    w, info = open_window(qtbot, server, clock)
    browser = go(w, "decks")
    browser.table.selectRow(0)
    word = browser.expression.text()
    server.down = True
    browser.meaning.setText("cold water")
    qtbot.mouseClick(browser.save, Qt.MouseButton.LeftButton)
    assert browser.status.text().startswith("Not saved: the class server is not reachable.")
    QApplication.processEvents()
    assert notice_text(w).startswith("The class server is not reachable.")
    w.grab().save(str(tmp_path / "browser-away-en.png"))
    server.down = False
    bring_back(qtbot, w)  # the page is read again
    assert browser.meaning.text() == "cold water" and browser.expression.text() == word
    assert browser.status.text() == "The class server is back: press Save to store your changes."
    with db.session() as s:
        assert s.scalar(select(Note.meanings).where(Note.expression == word))["en"] != "cold water"
    qtbot.mouseClick(browser.save, Qt.MouseButton.LeftButton)
    assert browser.status.text() == "Saved."
    with db.session() as s:
        assert s.scalar(select(Note.meanings).where(Note.expression == word))["en"] == "cold water"


def test_new_move_and_tag_in_the_browser_while_away_say_nothing_was_changed(
        qtbot, qapp_setup, db, clock):
    """Changes to shared notes are not queued either: the Add dialog stays open with what was
    typed and says why on its own line; Move and Tag say it on the page's line (in the
    interface language); nothing is half-done."""
    from .test_server_drop_pages import DroppingServer

    add_deck(db, "JLPT N5 words", WORDS)
    add_deck(db, "My words", [])
    i18n.apply_language("en")
    server = DroppingServer(db)
    w, info = open_window(qtbot, server, clock)
    browser = go(w, "decks")
    qtbot.mouseClick(browser.actions.add, Qt.MouseButton.LeftButton)
    dialog = browser.actions.dialog
    server.down = True
    dialog.expression.setText("本")
    dialog.meaning.setText("book")
    qtbot.mouseClick(dialog.add, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.expression.text() == "本"
    assert dialog.status.text() == ("Nothing was changed: the class server is not reachable. "
                                    "Try again when it is back.")
    dialog.reject()
    server.down = False
    browser.table.selectRow(0)
    word = browser.expression.text()
    i18n.apply_language("ur")
    qtbot.mouseClick(browser.actions.move, Qt.MouseButton.LeftButton)
    server.down = True
    browser.actions.dialog.accept()  # Move to "My words"
    assert browser.message.text().startswith("کچھ تبدیل نہیں ہوا")
    browser.say("")
    qtbot.mouseClick(browser.actions.tag, Qt.MouseButton.LeftButton)
    browser.actions.dialog.tag.setText("lesson-3")
    browser.actions.dialog._done("add")
    assert browser.message.text().startswith("کچھ تبدیل نہیں ہوا")
    i18n.apply_language("en")
    QApplication.processEvents()
    assert notice_text(w).startswith("The class server is not reachable.")
    with db.session() as s:
        assert s.scalar(select(Note.id).where(Note.expression == "本")) is None
        moved = s.execute(select(Note.deck_id, Note.tags).where(Note.expression == word)).one()
    assert moved.tags == "" and moved.deck_id == 1
