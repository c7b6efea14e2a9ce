"""Who may do what in the sandbox, as Odoo 19 decides it: groups with their implications and the model access rules
(ir.model.access), as facts.

The facts are those of Odoo 19's own data for the modules a dealer running the service has installed (base, mail,
calendar, resource, hr, product, sale with sales_team, stock with sale_stock, account): the groups' names, privileges
and `implied_ids` from their security XML, and every rule of their `ir.model.access.csv` on a model the sandbox has.
Four models are not Community's: `appointment.type`, `appointment.slot` and `appointment.booking.line` (Enterprise's
appointment module, facts read from its access data: internal users may read them, only the module's own groups
change them; administrators here stand for those) and the dealer's own `fusion.repair.maintenance.contract`
(readable by internal users, everything for administrators).

Odoo checks a model's rule for the caller's groups (implied ones included) at the RPC entry: the sandbox does the same
in `Env.call`, never for what the ORM does on its own (attendees of a new event, mail queued by a post, sequences).
"""
from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass

from .errors import AccessError

SUPERUSER_ID = 1  # Odoo's superuser: every check passes
OPERATIONS = ("read", "write", "create", "unlink")


@dataclass(frozen=True)
class Group:
    xmlid: str
    name: str
    privilege: str | None = None  # res.groups.privilege: the UI shows "Privilege / Name"
    implied: tuple[str, ...] = ()


GROUPS: tuple[Group, ...] = (
    Group("base.group_user", "Role / User"),
    Group("base.group_portal", "Role / Portal"),
    Group("base.group_public", "Role / Public"),
    Group("base.group_erp_manager", "Access Rights", implied=("base.group_user",)),
    Group("base.group_partner_manager", "Creation", "Contact"),
    Group("product.group_product_manager", "Create", "Products"),
    # base.group_partner_manager and product.group_product_manager name group_system in their implied_by_ids
    Group("base.group_system", "Role / Administrator", implied=("base.group_erp_manager", "base.group_partner_manager", "product.group_product_manager")),
    Group("sales_team.group_sale_salesman", "User: Own Documents Only", "Sales", ("base.group_user",)),
    Group("sales_team.group_sale_salesman_all_leads", "User: All Documents", "Sales", ("sales_team.group_sale_salesman",)),
    Group("sales_team.group_sale_manager", "Administrator", "Sales", ("sales_team.group_sale_salesman_all_leads",)),
    Group("stock.group_stock_user", "User", "Inventory", ("base.group_user",)),
    Group("stock.group_stock_manager", "Administrator", "Inventory", ("stock.group_stock_user",)),
    Group("hr.group_hr_user", "Officer: Manage all employees", "Employees", ("base.group_user",)),
    Group("hr.group_hr_manager", "Administrator", "Employees", ("hr.group_hr_user",)),
    Group("account.group_account_readonly", "Show Accounting Features - Readonly", implied=("base.group_user",)),
    Group("account.group_account_invoice", "Invoicing", "Accounting", ("base.group_user",)),
    Group("account.group_account_basic", "Basic", implied=("account.group_account_invoice",)),
    Group("account.group_account_user", "Show Full Accounting Features", implied=("account.group_account_basic", "account.group_account_readonly")),
    Group("account.group_account_manager", "Administrator", "Accounting", ("account.group_account_invoice",)),
)
GROUP_BY_XMLID = {group.xmlid: group for group in GROUPS}

# what installing the apps gives the admin (their manager groups list base.user_admin) and OdooBot
ADMIN_GROUPS = ("base.group_system", "sales_team.group_sale_manager", "stock.group_stock_manager", "hr.group_hr_manager", "account.group_account_manager")


@dataclass(frozen=True)
class ModelAccess:
    """One ir.model.access rule; `group` None is a global rule (everyone)."""

    model: str
    group: str | None
    read: bool
    write: bool
    create: bool
    unlink: bool

    def grants(self, operation: str) -> bool:
        return bool(getattr(self, operation))


def _rules(model: str, *rows: tuple[str | None, str]) -> list[ModelAccess]:
    """Rules of one model as the CSVs write them: (group, 'rwcu' as four 0/1 digits)."""
    return [ModelAccess(model, group, *(flag == "1" for flag in perms)) for group, perms in rows]


