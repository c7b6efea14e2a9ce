"""The reminder plan: bands, one reminder per client, never twice per key, never to opted-out or phoneless clients."""
from datetime import date, datetime
from zoneinfo import ZoneInfo

from app.odoo.partners import Client
from app.odoo.sources import DueUnit
from app.reminders.plan import band_for, plan_reminders
from app.reminders.quiet_hours import in_quiet_hours
from dialogs.model import Unit

TODAY = date(2026, 11, 24)
BANDS = [30, 7, 1]


def due(unit_id: int, partner_id: int, days: int) -> DueUnit:
    return DueUnit(Unit("fusion.repair.maintenance.contract", unit_id, "Scooter", f"SN{unit_id}", date.fromordinal(TODAY.toordinal() + days)), partner_id, "Scooter")


def client(partner_id: int, phone: str | None) -> Client:
    return Client(partner_id, f"Client {partner_id}", phone, None, "en_CA", "America/Toronto")


def test_band_is_the_smallest_band_that_contains_the_due_date() -> None:
    assert band_for(date(2026, 12, 20), TODAY, BANDS) == 30
    assert band_for(date(2026, 11, 30), TODAY, BANDS) == 7
    assert band_for(date(2026, 11, 25), TODAY, BANDS) == 1
    assert band_for(date(2026, 11, 20), TODAY, BANDS) == 0  # overdue
    assert band_for(date(2027, 1, 30), TODAY, BANDS) is None


def test_one_reminder_per_client_covering_all_due_units() -> None:
    units = [due(1, 100, 20), due(2, 100, 5), due(3, 200, 40)]
    plan = plan_reminders(units, {100: client(100, "+14165550101"), 200: client(200, "+14165550102")}, set(), set(), TODAY, BANDS)
    assert len(plan.reminders) == 1
    reminder = plan.reminders[0]
    assert [u.unit.id for u in reminder.units] == [2, 1]  # soonest due first
    assert reminder.band == 7
    assert sorted(reminder.keys) == sorted([("fusion.repair.maintenance.contract", 1, units[0].unit.due_date, 30), ("fusion.repair.maintenance.contract", 2, units[1].unit.due_date, 7)])
    assert plan.skipped["not_due_yet"] == 1


def test_already_sent_opted_out_and_phoneless_are_skipped() -> None:
    units = [due(1, 100, 20), due(2, 200, 20), due(3, 300, 20)]
    clients = {100: client(100, "+14165550101"), 200: client(200, "+14165550102"), 300: client(300, None)}
    sent = {("fusion.repair.maintenance.contract", 1, units[0].unit.due_date, 30)}
    plan = plan_reminders(units, clients, sent, {"+14165550102"}, TODAY, BANDS)
    assert plan.reminders == []
    assert dict(plan.skipped) == {"already_sent": 1, "opted_out": 1, "no_phone": 1}


def test_quiet_hours_span_midnight_in_the_clients_zone() -> None:
    toronto = ZoneInfo("America/Toronto")
    assert in_quiet_hours(datetime(2026, 11, 24, 21, 30, tzinfo=toronto), "America/Toronto", "21:00", "09:00")
    assert in_quiet_hours(datetime(2026, 11, 24, 8, 59, tzinfo=toronto), "America/Toronto", "21:00", "09:00")
    assert not in_quiet_hours(datetime(2026, 11, 24, 9, 0, tzinfo=toronto), "America/Toronto", "21:00", "09:00")
    # 14:00 UTC is 09:00 in Toronto but 06:00 in Vancouver
    noon_utc = datetime(2026, 11, 24, 14, 0, tzinfo=ZoneInfo("UTC"))
    assert not in_quiet_hours(noon_utc, "America/Toronto", "21:00", "09:00")
    assert in_quiet_hours(noon_utc, "America/Vancouver", "21:00", "09:00")
