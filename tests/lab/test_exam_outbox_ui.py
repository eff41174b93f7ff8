"""A mock exam driven with the keyboard while the class server goes away, with jpprep closed in
between: the answers and the finished exam wait in a file on this PC, the exam resumes with
them when the server is back, and the result is stored once when jpprep starts again."""

from __future__ import annotations

from contextlib import contextmanager

import pytest
from PySide6.QtCore import Qt
from sqlalchemy.exc import OperationalError

from jpprep.services import exam_outbox, offline_study, profiles
from jpprep.services import exams as svc
from jpprep.ui import i18n



class DroppingServer:
    """The lab's database seen from one PC; `down`: every new transaction finds the network
    gone (a pulled cable, a restarted server)."""

    def __init__(self, db) -> None:
        self.db, self.url, self.path = db, "postgresql+psycopg://room3/jpprep", None
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


@pytest.fixture
def lab(qapp_setup, db):
    i18n.apply_language("en")
    yield DroppingServer(db)
    i18n.apply_language("en")


def open_page(qtbot, server, pid, clock, bank):
    from jpprep.ui.context import AppContext
    from jpprep.ui.pages.exams import ExamsPage

    page = ExamsPage(AppContext(server, pid, "Nimra", clock, {"exam_banks": [str(bank)]}))
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    page.refresh()
    return page


def close_jpprep(page):
    page.close()
    page.deleteLater()
    exam_outbox._boxes.clear()  # nothing held in memory survives


def test_exam_answers_and_result_survive_closing_jpprep_while_the_server_is_away(
        qtbot, lab, clock, tmp_path):
    from jpprep.exams import blueprint, synthetic
    from jpprep.ui.exam.runner import RunnerWords

    server = lab
    pid = profiles.create_profile(server.db, "Nimra", now=clock()).id
    bank = synthetic.synthetic_bank(blueprint.get("jft-basic"), tmp_path / "jft")
    page = open_page(qtbot, server, pid, clock, bank)
    page.exam.setCurrentIndex(page.exam.findData("jft-basic"))
    qtbot.mouseClick(page.start_btn, Qt.MouseButton.LeftButton)
    runner = page.runner
    assert runner is not None, page.message.text()
    if runner.s.waiting:
        qtbot.keyClick(runner, Qt.Key.Key_Return)
    first = runner.s.item_id
    qtbot.keyClick(runner, Qt.Key.Key_1)
    server.down = True
    clock.advance(30)
    qtbot.keyClick(runner, Qt.Key.Key_N)
    second = runner.s.item_id
    qtbot.keyClick(runner, Qt.Key.Key_2)
    assert runner.banner.text() == RunnerWords().exam_kept()
    attempt = runner.run.attempt_id
    close_jpprep(page)  # the lab PC is switched off while the server is away

    server.down = False
    clock.advance(600)
    page = open_page(qtbot, server, pid, clock, bank)
    assert page.resume_btn.isVisible()
    qtbot.mouseClick(page.resume_btn, Qt.MouseButton.LeftButton)
    runner = page.runner
    assert runner.run.attempt_id == attempt
    assert runner.s.answers == {first: 1, second: 2}  # the answer made offline is back
    assert exam_outbox.for_profile(server, pid).count() == 0  # sent, then removed

    server.down = True
    clock.advance(30)
    finished_at = clock()
    while not runner._done:  # E twice per section, Enter at each break
        if runner.s.waiting:
            qtbot.keyClick(runner, Qt.Key.Key_Return)
        qtbot.keyClick(runner, Qt.Key.Key_E)
        qtbot.keyClick(runner, Qt.Key.Key_E)
    assert runner.banner.text() == RunnerWords().exam_kept()
    assert exam_outbox.is_kept(server, pid, attempt)
    close_jpprep(page)

    server.down = False
    clock.advance(3600)
    assert offline_study.send_waiting(server, clock()) == 1  # what jpprep does when it starts
    assert offline_study.send_waiting(server, clock()) == 0
    results = svc.list_results(server.db, pid)
    assert [r.attempt_id for r in results] == [attempt]
    assert results[0].finished_ms == finished_at
    assert svc.unfinished(server.db, pid) == []
    assert svc.review(server.db, attempt).entries[0].answer == 1


