"""What Odoo 17+'s `sale` module computes, over the sandbox's records: a line's description, price and taxes from its
product when the caller leaves them out, line subtotals and order totals, and order references from `ir.sequence`.

Prices come from the product (`lst_price`): the sandbox has no pricelists, so every order is priced as Odoo prices one
under the default pricelist. Taxes are percentages, rounded per line (Odoo's default `round_per_line`).
"""
from __future__ import annotations

from typing import Any

from .errors import ValidationError

Records = dict[str, dict[int, dict[str, Any]]]


def line_defaults(records: Records, vals: dict, current: dict | None = None) -> dict:
    """`vals` with what Odoo computes for a sale.order.line the caller did not give: from a (new) product its
    description, sales price and sales taxes; a note or section carries no quantity."""
    display_type = vals.get("display_type", (current or {}).get("display_type"))
    if display_type:
        return {"product_uom_qty": 0.0, "price_unit": 0.0, **vals} if current is None else vals
    product = records["product.product"].get(vals.get("product_id") or 0)
    if "product_id" not in vals or product is None:
        return vals  # no product, or one that does not exist: the many2one check answers as Odoo does
    description = "\n".join(part for part in (product_display_name(product), product.get("description_sale")) if part)
    computed = {"name": description, "price_unit": product.get("lst_price") or 0.0, "tax_ids": [(6, 0, list(product.get("taxes_id") or []))]}
    return {**computed, **vals}


def check_line(line: dict) -> None:
    """The SQL constraints of sale.order.line: a priced line needs a product, a note or section carries none."""
    if line.get("display_type"):
        if line.get("product_id") or line.get("price_unit") or line.get("product_uom_qty"):
            raise ValidationError("Forbidden values on non-accountable sale order line")
    elif not line.get("product_id"):
        raise ValidationError("Missing required fields on accountable sale order line.")


def line_amounts(records: Records, line: dict) -> None:
    """price_subtotal (untaxed), price_tax and price_total of one line, in the currency's two decimals."""
    subtotal = round((line.get("product_uom_qty") or 0.0) * (line.get("price_unit") or 0.0) * (1 - (line.get("discount") or 0.0) / 100), 2)
    percent = sum(
        tax["amount"] for tax in (records["account.tax"].get(t) for t in line.get("tax_ids") or []) if tax and tax.get("amount_type") == "percent"
    )
    if line.get("display_type"):
        subtotal = 0.0
    tax = round(subtotal * percent / 100, 2)
    line.update(price_subtotal=subtotal, price_tax=tax, price_total=round(subtotal + tax, 2))


def order_amounts(records: Records, order: dict) -> None:
    """amount_untaxed, amount_tax and amount_total: the sums over the order's product lines."""
    lines = [line for line in records["sale.order.line"].values() if line.get("order_id") == order["id"] and not line.get("display_type")]
    untaxed = round(sum(line.get("price_subtotal") or 0.0 for line in lines), 2)
    tax = round(sum(line.get("price_tax") or 0.0 for line in lines), 2)
    order.update(amount_untaxed=untaxed, amount_tax=tax, amount_total=round(untaxed + tax, 2))


def product_prices(vals: dict) -> dict:
    """A product's sales price given as either field sets both: the sandbox's variants have no price extras."""
    price = vals.get("lst_price", vals.get("list_price"))
    return vals if price is None else {**vals, "lst_price": price, "list_price": price}


def product_display_name(product: dict) -> str:
    """'[CODE] Name', as Odoo names a product with an internal reference on a line."""
    return f"[{product['default_code']}] {product['name']}" if product.get("default_code") else product["name"]


def company_currency(records: Records) -> int | bool:
    """The currency of the (first) company: the one a quotation is made in without a pricelist."""
    companies = sorted(records["res.company"].values(), key=lambda c: c["id"])
    return companies[0].get("currency_id") or False if companies else False
