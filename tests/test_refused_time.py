"""A time offered as free is booked or explained, and never offered again once refused: the offers and the check
right before booking read busy time the same way (issue 18)."""
from __future__ import annotations

from datetime import timedelta, timezone

import odoorpc

from app.container import Services
from app.store.models import Conversation, Message
from dialogs.model import DialogState, Slot, Stage
from tests.conftest import hour_long_visit


def _state(services: Services, phone: str) -> DialogState:
    with services.sessions() as session:
        return DialogState.from_json(session.query(Conversation).filter_by(phone=phone).order_by(Conversation.id.desc()).first().state)


def _utc(moment) -> str:  # type: ignore[no-untyped-def]
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M:%S")


def _overlaps(slot: Slot, refused: Slot) -> bool:
    return slot.technician_id == refused.technician_id and slot.start < refused.end and slot.end > refused.start


def test_time_off_taken_after_the_offer_is_refused_then_never_offered_again(services: Services, sandbox) -> None:  # type: ignore[no-untyped-def]
    phone = next(m.address for m in services.scan().sent if hour_long_visit(services, m.address))
    services.assistant.handle_inbound(phone, "tomorrow afternoon", "wish")
    offered = _state(services, phone).offers[0]
    [resource] = sandbox.env.search_read("resource.resource", [("user_id", "=", offered.technician_id)], ["calendar_id"])
    sandbox.env.create("resource.calendar.leaves", {  # the technician is off that afternoon after all, entered in Odoo meanwhile
        "name": "Dentist", "time_type": "leave", "resource_id": resource["id"], "calendar_id": resource["calendar_id"][0],
        "date_from": _utc(offered.start - timedelta(minutes=30)), "date_to": _utc(offered.end + timedelta(minutes=30)),
    })

    services.assistant.handle_inbound(phone, "1", "choice")

    state = _state(services, phone)
    assert state.stage == Stage.OFFERED and state.offers and not any(_overlaps(slot, offered) for slot in state.offers)
    with services.sessions() as session:
        [choice] = session.query(Message).filter_by(provider_message_id="choice").all()
        [reply] = session.query(Message).filter_by(reply_to_id=choice.id).all()
        assert reply.template == "offer" and reply.body.split("\n")[0] in ("Sorry, that time was just taken.", "Désolé, cette plage est déjà prise.")
        assert session.query(Message).filter_by(template="booked").count() == 0


def test_an_invitation_the_technician_declined_is_busy_for_offers_and_booking_alike(services: Services, odoo: odoorpc.ODOO) -> None:
    """Offers count a declined event as busy; the check before booking does too, so the two never disagree."""
    phone = next(m.address for m in services.scan().sent if hour_long_visit(services, m.address))
    services.assistant.handle_inbound(phone, "tomorrow afternoon", "wish")
    offered = _state(services, phone).offers[0]
    event = odoo.env["calendar.event"].create({
        "name": "Supplier demo", "start": _utc(offered.start), "stop": _utc(offered.end), "show_as": "busy",
        "partner_ids": [(6, 0, [offered.technician_partner_id])],
    })
    attendees = odoo.env["calendar.attendee"].search([("event_id", "=", event), ("partner_id", "=", offered.technician_partner_id)])
    odoo.env["calendar.attendee"].write(attendees, {"state": "declined"})

    services.assistant.handle_inbound(phone, "1", "choice")

    state = _state(services, phone)
    assert state.stage == Stage.OFFERED and not any(_overlaps(slot, offered) for slot in state.offers)
    services.assistant.handle_inbound(phone, "1", "choice-again")
    assert _state(services, phone).stage == Stage.BOOKED


def test_times_being_booked_by_others_never_leave_a_client_with_fewer_offers(services: Services) -> None:
    """Times another client is booking right now (claimed in the store, not yet in Odoo) are left out before the few
    offered are picked: a client is not told 'no times' while other free times exist."""
    from app.store import repository as repo

    first, second = [m.address for m in services.scan().sent if hour_long_visit(services, m.address)][:2]
    services.assistant.handle_inbound(first, "tomorrow afternoon", "wish-first")
    being_booked = _state(services, first).offers
    with services.sessions() as session:
        conversation_id = session.query(Conversation).filter_by(phone=first).one().id
        for slot in being_booked:
            assert repo.claim_slot(session, slot.technician_id, slot.start, slot.end, conversation_id, slot.start) is not None
        session.commit()

    services.assistant.handle_inbound(second, "tomorrow afternoon", "wish-second")

    offers = _state(services, second).offers
    assert len(offers) == len(being_booked) and not any(_overlaps(slot, taken) for slot in offers for taken in being_booked)
