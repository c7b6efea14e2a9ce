"""The booking conversation as a pure state machine: (state, event, now) -> (new state, actions).

No I/O here: slots arrive as `SlotsFetched`, bookings as `BookingConfirmed`/`BookingFailed`, and every effect
leaves as an action the app performs. Understanding of free text is `dialogs.understand`, also pure.

A client's reply meets `FALLBACKS` first, the replies every stage answers alike (STOP, danger, a death, a question,
help, a person), then its stage's own handler in `ON_TEXT`.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from rapidfuzz import fuzz

from dialogs.model import (
    Action, Book, BookingConfirmed, BookingFailed, CancelVisit, ClientSelected, DeliveryFailed, DialogState, Event, FetchSlots, HandedBack,
    HandOffReason, HandToStaff, InboundText, Intent, KeyPress, PhoneShared, RecordOptOut, ReminderDue, SelectClient, Send, SlotsFetched,
    Stage, StaffBooked, StaffCancelled, StaffOffered, StaffRecordedOptOut, StaffResolved, StaffTookOver, Slot, StopReminders, Template,
    TimerFired, Unit, VisitCancelled, Window, first_name,
)
from dialogs.understand import DayParts, Understanding, fold, normalise, understand


@dataclass(frozen=True)
class DialogPolicy:
    """Knobs operations may turn without touching the flow."""

    offers: int = 3
    search_days: int = 14
    offer_valid_for: timedelta = timedelta(hours=4)
    misunderstood_before_handoff: int = 2
    follow_up_after: timedelta = timedelta(hours=24)  # no reply to an offer: one follow-up text
    hand_off_after: timedelta = timedelta(hours=24)  # still no reply this long after the follow-up: a person takes over
    expire_after: timedelta = timedelta(days=14)  # a conversation nobody touched this long is closed
    resume_booking_after: timedelta = timedelta(minutes=2)  # still `booking` this long after the choice: a crash cut it off
    day_parts: DayParts = DayParts()
    answers: frozenset[str] = field(default_factory=frozenset)  # questions (QUESTIONS) the dealer answers in prompts/; others go to staff


@dataclass(frozen=True)
class Reply:
    """A client's reply, with what the stage handlers need besides the state."""

    heard: Understanding
    text: str  # as written: which client, which unit it names
    on_call: bool
    now: datetime
    policy: DialogPolicy


Result = tuple[DialogState, list[Action]]
TextHandler = Callable[[DialogState, Reply], Result]
Fallback = Callable[[DialogState, Reply], Result | None]  # None: not this fallback's reply, the next one looks

# keys with a fixed meaning on a call; digits 1-7 are options (or 'yes' to a reminder) as typed digits are
KEYPAD = {"0": "agent", "8": "stop", "*": "help"}
MORE_TIMES = "9"
STAFF_EVENTS = (StaffOffered, StaffBooked, StaffCancelled, StaffResolved, StaffRecordedOptOut)
QUIET = frozenset({Stage.OPTED_OUT, Stage.HANDOFF})  # the assistant says nothing of its own: the client opted out, or staff own it
UNTIMED = frozenset({Stage.BOOKED, Stage.HANDOFF, Stage.OPTED_OUT, Stage.CLOSED})  # stages silence never moves on

# replies that are not about a time, handled whatever the stage (dialogs.understand names them)
STOPPING: dict[str, Template] = {  # intent: its kind word; a person is told and nothing more is started for them
    Intent.BEREAVED: Template.BEREAVED, Intent.NO_LONGER_HAS_UNIT: Template.NO_LONGER_HAS_UNIT, Intent.WRONG_NUMBER: Template.WRONG_NUMBER,
}
QUESTIONS: dict[str, Template] = {  # intent: the dealer's answer
    Intent.PRICE_QUESTION: Template.PRICE_ANSWER, Intent.ALREADY_SERVICED: Template.ALREADY_SERVICED_ANSWER,
}
REASONS: dict[str, HandOffReason] = {
    Intent.BEREAVED: HandOffReason.BEREAVED,
    Intent.NO_LONGER_HAS_UNIT: HandOffReason.NO_LONGER_HAS_UNIT,
    Intent.WRONG_NUMBER: HandOffReason.WRONG_NUMBER,
    Intent.PRICE_QUESTION: HandOffReason.PRICE_QUESTION,
    Intent.ALREADY_SERVICED: HandOffReason.ALREADY_SERVICED,
}


