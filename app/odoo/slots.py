"""Reads what free slots are made of from Odoo (appointment type, working hours, busy events) and finds them."""
from __future__ import annotations

import threading
import time as clock
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone

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


@dataclass(frozen=True)
class _Calendar:
    """The technicians' busy events over [start, end), as read from Odoo at `read_at` (monotonic seconds)."""

    read_at: float
    start: datetime
    end: datetime
    events: list[tuple[datetime, datetime, list[int]]]  # (start, stop, attendee partner ids)


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
    offers are never booked on it: `is_free` reads Odoo again right before booking, and forgets the kept calendar when
    it finds the slot taken, so that slot is not offered again. The service's own bookings are kept from offers at
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
        self, windows: list[Window], excluded: list[Window], now: datetime, count: int, search_days: int = 14, units: Sequence[Unit] = ()
    ) -> tuple[list[Slot], bool]:
        """Up to `count` free slots for a visit to `units` inside `windows`; else the nearest ones outside them (and says so).

        One Odoo read of busy time covers both the wish and the fallback horizon.
        """
        rules = self.rules(units)
        start = min(w[0] for w in windows)
        horizon = (now, max(max(w[1] for w in windows), now + timedelta(days=search_days)))
        candidates, busy = self._candidates(rules, now, min(start, now), horizon[1])
        if not candidates:
            return [], False
        wished = free_slots(candidates, busy, windows, excluded)
        if wished:
            return pick_spread(wished, count, rules.tz), True
        found = free_slots(candidates, busy, [horizon], excluded)
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

    def is_free(self, slot: Slot) -> bool:
        """Re-read the technician's events for this slot right before booking it (declined invitations do not block).
        A slot found taken makes the kept calendar forgotten: it missed what this read found."""
        free = not self._busy_attendances([slot.technician_partner_id], slot.start, slot.end)
        if not free:
            self._calendars.clear()
        return free

    def busy(self, start: datetime, end: datetime, rules: AppointmentRules) -> dict[int, list[Window]]:
        """Technicians' busy events between start and end. Events a technician declined still count here (fewer
        offers, never a double booking); `is_free` looks at attendance before booking."""
        partner_to_user = {t.partner_id: t.user_id for t in rules.technicians}
        calendar = self._calendar(frozenset(partner_to_user), start, end, rules.max_days)
        by_user: dict[int, list[Window]] = defaultdict(list)
        for event_start, event_stop, partner_ids in calendar.events:
            if event_start < end and event_stop > start:
                for partner_id in partner_ids:
                    if partner_id in partner_to_user:
                        by_user[partner_to_user[partner_id]].append((event_start, event_stop))
        return by_user

    def _calendar(self, partners: frozenset[int], start: datetime, end: datetime, max_days: int) -> _Calendar:
        """The kept busy events when they are fresh and cover [start, end); else one read from `start` to the end of
        the booking horizon (threads that also need it wait for that read instead of making their own)."""

        def usable(calendar: _Calendar | None) -> bool:
            fresh = calendar is not None and clock.monotonic() - calendar.read_at <= self._busy_ttl
            return fresh and calendar.start <= start and end <= calendar.end

        calendar = self._calendars.get(partners)
        if usable(calendar):
            return calendar
        with self._reading:
            calendar = self._calendars.get(partners)
            if usable(calendar):
                return calendar
            since = start.replace(hour=0, minute=0, second=0, microsecond=0)  # searches of the same day, whatever their first slot
            until = max(end, since + timedelta(days=max_days + 2))
            events = self._gateway.search_read(
                "calendar.event",
                [("partner_ids", "in", sorted(partners)), ("show_as", "=", "busy"), ("start", "<", until), ("stop", ">", since)],
                ["start", "stop", "partner_ids"],
            )
            calendar = _Calendar(clock.monotonic(), since, until, [(e["start"], e["stop"], e["partner_ids"]) for e in events])
            if self._busy_ttl > 0:
                self._calendars[partners] = calendar
            return calendar

    def _busy_attendances(self, partner_ids: list[int], start: datetime, end: datetime) -> list[tuple[int, Window]]:
        """(technician partner, event window) for events that block: busy, overlapping, not declined."""
        attendees = self._gateway.search_read(
            "calendar.attendee",
            [
                ("partner_id", "in", partner_ids),
                ("state", "!=", "declined"),
                ("event_id.show_as", "=", "busy"),
                ("event_id.start", "<", end),
                ("event_id.stop", ">", start),
            ],
            ["partner_id", "event_id"],
        )
        event_ids = sorted({a["event_id"][0] for a in attendees})
        events = {e["id"]: e for e in self._gateway.read("calendar.event", event_ids, ["start", "stop"])}
        return [(a["partner_id"][0], (events[a["event_id"][0]]["start"], events[a["event_id"][0]]["stop"])) for a in attendees]

    def _read_rules(self, type_name: str) -> AppointmentRules:
        types = self._gateway.search_read(
            "appointment.type",
            [("name", "=", type_name)],
            ["appointment_duration", "appointment_tz", "staff_user_ids", "min_schedule_hours", "max_schedule_days", "slot_ids"],
            limit=1,
        ) if self._gateway.has_appointments() else []
        if not types:
            return self._working_hours_rules(type_name)
        kind = types[0]
        # `restrict_to_user_ids` is read only where this Odoo has it (fields differ between versions)
        restricted = "restrict_to_user_ids" in self._gateway.field_types("appointment.slot")
        fields = ["weekday", "start_hour", "end_hour"] + (["restrict_to_user_ids"] if restricted else [])
        weekly: dict[int, list[tuple[float, float, frozenset[int]]]] = defaultdict(list)
        for slot in self._gateway.read("appointment.slot", kind["slot_ids"] or [], fields):
            staff = frozenset(slot.get("restrict_to_user_ids") or [])
            weekly[int(slot["weekday"]) - 1].append((slot["start_hour"], slot["end_hour"], staff))
        tz = kind["appointment_tz"] or "UTC"
        technicians = self._technicians(kind["staff_user_ids"] or [], tz)
        return AppointmentRules(
            type_id=kind["id"],
            duration=timedelta(hours=kind["appointment_duration"] or 1.0),
            tz=tz,
            min_notice=timedelta(hours=kind["min_schedule_hours"] or 0),
            max_days=int(kind["max_schedule_days"] or 60),
            weekly_hours=dict(weekly),
            technicians=technicians,
            time_off=self._time_off(technicians, int(kind["max_schedule_days"] or 60)),
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
        """`resource.calendar.leaves` ahead: a technician's own leaves and their calendar's public holidays."""
        resources = self._gateway.search_read(
            "resource.resource", [("user_id", "in", [t.user_id for t in technicians])], ["user_id", "calendar_id"]
        )
        user_of_resource = {r["id"]: r["user_id"][0] for r in resources}
        users_of_calendar: dict[int, list[int]] = defaultdict(list)
        for r in resources:
            if r["calendar_id"]:
                users_of_calendar[r["calendar_id"][0]].append(r["user_id"][0])
        now = self._now()
        leaves = self._gateway.search_read(
            "resource.calendar.leaves",
            [("date_to", ">", now), ("date_from", "<", now + timedelta(days=days + 1)),
             "|", ("resource_id", "in", list(user_of_resource)), "&", ("resource_id", "=", False), ("calendar_id", "in", list(users_of_calendar))],
            ["date_from", "date_to", "resource_id", "calendar_id"],
        )
        time_off: dict[int, list[Window]] = defaultdict(list)
        for leave in leaves:
            if leave["resource_id"]:
                users = [user_of_resource[leave["resource_id"][0]]]
            else:
                users = users_of_calendar[leave["calendar_id"][0]]
            for user_id in users:
                time_off[user_id].append((leave["date_from"], leave["date_to"]))
        return dict(time_off)

    def _technicians(self, user_ids: list[int], default_tz: str) -> list[Technician]:
        users = self._gateway.read("res.users", user_ids, ["name", "partner_id"])
        resources = self._gateway.search_read("resource.resource", [("user_id", "in", user_ids)], ["user_id", "calendar_id", "tz"])
        calendar_of = {r["user_id"][0]: r["calendar_id"][0] for r in resources if r["calendar_id"]}
        calendars = {c["id"]: c for c in self._gateway.read("resource.calendar", sorted(set(calendar_of.values())), ["tz"])}
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
                weekly_hours=dict(hours[calendar_of[user["id"]]]) if user["id"] in calendar_of else {},
            )
            for user in users
        ]


def _distance(slot: Slot, window: Window) -> timedelta:
    if slot.end <= window[0]:
        return window[0] - slot.end
    if slot.start >= window[1]:
        return slot.start - window[1]
    return timedelta(0)
