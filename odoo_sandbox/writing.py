"""Creating, writing and deleting records as Odoo's ORM does: values checked and normalised by field type, x2many
commands, defaults from the context, computed, related and required fields, a deletion cascading or emptying the
fields that pointed at the record; then what each model does on a change (sales.py, scheduling.py, security.py).
"""
from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from . import orm, sales, scheduling
from .errors import InvalidValue, MissingError, ValidationError
from .reading import COMPUTED
from .schema import Field

BASE_URL = "http://localhost:8069"  # web.base.url: the address Odoo's users reach it at
CASCADE = {  # many2one fields declared ondelete='cascade': their records go with the record they point to
    ("calendar.attendee", "event_id"), ("calendar.attendee", "partner_id"), ("appointment.slot", "appointment_type_id"),
    ("resource.calendar.attendance", "calendar_id"), ("sale.order.line", "order_id"), ("mail.activity", "calendar_event_id"),
    ("appointment.booking.line", "calendar_event_id"),
}


class Writing(orm.Database):
    """create, write and unlink, and the ORM's work behind them."""

    def rpc_create(self, model: str, vals_list: dict | list[dict], context: dict | None = None) -> int | list[int]:
        single = isinstance(vals_list, dict)
        ids = [self._create(model, vals, context or {}) for vals in ([vals_list] if single else vals_list)]
        return ids[0] if single else ids

    def rpc_write(self, model: str, ids: list[int] | int, vals: dict, context: dict | None = None) -> bool:
        for record_id in orm.record_ids(ids):
            self._write(model, self._get(model, record_id), vals, context or {})
        return True

    def rpc_unlink(self, model: str, ids: list[int] | int, context: dict | None = None) -> bool:
        for record_id in orm.record_ids(ids):
            self._get(model, record_id)
            self._delete(model, record_id)
        return True

    def _create(self, model: str, vals: dict, context: dict) -> int:
        if not isinstance(vals, dict):
            raise InvalidValue(f"Invalid values for {model}: {vals!r}")
        self._last_ids[model] += 1  # never reused, not even after a rollback, as a PostgreSQL sequence
        record_id = self._last_ids[model]
        record: dict[str, Any] = {"id": record_id, "create_date": orm.now_string(), "write_date": orm.now_string()}
        for name, field in self.models[model].items():
            if field.type != "one2many" and not field.computed:
                record[name] = field.default if field.default is not None else ([] if field.type == "many2many" else False)
        if model == "res.users" and not vals.get("partner_id") and vals.get("name"):
            vals = {**vals, "partner_id": self._create("res.partner", {"name": vals["name"]}, context)}
        if model == "res.users" and "group_ids" not in vals:
            vals = {**vals, "group_ids": self._default_groups(vals)}
        vals = {**self._defaults(model, context), **vals}
        if model == "calendar.event":
            vals = scheduling.appointment_status_and_active(vals, bool(vals.get("appointment_type_id")), created=True)
            if not context.get("skip_contact_description"):
                vals = self._with_contact_details(vals)
        if model == "mail.activity" and context.get("uid") in self._records["res.users"]:
            record["user_id"] = context["uid"]  # Odoo's default: the activity is for the user who creates it
        vals = self._computed(model, vals, None)
        self._records[model][record_id] = record
        self._mark(model, record)
        post: list[tuple[str, Any]] = []
        for name, value in vals.items():
            post.extend(self._assign(model, record, name, value, context))
        missing = [n for n, f in self.models[model].items() if f.required and f.related is None and _empty(f, record.get(n))]
        if missing:
            raise ValidationError(f"The operation cannot be completed:\n- Create/update: a mandatory field is not set.\n- Model: {model}, Field: {', '.join(missing)}")
        self._after_change(model, record, post, context, created=True)
        return record_id

    def _defaults(self, model: str, context: dict) -> dict:
        """Values the context gives as `default_<field>`; calendar.event turns `default_res_model` into its model id
        (read with the ORM's own rights, so the caller needs none on ir.model)."""
        defaults = {name: context[f"default_{name}"] for name in self.models[model] if f"default_{name}" in context}
        if model == "calendar.event" and "res_model" in defaults:
            defaults.pop("res_model")
            defaults["res_model_id"] = next((m["id"] for m in self._records["ir.model"].values() if m["model"] == context["default_res_model"]), False)
        return defaults

    def _write(self, model: str, record: dict, vals: dict, context: dict) -> None:
        if model == "res.users" and "password" in vals:  # Odoo's inverse hashes it into the credentials; reading gives ''
            vals = dict(vals)
            self.add_credential(record["id"], "password", vals.pop("password"))
        if model == "calendar.event":
            vals = scheduling.appointment_status_and_active(vals, bool(record.get("appointment_type_id") or vals.get("appointment_type_id")), created=False)
            # Odoo mails the cancellation only for an event still to come; the sandbox mails for any (its clock is
            # the machine's, the suite's is its own), which a service that holds the mail back handles alike
            if vals.get("active") is False and record.get("active"):
                self._appointment_mail(record, "cancelled", context)
        vals = self._computed(model, vals, record)
        post: list[tuple[str, Any]] = []
        for name, value in vals.items():
            post.extend(self._assign(model, record, name, value, context))
        for name, field in self.models[model].items():
            if field.required and field.related is None and name in vals and _empty(field, record.get(name)):
                raise ValidationError(f"The operation cannot be completed:\n- Create/update: a mandatory field is not set.\n- Model: {model}, Field: {name}")
        record["write_date"] = orm.now_string()
        self._after_change(model, record, post, context, created=False)

    def _computed(self, model: str, vals: dict, current: dict | None) -> dict:
        """`vals` with what Odoo's compute methods would fill in from them (sale: references, line prices, currency;
        an all-day event's days)."""
        if model == "calendar.event" and vals.get("allday", (current or {}).get("allday")):
            return {**vals, **scheduling.all_day_dates(vals, current or {})}
        if model == "product.product":
            return sales.product_prices(vals)
        if model == "appointment.invite":
            code = vals.get("short_code", (current or {}).get("short_code"))
            if not re.fullmatch(r"[\w-]+", code or ""):
                raise ValidationError(f"Only letters, numbers, underscores and dashes are allowed in your links. You need to adapt {code}.")
            if any(i.get("short_code") == code and i["id"] != (current or {}).get("id") for i in self._records["appointment.invite"].values()):
                raise ValidationError("The URL is already taken, please pick another code.")
            return {**vals, "book_url": f"{BASE_URL}/book/{code}"}  # the invite's base_book_url is the database's base URL
        if model == "product.category":
            parent = self._records["product.category"].get(vals.get("parent_id", (current or {}).get("parent_id")) or 0)
            name = vals.get("name", (current or {}).get("name"))
            return {**vals, "complete_name": f"{self.display_name(model, parent)} / {name}" if parent else name}
        if model == "sale.order.line":
            return sales.line_defaults(self._records, vals, current)
        if model == "sale.order" and current is None:
            computed = {"date_order": orm.now_string(), "currency_id": sales.company_currency(self._records)}
            if vals.get("name", "New") == "New":  # sale.order.create: the next reference of the 'sale.order' sequence
                computed["name"] = self._next_by_code("sale.order") or "New"
            return {**computed, **{k: v for k, v in vals.items() if not (k == "name" and v == "New")}}
        return vals

    def _assign(self, model: str, record: dict, name: str, value: Any, context: dict) -> list[tuple[str, Any]]:
        """Set one value as Odoo would store it; one2many commands are returned to run once the record exists."""
        field = self.models[model].get(name)
        if field is None:
            if name in COMPUTED:
                return []
            raise InvalidValue(f"Invalid field {name!r} on model {model!r}")
        if field.computed:  # a computed field without an inverse: Odoo drops what the caller writes
            return []
        if field.type == "one2many" or (model, name) == ("calendar.event", "total_capacity_reserved"):
            return [(name, value)]
        if field.type == "many2many":
            record[name] = self._m2m(field, record.get(name) or [], value)
        elif field.type == "many2one":
            if value not in (False, None) and (not isinstance(value, int) or value not in self._records[field.relation]):
                raise MissingError(f"Record does not exist or has been deleted.\n(Record: {field.relation}({value!r},), User: 2)")
            record[name] = value or False
        else:
            record[name] = _convert(model, name, field, value)
        self._mark(model, record)
        return []

    def _m2m(self, field: Field, current: list[int], commands: Any) -> list[int]:
        ids = list(current)
        if commands and all(isinstance(c, int) for c in commands):
            commands = [(6, 0, commands)]
        for command in commands or []:
            code = command[0]
            if code == 6:
                ids = list(command[2])
            elif code == 4:
                if command[1] not in ids:  # linking an id already linked changes nothing
                    ids.append(command[1])
            elif code in (3, 2):
                ids = [i for i in ids if i != command[1]]
            elif code == 5:
                ids = []
            elif code == 0:
                ids.append(self._create(field.relation, command[2], {}))
            elif code == 1:
                self._write(field.relation, self._get(field.relation, command[1]), command[2], {})
            else:
                raise InvalidValue(f"Invalid x2many command {command!r}")
        for related_id in ids:
            self._get(field.relation, related_id)
        return ids

    def _o2m(self, model: str, record: dict, field: Field, commands: Any, context: dict) -> None:
        for command in commands or []:
            code = command[0]
            if code == 0:
                self._create(field.relation, {**command[2], field.inverse: record["id"]}, context)
            elif code == 1:
                self._write(field.relation, self._get(field.relation, command[1]), command[2], context)
            elif code == 2:
                self._delete(field.relation, command[1])
            elif code == 3:
                self._write(field.relation, self._get(field.relation, command[1]), {field.inverse: False}, context)
            elif code == 4:
                self._write(field.relation, self._get(field.relation, command[1]), {field.inverse: record["id"]}, context)
            elif code in (5, 6):
                keep = set(command[2]) if code == 6 else set()
                for child in list(self._records[field.relation].values()):
                    if child.get(field.inverse) == record["id"] and child["id"] not in keep:
                        self._delete(field.relation, child["id"])
                for child_id in keep:
                    self._write(field.relation, self._get(field.relation, child_id), {field.inverse: record["id"]}, context)
            else:
                raise InvalidValue(f"Invalid x2many command {command!r}")

    def _after_change(self, model: str, record: dict, o2m_commands: list[tuple[str, Any]], context: dict, created: bool) -> None:
        for name, commands in o2m_commands:
            if name == "total_capacity_reserved":
                self._reserve(record, int(commands or 0))
            else:
                self._o2m(model, record, self.models[model][name], commands, context)
        for name, field in self.models[model].items():
            if field.related:
                via, target = field.related.split(".")
                related_id = record.get(via)
                relation = self.models[model][via].relation
                record[name] = self._records[relation][related_id].get(target, False) if related_id else False
        if model == "sale.order.line":
            sales.check_line(record)
            sales.line_amounts(self._records, record)
            if record.get("order_id") in self._records["sale.order"]:
                self._sale_order_totals(self._records["sale.order"][record["order_id"]])
        if model == "sale.order":
            sales.order_amounts(self._records, record)
        if model == "calendar.event":
            if record.get("appointment_status") and not record.get("appointment_type_id"):
                raise ValidationError(f"The event {record.get('name')} cannot have an appointment status without being linked to an appointment type.")
            if record.get("appointment_type_id") and not record.get("appointment_status"):
                record["appointment_status"] = "booked"  # Odoo 18/19's appointment module computes it so
            self._sync_attendees(record, created, context)
            if created:
                self._meeting_activity(record)
                if record.get("appointment_status") in ("booked", "request"):
                    self._appointment_mail(record, "booked", context)
            lines = self._index.ids("appointment.booking.line", "calendar_event_id", record["id"]) if "appointment.booking.line" in self.models else ()
            for line_id in lines:  # the user is related
                line = self._records["appointment.booking.line"][line_id]
                if line.get("appointment_user_id") != record.get("user_id"):
                    self._write("appointment.booking.line", line, {"appointment_user_id": record.get("user_id") or False}, context)
        if model == "appointment.booking.line":
            self._check_booking_line(record)
        if model == "resource.calendar.leaves" and "hr.leave" in self.models:
            self._check_public_holidays(record)
        if model == "appointment.type" and not (record.get("user_capacity", 1) >= 1 and record.get("max_bookings", 1) >= 1):
            raise ValidationError("The capacity should be at least 1")  # Odoo 19: check(user_capacity >= 1 AND max_bookings >= 1)
        if model == "res.groups":  # a group's implications reach every user
            self._compute_groups(self._records["res.groups"].values(), self._records["res.users"].values())
        if model == "res.users":
            self._compute_groups([], [record])
        self._mark(model, record)

    def _delete(self, model: str, record_id: int) -> None:
        record = self._records[model].pop(record_id, None)
        self._changes[model] += 1
        self._index.changed(model, record_id)
        self._deleted.add((model, record_id))
        self._dirty.discard((model, record_id))
        for other, fields in self.models.items():
            for name, field in fields.items():
                if field.relation != model:
                    continue
                for rec in list(self._records[other].values()):
                    if field.type == "many2one" and rec.get(name) == record_id:
                        if (other, name) in CASCADE:
                            self._delete(other, rec["id"])
                        else:
                            rec[name] = False
                            self._mark(other, rec)
                    elif field.type == "many2many" and record_id in (rec.get(name) or []):
                        rec[name] = [i for i in rec[name] if i != record_id]
                        self._mark(other, rec)
        if model == "sale.order.line" and record is not None and record.get("order_id") in self._records["sale.order"]:
            self._sale_order_totals(self._records["sale.order"][record["order_id"]])


