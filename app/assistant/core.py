"""The conversation engine: feeds events to the pure dialog manager and performs the actions it returns.

Order of effects for every message: record it in the store, commit, then queue its delivery (app/jobs), so a crash
never sends twice and never loses one. One client's conversation is worked on by one turn at a time, in whichever
worker process it runs (a lock in the store: app/store/locks.py).
"""
from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager, nullcontext
from datetime import datetime, timedelta
from typing import Final, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from app import metrics
from app.assistant.actions import Actions, Odoo, describe
from app.assistant.bookings import Bookings
from app.assistant.errors import NotFound
from app.assistant.inbound import event_for, link, store_once, to_turn_on
from app.assistant.outbound import Outbound
from app.assistant.ringing import OnCall, RingBack, Ringer
from app.assistant.trail import Trail
from app.assistant.turn import TrailOwed, Turn
from app.channels.base import Channel
from app.jobs import Jobs
from app.odoo.errors import OdooUnavailable
from app.odoo.gateway import OdooGateway
from app.phones import mask
from app.reminders.contact_window import ContactWindow, Recipient
from app.reminders.outbox import RetryPolicy
from app.rendering import LOCALES, Renderer
from app.store import repository as repo
from app.store.locks import Locks
from app.store.models import Conversation, Message
from dialogs import manager
from dialogs.model import Action, DialogState, Event, HandToStaff, InboundText, PhoneShared, Send, Stage, TimerFired

log = logging.getLogger(__name__)

T = TypeVar("T")
STATUS_BY_STAGE = {Stage.BOOKED: "booked", Stage.HANDOFF: "handoff", Stage.OPTED_OUT: "opted_out", Stage.CLOSED: "closed"}


