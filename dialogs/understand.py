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
from functools import lru_cache
from datetime import date, datetime, time, timedelta

import dateparser
from rapidfuzz import fuzz, process

INTENTS = ("choose", "when", "yes", "no", "stop", "help", "human", "cancel", "reschedule", "unknown")
Window = tuple[datetime, datetime]

Hours = tuple[float, float]
HORIZON_DAYS = 14


@dataclass(frozen=True)
class DayParts:
    """What 'morning', 'afternoon', 'evening' and a bare day mean in hours; the dealer's business-hours settings set them."""

    day: Hours = (8.0, 20.0)
    morning: Hours = (8.0, 12.0)
    afternoon: Hours = (12.0, 17.0)
    evening: Hours = (17.0, 20.0)

    def part(self, name: str) -> Hours:
        return {"morning": self.morning, "afternoon": self.afternoon, "evening": self.evening, "noon": (12.0, 13.0)}[name]

    def phrases(self) -> tuple[tuple[str, Hours], ...]:
        """Phrases more precise than one word, checked before clock bounds ('after lunch' is not 'after 12')."""
        return (
            (r"\blate afternoon\b|\bfin d'apres-midi\b", (self.afternoon[1] - 2, self.afternoon[1])),
            (r"\bafter lunch\b|\bapres (le )?diner\b", (self.afternoon[0] + 1, self.afternoon[1])),
            (r"\bfirst thing\b|\bearly morning\b|\btot le matin\b", (self.morning[0], self.morning[0] + 2)),
            (r"\b(?:around|about|vers) (?:noon|midi)\b", (11.0, 14.0)),
            (r"\b(?:at|a) (?:noon|midi)\b", (12.0, 13.0)),
        )


DEFAULT_PARTS = DayParts()
MAX_CHARS = 400

STOP_MESSAGES = {"stop", "stop all", "stopall", "unsubscribe", "end", "quit", "arret", "arreter", "stop please", "please stop", "cancel all"}
POLITE = {"please", "svp", "now", "thanks", "thank", "you", "merci", "asap", "immediately", "!"}
STOP_PHRASES = ("remove my number", "delete my number", "stop contacting", "stop calling", "remove me", "take me off", "dont text", "don't text", "do not text", "dont contact", "don't contact", "do not contact", "stop texting", "stop messaging", "stop sending",
                "unsubscribe", "ne plus me contacter", "desabonner", "desinscrire", "arretez", "opt out", "no more texts", "no more messages")
HUMAN_PHRASES = ("call me", "phone me", "give me a call", "someone call", "speak to", "speak with", "talk to", "talk with", "a person",
                 "real person", "human", "agent", "representative", "operator", "receptionist", "appelez-moi", "appelez moi", "rappelez",
                 "parler a", "une personne", "quelqu'un", "call her", "call him", "call my", "phone call", "call back",
                 "m'appeler", "appeler", "un appel")
HELP_MESSAGES = {"help", "aide", "info", "help me", "what is this", "what is this about", "whats this about", "what's this about",
                 "who is this", "who's this", "whos this", "who are you", "c'est qui", "qui est-ce", "c'est quoi", "qui etes-vous",
                 "qui etes vous"}
HELP_FIRST_WORDS = {"help", "aide", "info"}
RESCHEDULE_PHRASES = ("reschedule", "change my appointment", "change the appointment", "change my visit", "move my", "move it",
                      "different time", "another time", "change the time", "change the date", "changer", "different day", "another day", "deplacer", "changer mon rendez-vous", "changer le rendez-vous", "reporter",
                      "different times", "other times", "more times", "other options", "more options", "other days", "other choices",
                      "autres plages", "d'autres plages", "autres heures", "autre moment", "autres moments", "autres choix")
