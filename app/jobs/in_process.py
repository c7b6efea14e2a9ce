"""Jobs on this process's threads, for the SQLite store (one process: `serve`, a cron scan, the demo), or inline.

A delivery due later (a retry's backoff, the end of quiet hours) is not held here: the message row says when, and
serve's loop (`retry_sends`) sends it then. Jobs a crash loses are found by the same loop.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime

from app.jobs import Work

log = logging.getLogger(__name__)


class InProcessJobs:
    schedules_scan = False  # serve's loop runs the daily scan

    def __init__(self, threads: int) -> None:
        self._pool = ThreadPoolExecutor(threads, thread_name_prefix="job") if threads > 0 else None
        self._work: Work | None = None
        self._outstanding = 0
        self._idle = threading.Condition()

    def start(self, work: Work) -> None:
        self._work = work

    def deliver(self, message_id: int, at: datetime | None = None) -> bool:
        if at is not None:
            return False  # the outbox loop sends it when its next attempt is due
        return self._run(lambda work: work.deliver(message_id), "deliver", message_id)

    def process_inbound(self, message_id: int) -> None:
        self._run(lambda work: work.process_inbound(message_id), "process_inbound", message_id)

    def write_trail(self, conversation_id: int) -> None:
        self._run(lambda work: work.write_trail(conversation_id), "write_trail", conversation_id)

    def join(self) -> None:
        """Wait until every job queued so far (and those they queued) has run."""
        with self._idle:
            self._idle.wait_for(lambda: self._outstanding == 0)

    def close(self) -> None:
        self.join()
        if self._pool is not None:
            self._pool.shutdown()

    def _run(self, job: Callable[[Work], object], name: str, row_id: int) -> bool:
        """Inline without a pool (True: done when this returns), else on a pool thread. A job that fails or finds no
        worker leaves its row for the outbox loop."""
        if self._work is None:
            return False
        work = self._work
        if self._pool is None:
            self._guarded(job, work, name, row_id)
            return True
        with self._idle:
            self._outstanding += 1
        try:
            self._pool.submit(self._counted, job, work, name, row_id)
        except RuntimeError:  # shut down: the loop of the next start picks it up
            self._done()
        return False

    def _counted(self, job: Callable[[Work], object], work: Work, name: str, row_id: int) -> None:
        try:
            self._guarded(job, work, name, row_id)
        finally:
            self._done()

    def _done(self) -> None:
        with self._idle:
            self._outstanding -= 1
            self._idle.notify_all()

    @staticmethod
    def _guarded(job: Callable[[Work], object], work: Work, name: str, row_id: int) -> None:
        try:
            job(work)
        except Exception:  # the row stays as it was; the outbox loop retries it
            log.exception("job %s for %s failed", name, row_id)
