"""The conversation engine: feeds events to the pure dialog manager and performs the actions it returns.

Order of effects for every message: record it in the store, commit, then queue its delivery (app/jobs), so a crash
never sends twice and never loses one. One client's conversation is worked on by one turn at a time, in whichever
worker process it runs (a lock in the store: app/store/locks.py).
"""
from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

from sqlalchemy import inspect
from sqlalchemy.event import listen
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from app import metrics
from app.assistant.bookings import Bookings, unclaimed
from app.assistant.errors import NotFound
from app.channels.base import Channel, NotTextable, Outgoing, RecipientOptedOut
from app.jobs import Jobs
from app.odoo.errors import OdooError, OdooUnavailable
from app.odoo.gateway import OdooGateway
from app.odoo.partners import Client, PartnerDirectory
from app.odoo.quotations import VisitQuotations
from app.odoo.slots import SlotFinder
from app.odoo.sources import DueUnit, UnitSource
from app.odoo.trail import OdooTrail
from app.odoo.visits import VisitBooker
from app.phones import mask
from app.reminders import stops
from app.reminders.contact_window import ContactWindow, Recipient
from app.reminders.outbox import RetryPolicy
from app.rendering import LOCALES, Renderer
from app.store import repository as repo
from app.store.locks import Locks
from app.store.models import Conversation, Message, Visit
from dialogs import manager
from dialogs.model import (
    Action, Book, CancelVisit, ClientSelected, DialogState, Event, FetchSlots, HandOffReason, HandToStaff, InboundText, KeyPress, PhoneShared,
    RecordOptOut, ReminderDue, SelectClient, Send, SlotsFetched, Stage, StopReminders, TimerFired, first_name,
)

log = logging.getLogger(__name__)

STATUS_BY_STAGE = {Stage.BOOKED: "booked", Stage.HANDOFF: "handoff", Stage.OPTED_OUT: "opted_out", Stage.CLOSED: "closed"}
ANSWERED_IN_REPLY = ("voice", "web")  # media whose replies go back in the HTTP answer: a live call, the booking page
REPLIES_TO_SEND = "fusion.replies_to_send"  # session.info key: replies a turn recorded as taken, sent once it commits
TRAIL_OWED = "fusion.trail_owed"  # session.info key: conversations whose trail job is queued once the session commits


class RingOutDialer(Protocol):
    """Rings the staff member's phone, then connects the client (RingCentral RingOut); returns the call's id."""

    def connect(self, staff_number: str, client_number: str) -> str: ...


@dataclass(frozen=True)
class RingBack:
    """A client who asks for a person by text is rung back at once in office hours: RingOut rings this staff phone
    first and connects the client when someone answers (nobody answers: the client's phone never rings)."""

    dialer: RingOutDialer
    staff_number: str
    hours: tuple[time, time] = (time(9), time(17))  # weekdays, dealer's time; never on a statutory holiday

    def open_at(self, local: datetime, window: ContactWindow) -> bool:
        opens, closes = self.hours
        return local.weekday() < 5 and opens <= local.time() < closes and not window.holiday(local.date())


@dataclass(frozen=True)
class OnCall:
    """Danger reported by a client rings this phone at once, at any hour (RingOut: the on-call person first, then the
    client)."""

    dialer: RingOutDialer
    number: str


@dataclass(frozen=True)
class Odoo:
    """The Odoo-facing parts the assistant uses."""

    partners: PartnerDirectory
    slots: SlotFinder
    visits: VisitBooker
    units: UnitSource
    quotations: VisitQuotations


