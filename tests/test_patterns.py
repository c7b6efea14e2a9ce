"""The readers' pattern helpers make matching faster: they must find exactly what `re` finds."""
from __future__ import annotations

import re

from hypothesis import given, settings, strategies as st

from dialogs.patterns import _alternatives, _prepared, compile_words, search, sub

PATTERNS = (
    r"\bhow much\b|\bprice\b|(?<![a-z]{3} )\bfee\b|\bcost(?:s|ing)?\b",
    r"\b(mon|tue)day\b|\bnext (week)\b|[|\]]x|\b(?:a|ab)\b(?! c)|(?<=b )\bc",
    r"^(?:no |non )?\bstop\b|\bcall (?:me|us)\b|\\b|\b[^]|a]z\b|\barr[eê]t\b",
    r"\b(?:i work|je travaille) (?:du|from) (\w+)|\bwe+k\b|\b(a|ce) soir\b(?!-la)|\btonight\b",
    r"(?:ni|not) (?:after|apres) (?=\d)|(\d) ?h ?(\d\d)\b|x{2,}y",
)
SAMPLES = ["how much is it", "a fee then", "the fee", "monday or next week", "ab c", "b c", "no stop", "call me", "q]x",
           "\\b", "w z", "i work from home", "je travaille du lundi", "one weeek", "ce soir", "a soir-la", "tonight",
           "not after 4", "ni apres 9", "9 h 30", "9h30", "xxy", "xy"]
TEXT = st.text(alphabet="abcdefhikmnorstuwyxz09|]\\ ", max_size=40) | st.sampled_from(SAMPLES) | st.lists(st.sampled_from(SAMPLES), max_size=3).map(" ".join)


def test_alternatives_are_cut_only_at_the_top_level() -> None:
    assert _alternatives(r"\ba|[|(]x|\b(c|d)|[]|]|[^]|]y|\\|z") == [r"\ba", "[|(]x", r"\b(c|d)", "[]|]", "[^]|]y", "\\\\", "z"]


def test_runs_of_word_boundaries_share_one() -> None:
    assert compile_words(r"\ba|\bb|(?<!x)c|\bd|\be(f|g)|h").pattern == r"\b(?:a|b)|(?<!x)c|\b(?:d|e(f|g))|h"


def test_needles_are_the_literals_a_match_cannot_do_without() -> None:
    assert set(_prepared(r"\b(?:i work|je travaille) (\d+)", 0)[1]) == {"i work", "je travaille"}
    assert set(_prepared(r"\b(a|ce) soir\b|\btonight\b", 0)[1]) == {" soir", "tonight"}
    assert _prepared(r"stop", re.IGNORECASE)[1] == ()  # 'STOP' holds no 'stop'
    assert _prepared(r"\b\d+\b", 0)[1] == ()


@settings(max_examples=600, deadline=None)
@given(TEXT)
def test_the_fast_forms_find_what_re_finds(text: str) -> None:
    for pattern in PATTERNS:
        ours, theirs = compile_words(pattern).search(text), re.compile(pattern).search(text)
        assert (ours and (ours.span(), ours.groups())) == (theirs and (theirs.span(), theirs.groups())), (pattern, text)
        found = search(pattern, text)
        assert (found and found.span()) == (theirs and theirs.span()), (pattern, text)
        assert sub(pattern, "<\\g<0>>", text) == re.sub(pattern, "<\\g<0>>", text), (pattern, text)
