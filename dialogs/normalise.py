"""A client's text as the readers see it: lower case, accents folded, emoji as words, greetings and signatures
dropped, keyboard and autocorrect slips of time words corrected, and (with `breaks`) where sentences and clauses end
marked for the clause cutter. Pure; the readers never see the raw text."""
from __future__ import annotations

import re
from typing import NamedTuple

from wordfreq import zipf_frequency

from dialogs.apostrophes import restored
from dialogs.folding import fold as fold
from dialogs.slips import TARGET_SET, is_word
from dialogs.spelling import KNOWN, PRONOUNS_AFTER, SHORTHAND, SHORTHAND_EN, SHORTHAND_FR, corrected, day_before_part, split_joined
from dialogs.vocabulary import DAY_ORDINALS, OWNERS, FRENCH_DAY_NUMBERS, FRENCH_SMALL_DAYS, FULL_WEEKDAYS, MONTHS, MONTH_NAMES, OR_AFTER, ORDINALS, PART_WORDS, RELATIVE_DAYS, WEEKDAY_NAMES, WEEKDAYS
from dialogs.patterns import compile_words, search, sub


MAX_CHARS = 1600  # a long concatenated SMS; a wish often comes last, after the greeting and the explanation

GREETINGS = r"^(?:(?:good (?:morning|afternoon|evening)(?:[ ,|]*(?:or|ou) (?:good )?(?:morning|afternoon|evening|day)\b(?! (?:is|are|works?|would|will)\b))?|bon apres-midi|bonne apres-midi|morning(?=[ ,.!|]+[a-z])(?! ?(?:%s|tomorrow|today|next|this|on|of|or|works?|is|would|only|please|pls|preferably|at|around|before|after)\b)|(?:afternoon|evening)(?= ?\|\| ?[a-z])|(?:afternoon|evening)(?= ?[,.!|]+ ?(?:this is|it'?s|it is|i'?m|i am|my name|thanks?|thank you)\b)|bon matin|hello|hi|hey|bonjour|bonsoir|allo|salut)\b[ ,.!|]*)+" % WEEKDAY_NAMES

FULL_NAMES = frozenset(FULL_WEEKDAYS) | {month for month in MONTHS if len(month) >= 5} | {"boxing", "christmas", "easter", "thanksgiving", "noel"}  # what a capitalised slip may be meant as

GLUED_BEFORE_NUMBER = {"at", "le", "la", "in", "dans", "vers", "around", "after", "before", "till", "until", "on", "the", "apres", "avant", "from",
                       "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "vrs", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "monday", "tuesday", "wednesday", "thursday", "friday", "lun", "mar", "mer", "jeu", "ven", "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}  # 'wed16'

_BRACKET_HOUR = r"\d{1,2}(?::\d\d)?(?: ?(?:[ap]m|h))?"
HOURS_IN_BRACKETS = re.compile(rf"\b({'|'.join(sorted(PART_WORDS, key=len, reverse=True))}) ?\(({_BRACKET_HOUR}) ?(?:to|-|a) ?({_BRACKET_HOUR})\)")  # 'early afternoon (1 to 3)'
ASIDE_IN_BRACKETS = re.compile(r"\((?![^()]*(?:\d(?!\d* ?(?:ans|years?|yrs?)\b)|%s))[^()]{1,40}\)" % "|".join(sorted({*WEEKDAYS, *MONTHS, *PART_WORDS, *RELATIVE_DAYS}, key=len, reverse=True)), re.I)

NUMERIC_DATE = compile_words(  # '1/20', '20/01', '2027-01-20': a date typed in figures
    r"(?<![\d/.,:$-])\b(?:20\d\d-(?P<iso_month>\d{1,2})-(?P<iso_day>\d{1,2})|(?P<first>\d{1,2})/(?P<second>\d{1,2})(?:/(?:20)?\d\d)?)\b"
    r"(?![\d/]| ?(?:%|hours?|heures?|hrs?|h\b|days?|jours?|of\b|de\b|d'|dozen|cups?|tasses?|off\b|mile|km))"
)
MONTH_NUMBERS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december")


def _date_in_figures(match: re.Match[str], french: bool) -> str:
    """The date as words: day first when only that reading is a date, or in French; month first otherwise, as North
    American phones write it. Not a date ('24/7', '1/2 hour') is left as it was."""
    if match.group("iso_month"):
        month, day = int(match.group("iso_month")), int(match.group("iso_day"))
    else:
        first, second = int(match.group("first")), int(match.group("second"))
        month, day = (second, first) if french or first > 12 else (first, second)
    if not (1 <= month <= 12 and 1 <= day <= (29 if month == 2 else 30 if month in (4, 6, 9, 11) else 31)) or match.group(0) == "24/7":
        return match.group(0)
    name = MONTH_NUMBERS[month - 1]
    return f"{day} {FRENCH_MONTHS.get(name, name)}" if french else f"{name} {day}"


TITLED = compile_words(r"\b(Mrs|Mr|Ms|Dr|Mme|Mlle)\.? [A-Z][a-z]+\b")

OWNED = compile_words(r" (?:\w+ ){0,2}(?:is|are|was)\b")  # 'Mom's eye appointment is ...': hers, not 'Mom is'
OWNED_AFTER_VERB = compile_words(r"(?:'s|\bis|\bwas|\bare) $")  # 'that's Mom's eye appointment': a second 'is' has no place there, so hers


def _owns(said: re.Match[str]) -> bool:
    """A family word's 's is hers when a verb stands on either side of it ('Mom's appointment is', 'that's Mom's
    appointment'); otherwise it is the family member being something ('Mom's free Thursday')."""
    return said.group(1) in OWNERS and (OWNED.match(said.string, said.end()) is not None or OWNED_AFTER_VERB.search(said.string[: said.start()]) is not None)


INFINITIVE_AFTER_AUXILIARY = compile_words(  # 'il est décéder', 'ça a déjà été réparer': the past participle, spelled as it sounds
    r"\b((?:est|sont|suis|etait|etaient|ete|ai|as|avons|avez|ont|(?:il|elle|on|ca|qui) a|[lm]'a)(?: (?:deja|pas|pu|plus|jamais|encore|bien))*) ([a-z]{3,})er\b")
LATER_GREETING = compile_words(  # 'This is her daughter. Good morning! ...', 'Margaret here: Good morning, ...': a greeting after what opens the text, no wish
    r"(?:(?<=[.!?\n:])|(?<=,)(?=\s*(?:good|bon|bonne|bonjour|bonsoir|hello)\b))(\s*)(?:good (?:morning|afternoon|evening|day)|bon (?:matin|apres-midi)|bonne apres-midi|bonjour|bonsoir|hello|hi|hey|allo|salut"
    r"|(?:morning|afternoon|evening)(?=\s*!))(?:[\s,.!]+(?:morning|afternoon|evening)(?=\s*[.!]+\s*[a-z]))*"  # 'Good morning! Morning. ...': said twice
    r"(?=\s*[,.!:]|\s*$|\s+(?:this is|it'?s|it is|c'est|i'?m|ici|from|and thanks?|and thank you|et merci)\b)")

SIGN_OFF = compile_words(r"\b(?:(?<!une )bonne (?:soiree|journee|fin de semaine|nuit|semaine)|have a (?:good|nice|great|lovely) (?:evening|day|night|afternoon|weekend|morning)|good ?night|enjoy (?:your|the) (?:evening|day|afternoon|weekend)|happy (?:monday|tuesday|wednesday|thursday|friday|weekend)|merci (?:beaucoup |encore )?pour tout(?: ce que vous (?:avez fait|faites)(?: pour (?:lui|elle|eux|nous|moi))?)?|thanks? (?:you )?(?:so much )?for everything(?: you(?:'ve| have)? done)?)\b")  # wishes and thanks to the reader, not times

_ANY_DAY_NAME = "|".join(FULL_WEEKDAYS)
_SENT_ON = rf"(?: (?:on a|on|un|ce) (?:{_ANY_DAY_NAME})(?: (?:morning|night|evening|matin|soir))?)?"  # 'so late on a Sunday night': when the text is sent

