"""Clock phrases made canonical ('quarter past one' → 1:15, '13 h 15' → 13:15, meals and bounds), numbers that are not
times left out, and the hours a clause names."""
from __future__ import annotations

import re
from datetime import time

from dialogs.vocabulary import DAY_CARDINALS, DayParts, ENGLISH_HOURS, FRENCH_DAY_NUMBERS, FULL_WEEKDAYS, Hours, MONTHS, MONTH_NAMES, OR_AFTER, PART_WORDS, WEEKDAY_NAMES, WEEKDAYS
from dialogs.patterns import compile_words, search, sub
from dialogs.clause_phrases import PLURAL_WEEKDAY


def overlap(first: Hours, second: Hours) -> Hours | None:
    start, end = max(first[0], second[0]), min(first[1], second[1])
    return (start, end) if start < end else None


LETS_IN = compile_words(  # someone who will be there to open the door: a time that works
    r"\b(?:let (?:you|your \w+|him|her|them) in|can let|open the door|vous ouvrir|ouvrir la porte|peut vous ouvrir|be there to|sera la pour|(?:i'?ll|i will|we'?ll|we will) be (?:in town|around)|pourrait (?:etre|etre) la|could be there|(?:venez|come)(?: donc)? (?:en meme temps|at the same time|while (?:she'?s|he'?s|they'?re) (?:there|here)))\b"
    r"|\b(?:psw|preposee?|aunt|tante|uncle|oncle|neighbou?r|voisine?|worker|caregiver|aide|helper)(?: \w+)? (?:is|est|reste|will be|sera) (?:there|la|avec|with)\b"
    r"(?![^|]*?(?:\| )?(?:\b(?:until|till|jusqu'a|before) \d|\bfrom 8:00 to\b))"  # 'the PSW is there every morning until 10': there till she leaves, so those hours are hers
    r"|\b(?:frere|soeur|brother|sister|son|daughter|fils|fille|husband|wife|mari|femme|gendre|bru)\b(?: \w+){0,6}? (?:va etre la|will be (?:there|home)|sera la|est la|is (?:there|here|home)|can be (?:there|here|home)|(?:peut|pourra|pourrait) etre la)\b")


def part_hours(named: frozenset[str], parts: DayParts) -> Hours:
    spans = [parts.part(p) for p in named]
    return (min(a for a, _ in spans), max(b for _, b in spans))


def clock_time(hour: float) -> time:
    return time(int(hour), int(round(hour % 1 * 60)))


def hours_outside(out: list[Hours], parts: DayParts) -> Hours | None:
    """The longest stretch of the day left when hours of every day are ruled out ('no mornings' → 12–20; 'no mornings,
    and afternoons not before 2' → 14–20; 'no afternoons' → the morning, the longer of what is left)."""
    if not out:
        return None
    free = [parts.day]
    for start, end in out:
        free = [piece for a, b in free for piece in ((a, min(b, start)), (max(a, end), b)) if piece[0] < piece[1]]
    return max(free, key=lambda span: span[1] - span[0], default=None)


EITHER_PART = compile_words(
    r"\b(?:mornings?|matins?|avant-midis?|am) (?:or|ou) (?:the |l'|les )?(?:afternoons?|apres-midis?|pm)\b"
    r"|\b(?:afternoons?|apres-midis?|pm) (?:or|ou) (?:the |le |les )?(?:mornings?|matins?|avant-midis?|am)\b"
    r"|\b(?:before|avant) (?:or|ou) (?:(?:after|apres) (?:the |le )?(?:lunch|dinner|supper|diner|souper)|afternoon|apres-midi)\b"  # either side of the meal or of noon
)


BETWEEN_HOURS = compile_words(  # 'between 2 and 4', 'entre 13 h et 15 h'; not 'entre 14 et 18 décembre', two dates
    rf"\b(?:between|entre)\s+(\d{{1,2}})(?::(\d{{2}})|h(\d{{2}})?)?\s*(am|pm)?\s+(?:and|et|pis|to|a|-)\s+(\d{{1,2}})(?::(\d{{2}})|h(\d{{2}})?)?\s*(am|pm)?\b(?!\s*(?:of\s+)?(?:{MONTH_NAMES})\b)")


IN_THEN_OUT = compile_words(
    r"\b(?:in|there|arrive|get there|start|come in) at (\d{1,2})(?::(\d{2}))?\b(?: [\w':]+){0,6}? (?:and )?(?:leave|out|done|finish|go|gone) (?:at |by )?(\d{1,2})(?::(\d{2}))?\b"
    r"|\b(?:arrive|rentre|commence) (?:a|vers) (\d{1,2})(?::(\d{2}))?\b(?: [\w':]+){0,6}? (?:repars|pars|finis|quitte|m'en vais) (?:a|vers) (\d{1,2})(?::(\d{2}))?\b"
)


def named_hours(text: str, parts: DayParts) -> Hours | None:
    """The hours of the day the client wants: a part of day, a clock time, or a bound."""
    if EITHER_PART.search(text):
        return None  # 'morning or afternoon, doesn't matter': any time of that day
    for pattern, hours in parts.phrases():
        if search(pattern, text):
            return hours
    span = search(r"\b(?:from |de )?(?:(?<!du )|(?=\d{1,2}:))(\d{1,2})(?::(\d{2}))? ?(am|pm)? (?:to|till|until|-|a|au|jusqu'a) (\d{1,2}|noon|midi)(?::(\d{2}))? ?(am|pm)?\b(?! ?(?:st|nd|rd|th|er)\b)", text)
    if span is not None and (span.group(2) or not search(r"\b(?:the|le|du|lundi|mardi|mercredi|jeudi|vendredi) $", text[: span.start(1)])):  # 'I'm there 9 to 11', 'from 10 till noon', 'I work Tuesdays 10 to 4'
        end_word = span.group(4)
        start = _business_hour(int(span.group(1)), span.group(3) or span.group(6)) + int(span.group(2) or 0) / 60
        end = 12.0 if end_word in ("noon", "midi") else _business_hour(int(end_word), span.group(6)) + int(span.group(5) or 0) / 60
        if start >= end and 13 <= start <= 19 and int(span.group(1)) <= 7 and not (span.group(3) or span.group(6)):  # 'from 7 to noon': 7 in the morning
            start = max(start - 12, parts.day[0])
        if parts.day[0] - 2 <= start < parts.day[0] < end:  # 'there 7am to 3pm': from the business day's start
            start = parts.day[0]
        if parts.day[0] <= start < end <= parts.day[1]:
            return (start, end)
    stay = IN_THEN_OUT.search(text)
    if stay is not None:  # 'I'm in at 11 to do his lunch and leave at 1': there from one to the other
        hour, minute, until, until_minute = (stay.group(i) or stay.group(i + 4) for i in range(1, 5))
        start = _business_hour(int(hour), None) + int(minute or 0) / 60
        end = _business_hour(int(until), None) + int(until_minute or 0) / 60
        if parts.day[0] <= start < end <= parts.day[1]:
            return (start, end)
    between = BETWEEN_HOURS.search(text)
    if between is not None:
        start = _business_hour(int(between.group(1)), between.group(4) or between.group(8)) + int(between.group(2) or between.group(3) or 0) / 60
        end = _business_hour(int(between.group(5)), between.group(8)) + int(between.group(6) or between.group(7) or 0) / 60
        if start < end:
            return (start, end)
    words = text.split()
    named_part = next((parts.part(PART_WORDS[w]) for i, w in enumerate(words) if _names_a_part(words, i) and w not in ("noon", "midi", "lunch")), None)
    bounds = list(re.finditer(r"\b(after|apres|not before|from|a partir de|before|avant|until|till|til|jusqu'a|by|not after)\s+(\d{1,2})(?::(\d{2})|h(\d{2})?)?\s*(am|pm|h)?\b", text))
    lower = [_clock(b) for b in bounds if b.group(1) in ("after", "apres", "not before", "from", "a partir de")]
    upper = [_clock(b) for b in bounds if b.group(1) not in ("after", "apres", "not before", "from", "a partir de")]
    if lower and upper and max(lower) < min(upper):  # 'pas avant 10 h pis pas apres 15 h'
        return (max(lower), min(upper))
    bound = bounds[0] if bounds else None
    if bound is None:
        bound = search(r"\b(after|apres|before|avant)\s+(noon|midi)\b", text)
    if bound is not None:
        hour = 12.0 if bound.group(2) in ("noon", "midi") else _clock(bound)
        bounded = (hour, parts.day[1]) if bound.group(1) in ("after", "apres", "not before", "from", "a partir de") else (parts.day[0], hour)
        return (overlap(bounded, named_part) or bounded) if named_part else bounded  # 'ap-midi apres 3h': 15-17
    clock = search(r"\b(at|around|vers|about|a)?\s*(\d{1,2})(?::(\d{2})|h(\d{2})?)\s*(am|pm)?\b|\b(at|around|vers|about)\s+(\d{1,2})\s*(am|pm)?\b(?! ?(?:weeks?|days?|semaines?|jours?|months?|mois|years?|ans)\b)|\b(\d{1,2})\s*(am|pm)\b", text)  # 'how about 2 weeks' is no time
    if clock is not None and (window := _clock_window(clock, parts))[0] < window[1]:  # 'at 85' is an age, no time
        other = OTHER_CLOCK.match(text, clock.end())  # 'jeudi 10h ou 10h30': either one, so from the first to the second
        return (window[0], max(window[1], _clock_window(other, parts)[1])) if other else window
    for index, word in enumerate(words):
        if _names_a_part(words, index):
            return parts.part(PART_WORDS[word])
    return None


