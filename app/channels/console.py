"""The console channel: records what would be sent instead of calling a provider (demo and tests)."""
from __future__ import annotations

import logging
import threading
import uuid
from dataclasses import dataclass

from app.channels.base import Outgoing
from app.phones import mask

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ConsoleMessage:
    channel: str
    to: str
    body: str
    provider_message_id: str
    subject: str | None = None


class ConsoleChannel:
    """Keeps every message it was given, in order; the store stays the record, this is the 'wire'."""

    def __init__(self, name: str = "sms") -> None:
        self.name = name
        self.sent: list[ConsoleMessage] = []
        self._lock = threading.Lock()

    def send(self, message: Outgoing) -> str:
        with self._lock:
            # unique across restarts, as a provider's ids are
            kept = ConsoleMessage(self.name, message.to, message.body, f"console-{self.name}-{uuid.uuid4()}", message.subject)
            self.sent.append(kept)
        log.info("console %s to %s (%d chars)", self.name, mask(message.to) if self.name != "email" else "an address", len(message.body))
        return kept.provider_message_id