def _empty(field: Field, value: Any) -> bool:
    """What a required field may not hold: nothing; a number's 0 is a value (0 == False in Python)."""
    if field.type in ("integer", "float", "monetary"):
        return value is None
    return value in (False, None, "")


def _convert(model: str, name: str, field: Field, value: Any) -> Any:
    """Validate and normalise a scalar as Odoo's field classes do (dates as strings, False for empty)."""
    if value is None or value is False:
        return False if field.type not in ("integer", "float", "monetary") else 0
    kind = field.type
    try:
        if kind == "datetime":
            text = str(value)
            parsed = datetime.strptime(text, orm.DATE) if len(text) == 10 else datetime.strptime(text[:19], orm.DATETIME)
            return parsed.strftime(orm.DATETIME)
        if kind == "date":
            return datetime.strptime(str(value)[:10], orm.DATE).strftime(orm.DATE)
        if kind == "integer":
            return int(value)
        if kind in ("float", "monetary"):
            return float(value)
        if kind == "boolean":
            return bool(value)
    except (TypeError, ValueError) as exc:
        raise InvalidValue(f"Invalid value {value!r} for {model}.{name}: {exc}") from exc
    if kind == "selection" and value not in {key for key, _ in field.selection}:
        raise InvalidValue(f"Wrong value for {model}.{name}: {value!r}")
    if kind in ("char", "text", "html", "selection"):
        return str(value)
    return value
