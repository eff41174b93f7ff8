"""A real PostgreSQL server going away mid-study (needs JPPREP_TEST_PG_URL: . .ci/postgres.sh &&
setup_postgres). The lab PC talks to the server through a TCP relay this test controls, so the
"network" can refuse connections, drop them, or drop the server's reply to a COMMIT it has
already carried out (the lost acknowledgement), without stopping the server other tests use.
A backend is also killed with pg_terminate_backend in the middle of an answer, and a private
throw-away cluster is stopped (pg_ctl stop -m fast) and started again mid-study."""

from __future__ import annotations

import os
import socket
import sys
import threading
import time
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "srs"))
from srs_factory import MIN, T0, make_deck, make_notes, make_profile  # noqa: E402

from jpprep.services.offline_study import StudySession  # noqa: E402
from jpprep.services.outbox import Outbox  # noqa: E402
from jpprep.store.models import CardState, Review  # noqa: E402

PG_URL = os.environ.get("JPPREP_TEST_PG_URL")
pytestmark = pytest.mark.skipif(not PG_URL, reason="JPPREP_TEST_PG_URL is not set "
                                "(. .ci/postgres.sh && setup_postgres)")


class Relay:
    """127.0.0.1:<port> -> the PostgreSQL server. cut() closes every connection and refuses
    new ones; restore() listens again on the same port. lose_commit_ack: the next COMMIT is
    passed on, then the connection drops before the server's reply gets back. silent: new
    connections are accepted and never answered."""

    def __init__(self, host: str, port: int) -> None:
        self.target = (host, port)
        self.port = 0
        self.links: list[socket.socket] = []
        self.lose_commit_ack = False
        self.silent = False  # accept connections, never answer
        self._swallow = False
        self.on_packet = None  # called with each client packet before it is passed on
        self.lost = threading.Event()
        self._lock = threading.Lock()
        self.restore()

    def restore(self) -> None:
        ls = socket.socket()
        ls.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        ls.bind(("127.0.0.1", self.port))
        self.port = ls.getsockname()[1]
        ls.listen(16)
        ls.settimeout(0.1)
        self.listener = ls
        self.open = True
        threading.Thread(target=self._accept, args=(ls,), daemon=True).start()

    def _accept(self, ls: socket.socket) -> None:
        while self.open and self.listener is ls:
            try:
                client, _ = ls.accept()
            except (socket.timeout, OSError):
                continue
            if self.silent:
                with self._lock:
                    self.links.append(client)
                continue
            server = socket.create_connection(self.target)
            with self._lock:
                self.links += [client, server]
            threading.Thread(target=self._pump, args=(client, server, True), daemon=True).start()
            threading.Thread(target=self._pump, args=(server, client, False), daemon=True).start()
        ls.close()

    def _pump(self, src: socket.socket, dst: socket.socket, to_server: bool) -> None:
        tail = b""  # the end of the last packet: a COMMIT may straddle two of them
        try:
            while data := src.recv(65536):
                if to_server and self.on_packet is not None:
                    self.on_packet(data)
                if not to_server and self._swallow:
                    continue  # the server's reply to the COMMIT never arrives
                seen, tail = tail + data, data[-6:]
                if to_server and self.lose_commit_ack and b"COMMIT\x00" in seen:
                    self.lose_commit_ack = False
                    self._swallow = True
                    dst.sendall(data)
                    time.sleep(0.5)  # the server carries the COMMIT out...
                    self.drop_links()  # ...and the connection drops
                    self._swallow = False
                    self.lost.set()
                    return
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                try:
                    s.close()
                except OSError:
                    pass

    def drop_links(self) -> None:
        with self._lock:
            links, self.links = self.links, []
        for s in links:
            try:
                s.shutdown(socket.SHUT_RDWR)
                s.close()
            except OSError:
                pass

    def cut(self) -> None:
        self.open = False
        self.listener = None
        time.sleep(0.25)  # the accept loop closes the listening socket
        self.drop_links()

    def close(self) -> None:
        self.cut()


@pytest.fixture
def server():
    """(admin engine on a fresh schema, relay, the lab PC's URL through the relay)."""
    from sqlalchemy.engine import make_url

    url = make_url(PG_URL)
    schema = f"outbox_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_URL)
    with admin.begin() as c:
        c.execute(text(f"CREATE SCHEMA {schema}"))
    relay = Relay(url.host or "127.0.0.1", url.port or 5432)
    pc_url = url.set(host="127.0.0.1", port=relay.port, query={
        **url.query, "sslmode": "disable", "connect_timeout": "3",
        "options": f"-csearch_path={schema}", "application_name": schema,
    }).render_as_string(hide_password=False)
    try:
        yield admin, relay, pc_url, schema
    finally:
        relay.close()
        with admin.begin() as c:
            c.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                           "WHERE application_name = :a"), {"a": schema})
            c.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


