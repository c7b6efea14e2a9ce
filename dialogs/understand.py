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
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache, lru_cache

from dialogs import intents
from dialogs.short_replies import (
    CHOICE_CUES, HELP_MESSAGES, NO, NO_FIRST_WORDS, NO_PHRASES, POLITE, RESCHEDULE_PHRASES, STOP_MESSAGES, YES, YES_FIRST_WORDS, YES_PHRASES,
)
from dialogs.introductions import without_introduction
from dialogs.sentences import with_sentence_ends
from dialogs.vocabulary import DEFAULT_PARTS, MONTHS, NUMBER_WORDS, ORDINALS, PART_WORDS, RELATIVE_DAYS, WEEKDAYS, DayParts, Window
from dialogs.when import time_windows
from dialogs.patterns import compile_words, search
from dialogs.normalise import SIGNED_WITH_EMOJI, finished, fold as fold, normalise, prepared

INTENTS = (
    "choose", "when", "yes", "no", "stop", "help", "human", "cancel", "reschedule", "unknown",
    "urgent", "bereaved", "no_longer_has_unit", "wrong_number", "price_question", "already_serviced",
)

STOP_FIRST = re.compile(r"\s*(?:stop|arr[eê]t|arr[eê]ter|unsubscribe)(?: (?:svp|please|pls|plz|merci))?\s*[.!\n]", re.I)  # 'STOP. My mother passed away last month.'
SPACES = re.compile(r"[ \t\u00a0\u202f]+")  # 'Number  to  please', a no-break space from a phone: one space
PREAMBLE = re.compile(r"^[^,:;.!?\d]{2,40}?(?::|,|\s-)\s+(?=\S)")  # a few words before the answer: a name, a greeting, what it is about
ANSWER_AFTER_PREAMBLE = 160  # an answer after a few words is short; a long rest is a message already read whole, and peeling
# one clause at a time off it ('I am not sure what this is about, ' × 40) read it again and again: quadratic in its length
SENTENCE_END = re.compile(r"[.!?\n]+(?!\d)")  # "at 10.30" is one sentence
CONCLUSION = re.compile(r"(?:^|[\s,]+)(?:so|donc|faque|fak|alors|anyway|anyways|bref)\b[\s,]*(?=\S)", re.I)  # 'he hardly uses it anymore so no thanks': the answer after the reason
STOP_KEYWORD_FIRST = re.compile(r"\s*(?:STOP|ARR[EÊ]T)(?: (?:please|PLEASE|svp|SVP))?\s*,")  # 'STOP please, she passed away': the carriers' keyword, in capitals
HELP_FIRST_WORDS = {"help", "aide", "info"}
FRENCH_FILLERS = {"ben", "bin", "bah", "mais"}  # spoken French's lead-ins, which say neither yes nor no
KEYWORD_SENTENCE_WORDS = 8  # a sentence that is only a keyword, with a please or a greeting around it, is short: a longer one is not read for one
HEDGED_NO = compile_words(  # 'ouin pas vraiment', 'I don't think so': a no said softly, a yes-word before it only holding the floor
    r"^(?:(?:yeah|yea|ya|yes|well|um+|hm+|oui|ouin|ouais|ben|bah|euh|mm+) )*(?:not really|pas vraiment|pas tellement|(?:i )?(?:don'?t|do not) think so|(?:je |j')?(?:pense|crois) pas)"
    r"(?: (?:no|non|thanks?|thank you|merci))*$")
