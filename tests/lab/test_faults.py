"""Faults at a lab: wrong server URL or password, server down, a server schema newer than the
app, a broken lab file. Each gives a clear message and, where the lab file allows, study
continues on this computer; never a traceback."""

from __future__ import annotations

import os
import socket
import sqlite3

import pytest

from jpprep import cli, lab, paths
from jpprep.errors import JpprepError


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # closed again: nothing listens there


@pytest.fixture
def lab_file(tmp_path, monkeypatch):
    path = tmp_path / "lab.toml"
    monkeypatch.setenv(lab.ENV, str(path))
    monkeypatch.setenv("JPPREP_UI_LANGUAGE", "")
    return path


def down_url() -> str:
    return f"postgresql+psycopg://jpprep:secret@127.0.0.1:{free_port()}/jpprep?connect_timeout=3"


def test_server_down_study_continues_locally(lab_file, _isolated_data):
    lab_file.write_text(f'database_url = "{down_url()}"\n', encoding="utf-8")
    db, message = lab.open_database()
    try:
        assert db.url == f"sqlite:///{_isolated_data / 'jpprep.db'}"
        assert "Study continues on this computer" in message
        assert "secret" not in message  # the password is never shown
    finally:
        db.close()


def test_server_down_with_stop_is_a_clear_error(lab_file):
    lab_file.write_text(f'database_url = "{down_url()}"\nif_server_fails = "stop"\n', encoding="utf-8")
    with pytest.raises(JpprepError) as info:
        lab.open_database()
    assert "cannot open the database" in str(info.value)


def test_cli_with_server_down_prints_a_message_not_a_traceback(lab_file, capsys):
    lab_file.write_text(f'database_url = "{down_url()}"\n', encoding="utf-8")
    assert cli.main(["profile", "list"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("jpprep: ") and "Traceback" not in err and "secret" not in err


def test_wrong_url_is_named_and_study_continues_locally(lab_file, _isolated_data):
    lab_file.write_text('database_url = "mysql+nodriver://u:p@127.0.0.1/x"\n', encoding="utf-8")
    db, message = lab.open_database()
    try:
        assert db.path == _isolated_data / "jpprep.db"
        assert "database_url" in message and "line 1" in message and "mysql+nodriver" in message
    finally:
        db.close()


def test_unusable_url_from_elsewhere_is_a_message(monkeypatch, _isolated_data):
    monkeypatch.setenv("JPPREP_DATABASE_URL", "mysql+nodriver://u:secret@127.0.0.1/x")
    monkeypatch.delenv(lab.ENV, raising=False)
    monkeypatch.setattr(lab, "candidates", lambda: [])
    db, message = lab.open_database()
    try:
        assert db.path == _isolated_data / "jpprep.db"
        assert "cannot open the database" in message and "secret" not in message
    finally:
        db.close()


def test_wrong_password(lab_file, _isolated_data):
    url = os.environ.get("JPPREP_TEST_PG_URL")
    if not url:
        pytest.skip("JPPREP_TEST_PG_URL is not set (. .ci/postgres.sh && setup_postgres)")
    from sqlalchemy.engine import make_url

    wrong = make_url(url).set(password="not-the-password").render_as_string(hide_password=False)
    lab_file.write_text(f'database_url = "{wrong}"\n', encoding="utf-8")
    db, message = lab.open_database()
    try:
        assert "Study continues on this computer" in message and "not-the-password" not in message
    finally:
        db.close()


def test_server_schema_newer_than_the_app(lab_file, tmp_path, _isolated_data):
    from jpprep.store.db import Database

    server = tmp_path / "server.db"
    Database(f"sqlite:///{server}").close()
    con = sqlite3.connect(server)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    lab_file.write_text(f'database_url = "sqlite:///{server}"\n', encoding="utf-8")
    db, message = lab.open_database()
    try:
        assert db.url != f"sqlite:///{server}"
        assert "newer" in message.lower() and "Study continues" in message
    finally:
        db.close()
    con = sqlite3.connect(server)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("9999",)  # untouched
    con.close()


def test_locked_config_with_a_typo_still_lets_students_study(lab_file, _isolated_data):
    lab_file.write_text(f'database_url = "{down_url()}"\nlocked = ["import_decks", "deleet_decks"]\n',
                        encoding="utf-8")
    db, message = lab.open_database()
    try:
        assert "deleet_decks" in message and "line 2" in message and str(lab_file) in message
        assert "Study continues" in message
        assert not lab.allowed("import_decks") and not lab.allowed("delete_decks")
    finally:
        db.close()


def test_gui_start_shows_the_message_and_opens_the_local_database(lab_file, qapp, monkeypatch, _isolated_data):
    from jpprep.ui import app

    lab_file.write_text(f'database_url = "{down_url()}"\n', encoding="utf-8")
    shown = []
    monkeypatch.setattr(app.QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    db = app.open_database()
    try:
        assert db.url == paths.database_url().replace(paths.database_url(), db.url)
        assert db.path == _isolated_data / "jpprep.db"
        assert shown and "Study continues" in shown[0]
    finally:
        db.close()
