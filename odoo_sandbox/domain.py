"""Odoo domains: prefix `&`, `|`, `!` with an implicit `&`, leaves `[path, operator, value]`.

A domain is compiled once per search into a predicate over records: each leaf's operator and value become one test
(a `like` pattern one compiled regex, an `in` list one set), and the caller binds each path to its field lookup, so
a search over N records interprets nothing N times.
"""
from __future__ import annotations

import operator as op
import re
import string
from collections.abc import Callable
from typing import Any, NamedTuple

from .errors import InvalidValue

OPERATORS = {"=", "!=", "<", "<=", ">", ">=", "in", "not in", "like", "ilike", "not like", "not ilike", "=like", "=ilike", "=?"}
NEGATIVE = {"!=", "not in", "not like", "not ilike"}
POSITIVE_OF = {"!=": "=", "not in": "in", "not like": "like", "not ilike": "ilike"}
TRUE_LEAF, FALSE_LEAF = (1, "=", 1), (0, "=", 1)
COMPARISONS = {"<": op.lt, "<=": op.le, ">": op.gt, ">=": op.ge}
EMPTY = (None, False)  # a field without a value (0 and 0.0 are in it too: they equal False)
CASELESS = frozenset(string.digits + string.punctuation + " ") - {"%", "_"}  # what no case-insensitive match widens

Node = tuple
Predicate = Callable[[dict], bool]
Test = Callable[[Any], bool]


class Access(NamedTuple):
    """How a predicate reads one path of a record: `get(record)` is its one value, or (`many`) the values found along
    the path, none for a False many2one or an empty x2many; `key` names a value stored on the record itself, which
    the predicate then reads with no call between."""

    get: Callable[[dict], Any]
    many: bool
    key: str | None = None


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
                raise InvalidValue(f"Invalid operator in condition {tuple(term)!r}")
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


def leaves(node: Node | None) -> list[tuple]:
    """Every (path, operator, value) of the domain, for messages that name the condition as Odoo does."""
    if node is None or node[0] == "const":
        return []
    if node[0] == "leaf":
        return [tuple(node[1:])]
    return [leaf for child in node[1:] for leaf in leaves(child)]


def conjuncts(node: Node, kind: str) -> list[Node]:
    """The operands of a chain of one connective, left to right: ('&', a, ('&', b, c)) gives [a, b, c]."""
    if node[0] != kind:
        return [node]
    return [term for child in node[1:] for term in conjuncts(child, kind)]


def predicate(node: Node | None, access: Callable[[str], Access]) -> Predicate:
    """The domain as one predicate; `&` and `|` evaluate left to right and stop early, as the tree reads."""
    if node is None:
        return lambda record: True
    kind = node[0]
    if kind == "const":
        return (lambda record: True) if node[1] else (lambda record: False)
    if kind == "!":
        inner = predicate(node[1], access)
        return lambda record: not inner(record)
    if kind == "leaf":
        return _leaf(node[1], node[2], node[3], access)
    terms = [predicate(term, access) for term in conjuncts(node, kind)]
    if len(terms) == 2:
        first, second = terms
        if kind == "&":
            return lambda record: first(record) and second(record)
        return lambda record: first(record) or second(record)
    if kind == "&":
        def every(record: dict) -> bool:
            for term in terms:
                if not term(record):
                    return False
            return True
        return every

    def some(record: dict) -> bool:
        for term in terms:
            if term(record):
                return True
        return False
    return some


def matcher(operator: str, value: Any) -> Callable[[list[Any]], bool]:
    """Whether a leaf holds for the values found along its path (name_search's test on a display name)."""
    return _leaf("", operator, value, lambda path: Access(lambda values: values, many=True))


def _leaf(path: str, operator: str, value: Any, access: Callable[[str], Access]) -> Predicate:
    get, many, key = access(path)
    if operator == "=?":
        if value is None or value is False:
            return lambda record: True
        operator = "="
    negative = operator in NEGATIVE
    positive = POSITIVE_OF.get(operator, operator)
    test = value_test(positive, value)
    if key is not None:
        if operator == "=" and value is not False:
            return lambda record: record.get(key, False) == value
        if negative:
            return lambda record: not test(record.get(key, False))
        return lambda record: test(record.get(key, False))
    if not many:
        if negative:
            return lambda record: not test(get(record))
        return lambda record: test(get(record))
    # an empty x2many or a False many2one at the start of the path
    empty = positive == "=" and value is False or positive == "in" and isinstance(value, (list, tuple)) and False in value

    def holds(record: dict) -> bool:
        values = get(record)
        return any(map(test, values)) if values else empty
    if negative:
        return lambda record: not holds(record)
    return holds


def value_test(operator: str, value: Any) -> Test:
    """The test of one field value against a positive operator and its value, prepared once."""
    if operator == "=":
        if value is False:
            return lambda v: v in (None, False, "")
        return lambda v: v == value
    if operator == "in":
        return _membership(value if isinstance(value, (list, tuple)) else [value])
    if operator in COMPARISONS:
        if value is False or value is None:
            return lambda v: False
        compare = COMPARISONS[operator]

        def compares(v: Any) -> bool:
            if v in EMPTY:
                return False
            try:
                return compare(v, value)
            except TypeError as exc:
                raise InvalidValue(f"Invalid comparison {v!r} {operator} {value!r}") from exc
        return compares
    text = str(value)
    if operator == "ilike" and set(text) <= CASELESS:  # digits and punctuation (a phone's): `%text%` is a substring
        return lambda v: v not in EMPTY and text in str(v)
    regex = like_regex(f"%{text}%" if operator in ("like", "ilike") else text, case_sensitive=operator in ("like", "=like"))
    return lambda v: v not in EMPTY and regex.fullmatch(str(v)) is not None


def _membership(items: list | tuple) -> Test:
    """`in`: a set lookup when the values hash (equal numbers and booleans hash alike, so it agrees with the list)."""
    with_false = False in items
    try:
        members: frozenset | list | tuple = frozenset(items)
    except TypeError:
        members = items

    def contains(v: Any) -> bool:
        try:
            found = v in members
        except TypeError:  # an unhashable field value: the list's own test
            found = v in items
        return found or with_false and v in EMPTY
    return contains


def like_regex(pattern: str, case_sensitive: bool) -> re.Pattern[str]:
    """SQL LIKE as a regex for fullmatch: `%` any run, `_` one character; ilike also ignores case across lines."""
    regex = "".join(".*" if c == "%" else "." if c == "_" else re.escape(c) for c in pattern)
    return re.compile(regex, 0 if case_sensitive else re.IGNORECASE | re.DOTALL)
