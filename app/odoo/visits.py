"""Booking a maintenance visit as a `calendar.event` in Odoo, linked to the client, technician and unit."""
from __future__ import annotations

from datetime import datetime, timezone

from app.odoo.gateway import OdooGateway
from dialogs.model import Slot, Unit


def booking_key(conversation_id: int, technician_id: int, start: datetime) -> str:
    """The mark a booked event carries in its description: a turn cut off after Odoo made or moved the event (a crash,
    a lost answer) finds it again by this instead of booking twice."""
    return f"FB-{conversation_id}-{technician_id}-{start.astimezone(timezone.utc):%Y%m%d%H%M}"


class VisitBooker:
    """Creates the visit; the caller has re-checked the slot and claimed it in the store."""

    def __init__(self, gateway: OdooGateway, mail_invitations: bool) -> None:
        self._gateway = gateway
        self._mail_invitations = mail_invitations

    def book(
        self, slot: Slot, client_partner_id: int, units: list[Unit], appointment_type_id: int | None, name: str, description: str
    ) -> int:
        """The event, created once: when Odoo's answer is lost the event may exist, and the caller looks for it by its
        booking key (in `description`, which is HTML as Odoo's field is) before booking again."""
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
        return self._gateway.create_once("calendar.event", values, context=context)

    def move(self, event_id: int, slot: Slot, client_partner_id: int, description: str) -> None:
        """The same event at the new time (and maybe with another technician): its links and history stay. The new
        description carries the new booking key."""
        self._gateway.write("calendar.event", [event_id], {
            "start": slot.start, "stop": slot.end, "duration": (slot.end - slot.start).total_seconds() / 3600,
            "user_id": slot.technician_id, "partner_ids": [(6, 0, [client_partner_id, slot.technician_partner_id])],
            "description": description,
        }, context=self._context())

    def find(self, key: str) -> int | None:
        """The active event booked with this key, if Odoo has one."""
        found = self._gateway.search_read("calendar.event", [("description", "ilike", key)], ["id"], limit=1)
        return found[0]["id"] if found else None

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
