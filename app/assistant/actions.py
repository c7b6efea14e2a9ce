"""The dialog's actions performed: one method per action type, each returning what the dialog hears back (an event),
the message it sent, or nothing."""
from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from app import metrics
from app.assistant.bookings import Bookings, unclaimed
from app.assistant.outbound import Outbound
from app.assistant.quotations import VisitQuotations
from app.assistant.ringing import Ringer
from app.assistant.turn import TrailOwed, Turn
from app.odoo.partners import PartnerDirectory
from app.odoo.slots import SlotFinder
from app.odoo.sources import UnitSource
from app.odoo.visits import VisitBooker
from app.phones import mask
from app.reminders import stops
from app.store import repository as repo
from app.store.models import Conversation, Message
from dialogs import manager
from dialogs.model import (
    Action, Book, CancelVisit, ClientSelected, DialogState, Event, FetchSlots, HandToStaff, RecordOptOut, SelectClient, Send, Slot,
    SlotsFetched, StopReminders, Unit, Window,
)

log = logging.getLogger(__name__)

Performed = Event | Message | None  # an outcome the dialog hears back, a message sent, or nothing


@dataclass(frozen=True)
class Odoo:
    """The Odoo-facing parts the assistant uses."""

    partners: PartnerDirectory
    slots: SlotFinder
    visits: VisitBooker
    units: UnitSource
    quotations: VisitQuotations


class Actions:
    """Performs what the dialog manager asks for, inside the caller's turn (which commits it; a step that reaches
    outside commits what it needs before)."""

    def __init__(
        self, odoo: Odoo, bookings: Bookings, outbound: Outbound, ringer: Ringer, trail_owed: TrailOwed, policy: manager.DialogPolicy,
        now: Callable[[], datetime],
    ) -> None:
        self._odoo = odoo
        self._bookings = bookings
        self._outbound = outbound
        self._ringer = ringer
        self._trail_owed = trail_owed
        self._policy = policy
        self._now = now
        self._by_type: Mapping[type, Callable[..., Performed]] = {
            Send: self._send, FetchSlots: self._fetch_slots, Book: self._book, CancelVisit: self._cancel, SelectClient: self._select_client,
            HandToStaff: self._hand_to_staff, StopReminders: self._stop_reminders, RecordOptOut: self._record_opt_out,
        }

    def perform(self, session: Session, conversation: Conversation, state: DialogState, action: Action, turn: Turn | None) -> Performed:
        perform = self._by_type.get(type(action))
        if perform is None:
            raise TypeError(f"unknown action {action!r}")
        return perform(session, conversation, state, action, turn)

    def fetch_slots(self, session: Session, action: FetchSlots, count: int | None = None) -> SlotsFetched:
        """Free times inside the client's wish; with no wish (a time picked on the page, then taken), the next ones."""
        now = self._now()
        windows = action.windows or [(now, now + timedelta(days=self._policy.search_days))]
        slots, in_window = self._odoo.slots.find(
            windows, action.excluded, now, count or self._policy.offers, self._policy.search_days, action.units,
            keep=lambda found: unclaimed(session, found),
        )
        return SlotsFetched(slots, in_window)

    def free_in(self, session: Session, window: Window, units: Sequence[Unit]) -> list[Slot]:
        """Every free slot of every technician in the window that no conversation holds, as long as a visit to these
        units takes, soonest first: what staff and the booking page choose from."""
        return unclaimed(session, self._odoo.slots.free_in(window, self._now(), units))

    def book(self, session: Session, conversation: Conversation, action: Book) -> Event:
        """A visit booked or moved (`Bookings.book`); a new one is quoted once the reply is on its way
        (`settle_in_odoo`), else owed to `retry_quotations`."""
        outcome, booked = self._bookings.book(session, conversation, action)
        if booked:
            self._trail_owed.after_commit(session, conversation.id)
        return outcome

    def _send(self, session: Session, conversation: Conversation, state: DialogState, action: Send, turn: Turn | None) -> Message:
        return self._outbound.send(session, conversation, conversation.phone, state, action, turn)

    def _fetch_slots(self, session: Session, conversation: Conversation, state: DialogState, action: FetchSlots, turn: Turn | None) -> Event:
        return self.fetch_slots(session, action)

    def _book(self, session: Session, conversation: Conversation, state: DialogState, action: Book, turn: Turn | None) -> Event:
        return self.book(session, conversation, action)

    def _cancel(self, session: Session, conversation: Conversation, state: DialogState, action: CancelVisit, turn: Turn | None) -> Event:
        return self._bookings.cancel(session, conversation, action)

    def _select_client(self, session: Session, conversation: Conversation, state: DialogState, action: SelectClient, turn: Turn | None) -> Event:
        [client] = self._odoo.partners.by_ids([action.partner_id]).values()
        conversation.partner_id, conversation.tz = client.partner_id, client.tz
        units = [d.unit for d in self._odoo.units.units_of(client.partner_id, self._now().date())]
        return ClientSelected(client.name, client.locale, units)

    def _hand_to_staff(self, session: Session, conversation: Conversation, state: DialogState, action: HandToStaff, turn: Turn | None) -> None:
        log.info("conversation %s handed to staff: %s", conversation.id, action.reason)
        metrics.HANDOFFS.labels(action.reason).inc()
        self._ringer.ring_for(session, conversation, action, turn.inbound if turn else None)

    def _stop_reminders(self, session: Session, conversation: Conversation, state: DialogState, action: StopReminders, turn: Turn | None) -> None:
        for scope, key in stops.keys_of(action, conversation.partner_id, conversation.phone):
            repo.record_reminder_stop(session, scope, key, action.reason, conversation.id, self._now())
        log.info("conversation %s: reminders stopped (%s)", conversation.id, action.reason)

    def _record_opt_out(self, session: Session, conversation: Conversation, state: DialogState, action: RecordOptOut, turn: Turn | None) -> None:
        repo.record_opt_out(session, conversation.phone, turn.inbound.channel if turn else conversation.medium, self._now())
        session.commit()
        log.info("opt-out recorded for %s", mask(conversation.phone))


def describe(action: Action) -> str:
    """An action for the log: its kind and reason or template, never a name, number or message text."""
    if isinstance(action, Send):
        return f"send {action.template}"
    if isinstance(action, HandToStaff):
        return f"hand to staff ({action.reason})"
    return type(action).__name__
