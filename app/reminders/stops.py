"""Reminders a client's own words stopped without an opt-out (dialogs' `StopReminders`): the client died, no longer has
a unit, says it was serviced already, or the number is not theirs. Unlike STOP, the client may still text and staff
may still write; only what the assistant starts (reminders, escalations, missed-visit follow-ups) is held back.

Each stop is a (scope, key) pair in the store, unique: a unit for good, a unit at one due date, a client, a phone.
"""
from __future__ import annotations

from collections.abc import Iterable, Set as AbstractSet
from datetime import date

from app.odoo.sources import DueUnit
from dialogs.model import StopReminders

StopKey = tuple[str, str]


def unit_key(model: str, unit_id: int) -> StopKey:
    return "unit", f"{model}:{unit_id}"


def due_key(model: str, unit_id: int, due: date) -> StopKey:
    """Only this due date: once Odoo records the service, the next due date is reminded again."""
    return "due", f"{model}:{unit_id}:{due.isoformat()}"


def client_key(partner_id: int) -> StopKey:
    return "client", str(partner_id)


def phone_key(phone: str) -> StopKey:
    return "phone", phone


def keys_of(action: StopReminders, partner_id: int | None, phone: str) -> list[StopKey]:
    """What one `StopReminders` stops, for the conversation's client and phone."""
    keys = [due_key(u.model, u.id, u.due_date) if action.due_only else unit_key(u.model, u.id) for u in action.units]
    if action.client and partner_id is not None:
        keys.append(client_key(partner_id))
    if action.phone:
        keys.append(phone_key(phone))
    return keys


def candidates(units: Iterable[DueUnit], phones: Iterable[str]) -> set[StopKey]:
    """Every stop that could hold back these units or phones: what a scan asks the store for, page by page."""
    keys: set[StopKey] = {phone_key(phone) for phone in phones}
    for due in units:
        keys |= set(_unit_keys(due))
    return keys


def stopped(due: DueUnit, stops: AbstractSet[StopKey]) -> bool:
    """The unit (at its due date as the scan now sees it) or its client was stopped."""
    return any(key in stops for key in _unit_keys(due))


def _unit_keys(due: DueUnit) -> tuple[StopKey, ...]:
    unit = due.unit
    return unit_key(unit.model, unit.id), due_key(unit.model, unit.id, unit.due_date), client_key(due.partner_id)
