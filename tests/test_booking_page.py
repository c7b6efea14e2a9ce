"""The booking page over real HTTP, against the sandbox Odoo: an email-only client's link shows real free times, books
exactly one calendar.event and confirms by page and email; expired, tampered and replayed requests are refused or
harmless; a time taken meanwhile is apologised for and fresh times offered; the unsubscribe link opts the client out."""
from __future__ import annotations

import html
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import odoorpc
import pytest
from itsdangerous import TimestampSigner, URLSafeTimedSerializer

from app.channels.email_smtp import SmtpEmail
from app.container import Services, build_services
from app.serving import ServerThread, free_port
from app.store.models import Conversation, Message, OptOut
from app.web.app import create_app
from app.web.booking_links import BOOK
from app.web.booking_page import PAGE_DAYS
from dialogs.model import DialogState
from tests.conftest import NOW, TORONTO, odoo_datetime, settings_for
from tests.mailbox import Mailbox

SECRET = "test-link-secret"
PHONE = "+1 416-555-0100"
ADDRESS = "12 Main St, Toronto ON M4B 1B3"  # CASL: a real email channel needs the dealer's mailing address


@dataclass
class Site:
    services: Services
    http: httpx.Client
    url: str


def site_for(odoo_url: str, tmp_path: Path, **overrides: object) -> Iterator[Site]:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    services = build_services(settings_for(odoo_url, tmp_path, link_secret=SECRET, public_url=url, **overrides), clock=lambda: NOW)
    with ServerThread(create_app(services), port=port), httpx.Client(base_url=url, timeout=30) as client:
        yield Site(services, client, url)
    services.close()


@pytest.fixture
def site(odoo_url: str, tmp_path: Path) -> Iterator[Site]:
    yield from site_for(odoo_url, tmp_path)


def first_email(site: Site) -> Message:
    emails = [m for m in site.services.scan().sent if m.channel == "email"]
    assert emails, "the sandbox has clients with an email address and no phone"
    return emails[0]


def link(text: str, path: str) -> str:
    [found] = re.findall(rf"https?://\S+/{path}/\S+", text)
    return found


@dataclass
class Form:
    status: int
    text: str  # the page's words, tags stripped
    form: str | None
    choices: dict[str, str]  # label -> signed value, of the buttons shown at once
    more: dict[str, str]  # those behind "more times"


def buttons(body: str) -> dict[str, str]:
    found = re.findall(r'name="choice" value="([^"]+)"(?: aria-label="([^"]+)")?>([^<]+)</button>', body)
    return {html.unescape(whole or shown): value for value, whole, shown in found}  # a time's button reads its day too


def page(response: httpx.Response) -> Form:
    body = response.text
    form = re.search(r'name="form" value="([^"]+)"', body)
    shown, _, more = body.partition("<details>")
    words = html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", body.split("<body>")[1])))
    return Form(response.status_code, words, form.group(1) if form else None, buttons(shown), buttons(more))


def state(site: Site, conversation_id: int) -> tuple[str, DialogState]:
    with site.services.sessions() as session:
        conversation = session.get(Conversation, conversation_id)
        return conversation.status, DialogState.from_json(conversation.state)


def client_events(odoo: odoorpc.ODOO, email: str) -> list[dict]:
    """Maintenance visits booked for this client (linked to their unit; the seed's other events are not)."""
    [partner] = odoo.env["res.partner"].search([("email", "=", email)])
    domain = [("partner_ids", "in", [partner]), ("res_model", "=", "fusion.repair.maintenance.contract")]
    return odoo.env["calendar.event"].search_read(domain, ["start", "stop", "partner_ids", "user_id"])


