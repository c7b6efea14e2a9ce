"""A booked visit becomes a draft quotation in Odoo, priced by Odoo with the policy's service product: one per visit,
a line per unit, linked from the calendar event; a move keeps it, a cancel cancels it, `quote = false` makes none, and
Odoo failing after the event was made leaves it owed to the background loop, made once when Odoo answers."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import odoorpc
import pytest

from app.container import Services, build_services
from app.odoo.errors import OdooUnavailable
from app.odoo.gateway import OdooGateway
from app.odoo.transports import JsonRpcTransport
from app.phones import normalise
from app.store.models import Conversation, Visit
from dialogs.model import DialogState
from tests.conftest import NOW, TODAY, TORONTO, odoo_datetime, settings_for

CONTRACT = "fusion.repair.maintenance.contract"
PHONE = "+1 416-724-6011"
WHEELCHAIR = ("Power Wheelchair", "Permobil M3 Corpus")
WALKER = ("Rollator Walker", "Drive Nitro Rollator")


class SalesOutage:
    """Odoo's transport, with its sales side unreachable while `down` (the calendar still answers: the moment after
    the event was made), and the answer to the next `lose_answers` quotation creates lost after Odoo made them."""

    def __init__(self, transport: JsonRpcTransport) -> None:
        self._transport = transport
        self.down = False
        self.lose_answers = 0

    def call(self, model: str, method: str, ids: list[int] | None = None, **named: Any) -> Any:
        if self.down and model in ("sale.order", "product.product"):
            raise OdooUnavailable("Odoo unreachable: test outage")
        result = self._transport.call(model, method, ids, **named)
        if model == "sale.order" and method == "create" and self.lose_answers:
            self.lose_answers -= 1
            raise OdooUnavailable("Odoo unreachable: answer lost")
        return result


def add_client(sandbox: Any, *units: tuple[str, str]) -> int:
    """A client with a contract per (device type, product), each due in five days."""
    partner = sandbox.env.create("res.partner", {"name": "Agnes Quote", "phone": PHONE, "tz": "America/Toronto", "lang": "en_CA"})
    for number, (device_type, product) in enumerate(units):
        [product_id] = sandbox.env.call("product.product", "search", [[("name", "=", product)]], {})
        sandbox.env.create(CONTRACT, {
            "name": f"MC/Q/{number}", "partner_id": partner, "product_id": product_id, "serial_number": f"SN-Q{number}",
            "device_type": device_type, "next_due_date": str(TODAY + timedelta(days=5)), "state": "active",
        })
    return partner


def book(services: Services) -> int:
    """The client answers the reminder and takes the first time offered; the calendar event's id."""
    phone = normalise(PHONE)
    assert phone in {m.address for m in services.scan().sent}
    services.assistant.handle_inbound(phone, "next week", "wish")
    services.assistant.handle_inbound(phone, "1", "choose")
    state = conversation_state(services)
    assert state.stage == "booked" and state.booking is not None
    return state.booking.event_id


def conversation_state(services: Services) -> DialogState:
    with services.sessions() as session:
        return DialogState.from_json(session.query(Conversation).filter_by(phone=normalise(PHONE)).one().state)


def conversation_id(services: Services) -> int:
    with services.sessions() as session:
        return session.query(Conversation).filter_by(phone=normalise(PHONE)).one().id


def stored_visit(services: Services, event_id: int) -> Visit:
    with services.sessions() as session:
        return session.query(Visit).filter_by(event_id=event_id).one()


def orders(odoo: odoorpc.ODOO, partner: int) -> list[dict]:
    found = odoo.env["sale.order"].search([("partner_id", "=", partner)])
    fields = ["name", "state", "origin", "amount_untaxed", "amount_tax", "currency_id", "commitment_date", "order_line"]
    return odoo.env["sale.order"].read(found, fields)


def lines(odoo: odoorpc.ODOO, order: dict) -> list[dict]:
    """The order's lines with their product's internal reference."""
    read = odoo.env["sale.order.line"].read(order["order_line"], ["product_id", "name", "price_unit", "product_uom_qty"])
    codes = {p["id"]: p["default_code"] for p in odoo.env["product.product"].read([line["product_id"][0] for line in read], ["default_code"])}
    return [{**line, "code": codes[line["product_id"][0]]} for line in read]


def event(odoo: odoorpc.ODOO, event_id: int) -> dict:
    [read] = odoo.env["calendar.event"].read([event_id], ["start", "description"])
    return read


@pytest.fixture
def quoting(odoo_url: str, tmp_path: Path) -> Iterator[Services]:
    built = build_services(settings_for(odoo_url, tmp_path), clock=lambda: NOW)
    yield built
    built.close()


