"""Home's summary line and its deck table count today's cards alike: a card still being learned
is in the table's Learning column, so the summary does not call it "due" over a Due column of 0;
it names both columns, in the interface language, with the table's own words."""

from __future__ import annotations

import re

from jpprep.services import study
from jpprep.ui import i18n
from tests.ui.conftest import open_window


def _home_after_again(qtbot, app_db, clock, lang):
    w = open_window(qtbot, app_db, clock, "Aisha", ui_language=lang)
    pid = w.ctx.profile_id
    card = study.next_card(app_db, pid, None, clock())
    study.answer(app_db, pid, card.card_id, 1, clock(), 4000)  # Again: back in a minute
    clock.advance(5)
    home = w.show_page("home")
    home.refresh()
    (row,) = [r for r in home.deck_rows() if r[0] == "Test::Basics"]
    return w, home, row


def test_a_learning_card_is_not_called_due_in_english(qtbot, app_db, clock, ui_defaults):
    _w, home, row = _home_after_again(qtbot, app_db, clock, "en")
    assert row[2:] == (1, 0)  # Learning 1, Due 0 in the table
    text = home.summary.text()
    assert "1 card due" not in text
    assert text.startswith("Today: 1 card to study again (Learning: 1, Due: 0).")


def test_the_summary_uses_the_tables_column_names_in_nepali(qtbot, app_db, clock,
                                                              ui_defaults):
    _w, home, row = _home_after_again(qtbot, app_db, clock, "ne")
    assert row[2:] == (1, 0)
    header = home.tree.headerItem()
    learning, due = header.text(2), header.text(3)
    text = home.summary.text()
    assert f"{learning}: १" in text and f"{due}: ०" in text
    assert not re.search(r"[0-9]", text)


def test_the_summary_uses_the_tables_column_names_in_urdu(qtbot, app_db, clock, ui_defaults):
    _w, home, _row = _home_after_again(qtbot, app_db, clock, "ur")
    header = home.tree.headerItem()
    text = home.summary.text()
    assert f"{header.text(2)}: 1" in text and f"{header.text(3)}: 0" in text
    assert "دوبارہ دیکھنا ہے" in text  # one card, said in Urdu


def test_without_learning_cards_the_summary_counts_what_the_due_column_counts(qtbot, app_db,
                                                                             clock, ui_defaults):
    w = open_window(qtbot, app_db, clock, "Aisha", ui_language="en")
    home = w.show_page("home")
    home.refresh()
    assert home.summary.text().startswith("Today: 0 cards due.")
    assert i18n.current_language() == "en"