def _names_a_part(words: list[str], index: int) -> bool:
    """'lundi pm pas avant 2h' names the afternoon; the am or pm of '2 pm' and the 'am' of 'I am free' name none."""
    word, before = words[index], words[index - 1] if index else ""
    if word in ("am", "pm") and before[-1:].isdigit():
        return False
    return word in PART_WORDS and not (word == "am" and before in ("i", "who", "that"))


PROPOSED = re.compile(r"\b(?:how|what) $")  # 'how about 1:30?' proposes that time itself; 'about 1:30' is a rough one
OTHER_CLOCK = re.compile(r"\s*(?:ou|or) (at|around|vers|about|a)?\s*(\d{1,2})(?::(\d{2})|h(\d{2})?)?\s*(am|pm)?\b(?! ?(?:st|nd|rd|th|er|jours?|days?|semaines?|weeks?|mois|months?|ans|years?|min|minutes?)\b)")


def _shared_suffix(match: re.Match[str]) -> str:
    """'Monday 1 or 2pm', 'jeudi 9 ou 9 h 30': the bare hour shares the next one's am/pm, and is no date ('Dec 1 or 2pm' is);
    one later on the clock face ('10 or 1pm') is a time of its own, read as business hours."""
    before = match.string[: match.start()].split()
    if before and before[-1].rstrip(".") in MONTHS:
        return match.group(0)
    hour, suffix = int(match.group(1)), match.group(4)
    return f"{hour}{suffix if suffix in ('am', 'pm') and hour < int(match.group(3)) else ':00'} {match.group(2)} "


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
    if word in ("around", "vers", "about") and not (word == "about" and PROPOSED.search(match.string, 0, match.start())):  # an approximate time: an hour early to two late
        return (max(parts.day[0], start - 1), min(parts.day[1], start + 2))
    return (max(parts.day[0], start - 0.5), min(parts.day[1], start + 2))  # a clock time: a visit starting close to it


CLOCK_WORDS = {
    **ENGLISH_HOURS,
    "une": 1, "un": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12,
}


COUNT_WORDS = {**CLOCK_WORDS, **DAY_CARDINALS, **FRENCH_DAY_NUMBERS, "a couple of": 2, "a couple": 2, "une couple de": 2, "a": 1, "an": 1}  # up to 'thirty-one': 'in twenty-one days'


_N = r"(\d{1,2}|%s)" % "|".join(sorted(CLOCK_WORDS, key=len, reverse=True))
_MINUTES = "twenty-five|twenty five|twenty|five|ten"  # 'twenty past one', 'ten to two'
MONTH_CARDINAL = compile_words(r"\b(%s) (%s)\b(?! (?:am|pm|o'?clock|thirty|fifteen|forty|minutes?)\b|:)" % (
    "|".join(m for m in MONTHS if m not in ("may", "march")), "|".join(sorted(DAY_CARDINALS, key=len, reverse=True))))  # 'December fifteen': that date


COUNT_PATTERN = r"(\d{1,2}|%s)" % "|".join(sorted(COUNT_WORDS, key=len, reverse=True))


ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9}


def number_of(word: str) -> int:
    return int(word) if word.isdigit() else COUNT_WORDS[word]


NUMBERS_NOT_TIMES = compile_words(  # street addresses, units, models, phone numbers and ages: numbers that are not times
    r"\b\d{1,5},? (?!a la place\b)(?:(?!(?:c'est|la|le|is|it'?s)\b)[a-z'-]+ ){0,2}(?:st|street|rd|road|ave|avenue|cres|crescent|blvd|boulevard|dr|drive|way|lane|ln|ct|court|pl|place|terrace|ter)\b"
    r"|\b\d{1,5},? (?:rue|chemin|ch|boul|boulevard|avenue|av|rang|montee|place|route)\b"
    r"|\b(?:unit|apt|apartment|app|appartement|suite|model|modele|#) ?[a-z]?-?\d[\w-]*(?![\w-])(?! (?:to|till|until|a|-) (?:\d|noon|midi))"
    r"|\b(?:at|from) \d{1,5} (?!(?:am|pm|on|onwards?|up|forward|in|or|and|the|today|tomorrow|please|pls|works?|would|is|if|ok|sharp|o'?clock|fifteen|thirty|forty|fifty|for|till|until|to|next|this|every|any|a|an|h|heures?"
    r"|monday|tuesday|wednesday|thursday|friday|mon|tue|tues|wed|thu|thur|thurs|fri|in|at|then|maybe|or|but|so|that|with|instead|plutot|sharp|exactly"
    r"|again|too|also|both|perhaps|latest|earliest|works|next|would|should|could|pls|please|svp|merci|thanks|thank|after|before|when|once|since|because|as|suits?|sounds?|fits?|good|fine|great|best|better|perfect|okay|alright|ideal|ideally|preferably|will|tops|max|roughly|approx(?:imately)?|give or take"
    r"|are|was|were|does|won'?t|wont|doesn'?t|doesnt|don'?t|dont|isn'?t|aren'?t|can'?t|cant|cannot|not|never|probably)\b)(?=[a-z]{3,}\b)"  # 'Monday at 10 won't work': the time refused
    r"|\b(?:(?:i'?m|i am|we'?re|she'?s|he'?s|je suis|on est|(?:reach|call|text) (?:me|us|her|him)|(?:me|nous) (?:rejoindre|joindre)|joignables?) (?:at|au|a) )?"  # 'I'm at 416-555-0102': a way to reach, not a place
    r"(?:\b\d{3}[- .]\d{3}[- .]\d{4}\b|\(\d{3}\) ?\d{3}[- .]\d{4})"
    r"|\b(?:i'?m|i am|she'?s|he'?s|she is|he is|mom is|dad is|age|aged|agee?) \d{2,3}(?: years?(?: old)?)?\b(?! ?(?:am|pm|h\b|:))"
    r"|\b\d{2,3} years old\b|\b\d{1,2}(?:st|nd|rd|th|e|eme|ieme)? (?:floor|etage)\b|\b(?:numero de porte|door number|room|chambre)(?: c'est| is)?(?: le| #)? ?\d+\b"
    r"|\$ ?\d[\d,.]*|\b\d+(?: \d{3})*(?:[.,]\d+)? ?(?:km|kilometres?|kilometers?|miles?|minutes?|mins?|hours?|hrs?|lbs?|pounds?|kg|%|\$|dollars?|piasses?)(?=\W|$)"
)


RESTER = r"(?:she|he|i|mom|mum|dad)"  # who naps: the client or the writer
RESTER_FR = r"(?:il|elle|je|maman|papa)"
NAP = compile_words(  # a nap or a rest at set hours: the client is not available then, whatever day is wished
    rf"\b(?:{RESTER} (?:\w+ )?(?:naps?|sleeps?|rests?|lies down)|(?P<fr>(?:fait|fais|faire) (?:sa|ma|la|une) sieste|{RESTER_FR} (?:se |me )?(?:dort|dors|repose)))"
    r"(?: (?:every|each|in the|tous les|toutes les|chaque|l'|le|la)(?: \w+){1,2}?)? (?:from|de|between|entre) (?P<start>\d{1,2}(?::\d{2})?)(?: ?h)? (?:to|a|and|et|till|until|-|pis) (?P<end>\d{1,2}(?::\d{2})?)(?: ?h)?(?= |$)"
)

SHIFT_END = compile_words(
    r"\b(?:i'?m|i am|je suis) (?:on|sur) (?:the |le |un |des )?(?:early |day |morning |late |evening )?(?:shifts?|quarts?(?: de (?:jour|soir))?)((?: [\w']+){0,4}?) (?:\| )?(?:i'?m )?(?:done|off|finish(?:ed)?|through|fini|termine|je finis|i finish) (?:at|a|by|vers) (?=\d)"
    r"|\b(?:i work|(?:she|he) works|(?:je|elle|il) travaille)(?: days| de jour)?((?: [\w']+){0,4}?) (?:\| )?(?:i'?m |she'?s |he'?s )?(?:off|done|finish(?:ed)?|i finish|(?:she|he) finishes|je finis|(?:elle|il) finit|fini) (?:at|a|by|vers) (?=\d)"
    r"|\b(?:i work|je travaille) (?:from|de) \d{1,2}(?::\d{2})?(?: ?h)? (?:to|a|till|-) (?=\d)"
)
HOURS_NAMED = compile_words(r"\b(?:morning|afternoon|evening|matin|avant-midi|apres-midi|soir|am|pm)s?\b|\b(?:after|before|apres|avant|from|at|vers|around|a|des|by|till|until) \d")

MORNING_THEN_AFTER = compile_words(  # 'jeudi j'ai ma prise de sang le matin, mais apres ca je suis libre': from noon that day
    r"\b((?:j'ai|i have|i'?ve got|(?:she|he) has|(?:il|elle|on) a)\b[^|]*?\b(?:le |the |in the |en )(?:matin|morning|avant-midi))\b([^|]*\|?[^|]*?)(?<!week )(?<!semaine )(?<!day )(?<!time )(?<!anytime )(?<!quand )(?<!jour )\b(?:after that|apres ca)\b")

