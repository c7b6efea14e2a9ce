"""Every webhook and form the service answers, fed malformed requests by Hypothesis: a clear 4xx (or the 2xx/TwiML a
provider must get), never a 5xx or an exception, and nothing stored half-way.

The fuzzed bodies are signed as each provider signs them (Twilio's RequestValidator, RingCentral's Verification-Token,
our own itsdangerous form ids), so they reach the parsing and the dialog rather than stopping at the signature. A
refused request leaves the store exactly as it was; an accepted text always belongs to a conversation and was answered
or handed to staff. Requests go through Starlette's TestClient, which runs the background work (the dialog) before it
returns and raises any exception the app lets out. Examples are derandomized and kept few, so CI is repeatable and fast.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote_from_bytes, urlencode

import pytest
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st
from itsdangerous import URLSafeTimedSerializer
from sqlalchemy import select
from starlette.testclient import TestClient
from twilio.request_validator import RequestValidator

from app.container import Services
from app.store.models import Base, Conversation, Message, OptOut
from app.web.app import create_app
from app.web.booking_links import BOOK, FORM, SLOT, STOP
from tests.fake_twilio import FROM, PUBLIC, TOKEN
from tests.webhook_sites import LINK_SECRET, RC_VERIFICATION, serving

FUZZ = settings(
    max_examples=20, deadline=None, derandomize=True, database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)

# what a field may hold: short junk, control characters and NUL, emoji, surrogates' neighbours, and very long text
junk = st.one_of(
    st.text(max_size=40),
    st.text(st.characters(codec="utf-8"), max_size=40),
    st.sampled_from(["", " ", "\x00", "a\x00b", "🦽🛵 friday?", "1", "STOP", "ARRET", "HELP", "tomorrow afternoon", "∞", "\r\n", "%FF"]),
    st.builds(lambda part, times: part * times, st.sampled_from(["a", "é", "🦽", "\x00", "1 "]), st.integers(2_000, 200_000)),
)
# a client the scan reminded, as a placeholder: their phones are known only once the sandbox is seeded
clients = st.integers(0, 7).map(lambda i: f"<client {i}>")
# phone numbers as they come: a client's, E.164, local formats, unknown but valid, too short, letters, junk
numbers = st.one_of(
    clients, clients, clients,
    st.sampled_from(["+14165550199", "(416) 555-0198", "416.555.0197", "+1 647 555 0196", "+447911123456", "+1416", "911", "+", "tel:+14165550195", "+1416555019５"]),
    st.from_regex(r"\+?1?[2-9]\d{2}[- ]?\d{3}[- ]?\d{4}", fullmatch=True),
    junk,
)
forged = st.sampled_from([False, False, False, True])  # mostly signed as the provider signs, sometimes not
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | junk,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3), max_leaves=6,
)
# mostly the content type a form comes in, sometimes another
content_types = st.sampled_from(["application/x-www-form-urlencoded"] * 6 + ["application/x-www-form-urlencoded; charset=utf-8", "multipart/form-data", "multipart/form-data",
                                 "application/json", "text/plain", "", "application/x-www-form-urlencoded; charset=latin-1"])
json_types = st.sampled_from(["application/json"] * 6 + ["application/json; charset=UTF-8", "text/plain", "", "application/x-www-form-urlencoded"])


# the store ------------------------------------------------------------------------------------------------
def snapshot(services: Services) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, to show a refused request changed nothing."""
    with services.sessions() as session:
        return {name: [tuple(row) for row in session.execute(select(table))] for name, table in Base.metadata.tables.items()}


def assert_consistent(services: Services) -> None:
    """Every text the service took is processed, belongs to a conversation, and was answered or is with staff; no
    message a provider took is queued to be sent again."""
    with services.sessions() as session:
        assert not session.scalars(select(Message.id).where(Message.status == "queued", Message.provider_message_id.is_not(None))).all()
        for inbound in session.scalars(select(Message).where(Message.direction == "in")):
            assert inbound.status == "processed", (inbound.id, inbound.status)
            conversation = session.get(Conversation, inbound.conversation_id) if inbound.conversation_id else None
            assert conversation is not None and conversation.phone == inbound.address, inbound.id
            answered = session.scalars(select(Message.id).where(Message.reply_to_id == inbound.id)).first() is not None
            opted_out = session.get(OptOut, inbound.address) is not None
            assert answered or conversation.status in ("handoff", "opted_out") or opted_out, (inbound.id, conversation.status)


