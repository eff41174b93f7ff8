"""The JLPT runner in Urdu and Nepali. The mark sheet is drawn left to right as the paper prints
it, in Urdu too: each row's number stands right next to its first bubble. Its "align right" was
mirrored in a right-to-left window, so the Urdu sheet had its numbers at the far left of their
column, away from the row. The header counts sections in the language's digits."""

from __future__ import annotations

import pytest

from .test_exam_runner import page_for, press_start  # noqa: F401 (page_for: a fixture)
from .test_rtl_paragraphs import drawn_runs, urdu, window  # noqa: F401 (urdu: a fixture)

pytestmark = pytest.mark.usefixtures("ui_defaults")


def test_urdu_mark_sheet_numbers_stand_next_to_their_bubbles(qtbot, urdu):
    from jpprep.ui.exam.widgets import MarkSheet

    sheet = MarkSheet()
    sheet.set_rows([(4, None)] * 3, 0)
    w = window(qtbot, sheet)  # noqa: F841 (kept alive while drawn)
    first_bubble = sheet._bubble(0, 1)
    number_x = next(x for x, y, t in drawn_runs(sheet) if t == "1" and y < first_bubble.top()
                    + first_bubble.height() and x < first_bubble.left())
    assert first_bubble.left() - number_x < first_bubble.width(), (number_x, first_bubble)


def test_jlpt_header_counts_sections_in_nepali_digits(page_for, qtbot):
    """The header said "(1/3)" beside the clock's "बाँकी समय २०:००"."""
    from jpprep.ui import i18n

    i18n.apply_language("ne")
    page = page_for("jlpt-n5")
    runner = press_start(qtbot, page)
    if runner.s.waiting:
        runner.begin_section()
    assert runner.title.text().endswith("(१/३)"), runner.title.text()
    assert "२" in runner.clock.text()