def handle(state: DialogState, event: Event, now: datetime, policy: DialogPolicy = DialogPolicy()) -> Result:
    """The next state and what to do, for one event."""
    if isinstance(event, ReminderDue):
        return _on_reminder(replace(state, last_activity=now), event)
    if isinstance(event, InboundText):
        heard = understand(event.text, now, state.locale, policy.day_parts)
        return handle_understood(state, heard, now, policy, event.text, event.on_call)
    if isinstance(event, KeyPress):
        if event.key == MORE_TIMES and state.stage in (Stage.OFFERED, Stage.CONFIRM_CHOICE):
            return _more_times(replace(state, last_activity=now, followed_up_at=None, chosen=None))
        return handle(state, InboundText(KEYPAD.get(event.key, event.key), on_call=True), now, policy)
    if isinstance(event, DeliveryFailed):
        return (state, []) if state.stage in QUIET else _hand_off_quietly(state, HandOffReason.UNDELIVERABLE)
    if isinstance(event, StaffTookOver):
        if state.stage == Stage.OPTED_OUT:
            return state, []  # staff may still call or book for the client; nothing is ever texted
        return replace(state, stage=Stage.HANDOFF, offers=[]), []
    if isinstance(event, STAFF_EVENTS):
        return _on_staff(state, event, now)
    if isinstance(event, HandedBack):
        return _resume(state, now)
    if isinstance(event, SlotsFetched):
        return _on_slots(state, event, now, policy)
    if isinstance(event, BookingConfirmed):
        template = Template.MOVED if state.moving else Template.BOOKED
        new = replace(
            state, stage=Stage.BOOKED, booking=event.booking, offers=[], offered_at=None, misunderstood=0, moving=False, chosen=None,
        )
        return new, [Send(template, {"slot": event.booking.slot, "units": state.units})]
    if isinstance(event, BookingFailed):
        return _on_booking_failed(replace(state, chosen=None), event)
    if isinstance(event, VisitCancelled):
        return replace(state, stage=Stage.CLOSED, booking=None, moving=False), [Send(Template.CANCELLED)]
    if isinstance(event, TimerFired):
        return _on_timer(state, now, policy)
    if isinstance(event, PhoneShared):
        new = replace(state, stage=Stage.WHICH_CLIENT, candidates=list(event.candidates), last_activity=now)
        return new, [_ask_which_client(new)]
    if isinstance(event, ClientSelected):
        new = replace(state, stage=Stage.NEW, client_name=event.client_name, locale=event.locale, units=list(event.units), candidates=[])
        return new, [Send(Template.ASK_WHEN)]
    raise TypeError(f"unknown event {event!r}")


def handle_understood(
    state: DialogState, heard: Understanding, now: datetime, policy: DialogPolicy = DialogPolicy(), text: str = "", on_call: bool = False,
) -> Result:
    """A client's reply already understood (`handle` understands it first): the seam for tests and for readers of
    replies other than `dialogs.understand`. `text` is the reply as written (which client, which unit it names)."""
    return _on_text(replace(state, last_activity=now, followed_up_at=None), Reply(heard, text, on_call, now, policy))


def wants_to_stop(text: str, now: datetime, locale: str = "en_CA") -> bool:
    """An opt-out must work even when nothing else can (no conversation yet, Odoo down)."""
    return understand(text, now, locale).intent == Intent.STOP


def is_urgent(text: str, now: datetime, locale: str = "en_CA") -> bool:
    """Danger must reach a person from any number, before the dialog would ask who is texting."""
    return understand(text, now, locale).intent == Intent.URGENT


def _on_reminder(state: DialogState, event: ReminderDue) -> Result:
    new = replace(
        state, client_name=event.client_name, locale=event.locale, stage=Stage.REMINDED, units=list(event.units),
        windows=[], excluded=[], offers=[], offered_at=None, booking=None, misunderstood=0, apology="", answered=[],
    )
    values = {"units": new.units, "band": event.band, **({"missed": event.missed} if event.missed else {})}
    return new, [Send(event.template, values)]


