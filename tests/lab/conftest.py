"""Lab tests: a fake clock and a set-up QApplication (as in tests/ui)."""

from __future__ import annotations

import pytest


class FakeClock:
    def __init__(self, ms: int = 1_790_000_000_000) -> None:
        self.ms = ms

    def __call__(self) -> int:
        return self.ms

    def advance(self, seconds: float) -> None:
        self.ms += int(seconds * 1000)


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def qapp_setup(qapp):
    from jpprep.ui.app import setup_application

    setup_application(qapp)
    return qapp


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
