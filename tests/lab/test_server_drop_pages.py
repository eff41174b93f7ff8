"""Every page while the class server goes away and comes back (issue 8): switching pages, typing
a search, changing a setting, going "Back to the decks" never lets an exception out (pytest-qt
fails a test on any exception raised in a Qt slot or virtual method), a calm notice says the
server is away, each page keeps what it showed last (or stays empty), and once the server is
back the page shows fresh data. On SQLite behind a fault-injecting wrapper, and on a real
PostgreSQL server behind the TCP relay of test_outbox_postgres (needs JPPREP_TEST_PG_URL)."""

from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from jpprep.services import profiles
from jpprep.services.outbox import Outbox
from jpprep.store.models import Card, Deck, Note, Review
from jpprep.ui import i18n

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
WORDS = [("水", "みず", "water"), ("学校", "がっこう", "school"), ("先生", "せんせい", "teacher"),
         ("電車", "でんしゃ", "train")]
STUDENT_PAGES = ["home", "study", "decks", "exams", "stats", "settings"]


class DroppingServer:
    """The lab's database seen from one PC; `down`: every new transaction finds the network
    gone (like a pulled cable or a restarted server)."""

    def __init__(self, db) -> None:
        self.db, self.url, self.path = db, "postgresql+psycopg://room2/jpprep", None
        self.down = False

    def __getattr__(self, name):
        return getattr(self.db, name)

    @contextmanager
    def session(self):
        if self.down:
            raise OperationalError("SELECT 1", {}, Exception("connection refused"),
                                   connection_invalidated=True)
        with self.db.session() as s:
            yield s


def add_deck(db, name: str, words) -> int:
    with db.session() as s:
        d = Deck(name=name)
        s.add(d)
        s.flush()
        for i, (word, reading, en) in enumerate(words):
            n = Note(deck_id=d.id, guid=f"{name}-{i}", expression=word, reading=reading,
                     meanings={"en": en})
            s.add(n)
            s.flush()
            s.add(Card(note_id=n.id, deck_id=d.id, kind="recognition", position=i))
        return d.id


def reviews(db, pid: int) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(Review).where(Review.profile_id == pid))


def open_window(qtbot, db, clock, name="Ayesha", role="student"):
    """Made inside the test (not a fixture), after pytest-qt began watching for exceptions."""
    from jpprep.ui.main_window import MainWindow

    info = profiles.create_profile(db, name, now=clock(), role=role)
    w = MainWindow(db, info, clock=clock)
    qtbot.addWidget(w)
    w.resize(1100, 720)
    w.show()
    return w, info


def go(w, key):
    """Switch pages the way a student does: a click in the section list."""
    w.nav.setCurrentRow([p[0] for p in w._available].index(key))
    QApplication.processEvents()
    return w._pages.get(key)  # None: it could not even be built (the server is away)


def notice_text(w) -> str:
    notice = getattr(w, "_server_notice", None)
    return notice.message.text() if notice is not None and notice.isVisible() else ""


def bring_back(qtbot, w):
    notice = w._server_notice
    qtbot.waitUntil(lambda: notice._job is None, timeout=10000)  # a try still under way
    notice.try_again()  # its timer does this every few seconds, off the GUI thread
    qtbot.waitUntil(lambda: notice_text(w) == "The class server is back.", timeout=10000)


@pytest.fixture
def lab(qapp_setup, db, tmp_path):
    add_deck(db, "JLPT N5 words", WORDS)
    i18n.apply_language("en")
    yield DroppingServer(db)
    i18n.apply_language("en")


def test_every_student_page_survives_the_server_going_away_and_shows_data_again(
        qtbot, lab, clock):
    server = lab
    w, info = open_window(qtbot, server, clock)
    for key in STUDENT_PAGES:  # every page read once while the server is there
        go(w, key)
    home = go(w, "home")
    assert [r[0] for r in home.deck_rows()] == ["JLPT N5 words"]
    assert notice_text(w) == ""

    server.down = True
    for key in ["decks", "exams", "stats", "settings", "home"]:
        go(w, key)  # pytest-qt fails the test if any of these lets an exception out
        assert notice_text(w).startswith("The class server is not reachable."), key
    assert [r[0] for r in home.deck_rows()] == ["JLPT N5 words"]  # the last data stays
    stats = go(w, "stats")
    stats.deck.setCurrentIndex(1)  # read in a background job: its error is worded calmly
    qtbot.waitUntil(lambda: "not reachable" in stats.plan_label.text(), timeout=5000)
    assert "SELECT" not in stats.plan_label.text() and "Error" not in stats.plan_label.text()

    browser = go(w, "decks")
    qtbot.keyClicks(browser.search, "wat")  # each key runs a search on the server
    assert notice_text(w).startswith("The class server is not reachable.")
    w.romaji_action.trigger()  # a setting saved on the server
    assert notice_text(w).startswith("The class server is not reachable.")

    study = go(w, "study")  # the reviewer carries on with its own banner
    assert not w._server_notice.isVisible()
    qtbot.mouseClick(study.home_button, Qt.MouseButton.LeftButton)  # "Back to the decks"
    assert w.current_page_key() == "home"
    assert notice_text(w).startswith("The class server is not reachable.")

    add_deck(server.db, "JLPT N4 words", WORDS[:2])  # the teacher adds a deck meanwhile
    server.down = False
    bring_back(qtbot, w)
    assert [r[0] for r in home.deck_rows()] == ["JLPT N5 words", "JLPT N4 words"]
    browser = go(w, "decks")
    assert browser.deck.count() == 3  # "All decks" and both decks