def check(services: Services, before: dict[str, list[tuple[Any, ...]]], status: int, accepted: tuple[int, ...] = (200,)) -> None:
    """The answer is one the endpoint documents; a refusal changed nothing, an acceptance left the store whole."""
    event(f"HTTP {status}")  # --hypothesis-show-statistics tells how many examples got how far
    assert status in accepted or 400 <= status < 500, status
    if status >= 400:
        assert snapshot(services) == before
    assert_consistent(services)


# the services ---------------------------------------------------------------------------------------------
@dataclass
class Site:
    services: Services
    client: TestClient
    phones: list[str]  # clients the scan reminded: their texts reach real conversations
    call: tuple[str, str] = ("", "")  # a reminder call placed: its reference in the answer URL, its call SID


def resolve(site: Site, value: str) -> str:
    """The placeholders of `clients` replaced by the phones of clients the scan reminded."""
    for i in range(8):
        value = value.replace(f"<client {i}>", site.phones[i % len(site.phones)])
    return value


def site(services: Services, call: tuple[str, str] = ("", "")) -> Site:
    phones = sorted({m.address for m in services.scan().sent if m.channel == "sms"})
    return Site(services, TestClient(create_app(services)), phones, call)


@pytest.fixture
def console(odoo_url: str, tmp_path: Path, store_url: str) -> Iterator[Site]:
    with serving("console", odoo_url, tmp_path, store_url) as services:
        yield site(services)


@pytest.fixture
def twilio(odoo_url: str, tmp_path: Path, store_url: str) -> Iterator[Site]:
    """Texts and calls both through Twilio, and a reminder call placed before the scan."""
    with serving("twilio", odoo_url, tmp_path, store_url) as services:
        planned = next(r for r in services.scan(dry_run=True).planned if r.client.phone)
        [placed] = services.assistant.reminders.remind(planned.client, planned.units, planned.band, planned.keys, medium="voice")
        yield site(services, (str(placed.id), placed.provider_message_id))


@pytest.fixture
def ringcentral(odoo_url: str, tmp_path: Path, store_url: str) -> Iterator[Site]:
    with serving("ringcentral", odoo_url, tmp_path, store_url) as services:
        yield site(services)


# requests -------------------------------------------------------------------------------------------------
extra_fields = st.lists(st.tuples(st.text(max_size=12), junk), max_size=3)  # unknown fields, and duplicates of known ones


@st.composite
def forms(draw: st.DrawFn, **required: st.SearchStrategy[str]) -> list[tuple[str, str]]:
    """A form as a provider might post it: each expected field present seven times in eight, then extra fields."""
    form = [(name, draw(strategy)) for name, strategy in required.items() if draw(st.integers(0, 7))]
    return form + draw(extra_fields)


def twilio_post(site: Site, path: str, form: list[tuple[str, str]], content_type: str, forge: bool = False, raw: bytes | None = None) -> int:
    """POST signed as Twilio signs (over the public URL with its query, then each parameter sorted by name), in the
    given content type; `raw` replaces the body (bytes that need not be UTF-8), signed over the form it stands for."""
    form = [(name, resolve(site, value)) for name, value in form]
    signature = "forged" if forge else RequestValidator(TOKEN).compute_signature(PUBLIC + path, dict(form))
    headers = {"X-Twilio-Signature": signature}
    if raw is None and content_type == "multipart/form-data":
        files = [(name, (None, value.encode("utf-8", "surrogatepass"))) for name, value in form]
        return site.client.post(path, files=files, headers=headers).status_code
    if raw is None:
        raw = json.dumps(dict(form)).encode("utf-8", "surrogatepass") if content_type == "application/json" else urlencode(form, errors="surrogatepass").encode()
    return site.client.post(path, content=raw, headers={**headers, "Content-Type": content_type}).status_code


# console --------------------------------------------------------------------------------------------------
console_bodies = st.one_of(
    st.fixed_dictionaries({"from": clients, "body": junk}, optional={"id": st.none() | junk}).map(json.dumps),
    st.fixed_dictionaries({"from": numbers, "body": junk}, optional={"id": st.none() | junk, "extra": json_values}).map(json.dumps),
    json_values.map(json.dumps),
    st.binary(max_size=64),
)


@FUZZ
@given(content=console_bodies, content_type=json_types)
@example(content=b"\x80", content_type="text/plain")  # FastAPI's 422 handler echoed the bytes and failed decoding them: a 500
@example(content='{"from": "<client 0>", "body": "\\u0000"}', content_type="application/json")  # PostgreSQL keeps no NUL: a 500
@example(content='{"from": "<client 1>", "body": "hi", "id": "a\\u0000"}', content_type="application/json")
def test_console_sms_takes_any_body(console: Site, content: str | bytes, content_type: str) -> None:
    before = snapshot(console.services)
    content = resolve(console, content) if isinstance(content, str) else content
    response = console.client.post("/console/sms", content=content, headers={"Content-Type": content_type})
    check(console.services, before, response.status_code)