BEFORE_THAT_DATE = compile_words(  # 'on part dans le Sud le 10 decembre | faudrait que ce soit avant': before that date, when no hour comes between
    rf"(?<!\bau )(?<!\bto )(?<!\bthrough )(?<!\buntil )(?<!\btill )(?<!\bjusqu'au )\b(?:on )?((?:the |le )?\d{{1,2}}(?:st|nd|rd|th|er)? (?:{MONTH_NAMES})|(?:{MONTH_NAMES}) \d{{1,2}}(?:st|nd|rd|th)?|le \d{{1,2}}(?:er)?|the \d{{1,2}}(?:st|nd|rd|th))\b"
    r"(?!\s*(?::|am|pm|h\b))([^|\d]*\|\|? [^|\d]*?)\b(before that|avant ca|avant)(?= please| pls| svp| si possible| if possible| \||\s*$)")


def _before_the_date(match: re.Match[str]) -> str:
    """'before that' with the date it points back to written out, as the deadline phrases read it."""
    said = match.group(0)[: match.start(3) - match.start()]
    return f"{said}{'before' if match.group(3).startswith('b') else 'avant'} {match.group(1)}"


EVENT_DEADLINE = compile_words(  # 'before he goes to his cottage on the 19th', 'avant sa fete le 19': a deadline, not a busy day
    rf"\b(before|avant) (?:his|her|my|our|their|the|he|she|we|they|i|son|sa|ses|mon|ma|mes|notre|leur|il|elle|on|je) (?:(?!(?:or|ou|and|et|pis|but|mais|not|pas|no|ni|nor|except|sauf|excepte|{WEEKDAY_NAMES})\b)[a-z][\w'-]* ){{1,5}}?"
    rf"(?:on )?(the \d{{1,2}}(?:st|nd|rd|th)?|le \d{{1,2}}(?:er)?|(?:{MONTH_NAMES}) \d{{1,2}}(?:st|nd|rd|th)?)\b(?!\s*(?::|am|pm|h\b))"
)
NOBODY_AT_HOURS = compile_words(  # 'She doesn't like anyone coming after 4', 'elle veut personne après 4 h': not after 4
    r"\b(?:(?:i|she|he|we|they) (?:don'?t|doesn'?t|do not|does not|can'?t|cannot) (?:like|want|have|take) (?:anyone|anybody|people|visits|visitors|company)|no one|nobody)(?: (?:coming|here|over|around))? (?=(?:after|before) \d)"
    r"|\b(?P<fr>(?:je|elle|il|on) (?:ne )?(?:veut|veux|veulent|aime|aiment) (?:pas )?personne)(?: (?:ici|chez (?:elle|lui|nous)))? (?=(?:apres|avant) \d)")


DEADLINE_DAY = compile_words(  # 'before Friday', 'by Thursday', 'vendredi au plus tard': every day until then
    r"\b(?:(?P<before>before|avant)|(?<!stop )(?<!drop )(?<!come )(?<!swing )(?<!pop )(?<!stopping )(?<!dropping )(?<!home )(?<!back )(?<!out )(?<!here )(?<!there )(?<!up )(?<!ready )by|no later than|pas plus tard que|au plus tard) (?:this |ce )?(?P<day>%s)\b(?: at the latest| au plus tard)?%s"
    r"|\b(?:this |ce )?(?P<last>%s) (?:at the latest|au plus tard)\b" % (WEEKDAY_NAMES, r"(?! (?:the |le )?\d|,? (?:morning|afternoon|evening|matin|avant-midi|apres-midi|soir|at|a|around|vers)\b)", WEEKDAY_NAMES))


def _up_to_deadline(match: re.Match[str]) -> str:
    """The last day the visit may fall on, as 'up to <weekday>': the day before it when the reply says 'before'."""
    day = WEEKDAYS[match.group("day") or match.group("last")]
    if match.group("before"):
        day = min((day - 1) % 7, 4)  # 'before Monday': up to Friday
    return f"up to {FULL_WEEKDAYS[day]}"


SOONEST = compile_words(  # 'the sooner the better', 'dès que possible': any time from now, the earliest first
    r"\b(?:asap|as soon as (?:possible|you can)|the sooner the better|sooner (?:rather )?than later|(?:whatever|whichever)(?:'s| is) (?:soonest|earliest)"
    r"|(?:the )?earliest (?:you (?:have|can)|available|possible)|le plus (?:vite|tot) possible|des que possible|aussitot que possible|au plus (?:vite|sacrant))\b"
    r"(?! (?:le |en |dans l'|in the )?(?:matin|avant-midi|apres-midi|soir|morning|afternoon|evening)s?\b)")


NAP_FROM = compile_words(  # 'she's usually napping after 2': the rest of the day is out, whatever is wished
    rf"\b(?:{RESTER}(?:'s|'m| is| am) (?:\w+ )?(?:napping|sleeping|resting|lying down|in bed)|{RESTER} (?:\w+ )?(?:naps?|sleeps?|rests?|lies down|goes to bed)"
    rf"|(?P<fr>{RESTER_FR} (?:\w+ )?(?:fait|fais) (?:sa|ma|la|une) sieste|{RESTER_FR} (?:se |me )?(?:dort|dors|repose|couche)))"
    r" (?:after|from|apres|a partir de) (?P<hour>\d{1,2}(?::\d{2})?)(?: ?h)?\b(?! ?(?:am|pm|st|nd|rd|th|er)\b)(?! (?:to|a|till|until|-|pis) \d)")  # 'from 1 to 2' is a span


DAY_THEN_SPACED_CLOCK = compile_words(  # an hour and its quarter typed with a space after the day: no date is said that way
    rf"\b((?:{WEEKDAY_NAMES}|tomorrow|today|demain|aujourd'hui) )(1[0-2]|[1-9]) (00|15|30|45)(?=[ap]m\b|\b)(?! ?(?:st|nd|rd|th|er|h|min|minutes?|days?|jours?|of|de)\b)")


UNAVAILABLE_BEFORE = compile_words(  # 'chu pas dispo avant le 14', 'I'm not available before Monday': away until then, from then on
    rf"\b(?P<who>je suis|j'suis|on est|il est|elle est|nous sommes|i'?m|i am|we'?re|we are|s?he'?s|s?he is) (?:pas|not) (?:dispo|disponibles?|available|free|around|la|here|home)"
    rf" (?:avant|before) (?P<day>(?:le |the )?\d{{1,2}}(?:st|nd|rd|th|er)?(?: (?:{MONTH_NAMES}))?|(?:{MONTH_NAMES}) \d{{1,2}}(?:st|nd|rd|th)?|(?:{WEEKDAY_NAMES})(?: prochain| next)?|next (?:{WEEKDAY_NAMES}))\b(?! ?(?::|h\b|am\b|pm\b))")


def _away_until_then(match: re.Match[str]) -> str:
    """The day someone is available from, then the absence until it, as 'pas avant le 14, chu pas là' reads."""
    absent = "pas la" if match.group("who") in ("je suis", "j'suis", "on est", "il est", "elle est", "nous sommes") else "not around"
    return f"from {match.group('day')} | {match.group('who')} {absent}"


def _clause_around(match: re.Match[str]) -> str:
    """The clause a match is in, between the clause marks around it."""
    start = match.string.rfind("|", 0, match.start()) + 1
    end = match.string.find("|", match.end())
    return match.string[start:end if end >= 0 else len(match.string)]


