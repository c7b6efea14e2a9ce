"""The durable queue (app/jobs) on each store: procrastinate workers on PostgreSQL, the process's threads on SQLite.

Each recorded message is delivered once by its job; a failed send is retried after its backoff until it is given up
to staff; a job for a message already sent sends nothing; the scan only records and queues, workers send; a worker
killed holding a send leaves the message to be sent once by the next; `fusion-assist worker` serves its own metrics
and runs only the queues it is given."""
from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

import httpx
import odoorpc
import psycopg
import pytest
from typer.testing import CliRunner

from app.channels.base import Outgoing
from app.channels.console import ConsoleChannel
from app.cli import cli
from app.container import Services, build_services
from app.jobs.in_process import InProcessJobs
from app.jobs.procrastinate_jobs import ProcrastinateJobs, conninfo
from app.reminders.outbox import RetryPolicy
from app.serving import free_port
from app.store.models import Conversation, Message
from odoo_sandbox import BOT_LOGIN, BOT_PASSWORD
from tests.conftest import NOW, Clock, eventually, settings_for
from tests.test_observability import scrape
from tests.test_outbox import FlakySms
from tests.test_trail import activities

UNKNOWN = "+14165550199"  # no client has this number: one reply, and a hand-off


class ThreadedSms(ConsoleChannel):
    """Keeps the name of the thread each text was sent from."""

    def __init__(self) -> None:
        super().__init__("sms")
        self.threads: list[str] = []

    def send(self, message: Outgoing) -> str:
        self.threads.append(threading.current_thread().name)
        return super().send(message)


@pytest.fixture
def build(odoo_url: str, tmp_path: Path, store_url: str) -> Iterator[Callable[[Clock, ConsoleChannel], Services]]:
    built: list[Services] = []

    def make(clock: Clock, sms: ConsoleChannel) -> Services:
        settings = settings_for(odoo_url, tmp_path, database_url=store_url, job_concurrency=2)
        services = build_services(settings, clock=clock, channels={"sms": sms})
        built.append(services)
        return services

    yield make
    for services in built:
        services.close()


def run_jobs(services: Services) -> None:
    """Run every job that is due: a worker until the queue is empty (PostgreSQL), the job threads (SQLite)."""
    if isinstance(services.jobs, ProcrastinateJobs):
        asyncio.run(services.jobs.run_worker_async(wait=False))
    else:
        assert isinstance(services.jobs, InProcessJobs)
        services.jobs.join()


def let_time_pass(services: Services, clock: Clock, by: timedelta) -> None:
    """Move the service's clock, and make the jobs it scheduled meanwhile due (PostgreSQL's own clock stands
    still for the test); then run what is due: the queue's jobs, and serve's outbox loop, the safety net."""
    clock.now += by
    if isinstance(services.jobs, ProcrastinateJobs):
        with psycopg.connect(conninfo(services.settings.database_url), autocommit=True) as db:
            db.execute("UPDATE procrastinate_jobs SET scheduled_at = now() WHERE status = 'todo' AND scheduled_at > now()")
    run_jobs(services)
    services.assistant.outbox.retry_sends()


def stored(services: Services, message_id: int) -> Message:
    with services.sessions() as session:
        return session.get(Message, message_id)


def queued_jobs(services: Services, task: str) -> int:
    with psycopg.connect(conninfo(services.settings.database_url)) as db:
        return db.execute("SELECT count(*) FROM procrastinate_jobs WHERE task_name = %s AND status = 'todo'", (task,)).fetchone()[0]


STAFF_TEXT = "Someone from our office will call you this afternoon."


def queued_staff_reply(services: Services) -> int:
    """A message that goes through the queue (staff's, not a reply in a client's turn): the id of its row."""
    services.assistant.handle_inbound(UNKNOWN, "hello?", "SM-staff-1")  # an unknown number: handed to staff
    with services.sessions() as session:
        conversation_id = session.query(Conversation.id).filter(Conversation.phone == UNKNOWN).scalar()
    return services.assistant.staff.reply(conversation_id, STAFF_TEXT).id