ACCESS: tuple[ModelAccess, ...] = tuple(
    _rules("ir.model", ("base.group_erp_manager", "1111"), ("base.group_user", "0000"))
    + _rules("ir.model.data", ("base.group_erp_manager", "1111"), ("base.group_user", "0000"))
    + _rules("ir.sequence", ("base.group_user", "1000"), ("base.group_system", "1111"))
    + _rules("res.company", ("base.group_erp_manager", "1111"), ("base.group_public", "1000"), ("base.group_portal", "1000"), ("base.group_user", "1000"))
    + _rules(
        "res.currency", ("base.group_public", "1000"), ("base.group_portal", "1000"), ("base.group_user", "1000"), ("base.group_system", "1111"),
        ("account.group_account_manager", "1111"),
    )
    + _rules("res.groups", ("base.group_erp_manager", "1111"), ("base.group_user", "1000"))
    + _rules("res.groups.privilege", ("base.group_user", "1000"), ("base.group_erp_manager", "1111"))
    + _rules(
        "res.partner", ("base.group_public", "1000"), ("base.group_portal", "1000"), ("base.group_partner_manager", "1111"), ("base.group_user", "1000"),
        ("sales_team.group_sale_salesman", "1000"), ("sales_team.group_sale_manager", "1110"), ("stock.group_stock_manager", "1110"),
        ("account.group_account_manager", "1000"),
    )
    + _rules("res.users", ("base.group_public", "1000"), ("base.group_portal", "1000"), ("base.group_user", "1000"), ("base.group_erp_manager", "1111"))
    + _rules("mail.message", ("base.group_public", "1000"), ("base.group_portal", "1111"), ("base.group_user", "1111"))
    + _rules("mail.mail", ("base.group_system", "1111"))
    + _rules("mail.notification", ("base.group_portal", "1000"), ("base.group_user", "1110"), ("base.group_system", "1111"))
    + _rules(
        "mail.message.subtype", ("base.group_public", "1000"), ("base.group_portal", "1000"), ("base.group_user", "1000"), ("base.group_system", "1111"),
    )
    + _rules("mail.activity", ("base.group_user", "1111"))
    + _rules("mail.activity.type", ("base.group_user", "1000"), ("base.group_system", "1111"), ("sales_team.group_sale_manager", "1111"))
    + _rules("calendar.attendee", ("base.group_portal", "0000"), ("base.group_user", "1111"))
    + _rules("calendar.event", ("base.group_portal", "1000"), ("base.group_user", "1111"), ("base.group_partner_manager", "1111"))
    + _rules("resource.calendar", ("base.group_user", "1000"), ("base.group_system", "1111"), ("hr.group_hr_user", "1111"))
    + _rules("resource.calendar.attendance", ("base.group_user", "1000"), ("base.group_system", "1111"), ("hr.group_hr_user", "1111"))
    + _rules("resource.resource", ("base.group_system", "1000"), ("base.group_user", "1000"), ("hr.group_hr_user", "1111"), ("hr.group_hr_manager", "1111"))
    + _rules("resource.calendar.leaves", ("base.group_user", "1111"), ("base.group_system", "1111"))
    + _rules("hr.leave", ("base.group_user", "1111"))
    + _rules("product.category", ("base.group_user", "1000"), ("product.group_product_manager", "1111"))
    + _rules(
        "product.product", ("base.group_user", "1000"), ("product.group_product_manager", "1111"), ("stock.group_stock_user", "1000"),
        ("account.group_account_readonly", "1000"),
    )
    + _rules(
        "sale.order", ("base.group_portal", "1000"), ("account.group_account_readonly", "1000"), ("account.group_account_invoice", "1100"),
        ("account.group_account_user", "1100"), ("sales_team.group_sale_salesman", "1110"), ("sales_team.group_sale_manager", "1111"),
        ("stock.group_stock_user", "1100"),
    )
    + _rules(
        "sale.order.line", ("base.group_portal", "1000"), ("account.group_account_readonly", "1000"), ("account.group_account_invoice", "1100"),
        ("account.group_account_user", "1100"), ("sales_team.group_sale_salesman", "1111"), ("stock.group_stock_user", "1100"),
    )
    + _rules(
        "stock.location", ("base.group_partner_manager", "1000"), ("stock.group_stock_manager", "1111"), ("base.group_user", "1000"),
        ("sales_team.group_sale_salesman", "1000"), ("sales_team.group_sale_manager", "1000"),
    )
    + _rules("stock.lot", ("stock.group_stock_user", "1111"))
    + _rules("stock.picking", ("stock.group_stock_user", "1111"), ("stock.group_stock_manager", "1111"))
    + _rules("stock.move.line", ("stock.group_stock_manager", "1111"), ("stock.group_stock_user", "1111"), ("base.group_user", "1111"))
    + _rules(
        "account.tax", ("sales_team.group_sale_salesman", "1000"), ("base.group_user", "1000"), ("account.group_account_readonly", "1000"),
        ("account.group_account_invoice", "1000"), ("account.group_account_manager", "1111"),
    )
    # not Community's (see the module's docstring)
    + _rules("appointment.type", ("base.group_user", "1000"), ("base.group_system", "1111"))
    + _rules("appointment.slot", ("base.group_user", "1000"), ("base.group_system", "1111"))
    + _rules("appointment.booking.line", ("base.group_user", "1000"), ("base.group_system", "1111"))
    + _rules("appointment.invite", ("base.group_user", "1111"))
    + _rules("fusion.repair.maintenance.contract", ("base.group_user", "1000"), ("base.group_system", "1111"))
)

