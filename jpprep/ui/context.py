"""What every page needs: the open database, the current profile and a clock.

Pages are QWidget subclasses built as `Page(ctx, parent=None)`; the main window calls
`page.refresh()` each time the page is shown, and replaces the context (then calls refresh)
when the profile changes. Pages never run SQL: they call jpprep.services.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:  # only a type here: importing it pulls in SQLAlchemy, which start-up defers
    from jpprep.store.db import Database


def system_clock() -> int:
    return int(time.time() * 1000)


@dataclass
class AppContext:
    db: Database | None  # None only while the main window is still loading
    profile_id: int
    profile_name: str
    clock: Callable[[], int] = field(default=system_clock)  # UTC epoch ms; tests use a fake
    settings: dict = field(default_factory=dict)

    def now(self) -> int:
        return self.clock()
