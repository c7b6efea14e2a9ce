"""Email through Odoo, so it lands in the client's chatter: `message_post` on their contact, addressed to them.

Odoo 19's `mail.thread.message_post` with `partner_ids` notifies those partners by email (a `mail.mail` wrapped in
Odoo's notification layout, sent by Odoo's outgoing mail server) and keeps the message in the contact's chatter,
where staff already look. The Message-ID is ours (`message_id` is one of the mail.message values message_post takes),
so a resend after a lost answer finds the first post instead of mailing twice.
"""
from __future__ import annotations

from collections.abc import Callable

from app.channels.base import ChannelError, Outgoing
from app.channels.email_ids import message_id_for
from app.odoo.gateway import OdooGateway


class OdooEmail:
    name = "email"

    def __init__(self, gateway: OdooGateway, partner_of: Callable[[str], int | None], domain: str) -> None:
        self._gateway = gateway
        self._partner_of = partner_of  # our message reference -> the client's res.partner id
        self._domain = domain

    def send(self, message: Outgoing) -> str:
        message_id = message_id_for(message, self._domain)
        posted = self._gateway.search_read("mail.message", [("message_id", "=", message_id)], ["id"], limit=1)
        if posted:
            return str(posted[0]["id"])
        partner_id = self._partner_of(message.reference)
        if partner_id is None:
            raise ChannelError("no Odoo contact for this email")
        result = self._gateway.call(
            "res.partner", "message_post", [partner_id],
            body=message.html or message.body, body_is_html=message.html is not None, subject=message.subject or False,
            message_type="comment", subtype_xmlid="mail.mt_comment", partner_ids=[partner_id], message_id=message_id,
        )
        return str(result[0] if isinstance(result, list) else result)  # Odoo 19 answers [id]; 17 and 18 answered id
