"""The reminder plan: policies per device category, bands and overdue follow-ups, one reminder per client, never twice
per key, never to opted-out or phoneless clients; quiet hours in the client's zone."""
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from app.odoo.partners import Client
from app.odoo.sources import DueUnit
from app.reminders.plan import plan_reminders
from app.reminders.policy import Policies
from app.reminders.quiet_hours import in_quiet_hours
from dialogs.model import Unit

TODAY = date(2026, 11, 24)
POLICIES = Policies.load()


def due(unit_id: int, partner_id: int, days: int, device_type: str = "Scooter 4-Wheel") -> DueUnit:
    when = date.fromordinal(TODAY.toordinal() + days)
    return DueUnit(Unit("fusion.repair.maintenance.contract", unit_id, "Scooter", f"SN{unit_id}", when), partner_id, device_type)


def client(partner_id: int, phone: str | None, email: str | None = None) -> Client:
    return Client(partner_id, f"Client {partner_id}", phone, email, "en_CA", "America/Toronto")


def test_the_shipped_policies_cover_the_dealers_categories() -> None:
    names = {c.name for c in POLICIES.categories}
    assert names == {"Power wheelchairs", "Power bases", "Scooters", "Seating", "Walkers"}
    assert POLICIES.category_for("Power Wheelchair").name == "Power wheelchairs"
    assert POLICIES.category_for("scooter 3-wheel").name == "Scooters"  # patterns ignore case
    assert POLICIES.category_for("Joystick Module") is None  # a part, not a unit: never reminded


def test_bands_and_overdue_follow_ups_come_from_the_category() -> None:
    scooters, walkers = POLICIES.category_for("Scooter 4-Wheel"), POLICIES.category_for("Rollator Walker")
    band = POLICIES.band_for
    assert band(scooters, date(2026, 12, 20), TODAY) == 30
    assert band(scooters, date(2026, 11, 30), TODAY) == 7
    assert band(scooters, date(2026, 11, 25), TODAY) == 1
    assert band(walkers, date(2026, 11, 25), TODAY) == 7  # walkers have no last-day band
    assert band(scooters, date(2026, 11, 22), TODAY) == 0  # just overdue
    assert band(scooters, date(2026, 11, 14), TODAY) == -7  # the 7-day follow-up
    assert band(scooters, date(2026, 10, 20), TODAY) == -30
    assert band(scooters, date(2027, 1, 30), TODAY) is None


def test_policies_file_is_data(tmp_path: Path) -> None:
    path = tmp_path / "policies.toml"
    path.write_text('[defaults]\nbands = [14]\n\n[[category]]\nname = "Chairs"\ndevice_types = ["*chair*"]\ninterval_months = 6\n')
    policies = Policies.load(path)
    chairs = policies.category_for("Power Wheelchair")
    assert chairs is not None and policies.bands(chairs) == [14] and policies.longest_lead() == 14


def test_one_reminder_per_client_covering_all_due_units() -> None:
    units = [due(1, 100, 20), due(2, 100, 5), due(3, 200, 40)]
    plan = plan_reminders(units, {100: client(100, "+14165550101"), 200: client(200, "+14165550102")}, set(), set(), TODAY, POLICIES)
    assert len(plan.reminders) == 1
    reminder = plan.reminders[0]
    assert [u.unit.id for u in reminder.units] == [2, 1]  # soonest due first
    assert reminder.band == 7 and reminder.channel == "sms"
    model = "fusion.repair.maintenance.contract"
    assert sorted(reminder.keys) == sorted([(model, 1, units[0].unit.due_date, 30), (model, 2, units[1].unit.due_date, 7)])
    assert plan.skipped["not_due_yet"] == 1


def test_already_sent_opted_out_and_unknown_types_are_skipped_email_only_is_emailed_and_the_unreachable_go_to_staff() -> None:
    units = [due(1, 100, 20), due(2, 200, 20), due(3, 300, 20), due(4, 100, 20, "Battery Charger"), due(5, 400, 20)]
    clients = {
        100: client(100, "+14165550101"), 200: client(200, "+14165550102"), 300: client(300, None),
        400: client(400, None, "client400@example.ca"),
    }
    sent = {("fusion.repair.maintenance.contract", 1, units[0].unit.due_date, 30)}
    plan = plan_reminders(units, clients, sent, {"+14165550102"}, TODAY, POLICIES)
    [emailed] = plan.reminders
    assert emailed.client.partner_id == 400 and emailed.channel == "email"
    assert dict(plan.skipped) == {"already_sent": 1, "opted_out": 1, "no_policy": 1}
    [unreachable] = plan.unreachable
    assert unreachable.client.partner_id == 300 and unreachable.channel == "staff"


def test_a_phone_known_to_refuse_texts_is_called_and_the_policy_order_is_kept() -> None:
    units = [due(1, 100, 20), due(2, 200, 20)]
    clients = {100: client(100, "+14165550101", "a@example.ca"), 200: client(200, "+14165550102")}
    plan = plan_reminders(units, clients, set(), set(), TODAY, POLICIES, not_textable={"+14165550101"})
    assert {r.client.partner_id: r.channel for r in plan.reminders} == {100: "voice", 200: "sms"}
    sms_only = POLICIES.model_copy(update={"defaults": POLICIES.defaults.model_copy(update={"channels": ["sms", "email"]})})
    plan = plan_reminders(units, clients, set(), set(), TODAY, sms_only, not_textable={"+14165550101", "+14165550102"})
    assert {r.client.partner_id: r.channel for r in plan.reminders} == {100: "email"}
    assert [u.client.partner_id for u in plan.unreachable] == [200]


def test_quiet_hours_span_midnight_in_the_clients_zone() -> None:
    toronto = ZoneInfo("America/Toronto")
    assert in_quiet_hours(datetime(2026, 11, 24, 20, 30, tzinfo=toronto), "America/Toronto", "20:00", "09:00")
    assert in_quiet_hours(datetime(2026, 11, 24, 8, 59, tzinfo=toronto), "America/Toronto", "20:00", "09:00")
    assert not in_quiet_hours(datetime(2026, 11, 24, 9, 0, tzinfo=toronto), "America/Toronto", "20:00", "09:00")
    # 14:00 UTC is 09:00 in Toronto but 06:00 in Vancouver
    noon_utc = datetime(2026, 11, 24, 14, 0, tzinfo=ZoneInfo("UTC"))
    assert not in_quiet_hours(noon_utc, "America/Toronto", "20:00", "09:00")
    assert in_quiet_hours(noon_utc, "America/Vancouver", "20:00", "09:00")
