"""Contracts 4, 5 and 6: a booking as a `calendar.event` made by the integration user, busy time read back through
`calendar.attendee`, and how Odoo stores all-day events."""
from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from app.odoo.gateway import OdooGateway
from app.odoo.visits import VisitBooker

from .conftest import Cleanup, Found, far_future, far_future_weekday, max_id, odoo_datetime, tag

EVENT = "calendar.event"
NO_MAIL = {"no_mail_to_attendees": True}
NAIVE_UTC = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$")
READ_BACK = ["name", "res_model", "res_id", "partner_ids", "user_id", "start", "stop", "description", "show_as", "allday", "active"]


def book(gateway: OdooGateway, found: Found, cleanup: Cleanup, start: datetime, description: str, **context: Any) -> int:
    """A visit as the service books it: linked to the unit by `default_res_model` in the context and `res_id`, the
    client and the technician as attendees, the technician as organiser, no invitations mailed."""
    technician, client, lot = found.technician, found.client, found.lot
    event_id = gateway.create(EVENT, {
        "name": f"Maintenance visit - {client['name']} ({tag()})", "start": start, "stop": start + timedelta(hours=1), "duration": 1.0,
        "user_id": technician.user_id, "partner_ids": [(6, 0, [client["id"], technician.partner_id])], "show_as": "busy",
        "res_id": lot.id, "description": description,
    }, context={"default_res_model": found.unit_model, **NO_MAIL, **context})
    cleanup.unlink(gateway, EVENT, [event_id])
    return event_id


def description_for(found: Found) -> str:
    return f"<p>Unit <b>{found.lot.name}</b>, serial {found.lot.name}</p>"


def test_c04_event_create_reads_back(gateway: OdooGateway, found: Found, cleanup: Cleanup) -> None:
    start = far_future(weeks=53)
    html = description_for(found)
    event_id = book(gateway, found, cleanup, start, html)
    assert isinstance(event_id, int)
    [raw] = gateway.call(EVENT, "read", [event_id], fields=READ_BACK)
    assert raw["res_model"] == found.unit_model
    assert raw["res_id"] == found.lot.id
    assert sorted(raw["partner_ids"]) == sorted([found.client["id"], found.technician.partner_id])
    assert raw["user_id"] == [found.technician.user_id, found.technician.name]
    assert (raw["start"], raw["stop"]) == (odoo_datetime(start), odoo_datetime(start + timedelta(hours=1)))
    assert NAIVE_UTC.match(raw["start"]) and NAIVE_UTC.match(raw["stop"])
    assert (raw["show_as"], raw["allday"], raw["active"]) == ("busy", False, True)
    assert html in raw["description"]  # an HTML field: the markup comes back as markup, not escaped
    [event] = gateway.read(EVENT, [event_id], ["start", "stop"])  # the gateway's edge: aware UTC datetimes
    assert (event["start"], event["stop"]) == (start.astimezone(timezone.utc), (start + timedelta(hours=1)).astimezone(timezone.utc))


def test_c04_event_links_the_unit_by_res_model_id(gateway: OdooGateway, found: Found, cleanup: Cleanup) -> None:
    """`default_res_model` fills the many2one `res_model_id` (an ir.model the integration user cannot read itself)."""
    event_id = book(gateway, found, cleanup, far_future(weeks=53, hour=13), description_for(found))
    [raw] = gateway.call(EVENT, "read", [event_id], fields=["res_model_id", "res_model"])
    model_id, model_label = raw["res_model_id"]
    assert isinstance(model_id, int) and isinstance(model_label, str)
    assert raw["res_model"] == found.unit_model
    assert gateway.search_read(EVENT, [("res_model", "=", found.unit_model), ("res_id", "=", found.lot.id), ("id", "=", event_id)], ["id"]) == [{"id": event_id}]


