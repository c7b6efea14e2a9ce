"""Client replies → `Understanding`: intent, chosen option, wished and excluded time windows.

Rules over a normalised text (lower case, accents and emoji folded, typos corrected with rapidfuzz against a
small vocabulary), English and French together because clients mix them. Pure and fast: no I/O; calendar dates
are read from the month table, not by a general date parser.

A bare "cancel" is intent `cancel`; the dialog manager decides what it means in each state (cancel the booked
visit when there is one, decline the offer otherwise). Carriers treat a bare CANCEL as an opt-out on their side,
so the assistant never asks clients to reply CANCEL.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache

from dialogs import intents
from dialogs.spelling import KNOWN, SHORTHAND, SHORTHAND_EN, SHORTHAND_FR, corrected, day_before_part, split_joined
from dialogs.vocabulary import DAY_ORDINALS, DEFAULT_PARTS, FULL_WEEKDAYS, MONTHS, NUMBER_WORDS, ORDINALS, PART_WORDS, RELATIVE_DAYS, WEEKDAY_NAMES, WEEKDAYS, DayParts, Window
from dialogs.when import time_windows
from dialogs.patterns import compile_words, search, sub

INTENTS = (
    "choose", "when", "yes", "no", "stop", "help", "human", "cancel", "reschedule", "unknown",
    "urgent", "bereaved", "no_longer_has_unit", "wrong_number", "price_question", "already_serviced",
)
MAX_CHARS = 1600  # a long concatenated SMS; a wish often comes last, after the greeting and the explanation

STOP_MESSAGES = {"stop", "stopp", "stopo", "sotp", "stpo", "stop all", "stopall", "unsubscribe", "end", "quit", "arret", "arreter", "arrete", "arretez", "stop please", "please stop", "cancel all"}
POLITE = {"please", "svp", "now", "thanks", "thank", "you", "merci", "asap", "immediately", "!"}
HELP_MESSAGES = {"help", "aide", "info", "help me", "what is this", "what is this about", "whats this about", "what's this about",
                 "who is this", "who's this", "whos this", "who are you", "c'est qui", "qui est-ce", "c'est quoi", "qui etes-vous",
                 "qui etes vous"}
STOP_FIRST = re.compile(r"\s*(?:stop|arr[eê]t|arr[eê]ter|unsubscribe)(?: (?:svp|please|pls|plz|merci))?\s*[.!\n]|.*[.!?]\s*(?:stop|arr[eê]t|arr[eê]ter)\s*[.!]*\s*$", re.I)  # 'STOP. My mother passed away last month.'
HELP_FIRST_WORDS = {"help", "aide", "info"}
RESCHEDULE_PHRASES = ("reschedule", "change my appointment", "change the appointment", "change my visit", "move my", "move it",
                      "different time", "another time", "change the time", "change the date", "changer", "different day", "another day", "deplacer", "changer mon rendez-vous", "changer le rendez-vous", "reporter",
                      "different times", "other times", "more times", "other options", "more options", "other days", "other choices",
                      "autres plages", "d'autres plages", "new times", "new time", "nouvelles heures", "change it", "autres heures", "autre moment", "autres moments", "autres choix")
YES = {"yes", "y", "yep", "yeah", "yea", "ya", "ok", "okay", "k", "sure", "please", "sounds good", "good", "great", "perfect", "fine",
       "that works", "works for me", "absolutely", "of course", "oui", "ouais", "d'accord", "daccord", "parfait", "bien sur", "ca marche",
       "correct", "confirm", "confirmed", "book it", "yes please", "ok thanks", "thumbs up", "yes thank you", "oui merci",
       "yse", "ys", "yess", "yup", "yas", "oki", "oui svp", "yea sure", "sounds gd", "gd", "ouais c'est correct", "ouais correct", "c'est correct"}
YES_FIRST_WORDS = {"yes", "yep", "yup", "yeah", "ya", "oui", "ok", "okay", "sure", "absolutely", "perfect", "great", "d'accord", "daccord",
                   "parfait", "super", "excellent", "certainement", "certain", "ouais", "ouin", "ouii", "ben", "bien", "yse", "ys", "yess"}
YES_PHRASES = ("see you then", "see u then", "see ya then", "a tantot", "would be great", "would be fine", "would be good", "that'd be great", "that'd be good", "that's great", "thats great", "sounds good", "that works", "please book", "like to book", "want to book", "book it", "go ahead", "ca marche", "that's fine",
               "thats fine", "works for me", "c'est beau", "bookez", "allez-y", "allez y", "certainement", "ben oui", "bien sur", "sounds great", "c'est parfait", "c'est correct", "c'est bon",
               "whatever works", "whatever suits", "y'a pas de trouble", "pas de trouble", "envoyez quelqu'un")
NO = {"no", "n", "nope", "nah", "not now", "no thanks", "no thank you", "none", "none of those", "none of them", "neither",
      "non", "non merci", "pas maintenant", "aucun", "aucune", "thumbs down", "not interested", "none work", "those dont work"}
NO_FIRST_WORDS = {"no", "nope", "nah", "non", "nenon", "none", "neither", "aucun", "aucune", "pantoute"}
NO_PHRASES = ("m'interesse pus", "m'interesse plus", "m'interesse pas", "we'll pass", "we will pass", "i'll pass", "i will pass", "passer mon tour", "passer notre tour", "don't work", "dont work", "doesn't work", "doesnt work", "not interested", "ne marche pas", "ne fonctionne pas", "pas besoin",
              "me tente pas", "dit non", "veut pas", "veux pas", "pas interesse", "pas interessee", "no need", "pass on", "not needed",
              "pas pour moi", "not for me", "adonne pas", "aucun des deux", "ni l'un ni l'autre", "neither of")
GREETINGS = r"^(?:(?:good (?:morning|afternoon|evening)|bon apres-midi|bonne apres-midi|morning(?=[ ,.!|]+[a-z])(?! ?(?:%s|tomorrow|today|next|this|on|or|works?|is|would|only|please|pls|preferably|at|around|before|after)\b)|(?:afternoon|evening)(?= ?\|\| ?[a-z])|(?:afternoon|evening)(?= ?[,.!|]+ ?(?:this is|it'?s|it is|i'?m|i am|my name|thanks?|thank you)\b)|bon matin|hello|hi|hey|bonjour|bonsoir|allo|salut)\b[ ,.!|]*)+" % WEEKDAY_NAMES
CHOICE_CUES = {"l'option", "bon", "thank", "you", "take", "number", "option", "choice", "go", "do", "pick", "want", "prends", "numero", "choix", "is", "works", "please", "stp", "pls", "thx",
               "thanks", "merci", "svp", "one", "lets", "let's", "with", "the", "i", "ill", "i'll", "will", "yes", "ok", "okay", "sure",
               "oui", "le", "la", "good", "fine", "for", "me", "#", "best", "us", "bcp", "beaucoup", "choisis", "choisi", "says", "dit", "she",
               "he", "elle", "il", "derniere", "dernier", "parfait", "correct", "mieux", "better", "great", "prend", "prendre", "va", "pour",
               "nous", "is", "que", "c'est", "me", "je", "on", "we", "j'ai", "take", "prends", "numbr", "pls", "m'adonne", "adonne", "m'irait",
               "m'arrange", "ca", "va", "mom", "mum", "dad", "maman", "papa", "her", "him"}
FULL_NAMES = frozenset(FULL_WEEKDAYS) | {month for month in MONTHS if len(month) >= 5}  # what a capitalised slip may be meant as
GLUED_BEFORE_NUMBER = {"at", "le", "la", "in", "dans", "vers", "around", "after", "before", "till", "until", "on", "the", "apres", "avant", "from",
                       "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "vrs", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "monday", "tuesday", "wednesday", "thursday", "friday", "lun", "mar", "mer", "jeu", "ven", "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}  # 'wed16'
ASIDE_IN_BRACKETS = re.compile(r"\((?![^()]*(?:\d|%s))[^()]{1,40}\)" % "|".join(sorted({*WEEKDAYS, *MONTHS, *PART_WORDS, *RELATIVE_DAYS}, key=len, reverse=True)), re.I)
TITLED = compile_words(r"\b(Mrs|Mr|Ms|Dr|Mme|Mlle)\.? [A-Z][a-z]+\b")
OWNERS = {"mom", "dad", "mum", "mother", "father", "wife", "husband", "grandma", "grandpa", "nana", "son", "daughter", "sister", "brother"}
OWNED = compile_words(r" (?:\w+ ){0,2}(?:is|are|was)\b")  # 'Mom's eye appointment is ...': hers, not 'Mom is'
SIGN_OFF = compile_words(r"\b(?:bonne (?:soiree|journee|fin de semaine|nuit|semaine)|have a (?:good|nice|great|lovely) (?:evening|day|night|afternoon|weekend|morning)|good ?night|enjoy (?:your|the) (?:evening|day|afternoon|weekend)|happy (?:monday|tuesday|wednesday|thursday|friday|weekend)|merci (?:beaucoup |encore )?pour tout(?: ce que vous (?:avez fait|faites)(?: pour (?:lui|elle|eux|nous|moi))?)?|thanks? (?:you )?(?:so much )?for everything(?: you(?:'ve| have)? done)?)\b")  # wishes and thanks to the reader, not times
NAME = compile_words(r"(?<=[a-z0-9,] )([A-Z][a-z]{3,})\b")  # a capitalised word inside a sentence: a name ('Joe Martins'), never a typo
SIGNATURE = compile_words(r"(?<=[\s.!?])[-\u2013\u2014~]+\s*((?:[A-Z\u00c0-\u00dd][\w.'\u00c0-\u00ff]*\s*){1,3})(?:\([^)]{1,30}\))?\s*$")
KEYCAPS = {f"{d}\ufe0f\u20e3": f" {d} " for d in range(10)} | {f"{d}\u20e3": f" {d} " for d in range(10)}
EMOJI_WORDS = {"👍": " yes ", "👌": " yes ", "✅": " yes ", "🙂": " ", "😊": " ", "👎": " no ", "❌": " no ", "🛑": " stop "}


FRENCH_MONTHS = {"january": "janvier", "february": "fevrier", "april": "avril", "june": "juin", "july": "juillet", "august": "aout",
                 "september": "septembre", "october": "octobre", "november": "novembre", "december": "decembre"}


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
    if " ".join(w for w in clean.split() if w not in POLITE) in STOP_MESSAGES or intents.opts_out(clean) or STOP_FIRST.match(text):
        return Understanding("stop")
    times: tuple[list[Window], list[Window]] | None = None

    def wished() -> tuple[list[Window], list[Window]]:
        """The time windows, read once and only for the replies that get that far."""
        nonlocal times
        if times is None:
            times = time_windows(normalise(text, locale, breaks=True), now, parts)
        return times

    special = intents.off_script(clean)
    if special is not None and not (intents.in_the_background(special, clean) and (wished()[0] or wished()[1])):  # '... passed away, so next week is bad'
        return Understanding(special)
    if intents.wants_a_call(clean):
        return Understanding("human")
    asked = intents.question(clean)
    if asked is not None:
        return Understanding(asked)
    if clean in HELP_MESSAGES or (clean.split(" ")[0] in HELP_FIRST_WORDS and len(clean.split()) <= 3) or intents.HELP.search(clean):
        return Understanding("help")
    if intents.CAME_UP.search(clean) and intents.CANCEL.search(clean) and not intents.MOVE.search(intents.CAME_UP.sub(" ", clean)) \
            and not _says(clean, RESCHEDULE_PHRASES) and not _names_days(clean):
        return Understanding("cancel")  # 'something came up, please cancel the visit'
    choice = _choice(clean)
    if choice is not None and not intents.MOVE.search(clean):  # 'the last one works best, she has physio the other days'
        return Understanding("choose", choice=choice)
    if intents.MOVE.search(clean) or (_says(clean, RESCHEDULE_PHRASES) or intents.RESCHEDULE.search(clean)) and not (_names_days(clean) and wished()[0]):
        return Understanding("reschedule")  # 'Tuesdays are out, the other days are ok' is a wish, 'another day?' is not
    if intents.CANCEL.search(clean) and not intents.KEEP.search(clean):
        return Understanding("cancel")
    if intents.DEFERRED.search(clean) or _remark(clean):
        return Understanding("unknown")  # not a time wish yet, or none at all ('brrr it's cold out there today')
    if intents.DECLINED.search(clean):
        return Understanding("no")  # whatever dates it mentions
    windows, excluded = wished()
    if windows or excluded:
        return Understanding("when", windows=windows, excluded=excluded)
    if intents.THINKING.search(clean):
        return Understanding("unknown")  # not a yes yet
    if intents.AGREED.search(clean):
        return Understanding("yes")
    first = clean.split(" ")[0]
    if clean in NO or first in NO_FIRST_WORDS or _says(clean, NO_PHRASES):
        return Understanding("no")
    if clean in YES or first in YES_FIRST_WORDS or _says(clean, YES_PHRASES):
        return Understanding("yes")
    return Understanding("unknown")


OPTION_NUMBER = compile_words(r"(?<![\d:])(?<!le )(?<!the )(?<!du )(?<!au )\b(?:(?:la|option|number|choix|numero|#) ?)?([1-9])\b(?! ?(?:st|nd|rd|th|er|h\b|:|am|pm|\d))")
REFUSED_OPTION = compile_words(r"\b(?:pas|not|no)(?: (?:la|le|option|number|#))? ?$")
REFUSED_AFTER = compile_words(r"^ ?(?:doesn'?t|does not|won'?t|is no good|no good|isn'?t good|ne marche pas|marche pas|fait pas|adonne pas|c'est non)\b")


def _contrasted(clean: str) -> int | None:
    """The one offered option left when the others are refused in the same reply ('la 2 pas la 1')."""
    found = [(int(m.group(1)), m) for m in OPTION_NUMBER.finditer(clean)]
    if len({n for n, _ in found}) < 2:
        return None
    kept = {n for n, m in found if not REFUSED_OPTION.search(clean[: m.start()]) and not REFUSED_AFTER.match(clean[m.end():])}
    return kept.pop() if len(kept) == 1 else None


def _remark(clean: str) -> bool:
    """Small talk or a text meant for someone else: it may say 'today' or 'by 6', but names no other day and no wish."""
    return intents.REMARK.search(clean) is not None and intents.MODAL_WORDS.search(clean) is None and not any(
        w in WEEKDAYS or w[:-1] in WEEKDAYS or w in MONTHS or w in ("tomorrow", "demain", "week", "semaine") for w in clean.split())


def _dated(words: list[str], at: int) -> bool:
    """'Monday the 1st', 'the 1st of March': an ordinal that is a date, not an option."""
    named_before = at >= 2 and words[at - 1] in ("the", "le") and (words[at - 2] in WEEKDAYS or words[at - 2] in MONTHS)
    after = words[at + 1] if at + 1 < len(words) else ""
    return words[at][0].isdigit() and (named_before or after == "of" or after in MONTHS)


def _names_days(clean: str) -> bool:
    return any(w in WEEKDAYS or w[:-1] in WEEKDAYS or w in RELATIVE_DAYS or w in MONTHS for w in clean.split())


def _says(clean: str, phrases: tuple[str, ...]) -> bool:
    """A phrase as whole words: 'remove my number' does not contain 'move my'."""
    return _phrase_pattern(phrases).search(clean) is not None


@lru_cache(maxsize=None)
def _phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """One boundary test per position, then the phrases: `_says` only asks whether one is there."""
    return re.compile(r"(?<![a-z'])(?:%s)(?![a-z])" % "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True)))


def fold(text: str) -> str:
    """Lower case, accents and ligatures dropped: how clients' words are compared ('Décédé' is 'decede', 'sœur' 'soeur')."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower().replace("œ", "oe").replace("æ", "ae")) if not unicodedata.combining(c))


