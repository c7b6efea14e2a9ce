"""What the dialog asks the app to do: every effect of a turn leaves the dialog manager as one of these."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from dialogs.visits import Slot, Unit, Window


@dataclass(frozen=True)
class Send:
    template: str
    values: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class FetchSlots:
    windows: list[Window]
    excluded: list[Window]
    units: list[Unit]


@dataclass(frozen=True)
class Book:
    slot: Slot
    units: list[Unit]
    replaces: int | None = None  # the booked event to move instead of creating a new one


@dataclass(frozen=True)
class CancelVisit:
    event_id: int


@dataclass(frozen=True)
class SelectClient:
    partner_id: int


@dataclass(frozen=True)
class HandToStaff:
    reason: str
    urgent: bool = False  # danger or a unit failing in use: the To-Do and the inbox say so, and the on-call phone rings


@dataclass(frozen=True)
class StopReminders:
    """Stop what the assistant starts (reminders, follow-ups) for what the client's words rule out, without an opt-out:
    the client may still text and staff may still write. `units` for good (sold, returned), or only at their current
    due date (`due_only`: serviced already); the whole `client` (died); or this `phone` (not the client's)."""

    reason: str
    units: list[Unit] = field(default_factory=list)
    due_only: bool = False
    client: bool = False
    phone: bool = False


@dataclass(frozen=True)
class RecordOptOut:
    pass


Action = Send | FetchSlots | Book | CancelVisit | SelectClient | HandToStaff | RecordOptOut | StopReminders
