"""Studying on when the class server goes away: answers wait in the outbox on this computer and
are sent once when it is back. Here the "server" is a SQLite database behind a fault-injecting
wrapper (down, dropped mid-answer, acknowledgement lost after the commit); the same runs
against a real PostgreSQL server in tests/lab/test_outbox_postgres.py."""

from __future__ import annotations

import sqlite3
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError, OperationalError

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "srs"))
from srs_factory import MIN, T0, make_deck, make_notes, make_profile  # noqa: E402

from jpprep.errors import StorageError  # noqa: E402
from jpprep.services import study  # noqa: E402
from jpprep.services.offline_study import StudySession, is_disconnect  # noqa: E402
from jpprep.services.outbox import Outbox, outbox_path  # noqa: E402
from jpprep.store.models import Card, CardState, Review  # noqa: E402


def _gone(what: str = "connection refused") -> OperationalError:
    return OperationalError("SELECT 1", {}, Exception(f"server unreachable: {what}"),
                            connection_invalidated=True)


class FlakyServer:
    """A Database whose connection fails on demand, like a class server on a network:
    `down` refuses every session; of the next transactions that store an answer,
    `lose_ack` of them commit but the caller hears only that the connection dropped, and
    `drop_mid` of them lose the connection before the commit (rolled back)."""

    def __init__(self, db) -> None:
        self.db, self.url, self.path = db, "postgresql+psycopg://lab/jpprep", None
        self.down = False
        self.lose_ack = 0
        self.drop_mid = 0
        self.sessions = 0

    @staticmethod
    def _reviews(s) -> int:
        return s.execute(text("SELECT COUNT(*) FROM revlog")).scalar()

    @contextmanager
    def session(self):
        if self.down:
            raise _gone()
        self.sessions += 1
        lost = False
        with self.db.session() as s:
            before = self._reviews(s)
            yield s
            stored = self._reviews(s) > before
            if stored and self.drop_mid > 0:
                self.drop_mid -= 1
                raise _gone("connection dropped mid-transaction")
            if stored and self.lose_ack > 0:
                self.lose_ack -= 1
                lost = True
        if lost:  # stored on the "server"; the reply to the client is lost
            raise _gone("connection dropped after COMMIT")


@pytest.fixture
def lab(db, tmp_path):
    with db.session() as s:
        pid = make_profile(s)
        top = make_deck(s, "JLPT")
        n5 = make_deck(s, "JLPT::N5", parent_id=top)
        cards = make_notes(s, n5, 12)
    server = FlakyServer(db)
    session = StudySession(server, pid, Outbox(tmp_path / "outbox.sqlite"), prefetch=8)
    yield server, session, pid, cards
    session.close()


def reviews(db, pid):
    with db.session() as s:
        return s.execute(select(Review.uid, Review.card_id, Review.reviewed_ms, Review.rating)
                         .where(Review.profile_id == pid).order_by(Review.id)).all()


def study_some(session, n, now, rating=3):
    """Answer n cards as the reviewer does; returns [(card id, time)]."""
    done = []
    for _ in range(n):
        card = session.next_card(None, now)
        assert card is not None
        session.answer(card.card_id, rating, now, 4000)
        done.append((card.card_id, now))
        now += MIN
    return done


def test_answers_made_while_the_server_is_away_are_sent_once_when_it_is_back(lab):
    server, session, pid, _cards = lab
    online = study_some(session, 2, T0)
    server.down = True
    offline = study_some(session, 5, T0 + 10 * MIN)  # the learner keeps studying
    st = session.status()
    assert st.offline and st.pending == 5 and not st.ran_out
    assert len(reviews(server.db, pid)) == 2
    assert len({c for c, _ in online + offline}) == 7  # each card shown once
    server.down = False
    assert session.retry(T0 + 30 * MIN)
    stored = reviews(server.db, pid)
    assert [(c, t) for _u, c, t, _r in stored] == online + offline  # in order, original times
    assert len({u for u, *_ in stored}) == 7
    assert session.status() == session.status().__class__(False, 0, session.status().ready, False)


