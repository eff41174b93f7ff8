"""Errors reach the student in the interface language (jpprep.ui.error_text): a full disk while
answering, a wrong PIN, a profile open elsewhere, a class server that cannot be reached, a broken
lab file. Errors without a known code still show their English text with file and line."""

from __future__ import annotations

import re
import socket
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from jpprep import errors, lab
from jpprep.services import pins, profiles
from jpprep.store.db import Database
from jpprep.store.lock import ProfileLock
from jpprep.ui import i18n
from jpprep.ui.error_text import ErrorWords, error_text
from jpprep.ui.exam.bank_words import is_bank_code
from jpprep.ui.problem_words import is_problem_code
from jpprep.ui.pin_dialog import SetPinDialog
from jpprep.ui.profile_dialog import ProfileDialog

from .conftest import open_window

pytestmark = pytest.mark.usefixtures("ui_defaults")
ROOT = Path(__file__).resolve().parents[2]
URDU = re.compile("[\u0600-\u06ff]")


def _full_disk(db, monkeypatch) -> None:
    """The next answer fails the way SQLite says a full disk (SQLITE_FULL), turned into a typed
    error by the store as on a real full disk (tests/store/test_storage_faults.py fills one)."""
    from sqlalchemy.exc import OperationalError

    from jpprep.services import study
    from jpprep.store.db import _storage_error

    def full(*_a, **_k):
        cause = OperationalError("INSERT INTO revlog ...", {}, sqlite3.OperationalError("database or disk is full"))
        raise _storage_error(cause, db.where, only_known=True) from cause

    monkeypatch.setattr(study, "answer_next_counts", full)


def test_full_disk_while_answering_is_said_in_urdu_and_the_card_stays(qtbot, app_db, clock, monkeypatch):
    w = open_window(qtbot, app_db, clock, ui_language="ur")
    w.study_deck(None)
    page = w.page("study")
    card = page.card.card_id
    qtbot.keyClick(page, Qt.Key.Key_Space)
    _full_disk(app_db, monkeypatch)
    qtbot.keyClick(page, Qt.Key.Key_3)
    text = page.offline_banner.message.text()
    assert page.offline_banner.isVisible()
    assert "ڈسک بھر گئی ہے" in text and "disk is full" not in text
    assert str(app_db.path) in text  # where: the database file, on its own line
    assert page.card.card_id == card and page.revealed  # nothing lost: answer it again


def test_wrong_pin_in_nepali_says_how_many_tries_are_left(qtbot, db, clock):
    i18n.apply_language("ne")
    a = profiles.create_profile(db, "Sita", now=clock())
    pins.set_pin(db, a.id, "4821")
    dialog = ProfileDialog(db, clock=clock)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.pin, "1111")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert dialog.pin_message.text() == "यो PIN मिलेन। पर्खनुपर्नुअघि तपाईं अझै २ पटक प्रयास गर्न सक्नुहुन्छ।"
    qtbot.keyClicks(dialog.pin, "2222")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert "अझै १ पटक" in dialog.pin_message.text()
    assert dialog.chosen is None


def test_a_pin_too_short_is_refused_in_nepali_with_nepali_digits(qtbot, db, clock):
    i18n.apply_language("ne")
    a = profiles.create_profile(db, "Sita", now=clock())
    dialog = SetPinDialog(db, a.id, clock=clock)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.new, "12")
    qtbot.keyClicks(dialog.repeat, "12")
    dialog.accept()
    assert dialog.message.text() == "PIN मा ४ देखि १२ अङ्क हुन्छन्।"
    assert not pins.has_pin(db, a.id)


def test_a_profile_open_in_another_window_is_said_in_urdu_with_its_name(qapp, tmp_path):
    first = ProfileLock("sqlite:///x.db", "Aisha", lock_dir=tmp_path)
    first.acquire(1_795_000_000_000)
    try:
        with pytest.raises(errors.ProfileInUseError) as exc:
            ProfileLock("sqlite:///x.db", "Aisha", lock_dir=tmp_path).acquire(1_795_000_000_000)
    finally:
        first.release()
    i18n.apply_language("ur")
    text = error_text(exc.value)
    assert "Aisha" in text and "پہلے سے کھلا ہے" in text
    assert "already open" in str(exc.value)  # the CLI and the logs keep English


def test_a_class_server_that_does_not_answer_is_said_in_vietnamese(qapp):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nothing listens there
    with pytest.raises(errors.StorageError) as exc:
        Database(f"postgresql+psycopg://jpprep:secret@127.0.0.1:{port}/jpprep?connect_timeout=3")
    assert exc.value.code == "server_unreachable"
    i18n.apply_language("vi")
    assert error_text(exc.value).startswith("jpprep không kết nối được với máy chủ của lớp.")
    assert "secret" not in error_text(exc.value)


