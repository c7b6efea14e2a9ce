"""Replies that are not about a time, whole conversations over real HTTP (the console channel) with the sandbox Odoo,
in English and French: danger rings the on-call phone and leaves an URGENT To-Do first in the inbox; a death, a unit
gone or a wrong number gets a kind word, a To-Do for staff, and no later scan reminds them; a question is answered
where the dealer gives an answer, else handed to staff; and none of it is an opt-out."""
from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import httpx
import odoorpc
import pytest
from pydantic import ValidationError

from app.config import PROJECT_ROOT, Settings
from app.container import Services, build_services, voice_channel
from app.reminders.scan import ScanReport
from app.serving import ServerThread
from app.store import repository as repo
from app.store.models import Conversation, Message, OptOut, ReminderStop
from app.web.app import create_app
from dialogs.model import DialogState, Unit
from tests.conftest import NOW, Clock, settings_for
from tests.fake_twilio import FROM, PUBLIC, SID, TOKEN, RecordingTwilio, twilio_post
from tests.test_inbox_http import sign_in
from tests.test_staff_actions import FakeDialer
from tests.twiml_rules import said as said_in
from tests.test_twilio_voice import gather_action

ON_CALL, CALLBACK = "+16475550911", "+14165550142"
URGENT_SUMMARY = re.compile(r"^URGENT - Booking assistant: .+ needs a person$")


@dataclass
class Desk:
    """The service on HTTP as a client and staff meet it, with the on-call phone's dialer and the clock."""

    services: Services
    api: httpx.Client
    dialer: FakeDialer
    clock: Clock
    texted: list[dict] | None = None  # the first scan's texts

    def reminded(self, locale: str, fits: Callable[[list[Unit]], bool] = lambda units: True, but: str = "") -> tuple[str, int, list[Unit]]:
        """The phone, contact and units of the first client the first scan texted in this language (whose units fit)."""
        if self.texted is None:
            response = self.api.post("/console/scan")
            assert response.status_code == 200
            self.texted = [r for r in response.json() if r["channel"] == "sms"]
        for reminder in self.texted:
            row, state = self.conversation(reminder["to"])
            if state.locale == locale and fits(state.units) and reminder["to"] != but:
                return reminder["to"], row.partner_id, state.units
        raise AssertionError(f"no {locale} client texted")

    def text(self, phone: str, body: str) -> list[str]:
        response = self.api.post("/console/sms", json={"from": phone, "body": body})
        assert response.status_code == 200, response.text
        return response.json()["replies"]

    def conversation(self, phone: str) -> tuple[Conversation, DialogState]:
        with self.services.sessions() as session:
            row = session.query(Conversation).filter_by(phone=phone).order_by(Conversation.id.desc()).first()
            return row, DialogState.from_json(row.state)


@pytest.fixture
def open_desk(odoo_url: str, tmp_path: Path, clock: Clock) -> Iterator[Callable[..., Desk]]:
    """A desk with these settings; quiet hours off, so a later scan reminds whatever day it falls on."""
    opened: list[tuple[Services, ServerThread, httpx.Client]] = []

    def open_(**overrides: object) -> Desk:
        folder = tmp_path / str(len(opened))
        folder.mkdir()
        dialer = FakeDialer()
        settings = settings_for(odoo_url, folder, quiet_hours_enforced=False, **overrides)
        services = build_services(settings, clock=clock, dialer=dialer)
        server = ServerThread(create_app(services)).__enter__()
        api = httpx.Client(base_url=server.url, timeout=30)
        opened.append((services, server, api))
        return Desk(services, api, dialer, clock)

    yield open_
    for services, server, api in opened:
        api.close()
        server.__exit__(None, None, None)
        services.close()


@pytest.fixture
def desk(open_desk: Callable[..., Desk]) -> Desk:
    return open_desk(on_call_phone=ON_CALL, callback_staff_phone=CALLBACK)


