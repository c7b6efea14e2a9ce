"""Contract 1: what `fields_get` tells the service about this Odoo (any internal user may ask it; `ir.model` and
`ir.module.module` are for administrators only)."""
from __future__ import annotations

import pytest

from app.odoo.errors import OdooNotFound, OdooValidationError
from app.odoo.gateway import OdooGateway

EVENT_FIELD_TYPES = {  # the calendar.event fields a booking writes or reads, with Odoo 19's types
    "name": "char", "start": "datetime", "stop": "datetime", "allday": "boolean", "start_date": "date", "stop_date": "date",
    "duration": "float", "user_id": "many2one", "partner_ids": "many2many", "attendee_ids": "one2many", "show_as": "selection",
    "res_model_id": "many2one", "res_model": "char", "res_id": "many2one_reference", "description": "html", "active": "boolean",
}


def test_c01_event_fields_tell_whether_appointment_is_installed(gateway: OdooGateway) -> None:
    """`appointment_type_id` on calendar.event exactly when the `appointment.type` model exists."""
    has_field = gateway.has_appointments()
    try:
        gateway.call("appointment.type", "search_count", domain=[])
        has_model = True
    except OdooNotFound:
        has_model = False
    assert has_field == has_model


def test_c01_event_fields_have_odoo_19_types(gateway: OdooGateway) -> None:
    types = gateway.field_types("calendar.event")
    assert {name: types.get(name) for name in EVENT_FIELD_TYPES} == EVENT_FIELD_TYPES


def test_c01_partner_has_phone_and_no_mobile(gateway: OdooGateway) -> None:
    """Odoo 19 keeps one `phone` on res.partner (`mobile` went in 18.2)."""
    fields = gateway.call("res.partner", "fields_get", attributes=["type"])
    assert fields["phone"] == {"type": "char"}
    assert "mobile" not in fields


def test_c01_fields_get_answers_only_the_attributes_asked(gateway: OdooGateway) -> None:
    fields = gateway.call("res.partner", "fields_get", allfields=["phone", "name"], attributes=["type", "string"])
    assert set(fields) == {"phone", "name"}
    assert all(set(spec) == {"type", "string"} for spec in fields.values())


def test_c01_reading_a_field_odoo_lacks_is_refused(gateway: OdooGateway) -> None:
    """The service must ask fields_get before reading an optional field: reading `mobile` fails (ValueError: Invalid
    field), it does not come back empty."""
    with pytest.raises(OdooValidationError) as caught:
        gateway.call("res.partner", "search_read", domain=[], fields=["name", "mobile"], limit=1)
    assert caught.value.odoo_name == "builtins.ValueError"
