"""Rewrites of a labelled reply that keep its meaning, the way clients and their families also write: after a line
saying who writes or thanks for the reminder, with a greeting opening a later sentence, closed by thanks and a name, a
phone's signature or a laugh, typed without apostrophes or without full stops. `KEPT` are met in full over the tuned corpus (a test);
`MEASURED` are reported by the bench only."""
from __future__ import annotations

import random
import re
from collections.abc import Callable

from tests.corpus import Row


def _french(row: Row) -> bool:
    return row.locale.startswith("fr")


KEPT: dict[str, Callable[[Row], str]] = {
    "a relative says who writes first": lambda row: ("Bonjour, c'est sa fille Suzanne. " if _french(row) else "Hello, this is her daughter Susan. ") + row.text,
    "a neighbour gives a name first": lambda row: ("Ici Gilles, le voisin de Jeannine. " if _french(row) else "This is Tom, Evelyn's neighbour. ") + row.text,
    "thanks for the reminder first": lambda row: ("Allô, merci pour le rappel. " if _french(row) else "Hi there, thanks for the reminder. ") + row.text,
    "a greeting opens the second sentence": lambda row: ("Désolée du retard. Bon matin! " if _french(row) else "Sorry for the late reply. Good morning! ") + row.text,
    "thanks and a name close it, unpunctuated": lambda row: row.text + (" Merci beaucoup, Linda" if _french(row) else " Thanks so much, Linda"),
    "thanks and a name close it on their own lines": lambda row: row.text + ("\nMerci\nLinda Tremblay" if _french(row) else "\nThank you\nLinda Brown"),
    "typed without apostrophes": lambda row: row.text.replace("'", "").replace("\u2019", ""),
    "the phone signs it": lambda row: row.text + ("\n\nEnvoyé de mon iPhone" if _french(row) else "\n\nSent from my iPhone"),
    "a laugh closes it": lambda row: row.text + (" mdr" if _french(row) else " lol"),
    "written without sentence-ending punctuation": lambda row: SENTENCE_END.sub("", row.text),
}
WHO_WRITES = {"a relative says who writes first", "a neighbour gives a name first"}
UNSURE_WITHOUT_APOSTROPHE = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|option|husband)'s\b|\bwe'd\b", re.I)  # 'Fridays no good': every Friday, or this one
ORDINAL = re.compile(r"\d(?:st|nd|rd|th)\b")  # 'Sorry for the late reply. 2nd 1 pls': the 2nd, or option 2
SENTENCE_END = re.compile(r"[.!]+(?=\s|$)")
UNMARKED = re.compile(  # where no capital tells that a sentence ended: 'no good. tuesday?', 'appts. 11th any time', 'the foot
    # clinic. Thursday?' (English capitalises a weekday anywhere), 'after 1:30. I'm at the hairdresser' (the time may go either way)
    r"[.!]+\s+(?:[a-z\d]|(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Lundi|Mardi|Mercredi|Jeudi|Vendredi)\b)"
    r"|(?:\d|January|February|March|April|May|June|July|August|September|October|November|December)[.!]+\s+I\b")


def kept(rewrite: str, row: Row) -> bool:
    """The rows a rewrite leaves unambiguous: 'this is Susan' before 'wrong number' is no rewrite."""
    if rewrite in WHO_WRITES and row.intent in ("wrong_number", "help"):
        return False
    if rewrite == "typed without apostrophes":
        return not UNSURE_WITHOUT_APOSTROPHE.search(row.text)
    if rewrite == "written without sentence-ending punctuation":
        return not (row.text.isupper() or UNMARKED.search(row.text))  # in capitals throughout, no capital tells either
    return not (rewrite == "a greeting opens the second sentence" and row.intent == "choose" and ORDINAL.search(row.text))


def _slip(row: Row) -> str:
    """One slip (two letters swapped, one dropped or doubled) in one word of six letters or more, seeded by the row."""
    rng = random.Random(row.text)
    words = list(re.finditer(r"[A-Za-zÀ-ÿ]{6,}", row.text))
    if not words:
        return row.text
    word = rng.choice(words)
    text, at = word.group(0), rng.randrange(1, len(word.group(0)) - 1)
    slipped = rng.choice((text[:at] + text[at + 1] + text[at] + text[at + 2:], text[:at] + text[at + 1:], text[:at] + text[at] + text[at:]))
    return row.text[:word.start()] + slipped + row.text[word.end():]


ABBREVIATED = re.compile(r"\b(Mon|Tues|Wed|Thurs|Fri)(?:day|nesday|sday|rsday)\b")
SLASHED = re.compile(r"\b((?:Mon|Tues|Wednes|Thurs|Fri)day) or ((?:Mon|Tues|Wednes|Thurs|Fri)day)\b")


def _closed(text: str) -> str:
    return text if text.rstrip()[-1:] in ".!?" else text.rstrip() + "."


MEASURED: dict[str, Callable[[Row], str]] = {
    "a name and a colon first": lambda row: ("Gilberte : " if _french(row) else "Margaret here: ") + row.text,
    "a smiley closes it": lambda row: row.text + " :)",
    "weekdays abbreviated with a full stop": lambda row: ABBREVIATED.sub(lambda m: f"{m.group(1)}.", row.text),
    "two weekdays joined by a slash": lambda row: SLASHED.sub(r"\1/\2", row.text),
    "a word for the technician after it": lambda row: _closed(row.text) + (" Sonnez au 204, le chien jappe mais il est gentil." if _french(row) else " Buzz 204, the dog barks but he's friendly."),
    "one slip in a word of six letters or more": _slip,
    "no full stop or exclamation mark between sentences, every reply": KEPT["written without sentence-ending punctuation"],
    "no commas": lambda row: row.text.replace(",", ""),
    "a clock time with a full stop ('10.30')": lambda row: re.sub(r"\b(\d{1,2}):(\d\d)\b", r"\1.\2", row.text),
    "a comma between a weekday and its date": lambda row: re.sub(r"\b((?:Mon|Tues|Wednes|Thurs|Fri)day) the (\d)", r"\1, the \2", row.text),
    "hours in words before am/pm": lambda row: re.sub(r"\b(\d{1,2}) ?([ap]m)\b", lambda m: f"{HOURS.get(int(m.group(1)), m.group(1))} {m.group(2)}", row.text),
    "'la semaine pro' for 'la semaine prochaine'": lambda row: row.text.replace("semaine prochaine", "semaine pro") if _french(row) else row.text,
    "'en AM' for 'le matin' and 'en avant-midi'": lambda row: row.text.replace("en avant-midi", "en AM").replace("le matin", "en AM") if _french(row) else row.text,
    "a thumbs-up after": lambda row: row.text + " 👍",
    "'God bless' after": lambda row: row.text + ("" if _french(row) else " God bless"),
}
HOURS = dict(enumerate(("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"), 1))
