"""The project's own Odoo errors: callers never see odoorpc, httpx or Odoo's exception names."""
from __future__ import annotations

import re


class OdooError(Exception):
    """Odoo answered with an error; `odoo_name` keeps Odoo's exception name for the operator."""

    def __init__(self, message: str, odoo_name: str = "") -> None:
        super().__init__(message)
        self.odoo_name = odoo_name


class OdooUnavailable(OdooError):
    """Odoo could not be reached (connection refused, timeout, 5xx gateway): queue the work and retry later."""


class OdooAuthError(OdooError):
    """Login, password or API key refused."""


class OdooAccessError(OdooError):
    """The user may not do this (AccessError, private method)."""


class OdooValidationError(OdooError):
    """Odoo refused the values (ValidationError, UserError, bad domain or field)."""


class OdooMissingError(OdooError):
    """The record does not exist (any more)."""


class OdooNotFound(OdooValidationError):
    """This Odoo has no such model or method (a module not installed): JSON-2's 404, /jsonrpc's "Object … doesn't
    exist" or AttributeError. Callers that can do without an optional model catch this one."""


# every name Odoo 19 puts in an error body over /jsonrpc or JSON-2: its own exceptions (odoo/exceptions.py, odoo/http.py)
# and werkzeug's, raised by the JSON-2 route itself (addons/rpc/controllers/json2.py, Json2Dispatcher)
_BY_ODOO_NAME: dict[str, type[OdooError]] = {
    "odoo.exceptions.AccessDenied": OdooAuthError,
    "odoo.http.SessionExpiredException": OdooAuthError,
    "werkzeug.exceptions.Unauthorized": OdooAuthError,  # JSON-2: no or a wrong API key (401)
    "odoo.exceptions.AccessError": OdooAccessError,
    "werkzeug.exceptions.Forbidden": OdooAccessError,
    "odoo.exceptions.ValidationError": OdooValidationError,
    "odoo.exceptions.UserError": OdooValidationError,
    "odoo.exceptions.RedirectWarning": OdooValidationError,
    "odoo.exceptions.CacheMiss": OdooValidationError,
    "werkzeug.exceptions.UnprocessableEntity": OdooValidationError,  # JSON-2: arguments that do not fit the method (422)
    "werkzeug.exceptions.BadRequest": OdooValidationError,  # JSON-2: a body that is not JSON (400)
    "builtins.ValueError": OdooValidationError,
    "builtins.TypeError": OdooValidationError,
    "builtins.KeyError": OdooValidationError,
    "odoo.exceptions.MissingError": OdooMissingError,
    "werkzeug.exceptions.NotFound": OdooNotFound,  # JSON-2: unknown model or method (404)
    "builtins.AttributeError": OdooNotFound,  # /jsonrpc: unknown method
    "werkzeug.exceptions.MethodNotAllowed": OdooNotFound,
    # a record locked or a serialisation conflict Odoo gave up retrying: worth another try, like a timeout
    "odoo.exceptions.LockError": OdooUnavailable,
    "odoo.exceptions.ConcurrencyError": OdooUnavailable,
    "werkzeug.exceptions.ServiceUnavailable": OdooUnavailable,
    "werkzeug.exceptions.TooManyRequests": OdooUnavailable,
}
_NO_SUCH_MODEL = re.compile(r"^Object \S+ doesn't exist$")  # /jsonrpc's UserError for a model this Odoo lacks


def from_odoo_error(data: dict) -> OdooError:
    """Turn Odoo's error object (`{name, message, ...}`) into one of ours."""
    name = str(data.get("name") or "")
    message = str(data.get("message") or name or "Odoo error")
    if name == "odoo.exceptions.UserError" and _NO_SUCH_MODEL.match(message):
        return OdooNotFound(message, name)
    return _BY_ODOO_NAME.get(name, OdooError)(message, name)
