"""The reviewer's status line ("New · Learning · Due") after every answer and after undo shows
exactly what deck_counts says for the deck being studied (daily limits across nested decks,
buried siblings, a backlog of due reviews), although the page no longer counts every deck."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "srs"))
from srs_factory import DAY, MIN, T0, make_deck, make_notes, make_preset, make_profile  # noqa: E402

from jpprep.services import study  # noqa: E402
from jpprep.store.models import CardState  # noqa: E402
from jpprep.ui.context import AppContext  # noqa: E402
from jpprep.ui.pages.study import StudyPage  # noqa: E402


def _setup(db):
    with db.session() as s:
        pid = make_profile(s)
        top = make_deck(s, "JLPT", preset_id=make_preset(s, "top", new_per_day=5,
                                                         reviews_per_day=6))
        n5 = make_deck(s, "JLPT::N5", parent_id=top,
                       preset_id=make_preset(s, "n5", new_per_day=3, reviews_per_day=4))
        n4 = make_deck(s, "JLPT::N4", parent_id=top)
        c5 = make_notes(s, n5, 8, kinds=("recognition", "production"))  # siblings get buried
        c4 = make_notes(s, n4, 8)
        for i, cid in enumerate(c5[:10:2] + c4[:4]):
            s.add(CardState(profile_id=pid, card_id=cid, state=2, queue=0, stability=4.0,
                            difficulty=5.0, due_ms=T0 - DAY + i * MIN,
                            last_review_ms=T0 - 5 * DAY, reps=2, lapses=0, flag=0,
                            leech=False))
    return pid, top, n5


def _shown(page) -> tuple[int, int, int]:
    return tuple(int(n) for n in re.findall(r"\d+", page.counts_label.text()))


def _expected(db, pid, deck_id, now) -> tuple[int, int, int]:
    (c,) = [c for c in study.deck_counts(db, pid, now) if c.deck_id == deck_id]
    return (c.new, c.learning, c.review)


@pytest.mark.parametrize("deck", ["JLPT", "JLPT::N5"])
def test_status_line_after_answers_and_undo_equals_deck_counts(qtbot, qapp_setup, db, deck):
    pid, top, n5 = _setup(db)
    deck_id = top if deck == "JLPT" else n5
    now = [T0]
    page = StudyPage(AppContext(db, pid, "learner", clock=lambda: now[0]))
    qtbot.addWidget(page)
    page.show()
    page.set_deck(deck_id)
    page.refresh()
    assert page.deck_label.text() == deck
    assert _shown(page) == _expected(db, pid, deck_id, now[0])
    history = [_shown(page)]
    for rating in (Qt.Key.Key_3, Qt.Key.Key_1, Qt.Key.Key_4, Qt.Key.Key_3, Qt.Key.Key_2):
        assert page.card is not None
        now[0] += 70_000  # a learning step comes due meanwhile
        qtbot.keyClick(page, Qt.Key.Key_Space)
        qtbot.keyClick(page, rating)
        assert _shown(page) == _expected(db, pid, deck_id, now[0])
        history.append(_shown(page))
    now[0] += 5_000
    qtbot.keyClick(page, Qt.Key.Key_U)  # undo the last answer: its card and counts come back
    assert _shown(page) == _expected(db, pid, deck_id, now[0])
    assert _shown(page) != history[-1]
    assert len(set(history)) > 2  # the line did change as cards were answered
