"""One slip of the fingers in any word the readers look for ('thrusday', 'moring', 'sneding', 'aplelez'), put right.

The targets are the words the readers' own patterns and vocabulary tables spell out, so a new phrase in a pattern is
a new target with nothing else to keep up. A word is corrected only when it is no English or French word itself
(a general word list says which) and exactly one target is a slip away: a letter swapped, dropped, doubled or
mistyped, or two such slips in a long word, where two would hardly make another word.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache

from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein
from wordfreq import get_frequency_dict, word_frequency

from dialogs.folding import fold
from dialogs import clause_phrases, clock, days, intents, short_replies, when_phrases
from dialogs.patterns import Words
from dialogs.vocabulary import FULL_WEEKDAYS, MONTHS, ORDINALS, PART_WORDS, RELATIVE_DAYS, WEEKDAYS

SHORTEST = 5  # a slip in a shorter word too often makes another word ('form', 'from'): only a keyboard's own slips are put right there
SHORTEST_TARGET = SHORTEST - 1  # 'stopp', 'weekk': a key pressed twice in a short word
LONG = 8  # from this length, two slips still leave one word they can be meant for
COMMON = 10 ** (2.3 - 9)  # a word this frequent in English or French is one a client means; a slip rarely is
READERS = (intents, when_phrases, clause_phrases, clock, days, short_replies)
FAR_MORE_COMMON = 4  # a short slip near two targets means the one written this many times as often
CLOCK_WORDS = ("quarter", "thirty", "fifteen", "forty-five", "o'clock", "half")  # spelled inside the clock reader's functions

ESCAPE = re.compile(r"\\(?:(b)|[a-zA-Z])")
STARTS = r"(?<![a-z'\])#])(?<![^?]\))(?<![a-z']\?)"  # a word's start: not a suffix after a group or an optional letter ("o'?clock")
WHOLE_WORD = re.compile(STARTS + r"([a-z][a-z']{%d,})(?=[^a-z'?*+{#]|$)" % (SHORTEST_TARGET - 1))  # not a stem ('reschedul\\w*')
OPTIONAL = re.compile(STARTS + r"([a-z]+(?:(?:[a-z]\?|\[[a-z\u00e0-\u00ff]+\]\??)[a-z]*)+)(?=[^a-z'?*+{#\[]|'\?|$)")  # 'vendue?s?', 'tromp[ée]s?'
STEM = re.compile(STARTS + r"([a-z]{4,})#[*+]")  # 'annul\\w*': a stem the readers take any ending after
SUFFIXED = re.compile(STARTS + r"([a-z]{3,})\(\?:([a-z]+(?:\|[a-z]+)*)\)\??(?=[^a-z'?*+{#\[(]|$)")  # 'cout(?:e|era|ent|er)?'
DOUBLED = re.compile(r"(.)\1")  # 'appelle' and 'appele' are one word spelled two ways: a slip tied between them means it
PIECE = re.compile(r"[a-z]\??|\[[^]]+\]\??")

KEYBOARD = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
ROW_SHIFT = (0.0, 0.25, 0.75)  # how far each row sits to the right of the one above, in keys
KEY_AT = {key: (row, index + ROW_SHIFT[row]) for row, keys in enumerate(KEYBOARD) for index, key in enumerate(keys)}


def _sources(value: object) -> Iterator[str]:
    """The pattern text held in a module-level value: a compiled pattern, a string, or a table of them."""
    if isinstance(value, Words):
        yield value.compiled.pattern
    elif isinstance(value, re.Pattern):
        yield value.pattern
    elif isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _sources(key)
            yield from _sources(item)
    elif isinstance(value, (tuple, list, set, frozenset)):
        for item in value:
            yield from _sources(item)


def _plain(pattern: str) -> str:
    """A pattern with its word boundaries as spaces and its other escapes as '#', so that words read off it plainly."""
    return ESCAPE.sub(lambda m: " " if m.group(1) else "#", pattern)


def _spelled_out(text: str) -> set[str]:
    """The whole words a plain pattern spells out, with the endings it puts after a stem ('cout(?:e|er)?': 'coute',
    'couter'), without the stems and fragments it builds words from."""
    return (set(WHOLE_WORD.findall(text)) | {word for spelled in OPTIONAL.findall(text) for word in _spellings(spelled)}
            | {stem + ending for stem, endings in SUFFIXED.findall(text) for ending in endings.split("|")})


def _spellings(spelled: str) -> set[str]:
    """Every word a pattern's optional letters and letter classes spell ('vendue?s?': 'vendu', 'vendue', 'vendus', ...)."""
    words = {""}
    for piece in PIECE.findall(spelled):
        letters = set(fold(piece.strip("[]?")))
        choices = letters | {""} if piece.endswith("?") else letters
        words = {word + choice for word in words for choice in choices}
    return words