def todos(odoo: odoorpc.ODOO, partner_id: int) -> list[dict]:
    """The To-Dos on a contact, their notes as staff read them (HTML entities decoded)."""
    found = odoo.env["mail.activity"].search_read([("res_model", "=", "res.partner"), ("res_id", "=", partner_id)], ["summary", "note"])
    return [{**todo, "note": html.unescape(todo["note"])} for todo in found]


def chatter(odoo: odoorpc.ODOO, partner_id: int) -> list[str]:
    return [m["body"] for m in odoo.env["mail.message"].search_read([("model", "=", "res.partner"), ("res_id", "=", partner_id)], ["body"])]


def no_opt_out(desk: Desk, phone: str) -> None:
    with desk.services.sessions() as session:
        assert not repo.is_opted_out(session, phone) and session.query(OptOut).count() == 0


def later_scan(desk: Desk, phone: str, units: list[Unit]) -> ScanReport:
    """Staff resolve the conversation, then a scan runs once every unit is a week overdue: a new reminder is due for each
    (the overdue follow-up), so only a stop keeps it back."""
    row, state = desk.conversation(phone)
    if row.status == "handoff":
        desk.services.assistant.staff.resolve(row.id)
    desk.clock.now = datetime.combine(max(u.due_date for u in units) + timedelta(days=8), NOW.timetz())
    return desk.services.scan()


def texted_to(report: ScanReport, phone: str) -> list[Message]:
    return [m for m in report.sent if m.address == phone]


# urgent --------------------------------------------------------------------------------------------------------------
URGENT = {"en_CA": ("Dad is stuck in his stair lift halfway up", "call 911 now"),
          "fr_CA": ("Ma mère est coincée dans son monte-escalier, elle ne peut pas descendre", "composez le 911 maintenant")}


@pytest.mark.parametrize("locale", list(URGENT))
def test_danger_rings_the_on_call_phone_at_night_and_leaves_an_urgent_todo_first_in_the_inbox(
    locale: str, desk: Desk, odoo: odoorpc.ODOO
) -> None:
    phone, partner, _ = desk.reminded(locale)
    other, _, _ = desk.reminded("en_CA", but=phone)
    desk.clock.now = NOW + timedelta(hours=6)  # 4 p.m.: someone else waits for a person, since before
    desk.text(other, "can someone call me")
    rung = len(desk.dialer.calls)
    desk.clock.now = NOW + timedelta(hours=16, minutes=30)  # 2:30 a.m.: office closed, the on-call phone rings anyway
    said, answer = URGENT[locale]
    [reply] = desk.text(phone, said)
    assert answer in reply and desk.services.settings.dealer_phone in reply
    assert desk.dialer.calls[rung:] == [(ON_CALL, phone)]  # the on-call person first, then the client; not the office callback
    row, state = desk.conversation(phone)
    assert row.status == "handoff" and state.urgent
    with desk.services.sessions() as session:
        [call] = session.query(Message).filter_by(conversation_id=row.id, channel="ringout").all()
        assert call.status == "sent"
    [todo] = todos(odoo, partner)
    assert URGENT_SUMMARY.match(todo["summary"]) and "URGENT." in todo["note"] and "call them now" in todo["note"]
    assert any(said.split(",")[0] in body for body in chatter(odoo, partner))  # the transcript in the chatter too
    no_opt_out(desk, phone)

    browser = desk.api
    assert sign_in(browser).status_code in (200, 303)
    page = browser.get("/inbox").text
    needs = page.split('data-group="handoff"')[1].split("</section>")[0]
    rows = re.findall(r'<tr data-conversation="(\d+)"( class="urgent" data-urgent="1")?', needs)
    assert rows[0] == (str(row.id), ' class="urgent" data-urgent="1"') and len(rows) == 2  # first, flagged; the other after
    assert "urgent: danger or equipment failing in use" in needs and "client asked for a person" in needs
    detail = browser.get(f"/inbox/c/{row.id}").text
    assert 'data-urgent="1"' in detail and "Why: urgent: danger" in detail

    desk.services.assistant.staff.resolve(row.id)  # dealt with: no longer flagged
    assert 'data-urgent="1"' not in browser.get("/inbox").text