def test_a_reply_leaves_from_its_turn_once_and_a_job_replayed_for_it_sends_nothing(build: Callable[[Clock, ConsoleChannel], Services]) -> None:
    """A reply is sent by the turn that wrote it (no queue hop while the client waits); the row stays the truth, so a
    delivery job for it (replayed, or from another worker) and the outbox sweep find it sent."""
    sms = ThreadedSms()
    services = build(Clock(), sms)
    [reply] = services.assistant.handle_inbound(UNKNOWN, "hello?", "SM-queue-1")
    assert [(m.to, m.body) for m in sms.sent] == [(UNKNOWN, reply)]  # before any worker ran
    assert sms.threads == [threading.main_thread().name]
    with services.sessions() as session:
        [message] = session.query(Message).filter(Message.direction == "out").all()
    services.jobs.deliver(message.id)
    run_jobs(services)
    services.assistant.outbox.retry_sends()
    assert [(m.to, m.body) for m in sms.sent] == [(UNKNOWN, reply)]
    assert stored(services, message.id).status == "sent" and stored(services, message.id).attempts == 1


def test_what_a_conversation_owes_odoo_is_written_by_a_job(build: Callable[[Clock, ConsoleChannel], Services], odoo: odoorpc.ODOO) -> None:
    services = build(Clock(), ConsoleChannel("sms"))
    [company] = odoo.env["res.company"].search_read([], ["partner_id"], limit=1)
    services.assistant.handle_inbound(UNKNOWN, "hello?", "SM-queue-7")  # a hand-off: staff get a to-do in Odoo
    if isinstance(services.jobs, ProcrastinateJobs):
        assert activities(odoo, "res.partner", company["partner_id"][0]) == []  # owed, queued: no worker ran yet
    run_jobs(services)
    run_jobs(services)
    [activity] = activities(odoo, "res.partner", company["partner_id"][0])
    assert UNKNOWN in activity["note"]


def test_a_failed_send_is_retried_after_its_backoff_then_given_up_to_staff(build: Callable[[Clock, ConsoleChannel], Services]) -> None:
    clock, sms = Clock(), FlakySms()
    services = build(clock, sms)
    services.assistant.handle_inbound(UNKNOWN, "hello?", "SM-queue-3")
    run_jobs(services)
    with services.sessions() as session:
        message = session.query(Message).filter(Message.direction == "out").one()
    assert (stored(services, message.id).status, stored(services, message.id).attempts, sms.attempts) == ("queued", 1, 1)
    let_time_pass(services, clock, timedelta(seconds=30))
    assert sms.attempts == 1  # not before its backoff
    for attempt in range(2, RetryPolicy().max_attempts + 1):
        let_time_pass(services, clock, RetryPolicy().backoff(attempt - 1) + timedelta(seconds=1))
        assert (stored(services, message.id).attempts, sms.attempts) == (attempt, attempt)
    let_time_pass(services, clock, timedelta(hours=1, seconds=1))
    after = stored(services, message.id)
    assert (after.status, after.attempts, sms.attempts) == ("failed", RetryPolicy().max_attempts, RetryPolicy().max_attempts)
    with services.sessions() as session:
        assert session.get(Conversation, after.conversation_id).status == "handoff"
    sms.down = False
    let_time_pass(services, clock, timedelta(hours=1))
    assert sms.sent == []


def test_a_retry_due_at_night_waits_for_the_morning(build: Callable[[Clock, ConsoleChannel], Services]) -> None:
    clock, sms = Clock(), FlakySms()
    services = build(clock, sms)
    services.assistant.handle_inbound(UNKNOWN, "hello?", "SM-queue-4")
    run_jobs(services)
    sms.down = False
    clock.now = NOW.replace(hour=19, minute=59, second=59)
    let_time_pass(services, clock, timedelta(seconds=2))  # 20:00:01, quiet: the retry is held
    assert sms.sent == []
    let_time_pass(services, clock, timedelta(hours=13))  # 09:00:01 the next morning
    assert [m.to for m in sms.sent] == [UNKNOWN]


def test_the_scans_sends_go_through_the_queue(build: Callable[[Clock, ConsoleChannel], Services]) -> None:
    sms = ThreadedSms()
    services = build(Clock(), sms)
    report = services.scan()
    texts = [m for m in report.sent if m.channel == "sms"]
    assert texts
    if isinstance(services.jobs, ProcrastinateJobs):  # the scan only recorded and queued them: no worker ran yet
        assert sms.sent == [] and all(stored(services, m.id).status == "queued" for m in report.sent)
        assert queued_jobs(services, "fusion.deliver") == len(report.sent)
    run_jobs(services)
    assert sorted(m.to for m in sms.sent) == sorted(m.address for m in texts)  # each once
    assert all(stored(services, m.id).status == "sent" for m in texts)
    assert all(name != threading.main_thread().name for name in sms.threads)


