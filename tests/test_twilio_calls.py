"""Calls an elderly client can follow (issue 19), through Twilio's webhooks signed as Twilio signs them: a documented
voice per language, star to hear a menu again, a phrase heard unclearly read back before anything is done, a caregiver
answering for the client, and a client calling the dealer's number back."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx
import odoorpc
import pytest
from pydantic import ValidationError
from typer.testing import CliRunner

from app import cli as cli_module
from app.channels.twilio_speech import Listening, Speaker
from app.config import PROJECT_ROOT, Settings
from app.container import Services
from app.rendering import Renderer
from app.store import repository as repo
from app.store.models import Conversation, Message
from tests.fake_twilio import FROM, PUBLIC, SID, TOKEN, RecordingTwilio, twilio_post, twilio_services
from tests.test_sms_segments import VALUES
from tests.twiml_rules import assert_documented, said

PROMPTS = PROJECT_ROOT / "prompts"
VOICE_TEMPLATES = sorted(p.name.removesuffix(".j2") for p in (PROMPTS / "voice" / "en_CA").glob("*.j2"))
ANSWER = f"{PUBLIC}/webhooks/twilio/voice/answer"


@pytest.fixture
def twilio() -> RecordingTwilio:
    return RecordingTwilio()


@pytest.fixture
def services(odoo_url: str, tmp_path: Path, twilio: RecordingTwilio, request: pytest.FixtureRequest) -> Iterator[Services]:
    built = twilio_services(odoo_url, tmp_path, twilio, "voice", **getattr(request, "param", {}))
    yield built
    built.close()


def post(api: httpx.Client, url: str, form: dict[str, str]) -> httpx.Response:
    answered = twilio_post(api, url, form, TOKEN)
    assert answered.status_code == 200, answered.text
    return answered


def action(twiml: str) -> str:
    gather = ET.fromstring(twiml).find("Gather")
    assert gather is not None, "the call does not listen"
    return gather.get("action") or ""


def remind_by_call(services: Services, twilio: RecordingTwilio, locale: str) -> tuple[dict[str, str], str]:
    """A reminder call to the first due client speaking `locale`; returns Twilio's call fields and the answer URL."""
    planned = next(r for r in services.scan(dry_run=True).planned if r.client.locale == locale)
    [placed] = services.assistant.reminders.remind(planned.client, planned.units, planned.band, planned.keys, medium="voice")
    call = {"CallSid": placed.provider_message_id, "From": FROM, "To": planned.client.phone, "Direction": "outbound-api", "AccountSid": SID}
    return call, twilio.requests[-1]["data"]["Url"]


def inbound_count(services: Services) -> int:
    with services.sessions() as session:
        return session.query(Message).filter(Message.direction == "in").count()


# A. a documented voice per language ---------------------------------------------------------------------------------

@pytest.mark.parametrize("voices", [
    {"en": "Polly.Joanna-Neural", "fr": "Polly.Gabrielle-Neural"},  # the defaults
    {"en": "Polly.Matthew-Neural", "fr": "Polly.Liam-Neural"},
    {"en": "Polly.Joanna", "fr": "Polly.Chantal"},
    {"en": "alice", "fr": "alice"},
], ids=lambda voices: "+".join(voices.values()))
@pytest.mark.parametrize("locale", ["en_CA", "fr_CA"])
def test_every_voice_prompt_is_spoken_in_a_documented_voice_and_heard_in_the_clients_language(locale: str, voices: dict[str, str]) -> None:
    renderer = Renderer(PROMPTS, "America/Toronto", "Fusion Mobility", "+1 416-555-0100")
    speaker = Speaker.with_hints_from(PROMPTS, voices, "numbers_and_commands")
    listening = Listening(f"{PUBLIC}/webhooks/twilio/voice/gather?turn=1", renderer.render("voice", locale, "repeat_hint", VALUES),
                          renderer.render("voice", locale, "no_input", VALUES))
    values = {**VALUES, "heard": "next Tuesday morning", "opens": VALUES["missed"]}
    for name in VOICE_TEMPLATES:
        assert (PROMPTS / "voice" / locale / f"{name}.j2").exists(), f"{name} has no {locale} version"
        line = renderer.render("voice", locale, name, values)
        for twiml in (speaker.menu(locale, [line], listening), speaker.final(locale, [line]),
                      speaker.read_back(locale, line, listening), speaker.connect(locale, [line], "+14165550100")):
            assert_documented(str(twiml), locale[:2])


