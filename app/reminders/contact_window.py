"""The one contact gate: whether the assistant may start contact with a client on a channel now, and from when.

Every rule holds in the recipient's own time zone (Odoo's partner tz, else the dealer's), so a Vancouver client is not
texted at 06:00 because it is 09:00 in Toronto. Texts (any channel but voice and email) keep a configurable window
(default 09:00-20:00, every day). Automated calls keep the CRTC's window for automatic dialing-announcing devices
(Unsolicited Telecommunications Rules, Part IV): weekdays 09:00-21:30, weekends 10:00-18:00. Neither goes out on a
statutory holiday of the dealer's province, when configured. An email waits in an inbox, not on a bedside table: the
clock never holds it. Whoever opted out is refused on every channel, always, whether quiet hours are enforced or not.

Replies to a client who just wrote are conversation, not contact started: the gate holds only their retries.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import holidays

VOICE = "voice"
EMAIL = "email"
VOICE_HOURS: dict[int, tuple[time, time]] = {
    **{weekday: (time(9), time(21, 30)) for weekday in range(5)},
    **{weekend: (time(10), time(18)) for weekend in (5, 6)},
}
LOOK_AHEAD_DAYS = 31  # any run of holidays and weekends ends within a month


def statutory_holidays(subdivision: str) -> holidays.HolidayBase:
    """Canada's statutory holidays for a province or territory (Ontario: "ON"), observed days included."""
    return holidays.Canada(subdiv=subdivision)


@dataclass(frozen=True)
class Recipient:
    """Who a contact would reach, as far as the gate cares. The caller, which holds the store, says whether they opted
    out, so the gate reads it in the caller's transaction (under the client's lock)."""

    tz: str | None = None  # the client's zone; None: unknown, the dealer's counts
    opted_out: bool = False


@dataclass(frozen=True)
class ContactWindow:
    dealer_tz: str
    enforced: bool = True  # False only in the demo, whose console reaches no one: the clock holds nothing
    quiet_from: time = time(20)  # texts: quiet from this local time ...
    quiet_until: time = time(9)  # ... until this one, over midnight when quiet_from > quiet_until
    holidays: holidays.HolidayBase | None = field(default=None, compare=False)  # no texts nor calls on these days
    office_hours: tuple[time, time] = (time(9), time(17))  # weekdays, dealer's time, never a statutory holiday: a person answers

    def allows(self, recipient: Recipient, channel: str, now: datetime) -> bool:
        """Whether the assistant may start contact with `recipient` on `channel` at `now`."""
        return self.next_allowed(recipient, channel, now) == now

    def next_allowed(self, recipient: Recipient, channel: str, now: datetime) -> datetime | None:
        """The first moment from `now` on when `channel` may reach `recipient`, in their zone (`now` itself when it
        may); None when it never may (they opted out)."""
        if recipient.opted_out:
            return None
        if not self.enforced:
            return now
        zone = ZoneInfo(recipient.tz or self.dealer_tz)
        local = now.astimezone(zone)
        for offset in range(LOOK_AHEAD_DAYS):
            for opens, closes in self._open(local.date() + timedelta(days=offset), zone, channel):
                if closes > local:
                    return max(opens, local)
        raise ValueError(f"no allowed time for {channel} within {LOOK_AHEAD_DAYS} days")

    def office_opens(self, now: datetime) -> datetime:
        """The first moment from `now` on when someone at the dealer's office answers (`now` itself while it is open):
        what a caller is told outside office hours. Demo or not, the office keeps its hours."""
        zone = ZoneInfo(self.dealer_tz)
        local = now.astimezone(zone)
        opens, closes = self.office_hours
        for offset in range(LOOK_AHEAD_DAYS):
            day = local.date() + timedelta(days=offset)
            if day.weekday() < 5 and not self.holiday(day) and datetime.combine(day, closes, zone) > local:
                return max(datetime.combine(day, opens, zone), local)
        raise ValueError(f"no office hours within {LOOK_AHEAD_DAYS} days")

    def holiday(self, day: date) -> bool:
        """Whether `day` is a statutory holiday that holds contact (never, when holidays are not configured)."""
        return self.holidays is not None and day in self.holidays

    def _open(self, day: date, zone: ZoneInfo, channel: str) -> list[tuple[datetime, datetime]]:
        """The local windows of `day` in which `channel` may be used, earliest first."""
        midnight, next_midnight = datetime.combine(day, time.min, zone), datetime.combine(day + timedelta(days=1), time.min, zone)
        if channel == EMAIL:
            return [(midnight, next_midnight)]
        if self.holiday(day):
            return []
        if channel == VOICE:
            opens, closes = VOICE_HOURS[day.weekday()]
            return [(datetime.combine(day, opens, zone), datetime.combine(day, closes, zone))]
        if self.quiet_from > self.quiet_until:  # quiet over midnight: open in between
            return [(datetime.combine(day, self.quiet_until, zone), datetime.combine(day, self.quiet_from, zone))]
        return [(midnight, datetime.combine(day, self.quiet_from, zone)), (datetime.combine(day, self.quiet_until, zone), next_midnight)]