def test_danger_rings_the_office_callback_when_no_on_call_phone_is_set_only_in_office_hours(open_desk: Callable[..., Desk]) -> None:
    desk = open_desk(callback_staff_phone=CALLBACK)
    phone, _, _ = desk.reminded("en_CA")
    desk.text(phone, "HELP the scooter won't stop, it keeps going")
    assert desk.dialer.calls == [(CALLBACK, phone)]  # 10:00 on a Tuesday: the office answers
    night = open_desk(callback_staff_phone=CALLBACK)
    phone, _, _ = night.reminded("en_CA")
    night.clock.now = NOW + timedelta(hours=12)
    [reply] = night.text(phone, "smoke is coming out of the chair")
    assert "911" in reply and night.dialer.calls == []  # 10 p.m. and no on-call phone: the To-Do and the inbox wait


def test_danger_from_a_number_nobody_knows_still_reaches_the_on_call_phone(desk: Desk, odoo: odoorpc.ODOO) -> None:
    stranger = "+16475550177"
    [reply] = desk.text(stranger, "My mother fell from her lift chair, she is hurt")
    assert "911" in reply and desk.dialer.calls == [(ON_CALL, stranger)]
    row, state = desk.conversation(stranger)
    assert row.status == "handoff" and state.urgent and row.partner_id is None
    [company] = odoo.env["res.company"].search_read([], ["partner_id"], limit=1)
    assert any(URGENT_SUMMARY.match(t["summary"]) for t in todos(odoo, company["partner_id"][0]))


def test_on_call_phone_must_be_e164() -> None:
    assert Settings(on_call_phone="+16475550911").on_call_phone == "+16475550911"
    with pytest.raises(ValidationError):
        Settings(on_call_phone="647-555-0911")


# a death, a unit gone, a wrong number -----------------------------------------------------------------------------------
BEREAVED = {"en_CA": ("My husband passed away last month", "sorry for your loss"),
            "fr_CA": ("Mon mari est décédé le mois passé", "Toutes nos condoléances")}


@pytest.mark.parametrize("locale", list(BEREAVED))
def test_a_death_gets_condolences_a_todo_and_no_reminder_ever_after(locale: str, desk: Desk, odoo: odoorpc.ODOO) -> None:
    phone, partner, units = desk.reminded(locale)
    said, answer = BEREAVED[locale]
    [reply] = desk.text(phone, said)
    assert answer in reply
    assert desk.text(phone, "yes") == [] and desk.conversation(phone)[1].offers == []  # with staff now: no times offered
    [todo] = todos(odoo, partner)
    assert not todo["summary"].startswith("URGENT") and "The client has died" in todo["note"]
    assert desk.dialer.calls == []
    no_opt_out(desk, phone)
    report = later_scan(desk, phone, units)
    assert texted_to(report, phone) == [] and report.skipped.get("stopped", 0) >= len(units)  # and any unit of theirs due since


NO_LONGER = {"en_CA": ("We sold the scooter last spring", "stopped the maintenance reminders for your"),
             "fr_CA": ("Nous avons vendu le fauteuil au printemps", "cessé les rappels d'entretien pour vo")}


def has_scooter_and_more(units: list[Unit]) -> bool:
    return any(u.category == "Scooters" for u in units) and any(u.category != "Scooters" for u in units)


