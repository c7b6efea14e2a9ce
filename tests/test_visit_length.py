"""A visit's length and appointment type come from the policy category of the client's units: a power base visit
takes 90 minutes, a walker check the appointment type's own hour; a category may name its own appointment type."""
from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import odoorpc

from app.container import build_services
from app.phones import normalise
from app.reminders.policy import Policies
from app.store.models import Conversation
from dialogs.model import DialogState, Unit
from tests.conftest import NOW, TODAY, TORONTO, settings_for

CONTRACT = "fusion.repair.maintenance.contract"
POWER_BASE_PHONE, WALKER_PHONE = "+1 416-724-5011", "+1 416-724-5022"


def add_client(sandbox, name: str, phone: str, device_type: str, product: str) -> int:  # type: ignore[no-untyped-def]
    partner = sandbox.env.create("res.partner", {"name": name, "phone": phone, "tz": "America/Toronto", "lang": "en_CA"})
    [product_id] = sandbox.env.call("product.product", "search", [[("name", "=", product)]], {})
    sandbox.env.create(CONTRACT, {
        "name": f"MC/{name}", "partner_id": partner, "product_id": product_id, "serial_number": f"SN-{partner}",
        "device_type": device_type, "next_due_date": str(TODAY + timedelta(days=5)), "state": "active",
    })
    return partner


def offers(services, phone: str) -> DialogState:  # type: ignore[no-untyped-def]
    with services.sessions() as session:
        row = session.query(Conversation).filter_by(phone=normalise(phone)).one()
        return DialogState.from_json(row.state)


def test_a_power_base_visit_takes_90_minutes_and_a_walker_check_60(sandbox, odoo_url: str, tmp_path: Path, odoo: odoorpc.ODOO) -> None:  # type: ignore[no-untyped-def]
    add_client(sandbox, "Agnes Power", POWER_BASE_PHONE, "Power Base", "Quantum 4Front 2 Power Base")
    add_client(sandbox, "Walter Walker", WALKER_PHONE, "Rollator Walker", "Drive Nitro Rollator")
    services = build_services(settings_for(odoo_url, tmp_path), clock=lambda: NOW)
    sent = {m.address for m in services.scan().sent}
    assert {normalise(POWER_BASE_PHONE), normalise(WALKER_PHONE)} <= sent
    for phone, minutes in ((POWER_BASE_PHONE, 90), (WALKER_PHONE, 60)):
        services.assistant.handle_inbound(normalise(phone), "next week", f"wish-{phone}")
        state = offers(services, phone)
        assert state.stage == "offered" and state.offers
        assert {slot.end - slot.start for slot in state.offers} == {timedelta(minutes=minutes)}
        assert all(slot.end.astimezone(TORONTO).hour * 60 + slot.end.astimezone(TORONTO).minute <= 17 * 60 for slot in state.offers)

    services.assistant.handle_inbound(normalise(POWER_BASE_PHONE), "1", "choose-power-base")
    state = offers(services, POWER_BASE_PHONE)
    assert state.stage == "booked"
    [event] = odoo.env["calendar.event"].read([state.booking.event_id], ["start", "stop", "duration", "appointment_type_id"])
    assert event["duration"] == 1.5
    assert event["appointment_type_id"][1] == "Equipment maintenance visit"  # no category names another type: the settings'
    start, stop = (datetime.strptime(event[key], "%Y-%m-%d %H:%M:%S") for key in ("start", "stop"))
    assert stop - start == timedelta(minutes=90)
    services.close()


