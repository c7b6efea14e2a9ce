"""The assistant: one conversation engine and the desks that work through it (staff, calls, the booking page, the outbox)."""
from __future__ import annotations

from app.assistant.calls import CallDesk, CallTurn
from app.assistant.core import Odoo, OnCall, RingBack, RingOutDialer
from app.assistant.errors import NotFound
from app.assistant.outbox import OutboxDesk
from app.assistant.page import PageDesk, PageTurn
from app.assistant.staff import StaffActionRefused, StaffDesk

__all__ = ["Assistant", "CallTurn", "NotFound", "Odoo", "OnCall", "PageTurn", "RingBack", "RingOutDialer", "StaffActionRefused"]


class Assistant(StaffDesk, CallDesk, PageDesk, OutboxDesk):
    """Runs every conversation: what channels, staff, calls and the booking page ask of it."""
