"""Who may call what, as Odoo 19 checks it at the RPC entry: access.py's model access rules and record rules for the
caller's groups, and the right to post on the document a new message or activity is about; and the groups Odoo
computes for its users (implied groups, whether a user is internal).
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from . import access, orm
from . import domain as domains
from .errors import AccessError
from .schema import DESCRIPTIONS


class Security(orm.Database):
    """The checks `Env.call` makes for a caller, the methods that answer what a caller may do, and users' groups."""

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
        users = orm.record_ids(ids)
        if len(users) != 1:
            raise ValueError(f"Expected singleton: res.users({', '.join(map(str, users))})")
        user_id, caller = users[0], (context or {}).get("uid")
        groups = self._caller_groups(context or {})
        if caller is not None and caller != user_id and groups is not None and "base.group_user" not in groups:
            raise AccessError("You can ony call user.has_group() with your current user.")
        group_id = self._xmlids("res.groups").get(group_ext_id)
        return group_id is not None and group_id in (self._get("res.users", user_id).get("all_group_ids") or [])

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
