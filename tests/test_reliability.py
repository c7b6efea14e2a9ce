"""What must hold when deliveries repeat, clients race and the service dies: on SQLite and on PostgreSQL, through real
HTTP on loopback and the sandbox Odoo, and across real processes sharing one PostgreSQL store.

(Odoo going away while a client replies is tests/test_odoo_outage.py.)
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path

import httpx
import odoorpc
import pytest

from app.config import Settings
from app.container import Services, build_services
from app.reminders.outbox import RetryPolicy
from app.serving import free_port
from app.store import repository as repo
from app.store.db import make_engine
from app.store.locks import STRIPES, locks_for
from app.store.models import Conversation, Message
from dialogs.model import DialogState, Slot
from odoo_sandbox import BOT_LOGIN, BOT_PASSWORD
from tests.conftest import NOW, TODAY, Clock, eventually, hour_long_visit, odoo_datetime, plain_reminder, settings_for
from tests.fake_twilio import FROM, PUBLIC, SID, TOKEN, RecordingTwilio, twilio_post, twilio_services
from tests.service_process import KILL_BEFORE_SEND, START_FILE, sends

ROOT = Path(__file__).resolve().parent.parent
NEW_NUMBER = "+14165550177"  # no client in Odoo has it


@pytest.fixture
def twilio() -> RecordingTwilio:
    return RecordingTwilio()


@pytest.fixture
def services(odoo_url: str, tmp_path: Path, twilio: RecordingTwilio, store_url: str) -> Iterator[Services]:
    """The service with Twilio for texts, on each store (conftest's `api` serves it over HTTP), its jobs on their
    production concurrency (the queue's workers on PostgreSQL, a pool of threads on SQLite), never inline."""
    built = twilio_services(odoo_url, tmp_path, twilio, "sms", database_url=store_url, job_concurrency=Settings().job_concurrency)
    yield built
    built.close()


def deliver_at_once(api: httpx.Client, forms: list[dict[str, str]]) -> list[int]:
    """Post every form as Twilio would, all at the same moment, each from a thread and a connection of its own."""
    barrier = threading.Barrier(len(forms))

    def post(form: dict[str, str]) -> int:
        with httpx.Client(base_url=api.base_url, timeout=60) as client:
            barrier.wait()
            return twilio_post(client, PUBLIC + "/webhooks/twilio/sms", form, TOKEN).status_code

    with ThreadPoolExecutor(len(forms)) as pool:
        return list(pool.map(post, forms))


def text(phone: str, body: str, sid: str) -> dict[str, str]:
    return {"MessageSid": sid, "From": phone, "To": FROM, "Body": body, "AccountSid": SID}


def inbound_settled(services: Services, sids: list[str]) -> bool:
    """Every one of these texts is stored and processed."""
    with services.sessions() as session:
        found = session.query(Message).filter(Message.direction == "in", Message.provider_message_id.in_(sids)).all()
        return len(found) == len(set(sids)) and all(m.status == "processed" for m in found)


def test_one_webhook_delivered_five_times_at_once_is_processed_once(api: httpx.Client, services: Services, twilio: RecordingTwilio) -> None:
    reminders = services.scan().sent
    eventually(lambda: len(twilio.requests) == len([m for m in reminders if m.channel == "sms"]))  # the queue sends them
    phone = plain_reminder(services, reminders).address
    before = len(twilio.requests)
    sid = "SM" + "c" * 32

    assert deliver_at_once(api, [text(phone, "tomorrow afternoon", sid)] * 5) == [200] * 5
    eventually(lambda: inbound_settled(services, [sid]))

    with services.sessions() as session:
        [inbound] = session.query(Message).filter_by(direction="in").all()
        assert [m.template for m in repo.replies_to(session, inbound.id)] == ["offer"]
    assert len(twilio.requests) == before + 1 and twilio.requests[-1]["data"]["To"] == phone


def test_two_texts_at_once_from_a_new_number_open_one_conversation(api: httpx.Client, services: Services, twilio: RecordingTwilio) -> None:
    """Nothing in the store says this number exists until its first turn: only the client's lock keeps a second turn
    from opening a second conversation (and telling staff twice)."""
    phone, sids = NEW_NUMBER, ["SM-new-1", "SM-new-2"]
    assert deliver_at_once(api, [text(phone, "hello?", sids[0]), text(phone, "is this the wheelchair place", sids[1])]) == [200, 200]
    eventually(lambda: inbound_settled(services, sids))
    with services.sessions() as session:
        assert session.query(Conversation).filter_by(phone=phone).count() == 1
        assert [m.template for m in repo.outbound(session, "sms") if m.address == phone] == ["unknown_number"]


def clients_due_for_a_scooter_check(odoo: odoorpc.ODOO, count: int) -> list[str]:
    """`count` more clients in Odoo, each with one scooter (an hour's visit) due in a week: their phones."""
    [product] = odoo.env["product.product"].search([("default_code", "=", "SC-GGET")])
    due = TODAY + timedelta(days=7)
    phones = [f"+1 416-720-{5000 + n}" for n in range(count)]
    for n, phone in enumerate(phones):
        partner = odoo.env["res.partner"].create({"name": f"Client Racer{n}", "phone": phone, "lang": "en_CA", "tz": "America/Toronto"})
        odoo.env["fusion.repair.maintenance.contract"].create({
            "name": f"MC/RACE/{n:04d}", "partner_id": partner, "product_id": product, "serial_number": f"GOG{700000 + n}",
            "device_type": "Scooter 4-Wheel", "interval_months": 12, "last_service_date": str(due.replace(year=due.year - 1)),
            "next_due_date": str(due), "state": "active",
        })
    return ["+1416720" + str(5000 + n) for n in range(count)]


def offered_slot(services: Services, phones: list[str]) -> Slot:
    """The one time first offered to every one of these clients."""
    with services.sessions() as session:
        firsts = {DialogState.from_json(c.state).offers[0] for c in session.query(Conversation).filter(Conversation.phone.in_(phones))}
    [slot] = firsts
    return slot


def events_at(odoo: odoorpc.ODOO, slot: Slot) -> int:
    return odoo.env["calendar.event"].search_count([("partner_ids", "in", [slot.technician_partner_id]), ("start", "=", odoo_datetime(slot.start))])


def test_twenty_clients_choosing_one_slot_at_once_book_it_once(
    api: httpx.Client, services: Services, twilio: RecordingTwilio, odoo: odoorpc.ODOO
) -> None:
    phones = clients_due_for_a_scooter_check(odoo, 20)
    reminded = {m.address for m in services.scan().sent}
    assert set(phones) <= reminded
    for phone in phones:
        services.assistant.handle_inbound(phone, "tomorrow afternoon", f"SM-wish-{phone}")
    contested = offered_slot(services, phones)
    assert events_at(odoo, contested) == 0

    sids = [f"SM-choice-{phone}" for phone in phones]
    assert deliver_at_once(api, [text(phone, "1", sid) for phone, sid in zip(phones, sids)]) == [200] * 20
    eventually(lambda: inbound_settled(services, sids), within=120)

    assert events_at(odoo, contested) == 1
    with services.sessions() as session:
        replies = {m.address: repo.replies_to(session, m.id) for m in session.query(Message).filter(Message.provider_message_id.in_(sids))}
        states = {c.phone: DialogState.from_json(c.state) for c in session.query(Conversation).filter(Conversation.phone.in_(phones))}
    assert all(len(answer) == 1 for answer in replies.values())
    booked = [p for p in phones if replies[p][0].template == "booked"]
    assert len(booked) == 1 and states[booked[0]].booking.slot == contested
    apologised = [p for p in phones if p not in booked]
    for phone in apologised:  # sorry, and other times: never the one just taken
        assert replies[phone][0].template == "offer" and replies[phone][0].body.startswith("Sorry, that time was just taken.")
        assert states[phone].offers and contested not in states[phone].offers
    assert len(apologised) == 19


def run_service(store_url: str, odoo_url: str, folder: Path, now: str, *command: str, **env: str) -> subprocess.Popen[bytes]:
    """The service in a process of its own (tests/service_process.py), sending into folder/sends.jsonl."""
    return subprocess.Popen(
        [sys.executable, "-m", "tests.service_process", store_url, odoo_url, str(folder / "sends.jsonl"), now, *command],
        cwd=ROOT, env={**os.environ, **env}, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )


def finished(process: subprocess.Popen[bytes]) -> int:
    _, errors = process.communicate(timeout=240)
    assert process.returncode in (0, -9), errors.decode()[-2000:]
    return process.returncode


def test_killed_between_recording_and_sending_a_text_sends_it_once_after_restart(odoo_url: str, store_url: str, tmp_path: Path) -> None:
    killed = run_service(store_url, odoo_url, tmp_path, NOW.isoformat(), "scan", **{KILL_BEFORE_SEND: "1"})
    assert finished(killed) == -9  # SIGKILL: no cleanup, no flush, no goodbye
    assert sends(tmp_path / "sends.jsonl") == []
    store = build_services(settings_for(odoo_url, tmp_path, database_url=store_url), clock=lambda: NOW)
    with store.sessions() as session:
        [recorded] = repo.outbound(session)  # recorded and committed, never handed over
        assert recorded.status == "queued"

    after_lease = (NOW + RetryPolicy().lease + timedelta(minutes=1)).isoformat()
    assert finished(run_service(store_url, odoo_url, tmp_path, after_lease, "retry")) == 0
    assert [s["reference"] for s in sends(tmp_path / "sends.jsonl")] == [str(recorded.id)]
    # the restarted service's next scan and retries send everything else, and that one never again
    assert finished(run_service(store_url, odoo_url, tmp_path, after_lease, "scan")) == 0
    assert finished(run_service(store_url, odoo_url, tmp_path, after_lease, "retry")) == 0
    references = [s["reference"] for s in sends(tmp_path / "sends.jsonl")]
    assert references.count(str(recorded.id)) == 1 and len(references) == len(set(references)) > 1
    with store.sessions() as session:
        assert session.get(Message, recorded.id).status == "sent"
        assert {str(m.id) for m in repo.outbound(session)} == set(references)
    store.close()


def test_processes_racing_on_one_postgresql_store_send_once_and_book_once(odoo_url: str, postgres_url: str, tmp_path: Path, odoo: odoorpc.ODOO) -> None:
    """Six worker processes at once: two get client A's choice (the same webhook twice), two get client B's choice of
    the same time, two get a different text each from a number nobody knows yet. One booking, one reply per choice,
    one inbound row per text, one conversation for the new number."""
    setup = build_services(settings_for(odoo_url, tmp_path, database_url=postgres_url), clock=lambda: NOW)
    sent = [m for m in setup.scan().sent if m.channel == "sms" and hour_long_visit(setup, m.address)]
    first_offers: dict[Slot, list[str]] = {}
    for message in sent:
        setup.assistant.handle_inbound(message.address, "tomorrow afternoon", f"SM-wish-{message.address}")
        with setup.sessions() as session:
            state = DialogState.from_json(repo.latest_conversation(session, message.address).state)
        first_offers.setdefault(state.offers[0], []).append(message.address)
        if any(len(same) == 2 for same in first_offers.values()):
            break
    [(contested, pair)] = [(slot, same) for slot, same in first_offers.items() if len(same) == 2]

    start = tmp_path / "go"
    workers = [
        run_service(postgres_url, odoo_url, tmp_path, NOW.isoformat(), "inbound", phone, "1", f"SM-choice-{phone}", **{START_FILE: str(start)})
        for phone in pair for _ in range(2)
    ] + [
        run_service(postgres_url, odoo_url, tmp_path, NOW.isoformat(), "inbound", NEW_NUMBER, body, f"SM-new-{n}", **{START_FILE: str(start)})
        for n, body in enumerate(("hello?", "is this the wheelchair place"))
    ]
    eventually(lambda: len(list(tmp_path.glob("go.*.ready"))) == len(workers), within=120)
    start.touch()
    assert [finished(worker) for worker in workers] == [0] * len(workers)

    assert events_at(odoo, contested) == 1
    with setup.sessions() as session:
        choices = session.query(Message).filter(Message.direction == "in", Message.provider_message_id.like("SM-choice-%")).all()
        assert len(choices) == 2 and all(m.status == "processed" for m in choices)
        templates = sorted(t for m in choices for t in [r.template for r in repo.replies_to(session, m.id)])
    assert templates == ["booked", "offer"]
    assert sorted(s["to"] for s in sends(tmp_path / "sends.jsonl")) == sorted([*pair, NEW_NUMBER])  # unknown_number once
    with setup.sessions() as session:
        assert session.query(Conversation).filter_by(phone=NEW_NUMBER).count() == 1
    setup.close()


def test_the_daily_scan_runs_in_one_worker_a_day(odoo_url: str, store_url: str, tmp_path: Path) -> None:
    clock = Clock()
    clock.now = NOW.replace(hour=10, minute=5)
    first, second = (
        build_services(settings_for(odoo_url, tmp_path / name, database_url=store_url, daily_scan_at="10:00"), clock=clock)
        for name in ("first", "second")
    )
    assert first.daily_scan(None) == NOW.date() and first.channels["sms"].sent
    assert second.daily_scan(None) == NOW.date() and second.channels["sms"].sent == []  # the day is done: no second scan
    first.close()
    second.close()


def test_a_worker_skips_the_daily_scan_another_one_is_running(odoo_url: str, postgres_url: str, tmp_path: Path) -> None:
    clock = Clock()
    clock.now = NOW.replace(hour=10, minute=5)
    services = build_services(settings_for(odoo_url, tmp_path, database_url=postgres_url, daily_scan_at="10:00"), clock=clock)
    other_worker = locks_for(services.engine)  # its own connections: another process, as far as PostgreSQL can tell
    with other_worker.try_hold("job:daily-scan") as held:
        assert held and services.daily_scan(None) is None and services.channels["sms"].sent == []
    assert services.daily_scan(None) == NOW.date() and services.channels["sms"].sent  # the next turn of the loop scans
    other_worker.close()
    services.close()


def test_serve_with_two_workers_shares_one_client_turn_between_processes(odoo_url: str, postgres_url: str, tmp_path: Path) -> None:
    """`fusion-assist serve --workers 2`: one delivery repeated six times at once, wherever each lands, is processed
    once, and every repeat answers with the first one's reply (it waits for the client's lock, held in PostgreSQL)."""
    port = free_port()
    env = {
        **os.environ, "FUSION_DATABASE_URL": postgres_url, "FUSION_ODOO_URL": odoo_url, "FUSION_ODOO_LOGIN": BOT_LOGIN,
        "FUSION_ODOO_PASSWORD": BOT_PASSWORD, "FUSION_RETRY_INTERVAL_SECONDS": "3600",
        "FUSION_DAILY_SCAN_AT": "null",  # else a run at 10:00 Toronto time scans, and this test counts one reply
        "FUSION_SESSION_SECRET": "one key for every worker",
    }
    server = subprocess.Popen(
        [sys.executable, "-c", "from app.cli import main; main()", "serve", "--workers", "2", "--port", str(port)],
        cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as api:
            eventually(lambda: _answers(api), within=120)
            barrier = threading.Barrier(6)

            def deliver(_: int) -> list[str]:
                with httpx.Client(base_url=api.base_url, timeout=60) as client:
                    barrier.wait()
                    return client.post("/console/sms", json={"from": NEW_NUMBER, "body": "hello?", "id": "SM-twice"}).json()["replies"]

            with ThreadPoolExecutor(6) as pool:
                answers = list(pool.map(deliver, range(6)))
    finally:
        server.terminate()
        _, log = server.communicate(timeout=60)
    assert len(set(re.findall(r"Started server process \[(\d+)\]", log))) == 2, log[-2000:]
    assert answers[0] and all(answer == answers[0] for answer in answers)
    store = build_services(settings_for(odoo_url, tmp_path, database_url=postgres_url), clock=lambda: NOW)
    with store.sessions() as session:
        assert session.query(Message).filter_by(direction="in").count() == 1
        assert len(repo.outbound(session)) == 1
    store.close()


def _answers(api: httpx.Client) -> bool:
    try:
        return api.get("/healthz").status_code == 200
    except httpx.TransportError:
        return False


def test_a_job_holding_its_lock_can_take_any_clients_lock(store_url: str) -> None:
    """The daily scan holds its lock while it reminds clients under theirs: on no store may the two ever be one lock
    (a deadlock, once in a few hundred phones, before job locks were kept apart from the clients' stripes)."""
    engine = make_engine(store_url)
    locks = locks_for(engine)
    taken: list[int] = []

    def scan() -> None:
        with locks.try_hold("job:daily-scan") as mine:
            assert mine
            for client in range(4 * STRIPES):
                with locks.hold(f"client:+1416555{client:04d}"):
                    taken.append(client)

    worker = threading.Thread(target=scan, daemon=True)
    worker.start()
    worker.join(timeout=120)
    locks.close()
    engine.dispose()
    assert len(taken) == 4 * STRIPES
