"""The days a clause names: weekdays, dates, weeks, offsets, ranges and holidays, counted from today."""
from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache
from typing import Callable

from dateutil.easter import easter

from dialogs.vocabulary import HORIZON_DAYS, MONTHS, MONTH_NAMES, NUMBER_WORDS, OR_AFTER, ORDINALS, RELATIVE_DAYS, WEEKDAYS, WEEKDAY_NAMES
from dialogs.clock import COUNT_PATTERN, number_of
from dialogs.patterns import compile_words, search, sub


def business_days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1) if (first + timedelta(days=i)).weekday() < 5]


def fortnight(first: date) -> list[date]:
    """Monday to Friday of the horizon that starts on `first` ('from the 18th on', 'after Boxing Day')."""
    return business_days(first, first + timedelta(days=HORIZON_DAYS - 1))


DIGIT = compile_words(r"\d")  # a date needs one: texts without are not searched for dates
NTH = {word: n - 1 if n > 0 else n for word, n in ORDINALS.items() if n < 5}  # the nth weekday of a month: four at least in each
WEEKS_AFTER_DATE = compile_words(rf"\b{COUNT_PATTERN} (?:weeks?|semaines?) (?:after|apres|from) ((?:the|le) \d{{1,2}}(?:st|nd|rd|th|er)?(?: (?:of )?(?:{MONTH_NAMES}))?)\b")
OFFSET_WORD = compile_words(rf"day|jour|week|semaine|after next|en huit|en quinze|en 8|en 15|\b(?:{'|'.join(NTH)}) \w+ (?:of|in|de|d'|du)")
MONTH_WORD = compile_words(rf"(?:{MONTH_NAMES}|month|mois)\b")
WEEKDAY_WORD = compile_words(rf"\b(?:{WEEKDAY_NAMES})\b")
NEW_YEAR = r"(?:new year'?s?|le jour de l'an|jour de l'an|le nouvel an|the new year)"  # the day a bound before or after it counts from
NEW_YEAR_ON = compile_words(rf"\b(?:after|apres) (?:the )?(?:{NEW_YEAR}|the holidays|les fetes)\b"
                            r"|\bin the new year\b|\bdans la nouvelle annee\b")
RANGE_BOUND = compile_words(r"\b(?:before|avant|avan|after|apres|between|entre) ")
FROM_HELPER = compile_words(r"(?:the |her |his |my |their |our |a )?(?:psw|nurse|caregiver|aide|physio|therapist|home ?care|clsc)\b")


DATE_SPAN = compile_words(  # 'du 30 novembre au 4 décembre', 'from the 21st to the 30th of August': every weekday between
    rf"\b(?:du|from(?: the)?) (\d{{1,2}})(?:er|st|nd|rd|th)?(?: ({MONTH_NAMES}))? (?:au|to|through|thru|until|till) (?:the |le )?(\d{{1,2}})(?:er|st|nd|rd|th)? (?:of )?({MONTH_NAMES})\b")
BEFORE_DATE = compile_words(r"\b(?:(?:before|avant|avan|by|d'ici) (?:the |le )|(?:till|until) the |jusqu'au )(\d{1,2})(?:st|nd|rd|th|er)?\b(?!\s*(?::|am|pm|h\b))"
                            rf"|\b(?:before|by) ({MONTH_NAMES}) (\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*(?::|am|pm|h\b))")  # 'before May 1st' too


UP_TO_DATE = compile_words(  # 'anytime up to the 18th', 'any day until the 18th', "n'importe quand jusqu'au 18": every day until then, that one too
    r"\b(?:up (?:to|until|till)|any ?(?:day|time|weekday)s? (?:until|till)) (?:the (\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th))\b(?!\s*(?::|am|pm|h\b))"
    r"|\bn'importe (?:quand|quel jour|quelle journee) jusqu'au (\d{1,2})(?:er)?\b(?!\s*(?::|h\b))")


RETURN = compile_words(r"back|de retour|reviens|revient|reviennent|rentre|rentrent|bring|tak|je|il|elle|on|goes|going|head|fl[iy]|driv|[\w-]+ (?:sort|revient|reviennent|rentre|rentrent|devrait|va|doit|will|'ll|should)|sort|sors|get|come|coming|is out|will be out|discharg|released|being|is discharged|\w+'ll be|\w+ (?:will|should) be")  # 'back on the 2nd' is away until then; 'from the 2nd' only bounds the wish


CHAINED_STAY = compile_words(r"\b(?:then|after that|puis|ensuite|apres ca|pis apres|et apres)\b[^|]*?\b(?:until|till|til|jusqu'au|jusqu au|jusqu'a|jusqu a)\s+(.+)$")