def _on_text(state: DialogState, reply: Reply) -> Result:
    """The first fallback that takes the reply answers it; else the stage does."""
    for fallback in FALLBACKS:
        answered = fallback(state, reply)
        if answered is not None:
            return answered
    return ON_TEXT[state.stage](state, reply)


# the fallbacks: replies every stage answers alike, each saying where it stands back ---------------------------------
def _stop(state: DialogState, reply: Reply) -> Result | None:
    """STOP wins in every stage; said again once out, it is not confirmed again."""
    if reply.heard.intent != Intent.STOP:
        return None
    if state.stage == Stage.OPTED_OUT:
        return state, []
    return replace(state, stage=Stage.OPTED_OUT, offers=[]), [RecordOptOut(), Send(Template.OPTED_OUT)]


def _urgent(state: DialogState, reply: Reply) -> Result | None:
    """Danger goes to a person at once in every stage. A conversation staff own stays theirs but still gets the reply
    (911 must not wait for a person to read it); a client who opted out is never texted."""
    if reply.heard.intent != Intent.URGENT:
        return None
    new = replace(state if state.stage in QUIET else _with_staff(state), urgent=True)
    said = [] if state.stage == Stage.OPTED_OUT else [Send(Template.URGENT)]
    return new, [HandToStaff(HandOffReason.URGENT, urgent=True), *said]


def _stopping(state: DialogState, reply: Reply) -> Result | None:
    """A death, a unit gone or a wrong number, in every stage: what the assistant starts for them stops and a person
    is told; the kind word is sent only where the assistant talks (staff keep a conversation they own)."""
    intent = reply.heard.intent
    if intent not in STOPPING:
        return None
    units = _units_meant(state.units, reply.text) if intent == Intent.NO_LONGER_HAS_UNIT else list(state.units)
    actions: list[Action] = [_reminders_stopped(intent, units), HandToStaff(REASONS[intent])]
    if state.stage in QUIET:
        return state, actions
    return _with_staff(state), [*actions, Send(STOPPING[intent], {"units": units})]


def _question(state: DialogState, reply: Reply) -> Result | None:
    """A question where the assistant talks: the dealer's answer once, and the dialog goes on where it was (no new
    offer); else, or asked again, a person. Where it is quiet, the stage takes it as any other message."""
    intent = reply.heard.intent
    if intent not in QUESTIONS or state.stage in QUIET:
        return None
    stop: list[Action] = [StopReminders(intent, _units_meant(state.units, reply.text), due_only=True)] if intent == Intent.ALREADY_SERVICED else []
    if intent not in reply.policy.answers or intent in state.answered:
        new, handed = _hand_off(state, REASONS[intent])
        return new, [*stop, *handed]
    slot = state.booking.slot if state.booking is not None else state.chosen
    new = replace(state, answered=[*state.answered, intent], misunderstood=0)
    return new, [*stop, Send(QUESTIONS[intent], {"stage": state.stage, "offers": state.offers, "slot": slot})]


def _help(state: DialogState, reply: Reply) -> Result | None:
    """Help where the assistant talks; where it is quiet, the stage takes it as any other message."""
    if reply.heard.intent != Intent.HELP or state.stage in QUIET:
        return None
    return state, [Send(Template.HELP)]


def _person(state: DialogState, reply: Reply) -> Result | None:
    """Asking for a person where the assistant talks: staff take over (and may call back); where it is quiet, the
    stage takes it as any other message."""
    if reply.heard.intent != Intent.HUMAN or state.stage in QUIET:
        return None
    return _hand_off(state, HandOffReason.CLIENT_ASKS_FOR_A_PERSON)


FALLBACKS: tuple[Fallback, ...] = (_stop, _urgent, _stopping, _question, _help, _person)


# the stages' own answers to what the fallbacks left ---------------------------------------------------------------
def _on_text_when_opted_out(state: DialogState, reply: Reply) -> Result:
    """Never texted again; staff see what the client wrote."""
    return state, [HandToStaff(HandOffReason.OPTED_OUT_CLIENT_WROTE)]


def _on_text_when_staffed(state: DialogState, reply: Reply) -> Result:
    """A person owns this conversation; the inbox shows the message."""
    return state, []