DAY_COURTESY = compile_words(  # 'sorry to text on a Sunday', 'sorry for the late text on a Saturday night', 'merci et bon dimanche!', 'bon après-midi': manners that name a day, no wish
    rf"\b(?:sorry|desolee?|excusez(?:-moi)?|pardon) (?:to|for|about|de|d') (?:vous |you |te )?(?:text|writ|messag|bother|disturb|contact|repl|answer|respond|send|call|ecrire|texter|deranger|repondre)[\w']* (?:[\w']+ ){{0,3}}?(?:(?:on a|on|this|un|ce) (?:{_ANY_DAY_NAME})(?: (?:morning|night|evening|matin|soir))?"
    rf"|(?:so|si|this|aussi|too|trop) (?:late|tard|early|tot)(?: (?:at night|in the (?:evening|morning)|le soir|le matin|dans la soiree))?{_SENT_ON}"
    rf"|(?:late|tard|early|tot) (?:at night|in the (?:evening|morning)|le soir|le matin|dans la soiree){_SENT_ON})\b"
    rf"|\b(?:sorry|desolee?|excusez(?:-moi)?|pardon) (?:for|about|pour) (?:the|my|this|a|le|la|mon|ma|ce) (?:(?:late|early) )?(?:text|message|texto)s?(?: (?:tardif|tardive))? (?:on a|un|ce) (?:{_ANY_DAY_NAME})(?: (?:morning|night|evening|matin|soir))?\b"
    rf"|(?<!c'est )(?<!ca )(?<!est )(?<!serait )(?<!sont )\bbon (?:(?:{_ANY_DAY_NAME})(?= ?(?:\|\||!|$|a (?:vous|toi|tous)\b|(?:et|and) merci\b))|apres-midi\b(?! ?(?:pour|me|nous|lui|ca|c'est|serait|ou|et|pis|or|and)\b))"
    rf"|\b(?:happy|(?:have|enjoy) (?:a |the |your )?(?:(?:good|nice|great|lovely|blessed|wonderful|relaxing) )?(?:rest of (?:your |the )?)?)(?<!have )(?<!the )(?:{_ANY_DAY_NAME})\b"
    r"|\b(?:happy|merry|joyeux|joyeuses?|bonne) (?:(?:early|almost|nearly|belated|(?:un peu )?en avance|presque) )?(?:canada day|fete du canada|premier juillet|new year'?s?(?: day| eve)?|christmas(?: day| eve)?|noel|paques|jour de l'an|boxing day|easter(?: monday)?)\b")

EXCUSED = compile_words(  # 'sorry for the late reply friday 12 around 1': the apology is a sentence of its own, not the wish's reason
    r"(?:\b(?:sorry|desolee?|excusez(?:-moi)?) (?:for|about|pour|de|du) (?:the |my |this |le |la |mon |ma )?(?:late |slow |delayed |long |tardive )?"
    r"(?:reply|response|answer|reponse|delay|retard)|\bsorry (?:i|we) (?:didn'?t|did not|couldn'?t|could not|never) (?:answer|reply|respond|get back)"
    r"(?: to you)?(?: (?:sooner|earlier|before|right away))?)(?= (?!(?:about|on|re|regarding|to|concerning|de|du|pour|concernant|sur|au)\b)[a-z0-9])")

NAME = compile_words(r"(?<=[a-z0-9,] )([A-Z][a-z]{3,})\b")  # a capitalised word inside a sentence: a name ('Joe Martins'), never a typo

SIGNATURE = compile_words(r"(?<=[\s.!?])[-\u2013\u2014~]+\s*((?:[A-Z\u00c0-\u00dd][\w.'\u00c0-\u00ff]*\s*){1,3})(?:\([^)]{1,30}\))?\s*$")

CLOSING = re.compile(  # '... or Tuesday Thanks so much, Linda': the thanks and the name that close a text, punctuated or not
    r"(?<=\S)[\s,.!-]+(?:(?i:(?:many |warm |kind |best )?(?:(?:please )?and thank you|thanks?(?: anyway)?|thank you|thank u|thx|ty|merci|cheers|regards|cordialement|bisous|god bless(?: you)?|(?:que )?dieu (?:vous )?b[eé]nisse|take care|sincerely|salutations|sinc[eè]rement)"
    r"(?: (?:so much|very much|a lot|a bunch|beaucoup|bcp|again|encore|ben gros|dear))?)[\s,.!]*)+(?:[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,2})?[\s.!]*$")

DEVICE = re.compile(r"\s*(?:sent from my|envoy[eé] (?:de|depuis) mon|get outlook for|t[eé]l[eé]charger outlook pour)\b[^\n]{0,40}$", re.I)  # 'Sent from my iPhone'

LAUGHTER = r"\b(?:lol|lool|haha+|ha ha(?: ha)*|hehe+|hihi+|lmao|mdr|xoxo|xo)\b"  # 'Tuesday works lol': a tone, no word

KEYCAPS = {f"{d}\ufe0f\u20e3": f" {d} " for d in range(10)} | {f"{d}\u20e3": f" {d} " for d in range(10)}

EMOTICON = re.compile(r"(?<!\w)(?:[:;=8][-^o']?[)(\]\[dDpP3/|*]+|<3+|\^_?\^|xD)(?!\w)")  # '2 thanks :)', 'merci ;-)': a tone, no word
SIGNED_WITH_EMOJI = re.compile(r"(?<=[^\W_])\s*(?:[👍👌✅🙏🙂😊][\U0001F3FB-\U0001F3FF\ufe0f]?)+\s*$")  # 'STOP 👍', 'Wednesday @ 11 👍': a tone after the words, no yes ('Hi! 👍' is one)
EMOJI_WORDS = {"👍": " yes ", "👌": " yes ", "✅": " yes ", "🙂": " ", "😊": " ", "👎": " no ", "❌": " no ", "🛑": " stop "}

FRENCH_MONTHS = {"january": "janvier", "february": "fevrier", "april": "avril", "june": "juin", "july": "juillet", "august": "aout",
                 "september": "septembre", "october": "octobre", "november": "novembre", "december": "decembre"}


DATE_THEN_PART = compile_words(r"\b((?:le|du) \d{1,2}|(?:%s) (?:1[3-9]|2\d|3[01]))(?:st|nd|rd|th|er)? ([ap])m\b" % WEEKDAY_NAMES)  # 'le 11 am', 'Wed 20 pm': a date and a part of it
PLURAL_AFTER = compile_words(r" (?:mornings|afternoons|evenings|matins|avant-midis|apres-midis|soirs|only|seulement|every|each|chaque)\b")  # 'Monday/Tuesday mornings': every one
_SHORT_WEEKDAY = r"(?:Lun|Mer|Merc|Jeu|Ven|Mon|Tue|Tues|Wed|Weds|Thu|Thur|Thurs|Fri)"
ABBREVIATED_WEEKDAY = re.compile(  # 'Thurs. the 13th', 'Mon.'s out', 'Mon. or Tues.', 'Mon., Wed. and Fri. mornings': an abbreviation's full stop, told
    # by the case, before it is lost: a capital after it ('until Fri. Whatever day suits', 'Thurs. I have the eye doctor') ends a sentence
    rf"\b({_SHORT_WEEKDAY})\.(?=\s*(?:[a-z\d,'\u2019(]|{_SHORT_WEEKDAY}\.))")
ENDS_AT_ABBREVIATION = re.compile(  # 'except Wed. Afternoons only', 'but Fri. After 2 is best': a capital after the full stop that
    # is no list's connective starts a sentence; spaced from its word, the stop outlives the folding that loses the capital
    rf"\b({_SHORT_WEEKDAY})\.(?=\s+(?!(?:Or|And|To|Through|Ou|Et|Pis)\b)[A-Z])")
LISTED_AFTER_DOTS = compile_words(r"\b((?:%s)s?)(?:\.{2,}|\u2026)+ ?(?=(?:(?:le|les|on) )?(?:%s)s?\b)" % (WEEKDAY_NAMES, WEEKDAY_NAMES))
DAY_NUMBER = r"\d{1,2}(?:st|nd|rd|th|er)?"
DAYS_THEN_MONTH = compile_words(  # '15 ou 16 décembre', '15, 16 or 17 Dec': days listed before one month; 'entre 1 et 3 décembre' is a span
    r"(?<!\d )(?<!\d, )(?<!between )(?<!entre )(?<!from )(?<!de )(?<!du )(?<!le )(?<!the )(?<!at )(?<!a )(?<!vers )(?<!around )(?<!to )(?<!au )"
    rf"\b({DAY_NUMBER}(?:(?:,| \|)? (?:the |le )?{DAY_NUMBER})*(?:,| \|)? (?:or|ou|and|et|pis) (?:the |le )?{DAY_NUMBER}) ({MONTH_NAMES})\b"
    r"(?! ?\d|(?<=may) (?:be|work|suit|not|have)\b)")  # 'at 2 or 3 december 15' is a clock time; '9 or 10 may work' a verb
