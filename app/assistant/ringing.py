"""A person on the phone at once where one is wanted: RingOut rings a staff phone first, then connects the client."""
from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, time
from typing import Protocol

from sqlalchemy.orm import Session

from app import metrics
from app.reminders.contact_window import ContactWindow
from app.store.models import Conversation, Message
from dialogs.model import HandOffReason, HandToStaff

log = logging.getLogger(__name__)


class RingOutDialer(Protocol):
    """Rings the staff member's phone, then connects the client (RingCentral RingOut); returns the call's id."""

    def connect(self, staff_number: str, client_number: str) -> str: ...


@dataclass(frozen=True)
class RingBack:
    """A client who asks for a person by text is rung back at once in office hours: RingOut rings this staff phone
    first and connects the client when someone answers (nobody answers: the client's phone never rings)."""

    dialer: RingOutDialer
    staff_number: str
    hours: tuple[time, time] = (time(9), time(17))  # weekdays, dealer's time; never on a statutory holiday

    def open_at(self, local: datetime, window: ContactWindow) -> bool:
        opens, closes = self.hours
        return local.weekday() < 5 and opens <= local.time() < closes and not window.holiday(local.date())


@dataclass(frozen=True)
class OnCall:
    """Danger reported by a client rings this phone at once, at any hour (RingOut: the on-call person first, then the
    client)."""

    dialer: RingOutDialer
    number: str


class Ringer:
    """Places the calls a hand-off or staff ask for."""

    def __init__(self, ring_back: RingBack | None, on_call: OnCall | None, window: ContactWindow, now: Callable[[], datetime]) -> None:
        self._ring_back = ring_back
        self._on_call = on_call
        self._window = window
        self._now = now

    def ring_for(self, session: Session, conversation: Conversation, handoff: HandToStaff, inbound: Message | None) -> None:
        """Danger rings the on-call phone at any hour (else, like a client asking for a person by text, the callback
        phone in office hours); nothing for a hand-off no client's message brought about."""
        if inbound is None:
            return
        if handoff.urgent and self._on_call is not None:
            self.ring(session, conversation, self._on_call.dialer, self._on_call.number)
            return
        ring = self._ring_back
        asked = handoff.urgent or handoff.reason == HandOffReason.CLIENT_ASKS_FOR_A_PERSON and inbound.channel == "sms"
        if ring is not None and asked and ring.open_at(self._now(), self._window):
            self.ring(session, conversation, ring.dialer, ring.staff_number)

    def ring(self, session: Session, conversation: Conversation, dialer: RingOutDialer, staff_number: str) -> Message:
        """Ring a staff phone, then the client's (RingOut); the call is recorded in the transcript before it is placed,
        and a failed one stays there. The outbox never places a call again by itself."""
        record = Message(
            conversation_id=conversation.id, direction="out", channel="ringout", address=conversation.phone, body="",
            template="call", status="queued", created_at=self._now(),
        )
        session.add(record)
        session.commit()
        try:
            record.provider_message_id = dialer.connect(staff_number, conversation.phone)
            record.status, record.sent_at = "sent", self._now()
        except Exception as exc:
            record.status = "failed"
            metrics.provider_error("ringout", exc)
            log.exception("RingOut failed for conversation %s", conversation.id)
        session.commit()
        return record