SLASHED_WEEKDAYS = compile_words(r"\b(?:%s)(?: ?/ ?(?:%s))+\b(?! ?(?:the |le )?\d| (?:next|this|prochain|qui vient))" % (WEEKDAY_NAMES, WEEKDAY_NAMES))


def _weekly(match: re.Match[str]) -> str:
    """'tue/thu' → 'tuesdays and thursdays', 'lundi/mercredi' → 'lundis et mercredis': the plural that says a habit."""
    named = [d.strip() for d in match.group(0).split("/")]
    french = named[0] in FULL_WEEKDAYS[7:]
    return f" {'et' if french else 'and'} ".join(f"{FULL_WEEKDAYS[WEEKDAYS[d] + (7 if french else 0)]}s" for d in named)


def normalise(text: str, locale: str = "en_CA", breaks: bool = False) -> str:
    """Lower case, accents folded, emoji turned into words, greetings dropped, typos of time words corrected;
    `breaks` keeps where sentences and clauses end as '|', for the time reader's clauses."""
    text = _unsigned(text[:MAX_CHARS])
    for emoji, word in {**KEYCAPS, **EMOJI_WORDS}.items():
        text = text.replace(emoji, word)
    text = text.replace("\u2019", "'")
    text = ASIDE_IN_BRACKETS.sub(lambda m: " . " if search(r"[.!?]", m.group(0)) else " ", text)  # 'Thursday the 24th (medical) and Friday the 2nd': one list, the reasons aside
    text = TITLED.sub(r"\1 nom", text)  # 'Mrs. Price' is a name, never a price question
    names = {fold(m.group(1)) for m in NAME.finditer(text)}
    text = fold(text)
    text = text.replace("@", " at ").replace("&", " and ").replace("$", " dollars ")
    text = sub(r"\b(?:wk|week) day(s?)\b", r"weekday\1", text)
    text = sub(r"\bteh\b", "the", text)
    text = SLASHED_WEEKDAYS.sub(_weekly, text)  # 'Tue/Thu after lunch': a shorthand for every one of them
    text = sub(r"\bnoon-ish\b", "noonish", text)
    if "semaine du" in text:
        text = sub(r"\bcelle du (\d{1,2})\b", r"la semaine du \1", text)  # 'la semaine du 20, pas celle du 13'
    text = sub(r"(\d(?:st|nd|rd|th)?) n (?=(?:the )?\d)", r"\1 and ", text)  # '15th n 18th'
    text = sub(r"\b(mon|tues|wednes|thurs|fri|satur|sun) day\b|\b(to) (morrow)\b|\b(for) (noon)\b", lambda m: "".join(filter(None, m.groups())), text)
    text = sub(r"\bwendy'?s day\b", "wednesday", text)  # what autocorrect makes of it
    text = sub(r"\b(\w+)-ci\b", r"\1", text)  # 'ce vendredi-ci'
    text = sub(r"\bto+ day\b(?= is| works| ok| at| after| before| good| fine|\W*$)", "today", text)
    text = sub(r"\bto (early|late|soon)\b", r"too \1", text)  # 'not to early'
    text = sub(r"\bhalf way\b", "halfway", text)
    text = sub(r"\bwed(?:nes)? ?nest ?day\b|\bwends day\b", "wednesday", text)  # what autocorrect and dictation make of it
    text = sub(r"\b(in|dans) too (weeks?|days?)\b", r"\1 two \2", text)
    text = sub(r"\b(?:1st|first) ?thing\b", "first thing", text)
    text = sub(r"\b(the|this|next|of the|end of the) weak\b", r"\1 week", text)  # 'end of the weak'
    text = sub(r"\bnight owl\b", "late riser", text)  # no evening wish
    text = sub(r"\b(after|before|around|at|for|till|until) super\b", r"\1 supper", text)  # what autocorrect makes of 'supper'
    text = sub(r"\btou les\b", "tous les", text)
    text = sub(r"\b(\d{1,2}(?::\d{2})?) (?:at the earliest|au plus tot)\b|\b(?:au plus tot|at the earliest) (?:a |at )?(\d{1,2}(?::\d{2})?)\b", lambda m: f"from {m.group(1) or m.group(2)}", text)  # '9:30 at the earliest'
    text = sub(r"\b(i'?m|we'?re|we are|i am|is|are|be|she'?s|he'?s) a way\b", r"\1 away", text)
    text = sub(r"\baccept (?=(?:the |on |for )?(?:mon|tue|wed|thu|fri|lun|mar|mer|jeu|ven|tomorrow|the \d))", "except ", text)  # 'any time accept Wednesday'
    text = SPELLED_DATE.sub(_date_in_digits, text)
    text = sub(r"\bthe(last|first|second|third|middle)\b", r"the \1", text)  # 'Thelast one'
    text = sub(r"\b(number|option|choice|numero|at|in|dans) (?:to|too)\b(?= (?:weeks?|days?|please|pls|works?|would|is|pm|am|o'?clock|ish)\b|\W*$)", r"\1 two", text)  # dictation: 'in to weeks', 'number to please'
    text = sub(r"\bre[- ]?s(?:ch|k|ck|ckh)[ae]d\w*", "reschedule", text)  # 're schedual', 'reskedule'
    text = sub(r"\ball ready\b(?= (?:serviced|done|checked|been|fixed|had|came|looked|inspected)\b)", "already", text)
    text = sub(r"\bopt\.? ?(?=\d\b)", "option ", text)  # 'opt 1 pls'
    text = sub(r"\b(sun|sat)(?= the \d)", lambda m: {"sun": "sunday", "sat": "saturday"}[m.group(1)], text)  # 'til sun the 20th'
    text = sub(r"\b(lundi|mardi|mercredi|jeudi|vendredi)s (?=prochaine?\b)", r"\1 ", text)  # 'lundis prochain': one Monday
    text = sub(r"(?<![\d ]) ?\bth (?=(?:month|week|weekend|day|end|next|first|last|morning|afternoon|evening)\b)", " the ", text)  # 'end of th month'
    if breaks:  # an emoji ends what was said before it ('le 24 pis le 25 oubliez ça 😅 le 22')
        text = sub(r"[\U0001F300-\U0001FAFF\u2600-\u27BF]+", " | ", text)
    text = sub(r"(\d ?)([ap]) m\b", r"\1\2m", text)  # '10 a m'; 'M. Gervais' stays a name
    text = sub(r"\ba\.m\.?", "am", text)
    text = sub(r"\bp\.m\.?", "pm", text)
    if breaks:
        text = sub(r"\b(jan|janv|feb|fevr|mar|apr|avr|jun|jul|juil|aug|sep|sept|oct|nov|dec|proch|app|apt|st|ste)\.|\b(sem)\.(?= proch)", r"\1\2", text)
        text = sub(r"\b(lun|mer|merc|jeu|ven|sam|dim|mon|tue|tues|wed|thu|thur|thurs|fri)\.(?=\s*\d)", r"\1", text)  # 'jeu. 14'
        text = sub(r"(?:[.;!?\n]|\.\.\.)+(?!\d)", " || ", text)  # a sentence ends
        text = sub(r"(?:[,()\u2013\u2014]|\s-\s|:(?=\s))+(?!\d)", " | ", text)  # a clause ends
        text = sub(r"\b(\w+)'s (?=are\b)", lambda m: f"{FULL_WEEKDAYS[WEEKDAYS[m.group(1)]] if m.group(1) in WEEKDAYS else m.group(1)}s ", text)  # 'Wed's are good': a plural
        text = sub(r"\b(\w+)'s (?=(?:had|been|got|gotten)\b)", r"\1 has ", text)  # 'once he's had his meds'
        text = sub(r"\b((?:at|to|from|with|near) (?:(?:my|her|his|our|their|the|st|ste|saint|sainte) )?[a-z-]+)'s\b", r"\1", text)  # 'at her sister's', 'at St. Mike's': a place
        text = sub(r"\b(\w+)'s\b", lambda m: m.group(0) if m.group(1) in OWNERS and OWNED.match(m.string, m.end()) else f"{m.group(1)} is", text)  # 'Monday's out'; 'Mom's eye appointment is Thursday' owns
        text = sub(r"\b[ldj]'(?=(?:avant-midi|apres-midi|aprem)s?\b)", "", text)
    text = sub(r"\b(le|apres|avant|at|in|dans|vers|around|after|before|till|until|on)(\d)", r"\1 \2", text)  # 'le30 apres1h'
    text = sub(r"\b(\d{1,2})(weeks?|wks?|days|jours|semaines?)\b", r"\1 \2", text)  # 'in2weeks'; '2day' is today
    text = sub(rf"\b({WEEKDAY_NAMES}) (1[0-2]|[1-9])([0-5]\d)\b(?! ?(?:st|nd|rd|th|er)\b)", r"\1 at \2:\3", text)  # 'friday 130'
    text = sub(r"\b(1[0-2]|[1-9])([0-5]\d) ?(?=ish\b|-ish\b|am\b|pm\b)", r"\1:\2", text)  # '1030ish', '930am'
    text = sub(r"[^a-z0-9:#'\-| ]+" if breaks else r"[^a-z0-9:#'\- ]+", " ", text)
    text = sub(r"(?<![a-z])'+(?=[a-z]{2})|(?<=[a-z]{2})'+(?![a-z])", " ", text)  # quotation marks ('anytime but mornings'), not elisions
    text = sub(r"\b(\d{1,2}) (st|nd|rd|th)\b", r"\1\2", text)  # 'the 20 th'
    text = sub(r"\bnight (nurse|shift|staff|psw|worker|aide|attendant)s?\b", r"\1", text)  # who writes, not an evening wish
    text = sub(r"\bnothing (before|after)\b", r"not \1", text)
    text = sub(r"\b(the|le|la) (last|first|dernier|derniere|premier|premiere) 1\b", r"\1 \2 one", text)  # 'the last 1'
    text = sub(r"([a-z])\1{2,}", r"\1", text)  # 'noooo', 'pleeease'  # 'nothing before 10 and nothing after 2'
    text = sub(r"\b(between|entre)(\d{1,2})(and|et|to|a)(\d{1,2})\b", r"\1 \2 \3 \4", text)  # 'between10and12'
    text = sub(r"\berly\b", "early", text)
    text = sub(r"\b(next|this|the) wee\b", r"\1 week", text)  # 'any time next wee except Monday'
    text = sub(rf"\b({WEEKDAY_NAMES}|tomorrow|early) mourning\b", r"\1 morning", text)  # autocorrect's 'Thursday mourning'
    text = sub(rf"\bearly ({WEEKDAY_NAMES}|tomorrow) morning\b", r"\1 early morning", text)
    if locale.startswith("fr"):  # 'j ai', 'c est', 'm a': apostrophes a phone keypad left out
        text = sub(r"\b([jcmsndlt]) (?=[aeiouyh])", r"\1'", text)  # 'm appeler', 'l option': an elision
        text = sub(r"\b[lj]'(?=(?:avant-midi|apres-midi|aprem)s?\b)", "", text)  # 'dans l avant-midi', as with the apostrophe
        text = sub(r"\baujourd hui\b", "aujourd'hui", text)
        text = sub(rf"\b((?:{WEEKDAY_NAMES}|\d{{1,2}}) )le martin\b", r"\1le matin", text)  # autocorrect's 'mercredi le 23 le Martin'
        text = sub(rf"\b((?:{WEEKDAY_NAMES}) )mai (?=(?:{WEEKDAY_NAMES})\b)", r"\1mais ", text)  # 'pas lundi mai mardi': but, not May
        text = sub(r"\bpas (?:ben |vraiment |trop )?du monde (?:le matin|de bonne heure)\b", "pas du matin", text)  # 'j'sus pas du monde le matin'
        text = sub(r"\bl'?(avant|apres)[ -]?midi\b", r"\1-midi", text)  # 'dans lavant midi': the morning, not 'before noon'
        text = sub(r"\bde bonheur\b(?= (?:le matin|lundi|mardi|mercredi|jeudi|vendredi|demain|svp)\b|\W*$)", "de bonne heure", text)  # autocorrect
        text = sub(r"\bj'(?=[bcdfgklmnpqrstvz][a-z])", "je ", text)  # 'j'reviens', 'j'parte': spoken French's 'je''
        text = sub(r"\b(l'heure du|du|au|le|apres le|avant le|pour le) super\b", r"\1 souper", text)  # what autocorrect makes of 'souper'
        text = sub(r"\bc't'? ?(?=apres-midi|avant-midi|matin|soir|semaine)", "cet ", text)  # 'à c't'après-midi'
        text = sub(r"\b(jusqu|lorsqu|puisqu) (a|au|il|elle|on)\b", r"\1'\2", text)
        text = sub(r"\bsa (?=(?:adonne|adone|va|marche|me|m'|fait pas|irait|serait|derange)\b)", "ca ", text)  # 'sa adone pas'
        text = sub(r"\bap midi\b", "apres-midi", text)
        text = sub(r"\bd'(?=semaine\b)", "de ", text)  # 'en fin d'semaine'
        text = sub(r"\bd'la\b", "de la", text)
    shorthand = {**SHORTHAND, **SHORTHAND_FR} if locale.startswith("fr") else {**SHORTHAND, **SHORTHAND_EN}
    text = sub(r"\baft (?=\d)", "after ", text)  # 'tmrw aft 1': after one, not the afternoon
    text = sub(r"\b(de|du|un|le) jeu\b(?!\s*(?:\d|matin|soir|apres|avant|am|pm))", r"\1 jeux", text)  # 'un peu de jeu dans le bras' is slack, not Thursday
    text = sub(r"\b([a-z]{2,})(\d{1,2}(?:st|nd|rd|th|er|h)?)\b", lambda m: f"{m.group(1)} {m.group(2)}" if m.group(1) in GLUED_BEFORE_NUMBER else m.group(0), text)  # 'after3'
    text = " ".join(w if w in names else split_joined(w) for w in text.split())  # 'nextweek', 'lundimatin'
    text = " ".join(w if w in names and not _day_slip(w) else corrected(shorthand.get(w, w)) for w in text.split())  # 'or Fridya': a day, though capitalised
    text = sub(r"\b(?:le|the) (\d{1,2})(?:st|nd|rd|th|er)? (?:ou|or) (?:apres|after|later|plus tard)\b", r"from the \1 on", text)  # 'le 17 ou apres'
    text = sub(rf"\b(?:{WEEKDAY_NAMES})(?:-(?:{WEEKDAY_NAMES})){{2,}}\b", lambda m: " and ".join(m.group(0).split("-")), text)  # 'wed-thu-fri': a list
    text = sub(rf"\b({WEEKDAY_NAMES})-({WEEKDAY_NAMES})\b", r"\1 to \2", text)  # 'mon-wed'
    text = sub(r"\b(\w{3,6}) (?=(?:morning|afternoon|evening|am|pm|at \d)\b)", lambda m: f"{day_before_part(m.group(1))} ", text)  # 'weeds afternoon', 'sat aftn'
    text = sub(GREETINGS, "", text).lstrip(" |")
    text = SIGN_OFF.sub(" ", text)
    for phrase, token in (("day after tomorrow", "overmorrow"), ("apres-demain", "overmorrow"), ("apres demain", "overmorrow"),
                          ("apres midi", "apres-midi"), ("after noon", "afternoon")):
        text = text.replace(phrase, token)
    if locale.startswith("fr"):
        text = sub(r"\bmon\b", "my", text)  # French 'mon' is 'my', never Monday
        text = sub(r"\b(?:january|february|april|june|july|august|september|october|november|december)\b", lambda m: FRENCH_MONTHS[m.group(0)], text)  # 'decembr' put right as English
    return text.strip(" -'")


