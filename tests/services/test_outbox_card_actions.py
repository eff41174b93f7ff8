""""Reset card" and "Set due date" while the class server is away: they wait in the outbox on
this PC in order with the answers and flags, and follow the answers' rules when the server is
back (their own time, once even when a reply was lost, kept apart when the card was deleted on
the server). The "server" is SQLite behind the fault-injecting wrapper of test_outbox; the
uid rule also runs on PostgreSQL (backend_db), and tests/lab/test_outbox_card_actions_pg.py
runs the whole round through a relay to a real PostgreSQL server."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest
from sqlalchemy import delete, select

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "srs"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from srs_factory import DAY, MIN, T0, make_deck, make_notes, make_profile  # noqa: E402
from test_outbox import ActionServer, FlakyServer  # noqa: E402

from jpprep.errors import ValidationError  # noqa: E402
from jpprep.services import study  # noqa: E402
from jpprep.services.offline_study import StudySession  # noqa: E402
from jpprep.services.outbox import RESET, SET_DUE, Outbox  # noqa: E402
from jpprep.store.models import Card, CardState, Note, Review, UndoEntry  # noqa: E402

NEW, REVIEW = 0, 2


def _setup(db, tmp_path, n=6, server_class=ActionServer):
    with db.session() as s:
        pid = make_profile(s)
        cards = make_notes(s, make_deck(s, "N5"), n)
    server = server_class(db)
    session = StudySession(server, pid, Outbox(tmp_path / "o.sqlite"), prefetch=8)
    return server, session, pid, cards


def _state(db, pid, card_id):
    with db.session() as s:
        row = s.get(CardState, (pid, card_id))
        return None if row is None else (row.state, row.due_ms, row.reps)


def test_reset_and_set_due_while_away_wait_in_order_and_are_applied_once_when_back(db, tmp_path):
    server, session, pid, _cards = _setup(db, tmp_path)
    a = session.next_card(None, T0)
    session.answer(a.card_id, 4, T0, 2000)  # Easy: a review card due in days
    assert _state(db, pid, a.card_id)[0] == REVIEW
    server.down = True
    b = session.next_card(None, T0 + MIN)
    session.answer(b.card_id, 3, T0 + MIN, 2000)  # kept: the session finds the server away
    assert session.reset(a.card_id, T0 + 2 * MIN) is False  # kept here, not refused
    c = session.next_card(None, T0 + 3 * MIN)
    assert session.set_due(c.card_id, 5, T0 + 3 * MIN) is False
    d = session.next_card(None, T0 + 4 * MIN)
    assert d.card_id not in (a.card_id, b.card_id, c.card_id)  # a card set aside is not shown
    session.answer(d.card_id, 3, T0 + 4 * MIN, 2000)
    waiting = session.outbox.pending()
    assert [(p.card_id, p.action, p.days) for p in waiting] == [
        (b.card_id, None, None), (a.card_id, RESET, None), (c.card_id, SET_DUE, 5),
        (d.card_id, None, None)]
    assert session.status().pending == 2  # the banner counts answers
    assert session.outbox.answers_waiting() == 2 and session.outbox.changes_waiting() == 2
    assert _state(db, pid, a.card_id)[0] == REVIEW and _state(db, pid, c.card_id) is None

    server.down = False
    server.lose_ack = 2  # b's answer and a's reset are stored, their replies lost
    assert not session.retry(T0 + 10 * MIN)
    assert not session.retry(T0 + 11 * MIN)
    assert session.retry(T0 + 12 * MIN)
    assert session.outbox.count() == 0 and session.outbox.refused() == []
    assert _state(db, pid, a.card_id) == (NEW, 0, 0)
    state, due, _reps = _state(db, pid, c.card_id)
    # five learner days after the time it was set (the day starts at 04:00), not after it was sent
    assert state == REVIEW and 4 * DAY < due - (T0 + 3 * MIN) < 6 * DAY
    with db.session() as s:
        undo = [tuple(r) for r in s.execute(select(UndoEntry.action, UndoEntry.card_id)
                                            .order_by(UndoEntry.id))]
        manual = s.execute(select(Review.card_id, Review.uid, Review.reviewed_ms)
                           .where(Review.kind == "manual").order_by(Review.id)).all()
    assert undo == [("answer", a.card_id), ("answer", b.card_id), ("reset", a.card_id),
                    ("set_due", c.card_id), ("answer", d.card_id)]
    assert [tuple(m) for m in manual] == [(a.card_id, waiting[1].uid, T0 + 2 * MIN),
                                          (c.card_id, waiting[2].uid, T0 + 3 * MIN)]


def test_undo_while_away_takes_back_a_kept_reset_and_the_card_shows_again(db, tmp_path):
    server, session, pid, _cards = _setup(db, tmp_path)
    a = session.next_card(None, T0)
    session.answer(a.card_id, 4, T0, 2000)
    before = _state(db, pid, a.card_id)
    server.down = True
    session.get_card(a.card_id, T0 + MIN)  # finds the server away
    assert session.reset(a.card_id, T0 + MIN) is False
    back = session.undo(T0 + 2 * MIN)
    assert back is not None and back.card_id == a.card_id and session.outbox.count() == 0
    server.down = False
    assert session.retry(T0 + 3 * MIN)
    assert _state(db, pid, a.card_id) == before  # nothing was sent for it


def test_a_kept_reset_of_a_card_deleted_on_the_server_is_kept_apart(db, tmp_path):
    server, session, pid, _cards = _setup(db, tmp_path, server_class=FlakyServer)
    a = session.next_card(None, T0)
    server.down = True
    session.get_card(a.card_id, T0)
    session.reset(a.card_id, T0 + MIN)
    session.set_due(a.card_id, 2, T0 + 2 * MIN)
    with db.session() as s:  # a teacher deletes the word on the server meanwhile
        note_id = s.get(Card, a.card_id).note_id
        s.execute(delete(Card).where(Card.id == a.card_id))
        s.execute(delete(Note).where(Note.id == note_id))
    server.down = False
    assert session.retry(T0 + 3 * MIN)
    assert [(p.action, p.days) for p, _why in session.outbox.refused()] == [
        (RESET, None), (SET_DUE, 2)]
    assert session.outbox.count() == 0


def test_a_due_date_out_of_range_is_refused_before_anything_is_kept(db, tmp_path):
    server, session, pid, _cards = _setup(db, tmp_path)
    a = session.next_card(None, T0)
    server.down = True
    with pytest.raises(ValidationError):
        session.set_due(a.card_id, -1, T0)
    assert session.outbox.count() == 0


def test_reset_and_set_due_sent_again_with_their_uid_are_applied_once_on_each_backend(
        backend_db):
    """The server recognises the uid in its review log (not only in the undo entries, which
    keep the last 30-39 actions): a reply lost long ago still does not reset twice."""
    with backend_db.session() as s:
        pid = make_profile(s)
        a, b = make_notes(s, make_deck(s, "N5"), 2)
    study.answer(backend_db, pid, a, 4, T0)
    assert study.reset(backend_db, pid, [a], T0 + 1, uid="pc-1:r1") == 1
    assert study.set_due(backend_db, pid, [b], 3, T0 + 2, uid="pc-1:d1") == 1
    study.answer(backend_db, pid, a, 3, T0 + 3)  # studied on since
    with backend_db.session() as s:
        s.execute(delete(UndoEntry))  # as if trimmed away
    assert study.reset(backend_db, pid, [a], T0 + 1, uid="pc-1:r1") == 0
    assert study.set_due(backend_db, pid, [b], 3, T0 + 2, uid="pc-1:d1") == 0
    assert study.get_card(backend_db, pid, a, T0 + 4).state != NEW  # the later answer stays
    with backend_db.session() as s:
        assert len(s.scalars(select(Review.id).where(Review.kind == "manual")).all()) == 2
    with pytest.raises(ValidationError):
        study.reset(backend_db, pid, [a, b], T0 + 5, uid="pc-1:r2")  # a uid names one card


def test_an_outbox_file_from_before_card_actions_opens_sends_and_takes_them(db, tmp_path):
    """A file made before resets and due dates could wait (flag and flag_before, no action
    or days) keeps its rows, counts them as before and takes a reset after them."""
    with db.session() as s:
        pid = make_profile(s)
        cards = make_notes(s, make_deck(s, "N5"), 3)
    path = tmp_path / "old.sqlite"
    con = sqlite3.connect(path)
    con.executescript(f"""
        CREATE TABLE answer (seq INTEGER PRIMARY KEY AUTOINCREMENT, uid TEXT NOT NULL UNIQUE,
            profile_id INTEGER NOT NULL, card_id INTEGER NOT NULL, rating INTEGER NOT NULL,
            now_ms INTEGER NOT NULL, duration_ms INTEGER NOT NULL, flag INTEGER,
            flag_before INTEGER);
        CREATE TABLE refused (seq INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE,
            profile_id INTEGER NOT NULL, card_id INTEGER NOT NULL, rating INTEGER NOT NULL,
            now_ms INTEGER NOT NULL, duration_ms INTEGER NOT NULL, reason TEXT NOT NULL,
            flag INTEGER, flag_before INTEGER);
        INSERT INTO answer (uid, profile_id, card_id, rating, now_ms, duration_ms, flag)
            VALUES ('old-a', {pid}, {cards[0]}, 4, {T0}, 900, NULL),
                   ('old-f', {pid}, {cards[1]}, 0, {T0 + 1}, 0, 2);
    """)
    con.close()
    box = Outbox(path)
    assert [(p.uid, p.action) for p in box.pending()] == [("old-a", None), ("old-f", None)]
    box.add_action(pid, cards[0], RESET, T0 + 2)
    assert box.answers_waiting() == 1 and box.changes_waiting() == 2
    assert box.card_ids() == {cards[0]}
    session = StudySession(FlakyServer(db), pid, box, prefetch=0)
    assert session.retry(T0 + MIN)
    assert _state(db, pid, cards[0]) == (NEW, 0, 0)
    assert study.get_card(db, pid, cards[1], T0 + MIN).flag == 2
    session.close()
