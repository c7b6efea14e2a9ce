"""The inbox over plain HTTP: nobody gets in without an Odoo sign-in, no form works without its CSRF token, and Odoo's
answers to a sign-in (wrong password, two-factor, a portal user, Odoo away) are each refused clearly."""
from __future__ import annotations

import base64
import re
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import httpx
import odoorpc
import pytest
from fastapi import FastAPI

from app.container import Services, build_services
from odoo_sandbox import SandboxOdoo
from app.odoo.staff_login import SignInRefused, StaffLogin
from app.serving import ServerThread, free_port
from app.store.models import Conversation, Message
from app.web.app import create_app
from app.web.inbox.routes import ACTIONS
from app.web.inbox.throttle import SignInThrottle
from tests.conftest import Clock, settings_for
from tests.inbox_scenario import Scenario
from tests.test_staff_actions import FakeDialer


@pytest.fixture
def services(clocked_services: Services) -> Services:
    return clocked_services


@pytest.fixture
def app(services: Services) -> FastAPI:
    return create_app(services)


@pytest.fixture
def url(app: FastAPI) -> Iterator[str]:
    with ServerThread(app) as server:
        yield server.url


@pytest.fixture
def browser(url: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=url, timeout=30) as client:
        yield client


def csrf(page: httpx.Response) -> str:
    match = re.search(r'name="csrf" value="([^"]+)"', page.text)
    assert match, "every form carries a CSRF token"
    return match.group(1)


def sign_in(client: httpx.Client, login: str = "coordinator", password: str = "coordinator", target: str = "/inbox") -> httpx.Response:
    page = client.get("/inbox/login")
    return client.post("/inbox/login", data={"csrf": csrf(page), "login": login, "password": password, "next": target})


def status(services: Services, conversation_id: int) -> str:
    with services.sessions() as session:
        return session.get(Conversation, conversation_id).status


def test_every_inbox_page_and_action_redirects_to_sign_in_without_a_session(browser: httpx.Client, scenario: Scenario, services: Services) -> None:
    cid = scenario.id(scenario.stalled)
    for path in ("/inbox", f"/inbox/c/{cid}", "/inbox/pulse", f"/inbox/c/{cid}?partial=1"):
        response = browser.get(path)
        assert response.status_code == 303 and response.headers["location"].startswith("/inbox/login?next="), path
    response = browser.post(f"/inbox/c/{cid}/take-over", data={"csrf": "x"})
    assert response.status_code == 303 and response.headers["location"].startswith("/inbox/login")
    assert status(services, cid) == "active"  # nothing happened


def test_sign_in_takes_staff_back_where_they_were_going_and_sign_out_ends_the_session(browser: httpx.Client, url: str, scenario: Scenario) -> None:
    target = f"/inbox/c/{scenario.id(scenario.handoff)}"
    redirect = browser.get(target)
    assert redirect.headers["location"] == f"/inbox/login?next=%2Finbox%2Fc%2F{scenario.id(scenario.handoff)}"
    signed = sign_in(browser, target=target)
    assert signed.status_code == 303 and signed.headers["location"] == target
    assert "Karen Lewis" in browser.get(target).text
    with httpx.Client(base_url=url) as other:
        assert sign_in(other, target="https://evil.example/").headers["location"] == "/inbox"  # never off-site
    page = browser.get("/inbox")
    out = browser.post("/inbox/logout", data={"csrf": csrf(page)})
    assert out.status_code == 303 and out.headers["location"] == "/inbox/login"
    assert browser.get("/inbox").status_code == 303


def test_wrong_password_is_refused_and_opens_no_session(browser: httpx.Client) -> None:
    refused = sign_in(browser, password="wrong")
    assert refused.status_code == 401 and "Wrong login or password." in refused.text
    assert browser.get("/inbox").status_code == 303


