"""Twilio's webhooks: inbound texts and delivery statuses, each verified with the SDK's RequestValidator.

The signature covers the public URL Twilio called, which behind a TLS-terminating proxy is not `request.url`:
it is rebuilt from FUSION_PUBLIC_URL and the path.
"""
from __future__ import annotations

from fastapi import APIRouter, BackgroundTasks, HTTPException, Request, Response
from starlette.concurrency import run_in_threadpool
from twilio.request_validator import RequestValidator

from app.channels.twilio_sms import is_not_textable, is_opt_out
from app.container import Services
from app.phones import normalise
from app.web.fields import client_text, provider_id

router = APIRouter(prefix="/webhooks/twilio", tags=["twilio"])
REFUSALS: dict[int | str, dict[str, str]] = {  # what the OpenAPI document says besides the answer Twilio waits for
    400: {"description": "signed, but a field Twilio always sends is missing or malformed"},
    403: {"description": "not signed by Twilio with our auth token (X-Twilio-Signature)"},
}
EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>'
# Twilio's message statuses. A text is ours to record as sent once Twilio took it, so the steps before sending
# (reported with a Messaging Service) must not set it back to queued, which the outbox would send again; a
# partial delivery is no final word on the text.
MESSAGE_STATUSES = {"sent", "delivered", "undelivered", "failed", "read", "canceled"}
MESSAGE_STEPS = {"accepted", "scheduled", "queued", "sending", "partially_delivered"}


async def verified_form(request: Request) -> dict[str, str]:
    """The form Twilio posted, once its signature over the public URL (with the query string) checks out."""
    services: Services = request.app.state.services
    settings = services.settings
    form = {key: str(value) for key, value in (await request.form()).items()}
    url = settings.public_url.rstrip("/") + request.url.path + (f"?{request.url.query}" if request.url.query else "")
    validator = RequestValidator(settings.twilio_auth_token.get_secret_value() if settings.twilio_auth_token else "")
    if not validator.validate(url, form, request.headers.get("X-Twilio-Signature", "")):
        raise HTTPException(status_code=403, detail="invalid Twilio signature")
    return form


@router.post("/sms", response_class=Response, responses={200: {"content": {"application/xml": {}}, "description": "empty TwiML"}, **REFUSALS})
async def inbound_sms(request: Request, background: BackgroundTasks) -> Response:
    form = await verified_form(request)
    services: Services = request.app.state.services
    phone, sid = normalise(form.get("From"), services.settings.default_region), provider_id(form.get("MessageSid"))
    if sid is None or phone is None:
        raise HTTPException(status_code=400, detail="MessageSid and a valid From are required")
    stored = await run_in_threadpool(services.assistant.store_inbound, phone, client_text(form.get("Body", "")), sid)
    if stored is not None:  # committed before Twilio hears back; the dialog work runs after the answer
        background.add_task(services.jobs.process_inbound, stored)
    return Response(EMPTY_TWIML, media_type="application/xml")  # replies go out through the REST API, recorded first


@router.post("/status", status_code=204, response_class=Response, responses=REFUSALS)
async def message_status(request: Request) -> Response:
    form = await verified_form(request)
    services: Services = request.app.state.services
    sid, status = provider_id(form.get("MessageSid")), form.get("MessageStatus", "")
    if sid is None or status not in MESSAGE_STATUSES | MESSAGE_STEPS:
        raise HTTPException(status_code=400, detail="MessageSid and one of Twilio's MessageStatus values are required")
    if status in MESSAGE_STATUSES:
        code = form.get("ErrorCode")
        await run_in_threadpool(services.assistant.delivery_status, "sms", sid, status, is_opt_out(code), is_not_textable(code))
    return Response(status_code=204)