LISTED_DAY = re.compile(DAY_NUMBER)
DAY_COMMA_DATE = compile_words(rf"\b([a-z]{{3,10}})\.?, (?=(?:the |le )?\d{{1,2}}(?:st|nd|rd|th|er)?\b(?!:| ?-| ?[ap]m\b| ?h\b| (?:to|a) \d)|(?:{MONTH_NAMES})\.? \d)")  # a weekday, maybe misspelt, then its date
BARE_HOUR = compile_words(rf"(?:1[0-2]|[1-9])\b(?!st|nd|rd|th|er| (?:{MONTH_NAMES})\b)")  # 'Tuesday, 10 is good': the hour, a date would say 'the 10th' or its month
CLIPPED_AM_PM = compile_words(r"(?<!apt )(?<!unit )(?<!suite )(?<!#)\b((?:1[0-2]|[1-9])(?::[0-5]\d)?)([ap])\b(?!\.[a-z]|['-])")  # an hour typed with 'a'/'p' for am/pm ('a.m.' is read after); 'apt 10a' is a door
SLASHED_WEEKDAYS = compile_words(r"\b(?:%s)(?: ?/ ?(?:%s))+\b(?! ?(?:the |le )?\d| (?:next|this|prochain|qui vient))" % (WEEKDAY_NAMES, WEEKDAY_NAMES))


REFUSAL_THEN_WHY = compile_words(  # 'c'est pas bon on part pour Cuba', 'friday is out now something came up': unpunctuated, the refusal then why
    r"\b((?:(?:c'est|c'est rendu) (?:pas|pu|plus) (?:bon|possible)|(?:ca )?(?:ne )?(?:m'|me |nous )?(?:marche|adonne|convient|fonctionne) (?:pas|pu|plus)|(?:is )?no good|(?:won'?t|doesn'?t) work|is (?:out|bad))(?: (?:now|anymore|any more|after all|finalement|asteure|astheure|non plus))?)"
    r" (?=(?:on|je|j'|nous|il|elle|ils|elles|we|i|i'?m|we'?re|she|he|she'?s|he'?s|they|they'?re|my|our|her|his|mon|ma|mes|notre|sa|son|ses|something|quelque chose|un imprevu) )"
)


BOUND_THEN_SUBJECT = compile_words(
    r"\b((?:before|after|from|until|till|avant|apres|jusqu'a) \d{1,2}(?:(?::| ?h ?)\d{2})?(?: ?(?:am|pm|h|o'?clock))?)"
    r"(?= (?:i|i'm|im|i'd|i'll|we|we're|she|she's|he|he's|they|je|j'|on|elle|il|ils)\b[^|.!?]*\b(?:mornings?|afternoons?|evenings?|nights?|matins?|apres-midis?|soirs?|nuits?|avant-midis?)\b)")  # a clause with a time of its own

ONLY_THEN_SUBJECT = compile_words(  # 'après le souper seulement je travaille de jour', 'Thursday only I work the other days': the wish ends at its 'only'
    r"(?<=[a-z0-9] )(only|seulement|uniquement)(?= (?:i|i'm|im|i'd|i'll|we|we're|she|she's|he|he's|they|je|j'|chu|on|elle|il|ils|nous)\b)")

WEEK_THEN_FIRST_DAY = compile_words(  # 'la semaine prochaine pas avant mercredi': next week, from its Wednesday, as if a comma were there
    r"\b(next week|la semaine prochaine)(?= (?:not before|pas avant|from|starting|a partir de|des) (?:%s)\b(?! (?:to|au|a|through|thru|till|until|jusqu'a|-)\b))" % WEEKDAY_NAMES)

ANY_DAY_AFTER = compile_words(r"\b(or|ou) (?:any ?(?:day|time|other day)|n'importe (?:quand|quel (?:autre )?jour)) (?:after(?:wards)?|apres)(?: (?:that|ca|cela))?(?![\w'])(?! (?:the|le|la|les|l'|\d|next|this|prochain))")
LISTED_THEN_REFUSED = compile_words(  # 'lundi, mardi, c'est pas bon': the days the refusal is about, one clause with it
    r"\b(?:%s)(?:,? (?:(?:et|pis|and|ou|or) )?(?:%s))+,? (?=(?:c'est pas|c'est non|ca (?:marche|va|adonne|fait) pas|(?:are|is|'re) (?:no good|out|bad|not good)|no good|(?:won'?t|don'?t) work)\b)"
    % (WEEKDAY_NAMES, WEEKDAY_NAMES))


DICTATED_TO = compile_words(  # 'need 2 cancel', 'want 2 move it': the digit a phone writes for 'to' before a verb; 'at 2 come in' is an hour
    r"(?<=[a-z] )(?<!at )(?<!by )(?<!around )(?<!about )(?<!after )(?<!before )(?<!from )(?<!till )(?<!until )(?<!or )(?<!and )"
    r"\b2 (?=(?:change|cancel|reschedule|move|book|postpone|push|switch|come|be|go|see|talk|speak|call|check|fix|let|confirm)\b)")
SHORT_WEEKEND_DAY = compile_words(  # 'sat' and 'sun' are words too: a day only beside a date or in a list of days
    rf"\b(?:(?:{WEEKDAY_NAMES}|sat|sun) (?:or|and|n|&) )?(?:sun|sat)\b(?: the \d| (?:or|and|n|&) (?:{WEEKDAY_NAMES}|sat|sun)\b)?")


def _weekend_days_spelled(match: re.Match[str]) -> str:
    """'sat or sun' → 'saturday or sunday': the short names spelled out when the match holds more than one of them."""
    said = match.group(0)
    if said in ("sat", "sun"):
        return said
    return sub(r"\b(sun|sat)\b", lambda m: {"sun": "sunday", "sat": "saturday"}[m.group(1)], said)


def _day_then_number(match: re.Match[str]) -> str:
    """'Friday, the 11th', 'Wed., Dec. 16', 'wendsday, december 16': that day; 'Tuesday, 10 is good': that day at 10;
    'Friday, 9-12' are hours."""
    if corrected(match.group(1)) not in WEEKDAYS:
        return match.group(0)
    return f"{match.group(1)} at " if BARE_HOUR.match(match.string, match.end()) else f"{match.group(1)} "


def _clock_hours(match: re.Match[str]) -> str:
    """'11hres' is 11 h, a clock time, and so is 'hrs' after a word that places a time ('a 14hrs'); '2 hrs' alone is
    how long."""
    placed, hour, unit = match.groups()
    return f"{placed or ''}{hour} h" if placed or unit != "hrs" else match.group(0)


def _weekly(match: re.Match[str]) -> str:
    """'tue/thu' → 'tuesdays and thursdays', 'lundi/mercredi' → 'lundis et mercredis': the plural that says a habit.
    Two days written out in full before no plural part are a choice: 'Thursday/Friday afternoon' → 'thursday or friday'."""
    named = [d.strip() for d in match.group(0).split("/")]
    french = named[0] in FULL_WEEKDAYS[7:]
    if len(named) == 2 and all(d in FULL_WEEKDAYS for d in named) and not PLURAL_AFTER.match(match.string, match.end()):
        return f" {'ou' if french else 'or'} ".join(named)
    return f" {'et' if french else 'and'} ".join(f"{FULL_WEEKDAYS[WEEKDAYS[d] + (7 if french else 0)]}s" for d in named)


PART = r"(?:morning|afternoon|evening|matin|avant-midi|apres-midi|soir)"  # a part of the day, as folded
MORNING = r"(?:morning|matin|avant-midi|am)"
LATER = (r"(?:(?P<evening>evenings?|soirs?|soirees?)|(?P<late>late afternoons?|fin (?:d')?apres-midi)"
         r"|(?:after|from|apres|a partir de) (?P<hour>[1-7](?::\d{2})?(?: ?h ?(?:\d{2})?)?))(?= |$)")  # the later of two parts of one day


SPLIT_AFTER_SHORT_DAY = compile_words(r"\b(lun|mar|mer|jeu|ven) ([a-z]{2,5})\b")  # 'ca mar che': a word cut by a stray space, or a day's shorthand
RARE_FRAGMENT = 4.0  # a piece this rare in French on its own is the end of a word, not a word


def _rejoined(match: re.Match[str]) -> str:
    """'mar che' is 'marche', not Tuesday: the two pieces make a common word and the second is none on its own."""
    joined = match.group(1) + match.group(2)
    return joined if zipf_frequency(match.group(2), "fr") < RARE_FRAGMENT <= zipf_frequency(joined, "fr") else match.group(0)