# twilio ---------------------------------------------------------------------------------------------------
def sids(prefix: str) -> st.SearchStrategy[str]:
    return st.one_of(*[st.from_regex(rf"{prefix}[0-9a-f]{{32}}", fullmatch=True)] * 3, junk)


@FUZZ
@given(form=forms(MessageSid=sids("SM"), From=numbers, Body=junk, To=numbers), content_type=content_types, forge=forged)
@example(form=[("MessageSid", "SM" + "1" * 32), ("From", "<client 2>"), ("Body", "tomorrow\x00")], content_type="application/x-www-form-urlencoded", forge=False)
@example(form=[("MessageSid", "SM" + "2" * 200), ("From", "<client 2>"), ("Body", "yes")], content_type="application/x-www-form-urlencoded", forge=False)
def test_twilio_inbound_sms_signed_and_malformed(twilio: Site, form: list[tuple[str, str]], content_type: str, forge: bool) -> None:
    before = snapshot(twilio.services)
    check(twilio.services, before, twilio_post(twilio, "/webhooks/twilio/sms", form, content_type, forge))


message_statuses = st.sampled_from(["queued", "accepted", "scheduled", "sending", "sent", "delivered", "undelivered", "failed", "read", "canceled", "partially_delivered"]) | junk


@FUZZ
@given(form=forms(MessageSid=st.just("<sent>") | sids("SM"), MessageStatus=message_statuses, ErrorCode=st.sampled_from(["21610", "30006", "30003"]) | junk),
       content_type=content_types, forge=forged)
@example(form=[("MessageSid", "\x00"), ("MessageStatus", "failed")], content_type="application/x-www-form-urlencoded", forge=False)
@example(form=[("MessageSid", "<sent>"), ("MessageStatus", "partially_delivered")], content_type="application/x-www-form-urlencoded", forge=False)  # too long for the column
@example(form=[("MessageSid", "<sent>"), ("MessageStatus", "queued")], content_type="application/x-www-form-urlencoded", forge=False)  # was queued to send again
@example(form=[("MessageSid", "<sent>"), ("MessageStatus", "x" * 40)], content_type="application/x-www-form-urlencoded", forge=False)
def test_twilio_message_status_signed_and_malformed(twilio: Site, form: list[tuple[str, str]], content_type: str, forge: bool) -> None:
    with twilio.services.sessions() as session:
        sent = session.scalars(select(Message.provider_message_id).where(Message.channel == "sms", Message.provider_message_id.is_not(None))).first()
    form = [(name, value.replace("<sent>", sent or "")) for name, value in form]
    before = snapshot(twilio.services)
    check(twilio.services, before, twilio_post(twilio, "/webhooks/twilio/status", form, content_type, forge), accepted=(204,))


@FUZZ
@given(form=forms(CallSid=st.just("<call>") | sids("CA"), To=numbers, From=numbers, Direction=st.sampled_from(["outbound-api"] * 3 + ["inbound"]) | junk,
                  AnsweredBy=st.sampled_from(["human", "machine_start", "machine_end_beep", "fax", "unknown"]) | junk),
       query=st.sampled_from(["", *["?m=<ref>"] * 8, "?m=", "?m=0", "?m=-1", "?m=99999999999999999999", "?m=x&m=<ref>", "?m=%00", "?m=%F0"]),
       content_type=content_types, forge=forged)
@example(form=[("CallSid", "<call>"), ("To", "<client 0>"), ("Direction", "outbound-api")], query="?m=99999999999999999999",
         content_type="application/x-www-form-urlencoded", forge=False)
def test_twilio_voice_answer_signed_and_malformed(twilio: Site, form: list[tuple[str, str]], query: str, content_type: str, forge: bool) -> None:
    reference, sid = twilio.call
    form = [(name, value.replace("<call>", sid)) for name, value in form]
    before = snapshot(twilio.services)
    check(twilio.services, before, twilio_post(twilio, "/webhooks/twilio/voice/answer" + query.replace("<ref>", reference), form, content_type, forge))


@FUZZ
@given(form=forms(CallSid=sids("CA"), To=numbers, From=numbers, Direction=st.sampled_from(["outbound-api", "inbound"]),
                  Digits=st.sampled_from(["1", "2", "9", "*", "#", "12"]) | junk, SpeechResult=junk),
       turn=st.sampled_from(["", "1", "2", "0", "-5", "x", "1e3", "99999999999999999999999", "１", "%00"]), content_type=content_types, forge=forged)
