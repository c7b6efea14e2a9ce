"""Client replies → `Understanding`: intent, chosen option, wished and excluded time windows.

Rules over a normalised text (lower case, accents and emoji folded, typos corrected with rapidfuzz against a
small vocabulary), English and French together because clients mix them. Pure and fast: no I/O, no dateparser
call on the common paths.

A bare "cancel" is intent `cancel`; the dialog manager decides what it means in each state (cancel the booked
visit when there is one, decline the offer otherwise). Carriers treat a bare CANCEL as an opt-out on their side,
so the assistant never asks clients to reply CANCEL.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from rapidfuzz import fuzz, process

INTENTS = ("choose", "when", "yes", "no", "stop", "help", "human", "cancel", "reschedule", "unknown")
Window = tuple[datetime, datetime]

DAY_START, DAY_END = 8, 20
PARTS = {"morning": (8, 12), "afternoon": (12, 17), "evening": (17, 20), "late_afternoon": (15, 17), "after_lunch": (13, 17), "noon": (12, 13)}
HORIZON_DAYS = 14
MAX_CHARS = 400

STOP_MESSAGES = {"stop", "stop all", "stopall", "unsubscribe", "end", "quit", "arret", "arreter", "stop please", "please stop", "cancel all"}
STOP_PHRASES = ("remove me", "dont contact", "don't contact", "do not contact", "stop texting", "stop messaging", "stop sending",
                "unsubscribe", "ne plus me contacter", "desabonner", "desinscrire", "arretez", "opt out", "no more texts", "no more messages")
HUMAN_PHRASES = ("call me", "phone me", "give me a call", "someone call", "speak to", "speak with", "talk to", "talk with", "a person",
                 "real person", "human", "agent", "representative", "operator", "receptionist", "appelez-moi", "appelez moi", "rappelez",
                 "parler a", "une personne", "quelqu'un")
HELP_MESSAGES = {"help", "aide", "info", "?", "??", "help me", "what is this", "who is this", "c'est qui", "qui est-ce"}
RESCHEDULE_PHRASES = ("reschedule", "change my appointment", "change the appointment", "change my visit", "move my", "move it",
                      "different time", "another time", "deplacer", "changer mon rendez-vous", "changer le rendez-vous", "reporter")
CANCEL_WORDS = ("cancel", "annuler", "annulez", "annule")
YES = {"yes", "y", "yep", "yeah", "yea", "ya", "ok", "okay", "k", "sure", "please", "sounds good", "good", "great", "perfect", "fine",
       "that works", "works for me", "absolutely", "of course", "oui", "ouais", "d'accord", "daccord", "parfait", "bien sur", "ca marche",
       "correct", "confirm", "confirmed", "book it", "yes please", "ok thanks", "thumbs up", "yes thank you", "oui merci"}
NO = {"no", "n", "nope", "nah", "not now", "no thanks", "no thank you", "none", "none of those", "none of them", "neither",
      "non", "non merci", "pas maintenant", "aucun", "aucune", "thumbs down", "not interested", "none work", "those dont work"}
WEEKDAYS = {"monday": 0, "mon": 0, "lundi": 0, "tuesday": 1, "tue": 1, "tues": 1, "mardi": 1, "wednesday": 2, "wed": 2, "mercredi": 2,
            "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "jeudi": 3, "friday": 4, "fri": 4, "vendredi": 4,
            "saturday": 5, "sat": 5, "samedi": 5, "sunday": 6, "sun": 6, "dimanche": 6}
MONTHS = {"january": 1, "jan": 1, "janvier": 1, "janv": 1, "february": 2, "feb": 2, "fevrier": 2, "fevr": 2, "march": 3, "mar": 3, "mars": 3,
          "april": 4, "apr": 4, "avril": 4, "avr": 4, "may": 5, "mai": 5, "june": 6, "jun": 6, "juin": 6, "july": 7, "jul": 7, "juillet": 7,
          "juil": 7, "august": 8, "aug": 8, "aout": 8, "september": 9, "sep": 9, "sept": 9, "septembre": 9, "october": 10, "oct": 10,
          "octobre": 10, "november": 11, "nov": 11, "novembre": 11, "december": 12, "dec": 12, "decembre": 12}
ORDINALS = {"first": 1, "1st": 1, "premier": 1, "premiere": 1, "second": 2, "2nd": 2, "deuxieme": 2, "seconde": 2, "third": 3, "3rd": 3,
            "troisieme": 3, "fourth": 4, "4th": 4, "quatrieme": 4, "fifth": 5, "5th": 5, "last": -1, "dernier": -1, "derniere": -1}
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5}
RELATIVE_DAYS = {"today": 0, "tonight": 0, "aujourd'hui": 0, "aujourdhui": 0, "tomorrow": 1, "tmrw": 1, "tmr": 1, "tomoz": 1, "demain": 1}
PART_WORDS = {"morning": "morning", "mornings": "morning", "am": "morning", "matin": "morning", "matinee": "morning",
              "afternoon": "afternoon", "afternoons": "afternoon", "pm": "afternoon", "apres-midi": "afternoon", "aprem": "afternoon",
              "evening": "evening", "evenings": "evening", "soir": "evening", "soiree": "evening", "night": "evening",
              "noon": "noon", "midi": "noon", "lunch": "noon"}
VOCABULARY = sorted(set(WEEKDAYS) | set(MONTHS) | set(RELATIVE_DAYS) | set(PART_WORDS) | {"next", "week", "afternoon", "morning"})
KEYCAPS = {f"{d}\ufe0f\u20e3": f" {d} " for d in range(10)} | {f"{d}\u20e3": f" {d} " for d in range(10)}
EMOJI_WORDS = {"👍": " yes ", "👌": " yes ", "✅": " yes ", "🙂": " ", "😊": " ", "👎": " no ", "❌": " no ", "🛑": " stop "}


@dataclass(frozen=True)
class Understanding:
    intent: str
    choice: int | None = None
    windows: list[Window] = field(default_factory=list)
    excluded: list[Window] = field(default_factory=list)


def understand(text: str, now: datetime, locale: str = "en_CA") -> Understanding:
    """What the client means; `now` is aware and in the client's zone, windows come back in that zone."""
    clean = normalise(text)
    if not clean:
        return Understanding("unknown")
    if clean in STOP_MESSAGES or any(p in clean for p in STOP_PHRASES):
        return Understanding("stop")
    if any(p in clean for p in HUMAN_PHRASES):
        return Understanding("human")
    if clean in HELP_MESSAGES:
        return Understanding("help")
    if any(p in clean for p in RESCHEDULE_PHRASES):
        return Understanding("reschedule")
    if any(re.search(rf"\b{w}\b", clean) for w in CANCEL_WORDS):
        return Understanding("cancel")
    choice = _choice(clean)
    if choice is not None:
        return Understanding("choose", choice=choice)
    windows, excluded = _time_windows(clean, now)
    if windows or excluded:
        return Understanding("when", windows=windows, excluded=excluded)
    bare = clean.strip(" .!,")
    if bare in YES or bare.split(" ")[0] in {"yes", "yep", "oui", "ok", "okay", "sure"}:
        return Understanding("yes")
    if bare in NO or bare.split(" ")[0] in {"no", "nope", "non"}:
        return Understanding("no")
    return Understanding("unknown")


