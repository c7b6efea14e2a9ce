"""Store operations the service needs, each one small and transactional in the caller's session. Visits
(visits.py), the trail's entries (trail_entries.py) and inbox sessions (staff_sessions.py) have modules of their own."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from app.store.models import (
    Conversation, FollowUp, JobRun, Message, NotTextable, OptOut, Reminder, ReminderStop, SlotClaim, TrailEntry,
)
from app.store.statements import ids_by_model, insert_new, insert_once

if TYPE_CHECKING:
    from sqlalchemy.engine import CursorResult

OPEN_STATUSES = ("active", "booked", "handoff")


def latest_conversation(session: Session, phone: str) -> Conversation | None:
    return session.scalars(
        select(Conversation).where(Conversation.phone == phone).order_by(Conversation.updated_at.desc(), Conversation.id.desc()).limit(1)
    ).first()


def record_inbound(
    session: Session, channel: str, address: str, body: str, provider_message_id: str, now: datetime, kind: str | None = None
) -> Message | None:
    """Store an inbound message once; None when this provider id was already stored (a retried webhook). `kind` is
    "keypress" for keys pressed on a call (kept in the template column, which says what an outbound message is)."""
    return insert_once(
        session, Message, direction="in", channel=channel, address=address, body=body, provider_message_id=provider_message_id,
        status="received", created_at=now, template=kind,
    )


def inbound_by_provider_id(session: Session, channel: str, provider_message_id: str) -> Message | None:
    return session.scalars(
        select(Message).where(
            Message.channel == channel, Message.direction == "in", Message.provider_message_id == provider_message_id
        )
    ).first()


def outbound_by_provider_id(session: Session, channel: str, provider_message_id: str) -> Message | None:
    return session.scalars(
        select(Message).where(Message.channel == channel, Message.direction == "out", Message.provider_message_id == provider_message_id)
    ).first()


def replies_to(session: Session, message_id: int) -> list[Message]:
    return list(session.scalars(select(Message).where(Message.reply_to_id == message_id).order_by(Message.id)))


def outbound(session: Session, channel: str | None = None) -> list[Message]:
    query = select(Message).where(Message.direction == "out").order_by(Message.id)
    if channel:
        query = query.where(Message.channel == channel)
    return list(session.scalars(query))


def is_opted_out(session: Session, phone: str) -> bool:
    return session.get(OptOut, phone) is not None


def opted_out_phones(session: Session, among: Iterable[str] | None = None) -> set[str]:
    """The phones (or email addresses) that opted out; only those `among` these when given (a scan asks per page)."""
    query = select(OptOut.phone)
    return set(session.scalars(query if among is None else query.where(OptOut.phone.in_(set(among)))))


def record_opt_out(session: Session, phone: str, source: str, now: datetime) -> None:
    if session.get(OptOut, phone) is None:
        session.add(OptOut(phone=phone, source=source, created_at=now))


def record_reminder_stop(session: Session, scope: str, key: str, reason: str, conversation_id: int | None, now: datetime) -> None:
    """Stop reminders for a unit, a unit's due date, a client or a phone (app/reminders/stops.py); once per key."""
    insert_once(session, ReminderStop, scope=scope, key=key, reason=reason, conversation_id=conversation_id, created_at=now)


def reminder_stops(session: Session, among: Iterable[tuple[str, str]]) -> set[tuple[str, str]]:
    """The (scope, key) stops recorded among these: a scan asks page by page."""
    wanted = set(among)
    found: set[tuple[str, str]] = set()
    for scope in {scope for scope, _ in wanted}:
        keys = {key for s, key in wanted if s == scope}
        found |= {(scope, key) for key in session.scalars(select(ReminderStop.key).where(ReminderStop.scope == scope, ReminderStop.key.in_(keys)))}
    return found


def claim_reminder_keys(
    session: Session, keys: Sequence[tuple[str, int, date, int]], partner_id: int, now: datetime, channel: str = "sms", units: Iterable[Any] = (),
) -> bool:
    """Insert every (unit model, unit id, due date, band) key, or none: False when another scan got there first. Each
    key keeps its unit's policy category (`units`: dialogs.model.Unit), so the funnel report needs no Odoo."""
    category = {(unit.model, unit.id): unit.category for unit in units}
    try:
        with session.begin_nested():
            for model, unit_id, due_date, band in keys:
                session.add(Reminder(
                    unit_model=model, unit_id=unit_id, due_date=due_date, band=band, partner_id=partner_id, created_at=now, channel=channel,
                    category=category.get((model, unit_id)),
                ))
            session.flush()
    except IntegrityError:
        return False
    return True


