"""RingCentral through its official SDK, against a loopback stand-in for platform.ringcentral.com: the exact requests
RingCentral receives (JWT login once, SMS and RingOut bodies, subscriptions), 429 Retry-After, error codes as
opt-outs and landlines, and the instant-SMS webhook over real HTTP (handshake, Verification-Token, retries once)."""
from __future__ import annotations

import base64
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from app.channels.base import ChannelError, NotTextable, Outgoing, RecipientOptedOut
from app.channels.ringcentral_client import RingCentralClient
from app.channels.ringcentral_sms import RingCentralSms
from app.channels.ringcentral_subscription import INSTANT_SMS
from app.cli import cli
from app.container import Services, build_services
from app.serving import ServerThread, free_port
from app.store.models import Message, OptOut
from app.web.app import create_app
from tests.conftest import NOW, eventually, settings_for
from tests.fake_ringcentral import FakeRingCentral

CLIENT_ID, CLIENT_SECRET, JWT = "rc-client-id", "rc-client-secret", "eyJhbGciOiJSUzI1NiJ9.rc-jwt.signature"
FROM, VERIFICATION = "+14165550100", "verification-token-of-ours"
SMS = "/restapi/v1.0/account/~/extension/~/sms"
SUBSCRIPTION = "/restapi/v1.0/subscription"


@pytest.fixture
def ringcentral() -> Iterator[FakeRingCentral]:
    fake = FakeRingCentral(CLIENT_ID, CLIENT_SECRET, JWT)
    with ServerThread(fake.app) as server:
        fake.url = server.url
        yield fake


@pytest.fixture
def port() -> int:
    return free_port()


@pytest.fixture
def services(odoo_url: str, tmp_path: Path, ringcentral: FakeRingCentral, port: int) -> Iterator[Services]:
    settings = settings_for(
        odoo_url, tmp_path, sms_channel="ringcentral", ringcentral_client_id=CLIENT_ID, ringcentral_client_secret=CLIENT_SECRET,
        ringcentral_jwt=JWT, ringcentral_server_url=ringcentral.url, ringcentral_from_number=FROM,
        ringcentral_verification_token=VERIFICATION, public_url=f"http://127.0.0.1:{port}",
    )
    built = build_services(settings, clock=lambda: NOW)
    yield built
    built.close()


@pytest.fixture
def api(services: Services, port: int) -> Iterator[httpx.Client]:
    with ServerThread(create_app(services), port=port) as server, httpx.Client(base_url=server.url) as client:
        yield client


def channel(fake: FakeRingCentral, sleep: Callable[[float], None] = time.sleep) -> RingCentralSms:
    return RingCentralSms(RingCentralClient(CLIENT_ID, CLIENT_SECRET, JWT, fake.url, sleep=sleep), FROM)


def text(to: str = "+14165550123", body: str = "Your chair is due for maintenance.") -> Outgoing:
    return Outgoing(to, body, "1")


def notification(message_id: str, sender: str, body: str, direction: str = "Inbound", to: str = FROM) -> dict:
    """An instant SMS notification as RingCentral documents it (code-samples/events/instant-message.json)."""
    return {
        "uuid": "ed1cf00c-0420-4bf5-a0ae-e659bb9f77e0",
        "event": "/restapi/v1.0/account/~/extension/2253168021/message-store/instant?type=SMS",
        "subscriptionId": "dc853541-66ac-45d8-a289-1a239fd72888", "ownerId": "2253168021", "timestamp": "2026-11-24T15:00:00.000Z",
        "body": {
            "id": message_id, "to": [{"phoneNumber": to, "location": "Toronto, ON"}], "from": {"phoneNumber": sender},
            "type": "SMS", "creationTime": "2026-11-24T15:00:00.000Z", "lastModifiedTime": "2026-11-24T15:00:00.000Z",
            "readStatus": "Unread", "priority": "Normal",
            "attachments": [{"id": message_id, "uri": f"/restapi/v1.0/account/~/extension/2253168021/message-store/{message_id}/content/{message_id}",
                             "type": "Text", "contentType": "text/plain"}],
            "direction": direction, "availability": "Alive", "subject": body, "messageStatus": "Received",
            "conversationId": "7876416245344257449",
        },
    }


def deliver(api: httpx.Client, payload: dict | bytes, token: str = VERIFICATION) -> httpx.Response:
    content = payload if isinstance(payload, bytes) else httpx.Request("POST", "/", json=payload).content
    headers = {"Verification-Token": token, "Content-Type": "application/json; charset=UTF-8", "User-Agent": "RingCentral-Webhook/8.3"}
    return api.post("/webhooks/ringcentral/sms", content=content, headers=headers)


