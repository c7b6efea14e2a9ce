"""The trail in Odoo, read back over odoorpc: a To-Do for the responsible user when a conversation needs a person, and
the transcript as an internal note in the client's chatter when it ends; once each, and never lost to an outage."""
from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import odoorpc
import pytest
from markupsafe import escape

from app.container import Services, build_services
from odoo_sandbox import BOT_API_KEY, BOT_LOGIN
from app.serving import ServerThread, free_port
from app.store.models import Conversation, Message, TrailEntry
from app.store.trail_entries import add_trail_entry, claim_trail_entry, pending_trail
from tests.conftest import NOW, Clock, plain_reminder, settings_for





def reminded(services: Services) -> tuple[str, int]:
    """The phone and contact of the first client the scan texts (in English, for an hour-long visit)."""
    phone = plain_reminder(services, services.scan().sent).address
    with services.sessions() as session:
        return phone, session.query(Conversation).filter_by(phone=phone).one().partner_id


def activities(odoo: odoorpc.ODOO, model: str, record_id: int) -> list[dict]:
    return odoo.env["mail.activity"].search_read(
        [("res_model", "=", model), ("res_id", "=", record_id)], ["summary", "note", "user_id", "activity_type_id", "date_deadline"]
    )


def notes(odoo: odoorpc.ODOO, partner_id: int) -> list[dict]:
    return odoo.env["mail.message"].search_read(
        [("model", "=", "res.partner"), ("res_id", "=", partner_id)], ["body", "message_type", "subtype_id", "author_id"], order="id"
    )


def messages(services: Services, phone: str) -> list[Message]:
    with services.sessions() as session:
        return session.query(Message).filter_by(address=phone).order_by(Message.id).all()


def user_named(odoo: odoorpc.ODOO, login: str) -> tuple[int, str]:
    [user] = odoo.env["res.users"].search_read([("login", "=", login)], ["name"])
    return user["id"], user["name"]


@pytest.mark.parametrize("salesperson, staff_login, responsible", [("priya", None, "priya"), (None, "coordinator", "coordinator"), (None, None, BOT_LOGIN)])
def test_asking_for_a_person_leaves_one_todo_for_the_responsible_user(  # type: ignore[no-untyped-def]
    odoo_url: str, tmp_path: Path, odoo: odoorpc.ODOO, salesperson: str | None, staff_login: str | None, responsible: str
) -> None:
    """The client's salesperson when set, else FUSION_STAFF_LOGIN, else the integration user."""
    services = build_services(settings_for(odoo_url, tmp_path, staff_login=staff_login), clock=lambda: NOW)
    phone, partner = reminded(services)
    if salesperson:
        odoo.env["res.partner"].write([partner], {"user_id": user_named(odoo, salesperson)[0]})
    [reply] = services.assistant.handle_inbound(phone, "can someone call me", "SM-person-1")
    assert "get back to you" in reply
    [activity] = activities(odoo, "res.partner", partner)
    assert activity["user_id"][0] == user_named(odoo, responsible)[0]
    assert activity["activity_type_id"][1] == "To-Do" and activity["date_deadline"] == NOW.date().isoformat()
    [name] = odoo.env["res.partner"].read([partner], ["name"])
    assert activity["summary"] == f"Booking assistant: {name['name']} needs a person"
    assert "The client asked to talk to a person." in activity["note"] and "Last message: “can someone call me”" in activity["note"]
    [transcript] = notes(odoo, partner)  # handed off: the conversation so far goes to the chatter too
    assert "handed to staff" in transcript["body"] and "can someone call me" in transcript["body"]
    services.close()