def canonical_times(text: str) -> str:
    """Clock phrases as 'H:MM' ('quarter past one' → 1:15, '13 h 15' → 13:15, 'onze heures moins quart' → 10:45),
    approximate ones as 'around H:MM' ('11-ish', 'noonish', 'vers'), meals as the hour they stand for, and bounds
    said as negations as bounds ('not before 10' → 'from 10:00')."""
    t = NUMBERS_NOT_TIMES.sub(" ", f" {text} ")
    if (nap := NAP.search(t)) and not HOURS_NAMED.search(t[: nap.start()] + t[nap.end():]):  # 'she naps from 1 to 3': those hours are out, unless the reply asks for its own
        t = f"{t[: nap.start()]}| {'pas entre' if nap.group('fr') else 'not between'} {nap.group('start')} {'et' if nap.group('fr') else 'and'} {nap.group('end')} |{t[nap.end():]}"
    t = NAP_FROM.sub(lambda m: f"| {'pas apres' if m.group('fr') else 'not after'} {m.group('hour')} |", t)
    if LETS_IN.search(t):  # someone else opens the door: the writer's own work and sleep hours do not bound the visit
        t = sub(r"\b(?:i work|i'?m at work|je travaille|je suis (?:au travail|a la job)|i sleep|je dors)(?: \w+){0,4}? (?:until|till|jusqu'a) \d{1,2}(?::\d{2})?(?: ?h)?\b", " ", t)
        t = sub(r"\b(?:i work|je travaille) (?:du|from) (?:%s) (?:au|to) (?:%s)\b" % (WEEKDAY_NAMES, WEEKDAY_NAMES), " ", t)
    t = NOBODY_AT_HOURS.sub(lambda m: "pas " if m.group("fr") else "not ", t)
    t = SOONEST.sub(" anytime ", t)
    t = sub(r"\b((?:lunch|dinner|supper|diner|souper|dejeuner|breakfast)(?: ?time| hour)?)(?:,| \|) (?=(?:from |de )?\d{1,2}(?::\d{2}| ?h(?: ?\d{2})?)? ?(?:to|-|a|till|until|jusqu'a) \d)", r"\1 ", t)  # 'except during lunch, 11:30 to 1': the meal's own hours
    t = BEFORE_THAT_DATE.sub(_before_the_date, t)
    t = sub(rf"\b(before|after|avant|apres|until|till) {_N}\b(?<!after sept)(?<!before sept)(?<!until sept)(?<!till sept)(?! (?:\d|(?:of|de|d'|an|another|other|autre|more|hour|heure|minute|day|jour|week|semaine|month|mois|year|\w+s)\b))",
            lambda m: f"{m.group(1)} {number_of(m.group(2))}", t)  # 'not before ten', 'after two': the hours as digits, as the bounds read them; 'until Sept 19' is a month
    t = sub(rf"\b(between|entre|from|de) {_N} (and|et|pis|to|a|till|until|til|jusqu'a) (?:{_N}|(?P<noon>noon|midi))\b(?! (?:\d|(?:of|de|d'|hour|minute|day|jour|week|semaine|month|mois|year|an|(?!heures)\w+s)\b))",
            lambda m: f"{m.group(1)} {number_of(m.group(2))} {m.group(3)} {m.group('noon') or number_of(m.group(4))}", t)  # 'between ten and two', 'entre dix et midi': hours, as the spans read them
    t = UNAVAILABLE_BEFORE.sub(_away_until_then, t)
    t = sub(r"\b(?:not before|not until|not till|not til|no earlier than|pas avant|jamais avant|never before|pas plus tot que|(?:(?:i|we|he|she|they|je|on|il|elle) )?(?:can'?t|cannot|peux pas|peut pas)(?: \w+){0,3}? (?:before|until|till|avant)|(?:don'?t|do not) come (?:\w+ )?before|venez pas avant)\b(?!-)"
            r"(?=\s+(?:\d|noon|midi|(?:le|the) \d)|\s+(?:next|this|%s|%s|demain|tomorrow|(?:the )?overmorrow|la semaine|the week|mid|early|la mi|le debut)\b|\s+(?:a|one|two|three|une|deux|trois) (?:weeks?|semaines?)\b|\s+(?:in|dans) (?:a|one|two|three|une|deux|trois|\d)\b)"
            % (WEEKDAY_NAMES, MONTH_NAMES), "from", t)  # 'not until a week from Thursday', 'pas avant décembre 10': from that day on
    t = DEADLINE_DAY.sub(_up_to_deadline, t)
    t = sub(r"\b(entre|between) (?:midi|noon)\b", r"\1 12:00", t)
    t = sub(r"\bnot (?:until|till|til) (?:after )?(?=\d)", "from ", t)  # 'not till after 1': from then
    t = sub(r"\bnot (?:past|later than) (?=\d)", "before ", t)  # 'after 1 but not past 4'
    t = sub(r"\b(?:plutot que|rather than|instead of) (?:le |l'|la |the |in the )?(?=(?:matin|avant-midi|apres-midi|soir|morning|afternoon|evening)s?\b)", "| not the ", t)  # 'apres le souper plutot que le matin'
    t = sub(r"\b(?:lunch|brunch|dinner|supper|diner|souper|dejeuner) (?=with|avec)", " event ", t)  # 'lunch with the girls': an outing, not a time
    t = EVENT_DEADLINE.sub(r"\1 \2", t)  # 'before her birthday party on May 1st': the date bounds the wish, the party rules out nothing
    t = sub(rf"\b({WEEKDAY_NAMES}) (?=(?:this|cette) (?:week|semaine) (?:or|ou|and|et|pis) (?:the |la )?(?:semaine )?(?:next|prochaine|suivante)\b)", r"\1 | ", t)  # 'mardi ou jeudi cette semaine ou la semaine prochaine': those weekdays of both weeks
    t = sub(r"\b((?:this|cette) (?:week|semaine)\b[^.!?]{0,40}?\b(?:otherwise|or else|sinon|ou bien)) (?:the |la )?(next|prochaine|suivante)\b(?![ -]\w)",
            lambda m: f"{m.group(1)} {'next week' if m.group(2) == 'next' else 'la semaine ' + m.group(2)}", t)  # 'this week if you can, otherwise next': next week
    t = sub(rf"\b({WEEKDAY_NAMES}) (?:this|cette) (?:week|semaine)(?= (?:or|ou|and|et|pis) )", r"\1 |", t)  # 'vendredi cette semaine ou mercredi prochain': that Friday
    t = sub(r"\b(?:i start|je commence|i arrive|j'arrive|i come in|i get there|(?:she|he|elle|il|psw|preposee?) (?:comes|arrives|gets there|gets here|vient|arrive)) (?:at|a) (\d{1,2}(?::\d{2})?)(?: ?h)? (?:and|et|pis) (?:i |she |he |elle |il )?(?:leaves?|finish(?:es)?|go(?:es)?|pars|part|finis|finit|quitte)(?: at| a)? (\d{1,2}(?::\d{2})?|noon|midi)\b",
               lambda m: f"from {m.group(1)} to {'12' if m.group(2) in ('noon', 'midi') else m.group(2)}", t)  # a caregiver's shift: the time to come
    t = sub(r"(?<!le )\b((?:from |de )?(?:1[0-2]|0?\d)(?::\d{2})?) (?:to|till|until|-|a) (?:noon|midi)\b(?! (?:quinze|et|trente|moins|\d))", r"\1 to 12", t)  # '11 to noon'; 'vendredi 29 a midi' is a date, then the meal
    t = sub(r"\b(?:from|a partir de|des) (?:noon|midi)(?: on)?\b", "from 12:00", t)
    t = sub(r"\bdes (?=\d{1,2}(?: ?h\b|:))", "from ", t)
    t = sub(r"\b(?:ni|not|pas|never|jamais|no later than|pas plus tard que) (?:after|apres) (?=\d{1,2}(?: ?h\b|:|\b))", "| before ", t)  # 'ni après 16 h': until then
    t = sub(r"\b((?:from|before) \d{1,2}(?: ?h(?: ?\d{2})?|:\d{2})?) non plus\b", r"\1", t)  # 'pis pas avant 10 h non plus', 'mais pas après 4 h non plus'
    t = sub(rf"\bquarter (?:past|after) {_N}\b", lambda m: f"{number_of(m.group(1))}:15", t)  # 'quarter after 10', as said in North America; before 'or later' reads the hour
    t = sub(rf"\bhalf past {_N}\b", lambda m: f"{number_of(m.group(1))}:30", t)
    t = sub(rf"\bquarter to {_N}\b", lambda m: f"{number_of(m.group(1)) - 1}:45", t)
    t = sub(rf"\b({_MINUTES}) (?:past|after) {_N}\b", lambda m: f"{number_of(m.group(2))}:{number_of(m.group(1)):02d}", t)  # 'twenty past one'
    t = sub(rf"\b(at|around|about|for|by) ({_MINUTES}) to {_N}\b", lambda m: f"{m.group(1)} {number_of(m.group(3)) - 1}:{60 - number_of(m.group(2)):02d}", t)  # 'at ten to two'; 'ten to two' alone may be hours
    t = sub(r"(?<!le )(?<!the )\b(\d{1,2}(?::\d{2})?(?: ?h(?: ?\d{2})?| ?[ap]m)?) (?:or later|(?:or|ou|and) %s|ou plus tard|and later|onwards?|et plus|on(?=\s*(?:\||$)))(?![\w'])" % OR_AFTER, r"from \1", t)
    t = sub(r"\b(?:y'?a personne|il y a personne|nobody|no one)(?: \w+){0,2} (?:avant|before|till|until|jusqu'a)\b", "from", t)
    t = sub(r"\b(?:je suis|i'?m|she'?s|he'?s|on est) (?:la|there|here|home)((?: \w+){0,2}?) (?:jusqu'a|until|till) (?:(noon|midi)|(?=\d))",
               lambda m: f"|{m.group(1)} before {'12:00' if m.group(2) else ''}", t)  # 'moi chu la jusqu'a midi'; 'je suis la demain jusqu'a midi': that day
    t = sub(r"\b(?:dort|dors|sleeps?|se leve|gets up|wakes up|se reveille)(?: \w+){0,2}? (?:jusqu'a|until|till|a|at|vers) (?=\d)", "| from ", t)
    t = sub(r"(?:\bnot|n't|\b(?:doesnt|dont|does not|do not))(?: really| usually| even)? (?:up|awake|get up|wake up|out of bed|dressed)(?: \w+){0,2}? (?:until|till|til|before) (?=\d)", "| from ", t)  # 'I'm not really up until 11': from then
    t = sub(r"\b(?:soupe|mange|eats|has (?:her|his) (?:supper|dinner)) (?:a|at|vers) (?=\d)", "| before ", t)
    t = sub(r"\b(?:after|apres) (?:le |the )?(?:souper|supper|dinner)\b(?=[^|]*\b(?:on se couche|je me couche|go to bed|sleep|dort|couche))", "before 17:00", t)
    t = sub(r"\bquand vous (?:voulez|voudrez)\b(?=\s*\|?\s*(?:sauf|except|mais pas|but not)\b)", "n'importe quand", t)
    t = sub(r"\b(?:whatever|whichever) day(?: suits you| you (?:like|want|pick))?(?= (?:except|but|other than)\b)", "any day", t)
    t = sub(
        r"\b(any ?day|any ?time|anytime|whenever|n'importe quand|n'importe quel jour|tout|anything|everything|every ?day|all week|tous les jours"
        r"|any weekday|weekdays)((?: \w+){0,3}?) (?:but|mais)\b(?= (?:not |pas )?(?:the |le |a |un |on )?(?:early |late |tot le )?(?:\d{1,2}(?:st|nd|rd|th|er)?\b|%s|%s|tomorrow|demain|mornings?|afternoons?|evenings?|matins?|avant-midis?|apres-midis?|soirs?)\b)"
        % (WEEKDAY_NAMES, "|".join(f"{w}s" for w in FULL_WEEKDAYS)),
        r"\1\2 except", t,
    )
    t = sub(r"\b(?:by|until|till|over|after|d'ici|jusqu'a|apres) (?:the |la |this |ce )?(?:weekend|week-end|fin de semaine)\b", " ", t)  # a bound, not a wish
    t = sub(r"\b(?:(?:have|enjoy) a (?:good|nice|great|lovely) (?:[\w']+ ){0,2}|(?:bonne|belle) )(?:weekend|week-end|fin de semaine)\b|\bbon week-end\b", " ", t)  # a wish for the client's weekend
    t = sub(r"\b(make (?:that|it)|plutot|mettons|disons) (1[0-2]|[1-9])\b(?!:| ?(?:st|nd|rd|th|er|h\b|am|pm|jours?|days?|weeks?|semaines?|(?:%s)\b))" % "|".join(MONTHS), r"\1 at \2", t)  # 'Tuesday at 2, no sorry, make that 3'
    t = sub(r"(^ *|\| *)(8|9|1[0-2])(?= (?:(?:would be|is|'s|sounds|c'est|serait) (?:ok|okay|fine|good|great|perfect|better|best|ideal|correct|beau|bon|parfait|mieux|bien)|works|would work|suits|ca (?:va|marche|adonne|irait)|me va|m'irait)\b)", r"\1at \2", t)  # '11 would be ok': a morning hour said as the subject, no option
    t = sub(r"\b(?:jusqu'a|until|till|through) (?:la fin (?:de |d')|the end of )(?:%s)\b" % "|".join(MONTHS), " ", t)  # how long a habit lasts
    t = sub(rf"\b((?:{WEEKDAY_NAMES})s) (?:jusqu'a|until|till|through) (?:la fin du mois|the end of the month)\b", r"\1", t)  # 'les mardis jusqu'à la fin du mois': the habit
    t = sub(r"\b(?:in the |le |en )?(?:morning|matin|avant-midi)\b(?=[^|]*\|? ?[^|]*\b(?:wiped out|exhausted|worn out|tired|fatiguee?|epuisee?|brulee?|magane?e?) (?:(?:after(?:wards)?|apres)(?: (?:that|it|ca))?(?= *(?:\||$|and |et |pis |so |faque ))|le reste de la journee|the rest of the day))", " ", t)  # '... in the morning and she's wiped out after': the whole day
    t = sub(r"\b(?:the |a |le |la )?(?:long weekend|long week-end|longue fin de semaine)(?: (?:in|of|en|de|d'|du mois d'?) ?(?:%s))?" % "|".join(MONTHS), " ", t)  # a holiday weekend, not the coming one
    t = sub(r"\b(?:a|ce) soir\b(?!-la)|\btonight\b", "today evening", t)
    t = sub(r"\b(?:a|ce) matin\b(?!-la)|\bthis morning\b|\b(?:cet|c't') ?avant-midi\b", "today morning", t)
    t = sub(r"\b(?:cet|cette|c't'|this) ?(apres-midi|aprem|afternoon)\b", r"today \1", t)
    t = sub(r"\bthe following (%s)\b" % WEEKDAY_NAMES, r"next \1", t)
    t = sub(r"\b(?:and|et) (?=(?:never|not|no|pas|jamais|sauf|except)\b)", "| ", t)
    t = sub(r" ni (?=\w)", " | ni ", t)
    t = sub(r"\b(next|nxt|prochaine?) weak\b", r"\1 week", t)
    t = sub(rf"\b(?:i'?d )?(?:rather )?not (?:go )?(?:past|later than|beyond|after) ({WEEKDAY_NAMES})\b", r"up to \1", t)  # 'rather not go past Friday'
    t = sub(r"\bde (\d{1,2}(?::\d{2})?)(?: ?h)? (?:a|au|jusqu'a) midi\b", r"from \1 to 12", t)
    t = sub(rf"\b(this|ce) ({WEEKDAY_NAMES}) (or|ou) (?:the )?(?:next|le prochain|prochain)\b", r"\1 \2 \3 next \2", t)  # 'this Friday or next'
    t = sub(r"\b(?:(ces) )?(matin|avant-midi|apres-midi|soir)(s?)-la\b", lambda m: f"ces {m.group(2)}s" if m.group(1) or m.group(3) else f"ce {m.group(2)}", t)  # 'ces matins-la': those
    t = sub(r"\b(?:have|has|avons|on a|got) (?:the|a|le|un|une|our|notre) (?:\w+ )?(?:lunch|dinner|supper|souper|diner|brunch|party)\b", " event ", t)
    t = sub(rf"\b(?:since|depuis) (?:last )?(?:{WEEKDAY_NAMES}|yesterday|hier)\b", " ", t)  # 'in hospital since Saturday': past
    t = sub(r"\s*\|\s*(jour pour jour|to the day)\b", r" \1", t)
    t = sub(rf"\b((?:{WEEKDAY_NAMES}|today|tomorrow) (?:is )?not good) (?=friday\b)", r"\1 | ", t)  # 'thursday not good friday good'
    t = sub(r"(?<!no )\bgood friday\b|\bvendredi saint\b", "vendredisaint", t)  # one word: no Friday of its own, no 'good'
    t = sub(r"\beaster monday\b|\blundi de paques\b", "lundidepaques", t)
    t = sub(r"\b(?:un|une|a) (?:souper|diner|dinner|supper|lunch|brunch|party)(?: de famille| familial| party)?\b"
               r"|\b(?:le|the) (?:souper|diner|dinner|supper|lunch|brunch) (?:de famille|familial|de noel|party|des fetes)\b", " event ", t)  # an event, not a time
    t = sub(r"\b(?:for|over|pour) (?:the |la )?(?:weekend|fin de semaine)\b", " ", t)
    t = sub(r"\blast (?:weekend|week|month)\b(?! (?:of|in) )|\b(?:la )?(?:fin de )?semaine (?:passee|derniere)\b", " ", t)
    t = sub(r"\bmake it (\d{1,2}(?::\d{2})?)\b(?! ?(?:st|nd|rd|th|am|pm))", r"make it at \1", t)
    t = sub(r"\b(?:get|be) there (?:for|by) (\d{1,2}(?::\d{2})?)\b", r"from \1", t)
    t = sub(r"\bgenre (?=\d)", "around ", t)
    t = sub(r"\bpasse (?=\d|midi\b)", "after ", t)
    t = sub(r"\b(?:ca tombe|that'?s|that is|it'?s|c'est|which is) (?:un|a|on a) (?:%s)\b(?: je pense| je crois| i think| i believe)?(?! (?:or|ou) (?:un |a )?(?:%s)\b)" % (WEEKDAY_NAMES, WEEKDAY_NAMES), " ", t)  # the weekday of a date just named; 'c'est un lundi ou un vendredi' wishes
    t = sub(r"\b(?:not after|no later than|pas apres|pas plus tard que)\b", "before", t)
    t = sub(r"\b(?:avant|before) (\d{1,2}(?: ?h(?: ?\d{2})?|:\d{2})?) (?:c'est|is|it'?s|that'?s) (?:trop tot|too early)\b", r"from \1", t)
    t = sub(r"\b(?:apres|after) (\d{1,2}(?: ?h(?: ?\d{2})?|:\d{2})?) (?:c'est|is|it'?s|that'?s) (?:trop tard|too late)\b", r"before \1", t)
    t = sub(r"\b(?:pas la|absente?|partie?|pas disponible|pas dispo) de la semaine\b(?! prochaine| d)", "pas la cette semaine", t)
    t = sub(r"\b(\d{1,2}) ?h ?(\d{2})\b", r"\1:\2", t)  # '1 h 30 pm': its minutes before any 'pm' is glued on
    t = sub(rf"\b{_N} ?(am|pm)\b", lambda m: f"{number_of(m.group(1))}{m.group(2)}", t)  # 'after three pm'
    t = sub(r"\b(?:(%s|the|le) )?\b(1[0-2]|[1-9])(:\d{2})? (?:o'?clock )?in the (morning|afternoon|evening)\b" % "|".join(MONTHS),
            lambda m: m.group(0) if m.group(1) else f"{m.group(2)}{m.group(3) or ''}{'am' if m.group(4) == 'morning' else 'pm'}", t)  # '9 in the morning sharp'; 'December 9 in the morning' is a date
    t = sub(r"\b(twenty|thirty)[- ](first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b",
               lambda m: f"{(20 if m.group(1) == 'twenty' else 30) + ORDINAL_WORDS[m.group(2)]}th", t)
    t = MONTH_CARDINAL.sub(lambda m: f"{m.group(1)} {DAY_CARDINALS[m.group(2)]}", t)
    t = sub(r"\btwentieth\b", "20th", t)
    t = sub(r"\bthirtieth\b", "30th", t)
    t = sub(r"\b(?:to|too) o'?clock\b", "2:00", t)
    t = sub(rf"\b(at|around|about|vers|a) {_N}\b(?! (?:of|o'clock|weeks?|days?|years?|ans|jours?|semaines?|people|personnes|pills?|(?!(?:works|suits|sounds|fits)\b)\w+s\b))",
               lambda m: f"{m.group(1)} {number_of(m.group(2))}", t)  # 'Mindy at ten'
    t = sub(r"\bfor (?=thirty\b|o'?clock\b)", "four ", t)
    t = sub(r"\b(after|before|at|around|apres|avant) for\b", r"\1 4", t)
    t = sub(r"\b(?:too|to) (?=thirty\b)", "two ", t)
    t = sub(rf"\b{_N} o'?clock\b", lambda m: f"{number_of(m.group(1))}:00", t)
    t = sub(rf"\b{_N} (thirty|fifteen|forty-?five)\b", lambda m: f"{number_of(m.group(1))}:{ {'thirty': 30, 'fifteen': 15}.get(m.group(2), 45)}", t)
    t = sub(r"(?<![-\w])midi (?:et quart|quinze)\b", "12:15", t)
    t = sub(r"(?<![-\w])midi et demie?\b", "12:30", t)
    t = sub(r"(?<![-\w])midi moins (?:le )?quart\b", "11:45", t)
    t = sub(rf"\b{_N} ?h(?:eures?)? et demie?\b", lambda m: f"{number_of(m.group(1))}:30", t)
    t = sub(rf"\b{_N} ?h(?:eures?)? et quart\b", lambda m: f"{number_of(m.group(1))}:15", t)
    t = sub(rf"\b{_N} ?h(?:eures?)? moins (?:le )?quart\b", lambda m: f"{number_of(m.group(1)) - 1}:45", t)
    t = sub(rf"\b{_N} ?(?:h|heures?)\b(?! ?\d)", lambda m: f"{number_of(m.group(1))}:00", t)
    t = sub(r"(?<![\d:])(?<!the )(?<!le )(?<!du )\b([1-9]|1[0-2]) (or|ou) (?=([1-9]|1[0-2])(:\d{2}|am|pm)\b)", _shared_suffix, t)  # 'jeudi 2 ou 3 h': both hours
    t = _meal_time_bound(t)
    t = sub(r"\b(?:before|avant) (?:his |her |my |the |le |son |sa |mon )?(?:supper|dinner|lunch|souper|diner) (?:at|a) (\d{1,2}(?::\d{2})?)\b", r"before \1", t)
    t = sub(r"\b(?:fini|finished|done) (?:de |with )?(?:souper|supper|diner|dinner|lunch|eating|manger)\b", " ", t)
    t = t if LETS_IN.search(t) else sub(r"\b(?:vient|viennent|venir|comes?|coming) (?:souper|diner|dejeuner|for (?:supper|dinner|lunch|breakfast))\b", " is busy ", t)  # 'mon gars vient souper le mercredi': a visit
    t = sub(r"\b(?:(at|around|vers|a) (2[0-3]|1\d|0?[1-9])|(after|before|apres|avant) (1[0-2]|0?[1-9]))([0-5]\d)\b(?=\s*(?:$|\||am\b|pm\b|please|pls|svp|works|ok|or|and|on|if|would|is|in the|tomorrow|demain|du matin|le matin))",
               lambda m: f"{m.group(1) or m.group(3)} {m.group(2) or m.group(4)}:{m.group(5)}", t)  # 'arond 1030', 'at 1400'; 'before 2020' is a year
    t = sub(r"(?<=\| )(1[0-2]|[1-9])([0-5]\d)(?=\s*(?:$|\|))", r"\1:\2", t)  # 'weds 28th, 1045'

    t = sub(r"\bhalf (one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\b(?! (?:an?|hour|hours|day|days|the|of|past))",
               lambda m: f"{number_of(m.group(1))}:30", t)  # 'half two': 2:30
    t = sub(r"\b(at|around|vers|a) (1[0-2]|[1-9]) ([0-5]\d)\b(?!\s*(?:days?|weeks?|min|jours?|\w+ (?:st|street|ave|road|rd)))", r"\1 \2:\3", t)  # 'at 2 30'
    t = DAY_THEN_SPACED_CLOCK.sub(r"\1\2:\3", t)  # 'thurs 10 30', 'tmrw 2 15': a time, not the 10th
    t = sub(r"\b(\d{1,2}(?::\d{2})?) ?(am|pm)? sharp\b", r"at \1\2", t)
    t = sub(r"\b(\d{1,2}(?::\d{2})?(?: ?[ap]m)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?: ?-? ?ish| or so)\b", lambda m: f"around {m.group(1) if m.group(1)[0].isdigit() else number_of(m.group(1))}", t)
    t = sub(r"(?<![\w:-])(?<!le )(?<!the )(?<!du )((?:1[0-2]|[1-9])(?::[0-5]\d)?(?: ?[ap]m)?)-((?:1[0-2]|[1-9])(?::[0-5]\d)?(?: ?[ap]m)?)(?![\w:-])(?! (?:%s|st|nd|rd|th|er|semaines?|weeks?|jours?|days?|mois|months?)\b)" % "|".join(MONTHS), r"from \1 to \2", t)  # '9-12' is hours
    t = sub(r"(?<![\w:-])(\d{1,2}:\d{2})-(\d{1,2}:\d{2})(?![\w:-])", r"\1 to \2", t)  # '13h-15h', as folded to '13:00-15:00'
    t = sub(r"\b(\d{1,2}:\d{2}) (?:de l'apres-midi|de apres-midi|du soir|in the afternoon|in the evening)\b", r"\1pm", t)
    t = sub(r"\b((?:at|around|vers|a|for|by|before|after|from|avant|apres) \d{1,2}(?::\d{2})?|\d{1,2}:\d{2}) (?:du matin|in the morning|le matin|am matin)\b", r"\1am", t)
    t = sub(r"\b(\d{1,2}(?: ?h(?: ?\d{2})?|:\d{2})) (?:environ|a peu pres|a peu pret)\b", r"around \1", t)  # '10 h environ': as approximate as 'vers 10 h'
    t = sub(r"\b(?:(?:aux |dans les |dins |ds les )?alentours? de|(?:su'?l|sur le) bord de(?= \d| midi\b)|(?:dans|dins|ds) (?:l'?|le |les )?bout(?:te)?s? de(?= \d| midi\b)|autour de|environ|approximately|approx|roughly|circa|vers les|a peu pres|a peu pret)\b", "around", t)
    t = sub(r"\b(du|le|au) (soupe|dine)\b", lambda m: f"{m.group(1)} {m.group(2)}r", t)
    t = sub(r"\b(?:before|avant) (?:lunch|le lunch|le diner|diner|midi|noon)\b", "before 12:00", t)
    t = sub(r"\b(?:after|apres) (?:supper|le souper|souper|dinner)\b", "after 17:00", t)
    t = sub(r"\b(?:before|avant) (?:supper|le souper|souper|dinner)\b", "before 17:00", t)
    t = sub(r"\b(?:around |about |at |vers |a )?(?:l'heure du |the )?(?:supper ?time|supper|souper|dinner ?time|dinner)\b(?!(?: ?time| hour)?,?(?: \|)? (?:i mean |so |at |around )?(?:noon|midi|12)\b)", " around 17:00 ", t)  # 'at the dinner hour, noon': the midday meal
    t = sub(r"\b(?:c'est|that'?s|it'?s) (?:mon|ma|my|son|sa|his|her) (?:lunch|diner|souper|supper|dinner|dejeuner|breakfast)\b", " ", t)  # a reason
    t = sub(r"\b(?:after|apres) (?:my |mon |son |sa |his |her |le )?(?:breakfast|dejeuner)\b", " ", t)  # a reason
    t = sub(r"\b(?:le|the|our|notre|my|mon|her|his|son|sa) (?:breakfast|dejeuner|lunch|diner|supper|souper|dinner) (?:(?:est|is) (?:(?:pas mal|ben|bien|tres|very|quite|pretty|always|toujours|a bit|un peu) )?(?:long|longue|slow|lente?|late|tard)|takes|prend|dure|lasts)\b", " ", t)  # 'le dejeuner est long chez nous': why the day starts late, not a time
    t = "||".join(sub(r"\b(?:after|apres) (?:my|mon|son|sa|his|her) (?:lunch|diner)\b", " " if search(r"\d ?h\b|\d ?h ?\d|\d:\d|\d ?(?:am|pm)\b|\b(?:at|around|vers|a) \d{1,2}\b(?! ?(?:st|nd|rd|th|er)\b)|\b(?:sieste|nap|naps|dort|sleeps?|repose|rests?)\b", piece) else "after lunch", piece)
                 for piece in t.split("||"))  # 'demain apres mon diner' wishes; 'vers 13 h 30, apres mon diner', 'sa sieste apres son diner' explain
    t = sub(r"\bl'? ?apres[ -]?midi\b", "apres-midi", t)
    t = sub(r"\bn'?importe (?:kel|quel|quelle)\b", "n'importe quel", t)
    t = sub(r"\bnxt\b", "next", t)
    t = sub(r"\bwe+k\b", "week", t)
    t = sub(r"\bde bone heure\b", "de bonne heure", t)
    t = sub(r"\b(?:around |about |at |vers |a )?(?:l'heure du |the )?(?:breakfast|dejeuner)\b", " around 9:00 ", t)
    t = sub(r"\b(?:ma job|my job|mon travail|ma shift|my shift|work) (?:finit|finishes|ends|termine|se termine) (?:a|at|vers|around)? ?(noon|midi|\d{1,2}(?::\d{2})?)\b",
               lambda m: f"| after {'12:00' if m.group(1) in ('noon', 'midi') else m.group(1)}", t)
    t = sub(r"\b(?:je finis|elle finit|il finit|she finishes|he finishes|she gets off|he gets off|je termine|je sors|i finish|i'?m done|i get off|i'?m off|i get home|je rentre|je (?:suis|serai) (?:de retour|revenue?)|i'?ll be (?:home|back)|i'?m (?:home|back)|(?:i )?can be (?:there|here|at (?:his|her|their|my|mom'?s|dad'?s) (?:place|house|home|apartment|condo)))"
               rf" (?:de \w+ |from \w+ |work )?(?:a|at|vers|around|by|pour)? ?(noon|midi|\d{{1,2}}(?::\d{{2}})?)\b(?: (?:le|on|les) (?:{WEEKDAY_NAMES})s?\b)?",
               lambda m: f"| after {'12:00' if m.group(1) in ('noon', 'midi') else m.group(1)}", t)  # 'moi je finis a midi': from then
    t = sub(r"\b(?:i'?ll be|we'?ll be|je serai|she'?ll be|he'?ll be|elle sera|il sera) (?:at|chez|in|en|au|away|visiting)\b(?! (?:town|ville|home|the house|la maison))", "i'm at", t)
    t = sub(r"\b(?:i|je) (?:start|begin|commence) (?:work |ma job |a travailler )?(?:at|a) (?=\d)", "| before ", t)  # 'first thing, I start work at 10'
    t = SHIFT_END.sub(lambda m: f"i work{m.group(1) or m.group(2) or ''} till ", t)  # 'on early shift next week, done at 2': a shift that ends, not a day out
    t = sub(r"\b(?:i work|i teach|she teaches|i'?m at work|je travaille|je suis (?:au travail|a la job|a l'ouvrage)|she works|he works|elle travaille|il travaille)"
               r" (?:\w+ ){0,4}?(?:until|till|jusqu'a) (noon|midi|\d{1,2}(?::\d{2})?)\b",
               lambda m: f"| after {'12:00' if m.group(1) in ('noon', 'midi') else m.group(1)}", t)  # 'I work until 3:30': from then
    t = sub(r"\bafter (?:the |my |our |her |his )?(?:psw|nurse|caregiver|aide) (?:leaves|has left|is gone|goes)\b|\bapres que (?:la |le |sa |son |ma |mon |my )?(?:preposee?|infirmiere|aide) (?:parte|soit partie?)\b", "after that", t)
    t = HELPER_ARRIVES.sub(lambda m: f"before {m.group(1) or m.group(2)}" if m.group(1) or m.group(2) else " ", t)  # 'early mornings, before his PSW comes at 10'
    t = sub(r"\b(before|avant) (\d{1,2}(?::\d{2})?)\b(.*?)\b(?:after that|apres ca)\b", r"\1 \2\3 after \2", t)  # 'not before 11... after that'
    t = sub(r"\b\d{1,2}(?::\d{2})? (?:to|till|until|-|a) (\d{1,2}(?::\d{2})?)\b([^|]*\|?[^|]*?)\b(?:(?:come|venir|venez) )?(?:after that|apres ca)\b", r"\2 | after \1", t)  # 'routine is 8 to 10:30, so come after that'
    t = sub(r"\b(?:i'?m|je suis|she'?s|he'?s|elle est|il est) (?:at|au|a la|a l'|chez(?! (?:lui|elle|eux)\b)|in|en) [^|]{0,40}?\b(?:till|until|jusqu'a) (noon|midi|\d{1,2}(?::\d{2})?)\b",
               lambda m: m.group(0) if PLURAL_WEEKDAY.search(_clause_around(m)) else f"| after {'12:00' if m.group(1) in ('noon', 'midi') else m.group(1)}", t)  # 'at cardiac rehab till noon': from then; 'les lundis' are busy until then
    t = sub(r"\b(?:apres|after|depuis|pendant|for) \d+ (?:ans|annees|years?|mois|months?)\b", " ", t)  # 'après 38 ans de chauffeur': years, not a clock
    t = sub(r"\bla semaine qui (?:s'en )?vient\b", "la semaine prochaine", t)
    t = sub(r"\b(le) (\d{1,2}) (am|pm)\b", r"\1 \2 in the \3", t)  # 'le 16 am': a date, then the part of day
    t = sub(r"(?<!let's )(?<!lets )(?<!let us )(?<!let is )\b(?:say|disons|mettons) (\d{1,2}(?::\d{2})?)\b(?! ?(?:st|nd|rd|th|er)\b)", r"at \1", t)  # 'late morning, say 11'
    t = sub(r"\b(?:je dois|faut que je|il faut que je|i have to|i need to|i must|i've got to|i gotta) (?:partir|parte|leave|go|be gone) (?:a|at|by|vers|around) (\d{1,2}(?::\d{2})?)\b"
            r"|\b(?:leaves?|part|partent|goes|heads|va|vont) (?:for work|to work|pour (?:le |la |l')?(?:travail|job|ouvrage)|travailler) (?:a|at|by|vers|around) (\d{1,2}(?::\d{2})?)\b",
            lambda m: f"| before {m.group(1) or m.group(2)} |", t)  # 'faut que je parte à 15 h', 'mon fils part travailler à 11 h': gone from then
    t = sub(r"\b([1-9]|1[0-2])(?::(\d{2}))? (?:du soir|le soir|in the evening|at night)\b", lambda m: f"{m.group(1)}:{m.group(2) or '00'}pm", t)  # '7 h le soir'
    t = sub(r"\b(?:leaves?|part|partent|finish(?:es)?|finit|is done|goes home|s'en va) (?:at|a|around|vers) (\d{1,2}(?::\d{2})?)\b([^|]*\|?[^|]*?)\b(?:after that|apres ca)\b",
               r"\2 | after \1", t)  # 'the PSW leaves at 11 so anytime after that'
    t = sub(r"\b(?:i|we|she|he) (?:can'?t|cannot|won'?t) (?:get|be|make it|come)(?: there| here| over)? (?:til|till|until|before) (?:after )?(\d{1,2}(?::\d{2})?)\b", r"after \1", t)  # 'I can't get there til after 3'
    t = sub(r"\b(?:(?:i|we|she|he) (?:usually |normally |can )?(?:arrive|get (?:there|here|in)) (?:around|at|by|about)|(?:je|on) (?:(?:(?:peux|peut|pourrais|pourrait|vais|va) etre|serai|sera) (?:la|rendue?|chez (?:elle|lui|eux|nous|\w+ \w+))|(?:peux|peut|pourrais|pourrait|vais|va) (?:arriver|me rendre)) (?:pour|vers)) (\d{1,2}(?::\d{2})?)\b", r"after \1", t)  # 'I usually arrive around 11', 'je peux être chez elle pour 16 h 30'
    t = sub(r"\b(before|avant) (?:(?:her|his|my|their|the|son|sa|ses|le|la|mon|ma) |l')[a-z][\w'-]*(?: [a-z][\w'-]*){0,3}? (?:at|a|around|vers) (\d{1,2}(?::\d{2})?)\b", r"\1 \2", t)  # 'before her day program pick-up at 11': before 11
    t = sub(r"\b(?:je suis|i'?m|i am|on est|we'?re) (?:avec (?:elle|lui|eux)|with (?:her|him|them)|there|la-bas) (?:\w+ ){0,3}?(?:till|until|jusqu'a) (\d{1,2}(?::\d{2})?)\b",
               r"before \1", t)  # 'je suis avec elle jusqu'à 15 h': the time to come is before then
    t = sub(r"\b(?:last (?:night|evening|week|weekend|month|year)|yesterday (?:morning|afternoon|evening)|hier (?:soir|matin|apres-midi)|la semaine (?:passee|derniere))\b(?! (?:of|in) )", " ", t)  # the past
    t = sub(r"\b(?:not|pas) (?:too|trop) (?:early|tot)\b[^|]{0,20}?\b(?:after|apres|from)\b", "from", t)  # 'not too early, like after 10'
    t = sub(r"\b(?:good|ok|okay|fine|free|available|dispo|disponible|libre|works?)(?: for (?:me|us|her|him|them))?\s+(?:till|until|up to|jusqu'a) (noon|midi|\d{1,2}(?::\d{2})?)\b",
               lambda m: f"before {'12:00' if m.group(1) in ('noon', 'midi') else m.group(1)}", t)  # 'good till 3'
    t = sub(r"\b(?:(?:'ll|will|should|would) be|'s|'re|is|are|(?:va|vont|vais) etre|serai|sera|serons|seront) (?:home|back|de retour|revenue?s?|rentree?s?) (?:by|pour) (noon|midi|\d{1,2}(?::\d{2})?)\b",
               lambda m: f"| after {'12:00' if m.group(1) in ('noon', 'midi') else m.group(1)}", t)  # 'we'll be home by noon': there from then on, not a bound before
    t = sub(r"\b(?:up|awake|dressed|ready|levee?|debout|reveillee?) (?:by|at|from|around|des|vers|a partir de) (noon|midi|\d{1,2}(?::\d{2})?)\b",
               lambda m: " " if m.group(1)[0].isdigit() and int(m.group(1).split(":")[0]) < 8 else f"| after {m.group(1) if m.group(1)[0].isdigit() else '12:00'}", t)  # 'he's up by 8 every day': from then; 'up at 5' is before the day starts
    t = sub(r"\b(?:finit|finis|finissent|termine|finish(?:es)?|done|gets? off|off work|sort de (?:la )?(?:job|shop|travail|l'ecole))(?: \w+){0,2}? (?:at|a|around|vers) (\d{1,2}(?::\d{2})?)\b",
               r"| after \1", t)  # 'mon gars finit a 5 h': free from then
    t = sub(r"\b(?:stiff|sore|slow|groggy|asleep|sleeping|in bed|tired|raide|lente?|couchee?|endormie?|prises?|taken|occupee?s?|busy|on calls|in meetings|en reunion)\b(?: \w+){0,3}? (?:till|until|jusqu'a) (noon|midi|\d{1,2}(?::\d{2})?)\b",
               lambda m: f"| after {'12:00' if m.group(1) in ('noon', 'midi') else m.group(1)}", t)  # 'my knees are stiff till noon': from then
    t = sub(r"\b(?:until|till|jusqu'a) (?:noon|midi|(\d{1,2}(?::\d{2})?))\b[ |]*(?!(?:so |faque |donc )apres-)(?:so |faque |donc )?(?:after that|then|apres ca|ensuite|apres)\b",
               lambda m: f"| after {m.group(1) or '12:00'}", t)  # 'busy until noon, after that...': from then; 'jusqu'a 11 h, donc l'apres-midi' is the afternoon
    t = MORNING_THEN_AFTER.sub(r"\1\2 after 12:00", t)
    t = sub(r"\b(?:until|till|jusqu'a) (?:noon|midi)\b", " before 12:00 ", t)
    t = sub(r"(?<=\d )(?<!le \d )(?<!le \d\d )(?<!1[3-9] )(?<![23]\d )(?:and|et|pis|to|a) (?:noon|midi)\b|(?<=\d:\d\d )(?:and|et|pis|to|a) (?:noon|midi)\b", " and 12:00 ", t)  # 'de 10 a midi'; 'vendredi a midi', 'le 14 a midi' and 'jeudi 28 a midi' are the meal
    t = sub(
        r"(?<![-\w])(?<!after )(?<!apres )(?<!apres le )(?:around |about |at |vers |a )?(?:l'heure du |the )?(?:noonish|noon|midi|lunch ?time|lunch|diner)\b(?!-)",
        " around 12:00 ", t,
    )
    t = PART_UNTIL.sub(_part_until, t)
    if search(r"\b(?:after|from|apres|between|entre) \d{1,2}(?::\d{2}\b|\b(?! ?(?:weeks?|days?|semaines?|jours?|st|nd|rd|th|er|of|de)\b))", t):  # 'pas trop tot, disons entre 9h30 pis 11h30': the times say it
        t = sub(r"\b(?:pas trop (?:tot|de bonne heure)|not too early)(?: le matin| in the morning)?\b", " ", t)
    if not search(r"\d{1,2}:\d{2}", t):  # 'mais pas de bonne heure': the first hours are out, unless a time says when
        t = sub(r"\b(?:not|pas) (?:trop |too |very )?(?:early|tot|de bonne heure)(?: le matin| in the morning| mornings?)?\b", " from 10:00 ", t)
    t = VISIT_OF_PART.sub(lambda m: _visit_hours(m, t[: m.start()]), t)
    t = _in_between(t)
    return sub(r"\s+", " ", t).strip()


