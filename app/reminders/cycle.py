"""The service cycle, pure: what Odoo's calendar says about a page of units, as the reminder plan needs it.

- A unit with a visit ahead (an active event starting later, booked by the service or by staff in Odoo) is not
  reminded, nor one whose recent visit Odoo has not marked attended or missed yet.
- After a visit the next due date counts from it: the later of the source's last-service date and the last visit Odoo
  marked attended, plus the category's interval; never from the delivery date again (a due date derived from one is
  replaced, rolled forward to the open cycle as the sources roll it); a due date the source states itself (a
  contract's `next_due_date`) stands when it is later, as when staff set it after the visit.
- A visit the client missed (`no_show`), recent and with nothing booked or attended since, is followed up once.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from dateutil.relativedelta import relativedelta

from app.odoo.partners import Client
from app.odoo.sources import DueUnit, current_due
from app.odoo.unit_events import UnitEvent, UnitKey
from app.reminders.escalation import first_channel
from app.reminders.plan import opted_out_client
from app.reminders.policy import Policies

ATTENDED, NO_SHOW = "attended", "no_show"


def key_of(due: DueUnit) -> UnitKey:
    return (due.unit.model, due.unit.id)


@dataclass(frozen=True)
class Missed:
    """A visit the client missed, and the units it was for."""

    event_id: int
    start: datetime
    units: frozenset[UnitKey]


@dataclass
class Cycle:
    booked: set[UnitKey] = field(default_factory=set)  # units with a visit ahead
    last_visit: dict[UnitKey, date] = field(default_factory=dict)  # the latest attended visit of each unit
    missed: list[Missed] = field(default_factory=list)
    attendance: dict[int, str] = field(default_factory=dict)  # event id -> attended | no_show, for the store's visits


def read_cycle(events: list[UnitEvent], served: dict[int, set[UnitKey]], now: datetime, recent: timedelta) -> Cycle:
    """The cycle of these units from their events (oldest first) and the units each of the service's visits serves.
    A recent visit nobody has marked attended or missed yet (this morning's) holds reminders as one ahead does."""
    cycle = Cycle()
    latest: dict[UnitKey, datetime] = {}  # the latest visit that happened or is booked, whatever came of it
    for event in events:
        units = set(served.get(event.id, ())) | ({event.unit} if event.unit else set())
        if event.start > now or event.status not in (ATTENDED, NO_SHOW) and now - event.start <= recent:
            cycle.booked |= units
        if event.start > now:
            continue
        for unit in units:
            latest[unit] = max(latest.get(unit, event.start), event.start)
        if event.status in (ATTENDED, NO_SHOW):
            cycle.attendance[event.id] = event.status
        if event.status == ATTENDED:
            for unit in units:
                cycle.last_visit[unit] = event.start.date()
        elif event.status == NO_SHOW and now - event.start <= recent:
            cycle.missed.append(Missed(event.id, event.start, frozenset(units)))
    cycle.missed = [
        m for m in cycle.missed if not m.units & cycle.booked and all(latest[u] == m.start for u in m.units)
    ]  # a visit booked or held since the miss is the answer already
    return cycle


def due_after_visits(due: DueUnit, last_visit: date | None, policies: Policies, today: date) -> DueUnit:
    """The unit with its due date counted from its last visit, when one is known (see the module's docstring)."""
    category = policies.category_for(due.device_type)
    visited = max((d for d in (due.last_service, last_visit) if d is not None), default=None)
    if category is None or visited is None:
        return due
    if due.derived:  # rolled forward to the open cycle, as the source rolls its delivery date
        new_due = current_due(visited, category.interval_months, today, policies)
    else:  # the source's own due date stands unless the visit came after it was set
        new_due = max(due.unit.due_date, visited + relativedelta(months=category.interval_months))
    return due if new_due == due.unit.due_date else replace(due, unit=replace(due.unit, due_date=new_due))


@dataclass(frozen=True)
class PlannedFollowUp:
    client: Client
    units: list[DueUnit]
    missed: Missed
    channel: str


def plan_follow_ups(
    missed: list[Missed], page: list[DueUnit], clients: dict[int, Client], policies: Policies, opted_out: AbstractSet[str],
    not_textable: AbstractSet[str],
) -> tuple[list[PlannedFollowUp], Counter[str]]:
    """One follow-up per missed visit whose units are in this page, by the first channel of their policy that reaches
    the client (as a reminder would go); clients who opted out, or whom nothing reaches, get none."""
    of_unit = {key_of(d): d for d in page}
    planned: list[PlannedFollowUp] = []
    skipped: Counter[str] = Counter()
    for miss in missed:
        units = [of_unit[u] for u in sorted(miss.units) if u in of_unit]
        client = clients.get(units[0].partner_id) if units else None
        category = policies.category_for(units[0].device_type) if units else None
        if client is None or category is None:
            continue  # its units are in another page, no longer due, or not covered by a policy
        channel = first_channel(client, policies.channels(category), not_textable, opted_out)
        if opted_out_client(client, opted_out) or channel is None:
            skipped["missed_visit_unreachable"] += 1
            continue
        planned.append(PlannedFollowUp(client, units, miss, channel))
    return planned, skipped
