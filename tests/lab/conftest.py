"""Lab tests: a fake clock and a set-up QApplication (as in tests/ui)."""

from __future__ import annotations

import pytest



@pytest.fixture(autouse=True)
def _fresh_lab():
    from jpprep import lab

    lab.reset()
    yield
    lab.reset()


@pytest.fixture
def class_db(db, tmp_path, clock):
    from lab.classdata import make_class

    return make_class(db, tmp_path, clock)
