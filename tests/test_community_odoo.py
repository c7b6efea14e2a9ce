"""A dealer's Odoo without the Enterprise appointment module (Community): slots come from the technicians' working
hours, over either transport, and nothing about the missing module reaches a client as an error."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import odoorpc
import pytest

from app.container import Services, build_services
from app.odoo.errors import OdooNotFound
from app.odoo.gateway import OdooGateway
from odoo_sandbox import BOT_API_KEY, SandboxOdoo
from app.serving import ServerThread
from tests.conftest import NOW, TODAY, settings_for


@pytest.fixture
def community_url() -> Iterator[str]:
    sandbox = SandboxOdoo(path=":memory:", db_name="demo", seed=True, today=TODAY, appointment=False)
    with ServerThread(sandbox.app) as server:
        yield server.url


@pytest.fixture(params=["jsonrpc", "json2"])
def community(request: pytest.FixtureRequest, community_url: str, tmp_path: Path) -> Iterator[Services]:
    keyed = {"odoo_transport": "json2", "odoo_api_key": BOT_API_KEY} if request.param == "json2" else {"odoo_transport": "jsonrpc"}
    services = build_services(settings_for(community_url, tmp_path, technician_logins=["marc", "priya"], **keyed), clock=lambda: NOW)
    yield services
    services.close()


def test_the_missing_module_is_not_found_and_told_from_a_field_not_an_error(community: Services) -> None:
    gateway: OdooGateway = community.gateway
    assert not gateway.has_appointments()
    with pytest.raises(OdooNotFound):  # JSON-2: 404 werkzeug NotFound; /jsonrpc: "Object appointment.type doesn't exist"
        gateway.search_read("appointment.type", [], ["name"])


def test_a_client_books_on_the_technicians_working_hours(community: Services, community_url: str) -> None:
    reminder = next(m for m in community.scan().sent if m.channel == "sms" and not m.body.startswith("Bonjour"))
    offers = community.assistant.handle_inbound(reminder.address, "next Wednesday morning", "SM-c1")
    assert offers and "1" in offers[0]
    [confirmation] = community.assistant.handle_inbound(reminder.address, "1", "SM-c2")
    assert confirmation.startswith("You're booked")
    admin = odoorpc.ODOO("127.0.0.1", port=int(community_url.rsplit(":", 1)[1]))
    admin.login("demo", "admin", "admin")
    [event] = admin.env["calendar.event"].search_read([("res_model", "=", "fusion.repair.maintenance.contract")], ["user_id", "start"], order="id desc", limit=1)
    assert event["user_id"][1] in ("Marc Tremblay", "Priya Sharma")
    assert "appointment_type_id" not in admin.env["calendar.event"].fields_get()