def test_the_link_shows_real_free_times_and_books_exactly_one_visit(site: Site, odoo: odoorpc.ODOO) -> None:
    email = first_email(site)
    opened = site.http.get(link(email.body, "book"))
    shown = page(opened)
    assert shown.status == 200 and opened.headers["cache-control"] == "no-store" and opened.headers["referrer-policy"] == "no-referrer"
    assert "Book your maintenance visit" in shown.text and PHONE in shown.text and len(shown.choices) == 2 * PAGE_DAYS
    assert shown.more and not set(shown.more) & set(shown.choices) and "More times" in shown.text
    assert all(re.fullmatch(r"(Mon|Tues|Wednes|Thurs|Fri)day, \w+ \d+ at \d+(:\d\d)? [ap]\.m\.", label) for label in [*shown.choices, *shown.more])
    assert state(site, email.conversation_id)[1].stage == "reminded"  # opening the page changes nothing
    events_before = odoo.env["calendar.event"].search_count([])

    label, value = list(shown.choices.items())[2]
    booked = page(site.http.post(opened.url.path, data={"form": shown.form, "choice": value}))
    assert booked.status == 200 and f"Your maintenance visit is booked: {label}" in booked.text and not booked.choices
    [event] = client_events(odoo, email.address)
    assert odoo.env["calendar.event"].search_count([]) == events_before + 1
    status, dialog = state(site, email.conversation_id)
    assert status == "booked" and dialog.booking.event_id == event["id"]
    assert datetime.strptime(event["start"], "%Y-%m-%d %H:%M:%S").replace(tzinfo=timezone.utc) == dialog.booking.slot.start
    confirmation = site.services.channels["email"].sent[-1]
    assert confirmation.to == email.address and f"booked for {label}" in confirmation.subject

    again = page(site.http.post(opened.url.path, data={"form": shown.form, "choice": value}))  # the same form, sent twice
    assert again.status == 200 and "is booked" in again.text
    assert len(client_events(odoo, email.address)) == 1 and odoo.env["calendar.event"].search_count([]) == events_before + 1
    later = page(site.http.get(opened.url.path))
    assert "Your maintenance visit is booked: " + label in later.text and not later.choices


def by_day(choices: dict[str, str]) -> dict[str, list[str]]:
    """"Tuesday, December 8 at 2 p.m." buttons as {"Tuesday, December 8": ["2 p.m."]}."""
    days: dict[str, list[str]] = {}
    for label in choices:
        day, _, at = label.partition(" at ")
        days.setdefault(day, []).append(at)
    return days


def test_each_day_offers_a_morning_and_an_afternoon_time_as_odoo_has_them(odoo_url: str, tmp_path: Path, odoo: odoorpc.ODOO) -> None:
    """The next days with room each show a morning and an afternoon time; once Odoo has a morning full, that day shows
    its afternoon only, and every other free time waits behind "more times"."""
    for site in site_for(odoo_url, tmp_path):
        path = urlsplit(link(first_email(site).body, "book")).path  # the second site below listens on another port
        before = page(site.http.get(path))
        first_day = min((site.services.links.read_slot(value) for value in before.choices.values()), key=lambda slot: slot.start)
    days = by_day(before.choices)
    assert len(days) == PAGE_DAYS and all([t.endswith("a.m.") for t in times] == [True, False] for times in days.values())
    assert all(not any(t in days.get(day, []) for t in times) for day, times in by_day(before.more).items())

    local_day = first_day.start.astimezone(TORONTO).date()
    technicians = {user for kind in odoo.env["appointment.type"].search_read([], ["staff_user_ids"]) for user in kind["staff_user_ids"]}
    for user in odoo.env["res.users"].read(sorted(technicians), ["partner_id"]):
        morning = [datetime.combine(local_day, datetime.min.time(), TORONTO).replace(hour=h) for h in (7, 12)]
        odoo.env["calendar.event"].with_context(no_mail_to_attendees=True).create({
            "name": "Morning round", "start": odoo_datetime(morning[0]), "stop": odoo_datetime(morning[1]),
            "user_id": user["id"], "partner_ids": [(6, 0, [user["partner_id"][0]])],
        })
    for site in site_for(odoo_url, tmp_path):
        after = page(site.http.get(path))
    full_morning = next(iter(days))  # the first day's, soonest first
    assert [t.endswith("p.m.") for t in by_day(after.choices)[full_morning]] == [True]
    assert not any(t.endswith("a.m.") for t in by_day(after.more).get(full_morning, []))
    assert {day: times for day, times in by_day(after.choices).items() if day != full_morning} == {
        day: times for day, times in days.items() if day != full_morning}


