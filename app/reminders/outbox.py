"""The outbox's retry rules: how long a failed send waits, how often it is tried, how long a send may be in hand.

The outbox itself is the `messages` table: every message is recorded (queued) before a channel sees it, so a
crash between the two leaves it queued and the retry loop sends it once the lease has passed.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta


@dataclass(frozen=True)
class RetryPolicy:
    max_attempts: int = 5  # then the message is given up and the conversation goes to staff
    first_wait: timedelta = timedelta(minutes=1)
    longest_wait: timedelta = timedelta(hours=1)
    lease: timedelta = timedelta(minutes=2)  # a send in hand this long is taken to have died with its worker

    def backoff(self, attempts: int) -> timedelta:
        """Exponential: 1, 2, 4 … minutes after the 1st, 2nd, 3rd … failed attempt, at most an hour."""
        return min(self.first_wait * 2 ** max(attempts - 1, 0), self.longest_wait)
