"""Mock exams against a real PostgreSQL server that goes away (needs JPPREP_TEST_PG_URL:
. .ci/postgres.sh && setup_postgres). The lab PC reaches the server through the TCP relay of
test_outbox_postgres: the connection refused while the exam goes on and jpprep is closed, and
the server's reply to the COMMIT that stored the result thrown away. The exam's state waits in a
file on this PC and reaches the server exactly once."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, text

from jpprep.exams import blueprint, synthetic
from jpprep.services import exam_outbox, offline_study
from jpprep.services import exams as svc
from jpprep.services.profiles import create_profile
from jpprep.store.models import ExamAttempt
from lab.test_outbox_postgres import PG_URL, server  # noqa: F401  (the fixture)

pytestmark = pytest.mark.skipif(not PG_URL, reason="JPPREP_TEST_PG_URL is not set "
                                "(. .ci/postgres.sh && setup_postgres)")

T0 = 1_800_000_000_000
MIN = 60_000


@pytest.fixture
def exam_pc(server, tmp_path):  # noqa: F811
    from jpprep.store.db import Database

    _admin, _relay, pc_url, _schema = server
    db = Database(pc_url)
    pid = create_profile(db, "Bikash", now=T0).id
    files = [synthetic.synthetic_bank(blueprint.get("jlpt-n5"), tmp_path / "n5")]
    run = svc.start_exam(db, pid, "jlpt-n5", now=T0, files=files)
    yield db, pid, run
    exam_outbox._boxes.clear()
    db.close()


def attempts(admin, schema):
    with admin.connect() as c:
        c.execute(text(f"SET search_path TO {schema}"))
        return c.execute(select(ExamAttempt.id, ExamAttempt.state, ExamAttempt.finished_ms,
                                ExamAttempt.result)).all()


def answer(run, k, now):
    run.session.goto(k, now)
    item = run.items[run.session.item_id]
    run.session.answer(item.correct, now)
    return run.session.item_id


def test_exam_state_waits_on_this_pc_through_a_restart_and_the_result_is_stored_once(server, exam_pc):  # noqa: F811
    admin, relay, _url, schema = server
    db, pid, run = exam_pc
    first = answer(run, 0, T0 + MIN)
    assert exam_outbox.save(db, run, pid, T0 + MIN)
    relay.cut()  # cable out
    second = answer(run, 1, T0 + 2 * MIN)
    assert exam_outbox.save(db, run, pid, T0 + 2 * MIN) is False
    result, on_server = exam_outbox.finish(db, run, pid, T0 + 3 * MIN)
    assert not on_server and result.total is not None
    exam_outbox._boxes.clear()  # jpprep closed; the PC restarts
    [(aid, state, finished, res)] = attempts(admin, schema)
    assert set(state["answers"]) == {first} and finished is None and res is None
    relay.restore()
    relay.lose_commit_ack = True  # the result is stored, the reply to its COMMIT is lost
    assert offline_study.send_waiting(db, T0 + 60 * MIN) == 0
    assert relay.lost.wait(5)  # the relay marks it after dropping the link (0.5 s after COMMIT)
    assert exam_outbox.is_kept(db, pid, aid)  # not heard: still waiting here
    assert offline_study.send_waiting(db, T0 + 61 * MIN) == 1  # the next start of jpprep
    assert not exam_outbox.is_kept(db, pid, aid)
    [(aid2, state, finished, res)] = attempts(admin, schema)
    assert aid2 == aid and set(state["answers"]) == {first, second}
    assert finished == T0 + 3 * MIN and res == result.to_dict()
    with admin.connect() as c:
        c.execute(text(f"SET search_path TO {schema}"))
        assert c.scalar(select(func.count()).select_from(ExamAttempt)) == 1
