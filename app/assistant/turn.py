"""What a unit of work owes once its transaction commits: a turn's replies, and the Odoo trail of a conversation."""
from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import inspect
from sqlalchemy.event import listen
from sqlalchemy.orm import Session

from app.jobs import Jobs
from app.store.models import Message

TRAIL_OWED = "fusion.trail_owed"  # session.info key: conversations whose trail job is queued once the session commits


@dataclass
class Turn:
    """A client's text being answered. The replies it records as taken (`Delivery.AFTER_COMMIT`) are owed, not sent:
    its caller sends them once the turn commits, so no provider hears of a reply the store could still lose."""

    inbound: Message
    replies: list[Message] = field(default_factory=list)

    def owed_replies(self) -> list[Message]:
        """The replies to send now; one undone with its turn (Odoo went away: the holding reply stands instead) is not."""
        return [message for message in self.replies if inspect(message).persistent]


class TrailOwed:
    """Queues the trail job of a conversation once the session commits what it owes Odoo (activities, transcripts),
    at the session's next commit wherever that falls: the job reads it, and an inline job, on SQLite, would otherwise
    wait on this session's own write lock."""

    def __init__(self, jobs: Jobs) -> None:
        self._jobs = jobs

    def after_commit(self, session: Session, conversation_id: int) -> None:
        owed: set[int] = session.info.setdefault(TRAIL_OWED, set())
        if not owed:
            listen(session, "after_commit", self._queue, once=True)
        owed.add(conversation_id)

    def _queue(self, session: Session) -> None:
        for conversation_id in session.info.pop(TRAIL_OWED, ()):
            self._jobs.write_trail(conversation_id)
