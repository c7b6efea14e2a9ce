"""Booking, moving and cancelling a visit for a conversation: the slot claimed in the store first, the event made in
Odoo under a booking key, then recorded. Every step is safe to run again after a crash cut it off: the claim it
committed is still the conversation's, and an event it may have made is found by its key, never made twice."""
from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from sqlalchemy.orm import Session

from app import metrics
from app.assistant.quotations import VisitQuotations
from app.odoo.errors import OdooError, OdooUnavailable
from app.odoo.slots import SlotFinder
from app.odoo.visits import VisitBooker, booking_key
from app.rendering import Renderer
from app.store import repository as repo
from app.store.models import Conversation, Visit
from app.store.visits import record_visit, visit_of_event
from dialogs.model import Book, Booking, BookingConfirmed, BookingFailed, CancelVisit, DialogState, Event, Slot, Stage, VisitCancelled

log = logging.getLogger(__name__)


class Bookings:
    """The engine's steps that book, move and cancel visits."""

    def __init__(
        self, visits: VisitBooker, slots: SlotFinder, quotations: VisitQuotations, renderer: Renderer, now: Callable[[], datetime],
    ) -> None:
        self._visits = visits
        self._slots = slots
        self._quotations = quotations
        self._renderer = renderer
        self._now = now

    def book(self, session: Session, conversation: Conversation, action: Book) -> tuple[Event, bool]:
        """Book (or move) the visit; the outcome for the dialog, and whether a new visit was recorded (its quotation
        and trail are then owed)."""
        slot, partner_id = action.slot, conversation.partner_id
        if partner_id is None:  # the dialog books only for a client Odoo knows: nothing to book for
            log.warning("conversation %s asked to book with no client", conversation.id)
            return BookingFailed("refused"), False
        claim = repo.held_claim(session, conversation.id, slot.technician_id, slot.start, slot.end)
        if claim is not None and claim[0].event_id is not None:  # booked and recorded; the client was not told yet
            return BookingConfirmed(Booking(claim[0].event_id, slot)), False
        if claim is None:
            claim = repo.claim_slot(session, slot.technician_id, slot.start, slot.end, conversation.id, self._now())
            session.commit()
            if claim is None:
                metrics.BOOKINGS.labels("taken").inc()
                return BookingFailed("taken"), False
        key = booking_key(conversation.id, slot.technician_id, claim[0].start)
        try:
            event_id = self._visits.find(key)
            if event_id is None and not self._slots.is_free(slot, action.units):
                repo.drop_claim(session, claim)
                session.commit()
                metrics.BOOKINGS.labels("taken").inc()
                return BookingFailed("taken"), False
            values = {
                "units": action.units, "slot": slot, "client_name": DialogState.from_json(conversation.state).client_name, "booking_key": key,
            }
            description = self._renderer.render("odoo", "en_CA", "event_description.html", values)
            visit: Visit | None
            if action.replaces is not None:
                if event_id is None:
                    self._visits.move(action.replaces, slot, partner_id, description)
                event_id = action.replaces
                repo.release_claims(session, event_id)
                visit = visit_of_event(session, event_id)
                if visit is not None:
                    visit.start, visit.updated_at = slot.start, self._now()
            else:
                if event_id is None:
                    event_id = self._visits.book(
                        slot, partner_id, action.units, self._slots.rules(action.units).type_id,
                        name=self._renderer.render("odoo", "en_CA", "event_name", values), description=description,
                    )
                visit = record_visit(session, event_id, conversation.id, partner_id, slot.start, action.units, self._now())
        except OdooError as exc:
            repo.drop_claim(session, claim)
            session.commit()
            if isinstance(exc, OdooUnavailable):
                raise
            log.warning("booking failed for conversation %s: %s", conversation.id, exc.__class__.__name__)
            metrics.BOOKINGS.labels("refused").inc()
            return BookingFailed("refused"), False
        for row in claim:
            row.event_id = event_id
        session.commit()
        metrics.BOOKINGS.labels("moved" if action.replaces is not None else "booked").inc()
        if visit is not None and action.replaces is not None:  # moved: its quotation re-dated now
            self._quotations.follow(session, visit)
        return BookingConfirmed(Booking(event_id, slot)), visit is not None and action.replaces is None

    def cancel(self, session: Session, conversation: Conversation, action: CancelVisit) -> Event:
        try:
            self._visits.cancel(action.event_id)
        except OdooUnavailable:
            raise
        except OdooError as exc:
            log.warning("cancel failed for conversation %s: %s", conversation.id, exc.__class__.__name__)
            metrics.BOOKINGS.labels("cancel_refused").inc()
            return BookingFailed("refused")
        repo.release_claims(session, action.event_id)
        visit = visit_of_event(session, action.event_id)
        if visit is not None:
            self._quotations.withdraw(visit)
            visit.status, visit.updated_at = "cancelled", self._now()
        session.commit()
        metrics.BOOKINGS.labels("cancelled").inc()
        return VisitCancelled()

    def settle(self, session: Session, conversation: Conversation, technician_id: int) -> bool:
        """A claim a cut-off booking left once its conversation moved on (a hand-off, an opt-out): the event Odoo made
        for it is recorded, so the store knows every event; else the time is freed. False when there is nothing to
        settle (done meanwhile, or the dialog finishes it: `dialogs.booking.resume_booking`)."""
        claim = repo.unbooked_claim(session, conversation.id, technician_id)
        if not claim or DialogState.from_json(conversation.state).stage == Stage.BOOKING:
            return False
        event_id = self._visits.find(booking_key(conversation.id, technician_id, claim[0].start))
        if event_id is None or conversation.partner_id is None:  # (a claim is only made for a client Odoo knows)
            repo.drop_claim(session, claim)
        else:
            units = DialogState.from_json(conversation.state).units
            record_visit(session, event_id, conversation.id, conversation.partner_id, claim[0].start, units, self._now())
            for row in claim:
                row.event_id = event_id
            log.warning("conversation %s left an event booked before a crash; recorded for staff", conversation.id)
        session.commit()
        return True


def unclaimed(session: Session, slots: list[Slot]) -> list[Slot]:
    """The slots no conversation holds in the store right now (one being booked is not offered to anyone else)."""
    with session.no_autoflush:  # the turn's pending changes are not claims: they go in one flush with the rest
        claimed = repo.claimed_slots(session, [(s.technician_id, s.start, s.end) for s in slots])
    return [s for s in slots if (s.technician_id, s.start) not in claimed]