def test_a_lost_acknowledgement_is_stored_exactly_once(lab):
    server, session, pid, _cards = lab
    card = session.next_card(None, T0)
    server.lose_ack = 1  # the server stores the answer; the PC never hears so
    assert session.answer(card.card_id, 4, T0, 3000) is None  # kept here, to be safe
    assert session.status().offline and session.status().pending == 1
    assert len(reviews(server.db, pid)) == 1
    assert session.retry(T0 + MIN)
    stored = reviews(server.db, pid)
    assert len(stored) == 1 and stored[0][1:] == (card.card_id, T0, 4)
    with server.db.session() as s:
        assert s.get(CardState, (pid, card.card_id)).reps == 1  # scheduled once, not twice


def test_lost_acknowledgements_during_replay_are_stored_once(lab):
    server, session, pid, _cards = lab
    session.next_card(None, T0)  # online: cards are fetched ahead
    server.down = True
    made = study_some(session, 4, T0)
    server.down = False
    server.lose_ack = 2  # the first two replays are stored but their replies lost
    session.retry(T0 + MIN)
    assert session.status().offline and session.status().pending == 4
    assert len(reviews(server.db, pid)) == 1
    session.retry(T0 + 2 * MIN)
    assert session.status().pending == 3 and len(reviews(server.db, pid)) == 2
    assert session.retry(T0 + 3 * MIN)
    assert [(c, t) for _u, c, t, _r in reviews(server.db, pid)] == made


def test_a_connection_dropped_mid_answer_keeps_nothing_half_done(lab):
    server, session, pid, _cards = lab
    card = session.next_card(None, T0)
    server.drop_mid = 1
    assert session.answer(card.card_id, 3, T0) is None
    assert reviews(server.db, pid) == []
    with server.db.session() as s:
        assert s.get(CardState, (pid, card.card_id)) is None  # rolled back whole
    assert session.retry(T0 + MIN)
    assert [r[1] for r in reviews(server.db, pid)] == [card.card_id]


def test_an_answer_sent_but_not_yet_crossed_off_is_not_stored_twice(lab, tmp_path):
    """A crash after the server stored a replayed answer, before the outbox forgot it."""
    server, session, pid, cards = lab
    box = session.outbox
    item = box.add(pid, cards[0], 3, T0, 1000)
    study.answer(server.db, pid, cards[0], 3, T0, 1000, review_uid=item.uid)
    box.close()
    again = StudySession(server, pid, Outbox(box.path), prefetch=0)  # the app starts again
    assert again.status().pending == 1
    assert again.retry(T0 + MIN)
    assert [r[0] for r in reviews(server.db, pid)] == [item.uid]


def test_study_goes_on_with_the_cards_fetched_ahead_and_then_says_it_ran_out(lab):
    server, session, pid, _cards = lab
    first = session.next_card(None, T0)
    server.down = True
    session.answer(first.card_id, 3, T0)
    shown = []
    while (card := session.next_card(None, T0 + MIN)) is not None:
        assert card.expression and card.meanings["en"]  # content is there to show
        shown.append(card.card_id)
        session.answer(card.card_id, 3, T0 + MIN)
        assert len(shown) < 20
    assert first.card_id not in shown and len(shown) == len(set(shown)) >= 4
    st = session.status()
    assert st.ran_out and st.ready == 0 and st.pending == len(shown) + 1
    server.down = False
    card = session.next_card(None, T0 + 2 * MIN + study.LEARN_AHEAD_MS)  # retried: back online
    assert card is not None and not session.status().offline
    assert session.status().pending == 0
    assert len(reviews(server.db, pid)) == len(shown) + 1


def test_no_retry_before_the_interval_but_the_next_call_after_it_sends(lab):
    server, session, pid, _cards = lab
    session.next_card(None, T0)
    server.down = True
    study_some(session, 2, T0)
    server.down = False
    before = server.sessions
    session.next_card(None, T0 + MIN + 5_000)  # too soon after the last try: not asked
    assert server.sessions == before and session.status().pending == 2
    session.next_card(None, T0 + MIN + 20_000)
    assert session.status().pending == 0 and len(reviews(server.db, pid)) == 2


