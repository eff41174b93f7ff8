"""Bring the running window forward when jpprep is started again on the same profile.

The first instance listens on a local socket named after its profile lock; a second start that
finds the profile locked (jpprep.store.lock.ProfileInUseError) sends it "activate" (or
"open <path>" for `jpprep deck.apkg`, so the running window imports the file) and exits.

    lock = ProfileLock(url, profile)
    try:
        lock.acquire(now)
    except ProfileInUseError as exc:
        if SingleInstance(lock.key).notify_running():
            return 0                     # the running window came forward
        show(str(exc))                   # another computer, or it does not answer
    instance = SingleInstance(lock.key)
    instance.listen()
    instance.activated.connect(window.bring_forward)
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

ACTIVATE = b"activate\n"


def server_name(key: str) -> str:
    return f"jpprep-{key[:20]}"  # short: a Unix socket path has a small limit


class SingleInstance(QObject):
    activated = Signal(str)  # the message a second start sent ("activate" or "open <path>")

    def __init__(self, key: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(key)
        self.server: QLocalServer | None = None
        self._clients: list[QLocalSocket] = []

    def listen(self) -> bool:
        """Start answering second starts. A socket left by a crash is removed first."""
        QLocalServer.removeServer(self.name)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        return self.server.listen(self.name)

    def _accept(self) -> None:
        while self.server is not None and self.server.hasPendingConnections():
            sock = self.server.nextPendingConnection()  # a child of the server: freed with it
            self._clients.append(sock)
            sock.readyRead.connect(self._read_all)
            self._read(sock)

    def _read_all(self) -> None:
        for sock in list(self._clients):
            self._read(sock)

    def _read(self, sock: QLocalSocket) -> None:
        while sock.canReadLine():
            line = bytes(sock.readLine().data()).decode("utf-8", "replace").strip()
            if line:
                self.activated.emit(line)

    def notify_running(self, timeout_ms: int = 1000, open_file: str | None = None) -> bool:
        """Ask the running instance to come forward (and open `open_file`). False if none
        answers here."""
        sock = QLocalSocket()
        sock.connectToServer(self.name)
        if not sock.waitForConnected(timeout_ms):
            return False
        one_line = open_file and "\n" not in open_file and "\r" not in open_file
        sock.write(f"open {open_file}\n".encode("utf-8") if one_line else ACTIVATE)
        ok = sock.waitForBytesWritten(timeout_ms)
        sock.disconnectFromServer()
        return ok

    def close(self) -> None:
        for sock in self._clients:
            sock.readyRead.disconnect(self._read_all)
            sock.abort()
        self._clients.clear()
        if self.server is not None:
            self.server.close()
