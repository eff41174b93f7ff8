"""A note typed in the browser (the editor, Add note, Tag) that breaks a rule is refused in the
interface language: the note services' errors carry the codes of a deck file's problems (a
reading in romaji, an empty word) or their own (an empty meaning, a tag with a space)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from jpprep.services import browser as service
from jpprep.services import note_actions
from jpprep.ui import i18n, theme
from tests.ui.test_browser_actions import _page, _select


def test_a_romaji_reading_is_refused_in_nepali_with_the_kana_to_write(qtbot, app_db, clock,
                                                                      qapp_setup):
    _w, page = _page(qtbot, app_db, clock, ui_language="ne")
    _select(qtbot, page, "食べる")
    page.reading.selectAll()
    qtbot.keyClicks(page.reading, "taberu")
    qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
    text = page.status.text()
    assert "“\u2066taberu\u2069” काना होइन।" in text and "\u2066たべる\u2069 लेख्नुहोस्" in text
    assert "not kana" not in text and "write" not in text.lower()
    assert service.search_notes(app_db, text="eat").rows[0].reading == "たべる"


def test_add_note_without_a_meaning_and_a_tag_with_a_space_are_said_in_urdu(qtbot, app_db, clock,
                                                                            qapp_setup):
    _w, page = _page(qtbot, app_db, clock, ui_language="ur")
    theme.apply_font("ur", 100)
    qtbot.mouseClick(page.actions.add, Qt.MouseButton.LeftButton)
    dlg = page.actions.dialog
    dlg.expression.setText("先生")
    qtbot.mouseClick(dlg.add, Qt.MouseButton.LeftButton)
    assert "انگریزی معنی خالی ہے" in dlg.status.text() and "empty" not in dlg.status.text()
    dlg.reject()
    _select(qtbot, page, "水")
    qtbot.mouseClick(page.actions.tag, Qt.MouseButton.LeftButton)
    dlg = page.actions.dialog
    qtbot.keyClicks(dlg.tag, "lesson 3")
    qtbot.mouseClick(dlg.add, Qt.MouseButton.LeftButton)
    said = page.message.text()
    assert "ٹیگ “\u2066lesson 3\u2069” میں خالی جگہ ہے" in said and "space" not in said


def test_the_services_keep_their_english_for_scripts(app_db, clock):
    import pytest

    from jpprep.errors import ValidationError

    with pytest.raises(ValidationError) as exc:
        note_actions.retag_notes(app_db, [1], now=clock(), add="lesson 3")
    assert str(exc.value) == ("field tag: the tag 'lesson 3' has a space in it. A tag is one "
                              "word; use - or _ instead of spaces.")
    i18n.apply_language("en")