@pytest.fixture
def lab_pc(server, tmp_path):
    from jpprep.store.db import Database

    admin, relay, pc_url, schema = server
    db = Database(pc_url)
    with db.session() as s:
        pid = make_profile(s)
        deck = make_deck(s, "JLPT::N5")
        make_notes(s, deck, 15)
    session = StudySession(db, pid, Outbox(tmp_path / "outbox.sqlite"))
    yield db, session, pid
    session.close()
    db.close()


def stored(admin, schema, pid):
    with admin.connect() as c:
        c.execute(text(f"SET search_path TO {schema}"))
        return c.execute(select(Review.uid, Review.card_id, Review.reviewed_ms)
                         .where(Review.profile_id == pid).order_by(Review.id)).all()


def answer_next(session, now, rating=3):
    card = session.next_card(None, now)
    assert card is not None
    result = session.answer(card.card_id, rating, now, 2000)
    return card.card_id, result


def test_server_unreachable_mid_study_then_back(server, lab_pc):
    admin, relay, _url, schema = server
    db, session, pid = lab_pc
    made = [(answer_next(session, T0)[0], T0)]
    assert session.status().ready > 0 and not session.status().offline
    relay.cut()  # cable out: open connections die, new ones are refused
    for k in range(1, 6):
        card_id, result = answer_next(session, T0 + k * MIN)
        assert result is None  # kept on this PC
        made.append((card_id, T0 + k * MIN))
    st = session.status()
    assert st.offline and st.pending == 5
    assert len(stored(admin, schema, pid)) == 1
    relay.restore()
    assert session.retry(T0 + 10 * MIN)
    rows = stored(admin, schema, pid)
    assert [(c, t) for _u, c, t in rows] == made and len({u for u, *_ in rows}) == 6
    # and study carries on online
    card_id, result = answer_next(session, T0 + 11 * MIN)
    assert result is not None and len(stored(admin, schema, pid)) == 7


def test_undo_after_a_restart_shows_the_flag_the_card_had_before(server, lab_pc, tmp_path):
    """A flag kept on this PC while the server is away, jpprep closed and opened again:
    undo shows the card's flag before it (kept in the outbox file), and the server keeps it."""
    from jpprep.services import study

    admin, relay, _url, schema = server
    db, session, pid = lab_pc
    card = session.next_card(None, T0)
    session.flag(card.card_id, 3, T0 + 1000)  # green, on the server
    card = session.get_card(card.card_id, T0 + 2000)
    assert card.flag == 3
    relay.cut()
    session.flag(card.card_id, 1, T0 + 3000)  # red, kept here
    assert session.offline and session.outbox.count() == 1
    session.close()  # jpprep closed
    relay.restore()
    again = StudySession(db, pid, Outbox(tmp_path / "outbox.sqlite"))
    shown = again.get_card(card.card_id, T0 + MIN)
    assert shown.flag == 3  # the red flag is not on the server yet
    relay.cut()
    again.offline = True  # as after the next failed call
    back = again.undo(T0 + MIN + 1000)
    assert back is shown and back.flag == 3 and again.outbox.count() == 0
    relay.restore()
    assert again.retry(T0 + 2 * MIN)
    assert study.get_card(db, pid, card.card_id, T0 + 2 * MIN).flag == 3
    again.close()


@pytest.mark.parametrize("call", ["answer", "answer_and_next"])
def test_reply_to_commit_lost_then_replayed_is_stored_once(server, lab_pc, call):
    admin, relay, _url, schema = server
    db, session, pid = lab_pc
    card = session.next_card(None, T0)
    relay.lose_commit_ack = True
    if call == "answer":
        assert session.answer(card.card_id, 4, T0, 1500) is None  # the PC never heard "stored"
    else:
        result, nxt = session.answer_and_next(card.card_id, 4, T0, 1500)
        assert result is None and nxt is not None and nxt.card_id != card.card_id
    assert relay.lost.wait(5)  # set by the relay thread once it has dropped the link
    assert session.status().pending == 1
    assert [r[1] for r in stored(admin, schema, pid)] == [card.card_id]  # but it was stored
    assert session.retry(T0 + MIN)  # replayed with the same uid
    rows = stored(admin, schema, pid)
    assert len(rows) == 1 and rows[0][1:] == (card.card_id, T0)
    with admin.connect() as c:
        c.execute(text(f"SET search_path TO {schema}"))
        reps = c.execute(select(CardState.reps).where(CardState.profile_id == pid,
                                                      CardState.card_id == card.card_id)).scalar()
    assert reps == 1


def test_backend_killed_in_the_middle_of_an_answer(server, lab_pc):
    admin, relay, _url, schema = server
    db, session, pid = lab_pc
    card = session.next_card(None, T0)
    killed, done = [], threading.Event()

    def kill(data: bytes) -> None:  # the answer's INSERT is on its way: kill the backend
        if b"INSERT INTO revlog" in data and not done.is_set():
            with admin.begin() as c:
                killed.extend(c.execute(text(
                    "SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity "
                    "WHERE application_name = :a"), {"a": schema}).scalars())
            done.set()

    relay.on_packet = kill
    assert session.answer(card.card_id, 3, T0) is None
    assert done.wait(10)
    relay.on_packet = None
    assert True in killed and stored(admin, schema, pid) == []  # rolled back on the server
    assert session.retry(T0 + MIN)  # a new connection; the answer goes through once
    assert [r[1] for r in stored(admin, schema, pid)] == [card.card_id]


