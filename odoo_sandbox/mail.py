"""What Odoo 19's mail module does over the sandbox's records: mail.thread's message_post and
mail.activity.mixin's activity_schedule as RPC serves them, and the email notification queued for a message."""
from __future__ import annotations

from typing import Any

from markupsafe import Markup

from . import orm
from .schema import NOTIFY_PARAMETERS


class MailThread(orm.Database):
    """The mail methods of the models that have them (schema.MAIL_THREAD), and the mail a message sends."""

    def rpc_message_post(
        self, model: str, ids: list[int] | int, *, body: str = "", subject: str | None = None, message_type: str = "notification",
        email_from: str | None = None, author_id: int | None = None, subtype_xmlid: str | None = None, subtype_id: int | bool = False,
        partner_ids: list[int] | None = None, body_is_html: bool = False, context: dict | None = None, **kwargs: Any,
    ) -> list[int]:
        """mail.thread.message_post as Odoo 19 serves it over RPC: a str body is escaped unless `body_is_html` (honoured
        for internal users), the subtype defaults to mail.mt_note, the author to the caller's partner, and the new
        message comes back as a list of ids (the RPC layer's answer for a recordset since @api.returns went away)."""
        records = orm.record_ids(ids)
        if len(records) != 1:
            raise ValueError(f"Expected singleton: {model}({', '.join(map(str, records))})")
        self._get(model, records[0])
        if forbidden := set(kwargs) & {"model", "res_id", "subtype"}:
            raise ValueError(f"Those values are not supported when posting or notifying: {', '.join(sorted(forbidden))}")
        if unknown := set(kwargs) - set(self.models["mail.message"]) - NOTIFY_PARAMETERS:
            raise ValueError(f"Those values are not supported when posting or notifying: {', '.join(sorted(unknown))}")
        if message_type == "user_notification":
            raise ValueError("Use message_notify to send a notification to an user.")
        user = self._records["res.users"].get((context or {}).get("uid") or 0, {})
        if author_id is None:
            author_id = user.get("partner_id") or False
        if subtype_xmlid:
            subtype_id = self.xmlid_to_res_id(subtype_xmlid)
        html = bool(body_is_html and user and not user.get("share"))
        values = {
            **{k: v for k, v in kwargs.items() if k in self.models["mail.message"]},
            "model": model, "res_id": records[0], "body": str(Markup(body) if html else Markup("<p>{}</p>").format(body)), "subject": subject or False,
            "message_type": message_type, "subtype_id": subtype_id or self.xmlid_to_res_id("mail.mt_note"), "author_id": author_id,
            "email_from": email_from or False, "partner_ids": list(partner_ids or []), "date": orm.now_string(),
        }
        message_id = self._create("mail.message", values, {})
        self._notify_by_email(message_id)
        return [message_id]

    def rpc_activity_schedule(
        self, model: str, ids: list[int] | int, act_type_xmlid: str = "", date_deadline: str | None = None, summary: str = "",
        note: str = "", context: dict | None = None, **act_values: Any,
    ) -> list[int]:
        """mail.activity.mixin.activity_schedule: an activity of the type named by external id on each record, the
        model found by Odoo itself (the caller needs no access to ir.model); the new activities' ids."""
        type_id = self.xmlid_to_res_id(act_type_xmlid) if act_type_xmlid else act_values.pop("activity_type_id", False)
        [model_id] = [m["id"] for m in self._records["ir.model"].values() if m["model"] == model]
        return [
            self._create("mail.activity", {
                "activity_type_id": type_id, "summary": summary, "note": note, "date_deadline": date_deadline or orm.now_string()[:10],
                "res_model_id": model_id, "res_id": self._get(model, record_id)["id"], **act_values,
            }, context or {})
            for record_id in orm.record_ids(ids)
        ]

    def _notify_by_email(self, message_id: int) -> None:
        """mail.thread._notify_thread_by_email, as far as its records go: one mail.mail for the message's recipients
        other than its author who have an address, and a mail.notification for each recipient (an exception for one
        with no address). The sandbox has no outgoing mail server: the mail stays 'outgoing', as Odoo leaves it until
        its mail queue runs."""
        message = self._records["mail.message"][message_id]
        recipients = [p for p in message.get("partner_ids") or [] if p != message.get("author_id")]
        addressed = [p for p in recipients if self._records["res.partner"][p].get("email")]
        mail_id = self._create("mail.mail", {
            "mail_message_id": message_id, "body_html": message["body"], "references": message.get("message_id") or False,
            "recipient_ids": [(6, 0, addressed)], "is_notification": True,
        }, {}) if addressed else False
        for partner_id in recipients:
            reached = partner_id in addressed
            self._create("mail.notification", {
                "mail_message_id": message_id, "res_partner_id": partner_id, "notification_type": "email",
                "mail_mail_id": mail_id if reached else False, "notification_status": "ready" if reached else "exception",
                "failure_type": False if reached else "mail_email_missing",
            }, {})

    def xmlid_to_res_id(self, xmlid: str) -> int:
        """ir.model.data._xmlid_to_res_id: the record behind 'module.name', or Odoo's ValueError."""
        module, _, name = xmlid.partition(".")
        for data in self._records["ir.model.data"].values():
            if data["module"] == module and data["name"] == name:
                return data["res_id"]
        raise ValueError(f"External ID not found in the system: {xmlid}")
