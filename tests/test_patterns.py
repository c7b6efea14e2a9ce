"""The readers' pattern helpers make matching faster: they must find exactly what `re` finds, by every method."""
from __future__ import annotations

import re

from hypothesis import given, settings, strategies as st

from dialogs.patterns import _alternatives, compile_words, search, sub

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
    assert compile_words(r"\ba|\bb|(?<!x)c|\bd|\be(f|g)|h").compiled.pattern == r"\b(?:a|b)|(?<!x)c|\b(?:d|e(f|g))|h"


def test_needles_are_the_literals_a_match_cannot_do_without() -> None:
    assert set(compile_words(r"\b(?:i work|je travaille) (\d+)").needles) == {"i work", "je travaille"}
    assert set(compile_words(r"\b(a|ce) soir\b|\btonight\b").needles) == {" soir", "tonight"}
    assert compile_words(r"(?i)stop").needles == ()  # 'STOP' holds no 'stop'
    assert compile_words(r"\b\d+\b").needles == ()


@settings(max_examples=600, deadline=None)
@given(TEXT)
def test_the_fast_forms_find_what_re_finds(text: str) -> None:
    for pattern in PATTERNS:
        ours, theirs = compile_words(pattern), re.compile(pattern)
        for method in ("search", "match", "fullmatch"):
            found, expected = getattr(ours, method)(text), getattr(theirs, method)(text)
            assert (found and (found.span(), found.groups())) == (expected and (expected.span(), expected.groups())), (method, pattern, text)
        assert ours.match(text, 2) is None if theirs.match(text, 2) is None else ours.match(text, 2).span() == theirs.match(text, 2).span()
        assert [m.span() for m in ours.finditer(text)] == [m.span() for m in theirs.finditer(text)], (pattern, text)
        assert ours.sub("<\\g<0>>", text) == theirs.sub("<\\g<0>>", text), (pattern, text)
        found = search(pattern, text)
        assert (found and found.span()) == (theirs.search(text) and theirs.search(text).span()), (pattern, text)
        assert sub(pattern, "<\\g<0>>", text) == re.sub(pattern, "<\\g<0>>", text), (pattern, text)