NO_HURRY = re.compile(r"no (?:big |real )?(?:rush|hurry|emergency)\b")  # "no rush" declines nothing, like "y'a pas de presse"
NOT_AT_HOME = re.compile(r"(?:no|pas d'|pas de) ?(?:elevators?|ascenseurs?|ramps?|rampes?|parking|stationnement|buzzer|intercom|sonnette|doorbell)\b")  # 'third floor, no elevator' tells the way in, it declines nothing


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
    signed = SIGNED_WITH_EMOJI.search(text)
    if signed and (heard := understand(text[: signed.start()], now, locale, parts)).intent != "unknown":
        return heard  # 'STOP 👍', 'Wednesday @ 11 👍': a tone after the words; 'hi 👍' is a yes
    text = without_introduction(with_sentence_ends(SPACES.sub(" ", text), locale))
    ready = prepared(text, locale)
    clean = finished(ready, locale)
    if not clean:
        return Understanding("unknown")
    if _stop_message(clean) or intents.opts_out(clean) or STOP_FIRST.match(text) or STOP_KEYWORD_FIRST.match(text) or _stop_sentence(text, locale):
        return Understanding("stop")

    @cache
    def broken() -> str:
        """The text with its sentence and clause ends marked, made once and only for the replies that need it; a move's
        old time is left out ('move her visit from Thursday to Monday' wishes Monday), and so are the hours not to text at."""
        marked = finished(ready, locale, breaks=True)
        return intents.without_old_time(intents.without_texting_hours(marked) if intents.limits_texting_hours(clean) else marked)

    @cache
    def wished() -> tuple[list[Window], list[Window]]:
        """The time windows, read once and only for the replies that get that far."""
        return time_windows(broken(), now, parts)

    special = intents.off_script(clean)
    if special is not None and not (intents.in_the_background(special, clean) and (wished()[0] or wished()[1])):  # '... passed away, so next week is bad'
        return Understanding(special)
    if intents.removes_the_client(clean):
        return Understanding("stop")
    if intents.wants_a_call(clean) and (intents.wants_a_call(intents.CALL_AHEAD.sub(" ", clean)) or not wished()[0]):
        return Understanding("human")  # 'call first if you're coming' beside a time is how to come; alone, a person reads it
    asked = intents.question(clean)
    if asked is not None:
        return Understanding(asked)
    if clean in HELP_MESSAGES or (clean.split(" ")[0] in HELP_FIRST_WORDS and len(clean.split()) <= 3) or intents.HELP.search(clean) and not (intents.DOUBT_TOLD.search(clean) and wished()[0]):
        return Understanding("help")  # 'my wife thinks it's a scam, but ... the 21st works' answers
    if intents.CAME_UP.search(clean) and intents.CANCEL.search(clean) and not intents.MOVE.search(intents.CAME_UP.sub(" ", clean)) \
            and not _says(clean, RESCHEDULE_PHRASES) and not _names_days(clean):
        return Understanding("cancel")  # 'something came up, please cancel the visit'
    if _takes_any(clean):
        return Understanding("yes")
    choice = _choice(clean)
    if choice is None and len(said := [s for s in broken().split("||") if s.strip(" |")]) > 1 and not any(wished()):
        choice = next((c for s in (said[-1], said[0]) if (c := _choice(" ".join(s.replace("|", " ").split()))) is not None), None)  # 'Sorry for the late reply. The second one pls'; '2. Buzz 204 at the door'
    if choice is None and (head := OPTION_THEN_MORE.match(clean)) and all(w.isdigit() or w in ORDINALS or w in NUMBER_WORDS or w in CHOICE_CUES for w in head.group(1).split()):
        choice = _choice(head.group(1))  # '2 but can he come a bit later', 'le 2 mais appelez avant': the option, then a word for the visit
    moving = intents.THING_MOVED.sub(lambda m: " " if m.group(0) in broken() else m.group(0), clean)  # 'dois-je déplacer les meubles?' moves no visit; 'faut le changer, mon fils peut pas' does
    if choice is not None and not intents.MOVE.search(moving):  # 'the last one works best, she has physio the other days'
        return Understanding("choose", choice=choice)
    if intents.MOVE.search(moving) or (_says(moving, RESCHEDULE_PHRASES) or intents.RESCHEDULE.search(moving)) and not (_names_days(clean) and wished()[0]):
        windows, excluded = _moved_to(broken(), now, parts) if wished()[0] else ([], [])
        if windows and (excluded or intents.NEW_TIME.search(intents.without_old_time(clean))):  # 'need to reschedule, tomorrow's no good, friday afternoon?'
            return Understanding("when", windows=windows, excluded=excluded)
        return Understanding("reschedule")  # 'Tuesdays are out, the other days are ok' is a wish, 'another day?' is not
    if _cancels_the_visit(clean, broken()):
        return Understanding("cancel")
    if intents.DEFERRED.search(clean) and not _away_till_writing_back(clean, wished()) or _remark(clean):
        return Understanding("unknown")  # not a time wish yet, or none at all ('brrr it's cold out there today')
    if intents.DECLINED.search(clean) or intents.ALL_FINE.search(clean):
        return Understanding("no")  # whatever dates it mentions; 'tout est beau' names none, though 'tout' may be every day
    if intents.SEE_YOU.search(clean):
        return Understanding("yes")  # the day it names is the one offered, not a new wish
    windows, excluded = wished()
    if windows or excluded:
        return Understanding("when", windows=windows, excluded=excluded)
    if intents.THINKING.search(clean):
        return Understanding("unknown")  # not a yes yet
    if intents.AGREED.search(clean) or intents.KEPT.search(clean):
        return Understanding("yes")  # 'no don't cancel, we still want it': a no to cancelling keeps the visit
    first = clean.split(" ")[0]
    answer = clean.split(" ")[1] if first in FRENCH_FILLERS and " " in clean else first  # 'ben non': the answer after the filler
    if (clean in NO or answer in NO_FIRST_WORDS or _says(clean, NO_PHRASES) or HEDGED_NO.match(clean)) and not NO_HURRY.match(clean) and not NOT_AT_HOME.match(clean):
        return Understanding("no")
    if clean in YES or {first, answer} & YES_FIRST_WORDS or _says(clean, YES_PHRASES):
        return Understanding("yes")
    heard = _answer_in_a_sentence(text, now, locale)
    return Understanding("human") if heard.intent == "unknown" and intents.PHONE_NUMBER.search(clean) else heard


