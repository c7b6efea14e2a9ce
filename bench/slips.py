"""How well the reader stands up to one slip of the fingers: every tuned 'when' reply that is read right gets one
keyboard slip in one of its time words (a neighbouring key, two keys swapped, a key missed or pressed twice), and
the share still read right is reported. Seeded, so a run compares with the next."""
from __future__ import annotations

import random
import re
from dataclasses import replace

from dialogs.spelling import KEY_AT
from dialogs.understand import understand
from dialogs.vocabulary import MONTHS, PART_WORDS, RELATIVE_DAYS, WEEKDAYS
from tests.corpus import agrees, load_tuned

TIME_WORDS = {w for w in {*WEEKDAYS, *PART_WORDS, *RELATIVE_DAYS, *MONTHS} if len(w) >= 5 and w.isalpha()} | {
    "next", "week", "semaine", "prochaine", "after", "before", "avant", "apres"}
NEIGHBOURS = {key: [other for other, (row, x) in KEY_AT.items() if other != key and (
    (row == KEY_AT[key][0] and abs(x - KEY_AT[key][1]) == 1) or (abs(row - KEY_AT[key][0]) == 1 and abs(x - KEY_AT[key][1]) < 1))]
    for key in KEY_AT}


def slipped(word: str, rng: random.Random) -> str:
    """The word with one slip inside it (never its first or last letter, which people rarely miss)."""
    i = rng.randrange(1, len(word) - 1)
    kind = rng.choice(("neighbour", "swap", "missed", "twice"))
    if kind == "neighbour" and NEIGHBOURS.get(word[i]):
        return word[:i] + rng.choice(NEIGHBOURS[word[i]]) + word[i + 1:]
    if kind == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if kind == "missed":
        return word[:i] + word[i + 1:]
    return word[:i] + word[i] + word[i:]


def report(seeds: tuple[int, ...] = (1, 2, 3)) -> None:
    rows = [row for row in load_tuned() if row.intent == "when" and agrees(row, understand(row.text, row.now, row.locale))]
    for seed in seeds:
        rng = random.Random(seed)
        tried = right = 0
        for row in rows:
            words = [m for m in re.finditer(r"[A-Za-z]+", row.text) if m.group(0).lower() in TIME_WORDS]
            if not words:
                continue
            word = rng.choice(words)
            text = row.text[:word.start()] + slipped(word.group(0).lower(), rng) + row.text[word.end():]
            tried += 1
            right += agrees(replace(row, text=text), understand(text, row.now, row.locale))
        print(f"  one keyboard slip in a time word (seed {seed}): {right}/{tried} = {right / tried:.1%} still read right")
