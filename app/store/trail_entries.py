"""The trail's entries in the store: each activity or transcript the service owes Odoo, recorded once and written by
one worker at a time (app/assistant/trail.py writes them)."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from app.store.models import TrailEntry
from app.store.statements import affected, insert_once


def add_trail_entry(session: Session, conversation_id: int, kind: str, key: str, reason: str, now: datetime, urgent: bool = False) -> bool:
    """Owe Odoo an activity or a transcript, once per key: False when this key was recorded before (a re-run turn)."""
    return insert_once(
        session, TrailEntry, conversation_id=conversation_id, kind=kind, key=key, reason=reason, status="pending", attempts=0, created_at=now,
        urgent=urgent,
    ) is not None


def pending_trail(session: Session, conversation_id: int | None = None) -> list[int]:
    """Entries still owed to Odoo, oldest first, for one conversation or all."""
    query = select(TrailEntry.id).where(TrailEntry.status == "pending").order_by(TrailEntry.id)
    if conversation_id is not None:
        query = query.where(TrailEntry.conversation_id == conversation_id)
    return list(session.scalars(query))


def claim_trail_entry(session: Session, entry_id: int, now: datetime, until: datetime) -> bool:
    """Take a pending entry for writing until `until`, unless another worker holds it; commits."""
    taken = affected(session, (
        update(TrailEntry)
        .where(TrailEntry.id == entry_id, TrailEntry.status == "pending", or_(TrailEntry.claimed_until.is_(None), TrailEntry.claimed_until < now))
        .values(claimed_until=until)
    ))
    session.commit()
    return taken == 1


def earlier_transcript_pending(session: Session, entry: TrailEntry) -> bool:
    return session.scalar(
        select(TrailEntry.id).where(
            TrailEntry.conversation_id == entry.conversation_id, TrailEntry.kind == "transcript", TrailEntry.status == "pending", TrailEntry.id < entry.id
        ).limit(1)
    ) is not None


def transcript_posted_upto(session: Session, conversation_id: int) -> int:
    """The last message id already posted to the client's chatter (0 when none)."""
    return session.scalar(
        select(TrailEntry.upto_message_id).where(TrailEntry.conversation_id == conversation_id, TrailEntry.kind == "transcript", TrailEntry.upto_message_id.is_not(None))
        .order_by(TrailEntry.upto_message_id.desc()).limit(1)
    ) or 0
