"""`jpprep deck options DECK [--set OPTION=VALUE ...] [--json]`."""

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
        pr = make_preset(s, "Mine", new_per_day=7)
        d = make_deck(s, "N5", preset_id=pr)
        make_deck(s, "N4", preset_id=pr)
        make_notes(s, d, 12)
    db.close()


def test_show_and_change_options(capsys):
    _populate()
    assert main(["deck", "options", "N5"]) == 0
    out = capsys.readouterr().out
    assert 'preset "Mine" (used by 2 deck(s))' in out and "1m 10m" in out
    assert main(["deck", "options", "N5", "--set", "retention=0.85", "--set", "new_per_day=15",
                 "--set", "learning_steps=1m 1h", "--set", "leech_action=suspend",
                 "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["decks_using_preset"] == 2
    opts = shown["options"]
    assert (opts["desired_retention"], opts["new_per_day"], opts["learning_steps"],
            opts["leech_action"]) == (0.85, 15, [1.0, 60.0], "suspend")
    assert main(["study", "counts", "--json"]) == 0
    rows = {r["name"]: r["new"] for r in json.loads(capsys.readouterr().out)}
    assert rows["N5"] == 12  # was 7; all 12 cards fit under the new limit of 15


def test_impossible_values_exit_2_and_save_nothing(capsys):
    _populate()
    for bad, field in [("retention=1.5", "desired_retention"),
                       ("learning_steps=-5m", "learning_steps"),
                       ("reviews_per_day=10000000", "reviews_per_day"), ("speed=3", "speed")]:
        assert main(["deck", "options", "N5", "--set", "new_per_day=1", "--set", bad]) == 2
        err = capsys.readouterr().err
        assert field in err, err
    assert main(["deck", "options", "N5", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["options"]["new_per_day"] == 7
    assert main(["deck", "options", "Nope"]) == 2
    assert "Nope" in capsys.readouterr().err
