"""The sandbox Odoo's searches at scale (part of `python -m bench.run`): the searches of a conversation turn over the
sandbox seeded as bench/scan.py builds it (10,000 units, one client per two), timed in process through `Env.call`,
beside the reference below on the same records.

The reference is the sandbox's search as it was before domains were compiled and indexed: the domain tree
interpreted for every record, a path resolved and a `like` pattern turned into a regex per record and leaf (less
a test that never changed an answer, and with no match where it raised a TypeError: `in` a single value over an
empty x2many). It is kept here only, as the yardstick of the figures and as the oracle that
tests/test_odoo_sandbox_search.py holds the sandbox's answers to; the sandbox itself no longer has it.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime, timedelta
from itertools import count
from typing import Any

from odoo_sandbox import SandboxOdoo
from odoo_sandbox.domain import NEGATIVE, POSITIVE_OF, Node, parse, paths
from odoo_sandbox.env import Env
from odoo_sandbox.schema import MODELS
from bench.scan import CONTRACT, TODAY, build

UNITS = 10_000
REPEATS = 30


def reference_ids(env: Env, model: str, domain: list, active_test: bool = True) -> list[int]:
    """The ids a search matches, found by interpreting the domain for every record (in id order)."""
    tree = parse(domain)
    if "active" in MODELS[model] and active_test and not any(p.split(".")[0] == "active" for p in paths(tree)):
        tree = ("&", ("leaf", "active", "=", True), tree) if tree else ("leaf", "active", "=", True)
    records = env._records[model]  # noqa: SLF001 - the reference reads what the sandbox holds
    return sorted(i for i, record in records.items() if _holds(env, model, tree, record))


def _holds(env: Env, model: str, node: Node | None, record: dict) -> bool:
    if node is None:
        return True
    kind = node[0]
    if kind == "&":
        return _holds(env, model, node[1], record) and _holds(env, model, node[2], record)
    if kind == "|":
        return _holds(env, model, node[1], record) or _holds(env, model, node[2], record)
    if kind == "!":
        return not _holds(env, model, node[1], record)
    if kind == "const":
        return bool(node[1])
    _, path, operator, value = node
    values = _resolve(env, model, record, path)
    if operator == "=?":
        if value is None or value is False:
            return True
        operator = "="
    if operator in NEGATIVE:
        return not _any_match(values, POSITIVE_OF[operator], value)
    return _any_match(values, operator, value)


def _resolve(env: Env, model: str, record: dict, path: str) -> list[Any]:
    head, _, rest = path.partition(".")
    field = MODELS[model].get(head)
    if head == "display_name":
        value: Any = env.display_name(model, record)
    elif field is not None and field.type == "one2many":
        value = sorted(r["id"] for r in env._records[field.relation].values() if r.get(field.inverse) == record["id"])  # noqa: SLF001
    else:
        value = record.get(head, False)
    if field is None or field.type not in ("many2one", "one2many", "many2many"):
        return [value]
    related_ids = ([value] if value else []) if field.type == "many2one" else list(value)
    if not rest:
        return related_ids
    found: list[Any] = []
    for related_id in related_ids:
        related = env._records[field.relation].get(related_id)  # noqa: SLF001
        if related is not None:
            found.extend(_resolve(env, field.relation, related, rest))  # type: ignore[arg-type]
    return found


def _any_match(values: list[Any], operator: str, value: Any) -> bool:
    if not values:
        return operator == "=" and value is False or operator == "in" and isinstance(value, (list, tuple)) and False in value
    return any(_match(v, operator, value) for v in values)


def _match(field_value: Any, operator: str, value: Any) -> bool:
    if operator == "=":
        return bool(field_value == value or (value is False and field_value in (None, False, "")))
    if operator == "in":
        if not isinstance(value, (list, tuple)):
            value = [value]
        return field_value in value or (field_value in (None, False) and False in value)
    if field_value in (None, False):
        return False
    if operator in ("<", "<=", ">", ">="):
        if value is False or value is None:
            return False
        return {"<": field_value < value, "<=": field_value <= value, ">": field_value > value, ">=": field_value >= value}[operator]
    pattern = f"%{value}%" if operator in ("like", "ilike") else str(value)
    regex = "".join(".*" if c == "%" else "." if c == "_" else re.escape(c) for c in pattern)
    return re.fullmatch(regex, str(field_value), 0 if operator in ("like", "=like") else re.IGNORECASE | re.DOTALL) is not None


def report() -> None:
    from bench.run import timed

    sandbox = SandboxOdoo(today=TODAY)
    build(sandbox.env, UNITS, TODAY)
    env = sandbox.env
    [kind] = env.search_read("appointment.type", [], ["staff_user_ids"], limit=1)
    technicians = [u["partner_id"][0] for u in env.call("res.users", "read", [kind["staff_user_ids"]], {"fields": ["partner_id"]})]
    morning = datetime.combine(TODAY, datetime.min.time()) + timedelta(hours=14)

    def busy(repeat: int) -> list:  # each turn looks at another window, as the load's turns do
        start = morning + timedelta(days=repeat % 14, minutes=repeat)
        return [("partner_ids", "in", technicians), ("show_as", "=", "busy"),
                ("start", "<", f"{start + timedelta(hours=1):%Y-%m-%d %H:%M:%S}"), ("stop", ">", f"{start:%Y-%m-%d %H:%M:%S}")]

    searches: list[tuple[str, str, Callable[[int], list]]] = [
        ("res.partner: phone ilike its last four digits", "res.partner", lambda r: [("phone", "ilike", f"{r * 37 % 10_000:04d}")]),
        ("calendar.event: the technicians' busy events in a window", "calendar.event", busy),
        ("maintenance contracts: the units of one client", CONTRACT, lambda r: [("partner_id", "=", 1_000 + r)]),
    ]
    sizes = {model: len(env._records[model]) for _, model, _ in searches}  # noqa: SLF001
    print(f"sandbox Odoo searches in process over {UNITS:,} units ({', '.join(f'{n:,} {m}' for m, n in sizes.items())}); each repeat another value")
    for label, model, domain in searches:
        compiled, interpreted = count(), count()  # the same values in turn, each new to the sandbox's remembered searches
        fast = timed(f"  {label}", lambda: env.call(model, "search", [domain(next(compiled))], {}), REPEATS)
        slow = timed("    the same, the domain interpreted per record", lambda: reference_ids(env, model, domain(next(interpreted))), REPEATS)
        print(f"    ratio interpreted / compiled and indexed: {slow / fast:.1f}x")
        for repeat in range(REPEATS):
            assert env.call(model, "search", [domain(repeat)], {}) == reference_ids(env, model, domain(repeat)), f"{label}: answers differ"


if __name__ == "__main__":
    report()
