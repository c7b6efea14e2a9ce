"""Twilio's voice webhooks: the answer of a reminder call, each key press or phrase, and the call's final status.

Every request is verified and read by the channel (app.channels.twilio_inbound), as texts are. The dialog is the
same as by text: digits are key presses, `SpeechResult` is read by the same understanding; the replies are spoken
back with TwiML `<Gather input="dtmf speech">`.
"""
from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Request, Response
from starlette.concurrency import run_in_threadpool
from twilio.twiml.voice_response import Gather, VoiceResponse

from app.assistant import CallTurn, NotFound
from app.channels import twilio_inbound
from app.container import Services
from app.web.twilio_webhooks import REFUSALS, verified_form

router = APIRouter(prefix="/webhooks/twilio/voice", tags=["twilio"])
LANGUAGES = {"en_CA": "en-CA", "fr_CA": "fr-CA"}
LISTEN_SECONDS = 6
MAX_TURNS = 100  # keys pressed on one call: each turn is part of a stored id, which has a length
TWIML: dict[int | str, dict[str, Any]] = {200: {"content": {"application/xml": {}}, "description": "TwiML: what the call says, then listens for"}}


def _twiml(response: VoiceResponse) -> Response:
    return Response(str(response), media_type="application/xml")


def _speak(turn: CallTurn, gather_url: str, goodbye: str) -> VoiceResponse:
    """The lines, then (when listening) a Gather for one key or a phrase; silence ends the call politely."""
    language = LANGUAGES.get(turn.locale, "en-CA")
    response = VoiceResponse()
    if not turn.listen:
        for line in turn.say:
            response.say(line, language=language)
        response.hangup()
        return response
    gather = Gather(input="dtmf speech", num_digits=1, action=gather_url, method="POST", timeout=LISTEN_SECONDS,
                    speech_timeout="auto", language=language, action_on_empty_result=False)
    for line in turn.say:
        gather.say(line, language=language)
    response.append(gather)
    response.say(goodbye, language=language)  # reached only when nothing was pressed or said
    response.hangup()
    return response


def _gather_url(services: Services, turn: int) -> str:
    return services.settings.public_url.rstrip("/") + f"{router.prefix}/gather?{urlencode({'turn': turn})}"


@router.post("/answer", response_class=Response, responses={**TWIML, **REFUSALS, 404: {"description": "no call placed with this reference"}})
async def answer(request: Request) -> Response:
    form = await verified_form(request)
    services: Services = request.app.state.services
    twilio_inbound.call(form, services.settings.default_region)  # refused without its call and a client's number
    reference = request.query_params.get("m")
    assistant = services.assistant
    if reference is None:  # a client calling the dealer's number: a person answers
        response = VoiceResponse()
        response.say(await run_in_threadpool(assistant.calls.render, "en_CA", "inbound_call"), language="en-CA")
        response.dial(services.settings.dealer_phone)
        return _twiml(response)
    try:
        turn = await run_in_threadpool(assistant.calls.answer, reference, twilio_inbound.answered_by_machine(form))
    except NotFound:
        raise HTTPException(status_code=404, detail="no call placed with this reference") from None
    goodbye = await run_in_threadpool(assistant.calls.render, turn.locale, "no_input")
    return _twiml(_speak(turn, _gather_url(services, 1), goodbye))


@router.post("/gather", response_class=Response, responses={**TWIML, **REFUSALS})
async def gather(request: Request) -> Response:
    form = await verified_form(request)
    services: Services = request.app.state.services
    call = twilio_inbound.call(form, services.settings.default_region)
    try:
        step = int(request.query_params.get("turn", "1"))
    except ValueError:
        raise HTTPException(status_code=400, detail="turn must be a number") from None
    if not 1 <= step <= MAX_TURNS:
        raise HTTPException(status_code=400, detail=f"turn must be from 1 to {MAX_TURNS}")
    heard = twilio_inbound.call_input(form)
    assistant = services.assistant
    turn = await run_in_threadpool(assistant.calls.input, call.client, call.sid, step, heard.digits, heard.speech)
    goodbye = await run_in_threadpool(assistant.calls.render, turn.locale, "no_input")
    return _twiml(_speak(turn, _gather_url(services, step + 1), goodbye))


@router.post("/status", status_code=204, response_class=Response, responses=REFUSALS)
async def call_status(request: Request) -> Response:
    report = twilio_inbound.call_status(await verified_form(request))
    services: Services = request.app.state.services
    if report.delivery is not None:
        await run_in_threadpool(services.assistant.outbox.delivery_status, "voice", report.provider_id, report.delivery.status)
    return Response(status_code=204)
