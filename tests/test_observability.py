"""What the operator sees, over real HTTP: /metrics counting a real booking conversation and an Odoo outage, JSON log
lines free of phone numbers and addresses, and /healthz and /readyz with Odoo down, Odoo hung and the store down."""
from __future__ import annotations

import io
import json
import logging
import os
import re
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import odoorpc
import psycopg
import pytest
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy.engine import make_url

from app import logs
from app.config import Settings
from app.container import Services, build_services
from odoo_sandbox import SandboxOdoo
from app.serving import ServerThread, free_port
from app.web.app import create_app
from tests.conftest import NOW, eventually, settings_for
from tests.postgres import SERVER
from tests.test_end_to_end import first_reminded, text

Samples = dict[tuple[str, frozenset[tuple[str, str]]], float]


def scrape(api: httpx.Client) -> Samples:
    response = api.get("/metrics")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/plain")
    return {
        (sample.name, frozenset(sample.labels.items())): sample.value
        for family in text_string_to_metric_families(response.text) for sample in family.samples
    }


def moved(before: Samples, after: Samples, name: str, **labels: str) -> float:
    key = (name, frozenset(labels.items()))
    return after.get(key, 0.0) - before.get(key, 0.0)


@contextmanager
def serve(services: Services) -> Iterator[httpx.Client]:
    """The service's web app on real loopback HTTP; the services are closed after."""
    try:
        with ServerThread(create_app(services)) as server, httpx.Client(base_url=server.url, timeout=30) as client:
            yield client
    finally:
        services.close()


@dataclass
class Live:
    """The service on a sandbox Odoo the test can stop and start again on the same port."""

    sandbox: SandboxOdoo
    odoo: ServerThread
    services: Services
    api: httpx.Client

    def restart_odoo(self) -> None:
        self.odoo = ServerThread(self.sandbox.app, port=self.odoo.port).start()


@pytest.fixture
def live(sandbox: SandboxOdoo, tmp_path: Path) -> Iterator[Live]:
    odoo = ServerThread(sandbox.app, port=free_port()).start()
    services = build_services(settings_for(odoo.url, tmp_path, readiness_timeout_seconds=5), clock=lambda: NOW)
    with serve(services) as api:
        state = Live(sandbox, odoo, services, api)
        yield state
    state.odoo.stop()


def test_metrics_count_a_booking_conversation_and_an_odoo_outage(live: Live, odoo: odoorpc.ODOO) -> None:
    api = live.api
    before = scrape(api)
    reminder = first_reminded(api, live.services)  # the scan, over /console/scan
    sent = live.api.get("/console/outbox").json()
    text(api, reminder["to"], "tomorrow afternoon")
    assert text(api, reminder["to"], "2")[0].startswith("You're booked")
    after = scrape(api)

    for channel in ("sms", "email", "voice"):
        assert moved(before, after, "fusion_reminders_total", channel=channel, outcome="sent") == sum(m["channel"] == channel for m in sent)
    assert moved(before, after, "fusion_scan_units_total", outcome="read") >= len(sent)
    assert moved(before, after, "fusion_inbound_messages_total", channel="sms", kind="text") == 2
    assert moved(before, after, "fusion_turn_seconds_count") == 2
    assert moved(before, after, "fusion_dialog_events_total", event="BookingConfirmed", stage="booked") == 1
    assert moved(before, after, "fusion_bookings_total", outcome="booked") == 1
    assert moved(before, after, "fusion_odoo_call_seconds_count", model="calendar.event", method="create") == 1
    assert moved(before, after, "fusion_outbound_messages_total", channel="sms", outcome="sent") == sum(m["channel"] == "sms" for m in sent) + 2

    live.odoo.stop()  # Odoo goes away: a text from a number no conversation knows needs Odoo to find its client
    assert text(api, "+1 416 555 0187", "is anyone there?")  # the holding reply
    down = scrape(api)
    assert moved(after, down, "fusion_odoo_errors_total", error="OdooUnavailable") == 3  # the gateway's three attempts
    assert moved(after, down, "fusion_odoo_call_seconds_count", model="res.partner", method="search_read") == 3
    assert moved(after, down, "fusion_bookings_total", outcome="booked") == 0

    # labels are fixed words: no phone number, address or client name in any of them
    [client] = odoo.env["res.partner"].search_read([("phone", "ilike", reminder["to"][-4:])], ["name"])
    labels = {value for _, pairs in down for _, value in pairs}
    assert not any(re.search(r"\d{4}", value) or "@" in value or client["name"] in value for value in labels)


