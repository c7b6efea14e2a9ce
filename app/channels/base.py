"""The one small interface every outbound channel implements."""
from __future__ import annotations

from typing import Protocol


class Channel(Protocol):
    """Hands one already-recorded message to a provider and returns the provider's message id."""

    name: str

    def send(self, to: str, body: str) -> str: ...