CANCEL_WORDS = ("cancel", "annuler", "annulez", "annule")
YES = {"yes", "y", "yep", "yeah", "yea", "ya", "ok", "okay", "k", "sure", "please", "sounds good", "good", "great", "perfect", "fine",
       "that works", "works for me", "absolutely", "of course", "oui", "ouais", "d'accord", "daccord", "parfait", "bien sur", "ca marche",
       "correct", "confirm", "confirmed", "book it", "yes please", "ok thanks", "thumbs up", "yes thank you", "oui merci",
       "yse", "ys", "yess", "yup", "yas", "oki", "oui svp"}
YES_FIRST_WORDS = {"yes", "yep", "yup", "yeah", "oui", "ok", "okay", "sure", "absolutely", "perfect", "great", "d'accord", "daccord",
                   "parfait", "super", "excellent"}
YES_PHRASES = ("that's great", "thats great", "sounds good", "that works", "please book", "like to book", "want to book", "book it", "go ahead", "ca marche", "that's fine",
               "thats fine", "works for me")
NO = {"no", "n", "nope", "nah", "not now", "no thanks", "no thank you", "none", "none of those", "none of them", "neither",
      "non", "non merci", "pas maintenant", "aucun", "aucune", "thumbs down", "not interested", "none work", "those dont work"}
NO_FIRST_WORDS = {"no", "nope", "nah", "non", "none", "neither", "aucun", "aucune"}
NO_PHRASES = ("don't work", "dont work", "doesn't work", "doesnt work", "not interested", "ne marche pas", "ne fonctionne pas")
GREETINGS = r"^(?:(?:good (?:morning|afternoon|evening)|hello|hi|hey|bonjour|bonsoir|allo|salut)\b[ ,.!]*)+"
ANY_DAY = ("any day", "anytime", "any time", "n'importe quel jour", "n'importe quand", "whenever")
CHOICE_CUES = {"thank", "you", "take", "number", "option", "choice", "go", "do", "pick", "want", "prends", "numero", "choix", "is", "works", "please",
               "thanks", "merci", "svp", "one", "lets", "let's", "with", "the", "i", "ill", "i'll", "will", "yes", "ok", "okay", "sure",
               "oui", "le", "la", "good", "fine", "for", "me", "#"}
WEEKDAYS = {"monday": 0, "mon": 0, "lundi": 0, "tuesday": 1, "tue": 1, "tues": 1, "mardi": 1, "wednesday": 2, "wed": 2, "weds": 2, "mercredi": 2,
            "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "jeudi": 3, "friday": 4, "fri": 4, "vendredi": 4,
            "saturday": 5, "sat": 5, "samedi": 5, "sunday": 6, "sun": 6, "dimanche": 6}
MONTHS = {"january": 1, "jan": 1, "janvier": 1, "janv": 1, "february": 2, "feb": 2, "fevrier": 2, "fevr": 2, "march": 3, "mar": 3, "mars": 3,
          "april": 4, "apr": 4, "avril": 4, "avr": 4, "may": 5, "mai": 5, "june": 6, "jun": 6, "juin": 6, "july": 7, "jul": 7, "juillet": 7,
          "juil": 7, "august": 8, "aug": 8, "aout": 8, "september": 9, "sep": 9, "sept": 9, "septembre": 9, "october": 10, "oct": 10,
          "octobre": 10, "november": 11, "nov": 11, "novembre": 11, "december": 12, "dec": 12, "decembre": 12}
ORDINALS = {"first": 1, "1st": 1, "premier": 1, "premiere": 1, "second": 2, "2nd": 2, "deuxieme": 2, "seconde": 2, "third": 3, "3rd": 3,
            "troisieme": 3, "fourth": 4, "4th": 4, "quatrieme": 4, "fifth": 5, "5th": 5, "last": -1, "dernier": -1, "derniere": -1}
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5}
RELATIVE_DAYS = {"overmorrow": 2, "today": 0, "tonight": 0, "aujourd'hui": 0, "aujourdhui": 0, "tomorrow": 1, "tmrw": 1, "tmr": 1, "tomoz": 1, "demain": 1}
PART_WORDS = {"avant-midi": "morning", "morning": "morning", "mornings": "morning", "am": "morning", "matin": "morning", "matinee": "morning",
              "afternoon": "afternoon", "afternoons": "afternoon", "pm": "afternoon", "apres-midi": "afternoon", "aprem": "afternoon",
              "evening": "evening", "evenings": "evening", "soir": "evening", "soiree": "evening", "night": "evening",
              "noon": "noon", "midi": "noon", "lunch": "noon"}
