"""Escalation over the sandbox Odoo: an unanswered text becomes a call after the policy's hours, an unanswered call an
email; a landline that refuses texts is called at once; a client who answered is left alone."""
from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from app.channels.base import NotTextable, Outgoing
from app.channels.console import ConsoleChannel
from app.container import build_services
from app.store import repository as repo
from app.store.models import Conversation
from tests.conftest import NOW, Clock, settings_for



class LandlineAwareSms(ConsoleChannel):
    """The console 'wire', refusing texts to the numbers a carrier would call landlines."""

    def __init__(self, landlines: set[str]) -> None:
        super().__init__("sms")
        self.landlines = landlines

    def send(self, message: Outgoing) -> str:
        if message.to in self.landlines:
            raise NotTextable("twilio 21614")
        return super().send(message)


def test_unanswered_texts_become_calls_then_emails_and_a_reply_stops_the_escalation(odoo_url: str, tmp_path: Path) -> None:
    clock = Clock()
    services = build_services(settings_for(odoo_url, tmp_path), clock=clock)
    texts = [m for m in services.scan().sent if m.channel == "sms"]
    assert len(texts) >= 3
    answering = texts[0].address
    services.assistant.handle_inbound(answering, "tomorrow afternoon", "reply-1")

    clock.now = NOW + timedelta(hours=47)  # policy: 48 hours without a reply
    early = services.scan()
    assert early.escalated == []
    next_band = {m.address for m in early.sent}  # a closer band's reminder restarts the ladder instead
    clock.now = NOW + timedelta(hours=49)
    report = services.scan()
    calls = report.escalated
    next_band |= {m.address for m in report.sent if m not in calls}
    assert {m.channel for m in calls} == {"voice"} and {m.address for m in calls} == {m.address for m in texts[1:]} - next_band
    assert answering not in {m.address for m in calls} and len(calls) >= 2
    assert all(m.template == "reminder" and ("press 1" in m.body or "appuyez sur 1" in m.body) for m in calls)
    assert services.scan().escalated == []  # once per step, however often the scan runs

    clock.now += timedelta(hours=49)
    step = services.scan().escalated
    called = {m.address for m in calls}
    emails = [m for m in step if m.channel == "email"]
    assert emails and all("@" in m.address for m in emails)
    with services.sessions() as session:
        assert {session.get(Conversation, m.conversation_id).phone for m in emails} <= called  # the call went unanswered too
    assert not [m for m in step if m.channel == "voice" and m.address in called]  # never called twice for one reminder
    clock.now += timedelta(hours=49)
    assert not [m for m in services.scan().escalated if m.address in {e.address for e in emails}]  # email is the last channel
    services.close()


def test_a_landline_that_refuses_texts_is_called_in_the_same_scan(odoo_url: str, tmp_path: Path) -> None:
    first = build_services(settings_for(odoo_url, tmp_path), clock=lambda: NOW)
    landline = next(r.client.phone for r in first.scan(dry_run=True).planned if r.channel == "sms")
    first.close()
    services = build_services(settings_for(odoo_url, tmp_path), clock=lambda: NOW, channels={"sms": LandlineAwareSms({landline})})
    report = services.scan()
    to_landline = [m for m in report.sent if landline in (m.address,)]
    assert [(m.channel, m.status) for m in to_landline] == [("sms", "failed"), ("voice", "sent")]
    with services.sessions() as session:
        assert landline in repo.not_textable_phones(session)
    services.close()
