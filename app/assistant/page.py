"""The booking page of an email's link: the client's offers, a pick booked through the same dialog, a stop."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from app.assistant.core import Conversations
from app.assistant.turn import Turn
from app.odoo.availability import pick_across_day
from app.odoo.errors import OdooUnavailable
from app.store import repository as repo
from app.store.models import Conversation
from dialogs.model import Booking, DialogState, Event, InboundText, PagePicked, Slot, Unit, first_name

BOOKABLE_ON_PAGE = ("active", "closed")  # conversation statuses whose client may book on the page (nothing booked yet)


@dataclass(frozen=True)
class PageTurn:
    """What the booking page shows: the dialog's last word to the client there, if it spoke, and where things stand."""

    locale: str
    first_name: str
    units: list[Unit]
    status: str  # the conversation's: active, booked, handoff, opted_out, closed
    said: str | None = None
    offers: list[Slot] = field(default_factory=list)
    more: list[Slot] = field(default_factory=list)  # further times, shown on request
    booking: Booking | None = None


class PageDesk:
    """What the booking page asks of the assistant, through its engine."""

    def __init__(self, engine: Conversations) -> None:
        self.engine = engine

    def open(self, conversation_id: int, days: int, more_days: int = 0) -> PageTurn:
        """The booking page opened: every free time of the coming days that no conversation holds, as the page shows
        them (`pick_across_day`; none read for 0 days); nothing changes, since mail scanners open links too."""
        with self.engine.sessions() as session:
            conversation = self.engine.conversation(session, conversation_id)
            state = DialogState.from_json(conversation.state)
            offers: list[Slot] = []
            more: list[Slot] = []
            if days and state.booking is None and conversation.status in BOOKABLE_ON_PAGE:
                now = self.engine.now()
                free = self.engine.actions.free_in(session, (now, now + timedelta(days=self.engine.policy.search_days)), state.units)
                offers, more = pick_across_day(free, self.engine.zone.key, days, more_days)
            return _page_turn(conversation, state, None, offers, more)

    def book(self, conversation_id: int, slot: Slot, form_id: str) -> PageTurn:
        """The client picked a time on the page: the dialog books it as a text choosing it would be (claimed in the
        store, re-read in Odoo; if it was taken, an apology and fresh times), and the booking is also confirmed on the
        conversation's medium. A form sent twice (same `form_id`) books once."""
        events: list[Event] = [PagePicked(slot)]
        picked = f"book {slot.start.astimezone(self.engine.zone).isoformat(timespec='minutes')}"  # what the transcript shows staff
        return self._on_page(conversation_id, form_id, picked, events, books=True)

    def stop(self, conversation_id: int, form_id: str) -> PageTurn:
        """The client asked on the page to stop the reminders: an opt-out like STOP by text, at once."""
        return self._on_page(conversation_id, form_id, "STOP", [InboundText("STOP")], books=False)

    def _on_page(self, conversation_id: int, form_id: str, said: str, events: list[Event], books: bool) -> PageTurn:
        """Record what the client did on the page once (medium "web": the dialog's replies are shown, not sent), feed
        the events, and say where things stand. Odoo down: the turn is undone and the error raised for the page."""
        with self.engine.sessions() as session:
            key = self.engine.conversation(session, conversation_id).phone
        with self.engine.locked(key) as session:
            conversation = self.engine.conversation(session, conversation_id)
            inbound = repo.record_inbound(session, "web", key, said, form_id, self.engine.now())
            if inbound is None:  # the same form again (a second click): where things stand now
                first = repo.inbound_by_provider_id(session, "web", form_id)
                replies = repo.replies_to(session, first.id) if first else []
                state = DialogState.from_json(conversation.state)
                return _page_turn(conversation, state, replies[-1].body if replies else None, state.offers)
            inbound.conversation_id = conversation.id
            session.commit()
            if books and (DialogState.from_json(conversation.state).booking or conversation.status not in BOOKABLE_ON_PAGE):
                events = []  # booked already, with staff, or opted out: the page shows that instead
            before, turn = (dict(conversation.state), conversation.status), Turn(inbound)
            try:
                for event in events:
                    self.engine.run(session, conversation, DialogState.from_json(conversation.state), event, turn)
            except OdooUnavailable:
                session.rollback()
                conversation.state, conversation.status, inbound.status = before[0], before[1], "failed"
                session.commit()
                raise
            inbound.status = "processed"
            session.commit()
            if books:
                self.engine.confirm_off_page(session, conversation, inbound)
            state = DialogState.from_json(conversation.state)
            replies = repo.replies_to(session, inbound.id)
            return _page_turn(conversation, state, replies[-1].body if replies else None, state.offers)


def _page_turn(conversation: Conversation, state: DialogState, said: str | None, offers: list[Slot], more: list[Slot] | None = None) -> PageTurn:
    return PageTurn(state.locale, first_name(state.client_name), state.units, conversation.status, said, offers, more or [], state.booking)