def test_a_time_taken_meanwhile_is_apologised_for_and_fresh_times_are_offered(site: Site, odoo: odoorpc.ODOO) -> None:
    email = first_email(site)
    url = link(email.body, "book")
    shown = page(site.http.get(url))
    label, value = next(iter(shown.choices.items()))
    taken = site.services.links.read_slot(value)
    odoo.env["calendar.event"].with_context(no_mail_to_attendees=True).create({
        "name": "Booked by the office meanwhile", "start": odoo_datetime(taken.start), "stop": odoo_datetime(taken.end),
        "user_id": taken.technician_id, "partner_ids": [(6, 0, [taken.technician_partner_id])],
    })
    sorry = page(site.http.post(url, data={"form": shown.form, "choice": value}))
    assert sorry.status == 200 and "Sorry, someone else just took that time." in sorry.text
    assert sorry.choices and all(site.services.links.read_slot(v) != taken for v in sorry.choices.values())
    assert client_events(odoo, email.address) == []
    fresh_label, fresh = next(iter(sorry.choices.items()))
    booked = page(site.http.post(url, data={"form": sorry.form, "choice": fresh}))
    assert f"booked: {fresh_label}" in booked.text and len(client_events(odoo, email.address)) == 1


def test_expired_and_tampered_links_and_forged_choices_are_refused_with_the_dealers_phone(site: Site, odoo: odoorpc.ODOO) -> None:
    email = first_email(site)
    url = link(email.body, "book")
    token = url.rsplit("/", 1)[1]

    class FifteenDaysAgo(TimestampSigner):
        def get_timestamp(self) -> int:
            return int(time.time()) - 15 * 86400

    old = URLSafeTimedSerializer(SECRET, signer=FifteenDaysAgo).dumps({"c": email.conversation_id, "p": None}, salt=BOOK)
    expired = page(site.http.get(f"/book/{old}"))
    assert expired.status == 410 and "This link has expired." in expired.text and PHONE in expired.text and not expired.choices

    tampered = token[:-3] + ("AAA" if not token.endswith("AAA") else "BBB")
    forged = page(site.http.get(f"/book/{tampered}"))
    assert forged.status == 403 and "This link does not work." in forged.text and "Ce lien ne fonctionne pas." in forged.text
    assert PHONE in forged.text and not forged.choices
    other = URLSafeTimedSerializer("not-our-secret").dumps({"c": email.conversation_id, "p": None}, salt=BOOK)
    assert site.http.get(f"/book/{other}").status_code == 403

    shown = page(site.http.get(url))
    value = next(iter(shown.choices.values()))
    assert site.http.post(f"/book/{tampered}", data={"form": shown.form, "choice": value}).status_code == 403
    assert site.http.post(url, data={"form": shown.form, "choice": value[:-2] + "xx"}).status_code == 403  # a time we did not offer
    assert site.http.post(url, data={"form": shown.form[:-2] + "xx", "choice": value}).status_code == 403  # a form we did not serve
    assert client_events(odoo, email.address) == [] and state(site, email.conversation_id)[1].stage == "reminded"


def test_the_unsubscribe_link_opts_the_client_out_and_the_page_then_books_nothing(site: Site, odoo: odoorpc.ODOO) -> None:
    email = first_email(site)
    asked = page(site.http.get(link(email.body, "unsubscribe")))
    assert asked.status == 200 and "Do you want to stop the maintenance reminders" in asked.text and not state(site, email.conversation_id)[0] == "opted_out"
    [(button, value)] = asked.choices.items()
    done = page(site.http.post(link(email.body, "unsubscribe"), data={"form": asked.form, "choice": value}))
    assert "you will get no more maintenance reminders" in done.text
    with site.services.sessions() as session:
        assert session.get(OptOut, email.address) is not None
    assert state(site, email.conversation_id)[0] == "opted_out"
    closed = page(site.http.get(link(email.body, "book")))
    assert "You asked us to stop the reminders" in closed.text and not closed.choices


