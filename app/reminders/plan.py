"""The reminder plan, pure: (due units, clients, policies, what was sent, opt-outs, today) -> one reminder per client.

Each unit's category (from its raw device type) gives its bands; a unit is in the smallest band that contains its
due date, overdue units get follow-ups. A reminder key is (unit model, unit id, due date, band): once sent, never
again for that key.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from datetime import date

from app.odoo.partners import Client
from app.odoo.sources import DueUnit
from app.reminders.escalation import first_channel
from app.reminders.policy import Policies

ReminderKey = tuple[str, int, date, int]


@dataclass(frozen=True)
class PlannedReminder:
    client: Client
    units: list[DueUnit]
    band: int
    keys: list[ReminderKey]
    channel: str


@dataclass
class Plan:
    reminders: list[PlannedReminder] = field(default_factory=list)
    unreachable: list[PlannedReminder] = field(default_factory=list)  # no phone, no email: a person must call or visit
    skipped: dict[str, int] = field(default_factory=lambda: defaultdict(int))


def plan_reminders(
    due_units: list[DueUnit], clients: dict[int, Client], sent: set[ReminderKey], opted_out: set[str], today: date, policies: Policies,
    not_textable: AbstractSet[str] = frozenset(),
) -> Plan:
    """One reminder per client for all their due units, by the first channel of the policy that reaches them (a phone
    known to refuse texts is called instead); clients nobody can reach become work for staff."""
    plan = Plan()
    reminded = {(model, unit_id, due_date) for model, unit_id, due_date, _ in sent}
    by_client: dict[int, list[tuple[DueUnit, int]]] = defaultdict(list)
    for due in due_units:
        category = policies.category_for(due.device_type)
        band = policies.band_for(category, due.unit.due_date, today) if category else None
        if category is None:
            plan.skipped["no_policy"] += 1
        elif band is None:
            plan.skipped["not_due_yet"] += 1
        elif (due.unit.model, due.unit.id, due.unit.due_date, band) in sent:
            plan.skipped["already_sent"] += 1
        elif band == 0 and (due.unit.model, due.unit.id, due.unit.due_date) in reminded:
            plan.skipped["not_due_yet"] += 1  # reminded before its due date: the next word is the first overdue follow-up
        else:
            by_client[due.partner_id].append((due, band))
    for partner_id, items in by_client.items():
        client = clients.get(partner_id)
        if client is None:
            plan.skipped["no_client"] += len(items)
            continue
        units = [due for due, _ in sorted(items, key=lambda item: item[0].unit.due_date)]
        keys = [(d.unit.model, d.unit.id, d.unit.due_date, band) for d, band in items]
        band = min(band for _, band in items)
        category = policies.category_for(units[0].device_type)
        channel = first_channel(client, policies.channels(category), not_textable, opted_out) if category else None
        if opted_out_client(client, opted_out):
            plan.skipped["opted_out"] += len(items)
        elif channel is None:
            plan.unreachable.append(PlannedReminder(client, units, band, keys, "staff"))
        else:
            plan.reminders.append(PlannedReminder(client, units, band, keys, channel))
    plan.reminders.sort(key=lambda r: r.units[0].unit.due_date)
    return plan


def opted_out_client(client: Client, opted_out: AbstractSet[str]) -> bool:
    """The client said stop: on their phone, or on their email when they have no phone."""
    return client.phone in opted_out or client.phone is None and client.email in opted_out
