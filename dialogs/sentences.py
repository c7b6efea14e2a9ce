"""Where a writer left a sentence's end out ('my phone was dead This is Ray', as dictation and many older clients
write), put the full stop back, so the clause readers weigh each sentence on its own as they do a punctuated one.

The cue is a capital after a lower-case word with nothing between: it starts a sentence when the word is one that
opens sentences and never names anyone ('She', 'Thanks', 'Je', 'Merci'). English capitalises a weekday anywhere,
so one starts a sentence only after words that close a thought ('is no good Friday after 2', 'the 17th Thursday
the 18th') or a clause that already named its day ('Tomorrow is bad Friday works'); 'I' only after a word that
does not lead into it ('dead I'm away', not 'so I'm away'); after a greeting or a name, a word that opens sentences
followed by a lower-case one starts anew ('Morning This week', 'in Ottawa Next week'). Punctuation the writer typed is
left as it is."""
from __future__ import annotations

import re

from dialogs.normalise import fold
from dialogs.spelling import corrected
from dialogs.vocabulary import MONTHS, ORDINALS, PART_WORDS, RELATIVE_DAYS, WEEKDAYS

OPENERS = frozenset((  # pronouns, determiners, auxiliaries, adverbs and the words of thanks that open a sentence
    "the", "this", "that", "these", "those", "my", "your", "his", "her", "our", "their", "its", "it", "it's", "he", "he's", "he'd",
    "he'll", "she", "she's", "she'd", "she'll", "we", "we're", "we'd", "we'll", "we've", "they", "they're", "they'd", "they'll",
    "you", "you're", "there", "there's", "what", "when", "where", "which", "who", "how", "why", "if", "so", "but", "and", "also",
    "then", "thanks", "thank", "thx", "please", "pls", "sorry", "apologies", "could", "can", "would", "should", "might", "do", "does",
    "did", "don't", "doesn't", "didn't", "can't", "won't", "is", "are", "was", "were", "have", "has", "had", "any", "anytime",
    "anything", "anyway", "every", "everything", "nothing", "no", "not", "none", "yes", "ok", "okay", "oh", "actually", "otherwise",
    "unfortunately", "hopefully", "maybe", "perhaps", "ideally", "preferably", "honestly", "just", "only", "next", "after", "before",
    "between", "since", "once", "either", "neither", "both", "other", "all", "most", "mornings", "afternoons", "evenings",
    "tomorrow", "tomorrow's", "today", "today's", "tonight", "cheers", "regards", "sincerely", "let's", "let", "take", "make", "got",
    "sometime", "whenever", "whatever", "weekdays", "nobody", "someone", "anyone", "hope", "rest", "first", "second", "early",
    "late", "week", "never", "daytime", "ah", "end", "mid",
))

FRENCH_OPENERS = frozenset((  # the same in French, read only in French ('Mon Wed Fri' lists days in English)
    "je", "il", "elle", "ils", "elles", "on", "nous", "vous", "moi", "lui", "le", "la", "les", "un", "une", "ce", "cet", "cette",
    "ces", "mon", "ma", "mes", "ton", "ta", "son", "sa", "ses", "notre", "votre", "nos", "vos", "pour", "par", "avec", "dans", "en",
    "entre", "vers", "avant", "apres", "depuis", "sauf", "a", "ca", "pas", "non", "oui", "ben", "bien", "merci", "bonne", "si", "sinon",
    "mais", "donc", "alors", "ensuite", "pis", "faque", "quand", "comme", "est", "y", "y'a", "tout", "toute", "n'importe",
    "demain", "aujourd'hui", "ici", "icitte", "maman", "papa", "desole", "desolee", "excusez", "scusez", "pouvez", "pourriez",
    "venez", "appelez", "malheureusement", "autrement", "plutot", "juste", "mettons", "disons", "chu", "faut", "combien",
    "est-ce", "celui", "celle", "ceux",
))

AFTER_A_NAME = frozenset((  # openers no name or place goes on with: 'this is Arthur Lee Sorry for the slow reply'
    "he", "he's", "she", "she's", "we", "we're", "they", "it's", "my", "thanks", "thank", "sorry", "please", "could", "can", "any",
    "i", "i'm", "i'd", "i've", "i'll", "je", "il", "elle", "merci", "on", "nous", "moi", "pour", "j'ai", "c'est", "j'aimerais",
    "n'importe",
))

GREETED = frozenset({"morning", "afternoon", "evening", "hi", "hello", "hey", "bonjour", "allo", "salut", "bonsoir"})  # 'Morning This week...'

ELIDED = re.compile(r"(?:j|c|n|qu|y|s|l)'\w")  # "J'ai", "C'est", "N'importe", "L'après-midi"

ENGLISH_DAYS = frozenset(day for name in WEEKDAYS if len(name) > 5 and name.endswith("day") for day in (name, f"{name}s", f"{name}'s"))

FRENCH_DAYS = frozenset(day for name in WEEKDAYS if name.endswith("di") for day in (name, f"{name}s"))

