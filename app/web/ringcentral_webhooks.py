"""RingCentral's webhook for clients' texts: the message-store instant SMS subscription.

RingCentral first calls the address with a `Validation-Token` header, which must come straight back (within 3 s)
for the subscription to be created or renewed. Every delivery then carries the `Verification-Token` given at
subscription; anything without it is refused. A text is committed before the answer and processed after it, so
RingCentral gets its 200 at once and a crash in between leaves the text for the retry loop; a retried delivery
(the same message id) is stored once and processed once. Replies go out through the SMS API.
"""
from __future__ import annotations

import hmac

from fastapi import APIRouter, BackgroundTasks, HTTPException, Request, Response
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.concurrency import run_in_threadpool

from app.container import Services
from app.phones import normalise
from app.web.fields import ClientText, ProviderId

router = APIRouter(prefix="/webhooks/ringcentral", tags=["ringcentral"])

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


def _verified(request: Request, services: Services) -> None:
    expected = services.settings.ringcentral_verification_token
    given = request.headers.get("Verification-Token", "")
    if expected is None or not hmac.compare_digest(given.encode(), expected.get_secret_value().encode()):
        raise HTTPException(status_code=403, detail="invalid Verification-Token")


@router.post("/sms", response_class=Response, responses={
    200: {"description": "taken (or the Validation-Token handshake, echoed in the same header)"},
    400: {"description": "verified, but not a RingCentral instant SMS notification"},
    403: {"description": "without the Verification-Token given at subscription"},
})
async def inbound_sms(request: Request, background: BackgroundTasks) -> Response:
    validation = request.headers.get("Validation-Token")
    if validation:  # the handshake: echo it, nothing else (RingCentral wants JSON's content type and under 1 KB)
        return Response(headers={"Validation-Token": validation}, media_type="application/json")
    services: Services = request.app.state.services
    _verified(request, services)
    try:
        message = Notification.model_validate_json(await request.body()).body
    except ValidationError:
        raise HTTPException(status_code=400, detail="not a RingCentral instant SMS notification") from None
    settings = services.settings
    ours = normalise(settings.ringcentral_from_number, settings.default_region)
    addressed = {normalise(party.phoneNumber, settings.default_region) for party in message.to}
    if message.direction != "Inbound" or message.type != "SMS" or (ours and ours not in addressed):
        return Response(media_type="application/json")  # not a client's text to the dealer's number: nothing to do
    phone = normalise(message.from_.phoneNumber, settings.default_region)
    if phone is None:
        raise HTTPException(status_code=400, detail="from.phoneNumber is not a phone number")
    stored = await run_in_threadpool(services.assistant.store_inbound, phone, message.subject, message.id)
    if stored is not None:
        background.add_task(services.jobs.process_inbound, stored)
    return Response(media_type="application/json")
