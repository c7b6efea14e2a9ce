"""Booking a maintenance visit as a `calendar.event` in Odoo, linked to the client, technician and unit."""
from __future__ import annotations

from app.odoo.gateway import OdooGateway
from dialogs.model import Slot, Unit


class VisitBooker:
    """Creates the visit; the caller has re-checked the slot and claimed it in the store."""

    def __init__(self, gateway: OdooGateway, mail_invitations: bool) -> None:
        self._gateway = gateway
        self._mail_invitations = mail_invitations

    def book(
        self, slot: Slot, client_partner_id: int, units: list[Unit], appointment_type_id: int | None, name: str, description: str
    ) -> int:
        """The event; `description` is HTML (Odoo's field is)."""
        values = {
            "name": name,
            "start": slot.start,
            "stop": slot.end,
            "duration": (slot.end - slot.start).total_seconds() / 3600,
            "user_id": slot.technician_id,
            "partner_ids": [(6, 0, [client_partner_id, slot.technician_partner_id])],
            "show_as": "busy",
            "description": description,
        }
        context = self._context()
        if units:  # linked to the first unit; the description lists every unit of the visit
            # Odoo fills res_model_id from default_res_model itself: reading ir.model is for administrators only
            values["res_id"] = units[0].id
            context = {**context, "default_res_model": units[0].model}
        if appointment_type_id:
            # Odoo's own booking page counts a technician busy for a type only through booking lines: without one it
            # would book over this visit. Internal users may only read booking lines; the capacity's inverse makes
            # the line (for the event's user) with Odoo's own rights
            values["appointment_type_id"] = appointment_type_id
            values["total_capacity_reserved"] = 1
        return self._gateway.create("calendar.event", values, context=context)

    def move(self, event_id: int, slot: Slot, client_partner_id: int) -> None:
        """The same event at the new time (and maybe with another technician): its links and history stay."""
        self._gateway.write("calendar.event", [event_id], {
            "start": slot.start, "stop": slot.end, "duration": (slot.end - slot.start).total_seconds() / 3600,
            "user_id": slot.technician_id, "partner_ids": [(6, 0, [client_partner_id, slot.technician_partner_id])],
        }, context=self._context())

    def cancel(self, event_id: int) -> None:
        """Archived, not deleted: the visit leaves the technicians' calendars and stays in Odoo's history. The
        'Meeting' activity Odoo gave the technician on the unit goes with it (archiving leaves it open)."""
        self._gateway.write("calendar.event", [event_id], {"active": False}, context=self._context())
        meetings = [a["id"] for a in self._gateway.search_read("mail.activity", [("calendar_event_id", "=", event_id)], ["id"])]
        if meetings:
            self._gateway.call("mail.activity", "unlink", meetings)

    def _context(self) -> dict:
        """No mail from Odoo to the client: `no_mail_to_attendees` holds the invitations; the appointment module's
        booked and cancellation templates ride on value tracking, which only `mail_notrack` holds back."""
        return {} if self._mail_invitations else {"no_mail_to_attendees": True, "mail_notrack": True}
