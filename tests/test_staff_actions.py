"""What staff do to a conversation, through the Assistant against the sandbox Odoo: every text recorded before it is sent,
bookings from the same availability with the same double-booking protection, nothing texted to someone who opted out."""
from __future__ import annotations

from datetime import datetime, timedelta

import odoorpc
import pytest

from app.assistant import StaffActionRefused
from app.container import Services
from app.store import repository as repo
from app.store.models import Conversation, Message
from dialogs.model import DialogState, Slot
from tests.conftest import TORONTO, odoo_datetime
from tests.inbox_scenario import Scenario

CONTRACT = "fusion.repair.maintenance.contract"


@pytest.fixture
def services(clocked_services: Services) -> Services:
    return clocked_services


def state(services: Services, conversation_id: int) -> tuple[str, DialogState]:
    with services.sessions() as session:
        conversation = session.get(Conversation, conversation_id)
        return conversation.status, DialogState.from_json(conversation.state)


def sent_to(services: Services, phone: str) -> list[Message]:
    with services.sessions() as session:
        return session.query(Message).filter_by(address=phone, direction="out").order_by(Message.id).all()


def tomorrow_free(services: Services, conversation_id: int) -> list[Slot]:
    """Tomorrow's free times for this client's visit (its length follows their units' policy)."""
    start = datetime.combine((services.assistant.now() + timedelta(days=1)).date(), datetime.min.time(), tzinfo=TORONTO)
    return services.assistant.staff.free_times(start, start + timedelta(days=1), state(services, conversation_id)[1].units)


def visits(odoo: odoorpc.ODOO, partner_id: int) -> list[dict]:
    return odoo.env["calendar.event"].search_read([("res_model", "=", CONTRACT), ("partner_ids", "in", [partner_id])], ["start", "user_id"])


def test_a_staff_reply_takes_over_and_is_recorded_in_staff_words(services: Services, scenario: Scenario) -> None:
    cid = scenario.id(scenario.stalled)
    message = services.assistant.staff.reply(cid, "  Hi, this is Karen. Would Thursday suit you?  ")
    assert (message.template, message.status, message.body) == ("staff", "sent", "Hi, this is Karen. Would Thursday suit you?")
    assert services.channels["sms"].sent[-1].body == message.body and services.channels["sms"].sent[-1].to == scenario.stalled
    assert state(services, cid)[0] == "handoff"
    assert services.assistant.handle_inbound(scenario.stalled, "2", "after-staff") == []  # the assistant stays quiet


def test_nothing_is_texted_to_a_client_who_opted_out(services: Services, scenario: Scenario) -> None:
    cid = scenario.id(scenario.opted_out)
    before = len(services.channels["sms"].sent)
    for action in (lambda: services.assistant.staff.reply(cid, "Hello?"),
                   lambda: services.assistant.staff.offer(cid, [(s.technician_id, s.start) for s in tomorrow_free(services, cid)[:2]])):
        with pytest.raises(StaffActionRefused) as refused:
            action()
        assert refused.value.reason == "opted_out"
    services.assistant.staff.take_over(cid)
    assert state(services, cid)[0] == "opted_out"  # taking over never undoes an opt-out
    assert len(services.channels["sms"].sent) == before


def test_no_staff_text_to_a_number_that_cannot_take_texts(services: Services, scenario: Scenario) -> None:
    with services.sessions() as session:
        repo.record_not_textable(session, scenario.handoff, services.assistant.now())
        session.commit()
    with pytest.raises(StaffActionRefused) as refused:
        services.assistant.staff.reply(scenario.id(scenario.handoff), "Hello")
    assert refused.value.reason == "not_textable"


def test_staff_book_a_free_slot_in_odoo_and_keep_the_conversation(services: Services, scenario: Scenario, odoo: odoorpc.ODOO) -> None:
    cid = scenario.id(scenario.handoff)
    slot = tomorrow_free(services, cid)[0]
    booking = services.assistant.staff.book(cid, slot.technician_id, slot.start)
    status, dialog = state(services, cid)
    assert status == "handoff" and dialog.booking == booking and booking.slot == slot
    with services.sessions() as session:
        partner_id = session.get(Conversation, cid).partner_id
    [event] = visits(odoo, partner_id)
    assert event["user_id"][0] == slot.technician_id
    assert sent_to(services, scenario.handoff)[-1].template == "booked"
    services.assistant.staff.hand_back(cid)
    assert state(services, cid)[0] == "booked"


def test_staff_cannot_book_a_slot_another_conversation_holds(services: Services, scenario: Scenario) -> None:
    slot = tomorrow_free(services, scenario.id(scenario.handoff))[0]
    services.assistant.staff.book(scenario.id(scenario.handoff), slot.technician_id, slot.start)
    with pytest.raises(StaffActionRefused) as refused:
        services.assistant.staff.book(scenario.id(scenario.stalled), slot.technician_id, slot.start)
    assert refused.value.reason == "slot_taken"
    assert state(services, scenario.id(scenario.stalled))[1].booking is None


