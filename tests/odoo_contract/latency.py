"""Latency of each kind of call the service makes, on each transport, against the Odoo the contract suite's
FUSION_TEST_ODOO_* variables name (see conftest.py): the median and the slowest of N calls through `OdooGateway`.

    python -m tests.odoo_contract.latency [N]

What it writes (events, activities, notes, quotations) is in the far future and removed again where the user may;
quotations the integration user may not delete are cancelled (or deleted with FUSION_TEST_ODOO_ADMIN_LOGIN/PASSWORD).
"""
from __future__ import annotations

import os
import statistics
import sys
import time
from collections.abc import Callable
from datetime import timedelta
from typing import Any
from urllib.parse import urlsplit

import odoorpc

from app.odoo.errors import OdooNotFound
from app.odoo.gateway import OdooGateway
from app.odoo.transports import Json2Transport, JsonRpcTransport

from .conftest import REAL_ENV, TIMEOUT, Found, far_future, tag


def timed(n: int, call: Callable[[int], Any]) -> list[float]:
    call(-1)  # warm: the first call of a kind pays for connections and caches
    times = []
    for index in range(n):
        began = time.perf_counter()
        call(index)
        times.append((time.perf_counter() - began) * 1000)
    return times


def measure(transport: str, n: int) -> dict[str, list[float]]:
    url, db, login, key = (os.environ[name] for name in REAL_ENV)
    gateway = OdooGateway(Json2Transport(url, db, key, TIMEOUT) if transport == "json2" else JsonRpcTransport(url, db, login, key, TIMEOUT))
    admin_login, admin_password = os.environ.get("FUSION_TEST_ODOO_ADMIN_LOGIN"), os.environ.get("FUSION_TEST_ODOO_ADMIN_PASSWORD")
    admin = OdooGateway(JsonRpcTransport(url, db, admin_login, admin_password, TIMEOUT)) if admin_login and admin_password else None
    found = Found(gateway)
    technician, client, lot, product = found.technician, found.client, found.lot, found.service_product
    start = far_future(weeks=70)
    events: list[int] = []
    results: dict[str, list[float]] = {}

    def event(index: int) -> int:
        moment = start + timedelta(days=7 * (index + 1))
        event_id = gateway.create("calendar.event", {
            "name": f"latency {tag()}", "start": moment, "stop": moment + timedelta(hours=1), "duration": 1.0, "user_id": technician.user_id,
            "partner_ids": [(6, 0, [client["id"], technician.partner_id])], "show_as": "busy", "res_id": lot.id, "description": "<p>latency</p>",
        }, context={"default_res_model": found.unit_model, "no_mail_to_attendees": True})
        events.append(event_id)
        return event_id

    if transport == "jsonrpc":
        parts = urlsplit(url)
        host, port = parts.hostname or "127.0.0.1", parts.port or (443 if parts.scheme == "https" else 8069)
        protocol = "jsonrpc+ssl" if parts.scheme == "https" else "jsonrpc"
        results["login (odoorpc, once per client)"] = timed(n, lambda i: odoorpc.ODOO(host, protocol=protocol, port=port, timeout=TIMEOUT).login(db, login, key))
    results["fields_get calendar.event"] = timed(n, lambda i: gateway.call("calendar.event", "fields_get", attributes=["type"]))
    results["has_access (ids=[])"] = timed(n, lambda i: gateway.call("calendar.event", "has_access", [], operation="create"))
    results["search_read res.users by login"] = timed(n, lambda i: gateway.search_read("res.users", [("login", "=", technician.login)], ["name", "partner_id"]))
    results["search_read res.partner phone ilike"] = timed(n, lambda i: gateway.search_read("res.partner", [("phone", "ilike", client["phone"][-4:])], ["name", "phone", "lang", "tz"]))
    results["read res.partner"] = timed(n, lambda i: gateway.read("res.partner", [client["id"]], ["name", "phone", "user_id"]))
    results["search_read stock.lot partner_ids"] = timed(n, lambda i: gateway.search_read("stock.lot", [("partner_ids", "!=", False)], ["name", "product_id", "partner_ids"]))
    results["search_read calendar.attendee busy"] = timed(n, lambda i: gateway.search_read("calendar.attendee", [
        ("partner_id", "in", [technician.partner_id]), ("state", "!=", "declined"), ("event_id.show_as", "=", "busy"),
        ("event_id.active", "=", True), ("event_id.start", "<", start + timedelta(days=60)), ("event_id.stop", ">", start),
    ], ["partner_id", "event_id"]))
    results["search_read resource.calendar.leaves"] = timed(n, lambda i: gateway.search_read("resource.calendar.leaves", [
        ("time_type", "=", "leave"), ("calendar_id", "in", [False, technician.calendar_id]), ("resource_id", "in", [False, technician.resource_id]),
        ("date_to", ">", start), ("date_from", "<", start + timedelta(days=60)),
    ], ["date_from", "date_to", "resource_id", "calendar_id"]))
    results["search_read resource.calendar.attendance"] = timed(n, lambda i: gateway.search_read(
        "resource.calendar.attendance", [("calendar_id", "=", technician.calendar_id)], ["dayofweek", "hour_from", "hour_to"]))
    results["create calendar.event"] = timed(n, event)
    results["write calendar.event (archive)"] = timed(n, lambda i: gateway.write("calendar.event", [events[i]], {"active": False}, context={"no_mail_to_attendees": True}))
    results["unlink calendar.event"] = timed(n, lambda i: gateway.call("calendar.event", "unlink", [events.pop()]))
    activities: list[int] = []
    results["res.partner activity_schedule"] = timed(n, lambda i: activities.extend(gateway.call(
        "res.partner", "activity_schedule", [client["id"]], act_type_xmlid="mail.mail_activity_data_todo", summary=f"latency {tag()}",
        note="<p>latency</p>", date_deadline=start.date(), user_id=technician.user_id)))
    messages: list[int] = []
    results["res.partner message_post"] = timed(n, lambda i: messages.extend(gateway.call(
        "res.partner", "message_post", [client["id"]], body="<p>latency</p>", message_type="comment", subtype_xmlid="mail.mt_note", body_is_html=True)))
    orders: list[int] = []
    results["sale.order create"] = timed(n, lambda i: orders.append(gateway.create_once("sale.order", {
        "partner_id": client["id"], "origin": f"latency {tag()}", "commitment_date": start,
        "order_line": [(0, 0, {"product_id": product["id"], "name": product["name"], "product_uom_qty": 1.0})]})))

    def missing(i: int) -> None:
        try:
            gateway.search_read("fusion.contract.no_such_model", [], ["id"], limit=1)
        except OdooNotFound:
            pass

    results["error: unknown model (OdooNotFound)"] = timed(n, missing)
    # what is left: events (none), activities, notes, quotations
    if events:
        gateway.call("calendar.event", "unlink", events)
    gateway.call("mail.activity", "unlink", activities)
    gateway.call("mail.message", "unlink", messages)
    gateway.call("sale.order", "action_cancel", orders, context={"disable_cancel_warning": True})
    if admin is not None:
        admin.call("sale.order", "unlink", orders)
    return results


def main() -> None:
    if not all(os.environ.get(name) for name in REAL_ENV):
        sys.exit(f"set {', '.join(REAL_ENV)}")
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    by_transport = {transport: measure(transport, n) for transport in ("jsonrpc", "json2")}
    kinds = list(dict.fromkeys(k for results in by_transport.values() for k in results))
    print(f"median / max of {n} calls, ms")
    print(f"{'call':45} {'jsonrpc':>16} {'json2':>16}")
    for kind in kinds:
        cells = []
        for transport in ("jsonrpc", "json2"):
            times = by_transport[transport].get(kind)
            cells.append(f"{statistics.median(times):7.1f} / {max(times):6.1f}" if times else f"{'-':>16}")
        print(f"{kind:45} {cells[0]:>16} {cells[1]:>16}")


if __name__ == "__main__":
    main()