class Conversations:
    """The engine every desk (staff, calls, the booking page, the outbox) works through."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        odoo: Odoo,
        channels: Mapping[str, Channel],
        renderer: Renderer,
        clock: Callable[[], datetime],
        tz: str,
        window: ContactWindow,
        policy: manager.DialogPolicy = manager.DialogPolicy(),
        retry: RetryPolicy = RetryPolicy(),
        booking_links: Callable[[int, int | None], str] | None = None,
        unsubscribe_links: Callable[[int], str] | None = None,
        *,
        trail: OdooTrail,
        jobs: Jobs,
        locks: Locks,
        ring_back: RingBack | None = None,
        on_call: OnCall | None = None,
        turn_budget: float | None = None,
    ) -> None:
        self._sessions = sessions
        self._odoo = odoo
        self._channels = channels
        self._renderer = renderer
        self._clock = clock
        self._zone = ZoneInfo(tz)
        self._window = window
        self._policy = policy
        self._outbox = retry
        self._booking_links = booking_links  # a link to book on the web, for email (conversation id, partner id)
        self._unsubscribe_links = unsubscribe_links  # a link to stop the reminders, for email (conversation id)
        self._trail = trail
        self._ring_back = ring_back
        self._on_call = on_call
        self._jobs = jobs
        self._locks = locks
        self._turn_budget = turn_budget  # seconds of Odoo a client waits on in a turn; None: the full timeouts
        self._bookings = Bookings(odoo.visits, odoo.slots, odoo.quotations, renderer, self.now)

    def now(self) -> datetime:
        return self._clock().astimezone(self._zone)

    def warm(self) -> None:
        """Pay the first turn's one-time costs now: every template compiled, the language data a reply is read with,
        then (raising Odoo's errors) the booking rules, the free-slot horizon and the technicians' calendar."""
        self._renderer.warm()
        now = self.now()
        for locale in LOCALES:
            manager.handle(DialogState(locale=locale, stage=Stage.REMINDED), InboundText("next Tuesday morning"), now, self._policy)
        self._odoo.slots.find([(now, now + timedelta(days=self._policy.search_days))], [], now, self._policy.offers, self._policy.search_days)
        self._odoo.slots.warm()

    def _lock(self, phone: str) -> AbstractContextManager[None]:
        """One phone's conversation is worked on by one turn at a time, across workers (never two locks held at once:
        no deadlock)."""
        return self._locks.hold(f"client:{phone}")

    @contextmanager
    def _locked(self, key: str) -> Iterator[Session]:
        """A session holding the lock of a client's conversation (a phone, or an email address) on its own
        connection: the turn's store work and its lock cost one connection."""
        with self._locks.session(self._sessions) as session, self._locks.lock(session, f"client:{key}"):
            yield session

    # inbound ---------------------------------------------------------------------------------------------
    def handle_inbound(self, phone: str, body: str, provider_message_id: str, medium: str = "sms", keypress: bool = False) -> list[str]:
        """Process one inbound text (or, with medium "voice", what a client said or pressed on a call) once and return
        the replies; a retried delivery gets the replies of the first one, whichever of them did the work.

        The text is committed before anything else, so an Odoo outage never loses it: the client gets a
        holding reply and the message stays `received` until it can be processed.
        """
        with self._locks.session(self._sessions) as session:
            stored = self._store_inbound(session, phone, body, provider_message_id, medium, keypress)
            with self._locks.lock(session, f"client:{phone}"):
                if stored is not None:
                    session.refresh(stored)  # a provider's repeat, on another worker, may have had the lock first
                inbound = stored or repo.inbound_by_provider_id(session, medium, provider_message_id)
                if inbound is None:
                    return []
                if stored is None or inbound.status != "received":  # a repeat, or a repeat that had the lock first
                    replies = repo.replies_to(session, inbound.id)
                    if inbound.status != "received" or replies:
                        return [m.body for m in replies]  # done (or holding until Odoo returns: the retry loop finishes it)
                with self._client_waits():
                    return [m.body for m in self._process_turn(session, inbound, answer=True)]

    def store_inbound(self, phone: str, body: str, provider_message_id: str, medium: str = "sms", keypress: bool = False) -> int | None:
        """Commit one inbound text without processing it, for webhooks that answer before the dialog work is done;
        returns its id for `process_stored`, or None for a retried delivery (already stored). Until processed it is
        `received`, which `retry_pending` also picks up, so a crash in between loses nothing. Keys pressed on a call
        are kept as such (`keypress`)."""
        with self._sessions() as session:
            inbound = self._store_inbound(session, phone, body, provider_message_id, medium, keypress)
            return inbound.id if inbound is not None else None

    def _store_inbound(self, session: Session, phone: str, body: str, provider_message_id: str, medium: str, keypress: bool) -> Message | None:
        inbound = repo.record_inbound(session, medium, phone, body, provider_message_id, self.now(), "keypress" if keypress else None)
        metrics.INBOUND.labels(medium, "duplicate" if inbound is None else "keypress" if keypress else "text").inc()
        if inbound is None:
            log.info("duplicate inbound %s from %s ignored", provider_message_id, mask(phone))
        session.commit()
        return inbound

    def process_stored(self, message_id: int, phone: str) -> bool:
        """Process one stored inbound text unless another worker already has; True when it went through."""
        with self._locked(phone) as session:
            inbound = session.get(Message, message_id)
            if inbound is None or inbound.status != "received":
                return False
            self._process_turn(session, inbound)
            return inbound.status == "processed"

    def _process_turn(self, session: Session, inbound: Message, answer: bool = False) -> list[Message]:
        """One turn on a stored text, committed; then its replies leave from this thread, still under the client's
        lock (so they go out in order) and on the turn's own connection: no queue hop while the client waits. With
        `answer` (the caller answers with them), returns every reply to the text (a held text's holding reply too),
        read in the turn's transaction; a queued turn after a webhook's answer reads none."""
        self._process(session, inbound)
        replies = repo.replies_to(session, inbound.id) if answer else []
        session.commit()
        for message in session.info.pop(REPLIES_TO_SEND, []):
            if inspect(message).persistent:  # not undone with its turn (Odoo went away: the holding reply stands instead)
                self._send_taken(session, message)
        return replies

    def _send_taken(self, session: Session, message: Message) -> None:
        """The first attempt at a reply its turn recorded as taken (`_send_recorded`); a failure is queued for its
        next attempt, when its backoff ends."""
        self._hand_to_channel(session, message, Outgoing(message.address, message.body, str(message.id), message.subject, message.html))
        session.commit()
        if message.status == "queued":
            self._jobs.deliver(message.id, message.next_attempt_at)

    def process_inbound(self, message_id: int) -> bool:
        """A stored inbound text, by id alone (a queued job's view of `process_stored`)."""
        with self._sessions() as session:
            inbound = session.get(Message, message_id)
            phone = inbound.address if inbound is not None else None
        if phone is None:
            return False
        with self._client_waits():  # just received: the client waits (the retry loop, which no one waits on, has no budget)
            return self.process_stored(message_id, phone)

    def _client_waits(self) -> AbstractContextManager[None]:
        """Odoo's share of a turn a client is waiting on, bounded: with Odoo hung, the holding reply goes out in about
        that long and the retry loop, with the full timeouts, finishes the work."""
        return OdooGateway.budget(self._turn_budget) if self._turn_budget else nullcontext()

    def retry_pending(self) -> int:
        """Process inbound texts kept while Odoo was unreachable, then write the Odoo trail still owed (activities,
        transcripts); returns how many texts went through."""
        with self._sessions() as session:
            pending = repo.pending_inbound(session)
        done = sum(self.process_stored(message_id, phone) for message_id, phone in pending)
        self._trail.write_pending()
        return done

    def settle_in_odoo(self, conversation_id: int) -> int:
        """What a turn left for Odoo once its reply is on its way: the draft quotation of a visit it booked, then the
        trail it owes (activities, transcript). Kept out of the turn, so a booking waits on two or three Odoo calls
        only; returns how many trail entries were written. Never raises for Odoo: what is not done stays owed.

        It may run inline right after the turn's commit, inside the client's lock, so it takes none: a quotation is
        found by its source document before one is made, and a move re-dates the one it finds."""
        with self._sessions() as session:
            for visit_id, _ in self._odoo.quotations.owed(session, conversation_id):
                try:
                    self._quote(session, visit_id)
                except OdooUnavailable:
                    log.warning("Odoo unreachable; visit %s still owed its quotation", visit_id)
                    break
        return self._trail.write_pending(conversation_id)

    def retry_quotations(self) -> int:
        """Make the draft quotations owed for visits booked while Odoo failed to take them; returns how many."""
        with self._sessions() as session:
            owed = self._odoo.quotations.owed(session)
        made = 0
        for visit_id, phone in owed:
            with self._locked(phone or "") as session:  # not while a turn of that client books or moves
                try:
                    made += self._quote(session, visit_id)
                except OdooUnavailable:
                    log.warning("Odoo unreachable; %d quotations still owed", len(owed) - made)
                    break
        return made

    def settle_claims(self) -> int:
        """Claims a cut-off booking left behind when its conversation moved on without finishing it (a hand-off, an
        opt-out), settled one by one under the client's lock (`Bookings.settle`). Returns how many were settled."""
        with self._sessions() as session:
            unbooked = repo.unbooked_claims(session, self.now() - self._policy.resume_booking_after)
        settled = 0
        for conversation_id, phone, technician_id in unbooked:
            with self._locked(phone) as session:  # not while a turn of that client books
                settled += self._bookings.settle(session, self._conversation(session, conversation_id), technician_id)
        return settled

    def _quote(self, session: Session, visit_id: int) -> bool:
        """The visit's quotation made; False when there is none to make or Odoo refused it (logged). Raises
        OdooUnavailable."""
        visit = session.get(Visit, visit_id)
        if visit is None:
            return False
        try:
            return self._odoo.quotations.quote(session, visit)
        except OdooUnavailable:
            raise
        except OdooError as exc:
            log.warning("visit %s: Odoo refused its quotation (%s)", visit_id, exc.__class__.__name__)
            return False

    def tick(self) -> int:
        """Let time pass for the open conversations whose silence is due to move them on (follow-ups, hand-offs,
        expiry), each only when the contact window allows its medium where the client is: one it holds wakes again
        when the window opens, and one whose number opted out (a carrier's word) ends as opted out. Returns how many
        changed."""
        now = self.now()
        with self._sessions() as session:
            due = repo.conversations_to_wake(session, now)
        changed = 0
        for conversation_id, phone, _ in due:
            with self._locked(phone) as session:
                conversation = session.get(Conversation, conversation_id)
                if conversation is None or conversation.status != "active" or repo.has_pending_inbound(session, conversation_id):
                    continue  # closed meanwhile, or a text waits: the retry loop replays it, which answers the client
                state = DialogState.from_json(conversation.state)
                wake_at = manager.wakes_at(state, self._policy)
                if wake_at is None or wake_at > now:  # woken early (a moment kept from before): only note the real one
                    conversation.wake_at = wake_at
                    session.commit()
                    continue
                recipient = Recipient(conversation.tz, repo.is_opted_out(session, phone))
                opens = self._window.next_allowed(recipient, conversation.medium, now)
                if opens is None:
                    state.stage = Stage.OPTED_OUT
                elif opens > now:  # night where the client is (calls: outside the CRTC's hours)
                    conversation.wake_at = opens
                    session.commit()
                    continue
                self._run(session, conversation, state, TimerFired(), None)
                session.commit()
                changed += 1
        return changed

    @metrics.TURN_SECONDS.time()
    def _process(self, session: Session, inbound: Message) -> None:
        """Think and act on a stored text; the caller commits. Nothing is committed halfway but what must be before
        Odoo or a provider is asked (a slot claimed before it is booked), so a turn undone is undone whole."""
        try:
            conversation, answered = self._conversation_for(session, inbound)
        except OdooUnavailable:
            self._process_without_odoo(session, inbound)
            return
        attempts = 0 if answered else 3
        for attempt in range(attempts):
            opted_out = repo.is_opted_out(session, inbound.address)
            _link(inbound, conversation)
            before = (dict(conversation.state), conversation.status)
            state = DialogState.from_json(conversation.state)
            if opted_out and state.stage != Stage.OPTED_OUT:
                state.stage = Stage.OPTED_OUT
            try:
                self._run(session, conversation, state, _event_for(inbound), inbound)
                break
            except StaleDataError:  # another worker moved this conversation on: think again from its new state
                log.info("conversation %s changed meanwhile; re-running inbound %s (attempt %d)", conversation.id, inbound.id, attempt + 1)
                session.rollback()
                session.refresh(conversation)
            except OdooUnavailable:  # Odoo went away mid-turn: undo the turn, keep the text for the retry loop
                session.rollback()
                _link(inbound, conversation)
                conversation.state, conversation.status = before
                session.commit()
                log.warning("Odoo unreachable during conversation %s; inbound %s kept for retry", conversation.id, inbound.id)
                self._hold(session, inbound)
                return
        else:
            if attempts:  # moved on by other workers every time: the text stays for the retry loop, never dropped unanswered
                log.warning("conversation %s kept changing; inbound %s kept for retry", conversation.id, inbound.id)
                _link(inbound, conversation)
                return
        _link(inbound, conversation)
        inbound.status = "processed"
        if inbound.channel == "web":  # a time picked on the page, booked by the retry loop after a crash cut it off
            self._confirm_off_page(session, conversation, inbound)

    def _confirm_off_page(self, session: Session, conversation: Conversation, picked: Message) -> None:
        """A visit booked from the page (which only shows the reply) is confirmed on the conversation's own medium too."""
        state = DialogState.from_json(conversation.state)
        replies = repo.replies_to(session, picked.id)
        if state.booking is not None and replies and replies[-1].template in ("booked", "moved"):
            values = {"slot": state.booking.slot, "units": state.units}
            self._deliver(session, conversation, conversation.phone, state, Send(replies[-1].template, values), None)

    def _process_without_odoo(self, session: Session, inbound: Message) -> None:
        """Odoo is down: an opt-out still takes effect at once; anything else is kept and gets one holding reply."""
        phone = inbound.address
        if manager.wants_to_stop(inbound.body, self.now()):
            repo.record_opt_out(session, phone, inbound.channel, self.now())
            inbound.status = "processed"
            self._deliver(session, None, phone, DialogState(), Send("opted_out"), inbound)
            return
        log.warning("Odoo unreachable; inbound %s from %s kept for retry", inbound.id, mask(phone))
        self._hold(session, inbound)

    def _hold(self, session: Session, inbound: Message) -> None:
        """One holding reply per kept text (none to an opted-out number); the text stays `received` for the retry loop."""
        replies = repo.replies_to(session, inbound.id)
        if not repo.is_opted_out(session, inbound.address) and not any(m.template == "holding" for m in replies):
            conversation = session.get(Conversation, inbound.conversation_id) if inbound.conversation_id else None
            state = DialogState.from_json(conversation.state) if conversation is not None else DialogState()  # in the client's language
            self._deliver(session, conversation, inbound.address, state, Send("holding"), inbound)

    def _conversation_for(self, session: Session, inbound: Message) -> tuple[Conversation, bool]:
        """The client's latest conversation, or a new one, and whether this text was already answered in opening it:
        a number matching no client goes to staff, one shared by several clients is asked who is texting."""
        phone, now = inbound.address, self.now()
        conversation = repo.latest_conversation(session, phone)
        if conversation is not None:
            return conversation, False
        clients = self._odoo.partners.by_phone(phone)
        client = clients[0] if len(clients) == 1 else None
        state = DialogState(locale=client.locale if client else clients[0].locale if clients else "en_CA")
        if client is not None:  # texting without a reminder: talk about their units under contract
            state = DialogState(client_name=client.name, locale=client.locale, units=[d.unit for d in self._odoo.units.units_of(client.partner_id, now.date())])
        elif not clients:
            state.stage = Stage.HANDOFF
        conversation = Conversation(
            phone=phone, partner_id=client.partner_id if client else None, locale=state.locale, tz=client.tz if client else None,
            status="handoff" if not clients else "active", state=state.to_json(), created_at=now, updated_at=now,
        )
        session.add(conversation)
        session.commit()  # there to come back to should the turn be undone (Odoo gone mid-turn)
        if client is None and manager.is_urgent(inbound.body, now, state.locale):
            return conversation, False  # danger goes to a person before anyone asks who is texting: the turn hands it off
        if not clients:
            self._trail.record(session, conversation, None, [HandToStaff("unknown number")], inbound.id)
            self._record_and_send(session, conversation, state, Send("unknown_number"), inbound)
            metrics.HANDOFFS.labels("unknown number").inc()
            log.info("conversation %s from %s handed to staff: unknown number", conversation.id, mask(phone))
            self._write_trail_after_commit(session, conversation.id)
        elif client is None:
            self._run(session, conversation, state, PhoneShared([(c.partner_id, c.name) for c in clients]), inbound)
        return conversation, len(clients) != 1

    @staticmethod
    def _conversation(session: Session, conversation_id: int) -> Conversation:
        conversation = session.get(Conversation, conversation_id)
        if conversation is None:
            raise NotFound(f"no conversation {conversation_id}")
        return conversation

    # reminders -------------------------------------------------------------------------------------------
    def remind(self, client: Client, units: list[DueUnit], band: int, keys: list, medium: str = "sms") -> list[Message]:
        """Send one reminder to a client for all their due units, at most once per reminder key, by text, call or email."""
        event = ReminderDue(client.name, client.locale, [u.unit for u in units], band)
        return self._start(
            client, event, medium, lambda session, now: repo.claim_reminder_keys(session, keys, client.partner_id, now, medium, event.units),
            lambda session, conversation_id: repo.link_reminder_keys(session, keys, conversation_id),
        )

    def follow_up_missed(self, client: Client, units: list[DueUnit], event_id: int, start: datetime, medium: str = "sms") -> list[Message]:
        """Tell a client we missed them at a visit (Odoo's no-show) and offer to book again, once per event."""
        event = ReminderDue(client.name, client.locale, [u.unit for u in units], 0, "missed_visit", start)
        return self._start(client, event, medium, lambda session, now: repo.claim_follow_up(session, event_id, client.partner_id, now, medium))

    def _start(
        self, client: Client, event: ReminderDue, medium: str, claim: Callable[[Session, datetime], bool],
        link: Callable[[Session, int], None] | None = None,
    ) -> list[Message]:
        """Start (or pick up) the client's conversation with what the assistant has to say, once per `claim`; `link`
        notes the conversation on what was claimed.

        A conversation is keyed by the client's phone, or by their email address when they have no phone."""
        key = client.phone or client.email
        if key is None or (medium != "email" and client.phone is None):
            raise ValueError(f"a {medium} reminder needs a phone number, an email one an address")
        with self._locked(key) as session:
            now = self.now()
            conversation = repo.latest_conversation(session, key)
            if conversation is not None and conversation.status == "active" and (
                conversation.partner_id not in (None, client.partner_id)  # a phone shared with another client
                or conversation.state.get("stage") not in (Stage.NEW, Stage.REMINDED)  # the client is choosing a time right now
            ):
                return []  # this reminder waits for a later scan; its keys stay unclaimed
            if repo.is_opted_out(session, key) or not claim(session, now):
                session.rollback()
                return []
            if conversation is None or conversation.status in ("closed", "booked"):
                conversation = Conversation(
                    phone=key, partner_id=client.partner_id, locale=client.locale, tz=client.tz, status="active", medium=medium,
                    state=DialogState().to_json(), created_at=now, updated_at=now,
                )
                session.add(conversation)
                session.flush()
            elif conversation.status in ("handoff", "opted_out"):
                session.rollback()
                return []
            if link is not None:
                link(session, conversation.id)
            sent = self._remind_by(session, conversation, client, event, medium)
            session.commit()
            return sent

    def escalate(self, conversation_id: int, client: Client, units: list[DueUnit], band: int, medium: str) -> list[Message]:
        """Repeat an unanswered reminder on the next channel; nothing when the client replied or moved on meanwhile."""
        key = client.phone or client.email
        if key is None:
            raise ValueError("a client with neither phone nor email has no conversation to escalate")
        with self._locked(key) as session:
            conversation = session.get(Conversation, conversation_id)
            if (
                conversation is None or conversation.status != "active" or conversation.medium == medium
                or conversation.state.get("stage") != Stage.REMINDED or repo.is_opted_out(session, conversation.phone)
            ):
                return []
            sent = self._remind_by(session, conversation, client, ReminderDue(client.name, client.locale, [u.unit for u in units], band), medium)
            session.commit()
            log.info("conversation %s: reminder escalated to %s", conversation.id, medium)
            return sent

    def _remind_by(self, session: Session, conversation: Conversation, client: Client, event: ReminderDue, medium: str) -> list[Message]:
        """The reminder, on `medium` from now on (an email conversation learns the client's address)."""
        conversation.medium = medium
        if medium == "email":
            conversation.email = client.email
        return self._run(session, conversation, DialogState.from_json(conversation.state), event, None)

    # the loop --------------------------------------------------------------------------------------------
    def _run(self, session: Session, conversation: Conversation, state: DialogState, event: Event, inbound: Message | None) -> list[Message]:
        """Feed the event, perform actions, feed their outcomes back, until nothing is left to do; the caller commits
        (a step that reaches outside commits what it needs before)."""
        sent: list[Message] = []
        pending: list[Event] = [event]
        owed = 0  # entries this turn recorded for Odoo's trail
        while pending:
            event = pending.pop(0)
            before = state.stage
            state, actions = manager.handle(state, event, self.now(), self._policy)
            metrics.DIALOG_EVENTS.labels(type(event).__name__, state.stage).inc()
            log.info(
                "conversation %s: %s -> %s on %s; %s", conversation.id, before, state.stage, type(event).__name__,
                ", ".join(_describe(a) for a in actions) or "no action",
            )
            owed += self._save(session, conversation, state, actions, inbound)
            for action in actions:
                outcome = self._perform(session, conversation, state, action, inbound, sent)
                if outcome is not None:
                    pending.append(outcome)
        if owed:
            self._write_trail_after_commit(session, conversation.id)
        return sent

    def _write_trail_after_commit(self, session: Session, conversation_id: int) -> None:
        """Queue the trail job for what this conversation owes Odoo once the session commits it: the job reads it (and
        an inline job, on SQLite, would otherwise wait on this session's own write lock)."""
        owed: set[int] = session.info.setdefault(TRAIL_OWED, set())
        if not owed:
            listen(session, "after_commit", self._queue_owed_trail, once=True)
        owed.add(conversation_id)

    def _queue_owed_trail(self, session: Session) -> None:
        for conversation_id in session.info.pop(TRAIL_OWED, ()):
            self._jobs.write_trail(conversation_id)

    def _save(self, session: Session, conversation: Conversation, state: DialogState, actions: list[Action], inbound: Message | None) -> int:
        """The new state, and in the same transaction what it owes Odoo's trail (a hand-off activity, a transcript);
        returns how many trail entries that is. Committed with the turn, or before it reaches outside."""
        previous = conversation.status
        conversation.state = state.to_json()
        conversation.locale = state.locale
        conversation.status = STATUS_BY_STAGE.get(state.stage, "active")
        conversation.updated_at = self.now()
        conversation.wake_at = manager.wakes_at(state, self._policy) if conversation.status == "active" else None
        handoffs = [a for a in actions if isinstance(a, HandToStaff)]
        return self._trail.record(session, conversation, previous, handoffs, inbound.id if inbound else None)

    def _perform(
        self, session: Session, conversation: Conversation, state: DialogState, action: Action, inbound: Message | None, sent: list[Message]
    ) -> Event | None:
        if isinstance(action, Send):
            sent.append(self._record_and_send(session, conversation, state, action, inbound))
            return None
        if isinstance(action, FetchSlots):
            return self._fetch_slots(session, action)
        if isinstance(action, Book):
            return self._book(session, conversation, action)
        if isinstance(action, CancelVisit):
            return self._bookings.cancel(session, conversation, action)
        if isinstance(action, SelectClient):
            [client] = self._odoo.partners.by_ids([action.partner_id]).values()
            conversation.partner_id, conversation.tz = client.partner_id, client.tz
            units = [d.unit for d in self._odoo.units.units_of(client.partner_id, self.now().date())]
            return ClientSelected(client.name, client.locale, units)
        if isinstance(action, HandToStaff):
            log.info("conversation %s handed to staff: %s", conversation.id, action.reason)
            metrics.HANDOFFS.labels(action.reason).inc()
            self._ring_for(session, conversation, action, inbound)
            return None
        if isinstance(action, StopReminders):
            for scope, key in stops.keys_of(action, conversation.partner_id, conversation.phone):
                repo.record_reminder_stop(session, scope, key, action.reason, conversation.id, self.now())
            log.info("conversation %s: reminders stopped (%s)", conversation.id, action.reason)
            return None
        if isinstance(action, RecordOptOut):
            repo.record_opt_out(session, conversation.phone, inbound.channel if inbound else conversation.medium, self.now())
            session.commit()
            log.info("opt-out recorded for %s", mask(conversation.phone))
            return None
        raise TypeError(f"unknown action {action!r}")

    def _record_and_send(self, session: Session, conversation: Conversation, state: DialogState, action: Send, inbound: Message | None) -> Message:
        return self._deliver(session, conversation, conversation.phone, state, action, inbound)

    def _deliver(
        self, session: Session, conversation: Conversation | None, phone: str, state: DialogState, action: Send, inbound: Message | None,
        spoken: bool = False,
    ) -> Message:
        """Render the template for the right medium, then send it the recorded way.

        A reply goes back on the medium the client used; what the assistant starts goes on the conversation's medium.
        A reply during a live call is spoken in the webhook's answer, and one on the booking page shown in the page's,
        so no provider is asked to send it."""
        medium = "voice" if spoken else inbound.channel if inbound is not None else conversation.medium if conversation is not None else "sms"
        values = {"client_name": state.client_name, "first_name": first_name(state.client_name)}
        values.update(action.values)
        address, subject, html = phone, None, None
        if medium == "email":
            if conversation is None or not conversation.email:
                raise ValueError("an email reply needs the conversation's email address")
            address = conversation.email
            values["booking_url"] = self._booking_url(conversation)
            values["unsubscribe_url"] = self._unsubscribe_links(conversation.id) if self._unsubscribe_links else ""
            subject, body, html = self._renderer.render_email(state.locale, action.template, values)
        else:
            body = self._renderer.render(medium, state.locale, action.template, values)
        return self._send_recorded(session, conversation, medium, address, body, action.template, inbound, subject, html, spoken)

    def _send_recorded(
        self, session: Session, conversation: Conversation | None, medium: str, address: str, body: str, template: str,
        inbound: Message | None, subject: str | None = None, html: str | None = None, spoken: bool = False,
    ) -> Message:
        """Record it before any provider sees it: never sent twice, never lost. A reply to a client's text is recorded
        as taken by its turn (its first attempt, under the sender's lease) and sent once the turn commits
        (`_process_turn`); anything else is committed now and queued. The lease is the sender's: the outbox sweep
        leaves the message alone until it passes (a job or a turn lost with its process)."""
        now = self.now()
        reply = inbound is not None and not spoken and medium not in ANSWERED_IN_REPLY
        message = Message(
            conversation_id=conversation.id if conversation is not None else None, reply_to_id=inbound.id if inbound else None,
            direction="out", channel=medium, address=address, body=body, template=template, status="queued",
            created_at=now, next_attempt_at=now + self._outbox.lease, subject=subject, html=html, attempts=1 if reply else 0,
        )
        if not reply and (spoken or inbound is not None):
            message.status, message.sent_at = "sent", now  # spoken in the call's answer, or shown on the page
        session.add(message)
        if reply:
            session.info.setdefault(REPLIES_TO_SEND, []).append(message)
        elif spoken or inbound is None:  # outside a turn: committed now
            session.commit()
            if not spoken and self._jobs.deliver(message.id):
                session.refresh(message)  # delivered inline: the caller sees how it went
        return message

    def _hand_to_channel(self, session: Session, message: Message, outgoing: Outgoing) -> None:
        """One attempt (the message taken for it: repo.take_for_sending); a failure leaves it queued for the next
        attempt after its backoff, never lost."""
        try:
            message.provider_message_id = self._channels[message.channel].send(outgoing)
            message.status, message.sent_at = "sent", self.now()
            metrics.OUTBOUND.labels(message.channel, "sent").inc()
        except RecipientOptedOut:  # the carrier knows better: the opt-out takes effect at once
            message.status = "failed"
            metrics.OUTBOUND.labels(message.channel, "opted_out").inc()
            repo.record_opt_out(session, message.address, "carrier", self.now())
            log.info("carrier reports %s opted out", mask(message.address))
        except NotTextable:  # a landline: the escalation reaches the client by voice
            message.status = "failed"
            metrics.OUTBOUND.labels(message.channel, "not_textable").inc()
            repo.record_not_textable(session, message.address, self.now())
            log.info("%s cannot take texts; voice next", mask(message.address))
        except Exception as exc:
            message.next_attempt_at = self.now() + self._outbox.backoff(message.attempts)
            metrics.provider_error(message.channel, exc)
            log.exception("send failed for conversation %s (attempt %d)", message.conversation_id, message.attempts)

    def _booking_url(self, conversation: Conversation) -> str:
        return self._booking_links(conversation.id, conversation.partner_id) if self._booking_links else ""

    def _book(self, session: Session, conversation: Conversation, action: Book) -> Event:
        """A visit booked or moved (`Bookings.book`); a new one is quoted once the reply is on its way
        (`settle_in_odoo`), else owed to `retry_quotations`."""
        outcome, booked = self._bookings.book(session, conversation, action)
        if booked:
            self._write_trail_after_commit(session, conversation.id)
        return outcome

    def _fetch_slots(self, session: Session, action: FetchSlots, count: int | None = None) -> SlotsFetched:
        """Free times inside the client's wish; with no wish (a time picked on the page, then taken), the next ones."""
        now = self.now()
        windows = action.windows or [(now, now + timedelta(days=self._policy.search_days))]
        slots, in_window = self._odoo.slots.find(
            windows, action.excluded, now, count or self._policy.offers, self._policy.search_days, action.units,
            keep=lambda found: unclaimed(session, found),
        )
        return SlotsFetched(slots, in_window)

    def _ring_for(self, session: Session, conversation: Conversation, handoff: HandToStaff, inbound: Message | None) -> None:
        """A person on the phone at once where one is wanted: danger rings the on-call phone at any hour (else, like a
        client asking for a person by text, the callback phone in office hours)."""
        if inbound is None:
            return
        if handoff.urgent and self._on_call is not None:
            self._ring(session, conversation, self._on_call.dialer, self._on_call.number)
            return
        ring = self._ring_back
        asked = handoff.urgent or handoff.reason == HandOffReason.CLIENT_ASKS_FOR_A_PERSON and inbound.channel == "sms"
        if ring is not None and asked and ring.open_at(self.now(), self._window):
            self._ring(session, conversation, ring.dialer, ring.staff_number)

    def _ring(self, session: Session, conversation: Conversation, dialer: RingOutDialer, staff_number: str) -> Message:
        """Ring a staff phone, then the client's (RingOut); the call is recorded in the transcript before it is placed,
        and a failed one stays there. The outbox never places a call again by itself."""
        record = Message(
            conversation_id=conversation.id, direction="out", channel="ringout", address=conversation.phone, body="",
            template="call", status="queued", created_at=self.now(),
        )
        session.add(record)
        session.commit()
        try:
            record.provider_message_id = dialer.connect(staff_number, conversation.phone)
            record.status, record.sent_at = "sent", self.now()
        except Exception as exc:
            record.status = "failed"
            metrics.provider_error("ringout", exc)
            log.exception("RingOut failed for conversation %s", conversation.id)
        session.commit()
        return record

def _link(inbound: Message, conversation: Conversation) -> None:
    """The text belongs to the conversation, and what the assistant starts next goes where the client last answered
    (not to the booking page, where nothing can be started)."""
    inbound.conversation_id = conversation.id
    if inbound.channel != "web":
        conversation.medium = inbound.channel


def _event_for(inbound: Message) -> Event:
    """What the client did: keys pressed on a call, or words (typed, or said on a call and transcribed)."""
    if inbound.template == "keypress":
        return KeyPress(inbound.body)
    return InboundText(inbound.body, on_call=inbound.channel == "voice")


def _describe(action: Action) -> str:
    """An action for the log: its kind and reason or template, never a name, number or message text."""
    if isinstance(action, Send):
        return f"send {action.template}"
    if isinstance(action, HandToStaff):
        return f"hand to staff ({action.reason})"
    return type(action).__name__
