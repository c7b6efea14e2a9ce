"""How the dialog behaves where operations may choose: how many offers, how long it waits, which questions it answers."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from dialogs.understand import DayParts


@dataclass(frozen=True)
class DialogPolicy:
    """Knobs operations may turn without touching the flow."""

    offers: int = 3
    search_days: int = 14
    offer_valid_for: timedelta = timedelta(hours=4)
    misunderstood_before_handoff: int = 2
    follow_up_after: timedelta = timedelta(hours=24)  # no reply to an offer: one follow-up text
    hand_off_after: timedelta = timedelta(hours=24)  # still no reply this long after the follow-up: a person takes over
    expire_after: timedelta = timedelta(days=14)  # a conversation nobody touched this long is closed
    resume_booking_after: timedelta = timedelta(minutes=2)  # still `booking` this long after the choice: a crash cut it off
    day_parts: DayParts = DayParts()
    answers: frozenset[str] = field(default_factory=frozenset)  # questions (fallbacks.QUESTIONS) the dealer answers in prompts/; others go to staff
