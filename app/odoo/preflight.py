"""`fusion-assist odoo-check`: what a dealer runs before going live, with the service's own settings.

It asks Odoo what the service will ask of it, as the integration user: the server's version and the transport, every
right the configured service needs (through `has_access`, which any user may call; never `ir.model`, which only
"Access Rights" may read), the technicians' working hours, the staff login, the unit source (units due soon) and the
device types no policy covers. Each result says what to do about it in the dealer's words: the group to give, the
setting to change, the line to add to policies.toml. A `fail` is something the configured service needs that would not
work (booking, reminders, To-Dos, quotations); a `warn` works but deserves a look.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from typing import Any, Literal

import httpx

from app.config import Settings
from app.odoo.errors import OdooAccessError, OdooAuthError, OdooError, OdooNotFound, OdooUnavailable, OdooValidationError
from app.odoo.gateway import OdooGateway
from app.odoo.needed_rights import CONTRACTS, INTERNAL_USER, Need, grant, needs, quotes
from app.odoo.sources import SaleLineFields, UnitSource
from app.reminders.policy import Policies

Status = Literal["ok", "warn", "fail"]
DUE_WITHIN_DAYS = 30  # the scan's horizon for a first reminder (the default band)


@dataclass(frozen=True)
class CheckResult:
    name: str
    status: Status
    detail: str
    fix: str = ""

    def as_dict(self) -> dict[str, str]:
        return asdict(self)


def server_version(url: str, timeout: float) -> str:
    """Odoo's version ('19.0', 'saas~18.2'): `GET /web/version` (Odoo 19's rpc module: `version`), else JSON-RPC's
    `common.version` (17, 18: `server_version`)."""
    with httpx.Client(base_url=url.rstrip("/"), timeout=timeout) as client:
        response = client.get("/web/version")
        if response.status_code == 200:
            return str(response.json()["version"])
        answer = client.post("/jsonrpc", json={"jsonrpc": "2.0", "method": "call", "params": {"service": "common", "method": "version", "args": []}, "id": 1})
        return str(answer.json()["result"]["server_version"])


def run(gateway: OdooGateway, settings: Settings, policies: Policies, source: UnitSource, today: date) -> list[CheckResult]:
    """Every check, in the order a dealer fixes things; stops after the sign-in when Odoo cannot be used at all."""
    login = settings.odoo_login
    try:
        version = server_version(settings.odoo_url, settings.odoo_timeout_seconds)
    except (httpx.HTTPError, ValueError, KeyError, TypeError) as exc:
        return [CheckResult("Odoo server", "fail", f"no answer from {settings.odoo_url}: {exc.__class__.__name__}", "check FUSION_ODOO_URL")]
    found = re.search(r"(\d+)\.\d+", version)
    major = int(found.group(1)) if found else 0
    results = [_version_result(version, major), *_transport_results(settings, major)]
    try:
        users = gateway.search_read("res.users", [("login", "=", login)], ["name"], limit=1)
    except OdooAuthError:
        return [*results, CheckResult(
            "sign-in", "fail", f"Odoo refused {login!r} on database {settings.odoo_db!r}",
            f"check FUSION_ODOO_DB, FUSION_ODOO_LOGIN and the API key of {login} (Preferences → Account Security → New API Key)",
        )]
    except OdooError as exc:
        return [*results, CheckResult("sign-in", "fail", f"Odoo answered {exc.odoo_name or exc.__class__.__name__}: {exc}", "check FUSION_ODOO_URL and FUSION_ODOO_DB")]
    if not users:
        return [*results, CheckResult("sign-in", "fail", f"no active user {login!r}", f"check FUSION_ODOO_LOGIN ({login})")]
    results += _guarded("integration user", lambda: [_groups_result(gateway, login, users[0])])
    rights = [_rights_result(gateway, need, login, settings, major) for need in needs(settings, policies)]
    results += rights
    results += _guarded("free times", lambda: _slot_results(gateway, settings))
    results.append(_time_off_result(gateway, login))
    results += _guarded("staff login", lambda: [_staff_result(gateway, settings)])
    results += _source_results(gateway, settings, policies, source, today)
    results += _summaries(rights, login, quotes(policies))
    return results


def _guarded(name: str, check: Callable[[], list[CheckResult]]) -> list[CheckResult]:
    """A check Odoo refuses (a right missing, which the rights above name) reports the refusal instead of stopping."""
    try:
        return check()
    except OdooAccessError as exc:
        return [CheckResult(name, "fail", f"Odoo refused: {str(exc).splitlines()[0]}", "see the rights above")]


def _version_result(version: str, major: int) -> CheckResult:
    if major < 17:
        return CheckResult("Odoo server", "fail", f"Odoo {version}", "the service speaks to Odoo 17, 18 and 19")
    return CheckResult("Odoo server", "ok", f"Odoo {version}")


def _transport_results(settings: Settings, major: int) -> list[CheckResult]:
    """The transport the gateway takes with these settings ('auto': JSON-2 with an API key on Odoo 19 and later) and
    the credentials it signs in with."""
    chosen = settings.odoo_transport
    if chosen == "auto":
        chosen = "json2" if settings.odoo_api_key is not None and major >= 19 else "jsonrpc"
    named = f"{'JSON-2' if chosen == 'json2' else 'odoorpc over /jsonrpc'} (FUSION_ODOO_TRANSPORT={settings.odoo_transport})"
    if chosen == "json2" and major < 19:
        results = [CheckResult("transport", "fail", f"{named} on Odoo {major}: JSON-2 arrived in 19", "set FUSION_ODOO_TRANSPORT=jsonrpc")]
    elif chosen == "jsonrpc" and major >= 19:
        results = [CheckResult(
            "transport", "warn", f"{named}: deprecated in Odoo 19, scheduled for removal in Odoo 20",
            "set FUSION_ODOO_API_KEY (with FUSION_ODOO_TRANSPORT=auto or json2): JSON-2 is then used",
        )]
    else:
        results = [CheckResult("transport", "ok", named)]
    if settings.odoo_api_key is None:
        results.append(CheckResult(
            "credentials", "warn", f"{settings.odoo_login} signs in with a password",
            f"create an API key for {settings.odoo_login} (Preferences → Account Security → New API Key) and set FUSION_ODOO_API_KEY",
        ))
    return results


def _groups_result(gateway: OdooGateway, login: str, user: dict[str, Any]) -> CheckResult:
    """The integration user is internal, and no administrator: least privilege (res.users.has_group, public)."""
    def has(xmlid: str) -> bool:
        return bool(gateway.call("res.users", "has_group", [user["id"]], group_ext_id=xmlid))

    if not has("base.group_user"):
        return CheckResult("integration user", "fail", f"{login} is not an internal user", f"make {login} an internal user ({INTERNAL_USER})")
    excess = [name for xmlid, name in (("base.group_system", "Settings"), ("base.group_erp_manager", "Access Rights")) if has(xmlid)]
    if excess:
        return CheckResult(
            "integration user", "warn", f"{login} ({user['name']}) has {' and '.join(excess)}: more than the service needs",
            f"take {' and '.join(excess)} away from {login}",
        )
    return CheckResult("integration user", "ok", f"{login} ({user['name']}), internal user, no administration rights")


def _rights_result(gateway: OdooGateway, need: Need, login: str, settings: Settings, major: int) -> CheckResult:
    name = f"{need.model}: {', '.join(need.operations)}"
    missing: list[str] = []
    for operation in need.operations:
        try:
            if major >= 18:
                allowed = gateway.call(need.model, "has_access", [], operation=operation)
            else:
                allowed = gateway.call(need.model, "check_access_rights", operation=operation, raise_exception=False)
        except OdooNotFound:
            return _not_installed(need, name, settings)
        except OdooAccessError:
            allowed = False
        if not allowed:
            missing.append(operation)
    if not missing:
        return CheckResult(name, "ok", need.why)
    return CheckResult(name, "fail", f"no {' or '.join(missing)} right: {need.why}", grant(need.model, missing, login))


def _not_installed(need: Need, name: str, settings: Settings) -> CheckResult:
    if need.optional:
        fallback = f"free times from FUSION_TECHNICIAN_LOGINS' working hours ({', '.join(settings.technician_logins) or 'none set'})"
        return CheckResult(name, "warn", f"not installed: {fallback}")
    return CheckResult(
        name, "fail", f"not installed: {need.why}",
        f"install the module that defines {need.model}, or set FUSION_UNIT_SOURCE to where this Odoo keeps the units",
    )


def _slot_results(gateway: OdooGateway, settings: Settings) -> list[CheckResult]:
    """Where free times come from: the appointment type when Odoo has the module and the type, else the configured
    technicians' working hours; and whether each technician has working hours to offer."""
    appointments = "appointment_type_id" in gateway.field_types("calendar.event")
    fields = ["staff_user_ids", "manage_capacity", "user_capacity", "max_bookings"]
    kind = gateway.search_read("appointment.type", [("name", "=", settings.appointment_type_name)], fields, limit=1) if appointments else []
    if kind:
        staff = gateway.read("res.users", kind[0]["staff_user_ids"] or [], ["login"])
        source = CheckResult("free times", "ok", f"appointment type {settings.appointment_type_name!r}, {len(staff)} staff")
        return [source, _capacity_result(kind[0], settings.appointment_type_name), *(_technician_result(gateway, u["login"], u, required=False) for u in staff)]
    where = f"no appointment type {settings.appointment_type_name!r}" if appointments else "no appointment module"
    if not settings.technician_logins:
        return [CheckResult(
            "free times", "fail", f"{where} and no technicians configured: no time can be offered",
            "set FUSION_TECHNICIAN_LOGINS to the technicians' logins, e.g. [\"marc\",\"priya\"], or FUSION_APPOINTMENT_TYPE_NAME",
        )]
    results = [CheckResult("free times", "ok", f"{where}: working hours of {', '.join(settings.technician_logins)}")]
    for login in settings.technician_logins:
        found = gateway.search_read("res.users", [("login", "=", login)], ["login"], limit=1)
        results.append(_technician_result(gateway, login, found[0] if found else None, required=True))
    return results


