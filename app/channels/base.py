"""The one small interface every outbound channel implements, and the failures a channel reports."""
from __future__ import annotations

from typing import Protocol


class Channel(Protocol):
    """Hands one already-recorded message to a provider and returns the provider's message id."""

    name: str

    def send(self, to: str, body: str) -> str: ...


class ChannelError(Exception):
    """The provider refused or failed; the message stays recorded for a retry or for staff."""


class RecipientOptedOut(ChannelError):
    """The carrier says this number opted out (Twilio error 21610): record the opt-out, never retry."""