class Conversations:
    """The engine every desk (staff, calls, the booking page, the outbox, the reminders, the settling) works through, by
    its public methods and attributes only."""

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
        trail: Trail,
        jobs: Jobs,
        locks: Locks,
        ring_back: RingBack | None = None,
        on_call: OnCall | None = None,
        turn_budget: float | None = None,
    ) -> None:
        # Public, read-only: what the desks (app/assistant/__init__.py) work with; the rest is the engine's own.
        self.sessions: Final = sessions  # the store: desks read outside a client's lock too
        self.odoo: Final = odoo  # staff read free slots in it, the settling makes quotations there
        self.channels: Final = channels  # by medium: the outbox asks a provider that reports delivery later
        self.renderer: Final = renderer  # calls speak lines outside any conversation
        self._clock = clock
        self.zone: Final = ZoneInfo(tz)  # the dealer's: the time a page pick shows staff in the transcript
        self.window: Final = window  # the contact gate: the outbox holds a late send until it opens
        self.policy: Final = policy  # the dialog's: the settling reads when a cut-off booking is given up
        self.retry_policy: Final = retry  # the outbox's attempts and leases
        self.trail: Final = trail  # what conversations owe Odoo: the settling writes it after the turn
        self._locks = locks
        self._turn_budget = turn_budget  # seconds of Odoo a client waits on in a turn; None: the full timeouts
        self.bookings: Final = Bookings(odoo.visits, odoo.slots, odoo.quotations, renderer, self.now)  # staff cancel, claims settle
        self.outbound: Final = Outbound(channels, renderer, retry, jobs, self.now, booking_links, unsubscribe_links)  # every desk's sends
        self.ringer: Final = Ringer(ring_back, on_call, window, self.now)  # staff call clients through it
        self._trail_owed = TrailOwed(jobs)
        self.actions: Final = Actions(odoo, self.bookings, self.outbound, self.ringer, self._trail_owed, policy, self.now)  # staff book, the page reads slots

    def now(self) -> datetime:
        return self._clock().astimezone(self.zone)

    def warm(self) -> None:
        """Pay the first turn's one-time costs now: every template compiled, the language data a reply is read with,
        then (raising Odoo's errors) the booking rules, the free-slot horizon and the technicians' calendar."""
        self.renderer.warm()
        now = self.now()
        for locale in LOCALES:
            manager.handle(DialogState(locale=locale, stage=Stage.REMINDED), InboundText("next Tuesday mornnig"), now, self.policy)  # a slip: the word list loads now
        self.odoo.slots.find([(now, now + timedelta(days=self.policy.search_days))], [], now, self.policy.offers, self.policy.search_days)
        self.odoo.slots.warm()

    def lock(self, phone: str) -> AbstractContextManager[None]:
        """The lock of a phone's conversation alone, for work in a session of its own (a call's voicemail): one turn at
        a time, across workers (never two locks held at once: no deadlock)."""
        return self._locks.hold(f"client:{phone}")

    @contextmanager
    def locked(self, key: str) -> Iterator[Session]:
        """A session holding the lock of a client's conversation (a phone, or an email address) on its own
        connection: the turn's store work and its lock cost one connection."""
        with self._locks.session(self.sessions) as session, self._locks.lock(session, f"client:{key}"):
            yield session

    def apply(self, conversation_id: int, event: Event) -> None:
        """One event on a conversation from outside a client's turn (staff's word, a send given up for good): run as
        `work_on` runs any work, then committed."""
        self.work_on(conversation_id, lambda session, conversation, state: self.run(session, conversation, state, event, None))

    def work_on(self, conversation_id: int, work: Callable[[Session, Conversation, DialogState], T]) -> T:
        """Work on a conversation under its client's lock, from its current state, in which an opt-out the carrier
        reported counts as one; committed after, and what `work` returns is returned."""
        with self.sessions() as session:
            phone = self.conversation(session, conversation_id).phone
        with self.locked(phone) as session:
            conversation = self.conversation(session, conversation_id)
            state = DialogState.from_json(conversation.state)
            if repo.is_opted_out(session, phone):
                state.stage = Stage.OPTED_OUT
            done = work(session, conversation, state)
            session.commit()
            return done

    # inbound ---------------------------------------------------------------------------------------------
    def handle_inbound(self, phone: str, body: str, provider_message_id: str, medium: str = "sms", keypress: bool = False) -> list[str]:
        """Process one inbound text (or, with medium "voice", what a client said or pressed on a call) once and return
        the replies; a retried delivery gets the replies of the first one, whichever of them did the work.

        The text is committed before anything else, so an Odoo outage never loses it: the client gets a
        holding reply and the message stays `received` until it can be processed.
        """
        with self._locks.session(self.sessions) as session:
            stored = store_once(session, self.now(), phone, body, provider_message_id, medium, keypress)
            with self._locks.lock(session, f"client:{phone}"):
                inbound, answered = to_turn_on(session, stored, medium, provider_message_id)
                if inbound is None:
                    return [m.body for m in answered]
                with self._client_waits():
                    return [m.body for m in self._process_turn(session, inbound, answer=True)]

    def store_inbound(self, phone: str, body: str, provider_message_id: str, medium: str = "sms", keypress: bool = False) -> int | None:
        """Commit one inbound text without processing it, for webhooks that answer before the dialog work is done;
        returns its id for `process_stored`, or None for a retried delivery (already stored). Until processed it is
        `received`, which `retry_pending` also picks up, so a crash in between loses nothing. Keys pressed on a call
        are kept as such (`keypress`)."""
        with self.sessions() as session:
            inbound = store_once(session, self.now(), phone, body, provider_message_id, medium, keypress)
            return inbound.id if inbound is not None else None

    def process_stored(self, message_id: int, phone: str) -> bool:
        """Process one stored inbound text unless another worker already has; True when it went through."""
        with self.locked(phone) as session:
            inbound = session.get(Message, message_id)
            if inbound is None or inbound.status != "received":
                return False
            self._process_turn(session, inbound)
            return inbound.status == "processed"

    def _process_turn(self, session: Session, inbound: Message, answer: bool = False) -> list[Message]:
        """One turn on a stored text, committed; then the replies it owes leave from this thread, still under the
        client's lock (so they go out in order) and on the turn's own connection: no queue hop while the client waits.
        With `answer` (the caller answers with them), returns every reply to the text (a held text's holding reply
        too), read in the turn's transaction; a queued turn after a webhook's answer reads none."""
        turn = Turn(inbound)
        self._process(session, turn)
        replies = repo.replies_to(session, inbound.id) if answer else []
        session.commit()
        for message in turn.owed_replies():
            self.outbound.send_taken(session, message)
        return replies

    def process_inbound(self, message_id: int) -> bool:
        """A stored inbound text, by id alone (a queued job's view of `process_stored`)."""
        with self.sessions() as session:
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
        with self.sessions() as session:
            pending = repo.pending_inbound(session)
        done = sum(self.process_stored(message_id, phone) for message_id, phone in pending)
        self.trail.write_pending()
        return done

    def tick(self) -> int:
        """Let time pass for the open conversations whose silence is due to move them on (follow-ups, hand-offs,
        expiry), each only when the contact window allows its medium where the client is: one it holds wakes again
        when the window opens, and one whose number opted out (a carrier's word) ends as opted out. Returns how many
        changed."""
        now = self.now()
        with self.sessions() as session:
            due = repo.conversations_to_wake(session, now)
        changed = 0
        for conversation_id, phone, _ in due:
            with self.locked(phone) as session:
                conversation = session.get(Conversation, conversation_id)
                if conversation is None or conversation.status != "active" or repo.has_pending_inbound(session, conversation_id):
                    continue  # closed meanwhile, or a text waits: the retry loop replays it, which answers the client
                state = DialogState.from_json(conversation.state)
                wake_at = manager.wakes_at(state, self.policy)
                if wake_at is None or wake_at > now:  # woken early (a moment kept from before): only note the real one
                    conversation.wake_at = wake_at
                    session.commit()
                    continue
                recipient = Recipient(conversation.tz, repo.is_opted_out(session, phone))
                opens = self.window.next_allowed(recipient, conversation.medium, now)
                if opens is None:
                    state.stage = Stage.OPTED_OUT
                elif opens > now:  # night where the client is (calls: outside the CRTC's hours)
                    conversation.wake_at = opens
                    session.commit()
                    continue
                self.run(session, conversation, state, TimerFired(), None)
                session.commit()
                changed += 1
        return changed

    @metrics.TURN_SECONDS.time()
    def _process(self, session: Session, turn: Turn) -> None:
        """Think and act on a stored text; the caller commits. Nothing is committed halfway but what must be before
        Odoo or a provider is asked (a slot claimed before it is booked), so a turn undone is undone whole."""
        inbound = turn.inbound
        try:
            conversation, answered = self._conversation_for(session, turn)
        except OdooUnavailable:
            self._process_without_odoo(session, turn)
            return
        attempts = 0 if answered else 3
        for attempt in range(attempts):
            opted_out = repo.is_opted_out(session, inbound.address)
            link(inbound, conversation)
            before = (dict(conversation.state), conversation.status)
            state = DialogState.from_json(conversation.state)
            if opted_out and state.stage != Stage.OPTED_OUT:
                state.stage = Stage.OPTED_OUT
            try:
                self.run(session, conversation, state, event_for(inbound), turn)
                break
            except StaleDataError:  # another worker moved this conversation on: think again from its new state
                log.info("conversation %s changed meanwhile; re-running inbound %s (attempt %d)", conversation.id, inbound.id, attempt + 1)
                session.rollback()
                session.refresh(conversation)
            except OdooUnavailable:  # Odoo went away mid-turn: undo the turn, keep the text for the retry loop
                session.rollback()
                link(inbound, conversation)
                conversation.state, conversation.status = before
                session.commit()
                log.warning("Odoo unreachable during conversation %s; inbound %s kept for retry", conversation.id, inbound.id)
                self._hold(session, turn)
                return
        else:
            if attempts:  # moved on by other workers every time: the text stays for the retry loop, never dropped unanswered
                log.warning("conversation %s kept changing; inbound %s kept for retry", conversation.id, inbound.id)
                link(inbound, conversation)
                return
        link(inbound, conversation)
        inbound.status = "processed"
        if inbound.channel == "web":  # a time picked on the page, booked by the retry loop after a crash cut it off
            self.confirm_off_page(session, conversation, inbound)

    def confirm_off_page(self, session: Session, conversation: Conversation, picked: Message) -> None:
        """A visit booked from the page (which only shows the reply) is confirmed on the conversation's own medium too:
        after the page desk's turn, or the retry loop's replay of one a crash cut off."""
        state = DialogState.from_json(conversation.state)
        replies = repo.replies_to(session, picked.id)
        if state.booking is not None and replies and replies[-1].template in ("booked", "moved"):
            values = {"slot": state.booking.slot, "units": state.units}
            self.outbound.send(session, conversation, conversation.phone, state, Send(replies[-1].template, values), None)

    def _process_without_odoo(self, session: Session, turn: Turn) -> None:
        """Odoo is down: an opt-out still takes effect at once; anything else is kept and gets one holding reply."""
        inbound, phone = turn.inbound, turn.inbound.address
        if manager.wants_to_stop(inbound.body, self.now()):
            repo.record_opt_out(session, phone, inbound.channel, self.now())
            inbound.status = "processed"
            self.outbound.send(session, None, phone, DialogState(), Send("opted_out"), turn)
            return
        log.warning("Odoo unreachable; inbound %s from %s kept for retry", inbound.id, mask(phone))
        self._hold(session, turn)

    def _hold(self, session: Session, turn: Turn) -> None:
        """One holding reply per kept text (none to an opted-out number); the text stays `received` for the retry loop."""
        inbound = turn.inbound
        replies = repo.replies_to(session, inbound.id)
        if not repo.is_opted_out(session, inbound.address) and not any(m.template == "holding" for m in replies):
            conversation = session.get(Conversation, inbound.conversation_id) if inbound.conversation_id else None
            state = DialogState.from_json(conversation.state) if conversation is not None else DialogState()  # in the client's language
            self.outbound.send(session, conversation, inbound.address, state, Send("holding"), turn)

    def _conversation_for(self, session: Session, turn: Turn) -> tuple[Conversation, bool]:
        """The client's latest conversation, or a new one, and whether this text was already answered in opening it:
        a number matching no client goes to staff, one shared by several clients is asked who is texting."""
        inbound = turn.inbound
        phone, now = inbound.address, self.now()
        conversation = repo.latest_conversation(session, phone)
        if conversation is not None:
            return conversation, False
        clients = self.odoo.partners.by_phone(phone)
        client = clients[0] if len(clients) == 1 else None
        state = DialogState(locale=client.locale if client else clients[0].locale if clients else "en_CA")
        if client is not None:  # texting without a reminder: talk about their units under contract
            state = DialogState(client_name=client.name, locale=client.locale, units=[d.unit for d in self.odoo.units.units_of(client.partner_id, now.date())])
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
            self.trail.record(session, conversation, None, [HandToStaff("unknown number")], inbound.id)
            self.outbound.send(session, conversation, conversation.phone, state, Send("unknown_number"), turn)
            metrics.HANDOFFS.labels("unknown number").inc()
            log.info("conversation %s from %s handed to staff: unknown number", conversation.id, mask(phone))
            self._trail_owed.after_commit(session, conversation.id)
        elif client is None:
            self.run(session, conversation, state, PhoneShared([(c.partner_id, c.name) for c in clients]), turn)
        return conversation, len(clients) != 1

    @staticmethod
    def conversation(session: Session, conversation_id: int) -> Conversation:
        """The conversation by id, or NotFound: what desks are asked about comes from outside (a link, the inbox)."""
        conversation = session.get(Conversation, conversation_id)
        if conversation is None:
            raise NotFound(f"no conversation {conversation_id}")
        return conversation

    # the loop --------------------------------------------------------------------------------------------
    def run(self, session: Session, conversation: Conversation, state: DialogState, event: Event, turn: Turn | None) -> list[Message]:
        """Feed the event, perform actions, feed their outcomes back, until nothing is left to do; the caller (a turn, or
        a desk holding the client's lock) commits (a step that reaches outside commits what it needs before)."""
        sent: list[Message] = []
        pending: list[Event] = [event]
        owed = 0  # entries this turn recorded for Odoo's trail
        while pending:
            event = pending.pop(0)
            before = state.stage
            state, actions = manager.handle(state, event, self.now(), self.policy)
            metrics.DIALOG_EVENTS.labels(type(event).__name__, state.stage).inc()
            log.info(
                "conversation %s: %s -> %s on %s; %s", conversation.id, before, state.stage, type(event).__name__,
                ", ".join(describe(a) for a in actions) or "no action",
            )
            owed += self._save(session, conversation, state, actions, turn)
            for action in actions:
                outcome = self.actions.perform(session, conversation, state, action, turn)
                if isinstance(outcome, Message):
                    sent.append(outcome)
                elif outcome is not None:
                    pending.append(outcome)
        if owed:
            self._trail_owed.after_commit(session, conversation.id)
        return sent

    def _save(self, session: Session, conversation: Conversation, state: DialogState, actions: list[Action], turn: Turn | None) -> int:
        """The new state, and in the same transaction what it owes Odoo's trail (a hand-off activity, a transcript);
        returns how many trail entries that is. Committed with the turn, or before it reaches outside."""
        previous = conversation.status
        conversation.state = state.to_json()
        conversation.locale = state.locale
        conversation.status = STATUS_BY_STAGE.get(state.stage, "active")
        conversation.updated_at = self.now()
        conversation.wake_at = manager.wakes_at(state, self.policy) if conversation.status == "active" else None
        handoffs = [a for a in actions if isinstance(a, HandToStaff)]
        return self.trail.record(session, conversation, previous, handoffs, turn.inbound.id if turn else None)
