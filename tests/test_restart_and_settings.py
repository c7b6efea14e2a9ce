"""A restart mid-conversation loses nothing; Odoo's invitation mails follow the setting."""
from __future__ import annotations

from pathlib import Path

import odoorpc

from app.container import build_services
from tests.conftest import NOW, plain_reminder, settings_for

CONTRACT = "fusion.repair.maintenance.contract"


def test_restart_between_offer_and_choice_still_books(odoo_url: str, odoo: odoorpc.ODOO, tmp_path: Path) -> None:
    first = build_services(settings_for(odoo_url, tmp_path), clock=lambda: NOW)
    phone = plain_reminder(first, first.scan().sent).address
    [offer] = first.assistant.handle_inbound(phone, "tomorrow afternoon", "SM-r1")
    assert "2)" in offer
    first.close()  # the process goes away; only the SQLite file remains

    second = build_services(settings_for(odoo_url, tmp_path), clock=lambda: NOW)
    before = odoo.env["calendar.event"].search_count([("res_model", "=", CONTRACT)])
    [confirmation] = second.assistant.handle_inbound(phone, "2", "SM-r2")
    assert odoo.env["calendar.event"].search_count([("res_model", "=", CONTRACT)]) == before + 1
    assert confirmation.startswith(("You're booked", "C'est réservé"))
    assert second.assistant.handle_inbound(phone, "2", "SM-r2") == [confirmation]  # a retry after restart is still one delivery
    second.close()


def test_invitations_are_mailed_only_when_the_setting_says_so(odoo_url: str, odoo: odoorpc.ODOO, tmp_path: Path) -> None:
    services = build_services(settings_for(odoo_url, tmp_path, odoo_mail_invitations=True), clock=lambda: NOW)
    phone = plain_reminder(services, services.scan().sent).address
    services.assistant.handle_inbound(phone, "tomorrow afternoon", "SM-i1")
    services.assistant.handle_inbound(phone, "1", "SM-i2")
    [event] = odoo.env["calendar.event"].search_read([("res_model", "=", CONTRACT), ("appointment_status", "=", "booked")], ["id"])
    mails = odoo.env["mail.message"].search_read([("model", "=", "calendar.event"), ("res_id", "=", event["id"])], ["subject"])
    # Odoo's own: the invitation, and the appointment type's 'booked' template (its tracking is left on too)
    assert sorted(m["subject"].split(" ")[0] for m in mails) == ["Appointment", "Invitation"]
    services.close()
