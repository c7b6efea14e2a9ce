"""Words as clients type them on a phone, put right: keypad shorthand ('tmrw', 'jsuis'), and slips of the fingers
towards a small vocabulary of time and intent words. Only that vocabulary is a target, so a real word is never
'corrected' into another one unless it is a slip of a time word that is itself rare in these texts ('moon' for 'noon').
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import DamerauLevenshtein

from dialogs.slips import ELIDED_WORD, STEMS, TARGET_SET, is_word, keyed, nearest
from dialogs.vocabulary import MONTHS, PART_WORDS, RELATIVE_DAYS, WEEKDAYS

# typos are corrected towards these words only: long enough that a near miss is not another real word
HYPHENATED = ("avant-midi", "apres-midi")
KNOWN = set(WEEKDAYS) | set(RELATIVE_DAYS) | set(PART_WORDS) | set(MONTHS)
KNOWN |= {f"{word}-la" for word in (*PART_WORDS, "jour", "journee", "semaine")}  # 'cet après-midi-là': that one, no slip
TYPO_TARGETS = {"option", "fauteuil", "wheelchair", "scooter", "except", "cancel", "annuler", "please", "number", "numero", "husband", "appointment", "semaine", "prochaine", "prochain",
                "before", "mauvais", "second", "third", "premier", "deuxieme", "troisieme", "avant-midi", "apres-midi",
                "serviced", "unsubscribe", "holidays", "fetes", "between", "after", "boxing", "hospital", "dialyse", "dialysis"}
VOCABULARY = sorted(
    {w for w in set(RELATIVE_DAYS) | set(PART_WORDS) if len(w) >= 5 and w.replace("-", "").isalpha()}
    | {w for w in MONTHS if len(w) >= 6}
    | {w for w in WEEKDAYS if len(w) >= 5} | TYPO_TARGETS
)
SHORTHAND = {  # how clients spell time words on a phone keypad, in either language
    "2morrow": "tomorrow", "tmrw": "tomorrow", "tmr": "tomorrow", "tomoz": "tomorrow", "2moro": "tomorrow", "tmw": "tomorrow", "tomoro": "tomorrow", "tomorow": "tomorrow", "tomm": "tomorrow", "2day": "today",
    "msging": "messaging", "b4": "before", "wrks": "works", "wrk": "work", "afta": "after", "aftr": "after", "hw": "how", "msgs": "messages", "msg": "message", "semenne": "semaine", "semmene": "semaine", "aft": "afternoon", "aftn": "afternoon", "aftrn": "afternoon", "aftrnn": "afternoon", "arvo": "afternoon", "wk": "week", "wks": "weeks", "mornin": "morning",
    "mrng": "morning", "morn": "morning", "evng": "evening", "nite": "night", "tonite": "tonight", "wkend": "weekend",
    "wknd": "weekend", "nxt": "next", "bc": "because", "cuz": "because", "coz": "because", "u": "you", "pls": "please", "plz": "please",
    "lunh": "lunch", "supr": "supper", "suppr": "supper", "nt": "not", "possib": "possible", "moin": "moins", "tday": "today", "lat": "late", "frst": "first", "ani": "any", "nexxt": "next", "exept": "except", "respit": "respite",
    "mindy": "monday", "thirsty": "thursday", "2nite": "tonight", "2night": "tonight", "cn": "can", "teh": "the", "quater": "quarter",
    "frist": "first", "dapres": "d'apres", "ducker": "doctor", "docter": "doctor", "doctr": "doctor", "sus": "suis", "til": "till", "im": "i'm", "ths": "this", "ur": "your", "weke": "week", "weks": "weeks", "wek": "week", "forenoon": "morning", "apre": "apres", "aprè": "apres", "aprs": "apres", "nex": "next", "avan": "avant", "sete": "cette", "stt": "cette", "jedi": "jeudi", "jeudu": "jeudi",
    "nimporte": "n'importe", "napporte": "n'importe", "naporte": "n'importe", "nimport": "n'importe", "kel": "quel", "kelle": "quelle", "kan": "quand", "qd": "quand", "chu": "je suis",
    "chus": "je suis", "jsuis": "je suis", "jpeux": "je peux", "dmain": "demain", "ajd": "aujourd'hui", "auj": "aujourd'hui",
    "arond": "around", "aroun": "around", "arround": "around", "afer": "after", "wat": "what", "sory": "sorry",
    "pased": "passed", "mnth": "month", "quelqun": "quelqu'un", "allready": "already", "alredy": "already", "recieved": "received",
    "2iem": "deuxieme", "3iem": "troisieme", "fornoon": "morning", "arund": "around", "aroud": "around", "arnd": "around",
    "thnks": "thanks", "thnx": "thanks", "2ieme": "deuxieme", "2eme": "deuxieme", "2e": "deuxieme", "3ieme": "troisieme", "3eme": "troisieme", "3e": "troisieme",
    "erly": "early", "lavant": "avant", "lapres": "apres", "mecrit": "m'ecrit", "menvoyez": "m'envoyez", "mecrivez": "m'ecrivez", "mecri": "m'ecrit", "m'ecri": "m'ecrit", "jveu": "je veux", "jveux": "je veux",
    "kelkun": "quelqu'un", "kelkin": "quelqu'un", "txting": "texting", "txt": "text", "txts": "texts", "thx": "thanks", "sem": "semaine", "semene": "semaine", "semmaine": "semaine", "proch": "prochaine", "pcq": "parce que", "tjrs": "toujours", "thos": "this", "frm": "from", "jrs": "jours", "jconais": "je connais", "jconnais": "je connais",
    "lopsion": "l'option", "loption": "l'option", "opsion": "option", "mecrire": "m'ecrire", "arete": "arrete", "smokin": "smoking", "hav": "have",
    "giv": "give", "noo": "no", "whatevr": "whatever", "watever": "whatever", "btwn": "between", "btw": "between", "xcpt": "except", "excpt": "except", "exc": "except", "wkday": "weekday", "wkdays": "weekdays", "nnon": "non", "gud": "good", "stoped": "stopped", "stopt": "stopped", "gav": "gave", "bak": "back", "thn": "then", "passd": "passed", "pasd": "passed", "resched": "reschedule", "reschedual": "reschedule", "reshedule": "reschedule", "gd": "good", "hwo": "how", "ouai": "ouais", "dacord": "d'accord", "daccor": "d'accord", "d'accor": "d'accord",
    "cxl": "cancel", "canx": "cancel", "cxld": "cancelled", "apptmt": "appointment", "appmt": "appointment", "apptment": "appointment", "appntmt": "appointment",
    "tmrws": "tomorrow is", "2morow": "tomorrow", "2mrw": "tomorrow", "2mro": "tomorrow", "tmrrw": "tomorrow", "tmrow": "tomorrow", "tomorrows": "tomorrow is", "todays": "today is", "mecredi": "mercredi", "mercedi": "mercredi",
}
SHORTHAND_EN = {"wht": "what", "wut": "what", "mich": "much", "somethin": "something", "ther": "there", "hoe": "how", "thse": "these", "hre": "here", "thru": "through", "mutch": "much", "anymor": "anymore", "bt": "but", "hiw": "how", "cst": "cost", "lfit": "lift", "soldthe": "sold the", "wends": "wednesday", "wedns": "wednesday", "wednes": "wednesday", "b": "be", "w": "with", "wens": "wednesday", "wenz": "wednesday", "r": "are", "prise": "price", "o": "of", "fo": "of", "dis": "this", "mont": "month"}  # English only: 'r' is no French word either, but keep French untouched
SHORTHAND_FR = {"fai": "fait", "aplez": "appelez", "apelez": "appelez", "rapellez": "rappelez", "rappellez": "rappelez", "rapellez-moi": "rappelez-moi", "rappellez-moi": "rappelez-moi", "rapeller": "rappeler", "bonneheure": "bonne heure", "heur": "heure", "dapre": "d'apres", "lapre": "l'apres", "apremidi": "apres-midi", "l'apremidi": "l'apres-midi", "lapremidi": "l'apres-midi", "dapremidi": "d'apres-midi",
                "wi": "oui", "nn": "non", "dinne": "diner", "dinner": "diner", "prochin": "prochain", "prochen": "prochain", "prochene": "prochaine", "ste": "cette", "vacance": "vacances", "qqun": "quelqu'un", "qqn": "quelqu'un", "qq1": "quelqu'un", "aretez": "arretez", "arettez": "arretez", "telephonnez": "telephonez", "telephoner-moi": "telephonez-moi", "nan": "non", "quite": "quitte", "quites": "quittes", "parfai": "parfait", "dmn": "demain", "mdi": "midi", "c'te": "cette", "apm": "apres-midi", "ver": "vers", "vrs": "vers", "pa": "pas", "dinee": "diner", "c": "c'est", "ke": "que", "pr": "pour", "pi": "pis", "lun": "lundi", "mar": "mardi", "mer": "mercredi", "merc": "mercredi",
                "jeu": "jeudi", "ven": "vendredi", "vend": "vendredi", "foye": "foyer", "dla": "de la", "cte": "cette", "sta": "cette", "d": "de", "cest": "c'est", "ki": "qui", "jusquau": "jusqu'au", "jusqua": "jusqu'a", "avent": "avant",
                "dem1": "demain", "2m1": "demain", "ds": "dans", "fds": "fin de semaine", "dacc": "d'accord", "d'acc": "d'accord", "dac": "d'accord", "d'ac": "d'accord"}  # French only: 'mar' is March, 'sa' a word in English
DAY_NAMES = [w for w in WEEKDAYS if len(w) >= 5] + ["demain", "matin", "tomorrow", "today", "morning", "evening"]
REAL_WORDS = {"mari", "marde", "maudi", "lundis", "jeudis", "mardis", "sunday", "monde", "model", "modem", "sundae", "mates", "mains", "matinal",
              "premiere", "demande", "demandes", "months", "seconde", "main",
              "past", "form", "soit", "remain", "service", "services", "tight", "ares", "apes", "pres", "ever", "ment", "vent", "mart", "marc", "wong",
              "cancer", "chance", "charge", "pride", "prince", "prime", "rice", "stock", "stick", "hanged", "changes", "sole", "solo", "dies", "diet", "dined", "tied", "stuff", "might", "gill", "avais", "avait", "mavis", "numbered", "pleased", "etre", "enter", "ente", "entree",
              "pleasure", "lease", "leased", "subscribe", "subscribed", "subscriber"}  # a slip away from a time word, but words


PARTS_OF_DAY = {*HYPHENATED, "aprem"}
PRONOUNS_AFTER = {"moi", "le", "la", "les", "lui", "leur", "nous", "vous"}  # 'appelez-moi', 'annulez-le': a verb before them
ELIDED = {*PARTS_OF_DAY, "apres", "avant", "option"}  # words a French elision is put before


@lru_cache(maxsize=8192)
def corrected(word: str) -> str:
    """The vocabulary word a slip was meant for, or the word itself."""
    if spoken := _schwa_dropped(word):
        return spoken
    elided = re.fullmatch(r"([cdjlmnst]')([a-z-]{4,})", word)
    if elided and (rest := corrected(elided.group(2))) in ELIDED:  # "l'avannt-midi", "d'arpem": the time word, read as without the elision
        return rest if rest in PARTS_OF_DAY else elided.group(1) + rest
    if "-" in word and not process.extractOne(word, HYPHENATED, scorer=fuzz.ratio, score_cutoff=82):  # 'mid-jnauary'
        parts = [part if is_word(part) else corrected(part) for part in word.split("-")]
        return "-".join(parts) if set(parts[1:]) <= KNOWN | PRONOUNS_AFTER else word  # 'mid-jnauary', 'appeelez-moi'
    if word.endswith("y") and word[:-1] + "i" in WEEKDAYS:  # 'jeudy', 'mardy'
        return word[:-1] + "i"
    if len(word) < 4 or word in KNOWN or word in REAL_WORDS or (word.endswith("s") and (word[:-1] in KNOWN or word[:-1] in TYPO_TARGETS)):  # 'fridays' is no typo
        return word
    if meant := nearest(word):
        return meant
    if not word.replace("-", "").isalpha():
        return word
    targets = HYPHENATED if "-" in word else VOCABULARY  # 'avan-midi' is a typo of 'avant-midi', 'mi-janvier' of nothing
    match = process.extractOne(word, targets, scorer=fuzz.ratio, score_cutoff=82) if len(word) >= 5 else None
    if match and is_word(word) and not _one_slip_or_clipped(word, match[0]):
        match = None  # 'served' is no 'serviced', 'disappointment' no 'appointment': a real word is only ever one slip off
    if match is None and len(word) <= 6:  # 'juedi', 'mrdi', 'fidray': one slip in a short day name
        match = process.extractOne(word, DAY_NAMES, scorer=DamerauLevenshtein.distance, score_cutoff=1)
    if match is None and word.endswith("s") and len(word) >= 7:  # 'tusedays': a slip in a plural day name
        stem = corrected(word[:-1])
        return stem + "s" if stem in WEEKDAYS else word
    if match is None and len(word) >= 4:  # 'stpo', 'lsat', 'arpund', 'avabt': fingers a key apart; 'avannt', 'avat': a key twice or missed
        return _slipped(word) or _doubled(word) or _missed(word) or word
    return match[0] if match else word



def _one_slip_or_clipped(word: str, target: str) -> bool:
    """A real word read as a target one edit away ('mourning', 'martin'), two with its length kept (a common
    misspelling: 'tommorow', 'holliday') or as its start or stem ('vendre', 'hospitalise'): a farther real word is
    itself, not a slip."""
    edits = DamerauLevenshtein.distance(word, target, score_cutoff=2)
    return edits <= 1 or (edits == 2 and len(word) == len(target)) or target.startswith(word) or word.startswith(target)


def _schwa_dropped(word: str) -> str | None:
    """Spoken French drops the 'e' of a first syllable and writes an apostrophe for it ('la s'maine', 'd'main
    matin'): the time word it was, and only a time word, so an elision ('l'heure') stays."""
    spoken = re.fullmatch(r"([bcdfglmnprstv])'([a-z]{3,})", word)
    if spoken is None:
        return None
    full = f"{spoken.group(1)}e{spoken.group(2)}"
    return full if full.removesuffix("s") in KNOWN or full.removesuffix("s") in TYPO_TARGETS else None


SLIP_TARGETS = tuple(sorted(set(VOCABULARY) | {"stop", "last", "from", "what", "week", "noon", "this", "wrong", "next", "lunch", "midi", "soir",
                                                 "till", "until", "around", "after", "avant", "apres", "already", "middle", "weekend", "aprem", "april", "avril", "march", "entre",
                                                 "price", "combien", "stuck", "change", "texting", "sold", "died", "cancel", "itself"}))


@lru_cache(maxsize=4096)
def _slipped(word: str) -> str | None:
    """The target one slip away: two letters swapped, or one key hit beside the right one."""
    return next((target for target in SLIP_TARGETS if len(target) == len(word) and DamerauLevenshtein.distance(word, target, score_cutoff=1) == 1
                 and keyed(word, target)), None)


def _doubled(word: str) -> str | None:
    """The target typed with one key pressed twice ('avannt', 'aprres')."""
    for i in range(1, len(word)):
        if word[i] == word[i - 1] and (single := word[:i] + word[i + 1:]) in SLIP_TARGETS:
            return single
    return None


@lru_cache(maxsize=4096)
def _missed(word: str) -> str | None:
    """The one target typed with one key missed after its first letter ('avat', 'luch', 'aprm'); a real word stays."""
    found = {target for target in SLIP_TARGETS if len(target) == len(word) + 1 and target[0] == word[0] and len(target) >= 5 and not target.endswith("s")
             and any(target[:i] + target[i + 1:] == word for i in range(1, len(target)))}
    return found.pop() if len(found) == 1 else None


JOINABLE = frozenset(
    {w for w in set(WEEKDAYS) | set(PART_WORDS) | set(RELATIVE_DAYS) if len(w) >= 3 and w.isalpha()}
    | {"next", "this", "week", "weekend", "semaine", "prochaine", "prochain", "after", "before", "apres", "avant", "or", "and", "ou",
       "et", "any", "day", "time", "anytime", "only", "please", "thanks", "merci", "svp", "pls"}
)
COMPOUNDS = frozenset({  # real words made of two time words
    "weekday", "weekend", "anytime", "anyday", "everyday", "someday", "sometime", "daytime", "nighttime", "lunchtime", "suppertime",
    "dinnertime", "bedtime", "overnight", "tonight", "afternoon", "midday", "midweek", "weeknight", "thisday", "nextday", "noonish"})
TIME_PIECES = frozenset(WEEKDAYS) | frozenset(PART_WORDS) | frozenset(RELATIVE_DAYS) | {"week", "weekend", "semaine"}


TIME_ANCHORS = frozenset(w for w in JOINABLE if len(w) >= 4)
ANCHORS = TIME_ANCHORS | TYPO_TARGETS | TARGET_SET  # what a word glued to any other one must hold: 'freethursday', 'notbefore', 'wrongnumber', 'howmuch'
WHOLE_TIME_WORDS = frozenset(w for w in TIME_PIECES | TIME_ANCHORS if len(w) >= 4 and w.isalpha()) | {
    f"{day}s" for day in WEEKDAYS if len(day) >= 5}  # 'fridaysafter', 'jeudisavant'
GLUE = frozenset({  # the short words a time word is most often typed against: 'weekof', 'tuesdayat', 'semainedu', 'amatin', 'nextwk'
    "a", "at", "is", "of", "or", "on", "in", "to", "the", "and", "but", "for", "are", "if", "be", "by", "so", "wk",
    "works", "work", "would", "good", "fine", "ok",
    "au", "du", "de", "des", "la", "le", "les", "si", "ca", "ce", "en", "et", "ou", "pis", "pour", "vers", "dans"})
GLUED_ELISION = re.compile(rf"([a-z]{{4,}})({ELIDED_WORD}[a-z]+)")  # 'vendredic'est', 'prochainen'importe'
ELIDED_FIRST = re.compile(rf"({ELIDED_WORD}|jusqu')([a-z]{{5,}})")  # 'jusqu'ajeudi': the glue is after the elision
GLUED_HYPHENATED = re.compile(r"([a-z]{4,})((?:apres|avant)-midis?)")  # 'jeudiapres-midi', 'demainapres-midi'
SUBJECTS = ("i", "we", "he", "she", "they", "mom", "mum", "dad", "il", "elle", "on", "hes", "shes")  # 'wemoved', 'mompassed', 'ondemenage', 'hespassed'
BEFORE_VERB = ("la", "le", "les", "lui", "a", "est", "ont")  # 'onlavendu', 'ilestdecede': an object or auxiliary between subject and verb
OBJECTS = ("me", "us", "moi", "nous")  # 'callme', 'appelezmoi'
SHORTEST_VERB = 4  # a shorter rest too often makes a word of another one ('heres': 'he res')


@lru_cache(maxsize=4096)
def split_joined(word: str) -> str:
    """Words typed without their spaces ('nextweek', 'mondaymorning', 'lundimatin', 'thursdayorfriday'), split into
    the time words they are made of, or into a time or intent word and any other word ('freethursday', 'cettesemaine',
    'notbefore', 'wrongnumber') when the whole is no word and no slip of one; a whole time word and one short word glued to it
    ('weekof', 'tuesdayat', 'semainedu', 'vendredic'est') are split even when a slip could explain it, since the split
    needs no slip at all; a subject typed against its verb ('wemoved') is split too; any other word is left alone."""
    number = re.fullmatch(r"([a-z]{7,})(\d{1,2})", word)  # 'thursdayorfridayafter3'
    if number and (split := split_joined(number.group(1))) != number.group(1):
        return f"{split} {number.group(2)}"
    if (elided := GLUED_ELISION.fullmatch(word) or GLUED_HYPHENATED.fullmatch(word)) and elided.group(1) in WHOLE_TIME_WORDS:
        return f"{elided.group(1)} {elided.group(2)}"
    if (elided := ELIDED_FIRST.fullmatch(word)) and (split := split_joined(elided.group(2))) != elided.group(2):
        return elided.group(1) + split
    if len(word) < 5 or not word.isalpha() or word in JOINABLE or word in REAL_WORDS or word.rstrip("s") in COMPOUNDS:
        return word
    if len(word) >= 7 and (pieces := _pieces(word, JOINABLE.__contains__)) and any(p in TIME_PIECES for p in pieces):
        return " ".join(pieces)
    if is_word(word):
        return word
    glued = _pieces(word, lambda piece: piece in GLUE or piece in WHOLE_TIME_WORDS)
    if glued and len(glued) == 2 and any(p in WHOLE_TIME_WORDS for p in glued) and not _clipped(word):  # no slip needed to read it
        return " ".join(glued)
    if word in TARGET_SET or nearest(word) or _clipped(word):
        return word
    if pronoun := _pronoun_glued(word):
        return pronoun
    if len(word) < 7:
        return word
    pieces = _pieces(word, lambda piece: piece in JOINABLE or len(piece) >= 2 and is_word(piece))
    return " ".join(pieces) if pieces and any(p in ANCHORS for p in pieces) and not _cuts_a_stem(word, pieces[0]) else word


def _cuts_a_stem(word: str, first: str) -> bool:
    """The first piece ends inside a stem the readers take any ending after: 'cancelle' is 'cancel' conjugated, not 'can celle'."""
    return any(word.startswith(stem) and len(first) < len(stem) for stem in STEMS)


def _pronoun_glued(word: str) -> str | None:
    """A subject typed against the verb after it ('wemoved', 'shepassed', 'onlavendu'), or a verb against its object
    ('callme'): split, since the verb is what the intent readers look for; None when no pronoun and real word make it up."""
    for subject in (s for s in SUBJECTS if word.startswith(s)):
        rest = word[len(subject):]
        if len(rest) >= SHORTEST_VERB and is_word(rest):
            return f"{subject} {rest}"
        between = next((w for w in BEFORE_VERB if rest.startswith(w) and len(rest) - len(w) >= SHORTEST_VERB and is_word(rest[len(w):])), None)
        if between:
            return f"{subject} {between} {rest[len(between):]}"
    verb = next((word[: -len(o)] for o in OBJECTS if word.endswith(o) and len(word) - len(o) >= SHORTEST_VERB and is_word(word[: -len(o)])), None)
    return f"{verb} {word[len(verb):]}" if verb else None


def _clipped(word: str) -> bool:
    """A time word typed with letters left out ('aftnoon'): one word short of its letters, not two glued together."""
    meant = process.extractOne(word, VOCABULARY, scorer=fuzz.ratio, score_cutoff=82)
    return meant is not None and len(meant[0]) > len(word)


def _pieces(word: str, allowed: Callable[[str], bool]) -> list[str] | None:
    """The fewest allowed pieces, two or more, that make up the word, of those the most made of time words ('jeudi
    vers', not 'jeu divers'); None when there are none."""
    best: list[list[str] | None] = [[]] + [None] * len(word)  # best[i]: the best pieces that make up word[:i]
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - 10), end):
            piece, before, after = word[start:end], best[start], best[end]
            if before is not None and allowed(piece) and (after is None or _rank(before + [piece]) < _rank(after)):
                best[end] = before + [piece]
    pieces = best[len(word)]
    return pieces if pieces and len(pieces) > 1 else None


def _rank(pieces: list[str]) -> tuple[int, int]:
    return len(pieces), -sum(len(piece) for piece in pieces if piece in JOINABLE)


SHORT_DAYS = {"mon": "monday", "tue": "tuesday", "tues": "tuesday", "wed": "wednesday", "weds": "wednesday", "thu": "thursday",
              "thur": "thursday", "thurs": "thursday", "fri": "friday", "sat": "saturday", "sun": "sunday"}


def day_before_part(word: str) -> str:
    """A word just before a part of day that is a short day name, or one slip from one ('weeds afternoon', 'sat aftn'):
    'sat' and 'sun' are words too, but not before 'afternoon'."""
    if word in SHORT_DAYS:
        return SHORT_DAYS[word]
    if word in WEEKDAYS or word in REAL_WORDS or len(word) < 4:
        return word
    near = [day for short, day in SHORT_DAYS.items() if len(short) >= 4 and DamerauLevenshtein.distance(word, short, score_cutoff=1) <= 1]
    return near[0] if len(set(near)) == 1 else word
