"""The scan over the sandbox Odoo: quiet hours hold reminders until morning; two scans at once send each reminder once;
page by page, never splitting a client, with one read of clients per page."""
from __future__ import annotations

import threading
from collections import Counter
from datetime import timedelta
from pathlib import Path

from app.container import build_services
from app.odoo.gateway import OdooGateway
from tests.conftest import NOW, Clock, settings_for



def test_a_reminder_held_by_quiet_hours_goes_out_the_next_morning(odoo_url: str, tmp_path: Path) -> None:
    clock = Clock()
    clock.now = NOW.replace(hour=21, minute=30)
    services = build_services(settings_for(odoo_url, tmp_path), clock=clock)
    night = services.scan()
    held = [r for r in night.planned if r.channel != "email"]  # an email waits in an inbox, not on a bedside table
    assert {m.channel for m in night.sent} <= {"email"} and night.skipped["quiet_hours"] == len(held) > 0
    clock.now = NOW.replace(hour=9, minute=15) + timedelta(days=1)
    morning = services.scan()
    assert len(morning.sent) == len(held) and {m.channel for m in morning.sent} == {"sms"}
    services.close()


def test_two_scans_at_once_send_each_reminder_once(odoo_url: str, tmp_path: Path) -> None:
    first = build_services(settings_for(odoo_url, tmp_path), clock=lambda: NOW)
    second = build_services(settings_for(odoo_url, tmp_path), clock=lambda: NOW)  # another process on the same store
    barrier = threading.Barrier(2)
    reports = []

    def scan(services) -> None:  # type: ignore[no-untyped-def]
        barrier.wait()
        reports.append(services.scan())

    threads = [threading.Thread(target=scan, args=(s,)) for s in (first, second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    sent = [m.address for r in reports for m in r.sent]
    assert sent and max(Counter(sent).values()) == 1
    assert len(sent) == len(reports[0].planned)
    first.close()
    second.close()


def test_clients_with_no_phone_and_no_email_become_a_to_do_for_staff_once(sandbox, odoo_url: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    [contract] = sandbox.env.search_read(
        "fusion.repair.maintenance.contract", [("state", "=", "active"), ("next_due_date", "<=", "2026-12-20")], ["partner_id"], limit=1
    )
    partner_id = contract["partner_id"][0]
    sandbox.env.write("res.partner", [partner_id], {"phone": False, "email": False})
    services = build_services(settings_for(odoo_url, tmp_path, staff_login="coordinator"), clock=lambda: NOW)
    first = services.scan()
    assert first.staff_tasks >= 1 and partner_id in [p.client.partner_id for p in first.unreachable]
    activities = sandbox.env.search_read("mail.activity", [("res_model", "=", "res.partner"), ("res_id", "=", partner_id)],
                                         ["summary", "user_id", "activity_type_id", "note"])
    assert len(activities) == 1
    [activity] = activities
    assert activity["summary"].startswith("Maintenance due: contact") and activity["user_id"][1] == "Karen Lewis"
    assert activity["activity_type_id"][1] == "To-Do"
    assert services.scan().staff_tasks == 0  # once per reminder key
    assert len(sandbox.env.search_read("mail.activity", [("res_id", "=", partner_id)], ["id"])) == 1
    services.close()


def test_no_new_reminder_interrupts_a_client_choosing_a_time(odoo_url: str, tmp_path: Path) -> None:
    clock = Clock()
    services = build_services(settings_for(odoo_url, tmp_path), clock=clock)
    first = services.scan().sent
    phone = first[0].address
    services.assistant.handle_inbound(phone, "next week", "choosing-1")  # offers on the table
    clock.now = NOW + timedelta(days=25)  # a later band comes due for this client's unit
    later = services.scan().sent
    assert phone not in [m.address for m in later]
    services.close()


def test_serve_scans_once_a_day_from_the_configured_time(odoo_url: str, tmp_path: Path) -> None:
    clock = Clock()
    clock.now = NOW.replace(hour=9, minute=30)
    services = build_services(settings_for(odoo_url, tmp_path, daily_scan_at="10:00"), clock=clock)
    assert services.daily_scan(None) is None and services.channels["sms"].sent == []  # not yet time
    clock.now = NOW.replace(hour=10, minute=5)
    day = services.daily_scan(None)
    assert day == NOW.date() and services.channels["sms"].sent
    sent = len(services.channels["sms"].sent)
    clock.now = NOW.replace(hour=15)
    assert services.daily_scan(day) == day and len(services.channels["sms"].sent) == sent  # once a day
    services.close()


class Counted:
    """The real transport, with every call's model and method noted."""

    def __init__(self, inner) -> None:  # type: ignore[no-untyped-def]
        self.inner, self.calls = inner, Counter()

    def call(self, model, method, *args, **kwargs):  # type: ignore[no-untyped-def]
        self.calls[(model, method)] += 1
        return self.inner.call(model, method, *args, **kwargs)


def test_small_pages_never_split_a_client_and_read_clients_once_per_page(odoo_url: str, tmp_path: Path) -> None:
    settings = settings_for(odoo_url, tmp_path)
    whole = build_services(settings, clock=lambda: NOW)
    expected = {p.client.partner_id: sorted(d.unit.id for d in p.units) for p in whole.scan(dry_run=True).planned}
    counted = Counted(OdooGateway.from_settings(settings)._transport)
    paged = build_services(settings, clock=lambda: NOW, gateway=OdooGateway(counted, batch_size=7))  # pages of 7 units
    counted.calls.clear()
    report = paged.scan(dry_run=True)
    planned = [p.client.partner_id for p in report.planned]
    assert len(planned) == len(set(planned))  # one reminder per client, however the pages fell
    assert {p.client.partner_id: sorted(d.unit.id for d in p.units) for p in report.planned} == expected
    pages = counted.calls[("fusion.repair.maintenance.contract", "search_read")]
    assert pages == report.units_read // 7 + 1 and counted.calls[("res.partner", "read")] <= pages  # clients: one read per page
    assert 0 < counted.calls[("calendar.event", "search_read")] <= pages  # the units' visits: one read per page
    others = {call: n for call, n in counted.calls.items() if call[1] not in ("search_read", "read")}
    models = ("fusion.repair.maintenance.contract", "res.partner", "calendar.event", "product.product")
    assert others == {(model, "fields_get"): 1 for model in models}  # types, once
    assert counted.calls[("product.product", "read")] <= pages  # the units' product names: one read per page
    whole.close()
    paged.close()


def test_a_scan_without_details_keeps_only_counts(odoo_url: str, tmp_path: Path) -> None:
    services = build_services(settings_for(odoo_url, tmp_path), clock=lambda: NOW)
    report = services.scan(details=False)
    assert report.messages_sent == report.reminders == sum(report.by_channel.values()) > 0 and report.units_read > 0
    assert report.planned == report.sent == report.escalated == []
    services.close()


def test_each_band_then_each_overdue_follow_up_reminds_once_over_the_sandbox(sandbox, odoo_url: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """One scooter due in 30 days (policy: 30/7/1 days before, 7 and 30 after): a reminder at each band, none between."""
    contract = sandbox.env.search_read(
        "fusion.repair.maintenance.contract", [("state", "=", "active"), ("device_type", "ilike", "scooter"), ("partner_id.phone", "!=", False),
                                               ("partner_id.email", "=", False)], ["partner_id"], limit=1,
    )[0]
    partner_id = contract["partner_id"][0]
    others = [r["id"] for r in sandbox.env.search_read("fusion.repair.maintenance.contract", [("partner_id", "=", partner_id), ("id", "!=", contract["id"])], ["id"])]
    sandbox.env.write("fusion.repair.maintenance.contract", others, {"state": "expired"})  # this client has one unit
    due = NOW.date() + timedelta(days=30)
    sandbox.env.write("fusion.repair.maintenance.contract", [contract["id"]], {"next_due_date": due.isoformat()})
    phone = sandbox.env.search_read("res.partner", [("id", "=", partner_id)], ["phone"])[0]["phone"]
    clock = Clock()
    services = build_services(settings_for(odoo_url, tmp_path), clock=clock)

    texts, calls = {}, {}
    for day in range(62):  # a scan every morning, as `serve` runs it
        clock.now = NOW + timedelta(days=day)
        for message in services.scan().sent:
            if message.conversation_id and message.address.endswith(phone[-4:]):
                (texts if message.channel == "sms" else calls).setdefault(day, []).append(message.body)
    assert set(texts) == {0, 23, 29, 37, 60} and all(len(sent) == 1 for sent in texts.values())
    overdue = [day for day, sent in texts.items() if "is overdue" in sent[0] or "a dépassé" in sent[0]]
    assert overdue == [37, 60]  # overdue only after the due date
    # each text unanswered for two days is followed by one call; day 31 is Christmas and 32 Boxing Day: no calls then
    assert set(calls) == {2, 25, 33, 39} and all(len(made) == 1 for made in calls.values())
    services.close()
