"""Where due equipment comes from: the dealer's contracts, the claims module's sale lines, delivered serial numbers,
or a field mapping. Every source reads Odoo page by page and hands the scan a client's due units together (ordered by
client), so a scan of any size holds about one page: never the whole table.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Protocol

from dateutil.relativedelta import relativedelta

from app.odoo.gateway import OdooGateway, Record
from app.reminders.policy import Policies
from dialogs.model import Unit


@dataclass(frozen=True)
class DueUnit:
    unit: Unit
    partner_id: int
    device_type: str
    last_service: date | None = None  # the source's own last-service date, when it keeps one
    derived: bool = False  # the due date is counted from a delivery or start date, not stated by the source


Progress = Callable[[int], None] | None


class UnitSource(Protocol):
    def due_until(self, today: date, last_day: date, progress: Progress = None) -> Iterator[DueUnit]:
        """Units due by `last_day`, read page by page, each client's units together; `progress` gets records read."""
        ...

    def units_of(self, partner_id: int, today: date) -> list[DueUnit]:
        """A client's units, soonest due first (a client who texts without a reminder)."""
        ...


def due_unit(
    policies: Policies, model: str, record_id: int, label: str, serial: str, due: date, partner_id: int, device_type: str,
    last_service: date | None = None, derived: bool = False,
) -> DueUnit:
    """A unit as the scan and the conversation need it, with the policy category its raw device type falls in."""
    category = policies.category_for(device_type)
    return DueUnit(Unit(model, record_id, label, serial, due, category.name if category else None), partner_id, device_type, last_service, derived)


def _read(gateway: OdooGateway, model: str, domain: list, fields: list[str], order: str, progress: Progress) -> Iterator[list[Record]]:
    for page in gateway.pages(model, domain, fields, order=order):
        if progress is not None:
            progress(len(page))
        yield page


def _due_by(pages: Iterable[list[DueUnit]], last_day: date) -> Iterator[DueUnit]:
    return (unit for page in pages for unit in page if unit.unit.due_date <= last_day)


def _soonest_first(pages: Iterable[list[DueUnit]]) -> list[DueUnit]:
    return sorted((unit for page in pages for unit in page), key=lambda u: u.unit.due_date)


class MaintenanceContractSource:
    """`fusion.repair.maintenance.contract`: the contract states the next due date itself."""

    MODEL = "fusion.repair.maintenance.contract"
    FIELDS = ["partner_id", "product_id", "serial_number", "device_type", "next_due_date", "last_service_date"]

    def __init__(self, gateway: OdooGateway, policies: Policies) -> None:
        self._gateway = gateway
        self._policies = policies

    def due_until(self, today: date, last_day: date, progress: Progress = None) -> Iterator[DueUnit]:
        domain = [("state", "=", "active"), ("next_due_date", "<=", last_day), ("partner_id", "!=", False)]
        return _due_by(self._pages(domain, "partner_id, next_due_date", progress), last_day)

    def units_of(self, partner_id: int, today: date) -> list[DueUnit]:
        return _soonest_first(self._pages([("state", "=", "active"), ("partner_id", "=", partner_id)], "next_due_date"))

    def _pages(self, domain: list, order: str, progress: Progress = None) -> Iterator[list[DueUnit]]:
        products = ProductNames(self._gateway)
        for records in _read(self._gateway, self.MODEL, domain, self.FIELDS, order, progress):
            products.learn(r["product_id"][0] for r in records if r["product_id"])
            yield [
                due_unit(
                    self._policies, self.MODEL, r["id"], products.name(r["product_id"]) if r["product_id"] else (r["device_type"] or ""),
                    r["serial_number"] or "", r["next_due_date"], r["partner_id"][0], r["device_type"] or "", r["last_service_date"],
                )
                for r in records
            ]


@dataclass(frozen=True)
class SaleLineFields:
    """Where the dealer's claims module keeps a sold unit; names differ between databases, so they are settings."""

    serial: str = "x_fc_serial_number"
    device_type: str = "x_fc_adp_device_type"
    approved: str = "x_fc_adp_approved"
    delivered: str = "x_fc_adp_delivery_date"  # on the order
    service_start: str = "x_fc_service_start_date"  # on the order, when there is no delivery date


