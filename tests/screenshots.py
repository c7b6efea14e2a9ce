"""Make the screenshots of the staff inbox and the booking page (README, docs/inbox.md, docs/providers.md):
`.venv/bin/python -m tests.screenshots` (needs /usr/bin/chromium).

A fresh sandbox Odoo and the assistant, the same morning as the tests, then Chromium photographs the conversation list,
one conversation a coordinator has taken over, and an emailed client's booking page at a phone's width."""
from __future__ import annotations

import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from app.container import build_services
from odoo_sandbox import SandboxOdoo
from app.serving import ServerThread
from app.web.app import create_app
from tests.conftest import TODAY, settings_for
from tests.inbox_scenario import Clock, populate
from tests.chromium import PHONE, launch
from tests.test_booking_page import first_email, link, site_for
from tests.test_inbox_browser import sign_in

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    sandbox = SandboxOdoo(path=":memory:", today=TODAY)
    with ServerThread(sandbox.app) as odoo, tempfile.TemporaryDirectory() as folder:
        clock = Clock()
        services = build_services(settings_for(odoo.url, Path(folder)), clock=clock)
        scenario = populate(services, clock)
        with ServerThread(create_app(services)) as web, sync_playwright() as playwright:
            browser = launch(playwright)
            page = browser.new_page(viewport={"width": 1280, "height": 1100})
            sign_in(page, web.url)
            page.screenshot(path=str(OUT / "inbox.png"))
            cid = scenario.id(scenario.handoff)
            services.assistant.staff.reply(cid, "Hi, this is Karen at Fusion Mobility. I can call you in ten minutes about your scooter.")
            services.assistant.handle_inbound(scenario.handoff, "Yes please, I'm home all morning.", "screenshot-1")
            page.goto(f"{web.url}/inbox/c/{cid}")
            page.screenshot(path=str(OUT / "conversation.png"), full_page=True)
            browser.close()
        services.close()
    booking_page()
    print(f"screenshots in {OUT}")


def booking_page() -> None:
    """The page an email's link opens, as the first client emailed by the scan sees it on a phone."""
    sandbox = SandboxOdoo(path=":memory:", today=TODAY)
    with ServerThread(sandbox.app) as odoo, tempfile.TemporaryDirectory() as folder:
        for site in site_for(odoo.url, Path(folder)):
            with sync_playwright() as playwright:
                browser = launch(playwright)
                page = browser.new_context(viewport=PHONE, device_scale_factor=2).new_page()
                page.goto(link(first_email(site).body, "book"))
                page.screenshot(path=str(OUT / "booking.png"), full_page=True)
                browser.close()


if __name__ == "__main__":
    main()
