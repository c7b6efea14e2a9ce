"""The only place that talks to Odoo: batched reads, retries on connection errors, and the UTC edge.

Odoo keeps datetimes as naive UTC strings and dates as 'YYYY-MM-DD'; above this module they are aware
datetimes and `date`s, and Odoo's `False` for an empty field is `None`. Field types come from `fields_get`,
asked once per model.
"""
from __future__ import annotations

import logging
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, datetime, timezone
from typing import Any

import httpx
from tenacity import RetryCallState, retry, retry_if_exception_type, stop_after_attempt, wait_exponential
from tenacity.stop import stop_base

from app import metrics
from app.config import Settings
from app.odoo.errors import OdooError, OdooMissingError, OdooUnavailable
from app.odoo.transports import Json2Transport, JsonRpcTransport, Transport

log = logging.getLogger(__name__)

_DEADLINE: ContextVar[float | None] = ContextVar("odoo_deadline", default=None)  # monotonic seconds; None: no budget
ODOO_DATETIME = "%Y-%m-%d %H:%M:%S"
ODOO_DATE = "%Y-%m-%d"
Domain = list[Any]
Record = dict[str, Any]


def to_odoo(value: Any) -> Any:
    """A Python value as Odoo wants it on the wire (aware datetimes to naive UTC strings)."""
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValueError("naive datetime sent to Odoo; the gateway only takes aware datetimes")
        return value.astimezone(timezone.utc).strftime(ODOO_DATETIME)
    if isinstance(value, date):
        return value.strftime(ODOO_DATE)
    if isinstance(value, dict):
        return {key: to_odoo(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_odoo(item) for item in value]
    return value


class OdooGateway:
    """Typed, retried access to Odoo's ORM over whichever transport the settings choose."""

    def __init__(self, transport: Transport, batch_size: int = 500, attempts: int = 3) -> None:
        self._transport = transport
        self._batch_size = batch_size
        self._types: dict[str, dict[str, str]] = {}
        self._timed = metrics.timed_odoo(self._transport.call)
        self._call = retry(
            retry=retry_if_exception_type(OdooUnavailable),
            stop=stop_after_attempt(attempts) | _BudgetSpent(),
            wait=wait_exponential(multiplier=0.2, max=2),
            reraise=True,
        )(self._call_once)

    @classmethod
    def from_settings(cls, settings: Settings) -> "OdooGateway":
        if _transport(settings) == "json2":
            if settings.odoo_api_key is None:
                raise OdooError("FUSION_ODOO_API_KEY is required for the JSON-2 transport")
            transport: Transport = Json2Transport(
                settings.odoo_url, settings.odoo_db, settings.odoo_api_key.get_secret_value(), settings.odoo_timeout_seconds
            )
        else:
            secret = settings.odoo_api_key or settings.odoo_password
            if secret is None:
                raise OdooError("set FUSION_ODOO_API_KEY (or FUSION_ODOO_PASSWORD) for the integration user")
            transport = JsonRpcTransport(
                settings.odoo_url, settings.odoo_db, settings.odoo_login, secret.get_secret_value(), settings.odoo_timeout_seconds
            )
        return cls(transport)

    def call(self, model: str, method: str, ids: list[int] | None = None, **named: Any) -> Any:
        """Any ORM method, named arguments only; datetimes in arguments are converted to Odoo's."""
        return self._call(model, method, ids, **to_odoo(named))

    @staticmethod
    @contextmanager
    def budget(seconds: float) -> Iterator[None]:
        """Every Odoo call in this block (this thread's) shares `seconds` in all, retries included: a client waiting on
        a hung Odoo hears a holding reply in about that long, not after every attempt's full timeout. An outer, tighter
        budget stays."""
        deadline = time.monotonic() + seconds
        outer = _DEADLINE.get()
        token = _DEADLINE.set(deadline if outer is None else min(outer, deadline))
        try:
            yield
        finally:
            _DEADLINE.reset(token)

    def _call_once(self, model: str, method: str, ids: list[int] | None = None, **named: Any) -> Any:
        """One attempt, bounded by what is left of the budget when there is one."""
        deadline = _DEADLINE.get()
        if deadline is None:
            return self._timed(model, method, ids, **named)
        left = deadline - time.monotonic()
        if left <= 0:
            raise OdooUnavailable("Odoo did not answer within the turn's budget")
        return self._timed(model, method, ids, timeout=left, **named)

    def warm(self, clients: int) -> None:
        """Be ready for `clients` calls at once (signed in) before the first turns need them."""
        self._transport.warm(clients)

    def create_once(self, model: str, values: Record, context: dict[str, Any] | None = None) -> int:
        """A create never sent twice: when the answer is lost (timeout), the record may exist, so the caller looks for
        it before trying again instead of the transport retrying blindly."""
        named: dict[str, Any] = {"vals_list": [values], **({"context": context} if context else {})}
        result = self._call_once(model, "create", None, **to_odoo(named))  # one attempt, never retried
        return result[0] if isinstance(result, list) else result

    def field_types(self, model: str) -> dict[str, str]:
        if model not in self._types:
            fields = self.call(model, "fields_get", attributes=["type"])
            self._types[model] = {name: spec["type"] for name, spec in fields.items()}
        return self._types[model]

    def has_appointments(self) -> bool:
        """Whether Odoo has the Enterprise appointment module, told by a field it adds to `calendar.event` (any
        internal user may ask `fields_get`; `ir.model` and `ir.module.module` are for administrators only)."""
        return "appointment_type_id" in self.field_types("calendar.event")

    def search_read(
        self, model: str, domain: Domain, fields: Sequence[str], order: str | None = None, limit: int | None = None
    ) -> list[Record]:
        return list(self.iter_search_read(model, domain, fields, order=order, limit=limit))

    @property
    def batch_size(self) -> int:
        return self._batch_size

    def iter_search_read(
        self, model: str, domain: Domain, fields: Sequence[str], order: str | None = None, limit: int | None = None
    ) -> Iterator[Record]:
        """The records of `pages`, one by one."""
        for page in self.pages(model, domain, fields, order, limit):
            yield from page

    def pages(
        self, model: str, domain: Domain, fields: Sequence[str], order: str | None = None, limit: int | None = None
    ) -> Iterator[list[Record]]:
        """Pages of `batch_size` records, ordered by `order` then id, so large tables never come in one reply."""
        offset = 0
        order = f"{order}, id" if order else "id"
        while True:
            page_size = self._batch_size if limit is None else min(self._batch_size, limit - offset)
            if page_size <= 0:
                return
            page = self.call(model, "search_read", domain=domain, fields=list(fields), offset=offset, limit=page_size, order=order)
            if page:
                yield [self._from_odoo(model, record) for record in page]
            if len(page) < page_size:
                return
            offset += page_size

    def read(self, model: str, ids: list[int], fields: Sequence[str]) -> list[Record]:
        """The records, in the order asked; OdooMissingError when one is gone (Odoo 19 silently leaves it out)."""
        records: list[Record] = []
        for start in range(0, len(ids), self._batch_size):
            chunk = ids[start : start + self._batch_size]
            found = [self._from_odoo(model, r) for r in self.call(model, "read", chunk, fields=list(fields))]
            if missing := sorted(set(chunk) - {r["id"] for r in found}):
                raise OdooMissingError(f"Record does not exist or has been deleted: {model}{tuple(missing)}", "odoo.exceptions.MissingError")
            records.extend(found)
        return records

    def create(self, model: str, values: Record, context: dict[str, Any] | None = None) -> int:
        named: dict[str, Any] = {"vals_list": [values]}
        if context:
            named["context"] = context
        result = self.call(model, "create", **named)
        return result[0] if isinstance(result, list) else result

    def write(self, model: str, ids: list[int], values: Record, context: dict[str, Any] | None = None) -> None:
        if context:
            self.call(model, "write", ids, vals=values, context=context)
        else:
            self.call(model, "write", ids, vals=values)

    def _from_odoo(self, model: str, record: Record) -> Record:
        types = self.field_types(model)
        return {name: _value_from_odoo(types.get(name, ""), value) for name, value in record.items()}


def _transport(settings: Settings) -> str:
    """The transport to use: the settings' own, or for 'auto' JSON-2 when there is an API key for it and Odoo is 19 or
    later (its GET /web/version says; an Odoo that cannot be asked now is taken to be recent)."""
    if settings.odoo_transport != "auto":
        return settings.odoo_transport
    if settings.odoo_api_key is None:
        return "jsonrpc"
    try:
        response = httpx.get(f"{settings.odoo_url.rstrip('/')}/web/version", timeout=settings.odoo_timeout_seconds)
        major = int(response.json()["version_info"][0])
    except (httpx.HTTPError, ValueError, KeyError, IndexError, TypeError):
        log.warning("Odoo's version could not be read: JSON-2 assumed, as on Odoo 19 and later")
        return "json2"
    return "json2" if major >= 19 else "jsonrpc"


def _value_from_odoo(field_type: str, value: Any) -> Any:
    if value is False and field_type != "boolean":
        return None
    # Odoo writes "YYYY-MM-DD HH:MM:SS" (UTC) and "YYYY-MM-DD": ISO forms, read by fromisoformat at a fraction of
    # strptime's cost (busy calendars come back in hundreds)
    if field_type == "datetime" and isinstance(value, str):
        return datetime.fromisoformat(value).replace(tzinfo=timezone.utc)
    if field_type == "date" and isinstance(value, str):
        return date.fromisoformat(value)
    return value


class _BudgetSpent(stop_base):
    """No attempt after the turn's budget is spent (a tenacity stop condition)."""

    def __call__(self, retry_state: RetryCallState) -> bool:
        deadline = _DEADLINE.get()
        return deadline is not None and time.monotonic() >= deadline