def _capacity_result(kind: dict[str, Any], name: str) -> CheckResult:
    """Odoo's own booking page lets a staff member take `user_capacity` (capacities managed) or `max_bookings` bookings
    at one time; a technician visiting homes can take one. The assistant never books a busy technician either way."""
    capacity = kind["user_capacity"] if kind["manage_capacity"] else kind["max_bookings"]
    if capacity <= 1:
        return CheckResult("capacity", "ok", "one visit per technician at a time")
    setting = "User Capacity" if kind["manage_capacity"] else "Total Bookings"
    return CheckResult(
        "capacity", "warn", f"appointment type {name!r} lets Odoo's booking page give a technician {capacity} visits at one time "
        "(the assistant books one)", f"set {setting} to 1 on {name!r} in Odoo (Appointments > Configuration)",
    )


def _technician_result(gateway: OdooGateway, login: str, user: dict[str, Any] | None, required: bool) -> CheckResult:
    """A technician's user, resource and working-hours calendar with attendances (the slots' hours without the
    appointment module; with it, their time zone and time off)."""
    name = f"technician {login}"
    problem: Status = "fail" if required else "warn"
    if user is None:
        return CheckResult(name, "fail", f"no active user {login!r}", "check FUSION_TECHNICIAN_LOGINS")
    resources = gateway.search_read("resource.resource", [("user_id", "=", user["id"])], ["calendar_id"], limit=1)
    calendar = resources[0]["calendar_id"] if resources else None
    if calendar is None:
        return CheckResult(name, problem, "no working hours (no resource calendar)", f"give {login}'s employee a working schedule in Odoo")
    attendances = gateway.call("resource.calendar.attendance", "search_count", domain=[("calendar_id", "=", calendar[0])])
    if not attendances:
        return CheckResult(name, problem, f"working schedule {calendar[1]!r} has no hours", f"add working hours to {calendar[1]!r}")
    leaves = gateway.call("resource.calendar.leaves", "search_count", domain=[("calendar_id", "in", [calendar[0], False])])
    return CheckResult(name, "ok", f"working schedule {calendar[1]!r}: {attendances} periods; {leaves} time-off records readable")


