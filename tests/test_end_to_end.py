"""The walking skeleton over real HTTP: scan → SMS → "tomorrow afternoon" → three real slots → "2" → calendar.event."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import httpx
import odoorpc

from app.container import Services
from app.store.models import Conversation, Message
from dialogs.model import DialogState
from tests.conftest import TORONTO, hour_long_visit, odoo_datetime

CONTRACT = "fusion.repair.maintenance.contract"



def odoo_dt(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%d %H:%M:%S").replace(tzinfo=timezone.utc)


def state_of(services: Services, phone: str) -> DialogState:
    with services.sessions() as session:
        conversation = session.query(Conversation).filter_by(phone=phone).one()
        return DialogState.from_json(conversation.state)


def text(api: httpx.Client, phone: str, body: str, message_id: str | None = None) -> list[str]:
    payload = {"from": phone, "body": body} | ({"id": message_id} if message_id else {})
    response = api.post("/console/sms", json=payload)
    assert response.status_code == 200, response.text
    return response.json()["replies"]


def technician_events(odoo: odoorpc.ODOO, partner_id: int) -> list[dict]:
    return odoo.env["calendar.event"].search_read([("partner_ids", "in", [partner_id])], ["start", "stop"])


def overlapping(events: list[dict], start: datetime, stop: datetime) -> list[dict]:
    return [e for e in events if odoo_dt(e["start"]) < stop and odoo_dt(e["stop"]) > start]


def first_reminded(api: httpx.Client, services: Services) -> dict:
    """The first English-speaking client reminded whose visit takes the appointment type's hour."""
    reminders = api.post("/console/scan").json()
    assert reminders, "the seeded sandbox has units due within 30 days"
    assert len({r["to"] for r in reminders}) == len(reminders)  # one reminder per client
    texts = [r for r in reminders if r["channel"] == "sms"]
    assert texts and all(r["to"].startswith("+1") for r in texts)
    assert all("@" in r["to"] for r in reminders if r["channel"] == "email")  # clients with no phone get an email
    return next(r for r in texts if not r["body"].startswith("Bonjour") and hour_long_visit(services, r["to"]))


def test_sms_booking_end_to_end(api: httpx.Client, services: Services, odoo: odoorpc.ODOO) -> None:
    reminder = first_reminded(api, services)
    phone = reminder["to"]
    assert "Reply STOP" in reminder["body"]
    state = state_of(services, phone)
    [client] = odoo.env["res.partner"].search_read([("phone", "ilike", phone[-4:])], ["name"])
    assert state.client_name == client["name"]

    replies = text(api, phone, "tomorrow afternoon")
    assert len(replies) == 1 and "1) Wed Nov 25 at" in replies[0] and "3) Wed Nov 25" in replies[0]
    offers = state_of(services, phone).offers
    assert len(offers) == 3
    for slot in offers:
        local = slot.start.astimezone(TORONTO)
        assert local.date() == datetime(2026, 11, 25).date() and 12 <= local.hour and slot.end.astimezone(TORONTO).hour <= 17
        assert slot.end - slot.start == timedelta(hours=1)
        assert local.hour != 12  # the technicians' lunch hour in their working calendar
        assert not overlapping(technician_events(odoo, slot.technician_partner_id), slot.start, slot.end)

    events_before = odoo.env["calendar.event"].search_count([])
    replies = text(api, phone, "2")
    chosen = offers[1]
    assert replies and replies[0].startswith("You're booked: Wed Nov 25 at")
    [event] = odoo.env["calendar.event"].search_read(
        [("res_model", "=", CONTRACT), ("res_id", "in", [u.id for u in state.units])],
        ["partner_ids", "user_id", "start", "stop", "res_id", "appointment_type_id", "show_as", "attendee_ids", "appointment_status"],
    )
    assert odoo.env["calendar.event"].search_count([]) == events_before + 1
    assert sorted(event["partner_ids"]) == sorted([client["id"], chosen.technician_partner_id])
    assert event["user_id"][0] == chosen.technician_id
    assert odoo_dt(event["start"]) == chosen.start and odoo_dt(event["stop"]) == chosen.end
    assert event["res_id"] == state.units[0].id and event["show_as"] == "busy"
    assert event["appointment_type_id"] and event["appointment_type_id"][1] == "Equipment maintenance visit"
    assert event["appointment_status"] == "booked"  # shows in Odoo's appointment reporting
    # the technician is busy for Odoo's own booking page too: it counts only booking lines
    [line] = odoo.env["appointment.booking.line"].search_read([("calendar_event_id", "=", event["id"])], ["appointment_user_id", "capacity_used"])
    assert (line["appointment_user_id"][0], line["capacity_used"]) == (chosen.technician_id, 1)
    assert len(event["attendee_ids"]) == 2
    invitations = odoo.env["mail.message"].search_count([("model", "=", "calendar.event"), ("res_id", "=", event["id"])])
    assert invitations == 0  # no_mail_to_attendees by default

    again = text(api, phone, "2")
    assert "already booked" in again[0]
    assert odoo.env["calendar.event"].search_count([]) == events_before + 1
    assert api.post("/console/scan").json() == []  # reminder keys already used