def texted(services: Services) -> list[Message]:
    """The scan's reminders that went out as texts (email-only clients get emails)."""
    return [m for m in services.scan().sent if m.channel == "sms"]


# sending -----------------------------------------------------------------------------------------------

def test_reminders_log_in_once_with_the_jwt_and_send_one_request_per_recipient(services: Services, ringcentral: FakeRingCentral) -> None:
    sent = texted(services)
    assert len(sent) > 1
    (login,) = ringcentral.made("POST", "/restapi/oauth/token")  # one login for every text
    assert login.headers["authorization"] == "Basic " + base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
    assert login.headers["content-type"] == "application/x-www-form-urlencoded"
    assert login.form() == {"grant_type": "urn:ietf:params:oauth:grant-type:jwt-bearer", "assertion": JWT}
    requests = ringcentral.made("POST", SMS)
    assert len(requests) == len(sent)
    for request, message in zip(requests, sent):
        assert request.headers["authorization"] == "bearer access-1" and request.headers["content-type"] == "application/json"
        assert request.json() == {"from": {"phoneNumber": FROM}, "to": [{"phoneNumber": message.address}], "text": message.body}
        assert message.status == "sent" and message.provider_message_id.isdigit()


def test_texts_sent_from_many_threads_share_one_login(ringcentral: FakeRingCentral) -> None:
    sms = channel(ringcentral)
    with ThreadPoolExecutor(8) as pool:
        ids = list(pool.map(sms.send, [text(f"+1416555{n:04d}") for n in range(16)]))
    assert len(set(ids)) == 16 and ringcentral.token_grants() == ["urn:ietf:params:oauth:grant-type:jwt-bearer"]


def test_the_sdk_refreshes_before_expiry_and_the_jwt_logs_in_again_when_refresh_is_refused(ringcentral: FakeRingCentral) -> None:
    ringcentral.expires_in = 120  # inside the refresh margin: every call finds the access token about to expire
    sms = channel(ringcentral)
    sms.send(text())
    first_refresh_token = ringcentral.refresh_token
    sms.send(text())
    ringcentral.refuse_refresh = True
    sms.send(text())
    jwt, refresh = "urn:ietf:params:oauth:grant-type:jwt-bearer", "refresh_token"
    assert ringcentral.token_grants() == [jwt, refresh, refresh, jwt]
    assert ringcentral.made("POST", "/restapi/oauth/token")[1].form()["refresh_token"] == first_refresh_token
    assert len(ringcentral.made("POST", SMS)) == 3


def test_a_429_waits_as_long_as_retry_after_says_then_sends_the_same_text(ringcentral: FakeRingCentral) -> None:
    waits: list[float] = []
    ringcentral.rate_limited = ["7"]
    message_id = channel(ringcentral, sleep=waits.append).send(text())
    first, second = ringcentral.made("POST", SMS)
    assert waits == [7.0] and first.body == second.body and message_id.isdigit()


def test_429_retries_are_bounded_and_a_long_retry_after_is_left_to_the_outbox(ringcentral: FakeRingCentral) -> None:
    waits: list[float] = []
    ringcentral.rate_limited = ["1", "1", "1", "1"]
    with pytest.raises(ChannelError, match="429 CMN-301"):
        channel(ringcentral, sleep=waits.append).send(text())
    assert len(ringcentral.made("POST", SMS)) == 3 and waits == [1.0, 1.0]
    ringcentral.rate_limited = ["3600"]
    with pytest.raises(ChannelError, match="429"):
        channel(ringcentral, sleep=waits.append).send(text())
    assert len(ringcentral.made("POST", SMS)) == 4 and waits == [1.0, 1.0]  # not waited for an hour here


@pytest.mark.parametrize(("record", "error"), [
    ({"messageStatus": "SendingFailed", "deliveryErrorCode": "SMS-RC-413"}, RecipientOptedOut),
    ({"messageStatus": "SendingFailed", "deliveryErrorCode": "SMS-CAR-413"}, RecipientOptedOut),
    ({"messageStatus": "SendingFailed", "deliveryErrorCode": "SMS-CAR-400"}, NotTextable),
    ({"messageStatus": "DeliveryFailed", "deliveryErrorCode": "SMS-UP-410"}, NotTextable),
    ({"messageStatus": "SendingFailed", "deliveryErrorCode": "SMS-RC-430"}, ChannelError),
])
def test_a_failed_message_record_says_why(ringcentral: FakeRingCentral, record: dict, error: type[ChannelError]) -> None:
    ringcentral.sms_record = record
    with pytest.raises(ChannelError) as raised:
        channel(ringcentral).send(text())
    assert type(raised.value) is error


