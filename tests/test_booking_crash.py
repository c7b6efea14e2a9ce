"""A booking cut off by a crash at any point is finished once when the service comes back: the client is booked in
Odoo once, told once, and the store knows the event (issue 18)."""
from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import odoorpc
import pytest

from app.container import Services
from app.store.models import Conversation, Message, SlotClaim, Visit
from dialogs.model import DialogState, Slot, Stage
from tests.conftest import Clock, hour_long_visit, odoo_datetime


class Crash(BaseException):
    """The process dying here: nothing catches it, and only what was committed before it survives."""


def _dies(*_: object, **__: object) -> None:
    raise Crash


def _conversation(services: Services, phone: str) -> tuple[int, DialogState]:
    with services.sessions() as session:
        conversation = session.query(Conversation).filter_by(phone=phone).order_by(Conversation.id.desc()).first()
        return conversation.id, DialogState.from_json(conversation.state)


def _crash_before_odoo(services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(services.assistant.odoo.visits, "book", _dies)


def _crash_after_odoo(services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    book = services.assistant.odoo.visits.book

    def made_then_dies(*args: object, **kwargs: object) -> None:
        book(*args, **kwargs)
        raise Crash

    monkeypatch.setattr(services.assistant.odoo.visits, "book", made_then_dies)


def _crash_after_store(services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(services.assistant._trail_owed, "after_commit", _dies)  # right after the booking is committed


CRASHES: dict[str, Callable[[Services, pytest.MonkeyPatch], None]] = {
    "claimed, Odoo not asked": _crash_before_odoo,
    "event made in Odoo, store not told": _crash_after_odoo,
    "booking recorded, client not told": _crash_after_store,
}


def _events_at(odoo: odoorpc.ODOO, slot: Slot) -> int:
    return odoo.env["calendar.event"].search_count([("user_id", "=", slot.technician_id), ("start", "=", odoo_datetime(slot.start))])


def _choose_and_crash(services: Services, monkeypatch: pytest.MonkeyPatch, crash: str) -> tuple[str, Slot]:
    phone = next(m.address for m in services.scan().sent if hour_long_visit(services, m.address))
    services.assistant.handle_inbound(phone, "tomorrow afternoon", "wish")
    _, state = _conversation(services, phone)
    with monkeypatch.context() as patched:
        CRASHES[crash](services, patched)
        with pytest.raises(Crash):
            services.assistant.handle_inbound(phone, "1", "choice")
    assert _conversation(services, phone)[1].stage == Stage.BOOKING
    return phone, state.offers[0]


def _assert_booked_once(services: Services, odoo: odoorpc.ODOO, phone: str, slot: Slot) -> None:
    conversation_id, state = _conversation(services, phone)
    assert state.stage == Stage.BOOKED and state.booking is not None and state.booking.slot == slot
    assert _events_at(odoo, slot) == 1
    with services.sessions() as session:
        told = session.query(Message).filter_by(conversation_id=conversation_id, direction="out", template="booked").all()
        assert len(told) == 1
        [visit] = session.query(Visit).filter_by(conversation_id=conversation_id).all()
        assert visit.event_id == state.booking.event_id
        assert {c.event_id for c in session.query(SlotClaim).filter_by(conversation_id=conversation_id)} == {visit.event_id}
        assert session.query(Message).filter_by(direction="in", status="received").count() == 0


@pytest.mark.parametrize("crash", CRASHES)
def test_the_restart_finishes_a_booking_a_crash_cut_off(
    clocked_services: Services, odoo: odoorpc.ODOO, monkeypatch: pytest.MonkeyPatch, crash: str,
) -> None:
    phone, slot = _choose_and_crash(clocked_services, monkeypatch, crash)

    assert clocked_services.assistant.retry_pending() == 1  # the restart's background loop replays the stored choice

    _assert_booked_once(clocked_services, odoo, phone, slot)
    with clocked_services.sessions() as session:
        [choice] = session.query(Message).filter_by(provider_message_id="choice").all()
        assert [m.template for m in session.query(Message).filter_by(reply_to_id=choice.id)] == ["booked"]


def test_the_timer_finishes_a_cut_off_booking_no_text_is_waiting_for(
    clocked_services: Services, clock: Clock, odoo: odoorpc.ODOO, monkeypatch: pytest.MonkeyPatch,
) -> None:
    phone, slot = _choose_and_crash(clocked_services, monkeypatch, "event made in Odoo, store not told")
    with clocked_services.sessions() as session:  # the choice came some way that left no text to replay
        session.query(Message).filter_by(provider_message_id="choice").update({"status": "processed"})
        session.commit()

    assert clocked_services.assistant.tick() == 0  # a turn may still be booking: left alone for a while
    clock.now += timedelta(minutes=3)
    assert clocked_services.assistant.tick() == 1

    _assert_booked_once(clocked_services, odoo, phone, slot)


def test_the_timer_waits_for_a_text_the_retry_loop_will_replay(
    clocked_services: Services, clock: Clock, odoo: odoorpc.ODOO, monkeypatch: pytest.MonkeyPatch,
) -> None:
    phone, slot = _choose_and_crash(clocked_services, monkeypatch, "claimed, Odoo not asked")
    clock.now += timedelta(minutes=3)

    assert clocked_services.assistant.tick() == 0
    assert _events_at(odoo, slot) == 0
    clocked_services.assistant.retry_pending()
    _assert_booked_once(clocked_services, odoo, phone, slot)


@pytest.mark.parametrize("crash", ["claimed, Odoo not asked", "event made in Odoo, store not told"])
def test_a_claim_left_by_a_booking_the_client_moved_on_from_is_settled(
    clocked_services: Services, clock: Clock, odoo: odoorpc.ODOO, monkeypatch: pytest.MonkeyPatch, crash: str,
) -> None:
    """The client asked for a call before the booking was finished: the event Odoo made is recorded, else the time is
    freed for others."""
    services = clocked_services
    phone, slot = _choose_and_crash(services, monkeypatch, crash)
    conversation_id, _ = _conversation(services, phone)
    with services.sessions() as session:
        session.query(Message).filter_by(provider_message_id="choice").update({"status": "processed"})
        session.commit()
    services.assistant.handle_inbound(phone, "please just call me", "call-me")
    assert services.assistant.settling.settle_claims() == 0  # a booking may still be under way for a while
    clock.now += timedelta(minutes=3)

    assert services.assistant.settling.settle_claims() == 1

    with services.sessions() as session:
        claims = session.query(SlotClaim).filter_by(conversation_id=conversation_id).all()
        visits = session.query(Visit).filter_by(conversation_id=conversation_id).all()
        if _events_at(odoo, slot):
            [visit] = visits
            assert {c.event_id for c in claims} == {visit.event_id}
        else:
            assert claims == [] and visits == []
    assert _events_at(odoo, slot) == (crash == "event made in Odoo, store not told")


def test_a_text_whose_conversation_keeps_changing_is_kept_for_the_retry_loop(
    clocked_services: Services, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Three turns in a row lost to other workers: the text stays `received` and is answered on the retry, never marked
    processed with no reply."""
    from sqlalchemy.orm.exc import StaleDataError

    phone = next(m.address for m in clocked_services.scan().sent if hour_long_visit(clocked_services, m.address))
    run = clocked_services.assistant.run

    def overtaken(*_: object, **__: object) -> None:
        raise StaleDataError("another worker moved the conversation on")

    monkeypatch.setattr(clocked_services.assistant, "run", overtaken)
    assert clocked_services.assistant.handle_inbound(phone, "tomorrow afternoon", "overtaken") == []
    with clocked_services.sessions() as session:
        assert session.query(Message).filter_by(provider_message_id="overtaken").one().status == "received"

    monkeypatch.setattr(clocked_services.assistant, "run", run)
    assert clocked_services.assistant.retry_pending() == 1
    with clocked_services.sessions() as session:
        [text] = session.query(Message).filter_by(provider_message_id="overtaken").all()
        assert text.status == "processed" and [m.template for m in session.query(Message).filter_by(reply_to_id=text.id)] == ["offer"]


def test_a_time_picked_on_the_page_and_cut_off_is_booked_and_confirmed_by_email(
    clocked_services: Services, odoo: odoorpc.ODOO, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The page shows its reply only to whoever waits on it; a pick the crash cut off is finished by the restart, and
    the client, who saw no answer, is told on their own medium (here email), as a page booking always is."""
    services = clocked_services
    email = next(m for m in services.scan().sent if m.channel == "email")
    picked = services.assistant.page.open(email.conversation_id, 3).offers[0]
    with monkeypatch.context() as patched:
        _crash_after_odoo(services, patched)
        with pytest.raises(Crash):
            services.assistant.page.book(email.conversation_id, picked, "form-crash")

    assert services.assistant.retry_pending() == 1

    assert _events_at(odoo, picked) == 1
    with services.sessions() as session:
        conversation = session.get(Conversation, email.conversation_id)
        assert DialogState.from_json(conversation.state).stage == Stage.BOOKED
        told = session.query(Message).filter_by(conversation_id=conversation.id, direction="out", template="booked").all()
        assert sorted(m.channel for m in told) == ["email", "web"]  # shown on the page nobody saw, and mailed
        assert conversation.medium == "email"  # what the assistant starts next still goes by email
