"""Run long work (imports, loading the dictionary, the optimizer) off the GUI thread.

    run_in_background(fn, *args, on_done=..., on_error=..., on_progress=...)

`fn` receives a `progress(done, total, text)` callable as keyword `progress` when it accepts
one. Results and errors come back on the GUI thread through queued signals.
"""

from __future__ import annotations

import inspect
import traceback

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int, str)


class Job(QRunnable):
    def __init__(self, fn, *args, **kwargs) -> None:
        super().__init__()
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.signals = _Signals()
        self.cancelled = False
        self.setAutoDelete(False)

    def _progress(self, done: int, total: int, text: str = "") -> None:
        if self.cancelled:
            raise _Cancelled()
        self.signals.progress.emit(int(done), int(total), str(text))

    def run(self) -> None:
        kwargs = dict(self.kwargs)
        try:
            if "progress" in inspect.signature(self.fn).parameters:
                kwargs["progress"] = self._progress
        except (TypeError, ValueError):
            pass
        try:
            result = self.fn(*self.args, **kwargs)
        except _Cancelled:
            return
        except Exception as exc:  # reported to the GUI, which shows it
            exc = _calm(exc)
            exc.traceback_text = traceback.format_exc()  # type: ignore[attr-defined]
            if not self.cancelled:
                self.signals.failed.emit(exc)
            return
        if not self.cancelled:
            self.signals.done.emit(result)


def _calm(exc: Exception) -> Exception:
    """An error that says the class server could not be reached becomes a ServerAwayError
    (a JpprepError whose text is calm, in the interface language; the original is its
    __cause__), so on_error handlers that show str(exc) show no SQL and no traceback."""
    import sys

    if "sqlalchemy" not in sys.modules:  # nothing read a database
        return exc
    from jpprep.ui.widgets.server_notice import ServerAwayError, ServerWords, is_disconnect

    if isinstance(exc, ServerAwayError) or not is_disconnect(exc):
        return exc
    calm = ServerAwayError(ServerWords().unreachable())
    calm.__cause__ = exc
    return calm


class _Cancelled(Exception):
    pass


_running: set[Job] = set()


def run_in_background(fn, *args, on_done=None, on_error=None, on_progress=None, **kwargs) -> Job:
    job = Job(fn, *args, **kwargs)
    _running.add(job)

    def finish(_=None):
        _running.discard(job)

    if on_done:
        job.signals.done.connect(on_done)
    if on_error:
        job.signals.failed.connect(on_error)
    if on_progress:
        job.signals.progress.connect(on_progress)
    job.signals.done.connect(finish)
    job.signals.failed.connect(finish)
    QThreadPool.globalInstance().start(job)
    return job


def wait_for_all(msecs: int = 30000) -> bool:
    return QThreadPool.globalInstance().waitForDone(msecs)


def cancel_all(msecs: int = 30000) -> bool:
    """At exit: ask running jobs to stop at their next progress report, then wait for them.
    Jobs are transactions, so a cancelled one leaves nothing half-written."""
    for job in list(_running):
        job.cancelled = True
    return wait_for_all(msecs)
