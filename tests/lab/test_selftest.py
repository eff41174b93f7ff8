"""`jpprep selftest` (what lab administrators and the bundle test run), and the one-folder
bundle itself (slow: only with JPPREP_TEST_BUNDLE=1)."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest

from jpprep import cli, paths

ROOT = Path(__file__).resolve().parents[2]


def test_selftest_answers_a_card_and_opens_the_window(qapp, capsys, _isolated_data):
    assert cli.main(["selftest", "--deck", "jlpt-n5"]) == 0
    out = capsys.readouterr().out
    assert "answered card" in out and "にほんごをべんきょうする" in out and "main window opened" in out
    assert out.rstrip().endswith("selftest ok")
    assert not _isolated_data.exists()  # everything happened in a temporary folder
    assert paths.database_url().startswith("sqlite:///" + str(_isolated_data))


def test_selftest_fails_cleanly_for_a_missing_deck(capsys):
    assert cli.main(["selftest", "--deck", "no-such-deck", "--no-window"]) == 1
    assert "selftest FAILED" in capsys.readouterr().out


@pytest.mark.slow
@pytest.mark.skipif(os.environ.get("JPPREP_TEST_BUNDLE") != "1", reason="set JPPREP_TEST_BUNDLE=1 (builds for minutes)")
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the bundle test runs on Linux")
def test_one_folder_bundle_starts_and_passes_selftest(tmp_path):
    pytest.importorskip("PyInstaller")
    sys.path.insert(0, str(ROOT / "tools"))
    import build_bundle

    start = time.monotonic()
    folder = build_bundle.build(tmp_path / "dist", tmp_path / "work")
    print(f"bundle: {build_bundle.folder_size(folder) / 1e6:.0f} MB in {time.monotonic() - start:.0f} s")
    assert build_bundle.executable(folder).is_file()
    assert not (folder.parent / "jpprep.exe").exists() and folder.is_dir()  # one folder, not one file
    result = build_bundle.smoke(folder)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "selftest ok" in result.stdout and "Traceback" not in result.stderr
    # portable mode in the built app: the marker next to the executable moves the data
    (folder / "portable.txt").write_text("", encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("JPPREP_DATA_DIR", None)
    import subprocess

    made = subprocess.run([str(build_bundle.executable(folder)), "profile", "create", "Ayesha"],
                          capture_output=True, text=True, timeout=120, env=env)
    assert made.returncode == 0, made.stderr
    assert (folder / "userdata" / "jpprep.db").is_file()
