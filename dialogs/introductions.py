"""Someone other than the client introduces themselves ("this is her son", "I'm her daughter", "c'est sa fille"): on a
call a relative or caregiver often answers. It is no misunderstanding: the dialog goes on with them, on the client's
behalf, as it does when a caregiver texts."""
from __future__ import annotations

import re

from dialogs.normalise import fold
from dialogs.vocabulary import WEEKDAYS

_EN_RELATIONS = (
    r"son|daughter|husband|wife|partner|spouse|care ?giver|caretaker|nurse|niece|nephew|brother|sister|grand(?:son|daughter)"
    r"|son[- ]in[- ]law|daughter[- ]in[- ]law|friend|neighbou?r|personal support worker|psw|roommate"
)
_FR_RELATIONS = (
    r"fille|fils|mari|femme|epouse|epoux|conjointe?|soeur|frere|niece|neveu|petite?-(?:fille|fils)|gendre|bru|belle-fille"
    r"|aidante?|proche aidante?|infirmiere?|prepose(?:e)?|voisine?|amie?|colocataire"
)
_SIGNED = (  # who a first sentence may say the writer is, as written (accents kept)
    _EN_RELATIONS + r"|mother|father|mom|mum|dad|grand(?:ma|pa|mother|father)|client|tenant|resident|worker|helper|coordinator|care ?worker"
    r"|fille|fils|mari|femme|[ée]pou(?:se|x)|conjointe?|s(?:oe|œ)ur|fr[èe]re|ni[èe]ce|neveu|petite?-(?:fille|fils)|gendre|bru|belle-fille|aidante?"
    r"|proche aidante?|infirmi[èe]re?|pr[ée]pos[ée]e?|voisine?|amie?|colocataire|m[èe]re|p[èe]re|r[ée]sidente?|locataire"
)
INTRODUCTION = re.compile(
    rf"\b(?:this is|it'?s|i'?m|i am|im|you'?re speaking (?:to|with))\s+(?:(?:his|her|their)\s+)(?:{_EN_RELATIONS})\b"
    rf"|\b(?:speaking|calling|answering) (?:for|on behalf of) (?:my|his|her) (?:mother|father|mom|mum|dad|husband|wife|{_EN_RELATIONS})\b"
    r"|\bon (?:his|her|their) behalf\b"
    rf"|\b(?:c'?est|je suis|ici|vous parlez (?:a|avec))\s+(?:sa|son|leur)\s+(?:{_FR_RELATIONS})\b"
    r"|\b(?:de sa part|en son nom|pour (?:ma|mon) (?:mere|pere|mari|femme|conjointe?))\b"
)


OPENING = re.compile(  # a first sentence that only says who writes, or thanks: 'Hello, this is her daughter Susan.', 'Mike here.'
    r"\s*(?:(?i:(?:hi|hello|hey)(?: there)?|bonjour|allo|allô|salut|good (?:morning|afternoon|evening)|bon matin)[\s,!]*)?"
    r"(?:(?i:(?:thanks?|thank you|merci)(?: (?:so much|very much|a lot|beaucoup|bien))? (?:for|pour) (?:the|your|le|la|votre|ton|ta) (?:reminder|message|text|note|rappel|texto|message texte))"
    r"|(?i:this is|it'?s|it is|c'?est|ici|my name is|je m'appelle|je suis|i'?m|i am)\s+[A-Z\u00c0-\u00dd][a-z\u00e0-\u00ff][\w'-]*(?:\s+[A-Z\u00c0-\u00dd][a-z\u00e0-\u00ff][\w'-]*)?"
    r"|[A-Z\u00c0-\u00dd][a-z\u00e0-\u00ff][\w'-]*(?:\s+[A-Z\u00c0-\u00dd][a-z\u00e0-\u00ff][\w'-]*)?\s+(?i:here|ici))"  # a name, not a word in capitals ('C'EST URGENT.')
    r"(?:,?\s+(?:(?:[A-Z][\w-]*'s|(?i:his|her|their|my|sa|son|le|la|l'))\s+(?:[\w-]+'s\s+)?(?i:" + _SIGNED + r")\b"  # 'her daughter Susan', not 'my husband passed'
    r"(?:\s+(?i:and|et)\s+[\w-]+)?(?:\s+(?i:of|de|du|for|pour)\s+[\w' .-]{1,30}|(?:\s+[A-Z][\w'-]*){0,2})|(?i:from|de)\s+[\w' -]{1,40}))?\s*[.!\n]+")