def test_two_factor_users_and_portal_users_are_refused_with_a_clear_message(browser: httpx.Client, sandbox: SandboxOdoo, odoo: odoorpc.ODOO) -> None:
    [coordinator] = odoo.env["res.users"].search([("login", "=", "coordinator")])
    sandbox.env.write("res.users", [coordinator], {"totp_enabled": True})  # auth_totp's field is computed: set it inside Odoo
    refused = sign_in(browser)
    assert refused.status_code == 401 and "two-factor authentication" in refused.text
    portal = odoo.env["res.users"].create({"login": "client.portal", "name": "Portal Client", "share": True})
    sandbox.env.add_credential(portal, "password", "portal-pass")
    refused = sign_in(browser, "client.portal", "portal-pass")
    assert refused.status_code == 403 and "Only Odoo staff" in refused.text
    assert browser.get("/inbox").status_code == 303


def test_staff_login_reads_odoo_s_answers(odoo_url: str, sandbox: SandboxOdoo) -> None:
    login = StaffLogin(odoo_url, "demo", timeout=10)
    user = login.authenticate("coordinator", "coordinator")
    assert (user.name, user.login) == ("Karen Lewis", "coordinator") and user.partner_id
    for args, reason in ((("coordinator", "nope"), "credentials"), (("nobody", "x"), "credentials")):
        with pytest.raises(SignInRefused) as refused:
            login.authenticate(*args)
        assert refused.value.reason == reason
    with pytest.raises(SignInRefused) as refused:
        StaffLogin(odoo_url, "other-db", timeout=10).authenticate("coordinator", "coordinator")
    assert refused.value.reason == "credentials"  # Odoo answers AccessDenied for a database it does not serve
    with pytest.raises(SignInRefused) as refused:
        StaffLogin(f"http://127.0.0.1:{free_port()}", "demo", timeout=2).authenticate("coordinator", "coordinator")
    assert refused.value.reason == "unavailable"


def test_odoo_away_at_sign_in_says_so(tmp_path: Path, clock: Clock) -> None:
    services = build_services(settings_for(f"http://127.0.0.1:{free_port()}", tmp_path, odoo_timeout_seconds=2), clock=clock)
    with ServerThread(create_app(services)) as server, httpx.Client(base_url=server.url, timeout=30) as client:
        refused = sign_in(client)
    services.close()
    assert refused.status_code == 503 and "cannot check your sign-in" in refused.text


def inbox_posts(app: FastAPI, conversation_id: int) -> list[str]:
    """Every POST address the inbox serves, read from the app's OpenAPI paths, each staff action spelled out."""
    paths = [path for path, methods in app.openapi()["paths"].items() if "post" in methods and path.startswith("/inbox")]
    assert "/inbox/login" in paths and "/inbox/c/{conversation_id}/{action}" in paths
    return [path.replace("{conversation_id}", str(conversation_id)).replace("{action}", action)
            for path in paths for action in ([*ACTIONS, "no-such-action"] if "{action}" in path else [""])]


def test_forms_without_the_session_s_csrf_token_are_refused(app: FastAPI, browser: httpx.Client, url: str, scenario: Scenario, services: Services) -> None:
    cid = scenario.id(scenario.stalled)
    assert browser.post("/inbox/login", data={"login": "coordinator", "password": "coordinator"}).status_code == 403
    sign_in(browser)
    before = len(services.channels["sms"].sent)
    for data in ({}, {"csrf": "forged"}, {"csrf": ""}):
        for path in inbox_posts(app, cid):  # every POST route of the app, and an action that is not one: refused first
            assert browser.post(path, data={**data, "text": "hello", "login": "coordinator", "password": "coordinator"}).status_code == 403, path
    with httpx.Client(base_url=url) as other:  # another staff member's token is no good in this session
        sign_in(other)
        foreign = csrf(other.get("/inbox"))
    assert browser.post(f"/inbox/c/{cid}/reply", data={"csrf": foreign, "text": "hello"}).status_code == 403
    assert status(services, cid) == "active" and len(services.channels["sms"].sent) == before
    assert browser.post("/inbox/logout", data={}).status_code == 403


