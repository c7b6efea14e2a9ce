"""Automated calls through Twilio Programmable Voice: the call is placed here, and what it says comes from our webhooks.

RingCentral's public API cannot place a call that speaks and collects key presses, so automated calls run on Twilio
(RingCentral RingOut is for a person calling a client). Twilio waits for the answering machine's greeting to end
(`DetectMessageEnd`) so a voicemail is left after the beep; the answer webhook learns who answered from `AnsweredBy`.
"""
from __future__ import annotations

import logging
from urllib.parse import urlencode

from twilio.base.exceptions import TwilioRestException
from twilio.rest import Client

from app.channels.base import ChannelError, Outgoing, RecipientOptedOut
from app.channels.twilio_sms import is_opt_out
from app.phones import mask

log = logging.getLogger(__name__)

ANSWER_PATH = "/webhooks/twilio/voice/answer"
STATUS_PATH = "/webhooks/twilio/voice/status"


class TwilioVoice:
    name = "voice"

    def __init__(self, client: Client, from_number: str, public_url: str) -> None:
        self._client = client
        self._from = from_number  # the dealer's number: the caller ID clients see
        self._public_url = public_url.rstrip("/")

    def send(self, message: Outgoing) -> str:
        """Place the call; the answer webhook speaks the recorded message `reference` names. Returns the call SID."""
        try:
            call = self._client.calls.create(
                to=message.to, from_=self._from,
                url=f"{self._public_url}{ANSWER_PATH}?{urlencode({'m': message.reference})}",
                status_callback=f"{self._public_url}{STATUS_PATH}",
                status_callback_event=["completed"],
                machine_detection="DetectMessageEnd",
            )
        except TwilioRestException as exc:
            log.warning("twilio refused a call to %s: error %s", mask(message.to), exc.code)
            if is_opt_out(exc.code):
                raise RecipientOptedOut(f"twilio {exc.code}") from exc
            raise ChannelError(f"twilio {exc.code}") from exc
        return call.sid