@pytest.mark.parametrize(("variable", "voice", "message"), [
    ("FUSION_TWILIO_VOICE_FR", "Polly.Joanna-Neural", "FUSION_TWILIO_VOICE_FR: 'Polly.Joanna-Neural' is not a voice Twilio documents for French"),
    ("FUSION_TWILIO_VOICE_EN", "Polly.Chantal", "FUSION_TWILIO_VOICE_EN: 'Polly.Chantal' is not a voice Twilio documents for English"),
    ("FUSION_TWILIO_VOICE_EN", "Polly.Nobody-Neural", "FUSION_TWILIO_VOICE_EN: 'Polly.Nobody-Neural' is not a voice Twilio documents"),
])
def test_serve_stops_at_start_on_a_voice_twilio_does_not_document_for_the_language(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, variable: str, voice: str, message: str,
) -> None:
    started: list[str] = []
    monkeypatch.setattr(cli_module, "upgrade", lambda url: started.append("store"))
    monkeypatch.setattr(cli_module.uvicorn, "run", lambda *args, **kwargs: started.append("service"))
    monkeypatch.setenv("FUSION_DATABASE_URL", f"sqlite:///{tmp_path / 'store.sqlite'}")
    monkeypatch.setenv(variable, voice)
    monkeypatch.setenv("FUSION_PUBLIC_URL", "http://127.0.0.1:8000")  # serve would set it for its workers: kept to this test
    refused = CliRunner().invoke(cli_module.cli, ["serve"])
    assert refused.exit_code != 0 and message in refused.output and started == []  # said plainly, no traceback
    monkeypatch.setenv(variable, "alice")  # documented for en-CA and fr-CA: the same command starts
    assert CliRunner().invoke(cli_module.cli, ["serve"]).exit_code == 0 and started == ["store", "service"]


# B. pace and repetition -----------------------------------------------------------------------------------------------

def test_a_call_menu_offers_at_most_three_times() -> None:
    twilio = {"voice_channel": "twilio", "twilio_account_sid": SID, "twilio_auth_token": TOKEN, "twilio_from_number": FROM}
    with pytest.raises(ValidationError, match="a call menu reads at most 3 times"):
        Settings(**twilio, offers_per_reply=4)
    assert Settings(**twilio, offers_per_reply=3).offers_per_reply == 3
    assert Settings(offers_per_reply=5).offers_per_reply == 5  # texts only: a text can list more


def test_a_voice_that_reads_ssml_speaks_slower_with_a_pause_between_options() -> None:
    lines = ["We can come:\nFor Tuesday, press 1.\nFor Wednesday, press 2.", "To hear this again, press star."]
    ssml = ET.fromstring(str(Speaker({"en": "Polly.Joanna-Neural"}, {}, "numbers_and_commands").final("en_CA", lines))).find("Say")
    assert [(node.tag, node.get("rate") or node.get("time")) for node in ssml] == [
        ("prosody", "90%"), ("break", "600ms"), ("prosody", "90%"), ("break", "600ms"), ("prosody", "90%"), ("break", "600ms"), ("prosody", "90%"),
    ]
    assert [node.text for node in ssml.iter("prosody")] == ["We can come:", "For Tuesday, press 1.", "For Wednesday, press 2.", "To hear this again, press star."]
    plain = ET.fromstring(str(Speaker({"en": "alice"}, {}, "numbers_and_commands").final("en_CA", lines))).find("Say")
    assert list(plain) == [] and "For Tuesday, press 1." in plain.text  # alice reads no SSML: the same words, plain