VISIT_OF_PART = compile_words(  # 'pendant ma visite du soir', 'during my morning shift': one of the helper's spans named before
    r"\b(?:pendant|durant) (?:ma|sa) (?:visite|shift|quart) (?:du |de l'|de )?(matin|avant-midi|apres-midi|soir)\b|\bduring (?:my|her|his) (morning|afternoon|evening) (?:visit|shift)\b"
)
IN_BETWEEN = compile_words(  # 'lunch at 12 and dinner at 5, can you come in between', 'entre les deux ca va': the gap between two times
    r"\b(?:in between|between (?:those|these|them|the two)(?: (?:times|visits|hours|meals))?|entre les deux|entre (?:ces|ceux-la|celles-la)(?: deux| heures)?)\b"
)
TIME_MENTION = re.compile(  # '8 to 10', 'at 5', 'de 8:00 a 10:00am': a time or a span, not a date ('le 12', 'the 12th')
    r"(?:\b(?:around|at|from|vers|de|a partir de|a) )?(?<![\d:])(?<!le )(?<!the )(\d{1,2})(?::(\d{2}))?(?: ?(am|pm))?"
    r"(?: (?:to|a|-|till|until|jusqu'a) (\d{1,2})(?::(\d{2}))?(?: ?(am|pm))?)?(?![\d:])(?! ?(?:st|nd|rd|th|er)\b)"
)


