"""The trail a conversation leaves in Odoo, where staff already work: a To-Do `mail.activity` when it needs a person
(its summary starting URGENT for danger), and its transcript as an internal note in the client's chatter when it ends
(booked, handed off, closed or expired, opted out).

What is owed is recorded in the store in the same transaction as the status change that calls for it (no I/O there),
then written right after the turn, or later by the retry loop when Odoo was down: never lost, never written twice.
"""
from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session, sessionmaker

from app.odoo.activities import StaffActivities
from app.odoo.errors import OdooError, OdooUnavailable
from app.odoo.trail import OdooTrail
from app.rendering import Renderer
from app.store import repository as repo
from app.store.models import Conversation, TrailEntry
from app.store.trail_entries import add_trail_entry, claim_trail_entry, earlier_transcript_pending, pending_trail, transcript_posted_upto
from dialogs.model import DialogState, HandToStaff

log = logging.getLogger(__name__)

ENDINGS = ("booked", "handoff", "closed", "opted_out")  # statuses after which the transcript goes to the chatter
LEASE = timedelta(minutes=5)  # how long a worker may take to write one entry before another may try
MAX_REFUSALS = 10  # Odoo refusing (not unreachable) this often: the entry is given up, with a warning


class Trail:
    """Records what a conversation owes Odoo and writes it: hand-off activities and chatter transcripts."""

    def __init__(
        self, sessions: sessionmaker[Session], odoo: OdooTrail, activities: StaffActivities, renderer: Renderer,
        clock: Callable[[], datetime], tz: str,
    ) -> None:
        self._sessions = sessions
        self._odoo = odoo
        self._activities = activities
        self._renderer = renderer
        self._clock = clock
        self._zone = ZoneInfo(tz)

    def record(
        self, session: Session, conversation: Conversation, previous_status: str | None, handoffs: Sequence[HandToStaff], inbound_id: int | None,
    ) -> int:
        """In the caller's transaction: an activity per hand-off (urgent ones marked), a transcript when the conversation
        reached an ending it was not in; returns how many entries that is. Keys come from the inbound text that caused
        the change (else the conversation's version), so a turn run again records nothing twice while a later hand-off
        gets its own activity."""
        trigger = f"in{inbound_id}" if inbound_id is not None else f"v{conversation.version}"
        now = self._clock()
        for index, handoff in enumerate(handoffs):
            add_trail_entry(session, conversation.id, "activity", f"{trigger}:{index}", handoff.reason[:128], now, handoff.urgent)
        ending = conversation.status in ENDINGS and conversation.status != previous_status
        if ending:
            add_trail_entry(session, conversation.id, "transcript", f"{conversation.status}:{trigger}", conversation.status, now)
        return len(handoffs) + ending

    def write_pending(self, conversation_id: int | None = None) -> int:
        """Write what is owed (one conversation's, or everyone's), oldest first; returns how many entries were written.
        Never raises: the client's turn must not fail for Odoo's trail, and what is not written stays pending."""
        with self._sessions() as session:
            entry_ids = pending_trail(session, conversation_id)
        written = 0
        for entry_id in entry_ids:
            try:
                written += self._write(entry_id)
            except OdooUnavailable:
                log.warning("Odoo unreachable; %d trail entries left pending", len(entry_ids) - written)
                break
            except OdooError as exc:
                log.warning("Odoo refused trail entry %s: %s", entry_id, exc.__class__.__name__)
            except Exception:  # a bug must not break the client's turn; the entry stays pending
                log.exception("trail entry %s not written", entry_id)
        return written

    def _write(self, entry_id: int) -> int:
        now = self._clock()
        with self._sessions() as session:
            if not claim_trail_entry(session, entry_id, now, now + LEASE):
                return 0  # another worker is writing it, or it is written
            entry = session.get_one(TrailEntry, entry_id)
            if entry.kind == "transcript" and earlier_transcript_pending(session, entry):
                entry.claimed_until = None  # the earlier part of the transcript goes first
                session.commit()
                return 0
            conversation = session.get_one(Conversation, entry.conversation_id)
            try:
                entry.odoo_id = self._activity(session, entry, conversation) if entry.kind == "activity" else self._transcript(session, entry, conversation)
            except OdooError as exc:
                entry.claimed_until = None
                if not isinstance(exc, OdooUnavailable):
                    entry.attempts += 1
                    entry.status = "failed" if entry.attempts >= MAX_REFUSALS else "pending"
                session.commit()
                raise
            entry.status, entry.done_at, entry.claimed_until = "done", now, None
            session.commit()
            log.info("conversation %s: %s (%s) written to Odoo as %s", conversation.id, entry.kind, entry.reason, entry.odoo_id)
            return 1

    def _activity(self, session: Session, entry: TrailEntry, conversation: Conversation) -> int:
        """A To-Do on the client's contact; without a known client, on the unit, else on the dealer's own company contact."""
        state = DialogState.from_json(conversation.state)
        if conversation.partner_id is not None:
            model, record_id = "res.partner", conversation.partner_id
        elif state.units:
            model, record_id = state.units[0].model, state.units[0].id
        else:
            model, record_id = "res.partner", self._odoo.company_contact()
        inbound = [m for m in repo.conversation_messages(session, conversation.id) if m.direction == "in"]
        values = {
            "reason": entry.reason, "urgent": entry.urgent, "client_name": state.client_name, "phone": conversation.phone, "units": state.units,
            "booking": state.booking, "last_message": inbound[-1].body if inbound else "",
        }
        return self._activities.create(
            model, record_id, self._renderer.render("odoo", "en_CA", "activity_handoff_summary", values),
            self._renderer.render("odoo", "en_CA", "activity_handoff_note.html", values), self._clock().astimezone(self._zone).date(),
        )

    def _transcript(self, session: Session, entry: TrailEntry, conversation: Conversation) -> int | None:
        """The messages not posted before, as an internal note on the client's contact; None when there is nothing new
        or no client to post on (the inbox keeps the conversation)."""
        if conversation.partner_id is None:
            log.info("conversation %s: no client contact for its transcript", conversation.id)
            return None
        posted = transcript_posted_upto(session, conversation.id)
        messages = repo.conversation_messages(session, conversation.id, posted)
        if not messages:
            return None
        body = self._renderer.render("odoo", "en_CA", "transcript.html", {"messages": messages, "status": entry.reason, "continued": posted > 0})
        message_id = self._odoo.post_note(conversation.partner_id, body)
        entry.upto_message_id = messages[-1].id
        return message_id
