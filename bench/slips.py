"""How well the reader stands up to how people really mistype. Every tuned reply that is read right is typed again
with one kind of slip, and the share still read right is reported:

- one keyboard slip (a neighbouring key, two keys swapped, a key missed or pressed twice) in a time word of a 'when'
  reply, and in the word that carries any other intent: the word whose removal changes the reading ('stop', 'passed',
  'vendu', 'pogné'); a slip that makes another real word is drawn again, since no reader can tell it from a choice;
- on 'when' replies: an apostrophe left out ('cant', 'jpeux'), two words typed as one ('nextweek'), a word split at
  its seam ('tues day'), accents left out; on every reply: the whole text in capitals.

A slip must never make an opt-out: every reply read as `stop` that is not labelled so is counted. Seeded, so a run
compares with the next."""
from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import replace

from dialogs.folding import fold
from dialogs.slips import KEY_AT, is_word, next_to
from dialogs.understand import understand
from dialogs.vocabulary import MONTHS, PART_WORDS, RELATIVE_DAYS, WEEKDAYS
from tests.corpus import Row, agrees, load_tuned

TIME_WORDS = {w for w in {*WEEKDAYS, *PART_WORDS, *RELATIVE_DAYS, *MONTHS} if len(w) >= 5 and w.isalpha()} | {
    "next", "week", "semaine", "prochaine", "after", "before", "avant", "apres"}
NEIGHBOURS = {key: [other for other in KEY_AT if other != key and next_to(key, other)] for key in KEY_AT}
SEEDS = (1, 2, 3)
WORD = re.compile(r"[^\W\d_]+")
SEAM = re.compile(r"\b(?:(mon|tues|wednes|thurs|fri|satur|sun)(day)|(to)(morrow|day|night)|(after)(noon)|(week)(end|day)|(lunch|supper)(time)"
                  r"|(aujourd)'?(hui)|(apres|avant)-(midi))\b", re.I)  # where a word falls apart when the space bar is hit
Variant = Callable[[Row, random.Random], str | None]


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


def _no_word(word: str, rng: random.Random) -> str | None:
    """A slip in the word that makes no other real word, or None when ten tries all make one ('died' → 'dies')."""
    for _ in range(10):
        typed = slipped(word, rng)
        if typed != word and not is_word(fold(typed)):
            return typed
    return None


def _replaced(text: str, match: re.Match[str], new: str) -> str:
    return text[:match.start()] + new + text[match.end():]


def _time_word_slip(row: Row, rng: random.Random) -> str | None:
    words = [m for m in WORD.finditer(row.text) if fold(m.group(0)) in TIME_WORDS]
    if not words:
        return None
    word = rng.choice(words)
    return _replaced(row.text, word, slipped(word.group(0).lower(), rng))


def _carriers(row: Row) -> list[re.Match[str]]:
    """The words of four letters or more whose removal changes how the reply is read: those that carry its intent."""
    return [m for m in WORD.finditer(row.text) if len(m.group(0)) >= 4
            and not agrees(row, understand(_replaced(row.text, m, ""), row.now, row.locale))]


def _apostrophe_dropped(row: Row, rng: random.Random) -> str | None:
    marks = list(re.finditer(r"(?<=\w)['\u2019](?=\w)", row.text))
    return _replaced(row.text, rng.choice(marks), "") if marks else None


def _words_joined(row: Row, rng: random.Random) -> str | None:
    """Two words typed as one, a time word among them ('nextweek', 'mondaymorning')."""
    pairs = [m for m in re.finditer(r"(?=\b([^\W\d_]+) ([^\W\d_]+)\b)", row.text)
             if fold(m.group(1)) in TIME_WORDS or fold(m.group(2)) in TIME_WORDS]
    if not pairs:
        return None
    pair = rng.choice(pairs)
    return row.text[:pair.start()] + row.text[pair.start():].replace(" ", "", 1)


def _word_split(row: Row, rng: random.Random) -> str | None:
    seams = list(SEAM.finditer(row.text))
    return _replaced(row.text, seam, " ".join(filter(None, seam.groups()))) if seams and (seam := rng.choice(seams)) else None


def _unaccented(row: Row, rng: random.Random) -> str | None:
    plain = "".join(c for c in unicodedata.normalize("NFKD", row.text) if not unicodedata.combining(c))
    return plain if plain != row.text else None


def _capitals(row: Row, rng: random.Random) -> str | None:
    return row.text.upper() if row.text.upper() != row.text else None


def _measure(rows: list[Row], variant: Variant, seed: int) -> tuple[Counter[str], Counter[str], int]:
    """Per intent, how many replies were typed the other way and how many were still read right; and how many became
    an opt-out that is none."""
    rng = random.Random(seed)
    tried: Counter[str] = Counter()
    right: Counter[str] = Counter()
    stops = 0
    for row in rows:
        text = variant(row, rng)
        if text is None:
            continue
        heard = understand(text, row.now, row.locale)
        tried[row.intent] += 1
        right[row.intent] += agrees(replace(row, text=text), heard)
        stops += heard.intent == "stop" and row.intent != "stop"
    return tried, right, stops


def _line(label: str, tried: int, right: int, stops: int) -> str:
    return f"  {label}: {right}/{tried} = {right / max(tried, 1):.1%} still read right, {stops} read as an opt-out"


def _carrier_slips(rows: list[Row]) -> Iterator[str]:
    """One slip in the word that carries each intent, overall per seed and per intent over all seeds."""
    carried = [(row, found) for row in rows if row.intent != "when" and (found := _carriers(row))]
    by_row = {id(row): found for row, found in carried}

    def variant(row: Row, rng: random.Random) -> str | None:
        word = rng.choice(by_row[id(row)])
        typed = _no_word(word.group(0).lower(), rng)
        return None if typed is None else _replaced(row.text, word, typed)

    tried_all: Counter[str] = Counter()
    right_all: Counter[str] = Counter()
    for seed in SEEDS:
        tried, right, stops = _measure([row for row, _ in carried], variant, seed)
        tried_all += tried
        right_all += right
        yield _line(f"one slip in the word that carries the intent (seed {seed})", sum(tried.values()), sum(right.values()), stops)
    yield "    per intent, all seeds: " + ", ".join(f"{intent} {right_all[intent] / tried_all[intent]:.0%} of {tried_all[intent]}"
                                                   for intent in sorted(tried_all, key=lambda i: right_all[i] / tried_all[i]))


def report() -> None:
    rows = [row for row in load_tuned() if agrees(row, understand(row.text, row.now, row.locale))]
    wished = [row for row in rows if row.intent == "when"]
    for seed in SEEDS:
        tried, right, stops = _measure(wished, _time_word_slip, seed)
        print(_line(f"one keyboard slip in a time word (seed {seed})", sum(tried.values()), sum(right.values()), stops))
    for line in _carrier_slips(rows):
        print(line)
    for label, variant, among in (("an apostrophe left out of a 'when' reply", _apostrophe_dropped, wished),
                                  ("two words typed as one in a 'when' reply", _words_joined, wished),
                                  ("a time word split at its seam", _word_split, wished),
                                  ("a French 'when' reply without its accents", _unaccented, wished),
                                  ("a reply in capitals", _capitals, rows)):
        tried, right, stops = _measure(among, variant, SEEDS[0])
        print(_line(label, sum(tried.values()), sum(right.values()), stops))


if __name__ == "__main__":
    report()
