"""Reminders and follow-ups: the assistant starts (or picks up) a client's conversation, or repeats an unanswered
reminder on the next channel."""
from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from sqlalchemy.orm import Session

from app.assistant.core import Conversations
from app.odoo.partners import Client
from app.odoo.sources import DueUnit
from app.store import repository as repo
from app.store.models import Conversation, Message
from dialogs.model import DialogState, ReminderDue, Stage

log = logging.getLogger(__name__)


class ReminderDesk:
    """What the daily scan and the escalations ask of the assistant, through its engine."""

    def __init__(self, engine: Conversations) -> None:
        self.engine = engine

    def remind(self, client: Client, units: list[DueUnit], band: int, keys: list, medium: str = "sms") -> list[Message]:
        """Send one reminder to a client for all their due units, at most once per reminder key, by text, call or email."""
        event = ReminderDue(client.name, client.locale, [u.unit for u in units], band)
        return self._start(
            client, event, medium, lambda session, now: repo.claim_reminder_keys(session, keys, client.partner_id, now, medium, event.units),
            lambda session, conversation_id: repo.link_reminder_keys(session, keys, conversation_id),
        )

    def follow_up_missed(self, client: Client, units: list[DueUnit], event_id: int, start: datetime, medium: str = "sms") -> list[Message]:
        """Tell a client we missed them at a visit (Odoo's no-show) and offer to book again, once per event."""
        event = ReminderDue(client.name, client.locale, [u.unit for u in units], 0, "missed_visit", start)
        return self._start(client, event, medium, lambda session, now: repo.claim_follow_up(session, event_id, client.partner_id, now, medium))

    def _start(
        self, client: Client, event: ReminderDue, medium: str, claim: Callable[[Session, datetime], bool],
        link: Callable[[Session, int], None] | None = None,
    ) -> list[Message]:
        """Start (or pick up) the client's conversation with what the assistant has to say, once per `claim`; `link`
        notes the conversation on what was claimed.

        A conversation is keyed by the client's phone, or by their email address when they have no phone."""
        key = client.phone or client.email
        if key is None or (medium != "email" and client.phone is None):
            raise ValueError(f"a {medium} reminder needs a phone number, an email one an address")
        with self.engine.locked(key) as session:
            now = self.engine.now()
            conversation = repo.latest_conversation(session, key)
            if conversation is not None and conversation.status == "active" and (
                conversation.partner_id not in (None, client.partner_id)  # a phone shared with another client
                or conversation.state.get("stage") not in (Stage.NEW, Stage.REMINDED)  # the client is choosing a time right now
            ):
                return []  # this reminder waits for a later scan; its keys stay unclaimed
            if repo.is_opted_out(session, key) or not claim(session, now):
                session.rollback()
                return []
            if conversation is None or conversation.status in ("closed", "booked"):
                conversation = Conversation(
                    phone=key, partner_id=client.partner_id, locale=client.locale, tz=client.tz, status="active", medium=medium,
                    state=DialogState().to_json(), created_at=now, updated_at=now,
                )
                session.add(conversation)
                session.flush()
            elif conversation.status in ("handoff", "opted_out"):
                session.rollback()
                return []
            if link is not None:
                link(session, conversation.id)
            sent = self._remind_by(session, conversation, client, event, medium)
            session.commit()
            return sent

    def escalate(self, conversation_id: int, client: Client, units: list[DueUnit], band: int, medium: str) -> list[Message]:
        """Repeat an unanswered reminder on the next channel; nothing when the client replied or moved on meanwhile."""
        key = client.phone or client.email
        if key is None:
            raise ValueError("a client with neither phone nor email has no conversation to escalate")
        with self.engine.locked(key) as session:
            conversation = session.get(Conversation, conversation_id)
            if (
                conversation is None or conversation.status != "active" or conversation.medium == medium
                or conversation.state.get("stage") != Stage.REMINDED or repo.is_opted_out(session, conversation.phone)
            ):
                return []
            sent = self._remind_by(session, conversation, client, ReminderDue(client.name, client.locale, [u.unit for u in units], band), medium)
            session.commit()
            log.info("conversation %s: reminder escalated to %s", conversation.id, medium)
            return sent

    def _remind_by(self, session: Session, conversation: Conversation, client: Client, event: ReminderDue, medium: str) -> list[Message]:
        """The reminder, on `medium` from now on (an email conversation learns the client's address)."""
        conversation.medium = medium
        if medium == "email":
            conversation.email = client.email
        return self.engine.run(session, conversation, DialogState.from_json(conversation.state), event, None)