THERE_IS = compile_words(r"\bya (?=(?:pas|rien|pu|plus|personne|aucune?|un|une|du|des|de|d'\w+|quelqu'un|encore|toujours|eu|juste|trop|beaucoup|moyen)\b)")


class Prepared(NamedTuple):
    """A text through the steps that do not depend on `breaks`, and the capitalised names found before folding."""

    text: str
    names: frozenset[str]


def _participle(found: re.Match[str]) -> str:
    """An infinitive after 'être' or 'avoir' is the past participle that sounds the same, when the readers look for it."""
    participle = found.group(2) + "e"
    return f"{found.group(1)} {participle}" if participle in TARGET_SET else found.group(0)


def normalise(text: str, locale: str = "en_CA", breaks: bool = False) -> str:
    """Lower case, accents folded, emoji turned into words, greetings dropped, typos of time words corrected;
    `breaks` keeps where sentences and clauses end as '|', for the time reader's clauses."""
    return finished(prepared(text, locale), locale, breaks)


def _restated_hours(bracketed: re.Match[str], french: bool) -> str:
    """Hours in brackets after a part of the day say which hours it means: 'late morning or early afternoon (11 to 2)'
    wishes 11 to 2, as 'between 11 and 2' would."""
    part, start, end = bracketed.groups()
    return f"{part}, entre {start} et {end}," if french else f"{part}, between {start} and {end},"


def prepared(text: str, locale: str = "en_CA") -> Prepared:
    """The first half of `normalise`, the same with and without breaks: a reply read both ways prepares it once."""
    text = _unsigned(text[:MAX_CHARS])
    for emoji, word in {**KEYCAPS, **EMOJI_WORDS}.items():
        text = text.replace(emoji, word)
    text = EMOTICON.sub(" ", text)
    text = text.replace("\u2019", "'")
    text = ASIDE_IN_BRACKETS.sub(lambda m: " . " if search(r"[.!?]", m.group(0)) and not m.string[m.end():].lstrip()[:1].islower() else " ", text)  # 'Thursday the 24th (medical) and Friday the 2nd': one list, the reasons aside; '(yes, at 78!) on Mondays' goes on
    text = TITLED.sub(r"\1 nom", text)  # 'Mrs. Price' is a name, never a price question
    text = ABBREVIATED_WEEKDAY.sub(r"\1", text)
    text = ENDS_AT_ABBREVIATION.sub(r"\1 .", text)
    names = frozenset(fold(m.group(1)) for m in NAME.finditer(text))
    text = fold(text)
    text = LATER_GREETING.sub(r"\1", text)
    text = HOURS_IN_BRACKETS.sub(lambda m: _restated_hours(m, locale.startswith("fr")), text)
    text = sub(LAUGHTER, " ", text)
    text = restored(text, locale)
    text = THERE_IS.sub("y'a ", text)  # 'ya pas de presse': il y a, never a yes
    text = text.replace("@", " at ").replace("&", " and ").replace("$", " dollars ")
    text = sub(r"\b(\d{1,2}(?:st|nd|rd|th)|the \d{1,2}) ?[-\u2013] ?(\d{1,2}(?:st|nd|rd|th))\b", r"\1 to \2", text)  # 'the 14th-16th': a span of dates, never a clause break
    if "/" in text or "-" in text:
        text = NUMERIC_DATE.sub(lambda m: _date_in_figures(m, locale.startswith("fr")), text)
    text = sub(r"\b(?:wk|week) day(s?)\b", r"weekday\1", text)
    text = sub(r"\bteh\b", "the", text)
    text = SLASHED_WEEKDAYS.sub(_weekly, text)  # 'Tue/Thu after lunch': a shorthand for every one of them
    french = locale.startswith("fr")
    text = sub(r"\bmwf\b", "lundis mercredis et vendredis" if french else "mondays wednesdays and fridays", text)  # a clinic's shorthand for a weekly schedule
    text = sub(r"\b(?:tth|t/th|tu/th)\b", "mardis et jeudis" if french else "tuesdays and thursdays", text)
    text = sub(r"\bnoon-ish\b", "noonish", text)
    if "semaine du" in text:
        text = sub(r"\bcelle du (\d{1,2})\b", r"la semaine du \1", text)  # 'la semaine du 20, pas celle du 13'
    text = sub(r"(\d(?:st|nd|rd|th)?) n (?=(?:the )?\d)", r"\1 and ", text)  # '15th n 18th'
    text = sub(r"\b(mon|tues|wednes|thurs|fri|satur|sun) (day)\b|\b(to) (morrow)\b|\b(for) (noon)\b", lambda m: "".join(filter(None, m.groups())), text)
    text = sub(r"\bwendy'?s day\b", "wednesday", text)  # what autocorrect makes of it
    text = sub(r"\b(\w+)-ci\b", r"\1", text)  # 'ce vendredi-ci'
    if french:
        text = sub(r"\bc'est tu\b", "c'est-tu", text)  # the spoken question's particle typed apart: 'c'est tu payant?'
    text = sub(r"\bto+ day\b(?= is| works?| ok| at| after| before| good| fine| would| sounds?| suits?| around| \d|\W*$)", "today", text)
    text = sub(r"\bto (early|late|soon)\b", r"too \1", text)  # 'not to early'
    text = sub(r"\bhalf way\b", "halfway", text)
    text = sub(r"\brende?z?[ -]?vous\b", "rendez-vous", text)  # 'rendez vous', 'rendezvous', 'rendevous': still the appointment
    text = sub(r"\bwed(?:nes)? ?nest ?day\b|\bwends day\b", "wednesday", text)  # what autocorrect and dictation make of it
    text = sub(r"\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) o clock\b", r"\1 o'clock", text)  # 'at 2 o clock': the clock, not '2 of'
    text = sub(r"\b(quarter|half) passed (?=(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\b)", r"\1 past ", text)  # dictation's 'quarter passed one': a clock time, no death
    text = sub(r"\b(in|dans|d'ici) (?:too (weeks?|days?)|(?:quinze|15) (jours))\b", _two_weeks, text)  # 'in too weeks', 'dans quinze jours'
    text = sub(r"(?<!every )(?<!once )\ba fortnight\b|\bune quinzaine(?: de jours)?\b", lambda m: "two weeks" if m.group(0)[0] == "a" else "deux semaines", text)  # 'a fortnight today', 'dans une quinzaine'
    text = sub(r"\b(?:1st|first) ?thing\b", "first thing", text)
    text = NTH_WEEK_OF_YEAR.sub(lambda m: f"{m.group(1)} {'of' if m.group(2) == 'week' else 'de'} {m.group(3) or ('january' if m.group(2) == 'week' else 'janvier')}", text)
    text = sub(r"\b(the|this|next|of the|end of the) weak\b", r"\1 week", text)  # 'end of the weak'
    text = sub(r"\bnight owl\b", "late riser", text)  # no evening wish
    text = sub(rf"\b((?:{WEEKDAY_NAMES})s?) nights\b", r"\1 evenings", text)  # 'bingo Monday nights': those evenings; 'I work nights' names no part of a day
    text = sub(r"\b(after|before|around|at|for|till|until) super\b", r"\1 supper", text)  # what autocorrect makes of 'supper'
    text = sub(r"\btou les\b", "tous les", text)
    text = sub(r"\b(semaine|fin de semaine) prochain\b", r"\1 prochaine", text)  # the gender slip of 'la semaine prochaine'
    text = sub(r"\bprochaine semaine\b", "semaine prochaine", text)  # 'la prochaine semaine': the same week, the adjective first
    text = sub(r"\b(?:toute la semaine|all week)(?=,? (?:mais |but |and |pis |et )?(?:la semaine prochaine|next week)\b)", lambda m: "cette semaine" if m.group(0)[0] == "t" else "this week", text)  # 'je travaille toute la semaine, mais la semaine prochaine...': this one
    text = _home_all_week(text)
    text = sub(r"\b(\d{1,2}(?::\d{2})?) (?:at the earliest|au plus tot)\b|\b(?:au plus tot|at the earliest) (?:a |at )?(\d{1,2}(?::\d{2})?)\b", lambda m: f"from {m.group(1) or m.group(2)}", text)  # '9:30 at the earliest'
    text = sub(r"\b(i'?m|we'?re|we are|i am|is|are|be|she'?s|he'?s) a way\b", r"\1 away", text)
    text = NOW_UNTIL.sub(lambda m: "aujourd'hui" if locale.startswith("fr") else "today", text)  # 'astheure chu a maison jusqu'a 5h': today, until then
    text = NOT_TILL_AFTER.sub(r"\1\2 before ", text)  # 'I'm no good till after 2': not before 2, never before it
    text = sub(rf"\bthe following ({WEEKDAY_NAMES})\b(?! (?:or|and|ou|et|pis) )", r"the \1 after", text)  # 'Wednesday's no good but the following Wednesday works'
    text = sub(rf"\b(?:no|not) (?:sooner|earlier) than (?=(?:{WEEKDAY_NAMES})\b)", "not before ", text)
    text = sub(rf"\b(?:(?:the )?earliest (?:would be|is|will be|could be) |au plus tot )({WEEKDAY_NAMES})\b|\b({WEEKDAY_NAMES}) (?:at the earliest|au plus tot)\b",
               lambda m: f"from {m.group(1) or m.group(2)} on", text)  # 'Wednesday at the earliest': from then on
    text = sub(r"\baccept (?=(?:the |on |for )?(?:mon|tue|wed|thu|fri|lun|mar|mer|jeu|ven|tomorrow|the \d))", "except ", text)  # 'any time accept Wednesday'
    text = SPELLED_DATE.sub(_date_in_digits, text)
    text = sub(r"\bthe(last|first|second|third|middle)\b", r"the \1", text)  # 'Thelast one'
    text = sub(r"\b(number|option|choice|numero|at|in|dans) (?:to|too)\b(?= (?:weeks?|days?|please|pls|works?|would|is|pm|am|o'?clock|ish|suits?|sounds?|good|fine|ok|okay|perfect|great|then)\b|\W*$)", r"\1 two", text)  # dictation: 'in to weeks', 'number to please'
    text = sub(r"\bre[- ]?s(?:ch|k|ck|ckh)[ae]d\w*", "reschedule", text)  # 're schedual', 'reskedule'
    text = sub(r"\ball ready\b(?= (?:serviced|done|checked|been|fixed|had|came|looked|inspected)\b)", "already", text)
    text = sub(r"\bopt\.? ?(?=\d\b)", "option ", text)  # 'opt 1 pls'
    text = SHORT_WEEKEND_DAY.sub(_weekend_days_spelled, text)  # 'til sun the 20th', 'sat or sun', 'fri and sat'
    text = sub(r"\b(lundi|mardi|mercredi|jeudi|vendredi)s (?=prochaine?\b)", r"\1 ", text)  # 'lundis prochain': one Monday
    text = sub(r"\bsem\b\.? ?(?=(?:pro|proch|prochaine|d'apres|derniere|passee)\b)", "semaine ", text)  # 'la sem. pro'
    text = sub(r"\b(semaine|mois|lundi|mardi|mercredi|jeudi|vendredi) pro(?:ch)?\b", lambda m: f"{m.group(1)} prochain{'e' if m.group(1) == 'semaine' else ''}", text)  # 'la semaine pro', 'mardi pro'
    text = sub(r"(?<![\d ]) ?\bth (?=(?:month|week|weekend|day|end|next|first|last|morning|afternoon|evening)\b)", " the ", text)  # 'end of th month'
    return Prepared(text, names)