def test_refusals_by_error_code(ringcentral: FakeRingCentral) -> None:
    ringcentral.sms_error = (403, "MSG-240")  # "Specified recipient isn't an US phone number"
    with pytest.raises(NotTextable):
        channel(ringcentral).send(text())
    ringcentral.sms_error = (403, "MSG-242")  # our number cannot send texts: the dealer's problem, not the client's
    with pytest.raises(ChannelError) as raised:
        channel(ringcentral).send(text())
    assert type(raised.value) is ChannelError


def test_an_opted_out_recipient_is_recorded_and_never_texted_again(services: Services, ringcentral: FakeRingCentral) -> None:
    ringcentral.sms_record = {"messageStatus": "SendingFailed", "deliveryErrorCode": "SMS-RC-413"}
    sent = texted(services)
    assert sent and all(m.status == "failed" for m in sent)
    with services.sessions() as session:
        assert session.query(OptOut).count() == len(sent)
    ringcentral.sms_record = {}
    assert texted(services) == []


def test_errors_carry_no_token_secret_or_jwt(ringcentral: FakeRingCentral) -> None:
    ringcentral.sms_error = (500, "CMN-203")
    with pytest.raises(ChannelError) as raised:
        channel(ringcentral).send(text())
    told = "".join(traceback.format_exception(raised.value))
    assert "CMN-203" in told and ringcentral.access_token not in told
    wrong_secret = RingCentralSms(RingCentralClient(CLIENT_ID, "not-the-secret", JWT, ringcentral.url), FROM)
    with pytest.raises(ChannelError) as raised:
        wrong_secret.send(text())
    told = "".join(traceback.format_exception(raised.value))
    basic = base64.b64encode(f"{CLIENT_ID}:not-the-secret".encode()).decode()
    assert "401" in told and basic not in told and JWT not in told and "not-the-secret" not in told


def test_ringout_rings_the_staff_phone_then_the_client_from_the_dealers_number(services: Services, ringcentral: FakeRingCentral) -> None:
    assert services.dialer is not None
    ring_out_id = services.dialer.connect("+16475550111", "+14165550123")
    (request,) = ringcentral.made("POST", "/restapi/v1.0/account/~/extension/~/ring-out")
    assert request.json() == {
        "from": {"phoneNumber": "+16475550111"}, "to": {"phoneNumber": "+14165550123"}, "callerId": {"phoneNumber": FROM}, "playPrompt": False,
    }
    assert ring_out_id.isdigit()


# the webhook -------------------------------------------------------------------------------------------

def test_the_validation_handshake_is_echoed_at_once(api: httpx.Client, services: Services) -> None:
    answer = api.post("/webhooks/ringcentral/sms", headers={"Validation-Token": "b0b0-challenge"})
    assert answer.status_code == 200 and answer.headers["Validation-Token"] == "b0b0-challenge"
    assert answer.headers["content-type"].startswith("application/json") and len(answer.content) < 1024
    with services.sessions() as session:
        assert session.query(Message).filter_by(direction="in").count() == 0


def test_deliveries_without_our_verification_token_are_refused(api: httpx.Client, services: Services) -> None:
    payload = notification("606090030016", "+14165550123", "tomorrow afternoon")
    assert deliver(api, payload, token="not-ours").status_code == 403
    assert api.post("/webhooks/ringcentral/sms", json=payload).status_code == 403  # no token at all
    with services.sessions() as session:
        assert session.query(Message).filter_by(direction="in").count() == 0