# the RPC methods the sandbox serves that Odoo checks a model rule for: the model checked (None: the called one) and
# the operation; fields_get, context_get, has_access, has_group and check_access_rights check none
CHECKED: dict[str, tuple[str | None, str]] = {
    "search": (None, "read"), "search_read": (None, "read"), "search_count": (None, "read"), "read": (None, "read"),
    "name_search": (None, "read"), "create": (None, "create"), "write": (None, "write"), "unlink": (None, "unlink"),
    "action_cancel": (None, "write"), "action_confirm": (None, "write"),  # they write the orders
    "message_post": ("mail.message", "create"), "activity_schedule": ("mail.activity", "create"),
}
# records whose creation Odoo also checks against the document they belong to (mail.message and mail.activity's
# `_check_access`): the document needs the thread's `_mail_post_access`, 'write' on every model the sandbox has
ON_DOCUMENTS = {"mail.message": "model", "mail.activity": "res_model"}
CREATED_BY = {"message_post": "mail.message", "activity_schedule": "mail.activity"}
MAIL_POST_ACCESS = "write"


def _index() -> dict[tuple[str, str], tuple[bool, frozenset[str]]]:
    """(model, operation) -> (a global rule grants it, the groups whose rules grant it)."""
    granted: dict[tuple[str, str], tuple[bool, frozenset[str]]] = {}
    for rule in ACCESS:
        for operation in OPERATIONS:
            if rule.grants(operation):
                everyone, groups = granted.get((rule.model, operation), (False, frozenset()))
                granted[(rule.model, operation)] = (everyone or rule.group is None, groups | ({rule.group} if rule.group else set()))
    return granted


_GRANTED = _index()


def check_operation(operation: str) -> None:
    """Odoo asserts the mode before looking at any rule."""
    if operation not in OPERATIONS:
        raise AssertionError("Invalid access mode")  # what ir.model.access's own check raises over RPC


def allowed(model: str, operation: str, groups: Collection[str]) -> bool:
    """ir.model.access.check: a global rule, or a rule of one of the caller's groups (implied ones included), grants it."""
    check_operation(operation)
    everyone, granting = _GRANTED.get((model, operation), (False, frozenset()))
    return everyone or not granting.isdisjoint(groups)


