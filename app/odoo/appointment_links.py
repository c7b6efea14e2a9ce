"""The public link to Odoo's own booking page for an appointment type: an `appointment.invite`'s short link, which
works for anyone, where `/appointment/<id>` answers 404 to the public unless the type is published on the website."""
from __future__ import annotations

from app.odoo.gateway import OdooGateway


class AppointmentInvites:
    """One invitation per type, the service's own (found again by its short code), its link read once."""

    def __init__(self, gateway: OdooGateway) -> None:
        self._gateway = gateway
        self._links: dict[int, str] = {}

    def link(self, type_id: int) -> str:
        if type_id not in self._links:
            code = f"fusion-visit-{type_id}"
            found = self._gateway.search_read("appointment.invite", [("short_code", "=", code)], ["book_url"], limit=1)
            if not found:
                invite = self._gateway.create("appointment.invite", {"short_code": code, "appointment_type_ids": [(6, 0, [type_id])]})
                found = self._gateway.read("appointment.invite", [invite], ["book_url"])
            self._links[type_id] = found[0]["book_url"]
        return self._links[type_id]
