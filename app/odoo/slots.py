"""Reads what free slots are made of from Odoo (appointment type, working hours, busy events) and finds them."""
from __future__ import annotations

import threading
import time as clock
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from app.odoo.availability import AppointmentRules, Hours, Technician, free_slots, pick_spread, slots_between
from app.odoo.errors import OdooValidationError
from app.odoo.gateway import OdooGateway
from app.reminders.policy import Policies
from dialogs.model import Slot, Unit, Window


@dataclass(frozen=True)
class WorkingHoursMode:
    """Used when Odoo has no appointment module (or not the configured type): technicians' working hours only."""

    technician_logins: tuple[str, ...]
    duration_hours: float = 1.0
    min_notice_hours: float = 24.0
    max_days: int = 60
    tz: str = "America/Toronto"


_Event = tuple[datetime, datetime, bool, list[int]]  # (start, stop, all day, attendee partner ids)


@dataclass(frozen=True)
class _Calendar:
    """The technicians' busy events over [start, end), as read from Odoo at `read_at` (monotonic seconds)."""

    read_at: float
    start: datetime
    end: datetime
    events: list[_Event]


@dataclass(frozen=True)
class _Candidates:
    """Every slot of one set of rules from `since` on, kept so a search only cuts its span out of them."""

    rules: AppointmentRules
    since: datetime
    slots: list[Slot]
    starts: list[datetime]