_MONTH_WORDS = "|".join(m for m in MONTHS if len(m) > 3 or m in ("may", "mai"))
_DAY_WORDS = "|".join(sorted(DAY_ORDINALS, key=len, reverse=True))
_LATE_DAY_WORDS = "|".join(sorted((w for w, n in DAY_ORDINALS.items() if n >= 6), key=len, reverse=True))
SPELLED_DATE = compile_words(  # 'the second of March', 'March the twenty-first', 'le premier mars': the date in digits
    rf"\b(?P<day>{_DAY_WORDS}) of (?P<month>{_MONTH_WORDS})\b|\b(?P<month_first>{_MONTH_WORDS}) (?:the )?(?P<day_after>{_DAY_WORDS})\b"
    rf"|\ble premier (?P<mois>{_MONTH_WORDS})\b|\bthe (?P<bare>{_LATE_DAY_WORDS})\b")  # 'the eleventh': past any option number


def _date_in_digits(match: re.Match[str]) -> str:
    if match.group("mois"):
        return f"le 1er {match.group('mois')}"
    if match.group("bare"):
        return f"the {DAY_ORDINALS[match.group('bare')]}th"
    if match.group("day"):
        return f"{DAY_ORDINALS[match.group('day')]} of {match.group('month')}"
    return f"{match.group('month_first')} {DAY_ORDINALS[match.group('day_after')]}"


