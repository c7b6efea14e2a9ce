"""Free visit slots, computed from Odoo's records because Odoo has no RPC method that returns them.

Pure part: weekly hours (appointment type ∩ technician's working hours) minus busy events, inside the
client's windows, after the minimum notice. Odoo counts `appointment.slot.weekday` '1' = Monday and
`resource.calendar.attendance.dayofweek` '0' = Monday; both become Python's `date.weekday()` here.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from dialogs.model import Slot, Window

Hours = tuple[float, float]


@dataclass(frozen=True)
class Technician:
    user_id: int
    partner_id: int
    name: str
    tz: str
    # Python weekday -> [(hour_from, hour_to)] in `tz`; None: no working schedule to keep to (no resource, or a
    # flexible calendar), which Odoo's appointments count as available whenever the type is open
    weekly_hours: dict[int, list[Hours]] | None


@dataclass(frozen=True)
class AppointmentRules:
    type_id: int | None
    duration: timedelta
    tz: str
    min_notice: timedelta
    max_days: int
    # Python weekday -> [(start_hour, end_hour, staff it is restricted to (empty: all))] in `tz`; None: working hours only
    weekly_hours: dict[int, list[tuple[float, float, frozenset[int]]]] | None
    technicians: list[Technician]
    time_off: dict[int, list[Window]] = field(default_factory=dict)  # technician user id -> leaves (public holidays included)
    step: timedelta | None = None  # the type's `slot_creation_interval`: a slot starts this often (None: one after another)
    work_hours: bool = True  # the type's `work_hours_activated`: its hours are cut to each technician's working hours
    dates: list[Window] | None = None  # a 'punctual' type's date range, a 'custom' type's own slots: nothing outside them


def candidate_slots(rules: AppointmentRules, now: datetime, start: datetime, end: datetime) -> list[Slot]:
    """Every slot of every technician between `start` and `end`, ignoring busy events, sorted by start.

    Never before `now` plus the minimum notice, never beyond the type's booking horizon.
    """
    return slots_between(rules, max(start, now + rules.min_notice), min(end, now + timedelta(days=rules.max_days)))


def slots_between(rules: AppointmentRules, earliest: datetime, latest: datetime) -> list[Slot]:
    """Every slot of every technician starting at `earliest` or later and ending by `latest`, sorted by start; slots
    step from each opening, so those of a shorter span are exactly those of a longer one that fall inside it."""
    slots: list[Slot] = []
    day = earliest.astimezone(ZoneInfo(rules.tz)).date() - timedelta(days=1)
    last_day = latest.astimezone(ZoneInfo(rules.tz)).date() + timedelta(days=1)
    step = rules.step or rules.duration
    while day <= last_day:
        for tech in rules.technicians:
            for open_from, open_to in _open_intervals(rules, tech, day):
                slot_start = open_from
                while slot_start + rules.duration <= open_to:
                    if slot_start >= earliest and slot_start + rules.duration <= latest:
                        slots.append(Slot(slot_start, slot_start + rules.duration, tech.user_id, tech.partner_id, tech.name))
                    slot_start += step
        day += timedelta(days=1)
    slots.sort(key=lambda s: (s.start, s.technician_id))
    return slots


def _open_intervals(rules: AppointmentRules, tech: Technician, day: date) -> list[Window]:
    """When the technician may be booked that day: the type's hours (or its own dates), cut to the technician's
    working hours where the type says so and the technician has a schedule; without a type, the working hours."""
    if rules.weekly_hours is None:
        return _on_day(day, (tech.weekly_hours or {}).get(day.weekday(), []), tech.tz)
    hours = [(start, end) for start, end, staff in rules.weekly_hours.get(day.weekday(), []) if not staff or tech.user_id in staff]
    booking_hours = _on_day(day, hours, rules.tz)
    if rules.dates is not None:  # a 'custom' type has no weekly hours: its own slots alone, the whole day open to them
        booking_hours = _intersect(booking_hours if rules.weekly_hours else _on_day(day, [(0.0, 24.0)], rules.tz), rules.dates)
    if not rules.work_hours or tech.weekly_hours is None:
        return booking_hours
    return _intersect(booking_hours, _on_day(day, tech.weekly_hours.get(day.weekday(), []), tech.tz))


def _intersect(first: list[Window], second: list[Window]) -> list[Window]:
    return [(max(a_start, b_start), min(a_end, b_end)) for a_start, a_end in first for b_start, b_end in second if max(a_start, b_start) < min(a_end, b_end)]


def _on_day(day: date, hours: list[Hours], tz: str) -> list[Window]:
    zone = ZoneInfo(tz)
    midnight = datetime.combine(day, time(0), tzinfo=zone)
    return [(_at(midnight, h_from), _at(midnight, h_to)) for h_from, h_to in hours]


def _at(midnight: datetime, hours: float) -> datetime:
    """Local wall-clock time `hours` after midnight (DST-safe: built from the wall clock, not by adding)."""
    minutes = round(hours * 60)
    return datetime.combine(midnight.date(), time(minutes // 60 % 24, minutes % 60), tzinfo=midnight.tzinfo) + timedelta(
        days=minutes // (24 * 60)
    )


def free_slots(
    candidates: Sequence[Slot],
    busy: dict[int, list[Window]],
    windows: list[Window],
    excluded: list[Window],
) -> list[Slot]:
    """Candidates (sorted by start) inside a wished window, outside every excluded one, and clear of the technician's
    busy time, in the candidates' order. Each window's candidates are found by bisection: a wish covers a few days of
    a horizon of weeks, so most candidates are never looked at."""
    blocked = {tech: merged_intervals(intervals) for tech, intervals in busy.items()}
    blocked_starts = {tech: [start for start, _ in intervals] for tech, intervals in blocked.items()}
    excluded = merged_intervals(excluded)
    excluded_starts = [start for start, _ in excluded]
    starts = [slot.start for slot in candidates]
    inside = sorted({
        index
        for window_start, window_end in windows
        for index in range(bisect_left(starts, window_start), bisect_right(starts, window_end))
        if candidates[index].end <= window_end
    })
    return [
        slot
        for slot in (candidates[index] for index in inside)
        if not _hits(excluded, excluded_starts, slot)
        and not _hits(blocked.get(slot.technician_id, []), blocked_starts.get(slot.technician_id, []), slot)
    ]


def merged_intervals(intervals: list[Window]) -> list[Window]:
    """Sorted, disjoint intervals, so one look left of a slot's end answers whether it overlaps any."""
    merged: list[Window] = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _hits(intervals: list[Window], starts: list[datetime], slot: Slot) -> bool:
    index = bisect_left(starts, slot.end)
    return index > 0 and intervals[index - 1][1] > slot.start


