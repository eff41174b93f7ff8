"""Writing many rows into SQLite fast: several rows per INSERT, and the INSERTs on a second
thread while the caller builds the next rows (SQLite lets go of the GIL while it writes, so
both cores work). Used by the importer (the jpprep database) and the .apkg exporter (Anki's
scratch collection)."""

from __future__ import annotations

import queue
import threading
from itertools import chain


def insert_rows(con, table: str, rows: list[tuple], cols: tuple | None = None,
                max_params: int = 999, row: str | None = None) -> None:
    """INSERT the rows, as many per statement as `max_params` allows (999: the oldest SQLite
    limit). `cols` names the columns; without it the rows fill the table's columns in order.
    `row` is one row's VALUES group when some values are the same in every row and written
    in the SQL, e.g. "(?, ?, 0, '')": its ? marks take the tuple's values in order."""
    if not rows:
        return
    width = row.count("?") if row else len(cols) if cols else len(rows[0])
    per = max(1, max_params // width)
    one = row or "(" + ",".join("?" * width) + ")"
    head = f"INSERT INTO {table} ({', '.join(cols)}) VALUES " if cols else \
        f"INSERT INTO {table} VALUES "
    full = len(rows) - len(rows) % per
    if full:
        con.executemany(head + ",".join([one] * per),
                        [tuple(chain.from_iterable(rows[i:i + per])) for i in range(0, full, per)])
    if full < len(rows):
        con.execute(head + ",".join([one] * (len(rows) - full)),
                    tuple(chain.from_iterable(rows[full:])))


class BackgroundWriter:
    """Runs write(*job) for each submitted job, in order, on a thread of its own. Nothing else
    may use the connection the jobs write to until close(), which waits for them and raises
    the first error (the caller's transaction then rolls back as usual); after an error the
    remaining jobs are skipped and the next submit raises it at once."""

    def __init__(self, write, *, name: str, maxsize: int = 3) -> None:
        self.write, self.error = write, None
        self.jobs: queue.Queue = queue.Queue(maxsize=maxsize)
        self.thread: threading.Thread | None = threading.Thread(target=self._run, name=name,
                                                                daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while (job := self.jobs.get()) is not None:
            if self.error is None:
                try:
                    self.write(*job)
                except BaseException as exc:  # raised again on the caller's thread
                    self.error = exc

    def submit(self, *job) -> None:
        if self.error is not None:
            raise self.error
        self.jobs.put(job)

    def close(self) -> None:
        if self.thread is not None:
            self.jobs.put(None)
            self.thread.join()
            self.thread = None
        if self.error is not None:
            error, self.error = self.error, None
            raise error
