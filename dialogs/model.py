"""The dialog's vocabulary: what it knows (state), what happens to it (events), what it asks for (actions).

Plain data, serialisable to JSON, so the state survives restarts and the manager stays free of I/O.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields, is_dataclass
from functools import cache
from datetime import date, datetime
from enum import StrEnum
from typing import Any

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


def first_name(full_name: str) -> str:
    """How the assistant addresses a client: the first word of the name Odoo has ('' when it has none)."""
    return full_name.split(" ")[0] if full_name else ""


class Stage(StrEnum):
    """Where a conversation stands. The value is what the store keeps (in the state's JSON), so it never changes."""

    NEW = "new"
    WHICH_CLIENT = "which_client"
    REMINDED = "reminded"
    SEARCHING = "searching"
    OFFERED = "offered"
    CONFIRM_CHOICE = "confirm_choice"
    BOOKING = "booking"
    BOOKED = "booked"
    CONFIRM_CANCEL = "confirm_cancel"
    HANDOFF = "handoff"
    OPTED_OUT = "opted_out"
    CLOSED = "closed"


class Intent(StrEnum):
    """What a client's reply means, as `dialogs.understand` names it (`Understanding.intent`, a plain string equal to these)."""

    STOP = "stop"
    HELP = "help"
    HUMAN = "human"
    URGENT = "urgent"
    BEREAVED = "bereaved"
    NO_LONGER_HAS_UNIT = "no_longer_has_unit"
    WRONG_NUMBER = "wrong_number"
    PRICE_QUESTION = "price_question"
    ALREADY_SERVICED = "already_serviced"
    YES = "yes"
    NO = "no"
    CANCEL = "cancel"
    RESCHEDULE = "reschedule"
    CHOOSE = "choose"
    WHEN = "when"
    UNKNOWN = "unknown"


class Template(StrEnum):
    """What the dialog says: each value names a file under prompts/<medium>/<locale>/ and is recorded with the message."""

    REMINDER = "reminder"
    MISSED_VISIT = "missed_visit"
    WHICH_CLIENT = "which_client"
    ASK_WHEN = "ask_when"
    ASK_PREFERENCE = "ask_preference"
    ASK_NEW_TIME = "ask_new_time"
    OFFER = "offer"
    NO_SLOTS = "no_slots"
    CHOICE_OUT_OF_RANGE = "choice_out_of_range"
    CONFIRM_CHOICE = "confirm_choice"
    FOLLOW_UP = "follow_up"
    BOOKED = "booked"
    MOVED = "moved"
    ALREADY_BOOKED = "already_booked"
    KEPT = "kept"
    CONFIRM_CANCEL = "confirm_cancel"
    CANCELLED = "cancelled"
    DECLINED = "declined"
    NOT_UNDERSTOOD = "not_understood"
    HELP = "help"
    HANDOFF = "handoff"
    OPTED_OUT = "opted_out"
    URGENT = "urgent"
    BEREAVED = "bereaved"
    NO_LONGER_HAS_UNIT = "no_longer_has_unit"
    WRONG_NUMBER = "wrong_number"
    PRICE_ANSWER = "price_answer"
    ALREADY_SERVICED_ANSWER = "already_serviced_answer"


class HandOffReason(StrEnum):
    """Why a person is needed, as staff read it (the inbox, Odoo's To-Do) and as the store and metrics keep it."""

    CLIENT_ASKS_FOR_A_PERSON = "client asked for a person"  # a hand-off the app may answer with a call from staff
    URGENT = "urgent: danger or equipment failing in use"
    BEREAVED = "the client has died"
    NO_LONGER_HAS_UNIT = "the client no longer has the equipment"
    WRONG_NUMBER = "wrong number: the phone is not the client's"
    PRICE_QUESTION = "the client asks about the price"
    ALREADY_SERVICED = "the client says the equipment was already serviced"
    OPTED_OUT_CLIENT_WROTE = "message from a client who opted out"
    NOT_UNDERSTOOD = "replies not understood"
    WHICH_CLIENT = "could not tell which client shares this phone"
    SILENT = "no reply after a follow-up"
    UNDELIVERABLE = "messages could not be delivered"
    BOOKING_FAILED = "booking failed"  # followed by ': ' and why (BookingFailed.reason)


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


# events
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
    ReminderDue | InboundText | KeyPress | SlotsFetched | BookingConfirmed | BookingFailed | VisitCancelled | TimerFired
    | PhoneShared | ClientSelected | StaffTookOver | HandedBack | DeliveryFailed | StaffOffered | StaffBooked | StaffCancelled
    | StaffResolved | StaffRecordedOptOut
)


# actions
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
