"""Staff sign in with their own Odoo login: the password is checked by Odoo's `/web/session/authenticate`, never kept.

Odoo 19 answers that route with the session info (`uid`, `name`, `username`, `partner_id`, `is_internal_user`, ...)
and a `session_id` cookie. A wrong login raises AccessDenied. A user with two-factor authentication gets `{"uid": null}`:
Odoo's session stays half-open until the code is typed into `/web/login/totp`, which only Odoo's own login page asks for
(odoo/http.py `Session.authenticate` finalizes only when `user._mfa_url()` is empty). The inbox therefore refuses such
users with a clear message; the Odoo session just opened is closed again at once either way.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx

from app.odoo.errors import OdooAuthError, OdooError, OdooUnavailable, from_odoo_error


@dataclass(frozen=True)
class StaffUser:
    uid: int
    name: str
    login: str
    partner_id: int | None


class SignInRefused(Exception):
    """`reason`: 'credentials' (wrong login or password), 'two_factor', 'not_internal' (a portal user), 'unavailable'
    (Odoo unreachable or refusing for another reason), 'throttled' (too many wrong passwords: Odoo was not asked)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class StaffLogin:
    def __init__(self, url: str, db: str, timeout: float) -> None:
        self._url = url.rstrip("/")
        self._db = db
        self._timeout = timeout

    def authenticate(self, login: str, password: str) -> StaffUser:
        with httpx.Client(base_url=self._url, timeout=self._timeout) as client:
            try:
                info = _call(client, "/web/session/authenticate", {"db": self._db, "login": login, "password": password})
            except OdooAuthError as exc:  # AccessDenied: wrong login or password
                raise SignInRefused("credentials") from exc
            except OdooError as exc:  # unreachable, or refusing for another reason (e.g. the database name)
                raise SignInRefused("unavailable") from exc
            try:
                if info.get("uid") is None:
                    raise SignInRefused("two_factor")
                if info.get("is_internal_user") is False:
                    raise SignInRefused("not_internal")
                return StaffUser(info["uid"], info.get("name") or login, info.get("username") or login, info.get("partner_id") or None)
            finally:
                _close(client)


def _call(client: httpx.Client, path: str, params: dict[str, Any]) -> Any:
    """One JSON-RPC call to an Odoo web route; Odoo's error object becomes one of ours."""
    try:
        response = client.post(path, json={"jsonrpc": "2.0", "method": "call", "params": params, "id": 1})
    except httpx.TransportError as exc:
        raise OdooUnavailable(f"Odoo unreachable: {exc.__class__.__name__}") from exc
    if response.status_code >= 500 or response.status_code == 404:
        raise OdooUnavailable(f"Odoo unavailable: HTTP {response.status_code}")
    try:
        payload = response.json()
    except ValueError as exc:
        raise OdooUnavailable(f"Odoo sent no JSON (HTTP {response.status_code})") from exc
    if "error" in payload:
        error = payload["error"] or {}
        raise from_odoo_error(error.get("data") or {"message": error.get("message")})
    return payload.get("result") or {}


def _close(client: httpx.Client) -> None:
    """The inbox keeps its own session; the Odoo session the check opened is destroyed (best effort)."""
    if client.cookies.get("session_id"):
        try:
            _call(client, "/web/session/destroy", {})
        except OdooError:
            pass
