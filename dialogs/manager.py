"""The booking conversation as a pure state machine: (state, event, now) -> (new state, actions).

No I/O here: slots arrive as `SlotsFetched`, bookings as `BookingConfirmed`/`BookingFailed`, and every effect
leaves as an action the app performs. Understanding of free text is `dialogs.understand`, also pure.

A client's reply meets `FALLBACKS` first (`dialogs.fallbacks`), the replies every stage answers alike (STOP, danger, a
death, a question, help, a person), then its stage's own handler in `ON_TEXT` (`dialogs.stages`). Silence is
`dialogs.timers`, a person in the conversation `dialogs.handoff`, finding and booking a time `dialogs.booking`.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from dialogs.booking import more_times, on_booked, on_booking_failed, on_page_picked, on_slots
from dialogs.fallbacks import FALLBACKS, QUIET
from dialogs.handoff import STAFF_EVENTS, hand_off_quietly, on_handed_back, on_staff, on_took_over
from dialogs.introductions import denies_being_client
from dialogs.model import (
    BookingConfirmed, BookingFailed, ClientSelected, DeliveryFailed, DialogState, Event, HandedBack, HandOffReason, InboundText, Intent,
    KeyPress, PagePicked, PhoneShared, ReminderDue, Send, SlotsFetched, Stage, StaffTookOver, Template, TimerFired, VisitCancelled,
)
from dialogs.policy import DialogPolicy
from dialogs.stages import ON_TEXT, ask_which_client
from dialogs.timers import on_timer, wakes_at
from dialogs.turn import Reply, Result
from dialogs.understand import Understanding, understand

__all__ = ["DialogPolicy", "handle", "handle_understood", "is_urgent", "wakes_at", "wants_to_stop"]

# keys with a fixed meaning on a call; digits 1-7 are options (or 'yes' to a reminder) as typed digits are
KEYPAD = {"0": "agent", "8": "stop", "*": "help"}
UNCLEAR = frozenset({Intent.UNKNOWN, Intent.HELP, Intent.NO})  # what 'Not Helen', 'Who is Helen?', 'No, this isn't Helen' are read as alone
MORE_TIMES = "9"


def handle(state: DialogState, event: Event, now: datetime, policy: DialogPolicy = DialogPolicy()) -> Result:
    """The next state and what to do, for one event."""
    if isinstance(event, ReminderDue):
        return _on_reminder(replace(state, last_activity=now), event)
    if isinstance(event, InboundText):
        return handle_understood(state, _heard(state, event, now, policy), now, policy, event.text, event.on_call)
    if isinstance(event, KeyPress):
        if event.key == MORE_TIMES and state.stage in (Stage.OFFERED, Stage.CONFIRM_CHOICE):
            return more_times(replace(state, last_activity=now, followed_up_at=None, chosen=None))
        return handle(state, InboundText(KEYPAD.get(event.key, event.key), on_call=True), now, policy)
    if isinstance(event, DeliveryFailed):
        return (state, []) if state.stage in QUIET else hand_off_quietly(state, HandOffReason.UNDELIVERABLE)
    if isinstance(event, StaffTookOver):
        return on_took_over(state)
    if isinstance(event, STAFF_EVENTS):
        return on_staff(state, event, now)
    if isinstance(event, HandedBack):
        return on_handed_back(state, now)
    if isinstance(event, PagePicked):
        return on_page_picked(state, event, now)
    if isinstance(event, SlotsFetched):
        return on_slots(state, event, now, policy)
    if isinstance(event, BookingConfirmed):
        return on_booked(state, event)
    if isinstance(event, BookingFailed):
        return on_booking_failed(replace(state, chosen=None), event)
    if isinstance(event, VisitCancelled):
        return replace(state, stage=Stage.CLOSED, booking=None, moving=False), [Send(Template.CANCELLED)]
    if isinstance(event, TimerFired):
        return on_timer(state, now, policy)
    if isinstance(event, PhoneShared):
        new = replace(state, stage=Stage.WHICH_CLIENT, candidates=list(event.candidates), last_activity=now)
        return new, [ask_which_client(new)]
    if isinstance(event, ClientSelected):
        new = replace(state, stage=Stage.NEW, client_name=event.client_name, locale=event.locale, units=list(event.units), candidates=[])
        return new, [Send(Template.ASK_WHEN)]
    raise TypeError(f"unknown event {event!r}")


def _heard(state: DialogState, event: InboundText, now: datetime, policy: DialogPolicy) -> Understanding:
    """What the reply means; a denial of the client's own name ('This is not Helen'), which only the dialog can tell
    from 'I'm not sure', is a wrong number."""
    heard = understand(event.text, now, state.locale, policy.day_parts)
    if heard.intent in UNCLEAR and denies_being_client(event.text, state.client_name):
        return replace(heard, intent=Intent.WRONG_NUMBER)
    return heard


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
