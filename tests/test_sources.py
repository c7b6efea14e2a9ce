"""Where due units come from: the dealer's contracts, or approved sale lines of the claims module (due = delivery +
the category's interval, in the current cycle), both read from the sandbox over RPC."""
from __future__ import annotations

from datetime import date, timedelta
from itertools import groupby
from pathlib import Path

import pytest
from dateutil.relativedelta import relativedelta

from app.config import Settings
from app.container import build_services
from app.odoo.errors import OdooValidationError
from app.odoo.gateway import OdooGateway
from app.odoo.sources import FieldMapping, MaintenanceContractSource, MappedSource, SaleLineFields, SaleLineSource, StockLotSource
from app.reminders.policy import Policies
from tests.conftest import NOW, TODAY, settings_for

POLICIES = Policies.load()


def gateway(odoo_url: str) -> OdooGateway:
    return OdooGateway.from_settings(Settings(odoo_url=odoo_url, odoo_password="admin"))


def each_client_together(units: list) -> bool:
    """A client's units come one after another (the scan plans page by page and must never split a client)."""
    runs = [partner for partner, _ in groupby(u.partner_id for u in units)]
    return len(runs) == len(set(runs))


def test_contracts_give_their_own_due_dates(sandbox, odoo_url: str) -> None:  # type: ignore[no-untyped-def]
    units = list(MaintenanceContractSource(gateway(odoo_url), POLICIES).due_until(TODAY, TODAY + timedelta(days=30)))
    contracts = sandbox.env.search_read(
        "fusion.repair.maintenance.contract", [("state", "=", "active"), ("next_due_date", "<=", str(TODAY + timedelta(days=30)))], ["id"]
    )
    assert sorted(u.unit.id for u in units) == sorted(c["id"] for c in contracts)
    assert each_client_together(units)
    assert all(u.unit.category == POLICIES.category_for(u.device_type).name for u in units if POLICIES.category_for(u.device_type))


def test_sale_lines_give_units_due_from_delivery_plus_interval(sandbox, odoo_url: str) -> None:  # type: ignore[no-untyped-def]
    source = SaleLineSource(gateway(odoo_url), POLICIES)
    units = list(source.due_until(TODAY, TODAY + timedelta(days=400)))
    assert each_client_together(units)
    lines = {line["id"]: line for line in sandbox.env.search_read("sale.order.line", [], ["order_id", "x_fc_adp_device_type", "x_fc_adp_approved"])}
    orders = {o["id"]: o for o in sandbox.env.search_read("sale.order", [], ["x_fc_adp_delivery_date", "x_fc_service_start_date"])}
    assert units
    for due in units:
        line = lines[due.unit.id]
        assert line["x_fc_adp_approved"] and POLICIES.category_for(line["x_fc_adp_device_type"])  # no parts, no unapproved claims
        order = orders[line["order_id"][0]]
        started = date.fromisoformat(order["x_fc_adp_delivery_date"] or order["x_fc_service_start_date"])
        months = POLICIES.category_for(due.device_type).interval_months
        cycles = [started + relativedelta(months=months * k) for k in range(1, 20)]
        assert due.unit.due_date in cycles  # a whole number of intervals after delivery
        assert due.unit.due_date >= TODAY - timedelta(days=31)  # the current cycle, not one long past
    approved_units = [i for i, line in lines.items() if line["x_fc_adp_approved"] and POLICIES.category_for(line["x_fc_adp_device_type"])]
    assert sorted(u.unit.id for u in units) == sorted(approved_units)
    assert any(not orders[lines[u.unit.id]["order_id"][0]]["x_fc_adp_delivery_date"] for u in units)  # service start used


def test_sale_line_field_names_are_settings(sandbox, odoo_url: str) -> None:  # type: ignore[no-untyped-def]
    wrong = SaleLineSource(gateway(odoo_url), POLICIES, SaleLineFields(serial="x_serial"))
    with pytest.raises(OdooValidationError, match="x_serial"):  # reported, never silently ignored
        list(wrong.due_until(TODAY, TODAY + timedelta(days=400)))


def test_scan_and_booking_from_sale_lines(odoo_url: str, tmp_path: Path) -> None:
    services = build_services(settings_for(odoo_url, tmp_path, unit_source="sale_lines"), clock=lambda: NOW)
    report = services.scan()
    assert report.sent
    phone = report.sent[0].address
    services.assistant.handle_inbound(phone, "next week", "sale-1")
    [confirmation] = services.assistant.handle_inbound(phone, "1", "sale-2")
    assert confirmation.startswith(("You're booked", "C'est réservé"))
    events = services.gateway.search_read("calendar.event", [("res_model", "=", "sale.order.line")], ["res_id"])
    assert len(events) == 1
    services.close()


