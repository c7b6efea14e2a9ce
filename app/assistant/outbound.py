"""The one outbound path: every message is rendered, recorded in the store, then delivered the way its kind says, so a
crash never sends twice and never loses one."""
from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import datetime
from enum import Enum

from sqlalchemy.orm import Session

from app import metrics
from app.assistant.turn import Turn
from app.channels.base import Channel, NotTextable, Outgoing, RecipientOptedOut
from app.jobs import Jobs
from app.phones import mask
from app.reminders.outbox import RetryPolicy
from app.rendering import Renderer
from app.store import repository as repo
from app.store.models import Conversation, Message
from dialogs.model import DialogState, Send, first_name

log = logging.getLogger(__name__)


class Delivery(Enum):
    """How a recorded message leaves."""

    AFTER_COMMIT = "after commit"  # a reply to a client's text: taken by its turn, sent by the caller once the turn commits
    SPOKEN = "spoken"  # said in a live call's webhook answer: no provider is asked
    ON_PAGE = "on a page"  # shown in the booking page's answer: no provider is asked
    QUEUED = "queued"  # what the assistant or staff start: committed now and handed to the queue

    @classmethod
    def of(cls, turn: Turn | None) -> Delivery:
        """A reply goes back the way the client wrote (a call's and the page's in their answers); the rest is queued."""
        if turn is None:
            return cls.QUEUED
        return {"voice": cls.SPOKEN, "web": cls.ON_PAGE}.get(turn.inbound.channel, cls.AFTER_COMMIT)


class Outbound:
    """Records then delivers what the assistant and staff say."""

    def __init__(
        self, channels: Mapping[str, Channel], renderer: Renderer, retry: RetryPolicy, jobs: Jobs, now: Callable[[], datetime],
        booking_links: Callable[[int, int | None], str] | None = None, unsubscribe_links: Callable[[int], str] | None = None,
    ) -> None:
        self._channels = channels
        self._renderer = renderer
        self._retry = retry
        self._jobs = jobs
        self._now = now
        self._booking_links = booking_links  # a link to book on the web, for email (conversation id, partner id)
        self._unsubscribe_links = unsubscribe_links  # a link to stop the reminders, for email (conversation id)

    def send(
        self, session: Session, conversation: Conversation | None, phone: str, state: DialogState, action: Send, turn: Turn | None,
        delivery: Delivery | None = None,
    ) -> Message:
        """Render the template for the right medium, then record and deliver it (by default the way `Delivery.of` says).

        A reply goes back on the medium the client used; what the assistant starts goes on the conversation's medium."""
        delivery = delivery if delivery is not None else Delivery.of(turn)
        medium = "voice" if delivery is Delivery.SPOKEN else turn.inbound.channel if turn else conversation.medium if conversation else "sms"
        values = {"client_name": state.client_name, "first_name": first_name(state.client_name)}
        values.update(action.values)
        address, subject, html = phone, None, None
        if medium == "email":
            if conversation is None or not conversation.email:
                raise ValueError("an email reply needs the conversation's email address")
            address = conversation.email
            values["booking_url"] = self._booking_links(conversation.id, conversation.partner_id) if self._booking_links else ""
            values["unsubscribe_url"] = self._unsubscribe_links(conversation.id) if self._unsubscribe_links else ""
            subject, body, html = self._renderer.render_email(state.locale, action.template, values)
        else:
            body = self._renderer.render(medium, state.locale, action.template, values)
        return self.record(session, conversation, medium, address, body, action.template, turn, delivery, subject, html)

    def record(
        self, session: Session, conversation: Conversation | None, medium: str, address: str, body: str, template: str,
        turn: Turn | None, delivery: Delivery, subject: str | None = None, html: str | None = None,
    ) -> Message:
        """Record it before any provider sees it: never sent twice, never lost. A reply taken by its turn (its first
        attempt, under the sender's lease: the outbox sweep leaves it alone until that passes) is owed by the turn;
        a spoken or shown one is sent as it is recorded, in the caller's transaction; a queued one is committed now."""
        now = self._now()
        taken = delivery is Delivery.AFTER_COMMIT
        message = Message(
            conversation_id=conversation.id if conversation is not None else None, reply_to_id=turn.inbound.id if turn else None,
            direction="out", channel=medium, address=address, body=body, template=template, status="queued",
            created_at=now, next_attempt_at=now + self._retry.lease, subject=subject, html=html, attempts=1 if taken else 0,
        )
        if delivery in (Delivery.SPOKEN, Delivery.ON_PAGE):
            message.status, message.sent_at = "sent", now
        session.add(message)
        if taken:
            if turn is None:
                raise ValueError("only a turn owes a reply after its commit")
            turn.replies.append(message)
        elif delivery is Delivery.QUEUED:
            session.commit()
            if self._jobs.deliver(message.id):
                session.refresh(message)  # delivered inline: the caller sees how it went
        return message

    def send_taken(self, session: Session, message: Message) -> None:
        """The first attempt at a reply its turn owed, once the turn committed; a failure is queued for its next
        attempt, when its backoff ends."""
        self.attempt(session, message)
        session.commit()
        if message.status == "queued":
            self._jobs.deliver(message.id, message.next_attempt_at)

    def attempt(self, session: Session, message: Message) -> None:
        """One attempt (the message taken for it: repo.take_for_sending); a failure leaves it queued for the next
        attempt after its backoff, never lost."""
        outgoing = Outgoing(message.address, message.body, str(message.id), message.subject, message.html)
        try:
            message.provider_message_id = self._channels[message.channel].send(outgoing)
            message.status, message.sent_at = "sent", self._now()
            metrics.OUTBOUND.labels(message.channel, "sent").inc()
        except RecipientOptedOut:  # the carrier knows better: the opt-out takes effect at once
            message.status = "failed"
            metrics.OUTBOUND.labels(message.channel, "opted_out").inc()
            repo.record_opt_out(session, message.address, "carrier", self._now())
            log.info("carrier reports %s opted out", mask(message.address))
        except NotTextable:  # a landline: the escalation reaches the client by voice
            message.status = "failed"
            metrics.OUTBOUND.labels(message.channel, "not_textable").inc()
            repo.record_not_textable(session, message.address, self._now())
            log.info("%s cannot take texts; voice next", mask(message.address))
        except Exception as exc:
            message.next_attempt_at = self._now() + self._retry.backoff(message.attempts)
            metrics.provider_error(message.channel, exc)
            log.exception("send failed for conversation %s (attempt %d)", message.conversation_id, message.attempts)