def _answer_in_a_sentence(text: str, now: datetime, locale: str) -> Understanding:
    """A reply whose last sentence answers the offer after an excuse or news ('Sorry for the late reply. 2 please'), or
    whose first one does before a word for the technician ('Of course. Buzz 204 at the front door'), or whose last words
    do after a 'so' that ends its reason ('he hardly uses it anymore so no thanks')."""
    sentences = _sentences(text)
    for sentence in (sentences[-1], sentences[0]) if len(sentences) > 1 else ():
        heard = understand(sentence, now, locale)
        if heard.intent in ("choose", "yes", "no", "help"):
            return heard
    concluded = [m.end() for m in CONCLUSION.finditer(text)]
    if concluded and len(text) - concluded[-1] <= ANSWER_AFTER_PREAMBLE \
            and (heard := understand(text[concluded[-1]:], now, locale)).intent in ("choose", "yes", "no", "help"):
        return heard
    addressed = PREAMBLE.match(text)  # 'Margaret here: 1 is good', 'Hi Fusion, yes please'
    if addressed and len(text) - addressed.end() <= ANSWER_AFTER_PREAMBLE \
            and (heard := understand(text[addressed.end():], now, locale)).intent in ("choose", "yes", "no", "help", "stop"):
        return heard  # 'Gilberte : arrêt'
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


def _moved_to(broken: str, now: datetime, parts: DayParts) -> tuple[list[Window], list[Window]]:
    """The time a visit is moved to: the wish read without the clauses that only name the visit being moved ('I need
    to reschedule Thursday. How about Friday?' wishes Friday, not Thursday)."""
    kept = [part if part.startswith("|") or not intents.MOVED.search(part) or intents.NEW_TIME.search(part) else " "
            for part in re.split(r"(\|+)", broken)]
    return time_windows("".join(kept), now, parts)


