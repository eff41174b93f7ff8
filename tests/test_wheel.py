"""An installed jpprep carries its fonts, shipped decks and migrations, not only a checkout."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    build = tmp_path_factory.mktemp("build")
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(ROOT)],
        capture_output=True, text=True, timeout=600, cwd=build,
        env={**__import__("os").environ, "PIP_NO_INDEX": "1"},
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    return next(out.glob("jpprep-*.whl"))


def test_wheel_contains_font_with_licence_decks_and_migrations(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "jpprep/_data/resources/fonts/NotoSansJP-Regular.otf" in names
    assert "jpprep/_data/resources/fonts/OFL-NotoSansJP.txt" in names
    assert "jpprep/store/migrations/versions/0001_initial_schema.py" in names
    assert "jpprep/store/migrations/script.py.mako" in names
    shipped = {n.split("/")[3] for n in names if n.startswith("jpprep/_data/decks/") and n.endswith("deck.toml")}
    assert "jlpt-n5" in shipped
    assert "jpprep/_data/decks/ATTRIBUTION.md" in names


def test_installed_wheel_finds_its_data_outside_the_checkout(wheel, tmp_path):
    target = tmp_path / "site"
    with zipfile.ZipFile(wheel) as z:
        z.extractall(target)
    code = ("import jpprep.paths as p; print(p.resources_dir()); print(p.decks_dir()); "
            "print((p.resources_dir()/'fonts'/'NotoSansJP-Regular.otf').is_file())")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path,
                         env={"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin"}, timeout=60)
    lines = out.stdout.split()
    assert out.returncode == 0, out.stderr
    assert lines[0].startswith(str(target)) and lines[1].startswith(str(target))
    assert lines[2] == "True"