def group_names_with_access(model: str, operation: str) -> list[str]:
    """The names of the groups whose rules grant the operation, as Odoo lists them: 'Privilege/Name', by privilege
    then name, groups without a privilege last."""
    rules = [rule for rule in ACCESS if rule.model == model and rule.group and rule.grants(operation)]
    groups = [GROUP_BY_XMLID[rule.group] for rule in rules if rule.group in GROUP_BY_XMLID]
    ordered = sorted(groups, key=lambda g: (g.privilege is None, g.privilege or "", g.name))
    return [f"{g.privilege}/{g.name}" if g.privilege else g.name for g in ordered]


_HEADERS = {
    "read": "You are not allowed to access '{kind}' ({model}) records.",
    "write": "You are not allowed to modify '{kind}' ({model}) records.",
    "create": "You are not allowed to create '{kind}' ({model}) records.",
    "unlink": "You are not allowed to delete '{kind}' ({model}) records.",
}


def access_error(model: str, description: str, operation: str) -> AccessError:
    """ir.model.access._make_access_error: what was refused, the groups that may, and whom to ask."""
    groups = "\n".join(f"\t- {name}" for name in group_names_with_access(model, operation))
    allowed_to = f"This operation is allowed for the following groups:\n{groups}" if groups else "No group currently allows this operation."
    header = _HEADERS[operation].format(kind=description, model=model)
    return AccessError(f"{header}\n\n{allowed_to}\n\nContact your administrator to request access if necessary.")


def document_error(description: str, operation: str, ids: list[int], uid: int) -> AccessError:
    """mail.message's and mail.activity's `_make_access_error`: refused because of the document they belong to."""
    return AccessError(
        "The requested operation cannot be completed due to security restrictions. Please contact your system administrator.\n\n"
        f"(Document type: {description}, Operation: {operation})\n\nRecords: {ids[:6]}, User: {uid}"
    )


@dataclass(frozen=True)
class RecordRule:
    """One ir.rule with groups: for their members, the records an operation may touch. Odoo ORs the rules of the
    user's groups per operation; `requires` names the model whose module brings the rule (None: always there).
    Domains are written in prefix form, one term each, so that ORing them is prefixing '|'."""

    model: str
    group: str
    operations: frozenset[str]
    domain: Callable[[int], list]
    requires: str | None = None


READ, MODIFY = frozenset({"read"}), frozenset({"write", "create", "unlink"})
RECORD_RULES: tuple[RecordRule, ...] = (
    # resource: an employee reads leaves of no one or their own, and changes only their own; an admin the global ones
    RecordRule("resource.calendar.leaves", "base.group_user", READ,
               lambda uid: ["|", ("resource_id", "=", False), ("resource_id.user_id", "in", [False, uid])]),
    RecordRule(
        "resource.calendar.leaves", "base.group_user", MODIFY,
        lambda uid: ["&", ("resource_id", "!=", False), ("resource_id.user_id", "in", [False, uid])],
    ),
    RecordRule("resource.calendar.leaves", "base.group_erp_manager", MODIFY, lambda uid: [("resource_id", "=", False)]),
    # hr_holidays (Time Off): every internal user reads every leave
    RecordRule("resource.calendar.leaves", "base.group_user", READ, lambda uid: [], requires="hr.leave"),
)
RULED_MODELS = frozenset(rule.model for rule in RECORD_RULES)


def rule_domain(model: str, operation: str, groups: frozenset[str], uid: int, installed: Iterable[str]) -> list | None:
    """The domain the user's record rules allow for the operation (the rules ORed), or None when none applies."""
    present = set(installed)
    domains = [
        rule.domain(uid) for rule in RECORD_RULES
        if rule.model == model and operation in rule.operations and rule.group in groups and (rule.requires is None or rule.requires in present)
    ]
    if not domains:
        return None
    if any(not domain for domain in domains):
        return []
    return ["|"] * (len(domains) - 1) + [term for domain in domains for term in domain]


def rule_error(model: str, description: str, operation: str, user: str, uid: int) -> AccessError:
    """ir.rule._make_access_error, as a user without technical features sees it."""
    return AccessError(
        "Uh-oh! Looks like you have stumbled upon some top-secret records.\n\n"
        f"Sorry, {user} (id={uid}) doesn't have '{operation}' access to:\n- {description} ({model})\n\n"
        "If you really, really need access, perhaps you can win over your friendly administrator with a batch of freshly baked cookies."
    )