@pytest.mark.parametrize(("locale", "again"), [("en_CA", "press star"), ("fr_CA", "appuyez sur l'étoile")])
def test_star_says_the_menu_again_without_running_the_dialog(
    services: Services, api: httpx.Client, twilio: RecordingTwilio, locale: str, again: str,
) -> None:
    call, answer_url = remind_by_call(services, twilio, locale)
    answered = post(api, answer_url, {**call, "AnsweredBy": "human"})
    assert again in said(answered.text)
    assert_documented(answered.text, locale[:2])
    heard_before = inbound_count(services)

    repeated = post(api, action(answered.text), {**call, "Digits": "*"})
    assert said(repeated.text) == said(answered.text) and action(repeated.text) == action(answered.text)
    assert inbound_count(services) == heard_before  # nothing stored, the dialog did not run

    offers = post(api, action(repeated.text), {**call, "Digits": "1"})  # the same step as before the star
    assert "9" in said(offers.text) and inbound_count(services) == heard_before + 1
    offers_again = post(api, action(offers.text), {**call, "Digits": "*"})
    assert said(offers_again.text) == said(offers.text)
    assert_documented(offers_again.text, locale[:2])


# C. speech heard right ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("locale", "phrase", "asked", "day"), [
    ("en_CA", "next Tuesday morning", 'Did you say: "next Tuesday morning"? Press 1 for yes', "Tuesday"),
    ("fr_CA", "mardi prochain en matinée", "Avez-vous dit : « mardi prochain en matinée » ? Appuyez sur 1 pour oui", "mardi"),
])
def test_a_phrase_heard_with_low_confidence_is_read_back_before_anything_is_booked(
    services: Services, api: httpx.Client, odoo: odoorpc.ODOO, twilio: RecordingTwilio, locale: str, phrase: str, asked: str, day: str,
) -> None:
    call, answer_url = remind_by_call(services, twilio, locale)
    answered = post(api, answer_url, {**call, "AnsweredBy": "human"})
    heard_before, events_before = inbound_count(services), odoo.env["calendar.event"].search_count([])

    unsure = post(api, action(answered.text), {**call, "SpeechResult": phrase, "Confidence": "0.31"})
    assert asked in said(unsure.text)
    assert ET.fromstring(unsure.text).find("Gather").get("input") == "dtmf"  # a key, since the speech was unclear
    assert inbound_count(services) == heard_before  # not acted on: nothing stored, nothing searched
    assert parse_qs(urlsplit(action(unsure.text)).query)["heard"] == [phrase]  # carried in the URL Twilio signs
    assert_documented(unsure.text, locale[:2])

    no = post(api, action(unsure.text), {**call, "Digits": "2"})  # not what was said: the question again
    assert said(no.text) == said(answered.text) and inbound_count(services) == heard_before
    unsure = post(api, action(no.text), {**call, "SpeechResult": phrase, "Confidence": "0.2"})
    offers = post(api, action(unsure.text), {**call, "Digits": "1"})  # yes: taken as if heard clearly
    assert day in said(offers.text) and inbound_count(services) == heard_before + 1
    retried = post(api, action(unsure.text), {**call, "Digits": "1"})  # Twilio retries the same request: processed once
    assert said(retried.text) == said(offers.text) and inbound_count(services) == heard_before + 1
    with services.sessions() as session:
        [said_by_client] = [m.body for m in session.query(Message).filter(Message.direction == "in").all()[heard_before:]]
        assert said_by_client == phrase

    chosen = post(api, action(offers.text), {**call, "Digits": "1"})
    booked = post(api, action(chosen.text), {**call, "Digits": "1"})
    assert ET.fromstring(booked.text).find("Hangup") is not None
    assert odoo.env["calendar.event"].search_count([]) == events_before + 1


