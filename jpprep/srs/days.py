"""The learner's day.

A learner's day does not end at midnight but at a local hour (default 4 am, as in Anki), so a
late-night session still counts for the evening's day. Day numbers are whole days since the
epoch, counted from that local hour. All instants are UTC epoch milliseconds.

The UTC offset is the profile's `utc_offset_minutes` when set; otherwise the system's local
offset at the instant asked about (so a daylight-saving change moves the boundary by an hour,
which is what a learner expects from their clock).
"""

from __future__ import annotations

import time
from dataclasses import dataclass

DAY_MS = 86_400_000
HOUR_MS = 3_600_000


def system_offset_minutes(now_ms: int) -> int:
    return int(time.localtime(now_ms // 1000).tm_gmtoff // 60)


@dataclass(frozen=True)
class DayClock:
    day_starts_hour: int = 4
    utc_offset_minutes: int | None = None  # None = system local

    @classmethod
    def from_settings(cls, settings: dict | None) -> DayClock:
        settings = settings or {}
        hour = settings.get("day_starts_hour", 4)
        try:
            hour = int(hour)
        except (TypeError, ValueError):
            hour = 4
        hour = min(max(hour, 0), 23)
        off = settings.get("utc_offset_minutes")
        if off is not None:
            try:
                off = int(off)
            except (TypeError, ValueError):
                off = None
        return cls(hour, off)

    def offset_ms(self, now_ms: int) -> int:
        off = self.utc_offset_minutes
        if off is None:
            off = system_offset_minutes(now_ms)
        return off * 60_000

    def day(self, ms: int) -> int:
        """The learner-day number that contains the instant `ms`."""
        return (ms + self.offset_ms(ms) - self.day_starts_hour * HOUR_MS) // DAY_MS

    def day_start(self, day: int) -> int:
        """UTC ms at which learner-day `day` begins."""
        guess = day * DAY_MS + self.day_starts_hour * HOUR_MS
        return guess - self.offset_ms(guess - self.offset_ms(guess))

    def local_date(self, day: int):
        """The calendar date a learner-day is named after (the date at its start)."""
        import datetime as _dt

        return _dt.date(1970, 1, 1) + _dt.timedelta(days=day)

    def day_of_date(self, iso: str) -> int:
        import datetime as _dt

        return (_dt.date.fromisoformat(iso) - _dt.date(1970, 1, 1)).days
