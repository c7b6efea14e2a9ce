"""One suite, both transports: odoorpc over /jsonrpc and JSON-2 with an API key, against the sandbox on loopback."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from app.config import Settings
from app.odoo.errors import OdooAuthError, OdooMissingError, OdooNotFound, OdooUnavailable, OdooValidationError
from app.odoo.gateway import OdooGateway
from app.odoo.transports import Json2Transport, JsonRpcTransport
from odoo_sandbox import ADMIN_API_KEY
from app.serving import free_port


def gateway_for(url: str, transport: str, **overrides: object) -> OdooGateway:
    values: dict[str, object] = {
        "odoo_url": url, "odoo_db": "demo", "odoo_login": "admin", "odoo_password": "admin",
        "odoo_transport": transport, "odoo_api_key": ADMIN_API_KEY if transport == "json2" else None,
    }
    values.update(overrides)
    return OdooGateway.from_settings(Settings(**values))


@pytest.fixture(params=["jsonrpc", "json2"])
def gateway(request: pytest.FixtureRequest, odoo_url: str) -> OdooGateway:
    return gateway_for(odoo_url, request.param)


def test_search_read_shapes_empty_fields_and_many2one(gateway: OdooGateway) -> None:
    partners = gateway.search_read("res.partner", [("name", "!=", False)], ["name", "phone", "email", "lang"])
    assert len(partners) >= 40
    assert any(p["phone"] is None for p in partners)  # Odoo's False for an empty field becomes None
    contracts = gateway.search_read("fusion.repair.maintenance.contract", [], ["partner_id", "next_due_date"], limit=3)
    assert len(contracts) == 3
    for contract in contracts:
        partner_id, partner_name = contract["partner_id"]
        assert isinstance(partner_id, int) and isinstance(partner_name, str)
        assert contract["next_due_date"].year >= 2026  # a date, not a string


def test_batched_reads_return_everything_once(gateway: OdooGateway, odoo_url: str, request: pytest.FixtureRequest) -> None:
    small = OdooGateway(gateway._transport, batch_size=7)
    paged = [p["id"] for p in small.iter_search_read("res.partner", [], ["name"])]
    whole = [p["id"] for p in gateway.search_read("res.partner", [], ["name"])]
    assert paged == whole and len(set(paged)) == len(paged)


def test_datetimes_cross_the_edge_as_utc(gateway: OdooGateway) -> None:
    start = datetime(2026, 12, 1, 14, 0, tzinfo=timezone.utc).astimezone()
    event_id = gateway.create(
        "calendar.event", {"name": "edge test", "start": start, "stop": start.replace(hour=start.hour + 1)}, context={"no_mail_to_attendees": True}
    )
    raw = gateway.call("calendar.event", "read", [event_id], fields=["start"])[0]["start"]
    assert raw == "2026-12-01 14:00:00"  # naive UTC string on the wire
    [event] = gateway.read("calendar.event", [event_id], ["start", "stop"])
    assert event["start"] == datetime(2026, 12, 1, 14, 0, tzinfo=timezone.utc)
    gateway.write("calendar.event", [event_id], {"name": "edge test moved"})
    assert gateway.read("calendar.event", [event_id], ["name"])[0]["name"] == "edge test moved"


def test_odoo_errors_become_ours(gateway: OdooGateway) -> None:
    with pytest.raises(OdooValidationError):
        gateway.search_read("res.partner", [("no_such_field", "=", 1)], ["name"])
    with pytest.raises(OdooMissingError):
        gateway.read("res.partner", [999_999], ["name"])


@pytest.mark.parametrize("transport", ["jsonrpc", "json2"])
def test_bad_credentials(odoo_url: str, transport: str) -> None:
    gateway = gateway_for(odoo_url, transport, odoo_password="wrong", odoo_api_key="wrong-key" if transport == "json2" else None)
    with pytest.raises(OdooAuthError):
        gateway.search_read("res.partner", [], ["name"], limit=1)


@pytest.mark.parametrize("transport", ["jsonrpc", "json2"])
def test_odoo_down_is_unavailable_after_retries(transport: str) -> None:
    gateway = gateway_for(f"http://127.0.0.1:{free_port()}", transport, odoo_timeout_seconds=1)
    with pytest.raises(OdooUnavailable):
        gateway.search_read("res.partner", [], ["name"], limit=1)


def test_a_model_this_odoo_lacks_is_not_found_on_either_transport(gateway: OdooGateway) -> None:
    """JSON-2 answers 404 werkzeug.exceptions.NotFound, /jsonrpc a UserError 'Object … doesn't exist': both are ours."""
    with pytest.raises(OdooNotFound):
        gateway.search_read("appointment.nothing", [], ["name"])
    with pytest.raises(OdooNotFound):
        gateway.call("res.partner", "no_such_method")


def test_odoo_19_is_reached_over_json2_by_default_when_there_is_an_api_key(odoo_url: str) -> None:
    """/jsonrpc is deprecated in Odoo 19 and removed in 20: 'auto' takes JSON-2 when the server says 19 and a key is set."""
    keyed = OdooGateway.from_settings(Settings(odoo_url=odoo_url, odoo_db="demo", odoo_api_key=ADMIN_API_KEY))
    assert isinstance(keyed._transport, Json2Transport)
    assert keyed.search_read("res.partner", [], ["name"], limit=1)
    password_only = OdooGateway.from_settings(Settings(odoo_url=odoo_url, odoo_db="demo", odoo_password="admin"))
    assert isinstance(password_only._transport, JsonRpcTransport)