def normalise(text: str) -> str:
    """Lower case, accents folded, emoji turned into words, typos of time words corrected, spaces collapsed."""
    text = text[:MAX_CHARS]
    for emoji, word in {**KEYCAPS, **EMOJI_WORDS}.items():
        text = text.replace(emoji, word)
    text = text.replace("\u2019", "'").replace("’", "'")
    text = "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))
    text = re.sub(r"\ba\.m\.?", "am", text)
    text = re.sub(r"\bp\.m\.?", "pm", text)
    text = re.sub(r"[^a-z0-9:#'?\- ]+", " ", text)
    words = [_corrected(w) for w in text.split()]
    return " ".join(words)


def _corrected(word: str) -> str:
    if len(word) < 5 or word in VOCABULARY or not word.isalpha():
        return word
    match = process.extractOne(word, VOCABULARY, scorer=fuzz.ratio, score_cutoff=80)
    return match[0] if match else word


def _choice(clean: str) -> int | None:
    """'2', '#2', 'option 2', 'yes 3', 'the second one', 'le deuxieme', keycaps; never '2pm' or 'at 2'."""
    match = re.fullmatch(r"(?:(?:yes|yep|ok|okay|sure|oui|number|no|option|choice|#)\s*)*#?\s*(\d)\s*(?:please|merci|thanks|thank you)?[.! ]*", clean)
    if match:
        return int(match.group(1))
    words = clean.replace("'", " ").split()
    if len(words) > 7 or any(w in WEEKDAYS or w in RELATIVE_DAYS or w in PART_WORDS or w in MONTHS for w in words):
        return None
    for word in words:
        if word in ORDINALS and ORDINALS[word] > 0:
            return ORDINALS[word]
        if word in NUMBER_WORDS and not re.search(r"\b(at|around|vers|before|after)\s+" + word, clean):
            return NUMBER_WORDS[word]
    return None


