"""Deck browser: search by text, tag, deck and level; edit a note; bad input is explained."""

from __future__ import annotations

from PySide6.QtCore import Qt

from jpprep.services import browser as service
from jpprep.ui.context import AppContext
from jpprep.ui.pages.browser import BrowserPage


def _page(qtbot, app_db, clock):
    from jpprep.store.models import Profile

    with app_db.session() as s:
        s.add(Profile(id=1, name="teacher", created_ms=clock()))
    page = BrowserPage(AppContext(db=app_db, profile_id=1, profile_name="teacher", clock=clock))
    qtbot.addWidget(page)
    page.resize(1000, 560)
    page.show()
    page.refresh()
    return page


def _column(page, c):
    return [page.table.item(r, c).text() for r in range(page.table.rowCount())]


def test_search_by_text_tag_deck_and_level(qtbot, app_db, clock, qapp_setup, screenshot):
    page = _page(qtbot, app_db, clock)
    assert sorted(_column(page, 0)) == sorted(["学校", "食べる", "水"])
    qtbot.keyClicks(page.search, "water")
    assert _column(page, 0) == ["水"]
    page.search.clear()
    page.search.setText("がっこう")  # as an IME commits it (QTest cannot type kana)
    assert _column(page, 0) == ["学校"]
    page.search.clear()
    qtbot.keyClicks(page.tag, "verb")
    assert _column(page, 0) == ["食べる"]
    page.tag.clear()
    page.level.setCurrentIndex(page.level.findData("N3"))
    assert page.table.rowCount() == 0
    page.level.setCurrentIndex(0)
    page.deck.setCurrentIndex(page.deck.findText("Test"))  # parent deck includes children
    assert page.table.rowCount() == 3
    screenshot(page, "browser")


def test_edit_a_note_and_see_it_saved(qtbot, app_db, clock, qapp_setup):
    page = _page(qtbot, app_db, clock)
    qtbot.keyClicks(page.search, "water")
    page.table.selectRow(0)
    assert page.expression.text() == "水" and page.reading.text() == "みず"
    page.meaning.selectAll()
    qtbot.keyClicks(page.meaning, "drinking water")
    qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
    assert page.status.text() == "Saved."
    found = service.search_notes(app_db, text="drinking")
    assert [r.expression for r in found.rows] == ["水"]


def test_romaji_reading_is_refused_with_the_kana_to_write(qtbot, app_db, clock, qapp_setup):
    page = _page(qtbot, app_db, clock)
    qtbot.keyClicks(page.search, "eat")
    page.table.selectRow(0)
    page.reading.selectAll()
    qtbot.keyClicks(page.reading, "taberu")
    qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
    assert "Write \u2066たべる\u2069" in page.status.text()  # the kana to write, as written
    assert service.search_notes(app_db, text="eat").rows[0].reading == "たべる"


def test_html_in_a_field_is_shown_as_text(qtbot, app_db, clock, qapp_setup):
    page = _page(qtbot, app_db, clock)
    qtbot.keyClicks(page.search, "water")
    note_id = page.rows[0].id
    service.update_note(app_db, note_id, now=clock(), meanings={"en": "<b>bold</b><img src=x>"})
    page.search.clear()
    qtbot.keyClicks(page.search, "bold")
    assert _column(page, 2) == ["<b>bold</b><img src=x>"]  # literal text, nothing rendered


def test_a_long_error_after_saved_shows_all_its_lines(qtbot, app_db, clock, qapp_setup, ui_defaults):
    """At 1366x768 the message under Save kept the height of the first text it had ("Saved.",
    one line), so a refused reading lost its second line."""
    from tests.ui.conftest import open_window

    w = open_window(qtbot, app_db, clock, "Aisha", size=(1366, 768))
    page = w.show_page("decks")
    qtbot.keyClicks(page.search, "eat")
    page.table.selectRow(0)
    qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
    assert page.status.text() == "Saved."
    qtbot.wait(50)  # laid out with the one-line message
    page.reading.selectAll()
    qtbot.keyClicks(page.reading, "taberu")
    qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
    qtbot.wait(50)
    status = page.status
    assert "is not kana" in status.text()
    need = status.heightForWidth(status.width())
    assert need > status.fontMetrics().lineSpacing() * 1.5  # it does take two lines or more
    assert status.height() >= need, f"{status.height()} px shown of {need} px"


def test_column_headings_fit_at_1024x600_with_150_percent_text(qtbot, app_db, clock, qapp_setup, ui_defaults):
    """Squeezed with their cells, the headings were cut ("Tiếng Nhật" at 1024x600, 150%)."""
    from PySide6.QtCore import Qt as _Qt

    from tests.ui.conftest import open_window

    w = open_window(qtbot, app_db, clock, "Lan", size=(1024, 600), ui_language="vi", text_scale=150)
    page = w.show_page("decks")
    qtbot.wait(50)
    header = page.table.horizontalHeader()
    assert page.table.horizontalHeaderItem(0).text() == "Tiếng Nhật"
    for c in range(page.table.columnCount()):
        if not page.table.isColumnHidden(c):
            heading = page.table.horizontalHeaderItem(c).text()
            assert header.sectionSize(c) >= header.sectionSizeHint(c), f"{heading!r} is cut"
            assert page.table.horizontalHeaderItem(c).data(_Qt.ItemDataRole.ToolTipRole) is None
    level = page.table.columnViewportPosition(4) + header.sectionSize(4)
    assert level <= page.table.viewport().width()  # and all of them in view
    w.resize(700, 600)  # truly no room: elided, the whole heading on hover
    qtbot.wait(50)
    cut = [c for c in (0, 1, 3, 5) if header.sectionSize(c) < header.sectionSizeHint(c)]
    assert cut
    for c in cut:
        tip = page.table.horizontalHeaderItem(c).data(_Qt.ItemDataRole.ToolTipRole)
        assert tip.startswith(page.table.horizontalHeaderItem(c).text())
