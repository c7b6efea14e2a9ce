"""Contract 13: JSON-2's error bodies, raw (httpx): `{name, message, arguments, context, debug}` with the HTTP status
Odoo 19 gives each (werkzeug's for the route itself, Odoo's own exceptions their code, anything else 500)."""
from __future__ import annotations

from typing import Any

import httpx
import pytest

from .conftest import Target

BODY_KEYS = {"name", "message", "arguments", "context", "debug"}
NO_SUCH_ID = 2_147_483_647


def post(target: Target, path: str, body: Any, key: str | None = None) -> httpx.Response:
    headers = {"Authorization": f"bearer {key if key is not None else target.api_key}", "X-Odoo-Database": target.db}
    return httpx.post(f"{target.url}/json/2/{path}", json=body, headers=headers, timeout=30)


CASES = {
    "bad-key": ("res.partner/search_read", {"domain": [], "fields": ["name"], "limit": 1}, "not-a-key", 401,
                "werkzeug.exceptions.Unauthorized", "Invalid apikey"),
    "unknown-model": ("fusion.contract.no_such_model/search_read", {"domain": []}, None, 404,
                      "werkzeug.exceptions.NotFound", "the model 'fusion.contract.no_such_model' does not exist"),
    "unknown-method": ("res.partner/fusion_no_such_method", {}, None, 404,
                       "werkzeug.exceptions.NotFound", "The method 'res.partner.fusion_no_such_method' does not exist"),
    "bad-arguments": ("res.partner/search_count", {"domain": [], "fusion_no_such_argument": 1}, None, 422,
                      "werkzeug.exceptions.UnprocessableEntity", "got an unexpected keyword argument 'fusion_no_such_argument'"),
    "missing-argument": ("res.partner/search", {}, None, 422,
                         "werkzeug.exceptions.UnprocessableEntity", "missing a required argument: 'domain'"),
    "access-error": ("ir.model/search_read", {"domain": [], "fields": ["model"], "limit": 1}, None, 403,
                     "odoo.exceptions.AccessError", "You are not allowed to access 'Models' (ir.model) records."),
    "private-method": ("res.partner/_fusion_private", {}, None, 403,
                       "odoo.exceptions.AccessError", "Private methods (such as 'res.partner._fusion_private') cannot be called remotely."),
    "missing-record": ("res.partner/write", {"ids": [NO_SUCH_ID], "vals": {"comment": "x"}}, None, 404,
                       "odoo.exceptions.MissingError", "Record does not exist or has been deleted."),
    "bad-domain": ("res.partner/search_read", {"domain": [["fusion_no_such_field", "=", 1]], "fields": ["name"]}, None, 500,
                   "builtins.ValueError", "Invalid field res.partner.fusion_no_such_field in condition ('fusion_no_such_field', '=', 1)"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_c13_json2_error_body(json2_target: Target, case: str) -> None:
    path, body, key, status, name, message = CASES[case]
    response = post(json2_target, path, body, key)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("application/json")
    error = response.json()
    assert set(error) == BODY_KEYS
    assert error["name"] == name
    assert error["message"].startswith(message)  # AccessError and MissingError go on (groups allowed; record, user)
    if name.startswith("werkzeug."):  # werkzeug's: (description, code)
        assert error["arguments"] == [error["message"], status]
    else:
        assert error["arguments"] == [error["message"]]
    assert error["context"] == {}
    assert isinstance(error["debug"], str) and error["debug"].startswith("Traceback (most recent call last):")


def test_c13_json2_without_a_key_is_unauthorized(json2_target: Target) -> None:
    response = httpx.post(f"{json2_target.url}/json/2/res.partner/search_read", json={"domain": []}, headers={"X-Odoo-Database": json2_target.db}, timeout=30)
    assert response.status_code == 401
    error = response.json()
    assert (error["name"], error["message"]) == (
        "werkzeug.exceptions.Unauthorized", "User not authenticated, use an API Key with a Bearer Authorization header.",
    )


def test_c13_json2_body_not_json_is_bad_request(json2_target: Target) -> None:
    response = httpx.post(
        f"{json2_target.url}/json/2/res.partner/search_read", content=b"not json",
        headers={"Authorization": f"bearer {json2_target.api_key}", "X-Odoo-Database": json2_target.db, "Content-Type": "application/json"}, timeout=30,
    )
    assert response.status_code == 400
    error = response.json()
    assert error["name"] == "werkzeug.exceptions.BadRequest"
    assert error["message"].startswith("could not parse the body as json: ")


def test_c13_json2_success_is_the_bare_result(json2_target: Target) -> None:
    response = post(json2_target, "res.partner/search_read", {"domain": [["phone", "!=", False]], "fields": ["name"], "limit": 1})
    assert response.status_code == 200
    assert response.json() == [{"id": response.json()[0]["id"], "name": response.json()[0]["name"]}]
    assert post(json2_target, "calendar.event/has_access", {"ids": [], "operation": "create"}).json() is True
