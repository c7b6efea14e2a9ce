"""The funnel managers read: how units due turn into reminders, replies, bookings, visits and quotations, per due month
(a cohort) and policy category, straight from the store (no Odoo).

A unit due is one (unit, due date): it counts in the month of its due date, and whatever happened to it later (a reply
next week, a visit next month) counts in that month too, so a month's figures grow until its units are done with.
Every unit the scan recorded counts as due, a client no channel reaches included (the scan records their keys with
channel "staff" and asks staff in Odoo to call); so does a unit booked without a reminder (the client wrote first).
One GROUP BY query per report, the same SQL on SQLite and PostgreSQL.
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import Any

from dateutil.relativedelta import relativedelta
from sqlalchemy import Float, and_, case, cast, extract, func, or_, select, union
from sqlalchemy.orm import Session

from app.store.models import Conversation, Message, OptOut, Reminder, TrailEntry, Visit, VisitUnit

UNCATEGORISED = "uncategorised"
CHANNELS = ("sms", "voice", "email")
UNDELIVERED = ("failed", "undelivered")  # a reminder that never reached the client is no reminder


@dataclass(frozen=True)
class FunnelRow:
    """One due month and category; each count is of distinct units (a unit reminded by text, then by call counts under
    both channels but once under `reminded`). `quoted` is the untaxed value of the draft quotations of visits not
    cancelled, a visit's value shared evenly among the units it serves."""

    month: str  # YYYY-MM of the units' due date; "" in a total over months
    category: str  # the policy category; "" in a total over categories
    due: int
    sms: int
    voice: int
    email: int
    reminded: int
    replied: int
    booked: int  # a visit not cancelled
    attended: int
    no_show: int
    opted_out: int
    handed_to_staff: int  # a conversation handed to a person (an activity in Odoo)
    unreachable: int  # no channel reaches the client: a to-do for staff instead of a reminder
    quoted: float


COUNTS = [f.name for f in fields(FunnelRow) if f.name not in ("month", "category")]
HEADINGS = {
    "month": "due month", "category": "category", "due": "due", "sms": "SMS", "voice": "voice", "email": "email",
    "reminded": "reminded", "replied": "replied", "booked": "booked", "attended": "attended", "no_show": "no-show",
    "opted_out": "opted out", "handed_to_staff": "to staff", "unreachable": "unreachable", "quoted": "quoted",
}
COHORT_NOTE = (
    "Units are counted in the month their service is due (a cohort), whenever the reminder, reply or visit happened; "
    "a unit whose client no channel reaches is counted as due (and unreachable) once the scan recorded it."
)
ALL_MONTHS, ALL_CATEGORIES = "all months", "all categories"


def month_start(value: str) -> date:
    """'2026-11' as 2026-11-01; ValueError for anything else."""
    return datetime.strptime(value, "%Y-%m").date()


def month_bounds(since: str | None, until: str | None) -> tuple[date | None, date | None]:
    """[first day of `since`, first day after `until`) for due months given as YYYY-MM, both included, either open."""
    return (month_start(since) if since else None, month_start(until) + relativedelta(months=1) if until else None)


