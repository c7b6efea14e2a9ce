"""Quiet hours in the client's own time zone: nothing the assistant starts by itself leaves at night."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time
from zoneinfo import ZoneInfo


def in_quiet_hours(now: datetime, tz: str, start: str, end: str) -> bool:
    """True between `start` and `end` (HH:MM, local), spanning midnight when start > end."""
    local = now.astimezone(ZoneInfo(tz)).time()
    quiet_from, quiet_to = time.fromisoformat(start), time.fromisoformat(end)
    if quiet_from <= quiet_to:
        return quiet_from <= local < quiet_to
    return local >= quiet_from or local < quiet_to


@dataclass(frozen=True)
class QuietHours:
    enforced: bool
    start: str
    end: str

    def applies(self, now: datetime, tz: str) -> bool:
        return self.enforced and in_quiet_hours(now, tz, self.start, self.end)
