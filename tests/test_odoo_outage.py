"""Odoo down while a client texts: the text is kept, the client gets a holding reply, and it is processed later."""
from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from app.container import build_services
from app.phones import normalise
from app.serving import ServerThread, free_port
from app.store import repository as repo
from app.store.models import Conversation, Message
from app.web.app import create_app
from tests.conftest import NOW, eventually, plain_reminder, settings_for
from tests.fake_twilio import FROM, PUBLIC, SID, TOKEN, RecordingTwilio, twilio_post, twilio_services


def test_text_during_outage_is_answered_once_and_processed_when_odoo_returns(sandbox, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    port = free_port()
    services = build_services(settings_for(f"http://127.0.0.1:{port}", tmp_path, odoo_timeout_seconds=1), clock=lambda: NOW)
    partner = sandbox.env.search_read("res.partner", [("phone", "!=", False)], ["phone"], limit=1)[0]
    phone = normalise(partner["phone"])

    replies = services.assistant.handle_inbound(phone, "tomorrow afternoon", "SM-outage-1")
    assert len(replies) == 1 and "briefly unavailable" in replies[0]
    assert services.assistant.retry_pending() == 0  # still down: nothing processed, no second holding reply
    assert len(services.channels["sms"].sent) == 1

    with ServerThread(sandbox.app, port=port):
        assert services.assistant.retry_pending() == 1
    offer = services.channels["sms"].sent[-1].body
    assert "1) Wed Nov 25 at" in offer
    with services.sessions() as session:
        assert session.query(Message).filter_by(direction="in").one().status == "processed"
    services.close()


def test_stop_during_outage_opts_out_at_once(tmp_path: Path) -> None:
    services = build_services(settings_for(f"http://127.0.0.1:{free_port()}", tmp_path, odoo_timeout_seconds=1), clock=lambda: NOW)
    replies = services.assistant.handle_inbound("+14165550123", "STOP", "SM-outage-2")
    assert "no more messages" in replies[0]
    assert services.assistant.handle_inbound("+14165550123", "hello?", "SM-outage-3") == []  # opted out: no holding reply
    services.close()


def test_odoo_down_between_offer_and_choice_books_when_it_returns(sandbox, tmp_path: Path, store_url: str) -> None:  # type: ignore[no-untyped-def]
    """The client's choice arrives by a signed Twilio webhook over HTTP while Odoo is down, on each store the service
    supports: the text is kept, the client gets a holding reply, and the booking completes once Odoo is back."""
    port = free_port()
    server = ServerThread(sandbox.app, port=port).start()
    twilio = RecordingTwilio()
    services = twilio_services(f"http://127.0.0.1:{port}", tmp_path, twilio, "sms", odoo_timeout_seconds=1, database_url=store_url)
    phone = plain_reminder(services, services.scan().sent).address
    [offer] = services.assistant.handle_inbound(phone, "tomorrow afternoon", "SM-mid-1")
    assert "1) Wed Nov 25 at" in offer
    server.stop()

    with ServerThread(create_app(services)) as web, httpx.Client(base_url=web.url, timeout=30) as api:
        form = {"MessageSid": "SM-mid-2", "From": phone, "To": FROM, "Body": "2", "AccountSid": SID}
        assert twilio_post(api, PUBLIC + "/webhooks/twilio/sms", form, TOKEN).status_code == 200
        eventually(lambda: any(words in twilio.requests[-1]["data"]["Body"] for words in ("briefly unavailable", "momentanément indisponible")))
    with services.sessions() as session:
        conversation = session.query(Conversation).filter_by(phone=phone).one()
        holding = {"en_CA": "briefly unavailable", "fr_CA": "momentanément indisponible"}[conversation.locale]
        assert holding in twilio.requests[-1]["data"]["Body"]  # in the client's language
        assert conversation.state["stage"] == "offered"  # the turn was undone, nothing half-booked
        assert session.query(Message).filter_by(provider_message_id="SM-mid-2").one().status == "received"

    with ServerThread(sandbox.app, port=port):
        assert services.assistant.retry_pending() == 1
        assert twilio.requests[-1]["data"]["Body"].startswith(("You're booked", "C'est réservé"))
        events = sandbox.env.search_read("calendar.event", [("res_model", "=", "fusion.repair.maintenance.contract"), ("appointment_status", "=", "booked")], ["id"])
        assert len(events) == 1
    with services.sessions() as session:
        choice = session.query(Message).filter_by(provider_message_id="SM-mid-2").one()
        assert choice.status == "processed" and [m.template for m in repo.replies_to(session, choice.id)] == ["holding", "booked"]
    services.close()


def test_a_french_client_is_told_odoo_is_away_in_french(sandbox, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    port = free_port()
    server = ServerThread(sandbox.app, port=port).start()
    services = build_services(settings_for(f"http://127.0.0.1:{port}", tmp_path, odoo_timeout_seconds=1), clock=lambda: NOW)
    french = next(m for m in services.scan().sent if m.channel == "sms" and m.body.startswith("Bonjour"))
    server.stop()

    [holding] = services.assistant.handle_inbound(french.address, "demain après-midi", "SM-outage-fr")

    assert "momentanément indisponible" in holding
    services.close()


@contextmanager
def hung_odoo() -> Iterator[str]:
    """An Odoo that takes connections and never answers (the kernel completes the handshake; nothing reads)."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(64)
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"


def test_a_hung_odoo_gets_the_client_a_holding_reply_in_seconds_and_keeps_the_text(tmp_path: Path) -> None:
    """Each Odoo attempt may wait 15 s, three of them: a client who texts (by webhook, or where the reply is in the
    answer) hears within the turn's budget that their text arrived, and the text waits for the retry loop."""
    with hung_odoo() as url:
        services = build_services(settings_for(url, tmp_path, odoo_turn_budget_seconds=3, odoo_timeout_seconds=15), clock=lambda: NOW)
        started = time.monotonic()
        [holding] = services.assistant.handle_inbound("+14165550123", "tomorrow afternoon", "SM-hung-1")
        answered_in = time.monotonic() - started
        stored = services.assistant.store_inbound("+14165550124", "next tuesday", "SM-hung-2")
        started = time.monotonic()
        services.jobs.process_inbound(stored)  # what a webhook queues once the text is stored
        sent_in = time.monotonic() - started
    assert "briefly unavailable" in holding and "briefly unavailable" in services.channels["sms"].sent[-1].body
    assert answered_in < 8 and sent_in < 8  # within the 3 s budget and the turn's own work, not 15 s times three
    with services.sessions() as session:
        assert {m.status for m in session.query(Message).filter_by(direction="in")} == {"received"}  # kept for the retry loop
    services.close()


def test_the_background_loop_answers_a_kept_text_once_odoo_is_back(sandbox, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Issue 18: the loop every worker runs, for real (no test calls `retry_pending`): a text kept during an outage is
    answered by the loop once Odoo answers again, once."""
    port = free_port()
    services = build_services(
        settings_for(f"http://127.0.0.1:{port}", tmp_path, odoo_timeout_seconds=1, retry_interval_seconds=0.2), clock=lambda: NOW,
    )
    partner = sandbox.env.search_read("res.partner", [("phone", "!=", False)], ["phone"], limit=1)[0]
    phone = normalise(partner["phone"])
    [holding] = services.assistant.handle_inbound(phone, "tomorrow afternoon", "SM-loop-1")
    assert "briefly unavailable" in holding
    with ServerThread(sandbox.app, port=port), ServerThread(create_app(services)):
        eventually(lambda: "1) Wed Nov 25 at" in services.channels["sms"].sent[-1].body, within=30)
    assert [m.body[:8] for m in services.channels["sms"].sent].count(services.channels["sms"].sent[-1].body[:8]) == 1
    with services.sessions() as session:
        assert session.query(Message).filter_by(provider_message_id="SM-loop-1").one().status == "processed"
    services.close()
