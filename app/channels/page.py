"""The booking page as a channel: what the dialog says to a client on the page goes back in the page's answer."""
from __future__ import annotations

from app.channels.base import Outgoing


class PageChannel:
    """Recorded like every message, then 'sent' by being shown: the HTTP answer is the wire, so nothing can fail."""

    name = "web"

    def send(self, message: Outgoing) -> str:
        return f"page-{message.reference}"
