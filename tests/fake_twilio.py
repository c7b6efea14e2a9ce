"""Twilio's side of the wire for tests: the API the SDK calls, recorded, and webhooks signed as Twilio signs them."""
from __future__ import annotations

import json
import logging
import threading
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import httpx
from twilio.http import HttpClient
from twilio.http.response import Response as TwilioResponse
from twilio.request_validator import RequestValidator

from app.container import Services, build_services, sms_channel, voice_channel
from tests.conftest import NOW, settings_for


SID, TOKEN, FROM = "AC" + "0" * 32, "test-auth-token", "+14165550100"
PUBLIC = "https://assist.example.ca"


class RecordingTwilio(HttpClient):
    """Stands where Twilio's API is: records what the SDK sends and answers as Twilio does (a message or a call)."""

    def __init__(self) -> None:
        super().__init__(logging.getLogger("twilio.http_client"), is_async=False)
        self.requests: list[dict] = []
        self.refuse_with: int | None = None
        self._lock = threading.Lock()  # the service sends from many threads at once: each request gets its own sid

    def request(self, method, uri, params=None, data=None, headers=None, auth=None, timeout=None, allow_redirects=False):  # type: ignore[no-untyped-def, override]
        with self._lock:
            self.requests.append({"method": method, "uri": uri, "data": dict(data or {}), "auth": auth})
            number = len(self.requests)
        if self.refuse_with is not None:
            body = {"code": self.refuse_with, "message": "Attempt to send to unsubscribed recipient", "status": 400}
            return TwilioResponse(400, json.dumps(body))
        prefix = "CA" if uri.endswith("/Calls.json") else "SM"
        return TwilioResponse(201, json.dumps({"sid": f"{prefix}{number:032d}", "status": "queued", "to": data["To"], "body": data.get("Body")}))


def twilio_post(api: httpx.Client, url: str, form: dict[str, str], token: str) -> httpx.Response:
    """POST as Twilio does: form-encoded, signed over the full public URL with its query string."""
    parts = urlsplit(url)
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    signature = RequestValidator(token).compute_signature(url, form)
    return api.post(path, content=urlencode(form), headers={"X-Twilio-Signature": signature, "Content-Type": "application/x-www-form-urlencoded"})


def twilio_services(odoo_url: str, folder: Path, twilio: RecordingTwilio, medium: str, **overrides: object) -> Services:
    """The service with Twilio as its `medium` ("sms" or "voice") provider, the SDK talking to `twilio`; `overrides`
    are settings (another store, a shorter Odoo timeout)."""
    settings = settings_for(odoo_url, folder, **{f"{medium}_channel": "twilio"}, twilio_account_sid=SID, twilio_auth_token=TOKEN,
                            twilio_from_number=FROM, public_url=PUBLIC, **overrides)
    channel = sms_channel(settings, twilio_http=twilio) if medium == "sms" else voice_channel(settings, twilio_http=twilio)
    return build_services(settings, clock=lambda: NOW, channels={medium: channel})