@pytest.mark.parametrize("timeout_in_url", [True, False])
def test_a_server_that_never_answers_is_treated_as_away(server, tmp_path, monkeypatch,
                                                        timeout_in_url):
    """A server that accepts connections and says nothing: the connection times out
    (connect_timeout in the URL, or the session's own default) and the answer waits here."""
    from jpprep.store import db as store_db
    from jpprep.store.db import Database

    monkeypatch.setattr(store_db, "CONNECT_TIMEOUT_S", 2)
    admin, relay, url, schema = server
    if not timeout_in_url:
        url = url.replace("connect_timeout=3&", "")
        assert "connect_timeout" not in url
    db = Database(url)
    with db.session() as s:
        pid = make_profile(s)
        make_notes(s, make_deck(s, "JLPT::N5"), 5)
    session = StudySession(db, pid, Outbox(tmp_path / "outbox.sqlite"))
    card = session.next_card(None, T0)
    relay.silent = True
    relay.drop_links()
    got = []
    worker = threading.Thread(target=lambda: got.append(session.answer(card.card_id, 3, T0)),
                              daemon=True)
    worker.start()
    worker.join(15)  # without a timeout the PC would wait for minutes
    assert not worker.is_alive() and got == [None] and session.status().pending == 1
    relay.silent = False
    assert session.retry(T0 + MIN)
    assert [r[1] for r in stored(admin, schema, pid)] == [card.card_id]
    session.close()
    db.close()


def _private_server(base: Path):
    """initdb + pg_ctl for a throw-away cluster this test may stop and start (the shared one
    other tests use is never stopped). None when the binaries or rights are missing."""
    import glob
    import shutil
    import subprocess

    bins = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    if not bins:
        return None
    bindir = Path(bins[-1]).parent
    as_pg: list[str] = []
    if os.geteuid() == 0:
        if not shutil.which("runuser"):
            return None
        as_pg = ["runuser", "-u", "postgres", "--"]
        shutil.chown(base, "postgres")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    data = base / "data"

    def ctl(*args: str) -> None:
        subprocess.run([*as_pg, str(bindir / "pg_ctl"), "-D", str(data), "-w", *args],
                       check=True, capture_output=True, timeout=60)

    subprocess.run([*as_pg, str(bindir / "initdb"), "-D", str(data), "-U", "jpprep",
                    "--auth=trust", "-E", "UTF8", "--no-sync"],
                   check=True, capture_output=True, timeout=120)
    opts = f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -c fsync=off"
    return port, lambda: ctl("-o", opts, "-l", str(base / "log"), "start"), \
        lambda: ctl("-m", "fast", "stop")


def test_the_server_itself_stops_mid_study_and_starts_again(tmp_path):
    import tempfile

    from jpprep.store.db import Database

    base = Path(tempfile.mkdtemp(prefix="jpprep-pg-"))
    try:
        server = _private_server(base)
    except Exception as exc:  # no rights to make a cluster here
        pytest.skip(f"cannot make a private PostgreSQL cluster: {exc}")
    if server is None:
        pytest.skip("no PostgreSQL binaries to make a private cluster")
    port, start, stop = server
    start()
    try:
        admin = create_engine(f"postgresql+psycopg://jpprep@127.0.0.1:{port}/postgres",
                              isolation_level="AUTOCOMMIT")
        with admin.connect() as c:
            c.execute(text("CREATE DATABASE jpprep"))
        admin.dispose()
        url = f"postgresql+psycopg://jpprep@127.0.0.1:{port}/jpprep?connect_timeout=3"
        db = Database(url)
        with db.session() as s:
            pid = make_profile(s)
            make_notes(s, make_deck(s, "JLPT::N5"), 10)
        session = StudySession(db, pid, Outbox(tmp_path / "outbox.sqlite"))
        made = [(answer_next(session, T0)[0], T0)]
        stop()  # the server shuts down: open connections are ended, new ones refused
        for k in range(1, 4):
            card_id, result = answer_next(session, T0 + k * MIN)
            assert result is None
            made.append((card_id, T0 + k * MIN))
        assert session.status().offline and session.status().pending == 3
        assert not session.retry(T0 + 5 * MIN)  # still away
        start()
        assert session.retry(T0 + 6 * MIN)
        with db.session() as s:
            rows = s.execute(select(Review.card_id, Review.reviewed_ms).where(
                Review.profile_id == pid).order_by(Review.id)).all()
        assert [tuple(r) for r in rows] == made
        session.close()
        db.close()
    finally:
        try:
            stop()
        except Exception:
            pass
        import shutil

        shutil.rmtree(base, ignore_errors=True)
