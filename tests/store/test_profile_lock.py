"""One app per profile: a second start is refused with who holds it; a crashed one is cleared."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time

import pytest

from jpprep import errors
from jpprep.store.lock import ProfileLock, read_lock

NOW = 1_795_000_000_000


@pytest.fixture
def url(tmp_path):
    return f"sqlite:///{tmp_path / 'jpprep.db'}"


def test_second_start_on_same_profile_is_told_who_holds_it(url, tmp_path):
    first = ProfileLock(url, "Aiko", tmp_path / "locks").acquire(NOW)
    info = read_lock(first.path)
    assert (info.pid, info.host, info.started_ms) == (os.getpid(), socket.gethostname(), NOW)
    with pytest.raises(errors.ProfileInUseError) as exc:
        ProfileLock(url, "Aiko", tmp_path / "locks").acquire(NOW + 1)
    msg = str(exc.value)
    assert "'Aiko' is already open" in msg and f"process {os.getpid()}" in msg
    assert "Switch to that window" in msg
    ProfileLock(url, "Ravi", tmp_path / "locks").acquire(NOW)  # another profile is free
    ProfileLock(f"sqlite:///{tmp_path / 'other.db'}", "Aiko", tmp_path / "locks").acquire(NOW)
    first.release()
    assert not first.path.exists()
    ProfileLock(url, "Aiko", tmp_path / "locks").acquire(NOW + 2).release()


def _write(path, **info):
    path.parent.mkdir(parents=True, exist_ok=True)
    base = {"pid": os.getpid(), "host": socket.gethostname(), "started_ms": NOW,
            "profile": "Aiko", "database": "x", "proc_start": ""}
    base.update(info)
    path.write_text(json.dumps(base))


def test_lock_of_a_killed_process_is_cleared(url, tmp_path):
    code = ("import sys, time; from jpprep.store.lock import ProfileLock;"
            f"ProfileLock({url!r}, 'Aiko', {str(tmp_path / 'locks')!r}).acquire(1);"
            "print('locked', flush=True); time.sleep(60)")
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "locked"
    with pytest.raises(errors.ProfileInUseError) as exc:
        ProfileLock(url, "Aiko", tmp_path / "locks").acquire(NOW)
    assert f"process {child.pid}" in str(exc.value)
    child.send_signal(signal.SIGKILL)
    child.wait()
    lock = ProfileLock(url, "Aiko", tmp_path / "locks").acquire(NOW)
    assert lock.cleared_stale is not None and lock.cleared_stale.pid == child.pid
    assert read_lock(lock.path).pid == os.getpid()


@pytest.mark.skipif(not os.path.exists("/proc/self/stat"), reason="needs /proc to see pid reuse")
def test_reused_pid_is_not_mistaken_for_the_owner(url, tmp_path):
    lock = ProfileLock(url, "Aiko", tmp_path / "locks")
    _write(lock.path, proc_start="1")  # our pid, but a process that started at another time
    lock.acquire(NOW)
    assert lock.cleared_stale is not None


def test_lock_from_another_computer_is_never_cleared(url, tmp_path):
    lock = ProfileLock(url, "Aiko", tmp_path / "locks")
    _write(lock.path, pid=999_999_999, host="lab-pc-07")
    with pytest.raises(errors.ProfileInUseError) as exc:
        lock.acquire(NOW)
    assert "lab-pc-07" in str(exc.value) and "delete the lock file" in str(exc.value)


def test_half_written_lock_waits_then_is_cleared(url, tmp_path):
    lock = ProfileLock(url, "Aiko", tmp_path / "locks")
    lock.path.parent.mkdir(parents=True)
    lock.path.write_text("")
    with pytest.raises(errors.ProfileInUseError, match="starting"):
        lock.acquire(NOW)
    old = time.time() - 60
    os.utime(lock.path, (old, old))
    lock.acquire(NOW)
    assert read_lock(lock.path).pid == os.getpid()


def test_release_never_removes_someone_elses_lock(url, tmp_path):
    lock = ProfileLock(url, "Aiko", tmp_path / "locks").acquire(NOW)
    _write(lock.path, pid=1)  # taken over (e.g. cleared by hand and restarted)
    lock.release()
    assert lock.path.exists()
