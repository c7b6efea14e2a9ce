"""What Twilio posts to our webhooks, verified and read: texts and their delivery statuses, and a call's answer, key
presses or phrases, and final status.

Every request is checked once, here, with the SDK's RequestValidator. The signature covers the public URL Twilio
called (query string included), which behind a TLS-terminating proxy is not the URL the request arrived at: it is
rebuilt from FUSION_PUBLIC_URL and the path.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from pydantic import SecretStr
from twilio.request_validator import RequestValidator

from app.channels.base import Delivery
from app.channels.fields import client_text, provider_id
from app.channels.inbound import InboundText, InvalidSignature, MalformedWebhook, StatusReport
from app.channels.twilio_sms import is_not_textable, is_opt_out
from app.phones import normalise

# Twilio's message statuses. A text is ours to record as sent once Twilio took it, so the steps before sending
# (reported with a Messaging Service) must not set it back to queued, which the outbox would send again; a
# partial delivery is no final word on the text.
MESSAGE_STATUSES = frozenset({"sent", "delivered", "undelivered", "failed", "read", "canceled"})
MESSAGE_STEPS = frozenset({"accepted", "scheduled", "queued", "sending", "partially_delivered"})
# Twilio's call statuses: the final ones are recorded, the steps before are acknowledged (we ask for "completed" only)
CALL_STATUSES = frozenset({"completed", "busy", "failed", "no-answer", "canceled"})
CALL_STEPS = frozenset({"queued", "initiated", "ringing", "in-progress"})
MACHINE = ("machine_start", "machine_end_beep", "machine_end_silence", "machine_end_other", "fax")  # AnsweredBy
Form = Mapping[str, str]  # the fields Twilio posted, one value each


@dataclass(frozen=True)
class Call:
    """Whom a call webhook is about: Twilio's call, and the client on it (E.164)."""

    sid: str
    client: str


@dataclass(frozen=True)
class CallInput:
    """What the client answered to a Gather: a key, a phrase, or both (never neither), and how sure Twilio is of the
    phrase (its Confidence, 0.0-1.0; none given counts as unsure)."""

    digits: str
    speech: str
    confidence: float = 0.0


def signed_url(public_url: str, path: str, query: str) -> str:
    """The URL Twilio called, as it signed it."""
    return public_url.rstrip("/") + path + (f"?{query}" if query else "")


def verify(url: str, form: Form, headers: Mapping[str, str], auth_token: SecretStr | None) -> None:
    """Raise InvalidSignature unless X-Twilio-Signature is Twilio's over `url` and `form` with our auth token."""
    validator = RequestValidator(auth_token.get_secret_value() if auth_token else "")
    if not validator.validate(url, form, headers.get("X-Twilio-Signature", "")):
        raise InvalidSignature("invalid Twilio signature")


def inbound_text(form: Form, default_region: str) -> InboundText:
    phone, sid = normalise(form.get("From"), default_region), provider_id(form.get("MessageSid"))
    if sid is None or phone is None:
        raise MalformedWebhook("MessageSid and a valid From are required")
    return InboundText(phone, client_text(form.get("Body", "")), sid)


def _sid_and_status(form: Form, kind: str, finals: frozenset[str], steps: frozenset[str]) -> tuple[str, str]:
    """The `<kind>Sid` and `<kind>Status` of a status callback; a status Twilio does not send is malformed."""
    sid, status = provider_id(form.get(f"{kind}Sid")), form.get(f"{kind}Status", "")
    if sid is None or status not in finals | steps:
        raise MalformedWebhook(f"{kind}Sid and one of Twilio's {kind}Status values are required")
    return sid, status


def message_status(form: Form) -> StatusReport:
    """A text's status; a failure's ErrorCode tells an opt-out or a landline the carrier found."""
    sid, status = _sid_and_status(form, "Message", MESSAGE_STATUSES, MESSAGE_STEPS)
    if status not in MESSAGE_STATUSES:
        return StatusReport(sid, None)
    code = form.get("ErrorCode")
    return StatusReport(sid, Delivery(status, opted_out=is_opt_out(code), not_textable=is_not_textable(code)))


def call_status(form: Form) -> StatusReport:
    sid, status = _sid_and_status(form, "Call", CALL_STATUSES, CALL_STEPS)
    return StatusReport(sid, Delivery(status) if status in CALL_STATUSES else None)


def call(form: Form, default_region: str) -> Call:
    """The client is who we called (`To`) on our calls, and who called (`From`) on theirs."""
    raw = form.get("To") if form.get("Direction", "").startswith("outbound") else form.get("From")
    phone, sid = normalise(raw, default_region), provider_id(form.get("CallSid"))
    if phone is None or sid is None:
        raise MalformedWebhook("CallSid and a valid client number are required")
    return Call(sid, phone)


def answered_by_machine(form: Form) -> bool:
    """Twilio's answering machine detection heard a machine (or a fax): the call leaves a voicemail."""
    return form.get("AnsweredBy", "") in MACHINE


def call_input(form: Form) -> CallInput:
    digits, speech = client_text(form.get("Digits", "")).strip(), client_text(form.get("SpeechResult", "")).strip()
    if not digits and not speech:
        raise MalformedWebhook("Digits or SpeechResult is required")
    return CallInput(digits, speech, _confidence(form.get("Confidence", "")))


def _confidence(value: str) -> float:
    try:
        confidence = float(value)
    except ValueError:
        return 0.0
    return confidence if 0.0 <= confidence <= 1.0 else 0.0