# D. who answered, and calling back ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("locale", "introduction", "question"), [
    ("en_CA", "I'm her daughter", "Press 1 to hear the times"),
    ("en_CA", "this is her son", "Press 1 to hear the times"),
    ("fr_CA", "c'est sa fille", "Appuyez sur 1 pour entendre les plages"),
])
def test_a_caregiver_who_says_who_they_are_goes_on_with_the_booking(
    services: Services, api: httpx.Client, odoo: odoorpc.ODOO, twilio: RecordingTwilio, locale: str, introduction: str, question: str,
) -> None:
    call, answer_url = remind_by_call(services, twilio, locale)
    answered = post(api, answer_url, {**call, "AnsweredBy": "human"})
    events_before = odoo.env["calendar.event"].search_count([])

    asked = post(api, action(answered.text), {**call, "SpeechResult": introduction, "Confidence": "0.9"})
    assert question in said(asked.text) and "understand" not in said(asked.text) and "compris" not in said(asked.text)
    with services.sessions() as session:
        conversation = repo.latest_conversation(session, call["To"])
        assert conversation is not None and conversation.state["misunderstood"] == 0

    offers = post(api, action(asked.text), {**call, "Digits": "1"})
    chosen = post(api, action(offers.text), {**call, "Digits": "1"})
    post(api, action(chosen.text), {**call, "Digits": "1"})
    assert odoo.env["calendar.event"].search_count([]) == events_before + 1


@pytest.mark.parametrize(("locale", "greeting", "question"), [
    ("en_CA", "thank you for calling Fusion Mobility back", "Press 1 to hear the times"),
    ("fr_CA", "merci de rappeler Fusion Mobility", "Appuyez sur 1 pour entendre les plages"),
])
def test_a_reminded_client_calling_back_reaches_their_conversation(
    services: Services, api: httpx.Client, twilio: RecordingTwilio, locale: str, greeting: str, question: str,
) -> None:
    call, _ = remind_by_call(services, twilio, locale)  # nobody answered the reminder call; the client calls back
    back = {"CallSid": "CA" + "9" * 32, "From": call["To"], "To": FROM, "Direction": "inbound", "AccountSid": SID}

    answered = post(api, ANSWER, back)
    spoken = said(answered.text)
    assert greeting in spoken and question in spoken and ET.fromstring(answered.text).find("Dial") is None
    assert_documented(answered.text, locale[:2])

    repeated = post(api, action(answered.text), {**back, "Digits": "*"})
    assert question in said(repeated.text)
    offers = post(api, action(answered.text), {**back, "Digits": "1"})  # the same dialog: the free times
    assert "9" in said(offers.text)
    with services.sessions() as session:
        conversations = session.query(Conversation).filter(Conversation.phone == call["To"]).all()
        assert len(conversations) == 1 and conversations[0].state["stage"] == "offered"


@pytest.mark.parametrize("services", [{}, {"office_hours": (11.0, 17.0)}], indirect=True, ids=["office open", "before opening"])
def test_an_unknown_caller_gets_a_person_or_when_someone_can_call_back(services: Services, api: httpx.Client) -> None:
    stranger = {"CallSid": "CA" + "8" * 32, "From": "+16135550199", "To": FROM, "Direction": "inbound", "AccountSid": SID}
    answered = post(api, ANSWER, stranger)
    dial = ET.fromstring(answered.text).find("Dial")
    assert_documented(answered.text, "en")
    if services.settings.office_hours[0] <= 10:  # the suite's clock stands at 10:00 on a Tuesday
        assert dial is not None and dial.text == services.settings.dealer_phone and "connect you" in said(answered.text)
    else:
        assert dial is None and ET.fromstring(answered.text).find("Hangup") is not None
        assert "closed" in said(answered.text) and "Tuesday, November 24 from 11 a.m." in said(answered.text)
    with services.sessions() as session:
        assert repo.latest_conversation(session, stranger["From"]) is None
