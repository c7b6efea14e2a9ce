"""One RingCentral session for the whole process, through the official SDK, shared by texts, RingOut and subscriptions.

RingCentral allows 5 token requests a minute (the Auth rate-limit group) and asks that one thread authenticates
and every thread shares the tokens: the session logs in once with the JWT, lets the SDK refresh the access token
before it expires, and logs in again only when the refresh token is gone. A 429 is retried after its Retry-After,
a bounded number of times; anything longer is left to the caller's own retry (the outbox's backoff).

The SDK's exceptions carry the request's headers (the bearer token, or the client secret for token requests) in
their message, so they are turned into `RingCentralError` (status and RingCentral error codes only) and never
chained or logged.
"""
from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable
from typing import Any

import requests
from ringcentral.http import ApiException, ApiResponse, Client
from ringcentral.platform import Platform
from tenacity import RetryCallState, Retrying, retry_if_exception, stop_after_attempt
from tenacity.stop import stop_base

from app.channels.base import ChannelError

log = logging.getLogger(__name__)

REFRESH_MARGIN_SECONDS = 300.0  # refresh this long before the access token expires, so no request races its expiry
ATTEMPTS = 3  # tries of one request while RingCentral answers 429
LONGEST_WAIT_SECONDS = 60.0  # a longer Retry-After is not waited for here: the caller retries later
WAIT_WITHOUT_RETRY_AFTER = 2.0  # RingCentral's first recommended back-off step
TIMEOUT_SECONDS = (5.0, 30.0)  # connect, read


class RingCentralError(ChannelError):
    """RingCentral refused or failed: the HTTP status, RingCentral's error codes (e.g. CMN-301, MSG-240) and, for a
    429, how long it asked us to wait."""

    def __init__(self, status: int, codes: tuple[str, ...] = (), retry_after: float | None = None) -> None:
        super().__init__(f"ringcentral HTTP {status} {','.join(codes) or '-'}")
        self.status = status
        self.codes = codes
        self.retry_after = retry_after


class _TimedClient(Client):
    """The SDK's HTTP client with timeouts: it sets none, and a silent network would hold a thread (and the login
    lock) for good."""

    def load_response(self, request: requests.PreparedRequest) -> ApiResponse:
        with requests.Session() as session:
            return ApiResponse(request, session.send(request, timeout=TIMEOUT_SECONDS))


def _error_from(exc: ApiException) -> RingCentralError:
    response = exc.api_response().response() if exc.api_response() else None
    if response is None:  # no answer at all: connection refused, timeout, TLS
        return RingCentralError(0)
    try:
        payload = response.json()
    except ValueError:
        payload = {}
    payload = payload if isinstance(payload, dict) else {}
    entries = [payload, *(e for e in payload.get("errors") or [] if isinstance(e, dict))]
    codes = tuple(dict.fromkeys(str(e[key]) for e in entries for key in ("errorCode", "error") if e.get(key)))
    try:
        retry_after: float | None = float(response.headers.get("Retry-After", ""))
    except ValueError:
        retry_after = None
    return RingCentralError(response.status_code, codes, retry_after)


def _rate_limited(exc: BaseException) -> bool:
    return isinstance(exc, RingCentralError) and exc.status == 429


def _wait(state: RetryCallState) -> float:
    exc = state.outcome.exception() if state.outcome else None
    after = exc.retry_after if isinstance(exc, RingCentralError) else None
    return WAIT_WITHOUT_RETRY_AFTER if after is None else after


class _AsksTooLong(stop_base):
    """A Retry-After longer than we wait in a call: the outbox's own retries take it from there."""

    def __call__(self, retry_state: RetryCallState) -> bool:
        return _wait(retry_state) > LONGEST_WAIT_SECONDS


class RingCentralClient:
    """The logged-in platform, safe to share between threads; `get`/`post`/`delete` return RingCentral's JSON."""

    def __init__(
        self, client_id: str, client_secret: str, jwt: str, server_url: str, sleep: Callable[[float], None] = time.sleep
    ) -> None:
        self._platform = Platform(_TimedClient(), client_id, client_secret, server_url, name="fusion-assist", version="0.1.0")
        self._jwt = jwt
        self._lock = threading.Lock()
        self._retrying = Retrying(
            retry=retry_if_exception(_rate_limited), stop=stop_after_attempt(ATTEMPTS) | _AsksTooLong(), wait=_wait,
            sleep=sleep, reraise=True,
        )

    def get(self, path: str) -> dict[str, Any]:
        return self._retrying(self._call, lambda: self._platform.get(path))

    def post(self, path: str, body: dict[str, Any] | None = None) -> dict[str, Any]:
        return self._retrying(self._call, lambda: self._platform.post(path, body))

    def delete(self, path: str) -> dict[str, Any]:
        return self._retrying(self._call, lambda: self._platform.delete(path))

    def _call(self, request: Callable[[], ApiResponse]) -> dict[str, Any]:
        self._ensure_session()
        token = self._platform.auth().access_token()
        try:
            response = request()
        except ApiException as exc:
            error = _error_from(exc)
        else:
            return json.loads(response.text()) if response.body() else {}
        if error.status == 401:  # revoked or expired early: the next call refreshes (or logs in) first
            self._expire(token)
        raise error  # outside the handler: the SDK's exception (headers and all) is not even its context

    def _ensure_session(self) -> None:
        """Log in once; refresh through the SDK shortly before the access token expires; log in again only when the
        refresh token is gone or refused. One thread at a time, as RingCentral asks."""
        with self._lock:
            auth = self._platform.auth()
            if auth.data()["expire_time"] - time.time() > REFRESH_MARGIN_SECONDS:
                return
            if auth.refresh_token_valid():
                try:
                    self._token_request(self._platform.refresh)
                    return
                except RingCentralError as exc:
                    if exc.status == 429:
                        raise
                    log.warning("ringcentral refused the token refresh (%s); logging in again", exc)
            self._token_request(lambda: self._platform.login(jwt=self._jwt))
            log.info("logged in to ringcentral")

    @staticmethod
    def _token_request(request: Callable[[], ApiResponse]) -> None:
        try:
            request()
        except ApiException as exc:
            error = _error_from(exc)
        else:
            return
        raise error

    def _expire(self, token: str) -> None:
        with self._lock:
            if self._platform.auth().access_token() == token:
                self._platform.auth().set_data({"expire_time": 0})
