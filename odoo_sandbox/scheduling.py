"""What Odoo 19's calendar, appointment and Time Off modules do when their records change: an event's attendees kept
to its partners and invited, the contact details in a new event's description, its meeting activity, all-day dates,
appointment status and archiving, booking lines and the capacity they reserve, the appointment mails, and public
holidays that may not overlap.
"""
from __future__ import annotations

from datetime import datetime

from markupsafe import Markup

from . import orm
from .errors import ValidationError
from .schema import MAIL_THREAD


class Scheduling(orm.Database):
    """The calendar, appointment and Time Off models' own work, run by writing.py on a change."""

    def _sync_attendees(self, event: dict, created: bool, context: dict) -> None:
        """calendar.event keeps one calendar.attendee per partner in partner_ids, and mails invitations on create."""
        if event.get("start") and event.get("stop") and not event.get("duration"):
            start = datetime.strptime(event["start"], orm.DATETIME)
            event["duration"] = (datetime.strptime(event["stop"], orm.DATETIME) - start).total_seconds() / 3600
        records = self._records["calendar.attendee"]
        attendees = {records[i]["partner_id"]: records[i] for i in sorted(self._index.ids("calendar.attendee", "event_id", event["id"]))}
        wanted = list(event.get("partner_ids") or [])
        organizer_partner = self._records["res.users"].get(event.get("user_id") or 0, {}).get("partner_id")
        new_partners = [p for p in wanted if p not in attendees]
        for partner_id in new_partners:
            partner = self._records["res.partner"][partner_id]
            state = "accepted" if partner_id == organizer_partner else "needsAction"
            self._create("calendar.attendee", {"event_id": event["id"], "partner_id": partner_id, "state": state, "common_name": partner.get("name") or False, "email": partner.get("email") or False}, context)
        for partner_id, attendee in attendees.items():
            if partner_id not in wanted:
                self._delete("calendar.attendee", attendee["id"])
        if new_partners and not context.get("no_mail_to_attendees"):
            self._create("mail.message", {
                "model": "calendar.event", "res_id": event["id"], "message_type": "notification", "subject": f"Invitation to {event.get('name')}",
                "body": f"<p>You have been invited to {event.get('name')}</p>", "partner_ids": [(6, 0, new_partners)], "date": orm.now_string(),
            }, {})

    def _with_contact_details(self, vals: dict) -> dict:
        """calendar.event.create: the description wrapped in a <div> with the organizer's and the first other
        attendee's name, email and phone appended (unless the context says `skip_contact_description`)."""
        organizer = self._records["res.users"].get(vals.get("user_id") or 0)
        partner_ids: list[int] = []
        for command in vals.get("partner_ids") or []:
            if isinstance(command, int):
                partner_ids.append(command)
            elif command[0] == 6:
                partner_ids.extend(command[2])
            elif command[0] == 4:
                partner_ids.append(command[1])
        sections: list[Markup] = []
        if organizer is not None and organizer["id"] != 1:
            sections.append(self._contact_details("Organized by", organizer["partner_id"]))
        others = sorted(p for p in set(partner_ids) if p != (organizer or {}).get("partner_id"))
        if others:
            sections.append(self._contact_details("Contact Details", others[0]))
        if not sections:
            return vals
        details = Markup("<br><br>").join(sections)
        description = Markup(f"{vals['description']}<br>") if vals.get("description") else Markup("")
        return {**vals, "description": str(Markup("<div>{}{}</div>").format(description, details))}

    def _contact_details(self, title: str, partner_id: int) -> Markup:
        partner = self._records["res.partner"][partner_id]
        lines = [Markup("<strong>{}</strong>").format(title), partner.get("name") or ""]
        if partner.get("email"):
            lines.append(Markup('<a href="mailto:{0}">{0}</a>').format(partner["email"]))
        if partner.get("phone"):
            # Odoo's Html sanitizer percent-encodes the link's spaces (odoo/tools/mail.py), not the text
            lines.append(Markup('<a href="tel:{0}">{1}</a>').format(partner["phone"].replace(" ", "%20"), partner["phone"]))
        return Markup("<br>").join(lines)

    def _meeting_activity(self, event: dict) -> None:
        """calendar.event.create: an event linked to a record that keeps activities gets a 'Meeting' activity for its
        organizer on that record. Archiving the event leaves it; deleting the event deletes it."""
        ir_model = self._records["ir.model"].get(event.get("res_model_id") or 0)
        meeting = next((t["id"] for t in self._records["mail.activity.type"].values() if t.get("category") == "meeting"), None)
        if ir_model is None or ir_model["model"] not in MAIL_THREAD or not event.get("res_id") or meeting is None:
            return
        self._create("mail.activity", {
            "res_model_id": ir_model["id"], "res_id": event["res_id"], "activity_type_id": meeting, "summary": event.get("name") or False,
            "user_id": event.get("user_id") or False, "date_deadline": (event.get("start") or orm.now_string())[:10], "calendar_event_id": event["id"],
        }, {})
        organizer = self._records["res.users"].get(event.get("user_id") or 0)
        if organizer is not None:  # mail.activity's assignment notice, which no_mail_to_attendees does not stop
            self._notify_by_email(self._create("mail.message", {
                "model": ir_model["model"], "res_id": event["res_id"], "message_type": "user_notification", "date": orm.now_string(),
                "subject": f"{event.get('name')}: Meeting assigned to you", "partner_ids": [(6, 0, [organizer["partner_id"]])],
            }, {}))

    def _appointment_mail(self, event: dict, status: str, context: dict) -> None:
        """The appointment module's tracking templates: an appointment event booked, or archived before it starts,
        mails its attendees the type's booked or cancellation template. It rides on value tracking, so only
        `mail_notrack` or `tracking_disable` hold it back; `no_mail_to_attendees` does not."""
        if not event.get("appointment_type_id") or context.get("mail_notrack") or context.get("tracking_disable"):
            return
        organizer = self._records["res.users"].get(event.get("user_id") or 0, {}).get("partner_id")
        self._notify_by_email(self._create("mail.message", {
            "model": "calendar.event", "res_id": event["id"], "message_type": "notification", "date": orm.now_string(),
            "subject": f"Appointment {status}: {event.get('name')}", "author_id": organizer or False,
            "partner_ids": [(6, 0, [p for p in event.get("partner_ids") or [] if p != organizer])],
        }, {}))

    def _reserve(self, event: dict, capacity: int) -> None:
        """calendar.event's capacity inverse (appointment module): the event's booking lines made again, as the ORM's
        superuser, one for its user holding this capacity."""
        for line_id in list(self._index.ids("appointment.booking.line", "calendar_event_id", event["id"])):
            self._delete("appointment.booking.line", line_id)
        self._create("appointment.booking.line", {"calendar_event_id": event["id"], "capacity_reserved": capacity}, {})
        event["total_capacity_reserved"] = capacity

    def _check_booking_line(self, line: dict) -> None:
        """appointment.booking.line: its user is the event's unless given, must be one of the type's staff, and uses
        one unit of capacity (none when it reserves none), or what it reserves when the type manages capacities."""
        event = self._records["calendar.event"][line["calendar_event_id"]]
        if not line.get("appointment_user_id"):
            line["appointment_user_id"] = event.get("user_id") or False
        kind = self._records["appointment.type"].get(line.get("appointment_type_id") or 0)
        if kind is not None and kind.get("schedule_based_on") == "users":
            if not line["appointment_user_id"]:
                raise ValidationError("Booking line must have a user or resource set.")
            if line["appointment_user_id"] not in (kind.get("staff_user_ids") or []):
                user = self.display_name("res.users", self._records["res.users"][line["appointment_user_id"]])
                raise ValidationError(f'"{user}" cannot be used for "{kind["name"]}"')
        reserved = line.get("capacity_reserved") or 0
        line["capacity_used"] = 0 if reserved == 0 else reserved if kind is not None and kind.get("manage_capacity") else 1

    def _check_public_holidays(self, leave: dict) -> None:
        """The Time Off app's constraint (hr_holidays, resource.py `_check_compare_dates`): leaves for a whole calendar
        may not overlap, even end to start, on the same working hours (the same calendar, or either one for all)."""
        if leave.get("resource_id"):
            return
        for other in self._records["resource.calendar.leaves"].values():
            if other["id"] == leave["id"] or other.get("resource_id"):
                continue
            if not (leave["date_from"] <= other["date_to"] and leave["date_to"] >= other["date_from"]):
                continue
            if leave.get("calendar_id") and other.get("calendar_id") and other["calendar_id"] != leave["calendar_id"]:
                continue
            raise ValidationError("Two public holidays cannot overlap each other for the same working hours.")


