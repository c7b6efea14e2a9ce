"""The assistant: one conversation engine and the desks that work through it (staff, calls, the booking page, the outbox,
the reminders, what turns leave for later)."""
from __future__ import annotations

from functools import cached_property

from app.assistant.actions import Odoo
from app.assistant.calls import CallDesk, CallTurn
from app.assistant.core import Conversations
from app.assistant.errors import NotFound
from app.assistant.outbox import OutboxDesk
from app.assistant.page import PageDesk, PageTurn
from app.assistant.reminding import ReminderDesk
from app.assistant.ringing import OnCall, RingBack, RingOutDialer
from app.assistant.settling import SettlingDesk
from app.assistant.staff import StaffActionRefused, StaffDesk

__all__ = ["Assistant", "CallTurn", "NotFound", "Odoo", "OnCall", "PageTurn", "RingBack", "RingOutDialer", "StaffActionRefused"]


class Assistant(Conversations):
    """The engine, which runs every conversation (texts in, the retry loop, time passing), with a desk for each part of
    the service that asks something of it; each desk holds the engine and works through its public methods. A desk is
    made on first use and kept: it holds nothing but the engine."""

    @cached_property
    def staff(self) -> StaffDesk:
        """The staff inbox's actions on a conversation."""
        return StaffDesk(self)

    @cached_property
    def calls(self) -> CallDesk:
        """Twilio's voice webhooks: reminder calls answered, keys and words on a call."""
        return CallDesk(self)

    @cached_property
    def page(self) -> PageDesk:
        """The booking page of an email's link."""
        return PageDesk(self)

    @cached_property
    def outbox(self) -> OutboxDesk:
        """Recorded messages: delivery reports, sends and their retries."""
        return OutboxDesk(self)

    @cached_property
    def reminders(self) -> ReminderDesk:
        """The daily scan's reminders, follow-ups and escalations."""
        return ReminderDesk(self)

    @cached_property
    def settling(self) -> SettlingDesk:
        """What turns leave for later: quotations, Odoo's trail, claims a cut-off booking left."""
        return SettlingDesk(self)
