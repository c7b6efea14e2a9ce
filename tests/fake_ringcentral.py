"""A RingCentral stand-in on loopback, where platform.ringcentral.com would be: the real SDK talks to it over HTTP.

It records every request exactly as received and answers as RingCentral documents it: the OAuth token endpoint
(JWT and refresh grants, Basic client credentials), SMS and RingOut, and WebHook subscriptions, whose creation
first calls the webhook address with a Validation-Token that must come back (else SUB-525), as RingCentral does.
"""
from __future__ import annotations

import base64
import itertools
import json
import threading
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any
from urllib.parse import parse_qs

import anyio
import httpx
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response

ACCOUNT, EXTENSION = "37439510", "2253168021"  # what RingCentral writes for "~" in the filters it stores


def _error(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    body = {"errorCode": code, "message": message, "errors": [{"errorCode": code, "message": message}]}
    return JSONResponse(body, status_code=status, headers=headers)


def _iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.000Z")


@dataclass
class Recorded:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)

    def form(self) -> dict[str, str]:
        return {key: values[0] for key, values in parse_qs(self.body.decode()).items()}


@dataclass
class FakeRingCentral:
    client_id: str
    client_secret: str
    jwt: str
    url: str = ""
    expires_in: int = 3600  # access token lifetime it grants
    refuse_refresh: bool = False
    rate_limited: list[str] = field(default_factory=list)  # Retry-After of the next SMS sends answered 429
    sms_error: tuple[int, str] | None = None  # (status, errorCode) for the next SMS sends
    sms_record: dict[str, Any] = field(default_factory=dict)  # merged into SMS message records (e.g. a failed status)
    hold: threading.Event | None = None  # SMS sends wait for it (to see what happens before a send completes)
    # as RingCentral does, a send answers 'Queued' and the message's record tells later: phone -> (messageStatus,
    # deliveryErrorCode) it ends in; any other number's texts are 'Delivered'
    fails_later: dict[str, tuple[str, str]] = field(default_factory=dict)
    messages: dict[int, dict[str, Any]] = field(default_factory=dict)  # the message store: every text sent
    requests: list[Recorded] = field(default_factory=list)
    subscriptions: dict[str, dict[str, Any]] = field(default_factory=dict)
    handshakes: list[httpx.Response] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._ids = itertools.count(320270670010)
        self._tokens = itertools.count(1)
        self._guard = threading.Lock()
        self.access_token = self.refresh_token = ""  # the latest issued
        self._sessions: set[str] = set()  # valid access tokens: several clients may be logged in at once
        self._refreshable: set[str] = set()  # refresh tokens are single-use
        self.app = self._build()

    # what tests read ----------------------------------------------------------------------------------
    def made(self, method: str, path: str) -> list[Recorded]:
        return [r for r in self.requests if r.method == method and r.path == path]

    def token_grants(self) -> list[str]:
        return [r.form()["grant_type"] for r in self.made("POST", "/restapi/oauth/token")]

    def blacklist(self, subscription_id: str) -> None:
        self.subscriptions[subscription_id].update(
            status="Blacklisted", blacklistedData={"reason": "I/O operation is failed. Details: [Read timed out]", "blacklistedAt": _iso(datetime.now(timezone.utc))}
        )

    def expire_in(self, subscription_id: str, seconds: int) -> None:
        self.subscriptions[subscription_id]["expirationTime"] = _iso(datetime.now(timezone.utc) + timedelta(seconds=seconds))

    # the server ---------------------------------------------------------------------------------------
    def _build(self) -> FastAPI:
        app = FastAPI()

        @app.middleware("http")
        async def record(request: Request, call_next):  # type: ignore[no-untyped-def]
            self.requests.append(Recorded(request.method, request.url.path, dict(request.headers), await request.body()))
            return await call_next(request)

        @app.post("/restapi/oauth/token")
        async def token(request: Request) -> Response:
            expected = "Basic " + base64.b64encode(f"{self.client_id}:{self.client_secret}".encode()).decode()
            if request.headers.get("authorization") != expected:
                return JSONResponse({"error": "invalid_client", "errors": [{"errorCode": "OAU-123", "message": "Invalid Authorization header"}]}, 401)
            form = {k: v[0] for k, v in parse_qs((await request.body()).decode()).items()}
            grant = form.get("grant_type")
            if grant == "urn:ietf:params:oauth:grant-type:jwt-bearer" and form.get("assertion") == self.jwt:
                return self._issue()
            if grant == "refresh_token" and form.get("refresh_token") in self._refreshable and not self.refuse_refresh:
                self._refreshable.discard(form["refresh_token"])
                return self._issue()
            return JSONResponse({"error": "invalid_grant", "errors": [{"errorCode": "OAU-140", "message": "Invalid resource owner credentials"}]}, 400)

        @app.post("/restapi/v1.0/account/~/extension/~/sms")
        async def sms(request: Request) -> Response:
            if (refused := self._unauthorised(request)) is not None:
                return refused
            if self.rate_limited:
                return _error(429, "CMN-301", "Request rate exceeded", {"Retry-After": self.rate_limited.pop(0)})
            if self.sms_error:
                status, code = self.sms_error
                return _error(status, code, "refused")
            if self.hold is not None:
                await anyio.to_thread.run_sync(self.hold.wait)
            body = await request.json()
            message_id = next(self._ids)
            record = {
                "uri": f"{self.url}/restapi/v1.0/account/{ACCOUNT}/extension/{EXTENSION}/message-store/{message_id}",
                "id": message_id, "to": body["to"], "from": body["from"], "type": "SMS", "direction": "Outbound",
                "subject": body["text"], "messageStatus": "Queued", "readStatus": "Read", "availability": "Alive",
                "creationTime": _iso(datetime.now(timezone.utc)), **self.sms_record,
            }
            self.messages[message_id] = record
            return JSONResponse(record)

        @app.get("/restapi/v1.0/account/~/extension/~/message-store/{message_id}")
        async def message(message_id: int, request: Request) -> Response:
            if (refused := self._unauthorised(request)) is not None:
                return refused
            record = self.messages.get(message_id)
            if record is None:
                return _error(404, "MSG-333", "Message not found")
            later = self.fails_later.get(record["to"][0]["phoneNumber"])
            status, code = later or ("Delivered", "")
            return JSONResponse({**record, "messageStatus": status, **({"deliveryErrorCode": code} if code else {})})

        @app.post("/restapi/v1.0/account/~/extension/~/ring-out")
        async def ring_out(request: Request) -> Response:
            if (refused := self._unauthorised(request)) is not None:
                return refused
            ring_out_id = str(next(self._ids))
            return JSONResponse({
                "uri": f"{self.url}/restapi/v1.0/account/{ACCOUNT}/extension/{EXTENSION}/ring-out/{ring_out_id}", "id": ring_out_id,
                "status": {"callStatus": "InProgress", "callerStatus": "InProgress", "calleeStatus": "InProgress"},
            })

        @app.post("/restapi/v1.0/subscription")
        def subscribe(request: Request, body: dict[str, Any]) -> Response:
            if (refused := self._unauthorised(request)) is not None:
                return refused
            address = body["deliveryMode"]["address"]
            challenge = str(uuid.uuid4())
            try:
                answer = httpx.post(address, headers={"Validation-Token": challenge, "User-Agent": "RingCentral-Webhook/8.3"}, timeout=3.0)
            except httpx.HTTPError:
                return _error(400, "SUB-521", "WebHook server is not available")
            self.handshakes.append(answer)
            if answer.status_code != 200 or answer.headers.get("Validation-Token") != challenge or len(answer.content) > 1024:
                return _error(400, "SUB-525", "WebHook server response is invalid")
            subscription_id = str(uuid.uuid4())
            now = datetime.now(timezone.utc)
            self.subscriptions[subscription_id] = {
                "uri": f"{self.url}/restapi/v1.0/subscription/{subscription_id}", "id": subscription_id, "creationTime": _iso(now),
                "status": "Active",
                "eventFilters": [f.replace("/account/~/extension/~/", f"/account/{ACCOUNT}/extension/{EXTENSION}/") for f in body["eventFilters"]],
                "expirationTime": _iso(now + timedelta(seconds=body.get("expiresIn", 604800))), "expiresIn": body.get("expiresIn", 604800),
                "deliveryMode": {"transportType": "WebHook", "encryption": False, "address": address},
            }
            return JSONResponse(self.subscriptions[subscription_id])

        @app.get("/restapi/v1.0/subscription")
        def subscriptions(request: Request) -> Response:
            if (refused := self._unauthorised(request)) is not None:
                return refused
            return JSONResponse({"uri": f"{self.url}/restapi/v1.0/subscription", "records": list(self.subscriptions.values())})

        @app.post("/restapi/v1.0/subscription/{subscription_id}/renew")
        def renew(subscription_id: str, request: Request) -> Response:
            if (refused := self._unauthorised(request)) is not None:
                return refused
            record = self.subscriptions.get(subscription_id)
            if record is None:
                return _error(404, "SUB-507", "Subscription was expired")
            record["expirationTime"] = _iso(datetime.now(timezone.utc) + timedelta(seconds=record["expiresIn"]))
            return JSONResponse(record)

        @app.delete("/restapi/v1.0/subscription/{subscription_id}")
        def unsubscribe(subscription_id: str, request: Request) -> Response:
            if (refused := self._unauthorised(request)) is not None:
                return refused
            self.subscriptions.pop(subscription_id, None)
            return Response(status_code=204)

        return app

    def _issue(self) -> JSONResponse:
        with self._guard:
            n = next(self._tokens)
            self.access_token, self.refresh_token = f"access-{n}", f"refresh-{n}"
            self._sessions.add(self.access_token)
            self._refreshable.add(self.refresh_token)
        return JSONResponse({
            "access_token": self.access_token, "token_type": "bearer", "expires_in": self.expires_in,
            "refresh_token": self.refresh_token, "refresh_token_expires_in": 604800, "scope": "SMS RingOut ReadMessages",
            "owner_id": EXTENSION,
        })

    def _unauthorised(self, request: Request) -> Response | None:
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or token not in self._sessions:
            return _error(401, "OAU-129", "Access token corrupted")
        return None
