"""SMS through RingCentral's SMS API from the dealer's number, one recipient per request.

RingCentral reports an opted-out or untextable recipient with error codes, either in an error answer or in the
message record's `deliveryErrorCode` once sending failed (developers.ringcentral.com/guide/messaging/sms/sms-errors,
.../guide/basics/errors): `SMS-RC-413`, `SMS-UP-413`, `SMS-CAR-413` "The destination subscriber opted out";
`SMS-RC-410`, `SMS-UP-410`, `SMS-CAR-411` destination invalid or unable to take texts, `SMS-CAR-400` "Carrier does
not support this kind of messaging" (call instead), `MSG-240` recipient not a supported phone number.
"""
from __future__ import annotations

import logging

from app.channels.base import ChannelError, Delivery, NotTextable, Outgoing, RecipientOptedOut
from app.channels.ringcentral_client import RingCentralClient, RingCentralError
from app.phones import mask

log = logging.getLogger(__name__)

SMS_PATH = "/restapi/v1.0/account/~/extension/~/sms"
MESSAGE_PATH = "/restapi/v1.0/account/~/extension/~/message-store/{id}"
SETTLED = {"Delivered": "delivered", "DeliveryFailed": "undelivered", "SendingFailed": "failed"}  # messageStatus: ours
OPTED_OUT = frozenset({"SMS-RC-413", "SMS-UP-413", "SMS-CAR-413"})
NOT_TEXTABLE = frozenset({"SMS-RC-410", "SMS-UP-410", "SMS-CAR-400", "SMS-CAR-411", "MSG-240"})
FAILED = ("SendingFailed", "DeliveryFailed")


def refusal(codes: tuple[str, ...] | list[str]) -> type[ChannelError]:
    """What RingCentral's codes say about the recipient: opted out, cannot take texts, or nothing (a plain failure)."""
    if OPTED_OUT.intersection(codes):
        return RecipientOptedOut
    if NOT_TEXTABLE.intersection(codes):
        return NotTextable
    return ChannelError


class RingCentralSms:
    name = "sms"

    def __init__(self, client: RingCentralClient, from_number: str) -> None:
        self._client = client
        self._from = from_number

    def send(self, message: Outgoing) -> str:
        """Send one text; returns RingCentral's message id."""
        body = {"from": {"phoneNumber": self._from}, "to": [{"phoneNumber": message.to}], "text": message.body}
        try:
            record = self._client.post(SMS_PATH, body)
        except RingCentralError as exc:
            log.warning("ringcentral refused a text to %s: %s", mask(message.to), exc)
            raise refusal(exc.codes)(str(exc)) from exc
        if record.get("messageStatus") in FAILED:
            code = str(record.get("deliveryErrorCode") or "")
            log.warning("ringcentral could not send a text to %s: %s %s", mask(message.to), record["messageStatus"], code)
            raise refusal([code])(f"ringcentral {record['messageStatus']} {code}")
        return str(record["id"])

    def delivery(self, provider_message_id: str) -> Delivery | None:
        """What became of a text RingCentral accepted ('Queued'): a failure and its reason (an opt-out, a landline) show
        on the message's record only later. None while it is still queued or sending."""
        try:
            record = self._client.get(MESSAGE_PATH.format(id=provider_message_id))
        except RingCentralError as exc:
            raise ChannelError(str(exc)) from exc
        status = SETTLED.get(str(record.get("messageStatus")))
        if status is None:
            return None
        refused = refusal([str(record.get("deliveryErrorCode") or "")]) if status != "delivered" else ChannelError
        return Delivery(status, opted_out=refused is RecipientOptedOut, not_textable=refused is NotTextable)
