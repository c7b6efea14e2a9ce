"""The console channel: records what would be sent instead of calling a provider (demo and tests)."""
from __future__ import annotations

import logging
import threading
import uuid
from dataclasses import dataclass

from app.phones import mask

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ConsoleMessage:
    channel: str
    to: str
    body: str
    provider_message_id: str


class ConsoleChannel:
    """Keeps every message it was given, in order; the store stays the record, this is the 'wire'."""

    def __init__(self, name: str = "sms") -> None:
        self.name = name
        self.sent: list[ConsoleMessage] = []
        self._lock = threading.Lock()

    def send(self, to: str, body: str) -> str:
        with self._lock:
            # unique across restarts, as a provider's ids are
            message = ConsoleMessage(self.name, to, body, f"console-{self.name}-{uuid.uuid4()}")
            self.sent.append(message)
        log.info("console %s to %s (%d chars)", self.name, mask(to), len(body))
        return message.provider_message_id
