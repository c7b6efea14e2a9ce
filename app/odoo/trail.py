"""Where a conversation's trail lands in Odoo: its transcript as an internal note in a contact's chatter, and the
dealer's own company contact for a To-Do with no client or unit to go on (a number that matches no client still needs
someone). What is owed, and when it is written, is the engine's (app/assistant/trail.py)."""
from __future__ import annotations

from app.odoo.gateway import OdooGateway


class OdooTrail:
    """The Odoo calls of the trail, on plain ids and texts."""

    def __init__(self, gateway: OdooGateway) -> None:
        self._gateway = gateway

    def company_contact(self) -> int:
        """The contact (`res.partner`) of the dealer's own company."""
        [company] = self._gateway.search_read("res.company", [], ["partner_id"], limit=1)
        return company["partner_id"][0]

    def post_note(self, partner_id: int, body: str) -> int:
        """An internal note (HTML) in the contact's chatter; returns its message id."""
        posted = self._gateway.call(
            "res.partner", "message_post", [partner_id], body=body, message_type="comment", subtype_xmlid="mail.mt_note",
            body_is_html=True,  # over RPC the body cannot be Markup: without this Odoo escapes it and shows the tags
        )
        return posted[0] if isinstance(posted, list) else posted  # Odoo 19 answers [id]; 17 and 18 answer id
