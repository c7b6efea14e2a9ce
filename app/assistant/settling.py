"""What turns leave for later, settled outside them: a booked visit's quotation and the Odoo trail a conversation owes,
and the claims a cut-off booking left behind."""
from __future__ import annotations

import logging

from sqlalchemy.orm import Session

from app.assistant.core import Conversations
from app.odoo.errors import OdooError, OdooUnavailable
from app.store import repository as repo
from app.store.models import Visit

log = logging.getLogger(__name__)


class SettlingDesk:
    """What the trail job and the background loop ask of the assistant once turns are done, through its engine."""

    def __init__(self, engine: Conversations) -> None:
        self.engine = engine

    def settle_in_odoo(self, conversation_id: int) -> int:
        """What a turn left for Odoo once its reply is on its way: the draft quotation of a visit it booked, then the
        trail it owes (activities, transcript). Kept out of the turn, so a booking waits on two or three Odoo calls
        only; returns how many trail entries were written. Never raises for Odoo: what is not done stays owed.

        It may run inline right after the turn's commit, inside the client's lock, so it takes none: a quotation is
        found by its source document before one is made, and a move re-dates the one it finds."""
        with self.engine.sessions() as session:
            for visit_id, _ in self.engine.odoo.quotations.owed(session, conversation_id):
                try:
                    self._quote(session, visit_id)
                except OdooUnavailable:
                    log.warning("Odoo unreachable; visit %s still owed its quotation", visit_id)
                    break
        return self.engine.trail.write_pending(conversation_id)

    def retry_quotations(self) -> int:
        """Make the draft quotations owed for visits booked while Odoo failed to take them; returns how many."""
        with self.engine.sessions() as session:
            owed = self.engine.odoo.quotations.owed(session)
        made = 0
        for visit_id, phone in owed:
            with self.engine.locked(phone or "") as session:  # not while a turn of that client books or moves
                try:
                    made += self._quote(session, visit_id)
                except OdooUnavailable:
                    log.warning("Odoo unreachable; %d quotations still owed", len(owed) - made)
                    break
        return made

    def settle_claims(self) -> int:
        """Claims a cut-off booking left behind when its conversation moved on without finishing it (a hand-off, an
        opt-out), settled one by one under the client's lock (`Bookings.settle`). Returns how many were settled."""
        with self.engine.sessions() as session:
            unbooked = repo.unbooked_claims(session, self.engine.now() - self.engine.policy.resume_booking_after)
        settled = 0
        for conversation_id, phone, technician_id in unbooked:
            with self.engine.locked(phone) as session:  # not while a turn of that client books
                settled += self.engine.bookings.settle(session, self.engine.conversation(session, conversation_id), technician_id)
        return settled

    def _quote(self, session: Session, visit_id: int) -> bool:
        """The visit's quotation made; False when there is none to make or Odoo refused it (logged). Raises
        OdooUnavailable."""
        visit = session.get(Visit, visit_id)
        if visit is None:
            return False
        try:
            return self.engine.odoo.quotations.quote(session, visit)
        except OdooUnavailable:
            raise
        except OdooError as exc:
            log.warning("visit %s: Odoo refused its quotation (%s)", visit_id, exc.__class__.__name__)
            return False
