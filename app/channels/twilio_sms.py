"""SMS through Twilio's official SDK: send with a status callback; error 21610 means the recipient opted out."""
from __future__ import annotations

import logging

from twilio.base.exceptions import TwilioRestException
from twilio.rest import Client

from app.channels.base import ChannelError, RecipientOptedOut
from app.phones import mask

log = logging.getLogger(__name__)

OPTED_OUT = 21610  # "Attempt to send to unsubscribed recipient"


def is_opt_out(error_code: str | int | None) -> bool:
    """Twilio's error for a recipient who opted out at the carrier (in a send or a delivery report)."""
    return str(error_code or "") == str(OPTED_OUT)


class TwilioSms:
    name = "sms"

    def __init__(self, client: Client, from_number: str, status_callback: str | None) -> None:
        self._client = client
        self._from = from_number
        self._status_callback = status_callback

    def send(self, to: str, body: str) -> str:
        options = {"status_callback": self._status_callback} if self._status_callback else {}
        try:
            message = self._client.messages.create(to=to, from_=self._from, body=body, **options)
        except TwilioRestException as exc:
            log.warning("twilio refused a message to %s: error %s", mask(to), exc.code)
            if is_opt_out(exc.code):
                raise RecipientOptedOut(f"twilio {exc.code}") from exc
            raise ChannelError(f"twilio {exc.code}") from exc
        return message.sid