def _cancels_the_visit(clean: str, broken: str) -> bool:
    """A cancel said of the visit, not of the client's own plans: 'I'll cancel my hairdresser, Thursday is fine' clears
    the day for it. Read over the clause-marked text, so 'je veux canceller, mon gendre...' still cancels and 'je peux
    pas, annuler svp' is no 'pas annuler'."""
    if not intents.CANCEL.search(clean) or intents.KEEP.search(broken):
        return False
    return not intents.OWN_PLANS_CANCELLED.search(broken) or intents.CANCEL.search(intents.OWN_PLANS_CANCELLED.sub(" ", broken)) is not None


def _remark(clean: str) -> bool:
    """Small talk or a text meant for someone else: it may say 'today' or 'by 6', but names no other day and no wish."""
    return intents.REMARK.search(clean) is not None and intents.MODAL_WORDS.search(clean) is None and not any(
        w in WEEKDAYS or w[:-1] in WEEKDAYS or w in MONTHS or w in ("tomorrow", "demain", "week", "semaine") for w in clean.split())


def _away_till_writing_back(clean: str, wished: tuple[list[Window], list[Window]]) -> bool:
    """'pas la cette semaine ni la prochaine, je vous recontacte quand je reviens': the client will write again, and
    the days ruled out until then are what staff can act on now; a wish said beside it waits for that message."""
    windows, excluded = wished
    return bool(excluded) and not windows and intents.DEFERRED.search(intents.WRITES_BACK.sub(" ", clean)) is None


def _dated(words: list[str], at: int) -> bool:
    """'Monday the 1st', 'the 1st of March': an ordinal that is a date, not an option."""
    named_before = at >= 2 and words[at - 1] in ("the", "le") and (words[at - 2] in WEEKDAYS or words[at - 2] in MONTHS)
    after = words[at + 1] if at + 1 < len(words) else ""
    return words[at][0].isdigit() and (named_before or after == "of" or after in MONTHS)


def _sentences(text: str) -> list[str]:
    return [s for s in SENTENCE_END.split(text) if s.strip()]


def _stop_message(clean: str) -> bool:
    """The carriers' opt-out keywords, alone or with a 'please' or a 'thanks'."""
    return " ".join(w for w in clean.split() if w not in POLITE) in STOP_MESSAGES


def _stop_sentence(text: str, locale: str) -> bool:
    """A sentence that is only an opt-out keyword, wherever it falls: 'Hello, this is her daughter. STOP. Mom passed.', or the
    last words after a comma: 'Ma mère dit de pu lui envoyer de messages, STOP svp merci'."""
    sentences = _sentences(text)
    if sentences and "," in sentences[-1]:
        sentences.append(sentences[-1].rsplit(",", 1)[1])
    return len(sentences) > 1 and any(_stop_message(said) and not {"end", "quit"} & set(said.split())  # 'Thanks. End' signs off
                                      for said in (normalise(s, locale) for s in sentences if len(s.split()) <= KEYWORD_SENTENCE_WORDS))


ACCEPTING = frozenset({"work", "are", "all"})  # 'any of those times work', 'any of them are all fine'


def _takes_any(clean: str) -> bool:
    """'Either is fine', 'any of them works for us', 'peu importe, merci': any option offered, said with nothing
    more than words of assent ('peu importe le jour' is a wish, '1 or 2, either is fine' a choice)."""
    rest = intents.ANY_OFFERED.sub(" ", clean).split()
    return rest != clean.split() and _assents(rest)


def _assents(words: list[str]) -> bool:
    """Nothing but words of assent, thanks, or who it is for ('is fine for mom', 'works for us thanks')."""
    return all(w in CHOICE_CUES or w in YES or w in YES_FIRST_WORDS or w in POLITE or w in ACCEPTING for w in words)


def _names_days(clean: str) -> bool:
    return any(w in WEEKDAYS or w[:-1] in WEEKDAYS or w in RELATIVE_DAYS or w in MONTHS for w in clean.split())


def _says(clean: str, phrases: tuple[str, ...]) -> bool:
    """A phrase as whole words: 'remove my number' does not contain 'move my'."""
    return _phrase_pattern(phrases).search(clean) is not None


