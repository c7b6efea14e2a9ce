"""Twilio through its official SDK: the request it really builds, error 21610 as an opt-out, and webhooks verified with
the SDK's RequestValidator over real HTTP (bad signatures refused, retries processed once)."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from app.container import Services
from app.store.models import Message, OptOut
from tests.conftest import eventually, plain_reminder
from tests.fake_twilio import FROM, PUBLIC, SID, TOKEN, RecordingTwilio, twilio_post, twilio_services



@pytest.fixture
def twilio() -> RecordingTwilio:
    return RecordingTwilio()


@pytest.fixture
def services(odoo_url: str, tmp_path: Path, twilio: RecordingTwilio) -> Iterator[Services]:
    built = twilio_services(odoo_url, tmp_path, twilio, "sms")
    yield built
    built.close()



def signed_post(api: httpx.Client, path: str, form: dict[str, str], token: str = TOKEN) -> httpx.Response:
    return twilio_post(api, PUBLIC + path, form, token)


def test_reminders_go_out_through_the_sdk_with_a_status_callback(services: Services, twilio: RecordingTwilio) -> None:
    sent = [m for m in services.scan().sent if m.channel == "sms"]
    assert sent and len(twilio.requests) == len(sent)
    request = twilio.requests[0]
    assert request["method"] == "POST" and request["uri"] == f"https://api.twilio.com/2010-04-01/Accounts/{SID}/Messages.json"
    assert request["auth"] == (SID, TOKEN)
    assert request["data"]["From"] == FROM and request["data"]["To"] == sent[0].address and request["data"]["Body"] == sent[0].body
    assert request["data"]["StatusCallback"] == f"{PUBLIC}/webhooks/twilio/status"
    assert all(m.status == "sent" and m.provider_message_id.startswith("SM") for m in sent)


def test_error_21610_records_an_opt_out_and_is_never_retried(services: Services, twilio: RecordingTwilio) -> None:
    twilio.refuse_with = 21610
    sent = [m for m in services.scan().sent if m.channel == "sms"]
    assert sent and all(m.status == "failed" for m in sent)
    with services.sessions() as session:
        assert session.query(OptOut).count() == len(sent)
    twilio.refuse_with = None
    assert [m for m in services.scan().sent if m.channel == "sms"] == []


def test_inbound_text_is_verified_answered_through_the_api_and_processed_once(api: httpx.Client, services: Services, twilio: RecordingTwilio) -> None:
    phone = plain_reminder(services, services.scan().sent).address
    form = {"MessageSid": "SM" + "a" * 32, "From": phone, "To": FROM, "Body": "tomorrow afternoon", "AccountSid": SID}
    first = signed_post(api, "/webhooks/twilio/sms", form)
    assert first.status_code == 200 and first.text.endswith("<Response></Response>")  # answered; the dialog runs after
    eventually(lambda: twilio.requests[-1]["data"]["Body"].startswith("We can come:"))
    replies_before = len(twilio.requests)
    retry = signed_post(api, "/webhooks/twilio/sms", form)  # Twilio retries the same delivery
    assert retry.status_code == 200 and len(twilio.requests) == replies_before
    with services.sessions() as session:
        assert session.query(Message).filter_by(direction="in", provider_message_id=form["MessageSid"]).count() == 1


def test_bad_signatures_and_malformed_webhooks_are_refused(api: httpx.Client, services: Services) -> None:
    form = {"MessageSid": "SM" + "b" * 32, "From": "+14165550123", "Body": "hi"}
    assert signed_post(api, "/webhooks/twilio/sms", form, token="not-the-token").status_code == 403
    assert api.post("/webhooks/twilio/sms", data=form).status_code == 403  # no signature at all
    assert signed_post(api, "/webhooks/twilio/sms", {"Body": "no sender"}).status_code == 400
    with services.sessions() as session:
        assert session.query(Message).filter_by(direction="in").count() == 0


def test_a_delivery_report_of_21610_is_an_opt_out(api: httpx.Client, services: Services) -> None:
    message = services.scan().sent[0]
    report = {"MessageSid": message.provider_message_id, "MessageStatus": "undelivered", "ErrorCode": "21610"}
    assert signed_post(api, "/webhooks/twilio/status", report).status_code == 204
    with services.sessions() as session:
        assert session.get(Message, message.id).status == "undelivered"
        assert session.get(OptOut, message.address) is not None


@pytest.mark.parametrize("code", [21614, 30006])
def test_a_landline_refused_by_twilio_is_remembered_and_not_retried(services: Services, twilio: RecordingTwilio, code: int) -> None:
    """Issue 18: Twilio's landline codes through the real SDK: the text fails for good and the number is kept as one
    that cannot take texts (reminders reach it by voice), never retried by text."""
    from app.store.models import NotTextable

    twilio.refuse_with = code
    sent = [m for m in services.scan().sent if m.channel == "sms"]
    assert sent and all(m.status == "failed" for m in sent)
    with services.sessions() as session:
        assert {row.phone for row in session.query(NotTextable)} == {m.address for m in sent}
        assert session.query(OptOut).count() == 0  # a landline is no opt-out
    twilio.refuse_with = None
    assert services.assistant.outbox.retry_sends() == 0 and len(twilio.requests) == len(sent)


def test_a_delivery_report_of_a_landline_remembers_the_number(api: httpx.Client, services: Services) -> None:
    from app.store.models import NotTextable

    message = services.scan().sent[0]
    report = {"MessageSid": message.provider_message_id, "MessageStatus": "undelivered", "ErrorCode": "30006"}
    assert signed_post(api, "/webhooks/twilio/status", report).status_code == 204
    with services.sessions() as session:
        assert session.get(NotTextable, message.address) is not None and session.get(OptOut, message.address) is None
