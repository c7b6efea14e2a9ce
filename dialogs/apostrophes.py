"""Apostrophes a phone keypad left out, put back before the readers look for the words they mark: 'jai', 'cest',
'mappelle', 'Were away', 'next weeks no good', 'Im'. Only forms that are no other word are restored ('la' stays the
article unless a past participle follows it, 'its' and 'were' stay words where they can be)."""
from __future__ import annotations

from functools import lru_cache

from wordfreq import zipf_frequency

from dialogs.patterns import compile_words

ENGLISH = {
    "im": "i'm", "ive": "i've", "youre": "you're", "theyre": "they're", "weve": "we've", "theyve": "they've", "hes": "he's",
    "shes": "she's", "whos": "who's", "thats": "that's", "whats": "what's", "theres": "there's", "heres": "here's", "cant": "can't",
    "dont": "don't", "wont": "won't", "didnt": "didn't", "doesnt": "doesn't", "isnt": "isn't", "wasnt": "wasn't", "arent": "aren't",
    "werent": "weren't", "couldnt": "couldn't", "wouldnt": "wouldn't", "shouldnt": "shouldn't", "havent": "haven't", "hasnt": "hasn't",
    "hadnt": "hadn't", "itll": "it'll", "youll": "you'll", "theyll": "they'll", "mons": "mon's", "fris": "fri's",
}
FRENCH = {
    "cest": "c'est", "ctu": "c'tu", "cetait": "c'etait", "jai": "j'ai", "jaimerais": "j'aimerais", "jaime": "j'aime", "jetais": "j'etais", "javais": "j'avais",
    "jespere": "j'espere", "jarrete": "j'arrete", "jattends": "j'attends", "jhabite": "j'habite", "jarrive": "j'arrive",
    "quelquun": "quelqu'un", "mappelle": "m'appelle", "mappeler": "m'appeler", "lappelle": "l'appelle", "lappeler": "l'appeler",
    "mappelez": "m'appelez", "lappelez": "l'appelez", "madonne": "m'adonne", "marrange": "m'arrange", "mirait": "m'irait",
    "mexcuse": "m'excuse", "minteresse": "m'interesse", "mecrire": "m'ecrire", "mecrivez": "m'ecrivez", "menvoyez": "m'envoyez",
    "sest": "s'est", "sen": "s'en", "men": "m'en", "sarrete": "s'arrete", "sarretait": "s'arretait", "quon": "qu'on", "quil": "qu'il",
    "quils": "qu'ils", "quest": "qu'est", "qua": "qu'a", "quau": "qu'au", "davril": "d'avril", "daout": "d'aout", "doctobre": "d'octobre",
    "daujourd": "d'aujourd", "dautres": "d'autres", "dhopital": "d'hopital", "lhopital": "l'hopital", "linfirmiere": "l'infirmiere",
    "lhiver": "l'hiver", "lan": "l'an", "davoir": "d'avoir", "dentretien": "d'entretien", "lentretien": "l'entretien",
    "lautre": "l'autre", "dhabitude": "d'habitude", "daccord": "d'accord", "jusqua": "jusqu'a", "jusquau": "jusqu'au",
    "nimporte": "n'importe", "dair": "d'air", "quest-ce": "qu'est-ce", "lentend": "l'entend", "densuite": "d'ensuite", "daujourdhui": "d'aujourd'hui", "aujourdhui": "aujourd'hui", "lapres-midi": "l'apres-midi", "lavant-midi": "l'avant-midi",
    "lam": "l'am", "lpm": "l'pm",
}
PARTICIPLE = (r"(?:eu|verifie|repare|reparee|inspecte|checke|checkee|fait|faite|perdu|perdue|vendu|vendue|donne|donnee|regarde|change|arrange"
              r"|ajuste|installe|appele|appelee|dit|demande|ecrit|envoye|amene|amenee|emmene|emmenee|laisse|laissee)")