def away_or_back(text: str, today: date) -> tuple[date | None, bool]:
    """'away until Dec 15' → Dec 16, away till then; 'back on the 3rd' / 'after Dec 10' → from then."""
    away = search(r"\b(?:(?:pas|not) (?:la|ici|here|around|home|in town|en ville)\b|(?:then|ensuite|puis) (?:at|in|au|aux|en|a)\b|(?:is|am|are|i'm|we're|she's|he's|est|suis|sont|sera) (?:all |both |still |actually |currently |now )?(?:(?:up|down|out|over) )?(?:at|in|au|aux|chez|a(?= [a-z])(?! (?:partir|votre|vos|ta|ton|tes|l'aise|l'heure|jour|temps|(?:la )?maison)\b)|en(?! (?:train|forme|masse|bonne|pleine|sante|conge|teletravail|retraite|arret de travail)\b)|there|la-bas|icitte|ici)\b(?! (?:home|town|la maison|ville|the area|the house))|away|gone|out|busy|occupee?s?|hospitalisee?s?|visiting|en visite|staying(?! with me| here| over)|(?:mom|mum|mother|dad|father|grandma|grandpa|grandmother|grandfather|maman|papa) is staying with (?:me|us)|recovering|recuperating|resting|on (?:bed )?rest|au repos|en repos|(?:me|se|nous) repose|(?:have|has|ai|a|fait|fais|font) (?:\w+ ){1,3}(?:every day|tous les jours)|(?:examens|tests|appointments|rendez-vous)|(?<!c')est a (?!(?:la )?maison|partir)|y'e a (?!(?:la )?maison)|(?:is|are) with us|reste chez (?!moi)|unavailable|not available|absente?s?|partie?s?|(?:je|on|il|elle|ils|elles|nous) (?:pars|part|partent|partons)|m'en vais|s'en va|s'en vont|empty|vide|hospital|hopital|garde|gardons|babysit\w*|(?:grandkids|grandchildren|petits-enfants|kids|company|guests|family)(?: are| is| sont)? (?:here|over|icitte|ici|in town)|de la visite|company|guests|visitors|repit|respite|rehab|readaptation|convalescence|vacation|vacances|florida|floride|cottage|chalet|with us|avec nous|sud|south|travelling|refai[st]|refont|renovat\w*|travaux|en voyage|(?:on|in) a (?:cruise|trip)|en croisiere|at work|au travail|(?:i|we|je|on) (?:work|travaille)(?: days| de jour)?|chez)\b.*?\b(?:until|till|til|jusqu'au|jusqu au|jusqu'a|jusqu a)\s+(.+)$", text)
    away = CHAINED_STAY.search(text, away.start(1)) or away if away else None  # 'in hospital until Friday, then at my sister's until the 16th': away to the last
    dated = away is not None and (search(r"jusqu.?au\s+$", text[: away.start(1)]) or re.match(r"\d{1,2}(?:st|nd|rd|th|er)\b", away.group(1)))  # 'till 11' is a clock
    if away and (found := _leading_days(sub(r"^(?=\d{1,2}\b)", "le " if dated else "", away.group(1)), today)):  # 'jusqu'au 14
        return found[0] + timedelta(days=1), True
    back = search(r"\b(back(?: home)?(?: from(?: [\w'-]+){1,4}?(?= (?:on )?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow)\b|the \d))| (?:from|in|into|to) (?:the |her |his |their |my |our )?[a-z-]+)?|discharging (?:him|her|them|me)|after(?! next\b)|from|starting|de retour(?: chez (?:elle|lui|nous|moi|eux)| a la maison)?|(?:(?:\w+ )?(?:sort|sors|sortira) de l'hopital|(?:(?:je|il|elle|on|[\w-]+) |^)(?:reviens|revient|reviennent|rentre|rentrent|sors|sort|retourne|(?:devrai[st]?|vais|va|doi[st]) (?:sortir|revenir|rentrer))(?: chez (?:elle|lui|nous|moi|eux)(?: a [\w-]+)?| a la maison| (?:de chez|d'une?|de|du|des)(?: [\w'-]+){1,4}?(?= (?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain)\b|le \d))| du [\w-]+| de (?:la |l'|sa |son |ses |mon |my |ma )?[\w-]+)?(?! (?:a )?(?:la semaine|next week|cette semaine))|(?:gets?|comes?) (?:out of|home from) (?:the )?hospital|(?:gets?|comes?|coming|goes|going|heads?|heading|flies|flying|fly|drives?|driving) home|(?:drives?|driving|brings?|bringing|takes?|taking) (?:me|her|him|them|us) home|(?:je|on) (?:la|le|les) ramene chez (?:elle|lui|eux)|gets? out|(?:is|will be|being|gets?) (?:discharged|released)|discharged|(?:is|will be) out of (?:the )?hospital|(?:she|he|they|\w+)(?: will|'ll| should) be (?:home|back)(?! (?:on )?(?:this |next )?\w+ (?:after|from|at|around|by|in the|morning|afternoon|evening|\d)))(?: juste| seulement)?|apres(?= le \d| (?:%s)\b)|des(?= (?:%s)\b)|a partir du|a partir de)\s+(?:on\s+)?(.+)$" % (WEEKDAY_NAMES, WEEKDAY_NAMES), text)
    if back and back.group(1) == "from" and FROM_HELPER.match(back.group(2)):
        return None, False  # 'he gets his bath from the PSW Tuesday mornings': who from, not from when
    if back and re.match(r"(?:the |le )?(?:(?:%s) )?(?:\d{1,2}(?:st|nd|rd|th|er)?|%s) (?:to|through|thru|au(?! soir| matin)|-) " % (MONTH_NAMES, WEEKDAY_NAMES), back.group(2)):
        return None, False  # 'from the 21st to the 24th', 'from February 1st to the 6th' is a range
    if back and (found := _leading_days(sub(r"^(?=\d{1,2}\b)", "le " if back.group(1) == "a partir du" else "", back.group(2)), today)):  # 'a partir du 17'
        returns = RETURN.match(back.group(1)) is not None  # 'back on the 2nd', 'il sort de l'hopital jeudi': away that day too
        return found[0] + timedelta(days=1 if back.group(1) in ("after", "apres") or returns else 0), returns
    if today.month in (11, 12, 1) and NEW_YEAR_ON.search(text):  # 'après les Fêtes', 'in the new year': from January 2nd, narrowed by any day said with it
        return date(today.year if today.month == 1 else today.year + 1, 1, 2), False
    return None, False


THERE_THEN = compile_words(r"\b(?:after|from|at|before|around|by|apres|vers|avant|des) \d|\d:\d\d|\d ?(?:am|pm|h)\b|\b(?:at|for|with|all) (?:the|a|an|her|his|my|their|day)\b")  # 'she's home Tuesday after 2', 'he's out Tuesday at the clinic': there or busy then, not back
HEDGES = ("probably", "maybe", "hopefully", "likely", "normally", "probablement", "normalement", "peut-etre", "surement")  # a day said with a doubt is still the day
ROUGHLY = ("around", "about", "approximately", "roughly", "environ", "vers")  # 'discharged around the 16th': that day
UNSURE = frozenset((*HEDGES, *ROUGHLY))  # words before a day that leave it the day
REPORTER = r"(?:they|the doctors?|the nurses?|ils|elles|les medecins|le medecin|le docteur) (?:said|say|says|think|told us|ont dit|disent|a dit|pensent|pense)"  # the hospital's word on the day
REPORTED = compile_words(rf"^{REPORTER}$")  # 'they said | maybe Thursday': cut before its day
HOME_AGAIN = compile_words(r"(?:^|\b(?:is|are|will be|'ll be|should be|would be|comes?|coming|gets?|getting|expected|(?:sending|sends?) (?:her|him|them|mom|mum|dad)|%s) )" % "|".join(HEDGES) + r"(?:back )?(?:home|out|released|discharged)(?: from (?:the |her |his |their |my )?[\w-]+)?(?: on| by)? (.+)$|\bdischarge (?:date )?(?:(?:is|should be|will be|would be)(?: on| for)?|on|for) (.+)$|\b(?:(?:va etre|vont etre|sera|seront|devrait etre|est) (?:de retour )?(?:chez (?:elle|lui|eux)|a la maison)|laisser sortir) (.+)$"
                         r"|^" + REPORTER + r" (?:(?:%s) )?((?:(?:the|le|next|this|ce) )?(?:\d|%s|tomorrow|demain)\b.*)$" % ("|".join(HEDGES), WEEKDAY_NAMES))  # 'he's home on the 8th', 'discharge should be Thursday', 'talking about discharge on the 16th', 'elle va etre chez elle le 8', 'ils vont me laisser sortir mercredi', 'they said maybe Thursday'


def home_again(text: str, today: date) -> date | None:
    """'they say he's out Monday', of someone away: the day after, the first one at home."""
    home = HOME_AGAIN.search(text)
    found = _leading_days(home.group(1) or home.group(2) or home.group(3) or home.group(4), today) if home and not THERE_THEN.search(home.group(0)) else []
    return found[0] + timedelta(days=1) if len(found) == 1 else None  # 'home Monday and Wednesday' are the days she is there


VAGUE_WEEK_DAY = compile_words(
    r"(?:(?:by|at|around|towards?|vers|a|en|d'ici) )?(?:(?:the )?(?P<end>end of (?:the|this) week)|(?P<fin>la fin de (?:la|cette) semaine)"
    r"|(?P<early>early next week|(?:au )?debut de la semaine prochaine))\b"
)


def _vague_week_day(text: str, today: date) -> date:
    """'the end of the week' is this Friday; 'early next week' is next Monday."""
    said = VAGUE_WEEK_DAY.match(text)
    monday = today - timedelta(days=today.weekday())
    return monday + timedelta(days=7) if said and said.group("early") else max(today, monday + timedelta(days=4))


