"""The progress page: heatmap, forecast, retention, exam target dialog."""

from __future__ import annotations

import random

from PySide6.QtCore import QDate, Qt

from jpprep.services import planning, profiles, study
from jpprep.store.models import Card, Deck, Note, Review
from jpprep.ui.context import AppContext
from jpprep.ui.pages.stats import ExamTargetDialog, StatsPage

DAY = 86_400_000
NOW = 1_790_000_000_000  # 2026-09-21 (FakeClock default)


def _history(db, days=100):
    """A learner with a deck of 80 words who studied most days for four months."""
    info = profiles.create_profile(db, "Bishal", now=NOW - days * DAY)
    profiles.update_settings(db, info.id, utc_offset_minutes=345)  # Nepal
    with db.session() as s:
        deck = Deck(name="JLPT::N5")
        s.add(deck)
        s.flush()
        ids = []
        for i in range(80):
            note = Note(deck_id=deck.id, guid=f"t{i}", expression=f"語{i}", reading="ご",
                        meanings={"en": "word"})
            s.add(note)
            s.flush()
            card = Card(note_id=note.id, deck_id=deck.id, position=i)
            s.add(card)
            s.flush()
            ids.append(card.id)
        deck_id = deck.id
    rng = random.Random(3)
    for d in range(days, 0, -1):
        if rng.random() < 0.25:
            continue  # a day off
        now = NOW - d * DAY + 3 * 3_600_000
        for _ in range(rng.randint(2, 8)):
            card = study.next_card(db, info.id, None, now)
            if card is None:
                break
            study.answer(db, info.id, card.card_id, rng.choice([1, 3, 3, 3, 4]), now, 5000)
            now += 30_000
    return info, deck_id


def _page(qtbot, db, info, clock):
    ctx = AppContext(db, info.id, info.name, clock, {})
    page = StatsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 1100)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.refresh()
    return page


def test_page_shows_the_year_forecast_and_retention(qtbot, screenshot, qapp_setup, db, clock):
    info, deck_id = _history(db)
    page = _page(qtbot, db, info, clock)
    data = page.data
    studied = [n for _d, n in data.heatmap if n]
    assert len(data.heatmap) == 365 and 60 < len(studied) < 120
    assert page.heatmap.accessibleDescription().startswith(f"{len(studied)} day")
    # the busiest day is darkest, a day off is blank
    busiest = max(range(365), key=lambda i: data.heatmap[i][1])
    assert page.heatmap.level(data.heatmap[busiest][1]) == 4
    assert page.heatmap.level(0) == 0
    assert page.figures["reviews"].text().replace(",", "") == str(data.reviews_total)
    assert page.by_age.rowCount() == 5 and page.by_month.rowCount() >= 4
    assert page.forecast.values == data.forecast
    path = screenshot(page, "stats-page")
    assert path.stat().st_size > 10_000


def test_choosing_a_deck_reloads_for_that_deck(qtbot, qapp_setup, db, clock):
    info, deck_id = _history(db, days=20)
    page = _page(qtbot, db, info, clock)
    whole = page.data.reviews_total
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.deck.setCurrentIndex(page.deck.findData(deck_id))
    assert page.data.deck_id == deck_id and page.data.reviews_total == whole


def test_exam_target_dialog_checks_pace_and_saves(qtbot, screenshot, qapp_setup, db, clock):
    info, deck_id = _history(db, days=20)
    page = _page(qtbot, db, info, clock)
    dlg = page.open_target()
    qtbot.addWidget(dlg)
    assert not dlg.save_button.isEnabled()  # no deck ticked yet
    item = next(dlg.decks.item(i) for i in range(dlg.decks.count())
                if dlg.decks.item(i).data(Qt.ItemDataRole.UserRole) == deck_id)
    item.setCheckState(Qt.CheckState.Checked)
    dlg.date.setDate(QDate(2026, 9, 28))  # a week away: too soon for what is left
    assert "would" in dlg.verdict.text() and dlg.save_button.isEnabled()
    screenshot(dlg, "exam-target")
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    target = planning.get_target(db, info.id)
    assert target.exam_date == "2026-09-28" and target.deck_ids == [deck_id]
    from jpprep.ui import i18n

    assert i18n.date("2026-09-28") in page.plan_label.text()  # worded in the interface language
    assert "2026-09-28" not in page.plan_label.text()


def test_fit_memory_model_runs_in_the_background_and_reports(qtbot, qapp_setup, db, clock):
    info, deck_id = _history(db, days=10)
    page = _page(qtbot, db, info, clock)
    with qtbot.waitSignal(page.optimized, timeout=20_000):
        qtbot.mouseClick(page.optimize_button, Qt.MouseButton.LeftButton)
        assert not page.optimize_button.isEnabled()  # no second run while one is going
    assert page.optimize_button.isEnabled()
    text = page.optimize_label.text().replace("\u2066", "").replace("\u2069", "")
    assert text.startswith("Default: Not enough reviews yet:")


def test_first_visit_shows_the_figures_without_numpy(qtbot, qapp_setup, db, clock, monkeypatch):
    """A profile's first Progress page (no summary yet: first visit, another day-start hour)
    sums its log in plain Python: importing numpy in the page's worker took seconds beside the
    start-up jobs, with "–" in every figure meanwhile. numpy stays for logs of a year and more."""
    import sys

    info, _deck = _history(db, days=40)
    monkeypatch.setitem(sys.modules, "numpy", None)  # any `import numpy` now fails
    page = _page(qtbot, db, info, clock)
    with db.session() as s:
        total = s.query(Review).filter_by(profile_id=info.id, kind="review").count()
    assert total > 0
    assert page.figures["reviews"].text().replace(",", "") == str(total)
    assert not page.plan_label.text().startswith("The statistics could not be read")
