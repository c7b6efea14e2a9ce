"""The durable queue: outbound sends, inbound texts processed after the webhook's answer, Odoo's trail (transcripts,
hand-off activities), and the daily scan.

Jobs carry ids only; the store's rows stay the truth (a message is recorded before any job is queued for it), so a
job run twice, or lost, changes nothing: the outbox sweep (`retry_sends`, `retry_pending`) is the safety net.
PostgreSQL runs them through procrastinate (workers in `serve` or in `fusion-assist worker`); SQLite in-process.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol


@dataclass(frozen=True)
class Work:
    """What a job does, by id: the assistant's side of the queue, given once the assistant is built."""

    deliver: Callable[[int], datetime | None]  # one attempt at a recorded message; when to try again, if ever
    process_inbound: Callable[[int], object]  # a stored inbound text through the dialog
    write_trail: Callable[[int], object]  # what a conversation owes Odoo's chatter and activities
    scheduled_scan: Callable[[datetime], bool]  # the daily scan, when this quarter-hour tick is the one at its hour


class Jobs(Protocol):
    """Where the assistant hands work after committing it."""

    schedules_scan: bool  # True: the queue runs the daily scan itself (serve's loop leaves it alone)

    def start(self, work: Work) -> None:
        """Begin running jobs with `work` (before this, jobs only wait)."""

    def deliver(self, message_id: int, at: datetime | None = None) -> bool:
        """Send a recorded message now, or from `at`; True when it was attempted before returning (run inline). A
        reply to a client is not queued: its turn sends it (app/assistant/core.py), and queues only a retry."""

    def process_inbound(self, message_id: int) -> None:
        """Process a stored inbound text."""

    def write_trail(self, conversation_id: int) -> None:
        """Write what a conversation owes Odoo (its entries are committed; what is not written stays pending)."""

    def close(self) -> None:
        """Finish what this process started, then let go of threads and connections."""


def jobs_for(database_url: str, concurrency: int) -> Jobs:
    """procrastinate on PostgreSQL; on SQLite, this process's threads. `concurrency` 0, on either: each job at once
    in the thread that queued it (the tests, which see every effect when a call returns; a terminal chat)."""
    if database_url.startswith("postgresql") and concurrency > 0:
        from app.jobs.procrastinate_jobs import ProcrastinateJobs

        return ProcrastinateJobs(database_url, concurrency)
    from app.jobs.in_process import InProcessJobs

    return InProcessJobs(concurrency)