def test_retried_delivery_is_processed_once(api: httpx.Client, services: Services) -> None:
    phone = first_reminded(api, services)["to"]
    first = text(api, phone, "tomorrow morning", message_id="SM-retry-1")
    second = text(api, phone, "tomorrow morning", message_id="SM-retry-1")
    assert first == second and first
    with services.sessions() as session:
        inbound = session.query(Message).filter_by(direction="in", address=phone).all()
        outbound = session.query(Message).filter_by(direction="out", address=phone).all()
    assert len(inbound) == 1
    assert len(outbound) == 2  # the reminder and one offer, not two
    assert len(api.get("/console/outbox").json()) == sum(len(channel.sent) for channel in services.channels.values())


def test_slot_taken_between_offer_and_choice_is_never_double_booked(api: httpx.Client, services: Services, odoo: odoorpc.ODOO) -> None:
    phone = first_reminded(api, services)["to"]
    text(api, phone, "tomorrow afternoon")
    offers = state_of(services, phone).offers
    taken = offers[0]
    odoo.env["calendar.event"].with_context(no_mail_to_attendees=True).create({
        "name": "Booked by the office meanwhile", "start": odoo_datetime(taken.start),
        "stop": odoo_datetime(taken.end), "user_id": taken.technician_id,
        "partner_ids": [(6, 0, [taken.technician_partner_id])],
    })
    replies = text(api, phone, "1")
    assert replies[0].startswith("Sorry, that time was just taken.")
    new_offers = state_of(services, phone).offers
    assert new_offers and taken not in new_offers
    assert len(overlapping(technician_events(odoo, taken.technician_partner_id), taken.start, taken.end)) == 1


def test_unknown_number_gets_a_clear_answer_and_goes_to_staff(api: httpx.Client, services: Services) -> None:
    replies = text(api, "+1 613-555-0199", "hello, can I book a visit?")
    assert "could not match this number" in replies[0]
    with services.sessions() as session:
        conversation = session.query(Conversation).filter_by(phone="+16135550199").one()
        assert conversation.status == "handoff"


def test_stop_records_opt_out_and_silences_reminders(api: httpx.Client, services: Services) -> None:
    phone = first_reminded(api, services)["to"]
    replies = text(api, phone, "STOP")
    assert "no more messages" in replies[0]
    assert text(api, phone, "tomorrow afternoon") == []  # never text someone who opted out
    with services.sessions() as session:
        assert session.query(Conversation).filter_by(phone=phone).one().status == "opted_out"


def test_malformed_inbound_is_refused_clearly(api: httpx.Client) -> None:
    assert api.post("/console/sms", json={"from": "not a phone", "body": "hi"}).status_code == 422
    assert api.post("/console/sms", json={"body": "hi"}).status_code == 422
    assert api.post("/console/sms", content=b"{not json", headers={"content-type": "application/json"}).status_code == 422


def test_emoji_and_very_long_texts_are_stored_whole_and_answered(api: httpx.Client, services: Services) -> None:
    phone = first_reminded(api, services)["to"]
    long_text = "I am not sure what this is about, " * 400
    replies = text(api, phone, long_text)
    assert replies and "didn't understand" in replies[0]
    assert text(api, phone, "👍")[0].startswith("We can come:")
    with services.sessions() as session:
        bodies = [m.body for m in session.query(Message).filter_by(direction="in", address=phone).order_by(Message.id)]
    assert bodies == [long_text, "👍"]
