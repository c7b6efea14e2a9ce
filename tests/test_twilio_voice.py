"""Automated calls through Twilio's SDK: the call request it builds, and a whole booking walked through the TwiML our
webhooks answer, key press by key press, with Twilio's own signatures (and a phrase where Twilio gives a transcript)."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import httpx
import odoorpc
import pytest

from app.container import Services
from app.store import repository as repo
from tests.fake_twilio import FROM, PUBLIC, SID, TOKEN, RecordingTwilio, twilio_post, twilio_services
from tests.twiml_rules import said



@pytest.fixture
def twilio() -> RecordingTwilio:
    return RecordingTwilio()


@pytest.fixture
def services(odoo_url: str, tmp_path: Path, twilio: RecordingTwilio) -> Iterator[Services]:
    built = twilio_services(odoo_url, tmp_path, twilio, "voice")
    yield built
    built.close()



def post(api: httpx.Client, url: str, form: dict[str, str], token: str = TOKEN) -> httpx.Response:
    return twilio_post(api, url, form, token)


def call_reminder(services: Services) -> tuple[str, str, str]:
    """Remind the first due client by voice; returns (client phone, the answer URL Twilio was given, the call SID)."""
    planned = next(r for r in services.scan(dry_run=True).planned if r.client.locale == "en_CA")
    [placed] = services.assistant.reminders.remind(planned.client, planned.units, planned.band, planned.keys, medium="voice")
    return planned.client.phone, placed.provider_message_id, str(placed.id)


def gather_action(twiml: str) -> str | None:
    node = ET.fromstring(twiml).find("Gather")
    return node.get("action") if node is not None else None


def test_a_reminder_call_is_placed_with_caller_id_answering_machine_detection_and_our_webhooks(services: Services, twilio: RecordingTwilio) -> None:
    phone, call_sid, reference = call_reminder(services)
    [request] = twilio.requests
    assert request["uri"] == f"https://api.twilio.com/2010-04-01/Accounts/{SID}/Calls.json" and request["auth"] == (SID, TOKEN)
    data = request["data"]
    assert data["To"] == phone and data["From"] == FROM and data["MachineDetection"] == "DetectMessageEnd"
    assert data["Url"] == f"{PUBLIC}/webhooks/twilio/voice/answer?m={reference}"
    assert data["StatusCallback"] == f"{PUBLIC}/webhooks/twilio/voice/status"
    assert call_sid == f"CA{1:032d}"


def test_a_whole_booking_by_key_presses(services: Services, api: httpx.Client, odoo: odoorpc.ODOO, twilio: RecordingTwilio) -> None:
    phone, call_sid, _ = call_reminder(services)
    call = {"CallSid": call_sid, "From": FROM, "To": phone, "Direction": "outbound-api", "AccountSid": SID}
    answer_url = twilio.requests[0]["data"]["Url"]

    answered = post(api, answer_url, {**call, "AnsweredBy": "human", "CallStatus": "in-progress"})
    assert answered.status_code == 200 and answered.headers["content-type"].startswith("application/xml")
    assert "automated call from Fusion Mobility" in said(answered.text) and "press 1" in said(answered.text)
    gather = ET.fromstring(answered.text).find("Gather")
    assert gather is not None and gather.get("input") == "dtmf speech" and gather.get("language") == "en-CA"

    offers = post(api, gather_action(answered.text), {**call, "Digits": "1"})
    spoken = said(offers.text)
    assert re.search(r"press 2\.", spoken) and "To hear more times, press 9" in spoken

    more = post(api, gather_action(offers.text), {**call, "Digits": "9"})  # 9: more times, none of the first ones
    first_times = set(re.findall(r"For (\w+, \w+ \d+ at [\d:]+ [ap]\.m\.)", spoken))
    assert first_times and not first_times & set(re.findall(r"For (\w+, \w+ \d+ at [\d:]+ [ap]\.m\.)", said(more.text)))

    chosen = post(api, gather_action(more.text), {**call, "Digits": "2"})
    assert "You chose" in said(chosen.text) and "To book it, press 1" in said(chosen.text)

    events_before = odoo.env["calendar.event"].search_count([])
    booked = post(api, gather_action(chosen.text), {**call, "Digits": "1"})
    assert "You're booked" in said(booked.text)
    assert ET.fromstring(booked.text).find("Hangup") is not None and gather_action(booked.text) is None
    assert odoo.env["calendar.event"].search_count([]) == events_before + 1

    retried = post(api, gather_action(chosen.text), {**call, "Digits": "1"})  # Twilio retries the same step
    assert retried.status_code == 200 and odoo.env["calendar.event"].search_count([]) == events_before + 1
    with services.sessions() as session:
        spoken_lines = [m for m in repo.outbound(session, "voice")]
        assert [m.template for m in spoken_lines] == ["reminder", "offer", "offer", "confirm_choice", "booked"]


def test_speech_runs_through_the_same_understanding(services: Services, api: httpx.Client, twilio: RecordingTwilio) -> None:
    phone, call_sid, _ = call_reminder(services)
    call = {"CallSid": call_sid, "From": FROM, "To": phone, "Direction": "outbound-api"}
    answered = post(api, twilio.requests[0]["data"]["Url"], {**call, "AnsweredBy": "human"})
    offers = post(api, gather_action(answered.text), {**call, "SpeechResult": "Thursday afternoon", "Confidence": "0.9"})
    assert "Thursday" in said(offers.text) and "p.m." in said(offers.text)
    stop = post(api, gather_action(offers.text), {**call, "Digits": "8"})
    assert "no more calls" in said(stop.text) and ET.fromstring(stop.text).find("Hangup") is not None
    with services.sessions() as session:
        assert repo.is_opted_out(session, phone)


def test_an_answering_machine_gets_who_why_and_the_number_never_a_menu(services: Services, api: httpx.Client, twilio: RecordingTwilio) -> None:
    phone, call_sid, _ = call_reminder(services)
    call = {"CallSid": call_sid, "From": FROM, "To": phone, "Direction": "outbound-api"}
    machine = post(api, twilio.requests[0]["data"]["Url"], {**call, "AnsweredBy": "machine_end_beep"})
    spoken = said(machine.text)
    assert "Fusion Mobility" in spoken and "maintenance" in spoken and services.settings.dealer_phone in spoken
    assert ET.fromstring(machine.text).find("Gather") is None and "press" not in spoken.lower()


def test_silence_ends_the_call_politely_and_forged_or_malformed_requests_are_refused(
    services: Services, api: httpx.Client, twilio: RecordingTwilio
) -> None:
    phone, call_sid, _ = call_reminder(services)
    call = {"CallSid": call_sid, "From": FROM, "To": phone, "Direction": "outbound-api"}
    url = twilio.requests[0]["data"]["Url"]
    answered = post(api, url, {**call, "AnsweredBy": "human"})
    after_gather = [node.tag for node in ET.fromstring(answered.text)]
    assert after_gather == ["Gather", "Gather", "Say", "Hangup"]  # no input: the menu once more, then a goodbye with the number to call
    first, again = ET.fromstring(answered.text).findall("Gather")
    assert ET.tostring(first) == ET.tostring(again)
    assert post(api, url, {**call, "AnsweredBy": "human"}, token="forged").status_code == 403
    assert post(api, f"{PUBLIC}/webhooks/twilio/voice/gather?turn=1", call).status_code == 400  # nothing pressed or said
    assert post(api, f"{PUBLIC}/webhooks/twilio/voice/answer?m=999999", {**call, "AnsweredBy": "human"}).status_code == 404
    status = post(api, f"{PUBLIC}/webhooks/twilio/voice/status", {"CallSid": call_sid, "CallStatus": "no-answer"})
    assert status.status_code == 204
    with services.sessions() as session:
        assert repo.outbound_by_provider_id(session, "voice", call_sid).status == "no-answer"