def test_a_forged_session_cookie_is_ignored(browser: httpx.Client) -> None:
    browser.cookies.set("fusion_inbox", "eyJzdGFmZiI6IHsidWlkIjogMn19.forged.signature", path="/inbox")
    assert browser.get("/inbox").status_code == 303


def test_staff_actions_over_http(browser: httpx.Client, scenario: Scenario, services: Services) -> None:
    cid = scenario.id(scenario.handoff)
    sign_in(browser)
    page = browser.get(f"/inbox/c/{cid}")
    token = csrf(page)
    assert 'name="book"' in page.text and "Call this client" not in page.text  # no RingCentral: no call button
    reply = browser.post(f"/inbox/c/{cid}/reply", data={"csrf": token, "text": "Karen here, calling you in 5 minutes."})
    assert reply.status_code == 303 and reply.headers["location"] == f"/inbox/c/{cid}"
    after = browser.get(f"/inbox/c/{cid}")
    assert "Your text was sent." in after.text and "Karen here, calling you in 5 minutes." in after.text
    assert browser.post(f"/inbox/c/{cid}/book", data={"csrf": token, "book": "not-a-slot"}).status_code == 422
    assert browser.post("/inbox/c/999999/take-over", data={"csrf": token}).status_code == 404
    assert browser.post(f"/inbox/c/{cid}/frobnicate", data={"csrf": token}).status_code == 404
    browser.post(f"/inbox/c/{cid}/reply", data={"csrf": token, "text": "   "})
    assert "Write a text of 1 to 1,600 characters." in browser.get(f"/inbox/c/{cid}").text


def test_every_inbox_response_carries_the_security_headers(browser: httpx.Client, scenario: Scenario) -> None:
    def secured(response: httpx.Response, cached: bool = False) -> bool:
        headers = response.headers
        return ("frame-ancestors 'none'" in headers.get("content-security-policy", "") and "script-src 'self'" in headers["content-security-policy"]
                and headers.get("x-frame-options") == "DENY" and headers.get("x-content-type-options") == "nosniff"
                and headers.get("referrer-policy") == "same-origin" and (cached or headers.get("cache-control") == "no-store"))

    assert secured(browser.get("/inbox/login"))
    assert secured(browser.get("/inbox"))  # the redirect to sign in too
    sign_in(browser)
    cid = scenario.id(scenario.handoff)
    for path in ("/inbox", f"/inbox/c/{cid}", "/inbox/report", "/inbox/pulse"):
        assert secured(browser.get(path)), path
    assert secured(browser.get("/inbox/static/inbox.js"), cached=True)
    assert "content-security-policy" not in browser.get("/healthz").headers  # only the inbox's


