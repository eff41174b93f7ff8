"""Portable mode (portable.txt next to the app) and --data-dir keep everything in one folder;
a frozen (PyInstaller) build finds its resources and decks."""

from __future__ import annotations

import sys

import pytest

from jpprep import cli, paths


@pytest.fixture
def frozen_app(tmp_path, monkeypatch):
    """A fake one-folder build: app/jpprep(.exe) with _internal/ beside it."""
    app = tmp_path / "app"
    (app / "_internal").mkdir(parents=True)
    exe = app / "jpprep"
    exe.write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    monkeypatch.setattr(sys, "_MEIPASS", str(app / "_internal"), raising=False)
    monkeypatch.delenv("JPPREP_DATA_DIR", raising=False)
    paths.configure()
    return app


def test_portable_marker_puts_all_data_next_to_the_app(frozen_app, tmp_path, monkeypatch):
    home = tmp_path / "home"
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("APPDATA", str(home / "AppData"))
    assert not str(paths.data_dir()).startswith(str(frozen_app))  # no marker: the user folder
    (frozen_app / "portable.txt").write_text("", encoding="utf-8")
    assert paths.data_dir() == frozen_app / "userdata"
    assert paths.database_url() == f"sqlite:///{frozen_app / 'userdata' / 'jpprep.db'}"
    assert paths.backups_dir() == frozen_app / "userdata" / "backups"
    assert cli.main(["profile", "create", "Ayesha"]) == 0
    assert (frozen_app / "userdata" / "jpprep.db").is_file()
    assert not home.exists()  # nothing written to the (wiped) user folder


def test_data_dir_option_beats_the_marker(frozen_app, tmp_path):
    (frozen_app / "portable.txt").write_text("", encoding="utf-8")
    stick = tmp_path / "USB stick" / "日本語"
    assert cli.main(["--data-dir", str(stick), "profile", "create", "Ayesha"]) == 0
    assert (stick / "jpprep.db").is_file()
    assert not (frozen_app / "userdata").exists()
    paths.configure()


def test_checkout_marker_is_next_to_the_checkout(monkeypatch):
    monkeypatch.delenv("JPPREP_DATA_DIR", raising=False)
    marker = paths.PACKAGE_DIR.parent / "portable.txt"
    if marker.exists():
        pytest.skip("this checkout is in portable mode")
    assert paths._app_dir() == paths.PACKAGE_DIR.parent


def test_frozen_build_finds_resources_in_internal_or_next_to_the_exe(frozen_app, monkeypatch):
    monkeypatch.setattr(paths, "PACKAGE_DIR", frozen_app / "_internal" / "jpprep")
    (frozen_app / "_internal" / "resources" / "fonts").mkdir(parents=True)
    (frozen_app / "_internal" / "decks").mkdir()
    assert paths.resources_dir() == frozen_app / "_internal" / "resources"
    assert paths.decks_dir() == frozen_app / "_internal" / "decks"
    (frozen_app / "decks").mkdir()  # a lab may put its own decks next to the program
    assert paths.decks_dir() == frozen_app / "decks"