def _targets(patterns: list[str]) -> tuple[str, ...]:
    """The vocabulary tables' words, weekdays in the plural, the clock's words, and every whole word the readers'
    patterns spell out."""
    words = {*TIME_TARGETS, *ORDINALS, *(f"{day}s" for day in FULL_WEEKDAYS), *CLOCK_WORDS}
    words |= {word for text in patterns for word in _spelled_out(text)}
    return tuple(sorted(w for w in words if len(w) >= SHORTEST_TARGET and w.replace("'", "").replace("-", "").isalpha()))


def _stems(patterns: list[str]) -> tuple[str, ...]:
    """The stems the readers' patterns take any ending after ('annul\\w*', 'deplac\\w*')."""
    return tuple(sorted({stem for text in patterns for stem in STEM.findall(text)}))


def _read_off_patterns() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The targets and the stems, read off one plain copy of every pattern the readers hold."""
    patterns = [_plain(source) for module in READERS for name, value in vars(module).items() if not name.startswith("_")
                for source in _sources(value)]
    return _targets(patterns), _stems(patterns)


TIME_TARGETS = frozenset({*WEEKDAYS, *MONTHS, *PART_WORDS, *RELATIVE_DAYS})
TARGETS, STEMS = _read_off_patterns()
TARGET_SET = frozenset(TARGETS)
ELIDED_WORD = r"(?:[cdjlmnst]|qu)'"  # the French elided words a word may follow: "c'est", "qu'elle", "m'appelle"
ELISION = re.compile(ELIDED_WORD + r"(?=[a-z])")


@cache
def _lexicon() -> frozenset[str]:
    """Common English and French words, accents folded as clients' texts are; loaded once, on the first unknown word."""
    return frozenset(fold(word) for language in ("en", "fr") for word, share in get_frequency_dict(language).items() if share >= COMMON)


@cache
def _by_initial() -> dict[str, tuple[str, ...]]:
    """The targets by first letter (a slip spares it), with the common words a stem begins ('annulez', 'deplacer'):
    a slip of any of them reads as the stem does. Built on the first slip, when the lexicon is loaded anyway."""
    words = TARGET_SET | {word for word in _lexicon() if word.startswith(STEMS) and word.isalpha()}
    return {initial: tuple(sorted(w for w in words if w[0] == initial)) for initial in {w[0] for w in words}}


def is_word(word: str) -> bool:
    """A common English or French word, or one after an elision ("l'hopital", "qu'elle")."""
    bare = word[elision.end():] if (elision := ELISION.match(word)) else word
    return word in _lexicon() or bare in _lexicon()


@lru_cache(maxsize=8192)
def nearest(word: str) -> str | None:
    """The one target a slip away from a word that is no word itself; None when none is, or several are."""
    if len(word) < SHORTEST_TARGET or word in TARGET_SET or not re.fullmatch(r"[a-z][a-z'-]*[a-z]", word) or is_word(word):
        return None
    if word.endswith("'s") and (word[:-2] in TARGET_SET or is_word(word[:-2])):
        return None  # "option's best": the word and its 's, no slip
    if elision := ELISION.match(word):  # "m'aplelle": the slip is in the word after the elision
        meant = nearest(word[elision.end():])
        return elision.group(0) + meant if meant else None
    most = 2 if len(word) >= LONG else 1
    near = process.extract(word, _by_initial().get(word[0], ()), scorer=DamerauLevenshtein.distance, score_cutoff=most, limit=None)
    near = [found for found in near if (found[1] <= 1 or len(found[0]) >= LONG) and (len(word) >= SHORTEST or keyed(word, found[0]))]
    cost = {target: (distance, _invented(word, target)) for target, distance, _ in near}
    best = min(cost.values(), default=None)
    found = [target for target, kind in cost.items() if kind == best]
    if len(word) < SHORTEST and len(cost) > 1 and best and best[1]:
        return _far_more_common(tuple(found)) if len(found) > 1 else None  # 'weel' is a key from 'week' and a key missed from 'wheel': in so short a word only a swap is sure
    return found[0] if len(found) == 1 or len({DOUBLED.sub(r"\1", target) for target in found}) == 1 else None


