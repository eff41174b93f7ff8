"""The exam blueprints' notes (how the real test is scored, facts not yet confirmed) on the
exams page in the interface language; every note of every shipped blueprint has its words."""

from __future__ import annotations

import pytest

from jpprep.exams import blueprint
from jpprep.services.profiles import create_profile
from jpprep.ui import i18n
from jpprep.ui.context import AppContext
from jpprep.ui.exam.blueprint_words import NOTES, note

pytestmark = pytest.mark.usefixtures("ui_defaults")


def test_every_blueprint_note_is_listed_for_translation():
    shown = {n for bp in blueprint.all_blueprints().values() for n in (bp.scoring.note, *bp.verify) if n}
    assert sorted(shown - set(NOTES)) == []


def test_a_note_not_listed_stays_as_written(qapp):
    i18n.apply_language("ja")
    assert note("A note added to a blueprint today.") == "A note added to a blueprint today."


@pytest.mark.parametrize("lang, scoring, verify", [
    ("ja", "実際の JLPT の得点は項目応答理論", "ガイドブックでは 5 問"),
    ("ne", "वास्तविक JLPT अङ्क", "गाइडबुकअनुसार ५"),
    ("ur", "اصل JLPT کے نمبر", "گائیڈ بک کے مطابق 5"),
])
def test_exams_page_shows_the_notes_in_the_interface_language(qtbot, db, clock, lang, scoring, verify):
    from jpprep.ui.pages.exams import ExamsPage

    i18n.apply_language(lang)
    pid = create_profile(db, "nimra", now=clock()).id
    page = ExamsPage(AppContext(db=db, profile_id=pid, profile_name="nimra", clock=clock, settings={}))
    qtbot.addWidget(page)
    page.exam.setCurrentIndex(page.exam.findData("jlpt-n2"))
    text = page.info.text()
    assert scoring in text and verify in text and "語形成" in text
    assert "Item Response Theory (equated" not in text
