"""Mock exams when the class server goes away: the exam's state is kept in a file on this
computer (it survives jpprep being closed), sent once when the server is back and then removed;
a finished exam's result is stored once even when the server's reply was lost. The "server" is
a SQLite database behind a fault-injecting wrapper; tests/lab/test_exam_outbox_pg.py does the
same against a real PostgreSQL server."""

from __future__ import annotations

from contextlib import contextmanager

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from jpprep.exams import blueprint, synthetic
from jpprep.services import exam_outbox
from jpprep.services import exams as svc
from jpprep.services import offline_study
from jpprep.services.profiles import create_profile
from jpprep.store.models import ExamAttempt

T0 = 1_800_000_000_000
MIN = 60_000


def _gone(what="connection refused"):
    return OperationalError("SELECT 1", {}, Exception(f"server unreachable: {what}"),
                            connection_invalidated=True)


class FlakyServer:
    """`down` refuses every session; `lose_ack` transactions that write commit, but the caller
    hears only that the connection dropped."""

    def __init__(self, db):
        self.db, self.url, self.path = db, "postgresql+psycopg://lab/jpprep", None
        self.down = False
        self.lose_ack = 0

    @contextmanager
    def session(self):
        if self.down:
            raise _gone()
        lost = False
        with self.db.session() as s:
            yield s
            if (s.dirty or s.new) and self.lose_ack > 0:
                self.lose_ack -= 1
                lost = True
        if lost:
            raise _gone("connection dropped after COMMIT")


@pytest.fixture
def lab(db, tmp_path):
    pid = create_profile(db, "asad", now=T0).id
    files = [synthetic.synthetic_bank(blueprint.get("jlpt-n5"), tmp_path / "n5")]
    server = FlakyServer(db)
    run = svc.start_exam(server, pid, "jlpt-n5", now=T0, files=files)
    return server, pid, run


def answer(run, k, now, right=True):
    s = run.session
    s.goto(k, now)
    item = run.items[s.item_id]
    s.answer(item.correct if right else item.correct % len(item.choices) + 1, now)
    return s.item_id


def stored(db, attempt_id):
    with db.session() as s:
        row = s.get(ExamAttempt, attempt_id)
        return dict(row.state), row.finished_ms, row.result


def test_answers_saved_while_the_server_is_away_survive_closing_jpprep_and_are_sent_once(lab):
    server, pid, run = lab
    first = answer(run, 0, T0 + MIN)
    assert exam_outbox.save(server, run, pid, T0 + MIN) is True
    server.down = True
    second = answer(run, 1, T0 + 2 * MIN)
    assert exam_outbox.save(server, run, pid, T0 + 2 * MIN) is False
    third = answer(run, 2, T0 + 3 * MIN)
    assert exam_outbox.save(server, run, pid, T0 + 3 * MIN) is False
    box_path = exam_outbox.exam_outbox_path(server.url, pid)
    assert box_path.is_file()
    del run  # jpprep is closed while the server is away; nothing was written there
    assert set(stored(server.db, lab[2].attempt_id)[0]["answers"]) == {first}
    exam_outbox._boxes.clear()  # a new start of jpprep: the file is read again
    assert offline_study.send_waiting(server, T0 + 4 * MIN) == 0  # still away: nothing lost
    assert exam_outbox.for_profile(server, pid).count() == 1
    server.down = False
    offline_study.send_waiting(server, T0 + 60 * MIN)
    state, finished, _ = stored(server.db, lab[2].attempt_id)
    assert set(state["answers"]) == {first, second, third} and finished is None
    assert exam_outbox.for_profile(server, pid).count() == 0
    again = svc.resume_exam(server, pid, now=T0 + 90 * MIN)
    assert again.session.answers == {k: v for k, v in state["answers"].items()}
    assert again.session.time_left() == 20 * MIN - 3 * MIN


