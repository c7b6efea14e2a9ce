"""Jobs in PostgreSQL through procrastinate: any number of workers (`serve`, `fusion-assist worker`) share them.

Two procrastinate apps on one database: a synchronous one that defers (from web threads, the scan, and jobs that
schedule their own retry), and the asynchronous one the worker runs. Tasks are deferred by name, so the deferring
side needs no task objects. The schema is applied by our Alembic migration 0009.

A send that fails is not retried by procrastinate: the message row counts its attempts and holds the backoff
(app/reminders/outbox.py), and the delivery job defers the next attempt for that time itself, so a job and the
outbox sweep agree on one schedule. A job a killed worker left `doing` is retried by `retry_stalled_jobs`; it
finds its message either sent, in hand (the lease), or due, and acts accordingly.

Each kind of job has a queue of its own (QUEUES), so an operator can give sends workers that slow Odoo writes never
hold up (`fusion-assist worker --queues outbound,inbound`); a worker given no queues runs them all.
"""
from __future__ import annotations

import contextlib
import logging
from datetime import datetime, timezone

from procrastinate import App, PsycopgConnector, SyncPsycopgConnector
from procrastinate.exceptions import AlreadyEnqueued
from sqlalchemy.engine import make_url

from app.jobs import Work

log = logging.getLogger(__name__)

DELIVER, PROCESS_INBOUND, WRITE_TRAIL = "fusion.deliver", "fusion.process_inbound", "fusion.write_trail"
DAILY_SCAN, RETRY_STALLED = "fusion.daily_scan", "fusion.retry_stalled_jobs"
SCAN_TICK = "*/15 * * * *"  # every quarter hour (UTC): exactly one tick falls in the quarter hour after daily_scan_at
STALLED_TICK = "*/5 * * * *"
OUTBOUND, INBOUND, TRAIL, PERIODIC = "outbound", "inbound", "trail", "periodic"  # periodic: the scan, stalled-job retries
QUEUES = (OUTBOUND, INBOUND, TRAIL, PERIODIC)


def conninfo(database_url: str) -> str:
    """libpq's form of the store's SQLAlchemy URL (postgresql+psycopg://… → postgresql://…)."""
    return make_url(database_url).set(drivername="postgresql").render_as_string(hide_password=False)


class ProcrastinateJobs:
    schedules_scan = True  # a periodic task, deferred once per tick however many workers run

    def __init__(self, database_url: str, concurrency: int) -> None:
        self._conninfo = conninfo(database_url)
        self._concurrency = max(concurrency, 1)
        self._work: Work | None = None
        self._deferrer = App(connector=SyncPsycopgConnector(conninfo=self._conninfo, min_size=1, max_size=4))
        self._deferrer.open()
        self.app = self._worker_app()

    def start(self, work: Work) -> None:
        self._work = work

    def deliver(self, message_id: int, at: datetime | None = None) -> bool:
        """At most one waiting job per message (a queueing lock): a second one, from a job that found the message in
        another's hand, would only find it done."""
        deferrer = self._deferrer.configure_task(DELIVER, queue=OUTBOUND, schedule_at=at, queueing_lock=f"deliver-{message_id}")
        with contextlib.suppress(AlreadyEnqueued):
            deferrer.defer(message_id=message_id)
        return False

    def process_inbound(self, message_id: int) -> None:
        self._deferrer.configure_task(PROCESS_INBOUND, queue=INBOUND).defer(message_id=message_id)

    def write_trail(self, conversation_id: int) -> None:
        """One waiting job per conversation is enough: it writes everything the conversation owes by then."""
        deferrer = self._deferrer.configure_task(WRITE_TRAIL, queue=TRAIL, queueing_lock=f"trail-{conversation_id}")
        with contextlib.suppress(AlreadyEnqueued):
            deferrer.defer(conversation_id=conversation_id)

    def _deliver_here(self, message_id: int) -> None:
        """One attempt in this thread; a failed send's next attempt (or one held by quiet hours) is queued for its time."""
        again = self._assigned().deliver(message_id)
        if again is not None:
            self.deliver(message_id, again)

    def close(self) -> None:
        self._deferrer.close()

    def run_worker(self, queues: list[str] | None = None) -> None:
        """Run the jobs of `queues` (None: all) until SIGINT/SIGTERM (a second signal, or SIGKILL, leaves jobs for
        `retry_stalled_jobs`). Every worker defers the periodic jobs, whichever queues it runs."""
        self.app.run_worker(**self._worker_options(), queues=queues)

    async def run_worker_async(self, wait: bool = True) -> None:
        """Run jobs inside an event loop that is already running (serve's); `wait=False`: until the queue is empty."""
        async with self.app.open_async():
            await self.app.run_worker_async(**self._worker_options(), install_signal_handlers=False, wait=wait)

    def _worker_options(self) -> dict[str, object]:
        return {"concurrency": self._concurrency, "delete_jobs": "successful", "name": "fusion"}

    def _assigned(self) -> Work:
        if self._work is None:
            raise RuntimeError("jobs run before the assistant was built")
        return self._work

    def _worker_app(self) -> App:
        app = App(connector=PsycopgConnector(conninfo=self._conninfo, min_size=1, max_size=self._concurrency + 2))

        @app.task(name=DELIVER, queue=OUTBOUND)
        def deliver(message_id: int) -> None:
            self._deliver_here(message_id)

        @app.task(name=PROCESS_INBOUND, queue=INBOUND)
        def process_inbound(message_id: int) -> None:
            self._assigned().process_inbound(message_id)

        @app.task(name=WRITE_TRAIL, queue=TRAIL)
        def write_trail(conversation_id: int) -> None:
            self._assigned().write_trail(conversation_id)

        @app.periodic(cron=SCAN_TICK, periodic_id="daily-scan")
        @app.task(name=DAILY_SCAN, queue=PERIODIC, queueing_lock="daily-scan")
        def daily_scan(timestamp: int) -> None:
            self._assigned().scheduled_scan(datetime.fromtimestamp(timestamp, timezone.utc))

        @app.periodic(cron=STALLED_TICK, periodic_id="retry-stalled")
        @app.task(name=RETRY_STALLED, queue=PERIODIC, queueing_lock="retry-stalled")
        async def retry_stalled_jobs(timestamp: int) -> None:
            for job in await app.job_manager.get_stalled_jobs():
                log.warning("job %s (%s) stalled with its worker; retrying", job.id, job.task_name)
                await app.job_manager.retry_job(job)

        return app
