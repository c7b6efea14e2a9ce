"""A labelled reply keeps its reading when it is rewritten the way clients and their families also write it
(tests/rewrites.py). Each rewrite runs over a fixed sample of the tuned corpus, whose labels are met in full."""
from __future__ import annotations

import pytest

from dialogs.understand import understand
from tests.corpus import agrees, load_tuned
from tests.rewrites import KEPT, kept

SAMPLE = load_tuned()[::3]


@pytest.mark.parametrize("rewrite", sorted(KEPT))
def test_a_reply_keeps_its_reading_when_rewritten(rewrite: str) -> None:
    rows = [row for row in SAMPLE if kept(rewrite, row)]
    misread = [(text, row.intent, row.detail, heard.intent) for row in rows
               if not agrees(row, heard := understand(text := KEPT[rewrite](row), row.now, row.locale))]
    assert not misread, f"{len(misread)} of {len(rows)} misread, e.g. {misread[:5]}"
