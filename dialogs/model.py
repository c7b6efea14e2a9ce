"""The dialog's vocabulary: what it knows (state), what happens to it (events), what it asks for (actions).

Plain data, serialisable to JSON, so the state survives restarts and the manager stays free of I/O. The state is
here; the rest has a module each (`dialogs.names`, `dialogs.visits`, `dialogs.events`, `dialogs.actions`), all
importable from here as one vocabulary.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields, is_dataclass
from functools import cache
from datetime import date, datetime
from typing import Any

from dialogs.actions import Action, Book, CancelVisit, FetchSlots, HandToStaff, RecordOptOut, SelectClient, Send, StopReminders
from dialogs.events import (
    BookingConfirmed, BookingFailed, ClientSelected, DeliveryFailed, Event, HandedBack, InboundText, KeyPress, PagePicked, PhoneShared,
    ReminderDue, SlotsFetched, StaffBooked, StaffCancelled, StaffOffered, StaffRecordedOptOut, StaffResolved, StaffTookOver, TimerFired,
    VisitCancelled,
)
from dialogs.names import HandOffReason, Intent, Stage, Template
from dialogs.visits import Booking, Slot, Unit, Window

__all__ = [
    "Action", "Book", "Booking", "BookingConfirmed", "BookingFailed", "CancelVisit", "ClientSelected", "DeliveryFailed", "DialogState", "Event",
    "FetchSlots", "HandOffReason", "HandToStaff", "HandedBack", "InboundText", "Intent", "KeyPress", "PagePicked", "PhoneShared", "RecordOptOut",
    "ReminderDue", "SelectClient", "Send", "Slot", "SlotsFetched", "StaffBooked", "StaffCancelled", "StaffOffered", "StaffRecordedOptOut",
    "StaffResolved", "StaffTookOver", "Stage", "StopReminders", "Template", "TimerFired", "Unit", "VisitCancelled", "Window", "first_name",
]


def first_name(full_name: str) -> str:
    """How the assistant addresses a client: the first word of the name Odoo has ('' when it has none)."""
    return full_name.split(" ")[0] if full_name else ""


@dataclass
class DialogState:
    client_name: str = ""
    locale: str = "en_CA"
    stage: Stage = Stage.NEW
    units: list[Unit] = field(default_factory=list)
    windows: list[Window] = field(default_factory=list)
    excluded: list[Window] = field(default_factory=list)
    offers: list[Slot] = field(default_factory=list)
    offered_at: datetime | None = None
    booking: Booking | None = None
    misunderstood: int = 0
    apology: str = ""  # said once with the next offer (e.g. the chosen slot was taken meanwhile)
    moving: bool = False  # searching for a new time for the booked visit, which stays booked meanwhile
    followed_up_at: datetime | None = None
    last_activity: datetime | None = None
    candidates: list[tuple[int, str]] = field(default_factory=list)  # clients sharing this phone: (partner id, name)
    chosen: Slot | None = None  # the option picked: read back for a key press on a call, then kept while it is booked
    urgent: bool = False  # the client reported danger or a unit failing in use: staff see it first until they act on it
    answered: list[str] = field(default_factory=list)  # questions answered from prompts/ once (asked again: a person answers)

    def to_json(self) -> dict[str, Any]:
        return _jsonable(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "DialogState":
        booking = data.get("booking")
        return cls(
            client_name=data.get("client_name", ""),
            locale=data.get("locale", "en_CA"),
            stage=Stage(data.get("stage", Stage.NEW)),
            units=[_unit(u) for u in data.get("units", [])],
            windows=[_window(w) for w in data.get("windows", [])],
            excluded=[_window(w) for w in data.get("excluded", [])],
            offers=[_slot(s) for s in data.get("offers", [])],
            offered_at=_dt(data.get("offered_at")),
            booking=Booking(booking["event_id"], _slot(booking["slot"])) if booking else None,
            misunderstood=data.get("misunderstood", 0),
            apology=data.get("apology", ""),
            moving=data.get("moving", False),
            followed_up_at=_dt(data.get("followed_up_at")),
            last_activity=_dt(data.get("last_activity")),
            candidates=[(c[0], c[1]) for c in data.get("candidates", [])],
            chosen=_slot(data["chosen"]) if data.get("chosen") else None,
            urgent=data.get("urgent", False),
            answered=list(data.get("answered", [])),
        )


def _jsonable(value: Any) -> Any:
    """The state as JSON values, walked once (dataclasses.asdict deep-copies every datetime first: a tenth of a
    turn's time went there)."""
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if is_dataclass(value) and not isinstance(value, type):
        return {name: _jsonable(getattr(value, name)) for name in _field_names(type(value))}
    return value


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _window(value: list[str]) -> Window:
    return (datetime.fromisoformat(value[0]), datetime.fromisoformat(value[1]))


def _unit(data: dict[str, Any]) -> Unit:
    return Unit(data["model"], data["id"], data["label"], data["serial"], date.fromisoformat(data["due_date"]), data.get("category"))


def _slot(data: dict[str, Any]) -> Slot:
    return Slot(
        datetime.fromisoformat(data["start"]),
        datetime.fromisoformat(data["end"]),
        data["technician_id"],
        data["technician_partner_id"],
        data["technician_name"],
    )
