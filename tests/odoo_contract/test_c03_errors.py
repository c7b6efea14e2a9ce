"""Contract 3 and the gateway's error classes: what each transport answers for a model or method this Odoo lacks, a
record gone, a bad domain, and what the project's errors make of it."""
from __future__ import annotations

import pytest

from app.odoo.errors import OdooMissingError, OdooNotFound, OdooValidationError
from app.odoo.gateway import OdooGateway

from .conftest import Target

NEVER_A_MODEL = "fusion.contract.no_such_model"
NO_SUCH_ID = 2_147_483_647  # PostgreSQL's largest integer: never a record's id


def missing_models(gateway: OdooGateway) -> list[str]:
    """A model no Odoo has, and `appointment.type` when this Odoo has no appointment module (Community)."""
    return [NEVER_A_MODEL] + ([] if gateway.has_appointments() else ["appointment.type"])


def test_c03_missing_model_raises_not_found(gateway: OdooGateway, target: Target) -> None:
    for model in missing_models(gateway):
        with pytest.raises(OdooNotFound) as caught:
            gateway.search_read(model, [], ["id"], limit=1)
        error = caught.value
        assert isinstance(error, OdooValidationError)
        if target.transport == "json2":  # the JSON-2 route's own 404
            assert (error.odoo_name, str(error)) == ("werkzeug.exceptions.NotFound", f"the model '{model}' does not exist")
        else:  # /jsonrpc: a UserError with this text (app/odoo/errors.py matches it)
            assert (error.odoo_name, str(error)) == ("odoo.exceptions.UserError", f"Object {model} doesn't exist")


def test_c03_missing_model_on_appointment_community(gateway: OdooGateway) -> None:
    """Without the appointment module, `appointment.type` is not a model: the service falls back to working hours."""
    if gateway.has_appointments():
        pytest.skip("this Odoo has the appointment module")
    with pytest.raises(OdooNotFound):
        gateway.search_read("appointment.type", [("name", "=", "Equipment maintenance visit")], ["id"], limit=1)


def test_c03_missing_method_raises_not_found(gateway: OdooGateway, target: Target) -> None:
    with pytest.raises(OdooNotFound) as caught:
        gateway.call("res.partner", "fusion_no_such_method", [])
    expected = "werkzeug.exceptions.NotFound" if target.transport == "json2" else "builtins.AttributeError"
    assert caught.value.odoo_name == expected
    assert "'res.partner.fusion_no_such_method' does not exist" in str(caught.value)


def test_c03_write_on_a_missing_record_raises_missing_error(gateway: OdooGateway) -> None:
    with pytest.raises(OdooMissingError) as caught:
        gateway.write("res.partner", [NO_SUCH_ID], {"comment": "<p>x</p>"})
    assert caught.value.odoo_name == "odoo.exceptions.MissingError"
    assert str(caught.value).startswith("Record does not exist or has been deleted.")


def test_c03_read_of_a_missing_record_answers_nothing(gateway: OdooGateway) -> None:
    """Odoo 19's `read` drops ids that do not exist: an empty list, no MissingError (`[x] = read(...)` then fails
    with a ValueError in the caller, not an OdooMissingError)."""
    assert gateway.call("res.partner", "read", [NO_SUCH_ID], fields=["name"]) == []


def test_c03_message_post_on_a_missing_record_raises_missing_error(gateway: OdooGateway) -> None:
    with pytest.raises(OdooMissingError):
        gateway.call("res.partner", "message_post", [NO_SUCH_ID], body="<p>x</p>", message_type="comment", subtype_xmlid="mail.mt_note", body_is_html=True)


@pytest.mark.parametrize(("domain", "message"), [
    ([("fusion_no_such_field", "=", 1)], "Invalid field res.partner.fusion_no_such_field in condition ('fusion_no_such_field', '=', 1)"),
    ([("name", "~~", "x")], "Invalid operator in condition ('name', '~~', 'x')"),
], ids=["unknown-field", "unknown-operator"])
def test_c03_bad_domain_raises_validation_error(gateway: OdooGateway, domain: list, message: str) -> None:
    """A bad domain is a bare ValueError in Odoo (a 500 on JSON-2): the project's OdooValidationError."""
    with pytest.raises(OdooValidationError) as caught:
        gateway.search_read("res.partner", domain, ["name"], limit=1)
    assert type(caught.value) is OdooValidationError
    assert (caught.value.odoo_name, str(caught.value)) == ("builtins.ValueError", message)