# typos are corrected towards these words only: long enough that a near miss is not another real word
VOCABULARY = sorted(w for w in set(WEEKDAYS) | set(RELATIVE_DAYS) | set(PART_WORDS) if len(w) >= 6 and w.isalpha())
KEYCAPS = {f"{d}\ufe0f\u20e3": f" {d} " for d in range(10)} | {f"{d}\u20e3": f" {d} " for d in range(10)}
EMOJI_WORDS = {"👍": " yes ", "👌": " yes ", "✅": " yes ", "🙂": " ", "😊": " ", "👎": " no ", "❌": " no ", "🛑": " stop "}


@dataclass(frozen=True)
class Understanding:
    intent: str
    choice: int | None = None
    windows: list[Window] = field(default_factory=list)
    excluded: list[Window] = field(default_factory=list)


def understand(text: str, now: datetime, locale: str = "en_CA", parts: DayParts = DEFAULT_PARTS) -> Understanding:
    """What the client means; `now` is aware and in the client's zone, windows come back in that zone."""
    if text.strip() and set(text.strip()) <= {"?"}:
        return Understanding("help")
    clean = normalise(text, locale)
    if not clean:
        return Understanding("unknown")
    if " ".join(w for w in clean.split() if w not in POLITE) in STOP_MESSAGES or _says(clean, STOP_PHRASES):
        return Understanding("stop")
    if _says(clean, HUMAN_PHRASES):
        return Understanding("human")
    if clean in HELP_MESSAGES or (clean.split(" ")[0] in HELP_FIRST_WORDS and len(clean.split()) <= 3):
        return Understanding("help")
    if _says(clean, RESCHEDULE_PHRASES):
        return Understanding("reschedule")
    if _says(clean, CANCEL_WORDS):
        return Understanding("cancel")
    choice = _choice(clean)
    if choice is not None:
        return Understanding("choose", choice=choice)
    windows, excluded = _time_windows(clean, now, parts)
    if windows or excluded:
        return Understanding("when", windows=windows, excluded=excluded)
    first = clean.split(" ")[0]
    if clean in NO or first in NO_FIRST_WORDS or _says(clean, NO_PHRASES):
        return Understanding("no")
    if clean in YES or first in YES_FIRST_WORDS or _says(clean, YES_PHRASES):
        return Understanding("yes")
    return Understanding("unknown")


def _says(clean: str, phrases: tuple[str, ...]) -> bool:
    """A phrase as whole words: 'remove my number' does not contain 'move my'."""
    return _phrase_pattern(phrases).search(clean) is not None


@lru_cache(maxsize=None)
def _phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(rf"(?<![a-z']){re.escape(p)}(?![a-z])" for p in sorted(phrases, key=len, reverse=True)))


def normalise(text: str, locale: str = "en_CA") -> str:
    """Lower case, accents folded, emoji turned into words, greetings dropped, typos of time words corrected."""
    text = text[:MAX_CHARS]
    for emoji, word in {**KEYCAPS, **EMOJI_WORDS}.items():
        text = text.replace(emoji, word)
    text = text.replace("\u2019", "'")
    text = "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))
    text = re.sub(r"\ba\.m\.?", "am", text)
    text = re.sub(r"\bp\.m\.?", "pm", text)
    text = re.sub(r"[^a-z0-9:#'\- ]+", " ", text)
    text = " ".join(_corrected(w) for w in text.split())
    text = re.sub(GREETINGS, "", text)
    for phrase, token in (("day after tomorrow", "overmorrow"), ("apres-demain", "overmorrow"), ("apres demain", "overmorrow"),
                          ("apres midi", "apres-midi"), ("after noon", "afternoon")):
        text = text.replace(phrase, token)
    if locale.startswith("fr"):
        text = re.sub(r"\bmon\b", "my", text)  # French 'mon' is 'my', never Monday
    return text.strip(" -'")