def test_undo_offline_takes_back_the_answer_waiting_here(lab):
    server, session, pid, _cards = lab
    session.next_card(None, T0)
    server.down = True
    a = session.next_card(None, T0)
    session.answer(a.card_id, 1, T0)
    b = session.next_card(None, T0)
    session.answer(b.card_id, 3, T0)
    back = session.undo(T0)
    assert back is not None and back.card_id == b.card_id
    assert session.status().pending == 1
    server.down = False
    session.retry(T0 + MIN)
    assert [r[1] for r in reviews(server.db, pid)] == [a.card_id]


def test_an_answer_for_a_card_deleted_on_the_server_is_kept_apart(lab):
    server, session, pid, cards = lab
    session.next_card(None, T0)
    server.down = True
    study_some(session, 2, T0)
    gone = session.outbox.pending()[0].card_id
    server.down = False
    with server.db.session() as s:
        s.delete(s.get(Card, gone))
    assert session.retry(T0 + MIN)
    assert len(reviews(server.db, pid)) == 1
    [(item, reason)] = session.outbox.refused()
    assert item.card_id == gone and "no card" in reason


def test_the_outbox_is_on_disk_in_order_and_keeps_a_uid_once(tmp_path):
    path = outbox_path("postgresql+psycopg://u:secret@server/jpprep", 7, tmp_path)
    assert "secret" not in str(path) and path.name.endswith("-p7.sqlite")
    box = Outbox(path)
    a = box.add(7, 10, 3, T0, 100)
    box.add(7, 11, 1, T0 + 1, 200)
    box.add(7, 10, 3, T0, 100, uid=a.uid)  # the same answer again
    box.close()
    # a fresh process reads what is on disk
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    con.close()
    again = Outbox(path)
    assert [(p.card_id, p.rating, p.now_ms) for p in again.pending()] == [(10, 3, T0), (11, 1, T0 + 1)]
    again.sent(a.uid)
    assert again.count() == 1


def test_an_outbox_that_cannot_be_written_is_a_clear_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    box = Outbox(blocker / "outbox.sqlite")  # its folder is a file
    with pytest.raises(StorageError) as info:
        box.add(1, 1, 3, T0)
    assert "cannot keep answers on this computer" in str(info.value)


def test_what_counts_as_the_server_going_away():
    import psycopg

    assert is_disconnect(_gone())
    refused = psycopg.OperationalError("connection failed: Connection refused")
    assert is_disconnect(OperationalError("x", {}, refused))
    killed = psycopg.errors.AdminShutdown("terminating connection due to administrator command")
    assert is_disconnect(OperationalError("x", {}, killed))
    locked = sqlite3.OperationalError("database is locked")
    assert not is_disconnect(OperationalError("x", {}, locked))
    assert not is_disconnect(IntegrityError("x", {}, Exception("UNIQUE constraint failed")))
    assert not is_disconnect(ValueError("no"))


def test_a_local_database_fetches_nothing_ahead(db):
    assert StudySession(db, 1).prefetch == 0


def test_answers_a_student_left_on_this_pc_are_sent_when_the_next_student_studies(db):
    from jpprep.services.offline_study import session_for, waiting_profiles

    with db.session() as s:
        ayesha, bikash = make_profile(s, "Ayesha"), make_profile(s, "Bikash")
        cards = make_notes(s, make_deck(s, "N5"), 6)
    server = FlakyServer(db)
    first = session_for(server, ayesha)
    first.next_card(None, T0)
    server.down = True
    study_some(first, 2, T0)  # then Ayesha logs out; the server is still away
    assert waiting_profiles(server) == [ayesha]
    server.down = False
    second = session_for(server, bikash)
    second.next_card(None, T0 + 5 * MIN)
    assert second.sync(T0 + 5 * MIN)
    assert waiting_profiles(server) == []
    assert len(reviews(db, ayesha)) == 2 and reviews(db, bikash) == []
    assert cards


def test_answer_and_next_keeps_a_lost_answer_and_still_gives_a_card(lab):
    server, session, pid, _cards = lab
    card = session.next_card(None, T0)
    result, nxt = session.answer_and_next(card.card_id, 3, T0 + 1000, 1000)
    assert result is not None and nxt is not None and nxt.card_id != card.card_id
    server.lose_ack = 1
    result, third = session.answer_and_next(nxt.card_id, 3, T0 + 2000, 1000)
    assert result is None and third is not None and third.card_id not in (card.card_id, nxt.card_id)
    assert session.status().pending == 1 and len(reviews(server.db, pid)) == 2
    assert session.retry(T0 + MIN)
    assert [r[1] for r in reviews(server.db, pid)] == [card.card_id, nxt.card_id]