def test_staff_book_refuses_a_slot_taken_in_odoo_meanwhile(services: Services, scenario: Scenario, odoo: odoorpc.ODOO) -> None:
    slot = tomorrow_free(services, scenario.id(scenario.handoff))[0]
    odoo.env["calendar.event"].create({
        "name": "Private appointment", "start": odoo_datetime(slot.start), "stop": odoo_datetime(slot.end),
        "partner_ids": [(6, 0, [slot.technician_partner_id])], "user_id": slot.technician_id,
    })
    with pytest.raises(StaffActionRefused) as refused:
        services.assistant.staff.book(scenario.id(scenario.handoff), slot.technician_id, slot.start)
    assert refused.value.reason == "slot_taken"


def test_staff_move_and_cancel_the_booked_visit(services: Services, scenario: Scenario, odoo: odoorpc.ODOO) -> None:
    cid = scenario.id(scenario.booked)
    old = state(services, cid)[1].booking
    later = [s for s in tomorrow_free(services, cid) if s.start != old.slot.start][-1]
    moved = services.assistant.staff.book(cid, later.technician_id, later.start)
    assert moved.event_id == old.event_id  # the same Odoo event, re-timed
    [event] = odoo.env["calendar.event"].read([old.event_id], ["start"])
    assert event["start"] == odoo_datetime(later.start)
    assert sent_to(services, scenario.booked)[-1].template == "moved"
    services.assistant.staff.cancel(cid)
    assert odoo.env["calendar.event"].search([("id", "=", old.event_id)]) == []  # archived
    assert sent_to(services, scenario.booked)[-1].template == "cancelled"
    assert state(services, cid)[1].booking is None
    with pytest.raises(StaffActionRefused):
        services.assistant.staff.cancel(cid)


def test_staff_offer_lets_the_assistant_book_the_client_s_pick(services: Services, scenario: Scenario, odoo: odoorpc.ODOO) -> None:
    cid = scenario.id(scenario.handoff)
    chosen = tomorrow_free(services, cid)[:2]
    services.assistant.staff.offer(cid, [(s.technician_id, s.start) for s in chosen])
    status, dialog = state(services, cid)
    assert status == "active" and dialog.stage == "offered" and dialog.offers == chosen
    assert sent_to(services, scenario.handoff)[-1].template == "offer"
    [confirmation] = services.assistant.handle_inbound(scenario.handoff, "2", "pick-2")
    assert confirmation.startswith("You're booked")
    assert state(services, cid)[1].booking.slot == chosen[1]


def test_resolve_ends_the_conversation_and_an_opt_out_sends_nothing(services: Services, scenario: Scenario) -> None:
    services.assistant.staff.resolve(scenario.id(scenario.handoff))
    assert state(services, scenario.id(scenario.handoff))[0] == "closed"
    services.assistant.staff.resolve(scenario.id(scenario.booked))
    assert state(services, scenario.id(scenario.booked))[0] == "booked"  # the visit stays booked
    before = len(services.channels["sms"].sent)
    services.assistant.staff.record_opt_out(scenario.id(scenario.active))
    assert state(services, scenario.id(scenario.active))[0] == "opted_out"
    assert len(services.channels["sms"].sent) == before
    with services.sessions() as session:
        assert repo.is_opted_out(session, scenario.active)
    assert services.assistant.handle_inbound(scenario.active, "yes", "after-opt-out") == []


class FakeDialer:
    def __init__(self, fail: bool = False) -> None:
        self.calls: list[tuple[str, str]] = []
        self.fail = fail

    def connect(self, staff_number: str, client_number: str) -> str:
        self.calls.append((staff_number, client_number))
        if self.fail:
            raise RuntimeError("RingCentral said no")
        return f"ringout-{len(self.calls)}"


def test_a_call_is_recorded_in_the_transcript_and_takes_over(services: Services, scenario: Scenario) -> None:
    dialer = FakeDialer()
    cid = scenario.id(scenario.stalled)
    record = services.assistant.staff.call_client(cid, dialer, "+14165550142")
    assert dialer.calls == [("+14165550142", scenario.stalled)]
    assert (record.channel, record.template, record.status, record.provider_message_id) == ("ringout", "call", "sent", "ringout-1")
    assert state(services, cid)[0] == "handoff"
    with pytest.raises(StaffActionRefused):
        services.assistant.staff.call_client(cid, FakeDialer(fail=True), "+14165550142")
    with services.sessions() as session:
        calls = session.query(Message).filter_by(conversation_id=cid, template="call").order_by(Message.id).all()
    assert [c.status for c in calls] == ["sent", "failed"]
