"""queue_counts / answer_next_counts: the studied deck's counts without counting every deck.
They must always equal what deck_counts says for that deck (summed over the top decks for
all decks): daily limits across nested decks (a subdeck's own limit binding before its
parent's), buried siblings, undo, a backlog of due reviews, learning cards coming due."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "srs"))
from srs_factory import DAY, MIN, T0, make_deck, make_notes, make_preset, make_profile  # noqa: E402

from jpprep.services import study  # noqa: E402
from jpprep.store.db import Database  # noqa: E402
from jpprep.store.models import CardState  # noqa: E402


@pytest.fixture
def db(tmp_path):
    d = Database(f"sqlite:///{tmp_path / 'counts.db'}")
    yield d
    d.close()


def expected(db, pid, deck_id, now):
    counts = study.deck_counts(db, pid, now)
    if deck_id is None:
        top = [c for c in counts if "::" not in c.name]
        return tuple(sum(getattr(c, f) for c in top) for f in ("new", "learning", "review"))
    (c,) = [c for c in counts if c.deck_id == deck_id]
    return (c.new, c.learning, c.review)


def got(q):
    return (q.new, q.learning, q.review)


def setup(db):
    """JLPT (new 6/day, reviews 9/day) > N5 (new 4, reviews 5, two cards per note: siblings)
    and N4 (defaults), and a second top deck; a backlog of due reviews in N5 and N4."""
    with db.session() as s:
        pid = make_profile(s)
        top = make_deck(s, "JLPT", preset_id=make_preset(s, "top", new_per_day=6,
                                                         reviews_per_day=9))
        n5 = make_deck(s, "JLPT::N5", parent_id=top,
                       preset_id=make_preset(s, "n5", new_per_day=4, reviews_per_day=5))
        n4 = make_deck(s, "JLPT::N4", parent_id=top)
        other = make_deck(s, "Nursing", preset_id=make_preset(s, "care", new_per_day=3))
        c5 = make_notes(s, n5, 12, kinds=("recognition", "production"))
        c4 = make_notes(s, n4, 12)
        make_notes(s, other, 5)
        # reviews due before today: 8 in N5 (every other card), 7 in N4
        for i, cid in enumerate(c5[:16:2] + c4[:7]):
            s.add(CardState(profile_id=pid, card_id=cid, state=2, queue=0, stability=5.0,
                            difficulty=5.0, due_ms=T0 - DAY + i * MIN,
                            last_review_ms=T0 - 6 * DAY, reps=2, lapses=0, flag=0,
                            leech=False))
    return pid, top, n5, n4, other


@pytest.mark.parametrize("studied", ["all", "JLPT", "N5", "N4"])
def test_counts_after_every_answer_and_undo_equal_deck_counts(db, studied):
    pid, top, n5, n4, other = setup(db)
    deck = {"all": None, "JLPT": top, "N5": n5, "N4": n4}[studied]
    now = T0
    assert got(study.queue_counts(db, pid, deck, now)) == expected(db, pid, deck, now)
    card = study.next_card(db, pid, deck, now)
    seen = []
    for i in range(14):
        if card is None:
            break
        rating = (3, 1, 4, 3, 2)[i % 5]
        _res, card, counts = study.answer_next_counts(db, pid, card.card_id, rating, now,
                                                      1000, deck_id=deck)
        seen.append(got(counts))
        assert got(counts) == expected(db, pid, deck, now), (i, card)
        now += 2 * MIN  # learning steps come due as time passes
        if i % 4 == 3:
            study.undo(db, pid, now)
            assert got(study.queue_counts(db, pid, deck, now)) == expected(db, pid, deck, now)
            card = study.next_card(db, pid, deck, now)
    assert len(set(seen)) > 3  # the counts did move


def test_a_subdeck_limit_binding_first_is_counted_exactly(db):
    """N5 may show 5 reviews and its parent 9: walking the backlog, the first due cards may
    all be N5's; the count for the parent must still be N5's 5 + N4's."""
    pid, top, n5, n4, other = setup(db)
    for deck in (None, top, n5, n4, other):
        assert got(study.queue_counts(db, pid, deck, T0)) == expected(db, pid, deck, T0)
    assert got(study.queue_counts(db, pid, top, T0))[2] == 9  # 5 from N5 + 4 of N4's 7


def test_unknown_deck_is_refused(db):
    pid, *_ = setup(db)
    from jpprep.errors import ValidationError

    with pytest.raises(ValidationError):
        study.queue_counts(db, pid, 9999, T0)


def test_the_session_gives_the_answers_counts_once_then_counts_afresh(db, tmp_path):
    """StudySession.counts(): the counts the answer brought along are used for the render
    right after it; after a bury (or anything else) they are counted again."""
    from jpprep.services.offline_study import StudySession
    from jpprep.services.outbox import Outbox

    pid, top, n5, n4, other = setup(db)
    session = StudySession(db, pid, outbox=Outbox(tmp_path / "outbox.db"))
    card = session.next_card(n5, T0)
    _res, card = session.answer_and_next(card.card_id, 3, T0, 1000, n5)
    assert got(session.counts(n5, T0)) == expected(db, pid, n5, T0)
    session.skip(study.bury, card.card_id, T0 + 1000)
    assert got(session.counts(n5, T0 + 1000)) == expected(db, pid, n5, T0 + 1000)
    assert session.counts(top, T0 + 1000).name == "JLPT"


@pytest.mark.parametrize("studied", ["all", "N5", "N4"])
def test_back_to_back_answers_keep_the_due_counts_right(db, studied, monkeypatch):
    """Between two answers with nothing else written, the due reviews are not counted again
    (only cards that came due since, and this answer's own changes): checked against
    deck_counts read through another handle, so this handle's answers stay back to back."""
    pid, top, n5, n4, other = setup(db)
    deck = {"all": None, "N5": n5, "N4": n4}[studied]
    spans = []
    real_all = study._Sql.all

    def spy(self, sql, params=None):
        if sql == study._SQL_DUE_BY_DECK:
            spans.append(params["since"])
        return real_all(self, sql, params)

    monkeypatch.setattr(study._Sql, "all", spy)
    with db.session() as s:  # a review comes due in the middle of the session (not a day start)
        s.add(CardState(profile_id=pid, card_id=_free_card(s, n4), state=2, queue=0,
                        stability=3.0, difficulty=5.0, due_ms=T0 + 5 * MIN,
                        last_review_ms=T0 - 3 * DAY, reps=1, lapses=0, flag=0, leech=False))
    reader = Database(db.url)
    try:
        now = T0
        card = study.next_card(db, pid, deck, now)
        for i in range(10):
            if card is None:
                break
            _res, card, counts = study.answer_next_counts(
                db, pid, card.card_id, (3, 3, 1, 4)[i % 4], now, 1000, deck_id=deck)
            assert got(counts) == expected(reader, pid, deck, now), i
            now += 2 * MIN
    finally:
        reader.close()
    assert any(s > 0 for s in spans)  # the kept counts were used


def _free_card(s, deck_id):
    from sqlalchemy import select

    from jpprep.store.models import Card

    taken = select(CardState.card_id)
    return s.scalars(select(Card.id).where(Card.deck_id == deck_id, Card.id.not_in(taken))
                     .order_by(Card.position.desc()).limit(1)).one()
