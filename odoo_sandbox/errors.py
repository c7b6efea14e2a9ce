"""Odoo's exceptions as the wire shows them: the class path in `name`, the text in `message`."""
from __future__ import annotations


class WireError(Exception):
    """An error as Odoo serialises it: `name` the class path, `message`, `arguments`, and a JSON-2 status."""

    name = "odoo.exceptions.UserError"
    http_status = 422  # JSON-2 status for this kind of error

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def arguments(self) -> list:
        return [self.message]

    def as_data(self, debug: str = "") -> dict:
        return {"name": self.name, "message": self.message, "arguments": self.arguments(), "context": {}, "debug": debug}


class OdooException(WireError):
    """Odoo's own exceptions (odoo.exceptions)."""


class UserError(OdooException):
    pass


class ValidationError(OdooException):
    name = "odoo.exceptions.ValidationError"


class AccessError(OdooException):
    name = "odoo.exceptions.AccessError"
    http_status = 403


class AccessDenied(OdooException):
    name = "odoo.exceptions.AccessDenied"
    http_status = 403

    def __init__(self, message: str = "Access Denied") -> None:
        super().__init__(message)


class MissingError(OdooException):
    name = "odoo.exceptions.MissingError"
    http_status = 404


class InvalidValue(OdooException):
    """Odoo raises a bare ValueError for a bad domain or an unknown field."""

    name = "builtins.ValueError"
    http_status = 500  # not an Odoo exception: JSON-2 answers it as an internal error


class WerkzeugException(WireError):
    """werkzeug's HTTP exceptions as Odoo 19's JSON-2 serialises them: the description as the message, (description,
    code) as the arguments."""

    name = "werkzeug.exceptions.HTTPException"
    http_status = 500

    def arguments(self) -> list:
        return [self.message, self.http_status]


class BadRequest(WerkzeugException):
    name = "werkzeug.exceptions.BadRequest"
    http_status = 400


class Unauthorized(WerkzeugException):
    name = "werkzeug.exceptions.Unauthorized"
    http_status = 401


class NotFound(WerkzeugException):
    name = "werkzeug.exceptions.NotFound"
    http_status = 404


class UnprocessableEntity(WerkzeugException):
    name = "werkzeug.exceptions.UnprocessableEntity"
    http_status = 422