def test_a_booked_conversation_posts_its_whole_transcript_once_as_an_internal_note(clocked_services: Services, odoo: odoorpc.ODOO) -> None:
    services = clocked_services
    phone, partner = reminded(services)
    services.assistant.handle_inbound(phone, "tomorrow afternoon & thanks <3", "SM-book-1")
    services.assistant.handle_inbound(phone, "2", "SM-book-2")
    services.assistant.retry_pending()  # nothing left to write: no second note
    [note] = notes(odoo, partner)
    said = messages(services, phone)
    assert [m.template for m in said if m.direction == "out"] == ["reminder", "offer", "booked"]
    assert note["message_type"] == "comment" and note["subtype_id"][1] == "Note"
    [integration_user] = odoo.env["res.users"].search_read([("login", "=", BOT_LOGIN)], ["partner_id"])
    assert note["author_id"][0] == integration_user["partner_id"][0]  # posted by the service's own user
    body = note["body"]
    assert body.startswith("<p>Booking assistant conversation, booked:</p>") and body.count("<li>") == len(said) == 5
    assert all(str(escape(line)) in body for m in said for line in m.body.splitlines())
    assert "We can come:<br>1) Wed Nov 25 at 1 p.m.<br>2) " in body  # the offer keeps its lines
    assert "tomorrow afternoon &amp; thanks &lt;3" in body  # the client's words are text, never markup
    assert "Tue Nov 24, 10 a.m. · SMS · from client: " in body and " · SMS · to client: " in body
    assert activities(odoo, "res.partner", partner) == []  # booked by the assistant: nobody needs to act

    # the conversation ends a second time (the visit is cancelled): only what came after is posted
    services.assistant.handle_inbound(phone, "please cancel my visit", "SM-book-3")
    services.assistant.handle_inbound(phone, "yes", "SM-book-4")
    first, second = notes(odoo, partner)
    assert second["body"].startswith("<p>Booking assistant conversation (continued), closed:</p>") and second["body"].count("<li>") == 4
    assert "please cancel my visit" in second["body"] and "tomorrow afternoon" not in second["body"]


@pytest.mark.parametrize("transport", ["jsonrpc", "json2"])
def test_an_opt_out_posts_the_transcript(odoo_url: str, tmp_path: Path, odoo: odoorpc.ODOO, transport: str) -> None:
    services = build_services(settings_for(odoo_url, tmp_path, odoo_transport=transport, odoo_api_key=BOT_API_KEY), clock=lambda: NOW)
    phone, partner = reminded(services)
    services.assistant.handle_inbound(phone, "STOP", "SM-stop-1")
    [note] = notes(odoo, partner)
    assert "opted out:" in note["body"] and "from client: STOP" in note["body"] and note["body"].count("<li>") == 3
    assert activities(odoo, "res.partner", partner) == []
    services.close()


def test_a_conversation_nobody_touched_for_14_days_expires_into_the_chatter(clocked_services: Services, odoo: odoorpc.ODOO, clock: Clock) -> None:
    services = clocked_services
    phone, partner = reminded(services)
    clock.now += timedelta(days=13)
    services.assistant.tick()
    assert notes(odoo, partner) == []
    clock.now += timedelta(days=1, hours=1)
    assert services.assistant.tick() > 0  # every client the scan reminded went quiet
    assert services.assistant.tick() == 0
    [note] = notes(odoo, partner)
    assert "closed" in note["body"] and note["body"].count("<li>") == 1  # the reminder nobody answered


def test_a_retried_webhook_adds_nothing_and_a_second_hand_off_gets_its_own_todo(clocked_services: Services, odoo: odoorpc.ODOO) -> None:
    services = clocked_services
    phone, partner = reminded(services)
    services.assistant.handle_inbound(phone, "can someone call me", "SM-retry-1")
    services.assistant.handle_inbound(phone, "can someone call me", "SM-retry-1")  # the provider retries its webhook
    services.assistant.retry_pending()
    assert len(activities(odoo, "res.partner", partner)) == 1 and len(notes(odoo, partner)) == 1

    with services.sessions() as session:
        conversation_id = session.query(Conversation).filter_by(phone=phone).one().id
    services.assistant.staff.hand_back(conversation_id)
    services.assistant.handle_inbound(phone, "agent", "SM-retry-2")
    assert len(activities(odoo, "res.partner", partner)) == 2
    first, second = notes(odoo, partner)
    assert "from client: agent" in second["body"] and "can someone call me" not in second["body"]


