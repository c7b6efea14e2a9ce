"""A small ORM with Odoo's semantics over SQLite: one JSON document per record, domains evaluated in Python.

Every public call runs under one lock and commits once, like an Odoo request in its own transaction. A search
compiles its domain into one predicate and, when the domain requires `field = v` or `field in [...]` (or ids), tests
only the records an index files under those values, as a database would. Its matching ids are remembered until a
model its answer depends on changes, so paging through a large result (offset, limit) evaluates the domain once.
"""
from __future__ import annotations

import hashlib
import inspect
import json
import re
import sqlite3
import threading
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterable
from datetime import datetime, timezone
from typing import Any

from markupsafe import Markup

from . import access
from . import domain as domains
from . import sales, stock
from .errors import AccessError, InvalidValue, MissingError, UserError, ValidationError
from .index import Indexes
from .schema import DESCRIPTIONS, MAIL_THREAD, MODELS, NOTIFY_PARAMETERS, Field

DATETIME, DATE = "%Y-%m-%d %H:%M:%S", "%Y-%m-%d"
COMPUTED = {"id", "display_name", "create_date", "write_date"}
REMEMBERED_SEARCHES = 32
BASE_URL = "http://localhost:8069"  # web.base.url: the address Odoo's users reach it at
RELATIONAL = ("many2one", "one2many", "many2many")
METHODS_OF = {  # public methods only some models have
    "message_post": MAIL_THREAD, "activity_schedule": MAIL_THREAD, "action_cancel": {"sale.order"}, "action_confirm": {"sale.order"},
    "has_group": {"res.users"},
}
CASCADE = {  # many2one fields declared ondelete='cascade': their records go with the record they point to
    ("calendar.attendee", "event_id"), ("calendar.attendee", "partner_id"), ("appointment.slot", "appointment_type_id"),
    ("resource.calendar.attendance", "calendar_id"), ("sale.order.line", "order_id"), ("mail.activity", "calendar_event_id"),
    ("appointment.booking.line", "calendar_event_id"),
}


def now_string() -> str:
    return datetime.now(timezone.utc).strftime(DATETIME)


