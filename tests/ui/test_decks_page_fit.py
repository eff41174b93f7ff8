"""The Decks page on a 1024x600 screen at 150% text: in Nepali, Indonesian and Vietnamese the
filter row and the note buttons were one line each, wider than the window, so the page scrolled
sideways and the last filter, the last buttons and the note editor were cut off at the right.
They now wrap (jpprep/ui/widgets/flow_row.py); at 1366x768 and 100% they stay on one line."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QWidget

from .conftest import DECK_TOML, open_window
from .test_accessibility import too_wide

pytestmark = pytest.mark.usefixtures("ui_defaults")

NOTES = 250  # more than the 200 a search shows: the count says "Showing 200 of 250 notes"


@pytest.fixture
def big_db(db, tmp_path, clock):
    from jpprep.services.importing import sync_shipped_decks

    d = tmp_path / "decks" / "test-basics"
    d.mkdir(parents=True)
    (d / "deck.toml").write_text(DECK_TOML, encoding="utf-8")
    rows = ["id,kind,expression,reading,meaning_en,tags,level"]
    rows += [f"{n},vocab,水{n},みず,water {n},noun,N5" for n in range(1, NOTES + 1)]
    (d / "notes.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    sync_shipped_decks(db, d.parent, now=clock())
    return db


def _in_view(page, widget) -> bool:
    view = page.parentWidget()  # the main window's scroll area's viewport
    shown = QRect(widget.mapTo(view, QPoint(0, 0)), widget.size())
    return view.rect().contains(shown)


def _open(qtbot, db, clock, lang, size, scale):
    w = open_window(qtbot, db, clock, "Sita", size=size, ui_language=lang, text_scale=scale)
    page = w.show_page("decks")
    page.table.setCurrentCell(0, 0)  # a note in the editor
    qtbot.wait(50)
    return page


def _controls(page):
    a = page.actions
    return [page.search, page.tag, page.deck, page.level, page.sector, page.state, page.count,
            a.add, a.delete, a.move, a.tag, a.fill, page.save]


@pytest.mark.parametrize("lang", ["ne", "id", "vi", "ur"])
def test_decks_page_fits_a_1024x600_screen_at_150_percent(qtbot, big_db, clock, lang):
    page = _open(qtbot, big_db, clock, lang, (1024, 600), 150)
    assert "250" in page.count.text() or "२५०" in page.count.text()
    assert not too_wide(page, lang)
    out = [w.objectName() or type(w).__name__ for w in _controls(page) if not _in_view(page, w)]
    assert not out, f"{lang}: out of view at 1024x600, 150%: {out}"
    editor = page.findChild(QWidget, "editor_pane")
    assert editor is not None and _in_view(page, editor), f"{lang}: the note editor is cut off"


@pytest.mark.parametrize("lang", ["ne", "vi"])
def test_decks_page_keeps_one_line_of_filters_and_of_buttons_at_1366x768(qtbot, big_db, clock,
                                                                        lang):
    page = _open(qtbot, big_db, clock, lang, (1366, 768), 100)
    assert not too_wide(page, lang)
    filters = {w.geometry().center().y() for w in (page.search, page.tag, page.deck, page.level,
                                                   page.sector, page.state)}
    a = page.actions
    buttons = {w.mapTo(page, QPoint(0, w.height() // 2)).y()
               for w in (page.count, a.add, a.delete, a.move, a.tag, a.fill)}
    assert len(filters) == 1 and max(buttons) - min(buttons) <= 2, (filters, buttons)
    assert page.search.width() > page.tag.width()  # the search field takes the spare room
    assert all(_in_view(page, w) for w in _controls(page))