def test_studying_ahead_offline_keeps_todays_new_card_limit(db, tmp_path):
    from srs_factory import make_preset

    with db.session() as s:
        pid = make_profile(s)
        deck = make_deck(s, "N5", preset_id=make_preset(s, "three a day", new_per_day=3))
        make_notes(s, deck, 12)
    server = FlakyServer(db)
    session = StudySession(server, pid, Outbox(tmp_path / "o.sqlite"), prefetch=10)
    first = session.next_card(deck, T0)
    server.down = True
    session.answer(first.card_id, 4, T0)  # easy: not due again today
    shown = [first.card_id]
    while (card := session.next_card(deck, T0 + MIN)) is not None:
        shown.append(card.card_id)
        session.answer(card.card_id, 4, T0 + MIN)
    assert len(shown) == 3 and session.status().ran_out


def test_one_listing_of_a_servers_outbox_files_for_answers_exams_and_the_start_up_count():
    """The outbox files of one server, listed once (outbox.outbox_files) for what is sent
    (waiting_profiles, the exam boxes), and for what the start-up message counts when the
    server cannot be reached (kept_for_server): each profile's answers and mock exams of that
    server only, nothing another server left, and no file jpprep did not name."""
    from types import SimpleNamespace

    from jpprep.services import exam_outbox
    from jpprep.services.offline_study import waiting_profiles
    from jpprep.services.outbox import ANSWERS, EXAMS, outbox_files

    url = "postgresql+psycopg://lab:secret@server/jpprep"
    elsewhere = "postgresql+psycopg://lab:secret@room2/jpprep"
    for pid, n in ((2, 2), (10, 1), (3, 0)):
        box = Outbox(outbox_path(url, pid))
        box._connect()  # the file exists even with nothing waiting (p3: all sent)
        for k in range(n):
            box.add(pid, 100 + k, 3, T0 + k)
        box.close()
    exams = exam_outbox.ExamOutbox(exam_outbox.exam_outbox_path(url, 2))
    exams.keep(2, 55, "jlpt-n5", "full", {"saved_ms": T0})
    exams.close()
    other = Outbox(outbox_path(elsewhere, 2))
    other.add(2, 100, 3, T0)
    other.close()
    folder = outbox_path(url, 2).parent
    copied = Outbox(folder / outbox_path(url, 2).name.replace("-p2", "-p2 (copy)"))
    copied.add(2, 100, 3, T0)  # a copy someone made: not jpprep's, never sent
    copied.close()
    (folder / (outbox_path(url, 2).name + "-journal")).write_bytes(b"")

    assert [(f.profile_id, f.kind) for f in outbox_files(url)] == [
        (10, ANSWERS), (2, EXAMS), (2, ANSWERS), (3, ANSWERS)]  # by file name
    assert [f.path for f in outbox_files(url)][1] == exam_outbox.exam_outbox_path(url, 2)
    assert exam_outbox.kept_for_server(url) == (3, 1, 0)
    server = SimpleNamespace(url=url, path=None)
    assert waiting_profiles(server) == [10, 2]  # p3 has nothing waiting
    assert [pid for pid, _box in exam_outbox._boxes_for_server(server)] == [2]
    assert exam_outbox.waiting_count(server) == 1
    assert exam_outbox.kept_for_server(elsewhere) == (1, 0, 0)
    assert outbox_files("postgresql+psycopg://lab:secret@nowhere/jpprep") == []


class ActionServer(FlakyServer):
    """lose_ack counts every action the server stores (its undo entry), flags included."""

    @staticmethod
    def _reviews(s) -> int:
        return s.execute(text("SELECT COUNT(*) FROM undo_entry")).scalar()


