"""The outbox's work on recorded messages: providers' delivery reports, and retries of sends that failed."""
from __future__ import annotations

import logging
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from app import metrics
from app.assistant.core import Conversations
from app.channels.base import ChannelError, ReportsLater
from app.reminders.contact_window import Recipient
from app.store import repository as repo
from app.store.models import Conversation, Message
from dialogs.model import DeliveryFailed

log = logging.getLogger(__name__)

DELIVERY_WINDOW = timedelta(days=1)  # how long after sending a provider is asked what became of a text
DELIVERIES_PER_CHECK = 20  # asked per turn of the background loop (RingCentral allows about 50 such reads a minute)


class OutboxDesk:
    """What delivery reports and the retry loop ask of the assistant, through its engine."""

    def __init__(self, engine: Conversations) -> None:
        self.engine = engine

    def delivery_status(self, medium: str, provider_message_id: str, status: str, opted_out: bool = False, not_textable: bool = False) -> None:
        """A provider's delivery report: the message's status, and what the carrier learnt about the number."""
        with self.engine.sessions() as session:
            message = repo.outbound_by_provider_id(session, medium, provider_message_id)
            if message is None:
                log.info("status for an unknown message %s ignored", provider_message_id)
                return
            message.status = status
            if opted_out:
                repo.record_opt_out(session, message.address, "carrier", self.engine.now())
            if not_textable:
                repo.record_not_textable(session, message.address, self.engine.now())
            session.commit()

    def check_deliveries(self) -> int:
        """Ask a provider that reports delivery only on the message's record (RingCentral) what became of the texts of
        the last day still unsettled; a later failure records the opt-out or the landline it reveals, as a Twilio
        delivery report does. Returns how many settled."""
        channel = self.engine.channels.get("sms")
        if not isinstance(channel, ReportsLater):
            return 0
        with self.engine.sessions() as session:
            unsettled = repo.unsettled_sends(session, "sms", self.engine.now() - DELIVERY_WINDOW, DELIVERIES_PER_CHECK)
        settled = 0
        for provider_message_id in unsettled:
            try:
                found = channel.delivery(provider_message_id)
            except ChannelError as exc:
                log.warning("delivery check failed: %s; the rest wait for the next turn", exc.__class__.__name__)
                break
            if found is not None:
                self.delivery_status("sms", provider_message_id, found.status, found.opted_out, found.not_textable)
                settled += 1
        return settled

    def retry_sends(self) -> int:
        """The outbox sweep, behind the queue: queued messages whose next attempt is due (a failed send whose job is
        late or lost, one a crash left in hand) get that attempt now. Returns messages sent."""
        with self.engine.sessions() as session:
            due = [message.id for message in repo.due_outbox(session, self.engine.now())]
        return sum(self._attempt(message_id)[1] == "sent" for message_id in due)

    def deliver(self, message_id: int) -> datetime | None:
        """One attempt at a recorded message, as its job: nothing when it is sent already or another worker has it;
        returns when to try again (a failed send's backoff, the end of quiet hours), None when nothing is left to do."""
        message, _ = self._attempt(message_id)
        now = self.engine.now()
        if message is None or message.status != "queued":
            return None
        if message.next_attempt_at is not None and message.next_attempt_at > now:
            return message.next_attempt_at  # a failed send's backoff, or another worker's lease
        with self.engine.sessions() as session:
            opens = self.engine.window.next_allowed(self._recipient(session, message), message.channel, now)
        return opens if opens is not None and opens > now else None

    def _recipient(self, session: Session, message: Message) -> Recipient:
        """Who the message is for, as the contact window asks: its conversation's client's zone (unknown: the
        dealer's), and whether its address opted out."""
        conversation = session.get(Conversation, message.conversation_id) if message.conversation_id is not None else None
        return Recipient(conversation.tz if conversation is not None else None, repo.is_opted_out(session, message.address))

    def _attempt(self, message_id: int) -> tuple[Message | None, str | None]:
        """Send a queued message once, if it is this caller's to send: the message as it stands after, and what this
        attempt made of it (None: nothing, it was not this caller's).

        Its first attempt on time goes at once (a reply to a client who just wrote, what the scan planned for now).
        A late one (a retry, or a first attempt whose job was lost) asks the contact window: held outside the hours
        where the client is, cancelled for an address that opted out meanwhile; after the last attempt it is given up,
        with the conversation handed to staff."""
        now = self.engine.now()
        with self.engine.sessions() as session:
            message = session.get(Message, message_id)
            if message is None or message.status != "queued":
                return message, None
            late = message.next_attempt_at is None or message.next_attempt_at <= now
            opens = self.engine.window.next_allowed(self._recipient(session, message), message.channel, now) if late else now
            if opens is not None and opens > now:
                return message, None  # nothing leaves at night (calls: outside the CRTC's hours); due again when it opens
            opted_out = opens is None
            if opted_out or late and message.attempts >= self.engine.retry_policy.max_attempts:
                if not repo.settle_unsent(session, message, "cancelled" if opted_out else "failed"):
                    session.refresh(message)
                    return message, None  # another worker moved it on meanwhile: never over another's send
                if not opted_out:
                    self._undeliverable(message)
                return message, message.status
            if not repo.take_for_sending(session, message, now, self.engine.retry_policy.lease):
                session.refresh(message)
                return message, None  # another worker or job has it
            self.engine.outbound.attempt(session, message)
            session.commit()
            return message, message.status

    def _undeliverable(self, message: Message) -> None:
        log.warning("message %s given up after %d attempts", message.id, message.attempts)
        metrics.OUTBOUND.labels(message.channel, "given_up").inc()
        if message.conversation_id is not None:
            self.engine.apply(message.conversation_id, DeliveryFailed())