def test_c04_event_description_gets_odoo_contact_details(gateway: OdooGateway, found: Found, cleanup: Cleanup) -> None:
    """Odoo 19's calendar.event.create wraps the description in a <div> and appends 'Organized by' (the organiser) and
    'Contact Details' (the first other attendee: name, email, phone) unless the context says
    `skip_contact_description`; then the description is kept as sent."""
    html = description_for(found)
    event_id = book(gateway, found, cleanup, far_future(weeks=53, hour=15), html)
    [raw] = gateway.call(EVENT, "read", [event_id], fields=["description"])
    description = raw["description"]
    assert description.startswith(f"<div>{html}<br><strong>Organized by</strong><br>{found.technician.name}<br>")
    assert f"<strong>Contact Details</strong><br>{found.client['name']}<br>" in description
    assert description.endswith("</div>")
    kept = book(gateway, found, cleanup, far_future(weeks=53, hour=16), html, skip_contact_description=True)
    assert gateway.call(EVENT, "read", [kept], fields=["description"])[0]["description"] == html


def test_c04_an_event_is_found_by_the_booking_key_in_its_description(gateway: OdooGateway, found: Found, cleanup: Cleanup) -> None:
    """A booking cut off by a crash finds the event it may have made by the key in its description, through the
    wrapping Odoo adds (the <div>, the contact details, the phone link Odoo's sanitizer percent-encodes); archived (a
    cancelled visit), it is found no more."""
    key = tag().upper()
    html = f"{description_for(found)}<p>Booking reference {key}</p>"
    event_id = book(gateway, found, cleanup, far_future(weeks=53, hour=17), html)
    [raw] = gateway.call(EVENT, "read", [event_id], fields=["description"])
    assert all(" " not in link for link in re.findall(r'href="tel:([^"]*)"', raw["description"]))
    assert VisitBooker(gateway, mail_invitations=False).find(key) == event_id
    assert VisitBooker(gateway, mail_invitations=False).find(key.lower()) == event_id  # ilike
    gateway.write(EVENT, [event_id], {"active": False})
    assert VisitBooker(gateway, mail_invitations=False).find(key) is None


def test_c04_event_create_mails_nothing_to_the_client(gateway: OdooGateway, admin: OdooGateway | None, found: Found, cleanup: Cleanup) -> None:
    """`no_mail_to_attendees`: no invitation to the client, neither a message addressed to them (what the integration
    user can see) nor an outgoing mail (mail.mail: administrators only)."""
    client = found.client["id"]
    messages_before = max_id(gateway, "mail.message")
    mails_before = max_id(admin, "mail.mail") if admin is not None else None
    event_id = book(gateway, found, cleanup, far_future(weeks=54), description_for(found))
    to_client = gateway.search_read("mail.message", [("id", ">", messages_before), ("partner_ids", "in", [client])], ["model", "res_id", "subject"])
    assert to_client == []
    assert gateway.search_read("calendar.attendee", [("event_id", "=", event_id), ("partner_id", "=", client)], ["state"])[0]["state"] == "needsAction"
    if admin is None:
        pytest.skip("mail.mail is for administrators only: set FUSION_TEST_ODOO_ADMIN_LOGIN/PASSWORD to check outgoing mail")
    assert admin.search_read("mail.mail", [("id", ">", mails_before), ("recipient_ids", "in", [client])], ["subject"]) == []


def test_c04_event_create_assigns_the_technician_a_meeting_activity(
    gateway: OdooGateway, admin: OdooGateway | None, found: Found, cleanup: Cleanup,
) -> None:
    """What `no_mail_to_attendees` does not stop (Odoo 19 Community): an event linked to a record gets a 'Meeting'
    activity on that record for its organiser, and the organiser an 'assigned to you' mail; removing the event
    removes the activity."""
    mails_before = max_id(admin, "mail.mail") if admin is not None else None
    event_id = book(gateway, found, cleanup, far_future(weeks=54, hour=13), description_for(found))
    activities = gateway.search_read(
        "mail.activity", [("calendar_event_id", "=", event_id)], ["res_model", "res_id", "user_id", "activity_type_id", "summary"],
    )
    assert [(a["res_model"], a["res_id"], a["user_id"][0], a["activity_type_id"][1]) for a in activities] == [
        (found.unit_model, found.lot.id, found.technician.user_id, "Meeting"),
    ]
    if admin is not None:
        mails = admin.search_read("mail.mail", [("id", ">", mails_before), ("recipient_ids", "in", [found.technician.partner_id])], ["subject"])
        assert [m["subject"].endswith("assigned to you") for m in mails] == [True]
    gateway.call(EVENT, "unlink", [event_id])
    assert gateway.search_read("mail.activity", [("id", "=", activities[0]["id"])], ["id"]) == []