def link_reminder_keys(session: Session, keys: Sequence[tuple[str, int, date, int]], conversation_id: int) -> None:
    """Note the conversation that carries these reminders: the report follows a unit to its replies and outcome."""
    for model, unit_id, due_date, band in keys:
        session.execute(
            update(Reminder).where(Reminder.unit_model == model, Reminder.unit_id == unit_id, Reminder.due_date == due_date, Reminder.band == band)
            .values(conversation_id=conversation_id)
        )


def release_reminder_keys(session: Session, keys: Sequence[tuple[str, int, date, int]]) -> None:
    """Give keys back when what they stood for could not be done, so a later scan does it."""
    for model, unit_id, due_date, band in keys:
        session.execute(
            delete(Reminder).where(Reminder.unit_model == model, Reminder.unit_id == unit_id, Reminder.due_date == due_date, Reminder.band == band)
        )


def sent_reminder_keys(session: Session, units: Iterable[tuple[str, int]]) -> set[tuple[str, int, date, int]]:
    """The reminder keys already claimed for these units (model, id): a scan asks page by page."""
    by_model = ids_by_model(units)
    keys: set[tuple[str, int, date, int]] = set()
    for model, ids in by_model.items():
        rows = session.execute(
            select(Reminder.unit_model, Reminder.unit_id, Reminder.due_date, Reminder.band).where(Reminder.unit_model == model, Reminder.unit_id.in_(ids))
        )
        keys.update(tuple(row) for row in rows)  # type: ignore[misc]
    return keys


CLAIM_CELL = timedelta(minutes=5)
EPOCH = datetime(2000, 1, 1, tzinfo=timezone.utc)


