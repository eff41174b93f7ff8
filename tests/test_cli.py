"""The command line works without a display: --version, python -m jpprep, doctor."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from jpprep import __version__


def _run(*args, env_extra=None):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(env_extra or {})
    return subprocess.run([sys.executable, "-m", "jpprep", *args], capture_output=True, text=True,
                          env=env, timeout=120)


def test_version_prints_the_package_version():
    out = _run("--version")
    assert out.returncode == 0
    assert out.stdout.strip() == f"jpprep {__version__}"


def test_doctor_reports_versions_folders_and_that_font_and_dictionary_load(tmp_path):
    out = _run("--data-dir", str(tmp_path), "doctor", "--json")
    assert out.returncode == 0, out.stderr
    info = json.loads(out.stdout)
    for key in ("python", "qt", "sqlalchemy", "fugashi", "dictionary", "data_folder", "database_url"):
        assert info[key], key
    assert info["data_folder"] == str(tmp_path.resolve())
    assert info["database_url"].startswith("sqlite:///") and str(tmp_path) in info["database_url"]
    assert info["japanese_font"] == {"ok": True, "detail": "Noto Sans JP"}
    assert info["japanese_dictionary"]["ok"] is True


def test_doctor_hides_the_database_password(tmp_path):
    out = _run("--data-dir", str(tmp_path), "--database-url",
               "postgresql+psycopg://teacher:s3cret@localhost/lab", "doctor", "--json")
    info = json.loads(out.stdout)
    assert "s3cret" not in out.stdout
    assert info["database_url"].startswith("postgresql+psycopg://teacher:")


def test_profiles_from_the_command_line_are_kept_in_the_data_folder(tmp_path):
    assert _run("--data-dir", str(tmp_path), "profile", "create", "Ram Thapa").returncode == 0
    again = _run("--data-dir", str(tmp_path), "profile", "create", "ram thapa")
    assert again.returncode == 2
    assert "already exists" in again.stderr
    listed = _run("--data-dir", str(tmp_path), "profile", "list", "--json")
    assert [p["name"] for p in json.loads(listed.stdout)] == ["Ram Thapa"]


def test_doctor_can_check_the_database(tmp_path):
    assert _run("--data-dir", str(tmp_path), "profile", "create", "Ram").returncode == 0
    out = _run("--data-dir", str(tmp_path), "doctor", "--check-db")
    assert out.returncode == 0, out.stdout + out.stderr
    assert "database check:" in out.stdout