def _far_more_common(targets: tuple[str, ...]) -> str | None:
    """Of the targets a short slip is as near to, the one so much more common than the others that it is the one
    meant ('cwll me': 'call', not 'cell'); None when no one stands out, or when one is a time word: rare in print, it
    is what a reply about a visit most likely holds ('turs' may be 'thurs' as well as 'turns')."""
    if TIME_TARGETS.intersection(targets):
        return None
    ranked = sorted(targets, key=_frequency, reverse=True)
    return ranked[0] if _frequency(ranked[0]) >= FAR_MORE_COMMON * _frequency(ranked[1]) else None


def _frequency(word: str) -> float:
    """How often a word is written, in English or French, whichever uses it more."""
    return max(word_frequency(word, language) for language in ("en", "fr"))


def next_to(a: str, b: str) -> bool:
    """Neighbouring keys on a phone's QWERTY keyboard ('d' and 'f', 'n' and 'b')."""
    if a not in KEY_AT or b not in KEY_AT:
        return False
    (row_a, x_a), (row_b, x_b) = KEY_AT[a], KEY_AT[b]
    return (row_a == row_b and abs(x_a - x_b) == 1) or (abs(row_a - row_b) == 1 and abs(x_a - x_b) < 1)


def keyed(word: str, target: str) -> bool:
    """A slip a phone keyboard makes, of the few that leave a short word no other one: a key missed, two keys
    swapped, or a key hit beside the right one ('clal', 'cakl', 'phne' for 'call', 'call', 'phone')."""
    if len(target) != len(word):
        return len(target) == len(word) + 1
    wrong = [i for i, (a, b) in enumerate(zip(word, target)) if a != b]
    return len(wrong) == 2 or len(wrong) == 1 and next_to(word[wrong[0]], target[wrong[0]])


def _invented(word: str, target: str) -> int:
    """How far a slip strays from the keys meant, from likeliest: two keys swapped; a doubled letter typed once, the
    commonest slip of spelling; another key missed or one pressed twice; a key beside the right one hit instead or
    as well; a letter from elsewhere. Of two targets a slip away, the one the fingers more likely made is meant
    ('appeleez': 'appelez' with a key pressed twice, not 'appelee' with a 'z' from across the keyboard; 'anule':
    'annule', not 'anulez')."""
    if sorted(word) == sorted(target):
        return 0
    if DamerauLevenshtein.distance(word, target) != abs(len(word) - len(target)):
        return 3 if _beside(word, target) else 4
    if len(word) < len(target):
        return 1 if _doubled_once(word, target) else 2
    if _pressed_twice(word, target):
        return 2
    return 3 if _beside(word, target) else 4


def _doubled_once(word: str, target: str) -> bool:
    """Whether the word is the target with one of its doubled letters typed once ('apelez', 'anule')."""
    return any(target[i] == target[i - 1] and target[:i] + target[i + 1:] == word for i in range(1, len(target)))


def _beside(word: str, target: str) -> bool:
    """Whether the letter the word has in place of the target's is a key beside the one meant, or the letter it adds
    is a key beside a letter next to it (a finger that caught two keys) or ends it, as spelling does ('vendredie')."""
    if len(word) == len(target):
        wrong = [i for i, (a, b) in enumerate(zip(word, target)) if a != b]
        return len(wrong) == 1 and next_to(word[wrong[0]], target[wrong[0]])
    return word[:-1] == target or any(word[:i] + word[i + 1:] == target and (next_to(word[i], word[i - 1]) or next_to(word[i], word[i + 1]))
                                      for i in range(1, len(word) - 1))


def _pressed_twice(word: str, target: str) -> bool:
    """Whether the word is the target with keys pressed twice, each letter added beside the same letter."""
    if len(word) <= len(target):
        return word == target
    return any(word[i] == word[i - 1] and _pressed_twice(word[:i] + word[i + 1:], target) for i in range(1, len(word)))
