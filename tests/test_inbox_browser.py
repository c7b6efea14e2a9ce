"""The inbox in a real headless Chromium (Debian's chromium, driven by Playwright): a coordinator signs in, finds the
stalled conversation, takes it over, texts the client, books a real slot in the sandbox Odoo, hands back and signs out;
a new text from a client shows up in the open page without a reload."""
from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import httpx
import odoorpc
import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

from app.container import Services, build_services
from app.serving import ServerThread
from app.web.app import create_app
from tests.chromium import launch, needs_chromium
from tests.conftest import Clock, odoo_datetime, settings_for
from tests.inbox_scenario import Scenario, populate

pytestmark = needs_chromium


@pytest.fixture(scope="module")
def chromium() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = launch(playwright)
        yield browser
        browser.close()


@pytest.fixture
def services(odoo_url: str, tmp_path: Path) -> Iterator[tuple[Services, Clock]]:
    clock = Clock()
    built = build_services(settings_for(odoo_url, tmp_path), clock=clock)
    yield built, clock
    built.close()


@pytest.fixture
def scenario(services: tuple[Services, Clock]) -> Scenario:
    return populate(*services)


@pytest.fixture
def url(services: tuple[Services, Clock]) -> Iterator[str]:
    with ServerThread(create_app(services[0])) as server:
        yield server.url


@pytest.fixture
def page(chromium: Browser) -> Iterator[Page]:
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    yield context.new_page()
    context.close()


def sign_in(page: Page, url: str) -> None:
    page.goto(f"{url}/inbox")
    expect(page).to_have_url(re.compile(r"/inbox/login\?next=%2Finbox$"))
    page.fill("#login", "coordinator")
    page.fill("#password", "coordinator")
    page.click("button:has-text('Sign in')")
    expect(page).to_have_url(f"{url}/inbox")


def test_take_over_reply_book_hand_back_sign_out(page: Page, url: str, scenario: Scenario, services: tuple[Services, Clock], odoo: odoorpc.ODOO) -> None:
    service = services[0]
    cid = scenario.id(scenario.stalled)
    sign_in(page, url)
    row = page.locator(f"section[data-group=stalled] tr[data-conversation='{cid}']")
    expect(row).to_contain_text("client silent 25 h")
    row.locator("a").click()
    expect(page).to_have_url(f"{url}/inbox/c/{cid}")
    expect(page.locator("[data-status]")).to_have_text("stalled")
    expect(page.locator(".offered")).to_contain_text("1) Wed Nov 25, 1 p.m.")

    page.click("button:has-text('Take over')")
    expect(page.locator(".notice")).to_contain_text("You have the conversation")
    expect(page.locator("[data-status]")).to_have_text("needs a person")

    page.fill("textarea[name=text]", "Hi, Karen from Fusion here. I will book Thursday for you.")
    page.click("button:has-text('Send text')")
    expect(page.locator(".msg-staff").last).to_contain_text("Karen from Fusion here")
    assert service.channels["sms"].sent[-1].body == "Hi, Karen from Fusion here. I will book Thursday for you."

    book = page.locator("button[name=book]").first
    technician, start = book.get_attribute("value").split("@", 1)
    book.click()
    expect(page.locator(".notice")).to_contain_text("Booked in Odoo")
    expect(page.locator(".booked")).to_contain_text("Thu Nov 26")
    [event] = odoo.env["calendar.event"].search_read([("user_id", "=", int(technician)), ("res_model", "!=", False)], ["start"], order="id desc", limit=1)
    assert event["start"] == odoo_datetime(datetime.fromisoformat(start))
    assert service.channels["sms"].sent[-1].body.startswith("You're booked")

    asked: list[str] = []  # the inbox's CSP allows no inline handler: the question comes from inbox.js
    page.once("dialog", lambda dialog: (asked.append(dialog.message), dialog.dismiss()))
    page.click("button:has-text('Cancel the visit')")
    expect(page.locator(".booked")).to_contain_text("Thu Nov 26")
    assert asked == ["Cancel the booked visit in Odoo?"]

    page.click("button:has-text('Hand back to the assistant')")
    expect(page.locator(".notice")).to_contain_text("Handed back")
    expect(page.locator("[data-status]")).to_have_text("booked")

    page.click("button:has-text('Sign out')")
    expect(page).to_have_url(f"{url}/inbox/login")
    page.goto(f"{url}/inbox/c/{cid}")
    expect(page).to_have_url(re.compile(r"/inbox/login\?next="))


def test_a_page_without_a_session_goes_to_sign_in(page: Page, url: str, scenario: Scenario) -> None:
    page.goto(f"{url}/inbox/c/{scenario.id(scenario.handoff)}")
    expect(page).to_have_url(re.compile(r"/inbox/login\?next=%2Finbox%2Fc%2F\d+$"))
    expect(page.locator("h2")).to_have_text("Sign in with your Odoo login")


def test_a_new_text_appears_in_the_open_inbox_without_a_reload(page: Page, url: str, scenario: Scenario) -> None:
    sign_in(page, url)
    page.evaluate("window.sameDocument = true")
    row = page.locator(f"tr[data-conversation='{scenario.id(scenario.handoff)}']")
    expect(row).not_to_contain_text("still waiting")
    with httpx.Client(base_url=url) as client:  # the client texts, as the demo's console channel takes it
        client.post("/console/sms", json={"from": scenario.handoff, "body": "Hello? I am still waiting for a call."})
    expect(row).to_contain_text("I am still waiting for a call.")  # polled every second; Playwright waits up to 5 s
    expect(row).to_contain_text("client waiting")
    assert page.evaluate("window.sameDocument") is True  # no reload happened

    page.goto(f"{url}/inbox/c/{scenario.id(scenario.handoff)}")
    page.evaluate("window.sameDocument = true")
    with httpx.Client(base_url=url) as client:
        client.post("/console/sms", json={"from": scenario.handoff, "body": "My scooter beeps when I turn it on."})
    expect(page.locator(".msg-client").last).to_have_text(re.compile("My scooter beeps when I turn it on."))
    assert page.evaluate("window.sameDocument") is True
