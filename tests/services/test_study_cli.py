"""`jpprep study ...` prints what a lab script needs."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "srs"))
from srs_factory import make_deck, make_notes, make_preset, make_profile  # noqa: E402

from jpprep import paths  # noqa: E402
from jpprep.cli import main  # noqa: E402
from jpprep.store.db import Database  # noqa: E402


def _populate():
    db = Database(paths.database_url())
    with db.session() as s:
        make_profile(s, "Sita")
        pr = make_preset(s, new_per_day=7)
        d = make_deck(s, "N5", preset_id=pr)
        make_notes(s, d, 12)
    db.close()


def test_counts_json(capsys):
    _populate()
    assert main(["study", "counts", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows == [{"deck_id": 1, "name": "N5", "new": 7, "learning": 0, "review": 0,
                     "total": 12}]


def test_plan_and_unknown_profile(capsys):
    _populate()
    assert main(["--profile", "Sita", "study", "plan", "--exam", "jlpt-n5",
                 "--date", "2099-12-06", "--deck", "N5", "--json"]) == 0
    plan = json.loads(capsys.readouterr().out)
    assert plan["cards_left"] == 12 and plan["covers"] is True
    assert main(["--profile", "Nobody", "study", "counts"]) == 2
    assert "Nobody" in capsys.readouterr().err