def test_a_category_may_book_its_own_appointment_type(sandbox, odoo_url: str, tmp_path: Path, odoo: odoorpc.ODOO) -> None:  # type: ignore[no-untyped-def]
    [marc] = sandbox.env.search_read("res.users", [("login", "=", "marc")], ["id"])
    sandbox.env.create("appointment.type", {
        "name": "Power base service", "appointment_duration": 2.0, "appointment_tz": "America/Toronto",
        "staff_user_ids": [(6, 0, [marc["id"]])], "min_schedule_hours": 24.0, "max_schedule_days": 60,
        "slot_ids": [(0, 0, {"weekday": str(d), "start_hour": 8.0, "end_hour": 17.0, "slot_type": "recurring"}) for d in range(1, 6)],
    })
    policies = tmp_path / "policies.toml"
    policies.write_text(
        '[[category]]\nname = "Power bases"\ndevice_types = ["Power Base*"]\ninterval_months = 6\n'
        'appointment_type = "Power base service"\nvisit_minutes = 90\n'
    )
    add_client(sandbox, "Agnes Power", POWER_BASE_PHONE, "Power Base", "Quantum 4Front 2 Power Base")
    services = build_services(settings_for(odoo_url, tmp_path, policies_file=policies), clock=lambda: NOW)
    services.scan()
    phone = normalise(POWER_BASE_PHONE)
    services.assistant.handle_inbound(phone, "next week", "wish")
    state = offers(services, POWER_BASE_PHONE)
    assert state.offers and {s.technician_id for s in state.offers} == {marc["id"]}  # that type's staff
    assert {s.end - s.start for s in state.offers} == {timedelta(minutes=90)}  # the policy's length over the type's own
    services.assistant.handle_inbound(phone, "1", "choose")
    [event] = odoo.env["calendar.event"].read([offers(services, POWER_BASE_PHONE).booking.event_id], ["appointment_type_id"])
    assert event["appointment_type_id"][1] == "Power base service"
    services.close()


def test_one_visit_for_several_units_takes_the_longest_and_its_type() -> None:
    policies = Policies.model_validate({
        "defaults": {"visit_minutes": 60},
        "category": [
            {"name": "Walkers", "device_types": ["Walker*"], "interval_months": 12, "appointment_type": "Walker check"},
            {"name": "Power bases", "device_types": ["Power Base*"], "interval_months": 6, "visit_minutes": 90},
        ],
    })
    assert policies.visit(["Walkers", "Power bases"]) == (None, 90)  # the power base's default type (the settings')
    assert policies.visit(["Walkers"]) == ("Walker check", 60)
    assert policies.visit([None]) == (None, 60)  # no category: [defaults]


def test_a_state_stored_before_units_had_a_category_still_loads() -> None:
    stored = {"stage": "reminded", "units": [{"model": CONTRACT, "id": 7, "label": "Scooter", "serial": "SN7", "due_date": "2026-12-01"}]}
    assert DialogState.from_json(stored).units == [Unit(CONTRACT, 7, "Scooter", "SN7", date(2026, 12, 1), None)]
    unit = Unit(CONTRACT, 7, "Scooter", "SN7", date(2026, 12, 1), "Scooters")
    assert DialogState.from_json(DialogState(units=[unit]).to_json()).units == [unit]


def test_staff_see_and_book_times_as_long_as_the_clients_visit(sandbox, odoo_url: str, tmp_path: Path, odoo: odoorpc.ODOO) -> None:  # type: ignore[no-untyped-def]
    add_client(sandbox, "Agnes Power", POWER_BASE_PHONE, "Power Base", "Quantum 4Front 2 Power Base")
    services = build_services(settings_for(odoo_url, tmp_path), clock=lambda: NOW)
    services.scan()
    phone = normalise(POWER_BASE_PHONE)
    with services.sessions() as session:
        conversation_id = session.query(Conversation).filter_by(phone=phone).one().id
    units = offers(services, POWER_BASE_PHONE).units
    day = datetime.combine(TODAY + timedelta(days=2), datetime.min.time(), tzinfo=TORONTO)
    free = services.assistant.staff.free_times(day, day + timedelta(days=1), units)
    assert free and {s.end - s.start for s in free} == {timedelta(minutes=90)}
    booking = services.assistant.staff.book(conversation_id, free[0].technician_id, free[0].start)
    [event] = odoo.env["calendar.event"].read([booking.event_id], ["duration"])
    assert event["duration"] == 1.5
    services.close()
