"""The reviewer while the class server goes away and comes back, driven with the keyboard: the
student is told calmly, keeps studying, and every answer reaches the server once."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from jpprep.store.models import Card, Deck, Note, Profile, Review
from jpprep.ui import i18n
from jpprep.ui.context import AppContext

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
WORDS = [("水", "みず", "water", "پانی"), ("学校", "がっこう", "school", "اسکول"),
         ("先生", "せんせい", "teacher", "استاد"), ("電車", "でんしゃ", "train", "ٹرین"),
         ("病院", "びょういん", "hospital", "ہسپتال"), ("仕事", "しごと", "work", "کام")]


class ClassServer:
    """The lab's database seen from one PC; `down` = the network to it is gone."""

    def __init__(self, db) -> None:
        self.db, self.url, self.path = db, "postgresql+psycopg://room2/jpprep", None
        self.down = False

    @contextmanager
    def session(self):
        if self.down:
            raise OperationalError("SELECT 1", {}, Exception("connection refused"),
                                   connection_invalidated=True)
        with self.db.session() as s:
            yield s


@pytest.fixture
def reviewer(qtbot, qapp_setup, db, clock):
    from jpprep.ui.pages.study import StudyPage

    with db.session() as s:
        p = Profile(name="Ayesha", created_ms=0, settings={"meaning_language": "en"})
        d = Deck(name="JLPT N5 words")
        s.add_all([p, d])
        s.flush()
        for i, (word, reading, en, ur) in enumerate(WORDS):
            n = Note(deck_id=d.id, guid=f"w{i}", expression=word, reading=reading,
                     meanings={"en": en, "ur": ur})
            s.add(n)
            s.flush()
            s.add(Card(note_id=n.id, deck_id=d.id, kind="recognition", position=i))
        pid = p.id
    server = ClassServer(db)
    i18n.apply_language("en")  # English plural forms ("3 answers")
    page = StudyPage(AppContext(server, pid, "Ayesha", clock, {"meaning_language": "en"}))
    qtbot.addWidget(page)
    page.resize(900, 640)
    page.show()
    page.set_deck(None)
    page.refresh()
    yield page, server, pid
    i18n.apply_language("en")


def answer_good(qtbot, page, clock):
    clock.advance(5)
    qtbot.keyClick(page, Qt.Key.Key_Space)
    qtbot.keyClick(page, Qt.Key.Key_3)


def stored(db, pid) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(Review).where(Review.profile_id == pid))


def test_server_away_mid_study_student_is_told_calmly_and_keeps_studying(qtbot, reviewer, clock):
    page, server, pid = reviewer
    banner = page.offline_banner
    answer_good(qtbot, page, clock)
    assert not banner.isVisible() and stored(server.db, pid) == 1
    server.down = True
    shown = set()
    for _ in range(3):
        assert page.card is not None and page.show_button.isVisible()  # study goes on
        shown.add(page.card.card_id)
        answer_good(qtbot, page, clock)
    assert len(shown) == 3
    assert banner.isVisible()
    assert "not reachable" in banner.message.text() and "saved on this computer" in banner.message.text()
    assert banner.detail.text() == "3 answers waiting to be sent."
    assert stored(server.db, pid) == 1
    SCREENSHOTS.mkdir(exist_ok=True)
    page.grab().save(str(SCREENSHOTS / "offline-banner-en.png"))

    server.down = False
    clock.advance(30)
    banner.try_again()  # the banner's timer does this every few seconds, off the GUI thread
    qtbot.waitUntil(lambda: banner.message.text().startswith("The class server is back."),
                    timeout=5000)
    assert stored(server.db, pid) == 4
    assert not banner.detail.isVisible()
    answer_good(qtbot, page, clock)  # and online again
    assert stored(server.db, pid) == 5


def test_the_banner_in_urdu_and_when_the_ready_cards_run_out(qtbot, reviewer, clock):
    page, server, pid = reviewer
    i18n.apply_language("ur")
    answer_good(qtbot, page, clock)
    server.down = True
    while page.card is not None:
        answer_good(qtbot, page, clock)
    banner = page.offline_banner
    assert banner.isVisible() and "کلاس" in banner.message.text()
    assert page.done_label.text() == ""  # not "well done, nothing more is due"
    pending = page._session().status().pending
    assert pending == 6  # five new cards, and the first again (a learning step due soon)
    assert banner.detail.text() == "6 جوابات بھیجے جانے کے منتظر ہیں۔"
    SCREENSHOTS.mkdir(exist_ok=True)
    page.grab().save(str(SCREENSHOTS / "offline-banner-ur.png"))
    assert stored(server.db, pid) == 1


def test_undo_while_away_brings_the_card_back_and_nothing_is_sent_for_it(qtbot, reviewer, clock):
    page, server, pid = reviewer
    answer_good(qtbot, page, clock)
    server.down = True
    first = page.card.card_id
    answer_good(qtbot, page, clock)
    assert page.offline_banner.detail.text() == "1 answer waiting to be sent."
    qtbot.keyClick(page, Qt.Key.Key_U)
    assert page.card.card_id == first
    server.down = False
    clock.advance(30)
    assert page._session().retry(clock())
    assert stored(server.db, pid) == 1
