"""The one small interface every outbound channel implements, and the failures a channel reports.

A channel carries one medium: "sms", "voice" or "email". The assistant records every message in the store
before it hands it to a channel, so `reference` (our message id) is known to the provider side: voice calls
come back to us with it, and providers that take an idempotency key get it.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, runtime_checkable

MEDIA = ("sms", "voice", "email")


@dataclass(frozen=True)
class Outgoing:
    """One recorded message, ready for a provider."""

    to: str  # E.164 phone for sms and voice, an address for email
    body: str  # the text, the spoken script, or the plain-text part of an email
    reference: str  # our message id
    subject: str | None = None  # email only
    html: str | None = None  # email only


class Channel(Protocol):
    """Hands one already-recorded message to a provider and returns the provider's id for it (message or call)."""

    name: str  # the medium it carries

    def send(self, message: Outgoing) -> str: ...


@dataclass(frozen=True)
class Delivery:
    """What became of a message a provider had accepted: its status as delivery reports name it, and what the
    carrier learnt about the number."""

    status: str  # delivered | undelivered | failed, or another final word of the provider's (Twilio: read, busy, ...)
    opted_out: bool = False
    not_textable: bool = False


@runtime_checkable
class ReportsLater(Protocol):
    """A provider whose send confirms only acceptance and which reports delivery on the message's record later
    (RingCentral), asked rather than heard from: None while the message is still on its way."""

    def delivery(self, provider_message_id: str) -> Delivery | None: ...


class ChannelError(Exception):
    """The provider refused or failed; the message stays recorded for a retry or for staff."""


class RecipientOptedOut(ChannelError):
    """The carrier says this number opted out (Twilio error 21610): record the opt-out, never retry."""


class NotTextable(ChannelError):
    """The number cannot take texts (a landline: Twilio 21614/30006): reach the client by voice instead, never retry."""