def test_sign_in_is_throttled_after_five_wrong_passwords_without_asking_odoo(app: FastAPI, url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with httpx.Client(base_url=url) as guesser:
        for _ in range(5):
            assert sign_in(guesser, "coordinator", "wrong").status_code == 401
        asked: list[tuple[str, str]] = []
        monkeypatch.setattr(app.state.staff_login, "authenticate", lambda login, password: asked.append((login, password)))
        refused = sign_in(guesser, "coordinator", "coordinator")  # the right password, too late
        assert refused.status_code == 429 and "Too many wrong passwords" in refused.text and asked == []
        assert sign_in(guesser, "Coordinator", "coordinator").status_code == 429  # the login as Odoo compares it
        monkeypatch.undo()
        assert sign_in(guesser, "someone-else", "wrong").status_code == 401  # another login is counted on its own


def test_a_stray_key_error_in_a_staff_action_is_a_server_error_not_a_missing_conversation(
        browser: httpx.Client, scenario: Scenario, services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    cid = scenario.id(scenario.handoff)
    sign_in(browser)
    token = csrf(browser.get(f"/inbox/c/{cid}"))

    def broken(*args: object) -> None:
        raise KeyError("a bug, not a missing conversation")

    monkeypatch.setattr(services.assistant.staff, "take_over", broken)
    assert browser.post(f"/inbox/c/{cid}/take-over", data={"csrf": token}).status_code == 500


def test_call_this_client_rings_staff_first_and_is_in_the_transcript(app: FastAPI, browser: httpx.Client, scenario: Scenario, services: Services) -> None:
    dialer = FakeDialer()
    app.state.dialer = dialer
    cid = scenario.id(scenario.stalled)
    sign_in(browser)
    page = browser.get(f"/inbox/c/{cid}")
    assert "Call this client" in page.text and 'value="(416) 555-0142"' in page.text  # the staff member's phone in Odoo
    browser.post(f"/inbox/c/{cid}/call", data={"csrf": csrf(page), "staff_number": "(416) 555-0142"})
    assert dialer.calls == [("+14165550142", scenario.stalled)]
    with services.sessions() as session:
        [call] = session.query(Message).filter_by(conversation_id=cid, template="call").all()
    assert call.channel == "ringout" and call.status == "sent"
    assert "RingOut call" in browser.get(f"/inbox/c/{cid}").text and status(services, cid) == "handoff"


def test_the_throttle_forgets_wrong_passwords_after_its_window_and_counts_each_address() -> None:
    now = [0.0]
    throttle = SignInThrottle(clock=lambda: now[0])
    for _ in range(5):
        throttle.failed("karen", "10.0.0.1")
    assert throttle.blocked("karen", "10.0.0.2") and not throttle.blocked("marc", "10.0.0.1")
    now[0] += 15 * 60
    assert not throttle.blocked("karen", "10.0.0.1")
    for attempt in range(20):
        throttle.failed(f"guess{attempt}", "10.0.0.9")
    assert throttle.blocked("marc", "10.0.0.9") and not throttle.blocked("marc", "10.0.0.1")


def test_a_cookie_copied_before_sign_out_opens_nothing_after_it(browser: httpx.Client, url: str, scenario: Scenario, services: Services) -> None:
    """Issue 18: the session lives in the store and sign-out deletes it, so a copy of the cookie (a shared computer, a
    stolen laptop's browser profile) stops working at once; the cookie itself says nothing about who signed in."""
    sign_in(browser)
    cookie = browser.cookies["fusion_inbox"]
    payload = base64.b64decode(cookie.split(".")[0] + "==").decode(errors="replace")
    assert "coordinator" not in payload.lower() and "Coordinator" not in payload and "sid" in payload  # an opaque token, no name, login or phone
    cid = scenario.id(scenario.stalled)
    with httpx.Client(base_url=url, cookies={"fusion_inbox": cookie}) as thief:
        page = thief.get("/inbox")
        assert page.status_code == 200
        browser.post("/inbox/logout", data={"csrf": csrf(browser.get("/inbox"))})
        assert thief.get("/inbox").status_code == 303
        taken = thief.post(f"/inbox/c/{cid}/take-over", data={"csrf": csrf(page)})
        assert taken.status_code == 303 and taken.headers["location"].startswith("/inbox/login")
    assert status(services, cid) == "active"


def test_a_new_password_in_odoo_ends_the_staff_member_s_sessions(
    browser: httpx.Client, sandbox: SandboxOdoo, monkeypatch: pytest.MonkeyPatch,
) -> None:
    sign_in(browser)
    assert browser.get("/inbox").status_code == 200
    [coordinator] = sandbox.env.search_read("res.users", [("login", "=", "coordinator")], ["id"])
    monkeypatch.setattr("odoo_sandbox.orm.now_string", lambda: "2030-01-01 09:00:00")  # Odoo's write_date has whole seconds: a later one
    sandbox.env.write("res.users", [coordinator["id"]], {"password": "a new one"})
    monkeypatch.setattr("app.web.inbox.security.RECHECK", timedelta(0))  # Odoo is asked every few minutes; now, here
    assert browser.get("/inbox").status_code == 303
    assert sign_in(browser, password="coordinator").status_code == 401  # the old password is refused by Odoo too
    assert sign_in(browser, password="a new one").status_code == 303