def _unsigned(text: str) -> str:
    """Without a closing '- Lorraine (daughter)': who wrote, not what ('- Monday' stays)."""
    signed = SIGNATURE.search(text)
    if signed is None or any(w in KNOWN for w in fold(signed.group(1)).split()):
        return text
    return text[: signed.start()]


NAMED_OPTION = compile_words(
    r"\b(?:l'|the |)(?:option|choix|numero|number|choice) ?#? ?(\d|one|two|three|un|deux|trois)\b|(?<![\w#])# ?([1-9])\b(?= (?:works?|is|would|please|pls|svp|c'est|ca|for|pour|me va|fait)\b)"
    r"|\b(?:le|la|the|pour le|for the) (premier|premiere|1er|1re|deuxieme|2e|troisieme|3e|first|second|third)(?: choix| option| one)?\b(?! (?:of|de|d'|week|semaine|mois|month|heure|hour|thing|%s)\b)(?! (?:pis|et|ou|and|or|au|to|-) (?:le |the )?\d)" % "|".join(MONTHS)
)
FIRST_WORD_CHOICE = compile_words(r"^(?:(?:ben |bien )?oui|yes|yep|ok|okay|parfait|perfect) (?:le |la |the )(premier|premiere|deuxieme|troisieme|first|second|third)(?: one)?\b(?! (?:of|de|d'|%s))" % "|".join(MONTHS))
TAKEN = compile_words(r"\b(?:je vais prendre|on va prendre|je prends|on prend|i'?ll take|we'?ll take|i take|we take|let'?s do|go(?:ing)? with) (?:le |la |the |# ?|number |option |l'option )?([1-9])\b(?!\s*(?:er|st|nd|rd|th|h\b|:|am|pm|\d|(?:%s)\b))" % "|".join(MONTHS))
MIDDLE_ONE = compile_words(r"^(?:the )?middle(?: one| option| time)?$|\b(?:celui|celle) du milieu\b|^(?:le |la )?(?:choix |option )?du milieu$")
LAST_ONE = compile_words(r"\b(?:the )?last (?:one|option|choice|slot|spot|appointment|time you offered|time offered)\b|^(?:the )?last$|\b(?:le|la) derni(?:er|ere)(?: (?:choix|option|heure))?\b(?! (?:fois|lundi|mardi|mercredi|jeudi|vendredi|mois|semaine))")
CHOSEN = compile_words(
    r"\b(?:premier|premiere|deuxieme|troisieme|first|second|third|1st|2nd|3rd)\b(?! (?:of|de|d')?\s*(?:%s|%s|weeks?|weekend|semaines?|mois|month|heure|thing|time (?:in|since|ever|around|round|that|we|i)|fois (?:en|depuis|que|qu))\b)"
    r"(?=.{0,20}\b(?:choix|option|one|choice|rendez-vous|plage|heure|time)\b)(?!.{0,20}\bany ?time\b)|\b(?:prendre|prends|take|choose|choisis|pick|va pour|go (?:for|with)"
    r"|correct pour|ok pour|fine with|good with)\b.{0,25}\b(?:premier|premiere|deuxieme|troisieme|first|second|third)\b(?! thing\b)"
    r"|\b(?:c'est|it'?s|it is) (?:le|la|the) (?:premier|premiere|deuxieme|troisieme|first|second|third)(?: one)? (?:qui|that)\b"
    r"|\b(?:premier|premiere|deuxieme|troisieme|first|second|third)\b.{0,12}\b(?:me va|works|is fine|is good|c'est bon|ca va|est parfait)\b" % ("|".join(MONTHS), "|".join(WEEKDAYS))
)


