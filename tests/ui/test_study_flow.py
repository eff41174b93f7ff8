"""A learner's first session, driven with the keyboard: profile, home, reviewer, reopen."""

from __future__ import annotations

from PySide6.QtCore import Qt

from jpprep.services import profiles
from jpprep.ui.main_window import MainWindow
from jpprep.ui.profile_dialog import ProfileDialog


def _window(qtbot, db, clock, name="Aisha"):
    info = profiles.find_profile(db, name) or profiles.create_profile(db, name, now=clock())
    win = MainWindow(db, info, clock=clock)
    qtbot.addWidget(win)
    win.resize(1100, 720)
    win.show()
    return win


def test_first_start_asks_for_a_name_and_creates_that_profile(qtbot, screenshot, qapp_setup, db):
    dialog = ProfileDialog(db, first_start=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "Siti Rahma")
    screenshot(dialog, "first-start")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.chosen is not None and dialog.chosen.name == "Siti Rahma"
    assert [p.name for p in profiles.list_profiles(db)] == ["Siti Rahma"]


def test_first_start_with_no_name_takes_the_default(qtbot, qapp_setup, db):
    dialog = ProfileDialog(db, first_start=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.chosen.name == profiles.DEFAULT_NAME


def test_home_lists_the_decks_with_new_and_due_counts(qtbot, screenshot, qapp_setup, app_db, clock):
    win = _window(qtbot, app_db, clock)
    home = win.page("home")
    assert ("Test", 3, 0, 0) in home.deck_rows()
    assert ("Test::Basics", 3, 0, 0) in home.deck_rows()
    assert "Hello, Aisha" in home.greeting.text()
    screenshot(win, "home")


def test_reviewing_with_the_keyboard_records_answers_that_survive_a_restart(qtbot, screenshot, qapp_setup, app_db, clock):
    win = _window(qtbot, app_db, clock)
    home = win.page("home")
    deck_item = home.tree.topLevelItem(0).child(0)
    home.tree.setCurrentItem(deck_item)
    qtbot.keyClick(home.tree, Qt.Key.Key_Return)
    assert win.current_page_key() == "study"
    page = win.page("study")
    assert page.card is not None
    first = page.card.card_id
    assert page.show_button.isVisible() and not page.grade_buttons[3].isVisible()
    assert not page.meaning_label.isVisible()  # the answer stays hidden until Space
    screenshot(win, "reviewer-question")
    clock.advance(4)
    qtbot.keyClick(page, Qt.Key.Key_Space)
    assert page.meaning_label.isVisible() and page.grade_buttons[3].isVisible()
    assert page.meaning_label.text() in {"to eat", "school", "water"}
    screenshot(win, "reviewer-answer")
    for _ in range(3):  # Easy on every card graduates it for days
        if page.card is None:
            break
        if not page.revealed:
            qtbot.keyClick(page, Qt.Key.Key_Space)
        qtbot.keyClick(page, Qt.Key.Key_4)
        clock.advance(5)
    assert page.card is None
    assert page.done_label.isVisible()
    screenshot(win, "reviewer-done")
    win.close()

    again = _window(qtbot, app_db, clock)  # "restart": a new window on the same database
    assert ("Test::Basics", 0, 0, 0) in again.page("home").deck_rows()
    assert first is not None


def test_u_undoes_the_last_answer(qtbot, qapp_setup, app_db, clock):
    win = _window(qtbot, app_db, clock)
    win.study_deck(None)
    page = win.page("study")
    first = page.card.card_id
    qtbot.keyClick(page, Qt.Key.Key_Space)
    qtbot.keyClick(page, Qt.Key.Key_4)
    assert page.card.card_id != first
    home_rows = lambda: win.page("home").deck_rows()  # noqa: E731
    win.page("home").refresh()
    assert ("Test::Basics", 2, 0, 0) in home_rows()
    qtbot.keyClick(page, Qt.Key.Key_U)
    assert page.card.card_id == first and not page.revealed  # the undone card is asked again
    win.page("home").refresh()
    assert ("Test::Basics", 3, 0, 0) in home_rows()


def test_each_profile_keeps_its_own_progress(qtbot, qapp_setup, app_db, clock):
    win = _window(qtbot, app_db, clock, name="Ram")
    win.study_deck(None)
    page = win.page("study")
    qtbot.keyClick(page, Qt.Key.Key_Space)
    qtbot.keyClick(page, Qt.Key.Key_4)
    other = profiles.create_profile(app_db, "Sita", now=clock())
    win.use_profile(other)
    assert win.current_page_key() == "home"
    assert ("Test::Basics", 3, 0, 0) in win.page("home").deck_rows()
    ram = profiles.find_profile(app_db, "Ram")
    win.use_profile(ram)
    assert ("Test::Basics", 2, 0, 0) in win.page("home").deck_rows()


def test_furigana_are_drawn_over_the_kanji_and_the_mode_menu_turns_them_off(qtbot, qapp_setup, app_db, clock):
    win = _window(qtbot, app_db, clock)
    win.study_deck(None)
    page = win.page("study")
    assert page.card.expression == "食べる"  # shipped order: the first note comes first
    assert page.question.visibleReadings() == ["た"]
    assert page.question.plainText() == "食べる"
    win.set_furigana_mode("none")
    assert page.question.visibleReadings() == []
    win.set_furigana_mode("all")
    assert page.question.visibleReadings() == ["た"]


def test_meanings_fall_back_to_english_and_say_so(qtbot, screenshot, qapp_setup, app_db, clock):
    win = _window(qtbot, app_db, clock)
    win._set_setting(meaning_language="ur")
    win.study_deck(None)
    page = win.page("study")
    qtbot.keyClick(page, Qt.Key.Key_Space)
    assert page.meaning_label.text() == "کھانا"  # 食べる has an Urdu meaning
    assert not page.fallback_label.isVisible()
    qtbot.keyClick(page, Qt.Key.Key_4)
    qtbot.keyClick(page, Qt.Key.Key_Space)
    assert page.card.expression == "学校"
    assert page.meaning_label.text() == "school"
    assert page.fallback_label.isVisible() and "showing English" in page.fallback_label.text()
    screenshot(win, "reviewer-urdu-fallback")