class SaleLineSource:
    """Units sold on approved sale order lines; due = delivery + the category's interval, rolled forward to the
    current cycle (the scan counts from a later visit instead: app/reminders/cycle.py). Lines come ordered by their stored
    customer (`order_partner_id`), each page's orders in one read."""

    MODEL = "sale.order.line"

    def __init__(self, gateway: OdooGateway, policies: Policies, fields: SaleLineFields = SaleLineFields()) -> None:
        self._gateway = gateway
        self._policies = policies
        self._fields = fields

    def due_until(self, today: date, last_day: date, progress: Progress = None) -> Iterator[DueUnit]:
        return _due_by(self._pages([], "order_partner_id", today, progress), last_day)

    def units_of(self, partner_id: int, today: date) -> list[DueUnit]:
        return _soonest_first(self._pages([("order_id.partner_id", "=", partner_id)], "id", today))

    def _pages(self, extra: list, order: str, today: date, progress: Progress = None) -> Iterator[list[DueUnit]]:
        f = self._fields
        domain = [(f.approved, "=", True), (f.serial, "!=", False), ("order_id.state", "=", "sale"), *extra]
        products = ProductNames(self._gateway)
        for page in _read(self._gateway, self.MODEL, domain, ["order_id", "product_id", f.serial, f.device_type], order, progress):
            lines = [line for line in page if self._policies.category_for(line[f.device_type] or "")]  # parts are not units
            products.learn(line["product_id"][0] for line in lines if line["product_id"])
            order_ids = sorted({line["order_id"][0] for line in lines})
            orders = {o["id"]: o for o in self._gateway.read("sale.order", order_ids, ["partner_id", f.delivered, f.service_start])}
            units = []
            for line in lines:
                sale = orders[line["order_id"][0]]
                started = sale[f.delivered] or sale[f.service_start]
                if started is None:
                    continue
                category = self._policies.category_for(line[f.device_type])
                units.append(due_unit(
                    self._policies, self.MODEL, line["id"], products.name(line["product_id"]) if line["product_id"] else line[f.device_type], line[f.serial],
                    current_due(started, category.interval_months, today, self._policies), sale["partner_id"][0], line[f.device_type],
                    derived=True,
                ))
            yield units


class StockLotSource:
    """Serial numbers delivered to customers in standard Odoo inventory: the customer from the lot (`partner_ids` in
    Odoo 19, `last_delivery_partner_id` in 17/18, whichever this Odoo has), the delivery date from the last done
    move into a customer location, the product category as the device type; due = delivery + the category's interval.
    Odoo cannot order lots by a many2many customer, so the due ones (only) are kept and sorted by client."""

    MODEL = "stock.lot"

    def __init__(self, gateway: OdooGateway, policies: Policies) -> None:
        self._gateway = gateway
        self._policies = policies

    def due_until(self, today: date, last_day: date, progress: Progress = None) -> Iterator[DueUnit]:
        return iter(sorted(_due_by(self._pages([], today, progress), last_day), key=lambda u: u.partner_id))

    def units_of(self, partner_id: int, today: date) -> list[DueUnit]:
        """The lots this client has now (not those sold on to someone since), that a policy covers."""
        field = self._partner_field()
        units = _soonest_first(self._pages([(field, "in" if field == "partner_ids" else "=", partner_id)], today))
        return [u for u in units if u.partner_id == partner_id and u.unit.category is not None]

    def _partner_field(self) -> str:
        return "partner_ids" if "partner_ids" in self._gateway.field_types(self.MODEL) else "last_delivery_partner_id"

    def _pages(self, extra: list, today: date, progress: Progress = None) -> Iterator[list[DueUnit]]:
        partner_field = self._partner_field()
        products = ProductNames(self._gateway)
        for lots in _read(self._gateway, self.MODEL, [(partner_field, "!=", False), *extra], ["name", "product_id", partner_field], "id", progress):
            products.learn(lot["product_id"][0] for lot in lots)
            delivered: dict[int, date] = {}
            moves = self._gateway.iter_search_read(
                "stock.move.line",
                [("lot_id", "in", [lot["id"] for lot in lots]), ("state", "=", "done"), ("location_dest_id.usage", "=", "customer")],
                ["lot_id", "date"], order="date",
            )
            for move in moves:  # the latest delivery of each lot wins
                delivered[move["lot_id"][0]] = move["date"].date()
            units = []
            for lot in lots:
                if lot["id"] not in delivered:
                    continue
                category_name = products.category(lot["product_id"])
                category = self._policies.category_for(category_name)
                partner = lot[partner_field][0]  # Odoo 19 lists a lot's customers newest delivery first
                # a unit no policy covers is still handed to the plan, due now, so the scan counts it as 'no_policy'
                due = current_due(delivered[lot["id"]], category.interval_months, today, self._policies) if category else today
                units.append(due_unit(
                    self._policies, self.MODEL, lot["id"], products.name(lot["product_id"]), lot["name"], due, partner, category_name, derived=True,
                ))
            yield units


