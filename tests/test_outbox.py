"""The outbox over a real SQLite store: a failed send is retried with backoff and given up to staff after the last
attempt; a message a crash left between record and send goes out exactly once; two workers never send one twice."""
from __future__ import annotations

import threading
from datetime import timedelta
from pathlib import Path

from app.channels.base import ChannelError, Outgoing
from app.channels.console import ConsoleChannel
from app.container import build_services
from app.reminders.outbox import RetryPolicy
from app.store import repository as repo
from app.store.models import Conversation, Message
from tests.conftest import NOW, Clock, settings_for



class FlakySms(ConsoleChannel):
    """Refuses every send while `down`, as a provider outage does."""

    def __init__(self) -> None:
        super().__init__("sms")
        self.down = True
        self.attempts = 0

    def send(self, message: Outgoing) -> str:
        self.attempts += 1
        if self.down:
            raise ChannelError("provider unavailable")
        return super().send(message)


def test_backoff_doubles_up_to_an_hour() -> None:
    policy = RetryPolicy()
    assert [policy.backoff(n) for n in (1, 2, 3)] == [timedelta(minutes=1), timedelta(minutes=2), timedelta(minutes=4)]
    assert policy.backoff(10) == timedelta(hours=1)


def test_a_failed_send_is_retried_after_its_backoff_and_sent_once(odoo_url: str, tmp_path: Path) -> None:
    clock, sms = Clock(), FlakySms()
    services = build_services(settings_for(odoo_url, tmp_path), clock=clock, channels={"sms": sms})
    queued = [m for m in services.scan().sent if m.channel == "sms"]
    assert queued and all(m.status == "queued" and m.attempts == 1 for m in queued)
    sms.down = False
    assert services.assistant.outbox.retry_sends() == 0  # not before the backoff
    clock.now += timedelta(minutes=1, seconds=1)
    assert services.assistant.outbox.retry_sends() == len(queued)
    assert services.assistant.outbox.retry_sends() == 0
    assert sorted(m.to for m in sms.sent) == sorted(m.address for m in queued)  # each exactly once
    services.close()


def test_after_the_last_attempt_the_message_fails_and_staff_take_the_conversation(odoo_url: str, tmp_path: Path) -> None:
    clock, sms = Clock(), FlakySms()
    services = build_services(settings_for(odoo_url, tmp_path), clock=clock, channels={"sms": sms})
    [first, *_] = [m for m in services.scan().sent if m.channel == "sms"]
    for _ in range(RetryPolicy().max_attempts + 1):
        clock.now += timedelta(hours=1, seconds=1)
        services.assistant.outbox.retry_sends()
    with services.sessions() as session:
        message = session.get(Message, first.id)
        assert message.status == "failed" and message.attempts == RetryPolicy().max_attempts
        assert session.get(Conversation, first.conversation_id).status == "handoff"
    services.close()


def test_a_message_left_queued_by_a_crash_goes_out_once_after_restart(odoo_url: str, tmp_path: Path) -> None:
    clock = Clock()
    crashed = build_services(settings_for(odoo_url, tmp_path), clock=clock, channels={"sms": FlakySms()})
    sent = [m for m in crashed.scan().sent if m.channel == "sms"]
    with crashed.sessions() as session:  # as if the process died after recording, before the provider answered
        for message in session.query(Message).filter(Message.id.in_([m.id for m in sent])):
            message.attempts, message.next_attempt_at = 0, clock.now + RetryPolicy().lease
        session.commit()
    crashed.close()
    restarted = [build_services(settings_for(odoo_url, tmp_path), clock=clock) for _ in range(2)]  # two workers
    assert restarted[0].assistant.outbox.retry_sends() == 0  # still within the lease of the worker that died
    clock.now += RetryPolicy().lease + timedelta(seconds=1)
    threads = [threading.Thread(target=worker.assistant.outbox.retry_sends) for worker in restarted]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    delivered = [m.to for worker in restarted for m in worker.channels["sms"].sent]
    assert sorted(delivered) == sorted(m.address for m in sent)  # every message once, by one worker or the other
    for worker in restarted:
        worker.close()


def test_a_failed_call_waits_for_the_crtc_hours_while_texts_go(odoo_url: str, tmp_path: Path) -> None:
    clock, sms, voice = Clock(), FlakySms(), FlakySms()
    voice.name = "voice"
    first = build_services(settings_for(odoo_url, tmp_path), clock=clock)
    landline = next(r.client.phone for r in first.scan(dry_run=True).planned if r.channel == "sms")
    with first.sessions() as session:
        repo.record_not_textable(session, landline, NOW)
        session.commit()
    first.close()
    services = build_services(settings_for(odoo_url, tmp_path), clock=clock, channels={"sms": sms, "voice": voice})
    queued = services.scan().sent
    assert {m.channel for m in queued} >= {"sms", "voice"} and all(m.status == "queued" for m in queued if m.channel != "email")
    sms.down = voice.down = False
    clock.now = NOW.replace(day=28, hour=9, minute=30)  # Saturday: texts from 9:00, automated calls from 10:00
    services.assistant.outbox.retry_sends()
    assert [m.to for m in voice.sent] == [] and sorted(m.to for m in sms.sent) == sorted(m.address for m in queued if m.channel == "sms")
    clock.now = NOW.replace(day=28, hour=10)
    services.assistant.outbox.retry_sends()
    assert [m.to for m in voice.sent] == [landline]
    services.close()
