"""The outbox's work on recorded messages: providers' delivery reports, and retries of sends that failed."""
from __future__ import annotations

import logging

from app import metrics
from app.assistant.core import Conversations
from app.channels.base import Outgoing
from app.store import repository as repo
from app.store.models import Message
from dialogs.model import DeliveryFailed

log = logging.getLogger(__name__)


class OutboxDesk(Conversations):
    """What delivery reports and the retry loop ask of the assistant."""

    def delivery_status(self, medium: str, provider_message_id: str, status: str, opted_out: bool = False, not_textable: bool = False) -> None:
        """A provider's delivery report: the message's status, and what the carrier learnt about the number."""
        with self._sessions() as session:
            message = repo.outbound_by_provider_id(session, medium, provider_message_id)
            if message is None:
                log.info("status for an unknown message %s ignored", provider_message_id)
                return
            message.status = status
            if opted_out:
                repo.record_opt_out(session, message.address, "carrier", self.now())
            if not_textable:
                repo.record_not_textable(session, message.address, self.now())
            session.commit()

    def retry_sends(self) -> int:
        """Hand queued messages whose next attempt is due to their channel (a failed send, or one a crash left behind);
        after the last attempt the message is given up and a person takes the conversation. Returns messages sent."""
        now = self.now()
        with self._sessions() as session:
            due = repo.due_outbox(session, now)
            sent = 0
            for message in due:
                if self._quiet.applies(now, self._tz, message.channel):
                    continue  # nothing leaves at night (calls: outside the CRTC's hours); due again in the morning
                if not repo.take_for_sending(session, message, now, self._outbox.lease):
                    continue  # another worker has it
                if repo.is_opted_out(session, message.address):  # asked once it is ours: never over another's send
                    message.status = "cancelled"
                    session.commit()
                    continue
                if message.attempts >= self._outbox.max_attempts:
                    message.status = "failed"
                    session.commit()
                    self._undeliverable(message)
                    continue
                self._hand_to_channel(session, message, Outgoing(message.address, message.body, str(message.id), message.subject, message.html))
                session.commit()
                sent += message.status == "sent"
        return sent

    def _undeliverable(self, message: Message) -> None:
        log.warning("message %s given up after %d attempts", message.id, message.attempts)
        metrics.OUTBOUND.labels(message.channel, "given_up").inc()
        if message.conversation_id is not None:
            self._staff_event(message.conversation_id, DeliveryFailed())