def finished(prepared: Prepared, locale: str = "en_CA", breaks: bool = False) -> str:
    """The second half of `normalise`: with `breaks`, where sentences and clauses end is kept as '|'."""
    text, names = prepared
    if breaks:  # an emoji ends what was said before it ('le 24 pis le 25 oubliez ça 😅 le 22')
        text = sub(r"[\U0001F300-\U0001FAFF\u2600-\u27BF]+", " | ", text)
    text = sub(r"(\d ?)([ap]) m\b", r"\1\2m", text)  # '10 a m'; 'M. Gervais' stays a name
    text = CLIPPED_AM_PM.sub(r"\1\2m", text)  # 'thursday 2p', 'fri 10a'
    text = sub(r"\ba\.m\.?", "am", text)
    text = sub(r"\bp\.m\.?", "pm", text)
    text = sub(r"\b(les |d'|l'|en )([ap])m\b", lambda m: f"{m.group(1)}{'avant-midi' if m.group(2) == 'a' else 'apres-midi'}{'s' if m.group(1) == 'les ' else ''}", text)  # 'pas d'am', 'sauf les pm', 'en am'
    text = sub(r"(?<![\d.$])(?<!le )(?<!du )\b([01]?\d|2[0-3])\.([0-5][05])\b(?!\.?\d| ?[$%])", r"\1:\2", text)  # 'after 10.30'
    text = sub(rf"\b(at \d{{1,2}}(?::\d\d)?(?: ?[ap]m)?(?: (?:or|to|-) \d{{1,2}}(?::\d\d)?(?: ?[ap]m)?)?) (?=(?:{MONTH_NAMES}) \d)", r"\1 on ", text)  # 'at 2 or 3 december 15': the hours, then the date they are on
    text = sub(r"\b(till|until|jusqu'a|jusqu'au) (?:about|around|approximately|roughly|environ|vers|a peu pres) (?=\d)", r"\1 ", text)  # 'at dialysis till about 1': busy until then, not about 1
    text = DAY_COMMA_DATE.sub(_day_then_number, text)
    text = sub(rf"\b(early|late|this|that|the|any|every|tomorrow|today|(?:{MONTH_NAMES}) \d{{1,2}}(?:st|nd|rd|th)?) ([ap])m\b", lambda m: f"{m.group(1)} {'morning' if m.group(2) == 'a' else 'afternoon'}", text)  # 'late pm', 'this pm', 'not in the am', 'Jan 20 pm'
    if breaks:
        text = LISTED_AFTER_DOTS.sub(r"\1, ", text)  # 'dialysis Mondays... Wednesdays and Fridays': one list
        text = sub(r"\b(jan|janv|feb|fevr|mar|apr|avr|jun|jul|juil|aug|sep|sept|oct|nov|dec|proch|app|apt|st|ste)\.|\b(sem)\.(?= proch)", r"\1\2", text)
        text = sub(r"\b(lun|mer|merc|jeu|ven|sam|dim|mon|tue|tues|wed|thu|thur|thurs|fri)\.(?=\s*\d)|\b(mon|tue|tues|wed|weds|thu|thur|thurs|fri)\.(?=,|\s+(?:or|and|ou|et|to|through|-|morning|mornings|afternoon|afternoons|after|before|at)\b)", r"\1\2", text)  # 'jeu. 14', 'Mon. Wed. or Fri.'
        text = sub(r"(?:[.;!?\n]|\.\.\.)+(?!\d)", " || ", text)  # a sentence ends
        text = sub(r"(?<=[a-z0-9]) (actually no|no wait|wait no|non attendez|non attends|ah non|oh non|oh no wait|(?:ah|oh) no(?! (?:problem|worries|rush|hurry)\b))(?=,? [a-z0-9])", r" || \1 |", text)  # 'tuesday morning actually no make it wednesday': a correction, unpunctuated
        text = LISTED_THEN_REFUSED.sub(lambda m: m.group(0).replace(",", ""), text)
        text = sub(r"(?:[,()\u2013\u2014]|\s-\s|:(?=\s))+(?!\d)|(?<=[a-z]) [-\u2013\u2014] (?=\d)", " | ", text)  # a clause ends; a dash between numbers is a span
        text = BOUND_THEN_SUBJECT.sub(r"\1 |", text)  # 'not before 11 i work nights': the reason after the hours, as if a comma were there
        text = ONLY_THEN_SUBJECT.sub(r"\1 |", text)
        text = ANY_BUT_PART_BEST.sub(r"\1 |", text)
        text = WEEK_THEN_FIRST_DAY.sub(r"\1 |", text)
        text = PLURAL_BY_APOSTROPHE.sub(_plural, text)  # 'Wed's are good', 'no pm's': a plural
        text = sub(r"\b(\w+)'s (?=(?:had|been|got|gotten)\b)", r"\1 has ", text)  # 'once he's had his meds'
        text = sub(r"\b((?:at|to|from|with|near) (?:(?:my|her|his|our|their|the|st|ste|saint|sainte) )?[a-z-]+)'s\b", r"\1", text)  # 'at her sister's', 'at St. Mike's': a place
        text = sub(r"\b(\w+)'s\b", lambda m: m.group(0) if _owns(m) else f"{m.group(1)} is", text)  # 'Monday's out'; 'Mom's eye appointment is Thursday' owns
        text = sub(r"\b[ldj]'(?=(?:avant-midi|apres-midi|aprem)s?\b)", "", text)
        text = sub(r"\b((?:not|never|pas|jamais) (?:before|avant) \d{1,2}(?::\d{2}| ?h ?(?:\d{2})?)?(?: ?[ap]m)?) (?=(?:(?:she|he|i|we|they|elle|il|je|nous|ils|elles) "
                   r"(?:is|are|am|was|has|have|naps?|sleeps?|gets?|needs?|takes?|est|sont|suis|a|ont|fait|dort|prend|se|s'\w+|va)|on (?:est|se|s'\w+|dort|fait))\b)",
                   r"\1 | ", text)  # 'not before 10 she's slow in the mornings': the reason is a clause of its own
    text = sub(r"\b(le|apres|avant|at|in|dans|vers|around|after|before|till|until|on)(\d)", r"\1 \2", text)  # 'le30 apres1h'
    text = sub(r"\b(\d{1,2})(weeks?|wks?|days|jours|semaines?)\b", r"\1 \2", text)  # 'in2weeks'; '2day' is today
    text = sub(rf"\b({WEEKDAY_NAMES}) (1[0-2]|[1-9])([0-5]\d)\b(?! ?(?:st|nd|rd|th|er)\b)", r"\1 at \2:\3", text)  # 'friday 130'
    text = sub(r"\b(1[0-2]|[1-9])([0-5]\d) ?(?=ish\b|-ish\b|am\b|pm\b)", r"\1:\2", text)  # '1030ish', '930am'
    text = sub(r"[^a-z0-9:#'\-| ]+" if breaks else r"[^a-z0-9:#'\- ]+", " ", text)
    text = sub(r"(?<![a-z])'+(?=[a-z]{2})|(?<=[a-z]{2})'+(?![a-z])", " ", text)  # quotation marks ('anytime but mornings'), not elisions
    text = sub(r"\b(\d{1,2}) (st|nd|rd|th)\b", r"\1\2", text)  # 'the 20 th'
    text = sub(r"\bnight (nurse|shift|staff|psw|worker|aide|attendant)s?\b", r"\1", text)  # who writes, not an evening wish
    text = sub(r"\bnothing (before|after)\b", r"not \1", text)
    text = sub(r"\b(until|till|til|jusqu'a) (?:at least|au moins) |\bau moins (?=jusqu')", r"\1 ", text)  # 'in hospital until at least Wednesday': away until then
    text = sub(r"\brien (avant|apres)(?= (?:\d|midi|une heure|deux heures))", r"pas \1", text)  # 'rien avant 11 h pis rien après 15 h'
    text = sub(rf"\b({PART}s?) (?:(?:but|mais) )?(?:not|pas) (?:too|trop) (?:late|tard)\b", r"\1", text)  # 'en apres-midi pas trop tard': still the afternoon
    text = sub(rf"\b(?:(?:the|le|l') ?)?{PART}s? (?:(?:de preference|preferably|ideally|is best|are best|c'est mieux|would be best) )?(?:but|mais) (?:(?:the|l') ?)?{PART}s? "
               r"(?:(?:is|are|would be|c'est|ca serait|serait|ca) )?(?:fine|ok|okay|good|correct|bon|works?|would work|marche|va) (?:too|aussi|also|as well)\b", "any time", text)  # 'mornings preferably but afternoons are fine too': either
    cut = " | " if breaks else " "
    text = sub(r"(?<!not )(?<!never )\b(?:any ?time )?before (\d{1,2}(?::\d{2})? ?(?:am|pm)?|noon) or after (\d{1,2}(?::\d{2})? ?(?:am|pm)?)(?= |$)",
               rf"{cut}not between \1 and \2{cut}", text)  # 'before 1 or after 3': the hours between are out, not the day
    text = sub(rf"(?<!not )(?<!pas )(?<!no )\b(?:(?:in )?the |le |en |l'|dans l')?{MORNING}s? (?:or|ou) (?:(?:in )?the |le |en |dans l'|dans la )?{LATER}",
               lambda m: f"{cut}{'not between 12 and 5' if m.group('evening') else 'before 5' + cut + 'not between 12 and 3' if m.group('late') else 'not between 12 and ' + m.group('hour')}{cut}", text)  # 'Friday morning or after 2': either, never between
    text = sub(r"(?<!pas )(?<!jamais )\b(?:n'importe quand )?avant (\d{1,2}(?: ?h ?(?:\d{2})?)?|midi) ou apres (\d{1,2}(?: ?h ?(?:\d{2})?)?)(?= |$)",
               rf"{cut}pas entre \1 et \2{cut}", text)
    text = sub(r"\b(not|never) ((?:before|after|earlier than|later than) \d{1,2}(?::\d{2})? ?(?:am|pm|o'?clock)?) (?:or|nor) (?=(?:before|after|earlier than|later than) \d)", r"\1 \2 and not ", text)  # 'not before 9 or after 4': neither
    text = sub(r"(^|\b(?:the|le|la) )(last|first|dernier|derniere|premier|premiere) 1\b(?! (?:weeks?|days?|months?|hours?|semaines?|jours?|mois|heures?)\b)", r"\1\2 one", text)  # 'the last 1', or 'last 1' alone
    text = HELD.sub(lambda m: _held(m.group(0), "fr" if locale.startswith("fr") else "en"), text)
    text = sub(r"\b(between|entre)(\d{1,2})(and|et|to|a)(\d{1,2})\b", r"\1 \2 \3 \4", text)  # 'between10and12'
    text = sub(r"\berly\b", "early", text)
    text = sub(r"\b(next|this|the) wee\b", r"\1 week", text)  # 'any time next wee except Monday'
    text = sub(rf"\b({WEEKDAY_NAMES}|tomorrow|early) mourning\b", r"\1 morning", text)  # autocorrect's 'Thursday mourning'
    text = sub(rf"\bearly ({WEEKDAY_NAMES}|tomorrow) morning\b", r"\1 early morning", text)
    if locale.startswith("fr"):  # 'j ai', 'c est', 'm a': apostrophes a phone keypad left out
        text = sub(r"\b([jcmsndlt]) (?=[aeiouyh])", r"\1'", text)  # 'm appeler', 'l option': an elision
        text = sub(r"\b[lj]'(?=(?:avant-midi|apres-midi|aprem)s?\b)", "", text)  # 'dans l avant-midi', as with the apostrophe
        text = sub(r"\baujourd hui\b", "aujourd'hui", text)
        text = FRENCH_SPELLED_DAY.sub(lambda m: str(FRENCH_DAY_NUMBERS.get(m.group(0)) or FRENCH_SMALL_DAYS[m.group(0)]), text)  # 'le vingt-deux', 'le cinq janvier': the date, not option 2
        text = sub(rf"\b(demain|{WEEKDAY_NAMES}|le \d{{1,2}}(?:er)?) a (matin|soir)\b", r"\1 \2", text)  # 'demain à matin', 'le 15 à matin': that day's morning, not this one
        text = sub(rf"\b((?:{WEEKDAY_NAMES}|\d{{1,2}}) )le martin\b", r"\1le matin", text)  # autocorrect's 'mercredi le 23 le Martin'
        text = sub(rf"\b((?:{WEEKDAY_NAMES}) )mai (?=(?:{WEEKDAY_NAMES})\b)", r"\1mais ", text)  # 'pas lundi mai mardi': but, not May
        text = sub(r"\bpas (?:ben |vraiment |trop )?du monde (?:le matin|de bonne heure)\b", "pas du matin", text)  # 'j'sus pas du monde le matin'
        text = sub(r"\b(pas|jamais) (?:en |le |de |l')?(am|pm|apres-midi|avant-midi|d'?(?:apres|avant)[ -]?midi)\b", lambda m: f"{m.group(1)} {'le matin' if m.group(2) == 'am' or 'avant' in m.group(2) else 'en apres-midi'}", text)  # 'pas en pm', 'pas l'après-midi', 'pas dapres midi': that part ruled out
        text = sub(r"\bl'?(avant|apres)[ -]?midi\b", r"\1-midi", text)  # 'dans lavant midi': the morning, not 'before noon'
        text = sub(r"\bde bonheur\b(?= (?:le matin|lundi|mardi|mercredi|jeudi|vendredi|demain|svp)\b|\W*$)", "de bonne heure", text)  # autocorrect
        text = sub(r"\bj'(?=[bcdfgklmnpqrstvz][a-z])", "je ", text)  # 'j'reviens', 'j'parte': spoken French's 'je''
        text = INFINITIVE_AFTER_AUXILIARY.sub(_participle, text)  # 'il est décéder': the participle
        text = sub(r"\b(l'heure du|du|au|le|apres le|avant le|pour le) super\b", r"\1 souper", text)  # what autocorrect makes of 'souper'
        text = sub(r"\bc(?:'?t'?|'? te) ?(?=apres-midi|avant-midi|matin|soir|semaine)", lambda m: "cette " if m.string.startswith("semaine", m.end()) else "cet ", text)  # 'à c't'après-midi', 'ctaprès-midi', 'c te semaine'
        text = sub(r"\b(jusqu|lorsqu|puisqu) (a|au|il|elle|on)\b", r"\1'\2", text)
        text = sub(r"\bsa (?=(?:adonne|adone|va|marche|me|m'|fait pas|irait|serait|derange)\b)", "ca ", text)  # 'sa adone pas'
        text = sub(r"\bap midi\b", "apres-midi", text)
        text = sub(r"\b((?:a|vers|avant|apres) )?(\d{1,2}) ?(hres?|hrs)\b", _clock_hours, text)  # '11hres', 'vers 10hrs'
        text = SPLIT_AFTER_SHORT_DAY.sub(_rejoined, text)
        text = sub(r"\bd'(?=semaine\b)", "de ", text)  # 'en fin d'semaine'
        text = sub(r"\bd'la\b", "de la", text)
        text = sub(r"\bl'(?=[bcdfgjklmnpqrstvwxz0-9])", "le ", text)  # 'après l'dîner', 'pas l'lundi', 'l'17': spoken French's 'le'
        text = sub(r"\b(marche|marchent|va|vont|fonctionne|fonctionnent|roule|roulent) numero (?:un|1)\b", r"\1 tres bien", text)  # 'ça marche numéro un': it works fine, no option
    shorthand = {**SHORTHAND, **SHORTHAND_FR} if locale.startswith("fr") else {**SHORTHAND, **SHORTHAND_EN}
    text = sub(r"\b(in|to|from|of|en) bc\b", r"\1 british columbia", text)  # 'visiting our daughter in BC': the province, not 'because'
    text = sub(r"\baft (?=\d)", "after ", text)  # 'tmrw aft 1': after one, not the afternoon
    text = sub(r"\b(de|du|un|le) jeu\b(?!\s*(?:\d|matin|soir|apres|avant|am|pm))", r"\1 jeux", text)  # 'un peu de jeu dans le bras' is slack, not Thursday
    text = sub(r"\b([a-z]{2,})(\d{1,2}(?:st|nd|rd|th|er|h)?)\b", lambda m: f"{m.group(1)} {m.group(2)}" if m.group(1) in GLUED_BEFORE_NUMBER else m.group(0), text)  # 'after3'
    text = " ".join(w if w in names and not _day_glued(w) or w in shorthand else split_joined(w) for w in text.split())  # 'nextweek', 'lundimatin'; 'fornoon' is shorthand
    text = " ".join(w if w in names and not _day_slip(w) else corrected(_unshortened(w, shorthand)) for w in text.split())  # 'or Fridya': a day, though capitalised
    text = sub(rf"\b({WEEKDAY_NAMES}|tomorrow|today|this|any|every) eve\b", r"\1 evening", text)  # 'wed eve', 'tmrw eve'; 'Christmas Eve' is a day
    text = DAYS_THEN_MONTH.sub(lambda m: LISTED_DAY.sub(lambda day: f"{day.group(0)} {m.group(2)}", m.group(1)), text)  # each day with its month
    text = DATE_THEN_PART.sub(lambda m: f"{m.group(1)} {'matin' if m.group(2) == 'a' else 'apres-midi'}", text)  # 'le mercredi 20 am': that date's morning; after the spelling, so 'jeu 17 pm', 'thrusday 17 pm' are dates too
    if breaks:
        text = EXCUSED.sub(r"\g<0> ||", text)
        text = REFUSAL_THEN_WHY.sub(r"\1 | ", text)
    text = STARTING_AS.sub(lambda m: "a partir" if m.group(0) == "a compter" else "starting", text)
    text = ANY_DAY_AFTER.sub(r"\1 after", text)  # 'Monday the 14th or any day after that': or after
    text = sub(r"\b(?:le|the) (\d{1,2})(?:st|nd|rd|th|er)? (?:ou|or) (?:later|plus tard|%s)(?![\w'])" % OR_AFTER, r"from the \1 on", text)  # 'le 17 ou apres'
    text = sub(rf"\b(?<!until )(?<!till )(?<!jusqu'a )(?:(?:from|starting|a partir de|a partir du|des) (?:(?:{WEEKDAY_NAMES}) )?)?((?:(?:next|this) )?(?:{WEEKDAY_NAMES})|(?:the|le) \d{{1,2}}(?:st|nd|rd|th|er)?|\d{{1,2}}(?:st|nd|rd|th)) (?:on ?wards?|and (?:after|later|on)|et (?:apres|plus tard)|pis apres|on(?= (?:is|are|works?|would|suits?|please|pls|ok|okay|good|fine)\b| ?\||$))\b(?! (?:that|this|ca|cela|\d))",
               r"from \1 on", text)  # 'Thursday onward', 'from the 3rd and after', 'jeudi et après'
    text = sub(rf"\b(?:{WEEKDAY_NAMES})(?:-(?:{WEEKDAY_NAMES})){{2,}}\b", lambda m: " and ".join(m.group(0).split("-")), text)  # 'wed-thu-fri': a list
    text = sub(rf"\b({WEEKDAY_NAMES})-({WEEKDAY_NAMES})\b", r"\1 to \2", text)  # 'mon-wed'
    text = sub(rf"\bde ({WEEKDAY_NAMES}) (?:a|jusqu'a) ({WEEKDAY_NAMES})\b", r"du \1 au \2", text)  # 'de lundi a mercredi': every day between, as 'du lundi au mercredi'
    if not locale.startswith("fr"):
        text = sub(rf"\b({WEEKDAY_NAMES}) 2 (?=(?:{WEEKDAY_NAMES})\b(?! ?(?:the )?\d))", r"\1 to ", text)  # dictation's 'monday 2 wednesday'; 'monday 2 wednesday 3' are hours
        text = DICTATED_TO.sub("to ", text)  # 'need 2 change thurs apt'
        text = sub(r"\bapt\b(?! ?#? ?[a-z]?-?\d)", "appt", text)  # 'change thurs apt': the appointment, typed short; 'apt 4b' is a unit
    text = sub(r"\b(\w{3,6}) (?=(?:morning|afternoon|evening|am|pm|at \d)\b)", lambda m: f"{day_before_part(m.group(1))} ", text)  # 'weeds afternoon', 'sat aftn'
    text = sub(GREETINGS, "", text).lstrip(" |")
    text = SIGN_OFF.sub(" ", text)
    text = DAY_COURTESY.sub(" ", text)
    for phrase, token in (("day after tomorrow", "overmorrow"), ("apres-demain", "overmorrow"), ("apres demain", "overmorrow"),
                          ("apres midi", "apres-midi"), ("after noon", "afternoon")):
        text = text.replace(phrase, token)
    text = RELATIVE_ONWARD.sub(lambda m: f"from {m.group(1)} on" if m.group(1) else "from ", text)
    if locale.startswith("fr"):
        text = sub(r"\bmon\b", "my", text)  # French 'mon' is 'my', never Monday: every reader's possessives list 'my' for it
        text = sub(r"\b(?:january|february|april|june|july|august|september|october|november|december)\b", lambda m: FRENCH_MONTHS[m.group(0)], text)  # 'decembr' put right as English
    return text.strip(" -'")


