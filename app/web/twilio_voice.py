"""Twilio's voice webhooks: the answer of a reminder call (or a client calling the dealer's number), each key press or
phrase, and the call's final status.

Every request is verified and read by the channel (app.channels.twilio_inbound), as texts are. The dialog is the
same as by text: digits are key presses, `SpeechResult` is read by the same understanding; the replies are spoken
back by app.channels.twilio_speech. Star says the last words again without running the dialog. A phrase Twilio is
unsure of (Confidence under FUSION_TWILIO_MIN_CONFIDENCE) is read back for a 1 before anything is done with it: the
phrase rides in the read-back's action URL, which Twilio signs with the rest, and a 1 then turns on it as the step it
answers (a retried webhook is the same provider id, processed once).
"""
from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Request, Response
from starlette.concurrency import run_in_threadpool
from twilio.twiml.voice_response import VoiceResponse

from app.assistant import CallTurn, NotFound
from app.channels import twilio_inbound
from app.channels.twilio_speech import FALLBACK_LOCALE, Listening
from app.container import Services
from app.web.twilio_webhooks import REFUSALS, verified_form

router = APIRouter(prefix="/webhooks/twilio/voice", tags=["twilio"])
MAX_TURNS = 100  # keys pressed on one call: each turn is part of a stored id, which has a length
MAX_HEARD = 200  # characters of a phrase carried through a read-back
STAR, YES = "*", "1"
TWIML: dict[int | str, dict[str, Any]] = {200: {"content": {"application/xml": {}}, "description": "TwiML: what the call says, then listens for"}}


def _twiml(response: VoiceResponse) -> Response:
    return Response(str(response), media_type="application/xml")


def _gather_url(services: Services, turn: int, heard: str | None = None) -> str:
    query = {"turn": turn, **({"heard": heard} if heard is not None else {})}
    return services.settings.public_url.rstrip("/") + f"{router.prefix}/gather?{urlencode(query)}"


async def _listening(services: Services, locale: str, action: str) -> Listening:
    calls = services.assistant.calls
    again = await run_in_threadpool(calls.render, locale, "repeat_hint")
    goodbye = await run_in_threadpool(calls.render, locale, "no_input")
    return Listening(action, again, goodbye)


async def _speak(services: Services, turn: CallTurn, step: int) -> Response:
    """The turn's lines, then (when listening) the menu's way to answer as the call's `step`; else the call ends."""
    if not turn.listen:
        return _twiml(services.speaker.final(turn.locale, turn.say))
    listening = await _listening(services, turn.locale, _gather_url(services, step))
    return _twiml(services.speaker.menu(turn.locale, turn.say, listening))


async def _read_back(services: Services, phone: str, step: int, heard: str) -> Response:
    """'Did you say …? Press 1 for yes, 2 for no.': nothing is done with the phrase until the 1."""
    locale = (await run_in_threadpool(services.assistant.calls.last_said, phone)).locale
    question = await run_in_threadpool(services.assistant.calls.render, locale, "read_back", {"heard": heard})
    listening = await _listening(services, locale, _gather_url(services, step, heard))
    return _twiml(services.speaker.read_back(locale, question, listening))


async def _incoming(services: Services, phone: str) -> Response:
    """A client calling the dealer's number: back to their open conversation; anyone else gets a person, or outside
    office hours is told when someone can call back."""
    calls = services.assistant.calls
    turn = await run_in_threadpool(calls.call_back, phone)
    if turn is not None:
        return await _speak(services, turn, 1)
    closed_until = await run_in_threadpool(calls.closed_until)
    if closed_until is not None:
        line = await run_in_threadpool(calls.render, FALLBACK_LOCALE, "office_closed", {"opens": closed_until})
        return _twiml(services.speaker.final(FALLBACK_LOCALE, [line]))
    line = await run_in_threadpool(calls.render, FALLBACK_LOCALE, "inbound_call")
    return _twiml(services.speaker.connect(FALLBACK_LOCALE, [line], services.settings.dealer_phone))


@router.post("/answer", response_class=Response, responses={**TWIML, **REFUSALS, 404: {"description": "no call placed with this reference"}})
async def answer(request: Request) -> Response:
    form = await verified_form(request)
    services: Services = request.app.state.services
    call = twilio_inbound.call(form, services.settings.default_region)  # refused without its call and a client's number
    reference = request.query_params.get("m")
    if reference is None:
        return await _incoming(services, call.client)
    try:
        turn = await run_in_threadpool(services.assistant.calls.answer, reference, twilio_inbound.answered_by_machine(form))
    except NotFound:
        raise HTTPException(status_code=404, detail="no call placed with this reference") from None
    return await _speak(services, turn, 1)


@router.post("/gather", response_class=Response, responses={**TWIML, **REFUSALS, 404: {"description": "no conversation on this call"}})
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
    heard, pending = twilio_inbound.call_input(form), request.query_params.get("heard")
    calls = services.assistant.calls
    try:
        if pending is not None and heard.digits == STAR:
            return await _read_back(services, call.client, step, pending[:MAX_HEARD])
        if heard.digits == STAR or pending is not None and heard.digits != YES:  # again, or "no, that's not what I said"
            return await _speak(services, await run_in_threadpool(calls.last_said, call.client), step)
        if pending is None and heard.speech and not heard.digits and heard.confidence < services.settings.twilio_min_confidence:
            return await _read_back(services, call.client, step, heard.speech[:MAX_HEARD])
    except NotFound:
        raise HTTPException(status_code=404, detail="no conversation on this call") from None
    speech = pending[:MAX_HEARD] if pending is not None else heard.speech
    digits = "" if pending is not None else heard.digits
    turn = await run_in_threadpool(calls.input, call.client, call.sid, step, digits, speech)
    return await _speak(services, turn, step + 1)


@router.post("/status", status_code=204, response_class=Response, responses=REFUSALS)
async def call_status(request: Request) -> Response:
    report = twilio_inbound.call_status(await verified_form(request))
    services: Services = request.app.state.services
    if report.delivery is not None:
        await run_in_threadpool(services.assistant.outbox.delivery_status, "voice", report.provider_id, report.delivery.status)
    return Response(status_code=204)
