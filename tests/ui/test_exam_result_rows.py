"""A JLPT mock's result in Urdu on a 1024x600 screen at 150% text: the sections table measured
its rows while the page was still narrow (before it was shown), so the first row ("言語知識…
/ Language Knowledge and Reading", two lines) kept 217 px, three times its text, and pushed the
list of questions out of view. The rows are measured again once the columns have their widths.
(With two sections below their minimum the page still scrolls at that size: its reasons, the
table, the note and four lines of questions are more than 512 px of Urdu.)"""

from __future__ import annotations

import pytest

from .test_exam_review_aids import _finish_mock

pytestmark = pytest.mark.usefixtures("ui_defaults")


def test_urdu_jlpt_result_rows_are_as_tall_as_their_text(qtbot, app_db, clock):
    w, view = _finish_mock(qtbot, app_db, clock, "jlpt-n5", ui_language="ur", text_scale=150)
    qtbot.wait(50)
    table = view.table
    line = table.fontMetrics().lineSpacing()
    for row in range(table.rowCount()):
        # two lines of text (Japanese over Urdu) and the cell's margins, and what keeps Qt
        # from cutting the second line (results._fit_rows), no more
        assert table.sizeHintForRow(row) <= table.rowHeight(row) <= 3 * line, row
    assert table.height() == table.horizontalHeader().height() + 6 + sum(
        table.rowHeight(row) for row in range(table.rowCount()))