_MONTH_WORDS = "|".join(m for m in MONTHS if len(m) > 3 or m in ("may", "mai"))

_DAY_WORDS = "|".join(sorted(DAY_ORDINALS, key=len, reverse=True))

_LATE_DAY_WORDS = "|".join(sorted((w for w, n in DAY_ORDINALS.items() if n >= 6), key=len, reverse=True))

FRENCH_SPELLED_DAY = compile_words(  # a day of the month said in French after its article: 'le vingt deux', 'du quinze'
    r"(?<=\ble |\bdu |\bau )(?:(?:%s)\b(?![ -]?(?:h\b|heures?|ans|jours|minutes|semaines|mois|dollars|piasses))|(?:%s)(?= (?:%s)\b))"
    % ("|".join(sorted(FRENCH_DAY_NUMBERS, key=len, reverse=True)), "|".join(FRENCH_SMALL_DAYS), MONTH_NAMES))

SPELLED_DATE = compile_words(  # 'the second of March', 'March the twenty-first', 'le premier mars': the date in digits
    rf"\b(?P<day>{_DAY_WORDS}) of (?P<month>{_MONTH_WORDS})\b|\b(?P<month_first>{_MONTH_WORDS}) (?:the )?(?P<day_after>{_DAY_WORDS})\b"
    rf"|\ble premier (?P<mois>{_MONTH_WORDS})\b|\b(?:the )?(?P<bare>{_LATE_DAY_WORDS})\b"  # 'the eleventh', 'the ninth and tenth': past any option number
    rf"|\b(?P<lead>(?:on|of|till|til|until|from|since|by|before|after) the|(?:{WEEKDAY_NAMES})\.?(?: the)?) (?P<early>{_DAY_WORDS})\b(?! (?:one|option|choice|time|slot|spot|opening|thing)s?\b)")  # 'back on the third', 'Thursday the fourth': a date, not an option


