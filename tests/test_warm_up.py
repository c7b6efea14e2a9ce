"""A worker pays its first turns' one-time costs before it takes traffic (app/web/app.py, Services.warm_up): after a
deploy, a burst of replies meets Odoo clients already signed in and the booking rules already read."""
from __future__ import annotations

from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.container import build_services
from odoo_sandbox import SandboxOdoo
from app.serving import ServerThread
from app.web.app import create_app
from tests.conftest import NOW, settings_for

TURNS_AT_ONCE = 4  # FUSION_DB_POOL_SIZE: the turns one worker runs at once
RULES = ("res.users", "resource.resource", "resource.calendar")  # what reading the booking rules asks Odoo for


@pytest.fixture
def odoo_traffic(sandbox: SandboxOdoo, monkeypatch: pytest.MonkeyPatch) -> tuple[list[str], Counter[str]]:
    """Sign-ins and calls (by model) the sandbox Odoo receives from now on."""
    sign_ins: list[str] = []
    calls: Counter[str] = Counter()
    authenticate, call = sandbox.env.authenticate, sandbox.env.call

    def counted_authenticate(login: str, secret: str) -> Any:
        sign_ins.append(login)
        return authenticate(login, secret)

    def counted_call(model: str, method: str, args: list, kwargs: dict) -> Any:
        calls[model] += 1
        calls[f"{model}.{method}"] += 1
        return call(model, method, args, kwargs)

    monkeypatch.setattr(sandbox.env, "authenticate", counted_authenticate)
    monkeypatch.setattr(sandbox.env, "call", counted_call)
    return sign_ins, calls


def test_a_started_worker_has_signed_in_and_read_the_rules_so_a_burst_of_first_texts_does_neither(
    sandbox: SandboxOdoo, odoo_url: str, tmp_path: Path, odoo_traffic: tuple[list[str], Counter[str]],
) -> None:
    sign_ins, calls = odoo_traffic
    services = build_services(settings_for(odoo_url, tmp_path, db_pool_size=TURNS_AT_ONCE, quiet_hours_enforced=False, warm_up=True), clock=lambda: NOW)
    phones = [row["phone"] for row in sandbox.env.search_read("res.partner", [("phone", "!=", False)], ["phone"], limit=TURNS_AT_ONCE)]
    try:
        with ServerThread(create_app(services)) as server:
            assert len(sign_ins) == TURNS_AT_ONCE  # one Odoo client for each turn the worker may run at once
            assert all(calls[model] for model in RULES)  # the rules and the calendar were read before any text came
            sign_ins.clear()
            calls.clear()
            with ThreadPoolExecutor(TURNS_AT_ONCE) as clients:
                answers = list(clients.map(
                    lambda phone: httpx.post(f"{server.url}/console/sms", json={"from": phone, "body": "next Tuesday morning"}, timeout=30),
                    phones,
                ))
    finally:
        services.close()
    assert [answer.status_code for answer in answers] == [200] * TURNS_AT_ONCE
    assert all(answer.json()["replies"] for answer in answers)
    assert sign_ins == []  # every turn borrowed a client signed in at start
    assert not any(calls[model] for model in RULES)  # and found the rules already read


def test_a_worker_starts_and_answers_without_odoo(tmp_path: Path) -> None:
    """Odoo down at start: the warm-up does what it can and the worker still takes traffic (texts are kept)."""
    services = build_services(settings_for("http://127.0.0.1:9", tmp_path, warm_up=True))
    try:
        with ServerThread(create_app(services)) as server:
            assert httpx.get(f"{server.url}/healthz").status_code == 200
            answer = httpx.post(f"{server.url}/console/sms", json={"from": "+14165550123", "body": "next Tuesday"}, timeout=30)
    finally:
        services.close()
    assert answer.status_code == 200 and answer.json()["replies"]  # the holding reply


def test_a_booking_on_a_started_worker_asks_odoo_only_to_check_and_book(
    odoo_url: str, tmp_path: Path, odoo_traffic: tuple[list[str], Counter[str]],
) -> None:
    """The field types the pre-booking check reads with are asked at start: the turn checks the slot and books."""
    from tests.conftest import plain_reminder

    _, calls = odoo_traffic
    services = build_services(settings_for(odoo_url, tmp_path, quiet_hours_enforced=False, warm_up=True), clock=lambda: NOW)
    try:
        with ServerThread(create_app(services)):
            phone = plain_reminder(services, services.scan().sent).address
            services.assistant.handle_inbound(phone, "next Tuesday morning", "SM-w1")
            calls.clear()
            [confirmation] = services.assistant.handle_inbound(phone, "1", "SM-w2")
    finally:
        services.close()
    assert confirmation.startswith("You're booked")
    assert not any(key.endswith(".fields_get") and key.startswith(("calendar.", "resource.")) for key in calls), calls
    assert calls["calendar.event.create"] == 1 and calls["calendar.event.search_read"] == 2, calls  # its key looked for, the slot re-read
    assert calls["resource.calendar.leaves.search_read"] == 1, calls


def test_the_jsonrpc_warm_up_signs_in_the_first_client_alone_and_the_others_side_by_side(sandbox: SandboxOdoo, odoo_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """/jsonrpc needs a signed-in client per concurrent call: a wrong password fails once, on the first sign-in, and the
    others overlap, so a worker's start waits about two sign-ins instead of one per client."""
    import threading
    import time

    from odoo_sandbox import BOT_LOGIN, BOT_PASSWORD
    from app.odoo.transports import JsonRpcTransport

    authenticate, lock = sandbox.env.authenticate, threading.Lock()
    running, peak, spans = [0], [0], []

    def slow_authenticate(login: str, secret: str) -> Any:
        with lock:
            running[0] += 1
            peak[0] = max(peak[0], running[0])
        started = time.monotonic()
        time.sleep(0.3)  # an Odoo busy hashing passwords
        try:
            return authenticate(login, secret)
        finally:
            with lock:
                running[0] -= 1
                spans.append((started, time.monotonic()))

    monkeypatch.setattr(sandbox.env, "authenticate", slow_authenticate)
    JsonRpcTransport(odoo_url, "demo", BOT_LOGIN, BOT_PASSWORD, 10.0).warm(5)
    spans.sort()
    assert len(spans) == 5
    first_end = spans[0][1]
    assert all(start >= first_end for start, _ in spans[1:])  # the first alone
    assert peak[0] >= 3  # the four others side by side (at least three overlapping on a busy machine)