def test_a_number_matching_no_client_is_a_todo_on_the_dealers_own_contact(clocked_services: Services, odoo: odoorpc.ODOO) -> None:
    services = clocked_services
    services.assistant.handle_inbound("+14165550123", "hi is this the wheelchair place", "SM-unknown-1")
    [company] = odoo.env["res.company"].search_read([], ["partner_id"], limit=1)
    [activity] = activities(odoo, "res.partner", company["partner_id"][0])
    assert activity["summary"] == "Booking assistant: an unknown number needs a person"
    assert "matches no contact" in activity["note"] and "+14165550123" in activity["note"]
    assert notes(odoo, company["partner_id"][0]) == []  # no client, no chatter: the inbox keeps the transcript


def test_odoo_down_at_a_hand_off_loses_nothing_and_writes_the_trail_when_it_returns(sandbox, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    port = free_port()
    server = ServerThread(sandbox.app, port=port).start()
    services = build_services(settings_for(f"http://127.0.0.1:{port}", tmp_path, odoo_timeout_seconds=1), clock=lambda: NOW)
    phone, partner = reminded(services)
    server.stop()

    [reply] = services.assistant.handle_inbound(phone, "can someone call me", "SM-down-1")
    assert "get back to you" in reply  # the client's turn went through
    assert services.assistant.retry_pending() == 0  # still down: still owed
    with services.sessions() as session:
        assert session.query(Conversation).filter_by(phone=phone).one().status == "handoff"
        assert sorted((e.kind, e.status) for e in session.query(TrailEntry)) == [("activity", "pending"), ("transcript", "pending")]

    with ServerThread(sandbox.app, port=port):
        services.assistant.retry_pending()
        services.assistant.retry_pending()
        odoo = odoorpc.ODOO("127.0.0.1", port=port)
        odoo.login("demo", "admin", "admin")
        [activity] = activities(odoo, "res.partner", partner)
        [note] = notes(odoo, partner)
    assert "The client asked to talk to a person." in activity["note"] and "from client: can someone call me" in note["body"]
    with services.sessions() as session:
        assert {e.status for e in session.query(TrailEntry)} == {"done"}
    services.close()


def test_odoo_refusing_the_trail_never_breaks_the_turn_and_gives_up_after_ten_tries(sandbox, clocked_services: Services) -> None:  # type: ignore[no-untyped-def]
    services = clocked_services
    phone, partner = reminded(services)
    sandbox.env.call("res.partner", "unlink", [[partner]], {})  # the contact was deleted in Odoo meanwhile
    [reply] = services.assistant.handle_inbound(phone, "STOP", "SM-gone-1")
    assert "no more messages" in reply
    with services.sessions() as session:
        [entry] = session.query(TrailEntry).all()
        assert (entry.kind, entry.status, entry.attempts) == ("transcript", "pending", 1)
    for _ in range(9):
        services.assistant.retry_pending()
    with services.sessions() as session:
        assert session.query(TrailEntry).one().status == "failed"


def test_one_worker_at_a_time_writes_an_entry(clocked_services: Services) -> None:
    services = clocked_services
    phone, _ = reminded(services)
    with services.sessions() as session:
        conversation = session.query(Conversation).filter_by(phone=phone).one()
        assert add_trail_entry(session, conversation.id, "activity", "k", "test", NOW)
        assert not add_trail_entry(session, conversation.id, "activity", "k", "test", NOW)  # the same key twice: once
        session.commit()
        [entry_id] = pending_trail(session, conversation.id)
        assert claim_trail_entry(session, entry_id, NOW, NOW + timedelta(minutes=5))
        assert not claim_trail_entry(session, entry_id, NOW + timedelta(minutes=1), NOW + timedelta(minutes=6))
        assert claim_trail_entry(session, entry_id, NOW + timedelta(minutes=6), NOW + timedelta(minutes=11))  # the first one died
