"""The README's demo command as a new user runs it, in a process of its own on ports other than the defaults: the
banner comes first (migrations and libraries keep quiet), and a link in an email it sends opens the booking page on the
port given, with the demo dealer's mailing address in the email (issue 20)."""
from __future__ import annotations

import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from app.cli import DEMO_DEALER_ADDRESS
from app.serving import free_port

FUSION_ASSIST = Path(sys.executable).parent / "fusion-assist"


@pytest.fixture
def demo(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    """The demo started as the README says, on free ports (and the options a test parametrizes it with)."""
    port = free_port()
    options: list[str] = getattr(request, "param", [])
    process = subprocess.Popen([str(FUSION_ASSIST), "demo", "--port", str(port), "--odoo-port", str(free_port()), "--data-dir", str(tmp_path), *options],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env={"PATH": "/usr/bin:/bin", "COLUMNS": "200"})
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while process.poll() is None and time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                break
        except httpx.TransportError:
            time.sleep(0.2)
    try:
        assert process.poll() is None, "the demo stopped"
        yield url, process
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_the_banner_comes_first_and_an_emailed_link_opens_the_booking_page_on_the_port_given(demo: tuple[str, subprocess.Popen[str]]) -> None:
    url, process = demo
    sent = httpx.post(f"{url}/console/scan", timeout=60).json()
    emails = [m for m in sent if m["channel"] == "email"]
    assert emails, "the sandbox has clients with an email address and no phone"
    for email in emails:
        assert DEMO_DEALER_ADDRESS in email["body"]  # CASL: the mailing address in every email
    links = re.findall(r"https?://\S+/(?:book|unsubscribe)/[^\s\"'<>]+", " ".join(m["body"] for m in emails))
    assert links and all(link.startswith(f"{url}/") for link in links)
    page = httpx.get(next(link for link in links if "/book/" in link), timeout=30)
    assert page.status_code == 200 and 'name="choice"' in page.text
    process.terminate()
    output = process.communicate(timeout=30)[0]
    assert output.splitlines()[0].startswith("Sandbox Odoo"), output
    assert "alembic" not in output.lower() and "Running upgrade" not in output


@pytest.mark.parametrize("demo", [["--verbose"]], indirect=True)
def test_verbose_shows_the_migrations_after_the_banner(demo: tuple[str, subprocess.Popen[str]]) -> None:
    process = demo[1]
    process.terminate()
    lines = process.communicate(timeout=30)[0].splitlines()
    assert lines[0].startswith("Sandbox Odoo"), lines[:3]
    assert any("alembic" in line for line in lines[1:])