# ---- time expressions -------------------------------------------------------------------------------------------
def _time_windows(clean: str, now: datetime) -> tuple[list[Window], list[Window]]:
    today = now.date()
    negative, positive = _split_negations(clean)
    horizon = [today + timedelta(days=i) for i in range(HORIZON_DAYS)]
    days = _days(positive, today)
    hours = _hours(positive)
    # 'not Monday' rules out every Monday in view; 'not this week' or 'not Dec 3' rules out those dates
    banned_weekdays = {WEEKDAYS[w] for w in negative.split() if w in WEEKDAYS}
    banned_dates = set(_days(" ".join(w for w in negative.split() if w not in WEEKDAYS), today)) if negative else set()
    banned = sorted({d for d in (days or horizon) if d.weekday() in banned_weekdays} | banned_dates)
    excluded = [_whole_day(day, now) for day in banned]
    if not days and hours is None:
        return [], excluded
    if not days:
        days = [d for d in horizon if d.weekday() < 5]
    start_hour, end_hour = hours if hours is not None else (DAY_START, DAY_END)
    windows = []
    for day in days:
        if day in banned:
            continue
        start = max(datetime.combine(day, _time(start_hour), tzinfo=now.tzinfo), now)
        end = datetime.combine(day, _time(end_hour), tzinfo=now.tzinfo)
        if start < end:
            windows.append((start, end))
    return windows, excluded


def _whole_day(day: date, now: datetime) -> Window:
    return (datetime.combine(day, time(0), tzinfo=now.tzinfo), datetime.combine(day + timedelta(days=1), time(0), tzinfo=now.tzinfo))


def _time(hour: float) -> time:
    return time(int(hour), int(round(hour % 1 * 60)))


def _split_negations(clean: str) -> tuple[str, str]:
    """('not monday', 'any time next week') from 'any time next week except monday'."""
    pattern = r"\b(?:not|except|but not|excluding|other than|pas|sauf|sauf le|pas le)\s+((?:on |this |next |le |ce )?(?:[a-z\-']+ ?){1,2})"
    negative = " ".join(m.group(1) for m in re.finditer(pattern, clean) if not re.match(r"(before|after|until|avant|apres)\b", m.group(1)))
    positive = re.sub(pattern, lambda m: m.group(0) if re.match(r"(before|after|until|avant|apres)\b", m.group(1)) else " ", clean)
    return negative, positive


def _days(text: str, today: date) -> list[date]:
    days: list[date] = []
    words = text.split()
    if re.search(r"\b(next week|la semaine prochaine|semaine prochaine)\b", text):
        monday = today + timedelta(days=7 - today.weekday())
        days.extend(monday + timedelta(days=i) for i in range(5))
    elif re.search(r"\b(this week|cette semaine)\b", text):
        days.extend(today + timedelta(days=i) for i in range(0, 5 - today.weekday()) if today.weekday() < 5)
    in_weeks = re.search(r"\bin (\d|two|three|deux|trois) weeks?\b|\bdans (\d|deux|trois) semaines\b", text)
    if in_weeks:
        count = in_weeks.group(1) or in_weeks.group(2)
        weeks = int(count) if count.isdigit() else NUMBER_WORDS[count]
        monday = today + timedelta(days=7 * weeks - today.weekday())
        days.extend(monday + timedelta(days=i) for i in range(5))
    for index, word in enumerate(words):
        if word in RELATIVE_DAYS:
            days.append(today + timedelta(days=RELATIVE_DAYS[word]))
        elif word in WEEKDAYS:
            ahead = (WEEKDAYS[word] - today.weekday()) % 7 or 7
            before = words[index - 1] if index else ""
            if before in ("next", "prochain") or (index + 1 < len(words) and words[index + 1] in ("prochain", "next")):
                ahead = (WEEKDAYS[word] - today.weekday()) % 7 + (7 if WEEKDAYS[word] > today.weekday() else 0) or 7
            days.append(today + timedelta(days=ahead))
    days.extend(_dates(text, today))
    return sorted(set(days))