def _corrected(word: str) -> str:
    if len(word) < 5 or word in VOCABULARY or not word.isalpha():
        return word
    match = process.extractOne(word, VOCABULARY, scorer=fuzz.ratio, score_cutoff=82)
    return match[0] if match else word


def _choice(clean: str) -> int | None:
    """'2', '#2', 'option 2', 'yes 3', 'the second one', 'le deuxieme', keycaps; never '2pm', 'at 2' or 'on the 3rd'."""
    words = clean.replace("#", " # ").split()
    if len(words) > 7 or any(w in WEEKDAYS or w in RELATIVE_DAYS or w in PART_WORDS or w in MONTHS for w in words):
        return None
    if re.search(r"\b(at|around|vers|before|after|avant|apres|on the|of)\b|\d\s*(am|pm|h\b|:)|weeks?|semaines?|days?|jours?", clean):
        return None
    digits = [w for w in words if w.isdigit()]
    if len(digits) == 1 and 1 <= int(digits[0]) <= 9 and all(w.isdigit() or w in CHOICE_CUES or w in YES for w in words):
        return int(digits[0])
    for word in words:
        if word in ORDINALS and ORDINALS[word] > 0:
            return ORDINALS[word]
    if len(words) <= 3:
        for word in words:
            if word in NUMBER_WORDS:
                return NUMBER_WORDS[word]
    return None


# ---- time expressions -------------------------------------------------------------------------------------------
def _time_windows(clean: str, now: datetime, parts: DayParts) -> tuple[list[Window], list[Window]]:
    today = now.date()
    ruled = _split_negations(clean)
    horizon = [today + timedelta(days=i) for i in range(HORIZON_DAYS)]
    not_before = _not_before(ruled.rest, today)
    if not_before is not None:
        days = [not_before + timedelta(days=i) for i in range(HORIZON_DAYS) if (not_before + timedelta(days=i)).weekday() < 5]
    else:
        days = _days(ruled.rest, today)
    hours = _hours(ruled.rest, parts) or _outside(ruled.parts, parts)
    # 'not Monday' rules out every Monday in view; 'not this week' or 'not Dec 3' rules out those dates
    banned_weekdays = {WEEKDAYS[w] for w in ruled.days.split() if w in WEEKDAYS}
    banned_dates = set(_days(" ".join(w for w in ruled.days.split() if w not in WEEKDAYS), today)) if ruled.days else set()
    ruled_out = {d for d in (days or horizon) if d.weekday() in banned_weekdays} | banned_dates
    for weekday in banned_weekdays - {d.weekday() for d in ruled_out}:  # 'Friday is no good, Monday?': the coming Friday
        ruled_out.add(next(d for d in horizon[1:] if d.weekday() == weekday))
    banned = sorted(ruled_out)
    excluded = [_whole_day(day, now) for day in banned]
    if not days and hours is None and not any(phrase in ruled.rest for phrase in ANY_DAY):
        return [], excluded
    if not days:
        days = [d for d in horizon if d.weekday() < 5]
    start_hour, end_hour = hours if hours is not None else parts.day
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


NEGATIONS = r"not|except|but not|but|excluding|other than|no(?! good)|busy|away|not available|unavailable|cant do|can't do|cannot do|pas|sauf|sauf le|pas le"
RULED_OUT_AFTER = (r"is no good|is not good|isn't good|is bad|are bad|are no good|doesn't work|doesnt work|don't work|dont work"
                   r"|won't work|wont work|is out|ne marche pas|ne va pas|ne me va pas")


@dataclass(frozen=True)
class Negations:
    days: str  # the text of the days ruled out ('monday', 'this week')
    parts: frozenset[str]  # parts of day ruled out ('morning')
    rest: str  # the text with both taken out


