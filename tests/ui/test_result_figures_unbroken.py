"""A mock exam's figures stay on one line when the result wraps: in Nepali at 150% text a
failed section's reason ended a line with "(३६ <" and began the next with "३८)", and the verdict
split "५६ /" from "१८०". Checked by laying the texts out as the wrapped labels do, at every
width from a narrow window to a wide one."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextLayout, QTextOption

from jpprep.ui import i18n, theme

from .test_exam_result_words import _result, _show

pytestmark = pytest.mark.usefixtures("ui_defaults")


def lines_at(text: str, font, width: int) -> list[str]:
    """`text` wrapped at word boundaries into `width` px, as a word-wrapped QLabel does."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    out = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        out.append(text[line.textStart():line.textStart() + line.textLength()])
    layout.endLayout()
    return out


@pytest.mark.parametrize("lang", ["ne", "ur", "en"])
def test_a_comparison_is_never_split_across_lines(qtbot, qapp_setup, lang):
    theme.apply_font(lang, 150)
    result = _result(False, total=56)
    result["sections"][0]["projected"] = 36
    view = _show(qtbot, result, lang)
    view.verdict.ensurePolished()  # its style sheet's size and weight
    reason = view.reasons.text().split("\n")[1]
    low, high = i18n.number(36), i18n.number(38)
    verdict_total = (i18n.number(56), i18n.number(180))
    checked = 0
    for width in range(150, 900, 2):
        for line in lines_at(reason, view.reasons.font(), width):
            if low in line or high in line:
                assert low in line and high in line, (width, line)
                checked += 1
        for line in lines_at(view.verdict.text(), view.verdict.font(), width):
            if any(n in line for n in verdict_total):
                assert all(n in line for n in verdict_total), (width, line)
    assert checked
