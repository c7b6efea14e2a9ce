"""The sandbox speaks Odoo 19's wire protocol: the unmodified odoorpc, raw JSON-RPC and JSON-2 clients work as on a real Odoo."""
from __future__ import annotations

import httpx
import odoorpc
import pytest

from odoo_sandbox import ADMIN_API_KEY


def port_of(url: str) -> int:
    return int(url.rsplit(":", 1)[1])


def test_odoorpc_login_read_create_write(odoo_url: str) -> None:
    odoo = odoorpc.ODOO("127.0.0.1", port=port_of(odoo_url))
    assert odoo.version == "19.0"
    odoo.login("demo", "admin", "admin")
    assert odoo.env.uid == 2 and odoo.env.user.name == "Mitchell Admin"
    partners = odoo.env["res.partner"]
    french = partners.search_read([("lang", "=", "fr_CA")], ["name", "phone", "lang"])
    assert len(french) == 6 and all(p["lang"] == "fr_CA" for p in french)
    new_id = partners.create({"name": "Test Client", "phone": "+1 416-722-0000", "lang": "en_CA"})
    partners.write([new_id], {"email": "test@example.ca"})
    record = partners.browse(new_id)
    assert (record.name, record.email, record.phone) == ("Test Client", "test@example.ca", "+1 416-722-0000")


def test_odoorpc_bad_password_and_bad_domain(odoo_url: str) -> None:
    odoo = odoorpc.ODOO("127.0.0.1", port=port_of(odoo_url))
    with pytest.raises(odoorpc.error.RPCError, match="Wrong login ID or password"):
        odoo.login("demo", "admin", "not-the-password")
    odoo.login("demo", "admin", "admin")
    with pytest.raises(odoorpc.error.RPCError) as bad_domain:
        odoo.env["res.partner"].search_read([("no_such_field", "=", 1)], ["name"])
    assert bad_domain.value.info["data"]["name"] == "builtins.ValueError"
    assert bad_domain.value.info["code"] == 200 and bad_domain.value.info["message"] == "Odoo Server Error"
    with pytest.raises(odoorpc.error.RPCError) as private:
        odoo.execute_kw("res.partner", "_read", [[1]], {})
    assert private.value.info["data"]["name"] == "odoo.exceptions.AccessError"
    assert odoo.execute_kw("res.partner", "read", [[999999]], {"fields": ["name"]}) == []  # Odoo 19 leaves a missing id out
    with pytest.raises(odoorpc.error.RPCError) as missing:
        odoo.execute_kw("res.partner", "write", [[999999], {"name": "x"}], {})
    assert missing.value.info["data"]["name"] == "odoo.exceptions.MissingError"


def test_raw_jsonrpc_execute_kw_with_wrong_password_is_access_denied(odoo_url: str) -> None:
    payload = {"jsonrpc": "2.0", "method": "call", "id": 7, "params": {
        "service": "object", "method": "execute_kw", "args": ["demo", 2, "wrong", "res.partner", "search", [[]], {}]}}
    body = httpx.post(f"{odoo_url}/jsonrpc", json=payload).json()
    assert body["id"] == 7 and body["error"]["data"]["name"] == "odoo.exceptions.AccessDenied"
    login = {"jsonrpc": "2.0", "method": "call", "id": 8, "params": {"service": "common", "method": "login", "args": ["demo", "admin", "nope"]}}
    assert httpx.post(f"{odoo_url}/jsonrpc", json=login).json()["result"] is False


def test_json2_with_api_key(odoo_url: str) -> None:
    headers = {"Authorization": f"bearer {ADMIN_API_KEY}", "X-Odoo-Database": "demo"}
    found = httpx.post(f"{odoo_url}/json/2/res.partner/search_read", headers=headers, json={"domain": [["lang", "=", "fr_CA"]], "fields": ["name"]})
    assert found.status_code == 200 and len(found.json()) == 6
    created = httpx.post(f"{odoo_url}/json/2/res.partner/create", headers=headers, json={"vals_list": [{"name": "JSON-2 Client"}]})
    [new_id] = created.json()
    httpx.post(f"{odoo_url}/json/2/res.partner/write", headers=headers, json={"ids": [new_id], "vals": {"city": "Kingston"}})
    read = httpx.post(f"{odoo_url}/json/2/res.partner/read", headers=headers, json={"ids": [new_id], "fields": ["name", "city"]})
    assert read.json() == [{"id": new_id, "name": "JSON-2 Client", "city": "Kingston"}]