POSSESSIVES = frozenset({"my", "ma", "mon", "sa", "son", "notre", "our", "her", "his", "their"})


def _negated(words: list[str], index: int) -> bool:
    """'not the first', 'pas le premier': a word ruled out by a negation just before it."""
    return any(w in ("not", "no", "pas", "non", "never", "jamais") for w in words[max(0, index - 3):index])


def _choice(clean: str) -> int | None:
    """'2', '#2', 'option 2', 'yes 3', 'the second one', 'le deuxieme', keycaps; never '2pm', 'at 2' or 'on the 3rd'."""
    words = clean.replace("#", " # ").split()
    said_first = FIRST_WORD_CHOICE.match(clean)
    if said_first:  # 'ben oui, le premier, lundi 9 h, c'est parfait': the option, read back with its time
        return ORDINALS[said_first.group(1)]
    taken = TAKEN.search(clean)
    if taken:  # 'je vais prendre le 1', 'we'll take 2'
        return int(taken.group(1))
    if MIDDLE_ONE.search(clean):
        return 2  # of the three offered
    if LAST_ONE.search(clean) and not any(w in WEEKDAYS or w in RELATIVE_DAYS or w in MONTHS or w.isdigit() for w in words):
        return -1  # 'the last one': the manager counts it from the end of what it offered
    contrasted = _contrasted(clean) if len(words) <= 12 and not _names_days(clean) else None
    if contrasted is not None:  # 'Pas la 1, la 2 c'est mieux pour nous', '1 doesn't work, 2 is fine'
        return contrasted
    if len(words) > 7 and CHOSEN.search(clean):  # 'the first is during mass and the third too early, so I'll take the second'
        ordinals = [ORDINALS[w] for i, w in enumerate(words) if ORDINALS.get(w, 0) > 0 and not _negated(words, i) and words[i - 1] not in POSSESSIVES
                    and not _dated(words, i)]
        return ordinals[-1] if ordinals else None  # 'ma petite-fille est née, ma première!' is no option
    if len(words) > 7 or any(w in WEEKDAYS or w in RELATIVE_DAYS or w in PART_WORDS or w in MONTHS for w in words):
        named = [m for m in NAMED_OPTION.finditer(clean) if not _negated(clean[: m.start()].split() + ["x"], len(clean[: m.start()].split()))
                 and clean[: m.start()].split()[-1:] not in (["entre"], ["du"], ["between"], ["from"], ["avant"], ["before"], ["apres"], ["after"])
                 and not any(w in WEEKDAYS for w in clean[: m.start()].split()[-1:])]  # 'lundi le 1er' is a date
        if named and (len(words) <= 30 or named[-1].group(1) or named[-1].group(2)):  # 'on va prendre l'option 3' ends a long message too  # 'le troisième, mardi à 10 h, ça fait mon affaire': the option, read back with its time
            word = named[-1].group(1) or named[-1].group(2) or named[-1].group(3)
            return int(word) if word.isdigit() else {"1er": 1}.get(word) or ORDINALS.get(word) or NUMBER_WORDS.get(word)
        return None
    if search(r"\b(at|around|vers|before|after|avant|apres|on the|of|between|entre|from the|du)\b|\d\s*(am|pm|h\b|:)|weeks?|semaines?|days?|jours?", clean):
        return None
    numbered = [m for m in NAMED_OPTION.finditer(clean) if m.group(1) or m.group(2)]
    if len(numbered) == 1:  # 'Mark here for mom, option 2'
        word = numbered[0].group(1) or numbered[0].group(2)
        return int(word) if word.isdigit() else NUMBER_WORDS.get(word)
    digits = [w for w in words if w.isdigit()]
    if len(digits) == 1 and 1 <= int(digits[0]) <= 9 and all(w.isdigit() or w in CHOICE_CUES or w in YES for w in words):
        return int(digits[0])
    ordinals = [ORDINALS[w] for i, w in enumerate(words) if w in ORDINALS and ORDINALS[w] > 0 and not _negated(words, i) and w not in ("4th", "5th")  # 'the 4th works': a date
                and not (w == "first" and i == len(words) - 1 and i >= 2 and words[i - 1] not in ("the", "option", "choice", "number"))
                and words[i + 1 : i + 2] != ["thing"]]  # 'will check with Dad first'; 'first thing' is early
    if ordinals:
        return ordinals[-1]  # 'not the first one, the third
    numbers = [w for w in words if w in NUMBER_WORDS]
    if len(numbers) == 1 and words[0] not in NO_FIRST_WORDS and (len(words) <= 3 or all(w in NUMBER_WORDS or w in CHOICE_CUES or w in YES for w in words)):
        return NUMBER_WORDS[numbers[0]]  # 'three works best for us'
    return None


def _day_slip(word: str) -> bool:
    """A capitalised word that is a slip in a day or month name ('Fridya', 'Thrusday', 'Thurday'), not a short name
    one letter short of one ('Lund', 'Frida')."""
    meant = corrected(word)
    return meant in FULL_NAMES and (len(word) >= len(meant) or len(word) >= 6)
