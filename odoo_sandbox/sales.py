"""What Odoo 17+'s `sale` module computes, over the sandbox's records: a line's description, price and taxes from its
product when the caller leaves them out, line subtotals and order totals, and order references from `ir.sequence`;
and what sale.order's own methods do, confirming and cancelling an order.

Prices come from the product (`lst_price`): the sandbox has no pricelists, so every order is priced as Odoo prices one
under the default pricelist. Taxes are percentages, rounded per line (Odoo's default `round_per_line`).
"""
from __future__ import annotations

from typing import Any

from . import orm
from .errors import UserError, ValidationError

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


class SaleOrders(orm.Database):
    """sale.order's own methods, and the totals and references the ORM keeps for orders."""

    def rpc_action_cancel(self, model: str, ids: list[int] | int, context: dict | None = None) -> bool | dict:
        """sale.order.action_cancel as Odoo 17-19 serve it: a locked order is refused; a draft is cancelled at once; an
        order already sent or confirmed is not cancelled but answered with the 'sale.order.cancel' wizard (which offers
        to mail the client), unless the context carries `disable_cancel_warning`."""
        orders = self._sale_orders(ids)
        if any(order.get("locked") for order in orders):
            raise UserError("You cannot cancel a locked order. Please unlock it first.")
        if not (context or {}).get("disable_cancel_warning") and any(order["state"] != "draft" for order in orders):
            if len(orders) != 1:
                raise ValueError(f"Expected singleton: sale.order({', '.join(str(o['id']) for o in orders)})")
            kind = "Quotation" if orders[0]["state"] in ("draft", "sent", "cancel") else "Sales Order"
            return {
                "name": f"Cancel {kind}", "view_mode": "form", "res_model": "sale.order.cancel", "type": "ir.actions.act_window",
                "context": {"default_order_id": orders[0]["id"], "mark_so_as_canceled": True}, "target": "new",
            }
        for order in orders:
            self._write("sale.order", order, {"state": "cancel"}, context or {})
        return True

    def rpc_action_confirm(self, model: str, ids: list[int] | int, context: dict | None = None) -> bool:
        """sale.order.action_confirm: a quotation (draft or sent) whose priced lines all have a product becomes a sales
        order dated now."""
        orders = self._sale_orders(ids)
        for order in orders:
            if order["state"] not in ("draft", "sent"):
                raise UserError("Some orders are not in a state requiring confirmation.")
            lines = [line for line in self._records["sale.order.line"].values() if line["order_id"] == order["id"]]
            if any(not line.get("display_type") and not line.get("product_id") for line in lines):
                raise UserError("A line on these orders missing a product, you cannot confirm it.")
        for order in orders:
            self._write("sale.order", order, {"state": "sale", "date_order": orm.now_string()}, context or {})
        return True

    def _sale_orders(self, ids: list[int] | int) -> list[dict]:
        return [self._get("sale.order", record_id) for record_id in orm.record_ids(ids)]

    def _next_by_code(self, code: str) -> str | None:
        """ir.sequence.next_by_code: prefix and zero-padded number of the sequence with this code, then the next one."""
        found = [s for s in self._records["ir.sequence"].values() if s.get("code") == code and s.get("active")]
        if not found:
            return None
        sequence = min(found, key=lambda s: s["id"])
        number = sequence["number_next"]
        self._write("ir.sequence", sequence, {"number_next": number + sequence["number_increment"]}, {})
        return f"{sequence.get('prefix') or ''}{str(number).zfill(sequence['padding'])}"

    def _sale_order_totals(self, order: dict) -> None:
        order_amounts(self._records, order)
        self._mark("sale.order", order)