@pytest.mark.parametrize("appointment_type", ["Equipment maintenance visit", "No such appointment type"])
def test_with_odoos_appointment_module_the_link_is_its_public_appointment_page(
    odoo_url: str, tmp_path: Path, odoo: odoorpc.ODOO, appointment_type: str
) -> None:
    for site in site_for(odoo_url, tmp_path, email_booking="appointment", appointment_type_name=appointment_type,
                         technician_logins=["marc", "priya"]):
        email = first_email(site)
        [type_id] = odoo.env["appointment.type"].search([("name", "=", appointment_type)]) or [None]
        if type_id:  # an invitation's short link: /appointment/<id> is 404 to the public unless the type is published
            [invite] = odoo.env["appointment.invite"].search_read([("appointment_type_ids", "in", [type_id])], ["book_url"])
            assert invite["book_url"].endswith("/book/fusion-visit-%d" % type_id)
            assert f"{invite['book_url']}\n" in email.body and f'href="{invite["book_url"]}"' in email.html
        else:  # the module (or the type) is not there: our own page
            assert page(site.http.get(link(email.body, "book"))).choices


def test_an_email_only_client_reminded_by_the_scan_books_from_the_link_in_the_email(odoo_url: str, tmp_path: Path, odoo: odoorpc.ODOO) -> None:
    with Mailbox() as mailbox:
        for site in site_for(odoo_url, tmp_path, email_channel="smtp", smtp_host="127.0.0.1", smtp_port=mailbox.port, dealer_address=ADDRESS,
                             smtp_from="Fusion Mobility <service@fusionmobility.example>", smtp_starttls=False):
            assert isinstance(site.services.channels["email"], SmtpEmail)
            report = site.services.scan()
            emailed = {m.address for m in report.sent if m.channel == "email"}
            assert emailed and {r.recipients[0] for r in mailbox.received} == emailed
            reminder = mailbox.received[0]
            [partner] = odoo.env["res.partner"].search_read([("email", "=", reminder.recipients[0])], ["phone"])
            assert not partner["phone"]
            text = reminder.message.get_body(("plain",)).get_content()
            shown = page(site.http.get(link(text, "book")))
            label, value = next(iter(shown.choices.items()))
            booked = page(site.http.post(link(text, "book"), data={"form": shown.form, "choice": value}))
            assert f"booked: {label}" in booked.text and len(client_events(odoo, reminder.recipients[0])) == 1
            confirmation = mailbox.received[-1]
            assert confirmation.recipients == reminder.recipients and "your maintenance visit is booked for " + label in confirmation.message["Subject"]


def test_odoo_down_while_booking_says_so_changes_nothing_and_the_page_books_once_it_is_back(sandbox, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    port = free_port()
    server = ServerThread(sandbox.app, port=port).start()
    for site in site_for(f"http://127.0.0.1:{port}", tmp_path, odoo_timeout_seconds=1):
        email = first_email(site)
        url = link(email.body, "book")
        shown = page(site.http.get(url))
        server.stop()
        down = page(site.http.post(url, data={"form": shown.form, "choice": next(iter(shown.choices.values()))}))
        assert down.status == 503 and "We could not book just now." in down.text and PHONE in down.text
        status, dialog = state(site, email.conversation_id)
        assert status == "active" and dialog.stage == "reminded" and dialog.offers == []  # the turn was undone: nothing half-booked
        with ServerThread(sandbox.app, port=port):
            again = page(site.http.get(url))
            label, value = next(iter(again.choices.items()))
            assert f"booked: {label}" in page(site.http.post(url, data={"form": again.form, "choice": value})).text
            assert len(sandbox.env.search_read("calendar.event", [("res_model", "=", "fusion.repair.maintenance.contract"), ("appointment_status", "=", "booked")], ["id"])) == 1
