"""Time wishes in a client's reply: the days and hours wished and those ruled out, as windows in the client's zone.

Pure and fast, over `understand.normalise`d text (lower case, accents folded), English and French together.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from functools import lru_cache

import dateparser

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
            (r"\blate afternoon\b|\blate in the afternoon\b|\btard (?:dans )?l'?apres-midi\b|\bfins? (?:d')?(?:apres-midi|aprem)\b", (self.afternoon[1] - 2, self.afternoon[1])),
            (r"\bafter lunch\b|\bapres (le )?diner\b", (self.afternoon[0] + 1, self.afternoon[1])),
            (r"\bfirst thing\b|\bearly morning\b|^de bonne heure$|\b(?:lundi|mardi|mercredi|jeudi|vendredi|demain|prochaine?) de bonne heure\b|\ba la premiere heure\b|\bpremiere heure\b|\ble plus tot possible\b|\bas early as possible\b|\btot le matin\b|\bmatin de bonne heure\b|\bde bonne heure le matin\b|\bmorning early\b",
             (self.morning[0], self.morning[0] + 2)),
        )


DEFAULT_PARTS = DayParts()


WEEKDAYS = {"monday": 0, "mon": 0, "lundi": 0, "tuesday": 1, "tue": 1, "tues": 1, "mardi": 1, "wednesday": 2, "wed": 2, "weds": 2, "mercredi": 2,
            "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "jeudi": 3, "friday": 4, "fri": 4, "vendredi": 4,
            "saturday": 5, "samedi": 5, "sunday": 6, "dimanche": 6}  # no 'sat', 'sun': 'she sat down', 'the sun
MONTHS = {"january": 1, "jan": 1, "janvier": 1, "janv": 1, "february": 2, "feb": 2, "fevrier": 2, "fevr": 2, "march": 3, "mar": 3, "mars": 3,
          "april": 4, "apr": 4, "avril": 4, "avr": 4, "may": 5, "mai": 5, "june": 6, "jun": 6, "juin": 6, "july": 7, "jul": 7, "juillet": 7,
          "juil": 7, "august": 8, "aug": 8, "aout": 8, "september": 9, "sep": 9, "sept": 9, "septembre": 9, "october": 10, "oct": 10,
          "octobre": 10, "november": 11, "nov": 11, "novembre": 11, "december": 12, "dec": 12, "decembre": 12}
ORDINALS = {"first": 1, "1st": 1, "premier": 1, "premiere": 1, "second": 2, "2nd": 2, "deuxieme": 2, "seconde": 2, "third": 3, "3rd": 3,
            "troisieme": 3, "fourth": 4, "4th": 4, "quatrieme": 4, "fifth": 5, "5th": 5, "last": -1, "dernier": -1, "derniere": -1, "1re": 1, "1ere": 1}
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5}
RELATIVE_DAYS = {"overmorrow": 2, "today": 0, "tonight": 0, "aujourd'hui": 0, "aujourdhui": 0, "tomorrow": 1, "tmrw": 1, "tmr": 1, "tomoz": 1, "demain": 1}
PART_WORDS = {"avant-midi": "morning", "morning": "morning", "mornings": "morning", "am": "morning", "matin": "morning", "matinee": "morning",
              "afternoon": "afternoon", "afternoons": "afternoon", "pm": "afternoon", "apres-midi": "afternoon", "aprem": "afternoon",
              "evening": "evening", "evenings": "evening", "soir": "evening", "soiree": "evening", "night": "evening",
              "noon": "noon", "midi": "noon", "lunch": "noon", "avant-midis": "morning", "apres-midis": "afternoon", "matins": "morning",
              "soirs": "evening", "soirees": "evening", "matinees": "morning", "apresmidi": "afternoon"}
WEEKDAY_NAMES = "|".join(WEEKDAYS)


# ---- time expressions -------------------------------------------------------------------------------------------
def time_windows(text: str, now: datetime, parts: DayParts) -> tuple[list[Window], list[Window]]:
    """Wished windows and excluded ones. The reply is cut into clauses at punctuation and contrast words; a clause
    with a negation or a busy reason rules its days (or parts of days) out, the others wish. An exclusion always wins,
    a later correction replaces an earlier wish, and hours named without a day apply to the wished days."""
    today = now.date()
    canonical = canonical_times(text)
    wished_days: list[date] | None = None
    wished_hours: Hours | None = None
    any_day = False
    ruled_out: list[Said] = []
    reasons: list[Said] = []
    day_hours: dict[date, Hours] = {}
    named: set[date] = set()  # days the wish names one by one ('next Friday', 'the 12th')
    hours_out: list[Hours] = []
    ruled_sentence = -1  # the sentence of the last thing ruled out: 'so not that morning' refers back within it
    last_wish: list[date] | None = None  # the days the last wishing clause added, which a refusal after it takes back
    before_last_wish: list[date] | None = None
    hours_before_last_wish: Hours | None = None
    wished_said: Said | None = None
    mentioned: list[date] = []
    pending_correction = False
    not_before: date | None = None
    cut = clauses(canonical)
    corrected = {c.sentence for c in cut if c.correction}  # 'Monday or Tuesday instead, mornings' is no habit
    habitual = {  # 'any Monday, Wednesday or Friday', 'Mon Wed or Fri, mornings': habits, wherever the commas fall in a sentence
        c.sentence for c in cut if not c.negative and c.sentence not in corrected and (PLURAL_PARTS.search(c.text) or PLURAL_WEEKDAY.search(c.text))
    }
    habit_wish = False
    for clause in cut:
        back, away = (None, False) if _offsets(clause.text, today) else _not_before(clause.text, today)  # 'away until the 15th': from then on
        if back is not None:
            if away:  # and the days until then are out
                ruled_out.append(Said(_business_days(today, back - timedelta(days=1)), frozenset(), frozenset(), None, frozenset(), False, False))
            not_before = back if not_before is None else max(not_before, back)
            said = _from(back, clause.text, today, parts)
            if said.hours is not None and wished_hours is None:
                wished_hours = said.hours
            mentioned.append(back)
            continue
        if BECAUSE.match(clause.text) and not clause.negative:
            continue  # 'parce que j'ai de la visite qui arrive le 24': why, not when
        said = _said(clause.text, today, parts, clause.sentence in habitual and not clause.negative)
        if WEEK_AFTER.search(clause.text) and (mentioned or said.days) and not clause.negative:  # 'not this week; the week after'
            base = mentioned[-1] if mentioned else said.days[-1]  # 'la semaine prochaine ou celle d'apres': both weeks
            monday = base - timedelta(days=base.weekday()) + timedelta(days=7)
            week = [d for d in _business_days(monday, monday + timedelta(days=4)) if not said.weekdays or d.weekday() in said.weekdays]
            said = replace(said, days=week if mentioned else sorted(set(said.days) | set(week)))
        if DAY_AFTER.search(clause.text) and mentioned and not said.days:  # 'not that day and not the day after either'
            said = replace(said, days=[mentioned[-1] + timedelta(days=1)])
        weekday_after = WEEKDAY_AFTER.search(clause.text)
        if weekday_after and mentioned and not clause.negative:  # 'can't do tomorrow, but the Friday after is fine'
            weekday = WEEKDAYS[weekday_after.group(1)]
            said = replace(said, days=[mentioned[-1] + timedelta(days=(weekday - mentioned[-1].weekday()) % 7 or 7)], weekdays=frozenset())
        if ONE_AFTER.search(clause.text) and mentioned and not clause.negative:  # 'Tuesday's a no. The one the week after?'
            said = replace(said, days=[mentioned[-1] + timedelta(days=7)], weekdays=frozenset())
        elif ONE_AFTER.search(clause.text) and clause.negative and said.days:  # 'not this coming Monday or the one after'
            said = replace(said, days=[*said.days, said.days[-1] + timedelta(days=7)], weekdays=frozenset())
        if BEFORE_THAT.search(clause.text) and not wished_days and not said.days and mentioned and not clause.negative:
            said = replace(said, days=_business_days(today, min(mentioned) - timedelta(days=1)), any_day=False)  # 'not Friday; any day before that'
        elif BEFORE_THAT.search(clause.text) and wished_days and not said.days and not POSITIVE_IDIOMS.search(clause.text):
            first = min(wished_days)  # 'Monday the 21st, before that I'm at my brother's'
            ruled_out.append(Said([today + timedelta(days=i) for i in range((first - today).days)], frozenset(), frozenset(), None, frozenset(), False, False))
            continue
        if clause.negative:
            if (clause.correction or BARE_NO.fullmatch(clause.text)) and not (said.days or said.every or said.hours or said.parts) \
                    and not (REFUSAL.search(clause.text) and last_wish is not None):
                pending_correction = True  # 'non attendez, c'est le 18', 'le 29, non le 30'
                continue
            if THIS_ONE.search(clause.text) and wished_days:  # 'Fridays work, just not this one'
                said = Said([wished_days[0]], frozenset(), frozenset(), None, frozenset(), False, False)
            if said.parts and not said.days and not said.every and ruled_out and ruled_out[-1].days and THAT_PART.search(clause.text) and not said.early \
                    and ruled_sentence == clause.sentence:
                said = replace(ruled_out.pop(), hours=None, parts=said.parts)  # 'physio at 11 Wednesday, so not that morning'
            if THOSE.search(clause.text) and ruled_out and not (said.days or said.every or said.hours or said.parts):
                ruled_out[-1] = replace(ruled_out[-1], hours=None, parts=frozenset())  # '... for lunch, so those days are out'
                continue
            if not (said.days or said.every or said.hours or said.parts) and last_wish is not None \
                    and (REFUSAL.search(clause.text) or last_wish and (THAT_IS_MY.search(clause.text) or pending_correction)):
                wished_days, wished_hours, last_wish = before_last_wish, hours_before_last_wish, None  # 'Thursday, no wait, that's my bridge club'
                ruled_out.append(wished_said)
                ruled_sentence = clause.sentence
                continue
            if said.parts and not said.days and not said.every and wished_said is not None and wished_said.every and last_wish:
                wished_days, wished_hours, last_wish = before_last_wish, hours_before_last_wish, None  # 'les lundis pis les vendredis,
                ruled_out.append(replace(wished_said, hours=None, parts=said.parts))  # y'a l'infirmiere qui vient l'apres-midi'
                ruled_sentence = clause.sentence
                continue
            if said.days or said.every or said.hours or said.parts:
                last_wish = None  # a refusal after this clause is about what this one rules out
            if said.hours is not None and not (said.days or said.every or said.parts) and not clause.reason and EXPLICIT_NO.search(clause.text):
                hours_out.append(said.hours)  # 'pas entre midi pis 14 h': those hours of every day wished
                continue
            if clause.reason and said.parts and not said.days and not said.every:
                reasons.append(said)  # 'my PSW is here mornings': rules mornings out unless a clock time is wished
                continue
            ruled_out.append(replace(said, before_wish=wished_days is None))
            ruled_sentence = clause.sentence
            mentioned += said.days
            continue
        if not said.days and (said.parts and THAT_DAY_PART.search(clause.text) or THAT_DAY.search(clause.text)) and mentioned:
            said = replace(said, days=[mentioned[-1]])  # 'Wednesday morning I'm at the hairdresser, but that afternoon works'
        habit_wish = habit_wish or bool(said.every)
        if said.days and len(said.days) <= 2 and not said.every and not said.any_day:
            named |= set(said.days)  # days the wish names one by one
        correction = clause.correction or pending_correction or (bool(CONCLUSION.match(clause.text)) and bool(said.days) and bool(wished_days))
        pending_correction = correction and not said.days  # 'non attendez, c'est le 18': the next days named correct
        if wished_days and said.weekdays and not said.qualified and not said.every and len(said.days) == len(said.weekdays):
            within = [d for d in wished_days if d.weekday() in said.weekdays]  # 'next week... Monday or Tuesday': that week's
            if len(within) == len(said.weekdays):
                said = replace(said, days=within)
        elif wished_days and said.every and len(wished_days) <= 5 and not said.weekdays:  # 'the week after, le mercredi ou le jeudi'
            within = [d for d in wished_days if d.weekday() in said.every]
            if within:
                said = replace(said, days=within, every=frozenset())
        confirms = wished_days and not said.every and said.weekdays and len(said.days) == len(said.weekdays) \
            and all(any(d.weekday() == w for d in wished_days) for w in said.weekdays) \
            and not set(said.days) <= set(wished_days)  # 'c'est le 18, vendredi'
        narrows = wished_days and said.days and set(said.days) < set(wished_days) and not re.match(r"(?:or|ou|and|et|also|aussi)\b", clause.text)
        if said.days and not confirms:  # 'next week, Monday or Tuesday' narrows the week; 'or Monday the 21st' adds a day
            before_last_wish, hours_before_last_wish, last_wish, wished_said = wished_days, wished_hours, said.days, said
            wished_days = said.days if correction or narrows or wished_days is None else sorted(set(wished_days) | set(said.days))
        elif said.hours is not None:  # a refusal takes back these hours; 'that's when I finish his care' explains them
            before_last_wish, hours_before_last_wish, last_wish, wished_said = wished_days, wished_hours, [], said
        if said.hours is not None:  # the first hours, narrowed by later ones that overlap, unless corrected
            if said.days and not said.every and not correction:  # 'Tuesday morning or Thursday afternoon': hours of their own
                day_hours.update({day: said.hours for day in said.days})
            kept = said.hours if CONCLUSION.match(clause.text) else wished_hours  # 'so a morning works' concludes
            wished_hours = said.hours if wished_hours is None or correction else _overlap(wished_hours, said.hours) or kept
        if said.any_day and THAT_WEEK.search(clause.text) and mentioned:  # 'not the 14th, any other day that week'
            monday = mentioned[-1] - timedelta(days=mentioned[-1].weekday())
            wished_days = _business_days(max(monday, today), monday + timedelta(days=4))
        mentioned += said.days
        any_day = any_day or said.any_day
    if not_before is not None:  # a constraint on the wish ('away till Sunday, next week is fine'), else the wish itself
        wished_days = [d for d in wished_days if d >= not_before] if wished_days else _fortnight(not_before)
    horizon = _fortnight(today)
    if wished_hours is None:
        ruled_out += reasons
    in_view = wished_days if wished_days is not None or not any_day else horizon  # 'sinon toute la semaine': the wish rules are read against
    excluded_days, excluded_parts, hours_left = _ruled_out(ruled_out, None if habit_wish else in_view, horizon, parts, named, today)
    excluded = [(_at(day, 0, now), _at(day, 24, now)) for day in sorted(excluded_days)]
    excluded += [(_at(day, a, now), _at(day, b, now)) for day, (a, b) in excluded_parts]
    excluded += [(_at(day, a, now), _at(day, b, now)) for day in wished_days or [] for a, b in hours_out if day not in excluded_days]
    if wished_days is None:
        if wished_hours is None and hours_left is None and not any_day:
            return [], excluded
        scoped = sorted({day for day, _ in excluded_parts})
        # 'Tuesday the nurse comes in the morning, so the afternoon': the hours wished on the days whose other hours are out
        wished_days = scoped if wished_hours is not None and not any_day and scoped and not habit_wish and len(scoped) <= 5 else horizon
    hours = wished_hours or parts.day
    start_hour, end_hour = (_overlap(hours, hours_left) or hours_left) if hours_left else hours  # the wish within what is left
    windows = []
    own_hours = len(set(day_hours.values())) > 1  # only when the days differ in hours
    for day in wished_days:
        if day in excluded_days:
            continue
        first_hour, last_hour = day_hours[day] if own_hours and day in day_hours else (start_hour, end_hour)
        start = max(_at(day, first_hour, now), now)
        end = _at(day, last_hour, now)
        if start < end:
            windows.append((start, end))
    return windows, excluded


def _at(day: date, hours: float, now: datetime) -> datetime:
    return datetime.combine(day, _time(min(hours, 23.99)), tzinfo=now.tzinfo) if hours < 24 else datetime.combine(day + timedelta(days=1), time(0), tzinfo=now.tzinfo)


def _business_days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1) if (first + timedelta(days=i)).weekday() < 5]


def _fortnight(first: date) -> list[date]:
    """Monday to Friday of the horizon that starts on `first` ('from the 18th on', 'after Boxing Day')."""
    return _business_days(first, first + timedelta(days=HORIZON_DAYS - 1))


def _overlap(first: Hours, second: Hours) -> Hours | None:
    start, end = max(first[0], second[0]), min(first[1], second[1])
    return (start, end) if start < end else None


# ---- clauses ------------------------------------------------------------------------------------------------------
CONTRAST = (r"but|mais|sinon|otherwise|though|tho|par contre|however|except|excepte|sauf|other than|apart from|excluding|a part|instead|plutot|alors|so"
            r"|donc|cependant|because|parce que|parce qu'|since|car|vu que")
CORRECTION = re.compile(
    r"\b(?:actually|instead|rather|make it|change (?:it|that) to|scratch that|on second thought|wait|non attendez|attendez|finalement|plutot|mettez|oubliez ca|excusez|excuse me|sorry|pardon|oops|oups|i mean|je veux dire|je voulais dire|attends|attend|ah non|oh non|oh no|je me suis trompee?|my mistake|i was wrong|i made a mistake|erreur)\b"
)
BUSY = re.compile(  # a busy reason written as a fact: 'the nurse comes mornings', 'Dad has dialysis Tuesdays'
    r"\b(?:nurse|infirmiere|home care|soins a domicile|psw|preposee?|day program|day care|day hospital|centre de jour|respite|repit|popote"
    r"|meals on wheels|lente? le matin|slow in the mornings?|slow getting up|se fait operer|is having surgery|drives? (?:her|him|me|them) to|takes? (?:her|him|me|them) to|(?:il|elle|je|on) (?:va|vais|vont) (?:a|au|aux|chez)|viennent|are coming (?:over|up|down)|come over|pris toute|tied up|booked up|mes soins|ses soins|(?:i'?m|i am|she'?s|he'?s|she is|he is|we'?re|je suis|elle est|il est|on est) (?:at|chez|in|en|a|au|aux|away|visiting|staying)\b(?! (?:home|la maison|the house|elle|lui|eux|vous|nous|moi|conge|vacances|the afternoon|the morning))|works? \d{1,2} to \d|travaille de \d|is at (?:her|his|my|the) \w+|\best chez\b|podiatrist|optometrist|audiologist|blood ?work|prise de sang|foot clinic|naps (?:every|in the|after)|takes a nap|fait (?:sa|une|son) (?:sieste|somme)|camp de peche|peche sur la glace|fishing|hunting|la chasse|hair done|getting my hair|salon de coiffure|coiffure|rehab|readaptation|aquaforme|menage|cleaning lady|cleaners|bridge club|euchre|choir|chorale|club|je vais (?:a|au|aux|chez)|(?:i|she|he) go(?:es)? to|je suis de (?:soir|nuit|jour)|(?:i'?m|i am) on (?:nights|days|evenings)|i work (?:nights|days|evenings)|garde (?:my|mes) petits|work nights|travaille de (?:jour|nuit|soir)|sleep until|formation|training|chalet|cottage"
    r"|write-off|party|visite de|visitors|en visite|shopping|magasiner)\b"
)
THAT_PART = re.compile(r"\b(?:that|this|the|those|these|ce|cet|ces|le|la|l')\s?(?:morning|afternoon|evening|matin|avant-midi|apres-midi|soir)s?(?:-la)?\b")
FULL_WEEKDAYS_PATTERN = ("monday", "tuesday", "wednesday", "thursday", "friday", "lundi", "mardi", "mercredi", "jeudi", "vendredi")
THIS_ONE = re.compile(r"\b(?:this|that) (?:one|coming one)\b|\bcelui-ci\b|\bcette fois(?:-ci)?\b|\bcelui qui vient\b")
THAT_WEEK = re.compile(r"\b(?:that|the same) week\b|\bcette semaine-la\b|\bla meme semaine\b|(?<!reste )\bde la semaine\b(?! prochaine| du)")
ASIDE = re.compile(  # a day said or picked before, a past event, a birthday, a departure, a late reply: information, not a wish
    r"\b(?:i|we) (?:said|told you|had said|mentioned|had picked|picked|chose|had chosen|had booked)\b|\b(?:on avait|j'avais|vous aviez|on a) (?:dit|choisi|pris)\b|\bavait parle\b"
    r"|\b(?:repondre|reponds|replying|reply|responding|answering|getting back to you)\b"
    r"|\b(?:had (?:my|her|his|a|an|the|our)|turned \d|was born|came home|got home|got out|went in|went into|since (?:my|her|his|the)|depuis|il y a"
    r"|j'ai eu|j'etais|j'ai ete|on a eu|il a eu|elle a eu|a eu|ete opere|operee?|opere|fait operer|ont fait|a ete|i was in|she was in|he was in)\b(?!.{0,12}\b(?:hoping|thinking|wondering)\b)"
    r"|\b(?:before|avant que) (?:i|we|je|on) (?:head|leave|go|fly|pars|parte)\b"
    r"|\b(?:se marie|getting married|wedding|noces|repart|repars|goes back|heads back|flies back|spent the winter|graduated|on a fete|avons fete|we celebrated|just got back|got back|came back|je suis revenue? de|sommes revenus de|s'est mariee?|got married|put down|had to be|was visiting|etait en visite"
    r"|(?:vu|lu|seen|saw|read) (?:votre|your|vos) (?:texto|text|message)s?|left (?:on )?(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|yesterday)"
    r"|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) passe|last (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend))\b"
    r"|\b(?:je me suis (?:casse|fait|fracture|blesse|cogne)e?|i broke|i fractured|(?:she|he) broke|je viens d'avoir|viens d'avoir|just turned|turned \d+|sortie? de l'hopital|out of (?:the )?hospital|came home from|since you|installed|put it in|celebrated|birthday|anniversaire|ma fete|sa fete|j'ai \d+ ans|(?:i|she|he) turns? \d+|i'?ll be \d+)\b"
    r"|\b(?:je pars|on part|nous partons|je m'en vais|(?:i'?m|we'?re|i am|we are) (?:leaving|flying|heading) (?:on|for|south|to))\b"
)
LIST_TAIL = re.compile(r"(?:(?:%s)s?(?: (?:and|et|pis|ou|or|&))? ?)+" % "|".join(FULL_WEEKDAYS_PATTERN))
_PART_OR_CLOCK = r"(?:%s|am|pm|aprem|\d{1,2}:\d{2})" % "|".join(re.escape(w) for w in PART_WORDS)
DAY_AND_PART_PAIR = re.compile(  # 'jeudi aprem ou vendredi am': two wishes, each day with its hours
    rf"(\b{_PART_OR_CLOCK}\b[^|]*?)\b((?:or|ou|and|et|pis|,)\s+(?:\w+ ){{0,3}}?(?:next |this |le |les |the |on )?(?:{WEEKDAY_NAMES}|demain|tomorrow)s?\b[^|]*?\b{_PART_OR_CLOCK}\b)"
)
DAY_THEN_DAY_AND_PART = re.compile(  # 'le cardiologue le 1er decembre pis mon bain le vendredi matin': each day its own part
    rf"((?:\b(?:{WEEKDAY_NAMES})s?|\b(?:le|the) \d{{1,2}}(?:er|st|nd|rd|th)?)\b[^|]*?)\b((?:pis|and|et)\s+(?:\w+ ){{1,3}}?(?:le |les |the |on )(?:{WEEKDAY_NAMES})s?\b[^|]*?\b{_PART_OR_CLOCK}\b)"
)
ONE_AFTER = re.compile(r"^(?:le|la|the) (?:prochaine?|next one)$|\b(?:or|ou) the one after\b|\b(?:celui|celle) (?:de la semaine )?(?:suivante?|d'apres)\b|\bthe one (?:the week )?after\b|\bthe following one\b|\bsame day (?:the )?(?:next|following) week\b")
EXPLICIT_NO = re.compile(r"\b(?:not|no|never|pas|jamais|ni|except|sauf)\b")
BECAUSE = re.compile(r"(?:because|parce que|parce qu'|car|vu que|since)\b")
BARE_NO = re.compile(r"(?:no|non|nope|nah|ah non|oh non|oh no)")
CONCLUSION = re.compile(r"(?:so|donc|faque|fait que|alors|therefore|ca fait que)\b")
THAT_IS_MY = re.compile(r"\b(?:that'?s|that is|it'?s|it is) (?:my|her|his|when|the day)\b|\bc'est (?:mon|ma|my|sa|son|la journee|le jour)\b")
REFUSAL = re.compile(
    r"\bca (?:ne )?(?:marche|adonne|va|fonctionne) pas\b"
    r"|\b(?:won'?t|doesn'?t|does not|will not) work\b|\bno good\b|\bc'est pas (?:bon|possible)\b|\b(?:that|it|this) (?:is|'s) out\b|\bc'est out\b|\bnot then\b|\bpas a ce moment-la\b|\boubliez ca\b|\bforget (?:it|that)\b|\bnon merci\b|\bno thanks?(?: you)?\b"
)
THAT_DAY_PART = re.compile(r"\b(?:that|ce|cet)\s?(?:morning|afternoon|evening|matin|avant-midi|apres-midi|soir)\b|\b(?:matin|avant-midi|apres-midi|soir)-la\b")
THAT_DAY = re.compile(r"\b(?:that|the same) day\b|\bce jour-la\b|\bcette journee-la\b|\bla meme journee\b")
THOSE = re.compile(r"\b(?:those|these|ces|ceux-la|celles-la)(?: (?:days?|jours?|journees?))?(?:-la)?\b|\bce jour-la\b|\bcette journee-la\b")
SHORT_LIST = re.compile(r"(?:(?:%s) )*(?:(?:%s) (?:and|et|pis|ou|or|&) (?:%s))" % (WEEKDAY_NAMES, WEEKDAY_NAMES, WEEKDAY_NAMES))  # 'wed and fri'
WEEK_AFTER = re.compile(r"\b(?:la semaine d'apres|the week after(?! next)|week after that|la semaine suivante|the following week|celle d'apres)\b")
DAY_AFTER = re.compile(r"\bthe (?:day|one) after\b(?! (?:next|tomorrow))|\ble lendemain\b|\bthe next day\b|\ble jour d'apres\b")
WEEKDAY_AFTER = re.compile(r"\bthe (%s) after\b(?! next)" % WEEKDAY_NAMES)
PAST = re.compile(  # a past tense: told as news, not as a wish
    r"\b(?:had|was|were|took|went|came|did|spent|left|moved|fell|broke|turned|celebrated|proposed|arrived|stayed|returned|visited|died"
    r"|installed|discharged|finished|danced|threw|bumped|lost|graduated|married|put|bought|built|fixed|replaced|got (?:out|back|home|married))\b"
    r"|\b(?:on etait|j'etais|c'etait|etions|etaient)\b"
    r"|\b(?:j'ai|j'avais|il a|elle a|on a|nous avons|ils ont|m'a|m'ont|s'est|se sont|je suis|elle est|il est|est|sont|etait|c'etait)\s+(?:\w+ ){0,2}?"
    r"(?:eu|ete|fait|fete|vu|recu|installee?|arrivee?|partie?|revenue?|sortie?|tombee?|morte?|decedee?|eteinte?|mariee?|amenee?|operee?|cassee?|dansee?|passee?)\b"
)
MODAL = re.compile(
    r"\b(?:would|could|can|will|'d|'ll|please|pls|works?|best|prefer|suits?|available|free|fine|good|ok|okay|come|venez|venir|pourr\w*|peux|peut"
    r"|aimerai\w*|voudrai\w*|correct|parfait|ideal|mieux|dispo|libre|irait|adonne|want|wants|like|need|a partir|from|starting|des le)\b"
)
TOO = re.compile(r"(?:and |et |pis )?(?:(?:monday|tuesday|wednesday|thursday|friday|mon|tue|tues|wed|thu|thur|thurs|fri|lundi|mardi|mercredi|jeudi|vendredi)|tomorrow|demain|today|aujourd'hui|(?:the|le) \d{1,2}(?:st|nd|rd|th|er)?)(?: \w+)? (?:too|as well|aussi|also|non plus|either)")
DAYS_ONLY = re.compile(r"(?:(?:monday|tuesday|wednesday|thursday|friday|mon|tue|tues|wed|thu|thur|thurs|fri|lundi|mardi|mercredi|jeudi|vendredi)s?(?: (?:and|et|pis|ou|or|&))? ?)+")
BEFORE_THAT = re.compile(r"\b(?:avant ca|before that)\b")
SCOPE_ONLY = re.compile(r"^(?:(?:this|the) week and (?:the )?next(?: one)?|both weeks|cette semaine et la (?:semaine )?prochaine|les deux semaines)$")
LETS_IN = re.compile(  # someone who will be there to open the door: a time that works
    r"\b(?:let (?:you|your \w+|him|her|them) in|can let|open the door|vous ouvrir|ouvrir la porte|peut vous ouvrir|be there to|sera la pour)\b"
    r"|\b(?:psw|preposee?|aunt|tante|uncle|oncle|neighbou?r|voisine?)(?: \w+)? (?:is|est|reste|will be|sera) (?:there|la|avec|with)\b")
INTRODUCTION = re.compile(  # 'this is her PSW', 'la preposee du soir ici': who writes, not a busy time
    r"\b(?:this is|it'?s|i'?m|i am|c'est|je suis) (?:her|his|their|the|sa|son|la|le) (?:\w+ )?(?:psw|nurse|preposee?|infirmiere|caregiver)\b"
    r"|(?:la |le |the )?(?:psw|preposee?|infirmiere|nurse)(?: \w+){0,2} ici\b"
)
NEGATIVE = re.compile(
    r"\b(?:not|no|never|can'?t|cant|cannot|won'?t|wont|isn'?t|aren'?t|doesn'?t|doesnt|don'?t|dont|bad|busy|away|out|unavailable|impossible"
    r"|except|excluding|other than|apart from|forget|physio|physiotherapy|dialysis|doctor'?s?|hospital|clinic|church|mass|specialist|surgery"
    r"|physiotherapie|hopeless|full|booked|no way|dentist|dentiste|recital|funeral|funerailles|chirurgie|operation|scans?|x-?rays?|cardiologist|cardiologue"
    r"|specialiste|medecin|docteur|chemo|chimio|treatments?|traitements?|coiffeuse|hairdresser|clinique|bingo|groceries|epicerie|dangereux"
    r"|trop tard|too late|trop tot|too early|too soon|bowling|nothing|rien|adonne mal|tombe mal"
    r"|pas|non|jamais|ni|sauf|excepte|oubliez|occupee?s?|dialyse|clsc|hopital|messe|bain|a part|pu|nope|nah)\b"
    r"|\bn'(?:est|ai|a|y a|irait|ira)\b|\by'?a personne\b|\bil y a personne\b|\b(?:nobody|no one) (?:home|here|around)\b|\bj'ai (?:mes|ses)\b|\bcomplet\b|\bno good\b|\b(?:has|have|got|a|ai) (?:a |an |her |his |my |mon |ma |son |sa |un |une )?(?:\w+ )?(?:appointment|appt|rendez-vous|rdv)\b|\bj'ai (?:mon|my|ma|un|une|rendez-vous)\b"
)
POSITIVE_IDIOMS = re.compile(
    r"\b(?:no problem|not a problem|no worries|don'?t mind|doesn'?t matter|no preference|not fussy|not picky|a part de ca|a part ca|hospital bed|lit d'hopital|pas mal|if (?:that|it|this)(?:'?s| is) not"
    r"|pas de (?:probleme|trouble|souci)|ca me derange pas|ca (?:ne )?me derange pas|pourquoi pas|c'est pas grave|n'importe|si (?:c'est|ca) (?:pas|n'est pas)"
    r"|no matter|if not|sinon|otherwise|or not|pas d'importance|not important|pas important)\b"
    r"|\b(?:when|while|quand|lorsque) (?:i'?m|i am|we'?re|she'?s|he'?s|je (?:ne )?suis|j'suis|on (?:n')?est|elle (?:n')?est|il (?:n')?est) (?:not|pas)\b"
)


@dataclass(frozen=True)
class Clause:
    text: str
    negative: bool  # rules out what it names
    correction: bool  # replaces the wish before it
    sentence: int = 0  # which sentence of the reply it is in
    reason: bool = False  # negative only as a busy reason ('the nurse comes mornings'), which a clock time said overrides


def clauses(canonical: str) -> list[Clause]:
    """The reply cut into sentences ('||') and clauses ('|'), as `understand.normalise` marks them, and at contrast
    words; a clause that only mentions a day said before ('I said Tuesday') is left out."""
    text = re.sub(rf"\b({CONTRAST})\b", r"| \1", canonical)
    text = DAY_AND_PART_PAIR.sub(r"\1 | & \2", text)
    text = DAY_THEN_DAY_AND_PART.sub(r"\1 | \2", text)
    text = re.sub(r"\b(non|oui|no|yes|ok|okay|parfait|perfect|good|bon|beau)\b\s+(?=(?:%s|le \d+|the \d+|demain|tomorrow)\b)" % WEEKDAY_NAMES, r"\1 | ", text)
    text = re.sub(r"(^|\| )(?:no|non|nope|nah) (?=(?:sorry|wait|attendez|attends|excusez|pardon|i mean|je veux dire|actually|make it|plutot|oops|oups)\b)", r"\1", text)
    found = []
    for number, sentence in enumerate(text.split("||")):
        for piece in sentence.split("|"):
            piece = piece.strip(" ,-")
            if not piece or ASIDE.search(piece) or INTRODUCTION.fullmatch(piece) or (found and found[-1].negative and SCOPE_ONLY.match(piece)):
                continue
            if PAST.search(piece) and not MODAL.search(piece):
                continue  # 'I had both cataracts done on March 9': what happened, not when to come
            inherits = piece.startswith("& ") or (found and found[-1].negative and TOO.fullmatch(piece))
            piece = piece.removeprefix("& ")
            plain = POSITIVE_IDIOMS.sub(" ", piece)
            busy = BUSY.search(piece) is not None and not INTRODUCTION.search(piece) and not LETS_IN.search(piece)
            negated = NEGATIVE.search(plain) is not None
            ends_in_day = found and found[-1].sentence == number and (
                PLURAL_WEEKDAY.search(found[-1].text.split()[-1]) or (found[-1].negative and found[-1].text.split()[-1] in WEEKDAYS))
            only_days = found and found[-1].sentence == number and DAYS_ONLY.fullmatch(found[-1].text) and DAYS_ONLY.fullmatch(piece)
            if only_days or ends_in_day and (LIST_TAIL.fullmatch(piece) or (SHORT_LIST.fullmatch(piece) and found[-1].negative)):
                found[-1] = replace(found[-1], text=f"{found[-1].text} {piece}")  # 'les mardis, jeudis pis vendredis': one list
                continue
            if inherits and found:  # 'physio lundi matin pis mercredi matin', 'today's out, and Monday too'
                found.append(replace(found[-1], text=piece))
                continue
            found.append(Clause(piece, negated or busy, CORRECTION.search(piece) is not None, number, busy and not negated))
    return found


@dataclass(frozen=True)
class Said:
    """What one clause names: days (each one, or every such weekday), hours, parts of the day."""

    days: list[date]
    weekdays: frozenset[int]  # weekdays named as singular ('Monday'); resolved against the wish when ruled out
    every: frozenset[int]  # weekdays named as a habit or set ('Mondays', 'every Monday', 'le lundi')
    hours: Hours | None
    parts: frozenset[str]
    any_day: bool
    early: bool  # 'early morning': the first hours only
    qualified: frozenset[int] = frozenset()  # weekdays said with 'this', 'next', 'prochain': the day named, whatever is wished
    scoped: bool = False  # the habit holds within a week named with it ('du lundi au jeudi la semaine prochaine')
    before_wish: bool = False  # ruled out before anything was wished: a bare weekday is the coming one ('not Monday. Tuesday the 23rd on')


FULL_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "lundi", "mardi", "mercredi", "jeudi",
                 "vendredi", "samedi", "dimanche")
PLURAL_WEEKDAY = re.compile(
    r"\b(?:every|each|any|only|all|tous les|chaque|les|juste les|seulement les|n'importe quel|n'importe lequel|un|a|toujours le|always on|always)\s+(%s)s?\b(?!\s+(?:\d|prochain|qui vient|the \d|le \d|next|this|of))|\b(%s)s\b"
    % (WEEKDAY_NAMES, "|".join(FULL_WEEKDAYS))
)
QUALIFIED = re.compile(r"\b(?:this|next|ce|cette) (%s)\b|\b(%s) (?:prochain|qui vient|next week|de la semaine prochaine)\b" % (WEEKDAY_NAMES, WEEKDAY_NAMES))
BEFORE_DATE = re.compile(r"\b(?:(?:before|avant|avan|by|d'ici) (?:the |le )|(?:till|until) the |jusqu'au )(\d{1,2})(?:st|nd|rd|th|er)?\b(?!\s*(?::|am|pm|h\b))")
PLURAL_PART_NAMES = "mornings|afternoons|evenings|avant-midis|apres-midis|matins|soirs"
PLURAL_PARTS = re.compile(rf"\b(?:{PLURAL_PART_NAMES})\b")
HABIT = re.compile(rf"\b(?:only|seulement|de preference|preferably|usually|d'habitude|{PLURAL_PART_NAMES})\b")
ANY_DAY_WORDS = re.compile(
    r"\b(?:any ?day|any ?time|anytime|whenever|any other day|other days?|otherwise|n'importe quand|n'importe quel(?:le)? (?:jour|journee|moment)|sinon"
    r"|tout|anything|everything|toute la semaine|all week|any day of the week|le reste|the rest|n'importe|every ?day|all days|any weekday"
    r"|weekdays|tous les jours|jours? de semaine|en semaine|autres jours|les autres|rest of|le reste de|any other (?:week)?day"
    r"|home all day|always home|toujours a la maison|other than that|a part de ca|peu importe (?:le|la) (?:jour|journee))\b"
)


def _said(text: str, today: date, parts: DayParts, habitual: bool = False) -> Said:
    every = frozenset(WEEKDAYS[m.group(1) or m.group(2)] for m in PLURAL_WEEKDAY.finditer(text))
    for pair in re.finditer(r"\ble (%s) (?:ou|et|pis) (?:le )?(%s)\b" % (WEEKDAY_NAMES, WEEKDAY_NAMES), text):  # 'le lundi ou le vendredi'
        every |= {WEEKDAYS[pair.group(1)], WEEKDAYS[pair.group(2)]}
    if BUSY.search(text) or re.search(r"\b(?:dialyse|dialysis|physio|physiotherapie)\b", text):  # 'a sa dialyse le mardi': a habit
        every |= {WEEKDAYS[m.group(1)] for m in re.finditer(r"\ble (%s)\b(?! \d)" % WEEKDAY_NAMES, text)}
    span = re.search(r"\b(?:du|from) (%s) (?:au|to|through|thru|-) (%s)\b" % (WEEKDAY_NAMES, WEEKDAY_NAMES), text)
    if span:  # 'du lundi au jeudi': every weekday in between
        every |= frozenset(range(WEEKDAYS[span.group(1)], WEEKDAYS[span.group(2)] + 1))
    bounded = BEFORE_DATE.sub(" ", text)  # 'avant le 18' bounds the days, it wishes no 18th
    dated = _dates(bounded, today) + _weekday_dates(text, today)
    offsets = _offsets(text, today)
    if (every or HABIT.search(text) or habitual) and not offsets and not dated:  # 'Mon or Thu mornings', 'le jeudi seulement'
        every |= frozenset(WEEKDAYS[w] for w in text.split() if w in WEEKDAYS)
    if offsets:  # 'the Tuesday after next', 'dans deux semaines jour pour jour': that day, not the weekday or the week
        days = sorted(set(dated + offsets))
    elif dated:
        days = sorted(set(dated + _days(_without_weekdays(bounded), today)))
    else:
        days = _days(bounded, today)
    days = sorted(set(days + _ranges(text, today)))
    singular = frozenset(WEEKDAYS[w] for w in text.split() if w in WEEKDAYS) - every
    if every:
        horizon = _week(text, today) or [today + timedelta(days=i) for i in range(HORIZON_DAYS)]
        days = sorted(set(d for d in days if d.weekday() not in every) | {d for d in horizon if d.weekday() in every})
    named_parts = frozenset(PART_WORDS[w] for w in text.split() if w in PART_WORDS and w not in ("am", "pm", "noon", "midi", "lunch"))
    return Said(
        days, singular if not dated else frozenset(), every, _hours(text, parts), named_parts, ANY_DAY_WORDS.search(text) is not None,
        re.search(r"\b(?:early|tot|de bonne heure)\b", text) is not None,
        frozenset(WEEKDAYS[m.group(1) or m.group(2)] for m in QUALIFIED.finditer(text)) | (singular if _week(text, today) else frozenset()),
        bool(every) and _week(text, today) is not None,
    )


def _from(first: date, text: str, today: date, parts: DayParts) -> Said:
    return Said(_fortnight(first), frozenset(), frozenset(), _hours(text, parts), frozenset(), False, False)


def _without_weekdays(text: str) -> str:
    return " ".join(w for w in text.split() if w not in WEEKDAYS)


def _ruled_out(
    said: list[Said], wished: list[date] | None, horizon: list[date], parts: DayParts, named: set[date], today: date
) -> tuple[set[date], list[tuple[date, Hours]], Hours | None]:
    """Whole days ruled out, parts of days ruled out, and the hours left when parts of every day are ruled out.
    A single weekday ruled out is the one among the wished days, else the coming one; when the wish names that
    weekday itself ('Friday's out, next Friday is good') it is the coming one not wished; a habit ('Mondays') every
    one in view; a weekday ruled out with nothing wished is every one in view."""
    whole: set[date] = set()
    partial: list[tuple[date, Hours]] = []
    hours_left: Hours | None = None
    view = sorted(set(horizon) | set(wished or []))
    for item in said:
        days = set(d for d in item.days if item.scoped or d.weekday() not in (item.weekdays - item.qualified) | item.every)
        for weekday in item.every if not item.scoped else ():
            days |= {d for d in view if d.weekday() == weekday}
        for weekday in item.weekdays - item.qualified:
            among = [d for d in (wished or []) if d.weekday() == weekday]
            coming = [d for d in view if d.weekday() == weekday]
            after_today = [d for d in coming if d > today]  # a bare weekday is the next one after today
            next_one = after_today[:1]
            if item.before_wish and next_one and wished and next_one[0] < wished[0]:
                days |= set(next_one)  # refused before the wish: the coming one too ('not this week and not Monday. Tuesday the 23rd on')
            if among and set(among) <= named and item.hours is None and not item.parts:  # a part of that day is still that day
                among = [d for d in coming if d not in among][:1]
            before_wish = [d for d in after_today if wished and d <= wished[0]]  # 'ni lundi ni mardi, mais mercredi prochain'
            days |= set(among) if among else set(before_wish[-1:] or next_one) if wished is not None else set(coming)
        span = item.hours or (_part_hours(item.parts, parts) if item.parts else None)
        if days and span is not None:
            partial += [(d, span) for d in sorted(days)]
        elif days:
            whole |= days
        elif item.parts:
            hours_left = _outside(frozenset({"early_morning"}) if item.early and item.parts == {"morning"} else item.parts, parts)
    return whole, partial, hours_left


def _part_hours(named: frozenset[str], parts: DayParts) -> Hours:
    spans = [parts.part(p) for p in named]
    return (min(a for a, _ in spans), max(b for _, b in spans))


def _time(hour: float) -> time:
    return time(int(hour), int(round(hour % 1 * 60)))


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


def _not_before(text: str, today: date) -> tuple[date | None, bool]:
    """'away until Dec 15' → Dec 16, away till then; 'back on the 3rd' / 'after Dec 10' → from then."""
    away = re.search(r"\b(?:away|gone|out|busy|unavailable|not available|absent|parti|partie|hospital|hopital|repit|respite|vacation|vacances|florida|floride|sud|south|travelling|en voyage|at work|au travail|chez|antibiotics|antibiotiques)\b.*?\b(?:until|till|til|jusqu'au|jusqu au|jusqu'a|jusqu a)\s+(.+)$", text)
    if away and (found := _leading_days(re.sub(r"^(?=\d{1,2}\b)", "le ", away.group(1)), today)):  # 'jusqu'au 14
        return found[0] + timedelta(days=1), True
    back = re.search(r"\b(back|after|from|starting|de retour|je reviens(?: juste| seulement)?|apres(?= le \d)|a partir du|a partir de)\s+(?:on\s+)?(.+)$", text)
    if back and re.match(r"(?:the |le )?\d{1,2}(?:st|nd|rd|th|er)? (?:to|through|thru|au|-) ", back.group(2)):
        return None, False  # 'from the 21st to the 24th' is a range
    if back and (found := _leading_days(back.group(2), today)):
        return found[0] + timedelta(days=1 if back.group(1) in ("after", "apres") else 0), False
    return None, False


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
    if week is not None and named and re.search(r"\bweek (?:or|and|ou|et) (?:on |le )?(?:%s)\b|\bsemaine (?:ou|et|pis) (?:le )?(?:%s)\b" % (WEEKDAY_NAMES, WEEKDAY_NAMES), text):
        days = week + [_weekday_date(words, index, today) for index, word in enumerate(words) if word in WEEKDAYS]  # 'this week or on Monday'
    elif week is not None:
        days = [d for d in week if d.weekday() in named] if named else week
    else:
        days = [_weekday_date(words, index, today) for index, word in enumerate(words) if word in WEEKDAYS]
    days += [today + timedelta(days=RELATIVE_DAYS[w]) for w in words if w in RELATIVE_DAYS]
    days += _dates(text, today) + _holidays(text, today)
    return sorted(set(days))


def _weekday_date(words: list[str], index: int, today: date) -> date:
    """'Friday' is the coming Friday; 'next Friday' / 'vendredi prochain' is the Friday of next week, and so are the
    weekdays listed with it ('next Tuesday or Wednesday', 'mardi ou mercredi prochain')."""
    weekday = WEEKDAYS[words[index]]
    ahead = (weekday - today.weekday()) % 7 or 7
    first, last = index, index
    while first >= 2 and words[first - 1] in LIST_WORDS and words[first - 2] in WEEKDAYS:
        first -= 2
    while last + 2 < len(words) and words[last + 1] in LIST_WORDS and words[last + 2] in WEEKDAYS:
        last += 2
    before = words[first - 1] if first else ""
    after = words[last + 1] if last + 1 < len(words) else ""
    if before == "next" or after in ("prochain", "prochaine", "next"):
        monday = today + timedelta(days=7 - today.weekday())
        return monday + timedelta(days=weekday)
    return today + timedelta(days=ahead)


LIST_WORDS = {"or", "and", "ou", "et", "pis", "&"}


def _week(text: str, today: date) -> list[date] | None:
    """The business days a week phrase covers, or None when there is none."""
    this_monday = today - timedelta(days=today.weekday())
    next_monday = this_monday + timedelta(days=7)

    def weekdays(monday: date, first: int = 0, last: int = 4) -> list[date]:
        return [monday + timedelta(days=i) for i in range(first, last + 1) if monday + timedelta(days=i) >= today]

    if re.search(r"\b(?:this|cette) week\b|\bcette semaine\b(?!-la)", text) and re.search(r"\bnext week\b|\bsemaine prochaine\b|\b(?:ou|or|and|et) (?:la )?(?:next|prochaine|suivante)\b", text):
        return weekdays(this_monday) + weekdays(next_monday)  # 'cette semaine ou la semaine prochaine'
    if re.search(r"\b(early|beginning of|start of|debut de la) next week\b|\bdebut de la semaine prochaine\b", text):
        return weekdays(next_monday, 0, 1)
    if re.search(r"\b(end of|late|later) next week\b|\bfin de la semaine prochaine\b", text):
        return weekdays(next_monday, 3, 4)
    if re.search(r"\b(end of|later) (the|this) week\b|\blater (this|in the) week\b|\bfin de (?:la|cette) semaine\b", text):
        return weekdays(this_monday, 3, 4) or weekdays(next_monday, 3, 4)
    if re.search(r"\b(?:this |the |on the |ce |la )?(?:weekend|week-end|fin de semaine)\b", text):
        saturday = this_monday + timedelta(days=5)
        return weekdays(saturday if saturday >= today else saturday + timedelta(days=7), 0, 1)
    if re.search(r"\bweek after next\b|\bsemaine d'apres la prochaine\b", text):
        return weekdays(next_monday + timedelta(days=7))
    if re.search(r"\bnext week\b|\bsemaine prochaine\b", text):
        return weekdays(next_monday)
    if re.search(r"\bthis week\b|\bcette semaine\b(?!-la)", text):
        return weekdays(this_monday)
    in_weeks = re.search(r"\b(?:in|dans) (\d|a|one|une|two|three|four|deux|trois|quatre) (?:weeks?|semaines?)\b", text)
    if in_weeks:
        count = in_weeks.group(1)
        return weekdays(this_monday + timedelta(days=7 * (int(count) if count.isdigit() else NUMBER_WORDS.get(count, 1))))
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
    text = re.sub(rf"\b(?:{month_names})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b", " ", text)  # 'January 5th' is read above
    day_of_month = r"\b(?:the|le|du)\s+(\d{1,2})(?:st|nd|rd|th|er)?\b|(?<!\d )\b(\d{1,2})(?:st|nd|rd|th)\b(?! (?:one|option|choice|floor))"
    for pair in re.finditer(r"\b(?:the|le) \d{1,2}(?:st|nd|rd|th|er)? (?:or|and|ou|et|pis) (?:the |le )?(\d{1,2})(?:st|nd|rd|th|er)?\b(?!\s*(?::|am|pm|h\b|heures?|(?:of\s+)?(?:%s)\b))" % month_names, text):
        text = text.replace(pair.group(0), f"{pair.group(0)} the {pair.group(1)}th", 1)  # 'the 16 or 17': the 17th too
    shared_month = rf"\s*(?:and|et|to|au|through|-|ou|or)\s+(?:the |le )?\d{{1,2}}(?:st|nd|rd|th|er)?\s+(?:of\s+)?(?:{month_names})\b"
    for match in re.finditer(rf"(?:{day_of_month})(?!\s*(?:am|pm|h|:|(?:of\s+)?(?:{month_names})\b)|{shared_month})", text):
        day = int(match.group(1) or match.group(2))
        month, year = today.month, today.year
        if day < today.day:  # dateparser reads a bare 'the 15th' as this month even when it has passed
            month, year = (1, year + 1) if month == 12 else (month + 1, year)
        found.append(_safe_date(year, month, day))
    return [d for d in found if d is not None and (d - today).days <= FARTHEST_DAYS]  # 'surgery on March 3rd' said in December is past


FARTHEST_DAYS = 200  # a date named further ahead than this is one that has passed, rolled into next year


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
    span = re.search(r"\b(?:from |de )?(\d{1,2})(?::(\d{2}))? ?(am|pm)? (?:to|till|until|-|a|au|jusqu'a) (\d{1,2}|noon|midi)(?::(\d{2}))? ?(am|pm)?\b(?! ?(?:st|nd|rd|th|er)\b)", text)
    if span is not None and not re.search(r"\b(?:the|le) \d|\bwork|\btravaill", text):  # 'I'm there 9 to 11', 'from 10 till noon'
        end_word = span.group(4)
        start = _business_hour(int(span.group(1)), span.group(3) or span.group(6)) + int(span.group(2) or 0) / 60
        end = 12.0 if end_word in ("noon", "midi") else _business_hour(int(end_word), span.group(6)) + int(span.group(5) or 0) / 60
        if parts.day[0] <= start < end <= parts.day[1]:
            return (start, end)
    between = re.search(r"\b(?:between|entre)\s+(\d{1,2})(?::(\d{2})|h(\d{2})?)?\s*(am|pm)?\s+(?:and|et|pis|to|a|-)\s+(\d{1,2})(?::(\d{2})|h(\d{2})?)?\s*(am|pm)?\b", text)
    if between is not None:
        start = _business_hour(int(between.group(1)), between.group(4) or between.group(8)) + int(between.group(2) or between.group(3) or 0) / 60
        end = _business_hour(int(between.group(5)), between.group(8)) + int(between.group(6) or between.group(7) or 0) / 60
        if start < end:
            return (start, end)
    named_part = next((parts.part(PART_WORDS[w]) for w in text.split() if w in PART_WORDS and w not in ("am", "pm", "noon", "midi", "lunch")), None)
    bounds = list(re.finditer(r"\b(after|apres|not before|from|a partir de|before|avant|until|by|not after)\s+(\d{1,2})(?::(\d{2})|h(\d{2})?)?\s*(am|pm|h)?\b", text))
    lower = [_clock(b) for b in bounds if b.group(1) in ("after", "apres", "not before", "from", "a partir de")]
    upper = [_clock(b) for b in bounds if b.group(1) not in ("after", "apres", "not before", "from", "a partir de")]
    if lower and upper and max(lower) < min(upper):  # 'pas avant 10 h pis pas apres 15 h'
        return (max(lower), min(upper))
    bound = bounds[0] if bounds else None
    if bound is None:
        bound = re.search(r"\b(after|apres|before|avant)\s+(noon|midi)\b", text)
    if bound is not None:
        hour = 12.0 if bound.group(2) in ("noon", "midi") else _clock(bound)
        bounded = (hour, parts.day[1]) if bound.group(1) in ("after", "apres", "not before", "from", "a partir de") else (parts.day[0], hour)
        return (_overlap(bounded, named_part) or bounded) if named_part else bounded  # 'ap-midi apres 3h': 15-17
    clock = re.search(r"\b(at|around|vers|about|a)?\s*(\d{1,2})(?::(\d{2})|h(\d{2})?)\s*(am|pm)?\b|\b(at|around|vers|about)\s+(\d{1,2})\s*(am|pm)?\b|\b(\d{1,2})\s*(am|pm)\b", text)
    if clock is not None:
        return _clock_window(clock, parts)
    words = text.split()
    for index, word in enumerate(words):
        if word == "am" and index and words[index - 1] in ("i", "who", "that"):
            continue  # "I am free Thursday" is not a morning
        if word in PART_WORDS:
            return parts.part(PART_WORDS[word])
    return None


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
    if word in ("around", "vers", "about"):  # an approximate time: an hour early to two late
        return (max(parts.day[0], start - 1), min(parts.day[1], start + 2))
    return (max(parts.day[0], start - 0.5), min(parts.day[1], start + 2))  # a clock time: a visit starting close to it


# ---- canonical clock times, offsets and ranges -------------------------------------------------------------------
CLOCK_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "une": 1, "un": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12,
}
COUNT_WORDS = {**CLOCK_WORDS, "a": 1, "an": 1, "six": 6, "treize": 13, "quatorze": 14, "quinze": 15, "thirteen": 13, "fourteen": 14, "fifteen": 15}
_N = r"(\d{1,2}|%s)" % "|".join(sorted(CLOCK_WORDS, key=len, reverse=True))
_COUNT = r"(\d{1,2}|%s)" % "|".join(sorted(COUNT_WORDS, key=len, reverse=True))


ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9}


def _number(word: str) -> int:
    return int(word) if word.isdigit() else COUNT_WORDS[word]


NUMBERS_NOT_TIMES = re.compile(  # street addresses, units, models, phone numbers and ages: numbers that are not times
    r"\b\d{1,5},? (?:[a-z'-]+ ){0,2}(?:st|street|rd|road|ave|avenue|cres|crescent|blvd|boulevard|dr|drive|way|lane|ln|ct|court|pl|place|terrace|ter)\b"
    r"|\b\d{1,5},? (?:rue|chemin|ch|boul|boulevard|avenue|av|rang|montee|place|route)\b"
    r"|\b(?:unit|apt|apartment|app|appartement|suite|model|modele|#) ?[a-z]?-?\d[\w-]*"
    r"|\bat \d{1,5} (?!(?:am|pm|on|in|or|and|the|today|tomorrow|please|pls|works?|would|is|if|ok|sharp|o'?clock|for|till|until|to|next|this|every|any|a|an|h|heures?"
    r"|monday|tuesday|wednesday|thursday|friday|mon|tue|tues|wed|thu|thur|thurs|fri|in|at|then|maybe|or|but|so|that|with)\b)(?=[a-z]{3,}\b)"
    r"|\b\d{3}[- .]\d{3}[- .]\d{4}\b|\(\d{3}\) ?\d{3}[- .]\d{4}"
    r"|\b(?:i'?m|i am|she'?s|he'?s|she is|he is|mom is|dad is|age|aged|agee?) \d{2,3}(?: years?(?: old)?)?\b(?! ?(?:am|pm|h\b|:))"
    r"|\b\d{2,3} years old\b"
    r"|\$ ?\d[\d,.]*|\b\d+(?: \d{3})*(?:[.,]\d+)? ?(?:km|kilometres?|kilometers?|miles?|minutes?|mins?|hours?|hrs?|lbs?|pounds?|kg|%|\$|dollars?|piasses?)(?=\W|$)"
)


def canonical_times(text: str) -> str:
    """Clock phrases as 'H:MM' ('quarter past one' → 1:15, '13 h 15' → 13:15, 'onze heures moins quart' → 10:45),
    approximate ones as 'around H:MM' ('11-ish', 'noonish', 'vers'), meals as the hour they stand for, and bounds
    said as negations as bounds ('not before 10' → 'from 10:00')."""
    t = NUMBERS_NOT_TIMES.sub(" ", f" {text} ")
    if LETS_IN.search(t):  # someone else opens the door: the writer's own work and sleep hours do not bound the visit
        t = re.sub(r"\b(?:i work|i'?m at work|je travaille|je suis (?:au travail|a la job)|i sleep|je dors)(?: \w+){0,4}? (?:until|till|jusqu'a) \d{1,2}(?::\d{2})?(?: ?h)?\b", " ", t)
    t = re.sub(r"\b(?:not before|no earlier than|pas avant|jamais avant|never before|pas plus tot que|(?:can'?t|cannot|peux pas|peut pas)(?: \w+){0,3}? (?:before|avant))\b(?!-)(?=\s+(?:\d|noon|midi|(?:le|the) \d|next|this|(?:%s)\b|demain|tomorrow))" % WEEKDAY_NAMES, "from", t)
    t = re.sub(r"\b(from \d{1,2}(?: ?h(?: ?\d{2})?|:\d{2})?) non plus\b", r"\1", t)  # 'pis pas avant 10 h non plus'
    t = re.sub(r"\b(entre|between) (?:midi|noon)\b", r"\1 12:00", t)
    t = re.sub(r"\b(?:i start|je commence|i arrive|j'arrive|i come in|i get there) (?:at|a) (\d{1,2}(?::\d{2})?)(?: ?h)? (?:and|et|pis) (?:i )?(?:leave|finish|go|pars|finis|quitte)(?: at| a)? (\d{1,2}(?::\d{2})?|noon|midi)\b",
               lambda m: f"from {m.group(1)} to {'12' if m.group(2) in ('noon', 'midi') else m.group(2)}", t)  # a caregiver's shift: the time to come
    t = re.sub(r"\b(from \d{1,2}(?::\d{2})?) (?:to|till|until|-) (?:noon|midi)\b", r"\1 to 12", t)
    t = re.sub(r"\b(?:from|a partir de|des) (?:noon|midi)(?: on)?\b", "from 12:00", t)
    t = re.sub(r"\bdes (?=\d{1,2}(?: ?h\b|:))", "from ", t)
    t = re.sub(r"\b(\d{1,2}(?::\d{2})?(?: ?h(?: ?\d{2})?)?) (?:or later|or after|ou plus tard|ou apres|and later|onwards?|and after|et plus)\b", r"from \1", t)
    t = re.sub(r"\b(?:y'?a personne|il y a personne|nobody|no one)(?: \w+){0,2} (?:avant|before|till|until|jusqu'a)\b", "from", t)
    t = re.sub(r"\b(?:je suis|i'?m|she'?s|he'?s|on est) (?:la|there|here|home)(?: \w+){0,2}? (?:jusqu'a|until|till) (?:(noon|midi)|(?=\d))",
               lambda m: "| before 12:00" if m.group(1) else "| before ", t)  # 'moi chu la jusqu'a midi'
    t = re.sub(r"\b(?:dort|dors|sleeps?|se leve|gets up|wakes up|se reveille)(?: \w+){0,2}? (?:jusqu'a|until|till|a|at|vers) (?=\d)", "| from ", t)
    t = re.sub(r"\b(?:soupe|mange|eats|has (?:her|his) (?:supper|dinner)) (?:a|at|vers) (?=\d)", "| before ", t)
    t = re.sub(r"\b(?:after|apres) (?:le |the )?(?:souper|supper|dinner)\b(?=[^|]*\b(?:on se couche|je me couche|go to bed|sleep|dort|couche))", "before 17:00", t)
    t = re.sub(r"\bquand vous (?:voulez|voudrez)\b(?=\s*\|?\s*(?:sauf|except|mais pas|but not)\b)", "n'importe quand", t)
    t = re.sub(r"\b(?:whatever|whichever) day(?: suits you| you (?:like|want|pick))?(?= (?:except|but|other than)\b)", "any day", t)
    t = re.sub(
        r"\b(any ?day|any ?time|anytime|whenever|n'importe quand|n'importe quel jour|tout|anything|everything|every ?day|all week|tous les jours"
        r"|any weekday|weekdays)((?: \w+){0,3}?) (?:but|mais)\b(?= (?:not |pas )?(?:the |le |a |un |on )?(?:early |late |tot le )?(?:\d{1,2}(?:st|nd|rd|th|er)?\b|%s|%s|tomorrow|demain|mornings?|afternoons?|evenings?|matins?|avant-midis?|apres-midis?|soirs?)\b)"
        % (WEEKDAY_NAMES, "|".join(f"{w}s" for w in FULL_WEEKDAYS)),
        r"\1\2 except", t,
    )
    t = re.sub(r"\b(?:by|until|till|over|after|d'ici|jusqu'a|apres) (?:the |la |this |ce )?(?:weekend|week-end|fin de semaine)\b", " ", t)  # a bound, not a wish
    t = re.sub(r"\b(?:a|ce) soir\b|\btonight\b", "today evening", t)
    t = re.sub(r"\b(?:a|ce) matin\b|\bthis morning\b", "today morning", t)
    t = re.sub(r"\b(?:cet|this) (apres-midi|aprem|afternoon)\b", r"today \1", t)
    t = re.sub(r"\bthe following (%s)\b" % WEEKDAY_NAMES, r"next \1", t)
    t = re.sub(r"\b(?:and|et) (?=(?:never|not|no|pas|jamais|sauf|except)\b)", "| ", t)
    t = re.sub(r" ni (?=\w)", " | ni ", t)
    t = re.sub(r"\b(next|nxt|prochaine?) weak\b", r"\1 week", t)
    t = re.sub(rf"\b(?:i'?d )?(?:rather )?not (?:go )?(?:past|later than|beyond|after) ({WEEKDAY_NAMES})\b", r"up to \1", t)  # 'rather not go past Friday'
    t = re.sub(r"\bde (\d{1,2}(?::\d{2})?)(?: ?h)? (?:a|au|jusqu'a) midi\b", r"from \1 to 12", t)
    t = re.sub(rf"\b(this|ce) ({WEEKDAY_NAMES}) (or|ou) (?:the )?(?:next|le prochain|prochain)\b", r"\1 \2 \3 next \2", t)  # 'this Friday or next'
    t = re.sub(r"\b(matin|avant-midi|apres-midi|soir)s?-la\b", r"ce \1", t)
    t = re.sub(r"\b(?:un|une|a) (?:souper|diner|dinner|supper|lunch|brunch|party)(?: de famille| familial| party)?\b"
               r"|\b(?:le|the) (?:souper|diner|dinner|supper|lunch|brunch) (?:de famille|familial|de noel|party|des fetes)\b", " event ", t)  # an event, not a time
    t = re.sub(r"\b(?:for|over|pour) (?:the |la )?(?:weekend|fin de semaine)\b", " ", t)
    t = re.sub(r"\blast (?:weekend|week|month)\b|\b(?:la )?(?:fin de )?semaine (?:passee|derniere)\b", " ", t)
    t = re.sub(r"\bmake it (\d{1,2}(?::\d{2})?)\b(?! ?(?:st|nd|rd|th|am|pm))", r"make it at \1", t)
    t = re.sub(r"\b(?:get|be) there (?:for|by) (\d{1,2}(?::\d{2})?)\b", r"from \1", t)
    t = re.sub(r"\bgenre (?=\d)", "around ", t)
    t = re.sub(r"\bpasse (?=\d)", "after ", t)
    t = re.sub(r"\b(?:ca tombe|that'?s|that is|it'?s|c'est|which is) (?:un|a|on a) (?:%s)\b(?: je pense| je crois| i think| i believe)?" % WEEKDAY_NAMES, " ", t)
    t = re.sub(r"\b(?:not after|no later than|pas apres|pas plus tard que)\b", "before", t)
    t = re.sub(r"\b(?:avant|before) (\d{1,2}(?: ?h(?: ?\d{2})?|:\d{2})?) (?:c'est|is|it'?s|that'?s) (?:trop tot|too early)\b", r"from \1", t)
    t = re.sub(r"\b(?:apres|after) (\d{1,2}(?: ?h(?: ?\d{2})?|:\d{2})?) (?:c'est|is|it'?s|that'?s) (?:trop tard|too late)\b", r"before \1", t)
    t = re.sub(r"\b(?:pas la|absente?|partie?|pas disponible|pas dispo) de la semaine\b", "pas la cette semaine", t)
    t = re.sub(rf"\bquarter past {_N}\b", lambda m: f"{_number(m.group(1))}:15", t)
    t = re.sub(rf"\bhalf past {_N}\b", lambda m: f"{_number(m.group(1))}:30", t)
    t = re.sub(rf"\bquarter to {_N}\b", lambda m: f"{_number(m.group(1)) - 1}:45", t)
    t = re.sub(r"\b(twenty|thirty)[- ](first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b",
               lambda m: f"{(20 if m.group(1) == 'twenty' else 30) + ORDINAL_WORDS[m.group(2)]}th", t)
    t = re.sub(r"\btwentieth\b", "20th", t)
    t = re.sub(r"\bthirtieth\b", "30th", t)
    t = re.sub(r"\b(?:to|too) o'?clock\b", "2:00", t)
    t = re.sub(rf"\b(at|around|about|vers|a) {_N}\b(?! (?:of|o'clock|weeks?|days?|years?|ans|jours?|semaines?|people|personnes|pills?|\w+s\b))",
               lambda m: f"{m.group(1)} {_number(m.group(2))}", t)  # 'Mindy at ten'
    t = re.sub(r"\bfor (?=thirty\b|o'?clock\b)", "four ", t)
    t = re.sub(r"\b(after|before|at|around|apres|avant) for\b", r"\1 4", t)
    t = re.sub(r"\b(?:too|to) (?=thirty\b)", "two ", t)
    t = re.sub(rf"\b{_N} o'?clock\b", lambda m: f"{_number(m.group(1))}:00", t)
    t = re.sub(rf"\b{_N} (thirty|fifteen|forty-?five)\b", lambda m: f"{_number(m.group(1))}:{ {'thirty': 30, 'fifteen': 15}.get(m.group(2), 45)}", t)
    t = re.sub(r"(?<![-\w])midi (?:et quart|quinze)\b", "12:15", t)
    t = re.sub(r"(?<![-\w])midi et demie?\b", "12:30", t)
    t = re.sub(r"(?<![-\w])midi moins (?:le )?quart\b", "11:45", t)
    t = re.sub(rf"\b{_N} ?h(?:eures?)? et demie?\b", lambda m: f"{_number(m.group(1))}:30", t)
    t = re.sub(rf"\b{_N} ?h(?:eures?)? et quart\b", lambda m: f"{_number(m.group(1))}:15", t)
    t = re.sub(rf"\b{_N} ?h(?:eures?)? moins (?:le )?quart\b", lambda m: f"{_number(m.group(1)) - 1}:45", t)
    t = re.sub(r"\b(\d{1,2}) ?h ?(\d{2})\b", r"\1:\2", t)
    t = re.sub(rf"\b{_N} ?(?:h|heures?)\b(?! ?\d)", lambda m: f"{_number(m.group(1))}:00", t)
    t = _meal_time_bound(t)
    t = re.sub(r"\b(?:before|avant) (?:his |her |my |the |le |son |sa |mon )?(?:supper|dinner|lunch|souper|diner) (?:at|a) (\d{1,2}(?::\d{2})?)\b", r"before \1", t)
    t = re.sub(r"\b(?:fini|finished|done) (?:de |with )?(?:souper|supper|diner|dinner|lunch|eating|manger)\b", " ", t)
    t = re.sub(r"\b(at|around|vers|a|after|before|apres|avant) (1[0-2]|[1-9])([0-5]\d)\b(?=\s*(?:$|\||am\b|pm\b|please|pls|svp|works|ok|or|and|on|if|would|is|tomorrow|demain))",
               r"\1 \2:\3", t)  # 'arond 1030'

    t = re.sub(r"\b(\d{1,2}(?::\d{2})?) ?(am|pm)? sharp\b", r"at \1\2", t)
    t = re.sub(r"\b(\d{1,2}(?::\d{2})?)(?: ?-? ?ish)\b", r"around \1", t)
    t = re.sub(r"\b(\d{1,2}:\d{2}) (?:de l'apres-midi|du soir|in the afternoon|in the evening)\b", r"\1pm", t)
    t = re.sub(r"\b((?:at|around|vers|a|for|by|before|after|from|avant|apres) \d{1,2}(?::\d{2})?|\d{1,2}:\d{2}) (?:du matin|in the morning|le matin|am matin)\b", r"\1am", t)
    t = re.sub(r"\b(?:aux alentours de|autour de|environ|approximately|approx|roughly|circa|vers les|a peu pres|a peu pret)\b", "around", t)
    t = re.sub(r"\b(du|le|au) (soupe|dine)\b", lambda m: f"{m.group(1)} {m.group(2)}r", t)
    t = re.sub(r"\b(?:before|avant) (?:lunch|le lunch|le diner|diner|midi|noon)\b", "before 12:00", t)
    t = re.sub(r"\b(?:after|apres) (?:supper|le souper|souper|dinner)\b", "after 17:00", t)
    t = re.sub(r"\b(?:around |about |at |vers |a )?(?:l'heure du |the )?(?:supper ?time|supper|souper|dinner ?time|dinner)\b", " around 17:00 ", t)
    t = re.sub(r"\b(?:c'est|that'?s|it'?s) (?:mon|ma|my|son|sa|his|her) (?:lunch|diner|souper|supper|dinner|dejeuner|breakfast)\b", " ", t)  # a reason
    t = re.sub(r"\b(?:after|apres) (?:my |mon |son |sa |his |her |le )?(?:breakfast|dejeuner)\b|\b(?:after|apres) (?:my|mon|son|sa|his|her) (?:lunch|diner)\b", " ", t)  # a reason
    t = re.sub(r"\bl'? ?apres[ -]?midi\b", "apres-midi", t)
    t = re.sub(r"\bn'?importe (?:kel|quel|quelle)\b", "n'importe quel", t)
    t = re.sub(r"\bnxt\b", "next", t)
    t = re.sub(r"\bwe+k\b", "week", t)
    t = re.sub(r"\bde bone heure\b", "de bonne heure", t)
    t = re.sub(r"\b(?:around |about |at |vers |a )?(?:l'heure du |the )?(?:breakfast|dejeuner)\b", " around 9:00 ", t)
    t = re.sub(r"\b(?:ma job|my job|mon travail|ma shift|my shift|work) (?:finit|finishes|ends|termine|se termine) (?:a|at|vers|around)? ?(noon|midi|\d{1,2}(?::\d{2})?)\b",
               lambda m: f"| after {'12:00' if m.group(1) in ('noon', 'midi') else m.group(1)}", t)
    t = re.sub(r"\b(?:je finis|elle finit|il finit|she finishes|he finishes|she gets off|he gets off|je termine|je sors|i finish|i'?m done|i get off|i'?m off|i get home|je rentre|je (?:suis|serai) (?:de retour|revenue?)|i'?ll be (?:home|back)|i'?m (?:home|back))"
               rf" (?:de \w+ |from \w+ |work )?(?:a|at|vers|around|by|pour)? ?(noon|midi|\d{{1,2}}(?::\d{{2}})?)\b(?: (?:le|on|les) (?:{WEEKDAY_NAMES})s?\b)?",
               lambda m: f"| after {'12:00' if m.group(1) in ('noon', 'midi') else m.group(1)}", t)  # 'moi je finis a midi': from then
    t = re.sub(r"\b(?:i'?ll be|je serai|she'?ll be|he'?ll be|elle sera|il sera) (?:at|chez|in|en|au|away|visiting)\b", "i'm at", t)
    t = re.sub(r"\b(?:i work|i teach|she teaches|i'?m at work|je travaille|je suis (?:au travail|a la job|a l'ouvrage)|she works|he works|elle travaille|il travaille)"
               r" (?:\w+ ){0,4}?(?:until|till|jusqu'a) (noon|midi|\d{1,2}(?::\d{2})?)\b",
               lambda m: f"| after {'12:00' if m.group(1) in ('noon', 'midi') else m.group(1)}", t)  # 'I work until 3:30': from then
    t = re.sub(r"\b(before|avant) (\d{1,2}(?::\d{2})?)\b(.*?)\b(?:after that|apres ca)\b", r"\1 \2\3 after \2", t)  # 'not before 11... after that'
    t = re.sub(r"\b(?:i'?m|je suis|she'?s|he'?s|elle est|il est) (?:at|au|a la|a l'|chez|in|en) [^|]{0,40}?\b(?:till|until|jusqu'a) (noon|midi|\d{1,2}(?::\d{2})?)\b",
               lambda m: f"| after {'12:00' if m.group(1) in ('noon', 'midi') else m.group(1)}", t)  # 'at cardiac rehab till noon': from then
    t = re.sub(r"\b(?:until|till|jusqu'a) (?:noon|midi|(\d{1,2}(?::\d{2})?))\b[ |]*(?:after that|then|apres ca|ensuite|apres)\b",
               lambda m: f"| after {m.group(1) or '12:00'}", t)  # 'busy until noon, after that...': from then
    t = re.sub(r"\b(?:until|till|jusqu'a) (?:noon|midi)\b", " before 12:00 ", t)
    t = re.sub(r"\b(?:and|et|pis|to|a) (?:noon|midi)\b", " and 12:00 ", t)
    t = re.sub(
        r"(?<![-\w])(?<!after )(?<!apres )(?<!apres le )(?:around |about |at |vers |a )?(?:l'heure du |the )?(?:noonish|noon|midi|lunch ?time|lunch|diner)\b(?!-)",
        " around 12:00 ", t,
    )
    return re.sub(r"\s+", " ", t).strip()


HOLIDAYS = (  # the eves are working days; Christmas, Boxing Day and New Year's Day are named only as bounds of ranges
    (r"\bchristmas(?: is)? eve\b|\bveille de noel\b", 12, 24), (r"\bchristmas day\b|\ble jour de noel\b", 12, 25), (r"\bnew year'?s?(?: is)? eve\b|\bveille du jour de l'an\b", 12, 31),
)


def _holidays(text: str, today: date) -> list[date]:
    """Holidays named as days ('not Christmas Eve'); 'before Christmas' is a range (`_ranges`)."""
    found = []
    for pattern, month, day in HOLIDAYS:
        if re.search(pattern, text):
            year = today.year if (month, day) >= (today.month, today.day) else today.year + 1
            if (date(year, month, day) - today).days <= FARTHEST_DAYS:
                found.append(date(year, month, day))
    return found


MEAL_AT = re.compile(r"\b(?:le |the |our |notre |my |mon )?(?:souper|supper|dinner|diner|lunch)(?: c'est| is)? (?:a|at) (\d{1,2}(?::\d{2})?)\b")


def _meal_time_bound(t: str) -> str:
    """'le souper c'est a 5 h chez nous, venez avant ca': before that hour (the meal's time, then a 'before')."""
    meal = MEAL_AT.search(t)
    if meal is None:
        return t
    after = t[meal.end():]
    bound = re.search(r"\b(?:avant ca|avant|before that|before then|before)\b(?!\s+\d)", after)
    if bound is None:
        return t
    return t[: meal.start()] + after[: bound.start()] + f"before {meal.group(1)}" + after[bound.end():]


def _weekday_dates(text: str, today: date) -> list[date]:
    """'Wed the 16th', 'le mercredi 16', 'lundi le 28', 'vendredi 18': the date (the weekday only confirms it)."""
    found = []
    for match in re.finditer(r"\b(%s)\s+(?:le |the )?(\d{1,2})(?:st|nd|rd|th|er)?\b(?!\s*(?::|am|pm|h\b|heures?|jours?|days?|weeks?|semaines?))" % WEEKDAY_NAMES, text):
        day = int(match.group(2))
        month, year = today.month, today.year
        if day < today.day:
            month, year = (1, year + 1) if month == 12 else (month + 1, year)
        found.append(_safe_date(year, month, day))
    return [d for d in found if d is not None]


def _offsets(text: str, today: date) -> list[date]:
    """One day counted from another: 'in five days', 'two weeks from Monday', 'the Tuesday after next', 'jeudi en huit'."""
    found = []
    for match in re.finditer(rf"\b{_COUNT} (?:days?|jours?) (?:from (?:now|today)|d'ici)\b", text):
        found.append(today + timedelta(days=_number(match.group(1))))
    for match in re.finditer(rf"\b(?:in|dans) {_COUNT} (?:days?|jours?)\b", text):
        found.append(today + timedelta(days=_number(match.group(1))))
    base_words = "|".join([*WEEKDAYS, "today", "tomorrow", "aujourd'hui", "demain", "now", "maintenant"])
    for match in re.finditer(rf"\b{_COUNT} (?:weeks?|semaines?) (?:(?:from|after|apres|a partir de|de) |a partir d'|d')(?:this coming |this |ce |next |the )?({base_words})\b", text):
        found.append(_base(match.group(2), today) + timedelta(weeks=_number(match.group(1))))
    for match in re.finditer(rf"\b(?:jour pour jour|to the day|exactly) (?:in|dans) {_COUNT} (?:weeks?|semaines?)\b|\b(?:in|dans) {_COUNT} (?:weeks?|semaines?)(?: exactement| exactly)?,? (?:jour pour jour|to the day|exactly)\b", text):
        found.append(today + timedelta(weeks=_number(match.group(1) or match.group(2))))
    for match in re.finditer(r"\b(?:the )?(%s) after next\b|\b(%s) (?:de )?la semaine d'apres\b" % (WEEKDAY_NAMES, WEEKDAY_NAMES), text):
        weekday = WEEKDAYS[match.group(1) or match.group(2)]
        found.append(today + timedelta(days=14 - today.weekday() + weekday))
    for match in re.finditer(r"\b(%s) d'apres la semaine prochaine\b" % WEEKDAY_NAMES, text):
        found.append(today + timedelta(days=14 - today.weekday() + WEEKDAYS[match.group(1)]))
    for match in re.finditer(r"\b(%s) en (huit|quinze)\b" % WEEKDAY_NAMES, text):
        found.append(_base(match.group(1), today) + timedelta(days=7 if match.group(2) == "huit" else 14))
    return found


def _base(word: str, today: date) -> date:
    if word in WEEKDAYS:
        return today + timedelta(days=(WEEKDAYS[word] - today.weekday()) % 7 or 7)
    return today + timedelta(days=1 if word in ("tomorrow", "demain") else 0)


def _ranges(text: str, today: date) -> list[date]:
    """Named spans of days, Monday to Friday: before New Year's or the holidays, after Boxing Day, the week of the
    21st, from the 18th on, mid-January, early or end of a month, between two dates."""
    year = today.year
    named = (
        (r"\b(?:before|avant) (?:the )?(?:new year'?s?|le jour de l'an|le nouvel an|jour de l'an|the new year)\b", (today, date(year, 12, 31))),
        (r"\b(?:before|avant) (?:christmas|xmas|noel)\b", (today, date(year, 12, 24))),
        (r"\b(?:before|avant|avan) (?:the holidays|les fetes?|the holiday|la periode des fetes)\b", (today, date(year, 12, 23))),
        (r"\b(?:after|apres) (?:boxing day|le boxing day|le lendemain de noel)\b", (date(year, 12, 27), date(year, 12, 27) + timedelta(days=HORIZON_DAYS - 1))),
        (r"\b(?:between|entre) (?:christmas|noel) (?:and|et) (?:new year'?s?|le jour de l'an)\b", (date(year, 12, 28), date(year, 12, 31))),
    )
    days: list[date] = []
    for pattern, (first, last) in named:
        if re.search(pattern, text):
            days += _business_days(max(first, today), last)
    months = "|".join(sorted(MONTHS, key=len, reverse=True))
    for match in re.finditer(rf"\b(?:mid|middle of|the middle of|mi|la mi|vers la mi|le milieu de|milieu de)[- ]?(?:de |d')?({months})\b", text):
        first = _month_start(MONTHS[match.group(1)], today)
        days += _business_days(max(first.replace(day=10), today), first.replace(day=20))
    for match in re.finditer(rf"\b(?:early|beginning of|start of|debut|au debut de|debut de)[- ]?(?:d')?({months})\b", text):
        first = _month_start(MONTHS[match.group(1)], today)
        days += _business_days(max(first, today), first.replace(day=10))
    for match in re.finditer(rf"\b(?:end of|late|fin|a la fin de|fin de)[- ]?(?:d')?({months}|the month|this month|le mois|du mois|ce mois)\b", text):
        word = match.group(1)
        first = _month_start(MONTHS[word], today) if word in MONTHS else today.replace(day=1)
        last = _month_start(first.month % 12 + 1, first) - timedelta(days=1)
        days += _business_days(max(last - timedelta(days=6), today), last)
    week_of = re.search(r"\b(?:the )?week of (?:the )?(\d{1,2})(?:st|nd|rd|th)?\b|\bla semaine du (\d{1,2})\b", text)
    if week_of and (day := _next_day_of_month(int(week_of.group(1) or week_of.group(2)), today)):
        monday = day - timedelta(days=day.weekday())
        days += _business_days(max(monday, today), monday + timedelta(days=4))
    onwards = re.search(r"\b(\d{1,2})(?:st|nd|rd|th|er) (?:onwards?|and after|or later|et plus|and on)\b", text)
    if onwards and (day := _next_day_of_month(int(onwards.group(1)), today)):
        days += _fortnight(day)
    if re.search(r"\b(?:early|beginning of|start of) next month\b|\b(?:au )?debut du mois prochain\b", text):
        first = _month_start(today.month % 12 + 1, today)
        days += _business_days(first, first.replace(day=10))
    starting = re.search(r"\b(?:from the|starting the|starting on the|a partir du|a partir de le|des le) (\d{1,2})(?:st|nd|rd|th|er)?\b(?!\s*(?::|am|pm|h\b|to\b|through\b|thru\b|au\b|-))"
                         r"|\b(?:from|starting) (\d{1,2})(?:st|nd|rd|th)\b", text)
    if starting and (day := _next_day_of_month(int(starting.group(1) or starting.group(2)), today)):
        days += _fortnight(day)
    between = re.search(
        r"\b(?:between|entre) (?:the (\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th)|le (\d{1,2})(?:er)?) (?:and|et|pis|au) (?:the |le )?(\d{1,2})(?:st|nd|rd|th|er)?\b(?!\s*(?::|am|pm|h\b))"
        rf"(?: (?:of )?({months}))?",
        text,
    )
    through = re.search(r"\b(?:the |le |du )?(\d{1,2})(?:st|nd|rd|th|er)? (?:through|thru|to|au|-) (?:the |le )?(\d{1,2})(?:st|nd|rd|th)\b|\bdu (\d{1,2}) au (\d{1,2})\b", text)
    if through and (first := _next_day_of_month(int(through.group(1) or through.group(3)), today)) \
            and (last := _next_day_of_month(int(through.group(2) or through.group(4)), first)):
        days += _business_days(first, last)
    before = BEFORE_DATE.search(text)
    if before and (last := _next_day_of_month(int(before.group(1)), today)):
        days += _business_days(today, last - timedelta(days=1))
    if re.search(r"\b(?:la semaine d'apres|the week after|la semaine suivante)\b(?! next)", text):
        monday = today + timedelta(days=14 - today.weekday())
        days += _business_days(monday, monday + timedelta(days=4))
    month_week = re.search(rf"\bweek of ({months}) (\d{{1,2}})|\bsemaine du (\d{{1,2}})(?:er)? ({months})\b", text)
    if month_week and (day := _calendar_date(f"{month_week.group(1) or month_week.group(4)} {month_week.group(2) or month_week.group(3)}", today)):
        monday = day - timedelta(days=day.weekday())
        days += _business_days(max(monday, today), monday + timedelta(days=4))
    if between and between.group(5):  # 'entre le 18 et le 20 janvier'
        first_day = int(between.group(1) or between.group(2) or between.group(3))
        if (first := _calendar_date(f"{between.group(5)} {first_day}", today)) and (last := _calendar_date(f"{between.group(5)} {between.group(4)}", today)):
            days += _business_days(first, last)
    elif between and (first := _next_day_of_month(int(between.group(1) or between.group(2) or between.group(3)), today)) \
            and (last := _next_day_of_month(int(between.group(4)), first)):
        days += _business_days(first, last)
    return days


def _month_start(month: int, today: date) -> date:
    year = today.year + (1 if month < today.month else 0)
    return date(year, month, 1)


def _next_day_of_month(day: int, today: date) -> date | None:
    month, year = today.month, today.year
    if day < today.day:
        month, year = (1, year + 1) if month == 12 else (month + 1, year)
    return _safe_date(year, month, day)
