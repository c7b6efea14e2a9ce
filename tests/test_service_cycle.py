"""The service cycle over the sandbox Odoo: no reminder while a visit is booked ahead (by the assistant for several
units, or by staff in Odoo), the next due date counted from the last visit, and one kind follow-up after a visit the
client missed, which the client can answer to book again."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from dateutil.relativedelta import relativedelta
from sqlalchemy import select

from app.container import Services, build_services
from odoo_sandbox import SandboxOdoo
from app.phones import normalise
from app.reminders.scan import ScanReport
from app.store.models import Conversation, FollowUp, Visit, VisitUnit
from dialogs.model import DialogState
from tests.conftest import NOW, TODAY, Clock, odoo_datetime, settings_for

CONTRACT = "fusion.repair.maintenance.contract"


@pytest.fixture
def service(odoo_url: str, tmp_path: Path, clock: Clock) -> Iterator[Services]:
    built = build_services(settings_for(odoo_url, tmp_path), clock=clock)
    yield built
    built.close()


def lone_wheelchair(sandbox: SandboxOdoo, due: date, skip: int = 0) -> tuple[int, int, str]:
    """(contract, client, phone) of a power wheelchair (12 months) whose English-speaking owner texts and has no other unit, due on `due`
    (a year after its last service, as the contract keeps them)."""
    contracts = sandbox.env.search_read(CONTRACT, [
        ("state", "=", "active"), ("device_type", "=", "Power Wheelchair"), ("partner_id.phone", "!=", False), ("partner_id.email", "=", False),
        ("partner_id.lang", "=", "en_CA"),
    ], ["partner_id"], order="id")
    contract = [c for c in contracts if c["partner_id"][0] not in seeded_visit_clients(sandbox)][skip]
    partner_id = contract["partner_id"][0]
    others = [r["id"] for r in sandbox.env.search_read(CONTRACT, [("partner_id", "=", partner_id), ("id", "!=", contract["id"])], ["id"])]
    sandbox.env.write(CONTRACT, others, {"state": "expired"})
    sandbox.env.write(CONTRACT, [contract["id"]], {"next_due_date": due.isoformat(), "last_service_date": (due - relativedelta(months=12)).isoformat()})
    [partner] = sandbox.env.search_read("res.partner", [("id", "=", partner_id)], ["phone"])
    phone = normalise(partner["phone"], "CA")
    assert phone is not None
    return contract["id"], partner_id, phone


def seeded_visit_clients(sandbox: SandboxOdoo) -> set[int]:
    events = sandbox.env.search_read("calendar.event", [("res_model", "=", CONTRACT)], ["res_id"])
    contracts = sandbox.env.search_read(CONTRACT, [("id", "in", [e["res_id"] for e in events])], ["partner_id"])
    return {c["partner_id"][0] for c in contracts}


def visit(sandbox: SandboxOdoo, contract_id: int, partner_id: int, start: datetime, status: str | None = None) -> int:
    """A maintenance visit staff booked in Odoo for the unit, as the appointment module keeps it."""
    [technician] = sandbox.env.search_read("res.users", [("login", "=", "marc")], ["partner_id"])
    [kind] = sandbox.env.search_read("appointment.type", [], ["id"], limit=1)
    [model] = sandbox.env.search_read("ir.model", [("model", "=", CONTRACT)], ["id"])
    values = {
        "name": "Maintenance visit", "start": odoo_datetime(start), "stop": odoo_datetime(start + timedelta(hours=1)), "user_id": technician["id"],
        "partner_ids": [(6, 0, [technician["partner_id"][0], partner_id])], "appointment_type_id": kind["id"], "res_model_id": model["id"],
        "res_id": contract_id,
    }
    return sandbox.env.create("calendar.event", {**values, **({"appointment_status": status} if status else {})}, {"no_mail_to_attendees": True})


def reminded_units(report: ScanReport) -> dict[int, tuple[date, list]]:
    """Contract id -> (due date, the reminder's keys) of every unit a scan planned to remind."""
    return {d.unit.id: (d.unit.due_date, p.keys) for p in report.planned for d in p.units}


def test_a_unit_with_a_visit_booked_next_week_gets_no_reminder_until_it_is_cancelled(sandbox: SandboxOdoo, service: Services) -> None:
    contract, partner, _ = lone_wheelchair(sandbox, TODAY + timedelta(days=5))
    event = visit(sandbox, contract, partner, NOW + timedelta(days=7))
    report = service.scan()
    assert contract not in reminded_units(report) and report.skipped["visit_booked"] == 1
    sandbox.env.write("calendar.event", [event], {"active": False})  # staff cancel it in Odoo (the appointment module: 'cancelled')
    assert sandbox.env.search_read("calendar.event", [("id", "=", event), ("active", "=", False)], ["appointment_status"])[0]["appointment_status"] == "cancelled"
    assert contract in reminded_units(service.scan())


def test_a_visit_this_morning_not_yet_checked_in_holds_the_reminder(sandbox: SandboxOdoo, service: Services) -> None:
    contract, partner, _ = lone_wheelchair(sandbox, TODAY + timedelta(days=5))
    visit(sandbox, contract, partner, NOW - timedelta(hours=2))  # still 'booked': the technician has not marked it
    report = service.scan()
    assert contract not in reminded_units(report) and report.skipped["visit_booked"] == 1


@pytest.mark.parametrize("serviced", ["attended event", "contract's last service"])
def test_a_unit_serviced_last_week_comes_due_one_interval_after_the_visit(
    sandbox: SandboxOdoo, service: Services, clock: Clock, serviced: str
) -> None:
    contract, partner, _ = lone_wheelchair(sandbox, TODAY + timedelta(days=5))  # the contract's due date, not updated since
    last_week = NOW - timedelta(days=7)
    if serviced == "attended event":
        visit(sandbox, contract, partner, last_week, "attended")
    else:
        sandbox.env.write(CONTRACT, [contract], {"last_service_date": last_week.date().isoformat()})
    assert contract not in reminded_units(service.scan())  # this week: serviced, nothing due
    due = last_week.date() + relativedelta(months=12)  # the category's interval, from the visit
    clock.now = NOW.replace(year=due.year, month=due.month, day=due.day) - timedelta(days=31)
    assert contract not in reminded_units(service.scan(dry_run=True))
    clock.now += timedelta(days=1)  # 30 days before: the first band
    assert reminded_units(service.scan(dry_run=True))[contract] == (due, [(CONTRACT, contract, due, 30)])


def test_a_visit_booked_for_several_units_holds_every_units_reminders_and_learns_its_attendance(
    sandbox: SandboxOdoo, service: Services, clock: Clock
) -> None:
    reminder = next(p for p in service.scan().planned if len(p.units) >= 2 and p.channel == "sms")
    phone, units = reminder.client.phone, [d.unit.id for d in reminder.units]
    assert phone is not None
    service.assistant.handle_inbound(phone, "tomorrow afternoon", "cycle-1")
    assert "booked" in service.assistant.handle_inbound(phone, "1", "cycle-2")[0]
    with service.sessions() as session:
        [booked] = session.scalars(select(Visit).where(Visit.partner_id == reminder.client.partner_id)).all()
        assert sorted(session.scalars(select(VisitUnit.unit_id).where(VisitUnit.visit_id == booked.id))) == sorted(units)
    [event] = sandbox.env.search_read("calendar.event", [("id", "=", booked.event_id)], ["res_id"])
    assert event["res_id"] == units[0]  # Odoo links the first unit only
    sandbox.env.write(CONTRACT, units, {"next_due_date": (TODAY + timedelta(days=1)).isoformat(), "last_service_date": False})  # fresh keys
    report = service.scan()
    assert not set(units) & set(reminded_units(report)) and report.skipped["visit_booked"] == len(units)

    clock.now = booked.start + timedelta(hours=2)  # the visit happened; the technician checks the client in
    sandbox.env.write("calendar.event", [booked.event_id], {"appointment_status": "attended"})
    report = service.scan()
    assert not set(units) & set(reminded_units(report))  # serviced: due again a full interval after the visit
    with service.sessions() as session:
        assert session.get(Visit, booked.id).status == "attended"


def test_a_missed_visit_is_followed_up_once_and_the_client_can_book_again(sandbox: SandboxOdoo, service: Services) -> None:
    contract, partner, phone = lone_wheelchair(sandbox, TODAY - timedelta(days=3))
    missed = visit(sandbox, contract, partner, NOW - timedelta(days=1), "no_show")
    first = service.scan()
    [follow_up] = [m for m in first.followed_up if m.address == phone]
    assert follow_up.template == "missed_visit" and "missed you" in follow_up.body and contract not in reminded_units(first)
    second = service.scan()
    assert [m for m in [*second.followed_up, *second.sent] if m.address == phone] == []  # once per event, and no reminder on top
    with service.sessions() as session:
        assert session.scalars(select(FollowUp.event_id).where(FollowUp.partner_id == partner)).all() == [missed]

    offer = service.assistant.handle_inbound(phone, "tomorrow afternoon", "missed-1")
    assert "1)" in offer[0]
    assert service.assistant.handle_inbound(phone, "1", "missed-2")[0].startswith("You're booked")
    with service.sessions() as session:
        conversation = session.scalars(select(Conversation).where(Conversation.phone == phone)).one()
        rebooked = DialogState.from_json(conversation.state).booking
    assert rebooked is not None and rebooked.event_id != missed
    [event] = sandbox.env.search_read("calendar.event", [("id", "=", rebooked.event_id)], ["res_id", "appointment_status"])
    assert event == {"id": rebooked.event_id, "res_id": contract, "appointment_status": "booked"}


def test_a_client_who_opted_out_hears_nothing_of_a_missed_visit(sandbox: SandboxOdoo, service: Services) -> None:
    contract, partner, phone = lone_wheelchair(sandbox, TODAY - timedelta(days=3))
    service.assistant.handle_inbound(phone, "STOP", "stop-1")
    visit(sandbox, contract, partner, NOW - timedelta(days=1), "no_show")
    report = service.scan()
    assert [m for m in [*report.followed_up, *report.sent] if m.address == phone] == []
    assert report.skipped["missed_visit_unreachable"] >= 1
    with service.sessions() as session:
        assert session.scalars(select(FollowUp).where(FollowUp.partner_id == partner)).all() == []
