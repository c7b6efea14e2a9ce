"""What the inbox shows, read from the store alone (no Odoo call): conversations grouped by what they need from staff,
one conversation's transcript, and a mark that changes whenever anything the pages show changes."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.store import repository as repo
from app.store.models import Conversation, Message
from dialogs.model import DialogState

# in the order the inbox lists them: what needs a person first
GROUPS = ("handoff", "stalled", "active", "booked", "opted_out", "closed")
CLOSED_SHOWN = 50  # the most recent closed conversations; older ones stay in the store


@dataclass(frozen=True)
class Row:
    id: int
    group: str
    client: str
    phone: str
    units: str
    due: date | None  # the earliest due date of the conversation's units
    last: Message | None
    waiting: timedelta | None  # the client's last text is unanswered (by staff, when it needs a person) since this long
    silent: timedelta | None  # otherwise: how long the client has not texted (since the first message if never)
    urgent: bool = False  # danger reported: listed first, flagged, until staff resolve it or hand it back
    reason: str = ""  # why it needs a person (its latest hand-off), in the group that needs one


@dataclass(frozen=True)
class Detail:
    conversation: Conversation
    state: DialogState
    group: str
    messages: list[Message]
    reason: str = ""  # why it needs a person, when it does


def author(message: Message) -> str:
    """Who wrote a transcript line: the client, the assistant (a template), staff (their own words) or a staff call."""
    if message.direction == "in":
        return "client"
    return {"staff": "staff", "call": "call"}.get(message.template or "", "assistant")


def group_of(conversation: Conversation, state: DialogState, last: Message | None, answered: bool, opted_out: bool, now: datetime,
             stalled_after: timedelta) -> str:
    """Stalled: still with the assistant, the client replied at least once, then fell silent after a follow-up or for
    `stalled_after` (a reminder nobody answered is merely active). Danger needs a person whatever else is true."""
    if state.urgent and conversation.status != "closed":
        return "handoff"
    if opted_out or conversation.status == "opted_out":
        return "opted_out"
    if conversation.status != "active":
        return conversation.status
    silent = last is not None and last.direction == "out" and now - last.created_at >= stalled_after
    return "stalled" if answered and (state.followed_up_at is not None or silent) else "active"


def board(session: Session, now: datetime, stalled_after: timedelta) -> dict[str, list[Row]]:
    """Every open conversation, and the latest closed ones, by group; longest waiting first within a group."""
    open_ones = list(session.scalars(select(Conversation).where(Conversation.status != "closed")))
    closed = list(session.scalars(
        select(Conversation).where(Conversation.status == "closed").order_by(Conversation.updated_at.desc()).limit(CLOSED_SHOWN)
    ))
    conversations = open_ones + closed
    ids = [c.id for c in conversations]
    last_ids = [i for (i,) in session.execute(select(func.max(Message.id)).where(Message.conversation_id.in_(ids)).group_by(Message.conversation_id))]
    last = {m.conversation_id: m for m in session.scalars(select(Message).where(Message.id.in_(last_ids)))}
    first = _latest(session, ids, Message.id.is_not(None), func.min)
    client_texted = _latest(session, ids, Message.direction == "in")
    staff_spoke = _latest(session, ids, Message.template.in_(("staff", "call")))
    opted_out = repo.opted_out_phones(session)
    reasons = repo.handoff_reasons(session, ids)
    groups: dict[str, list[Row]] = {name: [] for name in GROUPS}
    for conversation in conversations:
        state = DialogState.from_json(conversation.state)
        message, texted = last.get(conversation.id), client_texted.get(conversation.id)
        group = group_of(conversation, state, message, texted is not None, conversation.phone in opted_out, now, stalled_after)
        answer = staff_spoke.get(conversation.id)
        unanswered = texted is not None and message is not None and (
            message.direction == "in" or group == "handoff" and (answer is None or answer < texted)
        )
        since = texted or first.get(conversation.id)
        groups[group].append(Row(
            id=conversation.id, group=group, client=state.client_name, phone=conversation.phone,
            units=", ".join(u.label for u in state.units), due=min((u.due_date for u in state.units), default=None), last=message,
            waiting=now - texted if unanswered and texted else None, silent=None if unanswered or since is None else now - since,
            urgent=state.urgent and group == "handoff", reason=reasons.get(conversation.id, "") if group == "handoff" else "",
        ))
    for rows in groups.values():  # danger, then who has waited longest, then who has been silent longest, first
        rows.sort(key=lambda r: (not r.urgent, r.waiting is None, -(r.waiting or r.silent or timedelta()).total_seconds()))
    return groups


def _latest(session: Session, ids: list[int], where: Any, pick: Any = func.max) -> dict[int, datetime]:
    """When each conversation last (or, with func.min, first) had a message matching `where`."""
    rows = session.execute(
        select(Message.conversation_id, pick(Message.created_at)).where(Message.conversation_id.in_(ids), where).group_by(Message.conversation_id)
    )
    return {cid: at for cid, at in rows if at is not None}


def detail(session: Session, conversation_id: int, now: datetime, stalled_after: timedelta) -> Detail | None:
    """One conversation with its whole transcript, every channel, oldest first."""
    conversation = session.get(Conversation, conversation_id)
    if conversation is None:
        return None
    state = DialogState.from_json(conversation.state)
    messages = list(session.scalars(select(Message).where(Message.conversation_id == conversation_id).order_by(Message.id)))
    answered = any(m.direction == "in" for m in messages)
    group = group_of(
        conversation, state, messages[-1] if messages else None, answered, repo.is_opted_out(session, conversation.phone), now, stalled_after
    )
    reason = repo.handoff_reasons(session, [conversation_id]).get(conversation_id, "") if group == "handoff" else ""
    return Detail(conversation, state, group, messages, reason)


def mark(session: Session) -> str:
    """Changes whenever a message is stored or sent, or any conversation changes (every change bumps its version)."""
    messages = session.execute(select(func.max(Message.id), func.count(Message.sent_at))).one()
    conversations = session.execute(select(func.count(Conversation.id), func.coalesce(func.sum(Conversation.version), 0))).one()
    return "-".join(str(value or 0) for value in (*messages, *conversations))