def _dates(text: str, today: date) -> list[date]:
    found = []
    month_names = "|".join(sorted(MONTHS, key=len, reverse=True))
    for match in re.finditer(rf"\b({month_names})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b", text):
        found.append(_next_date(today, MONTHS[match.group(1)], int(match.group(2))))
    for match in re.finditer(rf"\b(\d{{1,2}})(?:er|st|nd|rd|th)?\s+(?:of\s+)?({month_names})\b", text):
        found.append(_next_date(today, MONTHS[match.group(2)], int(match.group(1))))
    for match in re.finditer(r"\b(?:the|le)\s+(\d{1,2})(?:st|nd|rd|th|er)?\b(?!\s*(?:am|pm|h|:))", text):
        day = int(match.group(1))
        month, year = today.month, today.year
        if day < today.day:
            month, year = (1, year + 1) if month == 12 else (month + 1, year)
        found.append(_safe_date(year, month, day))
    return [d for d in found if d is not None]


def _next_date(today: date, month: int, day: int) -> date | None:
    candidate = _safe_date(today.year, month, day)
    if candidate is not None and candidate < today:
        candidate = _safe_date(today.year + 1, month, day)
    return candidate


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _hours(text: str) -> tuple[float, float] | None:
    """The hours of the day the client wants: a part of day, a clock time, or a bound."""
    bound = re.search(r"\b(after|apres|not before|from|a partir de|before|avant|until|by|not after)\s+(\d{1,2})(?::(\d{2})|h(\d{2})?)?\s*(am|pm|h)?\b", text)
    if bound is None:
        bound = re.search(r"\b(after|apres|before|avant)\s+(noon|midi|lunch)\b", text)
    if bound is not None:
        word = bound.group(1)
        hour = 12.0 if bound.group(2) in ("noon", "midi", "lunch") else _clock(bound)
        if word in ("after", "apres", "not before", "from", "a partir de"):
            return (13.0 if bound.group(2) == "lunch" else hour, DAY_END)
        return (DAY_START, hour)
    clock = re.search(r"\b(at|around|vers|about|a)?\s*(\d{1,2})(?::(\d{2})|h(\d{2})?)\s*(am|pm)?\b|\b(at|around|vers|about)\s+(\d{1,2})\s*(am|pm)?\b|\b(\d{1,2})\s*(am|pm)\b", text)
    if clock is not None:
        return _clock_window(clock)
    if "late afternoon" in text or "fin d'apres-midi" in text or "fin apres-midi" in text:
        return PARTS["late_afternoon"]
    if "after lunch" in text or "apres le diner" in text or "apres diner" in text:
        return PARTS["after_lunch"]
    if "first thing" in text or "early morning" in text or "tot le matin" in text:
        return (8.0, 10.0)
    for word in text.split():
        if word in PART_WORDS:
            return PARTS[PART_WORDS[word]]
    return None


def _clock(match: re.Match) -> float:
    hour = int(match.group(2))
    minutes = int(match.group(3) or match.group(4) or 0) if match.lastindex and match.lastindex >= 4 else 0
    suffix = match.group(5) if match.lastindex and match.lastindex >= 5 else None
    return _business_hour(hour, suffix) + minutes / 60


def _business_hour(hour: int, suffix: str | None) -> int:
    """'2' in a business context is 2 p.m.; 'pm' adds 12; 24-hour times stay as they are."""
    if suffix == "pm" and hour < 12:
        return hour + 12
    if suffix == "am":
        return hour % 12
    return hour + 12 if 1 <= hour <= 7 else hour


def _clock_window(match: re.Match) -> tuple[float, float]:
    if match.group(2):
        hour, minutes, suffix, word = int(match.group(2)), int(match.group(3) or match.group(4) or 0), match.group(5), match.group(1)
    elif match.group(7):
        hour, minutes, suffix, word = int(match.group(7)), 0, match.group(8), match.group(6)
    else:
        hour, minutes, suffix, word = int(match.group(9)), 0, match.group(10), None
    start = _business_hour(hour, suffix) + minutes / 60
    if word in ("around", "vers", "about"):
        return (max(DAY_START, start - 1), min(DAY_END, start + 2))
    return (start, min(DAY_END, start + 1))
