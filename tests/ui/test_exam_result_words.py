"""The result of a mock exam says why it would fail in the learner's language: the pass mark,
a section below its minimum (a practice set says "at this rate"), and the estimate's caveat.
Before, these came from the scorer in English whatever the interface language."""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

from jpprep.exams import blueprint
from jpprep.ui import i18n
from jpprep.ui.exam.results import ResultsView

pytestmark = pytest.mark.usefixtures("ui_defaults")
URDU = re.compile("[\u0600-\u06ff]")


def _result(passed, total=70):
    return {"method": "jlpt", "complete": passed is not None, "passed": passed, "total": total,
            "total_max": 180, "band": None, "correct": 10, "questions": 30,
            "note": "This is an estimate. (English, from the scorer)",
            "reasons": ["English reason from the scorer"],
            "sections": [
                {"id": "lk", "name": "言語知識（文字・語彙・文法）・読解",
                 "name_en": "Language Knowledge and Reading", "correct": 2, "total": 20,
                 "percent": 10.0, "projected": 12, "max": 120, "minimum": 38,
                 "below_minimum": True},
                {"id": "li", "name": "聴解", "name_en": "Listening", "correct": 8, "total": 10,
                 "percent": 80.0, "projected": 48, "max": 60, "minimum": 19,
                 "below_minimum": False}]}


def _show(qtbot, result, lang):
    i18n.apply_language(lang)
    view = ResultsView()
    qtbot.addWidget(view)
    view.show_result(result, SimpleNamespace(blueprint=blueprint.get("jlpt-n5"), entries=[]),
                     lang)
    return view


def test_a_failed_mock_says_why_in_urdu(qtbot):
    view = _show(qtbot, _result(False), "ur")
    lines = view.reasons.text().split("\n")
    assert len(lines) == 2  # the total under the pass mark, and the one section below its minimum
    assert all(URDU.search(line) for line in lines)
    assert "English reason" not in view.reasons.text() and "below" not in view.reasons.text()
    assert "言語知識" in lines[1] and "聴解" not in view.reasons.text()
    assert "12\u00a0<\u00a038" in lines[1] and "70" in lines[0] and "80" in lines[0]
    assert URDU.search(view.note.text()) and "(English, from the scorer)" not in view.note.text()
    assert "\u206670\u00a0/\u00a0180\u2069" in view.verdict.text()  # the total keeps its order in Urdu


def test_english_names_the_section_in_english_and_a_practice_says_at_this_rate(qtbot):
    view = _show(qtbot, _result(None), "en")
    text = view.reasons.text()
    assert text == ("Language Knowledge and Reading: at this rate this section would be below "
                    "its minimum (\u206612\u00a0<\u00a038\u2069).")
    assert "Item Response Theory" in view.note.text()


def test_a_pass_gives_no_reasons(qtbot):
    result = _result(True, total=150)
    result["sections"][0]["below_minimum"] = False
    view = _show(qtbot, result, "en")
    assert view.reasons.text() == ""
