"""How a refusal lists what it rules out (each thing it lists is out on its own, not a part of the next one), the
'not' that rules nothing out (the slip a correction puts right: 'I meant Thursday, not Tuesday'), the refusal a
correction makes precise ('Friday's bad, I mean next Friday') and the one it takes back ('Tuesday's no good...
wait, actually Tuesday is fine')."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dialogs.clause_phrases import PLURAL_PART_NAMES
from dialogs.patterns import compile_words
from dialogs.vocabulary import MONTHS, WEEKDAY_NAMES

if TYPE_CHECKING:
    from dialogs.clauses import Said

_REFUSING = r"(?:not|no|never|can'?t|cannot|cant|pas|jamais|aucun\w*|except|excepting|excluding|other than|sauf|excepte|a part|(?:anything|any ?time) but)"
_JOIN = r"(?:or|nor|and|ou|ni|et|pis)"
_PART = r"(?:(?:the|le|l'|in the) ?(?:morning|afternoon|evening|matin|avant-midi|apres-midi|soir)s?|" + PLURAL_PART_NAMES + ")"
_DAY = rf"(?:on |the |le |les )?(?:{WEEKDAY_NAMES})s?"

PART_OR_DAY = compile_words(  # "can't do mornings or Fridays": no morning, and no Friday at all, not Friday mornings
    rf"(\b{_REFUSING}\b[^|]*?\b{_PART}) {_JOIN} (?={_DAY}\b(?! (?:{PLURAL_PART_NAMES}|morning|afternoon|evening|matin|avant-midi|apres-midi|soir|am|pm)\b))"
)
DAY_OR_PART = compile_words(  # "no Fridays or evenings": both out, each on its own
    rf"(\b{_REFUSING}\b[^|]*?\b{_DAY}) {_JOIN} (?={_PART}(?: (?:either|please|pls|svp|non plus))?(?:$| ?[|,]))"
)

_NAMED_DAY = rf"(?:(?:this|next|the|on|le|la|ce) )?(?:{WEEKDAY_NAMES}|\d{{1,2}}(?:st|nd|rd|th|er)?|tomorrow|today|demain|aujourd'hui)\b(?: (?:prochain|the \d{{1,2}}(?:st|nd|rd|th)?|le \d{{1,2}}(?:er)?|{'|'.join(MONTHS)}))?"
MEANT_NOT = compile_words(  # 'oups je voulais dire jeudi pas mardi': Tuesday was the slip, not a day ruled out
    rf"(\b(?:i meant|i mean|meant to (?:say|write|put)|je voulais dire|je veux dire|voulais ecrire) {_NAMED_DAY}(?: (?!but\b|mais\b)[\w:']+){{0,3}}?)(?: \|)? (?:and |et )?(?:not|pas) {_NAMED_DAY}"
)

_WHICH_WEEKDAY = rf"((?:(?:this|next|the|ce|le) )?({WEEKDAY_NAMES})(?: (?:prochain|qui vient|d'apres|after next|the \d{{1,2}}(?:st|nd|rd|th)?|le \d{{1,2}}(?:er)?))?)"
MEANT_WEEKDAY = compile_words(  # 'Friday's bad, I mean next Friday': which Friday is bad
    rf"(?:i mean|i meant|je veux dire|je voulais dire) {_WHICH_WEEKDAY}"
)

_DATE = r"\d{1,2}(?:st|nd|rd|th|er)?"
_ORDINAL = r"\d{1,2}(?:st|nd|rd|th)"
DATES_GO_ON = compile_words(  # '..., 3rd or 4th' with no article, '..., le 3 ni le 4' with 'ni': the same refused list
    rf"\b{_REFUSING}\b[^|]*?\b(?:the|le|on) {_DATE} \| (?:{_ORDINAL}(?:(?: \|)? (?:or|and|nor) (?:the )?{_ORDINAL}| \| {_ORDINAL})*|(?:le )?{_DATE}(?: \|)? ni (?:le )?{_DATE})(?= ?\||$)"
)
_NEXT_WEEK = r"(?:prochain|next week|de la semaine prochaine|la semaine prochaine)"
NEITHER_NOR_NEXT = compile_words(  # 'ni lundi ni mardi prochain': one list, both of next week
    rf"\b(ni|neither|pas|not) ({WEEKDAY_NAMES}) \| (?:ni|nor) ({WEEKDAY_NAMES}) {_NEXT_WEEK}\b"
)
QUALIFIED_FIRST = compile_words(  # 'pas lundi ou mardi prochain': Monday is named with the week too
    rf"\b({WEEKDAY_NAMES}) (?:or|ou|ni|nor) (?:{WEEKDAY_NAMES}) {_NEXT_WEEK}\b"
)


def refusal_made_precise(refused: str, piece: str) -> str | None:
    """The refusal with its bare weekday replaced by the one the next clause says was meant; None when it says none."""
    meant = MEANT_WEEKDAY.fullmatch(piece)
    if meant is None or not re.search(rf"\b{meant.group(2)}\b", refused):
        return None
    return re.sub(rf"\b(?:(?:this|next|ce|le) )?{meant.group(2)}\b", meant.group(1), refused, count=1)


def without_slip_named(text: str) -> str:
    """A correction that names the day written by mistake keeps only the day meant."""
    return MEANT_NOT.sub(r"\1", text)


def split_refused_list(text: str) -> str:
    """A refused part of the day and a refused weekday said in one list, cut apart so each is ruled out whole; a list
    of refused dates cut at its commas, and of weekdays cut at 'ni', put back together ('she can't on the 2nd, 3rd or
    4th', 'ni lundi ni mardi prochain')."""
    text = DATES_GO_ON.sub(lambda listed: listed.group(0).replace(" |", ""), DAY_OR_PART.sub(r"\1 | & ", PART_OR_DAY.sub(r"\1 | & ", text)))
    return NEITHER_NOR_NEXT.sub(lambda listed: listed.group(0).replace(" | ", " ", 1).replace(" nor ", " or ").replace(" ni ", " ou "), text)


def unless_taken_back(refused: list[Said], wish: Said, away: list[Said]) -> list[Said]:
    """The refusals left when a correction wishes the very days one of them ruled out whole: the client changed their
    mind about those days. An absence stays: it is no refusal the client takes back."""
    return [said for said in refused if any(said is gone for gone in away) or not (
        said.days and set(said.days) == set(wish.days) and said.hours is None and not said.parts and not said.every)]
