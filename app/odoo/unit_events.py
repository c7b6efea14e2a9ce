"""The visits Odoo's calendar holds for units: booked ahead, checked in, missed. Staff may book in Odoo directly, so
the calendar, not the store, says whether a unit has a visit; one read serves a whole page of units.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from app.odoo.gateway import Domain, OdooGateway

UnitKey = tuple[str, int]  # (model, record id) of a unit
EVENT = "calendar.event"
STATUS = "appointment_status"  # the appointment module's (Odoo 17+): request|booked|attended|no_show|cancelled


@dataclass(frozen=True)
class UnitEvent:
    """An active calendar event linked to a unit, or one the store knows serves units (a visit for several)."""

    id: int
    start: datetime
    status: str | None  # None: no appointment module, or an event without an appointment type (Odoo then keeps none)
    unit: UnitKey | None  # the record the event links (res_model/res_id), if any


class UnitEvents:
    def __init__(self, gateway: OdooGateway) -> None:
        self._gateway = gateway

    def of(self, units: Iterable[UnitKey], event_ids: Iterable[int] = ()) -> list[UnitEvent]:
        """Active events linked to these units or with these ids, oldest first: one search_read (archived events are
        cancelled visits, which Odoo's active test leaves out)."""
        by_model: dict[str, set[int]] = defaultdict(set)
        for model, unit_id in units:
            by_model[model].add(unit_id)
        terms: list[Domain] = [["&", ("res_model", "=", model), ("res_id", "in", sorted(ids))] for model, ids in sorted(by_model.items())]
        if ids := sorted(set(event_ids)):
            terms.append([("id", "in", ids)])
        if not terms:
            return []
        domain: Domain = ["|"] * (len(terms) - 1) + [leaf for term in terms for leaf in term]
        with_status = STATUS in self._gateway.field_types(EVENT)
        fields = ["start", "res_model", "res_id", *([STATUS] if with_status else [])]
        return [
            UnitEvent(r["id"], r["start"], r.get(STATUS), (r["res_model"], r["res_id"]) if r["res_model"] and r["res_id"] else None)
            for r in self._gateway.search_read(EVENT, domain, fields, order="start")
        ]