def test_a_text_is_stored_before_the_answer_processed_after_it_and_a_retry_is_processed_once(
    api: httpx.Client, services: Services, ringcentral: FakeRingCentral
) -> None:
    phone = texted(services)[0].address
    reminders = len(ringcentral.made("POST", SMS))
    payload = notification("606090030016", phone, "tomorrow afternoon")
    ringcentral.hold = threading.Event()  # the reply's send cannot complete yet
    assert deliver(api, payload).status_code == 200  # RingCentral has its answer without waiting for the dialog
    with services.sessions() as session:  # and the text was committed before it
        inbound = session.query(Message).filter_by(direction="in", provider_message_id="606090030016").one()
        assert inbound.status == "received"
    ringcentral.hold.set()

    def replied() -> bool:
        with services.sessions() as session:
            return session.query(Message).filter_by(direction="in", provider_message_id="606090030016").one().status == "processed"

    eventually(replied)
    eventually(lambda: len(ringcentral.made("POST", SMS)) > reminders)  # the reply leaves once its turn is committed
    replies = ringcentral.made("POST", SMS)[reminders:]
    assert len(replies) == 1 and replies[0].json()["text"].startswith("We can come:")
    assert replies[0].json()["to"] == [{"phoneNumber": phone}]
    assert deliver(api, {**payload, "uuid": "another-delivery-of-the-same-text"}).status_code == 200  # RingCentral retries
    services.assistant.retry_pending()  # anything still waiting would be processed now
    with services.sessions() as session:
        assert session.query(Message).filter_by(direction="in", provider_message_id="606090030016").count() == 1
    assert len(ringcentral.made("POST", SMS)) == reminders + 1


def test_malformed_deliveries_are_refused_and_nothing_is_stored(api: httpx.Client, services: Services) -> None:
    good = notification("606090030017", "+14165550123", "hi")
    assert deliver(api, b"{not json").status_code == 400
    assert deliver(api, {k: v for k, v in good.items() if k != "body"}).status_code == 400
    assert deliver(api, {**good, "body": {k: v for k, v in good["body"].items() if k != "from"}}).status_code == 400
    assert deliver(api, {**good, "body": {**good["body"], "from": {"phoneNumber": "not a number"}}}).status_code == 400
    with services.sessions() as session:
        assert session.query(Message).filter_by(direction="in").count() == 0


def test_outbound_copies_and_texts_to_other_numbers_are_not_client_texts(api: httpx.Client, services: Services) -> None:
    assert deliver(api, notification("606090030018", "+14165550123", "hi", direction="Outbound")).status_code == 200
    assert deliver(api, notification("606090030019", "+14165550123", "hi", to="+16475550199")).status_code == 200
    with services.sessions() as session:
        assert session.query(Message).filter_by(direction="in").count() == 0


# the subscription --------------------------------------------------------------------------------------

@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch, ringcentral: FakeRingCentral, port: int) -> None:
    for name, value in {
        "CLIENT_ID": CLIENT_ID, "CLIENT_SECRET": CLIENT_SECRET, "JWT": JWT, "SERVER_URL": ringcentral.url, "FROM_NUMBER": FROM,
        "VERIFICATION_TOKEN": VERIFICATION,
    }.items():
        monkeypatch.setenv(f"FUSION_RINGCENTRAL_{name}", value)
    monkeypatch.setenv("FUSION_PUBLIC_URL", f"http://127.0.0.1:{port}")
    monkeypatch.setenv("COLUMNS", "250")


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.output


def test_subscribe_passes_the_handshake_and_asks_for_the_instant_sms_filter(env: None, api: httpx.Client, port: int, ringcentral: FakeRingCentral) -> None:
    code, output = run("ringcentral-subscribe")
    assert code == 0 and "Active" in output, output
    (request,) = ringcentral.made("POST", SUBSCRIPTION)
    assert request.json() == {
        "eventFilters": [INSTANT_SMS],
        "deliveryMode": {"transportType": "WebHook", "address": f"http://127.0.0.1:{port}/webhooks/ringcentral/sms", "verificationToken": VERIFICATION},
        "expiresIn": 604800,
    }
    assert INSTANT_SMS == "/restapi/v1.0/account/~/extension/~/message-store/instant?type=SMS"
    assert len(ringcentral.handshakes) == 1 and ringcentral.handshakes[0].status_code == 200
    code, output = run("ringcentral-subscribe")  # already active: kept, no second subscription
    assert code == 0 and len(ringcentral.made("POST", SUBSCRIPTION)) == 1 and len(ringcentral.subscriptions) == 1


def test_subscribe_fails_when_the_webhook_is_not_reachable(env: None, ringcentral: FakeRingCentral) -> None:
    code, output = run("ringcentral-subscribe")  # the service is not running at FUSION_PUBLIC_URL
    assert code == 1 and "SUB-521" in output and ringcentral.subscriptions == {}


