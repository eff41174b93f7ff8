"""One app per profile: a lock file per (database, profile).

The file (in <data folder>/locks/) holds the owner's pid, host name and start time. A second
start on the same profile gets ProfileInUseError naming who holds it (the UI then asks the
running window to come forward, see jpprep.ui.single_instance). A lock left by a crash is
stale when its host is this machine and its process is gone (or the pid now belongs to a newer
process): it is cleared on the next start. A lock from another machine (a shared folder) is
never cleared automatically.

    lock = ProfileLock(database_url, "Aiko")
    lock.acquire(now)      # raises ProfileInUseError
    ...
    lock.release()
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
import sys
import time
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path

from jpprep import errors

HALF_WRITTEN_GRACE_S = 5.0


@dataclass(frozen=True)
class LockInfo:
    pid: int
    host: str
    started_ms: int
    profile: str
    database: str
    proc_start: str = ""  # the process's start tick on Linux: tells a reused pid apart


def _redact(url: str) -> str:
    try:
        from sqlalchemy.engine import make_url

        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return url


def lock_key(database_url: str, profile: str) -> str:
    """Short stable id of (database, profile): the lock's file name and the local server name."""
    from jpprep.store.db import sqlite_path

    path = sqlite_path(database_url)
    where = str(path.resolve()) if path else _redact(database_url)
    return hashlib.sha1(f"{where}\n{profile}".encode()).hexdigest()[:20]


def _proc_start(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            stat = fh.read().decode(errors="replace")
        return stat.rsplit(")", 1)[1].split()[19]  # field 22: starttime
    except (OSError, IndexError):
        return ""


def pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":  # os.kill would terminate the process on Windows
        import ctypes

        kernel = ctypes.windll.kernel32
        handle = kernel.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        ok = kernel.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel.CloseHandle(handle)
        return bool(ok) and code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def read_lock(path: Path) -> LockInfo | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return LockInfo(**data)
    except (OSError, ValueError, TypeError):
        return None


def is_stale(info: LockInfo) -> bool:
    """True when the owner is certainly gone: same host, and its pid is dead or reused."""
    if info.host != socket.gethostname():
        return False
    if not pid_alive(info.pid):
        return True
    if info.proc_start:
        now_start = _proc_start(info.pid)
        if now_start and now_start != info.proc_start:
            return True
    return False


class ProfileLock:
    def __init__(self, database_url: str, profile: str, lock_dir: Path | None = None) -> None:
        if lock_dir is None:
            from jpprep import paths

            lock_dir = paths.data_dir() / "locks"
        self.database = _redact(database_url)
        self.profile = profile
        self.key = lock_key(database_url, profile)
        self.path = Path(lock_dir) / f"{self.key}.lock"
        self.held = False
        self.cleared_stale: LockInfo | None = None

    def __enter__(self) -> ProfileLock:
        return self.acquire(int(time.time() * 1000))

    def __exit__(self, *exc) -> None:
        self.release()

    def acquire(self, now: int) -> ProfileLock:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise errors.ReadOnlyDatabaseError(
                f"cannot create the lock folder ({exc.strerror}).", file=str(self.path.parent),
                hint="Make the data folder writable or choose another one.",
                code="data_folder_unwritable", params={"reason": exc.strerror or ""}) from exc
        info = LockInfo(os.getpid(), socket.gethostname(), now, self.profile, self.database,
                        _proc_start(os.getpid()))
        for _ in range(5):
            try:
                fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                if not self._clear_if_stale():
                    raise self._in_use_error()
                continue
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(asdict(info), fh)
                fh.flush()
                os.fsync(fh.fileno())
            self.held = True
            return self
        raise self._in_use_error()

    def _clear_if_stale(self) -> bool:
        held = read_lock(self.path)
        if held is None:  # empty or half written: its writer may be starting right now
            try:
                age = time.time() - self.path.stat().st_mtime
            except FileNotFoundError:
                return True
            if age < HALF_WRITTEN_GRACE_S:
                return False
        elif not is_stale(held):
            return False
        # Move it aside atomically, then make sure what we moved is the stale lock and not a
        # fresh one another starting process wrote in between.
        aside = self.path.with_name(f"{self.path.name}.stale.{os.getpid()}")
        try:
            os.replace(self.path, aside)
        except FileNotFoundError:
            return True
        moved = read_lock(aside)
        if moved != held:
            try:
                os.link(aside, self.path)  # put the fresh lock back (never over another)
            except OSError:
                pass
            aside.unlink(missing_ok=True)
            return False
        aside.unlink(missing_ok=True)
        self.cleared_stale = held
        return True

    def _in_use_error(self) -> errors.ProfileInUseError:
        held = read_lock(self.path)
        if held is None:
            return errors.ProfileInUseError(
                f"jpprep is starting on profile '{self.profile}' in another window.",
                file=str(self.path), hint="Wait a moment and switch to that window.",
                code="profile_starting", params={"profile": self.profile})
        since = datetime.fromtimestamp(held.started_ms / 1000, tz=timezone.utc).strftime(
            "%Y-%m-%d %H:%M UTC")
        here = held.host == socket.gethostname()
        where = "on this computer" if here else f"on the computer '{held.host}'"
        return errors.ProfileInUseError(
            f"profile '{self.profile}' is already open in jpprep {where} "
            f"(process {held.pid}, since {since}).",
            file=str(self.path),
            hint=("Switch to that window, or close it first." if here else
                  "Close jpprep there first, or choose another profile. If that computer "
                  "crashed, delete the lock file."),
            code="profile_open_here" if here else "profile_open_elsewhere",
            params={"profile": self.profile, "host": held.host, "since_ms": held.started_ms})

    def holder(self) -> LockInfo | None:
        return read_lock(self.path)

    def release(self) -> None:
        if not self.held:
            return
        held = read_lock(self.path)
        if held is not None and held.pid == os.getpid() and held.host == socket.gethostname():
            self.path.unlink(missing_ok=True)
        self.held = False