def _time_off_result(gateway: OdooGateway, login: str) -> CheckResult:
    """Odoo 19's record rule on resource.calendar.leaves (resource module) lets an internal user read only leaves of
    no one or their own; the Time Off app (hr_holidays) adds a rule that lets internal users read every leave."""
    try:
        gateway.field_types("hr.leave")
    except OdooNotFound:
        return CheckResult(
            "technicians' time off", "warn",
            f"no Time Off app (hr_holidays): Odoo shows {login} public holidays but not a technician's own leave, so vacations do not block times",
            "install Time Off (hr_holidays), or block technicians' vacations with busy calendar events",
        )
    return CheckResult("technicians' time off", "ok", "Time Off (hr_holidays) is installed: internal users read every leave")


def _staff_result(gateway: OdooGateway, settings: Settings) -> CheckResult:
    if not settings.staff_login:
        return CheckResult("staff login", "ok", f"not set: To-Dos go to the client's salesperson, else to {settings.odoo_login}")
    found = gateway.search_read("res.users", [("login", "=", settings.staff_login)], ["name"], limit=1)
    if not found:
        return CheckResult(
            "staff login", "fail", f"no active user {settings.staff_login!r}: To-Dos would go to {settings.odoo_login}", "check FUSION_STAFF_LOGIN",
        )
    return CheckResult("staff login", "ok", f"To-Dos for unreachable clients go to {found[0]['name']} ({settings.staff_login})")