KIN = frozenset(name for kin in ("mom", "mum", "dad", "grandma", "grandpa") for name in (kin, f"{kin}'s"))  # capitalised anywhere, as names

UNTIL = frozenset({"until", "till", "til", "jusqu'a", "jusqu'au"})  # a day after it ends a stay, not the start of what comes next

FIRST_PERSON = frozenset({"i", "i'm", "i'd", "i'll", "i've"})

ASIDE_AFTER_I = frozenset({"guess", "suppose", "think", "mean", "believe", "hope", "know", "gather", "imagine"})  # 'is due I guess'

LEADS_ON = frozenset((  # words that go on into the next one: 'until Friday', 'so I'm', 'the day I can', 'ou Mardi'
    "and", "or", "but", "nor", "so", "if", "as", "than", "that", "when", "while", "whether", "because", "since", "unless", "until",
    "till", "til", "before", "after", "once", "where", "what", "which", "who", "how", "why", "now", "on", "from", "the", "a",
    "this", "next", "last", "every", "each", "any", "some", "except", "not", "no", "only", "to", "for", "of", "in", "at", "by",
    "with", "about", "around", "over", "through", "thru", "b4", "n", "between", "do", "does", "did", "can", "could", "would", "will", "should", "may", "might",
    "must", "am", "is", "are", "was", "were", "be", "been", "think", "know", "guess", "hope", "mean", "meant", "say", "says", "said",
    "sure", "afraid", "glad", "thought", "wish", "otherwise", "maybe", "tomorrow", "today", "tonight", "week", "weekend", "time",
    "morning", "mornings", "afternoon", "afternoons", "evening", "evenings", "day", "days", "one", "ones", "thing", "things", "way",
    "place", "anything", "everything", "something", "nothing", "whatever", "whenever", "forgot", "remember", "remembered",
    "realised", "realized", "told", "tell", "feel", "believe", "suppose", "figure", "bet", "promise", "see", "heard", "noticed",
    "hours", "times", "date", "dates", "following",
    "ou", "et", "pis", "mais", "que", "qui", "pas", "le", "la", "les", "ce", "de", "du", "au", "à", "jusqu'à", "sinon", "sauf",
    "prochain", "dit", "entre", "avant", "après", "apres", "partir", "un", "une", "cette", "ni", "jusqu'au", "jusqua", "jusquau", "chaque",
    "tous", "vers", "depuis", "dès",
))

ENDS_A_THOUGHT = re.compile(  # what closes a thought, so an English weekday after it starts anew: 'no good for me Friday after 2'
    r"(?:\b(?:good|bad|fine|ok|okay|too|please|pls|lol|better|best|great|perfect|instead|though|anyway|thanks|tomorrow|today"
    r"|tonight|yet|morning|mornings|afternoons|evenings|days|much|late|anywhere|any ?day|\d{1,2}(?:st|nd|rd|th))"
    r"|\bfor (?:me|us|her|him|them)|\b(?:are|is|that's|thats|those|these) out)$")

DAY_NAMED = re.compile(r"\b(?:%s|\d{1,2}(?:st|nd|rd|th|er)|tomorrow|today|demain)\b" % "|".join(
    sorted({*(d for d in WEEKDAYS if len(d) >= 5), *(m for m in MONTHS if len(m) >= 4)}, key=len, reverse=True)))

CLAUSE = re.compile(r"[,;:()]|\s[-\u2013\u2014]\s|\b(?:and|but|so|or|then|if|because|since|when|while)\b")

SENTENCE_END = re.compile(r"[.!?]$")

WORD = re.compile(r"\S+")

SPELLED_MARK = re.compile(r"(?i:\s*\b(question mark|point d['\u2019]interrogation|exclamation (?:mark|point)|point d['\u2019]exclamation|comma|virgule)\b)")  # dictation's 'Who is this question mark'
SPELLED_STOP = re.compile(  # 'Stop period', 'Appelez-moi point', 'at 2 period Thanks': a full stop, where a sentence can end; 'a point' is a word
    r"(?i:\s*\b(?<!\bthe )(?<!\ba )(?<!\bthis )(?<!\bthat )(?<!\bholiday )(?<!\bau )(?<!\ble )(?<!\bun )(?:period|full stop|point final|point)\b)(?=\s*$|\s+[A-Z])")


def with_sentence_ends(text: str, locale: str) -> str:
    """The text with a full stop wherever a capital after a lower-case word starts a new sentence, and the punctuation
    dictation spelled out as marks."""
    text = SPELLED_STOP.sub(".", SPELLED_MARK.sub(_mark, text))
    if text.isupper() or text.islower():
        return text
    french = FRENCH_OPENERS if locale.startswith("fr") else frozenset()
    found = list(WORD.finditer(text))
    words = [match.group() for match in found]
    capitalises = any(_capital_day_led(before, word) for before, word in zip(words, words[1:]))  # 'le Mardi pis le Jeudi': so a capital day starts nothing
    ends: list[int] = []
    start = 0
    for at in range(len(words) - 1):
        if SENTENCE_END.search(words[at]) or "\n" in text[found[at].end() : found[at + 1].start()]:
            start = at + 1
        elif _opens(words[start : at + 1], words[at + 1], words[at + 2] if at + 2 < len(words) else "", french, capitalises):
            ends.append(found[at].end())
            start = at + 1
    for end in reversed(ends):
        text = f"{text[:end]}.{text[end:]}"
    return text


