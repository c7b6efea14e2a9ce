"""Quiet hours in the client's own time zone: nothing the assistant starts by itself leaves at night, on a statutory
holiday (when configured), or, for automated calls, outside the CRTC's calling hours.

Emails are never held. Texts (and any other channel but voice) keep a configurable window (default 09:00-20:00, every day). Automated calls keep the
CRTC's window for automatic dialing-announcing devices (Unsolicited Telecommunications Rules, Part IV): weekdays
09:00-21:30, weekends 10:00-18:00, client time.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import holidays

VOICE = "voice"
EMAIL = "email"  # an email waits in an inbox, not on a bedside table: never held
VOICE_HOURS: dict[int, tuple[time, time]] = {
    **{weekday: (time(9), time(21, 30)) for weekday in range(5)},
    **{weekend: (time(10), time(18)) for weekend in (5, 6)},
}
LOOK_AHEAD_DAYS = 31  # any run of holidays and weekends ends within a month


def statutory_holidays(subdivision: str) -> holidays.HolidayBase:
    """Canada's statutory holidays for a province or territory (Ontario: "ON"), observed days included."""
    return holidays.Canada(subdiv=subdivision)


@dataclass(frozen=True)
class QuietHours:
    enforced: bool
    start: str  # texts: quiet from this local time (HH:MM) ...
    end: str  # ... until this one, spanning midnight when start > end
    holidays: holidays.HolidayBase | None = field(default=None, compare=False)  # no contact at all on these days

    def applies(self, now: datetime, tz: str, channel: str = "sms") -> bool:
        """True when the assistant must not start contact on `channel` with a client in `tz` at `now`."""
        if not self.enforced:
            return False
        local = now.astimezone(ZoneInfo(tz))
        return not any(opens <= local < closes for opens, closes in self._open(local.date(), local.tzinfo, channel))  # type: ignore[arg-type]

    def next_allowed(self, now: datetime, tz: str, channel: str = "sms") -> datetime:
        """The first moment from `now` on when `channel` may reach a client in `tz` (`now` itself when it may)."""
        if not self.enforced:
            return now
        zone = ZoneInfo(tz)
        local = now.astimezone(zone)
        for offset in range(LOOK_AHEAD_DAYS):
            for opens, closes in self._open(local.date() + timedelta(days=offset), zone, channel):
                if closes > local:
                    return max(opens, local)
        raise ValueError(f"no allowed time for {channel} within {LOOK_AHEAD_DAYS} days")

    def _open(self, day: date, zone: ZoneInfo, channel: str) -> list[tuple[datetime, datetime]]:
        """The local windows of `day` in which `channel` may be used, earliest first."""
        if channel == EMAIL:
            return [(datetime.combine(day, time.min, zone), datetime.combine(day + timedelta(days=1), time.min, zone))]
        if self.holidays is not None and day in self.holidays:
            return []
        if channel == VOICE:
            opens, closes = VOICE_HOURS[day.weekday()]
            return [(datetime.combine(day, opens, zone), datetime.combine(day, closes, zone))]
        quiet_from, quiet_to = time.fromisoformat(self.start), time.fromisoformat(self.end)
        midnight, next_midnight = datetime.combine(day, time.min, zone), datetime.combine(day + timedelta(days=1), time.min, zone)
        if quiet_from > quiet_to:  # quiet over midnight: open in between
            return [(datetime.combine(day, quiet_to, zone), datetime.combine(day, quiet_from, zone))]
        return [(midnight, datetime.combine(day, quiet_from, zone)), (datetime.combine(day, quiet_to, zone), next_midnight)]