@dataclass(frozen=True)
class FieldMapping:
    """Any model that holds a client's equipment: which fields say who, what and when (a due date, or a start date
    from which the category's interval counts)."""

    model: str
    partner: str
    device_type: str
    due_date: str | None = None
    start_date: str | None = None
    serial: str | None = None
    label: str | None = None
    last_service: str | None = None  # a date field the dealer updates after each service, if the model has one
    domain: tuple = ()


class MappedSource:
    """Due units from a model named in the settings, for dealers whose data fits no preset; ordered by its partner."""

    def __init__(self, gateway: OdooGateway, policies: Policies, mapping: FieldMapping) -> None:
        if (mapping.due_date is None) == (mapping.start_date is None):
            raise ValueError("the mapping needs exactly one of due_date and start_date")
        self._gateway = gateway
        self._policies = policies
        self._map = mapping

    def due_until(self, today: date, last_day: date, progress: Progress = None) -> Iterator[DueUnit]:
        domain = [(self._map.due_date, "<=", last_day)] if self._map.due_date else []
        return _due_by(self._pages(domain, self._map.partner, today, progress), last_day)

    def units_of(self, partner_id: int, today: date) -> list[DueUnit]:
        return _soonest_first(self._pages([(self._map.partner, "=", partner_id)], "id", today))

    def _pages(self, extra: list, order: str, today: date, progress: Progress = None) -> Iterator[list[DueUnit]]:
        m = self._map
        fields = [f for f in (m.partner, m.device_type, m.due_date, m.start_date, m.serial, m.label, m.last_service) if f]
        for records in _read(self._gateway, m.model, [*m.domain, (m.partner, "!=", False), *extra], fields, order, progress):
            units = []
            for record in records:
                device_type = _text(record[m.device_type])
                category = self._policies.category_for(device_type)
                if m.due_date:
                    due = record[m.due_date]
                elif category is not None and record[m.start_date]:
                    due = current_due(record[m.start_date], category.interval_months, today, self._policies)
                else:
                    continue
                if due is None:
                    continue
                label = _without_reference(_text(record[m.label])) if m.label else device_type
                serial = _text(record[m.serial]) if m.serial else ""
                units.append(due_unit(
                    self._policies, m.model, record["id"], label, serial, due, record[m.partner][0], device_type,
                    record[m.last_service] if m.last_service else None, derived=m.start_date is not None,
                ))
            yield units


class ProductNames:
    """Products' own names and categories, read once per product: a many2one's display name carries the internal
    reference ('[QUANTUM-Q6] Quantum Q6 Edge'), which clients should not read."""

    def __init__(self, gateway: OdooGateway) -> None:
        self._gateway = gateway
        self._products: dict[int, tuple[str, str]] = {}  # id -> (name, category's full name)

    def learn(self, product_ids: Iterable[int]) -> None:
        unknown = sorted(set(product_ids) - set(self._products))
        for product in self._gateway.read("product.product", unknown, ["name", "categ_id"]):
            self._products[product["id"]] = (product["name"], _text(product["categ_id"]))

    def name(self, product: list) -> str:
        return self._products[product[0]][0]

    def category(self, product: list) -> str:
        return self._products[product[0]][1]


def _text(value: object) -> str:
    """A char value, or a many2one's display name."""
    if isinstance(value, list):
        return str(value[1])
    return str(value or "")


def _without_reference(label: str) -> str:
    """A product's display name without its internal reference ('[QUANTUM-Q6] Quantum Q6 Edge' -> 'Quantum Q6 Edge')."""
    return re.sub(r"^\[[^\]]*\]\s*", "", label)


def current_due(started: date, months: int, today: date, policies: Policies) -> date:
    """The first due date of the cycle that is still open: not earlier than the last overdue follow-up."""
    oldest = today - timedelta(days=max(policies.defaults.overdue, default=0) + 1)
    cycles = 1
    while started + relativedelta(months=months * cycles) < oldest:
        cycles += 1
    return started + relativedelta(months=months * cycles)
