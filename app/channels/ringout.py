"""RingCentral RingOut: a person calls a client from the dealer's number.

RingOut rings the staff member's phone first and, once they answer, calls the client showing the dealer's number
as caller ID; that is all it can do (no speech, no key presses), which is why automated calls run on Twilio.
"""
from __future__ import annotations

import logging

from app.channels.ringcentral_client import RingCentralClient
from app.phones import mask

log = logging.getLogger(__name__)

RING_OUT_PATH = "/restapi/v1.0/account/~/extension/~/ring-out"


class RingOut:
    def __init__(self, client: RingCentralClient, caller_id: str) -> None:
        self._client = client
        self._caller_id = caller_id

    def connect(self, staff_number: str, client_number: str) -> str:
        """Ring `staff_number`, then connect it to `client_number`; returns the RingOut id (its status can be read at
        RING_OUT_PATH/<id>). Raises RingCentralError when RingCentral refuses."""
        ring_out = self._client.post(RING_OUT_PATH, {
            "from": {"phoneNumber": staff_number},
            "to": {"phoneNumber": client_number},
            "callerId": {"phoneNumber": self._caller_id},
            "playPrompt": False,  # no "press 1 to connect" for the staff member
        })
        log.info("ringout %s: staff %s to client %s", ring_out["id"], mask(staff_number), mask(client_number))
        return str(ring_out["id"])
