"""PINs: salted scrypt hashes, right/wrong checks, and a wait after repeated wrong tries."""

from __future__ import annotations

import pytest

from jpprep.errors import ValidationError
from jpprep.services import pins, profiles
from jpprep.store.models import Profile

NOW = 1_790_000_000_000


@pytest.fixture
def pid(db):
    return profiles.create_profile(db, "Ayesha", now=NOW).id


def stored(db, pid):
    with db.session() as s:
        return s.get(Profile, pid).pin_hash


def test_pin_is_stored_only_as_a_salted_scrypt_hash(db, pid):
    pins.set_pin(db, pid, "4821")
    first = stored(db, pid)
    assert first.startswith("scrypt$") and "4821" not in first
    pins.set_pin(db, pid, "4821")
    assert stored(db, pid) != first  # a new salt each time
    assert len(stored(db, pid)) <= 200  # fits Profile.pin_hash


def test_right_pin_passes_wrong_pin_fails(db, pid):
    assert pins.check_pin(db, pid, "", now=NOW).ok  # no PIN yet: open
    pins.set_pin(db, pid, "4821")
    assert pins.has_pin(db, pid)
    assert pins.check_pin(db, pid, "4821", now=NOW).ok
    assert not pins.check_pin(db, pid, "4822", now=NOW).ok
    assert not pins.check_pin(db, pid, "", now=NOW).ok
    pins.clear_pin(db, pid)
    assert not pins.has_pin(db, pid)
    assert pins.check_pin(db, pid, "", now=NOW).ok


@pytest.mark.parametrize("bad", ["", "12", "abcd", "12 34", "١٢٣٤", "1" * 13])
def test_bad_pins_are_refused_with_a_reason(db, pid, bad):
    with pytest.raises(ValidationError) as info:
        pins.set_pin(db, pid, bad)
    assert info.value.field == "pin"
    assert stored(db, pid) is None


def test_repeated_failures_make_the_next_try_wait_even_with_the_right_pin(db, pid):
    pins.set_pin(db, pid, "4821")
    for _ in range(pins.FREE_TRIES - 1):
        check = pins.check_pin(db, pid, "0000", now=NOW)
        assert not check.ok and check.wait_seconds == 0
    third = pins.check_pin(db, pid, "0000", now=NOW)
    assert third.wait_seconds == 30
    locked = pins.check_pin(db, pid, "4821", now=NOW + 10_000)
    assert not locked.ok and locked.wait_seconds == 20
    assert pins.check_pin(db, pid, "4821", now=NOW + 30_000).ok
    # the count was reset by the right PIN
    assert pins.check_pin(db, pid, "0000", now=NOW + 31_000).wait_seconds == 0


def test_wait_doubles_and_is_capped():
    waits = [pins.wait_ms_after(n) for n in range(1, 12)]
    assert waits[:2] == [0, 0]
    assert waits[2:5] == [30_000, 60_000, 120_000]
    assert max(waits) == pins.MAX_WAIT_MS


def test_a_corrupt_hash_never_opens_the_profile(db, pid):
    with db.session() as s:
        s.get(Profile, pid).pin_hash = "scrypt$garbage"
    assert not pins.check_pin(db, pid, "4821", now=NOW).ok


def test_administrator_clears_a_forgotten_pin_from_the_command_line(capsys):
    from jpprep import cli
    from jpprep.services import profiles as prof
    from jpprep.store.db import Database
    from jpprep import paths

    assert cli.main(["profile", "create", "Ayesha"]) == 0
    db = Database(paths.database_url())
    pid = prof.find_profile(db, "Ayesha").id
    pins.set_pin(db, pid, "4821")
    db.close()
    assert cli.main(["profile", "clear-pin", "ayesha"]) == 0
    db = Database(paths.database_url())
    assert not pins.has_pin(db, pid)
    db.close()
    assert cli.main(["profile", "clear-pin", "Nobody"]) == 2