@pytest.mark.parametrize("locale", list(NO_LONGER))
def test_a_unit_gone_gets_thanks_a_todo_and_that_unit_is_never_reminded_again(locale: str, desk: Desk, odoo: odoorpc.ODOO) -> None:
    phone, partner, units = desk.reminded(locale, has_scooter_and_more if locale == "en_CA" else lambda units: True)
    said, answer = NO_LONGER[locale]
    [reply] = desk.text(phone, said)
    gone = [u for u in units if u.category == "Scooters"] if locale == "en_CA" else units  # the one named, else all
    kept = [u for u in units if u not in gone]
    assert answer in reply and all(u.label in reply for u in gone) and not any(u.label in reply for u in kept)
    [todo] = todos(odoo, partner)
    assert "no longer has this equipment" in todo["note"]
    no_opt_out(desk, phone)
    report = later_scan(desk, phone, units)
    assert report.skipped.get("stopped") == len(gone)
    reminded_units = [u.id for m in texted_to(report, phone) for u in desk.conversation(phone)[1].units]
    assert not {u.id for u in gone} & set(reminded_units)
    assert {u.id for u in kept} <= set(reminded_units)  # the units the client still has are reminded as before


WRONG = {"en_CA": ("Wrong number, I don't know this person", "no more reminders to this number"),
         "fr_CA": ("Mauvais numéro, je ne connais pas cette personne", "plus de rappels à ce numéro")}


@pytest.mark.parametrize("locale", list(WRONG))
def test_a_wrong_number_gets_an_apology_without_the_clients_name_and_is_never_texted_again(locale: str, desk: Desk, odoo: odoorpc.ODOO) -> None:
    phone, partner, units = desk.reminded(locale)
    said, answer = WRONG[locale]
    [reply] = desk.text(phone, said)
    client = desk.conversation(phone)[1].client_name
    assert answer in reply and client.split()[0] not in reply and client.split()[-1] not in reply
    [todo] = todos(odoo, partner)
    assert "not the client's" in todo["note"]
    no_opt_out(desk, phone)
    with desk.services.sessions() as session:
        assert session.query(ReminderStop).filter_by(scope="phone", key=phone).count() == 1
    report = later_scan(desk, phone, units)
    assert texted_to(report, phone) == []
    with desk.services.sessions() as session:  # the client's units still count: by email, else a To-Do to find the number
        emailed = [m for m in report.sent if m.channel == "email" and session.get(Conversation, m.conversation_id).partner_id == partner]
    assert emailed or len(todos(odoo, partner)) == 2



@pytest.mark.parametrize("locale, said", [("en_CA", "This is not {first}"), ("en_CA", "Who is {first}?"), ("fr_CA", "Je suis pas {first}")])
def test_a_denial_of_the_clients_own_name_is_a_wrong_number(locale: str, said: str, desk: Desk) -> None:
    phone, _, _ = desk.reminded(locale)
    first = desk.conversation(phone)[1].client_name.split()[0]
    [reply] = desk.text(phone, said.format(first=first))
    assert WRONG[locale][1] in reply
    no_opt_out(desk, phone)
    with desk.services.sessions() as session:
        assert session.query(ReminderStop).filter_by(scope="phone", key=phone).count() == 1

# questions ------------------------------------------------------------------------------------------------------------
PRICE = {"en_CA": "How much does the checkup cost?", "fr_CA": "Combien coûte la visite d'entretien?"}


@pytest.mark.parametrize("locale", list(PRICE))
def test_a_price_question_goes_to_staff_by_default(locale: str, desk: Desk, odoo: odoorpc.ODOO) -> None:
    phone, partner, _ = desk.reminded(locale)
    [reply] = desk.text(phone, PRICE[locale])
    assert reply.startswith("Thank you. A member of our team" if locale == "en_CA" else "Merci. Un membre de notre équipe")
    [todo] = todos(odoo, partner)
    assert "The client asks what the visit costs." in todo["note"] and PRICE[locale] in todo["note"]
    no_opt_out(desk, phone)


