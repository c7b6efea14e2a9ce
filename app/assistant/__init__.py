"""The assistant: one conversation engine and the desks that work through it (staff, calls, the booking page, the outbox,
the reminders, what turns leave for later)."""
from __future__ import annotations

from app.assistant.actions import Odoo
from app.assistant.calls import CallDesk, CallTurn
from app.assistant.errors import NotFound
from app.assistant.outbox import OutboxDesk
from app.assistant.page import PageDesk, PageTurn
from app.assistant.reminding import ReminderDesk
from app.assistant.ringing import OnCall, RingBack, RingOutDialer
from app.assistant.settling import SettlingDesk
from app.assistant.staff import StaffActionRefused, StaffDesk

__all__ = ["Assistant", "CallTurn", "NotFound", "Odoo", "OnCall", "PageTurn", "RingBack", "RingOutDialer", "StaffActionRefused"]


class Assistant(StaffDesk, CallDesk, PageDesk, OutboxDesk, ReminderDesk, SettlingDesk):
    """Runs every conversation: what channels, staff, calls, the booking page and the reminders ask of it."""
