"""RingCentral's webhook for clients' texts, verified and read by the channel (app.channels.ringcentral_inbound), whose
refusals app.web.app answers with 403 or 400.

A text is committed before the answer and processed after it, so RingCentral gets its 200 at once and a crash in
between leaves the text for the retry loop; a retried delivery (the same message id) is stored once and processed
once. Replies go out through the SMS API.
"""
from __future__ import annotations

from fastapi import APIRouter, BackgroundTasks, Request, Response
from starlette.concurrency import run_in_threadpool

from app.channels import ringcentral_inbound
from app.container import Services

router = APIRouter(prefix="/webhooks/ringcentral", tags=["ringcentral"])


@router.post("/sms", response_class=Response, responses={
    200: {"description": "taken (or the Validation-Token handshake, echoed in the same header)"},
    400: {"description": "verified, but not a RingCentral instant SMS notification"},
    403: {"description": "without the Verification-Token given at subscription"},
})
async def inbound_sms(request: Request, background: BackgroundTasks) -> Response:
    validation = ringcentral_inbound.validation_token(request.headers)
    if validation is not None:  # the handshake: echo it, nothing else (RingCentral wants JSON's type and under 1 KB)
        return Response(headers={"Validation-Token": validation}, media_type="application/json")
    services: Services = request.app.state.services
    settings = services.settings
    ringcentral_inbound.verify(request.headers, settings.ringcentral_verification_token)
    body = await request.body()
    text = ringcentral_inbound.inbound_text(body, settings.ringcentral_from_number, settings.default_region)
    if text is None:  # not a client's text to the dealer's number: nothing to do
        return Response(media_type="application/json")
    stored = await run_in_threadpool(services.assistant.store_inbound, text.phone, text.body, text.provider_id)
    if stored is not None:
        background.add_task(services.jobs.process_inbound, stored)
    return Response(media_type="application/json")
