"""How the reading stands up to rewrites clients also write (tests/rewrites.py): for each one, the share of tuned
replies the rewrite changes that keep their reading. The kept ones are tested at 100 % on a sample; this reads them
over the whole corpus, beside the measured ones (a slip in any long word, no punctuation between sentences)."""
from __future__ import annotations

from dataclasses import replace

from dialogs.understand import understand
from tests.corpus import agrees, load_tuned
from tests.rewrites import KEPT, MEASURED, kept


def report() -> None:
    rows = load_tuned()
    for name, rewrite in (*KEPT.items(), *MEASURED.items()):
        tried = right = 0
        for row in rows:
            text = rewrite(row)
            if text == row.text or (name in KEPT and not kept(name, row)):
                continue
            tried += 1
            right += agrees(replace(row, text=text), understand(text, row.now, row.locale))
        print(f"  rewritten, {name}: {right}/{tried} = {right / tried:.1%} keep their reading")