def test_lab_file_problems_at_start_are_said_in_urdu(qapp, tmp_path, monkeypatch, _isolated_data):
    from jpprep.ui import app

    path = tmp_path / "lab.toml"
    path.write_text('langauge = "ur"\nif_server_fails = "maybe"\n', encoding="utf-8")
    monkeypatch.setenv(lab.ENV, str(path))
    monkeypatch.setenv("JPPREP_UI_LANGUAGE", "")
    lab.reset()
    i18n.apply_language("ur")
    shown = []
    monkeypatch.setattr(app.QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    db = app.open_database()
    db.close()
    lab.reset()
    text = shown[0]
    assert "لیب کنفیگریشن فائل میں ایک مسئلہ ہے" in text
    assert "langauge" in text and "language" in text and "maybe" in text  # keys stay as written
    assert "is not a known key" not in text and "لائن 2" in text and str(path) in text


def test_unknown_errors_keep_their_english_text_with_file_and_line(qapp):
    i18n.apply_language("ur")
    plain = errors.ImportFileError("the row has no expression.", file="notes.csv", line=7, field="expression")
    assert error_text(plain) == "notes.csv, line 7, field expression: the row has no expression."
    odd = errors.StorageError("a new kind of trouble.", file="/data/jpprep.db", code="not_in_the_table")
    assert error_text(odd) == str(odd)
    assert error_text(ValueError("boom")) == "boom"
    known = errors.DiskFullError("the disk is full.", file="/data/jpprep.db", code="disk_full")
    assert URDU.search(error_text(known))


def test_every_code_raised_has_a_message_in_the_table():
    raised = set()
    for path in (ROOT / "jpprep").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for found in re.findall(r'\bcode=("[a-z_]+"(?: if [^\n]+? else "[a-z_]+")?)', text):
            raised |= set(re.findall(r'"([a-z_]+)"', found))
    raised.discard("lab_problems_and_error")  # made of the others
    assert {"disk_full", "profile_open_elsewhere", "pin_length", "lab_unknown_key"} <= raised
    words = ErrorWords()
    assert sorted(c for c in raised if words.template(c) is None and not is_problem_code(c)
                  and not is_bank_code(c)) == []


def _lab_with_the_server_away(tmp_path, monkeypatch) -> str:
    """A lab file naming a class server where nothing listens, studying locally when it
    fails; its database URL."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nothing listens there
    url = f"postgresql+psycopg://jpprep:secret@127.0.0.1:{port}/jpprep?connect_timeout=3"
    path = tmp_path / "lab.toml"
    path.write_text(f'database_url = "{url}"\nif_server_fails = "study locally"\n',
                    encoding="utf-8")
    monkeypatch.setenv(lab.ENV, str(path))
    monkeypatch.setenv("JPPREP_UI_LANGUAGE", "")
    lab.reset()
    return url


def test_starting_without_the_server_says_the_flags_that_wait_here_for_it(
        qapp, tmp_path, monkeypatch, _isolated_data):
    """Only flags wait here for the server (no answer, no mock exam): the start-up message on
    this computer's database still says that they wait and go once it is back; with answers
    they are said after them. In the interface language."""
    from jpprep.services.outbox import Outbox, outbox_path
    from jpprep.ui import app
    from jpprep.ui.widgets.server_notice import ServerWords

    url = _lab_with_the_server_away(tmp_path, monkeypatch)
    box = Outbox(outbox_path(url, 7))
    box.add_flag(7, 12, 1, 1000)
    box.add_flag(7, 13, 0, 2000)
    box.close()
    shown = []
    monkeypatch.setattr(app.QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    try:
        opened = lab.open_database_report()
        opened.db.close()
        assert opened.kept == (0, 0, 2)
        assert "2 change(s) to cards (flags, resets, due dates, suspensions)" in opened.message
        i18n.apply_language("en")
        db = app.open_database()
        db.close()
        i18n.apply_language("ur")
        urdu = ServerWords().kept_on_close(*opened.kept)
        i18n.apply_language("ja")
        japanese = ServerWords().kept_on_close(3, 0, 2)
    finally:
        i18n.apply_language("en")
        lab.reset()
    assert ("2 changes to cards (flags, resets, due dates, suspensions) made on this computer "
            "will be sent "
            "to the class server the next time jpprep is opened here. Nothing is lost."
            ) in shown[0]
    assert urdu.startswith("اس کمپیوٹر پر کارڈز میں کی گئی 2 تبدیلیاں")
    assert japanese.splitlines()[1] == ("このコンピューターで行ったカードの変更（フラグ、リセット、"
                                        "次の復習日、保留）2件も、同時に送信されます。")


def test_starting_without_the_server_says_what_waits_here_for_it(qapp, tmp_path, monkeypatch,
                                                                 _isolated_data):
    """jpprep restarted while the class server is still away falls back to this computer's
    database, where the class's profiles are not: the start-up message says that a mock exam
    and answers kept here wait for the server (they are sent once it is back)."""
    from jpprep.services.exam_outbox import ExamOutbox, exam_outbox_path
    from jpprep.services.outbox import Outbox, outbox_path
    from jpprep.ui import app

    url = _lab_with_the_server_away(tmp_path, monkeypatch)
    exams = ExamOutbox(exam_outbox_path(url, 7))
    exams.keep(7, 41, "jlpt-n5", "full", {"saved_ms": 1000})
    exams.close()
    answers = Outbox(outbox_path(url, 7))
    answers.add(7, 12, 3, 1000)
    answers.add(7, 13, 1, 2000)
    answers.close()
    shown = []
    monkeypatch.setattr(app.QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    try:
        opened = lab.open_database_report()
        opened.db.close()
        assert opened.kept == (2, 1, 0)
        i18n.apply_language("en")
        db = app.open_database()
        db.close()
    finally:
        lab.reset()
    assert "2 answers saved on this computer" in shown[0]
    assert "1 mock exam saved on this computer will be sent at the same time" in shown[0]
    assert "secret" not in shown[0]
