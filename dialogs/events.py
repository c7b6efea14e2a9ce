"""What happens to a conversation: each event the dialog manager answers, from a client, staff, Odoo or the clock."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from dialogs.names import Template
from dialogs.visits import Booking, Slot, Unit


@dataclass(frozen=True)
class ReminderDue:
    """The assistant starts a conversation about units: a reminder, or (template 'missed_visit', with the missed
    visit's start) a kind word after a visit the client missed, offering to book again; replies run the same dialog."""

    client_name: str
    locale: str
    units: list[Unit]
    band: int
    template: str = Template.REMINDER
    missed: datetime | None = None


@dataclass(frozen=True)
class InboundText:
    text: str
    on_call: bool = False  # said on a call (a provider's transcript) rather than typed


@dataclass(frozen=True)
class SlotsFetched:
    slots: list[Slot]
    in_window: bool  # False: nothing fitted the client's wish and these are the nearest alternatives


@dataclass(frozen=True)
class PagePicked:
    """The client picked a time on the booking page, which shows free times the dialog never offered: booked as the
    same time offered and chosen by text would be."""

    slot: Slot


@dataclass(frozen=True)
class BookingConfirmed:
    booking: Booking


@dataclass(frozen=True)
class BookingFailed:
    reason: str  # "taken": someone else got the slot; "refused": Odoo refused the change (a person must look)


@dataclass(frozen=True)
class VisitCancelled:
    pass


@dataclass(frozen=True)
class KeyPress:
    """A key pressed on a call: the same dialog, read from the keypad (0 = a person, 8 = stop calling, 9 = more times)."""

    key: str


@dataclass(frozen=True)
class StaffTookOver:
    pass


@dataclass(frozen=True)
class HandedBack:
    """Staff give the conversation back; the assistant resumes from what is true now."""


@dataclass(frozen=True)
class StaffOffered:
    """Staff chose free times to text the client; the assistant books whichever the client picks."""

    slots: list[Slot]


@dataclass(frozen=True)
class StaffBooked:
    """Staff booked (or moved) the visit on the client's behalf; staff keep the conversation."""

    booking: Booking


@dataclass(frozen=True)
class StaffCancelled:
    """Staff cancelled the booked visit; staff keep the conversation."""


@dataclass(frozen=True)
class StaffResolved:
    """Staff settled the matter: the conversation ends (a booked visit stays booked)."""


@dataclass(frozen=True)
class StaffRecordedOptOut:
    """The client told staff to stop contacting them (by phone, in person): no confirmation text."""


@dataclass(frozen=True)
class PhoneShared:
    """The number belongs to several clients: ask which one is texting."""

    candidates: list[tuple[int, str]]


@dataclass(frozen=True)
class ClientSelected:
    client_name: str
    locale: str
    units: list[Unit]


@dataclass(frozen=True)
class DeliveryFailed:
    """The outbox gave up on a message to this client: a person must reach them another way."""


@dataclass(frozen=True)
class TimerFired:
    """Time passed: the app sends this periodically so silent conversations are followed up, handed off or expired."""


Event = (
    ReminderDue | InboundText | KeyPress | PagePicked | SlotsFetched | BookingConfirmed | BookingFailed | VisitCancelled | TimerFired
    | PhoneShared | ClientSelected | StaffTookOver | HandedBack | DeliveryFailed | StaffOffered | StaffBooked | StaffCancelled
    | StaffResolved | StaffRecordedOptOut
)