@pytest.mark.parametrize("locale", list(PRICE))
def test_the_dealers_price_answer_is_given_once_and_the_offer_still_stands(locale: str, open_desk: Callable[..., Desk], odoo: odoorpc.ODOO) -> None:
    desk = open_desk(price_answer=True)
    phone, partner, _ = desk.reminded(locale, lambda units: all(u.category != "Power bases" for u in units))  # hour-long visits
    [offer] = desk.text(phone, "demain après-midi" if locale == "fr_CA" else "tomorrow afternoon")
    [answer] = desk.text(phone, PRICE[locale])
    assert ("The price depends on" if locale == "en_CA" else "Le prix dépend de") in answer
    assert ("reply with the number of the time" if locale == "en_CA" else "le numéro de la plage choisie") in answer
    assert "1)" not in answer and desk.conversation(phone)[1].stage == "offered"  # no offer again: the one sent stands
    [booked] = desk.text(phone, "1")
    assert booked.startswith("You're booked" if locale == "en_CA" else "C'est réservé")
    assert todos(odoo, partner) == []
    no_opt_out(desk, phone)


ALREADY = {"en_CA": ("Your technician already came in October", "stopped the reminders for this service"),
           "fr_CA": ("Votre technicien est déjà venu en octobre", "cessé les rappels pour cet entretien")}


@pytest.mark.parametrize("locale", list(ALREADY))
def test_already_serviced_is_answered_when_the_dealer_says_so_and_this_due_date_is_not_reminded_again(
    locale: str, open_desk: Callable[..., Desk], odoo: odoorpc.ODOO
) -> None:
    desk = open_desk(already_serviced_answer=True)
    phone, partner, units = desk.reminded(locale)
    said, answer = ALREADY[locale]
    [reply] = desk.text(phone, said)
    assert answer in reply and desk.conversation(phone)[0].status == "active"
    assert todos(odoo, partner) == []
    no_opt_out(desk, phone)
    report = later_scan(desk, phone, units)
    assert texted_to(report, phone) == [] and report.skipped.get("stopped") == len(units)


@pytest.mark.parametrize("locale", list(ALREADY))
def test_already_serviced_goes_to_staff_by_default(locale: str, desk: Desk, odoo: odoorpc.ODOO) -> None:
    phone, partner, units = desk.reminded(locale)
    desk.text(phone, ALREADY[locale][0])
    assert desk.conversation(phone)[0].status == "handoff"
    [todo] = todos(odoo, partner)
    assert "already serviced" in todo["note"] and "record the last service in Odoo" in todo["note"]
    no_opt_out(desk, phone)
    report = later_scan(desk, phone, units)
    assert texted_to(report, phone) == [] and report.skipped.get("stopped") == len(units)


# asking for a call ----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("locale", "said"), [
    ("en_CA", "Can someone call me?"), ("en_CA", "Please call me back"), ("en_CA", "I'd rather talk on the phone"),
    ("fr_CA", "Appelez-moi s'il vous plaît"), ("fr_CA", "Pouvez-vous me rappeler?"),
])
def test_asking_for_a_call_is_a_callback_for_staff_never_an_opt_out(locale: str, said: str, desk: Desk, odoo: odoorpc.ODOO) -> None:
    phone, partner, units = desk.reminded(locale)
    [reply] = desk.text(phone, said)
    assert reply.startswith("Thank you. A member of our team" if locale == "en_CA" else "Merci. Un membre de notre équipe")
    assert desk.dialer.calls == [(CALLBACK, phone)]  # office hours: the office phone rings, then the client
    [todo] = todos(odoo, partner)
    assert "The client asked to talk to a person." in todo["note"]
    no_opt_out(desk, phone)
    with desk.services.sessions() as session:
        assert session.query(ReminderStop).count() == 0
    report = later_scan(desk, phone, units)  # resolved by staff: reminders carry on
    assert texted_to(report, phone)