NOW_UNTIL = compile_words(r"(?<!pas )(?<!not )\b(?:astheure|asteure|presentement|right now|now(?= (?:till|until|til)\b))\b(?=[^|.!?]{0,40}?\b(?:jusqu'a|till|until|til) \d{1,2}(?! ?(?:st|nd|rd|th|er)\b|\d))")
NOT_TILL_AFTER = compile_words(r"\b(not|no good|never)\b([^|.,;!?]{0,20}?) (?:till|until|til) after (?=\d|noon\b|lunch\b)")


PLURAL_BY_APOSTROPHE = compile_words(r"\b(\w+)'s(?= are\b)|\b((?:no|not|only|except) )(am|pm|%s)'s(?= *(?:\||$))" % "|".join(WEEKDAYS))  # 'no Monday's good' is Monday


def _plural(match: re.Match[str]) -> str:
    """A word made plural with an apostrophe, as many write it ('Wed's are good', 'no pm's'): every one of them."""
    word = match.group(1) or match.group(3)
    plural = f"{FULL_WEEKDAYS[WEEKDAYS[word]]}s" if word in WEEKDAYS else {"am": "mornings", "pm": "afternoons"}.get(word, f"{word}s")
    return f"{match.group(2) or ''}{plural}"


STARTING_AS = compile_words(  # 'as of the 15th', 'beginning Monday', 'à compter du 15': from that day on, as 'starting' and 'à partir de' read
    r"\b(?:as of|beginning|commencing)(?= (?:on )?(?:(?:the|this|next) )?(?:%s|%s|\d{1,2}(?:st|nd|rd|th)?|tomorrow|next week)\b)|\ba compter(?= (?:de|du|des|d')\b)" % (WEEKDAY_NAMES, MONTH_NAMES))
