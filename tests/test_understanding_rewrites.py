"""A labelled reply keeps its reading when it is written the way clients and their families also write it: after a
line saying who writes, after thanks for the reminder, with a greeting opening a later sentence, closed by thanks and
a name, a phone's signature or a laugh, or typed without apostrophes. Each rewrite runs over a fixed sample of the
tuned corpus, whose labels are met in full."""
from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from dialogs.understand import understand
from tests.corpus import Row, agrees, load_tuned

SAMPLE = load_tuned()[::3]


def _french(row: Row) -> bool:
    return row.locale.startswith("fr")


REWRITES: dict[str, Callable[[Row], str]] = {
    "a relative says who writes first": lambda row: ("Bonjour, c'est sa fille Suzanne. " if _french(row) else "Hello, this is her daughter Susan. ") + row.text,
    "a neighbour gives a name first": lambda row: ("Ici Gilles, le voisin de Jeannine. " if _french(row) else "This is Tom, Evelyn's neighbour. ") + row.text,
    "thanks for the reminder first": lambda row: ("Allô, merci pour le rappel. " if _french(row) else "Hi there, thanks for the reminder. ") + row.text,
    "a greeting opens the second sentence": lambda row: ("Désolée du retard. Bon matin! " if _french(row) else "Sorry for the late reply. Good morning! ") + row.text,
    "thanks and a name close it, unpunctuated": lambda row: row.text + (" Merci beaucoup, Linda" if _french(row) else " Thanks so much, Linda"),
    "thanks and a name close it on their own lines": lambda row: row.text + ("\nMerci\nLinda Tremblay" if _french(row) else "\nThank you\nLinda Brown"),
    "typed without apostrophes": lambda row: row.text.replace("'", "").replace("\u2019", ""),
    "the phone signs it": lambda row: row.text + ("\n\nEnvoyé de mon iPhone" if _french(row) else "\n\nSent from my iPhone"),
    "a laugh closes it": lambda row: row.text + (" mdr" if _french(row) else " lol"),
}
WHO_WRITES = {"a relative says who writes first", "a neighbour gives a name first"}
UNSURE_WITHOUT_APOSTROPHE = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|option|husband)'s\b|\bwe'd\b", re.I)  # 'Fridays no good': every Friday, or this one
ORDINAL = re.compile(r"\d(?:st|nd|rd|th)\b")  # 'Sorry for the late reply. 2nd 1 pls': the 2nd, or option 2


def _kept(rewrite: str, row: Row) -> bool:
    """The rows a rewrite leaves unambiguous: 'this is Susan' before 'wrong number' is no rewrite."""
    if rewrite in WHO_WRITES and row.intent in ("wrong_number", "help"):
        return False
    if rewrite == "typed without apostrophes":
        return not UNSURE_WITHOUT_APOSTROPHE.search(row.text)
    return not (rewrite == "a greeting opens the second sentence" and row.intent == "choose" and ORDINAL.search(row.text))


@pytest.mark.parametrize("rewrite", sorted(REWRITES))
def test_a_reply_keeps_its_reading_when_rewritten(rewrite: str) -> None:
    rows = [row for row in SAMPLE if _kept(rewrite, row)]
    misread = [(text, row.intent, row.detail, heard.intent) for row in rows
               if not agrees(row, heard := understand(text := REWRITES[rewrite](row), row.now, row.locale))]
    assert not misread, f"{len(misread)} of {len(rows)} misread, e.g. {misread[:5]}"