def _split_negations(clean: str) -> Negations:
    """'any time next week except monday', 'I can't do mornings': what is ruled out, and the rest of the wish."""
    days: list[str] = []
    parts: set[str] = set()

    def ruled_out(match: re.Match) -> str:
        words = match.group(1).split()
        for size in range(1, len(words) + 1):  # the shortest phrase that names days or parts of day
            named, left = " ".join(words[:size]), " ".join(words[size:])
            if _days(named, date(2000, 1, 3)):
                days.append(named)
                return f" {left} "
            part_words = {PART_WORDS[w] for w in words[:size] if w in PART_WORDS and w not in ("am", "pm")}
            if part_words:
                parts.update({"early_morning"} if "early" in words[:size] and part_words == {"morning"} else part_words)
                return f" {left} "
        return match.group(0)

    rest = re.sub(rf"\b(?:{NEGATIONS})\s+((?:on |this |next |le |ce |cette |the )?(?:[a-z\-']+ ?){{1,2}})", ruled_out, clean)
    rest = re.sub(rf"\b((?:this |next )?[a-z\-]+)\s+(?:{RULED_OUT_AFTER})\b", ruled_out, rest)
    return Negations(" ".join(days), frozenset(parts), rest)


def _outside(parts_out: frozenset[str], parts: DayParts) -> Hours | None:
    """The hours left when parts of the day are ruled out ('no mornings' → afternoon and evening)."""
    if not parts_out:
        return None
    if parts_out == {"early_morning"}:
        return (parts.morning[0] + 2, parts.day[1])
    if "morning" in parts_out:
        return (parts.morning[1], parts.day[1]) if "evening" not in parts_out else parts.afternoon
    if "afternoon" in parts_out:
        return parts.morning
    return (parts.day[0], parts.evening[0])


def _not_before(text: str, today: date) -> date | None:
    """'away until Dec 15' → Dec 16; 'back on the 3rd' / 'after Dec 10' → from then."""
    away = re.search(r"\b(?:away|gone|out|busy|unavailable|not available|absent|parti|partie)\b.*?\b(?:until|till|til|jusqu'au|jusqu au)\s+(.+)$", text)
    if away and (found := _leading_days(away.group(1), today)):
        return found[0] + timedelta(days=1)
    back = re.search(r"\b(back|after|from|starting|de retour|apres le|a partir du)\s+(?:on\s+)?(.+)$", text)
    if back and (found := _leading_days(back.group(2), today)):
        return found[0] + timedelta(days=1 if back.group(1) == "after" else 0)
    return None


def _leading_days(text: str, today: date) -> list[date]:
    """Days named at the very start of `text` ('Dec 15 then...', 'the 3rd'), not a clock time or 'lunch'."""
    words = text.split()
    first = words[0] if words else ""
    if not (first in WEEKDAYS or first in RELATIVE_DAYS or first in MONTHS or first in ("the", "le", "next")
            or re.fullmatch(r"\d{1,2}(?:st|nd|rd|th|er)", first) or (first.isdigit() and len(words) > 1 and words[1] in MONTHS)):
        return []
    return _days(" ".join(words[:3]), today)


def _days(text: str, today: date) -> list[date]:
    """Days named in the text; a weekday with a week phrase ('Tuesday next week') picks that day of that week."""
    words = text.split()
    named = {WEEKDAYS[w] for w in words if w in WEEKDAYS}
    week = _week(text, today)
    if week is not None:
        days = [d for d in week if d.weekday() in named] if named else week
    else:
        days = [_weekday_date(words, index, today) for index, word in enumerate(words) if word in WEEKDAYS]
    days += [today + timedelta(days=RELATIVE_DAYS[w]) for w in words if w in RELATIVE_DAYS]
    days += _dates(text, today)
    return sorted(set(days))


