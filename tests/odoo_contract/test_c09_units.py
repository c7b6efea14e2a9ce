"""Contract 9: what a unit (a serial delivered to a customer) reads like: `stock.lot.partner_ids` computed from the
deliveries, newest customer first; product categories by full path; product names with and without the code."""
from __future__ import annotations

import re

from app.odoo.gateway import OdooGateway

from .conftest import Found


def test_c09_lot_partner_ids_is_computed(gateway: OdooGateway) -> None:
    spec = gateway.call("stock.lot", "fields_get", allfields=["partner_ids"], attributes=["type", "relation", "store"])["partner_ids"]
    assert spec == {"type": "many2many", "relation": "res.partner", "store": False}


def test_c09_lot_partner_ids_newest_customer_first(gateway: OdooGateway, found: Found) -> None:
    """Odoo 19: the partners of the lot's done deliveries (stock.picking), sorted by their date_done, newest first
    (`partner_ids[0]` is the current owner; a re-sold unit lists every customer once). The deliveries are found as the
    service finds them: done move lines of the lot into a customer location."""
    lot = found.lot
    lines = gateway.call(
        "stock.move.line", "search_read", domain=[("lot_id", "=", lot.id), ("state", "=", "done"), ("location_dest_id.usage", "=", "customer")],
        fields=["picking_id"],
    )
    pickings = gateway.call("stock.picking", "read", sorted({line["picking_id"][0] for line in lines}), fields=["partner_id", "date_done"])
    newest_first = sorted(pickings, key=lambda p: p["date_done"], reverse=True)
    assert lot.partner_ids == list(dict.fromkeys(p["partner_id"][0] for p in newest_first))


def test_c09_lot_search_by_customer(gateway: OdooGateway, found: Found) -> None:
    """`partner_ids` is searchable although not stored: a client's units by `('partner_ids', 'in', [client])`."""
    for lot in found.lots:
        for partner_id in lot.partner_ids:
            ids = [r["id"] for r in gateway.search_read("stock.lot", [("partner_ids", "in", [partner_id])], ["id"])]
            assert lot.id in ids


def test_c09_product_category_is_named_by_full_path(gateway: OdooGateway, found: Found) -> None:
    """A unit's category reads 'Goods / Walkers' (complete_name): Odoo 19's roots are Goods, Expenses, Services,
    no 'All'."""
    [product] = gateway.call("product.product", "read", [found.lot.product_id], fields=["categ_id"])
    category_id, label = product["categ_id"]
    [category] = gateway.call("product.category", "read", [category_id], fields=["name", "complete_name", "parent_id"])
    assert label == category["complete_name"]
    assert category["parent_id"], "a unit's category sits under a root category"
    [parent] = gateway.call("product.category", "read", [category["parent_id"][0]], fields=["complete_name"])
    assert label == f"{parent['complete_name']} / {category['name']}"
    assert not label.startswith("All /")
    roots = gateway.call("product.category", "search_read", domain=[("parent_id", "=", False)], fields=["name"])
    assert "All" not in {r["name"] for r in roots}


def test_c09_product_display_name_carries_the_code(gateway: OdooGateway, found: Found) -> None:
    products = gateway.call(
        "product.product", "search_read", domain=[("default_code", "!=", False)], fields=["name", "display_name", "default_code"], limit=20,
    )
    assert products
    for product in products:
        assert product["display_name"] == f"[{product['default_code']}] {product['name']}"
        assert not re.match(r"^\[", product["name"])
    [lot] = gateway.call("stock.lot", "read", [found.lot.id], fields=["product_id"])
    [product] = gateway.call("product.product", "read", [found.lot.product_id], fields=["display_name"])
    assert lot["product_id"] == [found.lot.product_id, product["display_name"]]  # a many2one reads as its display name
