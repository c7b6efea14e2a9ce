"""What a provider's webhook becomes once a channel has verified and read it, and the two reasons it refuses one.

The web answers a refusal with the status the provider understands (403 unverified, 400 malformed) and the
exception's text as the detail, so each says why in words meant for whoever reads the provider's logs.
"""
from __future__ import annotations

from dataclasses import dataclass

from app.channels.base import Delivery


class InvalidSignature(Exception):
    """The request does not carry the provider's proof that it sent it with our secret: nothing in it is read."""


class MalformedWebhook(Exception):
    """Verified, but a field the provider always sends is missing or malformed."""


@dataclass(frozen=True)
class InboundText:
    """A client's text: who sent it (E.164), what it says, and the provider's id that makes a retried delivery one."""

    phone: str
    body: str
    provider_id: str


@dataclass(frozen=True)
class StatusReport:
    """A provider's report on a message or call it carries: `delivery` is what became of it, or None for a step on
    the way (acknowledged, never recorded)."""

    provider_id: str
    delivery: Delivery | None
