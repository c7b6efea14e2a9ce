"""How the readers run their patterns fast enough to answer in a few milliseconds.

Two costs dominate on a long reply. First, `re` only factors a prefix out of an alternation when every alternative
shares it: a pattern like `\\bhow much\\b|\\bprice\\b|(?<![a-z] )\\bfee\\b` tests the word boundary once per alternative at
every position of the text, and cannot use its fast skip over alternatives that begin with a letter. `compile_words`
groups each run of alternatives that start with `\\b` behind one `\\b`: the same matches, several times faster.

Second, most patterns find nothing in most replies, yet each scans the whole text. Every pattern here first looks
for the literal text any match must contain (its needles, read from the parsed pattern) with `str.__contains__`, a
fast scan, and runs the expression only when one is there.
"""
from __future__ import annotations

import re
import re._constants as sre  # the parsed form of a pattern: the only place its required literals can be read
import re._parser as sre_parse
from functools import lru_cache
from typing import Callable, Iterator

BOUNDARY = r"\b"
MOST_NEEDLES = 40  # beyond this, looking for each costs about as much as the search
Replacement = str | Callable[[re.Match[str]], str]


class Words:
    """A compiled pattern that answers 'no match' at once when the text holds none of its needles."""

    __slots__ = ("compiled", "needles", "needle")

    def __init__(self, compiled: re.Pattern[str], needles: tuple[str, ...]) -> None:
        self.compiled, self.needles = compiled, needles
        self.needle = needles[0] if len(needles) == 1 else None  # most patterns have one: `in` alone skips a generator

    def _may_match(self, text: str) -> bool:
        if self.needle is not None:
            return self.needle in text
        return not self.needles or any(map(text.__contains__, self.needles))

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self.compiled.search(text, pos) if self._may_match(text) else None

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self.compiled.match(text, pos) if self._may_match(text) else None

    def fullmatch(self, text: str) -> re.Match[str] | None:
        return self.compiled.fullmatch(text) if self._may_match(text) else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(text) if self._may_match(text) else iter(())

    def sub(self, replacement: Replacement, text: str) -> str:
        return self.compiled.sub(replacement, text) if self._may_match(text) else text


def compile_words(pattern: str) -> Words:
    """The pattern compiled once, regrouped and with its needles."""
    return _prepared(pattern)


def _grouped(pattern: str) -> str:
    """Runs of top-level alternatives that start with `\\b` behind one `\\b`: the same matches in the same order."""
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
    return "|".join(grouped)


def sub(pattern: str, replacement: Replacement, text: str) -> str:
    """`re.sub` for a pattern written inline, compiled once."""
    return _prepared(pattern).sub(replacement, text)


def search(pattern: str, text: str) -> re.Match[str] | None:
    """`re.search` for a pattern written inline, compiled once."""
    return _prepared(pattern).search(text)


@lru_cache(maxsize=None)
def _prepared(pattern: str) -> Words:
    compiled = re.compile(_grouped(pattern))
    if compiled.flags & re.IGNORECASE:  # 'STOP' holds no 'stop'
        return Words(compiled, ())
    needles = _shortest(_needles(sre_parse.parse(pattern).data) or frozenset())
    return Words(compiled, tuple(sorted(needles, key=len)) if needles and len(needles) <= MOST_NEEDLES else ())


def _shortest(needles: frozenset[str]) -> frozenset[str]:
    """Without the needles that hold another one ('monday' holds 'mon'): a text with them has the shorter one too,
    and each needle left out is a scan of the text saved when none is there."""
    return frozenset(n for n in needles if not any(other in n for other in needles if other != n))


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
            found = frozenset().union(*(a for a in alternatives if a)) if all(alternatives) else None
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
