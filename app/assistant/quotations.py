"""A draft quotation in Odoo for every visit the service books (app/odoo/quotations.py makes it there).

One `sale.order` per visit, one line per unit served, each with its policy category's service product. The calendar
event's description names the quotation. A move keeps the quotation and re-dates it; a cancelled visit cancels its
quotation unless staff already confirmed it.

The booking never waits on the quotation: when Odoo fails after the event was made, the quotation is owed and the
background loop makes it once Odoo answers. `Visit.sale_order_id` set means done; before creating, a quotation already
made for the visit (its `origin`) is looked up, so an answer lost on the way never makes a second one.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from app.odoo.errors import OdooError, OdooUnavailable
from app.odoo.quotations import Quotations
from app.reminders.policy import Policies
from app.rendering import Renderer
from app.store.models import Conversation, Visit
from app.store.visits import visit_units, visits_without_quotation
from dialogs.model import DialogState

log = logging.getLogger(__name__)

OWED_FOR = timedelta(days=30)  # a visit this long past whose quotation Odoo never took is left to staff


@dataclass(frozen=True)
class ServedUnit:
    category: str | None
    label: str
    serial: str


class VisitQuotations:
    """Quotations for the visits in the store: made on booking (or later when owed), re-dated on a move, cancelled
    with the visit. Units are priced with their policy category's `service_product`; `quote = false` makes none."""

    def __init__(self, odoo: Quotations, policies: Policies, renderer: Renderer, clock: Callable[[], datetime]) -> None:
        self._odoo = odoo
        self._policies = policies
        self._renderer = renderer
        self._clock = clock

    def follow(self, session: Session, visit: Visit) -> None:
        """After a move: the quotation re-dated, or made if the visit has none yet (a booking's is made after the reply,
        by `SettlingDesk.settle_in_odoo`). Never raises: the move stands whatever Odoo answers, and a quotation not made
        is owed to the background loop (`owed`)."""
        try:
            if visit.sale_order_id is None:
                self.quote(session, visit)
            else:
                self._odoo.redate(visit.sale_order_id, visit.start)
        except OdooError as exc:
            log.warning("visit %s: quotation not made or re-dated now (%s)", visit.id, exc.__class__.__name__)
        except Exception:  # a bug must not undo a booking Odoo already holds; the quotation stays owed
            log.exception("visit %s: quotation not made or re-dated", visit.id)

    def owed(self, session: Session, conversation_id: int | None = None) -> list[tuple[int, str | None]]:
        """(visit, its conversation's phone) of booked visits still owed a quotation by their policy (one
        conversation's, or all)."""
        owed: dict[int, str | None] = {}
        for visit_id, phone, category in visits_without_quotation(session, self._clock() - OWED_FOR, conversation_id):
            if self._policies.service_product(category) is not None:
                owed[visit_id] = phone
        return list(owed.items())

    def quote(self, session: Session, visit: Visit) -> bool:
        """Make the visit's draft quotation (or adopt the one made before an answer was lost), link it from the event
        and keep its reference, untaxed amount and currency; False when there is nothing to quote. Raises OdooError."""
        if visit.status != "booked" or visit.sale_order_id is not None:
            return False
        conversation = session.get(Conversation, visit.conversation_id) if visit.conversation_id is not None else None
        wanted = [(unit, code) for unit in self._units(session, visit, conversation) if (code := self._policies.service_product(unit.category))]
        if not wanted:
            return False
        origin = self._renderer.render("odoo", "en_CA", "quotation_origin", {"event_id": visit.event_id})
        order_id = self._odoo.made_for(visit.partner_id, origin)
        if order_id is None:
            products = self._odoo.products({code for _, code in wanted})
            if missing := {code for _, code in wanted} - set(products):
                log.warning("visit %s: no active Odoo product with internal reference %s", visit.id, ", ".join(sorted(missing)))
            locale = conversation.locale if conversation is not None else "en_CA"
            values = [({"product": products[code][1], "label": unit.label, "serial": unit.serial}, code) for unit, code in wanted if code in products]
            lines = [(products[code][0], self._renderer.render("odoo", locale, "quotation_line", line)) for line, code in values]
            if not lines:
                return False
            order_id = self._odoo.create(visit.partner_id, origin, visit.start, lines)
        quote = self._odoo.read(order_id)
        self._odoo.link(visit.event_id, quote.reference, self._renderer.render("odoo", "en_CA", "event_quotation.html", {"reference": quote.reference}))
        visit.sale_order_id, visit.quotation_amount, visit.currency = quote.order_id, quote.amount_untaxed, quote.currency
        visit.updated_at = self._clock()
        session.commit()
        log.info("visit %s quoted as sale.order %s (%s)", visit.id, quote.order_id, quote.reference)
        return True

    def withdraw(self, visit: Visit) -> None:
        """The visit is cancelled: so is its draft quotation; one staff confirmed stays, logged. Raises OdooUnavailable
        only (the cancel is then tried again as a whole); Odoo refusing is logged and the visit stays cancelled."""
        if visit.sale_order_id is None:
            return
        try:
            cancelled = self._odoo.cancel(visit.sale_order_id)
        except OdooUnavailable:
            raise
        except OdooError as exc:
            log.warning("visit %s cancelled; its quotation sale.order %s not cancelled (%s)", visit.id, visit.sale_order_id, exc.__class__.__name__)
            return
        if not cancelled:
            log.info("visit %s cancelled; sale.order %s is confirmed, left as staff made it", visit.id, visit.sale_order_id)

    @staticmethod
    def _units(session: Session, visit: Visit, conversation: Conversation | None) -> list[ServedUnit]:
        """The units the visit serves, with label and serial as the conversation knew them (one it no longer holds
        keeps its category only)."""
        known = {(u.model, u.id): u for u in DialogState.from_json(conversation.state).units} if conversation is not None else {}
        served = []
        for row in visit_units(session, visit.id):
            unit = known.get((row.unit_model, row.unit_id))
            served.append(ServedUnit(row.category, unit.label, unit.serial) if unit else ServedUnit(row.category, row.category or "", ""))
        return served
