"""Copies resources/ and decks/ into the wheel as jpprep/_data/, so an installed jpprep has its
fonts, tables and shipped decks (jpprep.paths looks there first, then next to the checkout)."""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
SKIP = shutil.ignore_patterns("__pycache__", "*.pyc", ".DS_Store")


class BuildWithData(build_py):
    def run(self):
        super().run()
        target = Path(self.build_lib) / "jpprep" / "_data"
        for name in ("resources", "decks"):
            src = HERE / name
            if src.is_dir():
                shutil.copytree(src, target / name, ignore=SKIP, dirs_exist_ok=True)


setup(cmdclass={"build_py": BuildWithData})
