"""What a conversation is about: the units due for service, the free visit times, the visit booked."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

Window = tuple[datetime, datetime]


@dataclass(frozen=True)
class Unit:
    """A piece of equipment due for service, as the conversation needs to talk about it."""

    model: str
    id: int
    label: str
    serial: str
    due_date: date
    category: str | None = None  # the policy category (its visit length and appointment type); None: no policy covers it


@dataclass(frozen=True)
class Slot:
    """A free visit time with the technician who would come."""

    start: datetime
    end: datetime
    technician_id: int
    technician_partner_id: int
    technician_name: str


@dataclass(frozen=True)
class Booking:
    event_id: int
    slot: Slot
