"""Work for a person, left in Odoo as a To-Do `mail.activity` where staff already look."""
from __future__ import annotations

from datetime import date

from app.odoo.gateway import OdooGateway

TODO = "mail.mail_activity_data_todo"  # the To-Do type's external id: its name is translated


class StaffActivities:
    """Creates To-Do activities on a record for whoever is responsible: the contact's salesperson when the record is a
    contact with one, else the configured staff user, else Odoo's default (the integration user).

    Through the record's `activity_schedule`, which finds the model and the type itself: the integration user may not
    read `ir.model` (only "Access Rights" may)."""

    def __init__(self, gateway: OdooGateway, staff_login: str | None) -> None:
        self._gateway = gateway
        self._staff_login = staff_login
        self._users: dict[str, int | None] = {}

    def create(self, model: str, record_id: int, summary: str, note: str, deadline: date) -> int:
        values: dict[str, object] = {"act_type_xmlid": TODO, "summary": summary, "note": note, "date_deadline": deadline}
        if (user := self._responsible(model, record_id)) is not None:
            values["user_id"] = user
        created = self._gateway.call(model, "activity_schedule", [record_id], **values)
        return created[0] if isinstance(created, list) else created

    def _responsible(self, model: str, record_id: int) -> int | None:
        if model == "res.partner":
            [partner] = self._gateway.read("res.partner", [record_id], ["user_id"])
            if partner["user_id"]:
                return partner["user_id"][0]
        return self._staff_user() if self._staff_login else None

    def _staff_user(self) -> int | None:
        login = self._staff_login or ""
        if login not in self._users:
            found = self._gateway.search_read("res.users", [("login", "=", login)], ["id"], limit=1)
            self._users[login] = found[0]["id"] if found else None
        return self._users[login]