def _mentioned_hours(text: str) -> list[Hours]:
    """Each time or span named, in business hours, a single time as a span of none; 'around 12:00 at 12' (a meal and its time) once."""
    mentioned: list[Hours] = []
    for m in TIME_MENTION.finditer(text):
        first = _business_hour(int(m.group(1)), m.group(3) or m.group(6)) + int(m.group(2) or 0) / 60
        last = _business_hour(int(m.group(4)), m.group(6)) + int(m.group(5) or 0) / 60 if m.group(4) else first
        if 7 <= first <= 21 and (not mentioned or mentioned[-1][0] != first):
            mentioned.append((first, max(first, last)))
    return mentioned


def _visit_hours(m: re.Match[str], before: str) -> str:
    """The span said before that falls in the part of day the visit is named by: 'de 8 h a 10 h pis de 4 h a 6 h ... pendant ma visite du soir'."""
    spans = [(a, b) for a, b in _mentioned_hours(before) if a < b]
    if len(spans) < 2:
        return m.group(0)
    part = m.group(1) or m.group(2)
    start, end = spans[0] if part in ("matin", "avant-midi", "morning") else spans[-1] if part in ("soir", "evening") else min(spans, key=lambda s: abs(s[0] - 14))
    return "so from {0.hour}:{0.minute:02d} to {1.hour}:{1.minute:02d}".format(clock_time(start), clock_time(end))  # those hours, not the others