def _on_which_client(state: DialogState, reply: Reply) -> Result:
    """'2' or a name (typos allowed) picks one of the clients sharing the phone."""
    heard = reply.heard
    if heard.intent == Intent.CHOOSE and heard.choice and 1 <= heard.choice <= len(state.candidates):
        chosen: int | None = state.candidates[heard.choice - 1][0]
    else:
        chosen = _client_named(state.candidates, reply.text)
    if chosen is None:
        return _missed(state, reply.policy, HandOffReason.WHICH_CLIENT, _ask_which_client(state))
    return replace(state, misunderstood=0), [SelectClient(chosen)]


def _on_text_when_booking(state: DialogState, reply: Reply) -> Result:
    """Only a crash leaves a conversation booking between turns: whatever the text says, the booking is finished."""
    return _resume_booking(state, reply.now)


def _on_text_when_booked(state: DialogState, reply: Reply) -> Result:
    """A booked client may cancel (after confirming) or move the visit; the visit stays booked until a new one is."""
    slot = state.booking.slot if state.booking else None
    if reply.heard.intent == Intent.CANCEL:
        return replace(state, stage=Stage.CONFIRM_CANCEL), [Send(Template.CONFIRM_CANCEL, {"slot": slot})]
    if reply.heard.intent == Intent.RESCHEDULE:
        return replace(state, stage=Stage.SEARCHING, moving=True), [Send(Template.ASK_NEW_TIME, {"slot": slot})]
    if reply.heard.intent == Intent.WHEN:
        return _search_wished(replace(state, moving=True), reply)
    return state, [Send(Template.ALREADY_BOOKED, {"slot": slot})]


def _on_confirm_cancel(state: DialogState, reply: Reply) -> Result:
    """'Yes' cancels the booked visit, 'no' keeps it; anything else asks again."""
    if reply.heard.intent in (Intent.YES, Intent.CANCEL) and state.booking is not None:
        return state, [CancelVisit(state.booking.event_id)]
    slot = state.booking.slot if state.booking else None
    if reply.heard.intent in (Intent.NO, Intent.RESCHEDULE):
        return replace(state, stage=Stage.BOOKED), [Send(Template.KEPT, {"slot": slot})]
    return state, [Send(Template.CONFIRM_CANCEL, {"slot": slot})]


def _on_confirm_choice(state: DialogState, reply: Reply) -> Result:
    """'1'/'yes' books the option read back; '2'/'no' offers the same times again (so does a stage that lost its choice);
    anything else asks again."""
    heard, now, policy = reply.heard, reply.now, reply.policy
    if state.chosen is None or heard.intent in (Intent.NO, Intent.CANCEL) or heard.intent == Intent.CHOOSE and heard.choice == 2:
        return replace(state, stage=Stage.OFFERED, chosen=None), [Send(Template.OFFER, {"offers": state.offers, "in_window": True, "apology": ""})]
    if heard.intent == Intent.YES or heard.intent == Intent.CHOOSE and heard.choice == 1:
        if state.offered_at is None or now - state.offered_at > policy.offer_valid_for:
            return _search(replace(state, chosen=None, apology="offer_stale"))
        return _book(replace(state, chosen=None), state.chosen)
    if heard.intent == Intent.WHEN:
        return _search(replace(state, chosen=None, windows=heard.windows, excluded=list(heard.excluded)))
    return state, [Send(Template.CONFIRM_CHOICE, {"slot": state.chosen})]


def _on_choice(state: DialogState, reply: Reply) -> Result:
    """A chosen option is booked; on a call, where a key is easily pressed by mistake, it is read back for a yes first."""
    choice = reply.heard.choice or 0
    if choice < 0:
        choice += len(state.offers) + 1  # 'the last one'
    if not 1 <= choice <= len(state.offers):
        return state, [Send(Template.CHOICE_OUT_OF_RANGE, {"count": len(state.offers), "offers": state.offers})]
    if state.offered_at is None or reply.now - state.offered_at > reply.policy.offer_valid_for:
        return _search(replace(state, apology="offer_stale"))
    slot = state.offers[choice - 1]
    if reply.on_call:
        return replace(state, stage=Stage.CONFIRM_CHOICE, chosen=slot, misunderstood=0), [Send(Template.CONFIRM_CHOICE, {"slot": slot})]
    return _book(state, slot)