def _leading_days(text: str, today: date) -> list[date]:
    """Days named at the very start of `text` ('Dec 15 then...', 'the 3rd'), not a clock time or 'lunch'."""
    words = text.split()
    words = words[1:] if words and words[0] in UNSURE else words  # 'back home probably the 14th': that day
    first = words[0] if words else ""
    if HOLIDAY_START.match(text):  # 'until Boxing Day'
        return _holidays(" ".join(words[:5]), today)
    if VAGUE_WEEK_DAY.match(text):  # 'discharged by the end of the week', 'back early next week': the day it most likely means
        return [_vague_week_day(text, today)]
    if re.match(r"(?:the week of|la semaine du|la semaine de) ", text):  # 'not before the week of the 14th': from its Monday
        return named_ranges(" ".join(words[:5]), today)[:1]
    if first in ("ce", "this") and len(words) > 1 and words[1] in WEEKDAYS:  # 'elle rentre ce mercredi'
        words, first = words[1:], words[1]
    if first in WEEKDAYS and len(words) > 2 and words[1] in MONTHS and words[2][:1].isdigit():  # 'until Sunday May 30': the date
        words, first = words[1:], words[1]
    if not (first in WEEKDAYS or first in RELATIVE_DAYS or first in MONTHS or first in ("the", "le", "next") or text.startswith("la semaine prochaine")
            or re.fullmatch(r"\d{1,2}(?:st|nd|rd|th|er)", first) or (first.isdigit() and len(words) > 1 and words[1] in MONTHS)):
        return []
    return weekday_dates(" ".join(words[:3]), today) or named_days(" ".join(words[:3]), today)  # 'until Friday the 29th'


def named_days(text: str, today: date) -> list[date]:
    """Days named in the text; a weekday with a week phrase ('Tuesday next week') picks that day of that week."""
    words = text.split()
    named = {WEEKDAYS[w] for w in words if w in WEEKDAYS}
    week = named_week(text, today)
    if week is not None and named and search(r"\b(?:week|weekend|week-end) (?:or|and|ou|et) (?:on |le )?(?:%s)\b|\bsemaine (?:ou|et|pis) (?:le )?(?:%s)\b|\b(?:%s)(?: (?:toute la journee|all day))? (?:or|ou|and|et|pis) (?:la |the |this |cette |ce )?(?:semaine|week|weekend|week-end|fin de semaine)\b" % (WEEKDAY_NAMES, WEEKDAY_NAMES, WEEKDAY_NAMES), text):
        days = week + [_weekday_date(words, index, today) for index, word in enumerate(words) if word in WEEKDAYS]  # 'this week or on Monday'
    elif week is not None:
        days = [d for d in week if d.weekday() in named] if named else week
    else:
        days = [_weekday_date(words, index, today) for index, word in enumerate(words) if word in WEEKDAYS]
    days += [today + timedelta(days=RELATIVE_DAYS[w]) for w in words if w in RELATIVE_DAYS]
    days += named_dates(text, today) + _holidays(text, today)
    return sorted(set(days))


def _weekday_date(words: list[str], index: int, today: date) -> date:
    """'Friday' is the coming Friday; 'next Friday' / 'vendredi prochain' is the Friday of next week, and so are the
    weekdays listed with it ('next Tuesday or Wednesday', 'mardi ou mercredi prochain'), unless one falls later in the week
    than the day 'prochain' follows ('vendredi ou lundi prochain': this Friday, next Monday)."""
    weekday = WEEKDAYS[words[index]]
    ahead = (weekday - today.weekday()) % 7 or 7
    first, last = index, index
    while first >= 2 and words[first - 1] in LIST_WORDS and words[first - 2] in WEEKDAYS:
        first -= 2
    while last + 2 < len(words) and words[last + 1] in LIST_WORDS and words[last + 2] in WEEKDAYS:
        last += 2
    before = words[first - 1] if first else ""
    after = words[last + 1] if last + 1 < len(words) else ""
    if before == "next" or after in ("prochain", "prochaine", "next") and not (index < last and weekday > WEEKDAYS[words[last]]):  # 'vendredi ou lundi prochain': this Friday
        monday = today + timedelta(days=7 - today.weekday())
        return monday + timedelta(days=weekday)
    return today + timedelta(days=ahead)


LIST_WORDS = {"or", "and", "ou", "et", "pis", "&"}


WITHIN_DAYS = compile_words(rf"\b(?:within|(?:in|over|within|during) the next|d'ici|dans les|au cours des) {COUNT_PATTERN} (?:prochaine?s? )?(days?|jours?|weeks?|semaines?)\b")


