"""Slots as Odoo 19's appointment module makes them (Enterprise, learned from its source): working hours count only
when the type says so, the slot step, '0' as the end of the day, 'punctual' and 'custom' types, booking lines."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from app.config import Settings
from app.odoo.gateway import OdooGateway
from odoo_sandbox import SandboxOdoo
from app.odoo.slots import SlotFinder
from tests.conftest import NOW, TORONTO

TYPE = "Equipment maintenance visit"
DAY = date(2026, 12, 2)  # a Wednesday after the type's notice


def finder(odoo_url: str) -> SlotFinder:
    return SlotFinder(OdooGateway.from_settings(Settings(odoo_url=odoo_url, odoo_password="admin")), TYPE, lambda: NOW)


def the_type(sandbox: SandboxOdoo) -> int:
    [kind] = sandbox.env.search_read("appointment.type", [("name", "=", TYPE)], ["id"])
    return kind["id"]


def local_starts(odoo_url: str, day: date = DAY) -> set[tuple[int, int]]:
    start = datetime.combine(day, datetime.min.time(), tzinfo=TORONTO)
    slots, _ = finder(odoo_url).find([(start, start + timedelta(days=1))], [], NOW, 200)
    return {(s.start.astimezone(TORONTO).hour, s.start.astimezone(TORONTO).minute) for s in slots if s.start.astimezone(TORONTO).date() == day}


def utc(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M:%S")


def test_working_hours_cut_the_types_hours_only_when_the_type_says_so(sandbox: SandboxOdoo, odoo_url: str) -> None:
    assert (12, 0) not in local_starts(odoo_url)  # seeded on: the technicians' lunch hour is not offered
    sandbox.env.write("appointment.type", [the_type(sandbox)], {"work_hours_activated": False})  # Odoo's default
    assert (12, 0) in local_starts(odoo_url)  # the type's 8-17 alone


def test_a_technician_without_a_working_schedule_is_available_when_the_type_is_open(sandbox: SandboxOdoo, odoo_url: str) -> None:
    [marc] = sandbox.env.search_read("res.users", [("login", "=", "marc")], ["id"])
    resources = sandbox.env.search_read("resource.resource", [("user_id", "=", marc["id"])], ["id"])
    sandbox.env.call("resource.resource", "unlink", [[r["id"] for r in resources]], {})
    start = datetime.combine(DAY, datetime.min.time(), tzinfo=TORONTO)
    slots, _ = finder(odoo_url).find([(start, start + timedelta(days=1))], [], NOW, 200)
    assert any(s.technician_id == marc["id"] for s in slots)  # Odoo counts a user with no employee as available


def test_slots_start_every_creation_interval_and_a_zero_end_is_midnight(sandbox: SandboxOdoo, odoo_url: str) -> None:
    kind = the_type(sandbox)
    sandbox.env.write("appointment.type", [kind], {"slot_creation_interval": 0.5, "work_hours_activated": False})
    starts = local_starts(odoo_url)
    assert (8, 30) in starts and (16, 0) in starts and (16, 30) not in starts  # hour-long visits, every half hour, by 17:00
    slot_ids = [s["id"] for s in sandbox.env.search_read("appointment.slot", [("appointment_type_id", "=", kind)], ["id"])]
    sandbox.env.write("appointment.slot", slot_ids, {"start_hour": 20.0, "end_hour": 0.0})
    assert (23, 0) in local_starts(odoo_url)  # open until midnight, not closed


def test_a_punctual_type_offers_only_inside_its_dates_and_a_custom_type_only_its_own_slots(sandbox: SandboxOdoo, odoo_url: str) -> None:
    kind = the_type(sandbox)
    opens = datetime.combine(DAY, datetime.min.time(), tzinfo=TORONTO)
    sandbox.env.write("appointment.type", [kind], {"category": "punctual", "start_datetime": utc(opens), "end_datetime": utc(opens + timedelta(days=1))})
    start = opens - timedelta(days=2)
    slots, _ = finder(odoo_url).find([(start, start + timedelta(days=5))], [], NOW, 200)
    assert slots and {s.start.astimezone(TORONTO).date() for s in slots} == {DAY}
    unique = opens.replace(hour=14)
    sandbox.env.write("appointment.type", [kind], {"category": "custom", "slot_ids": [(0, 0, {
        "weekday": "3", "start_hour": 0.0, "end_hour": 0.0, "slot_type": "unique", "start_datetime": utc(unique), "end_datetime": utc(unique + timedelta(hours=2)),
    })]})
    slots, _ = finder(odoo_url).find([(start, start + timedelta(days=5))], [], NOW, 200)
    assert slots and {(s.start.astimezone(TORONTO).hour, s.start.astimezone(TORONTO).date()) for s in slots} == {(14, DAY), (15, DAY)}


def test_a_booking_line_names_one_of_the_types_staff(sandbox: SandboxOdoo) -> None:
    """As the appointment module checks it: a booking line for a user the type does not book is refused."""
    kind = the_type(sandbox)
    [coordinator] = sandbox.env.search_read("res.users", [("login", "=", "coordinator")], ["id", "partner_id"])
    values = {"name": "x", "start": "2026-12-02 15:00:00", "stop": "2026-12-02 16:00:00", "user_id": coordinator["id"],
              "appointment_type_id": kind, "total_capacity_reserved": 1}
    with pytest.raises(Exception, match="cannot be used for"):
        sandbox.env.create("calendar.event", values, {"no_mail_to_attendees": True})


def test_an_internal_user_cannot_write_booking_lines_but_reserving_capacity_makes_one(sandbox: SandboxOdoo, odoo_url: str) -> None:
    """The appointment module's access data: internal users read booking lines only; an event's capacity (its
    inverse runs with Odoo's own rights) is how one is made, for the event's user."""
    import odoorpc

    from odoo_sandbox import BOT_LOGIN, BOT_PASSWORD

    bot = odoorpc.ODOO("127.0.0.1", port=int(odoo_url.rsplit(":", 1)[1]))
    bot.login("demo", BOT_LOGIN, BOT_PASSWORD)
    [marc] = sandbox.env.search_read("res.users", [("login", "=", "marc")], ["id", "partner_id"])
    values = {"name": "visit", "start": "2026-12-02 15:00:00", "stop": "2026-12-02 16:00:00", "user_id": marc["id"],
              "partner_ids": [(6, 0, [marc["partner_id"][0]])], "appointment_type_id": the_type(sandbox)}
    context = {"no_mail_to_attendees": True}
    with pytest.raises(odoorpc.error.RPCError, match="not allowed"):
        bot.execute_kw("calendar.event", "create", [[{**values, "booking_line_ids": [(0, 0, {"capacity_reserved": 1})]}]], {"context": context})
    [event] = bot.execute_kw("calendar.event", "create", [[{**values, "total_capacity_reserved": 1}]], {"context": context})
    [line] = sandbox.env.search_read("appointment.booking.line", [("calendar_event_id", "=", event)], ["appointment_user_id", "capacity_used"])
    assert (line["appointment_user_id"][0], line["capacity_used"]) == (marc["id"], 1)


def test_a_type_that_lets_odoo_give_a_technician_two_visits_at_once_still_gets_one_from_the_assistant(sandbox: SandboxOdoo, odoo_url: str) -> None:
    """Odoo's booking page lets a staff member take `max_bookings` (or `user_capacity` when capacities are managed)
    bookings of the same type at one time. A technician visits one home at a time: a time with a visit of that type
    is never offered again, and the capacity the type manages is what a booking line uses."""
    kind = the_type(sandbox)
    with pytest.raises(Exception, match="capacity should be at least 1"):
        sandbox.env.write("appointment.type", [kind], {"max_bookings": 0})
    sandbox.env.write("appointment.type", [kind], {"max_bookings": 2})
    [marc] = sandbox.env.search_read("res.users", [("login", "=", "marc")], ["id", "partner_id"])
    start = datetime.combine(DAY, datetime.min.time(), tzinfo=TORONTO).replace(hour=15)
    assert marc["id"] in {s.technician_id for s in finder(odoo_url).find([(start, start + timedelta(hours=1))], [], NOW, 10)[0]}
    sandbox.env.create("calendar.event", {
        "name": "visit", "start": utc(start), "stop": utc(start + timedelta(hours=1)), "user_id": marc["id"],
        "partner_ids": [(6, 0, [marc["partner_id"][0]])], "appointment_type_id": kind, "total_capacity_reserved": 1,
    }, {"no_mail_to_attendees": True})
    offered = finder(odoo_url).find([(start, start + timedelta(hours=1))], [], NOW, 10)[0]
    assert marc["id"] not in {s.technician_id for s in offered}
    sandbox.env.write("appointment.type", [kind], {"manage_capacity": True, "user_capacity": 3})
    sandbox.env.create("calendar.event", {
        "name": "group visit", "start": utc(start + timedelta(days=1)), "stop": utc(start + timedelta(days=1, hours=1)), "user_id": marc["id"],
        "partner_ids": [(6, 0, [marc["partner_id"][0]])], "appointment_type_id": kind, "total_capacity_reserved": 2,
    }, {"no_mail_to_attendees": True})
    lines = sandbox.env.search_read("appointment.booking.line", [("appointment_type_id", "=", kind)], ["capacity_used"], order="id desc", limit=1)
    assert lines[0]["capacity_used"] == 2