def test_a_booking_makes_one_draft_quotation_priced_by_odoo_and_linked_from_the_event(sandbox: Any, quoting: Services, odoo: odoorpc.ODOO) -> None:
    partner = add_client(sandbox, WHEELCHAIR)
    [service] = odoo.env["product.product"].search([("default_code", "=", "SRV-PWC")])
    odoo.env["product.product"].write([service], {"lst_price": 199.0})  # the dealer's price today, in Odoo
    event_id = book(quoting)

    [order] = orders(odoo, partner)
    assert order["state"] == "draft" and order["name"].startswith("S")
    [line] = lines(odoo, order)
    assert line["code"] == "SRV-PWC" and line["price_unit"] == 199.0 and line["product_uom_qty"] == 1.0
    assert "Permobil M3 Corpus" in line["name"] and "SN-Q0" in line["name"]
    assert order["amount_untaxed"] == 199.0 and order["amount_tax"] == 25.87  # HST 13%, Odoo's taxes
    assert str(event_id) in order["origin"]
    visit_event = event(odoo, event_id)
    assert order["commitment_date"] == visit_event["start"]
    assert order["name"] in visit_event["description"] and "SN-Q0" in visit_event["description"]
    # a paragraph of the HTML field, inside the <div> Odoo wraps the description and the contact details in
    assert visit_event["description"].startswith("<div>") and visit_event["description"].endswith(f"<p>Draft quotation: {order['name']}</p></div>")
    visit = stored_visit(quoting, event_id)
    assert (visit.sale_order_id, visit.quotation_amount, visit.currency) == (order["id"], 199.0, "CAD")
    assert quoting.assistant.settling.retry_quotations() == 0  # done: nothing owed
    assert len(orders(odoo, partner)) == 1


def test_two_units_in_one_visit_make_one_quotation_with_a_line_each(sandbox: Any, quoting: Services, odoo: odoorpc.ODOO) -> None:
    partner = add_client(sandbox, WHEELCHAIR, WALKER)
    event_id = book(quoting)
    assert len(conversation_state(quoting).units) == 2

    [order] = orders(odoo, partner)
    by_code = {line["code"]: line for line in lines(odoo, order)}
    assert set(by_code) == {"SRV-PWC", "SRV-WK"}
    assert (by_code["SRV-PWC"]["price_unit"], by_code["SRV-WK"]["price_unit"]) == (189.0, 49.0)
    assert "SN-Q0" in by_code["SRV-PWC"]["name"] and "SN-Q1" in by_code["SRV-WK"]["name"]
    assert order["amount_untaxed"] == 238.0
    assert stored_visit(quoting, event_id).quotation_amount == 238.0


def test_moving_the_visit_keeps_its_quotation_at_the_new_time(sandbox: Any, quoting: Services, odoo: odoorpc.ODOO) -> None:
    partner = add_client(sandbox, WHEELCHAIR)
    event_id = book(quoting)
    [before] = orders(odoo, partner)
    booked = conversation_state(quoting).booking
    assert booked is not None
    day = datetime.combine(TODAY + timedelta(days=8), datetime.min.time(), tzinfo=TORONTO)
    later = next(s for s in quoting.assistant.staff.free_times(day, day + timedelta(days=1), conversation_state(quoting).units) if s.start != booked.slot.start)

    moved = quoting.assistant.staff.book(conversation_id(quoting), later.technician_id, later.start)
    assert moved.event_id == event_id
    [after] = orders(odoo, partner)
    assert (after["id"], after["name"], after["state"]) == (before["id"], before["name"], "draft")
    assert after["commitment_date"] == odoo_datetime(later.start) == event(odoo, event_id)["start"]
    assert before["commitment_date"] != after["commitment_date"]
    assert stored_visit(quoting, event_id).sale_order_id == before["id"]


def test_cancelling_the_visit_cancels_its_draft_quotation(sandbox: Any, quoting: Services, odoo: odoorpc.ODOO) -> None:
    partner = add_client(sandbox, WHEELCHAIR)
    event_id = book(quoting)
    meeting = [("calendar_event_id", "=", event_id)]
    assert len(odoo.env["mail.activity"].search(meeting)) == 1  # Odoo gave the technician a 'Meeting' on the unit
    quoting.assistant.staff.cancel(conversation_id(quoting))
    [order] = orders(odoo, partner)
    assert order["state"] == "cancel"
    assert stored_visit(quoting, event_id).status == "cancelled"
    assert not odoo.env["mail.activity"].search(meeting)  # archiving the event leaves it open: the cancel removes it
    # neither the appointment module's 'booked' nor its cancellation template reached the client
    assert not odoo.env["mail.notification"].search([("res_partner_id", "=", partner)])


