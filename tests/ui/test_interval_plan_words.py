"""Words the services used to make in English: the answer buttons' intervals and the exam
countdown on the home page, now worded in the interface language (plurals, digits, dates)."""

from __future__ import annotations

import re

import pytest

from jpprep.services import planning, profiles, study
from jpprep.ui import i18n
from jpprep.ui.context import AppContext

MIN, HOUR, DAY = 60_000, 3_600_000, 86_400_000
ASCII_DIGIT = re.compile(r"[0-9]")


@pytest.fixture
def lang(qapp_setup):
    def use(code: str) -> str:
        return i18n.apply_language(code)

    yield use
    i18n.apply_language("en")


@pytest.mark.parametrize("ms,words", [
    (20_000, "under a minute"), (MIN, "1 minute"), (10 * MIN, "10 minutes"), (3 * HOUR, "3 hours"),
    (DAY, "1 day"), (4 * DAY, "4 days"), (61 * DAY, "2 months"), (365 * DAY, "1 year"),
    (548 * DAY, "1.5 years"),
])
def test_intervals_in_english_have_their_plural(lang, ms, words):
    lang("en")
    assert i18n.interval(ms) == words


def test_intervals_in_other_languages(lang):
    lang("ne")
    assert i18n.interval(4 * DAY) == "४ दिन"  # Nepali digits
    lang("ja")
    assert i18n.interval(10 * MIN) == "10分" and i18n.interval(3 * DAY) == "3日"
    lang("ur")
    assert i18n.interval(3 * HOUR).endswith("گھنٹے") and i18n.interval(HOUR).endswith("گھنٹہ")
    lang("vi")
    assert i18n.interval(2 * DAY) == "2 ngày"


def _study_page(qtbot, db, info, clock):
    from jpprep.ui.pages.study import StudyPage

    ctx = AppContext(db, info.id, info.name, clock, info.settings)
    page = StudyPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.set_deck(None)
    page.refresh()
    page.reveal()
    return page


@pytest.mark.parametrize("code,unit", [("en", "minute"), ("ur", "منٹ"), ("ne", "मिनेट")])
def test_answer_buttons_say_when_the_card_returns_in_the_learners_language(
        qtbot, lang, app_db, clock, code, unit):
    lang(code)
    info = profiles.create_profile(app_db, f"Learner {code}", now=clock())
    page = _study_page(qtbot, app_db, info, clock)
    card = page.card
    assert card is not None and card.preview_ms
    again = page.grade_buttons[1].text()
    assert unit in again  # a new card's Again comes back within minutes
    for rating, button in page.grade_buttons.items():
        assert i18n.interval(card.preview_ms[rating]) in button.text()
        assert card.previews[rating] not in button.text().split()  # no English "10m" / "3d"
    if code == "ne":
        assert not ASCII_DIGIT.search(again.split("\n", 1)[1])


def _home_with_target(qtbot, db, clock, exam_date="2027-07-04"):
    from jpprep.ui.pages.home import HomePage

    info = profiles.create_profile(db, "Planner", now=clock())
    decks = study.deck_counts(db, info.id, clock())
    planning.set_target(db, info.id, "jlpt-n5", exam_date, [decks[0].deck_id])
    page = HomePage(AppContext(db, info.id, info.name, clock, {}))
    qtbot.addWidget(page)
    page.refresh()
    return page, planning.current_plan(db, info.id, clock())


def test_home_countdown_in_english_reads_as_a_sentence(qtbot, lang, app_db, clock):
    lang("en")
    page, plan = _home_with_target(qtbot, app_db, clock)
    text = page.countdown.text()
    assert page.countdown.isVisibleTo(page)
    assert text.startswith(f"JLPT-N5 on ") and "2027" in text
    assert f"{plan.days_left} days left." in text
    assert "(s)" not in text
    assert f"{plan.cards_left} cards still to meet" in text
    assert plan.summary.startswith("JLPT-N5 on 2027-07-04")  # the CLI keeps its English line


@pytest.mark.parametrize("code,word", [("ur", "باقی"), ("ne", "बाँकी"), ("ja", "あと"),
                                       ("id", "lagi"), ("vi", "còn")])
def test_home_countdown_in_the_interface_language(qtbot, lang, app_db, clock, code, word):
    lang(code)
    page, plan = _home_with_target(qtbot, app_db, clock)
    text = page.countdown.text()
    assert word in text
    assert "left" not in text and "card(s)" not in text and "2027-07-04" not in text
    if code == "ne":
        assert not ASCII_DIGIT.search(text.replace("JLPT-N5", ""))  # Nepali digits everywhere
    if code == "ur":  # the paragraph runs right to left although the exam's name is Latin
        first_strong = next(ch for ch in text if ch.isalpha() or ch in "\u200e\u200f")
        assert first_strong in "\u200f" or "\u0600" <= first_strong <= "\u06ff"


def test_plan_warnings_are_worded_in_the_interface_language(qtbot, lang, app_db, clock):
    from jpprep.ui.pages.home import plan_warnings

    lang("ur")
    _page, plan = _home_with_target(qtbot, app_db, clock, exam_date="2020-01-01")
    assert plan.notes == [("past", {})] and plan.warnings  # the CLI keeps its English line
    (line,) = plan_warnings(plan)
    assert line.startswith("امتحان آج") and "exam" not in line
    lang("en")
    behind = planning.Plan("jlpt-n4", "2027-07-04", 10, 300, 300, 1.0, 1, False, None, 30, 95.0, 40.0, None,
                           notes=[("behind", {"pace": 1, "left": 300, "proposed": 30}),
                                  ("heavy", {"load": 95, "typical": 40})])
    assert plan_warnings(behind) == [
        "At 1 new card a day you will not meet every card before the exam. 30 a day would.",
        "That means about 95 answers a day, more than the 40 you do on a typical day."]
    lang("ne")
    assert "३०" in plan_warnings(behind)[0]  # Nepali digits