@lru_cache(maxsize=None)
def _phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """One boundary test per position, then the phrases: `_says` only asks whether one is there."""
    return re.compile(r"(?<![a-z'])(?:%s)(?![a-z])" % "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True)))


NAMED_OPTION = compile_words(
    r"\b(?:l'|the |)(?:option|choix|numero|number|choice) ?#? ?(\d|one|two|three|un|deux|trois)\b|(?<![\w#])# ?([1-9])\b(?= (?:works?|is|would|please|pls|svp|c'est|ca|for|pour|me va|fait)\b)"
    r"|\b(?:le|la|the|pour le|for the) (premier|premiere|1er|1re|deuxieme|2e|troisieme|3e|first|second|third)(?: choix| option| one)?\b(?! (?:of|de|d'|week|semaine|mois|month|heure|hour|thing|floor|etage|etages|plancher|%s)\b)(?! (?:%s) (?:of|in|de|d'|du)\b)(?! (?:pis|et|ou|and|or|au|to|-) (?:le |the )?\d)" % ("|".join(MONTHS), "|".join(WEEKDAYS))
)
OPTION_THEN_MORE = compile_words(r"^((?:[\w'#]+ ){1,3}?)(?:but|mais) ")
NUMBER_SIGN = compile_words(r"^no? (?=[1-9](?: (?:please|pls|plz|svp|stp|merci|thanks|thx|works?|is (?:fine|good|best|perfect)))*$)")  # 'No. 2 please', 'n° 2 svp': the number sign, not a refusal
FIRST_AS_OPTION = compile_words(r"\b1(?:er|re) (?=(?:choix|option)\b)")  # '1er choix': an option, not the 1st of a month
EITHER_OPTION = compile_words(r"^(?:either )?(?:le |la |the |option |# ?)?([1-9]) (?:or|ou) (?:le |la |the |option |# ?)?[1-9]\b(?!\s*(?:er|re|st|nd|rd|th|h\b|:|am|pm|\d))")
FIRST_WORD_CHOICE = compile_words(r"^(?:(?:ben |bien )?oui|yes|yep|ok|okay|parfait|perfect) (?:le |la |the )(premier|premiere|deuxieme|troisieme|first|second|third)(?: one)?\b(?! (?:of|de|d'|%s))" % "|".join(MONTHS))
TAKEN = compile_words(r"\b(?:je vais prendre|on va prendre|m'as prendre|je prends|on prend|prendrai[st]?|prendrions|prendraient|on prendra|aller avec|irai[st]? avec|i'?ll take|we'?ll take|i'?d take|we'?d take|i would take|we would take|i take|we take|let'?s do|go(?:ing)? with) (?:le |la |the |# ?|number |option |l'option )?([1-9])\b(?!\s*(?:er|st|nd|rd|th|h\b|:|am|pm|\d|(?:%s)\b))" % "|".join(MONTHS))
WANTED = compile_words(  # 'j'aimerais la 1', 'papa voudrait la 3', 'she'd prefer option 2': wished in the conditional, 'le 2' left a date
    r"\b(?:aimerai[st]?|aimerions|voudrai[st]?|voudrions|prefererai[st]?|(?:would|'d) prefer) (?:la |the |# ?|number |option |l'option )([1-9])\b(?!\s*(?:er|re|st|nd|rd|th|h\b|:|am|pm|\d|(?:%s)\b))" % "|".join(MONTHS))
RATED = compile_words(  # 'la 3 serait parfaite', 'la 1 ferait son affaire': the option, then a French word of approval for it
    r"^(?:(?:oui|ben|ok|okay|alors) )*(?:la |l'option |option |le choix |# ?)([1-9]) (?:(?:ce |ca )?serait (?:(?:ben|bien|vraiment|tres) )?(?:parfaite?|mieux|correcte?|bonne?|belle|beau|ideale?)"
    r"|(?:ferait|fait) (?:(?:ben|bien) )?(?:l'|my |son |notre |leur )affaire|(?:m'|nous |lui |leur )?(?:irait|conviendrait|adonnerait)(?! (?:pas|pu|plus)\b))\b")
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
FLOORS = frozenset({"floor", "etage", "etages", "plancher"})
OPTION_WORDS = frozenset({"one", "option", "choice", "choix"})


NEGATORS = frozenset({"not", "no", "pas", "non", "never", "jamais", "except", "excepting", "excluding", "sauf", "excepte"})
ANY_TIME_WORDS = frozenset({"anytime", "time", "anything", "day"})


def _negated(words: list[str], index: int) -> bool:
    """'not the first', 'pas le premier', 'anytime except the 3rd', 'anytime but the 3rd': a word ruled out by a
    negation just before it."""
    start = max(0, index - 3)
    return any(w in NEGATORS or w == "but" and at > 0 and words[at - 1] in ANY_TIME_WORDS for at, w in enumerate(words[start:index], start))


def _floor(words: list[str], index: int) -> bool:
    """'the 3rd floor', 'c'est au 3e': a storey of the house, never an option ('au 2e choix' still is one)."""
    after = words[index + 1 : index + 2]
    return bool(after) and after[0] in FLOORS or words[index - 1 : index] == ["au"] and not (after and after[0] in OPTION_WORDS)


def _choice(clean: str) -> int | None:
    """'2', '#2', 'option 2', 'yes 3', 'the second one', 'le deuxieme', keycaps; never '2pm', 'at 2' or 'on the 3rd'."""
    clean = FIRST_AS_OPTION.sub("premier ", NUMBER_SIGN.sub("# ", clean))
    words = clean.replace("#", " # ").split()
    either = EITHER_OPTION.match(clean)
    if either and _assents(intents.ANY_OFFERED.sub(" ", clean[either.end():]).split()):  # '1 or 2, whichever': the first of them will do
        return int(either.group(1))
    said_first = FIRST_WORD_CHOICE.match(clean)
    if said_first:  # 'ben oui, le premier, lundi 9 h, c'est parfait': the option, read back with its time
        return ORDINALS[said_first.group(1)]
    taken = TAKEN.search(clean) or WANTED.search(clean) or RATED.match(clean)
    if taken:  # 'je vais prendre le 1', 'we'll take 2', 'je prendrais la 1', 'I'd take 3': the option, said softly
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
                 and not any(w in WEEKDAYS for w in clean[: m.start()].split()[-1:])  # 'lundi le 1er' is a date
                 and not (len(words) > 7 and m.group(3) in ("1er", "1re", "2e", "3e") and m.group(0).endswith(m.group(3)))]  # 'chu en conge le 1er': a date too
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
    if len(digits) == 1 and 1 <= int(digits[0]) <= 9 and all(w.isdigit() or w in CHOICE_CUES or w in YES or w in YES_FIRST_WORDS for w in words):
        return int(digits[0])
    ordinals = [ORDINALS[w] for i, w in enumerate(words) if w in ORDINALS and ORDINALS[w] > 0 and not _negated(words, i) and w not in ("4th", "5th")  # 'the 4th works': a date
                and not (w[0].isdigit() and words[i - 1 : i] == ["the"] and words[i + 1 : i + 2] not in (["one"], ["1"], ["option"], ["choice"]))  # 'the 1st works' too; 'the 1st one' is the option
                and not (w == "first" and i == len(words) - 1 and i >= 2 and words[i - 1] not in ("the", "option", "choice", "number"))
                and words[i + 1 : i + 2] != ["thing"] and not _floor(words, i)]  # 'will check with Dad first'; 'first thing' is early
    if ordinals:
        return ordinals[-1]  # 'not the first one, the third
    numbers = [w for w in words if w in NUMBER_WORDS]
    if len(numbers) == 1 and words[0] not in NO_FIRST_WORDS and (len(words) <= 3 or all(w in NUMBER_WORDS or w in CHOICE_CUES or w in YES for w in words)):
        return NUMBER_WORDS[numbers[0]]  # 'three works best for us'
    return None
