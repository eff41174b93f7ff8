"""Deck options dialog: opened from the home page, driven by keys and clicks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from jpprep.services import presets, profiles, study
from jpprep.ui.context import AppContext
from jpprep.ui.pages.home import HomePage


@pytest.fixture
def home(qtbot, qapp_setup, app_db, clock):
    info = profiles.create_profile(app_db, "Aisha", now=clock())
    page = HomePage(AppContext(app_db, info.id, "Aisha", clock))
    qtbot.addWidget(page)
    page.resize(1024, 600)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    return page


def _deck_id(page, name="Basics"):
    for i in range(page.tree.topLevelItemCount()):
        top = page.tree.topLevelItem(i)
        for j in range(top.childCount()):
            if top.child(j).text(0) == name:
                return top.child(j)
    raise AssertionError(name)


def _open(qtbot, page):
    item = _deck_id(page)
    page.tree.setCurrentItem(item)
    page.options_button.setFocus()
    qtbot.keyClick(page.options_button, Qt.Key.Key_Space)  # keyboard reachable
    dlg = page.options_dialog
    assert dlg is not None and dlg.isVisible()
    return dlg, item.data(0, Qt.ItemDataRole.UserRole)


def _type(qtbot, widget, text):
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def _save(qtbot, dlg):
    qtbot.mouseClick(dlg.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


def test_change_retention_and_new_limit_then_study_sees_it(qtbot, home, app_db, clock):
    assert ("Test::Basics", 3, 0, 0) in home.deck_rows()
    dlg, deck = _open(qtbot, home)
    assert "Basics" in dlg.windowTitle() and dlg.new_per_day.value() == 20
    _type(qtbot, dlg.retention, "85")
    _type(qtbot, dlg.new_per_day, "2")
    _save(qtbot, dlg)
    assert not dlg.isVisible()
    cfg = presets.deck_preset(app_db, deck).config
    assert cfg.desired_retention == 0.85 and cfg.new_per_day == 2
    counts = {c.name: c.new for c in study.deck_counts(app_db, home.ctx.profile_id, clock())}
    assert counts["Test::Basics"] == 2
    assert ("Test::Basics", 2, 0, 0) in home.deck_rows()  # the home page refreshed itself
    seen = set()  # studying: two new cards today, then nothing new (Easy: no learning steps)
    while (card := study.next_card(app_db, home.ctx.profile_id, deck, clock())) is not None:
        assert card.card_id not in seen
        seen.add(card.card_id)
        study.answer(app_db, home.ctx.profile_id, card.card_id, 4, clock())
    assert len(seen) == 2


@pytest.mark.parametrize("widget, text, field", [
    ("retention", "150", "desired_retention"),
    ("learning", "-5m", "learning_steps"),
    ("learning", "1m soon", "learning_steps"),
    ("reviews_per_day", "10000000", "reviews_per_day"),
])
def test_impossible_value_shows_message_and_saves_nothing(qtbot, home, app_db, widget, text,
                                                          field):
    dlg, deck = _open(qtbot, home)
    _type(qtbot, dlg.new_per_day, "3")
    _type(qtbot, getattr(dlg, widget), text)
    _save(qtbot, dlg)
    assert dlg.isVisible()
    err = dlg.errors[field]
    assert err.isVisible() and err.text()
    assert [e for k, e in dlg.errors.items() if k != field and e.isVisible()] == []
    assert "Nothing was saved" in dlg.message.text()
    assert presets.deck_preset(app_db, deck).config.new_per_day == 20


def test_cancel_changes_nothing(qtbot, home, app_db):
    dlg, deck = _open(qtbot, home)
    _type(qtbot, dlg.new_per_day, "1")
    qtbot.keyClick(dlg, Qt.Key.Key_Escape)
    assert not dlg.isVisible()
    assert presets.deck_preset(app_db, deck).config.new_per_day == 20


def test_new_preset_from_this_one_and_shared_count(qtbot, home, app_db):
    dlg, deck = _open(qtbot, home)
    assert "Test::Basics" == dlg.options.deck_name
    qtbot.mouseClick(dlg.copy_button, Qt.MouseButton.LeftButton)
    assert "new preset" in dlg.shared.text().lower()
    _type(qtbot, dlg.name, "Slow start")
    _type(qtbot, dlg.new_per_day, "5")
    _save(qtbot, dlg)
    info = presets.deck_preset(app_db, deck)
    assert info.name == "Slow start" and info.deck_ids == [deck]
    assert info.config.new_per_day == 5
    names = sorted(p.name for p in presets.list_presets(app_db))
    assert names == ["Default", "Slow start"]


def test_context_menu_offers_options(qtbot, home):
    from PySide6.QtWidgets import QMenu

    item = _deck_id(home)
    home.tree.setCurrentItem(item)
    home._deck_menu(home.tree.visualItemRect(item).center())
    menu = home.findChildren(QMenu)[-1]
    texts = [a.text() for a in menu.actions()]
    assert [t for t in texts if t] == ["Study this deck", "Deck options", "Delete deck…"]
    menu.actions()[1].trigger()
    assert home.options_dialog.isVisible()


def test_lab_lock_makes_it_read_only(qtbot, home, monkeypatch):
    from jpprep import lab

    monkeypatch.setattr(lab, "allowed", lambda action: action != "change_presets")
    dlg, deck = _open(qtbot, home)
    assert dlg.read_only and not dlg.new_per_day.isEnabled()
    assert not dlg.buttons.button(QDialogButtonBox.StandardButton.Save).isVisible()
    assert "locked" in dlg.message.text()


@pytest.mark.parametrize("lang", ["en", "ur"])
def test_fits_a_small_screen_and_urdu_runs_right_to_left(qtbot, app_db, clock, ui_defaults,
                                                         screenshot, lang):
    from jpprep.ui import i18n
    from jpprep.ui.deck_options import DeckOptionsDialog

    i18n.apply_language(lang)
    info = profiles.create_profile(app_db, "Aisha", now=clock())
    deck = next(c.deck_id for c in study.deck_counts(app_db, info.id, clock())
                if c.name == "Test::Basics")
    dlg = DeckOptionsDialog(app_db, deck, info.id)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    assert dlg.width() <= 1024 and dlg.height() <= 570  # room for a title bar on 1024x600
    assert dlg.isRightToLeft() == (lang == "ur")
    if lang == "ur":
        assert "ڈیک" in dlg.windowTitle() and "پری سیٹ" in dlg.shared.text()
    _type(qtbot, dlg.learning, "-5m")
    _save(qtbot, dlg)  # a field message in the picture too
    assert dlg.errors["learning_steps"].isVisible()
    from PySide6.QtWidgets import QLabel

    clipped = [lab.text() for lab in dlg.findChildren(QLabel) if lab.isVisible()
               and (lab.height() < (lab.heightForWidth(lab.width()) if lab.wordWrap()
                                    else lab.sizeHint().height())
                    or (not lab.wordWrap() and lab.width() < lab.sizeHint().width()))]
    assert clipped == []
    screenshot(dlg, f"deck_options_{lang}")


@pytest.mark.parametrize("lang, shown", [("ja", "標準"), ("ur", "طے شدہ"), ("ne", "पूर्वनिर्धारित")])
def test_the_default_preset_is_named_in_the_interface_language_and_kept_as_default(
        qtbot, app_db, clock, lang, shown, ui_defaults):
    """The shared preset is stored as "Default" (the CLI shows that); the dialog names it in the
    interface language, and saving it unchanged keeps the stored name."""
    from jpprep.ui import i18n
    from jpprep.ui.deck_options import DeckOptionsDialog

    i18n.apply_language(lang)
    from sqlalchemy import select

    from jpprep.store.models import Deck

    with app_db.session() as s:
        deck_id = s.scalar(select(Deck.id).where(Deck.name == "Test::Basics"))
    dlg = DeckOptionsDialog(app_db, deck_id)
    qtbot.addWidget(dlg)
    assert dlg.preset_box.currentText() == shown and dlg.name.text() == shown
    dlg.new_per_day.setValue(15)
    dlg.save()
    assert dlg.result() == dlg.DialogCode.Accepted
    info = presets.deck_preset(app_db, deck_id)
    assert info.name == presets.DEFAULT_NAME and info.config.new_per_day == 15


@pytest.mark.parametrize("lang, said", [
    ("ja", "「exam month」という名前のプリセットはすでにあります。"),
    ("ur", "“exam month” نام کا پری سیٹ پہلے سے موجود ہے۔")])
def test_a_new_preset_cannot_take_another_presets_name(qtbot, home, app_db, lang, said,
                                                       ui_defaults, screenshot):
    """Two presets of one name could not be told apart in the list: the name field says so in
    the interface language, and nothing is saved."""
    from jpprep.ui import i18n

    presets.create_preset(app_db, "Exam month")
    i18n.apply_language(lang)
    dlg, deck = _open(qtbot, home)
    qtbot.mouseClick(dlg.copy_button, Qt.MouseButton.LeftButton)
    _type(qtbot, dlg.name, "exam month ")
    _save(qtbot, dlg)
    assert dlg.isVisible()
    err = dlg.errors["name"]
    assert err.isVisible() and err.text().startswith(said)
    assert sorted(p.name for p in presets.list_presets(app_db)) == ["Default", "Exam month"]
    assert presets.deck_preset(app_db, deck).name == "Default"
    screenshot(dlg, f"deck_options_name_taken_{lang}")


def test_a_new_preset_cannot_take_the_name_the_default_preset_is_shown_with(qtbot, home, app_db,
                                                                            ui_defaults):
    """In Japanese the shared preset "Default" is shown as 標準: a new 標準 would look the same."""
    from jpprep.ui import i18n

    i18n.apply_language("ja")
    dlg, deck = _open(qtbot, home)
    qtbot.mouseClick(dlg.copy_button, Qt.MouseButton.LeftButton)
    dlg.name.setText("標準")  # (qtbot.keyClicks cannot type kanji)
    _save(qtbot, dlg)
    assert dlg.isVisible() and dlg.errors["name"].isVisible()
    assert dlg.errors["name"].text().startswith("「標準」という名前のプリセットはすでにあります。")
    assert [p.name for p in presets.list_presets(app_db)] == ["Default"]