def named_week(text: str, today: date) -> list[date] | None:
    """The business days a week phrase covers, or None when there is none."""
    within = WITHIN_DAYS.search(text)
    length = number_of(within.group(1)) * (7 if within.group(2)[0] in "ws" else 1) if within else None
    if length is not None and length != HORIZON_DAYS:  # 'd'ici 10 jours', 'within a week': every weekday until then, counted from today; 'the next two weeks' is any day
        return business_days(today, today + timedelta(days=length - 1))
    if "week" not in text and "semaine" not in text:  # every phrase below holds one
        return None
    this_monday = today - timedelta(days=today.weekday())
    next_monday = this_monday + timedelta(days=7)

    def weekdays(monday: date, first: int = 0, last: int = 4) -> list[date]:
        return [monday + timedelta(days=i) for i in range(first, last + 1) if monday + timedelta(days=i) >= today]

    if search(r"\b(?:this|cette) week\b|\bcette semaine\b(?!-la)", text) and search(r"\bnext week\b|\bsemaine prochaine\b|\b(?:ou|or|and|et) (?:la )?(?:next|prochaine|suivante)\b", text):
        ahead = this_monday if weekdays(this_monday) else next_monday  # said at the weekend: from the week ahead
        return weekdays(ahead) + weekdays(ahead + timedelta(days=7))  # 'cette semaine ou la semaine prochaine'
    if search(r"\b(early|beginning of|start of|debut de la) next week\b|\bdebut de (?:la )?semaine prochaine\b", text):
        return weekdays(next_monday, 0, 1)
    until_end = search(r"\b(?:before|by|avant|d'ici) (?:the |la )?(?:end of (?:(next) |the |this )?week|fin de (?:la|cette) semaine( prochaine)?)\b", text)
    if until_end:  # 'avant la fin de la semaine prochaine', 'd'ici la fin de la semaine': from today to then
        return weekdays(this_monday) + weekdays(next_monday) if until_end.group(1) or until_end.group(2) else weekdays(this_monday) or weekdays(next_monday)
    after_next = search(r"\b(?:(end of|late|later(?: in)?)|(early(?: in)?|beginning of|start of)) (?:the )?week after next\b|\b(?:(fin)|(debut)) de la semaine (?:d')?apres la prochaine\b", text)
    if after_next:  # 'the end of the week after next': its Thursday and Friday, as for 'end of the week'
        return weekdays(next_monday + timedelta(days=7), *((3, 4) if after_next.group(1) or after_next.group(3) else (0, 1)))
    if search(r"\b(end of|late|later) next week\b|\bfin de la semaine prochaine\b|\bplus tard (?:dans )?la semaine prochaine\b", text):
        return weekdays(next_monday, 3, 4)
    if search(r"\b(?:(?:the )?middle of|mid-?week) next week\b|\bnext week mid-?week\b|\b(?:au )?milieu de la semaine prochaine\b", text):
        return weekdays(next_monday, 1, 3)  # 'the middle of next week': Tuesday to Thursday
    if search(r"\b(end of|later) (the|this) week\b|\blater (this|in the) week\b|\bfin de (?:la|cette) semaine\b|\bplus tard (?:dans la|cette) semaine\b", text):
        return weekdays(this_monday, 3, 4) or weekdays(next_monday, 3, 4)
    if search(r"\b(?:this |the |on the |ce |la )?(?:weekend|week-end|fin de semaine)\b", text):
        saturday = this_monday + timedelta(days=5)
        return weekdays(saturday if saturday >= today else saturday + timedelta(days=7), 0, 1)
    if search(r"\b(?:weekends|week-ends|fins de semaine)\b", text) and search(r"\b(?:only|just|juste|seulement|best|mieux|prefer\w*)\b|^\W*(?:on |les |the )?(?:weekends|week-ends|fins de semaine)\W*$", text):  # 'weekends only': each one in the horizon
        saturday = this_monday + timedelta(days=5)
        return [day for week in range(0, HORIZON_DAYS, 7) for day in weekdays(saturday + timedelta(days=week), 0, 1) if today <= day < today + timedelta(days=HORIZON_DAYS)]
    if search(r"\bthis coming week\b", text):  # on a Friday or at the weekend, the week ahead
        return weekdays(next_monday) if today.weekday() >= 4 else weekdays(this_monday)
    if search(r"\bweek after next\b|\bsemaine (?:d')?apres la prochaine\b", text):
        return weekdays(next_monday + timedelta(days=7))
    if search(r"\bnext week\b|\bsemaine prochaine\b", text):
        later = named_week(sub(r"\bnext week\b|\bsemaine prochaine\b", " ", text), today) if search(r"\b(?:or|ou) (?:in|dans) ", text) else None
        return sorted({*weekdays(next_monday), *(later or [])})  # 'la semaine prochaine ou dans deux semaines': both
    if search(r"\bthis week\b|\bcette semaine\b(?!-la)|\b(?:pas|not) (?:\w+ ){0,2}de (?:toute )?la semaine\b(?! (?:prochaine|d'apres|suivante|du|qui vient))"
              r"|\b(?:not|pas|isn't|wasn't) (?:a|une) (?:good|great|bonne) (?:week|semaine)\b|\b(?:a|une) (?:bad|rough|tough|mauvaise?) (?:week|semaine)\b", text):
        return weekdays(this_monday) or weekdays(next_monday)  # said at the weekend: the week ahead; 'not a good week' is this one
    in_weeks = search(r"\b(?:in|dans) (?:(?:about|around|roughly|approximately|maybe|peut-etre) )?(\d|a couple(?: of)?|une couple de|a|one|une|two|three|four|deux|trois|quatre)(?:(?:-| | ou | or | a | to )(\d|two|three|four|deux|trois|quatre))? (?:weeks?|semaines?)\b(?: (?:or|ou) (two|three|deux|trois)\b)?", text)
    if in_weeks:  # 'dans 2-3 semaines', 'in a week or two': each of those weeks; 'in about 2 weeks': that one
        first, last = (int(count) if count.isdigit() else NUMBER_WORDS.get(count) or number_of(count) for count in (in_weeks.group(1), in_weeks.group(2) or in_weeks.group(3) or in_weeks.group(1)))  # 'in a couple of weeks': two
        return [day for weeks in range(first, max(first, last) + 1) for day in weekdays(this_monday + timedelta(days=7 * weeks))]
    nth_week = NTH_WEEK_OF_MONTH.search(text)
    if nth_week:  # 'the first week of March', 'la 2e semaine de janvier': counted from the month's first Monday
        first = calendar_date(f"{nth_week.group(2)} 1", today) or today
        return weekdays(first + timedelta(days=(7 - first.weekday()) % 7, weeks=ORDINALS[nth_week.group(1)] - 1))
    return None


WEEK_OF_DAY = compile_words(rf"\b(?:the )?week of (?:the )?(\d{{1,2}})(?:st|nd|rd|th)?\b(?! (?:of )?(?:{MONTH_NAMES})\b)|\b(?:la )?semaine du (\d{{1,2}})\b(?!(?:er)? (?:{MONTH_NAMES})\b)"
                            rf"|\b(?:or|ou) (?:of the|du) (\d{{1,2}})(?:st|nd|rd|th)?\b(?! (?:of )?(?:{MONTH_NAMES})\b)")  # 'la semaine du 11 janvier' is month_week's


def _weeks_of(text: str) -> list[re.Match[str]]:
    """'the week of the 14th', each week named so in turn, and 'or of the 21st', 'ou du 21' said right after one: another."""
    weeks: list[re.Match[str]] = []
    for match in WEEK_OF_DAY.finditer(text):
        if match.group(3) is None or weeks and match.start() == weeks[-1].end() + 1:
            weeks.append(match)
    return weeks


NTH_WEEK_OF_MONTH = compile_words(rf"\b({'|'.join(word for word, n in ORDINALS.items() if 0 < n < 5)}) (?:full )?(?:week of|semaine de|semaine d') ?({MONTH_NAMES})\b")
DAY_ARTICLE = r"(?:(?:the|le)\s+)?"  # 'March the 3rd', 'février le 3': the month's day, said the way a weekday's is


def named_dates(text: str, today: date) -> list[date]:
    """Calendar dates: '<month> <day>' and '<day> <month>' (either language), and 'the 15th'."""
    if not DIGIT.search(text):
        return []
    for pair in re.finditer(rf"\b(?:the|le) (\d{{1,2}})(?:st|nd|rd|th|er)? (?:or|and|ou|et|pis) (?:the |le )?(\d{{1,2}})(?:st|nd|rd|th|er)? (?:of )?({MONTH_NAMES})\b", text):
        if int(pair.group(1)) < int(pair.group(2)):  # 'le 7 ou le 8 janvier': the 7th of January too; 'le 29 pis le 2 avril' is March's 29th
            text = text.replace(pair.group(0), f"{pair.group(0)} {pair.group(3)} {pair.group(1)}", 1)
    text = sub(rf"\b({MONTH_NAMES})\.?\s+{DAY_ARTICLE}(\d{{1,2}})(?:st|nd|rd|th)? (or|and|ou|et|pis|&) (\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*(?::|am|pm|h\b))",
                  r"\1 \2 \3 \1 \4", text)  # 'Jan 12 or 13': January's 13th too
    spans = re.finditer(rf"\b(?:({MONTH_NAMES})\.?\s+{DAY_ARTICLE}\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:er|st|nd|rd|th)?\s+(?:of\s+)?({MONTH_NAMES}))\b", text)
    found = [calendar_date(span.group(0).replace(" of ", " "), today) for span in spans]
    text = sub(rf"\b(?:{MONTH_NAMES})\.?\s+{DAY_ARTICLE}\d{{1,2}}(?:st|nd|rd|th)?\b", " ", text)  # 'January 5th' is read above
    day_of_month = (r"\b(?:the|le|du)\s+(\d{1,2})(?:(?:st|nd|rd|th|er)\b|\b(?!\s*(?:am|pm)|[\s-]*(?:months?|years?|weeks?|mois|ans?|semaines?)\b))"  # 'the 17th am' is the morning of the 17th
                    r"|(?<!\d )\b(\d{1,2})(?:st|nd|rd|th)\b(?! (?:one|option|choice|floor))")
    for pair in re.finditer(r"(?<!between )(?<!entre )\b(?:the|le) \d{1,2}(?:st|nd|rd|th|er)? (?:or|and|ou|et|pis) (?:the |le )?(\d{1,2})(?:st|nd|rd|th|er)?\b(?!\s*(?::|am|pm|h\b|heures?|(?:of\s+)?(?:%s)\b))" % MONTH_NAMES, text):
        text = text.replace(pair.group(0), f"{pair.group(0)} the {pair.group(1)}th", 1)  # 'the 16 or 17': the 17th too
    shared_month = rf"\s*(?:and|et|to|au|through|-|ou|or)\s+(?:the |le )?\d{{1,2}}(?:st|nd|rd|th|er)?\s+(?:of\s+)?(?:{MONTH_NAMES})\b"
    nth_weekday = rf"\s+(?:{WEEKDAY_NAMES})\s+(?:of|du|de|d'|in\s+(?:{MONTH_NAMES}))\b"  # 'the 3rd Thursday of the month': `named_offsets`' one day
    nth_week = r"\s+(?:full\s+)?week\s+of\b"  # 'the 2nd week of January': `named_week`'s week
    for match in re.finditer(rf"(?:{day_of_month})(?!\s*(?:h\b|:|(?:of\s+)?(?:{MONTH_NAMES})\b)|{shared_month}|{nth_weekday}|{nth_week})", text):
        day = int(match.group(1) or match.group(2))
        month, year = today.month, today.year
        if day < today.day:  # a bare 'the 15th' that has passed this month is next month's
            month, year = (1, year + 1) if month == 12 else (month + 1, year)
        found.append(_safe_date(year, month, day))
    return [d for d in found if d is not None and (d - today).days <= FARTHEST_DAYS]  # 'surgery on March 3rd' said in December is past


