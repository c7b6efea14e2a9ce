"""Compiling the readers' long alternations so that Python's `re` can skip quickly through a reply.

`re` only factors a prefix out of an alternation when every alternative shares it. A pattern like
`\\bhow much\\b|\\bprice\\b|(?<![a-z] )\\bfee\\b` therefore tests the word boundary once per alternative at every
position of the text, and cannot use its fast skip over alternatives that begin with a letter. Grouping each run of
alternatives that start with `\\b` behind one `\\b` matches exactly the same text, in the same order of preference,
several times faster on long replies.
"""
from __future__ import annotations

import re

BOUNDARY = r"\b"


def compile_words(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile`, with runs of top-level alternatives that start with `\\b` grouped behind one `\\b`."""
    grouped: list[str] = []
    run: list[str] = []
    for alternative in [*_alternatives(pattern), None]:
        if alternative is not None and alternative.startswith(BOUNDARY):
            run.append(alternative[len(BOUNDARY):])
            continue
        if len(run) == 1:
            grouped.append(BOUNDARY + run[0])
        elif run:
            grouped.append(BOUNDARY + "(?:" + "|".join(run) + ")")
        run = []
        if alternative is not None:
            grouped.append(alternative)
    return re.compile("|".join(grouped), flags)


def _alternatives(pattern: str) -> list[str]:
    """The pattern cut at its top-level `|`: not inside a group, a character class or after a backslash."""
    found, start, depth, index, in_class = [], 0, 0, 0, False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            index += 2 if pattern.startswith("[^", index) else 1
            index += 1 if pattern.startswith("]", index) else 0  # a ']' first is a member, not the end
            continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            found.append(pattern[start:index])
            start = index + 1
        index += 1
    found.append(pattern[start:])
    return found
