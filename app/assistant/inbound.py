"""Inbound messages: stored once, committed before any dialog work (an Odoo outage never loses one), and a provider's
retried delivery told apart from new work, so each text is turned on once whichever worker gets it."""
from __future__ import annotations

import logging
from datetime import datetime

from sqlalchemy.orm import Session

from app import metrics
from app.phones import mask
from app.store import repository as repo
from app.store.models import Conversation, Message
from dialogs.model import Event, InboundText, KeyPress

log = logging.getLogger(__name__)


def store_once(session: Session, now: datetime, phone: str, body: str, provider_message_id: str, medium: str, keypress: bool) -> Message | None:
    """Commit one inbound text (keys pressed on a call kept as such); None for a provider's repeat, stored already."""
    inbound = repo.record_inbound(session, medium, phone, body, provider_message_id, now, "keypress" if keypress else None)
    metrics.INBOUND.labels(medium, "duplicate" if inbound is None else "keypress" if keypress else "text").inc()
    if inbound is None:
        log.info("duplicate inbound %s from %s ignored", provider_message_id, mask(phone))
    session.commit()
    return inbound


def to_turn_on(session: Session, stored: Message | None, medium: str, provider_message_id: str) -> tuple[Message | None, list[Message]]:
    """Under the client's lock: the text this caller turns on, or (None) the replies it answers with instead. A repeat
    gets the replies of the first delivery, whichever worker did the work; a text kept while Odoo is away has its
    holding reply, and the retry loop finishes it."""
    if stored is not None:
        session.refresh(stored)  # a provider's repeat, on another worker, may have had the lock first
    inbound = stored or repo.inbound_by_provider_id(session, medium, provider_message_id)
    if inbound is None:
        return None, []
    if stored is None or inbound.status != "received":  # a repeat, or a repeat that had the lock first
        replies = repo.replies_to(session, inbound.id)
        if inbound.status != "received" or replies:
            return None, replies
    return inbound, []


def link(inbound: Message, conversation: Conversation) -> None:
    """The text belongs to the conversation, and what the assistant starts next goes where the client last answered
    (not to the booking page, where nothing can be started)."""
    inbound.conversation_id = conversation.id
    if inbound.channel != "web":
        conversation.medium = inbound.channel


def event_for(inbound: Message) -> Event:
    """What the client did: keys pressed on a call, or words (typed, or said on a call and transcribed)."""
    if inbound.template == "keypress":
        return KeyPress(inbound.body)
    return InboundText(inbound.body, on_call=inbound.channel == "voice")
