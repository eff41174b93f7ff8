"""Suspend ("!" in the reviewer) while the class server is away: it waits in the outbox on this
PC in order with the answers, like "Reset card", and reaches the server when it is back (once,
with its own time). Before, the card was only skipped on this PC and the suspension was lost.
The "server" is SQLite behind the fault-injecting wrapper of test_outbox."""

from __future__ import annotations

import sys
from pathlib import Path

from sqlalchemy import delete, select

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "srs"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from srs_factory import MIN, T0, make_deck, make_notes, make_profile  # noqa: E402
from test_outbox import ActionServer, FlakyServer  # noqa: E402

from jpprep.services import study  # noqa: E402
from jpprep.services.offline_study import StudySession  # noqa: E402
from jpprep.services.outbox import SUSPEND, Outbox  # noqa: E402
from jpprep.store.models import Card, CardState, Note, UndoEntry  # noqa: E402

SUSPENDED = -1


def _setup(db, tmp_path, server_class=ActionServer):
    with db.session() as s:
        pid = make_profile(s)
        make_notes(s, make_deck(s, "N5"), 6)
    server = server_class(db)
    session = StudySession(server, pid, Outbox(tmp_path / "o.sqlite"), prefetch=8)
    return server, session, pid


def _queue(db, pid, card_id):
    with db.session() as s:
        row = s.get(CardState, (pid, card_id))
        return None if row is None else row.queue


def test_suspend_while_away_waits_in_order_and_is_applied_once_when_back(db, tmp_path):
    server, session, pid = _setup(db, tmp_path)
    a = session.next_card(None, T0)
    server.down = True
    session.answer(a.card_id, 3, T0, 2000)  # kept: the session finds the server away
    b = session.next_card(None, T0 + MIN)
    assert session.suspend(b.card_id, T0 + MIN) is False  # kept here
    c = session.next_card(None, T0 + 2 * MIN)
    assert c.card_id not in (a.card_id, b.card_id)  # the suspended card is not shown again
    assert [(p.card_id, p.action) for p in session.outbox.pending()] == [
        (a.card_id, None), (b.card_id, SUSPEND)]
    assert session.outbox.changes_waiting() == 1 and _queue(db, pid, b.card_id) is None
    server.down = False
    server.lose_ack = 2  # the answer and the suspension are stored, their replies lost
    assert not session.retry(T0 + 10 * MIN)
    assert not session.retry(T0 + 11 * MIN)
    assert session.retry(T0 + 12 * MIN)
    assert session.outbox.count() == 0 and session.outbox.refused() == []
    assert _queue(db, pid, b.card_id) == SUSPENDED
    with db.session() as s:
        undo = [tuple(r) for r in s.execute(select(UndoEntry.action, UndoEntry.card_id)
                                            .order_by(UndoEntry.id))]
    assert undo == [("answer", a.card_id), ("suspend", b.card_id)]  # once each
    assert study.undo(db, pid, T0 + 13 * MIN) == b.card_id  # u on the server takes it back
    assert _queue(db, pid, b.card_id) is None


def test_undo_while_away_takes_back_a_kept_suspension(db, tmp_path):
    server, session, pid = _setup(db, tmp_path)
    a = session.next_card(None, T0)
    server.down = True
    session.get_card(a.card_id, T0)  # finds the server away
    assert session.suspend(a.card_id, T0 + MIN) is False
    back = session.undo(T0 + 2 * MIN)
    assert back is not None and back.card_id == a.card_id and session.outbox.count() == 0
    server.down = False
    assert session.retry(T0 + 3 * MIN)
    assert _queue(db, pid, a.card_id) is None  # nothing was sent for it


def test_online_suspend_goes_straight_to_the_server(db, tmp_path):
    _server, session, pid = _setup(db, tmp_path)
    a = session.next_card(None, T0)
    assert session.suspend(a.card_id, T0) is True
    assert _queue(db, pid, a.card_id) == SUSPENDED and session.outbox.count() == 0
    assert session.next_card(None, T0 + 1).card_id != a.card_id


def test_a_kept_suspension_of_a_card_deleted_on_the_server_is_kept_apart(db, tmp_path):
    server, session, pid = _setup(db, tmp_path, server_class=FlakyServer)
    a = session.next_card(None, T0)
    server.down = True
    session.get_card(a.card_id, T0)
    session.suspend(a.card_id, T0 + MIN)
    with db.session() as s:  # a teacher deletes the word on the server meanwhile
        note_id = s.get(Card, a.card_id).note_id
        s.execute(delete(Card).where(Card.id == a.card_id))
        s.execute(delete(Note).where(Note.id == note_id))
    server.down = False
    assert session.retry(T0 + 2 * MIN)
    assert [p.action for p, _why in session.outbox.refused()] == [SUSPEND]
