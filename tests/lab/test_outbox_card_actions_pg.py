""""Reset card" and "Set due date" kept on the PC while a real PostgreSQL server is away (the
relay of test_outbox_postgres cuts the network), then sent in order with the answers when it is
back; the reply to the reset's COMMIT is lost and the reset is still applied once (needs
JPPREP_TEST_PG_URL)."""

from __future__ import annotations

import sys
from pathlib import Path

from sqlalchemy import select, text

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "srs"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from srs_factory import DAY, MIN, T0  # noqa: E402
from test_outbox_postgres import lab_pc, pytestmark, server  # noqa: E402,F401

from jpprep.services.outbox import RESET, SET_DUE  # noqa: E402
from jpprep.store.models import CardState, Review  # noqa: E402


def _read(admin, schema, query):
    with admin.connect() as c:
        c.execute(text(f"SET search_path TO {schema}"))
        return c.execute(query).all()


def test_reset_and_set_due_wait_on_the_pc_and_reach_the_server_once(server, lab_pc):
    admin, relay, _url, schema = server
    db, session, pid = lab_pc
    a = session.next_card(None, T0)
    session.answer(a.card_id, 4, T0, 2000)  # Easy: a review card, on the server
    relay.cut()  # cable out
    session.get_card(a.card_id, T0 + MIN)  # the reviewer finds the server away
    assert session.reset(a.card_id, T0 + 2 * MIN) is False  # kept, not refused
    b = session.next_card(None, T0 + 3 * MIN)
    assert session.answer(b.card_id, 3, T0 + 3 * MIN, 2000) is None  # kept
    c = session.next_card(None, T0 + 4 * MIN)
    assert session.set_due(c.card_id, 4, T0 + 4 * MIN) is False
    kept = session.outbox.pending()
    assert [(p.card_id, p.action) for p in kept] == [
        (a.card_id, RESET), (b.card_id, None), (c.card_id, SET_DUE)]
    relay.restore()
    relay.lose_commit_ack = True  # the reset is carried out, its reply lost
    assert not session.retry(T0 + 10 * MIN)
    assert relay.lost.wait(5)
    assert session.outbox.pending()[0].uid == kept[0].uid  # still waiting here...
    assert _read(admin, schema, select(Review.uid).where(Review.uid == kept[0].uid))  # ...and stored
    for k in range(5):  # the first reconnection on a loaded machine may time out
        if session.retry(T0 + (11 + k) * MIN):
            break
    assert session.outbox.count() == 0 and session.outbox.refused() == []
    states = dict((r[0], r[1:]) for r in _read(admin, schema, select(
        CardState.card_id, CardState.state, CardState.reps, CardState.due_ms)
        .where(CardState.profile_id == pid)))
    assert states[a.card_id][:2] == (0, 0)  # new again
    assert states[c.card_id][0] == 2 and 3 * DAY < states[c.card_id][2] - (T0 + 4 * MIN) < 5 * DAY
    rows = _read(admin, schema, select(Review.card_id, Review.kind, Review.uid)
                 .where(Review.profile_id == pid).order_by(Review.id))
    assert [(r[0], r[1]) for r in rows] == [(a.card_id, "review"), (a.card_id, "manual"),
                                            (b.card_id, "review"), (c.card_id, "manual")]
    assert [r[2] for r in rows[1:]] == [p.uid for p in kept]