FARTHEST_DAYS = 200  # a date named further ahead than this is one that has passed, rolled into next year


@lru_cache(maxsize=4096)
def calendar_date(span: str, today: date) -> date | None:
    """The next date a '<month> <day>' or '<day> <month>' phrase names, rolling into next year ('Jan 5' in November).
    The phrase is already one of those two shapes: the month table and the day are all there is to read."""
    words = re.findall(r"[a-z]+|\d+", span)
    month = next((MONTHS[word] for word in words if word in MONTHS), None)
    day = next((int(word) for word in words if word.isdigit()), None)
    if month is None or day is None:
        return None
    found = _safe_date(today.year, month, day)
    return _safe_date(today.year + 1, month, day) if found is not None and found < today else found


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


NOT_A_BOUND = "".join(rf"(?<!{word} )" for word in ("before", "avant", "after", "apres", "and", "et", "to", "au", "avant le", "apres le", "et le", "pis", "pis le", "until", "till", "til", "jusqu'au"))


ASIDE_CHRISTMAS = "".join(rf"(?<!{word} )" for word in ("for", "over", "at", "since", "by", "between", "a good", "a quiet", "merry", "happy"))  # 'home for Christmas', 'a card at Christmas': no day ruled out or wished


def _fixed(month: int, day: int) -> Callable[[int], date]:
    return lambda year: date(year, month, day)


def _monday(month: int, nth: int) -> Callable[[int], date]:
    """The nth Monday of a month: Thanksgiving, Labour Day, Family Day, the Civic Holiday."""
    def rule(year: int) -> date:
        first = date(year, month, 1)
        return first + timedelta(days=(7 - first.weekday()) % 7 + 7 * (nth - 1))
    return rule


def _from_easter(days: int) -> Callable[[int], date]:
    return lambda year: easter(year) + timedelta(days=days)


def _victoria_day(year: int) -> date:
    """The Monday before May 25: Victoria Day, and in Quebec the Journée nationale des patriotes."""
    eve = date(year, 5, 24)
    return eve - timedelta(days=eve.weekday())


HOLIDAYS: tuple[tuple[str, Callable[[int], date]], ...] = (  # named as days ('except Canada Day'), or as bounds ('after Thanksgiving': `named_ranges`)
    (r"\bgood friday\b|\bvendredi ?saint\b", _from_easter(-2)), (r"\beaster monday\b|\blundi ?de ?paques\b", _from_easter(1)),
    (r"\bchristmas eve eve\b|\bavant-veille de noel\b", _fixed(12, 23)), (r"\bchristmas(?: is)? eve\b(?! eve)|(?<!avant-)\bveille de noel\b", _fixed(12, 24)),
    (r"\bchristmas day\b|\ble jour de noel\b", _fixed(12, 25)),
    (NOT_A_BOUND + ASIDE_CHRISTMAS + r"\b(?:christmas|xmas)\b(?= *(?:$|\||,|(?:or|and|nor|is|would|will|won'?t|isn'?t|obviously|either|of course|please|pls|too|lol)\b))", _fixed(12, 25)),
    (r"\bnew year'?s?(?: is)? eve\b|\bveille du jour de l'an\b", _fixed(12, 31)),
    (NOT_A_BOUND + r"\b(?:new year'?s?(?: is)? day|le jour de l'an|jour de l'an)\b", _fixed(1, 1)),
    (NOT_A_BOUND + r"\b(?:boxing day|le boxing day)\b(?! (?:and|et|to|au))", _fixed(12, 26)),
    (r"\bcanada day\b|\bfete du canada\b|\bpremier juillet\b", _fixed(7, 1)),
    (r"\bthanksgiving\b|\baction de grace\b", _monday(10, 2)), (r"\bremembrance day\b|\bjour du souvenir\b", _fixed(11, 11)),
    (r"\bfamily day\b|\bjour de la famille\b", _monday(2, 3)), (r"\blabou?r day\b|\bfete du travail\b", _monday(9, 1)),
    (r"\bcivic holidays?\b|\bconge civique\b", _monday(8, 1)), (r"\bla (?:saint|st)-?jean\b|\bfete nationale\b", _fixed(6, 24)),
    (r"\bvictoria day\b|\bfete de la reine\b|\bjournee nationale des patriotes\b|\bfete des patriotes\b", _victoria_day),
)


HOLIDAY_START = compile_words(r"(?:%s)" % "|".join(pattern.removeprefix(NOT_A_BOUND).removeprefix(r"\b") for pattern, _ in HOLIDAYS))  # a day named by its holiday at the start of a text
HOLIDAY_BOUND = compile_words(r"(?<!week )(?<!semaine )\b(before|avant|after|apres) (?:the |le |la |l'|les )?(?=%s)" % "|".join(  # 'after Thanksgiving'; New Year's and Boxing Day are `named_ranges`' own
    pattern.removeprefix(r"\b") for pattern, _ in HOLIDAYS if not pattern.startswith(NOT_A_BOUND)))
FEASTS = {"easter": _from_easter(0), "paques": _from_easter(0), "noel": _fixed(12, 25)}  # days that name a week, not days of their own
HOLIDAY_WEEK = compile_words(r"\b(?:the )?week (after|before|of) (?:the )?|\b(?:la )?semaine (apres|avant|de|d') ?(?:la |le |l')?")  # 'the week after Easter': `holiday_week`
NO_DAY = re.compile(r"\b(?:before|avant|after|apres|for|pour|happy|bonne|joyeuse) (?:the |le |la |l'|les )?$")  # a bound, a visit for it, a greeting: not the day


def _holidays(text: str, today: date) -> list[date]:
    """Holidays named as days ('not Christmas Eve', 'pas le jour de la fête du Travail'): the next one, within reach;
    one named as a bound ('after Thanksgiving') is a range (`named_ranges`)."""
    found: list[date] = []
    if not HOLIDAY_START.search(text):  # none of them, in one search
        return found
    for pattern, rule in HOLIDAYS:
        if not any(not NO_DAY.search(text, 0, named.start()) for named in re.finditer(pattern, text)):
            continue
        day = next((d for d in (rule(year) for year in (today.year - 1, today.year, today.year + 1)) if d >= today), None)
        if day is not None and (day - today).days <= FARTHEST_DAYS:
            found.append(day)
    return found


