"""Finding and booking a visit time: the search, the offer, the booking, and what Odoo answered."""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from dialogs.fallbacks import QUIET
from dialogs.handoff import hand_off
from dialogs.model import (
    Book, BookingConfirmed, BookingFailed, DialogState, FetchSlots, HandOffReason, PagePicked, Send, Slot, SlotsFetched, Stage, Template,
)
from dialogs.policy import DialogPolicy
from dialogs.turn import Result


def search(state: DialogState) -> Result:
    """The free times for the state's wish, asked of the app (it answers with `SlotsFetched`); nothing stays on offer."""
    return replace(state, stage=Stage.SEARCHING, offers=[], misunderstood=0), [FetchSlots(state.windows, state.excluded, state.units)]


def more_times(state: DialogState) -> Result:
    """'9 to hear more times': the next free times after the ones offered, which are ruled out."""
    offered = [(slot.start, slot.end) for slot in state.offers]
    return search(replace(state, excluded=[*state.excluded, *offered]))


def on_slots(state: DialogState, event: SlotsFetched, now: datetime, policy: DialogPolicy) -> Result:
    """The first few free times are offered, with any apology owed; none: the client is asked for another time."""
    apology = state.apology
    if not event.slots:
        return replace(state, stage=Stage.SEARCHING, offers=[], apology=""), [Send(Template.NO_SLOTS, {"apology": apology})]
    offers = event.slots[: policy.offers]
    new = replace(state, stage=Stage.OFFERED, offers=offers, offered_at=now, misunderstood=0, apology="")
    return new, [Send(Template.OFFER, {"offers": offers, "in_window": event.in_window, "apology": apology})]


def book(state: DialogState, slot: Slot) -> Result:
    """The chosen slot is kept until Odoo answers, so a booking a crash cut off can be finished (`resume_booking`)."""
    replaces = state.booking.event_id if state.moving and state.booking else None
    return replace(state, stage=Stage.BOOKING, chosen=slot, misunderstood=0), [Book(slot, state.units, replaces)]


def on_page_picked(state: DialogState, event: PagePicked, now: datetime) -> Result:
    """The page shows a time and the client picks it at once: booked from the state a text choosing it from a fresh offer
    would leave (so a crash, a taken slot or Odoo's refusal goes on the same way). The page books a first visit where
    the assistant talks: not for a client who opted out, nor in a conversation staff own, nor over a booked visit."""
    if state.stage in QUIET or state.booking is not None:
        return state, []
    offered = replace(state, offers=[event.slot], offered_at=now, apology="", last_activity=now, followed_up_at=None)
    return book(offered, event.slot)


def resume_booking(state: DialogState, now: datetime) -> Result:
    """Still `booking` when the next text or the timer comes: the turn that booked died (every turn holds the client's
    lock until Odoo answers). Booking the same slot again is safe, since the engine finds the event that turn may
    have made; a slot lost or already begun is searched for again."""
    if state.chosen is None or state.chosen.start <= now:
        return search(replace(state, chosen=None, apology="offer_stale"))
    return book(state, state.chosen)


def on_booked(state: DialogState, event: BookingConfirmed) -> Result:
    """Odoo booked the chosen time: the client hears it is booked, or moved when it replaces a booked visit."""
    template = Template.MOVED if state.moving else Template.BOOKED
    new = replace(
        state, stage=Stage.BOOKED, booking=event.booking, offers=[], offered_at=None, misunderstood=0, moving=False, chosen=None,
    )
    return new, [Send(template, {"slot": event.booking.slot, "units": state.units})]


def on_booking_failed(state: DialogState, event: BookingFailed) -> Result:
    """A slot someone else took is searched for again, with an apology; any other refusal needs a person to look."""
    if event.reason == "taken":
        return search(replace(state, apology="slot_taken"))
    return hand_off(state, f"{HandOffReason.BOOKING_FAILED}: {event.reason}")