def _source_results(gateway: OdooGateway, settings: Settings, policies: Policies, source: UnitSource, today: date) -> list[CheckResult]:
    """How many units the scan would remind soon, and the device types (for lots: product categories) that no policy
    covers, so those units are never reminded."""
    name = f"units ({settings.unit_source})"
    try:
        due = [unit.unit.due_date for unit in source.due_until(today, today + timedelta(days=DUE_WITHIN_DAYS))]
        types = _device_types(gateway, settings)
    except OdooNotFound:
        return [CheckResult(name, "fail", "the source's model is not installed", "set FUSION_UNIT_SOURCE to where this Odoo keeps the units")]
    except OdooValidationError as exc:  # a field the settings name that this Odoo lacks
        return [CheckResult(name, "fail", f"Odoo refused the source's query: {str(exc).splitlines()[0]}", "check FUSION_UNIT_MAPPING or FUSION_SALE_LINE_FIELDS")]
    except (OdooAccessError, OdooUnavailable) as exc:
        return [CheckResult(name, "fail", f"could not read the units: {exc.odoo_name or exc.__class__.__name__}", "see the rights above")]
    overdue = sum(1 for day in due if day < today)
    counted = CheckResult(
        name, "ok" if due else "warn", f"{len(due)} units due in the next {DUE_WITHIN_DAYS} days ({overdue} overdue)",
        "" if due else "check FUSION_UNIT_SOURCE and its data: no reminder would go out",
    )
    uncovered = {kind: count for kind, count in types.items() if policies.category_for(kind) is None}
    if not uncovered:
        return [counted, CheckResult("policies", "ok", f"every one of {len(types)} device types has a policy")]
    listed = ", ".join(f"{kind!r} ({count})" for kind, count in sorted(uncovered.items()))
    word = "product category" if settings.unit_source == "lots" else "device type"
    return [counted, CheckResult(
        "policies", "warn", f"never reminded, no policy covers: {listed}",
        f"{word} {sorted(uncovered)[0]!r} matches no policy: add it to a category's device_types in policies.toml (FUSION_POLICIES_FILE), if it is serviced",
    )]


def _device_types(gateway: OdooGateway, settings: Settings) -> Counter[str]:
    """Units per raw device type as the source reads them: a contract's or sale line's type, a mapped field, or the
    product category of a lot delivered to a customer."""
    if settings.unit_source == "lots":
        partner_field = "partner_ids" if "partner_ids" in gateway.field_types("stock.lot") else "last_delivery_partner_id"
        lots = Counter(lot["product_id"][0] for lot in gateway.iter_search_read("stock.lot", [(partner_field, "!=", False)], ["product_id"]))
        categories: Counter[str] = Counter()
        for product in gateway.read("product.product", sorted(lots), ["categ_id"]):
            categories[_text(product["categ_id"])] += lots[product["id"]]
        return categories
    if settings.unit_source == "sale_lines":
        f = SaleLineFields(**settings.sale_line_fields)
        domain = [(f.approved, "=", True), (f.serial, "!=", False), ("order_id.state", "=", "sale")]
        return Counter(_text(line[f.device_type]) for line in gateway.iter_search_read("sale.order.line", domain, [f.device_type]))
    if settings.unit_source == "mapped":
        mapping = settings.unit_mapping
        domain = [*(tuple(t) if isinstance(t, list) else t for t in mapping.get("domain", [])), (mapping["partner"], "!=", False)]
        return Counter(_text(r[mapping["device_type"]]) for r in gateway.iter_search_read(mapping["model"], domain, [mapping["device_type"]]))
    return Counter(_text(c["device_type"]) for c in gateway.iter_search_read(CONTRACTS, [("state", "=", "active")], ["device_type"]))


def _text(value: object) -> str:
    return str(value[1]) if isinstance(value, list) else str(value or "")


def _summaries(rights: list[CheckResult], login: str, quotes: bool) -> list[CheckResult]:
    """Whether booking, To-Dos and transcripts, and quotations (when the policies ask for them) will work, from the
    rights they rest on."""
    by_model = {result.name.split(":")[0]: result for result in rights}
    parts = [
        ("booking", ("calendar.event", "calendar.attendee", "res.users"), "visits are booked, moved and cancelled in Odoo's calendar"),
        ("To-Dos and transcripts", ("res.partner", "mail.activity", "mail.activity.type", "mail.message"), "hand-offs become To-Dos, conversations notes on the contact"),
    ]
    if quotes:
        parts.append(("quotations", ("product.product", "sale.order", "sale.order.line"), "every visit gets a draft quotation"))
    summaries = []
    for name, models, works in parts:
        failing = [by_model[m] for m in models if by_model[m].status == "fail"]
        if failing:
            fixes = "; ".join(dict.fromkeys(f.fix for f in failing))
            summaries.append(CheckResult(name, "fail", f"will fail: {', '.join(f.name for f in failing)}", fixes))
        else:
            summaries.append(CheckResult(name, "ok", f"will work: {works} as {login}"))
    return summaries
