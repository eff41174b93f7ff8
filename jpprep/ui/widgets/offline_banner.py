"""A calm notice at the top of the reviewer while the class server cannot be reached.

It says that answers are kept on this computer and how many wait, and that study goes on; when
the cards fetched ahead run out it says so; when the server is back and everything was sent it
says so for a few seconds and goes away. It also owns the timer that tries the server again in
the background (jpprep.services.offline_study.StudySession.retry), so the page stays simple.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout

from jpprep.services.offline_study import waiting_profiles
from jpprep.ui.workers import run_in_background

RETRY_EVERY_MS = 10_000
BACK_SHOWN_MS = 6_000


class OfflineBanner(QFrame):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("offlineBanner")
        self.setStyleSheet(
            "#offlineBanner { background: palette(alternate-base); border: 1px solid palette(mid);"
            " border-radius: 6px; }")
        self.setAccessibleName(self.tr("Class server"))
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 12, 8)
        icon = QLabel("\u2139")  # (i): information, not an alarm
        f = icon.font()
        f.setPointSizeF(f.pointSizeF() * 1.6)
        icon.setFont(f)
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        row.addWidget(icon)
        texts = QVBoxLayout()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        texts.addWidget(self.message)
        texts.addWidget(self.detail)
        row.addLayout(texts, 1)
        self.session = None
        self.clock = None
        self._was_away = False
        self._job = None
        self.timer = QTimer(self)
        self.timer.setInterval(RETRY_EVERY_MS)
        self.timer.timeout.connect(self.try_again)
        self._hide_timer = QTimer(self)
        self._hide_timer.setSingleShot(True)
        self._hide_timer.timeout.connect(self.hide)
        self.hide()

    def attach(self, session, clock) -> None:
        """Follow this StudySession (and try its server again every few seconds)."""
        self.session, self.clock = session, clock
        session.retry_in_foreground = False  # this timer tries, off the GUI thread
        if not self.timer.isActive():
            self.timer.start()
        self.update_status()

    def update_status(self) -> None:
        if self.session is None:
            return
        st = self.session.status()
        if st.offline or st.pending:
            self._was_away = True
            self._hide_timer.stop()
            if st.ran_out:
                self.message.setText(self.tr(
                    "You have studied all the cards this computer had ready. Your answers are "
                    "safe here; you can go on when the class server is back."))
            else:
                self.message.setText(self.tr(
                    "The class server is not reachable. Your answers are saved on this "
                    "computer and will be sent when it is back."))
            self.detail.setText(self.tr("%Ln answer(s) waiting to be sent.", "", st.pending))
            self.detail.setVisible(st.pending > 0)
            self.show()
        elif self._was_away:
            self._was_away = False
            self.message.setText(self.tr("The class server is back. All your answers have been sent."))
            self.detail.hide()
            self.show()
            self._hide_timer.start(BACK_SHOWN_MS)
        elif not self._hide_timer.isActive():
            self.hide()

    def show_error(self, text: str) -> None:
        """An answer that could be kept nowhere (server away and this disk not writable)."""
        self._hide_timer.stop()
        self.message.setText(text)
        self.detail.hide()
        self.show()

    def try_again(self) -> None:
        """Off the GUI thread: a server that does not answer must not freeze the reviewer."""
        if self.session is None or self._job is not None:
            return
        st = self.session.status()
        if not (st.offline or st.pending or waiting_profiles(self.session.db)):
            return
        self._job = run_in_background(self.session.sync, self.clock(),
                                      on_done=self._retried, on_error=self._retried)

    def _retried(self, _result=None) -> None:
        self._job = None
        self.update_status()
