"""Every labelled reply of the tuned corpus files is understood as labelled (intent, option, windows, exclusions)."""
from __future__ import annotations

from collections import Counter

import pytest

from dialogs.understand import INTENTS, DayParts, understand
from tests.corpus import BLIND, NOW, Row, agrees, load, load_tuned

ROWS = load_tuned()
CATEGORIES = {"contrast", "clock", "offset", "range", "weekday_set", "long", "caregiver", "fr_ca", "intents", "typos"}


def test_the_corpus_is_large_and_covers_every_intent_and_category_in_both_languages() -> None:
    rows = load_tuned()
    assert len(rows) >= 1000
    assert set(Counter(row.intent for row in rows)) == set(INTENTS)
    assert {row.locale for row in rows} == {"en_CA", "fr_CA"}
    assert Counter(row.locale for row in rows)["fr_CA"] >= 0.4 * len(rows)
    assert CATEGORIES <= {row.category for row in rows}


def test_the_blind_holdout_is_large_french_and_covers_every_category() -> None:
    rows = load(BLIND)
    assert len(rows) >= 250 and Counter(row.locale for row in rows)["fr_CA"] >= 0.4 * len(rows)
    assert all(Counter(row.category for row in rows)[category] >= 25 for category in CATEGORIES)


@pytest.mark.parametrize("row", ROWS, ids=[f"{i}:{r.text[:30]}" for i, r in enumerate(ROWS)])
def test_reply_is_understood_as_labelled(row: Row) -> None:
    heard = understand(row.text, row.now, row.locale)
    if not agrees(row, heard):
        windows, excluded = row.expected_windows() if row.intent == "when" else ([], [])
        pytest.fail(f"{row.text!r}: got {heard.intent} {heard.choice} {heard.windows[:2]}… excl {heard.excluded}; "
                    f"want {row.intent} {row.choice} {windows[:2]}… excl {excluded}")


def test_very_long_and_empty_texts_never_raise() -> None:
    assert understand("", NOW).intent == "unknown"
    assert understand("🙂" * 5000, NOW).intent == "unknown"
    assert understand("tomorrow afternoon " + "blah " * 5000, NOW).intent == "when"


def test_parts_of_day_follow_the_dealers_business_hours() -> None:
    early_bird = DayParts(day=(7.0, 18.0), morning=(7.0, 11.0), afternoon=(11.0, 16.0), evening=(16.0, 18.0))
    [(start, end)] = understand("tomorrow morning", NOW, parts=early_bird).windows
    assert (start.hour, end.hour) == (7, 11)
    [(start, end)] = understand("tomorrow late afternoon", NOW, parts=early_bird).windows
    assert (start.hour, end.hour) == (14, 16)
    [(start, end)] = understand("Thursday", NOW, parts=early_bird).windows
    assert (start.hour, end.hour) == (7, 18)
