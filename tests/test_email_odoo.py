"""Email through Odoo, against the sandbox read back with odoorpc: the reminder is a message in the client's chatter,
addressed to them, which Odoo queues as an email (mail.mail and mail.notification); a resend posts nothing twice."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import odoorpc
import pytest

from app.channels.base import ChannelError, Outgoing
from app.container import Services, build_services
from tests.conftest import NOW, settings_for


@pytest.fixture
def services(odoo_url: str, tmp_path: Path) -> Iterator[Services]:
    settings = settings_for(odoo_url, tmp_path, email_channel="odoo", dealer_address="12 Main St, Toronto ON M4B 1B3", link_secret="test-link-secret", public_url="https://assist.example.ca")
    built = build_services(settings, clock=lambda: NOW)
    yield built
    built.close()


def test_an_email_reminder_lands_in_the_clients_chatter_and_is_queued_as_an_email_to_them(services: Services, odoo: odoorpc.ODOO) -> None:
    emails = [m for m in services.scan().sent if m.channel == "email"]
    assert emails, "the sandbox has clients with an email address and no phone"
    email = emails[0]
    [partner] = odoo.env["res.partner"].search_read([("email", "=", email.address)], ["id", "phone"])
    assert not partner["phone"]
    [posted] = odoo.env["mail.message"].search_read(
        [("model", "=", "res.partner"), ("res_id", "=", partner["id"]), ("message_id", "=like", "<fusion.%")],
        ["message_type", "subject", "body", "partner_ids", "message_id", "subtype_id"],
    )
    assert str(posted["id"]) == email.provider_message_id and email.status == "sent"
    assert posted["message_type"] == "comment" and posted["partner_ids"] == [partner["id"]] and posted["subject"] == email.subject
    assert posted["subtype_id"][1] == "Discussions"  # mail.mt_comment: a message to the client, not an internal note
    assert posted["message_id"].startswith(f"<fusion.{email.id}.") and posted["message_id"].endswith("@assist.example.ca>")
    assert '<a href="https://assist.example.ca/book/' in posted["body"] and "/unsubscribe/" in posted["body"]  # HTML, not escaped text
    [mail] = odoo.env["mail.mail"].search_read([("mail_message_id", "=", posted["id"])], ["recipient_ids", "state", "subject", "body_html"])
    assert mail["recipient_ids"] == [partner["id"]] and mail["state"] == "outgoing" and mail["subject"] == email.subject
    [notification] = odoo.env["mail.notification"].search_read([("mail_message_id", "=", posted["id"])], ["res_partner_id", "notification_type", "notification_status"])
    assert notification["res_partner_id"][0] == partner["id"] and (notification["notification_type"], notification["notification_status"]) == ("email", "ready")


def test_a_resend_finds_the_first_post_instead_of_mailing_twice(services: Services, odoo: odoorpc.ODOO) -> None:
    emails = [m for m in services.scan().sent if m.channel == "email"]
    email = emails[0]
    again = services.channels["email"].send(Outgoing(email.address, email.body, str(email.id), email.subject, email.html))
    assert again == email.provider_message_id
    assert odoo.env["mail.message"].search_count([("model", "=", "res.partner"), ("message_id", "=like", "<fusion.%")]) == len(emails)
    assert odoo.env["mail.mail"].search_count([("mail_message_id.message_id", "=like", "<fusion.%")]) == len(emails)


def test_an_email_that_belongs_to_no_conversation_is_refused(services: Services) -> None:
    with pytest.raises(ChannelError):
        services.channels["email"].send(Outgoing("nobody@example.ca", "text", "999999", "subject", "<p>text</p>"))


def test_the_sandbox_mails_the_recipients_of_a_post_as_odoo_does(odoo: odoorpc.ODOO) -> None:
    """message_post with partner_ids: one queued mail.mail for those with an address (never the author), and for each
    recipient an email notification, failed as mail_email_missing for one without an address."""
    partners = odoo.env["res.partner"]
    with_email, without = partners.create({"name": "Ada Email", "email": "ada@example.ca"}), partners.create({"name": "Bo NoEmail"})
    author = odoo.env["res.users"].read([odoo.env.uid], ["partner_id"])[0]["partner_id"][0]
    [posted] = odoo.execute_kw(
        "res.partner", "message_post", [[with_email]],
        {"body": "<p>Hello</p>", "body_is_html": True, "subject": "Hi", "message_type": "comment", "subtype_xmlid": "mail.mt_comment",
         "partner_ids": [with_email, without, author], "message_id": "<test.1@example.ca>"},
    )
    [mail] = odoo.env["mail.mail"].search_read([("mail_message_id", "=", posted)], ["recipient_ids", "state", "references", "body_html"])
    assert mail["recipient_ids"] == [with_email] and mail["state"] == "outgoing" and mail["references"] == "<test.1@example.ca>"
    assert mail["body_html"] == "<p>Hello</p>"
    notifications = odoo.env["mail.notification"].search_read([("mail_message_id", "=", posted)], ["res_partner_id", "notification_status", "failure_type"])
    assert sorted((n["res_partner_id"][0], n["notification_status"], n["failure_type"]) for n in notifications) == sorted(
        [(with_email, "ready", False), (without, "exception", "mail_email_missing")]
    )
