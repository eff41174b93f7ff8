"""One window per profile, and backups while studying.

ProfileGuard holds the lock file of the open profile (jpprep.store.lock) and answers a second
start on the same profile by bringing this window forward (jpprep.ui.single_instance). Switching
profile moves the lock; a profile open elsewhere is refused with the lock's own message.

BackupTimer makes the automatic backups: every few minutes it asks jpprep.services.backup
whether one is due (30 minutes of study with changes), off the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from jpprep.store.lock import ProfileLock
from jpprep.ui.single_instance import SingleInstance
from jpprep.ui.workers import run_in_background

CHECK_EVERY_MS = 5 * 60 * 1000


class ProfileGuard(QObject):
    activated = Signal()
    fileOpened = Signal(str)  # a second start was given a deck file: import it here

    def __init__(self, database_url: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.url = database_url
        self.lock: ProfileLock | None = None
        self.server: SingleInstance | None = None

    def take(self, profile: str, now: int) -> None:
        """Hold `profile`. Raises ProfileInUseError when it is open elsewhere; the current
        profile stays held in that case."""
        lock = ProfileLock(self.url, profile)
        lock.acquire(now)
        self.release()
        self.lock = lock
        self.server = SingleInstance(lock.key, self)
        self.server.activated.connect(self._message)
        self.server.listen()

    def _message(self, msg: str) -> None:
        self.activated.emit()
        if msg.startswith("open "):
            self.fileOpened.emit(msg[5:])

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        if self.lock is not None:
            self.lock.release()
            self.lock = None


def bring_forward_running(database_url: str, profile: str, open_file: str | None = None) -> bool:
    """A second start: ask the window that holds `profile` to come forward (and import
    `open_file`, for `jpprep deck.apkg` while that profile is open)."""
    return SingleInstance(ProfileLock(database_url, profile).key).notify_running(open_file=open_file)


class BackupTimer(QObject):
    failed = Signal(object)  # a timed backup's error (a full disk, a folder made read-only)

    def __init__(self, db, clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db, self.clock = db, clock
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self):
        from jpprep.services.backup import maybe_backup

        return run_in_background(maybe_backup, self.db, self.clock(), "timer",
                                 on_error=self.failed.emit)

    def on_close(self):
        """Synchronously, as the window closes: a backup when anything changed."""
        from jpprep.services.backup import maybe_backup

        self.timer.stop()
        return maybe_backup(self.db, self.clock(), "close")