def _search_wished(state: DialogState, reply: Reply) -> Result:
    """The free times inside the client's wish (one that only rules times out: over the next search days)."""
    windows = reply.heard.windows or _default_windows(reply.now, reply.policy)
    return _search(replace(state, windows=windows, excluded=list(reply.heard.excluded)))


def _search_any(state: DialogState, reply: Reply) -> Result:
    """'Yes', or a digit before any offer (a key pressed on a reminder call, "1" by text): the next free times."""
    return _search(replace(state, windows=_default_windows(reply.now, reply.policy), excluded=[]))


def _ask_preference(state: DialogState, reply: Reply) -> Result:
    """Nothing is booked yet: 'no' or 'cancel' asks for another time, it cancels nothing."""
    return replace(state, misunderstood=0), [Send(Template.ASK_PREFERENCE)]


def _decline(state: DialogState, reply: Reply) -> Result:
    return replace(state, stage=Stage.CLOSED, misunderstood=0), [Send(Template.DECLINED)]


def _not_understood(state: DialogState, reply: Reply) -> Result:
    asked = Send(Template.NOT_UNDERSTOOD, {"stage": state.stage, "offers": state.offers})
    return _missed(state, reply.policy, HandOffReason.NOT_UNDERSTOOD, asked)


def _by_intent(answers: Mapping[str, TextHandler]) -> TextHandler:
    """A stage that answers each intent its own way; a reply it has no answer for is not understood."""
    def on_text(state: DialogState, reply: Reply) -> Result:
        return answers.get(reply.heard.intent, _not_understood)(state, reply)
    return on_text


def _unless_kept(on_text: TextHandler) -> TextHandler:
    """While a booked visit is being moved, 'no' keeps it, before the stage reads the reply its own way."""
    def keeping(state: DialogState, reply: Reply) -> Result:
        if state.moving and reply.heard.intent in (Intent.NO, Intent.CANCEL):
            kept = state.booking.slot if state.booking else None
            return replace(state, stage=Stage.BOOKED, moving=False, offers=[]), [Send(Template.KEPT, {"slot": kept})]
        return on_text(state, reply)
    return keeping


WISHES: dict[str, TextHandler] = {Intent.WHEN: _search_wished, Intent.RESCHEDULE: _ask_preference}  # wherever a time is being chosen
BEFORE_ANY_OFFER = _unless_kept(_by_intent({
    **WISHES, Intent.YES: _search_any, Intent.CHOOSE: _search_any, Intent.NO: _decline, Intent.CANCEL: _decline,
}))
ON_TEXT: dict[Stage, TextHandler] = {
    Stage.NEW: BEFORE_ANY_OFFER,
    Stage.WHICH_CLIENT: _on_which_client,
    Stage.REMINDED: BEFORE_ANY_OFFER,
    Stage.SEARCHING: _unless_kept(_by_intent({**WISHES, Intent.YES: _search_any, Intent.NO: _ask_preference, Intent.CANCEL: _ask_preference})),
    Stage.OFFERED: _unless_kept(_by_intent({**WISHES, Intent.CHOOSE: _on_choice, Intent.NO: _ask_preference, Intent.CANCEL: _ask_preference})),
    Stage.CONFIRM_CHOICE: _unless_kept(_on_confirm_choice),
    Stage.BOOKING: _on_text_when_booking,
    Stage.BOOKED: _on_text_when_booked,
    Stage.CONFIRM_CANCEL: _on_confirm_cancel,
    Stage.HANDOFF: _on_text_when_staffed,
    Stage.OPTED_OUT: _on_text_when_opted_out,
    Stage.CLOSED: _unless_kept(_by_intent({**WISHES, Intent.YES: _search_any})),
}


def _reminders_stopped(intent: str, units: list[Unit]) -> StopReminders:
    """A death stops the whole client; a wrong number only the phone (the client's units still need a visit); a unit
    gone, those units."""
    if intent == Intent.BEREAVED:
        return StopReminders(intent, client=True)
    if intent == Intent.WRONG_NUMBER:
        return StopReminders(intent, phone=True)
    return StopReminders(intent, units)


