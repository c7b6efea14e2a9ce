"""Where due equipment comes from. This slice reads the dealer's maintenance contracts; later presets plug in here."""
from __future__ import annotations

from collections.abc import Callable, Iterator
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


Progress = Callable[[int], None] | None


class UnitSource(Protocol):
    def due_until(self, last_day: date, progress: Progress = None) -> list[DueUnit]: ...

    def units_of(self, partner_id: int) -> list[DueUnit]: ...


class MaintenanceContractSource:
    """`fusion.repair.maintenance.contract`: the contract states the next due date itself."""

    MODEL = "fusion.repair.maintenance.contract"

    def __init__(self, gateway: OdooGateway) -> None:
        self._gateway = gateway

    def due_until(self, last_day: date, progress: Progress = None) -> list[DueUnit]:
        return self._read([("state", "=", "active"), ("next_due_date", "<=", last_day), ("partner_id", "!=", False)], progress)

    def units_of(self, partner_id: int) -> list[DueUnit]:
        """A client's units under contract, soonest due first (a client who texts without a reminder)."""
        return self._read([("state", "=", "active"), ("partner_id", "=", partner_id)])

    def _read(self, domain: list, progress: Progress = None) -> list[DueUnit]:
        records = self._gateway.iter_search_read(
            self.MODEL, domain, ["partner_id", "product_id", "serial_number", "device_type", "next_due_date"], order="next_due_date",
        )
        if progress is not None:
            records = _counted(records, progress)
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


def _counted(records: Iterator[dict], progress: Callable[[int], None]) -> Iterator[dict]:
    for record in records:
        progress(1)
        yield record