class Env:
    """The records of one database, and the ORM methods Odoo exposes over RPC."""

    def __init__(self, path: str, models: dict[str, dict[str, Field]] = MODELS) -> None:
        self.models = models  # the installed modules' models: Community's lack the appointment module's
        self._db = sqlite3.connect(path, check_same_thread=False)
        self._db.execute("CREATE TABLE IF NOT EXISTS records (model TEXT, id INTEGER, data TEXT, PRIMARY KEY (model, id))")
        self._db.execute("CREATE TABLE IF NOT EXISTS credentials (uid INTEGER, kind TEXT, secret TEXT, PRIMARY KEY (kind, secret))")
        self._db.commit()
        self.lock = threading.RLock()
        self._records: dict[str, dict[int, dict[str, Any]]] = {model: {} for model in self.models}
        for model, record_id, data in self._db.execute("SELECT model, id, data FROM records"):
            self._records.setdefault(model, {})[record_id] = json.loads(data)
        self._dirty: set[tuple[str, int]] = set()
        self._deleted: set[tuple[str, int]] = set()
        self._last_ids = {model: max(records, default=0) for model, records in self._records.items()}  # like sequences
        self._changes: Counter[str] = Counter()  # per model, bumped by every change to one of its records
        self._searches: OrderedDict[str, tuple[tuple[int, ...], list[int]]] = OrderedDict()  # key -> (changes seen, ids)
        self._index = Indexes(self._records)

    def is_empty(self) -> bool:
        return not any(self._records.values())

    # ---- the RPC surface ------------------------------------------------------------------------------------
    def call(self, model: str, method: str, args: list, kwargs: dict) -> Any:
        """`execute_kw` semantics: record methods take ids as args[0]; `context` may come in kwargs."""
        if method.startswith("_"):
            raise AccessError(f"Private methods (such as '{model}.{method}') cannot be called remotely.")
        if model not in self.models:
            raise UserError(f"Object {model} doesn't exist")
        handler = getattr(self, f"rpc_{method}", None)
        if handler is None or not self.has_method(model, method):
            raise AttributeError(f"The method '{model}.{method}' does not exist")
        kwargs = dict(kwargs or {})
        context = kwargs.pop("context", None) or {}
        with self.lock:
            try:
                groups = self._caller_groups(context)
                if groups is not None:
                    self._check_model_access(model, method, groups)
                    self._check_nested_access(model, method, args, kwargs, groups)
                    if method in ("read", "write", "unlink"):
                        self._check_record_rules(model, method, _ids(args[0] if args else kwargs.get("ids", [])), context)
                result = handler(model, *args, context=context, **kwargs)
                if groups is not None:
                    self._check_documents(model, method, result, groups, context["uid"])
                    if method == "create":
                        self._check_record_rules(model, "create", result if isinstance(result, list) else [result], context)
                self._flush()
                return result
            except BaseException:
                self._rollback()
                raise

    def has_model(self, model: str) -> bool:
        return model in self.models

    def has_method(self, model: str, method: str) -> bool:
        """Whether the model has this public method (methods of a mixin or one model only on the models that have them)."""
        if not hasattr(self, f"rpc_{method}"):
            return False
        return model in METHODS_OF.get(method, {model})

    def bind(self, method: str, args: list, kwargs: dict) -> None:
        """Raise TypeError when the arguments do not fit the method's signature, as JSON-2 checks before calling."""
        inspect.signature(getattr(self, f"rpc_{method}")).bind("model", *args, **kwargs)

    def rpc_search(self, model: str, domain: list, offset: int = 0, limit: int | None = None, order: str | None = None, context: dict | None = None) -> list[int]:
        return [r["id"] for r in self._search(model, domain or [], offset, limit, order, context or {})]

    def rpc_search_count(self, model: str, domain: list, limit: int | None = None, context: dict | None = None) -> int:
        return len(self._search(model, domain or [], 0, limit, None, context or {}))

    def rpc_search_read(self, model: str, domain: list | None = None, fields: list[str] | None = None, offset: int = 0, limit: int | None = None, order: str | None = None, context: dict | None = None, **_: Any) -> list[dict]:
        records = self._search(model, domain or [], offset, limit, order, context or {})
        return [self._read_one(model, r, fields) for r in records]

    def rpc_read(self, model: str, ids: list[int] | int, fields: list[str] | None = None, load: str = "_classic_read", context: dict | None = None) -> list[dict]:
        """Odoo 19 answers the records that exist and leaves out the ids that do not (no MissingError)."""
        records = self._records[model]
        return [self._read_one(model, records[i], fields) for i in _ids(ids) if i in records]

    def rpc_create(self, model: str, vals_list: dict | list[dict], context: dict | None = None) -> int | list[int]:
        single = isinstance(vals_list, dict)
        ids = [self._create(model, vals, context or {}) for vals in ([vals_list] if single else vals_list)]
        return ids[0] if single else ids

    def rpc_write(self, model: str, ids: list[int] | int, vals: dict, context: dict | None = None) -> bool:
        for record_id in _ids(ids):
            self._write(model, self._get(model, record_id), vals, context or {})
        return True

    def rpc_unlink(self, model: str, ids: list[int] | int, context: dict | None = None) -> bool:
        for record_id in _ids(ids):
            self._get(model, record_id)
            self._delete(model, record_id)
        return True

    def rpc_fields_get(self, model: str, allfields: list[str] | None = None, attributes: list[str] | None = None, context: dict | None = None) -> dict:
        described = {name: f.describe(name) for name, f in self.models[model].items()}
        described["id"] = {"type": "integer", "string": "ID", "required": False, "readonly": True, "store": True, "name": "id"}
        described["display_name"] = {"type": "char", "string": "Display Name", "required": False, "readonly": True, "store": False, "name": "display_name"}
        for name in ("create_date", "write_date"):
            described[name] = {"type": "datetime", "string": name.replace("_", " ").title(), "required": False, "readonly": True, "store": True, "name": name}
        if allfields:
            described = {k: v for k, v in described.items() if k in allfields}
        if attributes:
            described = {k: {a: v[a] for a in attributes if a in v} for k, v in described.items()}
        return described

    def rpc_name_search(self, model: str, name: str = "", domain: list | None = None, operator: str = "ilike", limit: int = 100, context: dict | None = None, args: list | None = None) -> list[list]:
        found = self._search(model, list(domain or args or []), 0, None, None, context or {})
        named = domains.matcher(operator, name)
        matches = [r for r in found if not name or named([self.display_name(model, r)])]
        return [[r["id"], self.display_name(model, r)] for r in matches[:limit]]

    def rpc_context_get(self, model: str, context: dict | None = None) -> dict:
        return {"lang": "en_US", "tz": "America/Toronto", "uid": (context or {}).get("uid", 2)}

    def rpc_check_access_rights(self, model: str, operation: str, raise_exception: bool = True, context: dict | None = None) -> bool | None:
        """Odoo 19 keeps this deprecated method: `check_access` on an empty recordset (which answers None) when raising,
        else `has_access`."""
        allowed = self.rpc_has_access(model, [], operation, context)
        if raise_exception:
            if not allowed:
                raise access.access_error(model, self._description(model), operation)
            return None
        return allowed

    def rpc_has_access(self, model: str, ids: list[int] | int, operation: str, context: dict | None = None) -> bool:
        """Whether the caller may do `operation` on these records; on an empty recordset, on the model at all. The
        sandbox has no record rules: the model's access rules answer for any records."""
        access.check_operation(operation)
        groups = self._caller_groups(context or {})
        return groups is None or access.allowed(model, operation, groups)

    def rpc_has_group(self, model: str, ids: list[int] | int, group_ext_id: str, context: dict | None = None) -> bool:
        """res.users.has_group: whether the user has the group (implied ones included); internal users may ask about
        anyone, others only about themselves."""
        users = _ids(ids)
        if len(users) != 1:
            raise ValueError(f"Expected singleton: res.users({', '.join(map(str, users))})")
        user_id, caller = users[0], (context or {}).get("uid")
        groups = self._caller_groups(context or {})
        if caller is not None and caller != user_id and groups is not None and "base.group_user" not in groups:
            raise AccessError("You can ony call user.has_group() with your current user.")
        group_id = self._xmlids("res.groups").get(group_ext_id)
        return group_id is not None and group_id in (self._get("res.users", user_id).get("all_group_ids") or [])

    def rpc_message_post(
        self, model: str, ids: list[int] | int, *, body: str = "", subject: str | None = None, message_type: str = "notification",
        email_from: str | None = None, author_id: int | None = None, subtype_xmlid: str | None = None, subtype_id: int | bool = False,
        partner_ids: list[int] | None = None, body_is_html: bool = False, context: dict | None = None, **kwargs: Any,
    ) -> list[int]:
        """mail.thread.message_post as Odoo 19 serves it over RPC: a str body is escaped unless `body_is_html` (honoured
        for internal users), the subtype defaults to mail.mt_note, the author to the caller's partner, and the new
        message comes back as a list of ids (the RPC layer's answer for a recordset since @api.returns went away)."""
        records = _ids(ids)
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
            "email_from": email_from or False, "partner_ids": list(partner_ids or []), "date": now_string(),
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
                "activity_type_id": type_id, "summary": summary, "note": note, "date_deadline": date_deadline or now_string()[:10],
                "res_model_id": model_id, "res_id": self._get(model, record_id)["id"], **act_values,
            }, context or {})
            for record_id in _ids(ids)
        ]

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
            self._write("sale.order", order, {"state": "sale", "date_order": now_string()}, context or {})
        return True

    def _sale_orders(self, ids: list[int] | int) -> list[dict]:
        return [self._get("sale.order", record_id) for record_id in _ids(ids)]

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

    # ---- access: groups and model access rules, checked at the RPC entry ----------------------------------------
    def _caller_groups(self, context: dict) -> frozenset[str] | None:
        """The external ids of the RPC caller's groups, implied ones included; None when nothing is checked: a call
        made in process (no uid in the context) or by the superuser."""
        uid = context.get("uid")
        if uid is None or uid == access.SUPERUSER_ID:
            return None
        xmlid_of = {res_id: xmlid for xmlid, res_id in self._xmlids("res.groups").items()}
        user = self._records["res.users"].get(uid, {})
        return frozenset(xmlid_of[g] for g in user.get("all_group_ids") or [] if g in xmlid_of)

    def _xmlids(self, model: str) -> dict[str, int]:
        """'module.name' -> record id, for the external ids of one model's records."""
        return {f"{d['module']}.{d['name']}": d["res_id"] for d in self._records["ir.model.data"].values() if d["model"] == model}

    def _description(self, model: str) -> str:
        """The model's name as ir.model holds it."""
        return next((m["name"] for m in self._records["ir.model"].values() if m["model"] == model), DESCRIPTIONS.get(model, model))

    def _check_model_access(self, model: str, method: str, groups: frozenset[str]) -> None:
        """The model access rule the method needs, as Odoo checks it before doing anything."""
        checked = access.CHECKED.get(method)
        if checked is None:
            return
        target, operation = checked[0] or model, checked[1]
        if not access.allowed(target, operation, groups):
            raise access.access_error(target, self._description(target), operation)

    def _check_nested_access(self, model: str, method: str, args: list, kwargs: dict, groups: frozenset[str]) -> None:
        """Records a create or write makes, changes or deletes through one2many commands are the caller's own
        operations on their model, checked as such (only a field's inverse, run by the ORM itself, is exempt)."""
        if method == "create":
            given = args[0] if args else kwargs.get("vals_list", [])
            values = [given] if isinstance(given, dict) else list(given or [])
        elif method == "write":
            values = [args[1] if len(args) > 1 else kwargs.get("vals", {})]
        else:
            return
        for vals in values:
            for name, commands in (vals.items() if isinstance(vals, dict) else []):
                field = self.models[model].get(name)
                if field is None or field.type != "one2many" or not isinstance(commands, (list, tuple)):
                    continue
                for command in commands:
                    operation = {0: "create", 1: "write", 2: "unlink"}.get(command[0] if isinstance(command, (list, tuple)) and command else None)
                    if operation and not access.allowed(field.relation, operation, groups):
                        raise access.access_error(field.relation, self._description(field.relation), operation)

    def _rule_domain(self, model: str, operation: str, context: dict) -> list | None:
        """The caller's record rules on the model for the operation; None when none applies (or no caller is checked)."""
        if model not in access.RULED_MODELS:
            return None
        groups = self._caller_groups(context)
        return None if groups is None else access.rule_domain(model, operation, groups, context["uid"], self.models)

    def _check_record_rules(self, model: str, operation: str, ids: list[int], context: dict) -> None:
        """Odoo refuses the whole call when one of the records is outside what the caller's record rules allow."""
        rule = self._rule_domain(model, operation, context)
        existing = [i for i in ids if i in self._records[model]]
        if not rule or not existing:
            return
        allowed = set(self._matching_ids(model, ("&", ("leaf", "id", "in", existing), domains.parse(rule)), None))
        if not set(existing) <= allowed:
            user = self._records["res.users"][context["uid"]]
            raise access.rule_error(model, self._description(model), operation, user.get("name") or user["login"], context["uid"])

    def _check_documents(self, model: str, method: str, result: Any, groups: frozenset[str], uid: int) -> None:
        """Messages and activities the call created need the right to post on their document ('write'), as their
        `_check_access` decides once they exist (the call is rolled back when refused)."""
        created_model = access.CREATED_BY.get(method, model if method == "create" else None)
        if created_model not in access.ON_DOCUMENTS:
            return
        document_field = access.ON_DOCUMENTS[created_model]
        ids = result if isinstance(result, list) else [result]
        records = [self._records[created_model][i] for i in ids if i in self._records[created_model]]
        forbidden = [
            r["id"] for r in records if r.get(document_field) and not access.allowed(r[document_field], access.MAIL_POST_ACCESS, groups)
        ]
        if forbidden:
            raise access.document_error(self._description(created_model), "create", forbidden, uid)

    def _default_groups(self, vals: dict) -> list[tuple[int, int, list[int]]]:
        """res.users._default_groups: internal user; a user created as shared (portal) gets the portal group."""
        group_id = self._xmlids("res.groups").get("base.group_portal" if vals.get("share") else "base.group_user")
        return [(6, 0, [group_id] if group_id else [])]

    def _compute_groups(self, changed_groups: Iterable[dict], users: Iterable[dict]) -> None:
        """What Odoo computes from groups: a group's full name ('Privilege / Name') and implied groups, a user's groups
        with the implied ones (`all_group_ids`) and whether the user is external (`share`: not an internal user)."""
        groups = self._records["res.groups"]
        privileges = self._records["res.groups.privilege"]

        def closure(group_ids: Iterable[int]) -> list[int]:
            found: set[int] = set()
            pending = list(group_ids)
            while pending:
                group_id = pending.pop()
                if group_id in groups and group_id not in found:
                    found.add(group_id)
                    pending.extend(groups[group_id].get("implied_ids") or [])
            return sorted(found)

        for group in changed_groups:
            privilege = privileges.get(group.get("privilege_id") or 0)
            group["full_name"] = f"{privilege['name']} / {group['name']}" if privilege else group["name"]
            group["all_implied_ids"] = closure([group["id"]])  # reflexive, as Odoo's
            self._mark("res.groups", group)
        internal = self._xmlids("res.groups").get("base.group_user")
        for user in users:
            user["all_group_ids"] = closure(user.get("group_ids") or [])
            if internal is not None:
                user["share"] = internal not in user["all_group_ids"]
            self._mark("res.users", user)

    # ---- credentials: a password per user, any number of API keys ---------------------------------------------
    def add_credential(self, uid: int, kind: str, secret: str) -> None:
        """kind 'password' (one a user) or 'apikey' (any number); stored hashed, like Odoo (which uses passlib; sha256
        suffices here)."""
        with self.lock:
            if kind == "password":  # one password a user: a new one replaces it
                self._db.execute("DELETE FROM credentials WHERE uid = ? AND kind = 'password'", (uid,))
            self._db.execute("INSERT OR REPLACE INTO credentials VALUES (?, ?, ?)", (uid, kind, _digest(secret)))
            self._db.commit()

    def authenticate(self, login: str, secret: str) -> int | None:
        """The uid for a login and its password or one of its API keys (Odoo accepts a key in place of a password)."""
        with self.lock:
            users = [u for u in self._records["res.users"].values() if u.get("login") == login and u.get("active")]
            if not users or not isinstance(secret, str):
                return None
            uid = users[0]["id"]
            row = self._db.execute("SELECT 1 FROM credentials WHERE uid = ? AND secret = ?", (uid, _digest(secret))).fetchone()
        return uid if row else None

    def check_uid(self, uid: Any, secret: Any) -> bool:
        if not isinstance(uid, int) or not isinstance(secret, str):
            return False
        with self.lock:
            return self._db.execute("SELECT 1 FROM credentials WHERE uid = ? AND secret = ?", (uid, _digest(secret))).fetchone() is not None

    def uid_for_api_key(self, key: str) -> int | None:
        with self.lock:
            row = self._db.execute("SELECT uid FROM credentials WHERE kind = 'apikey' AND secret = ?", (_digest(key),)).fetchone()
        return row[0] if row else None

    def user_info(self, uid: int) -> dict:
        user = self._get("res.users", uid)
        return {
            "uid": uid, "name": user.get("name"), "username": user.get("login"), "partner_id": user.get("partner_id"),
            "is_internal_user": not user.get("share"), "tz": user.get("tz") or "UTC", "lang": user.get("lang") or "en_US",
        }

    def needs_second_factor(self, uid: int) -> bool:
        """auth_totp: the user's `_mfa_url()` is set, so Odoo leaves the session half-open after the password."""
        return bool(self._get("res.users", uid).get("totp_enabled"))

    # ---- in-process helpers for tests and seeding ------------------------------------------------------------
    def search_read(self, model: str, domain: list, fields: list[str] | None = None, **kw: Any) -> list[dict]:
        return self.call(model, "search_read", [], {"domain": domain, "fields": fields, **kw})

    def create(self, model: str, vals: dict, context: dict | None = None) -> int:
        return self.call(model, "create", [vals], {"context": context or {}})

    def write(self, model: str, ids: list[int], vals: dict) -> bool:
        return self.call(model, "write", [ids, vals], {})

    # ---- internals ------------------------------------------------------------------------------------------
    def display_name(self, model: str, record: dict) -> str:
        if model == "calendar.attendee" and not record.get("common_name") and record.get("partner_id"):
            return self.display_name("res.partner", self._get("res.partner", record["partner_id"]))
        if model == "product.category":
            return record.get("complete_name") or record["name"]
        if model == "product.product" and record.get("default_code"):
            return f"[{record['default_code']}] {record['name']}"
        for name in ("name", "common_name", "login"):
            if record.get(name):
                return str(record[name])
        return f"{model},{record['id']}"

    def _get(self, model: str, record_id: Any) -> dict:
        record = self._records[model].get(record_id) if isinstance(record_id, int) else None
        if record is None:
            raise MissingError(f"Record does not exist or has been deleted.\n(Record: {model}({record_id!r},), User: 2)")
        return record

    def _search(self, model: str, domain: list, offset: int, limit: int | None, order: str | None, context: dict) -> list[dict]:
        tree = domains.parse(domain)
        for condition in domains.leaves(tree):
            self._check_path(model, condition[0], condition)
        if "active" in self.models[model] and context.get("active_test", True) and not any(p.split(".")[0] == "active" for p in domains.paths(tree)):
            tree = ("&", ("leaf", "active", "=", True), tree) if tree else ("leaf", "active", "=", True)
        rule = self._rule_domain(model, "read", context)
        if rule:  # what the caller's record rules hide is left out, silently
            tree = ("&", domains.parse(rule), tree) if tree else domains.parse(rule)
        ids = self._matching_ids(model, tree, order)
        return [self._records[model][i] for i in ids[offset : offset + limit if limit else None]]

    def _matching_ids(self, model: str, tree: domains.Node | None, order: str | None) -> list[int]:
        """Every id the domain matches, in order; remembered while no model the answer reads from has changed."""
        key = repr((model, tree, order))
        seen = tuple(self._changes[m] for m in sorted(self._depends_on(model, [*domains.paths(tree), *_order_fields(order)])))
        remembered = self._searches.get(key)
        if remembered is not None and remembered[0] == seen:
            self._searches.move_to_end(key)
            return remembered[1]
        records = self._records[model]
        matches = domains.predicate(tree, lambda path: self._access(model, path))
        candidates = self._candidates(model, tree) if tree else None
        narrowed = candidates is not None and 2 * len(candidates) < len(records)  # else a plain scan is quicker
        pool = [records[i] for i in candidates if i in records] if narrowed else records.values()  # type: ignore[union-attr]
        found = [r for r in pool if matches(r)]
        ids = [r["id"] for r in self._ordered(model, found, order)]
        self._searches[key] = (seen, ids)
        if len(self._searches) > REMEMBERED_SEARCHES:
            self._searches.popitem(last=False)
        return ids

    def _depends_on(self, model: str, paths: Iterable[str]) -> set[str]:
        """The models whose records a search over these paths reads (display names may read any)."""
        models = {model}
        for path in paths:
            current = model
            for name in path.split("."):
                if name == "display_name":
                    return set(self.models)
                field = self.models[current].get(name)
                if field is None or field.relation is None:
                    break
                models.add(field.relation)
                current = field.relation
        return models

    def _check_path(self, model: str, path: str, condition: tuple) -> None:
        head, _, rest = path.partition(".")
        if head not in self.models[model] and head not in COMPUTED:
            raise InvalidValue(f"Invalid field {model}.{head} in condition {condition!r}")
        if rest:
            field = self.models[model].get(head)
            if field is None or field.relation is None:
                raise InvalidValue(f"Invalid field {model}.{path}: {head} is not relational")
            self._check_path(field.relation, rest, condition)

    def _candidates(self, model: str, node: domains.Node) -> set[int] | frozenset[int] | None:
        """Ids among which are all the records the domain matches, from its `=` and `in` leaves on the model's own
        fields or ids (the fewest under an `&`, all of them under an `|`); None when it has none to narrow by. The
        predicate still decides each one, so the answer is the full scan's."""
        kind = node[0]
        if kind in ("&", "|"):
            found = [self._candidates(model, term) for term in domains.conjuncts(node, kind)]
            if kind == "&":
                return min((ids for ids in found if ids is not None), key=len, default=None)
            return None if any(ids is None for ids in found) else set().union(*found)  # type: ignore[arg-type]
        if kind != "leaf":
            return None
        _, path, operator, value = node
        if operator == "=?" and value is not None and value is not False:
            operator = "="
        if operator == "=":
            items = [value]
        elif operator == "in":
            items = value if isinstance(value, (list, tuple)) else [value]
        else:
            return None
        if False in items:  # `= False`, `in [False]`: empty values match too, and no index files a record as empty
            return None
        try:
            wanted = set(items)
        except TypeError:
            return None
        if path == "id":
            return wanted
        field = self.models[model].get(path)
        if field is None or field.type == "one2many" or field.computed:
            return None
        if len(wanted) == 1:
            return self._index.ids(model, path, next(iter(wanted)))
        return set().union(*(self._index.ids(model, path, v) for v in wanted))

    def _access(self, model: str, path: str) -> domains.Access:
        """How a compiled domain reads `path` on a record of `model`, each field looked up once per search."""
        head, _, rest = path.partition(".")
        field = self.models[model].get(head)
        if head == "display_name":
            return domains.Access(lambda record: self.display_name(model, record), many=False)
        if field is None or field.type not in RELATIONAL:
            return domains.Access(lambda record: record.get(head, False), many=False, key=head)
        ids = self._related_ids(head, field)
        if not rest:
            return domains.Access(ids, many=True)
        related, inner = self._records[field.relation], self._access(field.relation, rest)  # type: ignore[index,arg-type]
        if inner.many:
            return domains.Access(lambda record: [v for i in ids(record) if (r := related.get(i)) is not None for v in inner.get(r)], many=True)
        return domains.Access(lambda record: [inner.get(r) for i in ids(record) if (r := related.get(i)) is not None], many=True)

    def _related_ids(self, name: str, field: Field) -> Callable[[dict], Iterable[int]]:
        """A record's ids in a relational field: none for a False many2one; a one2many's from its inverse's index."""
        if field.computed:
            return lambda record: self._compute(name, record)
        if field.type == "many2one":
            return lambda record: [value] if (value := record.get(name, False)) else []
        if field.type == "many2many":
            return lambda record: record.get(name) or []
        return lambda record: self._index.ids(field.relation, field.inverse, record["id"])  # type: ignore[arg-type]

    def _value(self, model: str, record: dict, name: str) -> Any:
        if name == "display_name":
            return self.display_name(model, record)
        field = self.models[model].get(name)
        if field is not None and field.computed:
            return self._compute(name, record)
        if field is not None and field.type == "one2many":
            return sorted(self._index.ids(field.relation, field.inverse, record["id"]))  # type: ignore[arg-type]
        return record.get(name, False)

    def _compute(self, name: str, record: dict) -> Any:
        """A field Odoo computes on read instead of storing (the schema marks which)."""
        if name == "partner_ids":  # stock.lot
            return stock.lot_customers(self._records, self._index.ids("stock.move.line", "lot_id", record["id"]))
        raise InvalidValue(f"Field {name!r} has no compute in the sandbox")

    def _ordered(self, model: str, records: list[dict], order: str | None) -> list[dict]:
        records = sorted(records, key=lambda r: r["id"])
        for term in reversed([t.strip() for t in (order or "").split(",") if t.strip()]):
            name, _, direction = term.partition(" ")
            if name not in self.models[model] and name not in COMPUTED:
                raise InvalidValue(f"Invalid field {name!r} on model {model!r}")
            descending = direction.strip().lower() == "desc"
            present = [r for r in records if self._value(model, r, name) not in (False, None)]
            missing = [r for r in records if self._value(model, r, name) in (False, None)]
            present.sort(key=lambda r: self._value(model, r, name), reverse=descending)
            records = missing + present if descending else present + missing  # PostgreSQL: NULLs last ascending
        return records

    def _read_one(self, model: str, record: dict, fields: list[str] | None) -> dict:
        names = fields or [n for n in self.models[model]] + ["display_name", "create_date", "write_date"]
        result: dict[str, Any] = {"id": record["id"]}
        for name in names:
            if name == "id":
                continue
            if name not in self.models[model] and name not in COMPUTED:
                raise InvalidValue(f"Invalid field {name!r} on model {model!r}")
            field = self.models[model].get(name)
            value = self._value(model, record, name)
            if field is not None and field.type == "many2one":
                value = [value, self.display_name(field.relation, self._records[field.relation][value])] if value and value in self._records[field.relation] else False
            result[name] = value
        return result

    def _create(self, model: str, vals: dict, context: dict) -> int:
        if not isinstance(vals, dict):
            raise InvalidValue(f"Invalid values for {model}: {vals!r}")
        self._last_ids[model] += 1  # never reused, not even after a rollback, as a PostgreSQL sequence
        record_id = self._last_ids[model]
        record: dict[str, Any] = {"id": record_id, "create_date": now_string(), "write_date": now_string()}
        for name, field in self.models[model].items():
            if field.type != "one2many" and not field.computed:
                record[name] = field.default if field.default is not None else ([] if field.type == "many2many" else False)
        if model == "res.users" and not vals.get("partner_id") and vals.get("name"):
            vals = {**vals, "partner_id": self._create("res.partner", {"name": vals["name"]}, context)}
        if model == "res.users" and "group_ids" not in vals:
            vals = {**vals, "group_ids": self._default_groups(vals)}
        vals = {**self._defaults(model, context), **vals}
        if model == "calendar.event":
            vals = _appointment_status_and_active(vals, bool(vals.get("appointment_type_id")), created=True)
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
            vals = _appointment_status_and_active(vals, bool(record.get("appointment_type_id") or vals.get("appointment_type_id")), created=False)
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
        record["write_date"] = now_string()
        self._after_change(model, record, post, context, created=False)

    def _computed(self, model: str, vals: dict, current: dict | None) -> dict:
        """`vals` with what Odoo's compute methods would fill in from them (sale: references, line prices, currency;
        an all-day event's days)."""
        if model == "calendar.event" and vals.get("allday", (current or {}).get("allday")):
            return {**vals, **_all_day_dates(vals, current or {})}
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
            computed = {"date_order": now_string(), "currency_id": sales.company_currency(self._records)}
            if vals.get("name", "New") == "New":  # sale.order.create: the next reference of the 'sale.order' sequence
                computed["name"] = self._next_by_code("sale.order") or "New"
            return {**computed, **{k: v for k, v in vals.items() if not (k == "name" and v == "New")}}
        return vals

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
        sales.order_amounts(self._records, order)
        self._mark("sale.order", order)

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

    def _reserve(self, event: dict, capacity: int) -> None:
        """calendar.event's capacity inverse (appointment module): the event's booking lines made again, as the ORM's
        superuser, one for its user holding this capacity."""
        for line_id in list(self._index.ids("appointment.booking.line", "calendar_event_id", event["id"])):
            self._delete("appointment.booking.line", line_id)
        self._create("appointment.booking.line", {"calendar_event_id": event["id"], "capacity_reserved": capacity}, {})
        event["total_capacity_reserved"] = capacity

    def _check_public_holidays(self, leave: dict) -> None:
        """The Time Off app's constraint (hr_holidays, resource.py `_check_compare_dates`): leaves for a whole calendar
        may not overlap, even end to start, on the same working hours (the same calendar, or either one for all)."""
        if leave.get("resource_id"):
            return
        for other in self._records["resource.calendar.leaves"].values():
            if other["id"] == leave["id"] or other.get("resource_id"):
                continue
            if not (leave["date_from"] <= other["date_to"] and leave["date_to"] >= other["date_from"]):
                continue
            if leave.get("calendar_id") and other.get("calendar_id") and other["calendar_id"] != leave["calendar_id"]:
                continue
            raise ValidationError("Two public holidays cannot overlap each other for the same working hours.")

    def _check_booking_line(self, line: dict) -> None:
        """appointment.booking.line: its user is the event's unless given, must be one of the type's staff, and uses
        one unit of capacity (none when it reserves none), or what it reserves when the type manages capacities."""
        event = self._records["calendar.event"][line["calendar_event_id"]]
        if not line.get("appointment_user_id"):
            line["appointment_user_id"] = event.get("user_id") or False
        kind = self._records["appointment.type"].get(line.get("appointment_type_id") or 0)
        if kind is not None and kind.get("schedule_based_on") == "users":
            if not line["appointment_user_id"]:
                raise ValidationError("Booking line must have a user or resource set.")
            if line["appointment_user_id"] not in (kind.get("staff_user_ids") or []):
                user = self.display_name("res.users", self._records["res.users"][line["appointment_user_id"]])
                raise ValidationError(f'"{user}" cannot be used for "{kind["name"]}"')
        reserved = line.get("capacity_reserved") or 0
        line["capacity_used"] = 0 if reserved == 0 else reserved if kind is not None and kind.get("manage_capacity") else 1

    def _appointment_mail(self, event: dict, status: str, context: dict) -> None:
        """The appointment module's tracking templates: an appointment event booked, or archived before it starts,
        mails its attendees the type's booked or cancellation template. It rides on value tracking, so only
        `mail_notrack` or `tracking_disable` hold it back; `no_mail_to_attendees` does not."""
        if not event.get("appointment_type_id") or context.get("mail_notrack") or context.get("tracking_disable"):
            return
        organizer = self._records["res.users"].get(event.get("user_id") or 0, {}).get("partner_id")
        self._notify_by_email(self._create("mail.message", {
            "model": "calendar.event", "res_id": event["id"], "message_type": "notification", "date": now_string(),
            "subject": f"Appointment {status}: {event.get('name')}", "author_id": organizer or False,
            "partner_ids": [(6, 0, [p for p in event.get("partner_ids") or [] if p != organizer])],
        }, {}))

    def _with_contact_details(self, vals: dict) -> dict:
        """calendar.event.create: the description wrapped in a <div> with the organizer's and the first other
        attendee's name, email and phone appended (unless the context says `skip_contact_description`)."""
        organizer = self._records["res.users"].get(vals.get("user_id") or 0)
        partner_ids: list[int] = []
        for command in vals.get("partner_ids") or []:
            if isinstance(command, int):
                partner_ids.append(command)
            elif command[0] == 6:
                partner_ids.extend(command[2])
            elif command[0] == 4:
                partner_ids.append(command[1])
        sections: list[Markup] = []
        if organizer is not None and organizer["id"] != 1:
            sections.append(self._contact_details("Organized by", organizer["partner_id"]))
        others = sorted(p for p in set(partner_ids) if p != (organizer or {}).get("partner_id"))
        if others:
            sections.append(self._contact_details("Contact Details", others[0]))
        if not sections:
            return vals
        details = Markup("<br><br>").join(sections)
        description = Markup(f"{vals['description']}<br>") if vals.get("description") else Markup("")
        return {**vals, "description": str(Markup("<div>{}{}</div>").format(description, details))}

    def _contact_details(self, title: str, partner_id: int) -> Markup:
        partner = self._records["res.partner"][partner_id]
        lines = [Markup("<strong>{}</strong>").format(title), partner.get("name") or ""]
        if partner.get("email"):
            lines.append(Markup('<a href="mailto:{0}">{0}</a>').format(partner["email"]))
        if partner.get("phone"):
            # Odoo's Html sanitizer percent-encodes the link's spaces (odoo/tools/mail.py), not the text
            lines.append(Markup('<a href="tel:{0}">{1}</a>').format(partner["phone"].replace(" ", "%20"), partner["phone"]))
        return Markup("<br>").join(lines)

    def _meeting_activity(self, event: dict) -> None:
        """calendar.event.create: an event linked to a record that keeps activities gets a 'Meeting' activity for its
        organizer on that record. Archiving the event leaves it; deleting the event deletes it."""
        ir_model = self._records["ir.model"].get(event.get("res_model_id") or 0)
        meeting = next((t["id"] for t in self._records["mail.activity.type"].values() if t.get("category") == "meeting"), None)
        if ir_model is None or ir_model["model"] not in MAIL_THREAD or not event.get("res_id") or meeting is None:
            return
        self._create("mail.activity", {
            "res_model_id": ir_model["id"], "res_id": event["res_id"], "activity_type_id": meeting, "summary": event.get("name") or False,
            "user_id": event.get("user_id") or False, "date_deadline": (event.get("start") or now_string())[:10], "calendar_event_id": event["id"],
        }, {})
        organizer = self._records["res.users"].get(event.get("user_id") or 0)
        if organizer is not None:  # mail.activity's assignment notice, which no_mail_to_attendees does not stop
            self._notify_by_email(self._create("mail.message", {
                "model": ir_model["model"], "res_id": event["res_id"], "message_type": "user_notification", "date": now_string(),
                "subject": f"{event.get('name')}: Meeting assigned to you", "partner_ids": [(6, 0, [organizer["partner_id"]])],
            }, {}))

    def _sync_attendees(self, event: dict, created: bool, context: dict) -> None:
        """calendar.event keeps one calendar.attendee per partner in partner_ids, and mails invitations on create."""
        if event.get("start") and event.get("stop") and not event.get("duration"):
            start = datetime.strptime(event["start"], DATETIME)
            event["duration"] = (datetime.strptime(event["stop"], DATETIME) - start).total_seconds() / 3600
        records = self._records["calendar.attendee"]
        attendees = {records[i]["partner_id"]: records[i] for i in sorted(self._index.ids("calendar.attendee", "event_id", event["id"]))}
        wanted = list(event.get("partner_ids") or [])
        organizer_partner = self._records["res.users"].get(event.get("user_id") or 0, {}).get("partner_id")
        new_partners = [p for p in wanted if p not in attendees]
        for partner_id in new_partners:
            partner = self._records["res.partner"][partner_id]
            state = "accepted" if partner_id == organizer_partner else "needsAction"
            self._create("calendar.attendee", {"event_id": event["id"], "partner_id": partner_id, "state": state, "common_name": partner.get("name") or False, "email": partner.get("email") or False}, context)
        for partner_id, attendee in attendees.items():
            if partner_id not in wanted:
                self._delete("calendar.attendee", attendee["id"])
        if new_partners and not context.get("no_mail_to_attendees"):
            self._create("mail.message", {
                "model": "calendar.event", "res_id": event["id"], "message_type": "notification", "subject": f"Invitation to {event.get('name')}",
                "body": f"<p>You have been invited to {event.get('name')}</p>", "partner_ids": [(6, 0, new_partners)], "date": now_string(),
            }, {})

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

    def _mark(self, model: str, record: dict) -> None:
        self._dirty.add((model, record["id"]))
        self._changes[model] += 1
        self._index.changed(model, record["id"])

    def _flush(self) -> None:
        rows = [(m, i, json.dumps(self._records[m][i])) for m, i in self._dirty if i in self._records[m]]
        self._db.executemany("INSERT OR REPLACE INTO records (model, id, data) VALUES (?, ?, ?)", rows)
        self._db.executemany("DELETE FROM records WHERE model = ? AND id = ?", list(self._deleted))
        self._db.commit()
        self._dirty.clear()
        self._deleted.clear()

    def _rollback(self) -> None:
        """Undo the failed call: reload the touched models from the database, as a rolled-back transaction would."""
        touched = {m for m, _ in self._dirty | self._deleted}
        for model in touched:
            self._records[model] = {i: json.loads(d) for i, d in self._db.execute("SELECT id, data FROM records WHERE model = ?", (model,))}
            self._changes[model] += 1
            self._index.forget(model)
        self._dirty.clear()
        self._deleted.clear()