def test_a_later_state_replaces_an_earlier_one_and_never_goes_backwards(lab, tmp_path):
    server, pid, run = lab
    box = exam_outbox.ExamOutbox(tmp_path / "x-exams.sqlite")
    answer(run, 0, T0 + MIN)
    early = run.session.to_state(T0 + MIN)
    answer(run, 1, T0 + 2 * MIN)
    late = run.session.to_state(T0 + 2 * MIN)
    assert box.keep(pid, run.attempt_id, "jlpt-n5", "full", late)
    assert not box.keep(pid, run.attempt_id, "jlpt-n5", "full", early)
    assert box.count() == 1 and len(box.get(run.attempt_id).state["answers"]) == 2
    # and on the server: an older state sent late does not overwrite a newer save
    svc.save_progress(server, run, T0 + 2 * MIN)
    assert svc.store_state(server, run.attempt_id, early) is False
    assert len(stored(server.db, run.attempt_id)[0]["answers"]) == 2


def test_a_finished_exam_kept_here_is_stored_once_even_when_the_reply_is_lost(lab):
    server, pid, run = lab
    for k in range(3):
        answer(run, k, T0 + MIN)
    server.down = True
    result, on_server = exam_outbox.finish(server, run, pid, T0 + 5 * MIN)
    assert on_server is False and result.total is not None
    assert exam_outbox.is_kept(server, pid, run.attempt_id)
    exam_outbox._boxes.clear()  # jpprep closed and opened again
    server.down = False
    server.lose_ack = 1  # the server stores the result; its reply is lost
    assert exam_outbox.send_kept(server, T0 + 30 * MIN) == 0
    assert exam_outbox.is_kept(server, pid, run.attempt_id)  # not heard: kept, sent again
    assert exam_outbox.send_kept(server, T0 + 31 * MIN) == 1
    assert not exam_outbox.is_kept(server, pid, run.attempt_id)
    state, finished, res = stored(server.db, run.attempt_id)
    assert finished == T0 + 5 * MIN  # the time the learner finished, not when it was sent
    assert res == result.to_dict() and state["finished"]
    with server.db.session() as s:
        assert s.scalar(select(func.count()).select_from(ExamAttempt)) == 1
    assert [r.attempt_id for r in svc.list_results(server.db, pid)] == [run.attempt_id]


def test_an_open_exam_resumes_from_the_state_kept_here_while_the_server_is_away(lab):
    server, pid, run = lab
    svc.save_progress(server, run, T0)
    server.down = True
    first = answer(run, 0, T0 + 4 * MIN)
    assert exam_outbox.save(server, run, pid, T0 + 4 * MIN) is False
    again = svc.resume_exam(server, pid, now=T0 + 30 * MIN)
    assert again.attempt_id == run.attempt_id and again.session.answers == {first: run.session.answers[first]}
    assert again.session.time_left() == 16 * MIN
    server.down = False
    assert exam_outbox.save(server, again, pid, T0 + 31 * MIN) is True
    assert exam_outbox.for_profile(server, pid).count() == 0
    assert first in stored(server.db, run.attempt_id)[0]["answers"]


def test_a_state_whose_attempt_was_deleted_on_the_server_is_kept_apart(lab):
    server, pid, run = lab
    server.down = True
    answer(run, 0, T0 + MIN)
    exam_outbox.save(server, run, pid, T0 + MIN)
    with server.db.session() as s:
        s.delete(s.get(ExamAttempt, run.attempt_id))
    server.down = False
    assert exam_outbox.send_kept(server, T0 + 2 * MIN) == 0
    box = exam_outbox.for_profile(server, pid)
    assert box.count() == 0 and [k.attempt_id for k, _why in box.refused()] == [run.attempt_id]


def test_finish_is_idempotent_by_attempt(lab):
    server, pid, run = lab
    answer(run, 0, T0 + MIN)
    first = svc.finish_exam(server, run, T0 + 2 * MIN)
    svc.finish_exam(server, run, T0 + 9 * MIN)
    _state, finished, res = stored(server.db, run.attempt_id)
    assert finished == T0 + 2 * MIN and res == first.to_dict()


def test_resume_takes_the_state_kept_here_when_another_thread_is_still_sending_it(lab):
    server, pid, run = lab
    server.down = True
    first = answer(run, 0, T0 + MIN)
    exam_outbox.save(server, run, pid, T0 + MIN)
    server.down = False
    with exam_outbox._sending:  # the window's background retry holds the sending right
        again = svc.resume_exam(server, pid, now=T0 + 10 * MIN)
    assert first in again.session.answers
    assert exam_outbox.save(server, again, pid, T0 + 11 * MIN)
    assert first in stored(server.db, run.attempt_id)[0]["answers"]
    assert exam_outbox.for_profile(server, pid).count() == 0
