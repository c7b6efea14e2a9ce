"""Shared fixtures: a seeded sandbox Odoo on real loopback HTTP, and the service wired to it with a fixed clock."""
from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterator
from datetime import date, datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import httpx
import odoorpc
import pytest

from app.config import Settings
from odoo_sandbox import BOT_LOGIN, BOT_PASSWORD
from app.serving import ServerThread

if TYPE_CHECKING:
    from app.container import Services
    from odoo_sandbox import SandboxOdoo
    from tests.inbox_scenario import Scenario

TORONTO = ZoneInfo("America/Toronto")
TODAY = date(2026, 11, 24)  # a Tuesday; the sandbox seeds relative to it and the service's clock stands still at 10:00
NOW = datetime(2026, 11, 24, 10, 0, tzinfo=TORONTO)


def pytest_configure(config: pytest.Config) -> None:
    """FUSION_TEST_WALL_CLOCK (ISO, UTC) starts the machine's clock there for the whole run and lets it tick
    (.ci/at-dates): the suite keeps its own today, so no test may change its answer with the day it runs."""
    moment = os.environ.get("FUSION_TEST_WALL_CLOCK")
    if moment:
        import time_machine

        time_machine.travel(datetime.fromisoformat(moment).replace(tzinfo=timezone.utc), tick=True).start()


@pytest.fixture(autouse=True)
def _root_logging() -> Iterator[None]:
    """Commands under test configure the root logger (app.logs) with a handler on the stream of that moment, which
    CliRunner closes after; each test starts and ends with the root logger as it found it."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


@pytest.fixture
def sandbox() -> SandboxOdoo:
    from odoo_sandbox import SandboxOdoo

    return SandboxOdoo(path=":memory:", db_name="demo", seed=True, today=TODAY)


@pytest.fixture
def odoo_url(sandbox: SandboxOdoo) -> Iterator[str]:
    with ServerThread(sandbox.app) as server:
        yield server.url


@pytest.fixture
def odoo(odoo_url: str) -> odoorpc.ODOO:
    """The unmodified odoorpc client, logged in as admin, for reading back what the service did."""
    port = int(odoo_url.rsplit(":", 1)[1])
    client = odoorpc.ODOO("127.0.0.1", port=port)
    client.login("demo", "admin", "admin")
    return client


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A fresh PostgreSQL database for this test (see tests/postgres.py)."""
    from tests.postgres import fresh_database

    with fresh_database() as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The store's URL on each database the service supports: the embedded SQLite file and PostgreSQL."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.sqlite'}"
        return
    from tests.postgres import fresh_database

    with fresh_database() as url:
        yield url


def settings_for(odoo_url: str, tmp_path: Path, **overrides: object) -> Settings:
    values: dict[str, object] = {
        # the service signs in as the sandbox's least-privilege integration user, as it must on a dealer's Odoo
        "odoo_url": odoo_url, "odoo_db": "demo", "odoo_login": BOT_LOGIN, "odoo_password": BOT_PASSWORD,
        "database_url": f"sqlite:///{tmp_path / 'store.sqlite'}", "quiet_hours_enforced": True,
        "daily_scan_at": None,  # tests scan when they say so
        "job_concurrency": 0,  # each job runs in the thread that queued it, on either store: a test sees its sends at once (test_jobs: the queue)
        "odoo_turn_budget_seconds": 30,  # the sandbox answers in milliseconds, but a loaded CI machine must not turn a slow turn into a holding reply (tests/test_odoo_outage.py tries the real budget)
        "warm_up": False,  # a started app pays no first-use costs ahead (tests/test_warm_up.py turns it on)
    }
    values.update(overrides)
    return Settings(**values)


class Clock:
    """The service's clock, moved by hand."""

    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def clocked_services(odoo_url: str, tmp_path: Path, clock: Clock) -> Iterator[Services]:
    """The service on the sandbox with a clock the test moves."""
    from app.container import build_services

    built = build_services(settings_for(odoo_url, tmp_path), clock=clock)
    yield built
    built.close()


@pytest.fixture
def scenario(clocked_services: Services, clock: Clock) -> Scenario:
    """A morning in the staff inbox: one conversation in each group (see tests/inbox_scenario.py)."""
    from tests.inbox_scenario import populate

    return populate(clocked_services, clock)


@pytest.fixture
def services(odoo_url: str, tmp_path: Path) -> Iterator[Services]:
    from app.container import build_services

    built = build_services(settings_for(odoo_url, tmp_path), clock=lambda: NOW)
    yield built
    built.close()


@pytest.fixture
def api(services: Services) -> Iterator[httpx.Client]:
    """The service's web app on real loopback HTTP, over whichever `services` the test module gives."""
    from app.web.app import create_app

    with ServerThread(create_app(services)) as server, httpx.Client(base_url=server.url, timeout=30) as client:
        yield client


def odoo_datetime(moment: datetime) -> str:
    """An aware datetime as Odoo's naive UTC string, for writing through odoorpc in tests."""
    return moment.astimezone(ZoneInfo("UTC")).strftime("%Y-%m-%d %H:%M:%S")


def hour_long_visit(services: Services, phone: str) -> bool:
    """Whether the client reminded at this phone has a visit of the appointment type's own hour (no 90-minute power
    base among the units): conversation scripts count on hour-long slots."""
    from app.store.models import Conversation
    from dialogs.model import DialogState

    with services.sessions() as session:
        conversation = session.query(Conversation).filter_by(phone=phone).order_by(Conversation.id.desc()).first()
        return all(u.category != "Power bases" for u in DialogState.from_json(conversation.state).units)


def plain_reminder(services: Services, sent: list) -> object:
    """The first text reminder to an English-speaking client whose visit takes the appointment type's own hour."""
    return next(m for m in sent if m.channel == "sms" and not m.body.startswith("Bonjour") and hour_long_visit(services, m.address))


def eventually(condition: Callable[[], bool], within: float = 15) -> None:
    """Wait for work a webhook finishes after its answer (a background task), up to a generous bound."""
    deadline = time.monotonic() + within
    while not condition():
        assert time.monotonic() < deadline, "the background work never finished"
        time.sleep(0.02)
