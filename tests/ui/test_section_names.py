"""Exam section names in the interface language: the result's sections table and reasons, and
Past results on the Mock exams page, said "Listening", "Language Knowledge and Reading" in
English beside 聴解 whatever the language. The Japanese name (as the real test prints it)
stays; Japanese shows it alone; a centre's own section keeps its English name. The result of a
fixed form names the form; About's Sources heading is in the interface language."""

from __future__ import annotations

from pathlib import Path

import pytest

from jpprep.exams import blueprint
from jpprep.services import exams as svc
from jpprep.services.profiles import create_profile
from jpprep.ui import i18n
from jpprep.ui.context import AppContext
from jpprep.ui.exam.blueprint_words import SECTIONS, section_name

from .test_exam_result_words import _result, _show

pytestmark = pytest.mark.usefixtures("ui_defaults")

SHIPPED = Path(__file__).resolve().parents[2] / "decks" / "exams"
N5_FILES = [str(SHIPPED / "jlpt-n5-form-a.json"), str(SHIPPED / "jlpt-n5-form-b.json")]
LISTENING = {"ur": "سن کر سمجھنا", "ne": "सुनेर बुझ्ने"}
LK_READING = {"ur": "زبان کا علم اور پڑھ کر سمجھنا", "ne": "भाषा ज्ञान र पढेर बुझ्ने"}


def plain(text: str) -> str:
    return "".join(c for c in text if c not in "\u2066\u2067\u2068\u2069")


def test_every_blueprint_section_name_is_listed_for_translation():
    shown = {s.name_en for bp in blueprint.all_blueprints().values()
             for s in (*bp.sections, *bp.scoring.sections)}
    assert sorted(shown - set(SECTIONS)) == []


def test_a_centres_own_section_keeps_its_english(qapp_setup):
    i18n.apply_language("ur")
    assert section_name("Kitchen hygiene") == "Kitchen hygiene"
    assert section_name("Listening") == LISTENING["ur"]


@pytest.mark.parametrize("lang", ["ur", "ne"])
def test_result_table_and_reasons_name_the_sections_in_the_interface_language(qtbot, lang):
    view = _show(qtbot, _result(False), lang)
    cells = [view.table.item(r, 0).text() for r in range(view.table.rowCount())]
    assert cells == [f"言語知識（文字・語彙・文法）・読解\n{LK_READING[lang]}", f"聴解\n{LISTENING[lang]}"]
    reasons = view.reasons.text()
    assert f"言語知識（文字・語彙・文法）・読解 ({LK_READING[lang]})" in reasons, reasons
    assert "Listening" not in "".join(cells) and "Language Knowledge" not in reasons


@pytest.mark.parametrize("lang", ["ur", "ne"])
def test_result_table_draws_both_names_at_150_percent(qtbot, app_db, clock, lang):
    """Both lines drawn, at 1024x600 with 150% text: Urdu's tall second line made Qt cut the
    cell to "聴解…" (its row measured a fraction short)."""
    from .test_exam_review_aids import _finish_mock
    from .test_rtl_paragraphs import drawn_runs

    _w, view = _finish_mock(qtbot, app_db, clock, "jlpt-n5", ui_language=lang, text_scale=150)
    qtbot.wait(50)
    drawn = plain("".join(t for _x, _y, t in drawn_runs(view.table.viewport())))
    assert LISTENING[lang].replace(" ", "") in drawn.replace(" ", "") and "…" not in drawn, drawn


def test_japanese_result_shows_the_japanese_name_alone(qtbot):
    view = _show(qtbot, _result(False), "ja")
    assert view.table.item(1, 0).text() == "聴解"


def test_english_result_keeps_japanese_over_english(qtbot):
    view = _show(qtbot, _result(False), "en")
    assert view.table.item(1, 0).text() == "聴解\nListening"


def _page(qtbot, db, clock, lang):
    from jpprep.ui.pages.exams import ExamsPage

    i18n.apply_language(lang)
    pid = create_profile(db, "nimra", now=clock()).id
    ctx = AppContext(db=db, profile_id=pid, profile_name="nimra", clock=clock,
                     settings={"exam_banks": N5_FILES})
    page = ExamsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1024, 600)
    page.show()
    page.exam.setCurrentIndex(page.exam.findData("jlpt-n5"))
    return page


@pytest.mark.parametrize("lang", ["ur", "ne"])
def test_past_results_name_the_sections_in_the_interface_language(qtbot, db, clock, lang):
    page = _page(qtbot, db, clock, lang)
    run = svc.start_exam(db, page.ctx.profile_id, "jlpt-n5", now=clock(), files=N5_FILES)
    svc.finish_exam(db, run, clock() + 60_000)
    page.refresh()
    line = plain(page.history.item(0).text())
    assert f"{LK_READING[lang]} {i18n.percent(0)} ⚠" in line, line
    assert f"{LISTENING[lang]} {i18n.percent(0)} ⚠" in line, line
    assert "Listening" not in line and "Language Knowledge" not in line
    assert LISTENING[lang] in page.info.text()  # the readiness trend too


def _finish_every_section(page):
    """Finish section (twice: the second press confirms) in every section, answering nothing."""
    assert page.runner is not None, page.message.text()
    for _ in range(10):
        runner = page.runner
        if runner is None:
            break
        if runner.s.waiting:  # JLPT's break between booklets
            runner.begin_section()
            continue
        runner.finish_section()
        runner.finish_section()
    assert page.runner is None and page.results.isVisible()


def test_result_of_form_b_names_the_form(qtbot, db, clock):
    page = _page(qtbot, db, clock, "en")
    page.form_choice.setCurrentIndex(page.form_choice.findData("n5-form-b"))
    page.start_btn.click()
    _finish_every_section(page)
    label = page.results.form_label
    assert label.isVisible() and plain(label.text()) == "Form: Form B"


def test_result_of_a_random_mock_names_no_form(qtbot, db, clock):
    page = _page(qtbot, db, clock, "ur")
    page.start_btn.click()
    _finish_every_section(page)
    assert page.results.isVisible() and not page.results.form_label.isVisible()


@pytest.mark.parametrize("lang, heading", [("ur", "ماخذ"), ("ne", None), ("en", "Sources")])
def test_about_sources_heading_in_the_interface_language(qtbot, lang, heading):
    from PySide6.QtCore import QCoreApplication

    from jpprep.ui.about import AboutDialog

    i18n.apply_language(lang)
    heading = heading or QCoreApplication.translate("AboutDialog", "Sources")
    assert lang == "en" or heading != "Sources"
    d = AboutDialog()
    qtbot.addWidget(d)
    first = d.sources.toPlainText().splitlines()[0]
    assert first == heading, first
    assert "SIL Open Font License 1.1, © Adobe" in d.sources.toPlainText()  # credits verbatim
