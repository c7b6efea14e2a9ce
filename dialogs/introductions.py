"""Someone other than the client introduces themselves ("this is her son", "I'm her daughter", "c'est sa fille"): on a
call a relative or caregiver often answers. It is no misunderstanding: the dialog goes on with them, on the client's
behalf, as it does when a caregiver texts."""
from __future__ import annotations

import re

from dialogs.normalise import fold

_EN_RELATIONS = (
    r"son|daughter|husband|wife|partner|spouse|care ?giver|caretaker|nurse|niece|nephew|brother|sister|grand(?:son|daughter)"
    r"|son[- ]in[- ]law|daughter[- ]in[- ]law|friend|neighbou?r|personal support worker|psw|roommate"
)
_FR_RELATIONS = (
    r"fille|fils|mari|femme|epouse|epoux|conjointe?|soeur|frere|niece|neveu|petite?-(?:fille|fils)|gendre|bru|belle-fille"
    r"|aidante?|proche aidante?|infirmiere?|prepose(?:e)?|voisine?|amie?|colocataire"
)
INTRODUCTION = re.compile(
    rf"\b(?:this is|it'?s|i'?m|i am|im|you'?re speaking (?:to|with))\s+(?:(?:his|her|their)\s+)(?:{_EN_RELATIONS})\b"
    rf"|\b(?:speaking|calling|answering) (?:for|on behalf of) (?:my|his|her) (?:mother|father|mom|mum|dad|husband|wife|{_EN_RELATIONS})\b"
    r"|\bon (?:his|her|their) behalf\b"
    rf"|\b(?:c'?est|je suis|ici|vous parlez (?:a|avec))\s+(?:sa|son|leur)\s+(?:{_FR_RELATIONS})\b"
    r"|\b(?:de sa part|en son nom|pour (?:ma|mon) (?:mere|pere|mari|femme|conjointe?))\b"
)


def introduces_someone_else(text: str) -> bool:
    """Whether the reply is someone saying they answer for the client."""
    return INTRODUCTION.search(fold(text).replace("\u2019", "'")) is not None
