"""Texts that arrive without a reminder: a known client books their own units; a shared phone is asked who is texting."""
from __future__ import annotations

import odoorpc

from app.container import Services
from app.phones import normalise
from app.store.models import Conversation, Message
from dialogs.model import DialogState

CONTRACT = "fusion.repair.maintenance.contract"


def templates(services: Services, phone: str) -> list[str]:
    with services.sessions() as session:
        return [m.template for m in session.query(Message).filter_by(address=phone, direction="out").order_by(Message.id)]


def test_a_known_client_texting_first_books_their_soonest_unit(sandbox, services: Services, odoo: odoorpc.ODOO) -> None:  # type: ignore[no-untyped-def]
    [partner] = sandbox.env.search_read("res.partner", [("lang", "=", "en_CA"), ("phone", "!=", False)], ["phone"], limit=1)
    phone = normalise(partner["phone"])
    [soonest] = sandbox.env.search_read(CONTRACT, [("partner_id", "=", partner["id"]), ("state", "=", "active")], ["id"], order="next_due_date", limit=1)
    services.assistant.handle_inbound(phone, "Hi, can you come tomorrow afternoon?", "cold-1")
    services.assistant.handle_inbound(phone, "1", "cold-2")
    assert templates(services, phone) == ["offer", "booked"]
    [event] = odoo.env["calendar.event"].search_read([("res_model", "=", CONTRACT), ("res_id", "=", soonest["id"])], ["partner_ids"])
    assert partner["id"] in event["partner_ids"]


def test_a_phone_shared_by_two_clients_asks_who_is_texting(sandbox, services: Services, odoo: odoorpc.ODOO) -> None:  # type: ignore[no-untyped-def]
    husband, wife = sandbox.env.search_read("res.partner", [("lang", "=", "en_CA"), ("phone", "!=", False)], ["name", "phone"], limit=2)
    sandbox.env.write("res.partner", [wife["id"]], {"phone": husband["phone"]})
    phone = normalise(husband["phone"])
    replies = services.assistant.handle_inbound(phone, "tomorrow afternoon please", "shared-1")
    assert templates(services, phone) == ["which_client"]
    assert husband["name"].split()[0] in replies[0] and wife["name"].split()[0] in replies[0]
    first_name = wife["name"].split()[0]
    reply = services.assistant.handle_inbound(phone, f"it's {first_name.lower()}", "shared-2")
    assert templates(services, phone)[-1] == "ask_when" and first_name in reply[0]
    with services.sessions() as session:
        conversation = session.query(Conversation).filter_by(phone=phone).one()
        assert conversation.partner_id == wife["id"]
        assert DialogState.from_json(conversation.state).units
    services.assistant.handle_inbound(phone, "tomorrow afternoon", "shared-3")
    services.assistant.handle_inbound(phone, "2", "shared-4")
    assert templates(services, phone)[-2:] == ["offer", "booked"]
    booked = odoo.env["calendar.event"].search_read([("res_model", "=", CONTRACT), ("partner_ids", "in", [wife["id"]])], ["partner_ids"])
    assert len(booked) == 1 and husband["id"] not in booked[0]["partner_ids"]


def test_a_shared_phone_that_never_names_a_client_goes_to_staff(sandbox, services: Services) -> None:  # type: ignore[no-untyped-def]
    first, second = sandbox.env.search_read("res.partner", [("lang", "=", "en_CA"), ("phone", "!=", False)], ["phone"], limit=2)
    sandbox.env.write("res.partner", [second["id"]], {"phone": first["phone"]})
    phone = normalise(first["phone"])
    services.assistant.handle_inbound(phone, "hello", "who-1")
    services.assistant.handle_inbound(phone, "me", "who-2")
    services.assistant.handle_inbound(phone, "the one who called", "who-3")
    assert templates(services, phone) == ["which_client", "which_client", "handoff"]


def test_two_clients_sharing_a_phone_are_reminded_one_at_a_time(sandbox, services: Services) -> None:  # type: ignore[no-untyped-def]
    due = sandbox.env.search_read(CONTRACT, [("state", "=", "active"), ("next_due_date", "<=", "2026-12-20")], ["partner_id"])
    with_phone = {p["id"]: p["phone"] for p in sandbox.env.search_read("res.partner", [("phone", "!=", False)], ["phone"])}
    first, second = sorted({d["partner_id"][0] for d in due} & set(with_phone))[:2]
    sandbox.env.write("res.partner", [second], {"phone": with_phone[first]})
    phone = normalise(with_phone[first])
    to_that_phone = [m for m in services.scan().sent if m.address == phone]
    assert len(to_that_phone) == 1  # one text, not one per client
    with services.sessions() as session:
        [conversation] = session.query(Conversation).filter_by(phone=phone).all()
        reminded = conversation.partner_id
    assert reminded in (first, second)
    assert [m for m in services.scan().sent if m.address == phone] == []  # the other waits while this conversation is open