@pytest.fixture
def restore_logging() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    root.handlers[:], root.level = handlers, level


def test_json_log_lines_of_a_conversation_carry_no_phone_number_email_or_name(
    live: Live, odoo: odoorpc.ODOO, restore_logging: None
) -> None:
    output = io.StringIO()
    logs.configure(Settings(log_format="json"), output)
    reminders = live.api.post("/console/scan").json()
    phone = next(r["to"] for r in reminders if r["channel"] == "sms" and not r["body"].startswith("Bonjour"))
    text(live.api, phone, "tomorrow afternoon")
    text(live.api, phone, "I want to talk to a person")

    lines = [json.loads(line) for line in output.getvalue().splitlines()]
    assert any(line["message"].startswith("console sms to +1") for line in lines)  # masked by the code itself
    assert any("handed to staff: client asked for a person" in line["message"] for line in lines)
    assert all({"time", "level", "logger", "message"} <= line.keys() for line in lines)
    written = output.getvalue()
    clients = odoo.env["res.partner"].search_read([("phone", "!=", False)], ["name", "phone", "email"])
    for address in (r["to"] for r in reminders):
        assert address not in written and address[2:] not in written  # E.164 and the ten digits
    for client in clients:
        assert client["phone"] not in written and client["name"] not in written
        assert not client["email"] or client["email"] not in written
    assert "tomorrow afternoon" not in written and "talk to a person" not in written


def test_the_log_filter_masks_numbers_and_addresses_in_arguments_and_tracebacks(restore_logging: None) -> None:
    """The safety net, for what the code cannot see: a provider's error text that carries a number or an address."""
    output = io.StringIO()
    logs.configure(Settings(log_format="json"), output)
    log = logging.getLogger("app.channels.example")
    try:
        raise RuntimeError("The 'To' number (416) 555-0123 is not a valid phone number; cc jane.doe@example.org")
    except RuntimeError as exc:
        log.exception("provider refused %s: %s", "+14165550123", exc)
    log.info("conversation %d: %s", 42, "offered")

    refused, info = [json.loads(line) for line in output.getvalue().splitlines()]
    assert refused["message"].startswith("provider refused +1416•••••23: The 'To' number +1416•••••23 is not")
    assert "RuntimeError" in refused["exception"] and "+1416•••••23" in refused["exception"]
    written = output.getvalue()
    assert not re.search(r"\d{3}\D{0,2}\d{4}", written.replace(refused["time"], "").replace(info["time"], ""))
    assert "jane.doe" not in written and "example.org" not in written and "j•••@•••.org" in refused["message"]
    assert info["message"] == "conversation 42: offered" and info["level"] == "INFO"


def test_healthz_and_readyz_follow_odoo_going_down_and_coming_back(live: Live) -> None:
    assert live.api.get("/healthz").json() == {"status": "ok"}
    ready = live.api.get("/readyz")
    assert ready.status_code == 200 and ready.json() == {"store": "ok", "odoo": "ok"}
    live.odoo.stop()
    ready = live.api.get("/readyz")
    assert ready.status_code == 503 and ready.json() == {"store": "ok", "odoo": "down"}
    assert live.api.get("/healthz").status_code == 200  # the process itself is fine: no restart wanted
    live.restart_odoo()
    assert live.api.get("/readyz").status_code == 200


