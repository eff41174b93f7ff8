"""A calm line above every page while the class server cannot be reached.

The main window shows it when a page, a menu action or a background job fails because the
server went away (jpprep.services.offline_study.is_disconnect): the page keeps what it showed
last (or stays empty) and no traceback is printed. Every few seconds it tries the server off
the screen's thread; when the server answers it says so, goes away after a moment and emits
`back` so the window can show fresh data. The reviewer has its own banner (OfflineBanner).

`catch_server_away(window)` is the safety net for a click or a timer whose slot reads the
server: such an exception would reach sys.excepthook (a traceback on stderr, a half-done
action); there it goes to `window.server_away(exc)` instead. Every other exception goes on to
the hook that was there before.
"""

from __future__ import annotations

import sys
import weakref

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel

from jpprep.errors import JpprepError
from jpprep.ui.workers import run_in_background

RETRY_EVERY_MS = 10_000
BACK_SHOWN_MS = 6_000


class ServerAwayError(JpprepError):
    """A background job could not reach the class server; str() is the calm sentence.
    The original error is its __cause__ (so is_disconnect still recognises it)."""


class ServerWords(QObject):
    def away(self) -> str:
        return self.tr("The class server is not reachable. This page shows what it last read, "
                       "and changes cannot be saved until the server is back. jpprep keeps "
                       "trying.")

    def unreachable(self) -> str:
        return self.tr("The class server is not reachable; try again when it is back.")

    def exam_away(self) -> str:
        return self.tr("The class server is not reachable. Go on with the exam and keep jpprep "
                       "open: your answers are saved as soon as the server is back.")

    def back(self) -> str:
        return self.tr("The class server is back.")

    def answers_kept(self, n: int) -> str:
        return self.tr("%Ln answer(s) saved on this computer will be sent to the class server "
                       "the next time jpprep is opened here. Nothing is lost.", "", n)

    def exams_kept(self, n: int) -> str:
        return self.tr("%Ln mock exam(s) saved on this computer will be sent to the class "
                       "server the next time jpprep is opened here. Nothing is lost.", "", n)

    def exams_kept_too(self, n: int) -> str:
        """After answers_kept: the mock exams that wait here as well."""
        return self.tr("%Ln mock exam(s) saved on this computer will be sent at the same time.",
                       "", n)

    def flags_kept(self, n: int) -> str:
        """Flags, resets, due dates and suspensions (StudySession.flag, reset, set_due,
        suspend) waiting here."""
        return self.tr("%Ln change(s) to cards (flags, resets, due dates, suspensions) made on "
                       "this computer will be sent to the class server the next time jpprep is opened here. "
                       "Nothing is lost.", "", n)

    def flags_kept_too(self, n: int) -> str:
        """After answers_kept or exams_kept: the card changes that wait here as well."""
        return self.tr("%Ln change(s) to cards (flags, resets, due dates, suspensions) made on "
                       "this computer will be sent at the same time.", "", n)

    def kept_on_close(self, answers: int, exams: int, flags: int = 0) -> str:
        """What waits on this computer for the class server when jpprep closes ('' if nothing):
        answers, mock exams and card changes (flags, resets, due dates, suspensions), the first said in full and the others after it."""
        if answers:
            lines = [self.answers_kept(answers)] + ([self.exams_kept_too(exams)] if exams else [])
        elif exams:
            lines = [self.exams_kept(exams)]
        elif flags:
            return self.flags_kept(flags)
        else:
            return ""
        return "\n".join(lines + ([self.flags_kept_too(flags)] if flags else []))


def is_disconnect(exc) -> bool:
    from jpprep.services.offline_study import is_disconnect as check  # SQLAlchemy: on demand

    return check(exc)


class ServerNotice(QFrame):
    back = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("serverNotice")
        self.setStyleSheet(
            "#serverNotice { background: palette(alternate-base); border: 1px solid palette(mid);"
            " border-radius: 6px; }")
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 12, 8)
        icon = QLabel("\u2139")  # (i): information, not an alarm
        f = icon.font()
        f.setPointSizeF(f.pointSizeF() * 1.6)
        icon.setFont(f)
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        row.addWidget(icon)
        self.message = QLabel()
        self.message.setObjectName("serverNoticeText")
        self.message.setWordWrap(True)
        row.addWidget(self.message, 1)
        self.setAccessibleName(self.tr("Class server"))
        self.db = None
        self.away = False
        self._job = None
        self.timer = QTimer(self)
        self.timer.setInterval(RETRY_EVERY_MS)
        self.timer.timeout.connect(self.try_again)
        self._hide_timer = QTimer(self)
        self._hide_timer.setSingleShot(True)
        self._hide_timer.timeout.connect(self.hide)
        self.hide()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and self.isVisible():
            words = ServerWords()
            self.message.setText(words.away() if self.away else words.back())
            self.setAccessibleDescription(self.message.text())

    def server_away(self, db) -> None:
        """The server could not be reached: say so and try again every few seconds."""
        self.db = db
        self.away = True
        self._hide_timer.stop()
        self.message.setText(ServerWords().away())
        self.setAccessibleDescription(self.message.text())
        self.show()
        if not self.timer.isActive():
            self.timer.start()

    def server_answered(self, *, tell: bool = False) -> None:
        """A page read the server: if it was away, it is back (`tell`: emit back, so the
        window reads the page again)."""
        if not self.away:
            return
        self.away = False
        self.timer.stop()
        self.message.setText(ServerWords().back())
        self.setAccessibleDescription(self.message.text())
        self.show()
        self._hide_timer.start(BACK_SHOWN_MS)
        if tell:
            self.back.emit()

    def try_again(self) -> None:
        """Off the GUI thread: a server that does not answer must not freeze the window."""
        if not self.away or self.db is None or self._job is not None:
            return
        from jpprep.services.offline_study import ping

        self._job = run_in_background(ping, self.db, on_done=self._answered,
                                      on_error=self._still_away)

    def _answered(self, _result=None) -> None:
        self._job = None
        self.server_answered(tell=True)

    def _still_away(self, _exc=None) -> None:
        self._job = None  # tried again at the next tick


def catch_server_away(window) -> None:
    """Route an exception that says the server is away, raised in any slot, to
    `window.server_away(exc)` (the newest window that is still open)."""
    _windows[:] = [r for r in _windows if r() is not None and r() is not window]
    _windows.append(weakref.ref(window))
    hook = sys.excepthook
    if getattr(hook, "_jpprep_server_away", False):
        return

    def server_away_hook(kind, value, tb):
        if value is not None and not isinstance(value, (KeyboardInterrupt, SystemExit)):
            try:
                away = is_disconnect(value)
            except Exception:
                away = False
            if away:
                for ref in reversed(_windows):
                    w = ref()
                    try:
                        if w is not None and w.server_away(value):
                            return
                    except RuntimeError:  # its C++ side is gone
                        continue
        hook(kind, value, tb)

    server_away_hook._jpprep_server_away = True  # type: ignore[attr-defined]
    sys.excepthook = server_away_hook


_windows: list[weakref.ref] = []
