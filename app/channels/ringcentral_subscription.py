"""The webhook subscription that brings clients' texts from RingCentral: create, check, renew.

RingCentral delivers inbound texts (event filter message-store/instant?type=SMS) to a WebHook subscription. It
expires unless renewed (POST /subscription/{id}/renew), and RingCentral blacklists it for good when our address
fails to answer for too long; a blacklisted one is deleted and created again. Our subscription is the one whose
delivery address is our webhook URL, so nothing about it needs storing.
"""
from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from app.channels.ringcentral_client import RingCentralClient, RingCentralError

log = logging.getLogger(__name__)

SUBSCRIPTIONS = "/restapi/v1.0/subscription"
INSTANT_SMS = "/restapi/v1.0/account/~/extension/~/message-store/instant?type=SMS"
WEBHOOK_PATH = "/webhooks/ringcentral/sms"
BROKEN = ("Blacklisted", "Suspended")  # RingCentral no longer delivers to these


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


@dataclass(frozen=True)
class SubscriptionState:
    """What RingCentral says about our subscription; `status` is RingCentral's (Active, Blacklisted, Suspended),
    or "missing" when there is none for our address, or "unknown" when RingCentral could not be asked."""

    status: str
    id: str | None = None
    expires_at: datetime | None = None
    reason: str | None = None  # why RingCentral blacklisted it

    @classmethod
    def of(cls, record: dict[str, Any]) -> SubscriptionState:
        expires = record.get("expirationTime")
        return cls(
            str(record.get("status", "unknown")), str(record["id"]),
            datetime.fromisoformat(expires.replace("Z", "+00:00")) if expires else None,
            (record.get("blacklistedData") or {}).get("reason"),
        )


class WebhookSubscription:
    def __init__(
        self, client: RingCentralClient, public_url: str, verification_token: str, lifetime_seconds: int,
        clock: Callable[[], datetime] = utc_now, check_every_seconds: float = 3600.0,
    ) -> None:
        self._client = client
        self.address = public_url.rstrip("/") + WEBHOOK_PATH
        self._token = verification_token
        self._lifetime = lifetime_seconds
        self._clock = clock
        self._check_every = check_every_seconds
        self._last: tuple[float, SubscriptionState] | None = None
        self._lock = threading.Lock()

    def _ours(self) -> list[dict[str, Any]]:
        records = self._client.get(SUBSCRIPTIONS).get("records") or []
        return [r for r in records if (r.get("deliveryMode") or {}).get("address") == self.address]

    def check(self) -> SubscriptionState:
        """Ask RingCentral now; an active subscription wins over broken ones left at the same address."""
        ours = self._ours()
        active = [r for r in ours if r.get("status") == "Active"]
        state = SubscriptionState.of((active or ours)[0]) if ours else SubscriptionState("missing")
        self._last = (time.monotonic(), state)
        return state

    def create(self) -> SubscriptionState:
        """Subscribe our webhook (RingCentral first calls it with a Validation-Token, so the service must be up and
        reachable at FUSION_PUBLIC_URL); an active subscription is kept, broken ones are deleted first."""
        ours = self._ours()
        active = [r for r in ours if r.get("status") == "Active"]
        if active:
            return SubscriptionState.of(active[0])
        for broken in ours:
            self._client.delete(f"{SUBSCRIPTIONS}/{broken['id']}")
            log.info("deleted %s ringcentral subscription %s", broken.get("status"), broken["id"])
        created = self._client.post(SUBSCRIPTIONS, {
            "eventFilters": [INSTANT_SMS],
            "deliveryMode": {"transportType": "WebHook", "address": self.address, "verificationToken": self._token},
            "expiresIn": self._lifetime,
        })
        state = SubscriptionState.of(created)
        self._last = (time.monotonic(), state)
        log.info("created ringcentral subscription %s, %s until %s", state.id, state.status, state.expires_at)
        return state

    def renew(self, force: bool = False) -> SubscriptionState:
        """Renew an active subscription once less than half its lifetime is left (or now, with `force`)."""
        state = self.check()
        if state.status != "Active" or state.expires_at is None:
            return state
        if not force and state.expires_at - self._clock() > timedelta(seconds=self._lifetime / 2):
            return state
        state = SubscriptionState.of(self._client.post(f"{SUBSCRIPTIONS}/{state.id}/renew"))
        self._last = (time.monotonic(), state)
        log.info("renewed ringcentral subscription %s until %s", state.id, state.expires_at)
        return state

    def maintain(self) -> None:
        """For `serve`'s background loop: check and renew when due, at most once per `check_every_seconds`."""
        if self._last is not None and time.monotonic() - self._last[0] < self._check_every:
            return
        try:
            state = self.renew()
        except RingCentralError:
            self._last = (time.monotonic(), SubscriptionState("unknown"))  # asked again after the interval, not at once
            raise
        if state.status in BROKEN or state.status == "missing":
            log.error("ringcentral subscription %s: no texts arrive until `fusion-assist ringcentral-subscribe`", state.status.lower())

    def readiness(self) -> str:
        """The last known status for /readyz, asking RingCentral only when nothing is known yet."""
        with self._lock:
            if self._last is None:
                try:
                    self.check()
                except RingCentralError:
                    return "unknown"
        return self._last[1].status.lower() if self._last else "unknown"
