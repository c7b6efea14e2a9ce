"""`compile_words` regroups alternations for speed: it must match exactly what `re.compile` matches."""
from __future__ import annotations

import re

from hypothesis import given, settings, strategies as st

from dialogs.patterns import _alternatives, compile_words

PATTERNS = (
    r"\bhow much\b|\bprice\b|(?<![a-z]{3} )\bfee\b|\bcost(?:s|ing)?\b",
    r"\b(mon|tue)day\b|\bnext (week)\b|[|\]]x|\b(?:a|ab)\b(?! c)|(?<=b )\bc",
    r"^(?:no |non )?\bstop\b|\bcall (?:me|us)\b|\\b|\b[^]|a]z\b|\barr[eê]t\b",
)
TEXT = st.text(alphabet="abcdefhikmnorstuwyxz|]\\ ", max_size=40) | st.sampled_from(
    ["how much is it", "a fee then", "the fee", "monday or next week", "ab c", "b c", "no stop", "call me", "q]x", "\\b", "w z"])


def test_alternatives_are_cut_only_at_the_top_level() -> None:
    assert _alternatives(r"\ba|[|(]x|\b(c|d)|[]|]|[^]|]y|\\|z") == [r"\ba", "[|(]x", r"\b(c|d)", "[]|]", "[^]|]y", "\\\\", "z"]


def test_runs_of_word_boundaries_share_one() -> None:
    assert compile_words(r"\ba|\bb|(?<!x)c|\bd|\be(f|g)|h").pattern == r"\b(?:a|b)|(?<!x)c|\b(?:d|e(f|g))|h"


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_the_regrouped_pattern_finds_the_same_match(text: str) -> None:
    for pattern in PATTERNS:
        ours, theirs = compile_words(pattern).search(text), re.compile(pattern).search(text)
        assert (ours and (ours.span(), ours.groups())) == (theirs and (theirs.span(), theirs.groups())), (pattern, text)