def one_per_start(slots: list[Slot]) -> list[Slot]:
    """The slots soonest first, one technician per start time: a client chooses a time, not a technician."""
    by_start: dict[datetime, Slot] = {}
    for slot in sorted(slots, key=lambda s: s.start):
        by_start.setdefault(slot.start, slot)
    return list(by_start.values())


def pick_spread(slots: list[Slot], count: int, tz: str) -> list[Slot]:
    """Up to `count` slots, one per day where possible, soonest first; one technician per start time."""
    zone = ZoneInfo(tz)
    ordered = one_per_start(slots)
    chosen: list[Slot] = []
    days: set[date] = set()
    for slot in ordered:
        day = slot.start.astimezone(zone).date()
        if day not in days and len(chosen) < count:
            chosen.append(slot)
            days.add(day)
    for slot in ordered:
        if len(chosen) >= count:
            break
        if slot not in chosen:
            chosen.append(slot)
    return sorted(chosen, key=lambda s: s.start)


NOON, MORNING_AIM, AFTERNOON_AIM = time(12), time(10), time(14)  # a page's two times a day aim where people are up and about


def pick_across_day(slots: list[Slot], tz: str, days: int, more_days: int) -> tuple[list[Slot], list[Slot]]:
    """For a page, which has room a text has not: on each of the first `days` days with room, a morning and an
    afternoon time where the day has them (those nearest mid-morning and mid-afternoon), so a client free only in the
    afternoon sees one; then every other time of those days and of the next `more_days` days with room, shown on
    request. Both soonest first, one technician per start time."""
    zone = ZoneInfo(tz)
    by_day: dict[date, list[tuple[datetime, Slot]]] = {}
    for slot in one_per_start(slots):
        local = slot.start.astimezone(zone)
        by_day.setdefault(local.date(), []).append((local, slot))
    with_room = list(by_day.values())
    shown: list[Slot] = []
    for times in with_room[:days]:
        mornings = [(local, slot) for local, slot in times if local.time() < NOON]
        afternoons = [(local, slot) for local, slot in times if local.time() >= NOON]
        for part, aim in ((mornings, MORNING_AIM), (afternoons, AFTERNOON_AIM)):
            if part:
                shown.append(min(part, key=lambda pair: abs(_hours(pair[0].time()) - _hours(aim)))[1])
    more = [slot for times in with_room[: days + more_days] for _, slot in times if slot not in shown]
    return shown, more


def _hours(moment: time) -> float:
    return moment.hour + moment.minute / 60