def _appointment_status_and_active(vals: dict, appointment: bool, created: bool) -> dict:
    """The appointment module's create/write overrides: on an appointment, archiving cancels and 'cancelled' archives
    (and on write, un-archiving books again, any other status un-archives)."""
    if not appointment:
        return vals
    if created:
        if "active" not in vals and vals.get("appointment_status") == "cancelled":
            return {**vals, "active": False}
        if "appointment_status" not in vals and vals.get("active") is False:
            return {**vals, "appointment_status": "cancelled"}
        return vals
    if "active" in vals and "appointment_status" not in vals:
        return {**vals, "appointment_status": "booked" if vals["active"] else "cancelled"}
    if "active" not in vals and "appointment_status" in vals:
        return {**vals, "active": vals["appointment_status"] != "cancelled"}
    return vals


def _all_day_dates(vals: dict, current: dict) -> dict:
    """calendar.event's date inverse: an all-day event given its days in start_date/stop_date keeps its start and
    stop at 08:00 and 18:00 of those days, naive, whatever the time zone (Odoo 19 calendar_event._inverse_dates);
    one given only start and stop keeps them as sent."""
    def day(date_field: str) -> str | None:
        value = vals.get(date_field) or current.get(date_field)
        return str(value)[:10] if value else None

    first, last = day("start_date"), day("stop_date")
    if not (first or last):  # the days follow the times sent
        return {name: str(vals[source])[:10] for name, source in (("start_date", "start"), ("stop_date", "stop")) if vals.get(source)}
    dates = {"start_date": first, "start": f"{first} 08:00:00"} if first else {}
    return {**dates, "stop_date": last, "stop": f"{last} 18:00:00"} if last else dates


