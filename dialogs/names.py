"""The fixed names the dialog shares with the service and the store: where a conversation stands, what a reply means,
what the dialog says and why a person is needed. Their values are stored and recorded, so they never change."""
from __future__ import annotations

from enum import StrEnum


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
