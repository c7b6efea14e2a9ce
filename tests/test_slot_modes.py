"""Slots in both modes (Enterprise appointment type, or technicians' working hours only) and around time off."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from app.config import Settings
from app.odoo.errors import OdooValidationError
from app.odoo.gateway import OdooGateway
from app.odoo.slots import SlotFinder, WorkingHoursMode
from dialogs.model import Slot
from tests.conftest import NOW, TORONTO


def finder(odoo_url: str, fallback: WorkingHoursMode | None = None) -> SlotFinder:
    gateway = OdooGateway.from_settings(Settings(odoo_url=odoo_url, odoo_password="admin"))
    return SlotFinder(gateway, "Equipment maintenance visit", lambda: NOW, fallback)


def day_window(day: date) -> list[tuple[datetime, datetime]]:
    start = datetime.combine(day, datetime.min.time(), tzinfo=TORONTO)
    return [(start, start + timedelta(days=1))]


def test_without_the_appointment_module_working_hours_give_the_slots(sandbox, odoo_url: str) -> None:  # type: ignore[no-untyped-def]
    [kind] = sandbox.env.call("appointment.type", "search", [[]], {})
    sandbox.env.call("appointment.type", "unlink", [[kind]], {})
    with pytest.raises(OdooValidationError, match="FUSION_TECHNICIAN_LOGINS"):
        finder(odoo_url).rules()
    mode = WorkingHoursMode(("marc", "sophie"), duration_hours=1.5, min_notice_hours=24)
    slots_finder = finder(odoo_url, mode)
    rules = slots_finder.rules()
    assert rules.type_id is None and rules.weekly_hours is None
    assert sorted(t.name for t in rules.technicians) == ["Marc Tremblay", "Sophie Gagnon"]
    week = [(NOW + timedelta(days=6), NOW + timedelta(days=11))]
    slots, in_window = slots_finder.find(week, [], NOW, 3)
    assert in_window and slots
    for slot in slots:
        local_start, local_end = slot.start.astimezone(TORONTO), slot.end.astimezone(TORONTO)
        assert slot.end - slot.start == timedelta(hours=1.5)
        assert (8 <= local_start.hour and local_end.hour * 60 + local_end.minute <= 12 * 60) or (13 <= local_start.hour and local_end.hour <= 17)


def test_time_off_and_public_holidays_are_never_offered(sandbox, odoo_url: str) -> None:  # type: ignore[no-untyped-def]
    christmas = date(2026, 12, 25)
    slots, in_window = finder(odoo_url).find(day_window(christmas), [], NOW, 3)
    assert slots and not in_window and all(s.start.astimezone(TORONTO).date() != christmas for s in slots)

    [kind] = sandbox.env.call("appointment.type", "search", [[]], {})
    sandbox.env.call("appointment.type", "unlink", [[kind]], {})
    only_priya = finder(odoo_url, WorkingHoursMode(("priya",)))
    leaves = only_priya.rules().time_off[only_priya.rules().technicians[0].user_id]
    assert len(leaves) == 4  # her vacation, Christmas, Boxing Day, New Year's Day
    [(off_start, off_end)] = [leave for leave in leaves if leave[1] - leave[0] == timedelta(days=2)]
    slots, in_window = only_priya.find([(off_start.astimezone(TORONTO), off_end.astimezone(TORONTO))], [], NOW, 3)
    assert slots and not in_window  # her working hours fall inside the leave: only times around it are offered
    assert all(s.end <= off_start or s.start >= off_end for s in slots)


def test_slots_restricted_to_a_technician_in_odoo_are_offered_with_that_technician(sandbox, odoo_url: str) -> None:  # type: ignore[no-untyped-def]
    [marc] = sandbox.env.search_read("res.users", [("login", "=", "marc")], ["id"])
    slot_ids = sandbox.env.call("appointment.slot", "search", [[]], {})
    sandbox.env.write("appointment.slot", slot_ids, {"restrict_to_user_ids": [(6, 0, [marc["id"]])]})
    slots, in_window = finder(odoo_url).find(day_window(date(2026, 11, 27)), [], NOW, 5)
    assert in_window and slots and {s.technician_id for s in slots} == {marc["id"]}


def _technician(sandbox, login: str) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    [user] = sandbox.env.search_read("res.users", [("login", "=", login)], ["partner_id"])
    return user["id"], user["partner_id"][0]


def test_a_cancelled_visit_frees_its_time_for_anyone_to_book_again(sandbox, odoo_url: str) -> None:  # type: ignore[no-untyped-def]
    """Odoo's attendee search by event fields also matches archived (cancelled) events: the pre-booking check must not
    count them, or the time is offered, refused as taken and offered again for good."""
    slots_finder = finder(odoo_url)
    [slot], _ = slots_finder.find(day_window(date(2026, 12, 2)), [], NOW, 1)
    client = sandbox.env.search_read("res.partner", [("phone", "!=", False)], ["id"], limit=1)[0]["id"]
    event = sandbox.env.create("calendar.event", {
        "name": "Visit", "start": slot.start.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M:%S"),
        "stop": slot.end.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M:%S"), "user_id": slot.technician_id,
        "partner_ids": [(6, 0, [client, slot.technician_partner_id])], "show_as": "busy",
    }, {"no_mail_to_attendees": True})
    assert not slots_finder.is_free(slot)
    sandbox.env.write("calendar.event", [event], {"active": False})
    assert slots_finder.is_free(slot)
    again, _ = finder(odoo_url).find([(slot.start, slot.end)], [], NOW, 3)
    assert any((s.start, s.technician_id) == (slot.start, slot.technician_id) for s in again)


def test_an_all_day_event_blocks_the_technicians_whole_local_day(sandbox, odoo_url: str) -> None:  # type: ignore[no-untyped-def]
    """Odoo stores an all-day event as 08:00-18:00 naive (not UTC) of its days; it blocks the whole day where the
    technician works, afternoon included (08:00-18:00 UTC would free Toronto's afternoon)."""
    day = date(2026, 12, 3)
    marc, marc_partner = _technician(sandbox, "marc")
    event = sandbox.env.create("calendar.event", {
        "name": "Training", "allday": True, "start_date": day.isoformat(), "stop_date": day.isoformat(),
        "start": f"{day} 00:00:00", "stop": f"{day} 00:00:00", "user_id": marc, "partner_ids": [(6, 0, [marc_partner])], "show_as": "busy",
    }, {"no_mail_to_attendees": True})
    [stored] = sandbox.env.search_read("calendar.event", [("id", "=", event)], ["start", "stop"])
    assert (stored["start"], stored["stop"]) == (f"{day} 08:00:00", f"{day} 18:00:00")
    slots, _ = finder(odoo_url).find(day_window(day), [], NOW, 20)
    assert slots and all(s.technician_id != marc for s in slots if s.start.astimezone(TORONTO).date() == day)
    afternoon = datetime.combine(day, datetime.min.time(), tzinfo=TORONTO).replace(hour=15)
    assert not finder(odoo_url).is_free(Slot(afternoon, afternoon + timedelta(hours=1), marc, marc_partner, "Marc"))


def test_time_off_is_counted_as_odoo_counts_it(sandbox, odoo_url: str) -> None:  # type: ignore[no-untyped-def]
    """Leaves of type 'leave' whose calendar is the technician's or none, and whose resource is theirs or none:
    a company-wide holiday with no calendar blocks everyone; an 'other' leave or another calendar's blocks no one."""
    [kind] = sandbox.env.search_read("appointment.type", [], ["id"])
    sandbox.env.call("appointment.type", "unlink", [[kind["id"]]], {})
    marc, _ = _technician(sandbox, "marc")
    other_calendar = sandbox.env.create("resource.calendar", {"name": "Warehouse", "tz": "America/Toronto"})
    company_day, other_type_day, other_calendar_day = date(2026, 12, 7), date(2026, 12, 8), date(2026, 12, 9)
    for day, values in ((company_day, {}), (other_type_day, {"time_type": "other"}), (other_calendar_day, {"calendar_id": other_calendar})):
        start = datetime.combine(day, datetime.min.time(), tzinfo=TORONTO).astimezone(timezone.utc)
        sandbox.env.create("resource.calendar.leaves", {
            "name": "Closed", "date_from": start.strftime("%Y-%m-%d %H:%M:%S"),
            "date_to": (start + timedelta(hours=23, minutes=59)).strftime("%Y-%m-%d %H:%M:%S"), **values,  # Odoo refuses leaves that touch
        })
    only_marc = finder(odoo_url, WorkingHoursMode(("marc",)))
    offered_days = {s.start.astimezone(TORONTO).date() for s in only_marc.find([(NOW + timedelta(days=12), NOW + timedelta(days=16))], [], NOW, 30)[0]}
    assert company_day not in offered_days and {other_type_day, other_calendar_day} <= offered_days
    assert marc in only_marc.rules().time_off