# -- closing jpprep while a mock exam waits on this PC ----------------------------------------
def open_window(qtbot, server, clock, bank, lang="en"):
    from jpprep.ui.main_window import MainWindow

    info = profiles.create_profile(server.db, "Nimra", now=clock())
    profiles.update_settings(server.db, info.id, exam_banks=[str(bank)], ui_language=lang)
    w = MainWindow(server, profiles.get_profile(server.db, info.id), clock=clock)
    qtbot.addWidget(w)
    w.resize(1100, 760)
    w.show()
    return w, info.id


def exam_answered_while_away(qtbot, w, server, clock):
    """Start a mock exam in the window, lose the server, answer a question (kept on this PC)."""
    page = w.show_page("exams")
    page.exam.setCurrentIndex(page.exam.findData("jft-basic"))
    qtbot.mouseClick(page.start_btn, Qt.MouseButton.LeftButton)
    runner = page.runner
    assert runner is not None, page.message.text()
    if runner.s.waiting:
        qtbot.keyClick(runner, Qt.Key.Key_Return)
    server.down = True
    clock.advance(30)
    qtbot.keyClick(runner, Qt.Key.Key_1)
    return runner


def kept_box():
    from PySide6.QtWidgets import QApplication, QMessageBox

    boxes = [b for b in QApplication.topLevelWidgets()
             if isinstance(b, QMessageBox) and b.objectName() == "answersKept" and b.isVisible()]
    return boxes[0] if boxes else None


@pytest.fixture
def jft_bank(tmp_path):
    from jpprep.exams import blueprint, synthetic

    return synthetic.synthetic_bank(blueprint.get("jft-basic"), tmp_path / "jft")


def test_closing_with_only_a_mock_exam_waiting_says_it_is_kept(qtbot, lab, clock, jft_bank):
    server = lab
    w, pid = open_window(qtbot, server, clock, jft_bank)
    assert kept_box() is None
    exam_answered_while_away(qtbot, w, server, clock)
    assert exam_outbox.for_profile(server, pid).count() == 1
    w.close()  # no answers wait, only the exam: still said, and nothing modal
    box = kept_box()
    assert box is not None and not box.isModal()
    assert box.text() == ("1 mock exam saved on this computer will be sent to the class server "
                          "the next time jpprep is opened here. Nothing is lost.")
    box.close()


def test_closing_with_answers_and_exams_waiting_names_both(qtbot, lab, clock, jft_bank):
    from jpprep.services.outbox import Outbox
    from jpprep.store.models import Card, Deck, Note

    server = lab
    w, pid = open_window(qtbot, server, clock, jft_bank)
    with server.db.session() as s:  # answers studied earlier, left on this PC
        d = Deck(name="N5")
        s.add(d)
        s.flush()
        n = Note(deck_id=d.id, guid="n5-1", expression="水", reading="みず", meanings={"en": "water"})
        s.add(n)
        s.flush()
        c = Card(note_id=n.id, deck_id=d.id, kind="recognition", position=0)
        s.add(c)
        s.flush()
        card_id = c.id
    for rating in (3, 1):
        Outbox.for_profile(server.url, pid).add(pid, card_id, rating, clock() - 60_000)
    exam_answered_while_away(qtbot, w, server, clock)
    w.close()
    box = kept_box()
    assert box is not None
    assert box.text() == ("2 answers saved on this computer will be sent to the class server the "
                          "next time jpprep is opened here. Nothing is lost.\n"
                          "1 mock exam saved on this computer will be sent at the same time.")
    box.close()


def test_the_closing_note_about_a_kept_exam_in_japanese(qtbot, lab, clock, jft_bank):
    server = lab
    w, _pid = open_window(qtbot, server, clock, jft_bank, lang="ja")
    exam_answered_while_away(qtbot, w, server, clock)
    w.close()
    box = kept_box()
    assert box is not None
    assert box.text() == ("このコンピューターに保存された模擬試験1件は、次にここで jpprep を開いた"
                          "ときにクラスのサーバーへ送信されます。何も失われていません。")
    box.close()
