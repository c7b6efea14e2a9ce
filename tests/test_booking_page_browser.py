"""The booking page in a real headless Chromium at a phone's width: a morning and an afternoon time under each of the
next days, the other times behind "more times" (no script: the page allows none), and one tap on a time books it in
the sandbox Odoo."""
from __future__ import annotations

import re
from pathlib import Path

import odoorpc
from playwright.sync_api import expect, sync_playwright

from tests.chromium import PHONE, launch, needs_chromium
from tests.test_booking_page import client_events, first_email, link, site_for

pytestmark = needs_chromium
MORNING, AFTERNOON = re.compile(r"^\w+day, \w+ \d+ at \d+(:\d\d)? a\.m\.$"), re.compile(r"^\w+day, \w+ \d+ at \d+(:\d\d)? p\.m\.$")


def test_a_phone_sees_morning_and_afternoon_times_opens_more_and_books_with_one_tap(odoo_url: str, tmp_path: Path, odoo: odoorpc.ODOO) -> None:
    for site in site_for(odoo_url, tmp_path):
        email = first_email(site)
        with sync_playwright() as playwright:
            browser = launch(playwright)
            page = browser.new_context(viewport=PHONE).new_page()
            page.goto(link(email.body, "book"))
            shown = page.locator("form > h2")
            expect(shown.first).to_be_visible()
            first_day = page.locator("form > ul.times").first.get_by_role("button")
            expect(first_day).to_have_count(2)
            expect(first_day.first).to_have_accessible_name(MORNING)
            expect(first_day.last).to_have_accessible_name(AFTERNOON)
            assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]  # nothing wider than the phone

            later = page.locator("details").get_by_role("button").first
            expect(later).to_be_hidden()
            page.get_by_text("More times").click()
            expect(later).to_be_visible()
            label = later.get_attribute("aria-label")
            later.click()  # one tap: no confirmation step
            expect(page.locator(".said")).to_contain_text("Your maintenance visit is booked:")
            expect(page.locator(".said")).to_contain_text(str(label))
            browser.close()
        assert len(client_events(odoo, email.address)) == 1