def test_json2_errors_are_odoo_shaped(odoo_url: str) -> None:
    """As Odoo 19's Json2Dispatcher answers: werkzeug's exceptions for the route (401 key, 404 model or method, 422
    arguments, 400 body), Odoo's own with their http_status, anything else (a bad domain's ValueError) 500."""
    bad_key = httpx.post(f"{odoo_url}/json/2/res.partner/search", headers={"Authorization": "bearer nope"}, json={"domain": []})
    assert bad_key.status_code == 401
    assert set(bad_key.json()) == {"name", "message", "arguments", "context", "debug"}
    assert bad_key.json()["name"] == "werkzeug.exceptions.Unauthorized" and bad_key.json()["message"] == "Invalid apikey"
    no_key = httpx.post(f"{odoo_url}/json/2/res.partner/search", json={"domain": []})
    assert no_key.status_code == 401 and no_key.json()["name"] == "werkzeug.exceptions.Unauthorized"
    headers = {"Authorization": f"bearer {ADMIN_API_KEY}"}
    bad_domain = httpx.post(f"{odoo_url}/json/2/res.partner/search", headers=headers, json={"domain": [["nope", "=", 1]]})
    assert bad_domain.status_code == 500 and bad_domain.json()["name"] == "builtins.ValueError"
    unknown_model = httpx.post(f"{odoo_url}/json/2/appointment.nothing/search_read", headers=headers, json={"domain": []})
    assert unknown_model.status_code == 404 and unknown_model.json()["name"] == "werkzeug.exceptions.NotFound"
    assert unknown_model.json()["arguments"] == ["the model 'appointment.nothing' does not exist", 404]
    unknown_method = httpx.post(f"{odoo_url}/json/2/res.partner/no_such_method", headers=headers, json={})
    assert unknown_method.status_code == 404 and unknown_method.json()["name"] == "werkzeug.exceptions.NotFound"
    not_a_thread = httpx.post(f"{odoo_url}/json/2/res.users.nothing/message_post", headers=headers, json={})
    assert not_a_thread.status_code == 404
    bad_arguments = httpx.post(f"{odoo_url}/json/2/res.partner/search", headers=headers, json={"domian": []})
    assert bad_arguments.status_code == 422 and bad_arguments.json()["name"] == "werkzeug.exceptions.UnprocessableEntity"
    not_json = httpx.post(f"{odoo_url}/json/2/res.partner/search", headers={**headers, "Content-Type": "application/json"}, content=b"{nope")
    assert not_json.status_code == 400 and not_json.json()["name"] == "werkzeug.exceptions.BadRequest"
    private = httpx.post(f"{odoo_url}/json/2/res.partner/_search", headers=headers, json={})
    assert private.status_code == 403 and private.json()["name"] == "odoo.exceptions.AccessError"
    missing = httpx.post(f"{odoo_url}/json/2/res.partner/write", headers=headers, json={"ids": [999_999], "vals": {"name": "x"}})
    assert missing.status_code == 404 and missing.json()["name"] == "odoo.exceptions.MissingError"
    gone = httpx.post(f"{odoo_url}/json/2/res.partner/read", headers=headers, json={"ids": [999_999], "fields": ["name"]})
    assert gone.status_code == 200 and gone.json() == []  # a read leaves a missing id out


def test_web_session_authenticate_and_call_kw(odoo_url: str) -> None:
    with httpx.Client(base_url=odoo_url) as client:
        no_session = client.post("/web/dataset/call_kw", json={"jsonrpc": "2.0", "params": {"model": "res.partner", "method": "search_count", "args": [[]], "kwargs": {}}})
        assert no_session.json()["error"]["code"] == 100
        bad = client.post("/web/session/authenticate", json={"jsonrpc": "2.0", "params": {"db": "demo", "login": "coordinator", "password": "x"}})
        assert bad.json()["error"]["data"]["name"] == "odoo.exceptions.AccessDenied"
        good = client.post("/web/session/authenticate", json={"jsonrpc": "2.0", "params": {"db": "demo", "login": "coordinator", "password": "coordinator"}})
        assert good.json()["result"]["name"] == "Karen Lewis" and "session_id" in good.cookies
        count = client.post("/web/dataset/call_kw/res.partner/search_count", json={"jsonrpc": "2.0", "params": {"model": "res.partner", "method": "search_count", "args": [[]], "kwargs": {}}})
        assert count.json()["result"] >= 40
