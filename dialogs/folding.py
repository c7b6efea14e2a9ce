"""How clients' words are compared: lower case, accents and ligatures dropped. One job, so the reading of a text and
the word lists it is checked against fold the same way."""
from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Lower case, accents and ligatures dropped: how clients' words are compared ('Décédé' is 'decede', 'sœur' 'soeur')."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower().replace("œ", "oe").replace("æ", "ae")) if not unicodedata.combining(c))