def _units_meant(units: list[Unit], text: str) -> list[Unit]:
    """The units a reply names ("we sold the scooter", of a scooter and a wheelchair) by a word of their label or policy
    category; all of them when it names none ("we sold it")."""
    said = _words(text)
    meant = [u for u in units if any(_alike(w, n) for w in said for n in _words(f"{u.label} {u.category or ''}"))]
    return meant or list(units)


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z]{4,}", fold(text))


def _alike(said: str, name: str) -> bool:
    """'scooters' is 'scooter', 'chair' is in 'wheelchair'; typos allowed."""
    return fuzz.ratio(said, name) >= 85 or len(said) >= 5 and said in name


def _client_named(candidates: list[tuple[int, str]], text: str) -> int | None:
    """The client sharing the phone whose name the reply says (typos allowed); None: no name is close enough."""
    names = {partner_id: normalise(name) for partner_id, name in candidates}
    words = normalise(text).split()
    best = max(
        ((partner_id, max((fuzz.ratio(w, part) for w in words for part in name.split()), default=0)) for partner_id, name in names.items()),
        key=lambda pair: pair[1], default=(None, 0),
    )
    return best[0] if best[1] >= 85 else None


def _ask_which_client(state: DialogState) -> Send:
    return Send(Template.WHICH_CLIENT, {"names": [first_name(name) for _, name in state.candidates]})


def _resume(state: DialogState, now: datetime) -> Result:
    """After staff hand back: booked if a visit is booked, else ready for a time wish; nothing is sent by itself."""
    if state.stage != Stage.HANDOFF:
        return state, []
    stage = Stage.BOOKED if state.booking is not None else Stage.REMINDED if state.units else Stage.NEW
    return replace(state, stage=stage, offers=[], moving=False, misunderstood=0, last_activity=now, followed_up_at=None, urgent=False), []


def _on_staff(state: DialogState, event: Event, now: datetime) -> Result:
    """What staff did for the client. Staff keep the conversation, except an offer (the assistant takes the answer)
    and a resolution (it ends); a client who opted out is never texted about any of it."""
    quiet = state.stage == Stage.OPTED_OUT
    if isinstance(event, StaffRecordedOptOut):
        return replace(state, stage=Stage.OPTED_OUT, offers=[], moving=False), [RecordOptOut()]
    if isinstance(event, StaffOffered):
        if quiet or not event.slots:
            return state, []
        new = replace(
            state, stage=Stage.OFFERED, offers=list(event.slots), offered_at=now, moving=state.booking is not None, misunderstood=0,
            apology="", chosen=None, followed_up_at=None, last_activity=now,
        )
        return new, [Send(Template.OFFER, {"offers": new.offers, "in_window": True, "apology": ""})]
    if isinstance(event, StaffBooked):
        template = Template.MOVED if state.booking is not None else Template.BOOKED
        new = replace(state, booking=event.booking, offers=[], offered_at=None, moving=False)
        return new, [] if quiet else [Send(template, {"slot": event.booking.slot, "units": state.units})]
    if isinstance(event, StaffCancelled):
        return replace(state, booking=None, moving=False), [] if quiet else [Send(Template.CANCELLED)]
    if quiet:  # resolved: an opted-out conversation stays opted out (an urgent message in it is dealt with)
        return replace(state, urgent=False), []
    stage = Stage.BOOKED if state.booking is not None else Stage.CLOSED
    return replace(state, stage=stage, offers=[], moving=False, misunderstood=0, urgent=False), []


def _on_timer(state: DialogState, now: datetime, policy: DialogPolicy) -> Result:
    """Silence: finish a booking a crash cut off, follow an offer up once, then hand to a person; close what nobody
    touched for long."""
    if state.stage in UNTIMED or state.last_activity is None:
        return state, []
    quiet_for = now - state.last_activity
    if state.stage == Stage.BOOKING:
        return _resume_booking(state, now) if quiet_for >= policy.resume_booking_after else (state, [])
    if quiet_for >= policy.expire_after:
        return replace(state, stage=Stage.CLOSED, offers=[], moving=False), []
    if state.stage == Stage.OFFERED and state.followed_up_at is None and quiet_for >= policy.follow_up_after:
        return replace(state, followed_up_at=now), [Send(Template.FOLLOW_UP, {"offers": state.offers})]
    if state.stage == Stage.OFFERED and state.followed_up_at is not None and now - state.followed_up_at >= policy.hand_off_after:
        return _hand_off_quietly(state, HandOffReason.SILENT)
    return state, []


