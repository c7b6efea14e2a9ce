"""Work for a person, left in Odoo as a `mail.activity` where staff already look."""
from __future__ import annotations

from datetime import date

from app.odoo.gateway import OdooGateway


class StaffActivities:
    """Creates To-Do activities on a record for whoever is responsible: the contact's salesperson when the record is a
    contact with one, else the configured staff user, else Odoo's default (the integration user)."""

    def __init__(self, gateway: OdooGateway, staff_login: str | None) -> None:
        self._gateway = gateway
        self._staff_login = staff_login
        self._ids: dict[str, int | None] = {}

    def create(self, model: str, record_id: int, summary: str, note: str, deadline: date) -> int:
        values = {
            "res_model_id": self._gateway.model_id(model), "res_id": record_id, "summary": summary, "note": note,
            "date_deadline": deadline,
        }
        if (activity_type := self._lookup("mail.activity.type", "name", "To-Do")) is not None:
            values["activity_type_id"] = activity_type
        if (user := self._responsible(model, record_id)) is not None:
            values["user_id"] = user
        return self._gateway.create("mail.activity", values)

    def _responsible(self, model: str, record_id: int) -> int | None:
        if model == "res.partner":
            [partner] = self._gateway.read("res.partner", [record_id], ["user_id"])
            if partner["user_id"]:
                return partner["user_id"][0]
        return self._lookup("res.users", "login", self._staff_login) if self._staff_login else None

    def _lookup(self, model: str, field: str, value: str) -> int | None:
        key = f"{model}:{value}"
        if key not in self._ids:
            found = self._gateway.search_read(model, [(field, "=", value)], ["id"], limit=1)
            self._ids[key] = found[0]["id"] if found else None
        return self._ids[key]
