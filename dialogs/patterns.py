"""How the readers run their patterns fast enough to answer in a few milliseconds.

Two costs dominate on a long reply. First, `re` only factors a prefix out of an alternation when every alternative
shares it: a pattern like `\\bhow much\\b|\\bprice\\b|(?<![a-z] )\\bfee\\b` tests the word boundary once per alternative at
every position of the text, and cannot use its fast skip over alternatives that begin with a letter. `compile_words`
groups each run of alternatives that start with `\\b` behind one `\\b`: the same matches, several times faster.

Second, the readers rewrite a reply with a long series of substitutions, most of which find nothing. `sub` and
`search` first look for the literal text any match must contain (its needles, read from the parsed pattern) with
`str.__contains__`, and run the expression only when one is there.
"""
from __future__ import annotations

import re
import re._constants as sre  # the parsed form of a pattern: the only place its required literals can be read
import re._parser as sre_parse
from functools import lru_cache
from typing import Callable

BOUNDARY = r"\b"
MOST_NEEDLES = 6  # beyond this, looking for each costs about as much as the search


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


def sub(pattern: str, replacement: str | Callable[[re.Match[str]], str], text: str, flags: int = 0) -> str:
    """`re.sub`, skipped when the text lacks every literal a match needs."""
    compiled, needles = _prepared(pattern, flags)
    if needles and not any(needle in text for needle in needles):
        return text
    return compiled.sub(replacement, text)


def search(pattern: str, text: str) -> re.Match[str] | None:
    """`re.search`, skipped when the text lacks every literal a match needs."""
    compiled, needles = _prepared(pattern, 0)
    if needles and not any(needle in text for needle in needles):
        return None
    return compiled.search(text)


@lru_cache(maxsize=None)
def _prepared(pattern: str, flags: int) -> tuple[re.Pattern[str], tuple[str, ...]]:
    compiled = compile_words(pattern, flags)
    if compiled.flags & re.IGNORECASE:
        return compiled, ()
    needles = _needles(sre_parse.parse(pattern, flags).data)
    return compiled, tuple(needles) if needles and len(needles) <= MOST_NEEDLES else ()


def _needles(items: list) -> frozenset[str] | None:
    """Literals of which every match holds at least one, the most selective set found; None when none is certain."""
    candidates: list[frozenset[str]] = []
    run: list[str] = []
    for op, argument in items:
        if op is sre.LITERAL:
            run.append(chr(argument))
            continue
        if run:
            candidates.append(frozenset({"".join(run)}))
            run = []
        found = None
        if op is sre.SUBPATTERN and not argument[1] & re.IGNORECASE:
            found = _needles(argument[3])
        elif op is sre.BRANCH:
            alternatives = [_needles(alternative) for alternative in argument[1]]
            found = frozenset().union(*alternatives) if all(alternatives) else None
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and argument[0] >= 1:
            found = _needles(argument[2])
        if found:
            candidates.append(found)
    if run:
        candidates.append(frozenset({"".join(run)}))
    return max(candidates, key=lambda needles: (min(map(len, needles)), -len(needles)), default=None)


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
