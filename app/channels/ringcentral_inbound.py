"""What RingCentral posts to our webhook for clients' texts (the message-store instant SMS subscription), verified and
read.

RingCentral first calls the address with a `Validation-Token` header, which must come straight back (within 3 s)
for the subscription to be created or renewed. Every delivery then carries the `Verification-Token` given at
subscription; anything without it is refused.
"""
from __future__ import annotations

import hmac
from collections.abc import Mapping

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError

from app.channels.fields import ClientText, ProviderId
from app.channels.inbound import InboundText, InvalidSignature, MalformedWebhook
from app.phones import normalise

MAX_TEXT = 10_000  # RingCentral's SMS API takes 1,000 characters; longer is not a client's text


class Party(BaseModel):
    phoneNumber: str = Field(min_length=1, max_length=64)


class InstantSms(BaseModel):
    """The notification's body: the message as stored in RingCentral's message store."""

    model_config = ConfigDict(coerce_numbers_to_str=True)

    id: ProviderId
    from_: Party = Field(alias="from")
    to: list[Party] = []
    type: str = "SMS"
    direction: str
    subject: ClientText = Field(default="", max_length=MAX_TEXT)  # the text itself


class Notification(BaseModel):
    model_config = ConfigDict(coerce_numbers_to_str=True)

    uuid: str = Field(min_length=1)
    event: str = Field(min_length=1)
    subscriptionId: str = Field(min_length=1)
    body: InstantSms


def validation_token(headers: Mapping[str, str]) -> str | None:
    """The handshake's token, to be echoed in the same header and nothing else; None on a delivery."""
    return headers.get("Validation-Token") or None


def verify(headers: Mapping[str, str], verification_token: SecretStr | None) -> None:
    """Raise InvalidSignature unless the delivery carries the Verification-Token we gave at subscription."""
    given = headers.get("Verification-Token", "").encode()
    if verification_token is None or not hmac.compare_digest(given, verification_token.get_secret_value().encode()):
        raise InvalidSignature("invalid Verification-Token")


def inbound_text(body: bytes, our_number: str | None, default_region: str) -> InboundText | None:
    """A client's text to our number; None for any other message the subscription reports (ours, another number's)."""
    try:
        message = Notification.model_validate_json(body).body
    except ValidationError:
        raise MalformedWebhook("not a RingCentral instant SMS notification") from None
    ours = normalise(our_number, default_region)
    addressed = {normalise(party.phoneNumber, default_region) for party in message.to}
    if message.direction != "Inbound" or message.type != "SMS" or (ours and ours not in addressed):
        return None
    phone = normalise(message.from_.phoneNumber, default_region)
    if phone is None:
        raise MalformedWebhook("from.phoneNumber is not a phone number")
    return InboundText(phone, message.subject, message.id)