def appointment_status_and_active(vals: dict, appointment: bool, created: bool) -> dict:
    """The appointment module's create/write overrides: on an appointment, archiving cancels and 'cancelled' archives
    (and on write, un-archiving books again, any other status un-archives)."""
    if not appointment:
        return vals
    if created:
        if "active" not in vals and vals.get("appointment_status") == "cancelled":
            return {**vals, "active": False}
        if "appointment_status" not in vals and vals.get("active") is False:
            return {**vals, "appointment_status": "cancelled"}
        return vals
    if "active" in vals and "appointment_status" not in vals:
        return {**vals, "appointment_status": "booked" if vals["active"] else "cancelled"}
    if "active" not in vals and "appointment_status" in vals:
        return {**vals, "active": vals["appointment_status"] != "cancelled"}
    return vals


def all_day_dates(vals: dict, current: dict) -> dict:
    """calendar.event's date inverse: an all-day event given its days in start_date/stop_date keeps its start and
    stop at 08:00 and 18:00 of those days, naive, whatever the time zone (Odoo 19 calendar_event._inverse_dates);
    one given only start and stop keeps them as sent."""
    def day(date_field: str) -> str | None:
        value = vals.get(date_field) or current.get(date_field)
        return str(value)[:10] if value else None

    first, last = day("start_date"), day("stop_date")
    if not (first or last):  # the days follow the times sent
        return {name: str(vals[source])[:10] for name, source in (("start_date", "start"), ("stop_date", "stop")) if vals.get(source)}
    dates = {"start_date": first, "start": f"{first} 08:00:00"} if first else {}
    return {**dates, "stop_date": last, "stop": f"{last} 18:00:00"} if last else dates