def test_a_page_first_opened_while_the_server_is_away_is_empty_and_says_why(qtbot, lab, clock):
    server = lab
    w, _info = open_window(qtbot, server, clock)
    server.down = True
    exams = go(w, "exams")  # it reads the server as it is built
    assert notice_text(w).startswith("The class server is not reachable.")
    assert exams is None or exams.history.count() == 0
    assert w.current_page_key() == "exams"
    browser = go(w, "decks")  # not even built while the server is known to be away
    assert browser is None or browser.table.rowCount() == 0
    assert notice_text(w).startswith("The class server is not reachable.")
    server.down = False
    bring_back(qtbot, w)
    browser = w._pages["decks"]  # built and read once the server is back
    assert browser.table.rowCount() == len(WORDS)
    exams = go(w, "exams")
    assert exams is not None and exams.isVisible()


def test_the_classroom_page_survives_the_server_going_away(qtbot, lab, clock):
    server = lab
    w, _info = open_window(qtbot, server, clock, name="Tanaka Sensei", role="instructor")
    profiles.create_profile(server.db, "Bikash", now=clock())
    page = go(w, "classroom")
    students = page.table.rowCount()
    assert students >= 1
    server.down = True
    go(w, "home")
    go(w, "classroom")
    assert notice_text(w).startswith("The class server is not reachable.")
    assert page.table.rowCount() == students
    server.down = False
    bring_back(qtbot, w)
    assert page.table.rowCount() == students


def test_answers_left_on_this_pc_are_sent_at_start(qtbot, lab, clock):
    server = lab
    other = profiles.create_profile(server.db, "Bikash", now=clock())
    with server.db.session() as s:
        card_id = s.scalar(select(Card.id).order_by(Card.id))
    Outbox.for_profile(server.url, other.id).add(other.id, card_id, 3, clock() - 60_000, 3000)
    w, _info = open_window(qtbot, server, clock)
    w.send_waiting_answers()  # start_background_work does this after the window is up
    qtbot.waitUntil(lambda: reviews(server.db, other.id) == 1, timeout=10000)
    qtbot.waitUntil(lambda: Outbox.for_profile(server.url, other.id).count() == 0, timeout=5000)