def weekday_dates(text: str, today: date) -> list[date]:
    """'Wed the 16th', 'le mercredi 16', 'lundi le 28', 'vendredi 18': the date (the weekday only confirms it)."""
    found: list[date | None] = []
    if not DIGIT.search(text):
        return []
    for match in re.finditer(r"\b(%s)\s+(?:le |the )?(\d{1,2})(?:st|nd|rd|th|er)?\b(?!\s*(?::|am|pm|h\b|heures?|jours?|days?|weeks?|semaines?|(?:to|till|until|-) \d))" % WEEKDAY_NAMES, text):
        day = int(match.group(2))
        month, year = today.month, today.year
        if day < today.day:
            month, year = (1, year + 1) if month == 12 else (month + 1, year)
        found.append(_safe_date(year, month, day))
    return [d for d in found if d is not None]


def named_offsets(text: str, today: date) -> list[date]:
    """One day counted from another: 'in five days', 'two weeks from Monday', 'the Tuesday after next', 'jeudi en huit'."""
    found = _beside_holidays(text, today)
    if not OFFSET_WORD.search(text):  # a word every phrase below holds
        return found
    for match in re.finditer(rf"\b{COUNT_PATTERN} (?:days?|jours?) (?:from (?:now|today)|d'ici)\b", text):
        found.append(today + timedelta(days=number_of(match.group(1))))
    for match in re.finditer(rf"\b(?:in|dans) {COUNT_PATTERN} (?:days?|jours?)\b", text):
        found.append(today + timedelta(days=number_of(match.group(1))))
    base_words = "|".join([*WEEKDAYS, "today", "tomorrow", "aujourd'hui", "demain", "now", "maintenant"])
    for match in re.finditer(rf"\b{COUNT_PATTERN} (?:weeks?|semaines?) (?:(?:from|after|apres|a partir de|de) |a partir d'|d'|(?:on )?(?=(?:today|tomorrow)\b)|on (?=(?:{WEEKDAY_NAMES})\b))(?:this coming |this |ce |next |the )?({base_words})\b", text):  # 'two weeks from Monday', '2 weeks today', 'two weeks on Friday'
        found.append(_base(match.group(2), today) + timedelta(weeks=number_of(match.group(1))))
    for match in WEEKS_AFTER_DATE.finditer(text):  # 'a week after the 10th': that one day
        found += [day + timedelta(weeks=number_of(match.group(1))) for day in named_dates(match.group(2), today)[:1]]
    for match in re.finditer(rf"(?:^|\| )week from (?:this |next )?({base_words})\b|(?<!once )(?<!per )\ba week (?:on |this )?({base_words})\b|\b(tomorrow|{WEEKDAY_NAMES}) week\b", text):
        found.append(_base(next(word for word in match.groups() if word), today) + timedelta(weeks=1))  # 'week from thurs', 'a week tomorrow', 'Tuesday week': a week on
    for match in re.finditer(rf"\b(?:jour pour jour|to the day|exactly) (?:in|dans) {COUNT_PATTERN} (?:weeks?|semaines?)\b|\b(?:(?:in|dans) )?{COUNT_PATTERN} (?:weeks?|semaines?)(?: exactement| exactly)?,?(?: \|)? (?:jour pour jour|to the day|exactly)\b", text):
        found.append(today + timedelta(weeks=number_of(match.group(1) or match.group(2))))
    for match in re.finditer(r"\b(?:the )?(%s) after next\b|\b(%s) (?:de )?la semaine d'apres\b" % (WEEKDAY_NAMES, WEEKDAY_NAMES), text):
        weekday = WEEKDAYS[match.group(1) or match.group(2)]
        found.append(today + timedelta(days=14 - today.weekday() + weekday))
    for match in re.finditer(r"\b(%s) d'apres la semaine prochaine\b|\b(%s) de la semaine d'apres la prochaine\b" % (WEEKDAY_NAMES, WEEKDAY_NAMES), text):
        found.append(today + timedelta(days=14 - today.weekday() + WEEKDAYS[match.group(1) or match.group(2)]))
    for match in re.finditer(r"\b(%s|demain|aujourd'hui) en (huit|quinze|8|15)\b(?! ?(?:h\b|:|heures?))" % WEEKDAY_NAMES, text):  # 'jeudi en 8', texted with the digit
        found.append(_base(match.group(1), today) + timedelta(days=7 if match.group(2) in ("huit", "8") else 14))
    for match in re.finditer(rf"\b({'|'.join(NTH)}) ({WEEKDAY_NAMES}) (?:(?:of|in|de|d'|du mois d'?) ?({MONTH_NAMES})\b|(?:of|in) (?:the|this) month\b|du mois\b|de ce mois\b)", text):
        nth, weekday = NTH[match.group(1)], WEEKDAYS[match.group(2)]
        if match.group(3):  # 'the first Monday of April', 'le dernier vendredi de mars'
            found.append(_nth_weekday(_month_start(MONTHS[match.group(3)], today), weekday, nth))
            continue
        day = _nth_weekday(today.replace(day=1), weekday, nth)  # 'the 3rd Thursday of the month': this month's, or next month's once it has passed
        found.append(day if day >= today else _nth_weekday((today.replace(day=28) + timedelta(days=4)).replace(day=1), weekday, nth))
    return found


BESIDE_HOLIDAY = compile_words(rf"(?<!any )(?<!every )(?<!quel )\b(?:(?:the |le )?({WEEKDAY_NAMES})|the day) (after|apres|before|avant) (?:the |le |la |l')?"
                               r"|(?<!apres )(?<!after )(?<!avant )(?<!before )(?<!apres le )(?<!avant le )\b(?:le )?lendemain (?:de |du |d')(?:la |l')?")
ANCHOR_FEASTS = {**FEASTS, "christmas": _fixed(12, 25), "xmas": _fixed(12, 25), "new year": _fixed(1, 1), "nouvel an": _fixed(1, 1)}  # a weekday's anchor: 'the Monday after New Year's'


def _beside_holidays(text: str, today: date) -> list[date]:
    """'the Monday after New Year's', 'le vendredi avant Noël', 'the day after Family Day', 'le lendemain du jour du
    Souvenir': one day told by the holiday next to it, not the coming weekday nor the 14 days after it."""
    found: list[date] = []
    for match in BESIDE_HOLIDAY.finditer(text):
        holiday = _holiday_named(text[match.end():], today, ANCHOR_FEASTS)
        if holiday is None:
            continue
        step = -1 if match.group(2) in ("before", "avant") else 1
        day = holiday + timedelta(days=step)
        while match.group(1) and day.weekday() != WEEKDAYS[match.group(1)]:
            day += timedelta(days=step)
        found.append(day)
    return found


def _nth_weekday(first: date, weekday: int, nth: int) -> date:
    """The nth (0-based, -1 the last) `weekday` of the month that starts on `first`."""
    days = [first + timedelta(days=i) for i in range(31) if (first + timedelta(days=i)).month == first.month and (first + timedelta(days=i)).weekday() == weekday]
    return days[nth]


def _base(word: str, today: date) -> date:
    if word in WEEKDAYS:
        return today + timedelta(days=(WEEKDAYS[word] - today.weekday()) % 7 or 7)
    return today + timedelta(days=1 if word in ("tomorrow", "demain") else 0)


