"""Twilio's webhooks for texts: inbound texts and delivery statuses, verified and read by the channel
(app.channels.twilio_inbound), whose refusals app.web.app answers with 403 or 400."""
from __future__ import annotations

from fastapi import APIRouter, BackgroundTasks, Request, Response
from starlette.concurrency import run_in_threadpool

from app.channels import twilio_inbound
from app.container import Services

router = APIRouter(prefix="/webhooks/twilio", tags=["twilio"])
REFUSALS: dict[int | str, dict[str, str]] = {  # what the OpenAPI document says besides the answer Twilio waits for
    400: {"description": "signed, but a field Twilio always sends is missing or malformed"},
    403: {"description": "not signed by Twilio with our auth token (X-Twilio-Signature)"},
}
EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>'


async def verified_form(request: Request) -> dict[str, str]:
    """The form Twilio posted, once its signature over the public URL (with the query string) checks out."""
    settings = request.app.state.services.settings
    form = {key: str(value) for key, value in (await request.form()).items()}
    url = twilio_inbound.signed_url(settings.public_url, request.url.path, request.url.query)
    twilio_inbound.verify(url, form, request.headers, settings.twilio_auth_token)
    return form


@router.post("/sms", response_class=Response, responses={200: {"content": {"application/xml": {}}, "description": "empty TwiML"}, **REFUSALS})
async def inbound_sms(request: Request, background: BackgroundTasks) -> Response:
    form = await verified_form(request)
    services: Services = request.app.state.services
    text = twilio_inbound.inbound_text(form, services.settings.default_region)
    stored = await run_in_threadpool(services.assistant.store_inbound, text.phone, text.body, text.provider_id)
    if stored is not None:  # committed before Twilio hears back; the dialog work runs after the answer
        background.add_task(services.jobs.process_inbound, stored)
    return Response(EMPTY_TWIML, media_type="application/xml")  # replies go out through the REST API, recorded first


@router.post("/status", status_code=204, response_class=Response, responses=REFUSALS)
async def message_status(request: Request) -> Response:
    report = twilio_inbound.message_status(await verified_form(request))
    services: Services = request.app.state.services
    if (delivery := report.delivery) is not None:
        await run_in_threadpool(services.assistant.outbox.delivery_status, "sms", report.provider_id, delivery.status,
                                delivery.opted_out, delivery.not_textable)
    return Response(status_code=204)