class HungOdoo:
    """A TCP server that accepts connections and never answers: Odoo stuck behind its proxy."""

    def __init__(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        self.connections: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                self.connections.append(self._listener.accept()[0])
            except OSError:
                return

    def close(self) -> None:
        self._listener.close()
        for connection in self.connections:
            connection.close()


def test_readyz_answers_in_its_timeout_when_odoo_hangs_and_never_piles_up_probes(tmp_path: Path) -> None:
    hung = HungOdoo()
    services = build_services(settings_for(hung.url, tmp_path, readiness_timeout_seconds=0.5, odoo_timeout_seconds=60))
    try:
        with serve(services) as api:  # it starts once its warm-up has waited on Odoo as long as a probe would
            warming = len(hung.connections)  # the warm-up's own call, still hanging
            for _ in range(3):  # an orchestrator probing again and again
                ready = api.get("/readyz", timeout=10)  # the answer comes long before Odoo's own 60 s timeout
                assert ready.status_code == 503 and ready.json() == {"store": "ok", "odoo": "timeout"}
            assert len(hung.connections) == warming + 1  # the later probes waited on the first one instead of calling again
            assert api.get("/healthz").status_code == 200
    finally:
        hung.close()


def test_readyz_reports_the_store_down_when_postgresql_refuses_connections(sandbox: SandboxOdoo, odoo_url: str, postgres_url: str, tmp_path: Path) -> None:
    services = build_services(settings_for(odoo_url, tmp_path, database_url=postgres_url), clock=lambda: NOW)
    database = make_url(postgres_url).database
    with serve(services) as api:
        assert api.get("/readyz").status_code == 200
        with psycopg.connect(SERVER, autocommit=True) as admin:
            admin.execute(f'ALTER DATABASE "{database}" ALLOW_CONNECTIONS false')
            admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", (database,))
            ready = api.get("/readyz")
            assert ready.status_code == 503 and ready.json() == {"store": "down", "odoo": "ok"}
            admin.execute(f'ALTER DATABASE "{database}" ALLOW_CONNECTIONS true')
        eventually(lambda: api.get("/readyz").status_code == 200)


COUNT_ONE_BOOKING = "from app import metrics; metrics.BOOKINGS.labels('booked').inc()"


def test_metrics_of_several_worker_processes_add_up_in_multiprocess_mode(tmp_path: Path) -> None:
    """With PROMETHEUS_MULTIPROC_DIR (docs/operations.md), each worker process counts in files there and /metrics,
    served by any one of them, reports the sum; `serve` first deletes what earlier processes left."""
    env = {**os.environ, "PROMETHEUS_MULTIPROC_DIR": str(tmp_path / "metrics")}
    (tmp_path / "metrics").mkdir()
    run = lambda code: subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True, text=True).stdout  # noqa: E731
    run(COUNT_ONE_BOOKING)  # a previous run of the service
    serving = (
        "from app import metrics; metrics.reset_multiprocess_dir();"
        "import subprocess, sys; [subprocess.run([sys.executable, '-c', %r], check=True) for _ in range(2)];"
        "print(metrics.exposition()[0].decode())" % COUNT_ONE_BOOKING
    )
    scraped = run(serving)
    [booked] = [s for f in text_string_to_metric_families(scraped) for s in f.samples if s.name == "fusion_bookings_total"]
    assert booked.labels == {"outcome": "booked"} and booked.value == 2  # two workers now; the old run's file is gone


def test_the_log_filter_masks_the_tokens_of_signed_links() -> None:
    """A booking link's token lets whoever holds it book or stop a client's reminders: the access log keeps the path only."""
    line = '127.0.0.1:5000 - "GET /book/eyJjIjo0Mn0.aBcD-ef_12 HTTP/1.1" 200; POST /unsubscribe/Zm9v.YmFy?x=1 303'
    masked = logs.mask_personal_data(line)
    assert "eyJjIjo0Mn0" not in masked and "Zm9v" not in masked
    assert '"GET /book/••• HTTP/1.1" 200' in masked and "/unsubscribe/•••?x=1" in masked


def test_the_log_filter_masks_a_phrase_read_back_on_a_call() -> None:
    """A phrase heard on a call rides in the read-back's webhook URL: the access log keeps the step, not the words."""
    line = '127.0.0.1:5000 - "POST /webhooks/twilio/voice/gather?turn=3&heard=next+Tuesday+at+the+Legion HTTP/1.1" 200'
    masked = logs.mask_personal_data(line)
    assert "Legion" not in masked and "/gather?turn=3&heard=••• HTTP/1.1" in masked
