"""What the service keeps beside Odoo: conversations, every message, reminders sent, opt-outs and reminders stopped by
a client's words, slot claims, the trail owed to Odoo (hand-off activities, chatter transcripts), and the visits it
booked with the units each one serves.

Uniqueness lives in the database, not in check-then-insert code: an inbound provider id is stored once,
a reminder key (unit, due date, band) once, and a technician's slot start is claimed by one conversation.
"""
from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, ForeignKey, Index, Integer, Numeric, String, Text, TypeDecorator, UniqueConstraint, false
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class UtcDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes in, aware UTC datetimes out, whatever the database keeps."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store")
        return value.astimezone(timezone.utc).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        return value.replace(tzinfo=timezone.utc) if value is not None else None


class Base(DeclarativeBase):
    pass


class Conversation(Base):
    """One client's thread; `version` makes two workers acting on the same state at once detectable (one wins)."""

    __tablename__ = "conversations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    phone: Mapped[str] = mapped_column(String(320), index=True)  # E.164, or the email address of a client with no phone
    medium: Mapped[str] = mapped_column(String(8), server_default="sms")  # what the assistant starts goes by: sms|voice|email
    email: Mapped[str | None] = mapped_column(String(320))
    partner_id: Mapped[int | None] = mapped_column(Integer)
    locale: Mapped[str] = mapped_column(String(8))
    status: Mapped[str] = mapped_column(String(16), index=True)
    state: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    wake_at: Mapped[datetime | None] = mapped_column(UtcDateTime, index=True)  # when silence next moves it on (dialogs.manager.wakes_at)
    tz: Mapped[str | None] = mapped_column(String(64))  # the client's time zone (Odoo's), for quiet hours; None: the dealer's

    __mapper_args__ = {"version_id_col": version}


