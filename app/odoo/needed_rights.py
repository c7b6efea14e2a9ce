"""The rights in Odoo the configured service needs, model by model and what for, and the standard group a dealer
gives for each: what `fusion-assist odoo-check` asks Odoo about and names in its fixes."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from app.config import Settings
from app.reminders.policy import Policies

CONTRACTS = "fusion.repair.maintenance.contract"  # the default unit source

# the standard group a dealer gives for a right the service needs, from Odoo 19's access rules (ir.model.access.csv of
# base, sale, stock); every other right the service needs comes with being an internal user
INTERNAL_USER = "Role / User (an internal user)"
SALES = "Sales / User: All Documents"
GROUP_FOR: dict[tuple[str, str], str] = {
    ("res.partner", "write"): "Contact / Creation",
    ("stock.lot", "read"): "Inventory / User",
    ("sale.order", "read"): SALES, ("sale.order", "create"): SALES, ("sale.order", "write"): SALES,
    ("sale.order.line", "read"): SALES, ("sale.order.line", "create"): SALES,
}
STANDARD_PREFIXES = ("res.", "calendar.", "resource.", "mail.", "product.", "sale.", "stock.", "appointment.")


@dataclass(frozen=True)
class Need:
    """Rights on one model the configured service uses, and what for; `optional` models may be missing (a module
    not installed) without failing."""

    model: str
    operations: tuple[str, ...]
    why: str
    optional: bool = False


def needs(settings: Settings, policies: Policies) -> list[Need]:
    """Every model and operation the service's Odoo calls make with these settings (app/odoo/*.py, the Odoo email
    channel), merged per model."""
    wanted = [
        Need("res.partner", ("read",), "clients by phone"),
        Need("res.partner", ("write",), "transcripts (message_post) and To-Dos (activity_schedule) need the right to post on the contact"),
        Need("res.users", ("read",), "technicians and the staff login"),
        Need("res.company", ("read",), "the dealer's own contact, for a To-Do about a number no client has"),
        Need("calendar.event", ("read", "create", "write"), "busy time; booking, moving and cancelling visits"),
        Need("calendar.attendee", ("read",), "a technician's events re-read before booking"),
        Need("resource.resource", ("read",), "technicians' working hours"),
        Need("resource.calendar", ("read",), "technicians' working hours"),
        Need("resource.calendar.attendance", ("read",), "technicians' working hours"),
        Need("resource.calendar.leaves", ("read",), "time off and holidays"),
        Need("mail.activity", ("create",), "To-Dos for staff"),
        Need("mail.activity.type", ("read",), "the To-Do activity type"),
        Need("mail.message", ("create",), "transcripts in the client's chatter"),
        Need("appointment.type", ("read",), "the appointment type's staff and hours (Enterprise)", optional=True),
        Need("appointment.slot", ("read",), "the appointment type's hours (Enterprise)", optional=True),
    ]
    if settings.email_channel == "odoo":
        wanted.append(Need("mail.message", ("read",), "emails already posted (FUSION_EMAIL_CHANNEL=odoo)"))
    if quotes(policies):
        wanted += [
            Need("product.product", ("read",), "the visits' service products"),
            Need("sale.order", ("read", "create", "write"), "a draft quotation for every visit"),
            Need("sale.order.line", ("create",), "the quotation's lines"),
        ]
    wanted += _source_needs(settings)
    return _merged(wanted)


def quotes(policies: Policies) -> bool:
    """Whether some visits get a draft quotation: the defaults or a category quote them with a service product."""
    return any(policies.service_product(name) for name in [None, *(c.name for c in policies.categories)])


def _source_needs(settings: Settings) -> list[Need]:
    why = f"the units to remind (FUSION_UNIT_SOURCE={settings.unit_source})"
    if settings.unit_source == "sale_lines":
        return [Need("sale.order.line", ("read",), why), Need("sale.order", ("read",), why)]
    if settings.unit_source == "lots":
        return [
            Need("stock.lot", ("read",), why), Need("product.product", ("read",), why), Need("product.category", ("read",), why),
            Need("stock.move.line", ("read",), why), Need("stock.location", ("read",), why),
        ]
    if settings.unit_source == "mapped":
        return [Need(str(settings.unit_mapping["model"]), ("read",), why)]
    return [Need(CONTRACTS, ("read",), why)]


def _merged(wanted: Iterable[Need]) -> list[Need]:
    merged: dict[str, Need] = {}
    for need in wanted:
        known = merged.get(need.model)
        if known is None:
            merged[need.model] = need
            continue
        operations = known.operations + tuple(op for op in need.operations if op not in known.operations)
        merged[need.model] = Need(need.model, operations, f"{known.why}; {need.why}", known.optional and need.optional)
    return list(merged.values())


def grant(model: str, operations: list[str], login: str) -> str:
    """The plain fix for missing rights: the standard group that grants them, or, on a custom model, its maintainer."""
    if not model.startswith(STANDARD_PREFIXES):
        return f"ask whoever maintains the module of {model} to let {login}'s groups {' and '.join(operations)} it"
    groups = list(dict.fromkeys(GROUP_FOR.get((model, op), INTERNAL_USER) for op in operations))
    return f"give {login} the group {' and '.join(groups)}"