def _mark(spelled: re.Match[str]) -> str:
    """The mark a dictated name of one stands for."""
    said = spelled.group(1).lower()
    return "?" if "question" in said or "interrogation" in said else "!" if "exclamation" in said else ","


def _capital_day_led(before: str, word: str) -> bool:
    """A capitalised French weekday after a word that leads into it ('le Mardi', 'Pas Lundi'): capitals mid-sentence."""
    core = word.rstrip(",.!?;:)")
    return core[:1].isupper() and fold(core) in FRENCH_DAYS and _leads_on(before)


def _leads_on(word: str) -> bool:
    """`word` goes on into the next one ('until', 'le'), apostrophe however typed."""
    return word.lower().replace("\u2019", "'") in LEADS_ON


def _opens(sentence: list[str], word: str, after: str, french: frozenset[str], capitalises: bool) -> bool:
    """Whether `word` starts a sentence the writer left unmarked after the words of `sentence`."""
    before = sentence[-1].rstrip(")")
    core = word.rstrip(",.!?;:)").replace("\u2019", "'")
    if not before or not core or not core[0].isupper() or core[1:2].isupper() or not before[-1].isalnum():
        return False
    said, previous = fold(core), fold(before).replace("\u2019", "'")
    led = _leads_on(before) or corrected(previous) in LEADS_ON  # 'Thursday moring I can't'
    if len(sentence) == 1 and previous in GREETED:
        return _opener(said, french) or said in AFTER_A_NAME  # 'Morning This week is no good'
    if led and len(sentence) == 1:
        return False  # 'After I get back, the 29th': a sentence's first word, capitalised as first, that leads into the next
    if before.isupper() and len(before) > 4:
        return False  # 'YE PRIS DEDANS Merci': shouting, not the end of an acronym ('au CLSC Jeudi')
    if not (before.islower() or before.isupper() or before[0].isdigit() or previous in ENGLISH_DAYS or previous in MONTHS):
        return said in AFTER_A_NAME or said in FRENCH_DAYS and not led and not capitalises or _opener(said, french) and after[:1].islower()  # 'this is Pat Thank you', 'chez ma fille à Sudbury La semaine d'après', but 'Maria De Luca', 'Jean Le Blanc'
    if said in FIRST_PERSON:
        dated = (previous[0].isdigit() or previous in ENGLISH_DAYS or DAY_NAMED.fullmatch(previous) is not None) and fold(" ".join(sentence[-2:-1])) not in UNTIL  # 'Monday I can', not 'in hospital until Thursday I can do Friday'
        return not (led or dated or fold(after) in ASIDE_AFTER_I)  # 'Tomorrow I'm getting my hair done', 'is due I guess'
    if said in ENGLISH_DAYS:
        return _weekday_opens(sentence, previous, said, after, led)
    if said in KIN:  # 'after 4 any day Mom goes to her program', not 'Tuesday morning Dad has the clinic'
        return previous not in PART_WORDS and previous not in RELATIVE_DAYS and ENDS_A_THOUGHT.search(fold(" ".join(sentence).replace("\u2019", "'"))) is not None
    if said in FRENCH_DAYS:
        return not led and not capitalises
    return _opener(said, french)


def _opener(said: str, french: frozenset[str]) -> bool:
    """A word that opens a sentence, never one that goes on inside it when capitalised ('Mid-March would be better')."""
    return said in OPENERS or said in french or said.startswith("mid-") or ELIDED.match(said) is not None


def _weekday_opens(sentence: list[str], previous: str, said: str, after: str, led: bool) -> bool:
    """An English weekday starts a sentence after a thought that closed or a clause that named its own day."""
    if fold(after) in ("to", "through", "-") or previous in ORDINALS and fold(after) in ("of", "in"):
        return False  # 'mornings Monday to Wednesday': one span; 'the 3rd Thursday of the month': one day
    if previous in ENGLISH_DAYS or previous in WEEKDAYS:
        return previous.endswith("s") != said.endswith("s")  # 'Monday Wednesday Friday' lists; 'Mondays and Wednesdays Friday then?' does not
    said_so_far = fold(" ".join(sentence).replace("\u2019", "'"))
    if previous.endswith("'s") and DAY_NAMED.fullmatch(previous[:-2]):
        return False  # 'tomorrow's Saturday': what the day is
    return ENDS_A_THOUGHT.search(said_so_far) is not None or not led and DAY_NAMED.search(CLAUSE.split(said_so_far)[-1]) is not None
