"""Slots in both modes (Enterprise appointment type, or technicians' working hours only) and around time off."""
from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from app.config import Settings
from app.odoo.errors import OdooValidationError
from app.odoo.gateway import OdooGateway
from app.odoo.slots import SlotFinder, WorkingHoursMode
from tests.conftest import NOW, TORONTO


def finder(odoo_url: str, fallback: WorkingHoursMode | None = None) -> SlotFinder:
    gateway = OdooGateway.from_settings(Settings(odoo_url=odoo_url))
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