def funnel(session: Session, since: date | None = None, until: date | None = None) -> list[FunnelRow]:
    """One row per (due month, category) with any unit due in [since, until), months then categories in order."""
    key = (Reminder.unit_model, Reminder.unit_id, Reminder.due_date)
    visit_key = (VisitUnit.unit_model, VisitUnit.unit_id, VisitUnit.due_date)
    units = union(
        select(*key).where(*_within(Reminder.due_date, since, until)),
        select(*visit_key).where(VisitUnit.due_date.is_not(None), *_within(VisitUnit.due_date, since, until)),
    ).subquery("units")

    reached = and_(Message.direction == "out", Message.template == "reminder", Message.status.not_in(UNDELIVERED))
    reminders = (
        select(
            *key, func.max(Reminder.category).label("category"),
            *(_flag(and_(reached, Message.channel == channel)).label(channel) for channel in CHANNELS),
            _flag(and_(reached, Message.channel.in_(CHANNELS))).label("reminded"),
            _flag(and_(Message.direction == "in", Message.created_at >= Reminder.created_at)).label("replied"),
            _flag(Reminder.channel == "staff").label("unreachable"),
        )
        .outerjoin(Message, Message.conversation_id == Reminder.conversation_id)
        .where(*_within(Reminder.due_date, since, until)).group_by(*key).subquery("unit_reminders")
    )
    outcomes = (
        select(
            *key,
            _flag(or_(Conversation.status == "opted_out", OptOut.phone.is_not(None))).label("opted_out"),
            _flag(or_(Conversation.status == "handoff", TrailEntry.id.is_not(None))).label("handed_to_staff"),
        )
        .join(Conversation, Conversation.id == Reminder.conversation_id)
        .outerjoin(OptOut, or_(OptOut.phone == Conversation.phone, OptOut.phone == Conversation.email))
        .outerjoin(TrailEntry, and_(TrailEntry.conversation_id == Conversation.id, TrailEntry.kind == "activity"))
        .where(*_within(Reminder.due_date, since, until)).group_by(*key).subquery("unit_outcomes")
    )
    sizes = select(VisitUnit.visit_id, func.count().label("units")).group_by(VisitUnit.visit_id).subquery("visit_sizes")
    kept = Visit.status != "cancelled"
    visits = (
        select(
            *visit_key, func.max(VisitUnit.category).label("category"), _flag(kept).label("booked"),
            _flag(Visit.status == "attended").label("attended"), _flag(Visit.status == "no_show").label("no_show"),
            func.sum(case((kept, cast(func.coalesce(Visit.quotation_amount, 0), Float) / sizes.c.units), else_=0.0)).label("quoted"),
        )
        .join(Visit, Visit.id == VisitUnit.visit_id).join(sizes, sizes.c.visit_id == VisitUnit.visit_id)
        .where(VisitUnit.due_date.is_not(None), *_within(VisitUnit.due_date, since, until))
        .group_by(*visit_key).subquery("unit_visits")
    )

    year, month = extract("year", units.c.due_date), extract("month", units.c.due_date)
    category = func.coalesce(reminders.c.category, visits.c.category, UNCATEGORISED)
    source = {name: table for table in (reminders, outcomes, visits) for name in table.c.keys()}  # where each count lives
    query = (
        select(
            year, month, category, func.count(),
            *(func.coalesce(func.sum(source[name].c[name]), 0) for name in COUNTS[1:]),
        )
        .select_from(units)
        .outerjoin(reminders, _same_unit(units, reminders))
        .outerjoin(outcomes, _same_unit(units, outcomes))
        .outerjoin(visits, _same_unit(units, visits))
        .group_by(year, month, category)
        .order_by(year, month, category)
    )
    return [
        FunnelRow(f"{int(y):04d}-{int(m):02d}", name, *(int(n) for n in counts[:-1]), round(float(counts[-1]), 2))
        for y, m, name, *counts in session.execute(query)
    ]


def total(rows: list[FunnelRow], month: str = "", category: str = "") -> FunnelRow:
    """The sum of these rows (distinct units stay distinct: a unit is in one month and one category)."""
    sums: dict[str, Any] = {name: sum(getattr(row, name) for row in rows) for name in COUNTS}
    sums["quoted"] = round(sums["quoted"], 2)
    return FunnelRow(month, category, **sums)


def with_totals(rows: list[FunnelRow]) -> list[FunnelRow]:
    """The rows as managers read them: each month's categories, then that month's total; a grand total last."""
    shown: list[FunnelRow] = []
    for month in sorted({row.month for row in rows}):
        of_month = [row for row in rows if row.month == month]
        shown.extend([*of_month, total(of_month, month, ALL_CATEGORIES)])
    return [*shown, total(rows, ALL_MONTHS, ALL_CATEGORIES)] if rows else []


def currency(session: Session) -> str:
    """The quotations' currency ('CAD'; 'CAD+USD' should a company quote in several; '' before any quotation)."""
    return "+".join(sorted(session.scalars(select(Visit.currency).where(Visit.currency.is_not(None)).distinct())))


def heading(name: str, currency: str) -> str:
    """A column's heading; the value's says its currency."""
    return f"{HEADINGS[name]} ({currency})" if name == "quoted" and currency else HEADINGS[name]


def _flag(condition: Any) -> Any:
    """1 when any row of the group meets the condition."""
    return func.max(case((condition, 1), else_=0))


def _within(column: Any, since: date | None, until: date | None) -> list[Any]:
    return [c for c in (column >= since if since else None, column < until if until else None) if c is not None]


def _same_unit(left: Any, right: Any) -> Any:
    return and_(*(left.c[name] == right.c[name] for name in ("unit_model", "unit_id", "due_date")))
