"""The booking conversation as a pure state machine: (state, event, now) -> (new state, actions).

No I/O here: slots arrive as `SlotsFetched`, bookings as `BookingConfirmed`/`BookingFailed`, and every effect
leaves as an action the app performs. Understanding of free text is `dialogs.understand`, also pure.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from rapidfuzz import fuzz

from dialogs.model import (
    BOOKED, BOOKING, CLOSED, CONFIRM_CANCEL, CONFIRM_CHOICE, HANDOFF, NEW, OFFERED, OPTED_OUT, REMINDED, SEARCHING, WHICH_CLIENT,
    Action, Book, BookingConfirmed, BookingFailed, CancelVisit, ClientSelected, DeliveryFailed, DialogState, Event, FetchSlots, HandedBack,
    HandToStaff, InboundText, KeyPress, PhoneShared, RecordOptOut, ReminderDue, SelectClient, Send, SlotsFetched, StaffBooked,
    StaffCancelled, StaffOffered, StaffRecordedOptOut, StaffResolved, StaffTookOver, Slot, StopReminders, TimerFired, Unit, VisitCancelled,
    Window, first_name,
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


Result = tuple[DialogState, list[Action]]

# keys with a fixed meaning on a call; digits 1-7 are options (or 'yes' to a reminder) as typed digits are
KEYPAD = {"0": "agent", "8": "stop", "*": "help"}
MORE_TIMES = "9"
CLIENT_ASKS_FOR_A_PERSON = "client asked for a person"  # a hand-off the app may answer with a call from staff
STAFF_EVENTS = (StaffOffered, StaffBooked, StaffCancelled, StaffResolved, StaffRecordedOptOut)

# replies that are not about a time, handled whatever the stage (dialogs.understand names them)
URGENT = "urgent: danger or equipment failing in use"
STOPPING = ("bereaved", "no_longer_has_unit", "wrong_number")  # a kind word, a person told, nothing more started for them
QUESTIONS = {"price_question": "price_answer", "already_serviced": "already_serviced_answer"}  # intent: the dealer's answer
CONCERNS = ("urgent", *STOPPING, *QUESTIONS)
REASONS = {  # why a person is needed, as staff read it (the inbox, Odoo's To-Do)
    "bereaved": "the client has died",
    "no_longer_has_unit": "the client no longer has the equipment",
    "wrong_number": "wrong number: the phone is not the client's",
    "price_question": "the client asks about the price",
    "already_serviced": "the client says the equipment was already serviced",
}


def handle(state: DialogState, event: Event, now: datetime, policy: DialogPolicy = DialogPolicy()) -> Result:
    """The next state and what to do, for one event."""
    if isinstance(event, ReminderDue):
        return _on_reminder(replace(state, last_activity=now), event)
    if isinstance(event, InboundText):
        heard = understand(event.text, now, state.locale, policy.day_parts)
        return handle_understood(state, heard, now, policy, event.text, event.on_call)
    if isinstance(event, KeyPress):
        if event.key == MORE_TIMES and state.stage in (OFFERED, CONFIRM_CHOICE):
            return _more_times(replace(state, last_activity=now, followed_up_at=None, chosen=None))
        return handle(state, InboundText(KEYPAD.get(event.key, event.key), on_call=True), now, policy)
    if isinstance(event, DeliveryFailed):
        return _hand_off_quietly(state, "messages could not be delivered") if state.stage not in (OPTED_OUT, HANDOFF) else (state, [])
    if isinstance(event, StaffTookOver):
        if state.stage == OPTED_OUT:
            return state, []  # staff may still call or book for the client; nothing is ever texted
        return replace(state, stage=HANDOFF, offers=[]), []
    if isinstance(event, STAFF_EVENTS):
        return _on_staff(state, event, now)
    if isinstance(event, HandedBack):
        return _resume(state, now)
    if isinstance(event, SlotsFetched):
        return _on_slots(state, event, now, policy)
    if isinstance(event, BookingConfirmed):
        template = "moved" if state.moving else "booked"
        new = replace(state, stage=BOOKED, booking=event.booking, offers=[], offered_at=None, misunderstood=0, moving=False, chosen=None)
        return new, [Send(template, {"slot": event.booking.slot, "units": state.units})]
    if isinstance(event, BookingFailed):
        return _on_booking_failed(replace(state, chosen=None), event)
    if isinstance(event, VisitCancelled):
        return replace(state, stage=CLOSED, booking=None, moving=False), [Send("cancelled")]
    if isinstance(event, TimerFired):
        return _on_timer(state, now, policy)
    if isinstance(event, PhoneShared):
        new = replace(state, stage=WHICH_CLIENT, candidates=list(event.candidates), last_activity=now)
        return new, [Send("which_client", {"names": [first_name(name) for _, name in event.candidates]})]
    if isinstance(event, ClientSelected):
        new = replace(state, stage=NEW, client_name=event.client_name, locale=event.locale, units=list(event.units), candidates=[])
        return new, [Send("ask_when")]
    raise TypeError(f"unknown event {event!r}")


def handle_understood(
    state: DialogState, heard: Understanding, now: datetime, policy: DialogPolicy = DialogPolicy(), text: str = "", on_call: bool = False,
) -> Result:
    """A client's reply already understood (`handle` understands it first): the seam for tests and for readers of
    replies other than `dialogs.understand`. `text` is the reply as written (which client, which unit it names)."""
    return _on_text(replace(state, last_activity=now, followed_up_at=None), heard, now, policy, text, on_call)


def wants_to_stop(text: str, now: datetime, locale: str = "en_CA") -> bool:
    """An opt-out must work even when nothing else can (no conversation yet, Odoo down)."""
    return understand(text, now, locale).intent == "stop"


def is_urgent(text: str, now: datetime, locale: str = "en_CA") -> bool:
    """Danger must reach a person from any number, before the dialog would ask who is texting."""
    return understand(text, now, locale).intent == "urgent"


def _on_reminder(state: DialogState, event: ReminderDue) -> Result:
    new = replace(
        state, client_name=event.client_name, locale=event.locale, stage=REMINDED, units=list(event.units),
        windows=[], excluded=[], offers=[], offered_at=None, booking=None, misunderstood=0, apology="", answered=[],
    )
    values = {"units": new.units, "band": event.band, **({"missed": event.missed} if event.missed else {})}
    return new, [Send(event.template, values)]


def _on_text(state: DialogState, heard: Understanding, now: datetime, policy: DialogPolicy, text: str, on_call: bool = False) -> Result:
    if heard.intent == "stop" and state.stage == OPTED_OUT:
        return state, []  # already out: one confirmation was enough
    if heard.intent == "stop":
        return replace(state, stage=OPTED_OUT, offers=[]), [RecordOptOut(), Send("opted_out")]
    concern = _on_concern(state, heard.intent, policy, text) if heard.intent in CONCERNS else None
    if concern is not None:
        return concern
    if state.stage == OPTED_OUT:
        return state, [HandToStaff("message from a client who opted out")]
    if state.stage == HANDOFF:
        return state, []  # a person owns this conversation; the inbox shows the message
    if heard.intent == "help":
        return state, [Send("help")]
    if heard.intent == "human":
        return _hand_off(state, CLIENT_ASKS_FOR_A_PERSON)
    if state.stage == WHICH_CLIENT:
        return _on_which_client(state, heard, text, policy)
    if state.stage == BOOKED:
        return _on_text_when_booked(state, heard, now, policy)
    if state.stage == CONFIRM_CANCEL:
        return _on_confirm_cancel(state, heard)
    if state.stage == BOOKING:
        return _resume_booking(state, now)
    if state.moving and heard.intent in ("no", "cancel"):
        kept = state.booking.slot if state.booking else None
        return replace(state, stage=BOOKED, moving=False, offers=[]), [Send("kept", {"slot": kept})]
    if state.stage == CONFIRM_CHOICE:
        return _on_confirm_choice(state, heard, now, policy)
    if heard.intent == "choose" and state.stage == OFFERED:
        return _on_choice(state, heard.choice or 0, now, policy, confirm=on_call)
    if heard.intent == "when":
        windows = heard.windows or _default_windows(now, policy)
        return _search(replace(state, windows=windows, excluded=list(heard.excluded)))
    if heard.intent == "yes" and state.stage in (NEW, REMINDED, SEARCHING, CLOSED) or heard.intent == "choose" and state.stage in (NEW, REMINDED):
        # a digit before any offer (a key pressed on a reminder call, "1" by text) asks for the next free times
        return _search(replace(state, windows=_default_windows(now, policy), excluded=[]))
    if heard.intent == "reschedule" or (heard.intent in ("no", "cancel") and state.stage in (OFFERED, SEARCHING)):
        return replace(state, misunderstood=0), [Send("ask_preference")]  # nothing booked yet: another time, not a cancellation
    if heard.intent in ("no", "cancel") and state.stage in (NEW, REMINDED):
        return replace(state, stage=CLOSED, misunderstood=0), [Send("declined")]
    return _not_understood(state, policy)


def _on_concern(state: DialogState, intent: str, policy: DialogPolicy, text: str) -> Result | None:
    """Danger, a death, a unit gone, a wrong number or a question, in any stage. An opted-out client is never texted and
    a conversation staff own stays theirs: there only danger gets its reply (911 must not wait for a person), and a
    question is left to staff as any message is (None: handled as any other reply)."""
    quiet, staffed = state.stage == OPTED_OUT, state.stage == HANDOFF
    if intent == "urgent":
        new = replace(state if quiet or staffed else _with_staff(state), urgent=True)
        return new, [HandToStaff(URGENT, urgent=True), *([] if quiet else [Send("urgent")])]
    if intent in STOPPING:
        units = _units_meant(state.units, text) if intent == "no_longer_has_unit" else list(state.units)
        # a death stops the whole client; a wrong number only the phone (the client's units still need a visit)
        stop = {"bereaved": StopReminders(intent, client=True), "wrong_number": StopReminders(intent, phone=True)}.get(intent)
        actions: list[Action] = [stop or StopReminders(intent, units), HandToStaff(REASONS[intent])]
        if quiet or staffed:
            return state, actions
        return _with_staff(state), [*actions, Send(intent, {"units": units})]
    if quiet or staffed:
        return None
    # a question: the dealer's answer once, and the dialog goes on where it was (no new offer); else, or asked again, a person
    stop: list[Action] = [StopReminders(intent, _units_meant(state.units, text), due_only=True)] if intent == "already_serviced" else []
    if intent not in policy.answers or intent in state.answered:
        new, handed = _hand_off(state, REASONS[intent])
        return new, [*stop, *handed]
    slot = state.booking.slot if state.booking is not None else state.chosen
    new = replace(state, answered=[*state.answered, intent], misunderstood=0)
    return new, [*stop, Send(QUESTIONS[intent], {"stage": state.stage, "offers": state.offers, "slot": slot})]


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


def _on_text_when_booked(state: DialogState, heard: Understanding, now: datetime, policy: DialogPolicy) -> Result:
    """A booked client may cancel (after confirming) or move the visit; the visit stays booked until a new one is."""
    slot = state.booking.slot if state.booking else None
    if heard.intent == "cancel":
        return replace(state, stage=CONFIRM_CANCEL), [Send("confirm_cancel", {"slot": slot})]
    if heard.intent == "reschedule":
        return replace(state, stage=SEARCHING, moving=True), [Send("ask_new_time", {"slot": slot})]
    if heard.intent == "when":
        return _search(replace(state, moving=True, windows=heard.windows or _default_windows(now, policy), excluded=list(heard.excluded)))
    return state, [Send("already_booked", {"slot": slot})]


def _on_which_client(state: DialogState, heard: Understanding, text: str, policy: DialogPolicy) -> Result:
    """'2' or a name (typos allowed) picks one of the clients sharing the phone."""
    chosen: int | None = None
    if heard.intent == "choose" and heard.choice and 1 <= heard.choice <= len(state.candidates):
        chosen = state.candidates[heard.choice - 1][0]
    else:
        names = {partner_id: normalise(name) for partner_id, name in state.candidates}
        words = normalise(text).split()
        best = max(
            ((partner_id, max((fuzz.ratio(w, part) for w in words for part in name.split()), default=0)) for partner_id, name in names.items()),
            key=lambda pair: pair[1], default=(None, 0),
        )
        if best[1] >= 85:
            chosen = best[0]
    if chosen is None:
        misunderstood = state.misunderstood + 1
        if misunderstood >= policy.misunderstood_before_handoff:
            return _hand_off(replace(state, misunderstood=misunderstood), "could not tell which client shares this phone")
        names = [first_name(name) for _, name in state.candidates]
        return replace(state, misunderstood=misunderstood), [Send("which_client", {"names": names})]
    return replace(state, misunderstood=0), [SelectClient(chosen)]


def _resume(state: DialogState, now: datetime) -> Result:
    """After staff hand back: booked if a visit is booked, else ready for a time wish; nothing is sent by itself."""
    if state.stage != HANDOFF:
        return state, []
    stage = BOOKED if state.booking is not None else REMINDED if state.units else NEW
    return replace(state, stage=stage, offers=[], moving=False, misunderstood=0, last_activity=now, followed_up_at=None, urgent=False), []


def _on_staff(state: DialogState, event: Event, now: datetime) -> Result:
    """What staff did for the client. Staff keep the conversation, except an offer (the assistant takes the answer)
    and a resolution (it ends); a client who opted out is never texted about any of it."""
    quiet = state.stage == OPTED_OUT
    if isinstance(event, StaffRecordedOptOut):
        return replace(state, stage=OPTED_OUT, offers=[], moving=False), [RecordOptOut()]
    if isinstance(event, StaffOffered):
        if quiet or not event.slots:
            return state, []
        new = replace(
            state, stage=OFFERED, offers=list(event.slots), offered_at=now, moving=state.booking is not None, misunderstood=0,
            apology="", chosen=None, followed_up_at=None, last_activity=now,
        )
        return new, [Send("offer", {"offers": new.offers, "in_window": True, "apology": ""})]
    if isinstance(event, StaffBooked):
        template = "moved" if state.booking is not None else "booked"
        new = replace(state, booking=event.booking, offers=[], offered_at=None, moving=False)
        return new, [] if quiet else [Send(template, {"slot": event.booking.slot, "units": state.units})]
    if isinstance(event, StaffCancelled):
        return replace(state, booking=None, moving=False), [] if quiet else [Send("cancelled")]
    if quiet:  # resolved: an opted-out conversation stays opted out (an urgent message in it is dealt with)
        return replace(state, urgent=False), []
    return replace(state, stage=BOOKED if state.booking is not None else CLOSED, offers=[], moving=False, misunderstood=0, urgent=False), []


def _on_confirm_cancel(state: DialogState, heard: Understanding) -> Result:
    if heard.intent in ("yes", "cancel") and state.booking is not None:
        return state, [CancelVisit(state.booking.event_id)]
    slot = state.booking.slot if state.booking else None
    if heard.intent in ("no", "reschedule"):
        return replace(state, stage=BOOKED), [Send("kept", {"slot": slot})]
    return state, [Send("confirm_cancel", {"slot": slot})]


def _on_timer(state: DialogState, now: datetime, policy: DialogPolicy) -> Result:
    """Silence: finish a booking a crash cut off, follow an offer up once, then hand to a person; close what nobody
    touched for long."""
    if state.stage in (BOOKED, HANDOFF, OPTED_OUT, CLOSED) or state.last_activity is None:
        return state, []
    quiet_for = now - state.last_activity
    if state.stage == BOOKING:
        return _resume_booking(state, now) if quiet_for >= policy.resume_booking_after else (state, [])
    if quiet_for >= policy.expire_after:
        return replace(state, stage=CLOSED, offers=[], moving=False), []
    if state.stage == OFFERED and state.followed_up_at is None and quiet_for >= policy.follow_up_after:
        return replace(state, followed_up_at=now), [Send("follow_up", {"offers": state.offers})]
    if state.stage == OFFERED and state.followed_up_at is not None and now - state.followed_up_at >= policy.hand_off_after:
        return _hand_off_quietly(state, "no reply after a follow-up")
    return state, []


def wakes_at(state: DialogState, policy: DialogPolicy = DialogPolicy()) -> datetime | None:
    """The first moment a `TimerFired` would change this state (None: silence never will), so the engine wakes only
    the conversations that are due instead of running the timer over every open one. Mirrors `_on_timer`."""
    if state.stage in (BOOKED, HANDOFF, OPTED_OUT, CLOSED) or state.last_activity is None:
        return None
    if state.stage == BOOKING:
        return state.last_activity + policy.resume_booking_after
    moments = [state.last_activity + policy.expire_after]
    if state.stage == OFFERED:
        follow_up = state.last_activity + policy.follow_up_after
        moments.append(follow_up if state.followed_up_at is None else state.followed_up_at + policy.hand_off_after)
    return min(moments)


def _on_choice(state: DialogState, choice: int, now: datetime, policy: DialogPolicy, confirm: bool = False) -> Result:
    """A chosen option is booked; on a call, where a key is easily pressed by mistake, it is read back for a yes first."""
    if choice < 0:
        choice += len(state.offers) + 1  # 'the last one'
    if not 1 <= choice <= len(state.offers):
        return state, [Send("choice_out_of_range", {"count": len(state.offers), "offers": state.offers})]
    if state.offered_at is None or now - state.offered_at > policy.offer_valid_for:
        return _search(replace(state, apology="offer_stale"))
    slot = state.offers[choice - 1]
    if confirm:
        return replace(state, stage=CONFIRM_CHOICE, chosen=slot, misunderstood=0), [Send("confirm_choice", {"slot": slot})]
    return _book(state, slot)


def _on_confirm_choice(state: DialogState, heard: Understanding, now: datetime, policy: DialogPolicy) -> Result:
    """'1'/'yes' books the option read back; '2'/'no' offers the same times again (so does a stage that lost its choice);
    anything else asks again."""
    if state.chosen is None or heard.intent in ("no", "cancel") or heard.intent == "choose" and heard.choice == 2:
        return replace(state, stage=OFFERED, chosen=None), [Send("offer", {"offers": state.offers, "in_window": True, "apology": ""})]
    if heard.intent == "yes" or heard.intent == "choose" and heard.choice == 1:
        if state.offered_at is None or now - state.offered_at > policy.offer_valid_for:
            return _search(replace(state, chosen=None, apology="offer_stale"))
        return _book(replace(state, chosen=None), state.chosen)
    if heard.intent == "when":
        return _search(replace(state, chosen=None, windows=heard.windows, excluded=list(heard.excluded)))
    return state, [Send("confirm_choice", {"slot": state.chosen})]


def _more_times(state: DialogState) -> Result:
    """'9 to hear more times': the next free times after the ones offered, which are ruled out."""
    offered = [(slot.start, slot.end) for slot in state.offers]
    return _search(replace(state, excluded=[*state.excluded, *offered]))


def _book(state: DialogState, slot: Slot) -> Result:
    """The chosen slot is kept until Odoo answers, so a booking a crash cut off can be finished (`_resume_booking`)."""
    replaces = state.booking.event_id if state.moving and state.booking else None
    return replace(state, stage=BOOKING, chosen=slot, misunderstood=0), [Book(slot, state.units, replaces)]


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
        return replace(state, stage=SEARCHING, offers=[], apology=""), [Send("no_slots", {"apology": apology})]
    offers = event.slots[: policy.offers]
    new = replace(state, stage=OFFERED, offers=offers, offered_at=now, misunderstood=0, apology="")
    return new, [Send("offer", {"offers": offers, "in_window": event.in_window, "apology": apology})]


def _on_booking_failed(state: DialogState, event: BookingFailed) -> Result:
    if event.reason == "taken":
        return _search(replace(state, apology="slot_taken"))
    return _hand_off(state, f"booking failed: {event.reason}")


def _search(state: DialogState) -> Result:
    return replace(state, stage=SEARCHING, offers=[], misunderstood=0), [FetchSlots(state.windows, state.excluded, state.units)]


def _hand_off(state: DialogState, reason: str) -> Result:
    return _with_staff(state), [HandToStaff(reason), Send("handoff")]


def _with_staff(state: DialogState) -> DialogState:
    """A person owns the conversation: nothing on offer, nothing being chosen (a booked visit stays booked)."""
    return replace(state, stage=HANDOFF, offers=[], moving=False, chosen=None)


def _hand_off_quietly(state: DialogState, reason: str) -> Result:
    """The client went silent: staff take over without another text."""
    return _with_staff(state), [HandToStaff(reason)]


def _not_understood(state: DialogState, policy: DialogPolicy) -> Result:
    misunderstood = state.misunderstood + 1
    if misunderstood >= policy.misunderstood_before_handoff:
        return _hand_off(replace(state, misunderstood=misunderstood), "replies not understood")
    return replace(state, misunderstood=misunderstood), [Send("not_understood", {"stage": state.stage, "offers": state.offers})]


def _default_windows(now: datetime, policy: DialogPolicy) -> list[Window]:
    """'Yes' with no time: anything from now over the next search days."""
    return [(now, now + timedelta(days=policy.search_days))]
