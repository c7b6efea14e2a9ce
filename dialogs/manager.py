"""The booking conversation as a pure state machine: (state, event, now) -> (new state, actions).

No I/O here: slots arrive as `SlotsFetched`, bookings as `BookingConfirmed`/`BookingFailed`, and every effect
leaves as an action the app performs. Understanding of free text is `dialogs.understand`, also pure.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from rapidfuzz import fuzz

from dialogs.model import (
    BOOKED, BOOKING, CLOSED, CONFIRM_CANCEL, CONFIRM_CHOICE, HANDOFF, NEW, OFFERED, OPTED_OUT, REMINDED, SEARCHING, WHICH_CLIENT,
    Action, Book, BookingConfirmed, BookingFailed, CancelVisit, ClientSelected, DeliveryFailed, DialogState, Event, FetchSlots, HandedBack,
    HandToStaff, InboundText, KeyPress, PhoneShared, RecordOptOut, ReminderDue, SelectClient, Send, SlotsFetched, StaffBooked,
    StaffCancelled, StaffOffered, StaffRecordedOptOut, StaffResolved, StaffTookOver, Slot, TimerFired, VisitCancelled, Window, first_name,
)
from dialogs.understand import DayParts, Understanding, normalise, understand


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
    day_parts: DayParts = DayParts()


Result = tuple[DialogState, list[Action]]

# keys with a fixed meaning on a call; digits 1-7 are options (or 'yes' to a reminder) as typed digits are
KEYPAD = {"0": "agent", "8": "stop", "*": "help"}
MORE_TIMES = "9"
CLIENT_ASKS_FOR_A_PERSON = "client asked for a person"  # a hand-off the app may answer with a call from staff
STAFF_EVENTS = (StaffOffered, StaffBooked, StaffCancelled, StaffResolved, StaffRecordedOptOut)


def handle(state: DialogState, event: Event, now: datetime, policy: DialogPolicy = DialogPolicy()) -> Result:
    """The next state and what to do, for one event."""
    if isinstance(event, ReminderDue):
        return _on_reminder(replace(state, last_activity=now), event)
    if isinstance(event, InboundText):
        heard = understand(event.text, now, state.locale, policy.day_parts)
        return _on_text(replace(state, last_activity=now, followed_up_at=None), heard, now, policy, event.text, event.on_call)
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
        new = replace(state, stage=BOOKED, booking=event.booking, offers=[], offered_at=None, misunderstood=0, moving=False)
        return new, [Send(template, {"slot": event.booking.slot, "units": state.units})]
    if isinstance(event, BookingFailed):
        return _on_booking_failed(state, event)
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


def wants_to_stop(text: str, now: datetime, locale: str = "en_CA") -> bool:
    """An opt-out must work even when nothing else can (no conversation yet, Odoo down)."""
    return understand(text, now, locale).intent == "stop"


def _on_reminder(state: DialogState, event: ReminderDue) -> Result:
    new = replace(
        state, client_name=event.client_name, locale=event.locale, stage=REMINDED, units=list(event.units),
        windows=[], excluded=[], offers=[], offered_at=None, booking=None, misunderstood=0, apology="",
    )
    values = {"units": new.units, "band": event.band, **({"missed": event.missed} if event.missed else {})}
    return new, [Send(event.template, values)]


def _on_text(state: DialogState, heard: Understanding, now: datetime, policy: DialogPolicy, text: str, on_call: bool = False) -> Result:
    if heard.intent == "stop" and state.stage == OPTED_OUT:
        return state, []  # already out: one confirmation was enough
    if heard.intent == "stop":
        return replace(state, stage=OPTED_OUT, offers=[]), [RecordOptOut(), Send("opted_out")]
    if state.stage == OPTED_OUT:
        return state, [HandToStaff("message from a client who opted out")]
    if state.stage == HANDOFF:
        return state, []  # a person owns this conversation; the inbox shows the message
    if heard.intent == "help":
        return state, [Send("help")]
    if heard.intent == "human":
        return _hand_off(state, CLIENT_ASKS_FOR_A_PERSON)
    if state.stage == WHICH_CLIENT:
        return _on_which_client(state, heard, text)
    if state.stage == BOOKED:
        return _on_text_when_booked(state, heard, now, policy)
    if state.stage == CONFIRM_CANCEL:
        return _on_confirm_cancel(state, heard)
    if state.moving and heard.intent in ("no", "cancel"):
        kept = state.booking.slot if state.booking else None
        return replace(state, stage=BOOKED, moving=False, offers=[]), [Send("kept", {"slot": kept})]
    if state.stage == BOOKING:
        return state, [Send("booking_in_progress")]
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


def _on_which_client(state: DialogState, heard: Understanding, text: str) -> Result:
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
        if misunderstood >= 2:
            return _hand_off(replace(state, misunderstood=misunderstood), "could not tell which client shares this phone")
        names = [first_name(name) for _, name in state.candidates]
        return replace(state, misunderstood=misunderstood), [Send("which_client", {"names": names})]
    return replace(state, misunderstood=0), [SelectClient(chosen)]


def _resume(state: DialogState, now: datetime) -> Result:
    """After staff hand back: booked if a visit is booked, else ready for a time wish; nothing is sent by itself."""
    if state.stage != HANDOFF:
        return state, []
    stage = BOOKED if state.booking is not None else REMINDED if state.units else NEW
    return replace(state, stage=stage, offers=[], moving=False, misunderstood=0, last_activity=now, followed_up_at=None), []


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
    if quiet:  # resolved: an opted-out conversation stays opted out
        return state, []
    return replace(state, stage=BOOKED if state.booking is not None else CLOSED, offers=[], moving=False, misunderstood=0), []


def _on_confirm_cancel(state: DialogState, heard: Understanding) -> Result:
    if heard.intent in ("yes", "cancel") and state.booking is not None:
        return state, [CancelVisit(state.booking.event_id)]
    slot = state.booking.slot if state.booking else None
    if heard.intent in ("no", "reschedule"):
        return replace(state, stage=BOOKED), [Send("kept", {"slot": slot})]
    return state, [Send("confirm_cancel", {"slot": slot})]


def _on_timer(state: DialogState, now: datetime, policy: DialogPolicy) -> Result:
    """Silence: follow an offer up once, then hand to a person; close what nobody touched for long."""
    if state.stage in (BOOKED, HANDOFF, OPTED_OUT, CLOSED) or state.last_activity is None:
        return state, []
    quiet_for = now - state.last_activity
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
    moments = [state.last_activity + policy.expire_after]
    if state.stage == OFFERED:
        follow_up = state.last_activity + policy.follow_up_after
        moments.append(follow_up if state.followed_up_at is None else state.followed_up_at + policy.hand_off_after)
    return min(moments)


def _on_choice(state: DialogState, choice: int, now: datetime, policy: DialogPolicy, confirm: bool = False) -> Result:
    """A chosen option is booked; on a call, where a key is easily pressed by mistake, it is read back for a yes first."""
    if not 1 <= choice <= len(state.offers):
        return state, [Send("choice_out_of_range", {"count": len(state.offers), "offers": state.offers})]
    if state.offered_at is None or now - state.offered_at > policy.offer_valid_for:
        return _search(replace(state, apology="offer_stale"))
    slot = state.offers[choice - 1]
    if confirm:
        return replace(state, stage=CONFIRM_CHOICE, chosen=slot, misunderstood=0), [Send("confirm_choice", {"slot": slot})]
    return _book(state, slot)


def _on_confirm_choice(state: DialogState, heard: Understanding, now: datetime, policy: DialogPolicy) -> Result:
    """'1'/'yes' books the option read back; '2'/'no' offers the same times again; anything else asks again."""
    assert state.chosen is not None
    if heard.intent == "yes" or heard.intent == "choose" and heard.choice == 1:
        if state.offered_at is None or now - state.offered_at > policy.offer_valid_for:
            return _search(replace(state, chosen=None, apology="offer_stale"))
        return _book(replace(state, chosen=None), state.chosen)
    if heard.intent in ("no", "cancel") or heard.intent == "choose" and heard.choice == 2:
        return replace(state, stage=OFFERED, chosen=None), [Send("offer", {"offers": state.offers, "in_window": True, "apology": ""})]
    if heard.intent == "when":
        return _search(replace(state, chosen=None, windows=heard.windows, excluded=list(heard.excluded)))
    return state, [Send("confirm_choice", {"slot": state.chosen})]


def _more_times(state: DialogState) -> Result:
    """'9 to hear more times': the next free times after the ones offered, which are ruled out."""
    offered = [(slot.start, slot.end) for slot in state.offers]
    return _search(replace(state, excluded=[*state.excluded, *offered]))


def _book(state: DialogState, slot: Slot) -> Result:
    replaces = state.booking.event_id if state.moving and state.booking else None
    return replace(state, stage=BOOKING, misunderstood=0), [Book(slot, state.units, replaces)]


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
    return replace(state, stage=HANDOFF, offers=[]), [HandToStaff(reason), Send("handoff")]


def _hand_off_quietly(state: DialogState, reason: str) -> Result:
    """The client went silent: staff take over without another text."""
    return replace(state, stage=HANDOFF, offers=[]), [HandToStaff(reason)]


def _not_understood(state: DialogState, policy: DialogPolicy) -> Result:
    misunderstood = state.misunderstood + 1
    if misunderstood >= policy.misunderstood_before_handoff:
        return _hand_off(replace(state, misunderstood=misunderstood), "replies not understood")
    return replace(state, misunderstood=misunderstood), [Send("not_understood", {"stage": state.stage, "offers": state.offers})]


def _default_windows(now: datetime, policy: DialogPolicy) -> list[Window]:
    """'Yes' with no time: anything from now over the next search days."""
    return [(now, now + timedelta(days=policy.search_days))]
