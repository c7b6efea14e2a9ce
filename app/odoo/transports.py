"""The two ways to reach Odoo: odoorpc over /jsonrpc (Odoo 17-19) and JSON-2 over httpx (Odoo 19+).

Both take named arguments (`ids` for the recordset) so the gateway speaks one dialect;
JSON-RPC turns them into `execute_kw(model, method, [ids], kwargs)`, which Odoo maps to the same call.
"""
from __future__ import annotations

import json
import queue
import socket
import urllib.error
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Protocol
from urllib.parse import urlsplit

import httpx
import odoorpc
import odoorpc.error

from app.odoo.errors import OdooAuthError, OdooError, OdooUnavailable, from_odoo_error


class Transport(Protocol):
    """One RPC call to Odoo; raises the project's Odoo errors only."""

    def call(self, model: str, method: str, ids: list[int] | None = None, *, timeout: float | None = None, **named: Any) -> Any:
        """`timeout`: this call's own bound in seconds (what is left of a turn's budget), else the configured one."""

    def warm(self, clients: int) -> None:
        """Get ready for `clients` calls at once before traffic comes."""


class JsonRpcTransport:
    """odoorpc, unmodified: stateless execute_kw with the password (or API key) on every call."""

    def __init__(self, url: str, db: str, login: str, password: str, timeout: float) -> None:
        parts = urlsplit(url)
        self._host = parts.hostname or "127.0.0.1"
        self._protocol = "jsonrpc+ssl" if parts.scheme == "https" else "jsonrpc"
        self._port = parts.port or (443 if parts.scheme == "https" else 8069)
        self._db, self._login, self._password, self._timeout = db, login, password, timeout
        # odoorpc keeps one urllib opener and cookie jar per client, not safe to share: each call borrows a signed-in
        # client of its own (as many as calls run at once), so concurrent turns call Odoo side by side; the most
        # recently returned is lent first, so a quiet service keeps using the same few
        self._idle: queue.LifoQueue[odoorpc.ODOO] = queue.LifoQueue()

    def warm(self, clients: int) -> None:
        """Sign in `clients` clients now (a worker about to take traffic), not in the first turns that need them: the
        first alone (a wrong password fails once), the others side by side, so a start waits about two sign-ins."""
        if clients < 1:
            return
        first = self._borrow()
        with ThreadPoolExecutor(max_workers=min(clients - 1, 8) or 1, thread_name_prefix="odoo-sign-in") as pool:
            others = list(pool.map(lambda _: self._borrow(), range(clients - 1)))
        for client in [first, *others]:
            self._idle.put(client)

    def _borrow(self, timeout: float | None = None) -> odoorpc.ODOO:
        try:
            return self._idle.get_nowait()
        except queue.Empty:
            pass
        try:  # signing in is bounded like the call it is for
            odoo = odoorpc.ODOO(self._host, protocol=self._protocol, port=self._port, timeout=timeout or self._timeout)
            odoo.login(self._db, self._login, self._password)
        except odoorpc.error.Error as exc:
            if isinstance(exc, odoorpc.error.RPCError) and isinstance(exc.info, dict) and exc.info.get("data"):
                raise _rpc_error(exc) from exc
            # `common.login` answered False: odoorpc raises a bare 'Wrong login ID or password'
            raise OdooAuthError(str(exc), "odoo.exceptions.AccessDenied") from exc
        except _UNREACHABLE as exc:
            raise OdooUnavailable(f"Odoo unreachable: {exc.__class__.__name__}") from exc
        return odoo

    def call(self, model: str, method: str, ids: list[int] | None = None, *, timeout: float | None = None, **named: Any) -> Any:
        args: list[Any] = [ids] if ids is not None else []
        if method == "create":  # Odoo's _call_kw_model_create reads args[0]: vals_list cannot travel as a keyword
            args = [named.pop("vals_list")]
        bound = self._timeout if timeout is None else min(timeout, self._timeout)
        odoo = self._borrow(bound)
        odoo.config["timeout"] = bound  # the client is this call's alone
        try:
            result = odoo.execute_kw(model, method, args, named)
        except odoorpc.error.RPCError as exc:
            self._idle.put(odoo)
            raise _rpc_error(exc) from exc
        except _UNREACHABLE as exc:  # the client is dropped: the next call signs in afresh
            raise OdooUnavailable(f"Odoo unreachable: {exc.__class__.__name__}") from exc
        self._idle.put(odoo)
        return result


_UNREACHABLE = (urllib.error.URLError, ConnectionError, socket.timeout, TimeoutError, json.JSONDecodeError)


def _rpc_error(exc: odoorpc.error.RPCError) -> OdooError:
    info = exc.info if isinstance(exc.info, dict) else {}
    raw = info.get("data")
    data = raw if isinstance(raw, dict) else {}
    return from_odoo_error({"name": data.get("name", ""), "message": data.get("message") or str(exc)})


class Json2Transport:
    """Odoo 19's JSON-2: `POST /json/2/<model>/<method>`, bearer API key, named arguments only."""

    def __init__(self, url: str, db: str, api_key: str, timeout: float) -> None:
        self._timeout = timeout
        self._client = httpx.Client(
            base_url=url.rstrip("/"),
            timeout=timeout,
            headers={"Authorization": f"bearer {api_key}", "X-Odoo-Database": db},
        )

    def warm(self, clients: int) -> None:
        """Nothing to sign in: the API key travels with each request, and httpx keeps its connections."""

    def call(self, model: str, method: str, ids: list[int] | None = None, *, timeout: float | None = None, **named: Any) -> Any:
        body = dict(named)
        if ids is not None:
            body["ids"] = ids
        try:
            bound = min(timeout, self._timeout) if timeout is not None else self._timeout
            response = self._client.post(f"/json/2/{model}/{method}", json=body, timeout=bound)
        except httpx.TransportError as exc:
            raise OdooUnavailable(f"Odoo unreachable: {exc.__class__.__name__}") from exc
        if response.status_code in (502, 503, 504):
            raise OdooUnavailable(f"Odoo unavailable: HTTP {response.status_code}")
        try:
            payload = response.json()
        except ValueError as exc:
            raise OdooUnavailable(f"Odoo sent no JSON (HTTP {response.status_code})") from exc
        if response.is_error:
            raise from_odoo_error(payload if isinstance(payload, dict) else {})
        return payload

    def close(self) -> None:
        self._client.close()