@example(form=[("CallSid", "CA" + "3" * 32), ("From", "<client 3>"), ("Direction", "inbound"), ("Digits", "1")], turn="9" * 200,
         content_type="application/x-www-form-urlencoded", forge=False)  # the turn is part of a stored id: too long for it
@example(form=[("CallSid", "CA" + "4" * 32), ("From", "<client 4>"), ("Direction", "inbound"), ("SpeechResult", "\x00 friday")], turn="1",
         content_type="application/x-www-form-urlencoded", forge=False)
def test_twilio_voice_gather_signed_and_malformed(twilio: Site, form: list[tuple[str, str]], turn: str, content_type: str, forge: bool) -> None:
    before = snapshot(twilio.services)
    path = "/webhooks/twilio/voice/gather" + (f"?turn={turn}" if turn else "")
    check(twilio.services, before, twilio_post(twilio, path, form, content_type, forge))


call_statuses = st.sampled_from(["queued", "initiated", "ringing", "in-progress", "completed", "busy", "failed", "no-answer", "canceled"]) | junk


@FUZZ
@given(form=forms(CallSid=st.just("<call>") | sids("CA"), CallStatus=call_statuses), content_type=content_types, forge=forged)
@example(form=[("CallSid", "<call>"), ("CallStatus", "in-progress\x00" * 3)], content_type="application/x-www-form-urlencoded", forge=False)
@example(form=[("CallSid", "<call>"), ("CallStatus", "queued")], content_type="application/x-www-form-urlencoded", forge=False)
def test_twilio_call_status_signed_and_malformed(twilio: Site, form: list[tuple[str, str]], content_type: str, forge: bool) -> None:
    form = [(name, value.replace("<call>", twilio.call[1])) for name, value in form]
    before = snapshot(twilio.services)
    check(twilio.services, before, twilio_post(twilio, "/webhooks/twilio/voice/status", form, content_type, forge), accepted=(204,))


@FUZZ
@given(raw=st.binary(max_size=200), content_type=content_types,
       path=st.sampled_from(["/webhooks/twilio/sms", "/webhooks/twilio/status", "/webhooks/twilio/voice/answer", "/webhooks/twilio/voice/gather", "/webhooks/twilio/voice/status"]))
@example(raw=b"MessageSid=SM1&From=%2B14165550199&Body=%FF%FE", content_type="application/x-www-form-urlencoded", path="/webhooks/twilio/sms")
def test_twilio_webhooks_take_any_bytes(twilio: Site, raw: bytes, content_type: str, path: str) -> None:
    """Bytes that are not a form, or not UTF-8, signed over the form they stand for."""
    form = [(name, value) for name, _, value in (pair.partition("=") for pair in raw.decode("latin-1").split("&"))]
    before = snapshot(twilio.services)
    check(twilio.services, before, twilio_post(twilio, path, form, content_type or "application/x-www-form-urlencoded", raw=raw), accepted=(200, 204))