MONTH_OF = r"(?:(?:the )?month of |(?:le |du )?mois d(?:e |'))?"  # 'fin du mois de janvier', 'the end of the month of May': that month
WHOLE_MONTH = compile_words(rf"\b(?:(?:tout|pendant tout|durant tout) le mois (?:de |d')|(?<!end of )(?<!beginning of )(?<!start of )(?<!middle of )(?:the (?:whole |entire )?|all )month of |all of |tout (?:le )?(?:mois )?(?:de |d')?|(?<=\bpas )en |(?<=\bnot )in )({MONTH_NAMES})\b")  # 'pas en juillet': none of July
BETWEEN_DATES = compile_words(  # 'between the 9th and the 12th', 'entre 14 et 18 décembre', 'between December 14 and 18': two dates, not two hours
    rf"\b(?:between|entre) (?:the (?P<first>\d{{1,2}})(?:st|nd|rd|th)?|(?P<ordinal>\d{{1,2}})(?:st|nd|rd|th)|le (?P<le>\d{{1,2}})(?:er)?"
    rf"|(?P<month_lead>{MONTH_NAMES}) (?P<lead_day>\d{{1,2}})(?:st|nd|rd|th|er)?|(?P<bare>\d{{1,2}})(?= (?:and|et|pis|au) \d{{1,2}}(?:st|nd|rd|th|er)? (?:of )?(?:{MONTH_NAMES})\b))"
    rf" (?:and|et|pis|au) (?:the |le )?(?:(?P<month_first>{MONTH_NAMES}) )?(?P<last>\d{{1,2}})(?:st|nd|rd|th|er)?\b(?!\s*(?::|am|pm|h\b))"
    rf"(?: (?:of )?(?P<month>{MONTH_NAMES})\b)?")
BETWEEN_ENDS = compile_words(r"\b(?:between|entre) (?:the |le |la |l')?([a-z][\w' -]{2,30}?) (?:and|et|pis|&) (.+)$")  # 'between Boxing Day and New Year's Eve': two ends, one of them a holiday


def _between_holidays(text: str, today: date) -> list[date]:
    """The weekdays from one end to the other, both in, when a holiday is one of the ends ('between Boxing Day and New
    Year's Eve', 'entre la Saint-Jean pis le 30'); the days between Christmas and New Year's are `named_ranges`' own."""
    ends = BETWEEN_ENDS.search(text) if HOLIDAY_START.search(text) else None
    if ends is None or not (HOLIDAY_START.match(ends.group(1)) or HOLIDAY_START.match(ends.group(2))):
        return []
    first, last = _leading_days(ends.group(1), today)[:1], _leading_days(ends.group(2), today)[:1]
    return business_days(first[0], last[0]) if first and last and first[0] < last[0] else []