def test_a_field_mapping_reads_any_model(odoo_url: str) -> None:
    contract = "fusion.repair.maintenance.contract"
    by_due = MappedSource(gateway(odoo_url), POLICIES, FieldMapping(
        model=contract, partner="partner_id", device_type="device_type", due_date="next_due_date", serial="serial_number",
        label="product_id", domain=(("state", "=", "active"),),
    ))
    preset = MaintenanceContractSource(gateway(odoo_url), POLICIES).due_until(TODAY, TODAY + timedelta(days=30))
    mapped = list(by_due.due_until(TODAY, TODAY + timedelta(days=30)))
    assert each_client_together(mapped)
    assert sorted((u.unit.id, u.unit.due_date, u.unit.label, u.unit.serial, u.partner_id) for u in mapped) == sorted(
        (u.unit.id, u.unit.due_date, u.unit.label, u.unit.serial, u.partner_id) for u in preset
    )
    by_start = MappedSource(gateway(odoo_url), POLICIES, FieldMapping(
        model=contract, partner="partner_id", device_type="device_type", start_date="last_service_date",
    ))
    services = {c["id"]: c for c in gateway(odoo_url).search_read(contract, [], ["last_service_date"])}
    for due in by_start.due_until(TODAY, TODAY + timedelta(days=60)):
        months = POLICIES.category_for(due.device_type).interval_months
        assert (due.unit.due_date - services[due.unit.id]["last_service_date"]).days >= 28 * months - 3
    with pytest.raises(ValueError, match="exactly one"):
        MappedSource(gateway(odoo_url), POLICIES, FieldMapping(model=contract, partner="partner_id", device_type="device_type"))


def test_the_settings_choose_the_source(odoo_url: str, tmp_path: Path) -> None:
    mapping = {"model": "fusion.repair.maintenance.contract", "partner": "partner_id", "device_type": "device_type",
               "due_date": "next_due_date", "domain": ["|", ["state", "=", "active"], ["state", "=", "draft"]]}
    services = build_services(settings_for(odoo_url, tmp_path, unit_source="mapped", unit_mapping=mapping), clock=lambda: NOW)
    assert isinstance(services.source, MappedSource)
    assert services.scan(dry_run=True).planned
    services.close()


def test_serial_numbers_delivered_to_customers(sandbox, odoo_url: str) -> None:  # type: ignore[no-untyped-def]
    units = list(StockLotSource(gateway(odoo_url), POLICIES).due_until(TODAY, TODAY + timedelta(days=400)))
    assert each_client_together(units)
    lots = {lot["id"]: lot for lot in sandbox.env.search_read("stock.lot", [], ["partner_ids", "product_id"])}
    deliveries = sandbox.env.search_read("stock.move.line", [("location_dest_id.usage", "=", "customer")], ["lot_id", "date"])
    delivered = {d["lot_id"][0]: date.fromisoformat(d["date"][:10]) for d in deliveries}
    covered = [u for u in units if u.unit.category is not None]
    assert covered
    for due in units:
        assert due.partner_id == lots[due.unit.id]["partner_ids"][0]  # Odoo 19 lists the newest customer first
        assert due.device_type.startswith("Goods / ")  # the category's full path, as Odoo 19 names it
        assert not due.unit.label.startswith("[")  # the product's name, not its display name with the internal reference
    for due in covered:
        months = POLICIES.category_for(due.device_type).interval_months
        assert due.unit.due_date in [delivered[due.unit.id] + relativedelta(months=months * k) for k in range(1, 10)]
    # cushions (no policy) are handed on due today, for the scan to count as 'no_policy', never to remind
    assert {u.unit.due_date for u in units if u.unit.category is None} == {TODAY} and len(covered) < len(units)
    resold = [lot for lot in lots.values() if len(lot["partner_ids"]) > 1]
    assert resold and all(u.partner_id == resold[0]["partner_ids"][0] for u in units if u.unit.id == resold[0]["id"])


def test_the_settings_choose_the_lots_source(odoo_url: str, tmp_path: Path) -> None:
    services = build_services(settings_for(odoo_url, tmp_path, unit_source="lots"), clock=lambda: NOW)
    report = services.scan()
    assert report.sent and all(u.unit.model == "stock.lot" for r in report.planned for u in r.units)
    assert report.skipped.get("no_policy", 0) > 0  # delivered cushions, in a category no policy covers, are counted
    services.close()