def test_closing_with_answers_waiting_says_they_are_safe_without_blocking(qtbot, lab, clock):
    server = lab
    w, info = open_window(qtbot, server, clock)
    study = go(w, "study")
    server.down = True
    clock.advance(5)
    qtbot.keyClick(study, Qt.Key.Key_Space)
    qtbot.keyClick(study, Qt.Key.Key_3)  # kept on this PC
    assert study._session().status().pending == 1
    w.close()  # returns at once: nothing modal
    box = next(b for b in QApplication.topLevelWidgets()
               if isinstance(b, QMessageBox) and b.objectName() == "answersKept")
    assert box.isVisible() and not box.isModal()
    assert box.text() == ("1 answer saved on this computer will be sent to the class server "
                          "the next time jpprep is opened here. Nothing is lost.")
    box.close()


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_closing_with_only_flags_waiting_says_they_are_safe_in_the_interface_language(
        qtbot, lab, clock, lang):
    """A flag set while the server is away (no answer after it) is sent at the next start:
    the close message says so, in the learner's language, instead of nothing."""
    server = lab
    w, info = open_window(qtbot, server, clock)
    if lang != "en":
        profiles.update_settings(server.db, info.id, ui_language=lang)
        w.use_profile(profiles.get_profile(server.db, info.id))
    study = go(w, "study")
    server.down = True
    clock.advance(5)
    qtbot.keyClick(study, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # red, kept here
    assert study._session().outbox.count() == 1  # the flag
    assert study._session().status().pending == 0  # no answer waits
    w.close()
    box = next(b for b in QApplication.topLevelWidgets()
               if isinstance(b, QMessageBox) and b.objectName() == "answersKept")
    assert box.isVisible() and not box.isModal()
    assert box.text() == {
        "en": "1 change to cards (flags, resets, due dates, suspensions) made on this computer "
              "will be sent to the class server the next time jpprep is opened here. "
              "Nothing is lost.",
        "ja": "このコンピューターで行ったカードの変更（フラグ、リセット、次の復習日、保留）1件は、次にここで "
              "jpprep を開いたときにクラスのサーバーへ送信されます。何も失われていません。"}[lang]
    box.close()


@pytest.mark.parametrize("lang", ["en", "ur"])
def test_the_notice_drawn_in_english_and_urdu(qtbot, lab, clock, lang):
    server = lab
    w, info = open_window(qtbot, server, clock)
    profiles.update_settings(server.db, info.id, ui_language=lang)
    w.use_profile(profiles.get_profile(server.db, info.id))
    server.down = True
    go(w, "decks")
    go(w, "home")
    text = notice_text(w)
    if lang == "ur":
        assert "کلاس" in text and w.layoutDirection() == Qt.LayoutDirection.RightToLeft
    else:
        assert text.startswith("The class server is not reachable.")
    SCREENSHOTS.mkdir(exist_ok=True)
    assert w.grab().save(str(SCREENSHOTS / f"server-away-home-{lang}.png"))


# -- a real PostgreSQL server behind a relay the test controls -------------------------------
PG_URL = os.environ.get("JPPREP_TEST_PG_URL")
needs_pg = pytest.mark.skipif(not PG_URL, reason="JPPREP_TEST_PG_URL is not set "
                              "(. .ci/postgres.sh && setup_postgres)")
if PG_URL:
    from lab.test_outbox_postgres import server  # noqa: F401  (the relay fixture)


@needs_pg
def test_pages_through_a_relay_to_postgresql_that_refuses_then_comes_back(
        qapp_setup, qtbot, server, clock):  # noqa: F811
    from jpprep.store.db import Database

    _admin, relay, pc_url, _schema = server
    i18n.apply_language("en")
    db = Database(pc_url)
    try:
        add_deck(db, "JLPT N5 words", WORDS)
        w, _info = open_window(qtbot, db, clock)
        for key in STUDENT_PAGES:
            go(w, key)
        home = go(w, "home")
        relay.cut()  # connections dropped, new ones refused
        for key in ["decks", "stats", "exams", "settings", "home"]:
            go(w, key)
            assert notice_text(w).startswith("The class server is not reachable."), key
        assert [r[0] for r in home.deck_rows()] == ["JLPT N5 words"]
        relay.restore()
        add_deck(db, "JLPT N4 words", WORDS[:2])
        bring_back(qtbot, w)
        assert [r[0] for r in home.deck_rows()] == ["JLPT N5 words", "JLPT N4 words"]
        w.close()
    finally:
        db.close()


@needs_pg
def test_a_server_that_never_answers_is_given_up_on_in_seconds(
        qapp_setup, qtbot, server, clock):  # noqa: F811
    """Switched off or cable out: no "refused", just silence. The page gives up after the
    connect timeout (3 s in this URL, 5 s by default) instead of the system's minutes."""
    from jpprep.store.db import Database

    _admin, relay, pc_url, _schema = server
    i18n.apply_language("en")
    db = Database(pc_url)
    try:
        add_deck(db, "JLPT N5 words", WORDS)
        w, _info = open_window(qtbot, db, clock)
        go(w, "home")
        go(w, "decks")
        relay.silent = True  # new connections are accepted and never answered
        relay.drop_links()
        go(w, "home")
        assert notice_text(w).startswith("The class server is not reachable.")
        relay.silent = False
        bring_back(qtbot, w)
        w.close()
    finally:
        db.close()


def test_every_server_connection_gives_up_on_silence_unless_the_url_says_otherwise():
    """jpprep.store.db.make_engine: connect_timeout and tcp_user_timeout on every PostgreSQL
    connection (not only the reviewer's); values in the URL win. Nothing is connected to."""
    from sqlalchemy import event

    from jpprep.store.db import make_engine

    seen = {}

    def capture(_dialect, _rec, _cargs, cparams):
        seen.update(cparams)
        raise ConnectionAbortedError("not connecting in this test")

    for url, want in [("postgresql+psycopg://u@127.0.0.1:1/x", 5),
                      ("postgresql+psycopg://u@127.0.0.1:1/x?connect_timeout=3", "3")]:
        engine = make_engine(url)
        event.listen(engine, "do_connect", capture)
        seen.clear()
        with pytest.raises(ConnectionAbortedError):
            engine.connect()
        assert seen["connect_timeout"] == want
        assert seen["tcp_user_timeout"] == 10_000
        engine.dispose()
    sqlite = make_engine("sqlite://")
    with sqlite.connect():
        pass  # a local file gets nothing of the kind (sqlite3 would refuse the keywords)


def test_a_mock_exam_goes_on_while_the_server_is_away_and_its_result_is_kept(
        qtbot, lab, clock, tmp_path):
    """Answers during a mock exam while the server is away stay in memory (the exam and its
    clock go on, the banner says to keep jpprep open); the result is stored once it is back."""
    from jpprep.exams import blueprint, synthetic
    from jpprep.services import exams as svc
    from jpprep.ui.context import AppContext
    from jpprep.ui.pages.exams import ExamsPage

    server = lab
    info = profiles.create_profile(server.db, "Nimra", now=clock())
    bank = synthetic.synthetic_bank(blueprint.get("jft-basic"), tmp_path / "jft")
    page = ExamsPage(AppContext(server, info.id, "Nimra", clock, {"exam_banks": [str(bank)]}))
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    page.refresh()
    page.exam.setCurrentIndex(page.exam.findData("jft-basic"))
    qtbot.keyClick(page.start_btn, Qt.Key.Key_Space)
    runner = page.runner
    assert runner is not None, page.message.text()
    if runner.s.waiting:
        qtbot.keyClick(runner, Qt.Key.Key_Return)
    server.down = True
    first = runner.s.item_id
    qtbot.keyClick(runner, Qt.Key.Key_2)  # saved at once normally: now kept in memory
    assert runner.s.answers.get(first) == 2
    assert runner.banner.text().startswith("The class server is not reachable.")
    left = runner.s.time_left()
    clock.advance(20)
    runner.tick()  # the clock goes on (a save every 15 s is tried and kept calm)
    assert runner.s.time_left() < left
    assert runner.clock.text() and runner.banner.text().startswith("The class server")
    server.down = False
    qtbot.keyClick(runner, Qt.Key.Key_N)
    qtbot.keyClick(runner, Qt.Key.Key_3)  # this save sends everything
    assert runner.banner.text() == ""
    run = svc.resume_exam(server.db, info.id, now=clock())
    assert run is not None and run.session.answers.get(first) == 2
    server.down = True
    runner._done = False
    with qtbot.waitSignal(runner.finished, timeout=1000, raising=False) as got:
        runner._finish()  # the result cannot be stored now: kept, tried again
    assert not got.signal_triggered
    assert runner.banner.text().startswith("The class server is not reachable.")
    server.down = False
    with qtbot.waitSignal(runner.finished, timeout=2000):
        runner._send_result()  # what its 10-second timer does
    assert svc.list_results(server.db, info.id)


def test_clicks_that_need_the_server_while_it_is_away_are_said_calmly(qtbot, lab, clock):
    """A combo box, a Save button, the teacher's Assign and a language change while the
    server is away: no exception escapes a slot, the notice says why nothing happened."""
    server = lab
    w, info = open_window(qtbot, server, clock, name="Tanaka Sensei", role="instructor")
    exams = go(w, "exams")
    browser = go(w, "decks")
    browser.table.selectRow(0)
    classroom = go(w, "classroom")
    assignments_before = classroom.assignment_list.count()
    server.down = True
    go(w, "exams")
    exams.exam.setCurrentIndex((exams.exam.currentIndex() + 1) % exams.exam.count())
    assert notice_text(w).startswith("The class server is not reachable.")
    go(w, "decks")
    browser.meaning.setText("cold water")
    qtbot.mouseClick(browser.save, Qt.MouseButton.LeftButton)
    assert browser.status.text() != "Saved."
    go(w, "classroom")
    with server.db.session() as s:
        deck_id = s.scalar(select(Deck.id))
    values = {"deck_id": deck_id, "due_date": "2026-12-01", "profile_id": None}
    QTimer.singleShot(0, lambda: classroom.assign(values))  # as the dialog's OK would
    qtbot.wait(50)
    assert notice_text(w).startswith("The class server is not reachable.")
    assert classroom.assignment_list.count() == assignments_before
    i18n.apply_language("ur")  # the notice follows the interface language
    QApplication.processEvents()
    assert "کلاس" in w._server_notice.message.text()
    i18n.apply_language("en")
    server.down = False
    bring_back(qtbot, w)
    with server.db.session() as s:
        assert s.scalar(select(Note.meanings).where(Note.guid == "JLPT N5 words-0")) == {
            "en": "water"}  # nothing was half-saved


def test_log_out_while_the_server_is_away_keeps_the_window_and_says_why(qtbot, lab, clock):
    """The picker cannot list the profiles: the window must not vanish behind nothing."""
    server = lab
    w, _info = open_window(qtbot, server, clock)
    go(w, "home")
    server.down = True
    QTimer.singleShot(0, w.log_out)  # Profile > Log out
    # log_out takes 30-50 ms here (it writes this PC's state file): a fixed wait of 50 ms
    # failed under load; wait for the notice instead
    qtbot.waitUntil(lambda: notice_text(w) != "", timeout=5000)
    assert w.isVisible()
    assert notice_text(w).startswith("The class server is not reachable.")