def test_a_worker_killed_holding_a_send_leaves_it_to_the_next_worker_once(odoo_url: str, tmp_path: Path, postgres_url: str) -> None:
    clock, sms = Clock(), ConsoleChannel("sms")
    services = build_services(settings_for(odoo_url, tmp_path, database_url=postgres_url, job_concurrency=1), clock=clock, channels={"sms": sms})
    try:
        message_id = queued_staff_reply(services)
        (tmp_path / "doomed").mkdir()
        doomed = subprocess.Popen(
            [sys.executable, "-m", "tests.queue_worker", odoo_url, postgres_url, str(tmp_path / "doomed")],
            cwd=Path(__file__).resolve().parents[1], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        eventually(lambda: stored(services, message_id).attempts == 1)  # taken: the provider has the request
        os.kill(doomed.pid, signal.SIGKILL)
        doomed.wait()
        assert stored(services, message_id).status == "queued"

        run_jobs(services)  # the job is stuck `doing` with its dead worker: nothing runs it yet
        assert [m for m in sms.sent if m.body == STAFF_TEXT] == []

        async def retry_stalled() -> None:  # what the periodic `fusion.retry_stalled_jobs` does, without its wait
            async with services.jobs.app.open_async():
                for job in await services.jobs.app.job_manager.get_stalled_jobs(seconds_since_heartbeat=0):
                    await services.jobs.app.job_manager.retry_job(job)

        asyncio.run(retry_stalled())
        clock.now += RetryPolicy().lease + timedelta(seconds=1)  # the dead worker's lease on the message runs out
        run_jobs(services)
        services.assistant.outbox.retry_sends()
        assert [m.to for m in sms.sent if m.body == STAFF_TEXT] == [UNKNOWN]
        assert (stored(services, message_id).status, stored(services, message_id).attempts) == ("sent", 2)
    finally:
        services.close()


def test_serve_on_postgresql_runs_the_queue_unless_workers_do(odoo_url: str, tmp_path: Path, postgres_url: str) -> None:
    from app.serving import ServerThread
    from app.web.app import create_app

    sms = ConsoleChannel("sms")
    services = build_services(settings_for(odoo_url, tmp_path, database_url=postgres_url, job_concurrency=2), clock=Clock(), channels={"sms": sms})
    assert isinstance(services.jobs, ProcrastinateJobs)  # staff's text waits in PostgreSQL for serve's own worker
    try:
        with ServerThread(create_app(services)) as server, httpx.Client(base_url=server.url, timeout=30) as client:
            [reply] = client.post("/console/sms", json={"from": UNKNOWN, "body": "hello?"}).json()["replies"]
            assert [(m.to, m.body) for m in sms.sent] == [(UNKNOWN, reply)]  # the reply left from its turn
            queued_staff_reply(services)
            eventually(lambda: [(m.to, m.body) for m in sms.sent] == [(UNKNOWN, reply), (UNKNOWN, STAFF_TEXT)])
    finally:
        services.close()


@contextmanager
def worker_command(odoo_url: str, postgres_url: str, folder: Path, *options: str, **env: str) -> Iterator[None]:
    """`fusion-assist worker OPTIONS` in a process of its own (console channels, one job at a time), stopped with
    SIGTERM after the block: it must then finish and exit cleanly."""
    env = {
        **os.environ, "FUSION_ODOO_URL": odoo_url, "FUSION_ODOO_LOGIN": BOT_LOGIN, "FUSION_ODOO_PASSWORD": BOT_PASSWORD,
        "FUSION_DATABASE_URL": postgres_url, "FUSION_QUIET_HOURS_ENFORCED": "false",
        "FUSION_DAILY_SCAN_AT": "null",  # the queue's tick would scan on a run at 10:00 Toronto time
        "FUSION_JOB_CONCURRENCY": "1", **env,
    }
    with (folder / "worker.log").open("w+") as log:
        worker = subprocess.Popen(
            [str(Path(sys.executable).parent / "fusion-assist"), "worker", *options], env=env, cwd=folder, stdout=log, stderr=log,
        )
        try:
            yield
        finally:
            worker.send_signal(signal.SIGTERM)
            worker.wait(timeout=30)
        log.seek(0)
        assert worker.returncode == 0, log.read()[-2000:]


def test_the_worker_command_runs_the_queue_and_serves_its_metrics_until_told_to_stop(odoo_url: str, tmp_path: Path, postgres_url: str) -> None:
    services = build_services(settings_for(odoo_url, tmp_path, database_url=postgres_url, job_concurrency=1), clock=Clock())
    try:
        message_id = queued_staff_reply(services)  # a text to send; a hand-off for Odoo
        assert stored(services, message_id).status == "queued"
        port, folder = free_port(), tmp_path / "metrics"
        folder.mkdir()  # as the compose file's tmpfs: PROMETHEUS_MULTIPROC_DIR exists before the worker starts
        with worker_command(odoo_url, postgres_url, tmp_path, FUSION_WORKER_METRICS_PORT=str(port), PROMETHEUS_MULTIPROC_DIR=str(folder)):
            eventually(lambda: stored(services, message_id).status == "sent")  # by the console channel of that process
            with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=10) as client:

                def counted(name: str, **labels: str) -> float:  # summed over the labels not named
                    return sum(value for (n, pairs), value in scrape(client).items() if n == name and set(labels.items()) <= pairs)

                eventually(lambda: counted("fusion_outbound_messages_total", channel="sms", outcome="sent") == 1)
                eventually(lambda: counted("fusion_odoo_call_seconds_count") > 0)  # the hand-off's trail, written by the worker
        assert list(folder.glob("counter_*.db"))  # counted in multiprocess mode, in the worker's directory
    finally:
        services.close()