def _in_between(t: str) -> str:
    """'our PSWs come 8 to 10 and 5 to 7 ... between those' → 'between 10:00 and 17:00': from the end of the next to last
    time named, in that sentence or the one before, to the start of the last; the routine's own times are left out."""
    phrase = IN_BETWEEN.search(t)
    if phrase is None:
        return t
    start = max(t.rfind("||", 0, max(t.rfind("||", 0, phrase.start()), 0)), 0)
    times = _mentioned_hours(t[start: phrase.start()])
    if len(times) < 2 or not times[-2][1] < times[-1][0]:
        return t
    gap = "between {0.hour}:{0.minute:02d} and {1.hour}:{1.minute:02d}".format(clock_time(times[-2][1]), clock_time(times[-1][0]))
    return t[:start] + TIME_MENTION.sub(" ", t[start: phrase.start()]) + gap + t[phrase.end():]


HELPER_ARRIVES = compile_words(  # 'before his PSW comes at 10', 'avant que la préposée arrive à 10 h': a bound, not a busy time; with no hour, why the wish is early
    r"\bbefore (?:the |my |our |her |his )?(?:(?:home ?care|home-care|personal support|cleaning|day|night) )?(?:psw|nurse|caregiver|aide|helper|worker|cleaner|homemaker)"
    r" (?:comes|arrives|gets (?:there|here|in))\b(?:(?: at| around| by)? (\d{1,2}(?::\d{2})?)\b)?"
    r"|\bavant que (?:la |le |l'|sa |son |ma |mon |my )?(?:preposee?|infirmiere|aide(?:[- ](?:menagere|soignante|familiale))?|auxiliaire(?: familiale)?|femme de menage|menagere)"
    r" (?:arrive|vienne|passe)\b(?:(?: a| vers)? (\d{1,2}(?::\d{2})?)\b)?"
)