def test_check_and_renew_when_close_to_expiry(env: None, api: httpx.Client, ringcentral: FakeRingCentral) -> None:
    assert run("ringcentral-subscription")[0] == 1  # none yet: "missing"
    run("ringcentral-subscribe")
    (subscription_id,) = ringcentral.subscriptions
    code, output = run("ringcentral-subscription")
    assert code == 0 and f"{subscription_id}" in output and "Active" in output and "expires" in output
    assert run("ringcentral-renew")[0] == 0 and ringcentral.made("POST", f"{SUBSCRIPTION}/{subscription_id}/renew") == []  # a week left
    ringcentral.expire_in(subscription_id, 2 * 86400)  # under half its lifetime
    assert run("ringcentral-renew")[0] == 0
    assert len(ringcentral.made("POST", f"{SUBSCRIPTION}/{subscription_id}/renew")) == 1
    assert run("ringcentral-renew", "--force")[0] == 0
    assert len(ringcentral.made("POST", f"{SUBSCRIPTION}/{subscription_id}/renew")) == 2


def test_serve_renews_in_the_background_at_most_once_an_interval(env: None, api: httpx.Client, services: Services, ringcentral: FakeRingCentral) -> None:
    run("ringcentral-subscribe")
    (subscription_id,) = ringcentral.subscriptions
    ringcentral.expire_in(subscription_id, 3600)
    subscription = services.ringcentral_subscription
    assert subscription is not None
    subscription.maintain()
    subscription.maintain()  # within the hour: RingCentral is not asked again
    assert len(ringcentral.made("POST", f"{SUBSCRIPTION}/{subscription_id}/renew")) == 1
    assert len(ringcentral.made("GET", SUBSCRIPTION)) == 2  # the subscribe command's look and one check


def test_a_blacklisted_subscription_makes_the_service_not_ready_until_subscribed_again(
    env: None, api: httpx.Client, services: Services, ringcentral: FakeRingCentral
) -> None:
    run("ringcentral-subscribe")
    ready = api.get("/readyz")
    assert ready.status_code == 200 and ready.json()["ringcentral subscription"] == "active"
    (subscription_id,) = ringcentral.subscriptions
    ringcentral.blacklist(subscription_id)
    assert services.ringcentral_subscription is not None
    services.ringcentral_subscription.check()  # what the background loop does every hour
    ready = api.get("/readyz")
    assert ready.status_code == 503 and ready.json()["ringcentral subscription"] == "blacklisted"
    code, output = run("ringcentral-subscription")
    assert code == 1 and "Blacklisted" in output and "Read timed out" in output
    code, output = run("ringcentral-subscribe")  # deletes the blacklisted one, subscribes again
    assert code == 0 and "Active" in output
    assert ringcentral.made("DELETE", f"{SUBSCRIPTION}/{subscription_id}") and subscription_id not in ringcentral.subscriptions
    services.ringcentral_subscription.check()
    assert api.get("/readyz").status_code == 200



def test_a_failure_ringcentral_reports_only_later_is_read_and_acted_on(services: Services, ringcentral: FakeRingCentral) -> None:
    """Issue 18: RingCentral confirms only that it accepted a text ('Queued'); an opted-out or landline recipient shows
    on the message's record later. The background loop asks, and records what it learns: the opt-out (never texted
    again) and the landline (reached by voice), as Twilio's delivery reports are."""
    from app.store.models import NotTextable

    reminded = texted(services)
    opted_out, landline, fine = (m.address for m in reminded[:3])
    ringcentral.fails_later = {opted_out: ("DeliveryFailed", "SMS-CAR-413"), landline: ("SendingFailed", "SMS-CAR-400")}
    assert all(m.status == "sent" for m in reminded)  # accepted: nothing known yet

    from app.assistant.outbox import DELIVERIES_PER_CHECK

    assert services.assistant.outbox.check_deliveries() == min(len(reminded), DELIVERIES_PER_CHECK)  # a bounded batch a turn of the loop
    assert services.assistant.outbox.check_deliveries() == len(reminded) - min(len(reminded), DELIVERIES_PER_CHECK)

    with services.sessions() as session:
        status = {m.address: m.status for m in session.query(Message).filter(Message.id.in_([m.id for m in reminded]))}
        assert (status[opted_out], status[landline], status[fine]) == ("undelivered", "failed", "delivered")
        assert {o.phone for o in session.query(OptOut)} == {opted_out}
        assert {n.phone for n in session.query(NotTextable)} == {landline}
    assert services.assistant.outbox.check_deliveries() == 0  # settled ones are not asked again
    assert services.assistant.handle_inbound(opted_out, "tomorrow afternoon", "after-carrier-opt-out") == []