def test_flags_set_while_the_server_is_away_wait_in_order_with_the_answers(db, tmp_path):
    """Ctrl+1-4 while the server is away: the flag shows on the card and waits in the outbox
    between the answers made before and after it; undo takes back the newest (the flag before
    it shows again); when the server is back everything is stored in the order it was made, a
    flag whose reply was lost once (not twice: one undo entry)."""
    from jpprep.store.models import UndoEntry

    with db.session() as s:
        pid = make_profile(s)
        make_notes(s, make_deck(s, "N5"), 6)
    server = ActionServer(db)
    session = StudySession(server, pid, Outbox(tmp_path / "o.sqlite"), prefetch=8)
    first = session.next_card(None, T0)
    server.down = True
    session.flag(first.card_id, 1, T0 + 1000)  # red, then the answer
    assert first.flag == 1
    session.answer(first.card_id, 3, T0 + 2000, 1000)
    second = session.next_card(None, T0 + 3000)
    session.flag(second.card_id, 4, T0 + 4000)  # blue
    session.flag(second.card_id, 2, T0 + 5000)  # orange
    assert session.status().pending == 1  # the banner counts answers
    back = session.undo(T0 + 6000)  # takes back orange
    assert back.card_id == second.card_id and back.flag == 4
    assert [(p.card_id, p.rating, p.flag) for p in session.outbox.pending()] == [
        (first.card_id, 0, 1), (first.card_id, 3, None), (second.card_id, 0, 4)]
    server.down = False
    server.lose_ack = 1  # the first flag is stored; its reply is lost
    assert not session.retry(T0 + MIN)
    assert session.outbox.count() == 3
    assert session.retry(T0 + 2 * MIN)
    with db.session() as s:
        done = s.execute(select(UndoEntry.action, UndoEntry.card_id)
                         .order_by(UndoEntry.id)).all()
        flags = {c: s.get(CardState, (pid, c)).flag for c in (first.card_id, second.card_id)}
    assert [tuple(r) for r in done] == [("flag", first.card_id), ("answer", first.card_id),
                                        ("flag", second.card_id)]
    assert flags == {first.card_id: 1, second.card_id: 4}
    assert [r[1] for r in reviews(db, pid)] == [first.card_id]
    assert study.stored_card(db, pid, first.card_id).reps == 1


def test_undo_after_a_restart_shows_the_flag_the_card_had_before(db, tmp_path):
    """A flag kept on this PC while the server is away, jpprep closed and opened again: undo
    takes the flag back and the card shows the flag it had before (kept in the outbox file),
    not no flag; the server keeps that flag too."""
    with db.session() as s:
        pid = make_profile(s)
        make_notes(s, make_deck(s, "N5"), 4)
    server = ActionServer(db)
    path = tmp_path / "o.sqlite"
    session = StudySession(server, pid, Outbox(path), prefetch=4)
    card = session.next_card(None, T0)
    session.flag(card.card_id, 3, T0 + 1000)  # green, stored on the server
    server.down = True
    card = session.get_card(card.card_id, T0 + 2000)
    card.flag = 3  # as the reviewer shows it
    session.flag(card.card_id, 1, T0 + 3000)  # red, kept here
    assert card.flag == 1
    session.close()  # jpprep closed

    again = StudySession(server, pid, Outbox(path), prefetch=4)
    server.down = False
    shown = again.get_card(card.card_id, T0 + MIN)  # the reviewer shows the card
    server.down = True
    again.offline = True
    back = again.undo(T0 + MIN + 1000)
    assert back is shown and back.flag == 3
    assert again.outbox.count() == 0
    server.down = False
    assert again.retry(T0 + 2 * MIN)
    assert study.get_card(db, pid, card.card_id, T0 + 2 * MIN).flag == 3
    again.close()