def test_a_sent_quotation_is_cancelled_without_odoos_mailing_wizard(sandbox: Any, quoting: Services, odoo: odoorpc.ODOO) -> None:
    partner = add_client(sandbox, WHEELCHAIR)
    book(quoting)
    [order] = orders(odoo, partner)
    odoo.env["sale.order"].write([order["id"]], {"state": "sent"})  # staff emailed it to the client
    quoting.assistant.staff.cancel(conversation_id(quoting))
    assert orders(odoo, partner)[0]["state"] == "cancel"


def test_a_quotation_staff_confirmed_stays_when_the_visit_is_cancelled(sandbox: Any, quoting: Services, odoo: odoorpc.ODOO) -> None:
    partner = add_client(sandbox, WHEELCHAIR)
    event_id = book(quoting)
    [order] = orders(odoo, partner)
    odoo.env["sale.order"].browse(order["id"]).action_confirm()
    quoting.assistant.staff.cancel(conversation_id(quoting))
    assert orders(odoo, partner)[0]["state"] == "sale"
    assert stored_visit(quoting, event_id).status == "cancelled"


def test_a_policy_that_does_not_quote_makes_no_quotation(sandbox: Any, odoo_url: str, tmp_path: Path, odoo: odoorpc.ODOO) -> None:
    policies = tmp_path / "policies.toml"
    policies.write_text(
        '[defaults]\nquote = false\n\n[[category]]\nname = "Power wheelchairs"\ndevice_types = ["Power Wheelchair*"]\n'
        'interval_months = 12\nservice_product = "SRV-PWC"\n'
    )
    partner = add_client(sandbox, WHEELCHAIR)
    services = build_services(settings_for(odoo_url, tmp_path, policies_file=policies), clock=lambda: NOW)
    event_id = book(services)
    assert orders(odoo, partner) == []
    assert services.assistant.settling.retry_quotations() == 0
    assert orders(odoo, partner) == []
    visit = stored_visit(services, event_id)
    assert visit.status == "booked" and visit.sale_order_id is None and visit.quotation_amount is None
    services.close()


def outage_services(odoo_url: str, tmp_path: Path) -> tuple[Services, SalesOutage]:
    settings = settings_for(odoo_url, tmp_path)
    transport = SalesOutage(JsonRpcTransport(
        settings.odoo_url, settings.odoo_db, settings.odoo_login, settings.odoo_password.get_secret_value(), settings.odoo_timeout_seconds
    ))
    return build_services(settings, clock=lambda: NOW, gateway=OdooGateway(transport)), transport


def test_odoo_down_while_quoting_the_booking_stands_and_the_quotation_is_made_once_when_odoo_returns(
    sandbox: Any, odoo_url: str, tmp_path: Path, odoo: odoorpc.ODOO,
) -> None:
    partner = add_client(sandbox, WHEELCHAIR)
    services, outage = outage_services(odoo_url, tmp_path)
    phone = normalise(PHONE)
    assert phone in {m.address for m in services.scan().sent}
    services.assistant.handle_inbound(phone, "next week", "wish")
    outage.down = True
    [confirmation] = services.assistant.handle_inbound(phone, "1", "choose")
    assert confirmation.startswith("You're booked")
    event_id = conversation_state(services).booking.event_id  # type: ignore[union-attr]
    assert event(odoo, event_id)["start"] and orders(odoo, partner) == []
    assert services.assistant.settling.retry_quotations() == 0  # still down: owed, nothing made

    outage.down = False
    assert services.assistant.settling.retry_quotations() == 1
    assert services.assistant.settling.retry_quotations() == 0
    [order] = orders(odoo, partner)
    assert order["state"] == "draft" and order["amount_untaxed"] == 189.0
    assert order["name"] in event(odoo, event_id)["description"]
    assert stored_visit(services, event_id).sale_order_id == order["id"]
    services.close()


def test_a_quotation_whose_answer_was_lost_is_found_not_made_twice(sandbox: Any, odoo_url: str, tmp_path: Path, odoo: odoorpc.ODOO) -> None:
    partner = add_client(sandbox, WHEELCHAIR)
    services, outage = outage_services(odoo_url, tmp_path)
    outage.lose_answers = 1
    event_id = book(services)
    [made] = orders(odoo, partner)  # Odoo made it; the service never heard
    assert stored_visit(services, event_id).sale_order_id is None

    assert services.assistant.settling.retry_quotations() == 1
    assert [o["id"] for o in orders(odoo, partner)] == [made["id"]]
    assert stored_visit(services, event_id).sale_order_id == made["id"]
    assert made["name"] in event(odoo, event_id)["description"]
    services.close()
