"""The command line: `scan --dry-run` prints the plan and sends nothing; `scan` sends each reminder once."""
from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from app.cli import cli
from odoo_sandbox import BOT_LOGIN, BOT_PASSWORD


@pytest.fixture
def env(odoo_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    store = tmp_path / "store.sqlite"
    monkeypatch.setenv("FUSION_ODOO_URL", odoo_url)
    monkeypatch.setenv("FUSION_ODOO_LOGIN", BOT_LOGIN)
    monkeypatch.setenv("FUSION_ODOO_PASSWORD", BOT_PASSWORD)
    monkeypatch.setenv("FUSION_DATABASE_URL", f"sqlite:///{store}")
    monkeypatch.setenv("FUSION_QUIET_HOURS_ENFORCED", "false")
    monkeypatch.setenv("COLUMNS", "200")
    return store


def test_dry_run_prints_the_plan_and_sends_nothing(env: Path) -> None:
    result = CliRunner().invoke(cli, ["scan", "--dry-run"])
    assert result.exit_code == 0, result.output
    assert "dry run: nothing sent" in result.output and "units read" in result.output
    assert "•" in result.output and not re.search(r"\+1\d{10}", result.output)  # phone numbers are masked
    again = CliRunner().invoke(cli, ["scan", "--dry-run"])
    assert again.output.count("reminders planned") == 1
    planned = int(result.output.split("reminders planned ")[1].split(",")[0])
    assert planned > 0 and f"reminders planned {planned}," in again.output  # nothing was sent, so the plan is the same


def test_scan_sends_then_has_nothing_left(env: Path) -> None:
    first = CliRunner().invoke(cli, ["scan"])
    assert first.exit_code == 0, first.output
    sent = int(first.output.split(" sent ")[1].split(" ")[0])
    assert sent > 0
    second = CliRunner().invoke(cli, ["scan"])
    assert "reminders planned 0" in second.output


def test_chat_talks_to_the_assistant_in_the_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    result = CliRunner().invoke(cli, ["chat"], input="tomorrow afternoon\n1\n\n")
    assert result.exit_code == 0, result.output
    assert "maintenance" in result.output  # the reminder
    assert "1) " in result.output  # numbered offers (the sandbox is seeded for today, so the days vary)
    assert "You're booked" in result.output or "C'est réservé" in result.output


def test_several_workers_are_refused_without_postgresql_or_a_shared_inbox_key(env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    on_sqlite = CliRunner().invoke(cli, ["serve", "--workers", "2"])
    assert on_sqlite.exit_code == 2 and "FUSION_DATABASE_URL=postgresql" in on_sqlite.output
    monkeypatch.setenv("FUSION_DATABASE_URL", "postgresql+psycopg://nobody@127.0.0.1:1/none")
    without_key = CliRunner().invoke(cli, ["serve", "--workers", "2"])
    assert without_key.exit_code == 2 and "FUSION_SESSION_SECRET" in without_key.output


def test_serve_refuses_commercial_email_without_the_dealers_mailing_address(env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """CASL: a real email channel and no FUSION_DEALER_ADDRESS stop the start, saying what to set, not a traceback."""
    for name, value in (("EMAIL_CHANNEL", "odoo"), ("LINK_SECRET", "k")):
        monkeypatch.setenv(f"FUSION_{name}", value)
    monkeypatch.setattr("app.cli.uvicorn.run", lambda *args, **kwargs: pytest.fail("served without a mailing address"))
    refused = CliRunner().invoke(cli, ["serve"])
    assert refused.exit_code == 2 and "set FUSION_DEALER_ADDRESS" in refused.output and "Traceback" not in refused.output


def test_serve_without_a_public_url_links_to_its_bind_address_and_warns(env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Unset FUSION_PUBLIC_URL: the workers (which read the environment) link to where serve listens, and it says so."""
    monkeypatch.setenv("FUSION_PUBLIC_URL", "set only so that the test's end unsets it again")
    monkeypatch.delenv("FUSION_PUBLIC_URL")
    served: dict[str, str] = {}
    monkeypatch.setattr("app.cli.uvicorn.run", lambda *args, **kwargs: served.update(url=os.environ["FUSION_PUBLIC_URL"]))
    result = CliRunner().invoke(cli, ["serve", "--host", "0.0.0.0", "--port", "8621"])
    assert result.exit_code == 0, result.output
    assert served == {"url": "http://127.0.0.1:8621"} and "public https address" in result.output