RELATIVE_ONWARD = compile_words(  # 'tomorrow or later', 'après-demain ou après', 'à partir d'après-demain': from that day on, as a weekday's 'or later' reads
    r"\b(?:the )?(tomorrow|demain|overmorrow|today|aujourd'hui) (?:on ?wards?|and (?:after|later|on)|et (?:apres|plus tard)|pis apres|(?:or|ou) (?:later|plus tard|%s))(?![\w'-])"
    r"(?! (?:\d|noon|midi|lunch|dinner|diner|supper|souper|breakfast|dejeuner)\b)|\ba partir d'(?=overmorrow|aujourd'hui)" % OR_AFTER)
NTH_WEEK_OF_YEAR = compile_words(  # 'the first week in January', 'la première semaine de l'année': January's, as 'the first week of January' reads
    rf"\b((?:{'|'.join(word for word, n in ORDINALS.items() if 0 < n < 5)}) (?:full )?(week|semaine)) (?:in|of|en|de|d') ?(?:(?:the )?(?:new )?year(?![\w'])|(?:la nouvelle |l')annee|({MONTH_NAMES}))\b")


def _two_weeks(match: re.Match[str]) -> str:
    """Two weeks as 'in two weeks' reads them: a dictation slip, French's fifteen days."""
    lead, unit = match.group(1), match.group(2)
    return f"{lead} two {unit}" if unit else f"{lead} deux semaines"


def _date_in_digits(match: re.Match[str]) -> str:
    if match.group("mois"):
        return f"le 1er {match.group('mois')}"
    if match.group("bare"):
        return f"the {DAY_ORDINALS[match.group('bare')]}th"
    if match.group("early"):
        day = DAY_ORDINALS[match.group("early")]
        return f"{match.group('lead').removesuffix(' the').rstrip('.')} the {day}{({1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th') if day not in (11, 12, 13) else 'th')}"
    if match.group("day"):
        return f"{DAY_ORDINALS[match.group('day')]} of {match.group('month')}"
    return f"{match.group('month_first')} {DAY_ORDINALS[match.group('day_after')]}"


def _unsigned(text: str) -> str:
    """Without a closing '- Lorraine (daughter)': who wrote, not what ('- Monday' stays)."""
    text = CLOSING.sub("", DEVICE.sub("", text))
    signed = SIGNATURE.search(text)
    if signed is None or any(w in KNOWN for w in fold(signed.group(1)).split()):
        return text
    return text[: signed.start()]


ANY_BUT_PART_BEST = compile_words(  # 'any day but mornings are best', 'every day but mornings are better': a preference after the comma a phone left out, no exception
    rf"\b((?:any ?(?:day|time|weekday)|anytime|every ?day|all week|whenever|n'importe quand|n'importe quel jour|tous les jours|toute la semaine)"
    rf"(?: (?:next week|this week|la semaine prochaine|cette semaine))?) (?=(?:but|mais) (?:the |les |le |l')?{PART}s? "
    r"(?:are|is|would be|c'est|ce serait|serait|sont)(?: (?:a lot|much|ben|bien|beaucoup))? (?:best|better|preferred|ideal|easier|mieux|preferables?|ideals?)\b)")


HOME_ALL_WEEK = compile_words(r"(?:^|\b(?:home|free|available|around|here|dispo|disponibles?|libres?|a la maison|chez (?:nous|moi)|(?:suis|est|sommes|sont|chu|chus) (?:la|ici|icitte)) )(all week|toute la semaine)\b(?! (?:prochaine|proch?|d'apres|suivante|du|qui vient)\b)(,? (?:except|excepte|sauf|but not|mais pas|other than|apart from)\b)?")


def _home_all_week(text: str) -> str:
    """'We're home all week except Thursday', 'toute la semaine sauf jeudi': the week ahead (on a Sunday too), when the
    reply names no other week and no day but the ones it makes exceptions of ('Dad's home all week but I'm only free Thursday' wishes Thursday)."""
    home = HOME_ALL_WEEK.search(text)
    if home is None or home.start(1) == 0 and home.group(2) is None:  # 'all week works' alone: no week said
        return text
    rest = text[: home.start(1)] + text[home.end(1):]
    if search(r"\b(?:weeks?|semaines?)\b", rest) or home.group(2) is None and search(rf"\b(?:{WEEKDAY_NAMES}|tomorrow|demain|\d{{1,2}}(?:st|nd|rd|th|er)?)\b", rest):
        return text
    return f"{text[: home.start(1)]}this coming week{text[home.end(1):]}"


HELD = re.compile(r"[a-z]*([a-z])\1{2,}[a-z]*")
RUN = re.compile(r"([a-z])\1{2,}")


def _held(word: str, language: str) -> str:
    """A key held down ('noooo', 'pleeease') or pressed once too often in a double letter ('passsé', 'calll'): the
    commoner of the word with one letter there and with two. When neither is a word and the slip reader mends the
    word as typed ('psssed': 'passed'), it is a slip like any other, left to that reader."""
    once, twice = RUN.sub(r"\1", word), RUN.sub(r"\1\1", word)
    if not is_word(once) and not is_word(twice) and corrected(word) != word:
        return word
    return twice if zipf_frequency(twice, language) > zipf_frequency(once, language) else once


def _day_glued(word: str) -> bool:
    """A capitalised word that is a day name typed against the next word ('make it Wednesdaymorning', 'says Fridayis
    fine'), not a name."""
    split = split_joined(word)
    return split != word and split.split()[0].removesuffix("s") in FULL_NAMES


def _unshortened(word: str, shorthand: dict[str, str]) -> str:
    """A keypad shorthand put right, also before the pronoun a French imperative is joined to ('aplez-moi')."""
    head, _, tail = word.partition("-")
    return f"{shorthand[head]}-{tail}" if tail in PRONOUNS_AFTER and head in shorthand else shorthand.get(word, word)


def _day_slip(word: str) -> bool:
    """A capitalised word that is a slip in a day or month name ('Fridya', 'Thrusday', 'Frdiays', 'Moday'), not a
    name one letter short of one ('Lund', 'Frida')."""
    meant = corrected(word)
    return (meant in FULL_NAMES or meant[:-1] in FULL_NAMES and meant.endswith("s")) and (len(word) >= len(meant) or len(word) >= 6 or not is_word(word))