# on a call ------------------------------------------------------------------------------------------------------------
CALLED = [  # what the client says on a reminder call, what the call says back (in part), and whether it listens on
    ("en_CA", "urgent", "my father is stuck on the stair lift", "hang up and call 9-1-1 now", False),
    ("fr_CA", "urgent", "mon père est coincé dans le monte-escalier", "composez le 9-1-1 maintenant", False),
    ("en_CA", "bereaved", "my wife passed away in September", "sorry for your loss", False),
    ("fr_CA", "bereaved", "ma femme est décédée en septembre", "Toutes nos condoléances", False),
    ("en_CA", "no_longer_has_unit", "we sold it last spring", "stopped the maintenance reminders for your", False),
    ("fr_CA", "no_longer_has_unit", "nous l'avons vendu au printemps", "cessé les rappels d'entretien pour vo", False),
    ("en_CA", "wrong_number", "wrong number, I don't know this person", "no more reminder calls to this number", False),
    ("fr_CA", "wrong_number", "mauvais numéro, je ne connais pas cette personne", "plus d'appels de rappel à ce numéro", False),
    ("en_CA", "price_question", "how much does the checkup cost", "Press 1 to hear the times", True),
    ("fr_CA", "price_question", "combien coûte la visite", "Appuyez sur 1 pour entendre les plages", True),
]


@pytest.mark.parametrize(("locale", "intent", "said", "answer", "listens"), CALLED, ids=[f"{c[1]}-{c[0]}" for c in CALLED])
def test_the_same_replies_are_spoken_on_a_call(
    locale: str, intent: str, said: str, answer: str, listens: bool, odoo_url: str, tmp_path: Path, odoo: odoorpc.ODOO
) -> None:
    twilio, dialer = RecordingTwilio(), FakeDialer()
    settings = settings_for(odoo_url, tmp_path, voice_channel="twilio", twilio_account_sid=SID, twilio_auth_token=TOKEN, twilio_from_number=FROM,
                            public_url=PUBLIC, on_call_phone=ON_CALL, price_answer=True)
    services = build_services(settings, clock=lambda: NOW, channels={"voice": voice_channel(settings, twilio_http=twilio)}, dialer=dialer)
    try:
        planned = next(r for r in services.scan(dry_run=True).planned if r.client.locale == locale and r.client.phone)
        [placed] = services.assistant.reminders.remind(planned.client, planned.units, planned.band, planned.keys, medium="voice")
        phone = planned.client.phone
        call = {"CallSid": placed.provider_message_id, "From": FROM, "To": phone, "Direction": "outbound-api", "AccountSid": SID}
        with ServerThread(create_app(services)) as server, httpx.Client(base_url=server.url, timeout=30) as api:
            answered = twilio_post(api, twilio.requests[0]["data"]["Url"], {**call, "AnsweredBy": "human"}, TOKEN)
            spoken = twilio_post(api, gather_action(answered.text), {**call, "SpeechResult": said, "Confidence": "0.9"}, TOKEN)
        twiml = ET.fromstring(spoken.text)
        words = said_in(spoken.text)
        assert answer in words and (twiml.find("Gather") is not None) == listens
        with services.sessions() as session:
            assert [m.template for m in repo.outbound(session, "voice")][-1] == {"price_question": "price_answer"}.get(intent, intent)
            assert not repo.is_opted_out(session, phone)
        assert dialer.calls == ([(ON_CALL, phone)] if intent == "urgent" else [])
        handed = todos(odoo, planned.client.partner_id)
        assert [bool(URGENT_SUMMARY.match(t["summary"])) for t in handed] == ([] if intent == "price_question" else [intent == "urgent"])
    finally:
        services.close()


@pytest.mark.parametrize("channel", ["sms", "voice"])
@pytest.mark.parametrize("locale", ["en_CA", "fr_CA"])
def test_every_new_reply_has_its_own_words_in_each_language_and_medium(channel: str, locale: str) -> None:
    for name in ("urgent", "bereaved", "no_longer_has_unit", "wrong_number", "price_answer", "already_serviced_answer"):
        assert (PROJECT_ROOT / "prompts" / channel / locale / f"{name}.j2").is_file(), (channel, locale, name)
