"""Staff at work in a conversation: take over, reply, offer and book from real availability, cancel, resolve,
hand back, call the client; each action under the conversation's lock, through the same engine.
"""
from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import TypeVar

from sqlalchemy.orm import Session

from app.assistant.core import Conversations
from app.assistant.outbound import Delivery
from app.assistant.ringing import RingOutDialer
from app.store import repository as repo
from app.store.models import Conversation, Message
from dialogs.model import (
    Book, Booking, BookingConfirmed, CancelVisit, DialogState, HandedBack, Slot, Stage, StaffBooked,
    StaffCancelled, StaffOffered, StaffRecordedOptOut, StaffResolved, StaffTookOver, Unit, VisitCancelled,
)

log = logging.getLogger(__name__)

T = TypeVar("T")
MAX_STAFF_TEXT = 1600  # the longest text carriers deliver (ten concatenated segments)


class StaffActionRefused(Exception):
    """A staff action that must not happen (texting an opted-out client, booking a slot taken meanwhile); `reason` says
    which, for the inbox to explain."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class StaffDesk:
    """What the staff inbox asks of the assistant, through its engine."""

    def __init__(self, engine: Conversations) -> None:
        self.engine = engine

    def take_over(self, conversation_id: int) -> None:
        """A person owns the conversation from now on; the assistant stays quiet."""
        self.engine.apply(conversation_id, StaffTookOver())

    def hand_back(self, conversation_id: int) -> None:
        """The assistant resumes from what is true now (booked, or ready for a time wish)."""
        self.engine.apply(conversation_id, HandedBack())

    def resolve(self, conversation_id: int) -> None:
        """Staff are done: the conversation ends (a booked visit stays booked and the assistant still handles it)."""
        self.engine.apply(conversation_id, StaffResolved())

    def record_opt_out(self, conversation_id: int) -> None:
        """The client told staff to stop: recorded at once, and no confirmation text."""
        self.engine.apply(conversation_id, StaffRecordedOptOut())

    def reply(self, conversation_id: int, text: str) -> Message:
        """Staff's own words to the client by text, recorded first like every message (the outbox retries it too);
        replying takes the conversation over."""
        text = text.strip()
        if not text or len(text) > MAX_STAFF_TEXT:
            raise StaffActionRefused("text_length")

        def send(session: Session, conversation: Conversation, state: DialogState) -> Message:
            if conversation.medium == "email" or conversation.phone in repo.not_textable_phones(session):
                raise StaffActionRefused("not_textable")  # no mobile number: staff call, or write from Odoo
            self._take_over_for_staff(session, conversation, state)
            return self.engine.outbound.record(session, conversation, "sms", conversation.phone, text, "staff", None, Delivery.QUEUED)

        return self._staff(conversation_id, send, texts=True)

    def free_times(self, day_start: datetime, day_end: datetime, units: Sequence[Unit] = ()) -> list[Slot]:
        """Every free slot between two moments that no conversation holds, as long as a visit to these units takes:
        the availability the assistant offers."""
        with self.engine.sessions() as session:
            return self.engine.actions.free_in(session, (day_start, day_end), units)

    def offer(self, conversation_id: int, choices: list[tuple[int, datetime]]) -> None:
        """Text the client these free times (technician, start); the assistant books whichever the client picks."""
        def send_offers(session: Session, conversation: Conversation, state: DialogState) -> None:
            self.engine.run(session, conversation, state, StaffOffered(self._free_slots(choices, state.units)), None)

        self._staff(conversation_id, send_offers, texts=True)

    def book(self, conversation_id: int, technician_id: int, start: datetime) -> Booking:
        """Book (or move the booked visit to) a free slot for the client, with the assistant's protection against
        double booking: the slot is claimed in the store and re-read in Odoo first."""
        def book_slot(session: Session, conversation: Conversation, state: DialogState) -> Booking:
            if conversation.partner_id is None:
                raise StaffActionRefused("no_client")
            [slot] = self._free_slots([(technician_id, start)], state.units)
            state = self._take_over_for_staff(session, conversation, state)
            replaces = state.booking.event_id if state.booking is not None else None
            outcome = self.engine.actions.book(session, conversation, Book(slot, state.units, replaces))
            if not isinstance(outcome, BookingConfirmed):
                raise StaffActionRefused(f"slot_{outcome.reason}")
            self.engine.run(session, conversation, state, StaffBooked(outcome.booking), None)
            return outcome.booking

        return self._staff(conversation_id, book_slot)

    def cancel(self, conversation_id: int) -> None:
        """Cancel the booked visit in Odoo (archived, as when the client cancels) and tell the client."""
        def cancel_visit(session: Session, conversation: Conversation, state: DialogState) -> None:
            if state.booking is None:
                raise StaffActionRefused("nothing_booked")
            state = self._take_over_for_staff(session, conversation, state)
            outcome = self.engine.bookings.cancel(session, conversation, CancelVisit(state.booking.event_id))
            if not isinstance(outcome, VisitCancelled):
                raise StaffActionRefused("cancel_refused")
            self.engine.run(session, conversation, state, StaffCancelled(), None)

        self._staff(conversation_id, cancel_visit)

    def call_client(self, conversation_id: int, dialer: RingOutDialer, staff_number: str) -> Message:
        """Ring the staff member's phone, then the client's (RingOut); the call is recorded in the transcript before it
        is placed, and calling takes the conversation over."""
        def call(session: Session, conversation: Conversation, state: DialogState) -> Message:
            self._take_over_for_staff(session, conversation, state)
            record = self.engine.ringer.ring(session, conversation, dialer, staff_number)
            if record.status == "failed":
                raise StaffActionRefused("call_failed")
            return record

        return self._staff(conversation_id, call)

    def _staff(self, conversation_id: int, work: Callable[[Session, Conversation, DialogState], T], texts: bool = False) -> T:
        """Run a staff action as the engine works on a conversation (`Conversations.work_on`: under its lock, an opt-out
        the carrier reported counting as one); an action that texts the client is refused for a number that opted out."""
        def checked(session: Session, conversation: Conversation, state: DialogState) -> T:
            if texts and repo.is_opted_out(session, conversation.phone):
                raise StaffActionRefused("opted_out")
            return work(session, conversation, state)

        return self.engine.work_on(conversation_id, checked)

    def _take_over_for_staff(self, session: Session, conversation: Conversation, state: DialogState) -> DialogState:
        """Staff acting on a conversation own it: the assistant must not talk over them."""
        if state.stage in (Stage.HANDOFF, Stage.OPTED_OUT):
            return state
        self.engine.run(session, conversation, state, StaffTookOver(), None)
        session.commit()  # staff own it now, whatever becomes of the action that took it over
        return DialogState.from_json(conversation.state)

    def _free_slots(self, choices: list[tuple[int, datetime]], units: Sequence[Unit]) -> list[Slot]:
        """The chosen (technician, start) pairs as slots, read again from Odoo in one go: only times free right now are
        used."""
        starts = [start for _, start in choices]
        free = {(s.technician_id, s.start): s for s in self.free_times(min(starts), max(starts) + timedelta(days=1), units)}
        if any(choice not in free for choice in choices):
            raise StaffActionRefused("slot_taken")
        return [free[choice] for choice in choices]
