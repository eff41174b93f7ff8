"""Deck options: what the options screen and `jpprep deck options` read and save."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "srs"))
from srs_factory import T0, make_deck, make_notes, make_preset, make_profile  # noqa: E402

from jpprep.errors import ValidationError  # noqa: E402
from jpprep.services import presets, study  # noqa: E402



@pytest.fixture
def any_db(backend_db):
    """SQLite, and PostgreSQL when JPPREP_TEST_PG_URL is set (tests/conftest.py)."""
    return backend_db


def _two_decks(db, **config):
    with db.session() as s:
        pid = make_profile(s)
        pr = make_preset(s, "Shared", **config)
        a = make_deck(s, "A", preset_id=pr)
        b = make_deck(s, "B", preset_id=pr)
        make_notes(s, a, 30)
        make_notes(s, b, 30)
    return pid, a, b


def test_options_say_how_many_decks_share_the_preset(db):
    pid, a, b = _two_decks(db, new_per_day=5)
    opts = presets.deck_options(db, a, pid)
    assert opts.deck_name == "A" and opts.preset.name == "Shared"
    assert opts.preset.deck_ids == [a, b] and not opts.personal
    assert [p.name for p in opts.presets] == ["Shared"]


def test_a_deck_without_preset_shows_the_default_one(db):
    with db.session() as s:
        make_profile(s)
        a = make_deck(s, "A")
        b = make_deck(s, "B")
    opts = presets.deck_options(db, a)
    assert opts.preset.name == "Default" and opts.preset.deck_ids == [a, b]


def test_save_changes_every_deck_using_the_preset_and_the_next_study_day(any_db):
    pid, a, b = _two_decks(any_db, new_per_day=5)
    presets.save_deck_options(any_db, a, {"new_per_day": 12, "desired_retention": 0.85,
                                      "learning_steps": presets.parse_steps("1m 1h")})
    counts = {c.name: c.new for c in study.deck_counts(any_db, pid, T0)}
    assert counts == {"A": 12, "B": 12}
    cfg = presets.deck_options(any_db, b).preset.config
    assert cfg.desired_retention == 0.85 and cfg.learning_steps == (1.0, 60.0)


def test_new_preset_from_the_current_one_changes_only_this_deck(any_db):
    pid, a, b = _two_decks(any_db, new_per_day=5, reviews_per_day=50)
    info = presets.save_deck_options(any_db, a, {"new_per_day": 3}, new_name="Slow")
    assert info.name == "Slow" and info.deck_ids == [a]
    assert info.config.reviews_per_day == 50  # copied from the preset it came from
    counts = {c.name: c.new for c in study.deck_counts(any_db, pid, T0)}
    assert counts == {"A": 3, "B": 5}


def test_impossible_value_saves_nothing_not_even_the_new_preset(any_db):
    pid, a, b = _two_decks(any_db, new_per_day=5)
    for config in ({"desired_retention": 1.5}, {"learning_steps": presets.parse_steps("-5m")},
                   {"reviews_per_day": 10_000_000}):
        with pytest.raises(ValidationError) as e:
            presets.save_deck_options(any_db, a, {"new_per_day": 9, **config}, new_name="X",
                                      name="Renamed")
        assert e.value.field == next(iter(config))
    opts = presets.deck_options(any_db, a)
    assert [p.name for p in opts.presets] == ["Shared"] and opts.preset.config.new_per_day == 5


def test_steps_are_read_the_way_a_learner_writes_them():
    assert presets.parse_steps("1m 10m 1h 1d") == [1.0, 10.0, 60.0, 1440.0]
    assert presets.parse_steps("30s, 5") == [0.5, 5.0]
    assert presets.parse_steps("") == []
    assert presets.format_steps([0.5, 1, 10, 60, 1440, 90]) == "30s 1m 10m 1h 1d 90m"
    with pytest.raises(ValidationError) as e:
        presets.parse_steps("1m ten", "relearning_steps")
    assert e.value.field == "relearning_steps" and "'ten'" in e.value.message


def test_parse_option_names_and_aliases():
    assert presets.parse_option("retention", "0.9") == ("desired_retention", "0.9")
    assert presets.parse_option("bury_siblings", "no") == ("bury_siblings", False)
    assert presets.parse_option("learning_steps", "1m 10m") == ("learning_steps", [1.0, 10.0])
    with pytest.raises(ValidationError) as e:
        presets.parse_option("speed", "3")
    assert "new_per_day" in e.value.hint