class SlotFinder:
    """Free slots for one visit to a client's units: the appointment type and visit length their categories' policies
    name (else the configured type and its own length).

    The rules are cached per type for `rules_ttl_seconds`. Busy time is read for the whole booking horizon and kept
    for `busy_ttl_seconds` (a couple of seconds: a burst of clients asking at once costs one Odoo read, not one each);
    offers are never booked on it: `is_free` reads Odoo again right before booking, by the same definition of busy, and
    forgets the kept calendar and rules when it finds the slot taken, so that slot is not offered again. The service's own bookings are kept from offers at
    once by the store's slot claims (`unclaimed`)."""

    def __init__(
        self, gateway: OdooGateway, appointment_type_name: str, now: Callable[[], datetime], fallback: WorkingHoursMode | None = None,
        rules_ttl_seconds: float = 300, policies: Policies | None = None, busy_ttl_seconds: float = 2.0,
    ) -> None:
        self._gateway = gateway
        self._now = now  # the service's clock: time off ahead is read from its today, never the machine's
        self._type_name = appointment_type_name
        self._fallback = fallback
        self._ttl = rules_ttl_seconds
        self._busy_ttl = busy_ttl_seconds
        self._policies = policies or Policies()
        self._rules: dict[str, tuple[float, AppointmentRules]] = {}  # type name -> (read at, rules)
        self._sized: dict[tuple[str, int], tuple[AppointmentRules, AppointmentRules]] = {}  # (type, minutes) -> (rules, resized)
        self._horizons: dict[tuple[int, int], _Candidates] = {}  # (type id, visit seconds) -> its slots, from a moment on
        self._calendars: dict[frozenset[int], _Calendar] = {}  # technicians' partner ids -> their busy events
        self._reading = threading.Lock()  # one Odoo read of busy time at a time: the others wait for its answer

    def rules(self, units: Sequence[Unit] = ()) -> AppointmentRules:
        """The rules of one visit to these units: the longest visit of their categories, with that category's type
        (the same object while the type's rules are kept, so what is computed from them can be kept too)."""
        kind, minutes = self._policies.visit(unit.category for unit in units)
        name = kind or self._type_name
        read_at, rules = self._rules.get(name, (0.0, None))
        if rules is None or clock.monotonic() - read_at > self._ttl:
            rules = self._read_rules(name)
            self._rules[name] = (clock.monotonic(), rules)
        if not minutes:
            return rules
        base, sized = self._sized.get((name, minutes), (None, rules))
        if base is not rules:
            sized = replace(rules, duration=timedelta(minutes=minutes))
            self._sized[(name, minutes)] = (rules, sized)
        return sized

    def find(
        self, windows: list[Window], excluded: list[Window], now: datetime, count: int, search_days: int = 14, units: Sequence[Unit] = (),
        keep: Callable[[list[Slot]], list[Slot]] | None = None,
    ) -> tuple[list[Slot], bool]:
        """Up to `count` free slots for a visit to `units` inside `windows`; else the nearest ones outside them (and says so).
        `keep` leaves out what Odoo cannot know yet (times the service is booking right now) before the few offered
        are picked, so a time being taken never leaves a client with fewer offers than there are free times.

        One Odoo read of busy time covers both the wish and the fallback horizon.
        """
        keep = keep or (lambda slots: slots)
        rules = self.rules(units)
        start = min(w[0] for w in windows)
        horizon = (now, max(max(w[1] for w in windows), now + timedelta(days=search_days)))
        candidates, busy = self._candidates(rules, now, min(start, now), horizon[1])
        if not candidates:
            return [], False
        wished = keep(free_slots(candidates, busy, windows, excluded))
        if wished:
            return pick_spread(wished, count, rules.tz), True
        found = keep(free_slots(candidates, busy, [horizon], excluded))
        nearest = sorted(found, key=lambda s: min(_distance(s, w) for w in windows))
        return pick_spread(nearest[: count * 8], count, rules.tz), False

    def free_in(self, window: Window, now: datetime, units: Sequence[Unit] = ()) -> list[Slot]:
        """Every free slot of every technician in the window for a visit to `units`, soonest first: staff choose the
        time and the technician."""
        rules = self.rules(units)
        candidates, busy = self._candidates(rules, now, *window)
        return free_slots(candidates, busy, [window], [])

    def _candidates(self, rules: AppointmentRules, now: datetime, start: datetime, end: datetime) -> tuple[list[Slot], dict[int, list[Window]]]:
        """The rules' slots between start and end, and the technicians' busy time over them (events and time off)."""
        candidates = self._slots(rules, now, start, end)
        if not candidates:
            return [], {}
        busy = self.busy(candidates[0].start, candidates[-1].end, rules)
        for user_id, leaves in rules.time_off.items():
            busy[user_id].extend(leaves)
        return candidates, busy

    def _slots(self, rules: AppointmentRules, now: datetime, start: datetime, end: datetime) -> list[Slot]:
        """`candidate_slots`, cut out of the rules' whole horizon computed once a day (a horizon a day longer than the
        type allows, so any moment of that day finds its own last slots in it)."""
        key = (rules.type_id or 0, int(rules.duration.total_seconds()))
        kept = self._horizons.get(key)
        if kept is None or kept.rules is not rules or not kept.since <= now < kept.since + timedelta(days=1):
            slots = slots_between(rules, now + rules.min_notice, now + timedelta(days=rules.max_days + 1))
            kept = _Candidates(rules, now, slots, [s.start for s in slots])
            self._horizons[key] = kept
        earliest, latest = max(start, now + rules.min_notice), min(end, now + timedelta(days=rules.max_days))
        first, last = bisect_left(kept.starts, earliest), bisect_right(kept.starts, latest - rules.duration)
        return kept.slots[first:last]

    def warm(self) -> None:
        """The field types the pre-booking check reads with, asked now rather than in a client's booking turn."""
        for model in ("calendar.event", "resource.resource", "resource.calendar.leaves"):
            self._gateway.field_types(model)

    def is_free(self, slot: Slot, units: Sequence[Unit] = ()) -> bool:
        """Odoo read again right before booking, by the offers' own definition of busy (the technician's busy events,
        declined or not, and time off), so a time refused here was never free by the offers' reading either. Refusing
        forgets the kept calendar and rules the offers came from: the refused time is not offered again."""
        rules = self.rules(units)
        technician = next((t for t in rules.technicians if t.user_id == slot.technician_id), None) or Technician(
            slot.technician_id, slot.technician_partner_id, slot.technician_name, rules.tz, None)
        margin = timedelta(days=1)  # all-day events are stored 08:00-18:00 UTC: read a day either side, then compare
        events = self._read_events(frozenset({technician.partner_id}), slot.start - margin, slot.end + margin)
        blocked = _by_user(events, [technician], slot.start, slot.end)[technician.user_id]
        blocked += self._time_off([technician], rules.max_days).get(technician.user_id, [])
        free = not any(start < slot.end and stop > slot.start for start, stop in blocked)
        if not free:
            self._calendars.clear()
            self._rules.clear()
        return free

    def busy(self, start: datetime, end: datetime, rules: AppointmentRules) -> dict[int, list[Window]]:
        """Technicians' busy events between start and end. Events a technician declined still count (fewer offers,
        never a double booking)."""
        calendar = self._calendar(frozenset(t.partner_id for t in rules.technicians), start, end, rules.max_days)
        return _by_user(calendar.events, rules.technicians, start, end)

    def _calendar(self, partners: frozenset[int], start: datetime, end: datetime, max_days: int) -> _Calendar:
        """The kept busy events when they are fresh and cover [start, end); else one read from `start` to the end of
        the booking horizon (threads that also need it wait for that read instead of making their own)."""

        def usable(calendar: _Calendar) -> bool:
            fresh = clock.monotonic() - calendar.read_at <= self._busy_ttl
            return fresh and calendar.start <= start and end <= calendar.end

        kept = self._calendars.get(partners)
        if kept is not None and usable(kept):
            return kept
        with self._reading:
            kept = self._calendars.get(partners)
            if kept is not None and usable(kept):
                return kept
            since = start.replace(hour=0, minute=0, second=0, microsecond=0)  # searches of the same day, whatever their first slot
            until = max(end, since + timedelta(days=max_days + 2))
            margin = timedelta(days=1)  # an all-day event is stored 08:00-18:00 UTC, not the local day
            calendar = _Calendar(clock.monotonic(), since, until, self._read_events(partners, since - margin, until + margin))
            if self._busy_ttl > 0:
                self._calendars[partners] = calendar
            return calendar

    def _read_events(self, partners: frozenset[int], since: datetime, until: datetime) -> list[_Event]:
        """The busy, active events any of these partners attend that overlap [since, until)."""
        events = self._gateway.search_read(
            "calendar.event",
            [("partner_ids", "in", sorted(partners)), ("show_as", "=", "busy"), ("start", "<", until), ("stop", ">", since)],
            ["start", "stop", "allday", "partner_ids"],
        )
        return [(e["start"], e["stop"], bool(e["allday"]), e["partner_ids"]) for e in events]

    def _read_rules(self, type_name: str) -> AppointmentRules:
        """The appointment type's rules as Odoo's appointment module applies them: its weekly slots ('0' end = 24:00),
        its step, working hours only when `work_hours_activated`, a 'punctual' type's date range, a 'custom' type's
        own slots. Fields this Odoo lacks (they differ between versions) keep the older behaviour."""
        has_type = self._gateway.has_appointments()
        kinds = self._gateway.field_types("appointment.type") if has_type else {}
        optional = [f for f in ("work_hours_activated", "slot_creation_interval", "category", "start_datetime", "end_datetime") if f in kinds]
        types = self._gateway.search_read(
            "appointment.type",
            [("name", "=", type_name)],
            ["appointment_duration", "appointment_tz", "staff_user_ids", "min_schedule_hours", "max_schedule_days", "slot_ids", *optional],
            limit=1,
        ) if has_type else []
        if not types:
            return self._working_hours_rules(type_name)
        kind = types[0]
        slot_fields = self._gateway.field_types("appointment.slot")
        fields = ["weekday", "start_hour", "end_hour"] + [f for f in ("restrict_to_user_ids", "slot_type", "start_datetime", "end_datetime") if f in slot_fields]
        weekly: dict[int, list[tuple[float, float, frozenset[int]]]] = defaultdict(list)
        unique: list[Window] = []
        for slot in self._gateway.read("appointment.slot", kind["slot_ids"] or [], fields):
            if slot.get("slot_type") == "unique":
                if slot.get("start_datetime") and slot.get("end_datetime"):
                    unique.append((slot["start_datetime"], slot["end_datetime"]))
                continue
            staff = frozenset(slot.get("restrict_to_user_ids") or [])
            weekly[int(slot["weekday"]) - 1].append((slot["start_hour"], slot["end_hour"] or 24.0, staff))
        category = kind.get("category") or "recurring"
        dates: list[Window] | None = None
        if category == "custom":
            weekly, dates = defaultdict(list), unique
        elif category == "punctual" and kind.get("start_datetime") and kind.get("end_datetime"):
            dates = [(kind["start_datetime"], kind["end_datetime"])]
        tz = kind["appointment_tz"] or "UTC"
        technicians = self._technicians(kind["staff_user_ids"] or [], tz)
        interval = kind.get("slot_creation_interval")
        return AppointmentRules(
            type_id=kind["id"],
            duration=timedelta(hours=kind["appointment_duration"] or 1.0),
            tz=tz,
            min_notice=timedelta(hours=kind["min_schedule_hours"] or 0),
            max_days=int(kind["max_schedule_days"] or 60),
            weekly_hours=dict(weekly),
            technicians=technicians,
            time_off=self._time_off(technicians, int(kind["max_schedule_days"] or 60)),
            step=timedelta(hours=interval) if interval else None,
            work_hours=bool(kind.get("work_hours_activated", True)),
            dates=dates,
        )

    def _working_hours_rules(self, type_name: str) -> AppointmentRules:
        if self._fallback is None or not self._fallback.technician_logins:
            raise OdooValidationError(
                f"appointment type {type_name!r} not found in Odoo and no technicians configured (FUSION_TECHNICIAN_LOGINS)"
            )
        mode = self._fallback
        users = self._gateway.search_read("res.users", [("login", "in", list(mode.technician_logins))], ["id"])
        technicians = self._technicians([u["id"] for u in users], mode.tz)
        return AppointmentRules(
            type_id=None, duration=timedelta(hours=mode.duration_hours), tz=mode.tz, min_notice=timedelta(hours=mode.min_notice_hours),
            max_days=mode.max_days, weekly_hours=None, technicians=technicians, time_off=self._time_off(technicians, mode.max_days),
        )

    def _time_off(self, technicians: list[Technician], days: int) -> dict[int, list[Window]]:
        """Time off ahead as Odoo counts it: leaves of type 'leave' (not 'other') whose calendar is the technician's or
        none (company-wide) and whose resource is the technician's or none (everyone on that calendar)."""
        resources = self._gateway.search_read(
            "resource.resource", [("user_id", "in", [t.user_id for t in technicians])], ["user_id", "calendar_id"]
        )
        now = self._now()
        leaves = self._gateway.search_read(
            "resource.calendar.leaves",
            [("time_type", "=", "leave"), ("date_to", ">", now), ("date_from", "<", now + timedelta(days=days + 1)),
             ("calendar_id", "in", [False, *{r["calendar_id"][0] for r in resources if r["calendar_id"]}]),
             ("resource_id", "in", [False, *(r["id"] for r in resources)])],
            ["date_from", "date_to", "resource_id", "calendar_id"],
        )
        time_off: dict[int, list[Window]] = defaultdict(list)
        for resource in resources:
            calendar = resource["calendar_id"][0] if resource["calendar_id"] else None
            for leave in leaves:
                leave_calendar = leave["calendar_id"][0] if leave["calendar_id"] else None
                if leave_calendar in (None, calendar) and (leave["resource_id"] is None or leave["resource_id"][0] == resource["id"]):
                    time_off[resource["user_id"][0]].append((leave["date_from"], leave["date_to"]))
        return dict(time_off)

    def _technicians(self, user_ids: list[int], default_tz: str) -> list[Technician]:
        users = self._gateway.read("res.users", user_ids, ["name", "partner_id"])
        resources = self._gateway.search_read("resource.resource", [("user_id", "in", user_ids)], ["user_id", "calendar_id", "tz"])
        calendar_of = {r["user_id"][0]: r["calendar_id"][0] for r in resources if r["calendar_id"]}
        flexible = ["flexible_hours"] if "flexible_hours" in self._gateway.field_types("resource.calendar") else []  # Odoo 18+
        calendars = {c["id"]: c for c in self._gateway.read("resource.calendar", sorted(set(calendar_of.values())), ["tz", *flexible])}
        hours: dict[int, dict[int, list[Hours]]] = defaultdict(lambda: defaultdict(list))
        attendances = self._gateway.search_read(
            "resource.calendar.attendance",
            [("calendar_id", "in", list(calendars)), ("day_period", "!=", "lunch")],
            ["calendar_id", "dayofweek", "hour_from", "hour_to"],
        )
        for row in attendances:
            hours[row["calendar_id"][0]][int(row["dayofweek"])].append((row["hour_from"], row["hour_to"]))
        return [
            Technician(
                user_id=user["id"],
                partner_id=user["partner_id"][0],
                name=user["name"],
                tz=(calendars[calendar_of[user["id"]]]["tz"] if user["id"] in calendar_of else None) or default_tz,
                weekly_hours=None if user["id"] not in calendar_of or calendars[calendar_of[user["id"]]].get("flexible_hours")
                else dict(hours[calendar_of[user["id"]]]),
            )
            for user in users
        ]


