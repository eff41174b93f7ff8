"""Kill -9 while studying, importing and backing up: nothing committed is lost, nothing is half
written. The full run is `tools/crash_test.py --runs 200`; CI runs 20 kills."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

TOOL = Path(__file__).resolve().parents[2] / "tools" / "crash_test.py"


def _tool():
    spec = importlib.util.spec_from_file_location("crash_test_tool", TOOL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_twenty_kills_lose_nothing(tmp_path, capsys):
    code = _tool().main(["--runs", "20", "--seed", "7", "--dir", str(tmp_path)])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "20 kills, 0 failed" in out
    answers = int(out.split("answer: ")[1].split(",")[0])
    assert answers > 0  # the kills did land while answers were being committed


def test_the_checker_sees_a_lost_answer_and_a_half_import(tmp_path):
    tool = _tool()
    from jpprep.store.db import Database

    path = tmp_path / "crash.db"
    db = Database(f"sqlite:///{path}")
    profile, cards = tool.seed(db, cards=3)
    tool.scripted_answer(db, profile, cards[0], 3, 1000)
    db.close()
    assert tool.verify(path, [f"A {profile} {cards[0]} 1000"]) == []
    lost = tool.verify(path, [f"A {profile} {cards[1]} 2000"])
    assert lost and "printed as saved" in lost[0]
    import sqlite3

    con = sqlite3.connect(str(path))
    con.execute("INSERT INTO deck (name, source, description, meta, created_ms, updated_ms) "
                "VALUES ('Crash::Import x', 'user', '', '{}', 0, 0)")
    con.commit()
    con.close()
    assert any("half import" in p for p in tool.verify(path, []))


def test_a_resent_answer_is_stored_once(tmp_path):
    tool = _tool()
    from jpprep.store.db import Database

    db = Database(f"sqlite:///{tmp_path / 'x.db'}")
    profile, cards = tool.seed(db, cards=2)
    assert tool.scripted_answer(db, profile, cards[0], 3, 1000, uid="same")
    assert not tool.scripted_answer(db, profile, cards[0], 3, 1000, uid="same")
    from sqlalchemy import func, select

    from jpprep.store.models import Review

    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Review)) == 1
    db.close()
