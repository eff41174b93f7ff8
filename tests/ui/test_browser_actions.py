"""Deck browser (issue #5), driven by clicks and keys in the main window: romaji search, sector
and card-state filters, sorting by a header click, the live furigana preview and a reading
correction, adding, deleting, moving and tagging notes, filling in missing readings."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QScrollArea

from jpprep.services import browser as service
from jpprep.services import note_actions, study
from tests.ui.conftest import open_window, save_screenshot


def _page(qtbot, db, clock, **kw):
    w = open_window(qtbot, db, clock, "Teacher", **kw)
    page = w.show_page("decks")
    return w, page


def _column(page, c=0):
    return [page.table.item(r, c).text() for r in range(page.table.rowCount())]


def _click_header(qtbot, page, column):
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def _select(qtbot, page, *words):
    """Click the first word's row, Ctrl+click the others."""
    for i, word in enumerate(words):
        r = _column(page).index(word)
        rect = page.table.visualItemRect(page.table.item(r, 0))
        mods = Qt.KeyboardModifier.ControlModifier if i else Qt.KeyboardModifier.NoModifier
        qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, mods, rect.center())


def test_romaji_search_and_sorting_by_a_header(qtbot, app_db, clock, qapp_setup):
    _w, page = _page(qtbot, app_db, clock)
    qtbot.keyClicks(page.search, "taberu")
    assert _column(page) == ["食べる"]
    page.search.clear()
    _click_header(qtbot, page, 1)  # Reading
    assert _column(page, 1) == ["がっこう", "たべる", "みず"]
    _click_header(qtbot, page, 1)  # again: the other way round
    assert _column(page, 1) == ["みず", "たべる", "がっこう"]
    _click_header(qtbot, page, 2)  # Meaning is not sortable: nothing changes
    assert _column(page, 1) == ["みず", "たべる", "がっこう"]


def test_sector_and_card_state_filters(qtbot, app_db, clock, qapp_setup):
    w, page = _page(qtbot, app_db, clock)
    water = service.search_notes(app_db, text="water").rows[0]
    note_actions.add_note(app_db, water.deck_id, now=clock(), expression="介護",
                          meanings={"en": "nursing care"}, sector="nursing-care")
    page.refresh()
    page.sector.setCurrentIndex(page.sector.findData("nursing-care"))
    assert _column(page) == ["介護"]
    page.sector.setCurrentIndex(0)
    from sqlalchemy import select

    from jpprep.store.models import Card
    with app_db.session() as s:
        card = s.scalar(select(Card.id).where(Card.note_id == water.id))
    study.suspend(app_db, w.ctx.profile_id, [card], clock())
    page.state.setCurrentIndex(page.state.findData("suspended"))
    assert _column(page) == ["水"]
    page.state.setCurrentIndex(page.state.findData("new"))
    assert sorted(_column(page)) == sorted(["食べる", "学校", "介護"])


def test_preview_follows_typing_and_a_correction_changes_it(qtbot, app_db, clock, qapp_setup):
    _w, page = _page(qtbot, app_db, clock)
    _select(qtbot, page, "水")
    assert page.preview.view.visibleReadings() == ["みず"]
    page.expression.selectAll()
    page.expression.setText("今日")  # as an IME commits it
    page.reading.clear()
    assert page.preview.mark.isVisible() and "きょう" in page.preview.mark.text()
    assert page.preview.view.visibleReadings() == ["きょう"]
    page.reading.setText("こんにち")
    assert not page.preview.mark.isVisible()
    assert page.preview.view.visibleReadings() == ["こんにち"]
    # "Always read 今日 as こんにち" in this deck
    page.reading.clear()
    page.preview.word.setText("今日")
    page.preview.word_reading.setText("こんにち")
    qtbot.mouseClick(page.preview.save_override, Qt.MouseButton.LeftButton)
    assert "こんにち" in page.preview.override_status.text()
    assert page.preview.view.visibleReadings() == ["こんにち"]
    assert "こんにち" in page.preview.mark.text()  # the generated reading uses it too
    page.preview.word_reading.setText("nihon")
    qtbot.mouseClick(page.preview.save_override, Qt.MouseButton.LeftButton)
    assert "kana" in page.preview.override_status.text()


def test_add_a_note_with_a_generated_reading(qtbot, app_db, clock, qapp_setup):
    _w, page = _page(qtbot, app_db, clock)
    qtbot.mouseClick(page.actions.add, Qt.MouseButton.LeftButton)
    dlg = page.actions.dialog
    dlg.expression.setText("先生")
    assert "せんせい" in dlg.preview.mark.text()
    qtbot.mouseClick(dlg.add, Qt.MouseButton.LeftButton)
    assert "English" in dlg.status.text()  # no meaning yet: said, nothing added
    qtbot.keyClicks(dlg.meaning, "teacher")
    qtbot.mouseClick(dlg.add, Qt.MouseButton.LeftButton)
    assert page.actions.dialog is None
    assert "先生" in _column(page) and page.reading.text() == "せんせい"
    assert page.generated.text()  # marked as generated in the editor