def wakes_at(state: DialogState, policy: DialogPolicy = DialogPolicy()) -> datetime | None:
    """The first moment a `TimerFired` would change this state (None: silence never will), so the engine wakes only
    the conversations that are due instead of running the timer over every open one. Mirrors `_on_timer`."""
    if state.stage in UNTIMED or state.last_activity is None:
        return None
    if state.stage == Stage.BOOKING:
        return state.last_activity + policy.resume_booking_after
    moments = [state.last_activity + policy.expire_after]
    if state.stage == Stage.OFFERED:
        follow_up = state.last_activity + policy.follow_up_after
        moments.append(follow_up if state.followed_up_at is None else state.followed_up_at + policy.hand_off_after)
    return min(moments)


def _more_times(state: DialogState) -> Result:
    """'9 to hear more times': the next free times after the ones offered, which are ruled out."""
    offered = [(slot.start, slot.end) for slot in state.offers]
    return _search(replace(state, excluded=[*state.excluded, *offered]))


def _book(state: DialogState, slot: Slot) -> Result:
    """The chosen slot is kept until Odoo answers, so a booking a crash cut off can be finished (`_resume_booking`)."""
    replaces = state.booking.event_id if state.moving and state.booking else None
    return replace(state, stage=Stage.BOOKING, chosen=slot, misunderstood=0), [Book(slot, state.units, replaces)]


def _resume_booking(state: DialogState, now: datetime) -> Result:
    """Still `booking` when the next text or the timer comes: the turn that booked died (every turn holds the client's
    lock until Odoo answers). Booking the same slot again is safe, since the engine finds the event that turn may
    have made; a slot lost or already begun is searched for again."""
    if state.chosen is None or state.chosen.start <= now:
        return _search(replace(state, chosen=None, apology="offer_stale"))
    return _book(state, state.chosen)


def _on_slots(state: DialogState, event: SlotsFetched, now: datetime, policy: DialogPolicy) -> Result:
    apology = state.apology
    if not event.slots:
        return replace(state, stage=Stage.SEARCHING, offers=[], apology=""), [Send(Template.NO_SLOTS, {"apology": apology})]
    offers = event.slots[: policy.offers]
    new = replace(state, stage=Stage.OFFERED, offers=offers, offered_at=now, misunderstood=0, apology="")
    return new, [Send(Template.OFFER, {"offers": offers, "in_window": event.in_window, "apology": apology})]


def _on_booking_failed(state: DialogState, event: BookingFailed) -> Result:
    if event.reason == "taken":
        return _search(replace(state, apology="slot_taken"))
    return _hand_off(state, f"{HandOffReason.BOOKING_FAILED}: {event.reason}")


def _search(state: DialogState) -> Result:
    return replace(state, stage=Stage.SEARCHING, offers=[], misunderstood=0), [FetchSlots(state.windows, state.excluded, state.units)]


def _hand_off(state: DialogState, reason: str) -> Result:
    return _with_staff(state), [HandToStaff(reason), Send(Template.HANDOFF)]


def _with_staff(state: DialogState) -> DialogState:
    """A person owns the conversation: nothing on offer, nothing being chosen (a booked visit stays booked)."""
    return replace(state, stage=Stage.HANDOFF, offers=[], moving=False, chosen=None)


def _hand_off_quietly(state: DialogState, reason: str) -> Result:
    """The client went silent: staff take over without another text."""
    return _with_staff(state), [HandToStaff(reason)]


def _missed(state: DialogState, policy: DialogPolicy, reason: HandOffReason, ask_again: Send) -> Result:
    """A reply the stage cannot read: asked again, until the policy's number of misses hands it to a person."""
    misunderstood = state.misunderstood + 1
    if misunderstood >= policy.misunderstood_before_handoff:
        return _hand_off(replace(state, misunderstood=misunderstood), reason)
    return replace(state, misunderstood=misunderstood), [ask_again]


def _default_windows(now: datetime, policy: DialogPolicy) -> list[Window]:
    """'Yes' with no time: anything from now over the next search days."""
    return [(now, now + timedelta(days=policy.search_days))]
