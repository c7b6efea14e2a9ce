"""The booking conversation as a pure state machine: (state, event, now) -> (new state, actions).

No I/O here: slots arrive as `SlotsFetched`, bookings as `BookingConfirmed`/`BookingFailed`, and every effect
leaves as an action the app performs. Understanding of free text is `dialogs.understand`, also pure.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from dialogs.model import (
    BOOKED, BOOKING, CLOSED, HANDOFF, OFFERED, OPTED_OUT, REMINDED, SEARCHING,
    Action, Book, BookingConfirmed, BookingFailed, DialogState, Event, FetchSlots, HandToStaff, InboundText,
    RecordOptOut, ReminderDue, Send, SlotsFetched, Window,
)
from dialogs.understand import DayParts, Understanding, understand


@dataclass(frozen=True)
class DialogPolicy:
    """Knobs operations may turn without touching the flow."""

    offers: int = 3
    search_days: int = 14
    offer_valid_for: timedelta = timedelta(hours=4)
    misunderstood_before_handoff: int = 2
    day_parts: DayParts = DayParts()


Result = tuple[DialogState, list[Action]]


def handle(state: DialogState, event: Event, now: datetime, policy: DialogPolicy = DialogPolicy()) -> Result:
    """The next state and what to do, for one event."""
    if isinstance(event, ReminderDue):
        return _on_reminder(state, event)
    if isinstance(event, InboundText):
        return _on_text(state, understand(event.text, now, state.locale, policy.day_parts), now, policy)
    if isinstance(event, SlotsFetched):
        return _on_slots(state, event, now, policy)
    if isinstance(event, BookingConfirmed):
        new = replace(state, stage=BOOKED, booking=event.booking, offers=[], offered_at=None, misunderstood=0)
        return new, [Send("booked", {"slot": event.booking.slot, "units": state.units})]
    if isinstance(event, BookingFailed):
        return _on_booking_failed(state, event)
    raise TypeError(f"unknown event {event!r}")


def wants_to_stop(text: str, now: datetime, locale: str = "en_CA") -> bool:
    """An opt-out must work even when nothing else can (no conversation yet, Odoo down)."""
    return understand(text, now, locale).intent == "stop"


def _on_reminder(state: DialogState, event: ReminderDue) -> Result:
    new = replace(
        state, client_name=event.client_name, locale=event.locale, stage=REMINDED, units=list(event.units),
        windows=[], excluded=[], offers=[], offered_at=None, booking=None, misunderstood=0, apology="",
    )
    return new, [Send("reminder", {"units": new.units, "band": event.band})]


def _on_text(state: DialogState, heard: Understanding, now: datetime, policy: DialogPolicy) -> Result:
    if heard.intent == "stop":
        return replace(state, stage=OPTED_OUT, offers=[]), [RecordOptOut(), Send("opted_out")]
    if state.stage == OPTED_OUT:
        return state, [HandToStaff("message from a client who opted out")]
    if state.stage == HANDOFF:
        return state, []  # a person owns this conversation; the inbox shows the message
    if heard.intent == "help":
        return state, [Send("help")]
    if heard.intent == "human":
        return _hand_off(state, "client asked for a person")
    if state.stage == BOOKED:
        return _on_text_when_booked(state, heard)
    if state.stage == BOOKING:
        return state, [Send("booking_in_progress")]
    if heard.intent == "choose" and state.stage == OFFERED:
        return _on_choice(state, heard.choice or 0, now, policy)
    if heard.intent == "when":
        windows = heard.windows or _default_windows(now, policy)
        return _search(replace(state, windows=windows, excluded=list(heard.excluded)))
    if heard.intent == "yes" and state.stage in (REMINDED, SEARCHING, CLOSED):
        return _search(replace(state, windows=_default_windows(now, policy), excluded=[]))
    if heard.intent == "reschedule" or (heard.intent in ("no", "cancel") and state.stage in (OFFERED, SEARCHING)):
        return replace(state, misunderstood=0), [Send("ask_preference")]  # nothing booked yet: another time, not a cancellation
    if heard.intent in ("no", "cancel") and state.stage == REMINDED:
        return replace(state, stage=CLOSED, misunderstood=0), [Send("declined")]
    return _not_understood(state, policy)


def _on_text_when_booked(state: DialogState, heard: Understanding) -> Result:
    if heard.intent in ("reschedule", "cancel", "when"):
        return _hand_off(state, f"client wants to change a booked visit ({heard.intent})")
    return state, [Send("already_booked", {"slot": state.booking.slot if state.booking else None})]


def _on_choice(state: DialogState, choice: int, now: datetime, policy: DialogPolicy) -> Result:
    if not 1 <= choice <= len(state.offers):
        return state, [Send("choice_out_of_range", {"count": len(state.offers), "offers": state.offers})]
    if state.offered_at is None or now - state.offered_at > policy.offer_valid_for:
        return _search(replace(state, apology="offer_stale"))
    slot = state.offers[choice - 1]
    return replace(state, stage=BOOKING, misunderstood=0), [Book(slot, state.units)]


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


def _not_understood(state: DialogState, policy: DialogPolicy) -> Result:
    misunderstood = state.misunderstood + 1
    if misunderstood >= policy.misunderstood_before_handoff:
        return _hand_off(replace(state, misunderstood=misunderstood), "replies not understood")
    return replace(state, misunderstood=misunderstood), [Send("not_understood", {"stage": state.stage, "offers": state.offers})]


def _default_windows(now: datetime, policy: DialogPolicy) -> list[Window]:
    """'Yes' with no time: anything from now over the next search days."""
    return [(now, now + timedelta(days=policy.search_days))]