class Message(Base):
    __tablename__ = "messages"
    __table_args__ = (
        UniqueConstraint("channel", "direction", "provider_message_id", name="uq_messages_provider_id"),
        Index("ix_messages_outbox", "direction", "status", "next_attempt_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    conversation_id: Mapped[int | None] = mapped_column(ForeignKey("conversations.id"), index=True)
    reply_to_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id"), index=True)
    direction: Mapped[str] = mapped_column(String(3))  # "in" | "out"
    channel: Mapped[str] = mapped_column(String(16))
    address: Mapped[str] = mapped_column(String(320))
    body: Mapped[str] = mapped_column(Text)
    template: Mapped[str | None] = mapped_column(String(64))
    provider_message_id: Mapped[str | None] = mapped_column(String(128))
    status: Mapped[str] = mapped_column(String(16))  # in: received|processed; out: queued|sent|delivered|failed|...
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    # the outbox: a queued message is handed to its channel when next_attempt_at has passed (a lease while in hand)
    attempts: Mapped[int] = mapped_column(Integer, server_default="0", default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    subject: Mapped[str | None] = mapped_column(String(255))  # email only
    html: Mapped[str | None] = mapped_column(Text)  # email only


class Reminder(Base):
    __tablename__ = "reminders"
    __table_args__ = (UniqueConstraint("unit_model", "unit_id", "due_date", "band", name="uq_reminders_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_model: Mapped[str] = mapped_column(String(128))
    unit_id: Mapped[int] = mapped_column(Integer)
    due_date: Mapped[date] = mapped_column(Date)
    band: Mapped[int] = mapped_column(Integer)
    channel: Mapped[str] = mapped_column(String(8), server_default="sms")  # the medium it first went by; "staff": no channel reaches the client
    partner_id: Mapped[int] = mapped_column(Integer)
    conversation_id: Mapped[int | None] = mapped_column(ForeignKey("conversations.id"))  # the conversation that carries it
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    category: Mapped[str | None] = mapped_column(String(64))  # the unit's policy category when claimed (the funnel report's rows)


class OptOut(Base):
    __tablename__ = "opt_outs"

    phone: Mapped[str] = mapped_column(String(320), primary_key=True)  # or an email address that unsubscribed
    source: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class SlotClaim(Base):
    """Five minutes of a technician's time held by one conversation while its visit is booked in Odoo (a visit holds
    every cell it covers): two workers cannot both win a slot, nor two overlapping ones."""

    __tablename__ = "slot_claims"
    __table_args__ = (UniqueConstraint("technician_id", "start", name="uq_slot_claims_slot"), Index("ix_slot_claims_event", "event_id"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    technician_id: Mapped[int] = mapped_column(Integer)
    start: Mapped[datetime] = mapped_column(UtcDateTime)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id"))
    event_id: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class NotTextable(Base):
    """A number the carrier says cannot take texts (a landline): reminders reach it by voice."""

    __tablename__ = "not_textable"

    phone: Mapped[str] = mapped_column(String(32), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class TrailEntry(Base):
    """Something owed to Odoo's record of a conversation: a hand-off activity or a transcript for the client's chatter.

    Recorded in the same transaction as the status change that calls for it, written to Odoo afterwards; the key is
    unique per conversation, so a retried turn or a second worker records nothing twice. `claimed_until` lets one
    worker at a time write an entry; `upto_message_id` is the last message a transcript posted.
    """

    __tablename__ = "trail_entries"
    __table_args__ = (UniqueConstraint("conversation_id", "kind", "key", name="uq_trail_entries_key"), Index("ix_trail_entries_status", "status"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # "activity" | "transcript"
    key: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(String(128))  # why a person is needed, or the status the conversation reached
    urgent: Mapped[bool] = mapped_column(Boolean, server_default=false(), default=False)  # an activity for danger: its To-Do says URGENT
    status: Mapped[str] = mapped_column(String(16))  # pending | done | failed
    attempts: Mapped[int] = mapped_column(Integer, server_default="0")
    claimed_until: Mapped[datetime | None] = mapped_column(UtcDateTime)
    odoo_id: Mapped[int | None] = mapped_column(Integer)  # the mail.activity or mail.message written
    upto_message_id: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    done_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class ReminderStop(Base):
    """Reminders a client's own words stopped, without an opt-out (app/reminders/stops.py): a unit, a unit at one due
    date, a client or a phone, as `scope` and `key`; once each."""

    __tablename__ = "reminder_stops"
    __table_args__ = (UniqueConstraint("scope", "key", name="uq_reminder_stops_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    scope: Mapped[str] = mapped_column(String(8))  # unit | due | client | phone
    key: Mapped[str] = mapped_column(String(320))
    reason: Mapped[str] = mapped_column(String(32))  # the client's words: bereaved, no_longer_has_unit, wrong_number, already_serviced
    conversation_id: Mapped[int | None] = mapped_column(ForeignKey("conversations.id"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class Visit(Base):
    """A visit the service booked (the assistant or staff through the inbox): the `calendar.event` in Odoo, which units
    it serves and the draft quotation made for it. Odoo keeps the truth of the event (time, attendance); this row keeps
    what Odoo cannot link on its own: an event links one record, a visit may serve several units."""

    __tablename__ = "visits"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(Integer, unique=True)
    conversation_id: Mapped[int | None] = mapped_column(ForeignKey("conversations.id"), index=True)
    partner_id: Mapped[int] = mapped_column(Integer, index=True)
    start: Mapped[datetime] = mapped_column(UtcDateTime)
    status: Mapped[str] = mapped_column(String(16))  # booked | cancelled | attended | no_show (Odoo's attendance, as the scan sees it)
    sale_order_id: Mapped[int | None] = mapped_column(Integer)  # the draft quotation, when the policy prices visits
    quotation_amount: Mapped[float | None] = mapped_column(Numeric(12, 2, asdecimal=False))  # its untaxed total as Odoo computed it
    currency: Mapped[str | None] = mapped_column(String(3))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)


class VisitUnit(Base):
    """One unit a visit serves, with its policy category and the due date it answered."""

    __tablename__ = "visit_units"
    __table_args__ = (
        UniqueConstraint("visit_id", "unit_model", "unit_id", name="uq_visit_units_unit"), Index("ix_visit_units_unit", "unit_model", "unit_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visits.id"), index=True)
    unit_model: Mapped[str] = mapped_column(String(128))
    unit_id: Mapped[int] = mapped_column(Integer)
    category: Mapped[str | None] = mapped_column(String(64))
    due_date: Mapped[date | None] = mapped_column(Date)


class FollowUp(Base):
    """A visit the client missed (Odoo's `no_show`) that the assistant asked them about: one per event, the unique
    event id being the claim, so however many scans see the no-show the client hears of it once."""

    __tablename__ = "follow_ups"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(Integer, unique=True)
    partner_id: Mapped[int] = mapped_column(Integer, index=True)
    channel: Mapped[str] = mapped_column(String(8))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class JobRun(Base):
    """A once-a-day job done for a day (the daily scan): every worker runs the background loop, one of them does the job."""

    __tablename__ = "job_runs"

    job: Mapped[str] = mapped_column(String(32), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    finished_at: Mapped[datetime] = mapped_column(UtcDateTime)


class StaffSession(Base):
    """A staff member signed in to the inbox. The cookie holds only a random token; this row, found by the token's
    hash, holds who it is, so signing out (the row deleted) ends the session everywhere, copied cookies included."""

    __tablename__ = "staff_sessions"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    uid: Mapped[int] = mapped_column(Integer, index=True)  # the Odoo user
    name: Mapped[str] = mapped_column(String(255))
    login: Mapped[str] = mapped_column(String(255))
    phone: Mapped[str] = mapped_column(String(32))  # the phone RingOut rings first
    user_stamp: Mapped[str] = mapped_column(String(32))  # the Odoo user's write_date at sign-in: a password change moves it
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    checked_at: Mapped[datetime] = mapped_column(UtcDateTime)  # when Odoo last confirmed the user is unchanged
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