HAS_DONE = compile_words(rf"\b([lm])a (?={PARTICIPLE}\b)")  # 'mon gars la vérifié': l'a, 'elle ma demandé': m'a
ONE_OR_OTHER = compile_words(r"\blun (?=(?:ou|et|pis) l'?autre\b)")  # 'lun ou lautre': either one, never Monday
WE_ARE = compile_words(r"(?:^ ?|(?<=[.!?,;] )|(?<=\bbut )|(?<=\band )|(?<=\bso )|(?<=\bsince )|(?<=\botherwise )|(?<=\bbecause )|(?<=\bonce )|(?<=\bweek )|(?<=\btomorrow )|(?<=\btoday ))were (?=(?:away|home|busy|free|out|off|gone|back|at|in|around|available"
                       r"|only|usually|always|not|going|leaving|heading|visiting|flying|both|fine|good|ok|okay|up)\b)")  # 'Were away until the 18th'
ELISION = compile_words(r"^(qu|[ldjms])([aeiouyh][a-z-]{2,})$")  # 'lepicerie', 'darmand', 'lergo': an article or pronoun run into its word ('n' starts slips: 'napporte quel')
SPOKEN_JE = compile_words(r"^j(?=[bcdfgklmnpqrstvz])(?:([lmt])(?=[aeiouy]))?([a-z]{2,})$")  # 'jcomprends', 'jtexte', 'jlai': spoken French's je run into its verb, maybe with l', m' or t'
COMMON_WORD = 2.5  # the word after the letter is this common in French (Zipf scale)...
MUCH_COMMONER = 2.0  # ...and this much commoner than the two run together, which are then no word of their own
WORD = compile_words(r"\b[a-z][a-z-]*\b")
TIME_IS = compile_words(r"\b(week|weekend|morning|afternoon|evening|day|tomorrow|today|\d{1,2}(?:st|nd|rd|th))s (?=(?:no good|not good|bad|ok|okay|fine|good|out|best|better|perfect|great|full|busy|booked|a write-off)\b)")
SOMEONE_IS = compile_words(r"\b(mom|dad|mum|mother|father|husband|wife)s (?=(?:at|in|away|home|busy|out|off|gone|back|free|not|been|going|staying|visiting|having)\b)")  # 'Moms at the cottage'


def restored(text: str, locale: str) -> str:
    """The folded text with the apostrophes of contractions and elisions back."""
    if locale.startswith("fr"):
        text = HAS_DONE.sub(r"\1'a ", text)
        text = ONE_OR_OTHER.sub("l'un ", text)
        return WORD.sub(lambda m: FRENCH.get(m.group(0)) or _elided(m.group(0)), text)
    text = WE_ARE.sub("we're ", text)
    text = TIME_IS.sub(r"\1 is ", text)
    text = SOMEONE_IS.sub(r"\1 is ", text)
    return WORD.sub(lambda m: ENGLISH.get(m.group(0), m.group(0)), text)


@lru_cache(maxsize=4096)
def _elided(word: str) -> str:
    """'lepicerie' → "l'epicerie", 'jcomprends' → 'je comprends': a French word the keypad joined to the elided article or
    pronoun before it, when the joined form is far rarer than the word itself (so 'lundi', 'quelle' and 'deux' stay as they are)."""
    if spoken := SPOKEN_JE.match(word):
        pronoun, verb = spoken.groups()
        if pronoun and _much_commoner(verb, word):
            return f"je {pronoun}'{verb}"
        return f"je {word[1:]}" if _much_commoner(word[1:], word) else word
    joined = ELISION.match(word)
    if joined is None:
        return word
    return f"{joined.group(1)}'{joined.group(2)}" if _much_commoner(joined.group(2), word) else word


def _much_commoner(alone: str, joined: str) -> bool:
    """The word is common in French and the joined form far rarer, so no word of its own."""
    frequency = zipf_frequency(alone, "fr")
    return frequency >= COMMON_WORD and frequency - zipf_frequency(joined, "fr") >= MUCH_COMMONER