PART_UNTIL = compile_words(r"\b(?:l')?(matin|avant-midi|apres-midi|morning|afternoon)s?\b((?:(?!matin|avant-midi|apres-midi|morning|afternoon)[^|:]){0,40}?) (?:jusqu'a|until|till) (\d{1,2}):(\d{2})\b")
PART_START = {"matin": 8, "avant-midi": 8, "morning": 8, "apres-midi": 12, "afternoon": 12}


def _part_until(m: re.Match[str]) -> str:
    """'l'apres-midi je fais ma sieste jusqu'a 14 h', 'the aide comes mornings until 11': that part up to the hour."""
    start, end = PART_START[m.group(1)], int(m.group(3)) + int(m.group(4)) / 60
    if not start < end <= start + 5:
        return m.group(0)
    return f"from {start}:00 to {m.group(3)}:{m.group(4)}{m.group(2)}"


MEAL_AT = compile_words(r"\b(?:le |the |our |notre |my |mon )?(?:souper|supper|dinner|diner|lunch)(?: c'est| is)? (?:a|at) (\d{1,2}(?::\d{2})?)\b")


def _meal_time_bound(t: str) -> str:
    """'le souper c'est a 5 h chez nous, venez avant ca': before that hour (the meal's time, then a 'before')."""
    meal = MEAL_AT.search(t)
    if meal is None:
        return t
    after = t[meal.end():]
    bound = search(r"\b(?:avant ca|avant|before that|before then|before)\b(?!\s+\d)", after)
    if bound is None:
        return t
    return t[: meal.start()] + after[: bound.start()] + f"before {meal.group(1)}" + after[bound.end():]
