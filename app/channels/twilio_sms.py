"""SMS through Twilio's official SDK: send with a status callback; some error codes say more than 'failed'."""
from __future__ import annotations

import logging

from twilio.base.exceptions import TwilioRestException
from twilio.rest import Client

from app.channels.base import ChannelError, NotTextable, Outgoing, RecipientOptedOut
from app.phones import mask

log = logging.getLogger(__name__)

OPTED_OUT = "21610"  # "Attempt to send to unsubscribed recipient"
NOT_TEXTABLE = ("21614", "30006")  # "'To' number is not a valid mobile number"; "Landline or unreachable carrier"


def is_opt_out(error_code: str | int | None) -> bool:
    """Twilio's error for a recipient who opted out at the carrier (in a send or a delivery report)."""
    return str(error_code or "") == OPTED_OUT


def is_not_textable(error_code: str | int | None) -> bool:
    """Twilio's errors for a number that cannot take texts: a landline, reached by voice instead."""
    return str(error_code or "") in NOT_TEXTABLE


class TwilioSms:
    name = "sms"

    def __init__(self, client: Client, from_number: str, status_callback: str | None) -> None:
        self._client = client
        self._from = from_number
        self._status_callback = status_callback

    def send(self, message: Outgoing) -> str:
        options = {"status_callback": self._status_callback} if self._status_callback else {}
        try:
            sent = self._client.messages.create(to=message.to, from_=self._from, body=message.body, **options)
        except TwilioRestException as exc:
            log.warning("twilio refused a message to %s: error %s", mask(message.to), exc.code)
            if is_opt_out(exc.code):
                raise RecipientOptedOut(f"twilio {exc.code}") from exc
            if is_not_textable(exc.code):
                raise NotTextable(f"twilio {exc.code}") from exc
            raise ChannelError(f"twilio {exc.code}") from exc
        return sent.sid