def _distance(slot: Slot, window: Window) -> timedelta:
    if slot.end <= window[0]:
        return window[0] - slot.end
    if slot.start >= window[1]:
        return slot.start - window[1]
    return timedelta(0)


def _by_user(events: list[_Event], technicians: Sequence[Technician], start: datetime, end: datetime) -> dict[int, list[Window]]:
    """The time each technician's events block between start and end (an all-day event: their whole local days)."""
    technician_of = {t.partner_id: t for t in technicians}
    by_user: dict[int, list[Window]] = defaultdict(list)
    for event_start, event_stop, allday, partner_ids in events:
        for partner_id in partner_ids:
            if (technician := technician_of.get(partner_id)) is not None:
                blocked = _all_day(event_start, event_stop, technician.tz) if allday else (event_start, event_stop)
                if blocked[0] < end and blocked[1] > start:
                    by_user[technician.user_id].append(blocked)
    return by_user


def _all_day(start: datetime, stop: datetime, tz: str) -> Window:
    """An all-day event's span: Odoo stores its days as 08:00-18:00 naive; it blocks those whole days where the
    technician is."""
    zone = ZoneInfo(tz)
    first = datetime.combine(start.date(), time.min, tzinfo=zone)
    return first.astimezone(timezone.utc), datetime.combine(stop.date() + timedelta(days=1), time.min, tzinfo=zone).astimezone(timezone.utc)
