"""A person in the conversation: handing it to staff, what staff do while they own it, and handing it back."""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from dialogs.model import (
    DialogState, Event, HandToStaff, RecordOptOut, Send, Stage, StaffBooked, StaffCancelled, StaffOffered, StaffRecordedOptOut, StaffResolved,
    Template,
)
from dialogs.turn import Result

STAFF_EVENTS = (StaffOffered, StaffBooked, StaffCancelled, StaffResolved, StaffRecordedOptOut)


def hand_off(state: DialogState, reason: str) -> Result:
    """Staff take over, told why, and the client is told a person will answer."""
    return with_staff(state), [HandToStaff(reason), Send(Template.HANDOFF)]


def with_staff(state: DialogState) -> DialogState:
    """A person owns the conversation: nothing on offer, nothing being chosen (a booked visit stays booked)."""
    return replace(state, stage=Stage.HANDOFF, offers=[], moving=False, chosen=None)


def hand_off_quietly(state: DialogState, reason: str) -> Result:
    """The client went silent: staff take over without another text."""
    return with_staff(state), [HandToStaff(reason)]


def on_took_over(state: DialogState) -> Result:
    """Staff take the conversation: nothing stays on offer, and the assistant waits until they hand it back."""
    if state.stage == Stage.OPTED_OUT:
        return state, []  # staff may still call or book for the client; nothing is ever texted
    return replace(state, stage=Stage.HANDOFF, offers=[]), []


def on_staff(state: DialogState, event: Event, now: datetime) -> Result:
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


def on_handed_back(state: DialogState, now: datetime) -> Result:
    """After staff hand back: booked if a visit is booked, else ready for a time wish; nothing is sent by itself."""
    if state.stage != Stage.HANDOFF:
        return state, []
    stage = Stage.BOOKED if state.booking is not None else Stage.REMINDED if state.units else Stage.NEW
    return replace(state, stage=stage, offers=[], moving=False, misunderstood=0, last_activity=now, followed_up_at=None, urgent=False), []
