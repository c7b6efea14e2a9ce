"""The project's own Odoo errors: callers never see odoorpc, httpx or Odoo's exception names."""
from __future__ import annotations


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


_BY_ODOO_NAME: dict[str, type[OdooError]] = {
    "odoo.exceptions.AccessDenied": OdooAuthError,
    "odoo.http.SessionExpiredException": OdooAuthError,
    "odoo.exceptions.AccessError": OdooAccessError,
    "odoo.exceptions.ValidationError": OdooValidationError,
    "odoo.exceptions.UserError": OdooValidationError,
    "builtins.ValueError": OdooValidationError,
    "builtins.TypeError": OdooValidationError,
    "odoo.exceptions.MissingError": OdooMissingError,
}


def from_odoo_error(data: dict) -> OdooError:
    """Turn Odoo's error object (`{name, message, ...}`) into one of ours."""
    name = str(data.get("name") or "")
    message = str(data.get("message") or name or "Odoo error")
    return _BY_ODOO_NAME.get(name, OdooError)(message, name)