SAYS_MORE = re.compile(r"\b(?:%s|not|n't|pas|wrong|mauvais|today|tomorrow|demain|aujourd'hui|week|semaine|weekend|urgent|urgence|emergency|help|aide|stuck|pris|pogne)\b"
                       % "|".join(WEEKDAYS))  # 'It's Monday.', 'It's urgent.'
INTRODUCED = re.compile(r"\s*(?:[^.!?\n\d]|(?:(?<=Mrs)|(?<=Mr)|(?<=Ms)|(?<=Dr)|(?<=St)|(?<=Mme))\.){0,80}[.!\n]+")  # 'This is Mrs. Price.' is one sentence


def without_introduction(text: str) -> str:
    """The reply after a first sentence that only introduces the writer, which says nothing of what they want."""
    first = INTRODUCED.match(text)
    if first is None or first.end() == len(text.rstrip()) or SAYS_MORE.search(fold(first.group(0))):
        return text
    said = fold(first.group(0))
    named = INTRODUCTION.search(said)
    if OPENING.fullmatch(first.group(0)) or named and len(re.findall(r"\w+", said[: named.start()] + said[named.end():])) <= 3:
        return text[first.end():]
    return text


def introduces_someone_else(text: str) -> bool:
    """Whether the reply is someone saying they answer for the client."""
    return INTRODUCTION.search(fold(text).replace("\u2019", "'")) is not None


A_RELATIVE = re.compile(rf"\b(?:his|her|their|sa|son|leur) (?:{_EN_RELATIONS}|{_FR_RELATIONS})\b")  # 'Not Helen, her husband here': someone answering for her
TITLE = r"(?:(?:mrs|mr|ms|miss|dr|mme|madame|monsieur|m)\.? )?"
NOT_THE_CLIENT = re.compile(  # the writer says they are not someone named, or do not know them: the name is then compared with the client's
    r"(?:^|[.!?,;\n]\s*|\b(?:this is|this'?s|it'?s|it is|i'?m|i am|im) )(?:not|isn'?t|ain'?t) " + TITLE + r"(?P<a>[a-z][a-z'-]+)\b(?!'s|-)"
    r"|\b(?:this|it) (?:isn'?t|is not|ain'?t) " + TITLE + r"(?P<b>[a-z][a-z'-]+)\b(?!'s|-)"
    r"|\bwho(?: is|'?s) (?:this )?" + TITLE + r"(?P<c>[a-z][a-z'-]+)\b(?!'s|-)"
    r"|\b(?:(?:i )?(?:don'?t|do not) know (?:any |an? |no )?|never heard of )" + TITLE + r"(?P<d>[a-z][a-z'-]+)\b(?!'s|-)"
    r"|\b(?:je (?:ne )?suis|c'?est|ce n'est|ici c'est|moi c'est) (?:pas|pu|plus) " + TITLE + r"(?P<e>[a-z][a-z'-]+)\b(?!-)"
    r"|\b(?:c'?est qui |qui est |connais (?:pas|aucune?) (?:de )?)" + TITLE + r"(?P<f>[a-z][a-z'-]+)\b(?!-)"
)


def denies_being_client(text: str, client_name: str) -> bool:
    """'This is not Helen', 'Je suis pas Jacques', 'Who is Ruth?': a wrong number that only the client's name tells
    apart from 'I'm not sure' or 'who is this', so it is read here, where the name is known, and not by `understand`.
    Someone answering for the client ('not Helen, her husband') is no wrong number."""
    names = {fold(part) for part in re.findall(r"[^\W\d_][\w'-]+", client_name)}
    said = fold(text).replace("\u2019", "'")
    if not names or introduces_someone_else(text) or A_RELATIVE.search(said):
        return False
    return any(next(name for name in match.groups() if name) in names for match in NOT_THE_CLIENT.finditer(said))