def test_delete_asks_and_says_what_goes(qtbot, app_db, clock, qapp_setup):
    w, page = _page(qtbot, app_db, clock)
    card = study.next_card(app_db, w.ctx.profile_id, None, clock())
    study.answer(app_db, w.ctx.profile_id, card.card_id, 3, clock())
    answered = service.search_notes(app_db).rows
    _select(qtbot, page, "水", "学校", "食べる")
    qtbot.mouseClick(page.actions.delete, Qt.MouseButton.LeftButton)
    box = page.actions.dialog
    assert "3 notes" in box.text() and "3 card(s) and 1 answer(s)" in box.informativeText()
    qtbot.mouseClick(box.button(box.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert page.table.rowCount() == 3
    _select(qtbot, page, "水", "学校")
    qtbot.mouseClick(page.actions.delete, Qt.MouseButton.LeftButton)
    box = page.actions.dialog
    qtbot.mouseClick(box.findChild(type(page.actions.add), "delete_ok"),
                     Qt.MouseButton.LeftButton)
    assert _column(page) == ["食べる"]
    assert page.message.text() == "Deleted 2 notes."
    assert len(answered) == 3


def test_move_and_tag_selected_notes(qtbot, app_db, clock, qapp_setup):
    from jpprep.store.models import Deck

    with app_db.session() as s:
        s.add(Deck(name="Lesson 3", source="user", created_ms=clock(), updated_ms=clock()))
    _w, page = _page(qtbot, app_db, clock)
    page.refresh()
    _select(qtbot, page, "水", "学校")
    qtbot.mouseClick(page.actions.move, Qt.MouseButton.LeftButton)
    dlg = page.actions.dialog
    dlg.deck.setCurrentIndex(dlg.deck.findText("Lesson 3"))
    qtbot.mouseClick(dlg.ok, Qt.MouseButton.LeftButton)
    assert "Moved 2 notes to Lesson 3" in page.message.text()
    page.deck.setCurrentIndex(page.deck.findText("Lesson 3"))
    assert sorted(_column(page)) == sorted(["水", "学校"])
    page.table.selectAll()
    qtbot.mouseClick(page.actions.tag, Qt.MouseButton.LeftButton)
    dlg = page.actions.dialog
    qtbot.keyClicks(dlg.tag, "lesson-3")
    qtbot.mouseClick(dlg.add, Qt.MouseButton.LeftButton)
    assert "added to 2 notes" in page.message.text()
    assert sorted(_column(page, 3)) == ["noun lesson-3", "noun lesson-3"]
    page.table.selectAll()
    qtbot.mouseClick(page.actions.tag, Qt.MouseButton.LeftButton)
    dlg = page.actions.dialog
    qtbot.keyClicks(dlg.tag, "noun")
    qtbot.mouseClick(dlg.remove, Qt.MouseButton.LeftButton)
    assert _column(page, 3) == ["lesson-3", "lesson-3"]


def _empty_readings(db, clock, words):
    from jpprep.store.models import Note

    deck_id = service.search_notes(db, text="water").rows[0].deck_id
    with db.session() as s:
        for i, word in enumerate(words):
            s.add(Note(deck_id=deck_id, guid=f"blank:{i}", kind="vocab", expression=word,
                       reading="", meanings={"en": f"word {i}"}, tags="blank",
                       created_ms=clock(), updated_ms=clock()))


def test_fill_in_missing_readings_of_the_deck(qtbot, app_db, clock, qapp_setup):
    _empty_readings(app_db, clock, ["先生", "学生"])
    _w, page = _page(qtbot, app_db, clock)
    qtbot.mouseClick(page.actions.fill, Qt.MouseButton.LeftButton)
    assert page.message.text().startswith("Filled in 2 readings")
    qtbot.keyClicks(page.tag, "blank")
    assert sorted(_column(page, 1)) == ["がくせい", "せんせい"]
    qtbot.mouseClick(page.actions.fill, Qt.MouseButton.LeftButton)
    assert page.message.text() == "Every note here already has a reading."


def test_fill_in_readings_of_many_notes_runs_in_the_background(qtbot, app_db, clock, qapp_setup,
                                                               monkeypatch):
    from jpprep.ui.widgets import note_actions as widget

    monkeypatch.setattr(widget, "BACKGROUND_FROM", 2)
    _empty_readings(app_db, clock, ["先生", "学生", "大学"])
    _w, page = _page(qtbot, app_db, clock)
    qtbot.keyClicks(page.tag, "blank")
    _select(qtbot, page, "先生", "大学")  # only the selected ones
    qtbot.mouseClick(page.actions.fill, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.message.text().startswith("Filled in 2 readings"))
    assert sorted(_column(page, 1)) == ["", "せんせい", "だいがく"]


def test_browser_renders_in_english_and_urdu(qtbot, app_db, clock, qapp_setup, ui_defaults):
    from jpprep.services import profiles

    for lang in ("en", "ur"):
        for size in ((1366, 768), (1024, 600)):
            w = open_window(qtbot, app_db, clock, f"Shot {lang}", size=size, ui_language=lang)
            page = w.show_page("decks")
            _select(qtbot, page, "食べる")
            page.reading.clear()  # shows the generated reading and its mark
            QApplication.processEvents()
            save_screenshot(w, f"browser-{lang}-{size[0]}x{size[1]}")
            assert page.isRightToLeft() == (lang == "ur")
            assert page.preview.view.visibleReadings() == ["た"]
            w.close()
    assert profiles.find_profile(app_db, "Shot ur")


def test_save_is_on_screen_at_1024x600_without_scrolling(qtbot, app_db, clock, qapp_setup):
    """An instructor on a small laptop sees Save under the fields (it was below the fold of the
    editor's scroll area), and Ctrl-free: a click on it saves."""
    w = open_window(qtbot, app_db, clock, "Small", size=(1024, 600))
    page = w.show_page("decks")
    _select(qtbot, page, "水")
    QApplication.processEvents()
    top_left = page.save.mapTo(w, QPoint(0, 0))
    assert page.save.isVisible()
    assert 0 <= top_left.y() and top_left.y() + page.save.height() <= w.height()
    assert page.findChild(QScrollArea, "editor_scroll").isAncestorOf(page.save) is False
    page.meaning.setText("cold water")
    qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
    assert service.search_notes(app_db, text="cold water").total == 1
    assert page.status.isVisible() and page.status.text()