# ringcentral ----------------------------------------------------------------------------------------------
def odd(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """A field as expected, or any JSON in its place."""
    return st.one_of(strategy, strategy, json_values)


party = st.fixed_dictionaries({"phoneNumber": odd(numbers)}, optional={"location": junk})
instant_sms = st.fixed_dictionaries(
    {}, optional={"id": odd(sids("")), "from": odd(party), "to": odd(st.lists(party | st.just({"phoneNumber": FROM}), max_size=3)),
                  "type": odd(st.just("SMS")), "direction": odd(st.sampled_from(["Inbound", "Inbound", "Outbound"])), "subject": odd(junk)},
)
notification = st.fixed_dictionaries(
    {}, optional={"uuid": odd(st.uuids().map(str)), "event": odd(st.just("/restapi/v1.0/account/~/extension/~/message-store/instant?type=SMS")),
                  "subscriptionId": odd(st.uuids().map(str)), "body": odd(instant_sms)},
)
notifications = st.one_of(
    notification.map(json.dumps), notification.map(json.dumps), notification.map(json.dumps),
    json_values.map(json.dumps),
    st.binary(max_size=100),
)


@FUZZ
@given(content=notifications, token=st.sampled_from([RC_VERIFICATION, RC_VERIFICATION, RC_VERIFICATION, "", "wrong", RC_VERIFICATION + "x", "é".encode()]),
       validation=st.sampled_from([None, None, None, "", " ", "a" * 2000]) | st.text(st.characters(min_codepoint=33, max_codepoint=126), max_size=80),
       content_type=st.sampled_from(["application/json", "application/json; charset=UTF-8", "text/plain", "application/x-www-form-urlencoded", ""]))
@example(content=json.dumps({"uuid": "u", "event": "e", "subscriptionId": "s", "body": {"id": "1", "from": {"phoneNumber": "<client 0>"}, "to": [{"phoneNumber": FROM}],
                                                                                 "direction": "Inbound", "subject": "yes\x00"}}),
         token=RC_VERIFICATION, validation=None, content_type="application/json")  # PostgreSQL keeps no NUL: a 500
@example(content=json.dumps({"uuid": "u", "event": "e", "subscriptionId": "s", "body": {"id": "\x00", "from": {"phoneNumber": "<client 1>"}, "direction": "Inbound"}}),
         token=RC_VERIFICATION, validation=None, content_type="application/json")
def test_ringcentral_webhook_verified_and_malformed(ringcentral: Site, content: str | bytes, token: str | bytes, validation: str | None, content_type: str) -> None:
    content = resolve(ringcentral, content) if isinstance(content, str) else content
    headers = {"Verification-Token": token, "Content-Type": content_type, **({"Validation-Token": validation} if validation is not None else {})}
    before = snapshot(ringcentral.services)
    response = ringcentral.client.post("/webhooks/ringcentral/sms", content=content.encode("utf-8", "surrogatepass") if isinstance(content, str) else content, headers=headers)
    check(ringcentral.services, before, response.status_code)
    if validation and validation.strip():  # the handshake: the token echoed, nothing stored
        assert response.headers["Validation-Token"] == validation and snapshot(ringcentral.services) == before


# booking page ---------------------------------------------------------------------------------------------
OURS = -1  # stands for the conversation of a client reminded by email, known once the scan ran
conversation_ids = st.sampled_from([OURS, OURS, OURS, 0, 10**6]) | st.integers()
# what a signed value carries: ("c", id) for the value we sign for a conversation, ("any", salt, value) for a value
# of any shape under any salt, ("junk", text) for something nobody signed
links = st.one_of(*[st.tuples(st.just("c"), conversation_ids)] * 3, st.tuples(st.just("any"), st.sampled_from([BOOK, STOP, FORM, SLOT]), json_values),
                  st.tuples(st.just("junk"), st.text(st.characters(codec="ascii", exclude_characters="/?#"), min_size=1, max_size=60)))
fields_posted = st.fixed_dictionaries({}, optional={"form": links | st.tuples(st.just("junk"), junk), "choice": links | st.tuples(st.just("junk"), junk)})


def signed(spec: tuple[Any, ...], salt: str, ours: int) -> str:
    """The value a spec of `links` stands for, signed with the service's link secret."""
    kind, *rest = spec
    if kind == "junk":
        return rest[0]
    value = rest[1] if kind == "any" else {"c": ours if rest[0] == OURS else rest[0], "p": None, "n": "fuzz"}
    return URLSafeTimedSerializer(LINK_SECRET).dumps(value, salt=rest[0] if kind == "any" else salt)


@FUZZ
@given(purpose=st.sampled_from([BOOK, STOP]), method=st.sampled_from(["GET", "POST", "POST"]), link=links, posted=fields_posted,
       content_type=st.none() | content_types)
@example(purpose=BOOK, method="GET", link=("any", BOOK, None), posted={}, content_type=None)  # a signed value of another shape was a 500
@example(purpose=STOP, method="POST", link=("c", OURS), posted={"form": ("any", FORM, {"c": "1"})}, content_type=None)
@example(purpose=BOOK, method="POST", link=("c", OURS), posted={"form": ("c", OURS), "choice": ("any", SLOT, [1, 2])}, content_type=None)
def test_booking_page_takes_any_link_and_form(console: Site, purpose: str, method: str, link: tuple[Any, ...], posted: dict[str, tuple[Any, ...]],
                                              content_type: str | None) -> None:
    with console.services.sessions() as session:
        ours = session.scalars(select(Conversation.id).where(Conversation.email.is_not(None))).first()
    assert ours is not None, "the sandbox has clients reminded by email"
    path = f"/{'book' if purpose == BOOK else 'unsubscribe'}/{quote_from_bytes(signed(link, purpose, ours).encode())}"
    form = {name: signed(spec, FORM if name == "form" else SLOT, ours) for name, spec in posted.items()}
    before = snapshot(console.services)
    if method == "GET":
        response = console.client.get(path, follow_redirects=False)
    else:
        headers = {"Content-Type": content_type} if content_type else None
        response = console.client.post(path, data=form, headers=headers, follow_redirects=False)
    check(console.services, before, response.status_code, accepted=(200, 303))