def _weekday_date(words: list[str], index: int, today: date) -> date:
    """'Friday' is the coming Friday; 'next Friday' / 'vendredi prochain' is the Friday of next week."""
    weekday = WEEKDAYS[words[index]]
    ahead = (weekday - today.weekday()) % 7 or 7
    before = words[index - 1] if index else ""
    after = words[index + 1] if index + 1 < len(words) else ""
    if before == "next" or after in ("prochain", "next"):
        monday = today + timedelta(days=7 - today.weekday())
        return monday + timedelta(days=weekday)
    return today + timedelta(days=ahead)


def _week(text: str, today: date) -> list[date] | None:
    """The business days a week phrase covers, or None when there is none."""
    this_monday = today - timedelta(days=today.weekday())
    next_monday = this_monday + timedelta(days=7)

    def weekdays(monday: date, first: int = 0, last: int = 4) -> list[date]:
        return [monday + timedelta(days=i) for i in range(first, last + 1) if monday + timedelta(days=i) >= today]

    if re.search(r"\b(early|beginning of|start of|debut de la) next week\b|\bdebut de la semaine prochaine\b", text):
        return weekdays(next_monday, 0, 1)
    if re.search(r"\b(end of|late|later) next week\b|\bfin de la semaine prochaine\b", text):
        return weekdays(next_monday, 3, 4)
    if re.search(r"\b(end of|later) (the|this) week\b|\blater (this|in the) week\b", text):
        return weekdays(this_monday, 3, 4) or weekdays(next_monday, 3, 4)
    if re.search(r"\b(?:this |the |on the |ce |la )?(?:weekend|week-end|fin de semaine)\b", text):
        saturday = this_monday + timedelta(days=5)
        return weekdays(saturday if saturday >= today else saturday + timedelta(days=7), 0, 1)
    if re.search(r"\bnext week\b|\bsemaine prochaine\b", text):
        return weekdays(next_monday)
    if re.search(r"\bthis week\b|\bcette semaine\b", text):
        return weekdays(this_monday)
    in_weeks = re.search(r"\b(?:in|dans) (\d|two|three|four|deux|trois|quatre) (?:weeks?|semaines?)\b", text)
    if in_weeks:
        count = in_weeks.group(1)
        return weekdays(this_monday + timedelta(days=7 * (int(count) if count.isdigit() else NUMBER_WORDS[count])))
    month_names = "|".join(sorted(MONTHS, key=len, reverse=True))
    first_week = re.search(rf"\b(?:first week of|premiere semaine de|1st week of)\s+(?:d')?({month_names})\b", text)
    if first_week:
        first = _calendar_date(f"{first_week.group(1)} 1", today) or today
        return weekdays(first + timedelta(days=(7 - first.weekday()) % 7))
    return None


def _dates(text: str, today: date) -> list[date]:
    """Calendar dates: '<month> <day>' and '<day> <month>' (either language) are read by dateparser; 'the 15th' by rule."""
    month_names = "|".join(sorted(MONTHS, key=len, reverse=True))
    spans = re.finditer(rf"\b(?:({month_names})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:er|st|nd|rd|th)?\s+(?:of\s+)?({month_names}))\b", text)
    found = [_calendar_date(span.group(0).replace(" of ", " "), today) for span in spans]
    for match in re.finditer(rf"\b(?:the|le)\s+(\d{{1,2}})(?:st|nd|rd|th|er)?\b(?!\s*(?:am|pm|h|:|(?:of\s+)?(?:{month_names})\b))", text):
        day = int(match.group(1))
        month, year = today.month, today.year
        if day < today.day:  # dateparser reads a bare 'the 15th' as this month even when it has passed
            month, year = (1, year + 1) if month == 12 else (month + 1, year)
        found.append(_safe_date(year, month, day))
    return [d for d in found if d is not None]


