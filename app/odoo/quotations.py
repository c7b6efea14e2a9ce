"""The Odoo side of a visit's draft quotation, so the dealer bills the visit from Odoo as usual: service products by
internal reference, and `sale.order` quotations made, read, re-dated, cancelled and named in their calendar event. Odoo
prices the lines (pricelist, taxes), never our configuration. Which visits are owed one, and what goes on it, is the
engine's (app/assistant/quotations.py).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.odoo.gateway import OdooGateway

ORDER = "sale.order"
OPEN = ("draft", "sent")  # quotations; 'sale' is a confirmed order, staff's from then on


@dataclass(frozen=True)
class Quote:
    order_id: int
    reference: str  # S00042
    amount_untaxed: float
    currency: str | None  # ISO code, CAD


class Quotations:
    """The Odoo side: products by internal reference, and quotations made, read, re-dated, cancelled and linked."""

    def __init__(self, gateway: OdooGateway) -> None:
        self._gateway = gateway

    def products(self, codes: set[str]) -> dict[str, tuple[int, str]]:
        """Active products by internal reference: (id, name)."""
        found = self._gateway.search_read("product.product", [("default_code", "in", sorted(codes))], ["default_code", "display_name"])
        return {p["default_code"]: (p["id"], p["display_name"]) for p in found}

    def made_for(self, partner_id: int, origin: str) -> int | None:
        """A quotation already made for this visit (the client's, with this source document)."""
        found = self._gateway.search_read(ORDER, [("partner_id", "=", partner_id), ("origin", "=", origin)], ["id"], limit=1)
        return found[0]["id"] if found else None

    def create(self, partner_id: int, origin: str, commitment: datetime, lines: list[tuple[int, str]]) -> int:
        """A draft quotation with one line per (product, description); Odoo fills in the prices and taxes. Sent once:
        a quotation whose answer was lost is found by `made_for` on the next try."""
        return self._gateway.create_once(ORDER, {
            "partner_id": partner_id, "origin": origin, "commitment_date": commitment,
            "order_line": [(0, 0, {"product_id": product_id, "name": name, "product_uom_qty": 1.0}) for product_id, name in lines],
        })

    def read(self, order_id: int) -> Quote:
        [order] = self._gateway.read(ORDER, [order_id], ["name", "amount_untaxed", "currency_id"])
        currency = order["currency_id"][1] if order["currency_id"] else None
        return Quote(order_id, order["name"], order["amount_untaxed"] or 0.0, currency)

    def link(self, event_id: int, reference: str, html: str) -> None:
        """The quotation's reference in the calendar event's description (an HTML field), once, as its last paragraph."""
        [event] = self._gateway.read("calendar.event", [event_id], ["description"])
        description = event["description"] or ""
        if reference not in description:
            # inside Odoo's own <div> (it wraps the description with the contact details), not after it
            updated = f"{description[:-len('</div>')]}{html}</div>" if description.endswith("</div>") else description + html
            self._gateway.write("calendar.event", [event_id], {"description": updated})

    def redate(self, order_id: int, start: datetime) -> None:
        """The promised date of a quotation follows its visit; a confirmed order is staff's and stays as it is."""
        [order] = self._gateway.read(ORDER, [order_id], ["state"])
        if order["state"] in OPEN:
            self._gateway.write(ORDER, [order_id], {"commitment_date": start})

    def cancel(self, order_id: int) -> bool:
        """Cancel a quotation with Odoo's own `action_cancel`; False when it is left as it is (confirmed or locked, or a
        customisation answered with a wizard). Odoo 17-19 answer a sent quotation with the cancellation wizard (which
        offers to mail the client) unless the context says `disable_cancel_warning`: the client hears from us."""
        [order] = self._gateway.read(ORDER, [order_id], ["state", "locked"])
        if order["state"] == "cancel":
            return True
        if order["state"] not in OPEN or order["locked"]:
            return False
        answer = self._gateway.call(ORDER, "action_cancel", [order_id], context={"disable_cancel_warning": True})
        return not isinstance(answer, dict)