def test_an_outbox_file_from_before_flag_before_opens_and_sends(db, tmp_path):
    """A file made before the flag before a change was kept (flag column, no flag_before)
    keeps its waiting flag and answer, sends them in order, and takes new flags with their
    flag before, which undo shows again."""
    with db.session() as s:
        pid = make_profile(s)
        cards = make_notes(s, make_deck(s, "N5"), 3)
    path = tmp_path / "old.sqlite"
    con = sqlite3.connect(path)
    con.executescript(f"""
        CREATE TABLE answer (seq INTEGER PRIMARY KEY AUTOINCREMENT, uid TEXT NOT NULL UNIQUE,
            profile_id INTEGER NOT NULL, card_id INTEGER NOT NULL, rating INTEGER NOT NULL,
            now_ms INTEGER NOT NULL, duration_ms INTEGER NOT NULL, flag INTEGER);
        CREATE TABLE refused (seq INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE,
            profile_id INTEGER NOT NULL, card_id INTEGER NOT NULL, rating INTEGER NOT NULL,
            now_ms INTEGER NOT NULL, duration_ms INTEGER NOT NULL, reason TEXT NOT NULL,
            flag INTEGER);
        INSERT INTO answer (uid, profile_id, card_id, rating, now_ms, duration_ms, flag)
            VALUES ('old-f', {pid}, {cards[0]}, 0, {T0}, 0, 2),
                   ('old-a', {pid}, {cards[1]}, 3, {T0 + 1}, 900, NULL);
    """)
    con.close()
    box = Outbox(path)
    assert [(p.uid, p.flag, p.flag_before) for p in box.pending()] == [
        ("old-f", 2, None), ("old-a", None, None)]
    box.add_flag(pid, cards[2], 5, T0 + 2, before=4)
    assert [(p.flag, p.flag_before) for p in box.pending()][2] == (5, 4)
    server = FlakyServer(db)
    server.down = True
    session = StudySession(server, pid, box, prefetch=0)
    session.offline = True
    session._seen[cards[2]] = study.get_card(db, pid, cards[2], T0)
    assert session.undo(T0 + 3).flag == 4  # the new row knows its flag before
    server.down = False
    assert session.retry(T0 + MIN)
    assert study.get_card(db, pid, cards[0], T0 + MIN).flag == 2
    assert [r[1] for r in reviews(db, pid)] == [cards[1]]
    box.add_flag(pid, cards[0], 1, T0 + MIN)
    box.refuse(box.pending()[0], "card deleted")
    assert [(p.flag, p.flag_before, why) for p, why in box.refused()] == [
        (1, None, "card deleted")]
    session.close()


def test_an_outbox_file_from_before_flags_is_read_and_sent(tmp_path):
    """A file an earlier jpprep left (no flag column) keeps its answers, takes flags, and is
    counted as before."""
    path = tmp_path / "old.sqlite"
    con = sqlite3.connect(path)
    con.executescript("""
        CREATE TABLE answer (seq INTEGER PRIMARY KEY AUTOINCREMENT, uid TEXT NOT NULL UNIQUE,
            profile_id INTEGER NOT NULL, card_id INTEGER NOT NULL, rating INTEGER NOT NULL,
            now_ms INTEGER NOT NULL, duration_ms INTEGER NOT NULL);
        CREATE TABLE refused (seq INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE,
            profile_id INTEGER NOT NULL, card_id INTEGER NOT NULL, rating INTEGER NOT NULL,
            now_ms INTEGER NOT NULL, duration_ms INTEGER NOT NULL, reason TEXT NOT NULL);
        INSERT INTO answer (uid, profile_id, card_id, rating, now_ms, duration_ms)
            VALUES ('old-1', 7, 10, 3, 5, 100);
    """)
    con.close()
    box = Outbox(path)
    assert [(p.uid, p.rating, p.flag) for p in box.pending()] == [("old-1", 3, None)]
    box.add_flag(7, 10, 2, 6)
    assert box.count() == 2 and box.answers_waiting() == 1 and box.card_ids() == {10}
    box.refuse(box.pending()[1], "card deleted")
    assert [(p.flag, why) for p, why in box.refused()] == [(2, "card deleted")]


def test_a_flag_sent_again_with_its_uid_is_set_once_on_each_backend(backend_db):
    from jpprep.store.models import UndoEntry

    with backend_db.session() as s:
        pid = make_profile(s)
        card = make_notes(s, make_deck(s, "N5"), 1)[0]
    assert study.flag(backend_db, pid, [card], 2, T0, uid="pc-1:f1") == 1
    assert study.flag(backend_db, pid, [card], 2, T0, uid="pc-1:f1") == 0  # reply was lost
    assert study.flag(backend_db, pid, [card], 3, T0 + 1, uid="pc-1:f2") == 1
    with backend_db.session() as s:
        assert len(s.scalars(select(UndoEntry.id)).all()) == 2
    assert study.undo(backend_db, pid, T0 + 2) == card
    assert study.get_card(backend_db, pid, card, T0 + 2).flag == 2
