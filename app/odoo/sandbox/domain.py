"""Odoo domains: prefix `&`, `|`, `!` with an implicit `&`, leaves `[path, operator, value]`, evaluated in Python."""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from .errors import InvalidValue

OPERATORS = {"=", "!=", "<", "<=", ">", ">=", "in", "not in", "like", "ilike", "not like", "not ilike", "=like", "=ilike", "=?"}
NEGATIVE = {"!=", "not in", "not like", "not ilike"}
POSITIVE_OF = {"!=": "=", "not in": "in", "not like": "like", "not ilike": "ilike"}
TRUE_LEAF, FALSE_LEAF = (1, "=", 1), (0, "=", 1)

Node = tuple
Resolver = Callable[[dict, str], list[Any]]  # (record, dotted path) -> the values found along it


def parse(domain: Any) -> Node | None:
    """A tree of ('&', a, b) / ('|', a, b) / ('!', a) / ('leaf', path, op, value); None for an empty domain."""
    if not isinstance(domain, (list, tuple)):
        raise InvalidValue(f"Invalid domain: {domain!r}")
    stack: list[Node] = []
    for term in reversed(domain):
        if term in ("&", "|"):
            if len(stack) < 2:
                raise InvalidValue(f"Invalid domain: {domain!r}")
            stack.append((term, stack.pop(), stack.pop()))
        elif term == "!":
            if not stack:
                raise InvalidValue(f"Invalid domain: {domain!r}")
            stack.append(("!", stack.pop()))
        elif isinstance(term, (list, tuple)) and len(term) == 3:
            path, operator, value = term
            if tuple(term) in (TRUE_LEAF, FALSE_LEAF):
                stack.append(("const", tuple(term) == TRUE_LEAF))
                continue
            if not isinstance(path, str) or operator not in OPERATORS:
                raise InvalidValue(f"Invalid leaf {list(term)!r}")
            stack.append(("leaf", path, operator, value))
        else:
            raise InvalidValue(f"Invalid leaf {term!r}")
    if not stack:
        return None
    node = stack.pop()
    while stack:
        node = ("&", node, stack.pop())
    return node


def paths(node: Node | None) -> set[str]:
    if node is None:
        return set()
    if node[0] == "leaf":
        return {node[1]}
    if node[0] == "const":
        return set()
    return set().union(*(paths(child) for child in node[1:]))


def evaluate(node: Node | None, record: dict, resolve: Resolver) -> bool:
    if node is None:
        return True
    kind = node[0]
    if kind == "&":
        return evaluate(node[1], record, resolve) and evaluate(node[2], record, resolve)
    if kind == "|":
        return evaluate(node[1], record, resolve) or evaluate(node[2], record, resolve)
    if kind == "!":
        return not evaluate(node[1], record, resolve)
    if kind == "const":
        return node[1]
    _, path, operator, value = node
    values = resolve(record, path)
    if operator == "=?":
        if value is None or value is False:
            return True
        operator = "="
    if operator in NEGATIVE:
        return not _any_match(values, POSITIVE_OF[operator], value)
    return _any_match(values, operator, value)


def _any_match(values: list[Any], operator: str, value: Any) -> bool:
    if not values:  # an empty x2many or a False many2one at the start of the path
        return operator == "=" and value is False or operator == "in" and False in (value or [])
    return any(_match(v, operator, value) for v in values)


def _match(field_value: Any, operator: str, value: Any) -> bool:
    if operator == "=":
        return field_value == value or (value is False and field_value in (None, False, "")) or _same_number(field_value, value)
    if operator == "in":
        if not isinstance(value, (list, tuple)):
            value = [value]
        return field_value in value or (field_value in (None, False) and False in value)
    if field_value in (None, False):
        return False
    if operator in ("<", "<=", ">", ">="):
        if value is False or value is None:
            return False
        try:
            return {"<": field_value < value, "<=": field_value <= value, ">": field_value > value, ">=": field_value >= value}[operator]
        except TypeError as exc:
            raise InvalidValue(f"Invalid comparison {field_value!r} {operator} {value!r}") from exc
    text, pattern = str(field_value), str(value)
    if operator in ("like", "ilike"):
        pattern = f"%{pattern}%"
    return _like(text, pattern, case_sensitive=operator in ("like", "=like"))


def _same_number(a: Any, b: Any) -> bool:
    return isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool) and a == b


def _like(text: str, pattern: str, case_sensitive: bool) -> bool:
    regex = "".join(".*" if c == "%" else "." if c == "_" else re.escape(c) for c in pattern)
    return re.fullmatch(regex, text, 0 if case_sensitive else re.IGNORECASE | re.DOTALL) is not None