def busy_domain(partner_id: int, start: datetime, end: datetime) -> list:
    """The service's busy-time search (app/odoo/slots.py) on calendar.attendee."""
    return [
        ("partner_id", "in", [partner_id]), ("state", "!=", "declined"), ("event_id.show_as", "=", "busy"),
        ("event_id.start", "<", end), ("event_id.stop", ">", start),
    ]


def test_c05_archived_event_attendees_still_match_unless_filtered(gateway: OdooGateway, found: Found, cleanup: Cleanup) -> None:
    start = far_future(weeks=55)
    event_id = book(gateway, found, cleanup, start, description_for(found))
    gateway.write(EVENT, [event_id], {"active": False}, context=NO_MAIL)  # a cancelled visit: archived, not deleted
    window = (start - timedelta(hours=1), start + timedelta(hours=2))
    matched = gateway.search_read("calendar.attendee", busy_domain(found.technician.partner_id, *window), ["partner_id", "event_id"])
    assert event_id in [a["event_id"][0] for a in matched]
    assert all(a["partner_id"][0] == found.technician.partner_id for a in matched)
    active_only = gateway.search_read(
        "calendar.attendee", busy_domain(found.technician.partner_id, *window) + [("event_id.active", "=", True)], ["event_id"],
    )
    assert event_id not in [a["event_id"][0] for a in active_only]
    # calendar.event itself leaves archived events out of a search, and still reads one by id
    assert gateway.search_read(EVENT, [("id", "=", event_id)], ["id"]) == []
    assert gateway.call(EVENT, "read", [event_id], fields=["active"]) == [{"id": event_id, "active": False}]


def test_c06_allday_event_by_dates_is_stored_8_to_18(gateway: OdooGateway, found: Found, cleanup: Cleanup) -> None:
    """An all-day event given by `start_date`/`stop_date` (as Odoo's form sends it) is stored 08:00-18:00, naive, the
    dates themselves (Odoo's 'convention break': not UTC)."""
    day = far_future_weekday(weeks=56)
    event_id = gateway.create(EVENT, {
        "name": f"Day off ({tag()})", "allday": True, "start_date": day, "stop_date": day,
        "user_id": found.technician.user_id, "partner_ids": [(6, 0, [found.technician.partner_id])],
    }, context=NO_MAIL)
    cleanup.unlink(gateway, EVENT, [event_id])
    [raw] = gateway.call(EVENT, "read", [event_id], fields=["start", "stop", "start_date", "stop_date", "allday", "duration"])
    assert (raw["start"], raw["stop"]) == (f"{day} 08:00:00", f"{day} 18:00:00")
    assert (raw["start_date"], raw["stop_date"], raw["allday"]) == (day.isoformat(), day.isoformat(), True)
    assert gateway.search_read("calendar.attendee", busy_domain(
        found.technician.partner_id, datetime.fromisoformat(f"{day}T12:00:00+00:00"), datetime.fromisoformat(f"{day}T13:00:00+00:00"),
    ) + [("event_id", "=", event_id)], ["id"]) != []


def test_c06_allday_event_by_start_stop_is_stored_as_sent(gateway: OdooGateway, found: Found, cleanup: Cleanup) -> None:
    """Given `start`/`stop` (no dates), Odoo 19 keeps them as sent: the 08:00-18:00 inverse runs only from
    `start_date`/`stop_date`. Readers must take an all-day event's day from `allday` + `start_date`/`stop_date`."""
    day = far_future_weekday(weeks=57)
    event_id = gateway.call(EVENT, "create", vals_list=[{
        "name": f"Day off ({tag()})", "allday": True, "start": f"{day} 00:00:00", "stop": f"{day} 00:00:00",
        "user_id": found.technician.user_id, "partner_ids": [(6, 0, [found.technician.partner_id])],
    }], context=NO_MAIL)[0]
    cleanup.unlink(gateway, EVENT, [event_id])
    [raw] = gateway.call(EVENT, "read", [event_id], fields=["start", "stop", "start_date", "stop_date", "allday"])
    assert (raw["start"], raw["stop"]) == (f"{day} 00:00:00", f"{day} 00:00:00")
    assert (raw["start_date"], raw["stop_date"], raw["allday"]) == (day.isoformat(), day.isoformat(), True)
