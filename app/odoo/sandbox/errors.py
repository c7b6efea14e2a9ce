"""Odoo's exceptions as the wire shows them: the class path in `name`, the text in `message`."""
from __future__ import annotations


class OdooException(Exception):
    name = "odoo.exceptions.UserError"
    http_status = 422  # JSON-2 status for this kind of error

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def as_data(self, debug: str = "") -> dict:
        return {"name": self.name, "message": self.message, "arguments": [self.message], "context": {}, "debug": debug}


class UserError(OdooException):
    pass


class ValidationError(OdooException):
    name = "odoo.exceptions.ValidationError"


class AccessError(OdooException):
    name = "odoo.exceptions.AccessError"
    http_status = 403


class AccessDenied(OdooException):
    name = "odoo.exceptions.AccessDenied"
    http_status = 401

    def __init__(self, message: str = "Access Denied") -> None:
        super().__init__(message)


class MissingError(OdooException):
    name = "odoo.exceptions.MissingError"
    http_status = 404


class InvalidValue(OdooException):
    """Odoo raises a bare ValueError for a bad domain or an unknown field."""

    name = "builtins.ValueError"
