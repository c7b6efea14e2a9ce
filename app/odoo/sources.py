"""Where due equipment comes from. This slice reads the dealer's maintenance contracts; later presets plug in here."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Protocol

from app.odoo.gateway import OdooGateway
from dialogs.model import Unit


@dataclass(frozen=True)
class DueUnit:
    unit: Unit
    partner_id: int
    device_type: str


class UnitSource(Protocol):
    def due_until(self, last_day: date) -> list[DueUnit]: ...

    def units_of(self, partner_id: int) -> list[DueUnit]: ...


class MaintenanceContractSource:
    """`fusion.repair.maintenance.contract`: the contract states the next due date itself."""

    MODEL = "fusion.repair.maintenance.contract"

    def __init__(self, gateway: OdooGateway) -> None:
        self._gateway = gateway

    def due_until(self, last_day: date) -> list[DueUnit]:
        return self._read([("state", "=", "active"), ("next_due_date", "<=", last_day), ("partner_id", "!=", False)])

    def units_of(self, partner_id: int) -> list[DueUnit]:
        """A client's units under contract, soonest due first (a client who texts without a reminder)."""
        return self._read([("state", "=", "active"), ("partner_id", "=", partner_id)])

    def _read(self, domain: list) -> list[DueUnit]:
        records = self._gateway.iter_search_read(
            self.MODEL, domain, ["partner_id", "product_id", "serial_number", "device_type", "next_due_date"], order="next_due_date",
        )
        return [
            DueUnit(
                unit=Unit(
                    model=self.MODEL,
                    id=r["id"],
                    label=r["product_id"][1] if r["product_id"] else (r["device_type"] or ""),
                    serial=r["serial_number"] or "",
                    due_date=r["next_due_date"],
                ),
                partner_id=r["partner_id"][0],
                device_type=r["device_type"] or "",
            )
            for r in records
        ]
