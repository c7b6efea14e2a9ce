"""Contracts 2 and 12: what the least-privilege integration user may do, as Odoo 19 says it."""
from __future__ import annotations

import pytest

from app.odoo.errors import OdooAccessError
from app.odoo.gateway import OdooGateway


def test_c02_ir_model_is_not_readable(gateway: OdooGateway) -> None:
    """`ir.model` is for "Access Rights" (base.group_erp_manager) only: the service never reads it."""
    with pytest.raises(OdooAccessError) as caught:
        gateway.search_read("ir.model", [("model", "=", "res.partner")], ["id"], limit=1)
    assert caught.value.odoo_name == "odoo.exceptions.AccessError"
    assert "(ir.model)" in str(caught.value)


@pytest.mark.parametrize(("model", "operation", "allowed"), [
    ("calendar.event", "create", True),
    ("calendar.event", "write", True),
    ("calendar.attendee", "read", True),
    ("res.partner", "read", True),
    ("mail.activity", "create", True),
    ("sale.order", "create", True),
    ("resource.calendar.leaves", "read", True),
    ("resource.calendar.attendance", "read", True),
    ("stock.lot", "read", True),
    ("ir.model", "read", False),
    ("mail.mail", "read", False),
])
def test_c12_has_access_on_an_empty_recordset(gateway: OdooGateway, model: str, operation: str, allowed: bool) -> None:
    """`has_access(operation)` on ids=[] answers a plain boolean for the model as a whole (the ACLs), never raises."""
    answer = gateway.call(model, "has_access", [], operation=operation)
    assert answer is allowed