def _empty(field: Field, value: Any) -> bool:
    """What a required field may not hold: nothing; a number's 0 is a value (0 == False in Python)."""
    if field.type in ("integer", "float", "monetary"):
        return value is None
    return value in (False, None, "")


def _order_fields(order: str | None) -> list[str]:
    return [term.split()[0] for term in (order or "").split(",") if term.strip()]


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def _ids(ids: Any) -> list[int]:
    if isinstance(ids, int) and not isinstance(ids, bool):
        return [ids]
    if isinstance(ids, (list, tuple)) and all(isinstance(i, int) for i in ids):
        return list(ids)
    raise InvalidValue(f"Invalid ids {ids!r}")


def _convert(model: str, name: str, field: Field, value: Any) -> Any:
    """Validate and normalise a scalar as Odoo's field classes do (dates as strings, False for empty)."""
    if value is None or value is False:
        return False if field.type not in ("integer", "float", "monetary") else 0
    kind = field.type
    try:
        if kind == "datetime":
            text = str(value)
            parsed = datetime.strptime(text, DATE) if len(text) == 10 else datetime.strptime(text[:19], DATETIME)
            return parsed.strftime(DATETIME)
        if kind == "date":
            return datetime.strptime(str(value)[:10], DATE).strftime(DATE)
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