@lru_cache(maxsize=4096)
def _calendar_date(span: str, today: date) -> date | None:
    """The next date a '<month> <day>' phrase names, rolling into next year ('Jan 5' in November)."""
    parsed = dateparser.parse(
        span, languages=["en", "fr"],
        settings={"PREFER_DATES_FROM": "future", "RELATIVE_BASE": datetime.combine(today, time(0)), "REQUIRE_PARTS": ["day", "month"]},
    )
    return parsed.date() if parsed is not None else None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _hours(text: str, parts: DayParts) -> Hours | None:
    """The hours of the day the client wants: a part of day, a clock time, or a bound."""
    for pattern, hours in parts.phrases():
        if re.search(pattern, text):
            return hours
    between = re.search(r"\b(?:between|entre)\s+(\d{1,2})(?::(\d{2})|h(\d{2})?)?\s*(am|pm)?\s+(?:and|et)\s+(\d{1,2})(?::(\d{2})|h(\d{2})?)?\s*(am|pm)?\b", text)
    if between is not None:
        start = _business_hour(int(between.group(1)), between.group(4) or between.group(8)) + int(between.group(2) or between.group(3) or 0) / 60
        end = _business_hour(int(between.group(5)), between.group(8)) + int(between.group(6) or between.group(7) or 0) / 60
        if start < end:
            return (start, end)
    bound = re.search(r"\b(after|apres|not before|from|a partir de|before|avant|until|by|not after)\s+(\d{1,2})(?::(\d{2})|h(\d{2})?)?\s*(am|pm|h)?\b", text)
    if bound is None:
        bound = re.search(r"\b(after|apres|before|avant)\s+(noon|midi)\b", text)
    if bound is not None:
        hour = 12.0 if bound.group(2) in ("noon", "midi") else _clock(bound)
        return (hour, parts.day[1]) if bound.group(1) in ("after", "apres", "not before", "from", "a partir de") else (parts.day[0], hour)
    clock = re.search(r"\b(at|around|vers|about|a)?\s*(\d{1,2})(?::(\d{2})|h(\d{2})?)\s*(am|pm)?\b|\b(at|around|vers|about)\s+(\d{1,2})\s*(am|pm)?\b|\b(\d{1,2})\s*(am|pm)\b", text)
    if clock is not None:
        return _clock_window(clock, parts)
    words = text.split()
    for index, word in enumerate(words):
        if word in ("am", "pm") and not _next_to_a_day(words, index):
            continue  # "I am free Thursday" is not a morning
        if word in PART_WORDS:
            return parts.part(PART_WORDS[word])
    return None


def _next_to_a_day(words: list[str], index: int) -> bool:
    """'am'/'pm' mean a part of day right after a day ('tmrw am', 'friday pm') or on their own."""
    before = words[index - 1] if index else ""
    return len(words) <= 2 or before in WEEKDAYS or before in RELATIVE_DAYS or before.isdigit()


def _clock(match: re.Match) -> float:
    """Hour, minutes ('4:30', '15h30') and am/pm of a bound like 'after 4:30'."""
    return _business_hour(int(match.group(2)), match.group(5)) + int(match.group(3) or match.group(4) or 0) / 60


def _business_hour(hour: int, suffix: str | None) -> int:
    """'2' in a business context is 2 p.m.; 'pm' adds 12; 24-hour times stay as they are."""
    if suffix == "pm" and hour < 12:
        return hour + 12
    if suffix == "am":
        return hour % 12
    return hour + 12 if 1 <= hour <= 7 else hour


def _clock_window(match: re.Match, parts: DayParts) -> Hours:
    if match.group(2):
        hour, minutes, suffix, word = int(match.group(2)), int(match.group(3) or match.group(4) or 0), match.group(5), match.group(1)
    elif match.group(7):
        hour, minutes, suffix, word = int(match.group(7)), 0, match.group(8), match.group(6)
    else:
        hour, minutes, suffix, word = int(match.group(9)), 0, match.group(10), None
    start = _business_hour(hour, suffix) + minutes / 60
    if word in ("around", "vers", "about"):
        return (max(parts.day[0], start - 1), min(parts.day[1], start + 2))
    return (start, min(parts.day[1], start + 1))
