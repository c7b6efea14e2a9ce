"""Visits the service booked in Odoo, with the units each serves: what quotations, reminders and the report follow."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from app.store.models import Conversation, Visit, VisitUnit
from app.store.statements import affected, ids_by_model


def record_visit(
    session: Session, event_id: int, conversation_id: int | None, partner_id: int, start: datetime, units: Iterable[Any], now: datetime
) -> Visit:
    """The visit just booked in Odoo and the units it serves (`units`: dialogs.model.Unit)."""
    visit = Visit(
        event_id=event_id, conversation_id=conversation_id, partner_id=partner_id, start=start, status="booked", created_at=now, updated_at=now,
    )
    session.add(visit)
    session.flush()
    for unit in units:
        session.add(VisitUnit(visit_id=visit.id, unit_model=unit.model, unit_id=unit.id, category=unit.category, due_date=unit.due_date))
    return visit


def visit_of_event(session: Session, event_id: int) -> Visit | None:
    return session.scalars(select(Visit).where(Visit.event_id == event_id)).one_or_none()


def visit_units(session: Session, visit_id: int) -> list[VisitUnit]:
    return list(session.scalars(select(VisitUnit).where(VisitUnit.visit_id == visit_id).order_by(VisitUnit.id)))


def visits_without_quotation(session: Session, since: datetime, conversation_id: int | None = None) -> list[tuple[int, str | None, str | None]]:
    """Booked visits starting from `since` that have no quotation yet (of one conversation, or all): (visit, its
    conversation's phone, the policy category of one unit it serves), a row per unit."""
    query = (
        select(Visit.id, Conversation.phone, VisitUnit.category)
        .join(VisitUnit, VisitUnit.visit_id == Visit.id).outerjoin(Conversation, Conversation.id == Visit.conversation_id)
        .where(Visit.status == "booked", Visit.sale_order_id.is_(None), Visit.start >= since).order_by(Visit.id, VisitUnit.id)
    )
    rows = session.execute(query if conversation_id is None else query.where(Visit.conversation_id == conversation_id))
    return [(visit_id, phone, category) for visit_id, phone, category in rows]


def visits_serving(session: Session, units: Iterable[tuple[str, int]]) -> dict[int, set[tuple[str, int]]]:
    """The events of the visits the service booked (not cancelled) for any of these units (model, id), each with every
    unit it serves: an event links one unit in Odoo, a visit may serve several. One query for a page of units."""
    by_model = ids_by_model(units)
    if not by_model:
        return {}
    visit_ids = select(VisitUnit.visit_id).where(or_(*((VisitUnit.unit_model == m) & VisitUnit.unit_id.in_(ids) for m, ids in by_model.items())))
    rows = session.execute(
        select(Visit.event_id, VisitUnit.unit_model, VisitUnit.unit_id).join(VisitUnit, VisitUnit.visit_id == Visit.id)
        .where(Visit.id.in_(visit_ids), Visit.status != "cancelled")
    )
    served: dict[int, set[tuple[str, int]]] = defaultdict(set)
    for event_id, model, unit_id in rows:
        served[event_id].add((model, unit_id))
    return dict(served)


def record_attendance(session: Session, statuses: dict[int, str], now: datetime) -> int:
    """Odoo's word on visits that happened ('attended' or 'no_show', by event id) onto the visits the service booked."""
    changed = 0
    for status in set(statuses.values()):
        ids = [event_id for event_id, s in statuses.items() if s == status]
        changed += affected(session, (
            update(Visit).where(Visit.event_id.in_(ids), Visit.status != status, Visit.status != "cancelled")
            .values(status=status, updated_at=now).execution_options(synchronize_session=False)
        ))
    return changed
