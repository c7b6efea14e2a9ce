"""A morning in the inbox, made through the assistant itself against the sandbox Odoo: one conversation per group.

Used by the inbox tests and by `python -m tests.screenshots`."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from app.container import Services
from app.store.models import Conversation
from tests.conftest import NOW, Clock



@dataclass(frozen=True)
class Scenario:
    stalled: str  # phones, one per group
    handoff: str
    booked: str
    opted_out: str
    active: str
    ids: dict[str, int]  # conversation id by phone

    def id(self, phone: str) -> int:
        return self.ids[phone]


def populate(services: Services, clock: Clock) -> Scenario:
    """Remind everyone due, then: one client is offered times and goes quiet (a follow-up next day: stalled), one asks
    for a person, one books, one opts out, and the others have not answered yet."""
    english = [m.address for m in services.scan().sent if m.channel == "sms" and not m.body.startswith("Bonjour")]
    stalled, handoff, booked, opted_out, active = english[:5]
    say = services.assistant.handle_inbound
    say(stalled, "tomorrow afternoon", "scenario-1")
    say(handoff, "can someone call me about my scooter", "scenario-2")
    say(booked, "tomorrow afternoon", "scenario-3")
    say(booked, "1", "scenario-4")
    say(opted_out, "STOP", "scenario-5")
    clock.now = NOW + timedelta(hours=25)  # next day, 11:00: the quiet client gets one follow-up
    services.assistant.tick()
    with services.sessions() as session:
        ids = {phone: cid for cid, phone in session.query(Conversation.id, Conversation.phone)}
    return Scenario(stalled, handoff, booked, opted_out, active, ids)
