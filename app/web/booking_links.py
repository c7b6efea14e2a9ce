"""The signed values of the booking page: links in emails, form ids and the times a form offers.

Who a link is for travels inside it, signed with FUSION_LINK_SECRET (itsdangerous): the page needs no login and no
lookup table, a link nobody signed opens nothing, and one past its days says so. Each kind of value has its own salt,
so none can stand in for another.
"""
from __future__ import annotations

import secrets
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

from dialogs.model import Slot

BOOK, STOP, FORM, SLOT = "book", "unsubscribe", "form", "slot"
FORM_MAX_AGE = timedelta(days=1)  # a page left open this long is read again before it books


class LinkExpired(Exception):
    """A genuine link past its days; `conversation_id` lets the page answer in the client's language."""

    def __init__(self, conversation_id: int | None) -> None:
        super().__init__("link expired")
        self.conversation_id = conversation_id


class LinkForged(Exception):
    """Not signed by us (tampered, truncated, or for another purpose)."""


class BookingLinks:
    def __init__(
        self, secret: str, public_url: str, max_age: timedelta, unsubscribe_max_age: timedelta,
        appointment_page: Callable[[], str | None] | None = None,
    ) -> None:
        self._serializer = URLSafeTimedSerializer(secret)
        self._base = public_url.rstrip("/")
        self._max_age = {BOOK: max_age, STOP: unsubscribe_max_age, FORM: FORM_MAX_AGE, SLOT: FORM_MAX_AGE}
        self._appointment_page = appointment_page

    def __call__(self, conversation_id: int, partner_id: int | None) -> str:
        """An email's booking link: Odoo's appointment page where it is wanted and installed, else our page."""
        page = self._appointment_page() if self._appointment_page else None
        return page or f"{self._base}/book/{self._dump(BOOK, {'c': conversation_id, 'p': partner_id})}"

    def unsubscribe(self, conversation_id: int) -> str:
        return f"{self._base}/unsubscribe/{self._dump(STOP, {'c': conversation_id})}"

    def conversation(self, token: str, purpose: str = BOOK) -> int:
        """The conversation a link of this purpose was made for; LinkExpired or LinkForged otherwise."""
        return _conversation_of(self._load(purpose, token))

    def form(self, conversation_id: int) -> str:
        """A fresh form id for a page of this conversation: signed, so a form can only come from a page we served."""
        return self._dump(FORM, {"c": conversation_id, "n": secrets.token_urlsafe(12)})

    def form_id(self, value: str, conversation_id: int) -> str:
        """The id of a form we served for this conversation (LinkExpired past a day: the page is read again)."""
        data = self._load(FORM, value)
        if _conversation_of(data) != conversation_id or not isinstance(data.get("n"), str):
            raise LinkForged("form of another conversation")
        return data["n"]

    def slot(self, slot: Slot) -> str:
        return self._dump(SLOT, [slot.technician_id, slot.technician_partner_id, slot.technician_name, slot.start.isoformat(), slot.end.isoformat()])

    def read_slot(self, value: str) -> Slot:
        """A time one of our pages offered, exactly as offered: a client cannot book a time we did not offer."""
        try:
            technician_id, partner_id, name, start, end = self._load(SLOT, value)
            return Slot(datetime.fromisoformat(start), datetime.fromisoformat(end), technician_id, partner_id, name)
        except (TypeError, ValueError) as exc:  # signed, but not in the shape this version signs
            raise LinkForged("not a slot") from exc

    def _dump(self, purpose: str, data: Any) -> str:
        return self._serializer.dumps(data, salt=purpose)

    def _load(self, purpose: str, value: str) -> Any:
        try:
            return self._serializer.loads(value, salt=purpose, max_age=int(self._max_age[purpose].total_seconds()))
        except SignatureExpired as exc:  # the signature was good: what it carries is ours
            data = self._serializer.load_payload(exc.payload) if exc.payload is not None else None
            raise LinkExpired(_conversation_of(data) if _names_conversation(data) else None) from exc
        except BadSignature as exc:
            raise LinkForged(str(exc)) from exc


def _names_conversation(data: Any) -> bool:
    return isinstance(data, dict) and type(data.get("c")) is int


def _conversation_of(data: Any) -> int:
    """The conversation a signed value names. A value signed in another shape (by an older version of this service:
    emails live for weeks) opens nothing rather than failing."""
    if not _names_conversation(data):
        raise LinkForged("no conversation in this value")
    return data["c"]