def test_a_worker_given_some_queues_leaves_the_other_queues_jobs_alone(odoo_url: str, tmp_path: Path, postgres_url: str, odoo: odoorpc.ODOO) -> None:
    services = build_services(settings_for(odoo_url, tmp_path, database_url=postgres_url, job_concurrency=1), clock=Clock())
    try:
        [company] = odoo.env["res.company"].search_read([], ["partner_id"], limit=1)
        reminders = services.scan().sent  # texts to send, queued
        services.assistant.handle_inbound(UNKNOWN, "hello?", "SM-queue-8")  # then a hand-off for Odoo
        with psycopg.connect(conninfo(postgres_url)) as db:
            jobs = dict(db.execute("SELECT queue_name, min(id) FROM procrastinate_jobs WHERE status = 'todo' GROUP BY queue_name").fetchall())
        assert set(jobs) == {"outbound", "trail"}
        assert jobs["outbound"] < jobs["trail"]  # a worker of every queue, one job at a time, would send first
        with worker_command(odoo_url, postgres_url, tmp_path, "--queues", "trail,periodic"):
            eventually(lambda: activities(odoo, "res.partner", company["partner_id"][0]) != [])  # the trail's job ran
        assert {(stored(services, m.id).status, stored(services, m.id).attempts) for m in reminders} == {("queued", 0)}
        assert queued_jobs(services, "fusion.deliver") == len(reminders)  # still waiting for a worker of the outbound queue
    finally:
        services.close()


def test_the_worker_refuses_a_queue_that_does_not_exist() -> None:
    result = CliRunner().invoke(cli, ["worker", "--queues", "outbound,sends"])
    assert result.exit_code == 2 and "unknown queue sends" in result.output


def test_the_daily_scan_runs_on_the_one_quarter_hour_tick_after_its_hour(odoo_url: str, tmp_path: Path) -> None:
    services = build_services(settings_for(odoo_url, tmp_path, daily_scan_at="10:05"), clock=Clock())
    try:
        ticks = [NOW.replace(hour=10, minute=0) + timedelta(minutes=15 * n) for n in range(-2, 4)]  # 09:30 … 10:45
        assert [services.scheduled_scan(tick) for tick in ticks] == [False, False, False, True, False, False]  # 10:15
        with services.sessions() as session:
            assert session.query(Message).filter(Message.template == "reminder").count() > 0
    finally:
        services.close()