def named_ranges(text: str, today: date) -> list[date]:
    """Named spans of days, Monday to Friday: before New Year's or the holidays, after Boxing Day, the week of the
    21st, from the 18th on, mid-January, early or end of a month, between two dates."""
    year = today.year
    named = (
        (rf"\b(?:before|avant) (?:the )?{NEW_YEAR}\b", (today, date(year, 12, 31))),
        (r"\b(?:before|avant) (?:christmas eve|xmas eve|la veille de noel)\b", (today, date(year, 12, 23))),
        (r"\b(?:before|avant) (?:christmas|xmas|noel)\b(?! eve)", (today, date(year, 12, 24))),
        (r"\b(?:before|avant|avan) (?:the holidays|les fetes?|the holiday|la periode des fetes)\b", (today, date(year, 12, 23))),
        (r"\b(?:after|apres) (?:boxing day|le boxing day|le lendemain de noel)\b", (date(year, 12, 27), date(year, 12, 27) + timedelta(days=HORIZON_DAYS - 1))),
        (r"\b(?:between|entre) (?:christmas|xmas|noel) (?:and|et|pis|pi|&) (?:new year'?s?|le jour de l'an|jour de l'an|le nouvel an)\b", (date(year, 12, 28), date(year, 12, 31))),
    )
    days: list[date] = []
    if RANGE_BOUND.search(text):  # one search for the six phrases below
        for pattern, (first, last) in named:
            if search(pattern, text):
                days += business_days(max(first, today), last)
    for bound in HOLIDAY_BOUND.finditer(text):  # 'after Thanksgiving', 'avant la fête du Travail': until the day before, or the 14 days after
        for day in _holidays(HOLIDAY_START.match(text, bound.end()).group(0), today)[:1]:
            days += business_days(today, day - timedelta(days=1)) if bound.group(1) in ("before", "avant") else fortnight(day + timedelta(days=1))
    if MONTH_WORD.search(text):
        for match in re.finditer(rf"\b(?:mid|middle of|the middle of|mi|la mi|vers la mi|le milieu de|milieu de|milieu)[- ]?(?:de |d')?{MONTH_OF}({MONTH_NAMES}|month|the month|this month|le mois|du mois|ce mois)\b", text):
            first = _month_start(MONTHS[match.group(1)], today) if match.group(1) in MONTHS else today.replace(day=1)  # 'mid month': this one
            days += business_days(max(first.replace(day=10), today), first.replace(day=20))
        for match in re.finditer(rf"\b(?:early|beginning of|start of|debut|au debut de|debut de)[- ]?(?:d')?{MONTH_OF}({MONTH_NAMES})\b", text):
            first = _month_start(MONTHS[match.group(1)], today)
            days += business_days(max(first, today), first.replace(day=10))
        for match in re.finditer(rf"\b(?:end of|late|fin|a la fin de|fin de|(?:the )?last week (?:of|in)|(?:la )?derniere semaine (?:de|du|d'))[- ]?(?:d')?{MONTH_OF}({MONTH_NAMES}|the month|this month|month|le mois|du mois|ce mois)\b", text):
            word = match.group(1)
            first = _month_start(MONTHS[word], today) if word in MONTHS else today.replace(day=1)
            last = _month_start(first.month % 12 + 1, first) - timedelta(days=1)
            before = search(r"\b(?:before|avant|by|d'ici|till|until|til|up to|jusqu'a) (?:the |la )?$", text[: match.start()])  # 'avant la fin du mois', 'till the end of the month': until then
            days += business_days(today if before else max(last - timedelta(days=6), today), last)
        for match in WHOLE_MONTH.finditer(text):  # 'tout le mois de juillet', 'for the month of June': each of its weekdays
            first = _month_start(MONTHS[match.group(1)], today)
            days += business_days(max(first, today), _month_start(first.month % 12 + 1, first) - timedelta(days=1))
        if search(r"\b(?:early|beginning of|start of) next month\b|\b(?:au )?debut du mois prochain\b", text):
            first = _month_start(today.month % 12 + 1, today)
            days += business_days(first, first.replace(day=10))
    if DIGIT.search(text):
        for week_of in _weeks_of(text):  # 'la semaine du 14 ou celle du 21': each week
            if day := _next_day_of_month(int(next(g for g in week_of.groups() if g)), today):
                monday = day - timedelta(days=day.weekday())
                days += business_days(max(monday, today), monday + timedelta(days=4))
        onwards = search(r"\b(\d{1,2})(?:st|nd|rd|th|er) (?:onwards?|and after|or later|et plus|and on)\b", text)
        if onwards and (day := _next_day_of_month(int(onwards.group(1)), today)):
            days += fortnight(day)
        starting = search(r"\b(?:from the|starting the|starting on the|a partir du|a partir de le|des le) (\d{1,2})(?:st|nd|rd|th|er)?\b(?!\s*(?::|am|pm|h\b|to\b|through\b|thru\b|au\b|-))"
                             r"|\b(?:from|starting) (\d{1,2})(?:st|nd|rd|th)\b", text)
        if starting and (day := _next_day_of_month(int(starting.group(1) or starting.group(2)), today)):
            days += fortnight(day)
        between = BETWEEN_DATES.search(text)
        through = search(r"\b(?:the |le |du )?(\d{1,2})(?:st|nd|rd|th|er)? (?:through|thru|to|au|-) (?:the |le )?(\d{1,2})(?:st|nd|rd|th)\b|\bdu (\d{1,2})(?:er)? au (\d{1,2})\b", text)
        if through and (first := _next_day_of_month(int(through.group(1) or through.group(3)), today)) \
                and (last := _next_day_of_month(int(through.group(2) or through.group(4)), first)):
            days += business_days(first, last)
        to_holiday = search(r"\b(?:du|from(?: the)?) (\d{1,2})(?:er|st|nd|rd|th)? (?:au|to|through|thru|until|till) (.+)", text)
        if to_holiday and HOLIDAY_START.match(to_holiday.group(2)) and (first := _next_day_of_month(int(to_holiday.group(1)), today)):
            days += [day for last in _holidays(to_holiday.group(2), today)[:1] for day in business_days(first, last)]  # 'from the 25th through Canada Day'
        span = DATE_SPAN.search(text)
        if span and (last := calendar_date(f"{span.group(4)} {span.group(3)}", today)):
            same_month = span.group(2) is None and int(span.group(1)) <= int(span.group(3))
            first = calendar_date(f"{span.group(2) or span.group(4)} {span.group(1)}", today) if span.group(2) or same_month \
                else _next_day_of_month(int(span.group(1)), today)  # 'du 29 au 2 avril': the 29th of the month before
            if first is not None and first <= last:
                days += business_days(first, last)
        before = BEFORE_DATE.search(text)
        if before and not re.match(r"(?:till|until|jusqu)", before.group(0)) \
                and (last := calendar_date(f"{before.group(2)} {before.group(3)}", today) if before.group(2) else _next_day_of_month(int(before.group(1)), today)):
            days += business_days(today, last - timedelta(days=1))
        up_to = UP_TO_DATE.search(text)
        if up_to and (last := _next_day_of_month(int(next(g for g in up_to.groups() if g)), today)):
            days += business_days(today, last)
        month_week = search(rf"\bweek of ({MONTH_NAMES}) (\d{{1,2}})|\bsemaine du (\d{{1,2}})(?:er)? ({MONTH_NAMES})\b|\bweek of (?:the )?(\d{{1,2}})(?:st|nd|rd|th)? (?:of )?({MONTH_NAMES})\b", text)
        if month_week and (day := calendar_date(f"{month_week.group(1) or month_week.group(4) or month_week.group(6)} {month_week.group(2) or month_week.group(3) or month_week.group(5)}", today)):
            monday = day - timedelta(days=day.weekday())
            days += business_days(max(monday, today), monday + timedelta(days=4))
        first_day = int(next(filter(None, between.group("first", "ordinal", "le", "bare", "lead_day")))) if between else 0
        if between and (month := between.group("month") or between.group("month_first") or between.group("month_lead")):  # 'entre le 18 et le 20 janvier', 'between the 28th and May 5th', 'between December 14 and 18'
            last = calendar_date(f"{month} {between.group('last')}", today)
            first = calendar_date(f"{month} {first_day}", today) if first_day <= int(between.group("last")) else _next_day_of_month(first_day, today)
            if first and last:  # 'entre le 29 pis le 2 avril': the 29th of the month before
                days += business_days(first, last)
        elif between and (first := _next_day_of_month(first_day, today)) and (last := _next_day_of_month(int(between.group("last")), first)):
            days += business_days(first, last)
    if WEEKDAY_WORD.search(text):
        from_weekday = search(rf"\b(?:from|starting|a partir de) ({WEEKDAY_NAMES})(?: on| onwards?)?\b(?! (?:to|au|through|thru|till|until|-|\d|the \d|le \d)\b)"
                                 rf"|\b((?:next )?(?:{WEEKDAY_NAMES})(?: prochaine?)?) (?:or|ou) (?:later|plus tard|{OR_AFTER})(?![\w'])", text)
        if from_weekday:  # 'Wednesday or later', 'lundi prochain ou après', 'à partir de mercredi': the horizon from that day
            said = (from_weekday.group(1) or from_weekday.group(2)).split()
            days += fortnight(_weekday_date(said, next(i for i, word in enumerate(said) if word in WEEKDAYS), today))
        now_and = search(rf"\b(?:between now and|d'ici a|d'ici) (?:next |this |the |le |la )?({WEEKDAY_NAMES})(?: prochain| de la semaine prochaine)?\b", text)
        if now_and:  # 'between now and next Friday': every weekday until then
            day = _base(now_and.group(1), today)
            days += business_days(today, day + timedelta(days=7) if search(r"\bnext\b|prochain", now_and.group(0)) and day - today < timedelta(days=7 - today.weekday()) else day)
        up_to = search(r"\bup to (%s)\b" % WEEKDAY_NAMES, text)
        if up_to:  # 'I'd rather not go past Friday'
            last = today + timedelta(days=(WEEKDAYS[up_to.group(1)] - today.weekday()) % 7)
            days += business_days(today, last)
    days += _between_holidays(text, today)
    holiday_days = holiday_week(text, today) if "week" in text or "semaine" in text else []
    days += holiday_days
    if not holiday_days and search(r"(?<!fin de )(?<!debut de )\b(?:la semaine d'apres|the week after|la semaine suivante)\b(?! next)", text):
        monday = today + timedelta(days=14 - today.weekday())
        days += business_days(monday, monday + timedelta(days=4))
    return days


def holiday_week(text: str, today: date) -> list[date]:
    """'the week after Easter', 'la semaine avant la fête du Travail', 'the week of Christmas': Monday to Friday of the
    week after, before or of that day (Easter Sunday ends its week)."""
    for match in HOLIDAY_WEEK.finditer(text):
        day = _holiday_named(text[match.end():], today, ANCHOR_FEASTS)
        if day is None:
            continue
        monday = day - timedelta(days=day.weekday()) + timedelta(days={"after": 7, "apres": 7, "before": -7, "avant": -7}.get(match.group(1) or match.group(2), 0))
        return business_days(max(monday, today), monday + timedelta(days=4))
    return []


def _holiday_named(rest: str, today: date, feasts: dict[str, Callable[[int], date]]) -> date | None:
    """The next date of the holiday or feast `rest` starts with, if it starts with one."""
    if (named := HOLIDAY_START.match(rest)) and (found := _holidays(named.group(0), today)):
        return found[0]
    feast = next((rule for name, rule in feasts.items() if rest.startswith(name)), None)
    return next(d for d in (feast(year) for year in (today.year, today.year + 1)) if d >= today) if feast else None


def _month_start(month: int, today: date) -> date:
    year = today.year + (1 if month < today.month else 0)
    return date(year, month, 1)


def _next_day_of_month(day: int, today: date) -> date | None:
    month, year = today.month, today.year
    if day < today.day:
        month, year = (1, year + 1) if month == 12 else (month + 1, year)
    return _safe_date(year, month, day)
