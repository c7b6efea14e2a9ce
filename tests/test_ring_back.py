"""A client who texts for a person is rung back at once in office hours: RingOut rings the configured staff phone,
then connects the client; the call is in the transcript, and outside office hours (or on a holiday) staff call later."""
from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from app.container import build_services
from app.store.models import Conversation, Message
from tests.conftest import NOW, Clock, settings_for
from tests.test_staff_actions import FakeDialer

STAFF_PHONE = "+14165550142"


def reminded_phone(services) -> str:  # type: ignore[no-untyped-def]
    return next(m.address for m in services.scan().sent if m.channel == "sms")


def test_asking_for_a_person_by_text_rings_staff_then_the_client(odoo_url: str, tmp_path: Path) -> None:
    dialer = FakeDialer()
    services = build_services(settings_for(odoo_url, tmp_path, callback_staff_phone=STAFF_PHONE), clock=lambda: NOW, dialer=dialer)
    phone = reminded_phone(services)
    replies = services.assistant.handle_inbound(phone, "can someone call me please", "ask-1")
    assert dialer.calls == [(STAFF_PHONE, phone)] and replies
    with services.sessions() as session:
        conversation = session.query(Conversation).filter_by(phone=phone).one()
        call = session.query(Message).filter_by(conversation_id=conversation.id, channel="ringout").one()
        assert conversation.status == "handoff" and call.status == "sent" and call.provider_message_id == "ringout-1"
    services.assistant.handle_inbound(phone, "hello?", "ask-2")  # staff own it now: no second call
    assert len(dialer.calls) == 1
    services.close()


def test_no_ring_back_after_hours_without_a_staff_phone_or_when_it_fails(odoo_url: str, tmp_path: Path) -> None:
    clock, dialer = Clock(), FakeDialer()
    services = build_services(settings_for(odoo_url, tmp_path, callback_staff_phone=STAFF_PHONE), clock=clock, dialer=dialer)
    phone = reminded_phone(services)
    clock.now = NOW.replace(hour=17, minute=30)
    services.assistant.handle_inbound(phone, "can someone call me", "late")
    assert dialer.calls == []  # office closed: the hand-off waits for staff in the inbox and in Odoo
    services.close()

    for folder in ("unset", "broken"):
        (tmp_path / folder).mkdir()
    unset = build_services(settings_for(odoo_url, tmp_path / "unset"), clock=lambda: NOW, dialer=dialer)
    unset.assistant.handle_inbound(reminded_phone(unset), "I want to talk to a person", "unset")
    assert dialer.calls == []
    unset.close()

    failing = FakeDialer(fail=True)
    broken = build_services(settings_for(odoo_url, tmp_path / "broken", callback_staff_phone=STAFF_PHONE), clock=lambda: NOW + timedelta(hours=1),
                            dialer=failing)
    phone = reminded_phone(broken)
    assert broken.assistant.handle_inbound(phone, "call me", "fails")  # the client still gets the hand-off reply
    with broken.sessions() as session:
        assert session.query(Message).filter_by(channel="ringout").one().status == "failed"
        assert session.query(Conversation).filter_by(phone=phone).one().status == "handoff"
    broken.close()