def claim_cells(start: datetime, end: datetime) -> list[datetime]:
    """The cells of a fixed five-minute grid a visit covers: two visits of one technician overlap exactly when they
    share a cell (a visit off the grid is widened to it), whatever their lengths."""
    first = EPOCH + (start - EPOCH) // CLAIM_CELL * CLAIM_CELL
    return [first + i * CLAIM_CELL for i in range(max(1, -((first - end) // CLAIM_CELL)))]


def claim_slot(session: Session, technician_id: int, start: datetime, end: datetime, conversation_id: int, now: datetime) -> list[SlotClaim] | None:
    """Hold a technician's time from `start` to `end` for one conversation, one row per cell, so that a visit
    overlapping one being booked (14:30-16:00 against 14:00-15:00) cannot be claimed; None when any cell is held."""
    cells = claim_cells(start, end)
    rows = [{"technician_id": technician_id, "start": cell, "conversation_id": conversation_id, "created_at": now} for cell in cells]
    claimed = list(session.scalars(insert_new(session, SlotClaim, rows)))
    if len(claimed) < len(cells):
        drop_claim(session, claimed)
        return None
    return claimed


def held_claim(session: Session, conversation_id: int, technician_id: int, start: datetime, end: datetime) -> list[SlotClaim] | None:
    """The claim this conversation holds on exactly this visit, in cell order (a turn that booked it was cut off);
    None when it holds no such claim, or holds these cells as part of another visit (the one being moved)."""
    cells = claim_cells(start, end)
    rows = list(session.scalars(
        select(SlotClaim).where(SlotClaim.conversation_id == conversation_id, SlotClaim.technician_id == technician_id).order_by(SlotClaim.start)
    ))
    wanted = set(cells)
    held = [row for row in rows if row.start in wanted]
    if [row.start for row in held] != cells or len({row.event_id for row in held}) != 1:
        return None
    return held if sum(row.event_id == held[0].event_id for row in rows) == len(held) else None


def unbooked_claims(session: Session, before: datetime) -> list[tuple[int, str, int]]:
    """(conversation, its phone, technician) of each claim made before `before` that no event settled: a booking a
    crash cut off."""
    rows = select(SlotClaim.conversation_id, Conversation.phone, SlotClaim.technician_id).join(Conversation, Conversation.id == SlotClaim.conversation_id)
    return [tuple(row) for row in session.execute(rows.where(SlotClaim.event_id.is_(None), SlotClaim.created_at < before).distinct())]  # type: ignore[misc]


def unbooked_claim(session: Session, conversation_id: int, technician_id: int) -> list[SlotClaim]:
    """The cells of a conversation's claim on a technician that no event settled, in order."""
    rows = select(SlotClaim).where(SlotClaim.conversation_id == conversation_id, SlotClaim.technician_id == technician_id, SlotClaim.event_id.is_(None))
    return list(session.scalars(rows.order_by(SlotClaim.start)))


def drop_claim(session: Session, claim: list[SlotClaim]) -> None:
    """Let go of a claim that was not booked."""
    for row in claim:
        session.delete(row)


def release_claims(session: Session, event_id: int) -> None:
    """The event moved or was cancelled: its old slot is free for others again."""
    for claim in session.scalars(select(SlotClaim).where(SlotClaim.event_id == event_id)):
        session.delete(claim)


def claimed_slots(session: Session, slots: list[tuple[int, datetime, datetime]]) -> set[tuple[int, datetime]]:
    """Which of these (technician, start, end) slots overlap time a conversation holds in the store right now, as
    (technician, start): the claims of their whole span read at once, then matched cell by cell."""
    if not slots:
        return set()
    first, last = claim_cells(*min((start, end) for _, start, end in slots))[0], max(end for _, _, end in slots)
    held = set(session.execute(select(SlotClaim.technician_id, SlotClaim.start).where(SlotClaim.start >= first, SlotClaim.start < last)))
    return {(tech, start) for tech, start, end in slots if any((tech, cell) in held for cell in claim_cells(start, end))}


def followed_up(session: Session, event_ids: Iterable[int]) -> set[int]:
    """Which of these missed visits the client was already asked about."""
    return set(session.scalars(select(FollowUp.event_id).where(FollowUp.event_id.in_(set(event_ids)))))


def claim_follow_up(session: Session, event_id: int, partner_id: int, now: datetime, channel: str) -> bool:
    """Record the follow-up of a missed visit, or learn another scan made it first (False)."""
    try:
        with session.begin_nested():
            session.add(FollowUp(event_id=event_id, partner_id=partner_id, channel=channel, created_at=now))
            session.flush()
    except IntegrityError:
        return False
    return True


def pending_inbound(session: Session) -> list[tuple[int, str]]:
    """Inbound texts stored but not yet processed (Odoo was down), oldest first."""
    rows = session.execute(select(Message.id, Message.address).where(Message.direction == "in", Message.status == "received").order_by(Message.id))
    return [(message_id, address) for message_id, address in rows]


def unsettled_sends(session: Session, channel: str, since: datetime, limit: int) -> list[str]:
    """Provider ids of messages handed over since `since` whose delivery nobody reported yet, oldest first."""
    rows = select(Message.provider_message_id).where(
        Message.direction == "out", Message.channel == channel, Message.status == "sent", Message.sent_at >= since,
        Message.provider_message_id.is_not(None),
    )
    return [pid for pid in session.scalars(rows.order_by(Message.sent_at, Message.id).limit(limit)) if pid]


def has_pending_inbound(session: Session, conversation_id: int) -> bool:
    """Whether a text of this conversation waits to be processed (it goes through before silence moves anything on)."""
    pending = select(Message.id).where(Message.conversation_id == conversation_id, Message.direction == "in", Message.status == "received")
    return session.scalars(pending.limit(1)).first() is not None


def conversations_to_wake(session: Session, now: datetime) -> list[tuple[int, str, str | None]]:
    """(id, phone, the client's zone) of conversations the assistant still drives whose silence is due to move them on
    (an index read: open conversations that have nothing due cost nothing)."""
    due = select(Conversation.id, Conversation.phone, Conversation.tz).where(Conversation.status == "active", Conversation.wake_at <= now)
    return [(cid, phone, tz) for cid, phone, tz in session.execute(due.order_by(Conversation.wake_at))]


def record_not_textable(session: Session, phone: str, now: datetime) -> None:
    if session.get(NotTextable, phone) is None:
        session.add(NotTextable(phone=phone, created_at=now))


def not_textable_phones(session: Session, among: Iterable[str] | None = None) -> set[str]:
    """Phones a carrier said cannot take texts; only those `among` these when given."""
    query = select(NotTextable.phone)
    return set(session.scalars(query if among is None else query.where(NotTextable.phone.in_(set(among)))))


def due_outbox(session: Session, now: datetime, limit: int = 100) -> list[Message]:
    """Queued outbound messages whose next attempt is due (a failed send, or one a crash left in hand), oldest first."""
    return list(session.scalars(
        select(Message).where(Message.direction == "out", Message.status == "queued", Message.next_attempt_at <= now)
        .order_by(Message.id).limit(limit)
    ))


def take_for_sending(session: Session, message: Message, now: datetime, lease: timedelta) -> bool:
    """Take a queued message for its next attempt (counted here), or learn another worker or job took it: a
    conditional update on the attempts seen, not a lock, so it holds across processes. Its first attempt may be taken
    at once (by its job); later ones once due. The lease brings it back should this worker die holding it."""
    result = session.execute(
        update(Message)
        .where(
            Message.id == message.id, Message.status == "queued", Message.attempts == message.attempts,
            or_(Message.attempts == 0, Message.next_attempt_at <= now),
        )
        .values(next_attempt_at=now + lease, attempts=Message.attempts + 1)
        .execution_options(synchronize_session=False)
    )
    session.commit()
    if cast("CursorResult[Any]", result).rowcount != 1:
        return False
    set_committed_value(message, "attempts", message.attempts + 1)  # what the update wrote, without reading it back
    set_committed_value(message, "next_attempt_at", now + lease)
    return True


def settle_unsent(session: Session, message: Message, status: str) -> bool:
    """End a queued message unsent ("failed" after its last attempt, "cancelled" for a number that opted out), unless
    another worker took or moved it on meanwhile: a conditional update on the attempts seen; commits."""
    result = session.execute(
        update(Message)
        .where(Message.id == message.id, Message.status == "queued", Message.attempts == message.attempts)
        .values(status=status)
        .execution_options(synchronize_session=False)
    )
    session.commit()
    if cast("CursorResult[Any]", result).rowcount != 1:
        return False
    session.refresh(message)
    return True


def unanswered_reminders(session: Session, partner_ids: Iterable[int]) -> list[tuple[Conversation, Message]]:
    """These clients' active conversations whose latest reminder (text, call or email) has had no message from the
    client since: one query for a page of clients."""
    def latest(direction: str, *where: Any) -> Any:
        return (
            select(Message.conversation_id, func.max(Message.id).label("id"))
            .where(Message.direction == direction, *where).group_by(Message.conversation_id).subquery()
        )

    reminder, reply = latest("out", Message.template == "reminder"), latest("in")
    rows = session.execute(
        select(Conversation, Message)
        .join(reminder, reminder.c.conversation_id == Conversation.id)
        .join(Message, Message.id == reminder.c.id)
        .outerjoin(reply, reply.c.conversation_id == Conversation.id)
        .where(Conversation.status == "active", Conversation.partner_id.in_(set(partner_ids)), or_(reply.c.id.is_(None), reply.c.id < reminder.c.id))
        .order_by(Conversation.id)
    )
    return [(conversation, message) for conversation, message in rows]


def handoff_reasons(session: Session, conversation_ids: Iterable[int]) -> dict[int, str]:
    """Why each of these conversations last went to a person (its latest hand-off activity), for the inbox."""
    latest = (
        select(func.max(TrailEntry.id)).where(TrailEntry.kind == "activity", TrailEntry.conversation_id.in_(set(conversation_ids)))
        .group_by(TrailEntry.conversation_id)
    )
    rows = session.execute(select(TrailEntry.conversation_id, TrailEntry.reason).where(TrailEntry.id.in_(latest)))
    return {conversation_id: reason for conversation_id, reason in rows}


def conversation_messages(session: Session, conversation_id: int, after_id: int = 0) -> list[Message]:
    return list(session.scalars(select(Message).where(Message.conversation_id == conversation_id, Message.id > after_id).order_by(Message.id)))


def partner_of_message(session: Session, message_id: int) -> int | None:
    """The client (Odoo partner) a recorded message belongs to, through its conversation."""
    return session.scalar(
        select(Conversation.partner_id).join(Message, Message.conversation_id == Conversation.id).where(Message.id == message_id)
    )


def job_done(session: Session, job: str, day: date) -> bool:
    return session.get(JobRun, (job, day)) is not None


def record_job_done(session: Session, job: str, day: date, now: datetime) -> None:
    session.add(JobRun(job=job, day=day, finished_at=now))
