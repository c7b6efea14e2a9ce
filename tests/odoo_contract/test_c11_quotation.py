"""Contract 11: the draft quotation a booking makes (app/odoo/quotations.py), as the integration user."""
from __future__ import annotations

import re

from app.odoo.gateway import OdooGateway

from .conftest import Cleanup, Found, far_future, tag

ORDER = "sale.order"


def test_c11_draft_quotation_with_a_service_line(gateway: OdooGateway, admin: OdooGateway | None, found: Found, cleanup: Cleanup) -> None:
    product = found.service_product
    [by_code] = gateway.search_read("product.product", [("default_code", "in", [product["default_code"]])], ["default_code", "display_name"])
    assert by_code["id"] == product["id"]
    origin = f"Fusion booking {tag()}"
    order_id = gateway.create_once(ORDER, {
        "partner_id": found.client["id"], "origin": origin, "commitment_date": far_future(weeks=60),
        "order_line": [(0, 0, {"product_id": product["id"], "name": f"{product['name']}\nUnit {found.lot.name}", "product_uom_qty": 1.0})],
    })
    assert type(order_id) is int
    if admin is not None:  # the integration user may not delete sale orders (Sales / Administrator only)
        cleanup.unlink(admin, ORDER, [order_id])
    else:  # it may cancel its draft
        cleanup.add(f"cancel {ORDER} {order_id}", lambda: gateway.call(ORDER, "action_cancel", [order_id], context={"disable_cancel_warning": True}))
    [order] = gateway.call(ORDER, "read", [order_id], fields=["name", "state", "partner_id", "origin", "amount_untaxed", "currency_id", "order_line"])
    assert re.match(r"^S\d{5}$", order["name"])
    assert (order["state"], order["partner_id"][0], order["origin"]) == ("draft", found.client["id"], origin)
    assert isinstance(order["currency_id"][1], str) and len(order["currency_id"][1]) == 3
    [line] = gateway.call("sale.order.line", "read", order["order_line"], fields=["product_id", "product_uom_qty", "price_unit", "price_subtotal"])
    assert (line["product_id"][0], line["product_uom_qty"]) == (product["id"], 1.0)
    assert line["price_subtotal"] == order["amount_untaxed"] > 0  # Odoo prices the line, not the service
    assert gateway.search_read(ORDER, [("partner_id", "=", found.client["id"]), ("origin", "=", origin)], ["id"], limit=1) == [{"id": order_id}]


def test_c11_draft_quotation_cancels(gateway: OdooGateway, admin: OdooGateway | None, found: Found, cleanup: Cleanup) -> None:
    """`action_cancel` on a draft with `disable_cancel_warning`: True, state 'cancel' (no wizard); the integration
    user cannot unlink it."""
    order_id = gateway.create_once(ORDER, {"partner_id": found.client["id"], "origin": f"Fusion booking {tag()}", "order_line": [
        (0, 0, {"product_id": found.service_product["id"], "product_uom_qty": 1.0}),
    ]})
    if admin is not None:
        cleanup.unlink(admin, ORDER, [order_id])
    assert gateway.call(ORDER, "action_cancel", [order_id], context={"disable_cancel_warning": True}) is True
    assert gateway.call(ORDER, "read", [order_id], fields=["state"]) == [{"id": order_id, "state": "cancel"}]
    assert gateway.call(ORDER, "has_access", [], operation="unlink") is False
