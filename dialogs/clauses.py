"""A reply cut into clauses, each one negative or not (a negation, a busy reason), and what one clause names."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from dialogs.vocabulary import DayParts, HORIZON_DAYS, Hours, PART_WORDS, RELATIVE_DAYS, WEEKDAYS, WEEKDAY_NAMES
from dialogs.clock import LETS_IN, named_hours
from dialogs.days import BEFORE_DATE, DATE_SPAN, WEEKS_AFTER_DATE, fortnight, named_dates, named_days, named_offsets, named_ranges, named_week, weekday_dates
from dialogs.patterns import search, sub
from dialogs.refusals import QUALIFIED_FIRST, refusal_made_precise, split_refused_list, without_slip_named
from dialogs.when_phrases import AWAY_SPAN, CONTRAST_FIRST, DAY_TAKEN, SPAN_OF_WEEKDAYS, THAT_DAY
from dialogs.clause_phrases import (
    BEST_WHEN, BUSY_NOW, CONDITION, COUNTED_EVENTS,
    BARE_CLOCK_SPAN, BARE_PART, PART_WORD,
    LATER_THAT_WEEK, WEEKDAY_OF_WEEK, ONE_AFTER_WEEK, OTHER_WEEK, ABSENCE_WISH, AFTER_WHAT, AWAY, AND_DAY_OFF, ANY_DAY_BUT, ANY_DAY_WORDS, ASIDE, AWAY_UNTIL_FIRST, BACK_FROM, BARE_SPAN, BECAUSE, BEFORE_LEAVING,
    BEFORE_AFTER_THAT, BETTER_THAN, BETWEEN_DATES, BUSY, COMMENT, CONTRAST, CORRECTION, DATED_WEEKDAY, DATE_LIST, DATE_ONLY,
    DATE_THEN_DATE_WITH_PART, DAYS_ONLY, INSTEAD_OF_DAY, RATHER_FIRST, DAY_AND_PART_PAIR, DAY_AND_PART_THEN_DAY, LISTED_DAY_WITH_HOURS, DAY_OFF, DAY_THEN_DAY_AND_PART, DAY_THEN_DAY_WITH_PART,
    DAY_WORD, DIGIT, ONLY_TIME_IS, DISCHARGE_DAY, EVENT, EVERY_ONE, EVERY_WEEK, EXCEPT, FILLER, FORGET_THAT, GOT_THE_MESSAGE, HABIT, NO_THEN_WITHDRAWN, WITHDRAWN_DAY,
    DAYS_DESCRIBED, EXCEPT_DAYS_WHEN, FORTNIGHTLY, LISTED_BUSY, NEXT_TIME_IS, OUTING_HOURS, THAT_IS_EVERY,
    HABIT_DAY_AT_END, HABIT_DAY_FIRST, HABIT_REASON, HELPER_THERE, HE_OR_SHE, HOLIDAY_REASON, HOURS_BOUND, IF_TAKEN,
    IF_YOU_DO, INTRODUCTION, LEAVING, LIST_GOES_ON, LIST_TAIL, LIST_THEN_CLAUSE, MEAL_REASON, SO_THAT_DAY, THAT_DAY_REFUSED, WEEK_THEN_OTHER_DAYS, MINE_BUSY, MODAL, NAMED_WEEK,
    NEGATIVE, NEXT_ERRAND, NEXT_ONE, NIGHT_WORK, NOT_THE_NEXT, OR_ANY_DAY, OTHER_DOER, OUTING, PAID_HELP, PART_AFTER_DAY, PART_AT_END, PART_REFUSED,
    PARTS_THEN_CLAUSE, PART_VERDICT_THEN_PART, PAST, REGRETTED, PLURAL_WEEKDAY, POSITIVE_IDIOMS, PRESENCE_WISH, PRESENT_ON_DAYS, QUALIFIED, QUALIFIED_SECOND, REFUSED_FIRST, REFUSED_THEN_NEXT,
    AFTER_A_TIME, AFTER_EVENT, ASKED_INSTEAD, CLOSED_LIST, DAY_IS_FINE, JOINS_A_DAY, LEADS_INTO_REST, NEW_SUBJECT, REFUSED_BEFORE, WISH_SAID, REFUSED_THEN_WISHED, SAID_BEFORE, SCOPE_ONLY, SHARED_WEEK, SHORT_LIST, SO_IS, STILL_AWAY, THEN_WISH, UNMARKED_REST,
    STILL_BOUND, THROUGH_DATES, VERDICT_ALONE, PART_TOPIC, SHORT_DOUBT, TIMES_A_WEEK, TIME_TO, TOO, TOPIC_PART, TOPIC_WEEKDAY, UNTIL_WORDS, WEEKDAY_NAMED, WEEKDAY_OR_PLURAL,
    WEEKEND_DAY, WEEK_OF, WEEK_WORD, WHICH_IS, WHOLE_PART, WORKED_UNTIL, WRITER_HERE,
)


@dataclass(frozen=True)
class Clause:
    text: str
    negative: bool  # rules out what it names
    correction: bool  # replaces the wish before it
    sentence: int = 0  # which sentence of the reply it is in
    reason: bool = False  # negative only as a busy reason ('the nurse comes mornings'), which a clock time said overrides
    said_before: bool = False  # a day the client named earlier ('I said Monday before'): no wish, but what a refusal after it means


def _wish_after_refusal(match: re.Match[str], text: str) -> str:
    """'thursday is no good I have the doctor friday morning is better': a new sentence before the day found fine, when
    the words since the last break refuse something and the word before the day does not tie it to them, or ends a
    list already closed by its 'and' ('pas mardi pis mercredi jeudi ok')."""
    before = text[: match.start()]
    since_break = before.rsplit("|", 1)[-1]
    if NEGATIVE.search(since_break) and (not JOINS_A_DAY.search(before) or CLOSED_LIST.search(before)):
        return f" |{match.group(0)}"
    return match.group(0)


def _verdict_on_part(match: re.Match[str]) -> str:
    """'Mornings, not good.': one clause, as without the comma, when the verdict after the part is short, refuses and names no time."""
    verdict = match.group(3).strip()
    refuses = NEGATIVE.search(verdict) is not None or VERDICT_ALONE.fullmatch(verdict) is not None
    if refuses and len(verdict.split()) <= 5 and not (SHORT_DOUBT.search(verdict) or DAY_WORD.search(verdict) or PART_WORD.search(verdict) or DIGIT.search(verdict)):
        return f"{match.group(1)}{match.group(2)} {verdict}"
    return match.group(0)


def _week_after(match: re.Match[str]) -> str:
    """'the one after' a week named is the week after it, a wish of its own even when no comma sets it apart."""
    week = "la semaine d'apres" if search(r"\b(?:la|celle|l'autre|mais)\b", match.group(0)) else "the week after"
    return f"| {week}" if match.start() and not match.string[: match.start()].endswith("| ") else week


def _weekdays_only(text: str) -> bool:
    """'any day but Thursday, 9-12': a refusal that names weekdays and no date, whose bare span after it is hours, not dates."""
    return any(w in WEEKDAYS or w[:-1] in WEEKDAYS for w in text.split()) and not DIGIT.search(text)  # 'not Tuesdays' too


def _taken_that_day(piece: str, before: Clause | None) -> bool:
    """'I was going to say Wednesday but we have the bank that day': what fills the day said before rules it out,
    whatever words the errand takes."""
    return before is not None and before.said_before and THAT_DAY.search(piece) is not None and DAY_TAKEN.search(piece) is not None


def clauses(canonical: str) -> list[Clause]:
    """The reply cut into sentences ('||') and clauses ('|'), as `understand.normalise` marks them, and at contrast
    words; a clause that only mentions a day said before ('I said Tuesday') is left out."""
    text = DATE_LIST.sub(lambda m: " ".join(f"{m.group(1)} {n}" if n.isdigit() else n for n in re.split(r" \| | ", m.group(0))[1:]), canonical)
    text = WRITER_HERE.sub(r"\1 | ", text)
    text = ANY_DAY_BUT.sub(r"\1 except", text)  # 'any weekday next week but Christmas Eve': except
    text = sub(r"^(?:except|excepting|sauf|excepte)\b", "any day except", text)  # 'sauf vendredi', answering 'when?': any other day
    text = EXCEPT_DAYS_WHEN.sub(lambda m: m.group(0) if OUTING_HOURS.search(m.group(2)) else m.group(1), text)  # 'except Tuesdays when she takes me to lunch': all day
    text = NO_THEN_WITHDRAWN.sub(r"\1 ", text)  # 'non, oubliez ça': one taking back, not a 'non' that refuses
    text = WITHDRAWN_DAY.sub(" | ", text)  # 'oubliez ce que j'ai dit pour jeudi': taken back, neither wished nor ruled out
    text = FORGET_THAT.sub(r"\1 |", text)
    text = GOT_THE_MESSAGE.sub(r"\1 |", text)
    text = ONLY_TIME_IS.sub(r"\1 ", text)
    text = RATHER_FIRST.sub(lambda m: f"{m.group(1)}rather than ", text)  # 'plutôt vendredi que jeudi' as 'vendredi rather than jeudi'
    text = BETTER_THAN.sub(r"\1", without_slip_named(INSTEAD_OF_DAY.sub("instead", text)))  # 'Tuesday the 12th instead of Monday': Tuesday instead
    text = IF_YOU_DO.sub(" ", IF_TAKEN.sub(" ", text))  # 'or Monday if Friday's full': the other wish, no refusal
    text = NOT_THE_NEXT.sub(r"\1 | ", text)
    text = REFUSED_THEN_NEXT.sub(r"\1 | ", text)
    text = PART_REFUSED.sub(" | ", text)  # 'mardi pas le matin': the day, then the part ruled out
    text = sub(r"(?<=\w) (?=(?:no|non|nope) (?:wait|sorry|attends|attendez|i mean|je veux dire|oups|oops|pardon|excuse)\b)", " | ", text)  # 'tues no wait i mean wed'
    text = OR_ANY_DAY.sub(r"\1 | ", text)  # 'Friday or any day next week': this Friday
    text = WEEK_THEN_OTHER_DAYS.sub(r"\2 \1", text)
    text = THEN_WISH.sub(" | ", text)  # 'away until the 28th then any afternoon'
    text = BEFORE_AFTER_THAT.sub(_after_that, text)  # 'en repit jusqu'a vendredi apres ca n'importe quel pm': unpunctuated, then the wish
    text = AWAY_UNTIL_FIRST.sub(r"\3 \1", text)  # 'jusqu'au 26 je suis pas là': away until the 26th
    if WEEK_WORD.search(text):  # the week after the one named
        text = ONE_AFTER_WEEK.sub(_week_after, text)
        text = text if search(rf"\b(?:{WEEKDAY_NAMES})\b", text) else OTHER_WEEK.sub(_week_after, text)  # 'pas vendredi cette semaine, l'autre': the other Friday
    text = NEXT_ONE.sub(lambda m: f"{m.group(1)} {'la semaine prochaine' if m.group(2).startswith(('la', 'pro', 'sui')) else 'next week'}", text) if WEEK_WORD.search(text) else text  # 'pas cette semaine ni la prochaine'
    text = UNMARKED_REST.sub(_rest_break, text)  # 'pas les mardis le reste c'est correct'
    text = REFUSED_THEN_WISHED.sub(lambda m: f"{next(g for g in m.groups() if g)} || ", text)  # a sentence of its own: the wish is no part of the refusal's list
    text = sub(rf"\b(pis|et|and) (?=(?:le |the |on )?(?:{WEEKDAY_NAMES})(?: \w+)? (?:non plus|either|too|aussi|as well)\b)", r"| \1 ", text)  # '... pas pis le lundi non plus'
    text = sub(r"\b(pis|et|and|mais|but|just|juste) (?=(?:pas|not|never|jamais)\b|(?:i|he|she|we|they|my \w+|moi|je|il|elle|on)(?: je)? (?:can'?t|cannot|won'?t|don'?t|peux pas|peut pas|ne peux|ne peut)\b)", r"| \1 ", text)  # 'pas avant 2 h pis pas mercredi': two things  # 'the 22 or the 23rd not the 24': a wish, then what is out
    text = sub(r"(?<!as long )(?<!as soon )\b(?:as|cause|'cause|cuz|coz) (?=(?:i'?m|i am|i|we|we'?re|she|she'?s|he|he'?s|it'?s)\b|(?:my|her|his|our|their) \w+(?: \w+)? (?:comes?|is|are|has|have|goes|works|visits)\b)", "because ", text)  # '... afternoon as I'm not a morning person'
    text = sub(rf"\b({CONTRAST})\b(?! *(?:\||$))", r"| \1", text)  # 'vendredi plutôt' keeps its day
    text = LIST_THEN_CLAUSE.sub(lambda m: f"{m.group(1) or m.group(3)} | {m.group(2) or m.group(4)} ", text)
    text = PARTS_THEN_CLAUSE.sub(r"\1 | \2 ", text)
    text = sub(r"\b(?:pis|et|and) (?=(?:(?:la|now|maintenant|asteure|astheure) (?:je|j'|il|elle|on|i|she|he|we)\b|(?:moi |me )?(?:je suis|chu|on est|i'?m|i am|we'?re|we are) (?:\w+ )?(?:libres?|dispos?|disponibles?|free|available)\b|(?:il|elle|she|he) (?:est|is) (?:en|in|at|a|au|chez)\b|(?:il|elle|she|he) (?:volunteers|works|travaille|fait du benevolat)\b|(?:i'?m|i am|je suis|she'?s|he'?s) (?:only |just |seulement )?(?:off|en conge)\b|(?:is|est) (?:still |encore )?(?:en|in|at|a|au|chez)\b|(?:the|my|our|his|her|an?) (?:\w+ ){0,2}(?:is|are) coming\b|(?:the|my|our|his|her) (?:\w+ ){0,2}(?:comes|come|visits)\b|(?:on|je|nous|il|elle) (?:revien\w*|rentr\w*|fete|celebre|sort|sortira|va sortir)\b|a (?:revien\w*|rentr\w*|sort)\b))", "| ", text)  # 'j'ai ete a l'hopital ... pis la je suis chez ma soeur': news, then now
    text = DAY_IS_FINE.sub(lambda m: _wish_after_refusal(m, text), text)
    text = ASKED_INSTEAD.sub(lambda m: _wish_after_refusal(m, text), text)
    text = NEW_SUBJECT.sub(_new_subject, text)  # 'monday after 2 my hearing aid is bad': unpunctuated, a new sentence
    text = sub(rf"\b((?:{WEEKDAY_NAMES}|week|semaine)\b[^|]*?) (?=(?:not|pas) (?:the |le |on )?(?:{WEEKDAY_NAMES})\b)", r"\1 | ", text)  # 'fri aftrnoon pls not thurs': the wish, then the refusal
    text = sub(r"\b(?:pis|et|and) que (?=(?:le|the|lundi|mardi|mercredi|jeudi|vendredi)\b)", "| ", text)
    text = SO_THAT_DAY.sub(" | ", text)
    text = AND_DAY_OFF.sub("| ", text)  # '... works shifts and Saturday is his only day off'  # 'que le 12 ça adonne mal pis que le 13 ça adonne ben'
    text = OTHER_DOER.sub("| ", text)
    text = NEXT_ERRAND.sub(lambda m: m.group(0) if m.group(1) in WEEKDAYS or m.group(1)[:-1] in WEEKDAYS or m.group(1) in RELATIVE_DAYS else f"{m.group(1)} | ", text)  # '... every Thursday afternoon and I've got an appointment on the 3rd'
    text = DAY_AND_PART_PAIR.sub(r"\1 | & \2", split_refused_list(text))
    text = DAY_THEN_DAY_AND_PART.sub(r"\1 | \2", text)
    text = sub(r"\b(non|oui|no|yes|ok|okay|parfait|perfect|good|bon|beau|bad|mauvais|no good)\b\s+(?=(?:%s|le \d+|the \d+|demain|tomorrow|overmorrow)\b)" % WEEKDAY_NAMES, r"\1 | ", text)
    text = sub(r"(^|\| )(?:(?:ah|oh|eh|euh|ben|bah) (?:ben )?)?(?:no|non|nope|nah) (?=(?:sorry|wait|finalement|mettons|disons|en fait|make it|let'?s say|attendez|attends|excusez|pardon|i mean|je veux dire|actually|make it|plutot|oops|oups)\b)", r"\1", text)
    text = PART_VERDICT_THEN_PART.sub(r"\1 | ", text)
    text = TOPIC_WEEKDAY.sub(r"\1\2 ", text)
    text = TOPIC_PART.sub(r"\1", text)
    text = PART_TOPIC.sub(_verdict_on_part, text)
    paid_help = PAID_HELP.search(text) is not None  # the writer is the PSW or a live-in caregiver: their day off is a day nobody opens the door
    found: list[Clause] = []
    dropped = -1  # the sentence of the last piece left out as past news
    news = ""  # that piece, whose last date a 'so not that day' after it refuses
    news_at = 0  # how many clauses were kept before it: a day named after it is what 'that day' means
    leaving = -1  # the sentence of a departure told as news, whose dates may follow it
    for number, sentence in enumerate(text.split("||")):
        for piece in sentence.split("|"):
            piece = BACK_FROM.sub(lambda m: m.group(0) if DAY_WORD.search(m.group(0)) else "", piece).strip(" ,-")
            if not piece or FILLER.fullmatch(piece) or INTRODUCTION.fullmatch(piece) or (found and found[-1].negative and SCOPE_ONLY.match(piece)):
                continue
            refused = REFUSED_FIRST.match(piece) is not None  # 'pas le 18, c'est ma fete': a refusal, whatever the reason
            dated_span = (DATE_SPAN.search(piece) or THROUGH_DATES.search(piece)) is not None
            away_span = dated_span and (LEAVING.search(piece) is not None or leaving == number) \
                or (AWAY_SPAN.search(piece) is not None or dated_span) and AWAY.search(piece) is not None and (not PAST.search(piece) or STILL_AWAY.search(piece) is not None)  # 'on part à Québec du 28 au 31 mai', 'visiting my sister from Wednesday to Friday', 'on est partis du jeudi au dimanche'; not a trip told as past
            refused = refused or away_span
            if (still := STILL_BOUND.search(piece)) and (_aside(piece[:still.start()]) or PAST.search(piece[:still.start()])) and not refused:
                dropped, news, piece = number, piece[:still.start()], still.group(1)  # 'she had surgery on the 14th and can't get up before 11': the news, then the bound
            if _aside(piece) and not (BUSY.search(piece) and not PAST.search(piece)) and not refused and not STILL_AWAY.search(piece):  # 'at my daughter's for her birthday' stays busy
                dropped, news, news_at = number, piece, len(found)
                leaving = number if LEAVING.search(piece) and not PAST.search(piece) else leaving  # 'je pars chez ma fille, du 18 au 25': its dates follow
                if (SAID_BEFORE.search(piece) or EVENT.search(piece) and not PAST.search(piece)) and DAY_WORD.search(piece):  # 'I said Monday', 'her birthday is the 10th': what 'not that day' means
                    found.append(Clause(piece, False, False, number, said_before=True))
                continue
            if (PAST.search(piece) or WORKED_UNTIL.search(piece)) and not MODAL.search(WORKED_UNTIL.sub(" ", piece)) and not refused and not STILL_AWAY.search(piece) and not DISCHARGE_DAY.search(piece):
                dropped, news, news_at = number, piece, len(found)  # 'I had both cataracts done on March 9': what happened, not when to come
                continue
            if dropped == number and THAT_DAY_REFUSED.match(piece) and not any(DAY_WORD.search(c.text) for c in found[news_at:]) and (told := [m.group(0) for m in DAY_WORD.finditer(news) if int(re.sub(r"\D", "", m.group(0)) or 1) <= 31]):
                named = re.search(rf"\b(?:next|this|coming) {told[-1]}\b|\b{told[-1]} (?:prochain|qui vient)\b", news)  # 'next Monday is my birthday, so not that day': that Monday
                found.append(Clause(f"the {told[-1]}" if told[-1][0].isdigit() else named.group(0) if named else told[-1], False, False, number, said_before=True))  # '... the second eye is done on the 16th, so not that day'
            if dropped == number and (DATE_ONLY.fullmatch(piece) or COMMENT.match(piece)):  # 'the dinner was on the 9th, lovely evening'
                continue  # 'we had a reunion on Mother's Day, the 9th': the date of what happened
            if found and found[-1].negative and found[-1].sentence == number and (precise := refusal_made_precise(found[-1].text, piece)):
                found[-1] = replace(found[-1], text=precise)  # 'Friday's bad, I mean next Friday': that one
                continue
            inherits = piece.startswith("& ") or (found and found[-1].negative and EVERY_ONE.fullmatch(piece)) or (found and found[-1].negative and found[-1].sentence == number and BARE_SPAN.fullmatch(piece) and not _weekdays_only(found[-1].text)) or (found and found[-1].negative and MEAL_REASON.fullmatch(piece)) or (found and found[-1].negative and (TOO.fullmatch(piece) or HOLIDAY_REASON.fullmatch(piece) or SO_IS.match(piece) or WHICH_IS.match(piece)))
            piece = piece.removeprefix("& ")
            over = AFTER_EVENT.sub(" ", piece)
            plain = POSITIVE_IDIOMS.sub(" ", TIME_TO.sub(" ", over))
            lets_in = LETS_IN.search(sentence) is not None and not HE_OR_SHE.match(piece)  # 'je travaille, il pourrait être là'; not 'mon fils va ouvrir, il dort le matin'
            relayed = INTRODUCTION.sub(" ", over)  # 'la préposée dit qu'elle est au centre de jour le mercredi': who writes is not busy, what she tells may be
            busy = (BUSY.search(NIGHT_WORK.sub(" ", TIME_TO.sub(" ", relayed))) or OUTING.search(relayed) or COUNTED_EVENTS.search(relayed)) is not None and not lets_in and not BEST_WHEN.search(piece) \
                and not (BUSY_NOW.match(piece) and not DAY_WORD.search(piece))
            negated = NEGATIVE.search(plain) is not None or VERDICT_ALONE.fullmatch(plain.strip()) is not None or MINE_BUSY.search(piece) is not None or (paid_help and DAY_OFF.search(piece) is not None) or away_span \
                or (STILL_AWAY.search(piece) is not None and AWAY.search(piece) is not None) \
                or _days_of_busy_news(piece, number, found, dropped, news) \
                or _taken_that_day(piece, found[-1] if found and found[-1].sentence == number else None) \
                or (found and found[-1].negative and found[-1].sentence == number and LISTED_BUSY.fullmatch(piece) is not None)
            if inherits and negated and found and not found[-1].negative and not CONDITION.search(piece):  # 'Tuesday evening works and Thursday evening doesn't': a refusal of its own, and of the bare list before it
                inherits = False
                _refused_with_list(found, number)
            continued_list = found and found[-1].sentence == number and found[-1].text.split()[-1] in WEEKDAYS and SHORT_LIST.match(piece) is not None  # 'with her Monday, Wednesday and Friday from 1 to 4'
            ends_in_day = found and found[-1].sentence == number and (
                PLURAL_WEEKDAY.search(found[-1].text.split()[-1]) or (found[-1].negative and found[-1].text.split()[-1] in WEEKDAYS)
                or (HABIT_DAY_AT_END.search(found[-1].text) and HABIT_DAY_FIRST.match(piece))  # 'le lundi, le mercredi pis le vendredi': one list
                or continued_list)
            only_days = not inherits and found and found[-1].sentence == number and DAYS_ONLY.fullmatch(piece) and (
                DAYS_ONLY.fullmatch(found[-1].text) or (found[-1].reason or found[-1].negative and (PART_AT_END.search(found[-1].text) or DAYS_DESCRIBED.match(found[-1].text)) or COUNTED_EVENTS.search(found[-1].text)) and not DAY_WORD.search(COUNTED_EVENTS.sub(" ", found[-1].text)))  # 'je travaille a temps partiel, les mardis pis les jeudis'; 'son bain le matin, les mardis pis les jeudis'; 'les journees ou la physio vient (les lundis)'
            whole_part = found and found[-1].sentence == number and found[-1].negative and WHOLE_PART.fullmatch(piece) and DAY_WORD.search(found[-1].text)
            whole_part = whole_part or (found and found[-1].sentence == number and found[-1].negative and DAY_WORD.search(found[-1].text)
                                        and HABIT_REASON.fullmatch(piece))  # 'le lundi non plus, c'est le bingo': every Monday
            whole_part = whole_part or (found and found[-1].sentence == number and found[-1].reason and DAY_WORD.search(found[-1].text)
                                        and not PART_WORD.search(found[-1].text) and BARE_PART.fullmatch(piece))  # '... mon aquaforme, le matin': those mornings
            tail = (LIST_TAIL.fullmatch(piece) or _list_then_place(piece)) and not (found and found[-1].negative and PART_AFTER_DAY.fullmatch(piece))  # 'no fridays, thurs aft': a wish
            bound = found and found[-1].sentence == number and found[-1].negative and (HOURS_BOUND.fullmatch(piece) or EVERY_WEEK.fullmatch(piece)
                                                                                    or (FORTNIGHTLY.search(found[-1].text) and NEXT_TIME_IS.match(piece)))  # 'chimio aux deux semaines, la prochaine c'est le 3': which one; '..., toutes les semaines': a habit; '... le matin on va marcher, tous les matins jusqu'à 11 h': those hours
            days_list = found and found[-1].sentence == number and DAYS_ONLY.fullmatch(found[-1].text) and LIST_GOES_ON.match(piece)  # 'mondays, wednesdays and fridays he has dialysis': one list
            days_hours = found and found[-1].sentence == number and SPAN_OF_WEEKDAYS.search(found[-1].text) and BARE_CLOCK_SPAN.fullmatch(piece)  # 'je suis la du lundi au jeudi, de 8 h a 11 h': their hours
            weekly = found and found[-1].sentence == number and found[-1].negative and TIMES_A_WEEK.search(found[-1].text) and DAYS_ONLY.fullmatch(piece)  # '... trois fois par semaine, les lundis': its days
            if only_days or whole_part or bound or days_list or days_hours or weekly or ends_in_day and (tail or (SHORT_LIST.fullmatch(piece) and found[-1].negative) or (continued_list and not found[-1].negative)):
                at = len(found) - 1
                if EVERY_WEEK.fullmatch(piece):  # 'sauf le mercredi parce que c'est son bingo, toutes les semaines': the day refused is the habit
                    at = next((i for i in range(len(found) - 1, -1, -1) if found[i].sentence == number and found[i].negative and DAY_WORD.search(found[i].text)), at)
                found[at] = replace(found[at], text=f"{found[at].text} {piece}", negative=found[at].negative or negated or busy,
                                    reason=found[at].reason or (busy and not negated and not found[at].negative))  # 'les mardis, jeudis pis vendredis': one list; 'Mon, Wed and Fri are my day program': busy, all three
                continue
            if inherits and found:  # 'physio lundi matin pis mercredi matin', 'today's out, and Monday too'
                week = SHARED_WEEK.search(piece)
                if week and not SHARED_WEEK.search(found[-1].text):  # '... lundi matin pis mercredi matin la semaine prochaine': both
                    found[-1] = replace(found[-1], text=f"{found[-1].text} {week.group(0)}")
                found.append(replace(found[-1], text=piece, correction=False))  # one wish in two parts: the second corrects nothing of the first
                continue
            if found and found[-1].sentence == number and found[-1].negative and (BECAUSE.match(piece) or negated or busy):
                piece = _in_refused_week(piece, found[-1].text)
            clause = Clause(piece, negated or busy, CORRECTION.search(piece) is not None, number, busy and not negated)
            second_day = (DAY_AND_PART_THEN_DAY.search(piece) or DAY_THEN_DAY_WITH_PART.search(piece) or DATE_THEN_DATE_WITH_PART.search(piece)) if clause.negative else None
            if second_day and second_day.re is DAY_THEN_DAY_WITH_PART.compiled and second_day.group(4) and not EXCEPT.search(piece[: second_day.start()]):
                second_day = None  # 'son club de marche les mardis pis les jeudis matin': one habit, both mornings
            if second_day:  # 'foot care wednesday morning and the hairdresser friday': Friday is out all day
                cut = 2 if second_day.group(2) else 4
                found += [replace(clause, text=piece[: second_day.start(cut)].strip()), replace(clause, text=second_day.group(cut))]
                continue
            found.append(clause)
    return _present_then_wished(_regretted(found))


def _refused_with_list(found: list[Clause], sentence: int) -> None:
    """'Monday evenings and Wednesday evenings are no good', 'mardi matin, jeudi matin pis vendredi matin c'est pas bon':
    the days with their hours listed right before a refusal, with no word of their own, are what it refuses."""
    at = len(found)
    while at and found[at - 1].sentence == sentence and not found[at - 1].negative and LISTED_DAY_WITH_HOURS.fullmatch(found[at - 1].text):
        at -= 1
        found[at] = replace(found[at], negative=True)


def _days_of_busy_news(piece: str, number: int, found: list[Clause], dropped: int, news: str) -> bool:
    """'I was at my dialysis. That's every Monday and Friday': the days a busy thing just told falls on, whether it was
    told as news or as a reason with no day of its own, are ruled out, not wished."""
    if not THAT_IS_EVERY.match(piece):
        return False
    told = news if dropped >= number - 1 else ""
    before = found[-1] if found and found[-1].sentence >= number - 1 else None
    return NEGATIVE.search(told) is not None or (before is not None and before.negative and not DAY_WORD.search(before.text))


def _regretted(found: list[Clause]) -> list[Clause]:
    """'Thursday would've been perfect but my daughter can't', 'Mom would prefer Tuesday but I can't': a day wished in
    the conditional, then a 'but' that refuses with no time of its own, is the day refused; 'Tuesday would have been
    good but ... that morning' refuses that part."""
    for at, clause in enumerate(found[:-1]):
        after = found[at + 1]
        if REGRETTED.search(clause.text) and not clause.negative and DAY_WORD.search(clause.text) and after.negative and CONTRAST_FIRST.match(after.text) \
                and after.sentence == clause.sentence and not (DAY_WORD.search(after.text) or PART_WORD.search(after.text) or DIGIT.search(after.text)):
            found[at] = replace(clause, negative=True)
    return found


def _present_then_wished(found: list[Clause]) -> list[Clause]:
    """'I'm at her place Monday from 9 to noon, could the tech come then?': the hours someone who must be there is
    there, which a later 'then', 'while I'm there' or 'pendant mes heures' asks for, are wished, not busy; those of a
    helper who asks for 'quand je suis pas là' or 'un autre matin' are busy."""
    for at, clause in enumerate(found):
        if ABSENCE_WISH.search(clause.text):  # 'je passe tous les matins, j'aime mieux que le technicien vienne quand je suis pas là': those are busy
            for before in range(at - 1, -1, -1):
                if found[before].sentence >= clause.sentence - 1 and not found[before].negative and HELPER_THERE.search(found[before].text):
                    found[before] = replace(found[before], negative=True, reason=True)
                    break
            continue
        if not PRESENCE_WISH.search(clause.text):
            continue
        if clause.reason and DIGIT.search(clause.text):  # 'her PSW comes Tuesdays from 9 to 12 and Mom wants her there for it': those hours
            found[at] = replace(clause, negative=False, reason=False)
            continue
        if clause.negative:
            continue
        for before in range(at - 1, -1, -1):
            earlier = found[before]
            if earlier.sentence < clause.sentence - 1:
                break
            if earlier.negative and (earlier.reason or HELPER_THERE.search(earlier.text)) and DIGIT.search(earlier.text):
                found[before] = replace(earlier, negative=False, reason=False)
                break
    return found


def _in_refused_week(piece: str, refused: str) -> str:
    """A reason after a refused week, naming bare weekdays, is about that week: 'next week is no good because I have
    surgery on Wednesday', 'next week is bad, he has appointments Monday'. Not a weekend day ('until Sunday')."""
    week = NAMED_WEEK.search(refused)
    if week is None or NAMED_WEEK.search(piece) or WEEKEND_DAY.search(piece) or not WEEKDAY_NAMED.search(piece) or DAY_WORD.search(WEEKDAY_OR_PLURAL.sub(" ", piece)):
        return piece
    return f"{piece} {week.group(0)}"


def _clause_so_far(match: re.Match[str]) -> str:
    """The text of the clause a match falls in, up to the match: what a break there would close."""
    return match.string[match.string.rfind("|", 0, match.start()) + 1 : match.start()]


def _new_subject(match: re.Match[str]) -> str:
    """A clause break before a new subject right after what ends a wish or refusal (a day, a part of it, an hour)."""
    said = re.split(r"\b(?:and|et|pis)\b", _clause_so_far(match))[-1]
    before = said.rsplit(" ", 1)[-1]
    if before.isdigit() or before in AFTER_A_TIME and (REFUSED_BEFORE.search(said) or WISH_SAID.search(said)):
        return " | "
    return " "  # 'Mondays the bath lady comes', 'lundi matin maman est pas là': the time is what the sentence is about


def _rest_break(match: re.Match[str]) -> str:
    """A clause break before 'the rest' or 'any other day' when the clause before it refused something and does not lead into it."""
    before = _clause_so_far(match)
    return " | " if NEGATIVE.search(before) and before.split()[-1] not in LEADS_INTO_REST else " "


def _aside(piece: str) -> bool:
    """News rather than a wish: a past event, a departure ('before we leave'), unless the departure only bounds the days
    the clause names ('Monday or Tuesday before we go')."""
    return ASIDE.search(piece) is not None or (BEFORE_LEAVING.search(piece) is not None and DAY_WORD.search(piece) is None)

def _after_that(match: re.Match[str]) -> str:
    """A break before 'after that' ('away until Friday | after that any pm'), unless it ends a phrase ('the Monday after that')."""
    before, word = match.group(1) or "", match.group(2)
    if word in AFTER_WHAT or (word in WEEKDAYS and before not in UNTIL_WORDS):
        return match.group(0)
    return f"{match.group(0).rstrip()} | "


def _list_then_place(piece: str) -> bool:
    """'..., Wednesday and Friday mornings at the Y': the end of a list of days, then where, and no wish of its own."""
    head = LIST_TAIL.match(piece)
    return head is not None and SHORT_LIST.search(head.group(0)) is not None and MODAL.search(piece, head.end()) is None and NEGATIVE.search(piece, head.end()) is None


@dataclass(frozen=True)
class Said:
    """What one clause names: days (each one, or every such weekday), hours, parts of the day."""

    days: list[date]
    weekdays: frozenset[int]  # weekdays named as singular ('Monday'); resolved against the wish when ruled out
    every: frozenset[int]  # weekdays named as a habit or set ('Mondays', 'every Monday', 'le lundi')
    hours: Hours | None
    parts: frozenset[str]
    any_day: bool
    early: bool  # 'early morning': the first hours only
    qualified: frozenset[int] = frozenset()  # weekdays said with 'this', 'next', 'prochain': the day named, whatever is wished
    scoped: bool = False  # the habit holds within a week named with it ('du lundi au jeudi la semaine prochaine')
    before_wish: bool = False  # ruled out before anything was wished: a bare weekday is the coming one ('not Monday. Tuesday the 23rd on')


def read_said(text: str, today: date, parts: DayParts, habitual: bool = False) -> Said:
    every = frozenset(WEEKDAYS[m.group(1) or m.group(2)] for m in PLURAL_WEEKDAY.finditer(text))
    for pair in re.finditer(r"\ble (%s) (?:ou|et|pis) (?:le )?(%s)\b(?! d'apres| suivant)" % (WEEKDAY_NAMES, WEEKDAY_NAMES), text):  # 'le lundi ou le vendredi'
        every |= {WEEKDAYS[pair.group(1)], WEEKDAYS[pair.group(2)]}
    if BUSY.search(text) or search(r"\b(?:dialyse|dialysis|physio|physiotherapie|clsc|qui vient|viennent|hemodialyse|hemodialysis|messe|eglise|epicerie|bingo|cartes|quilles|coiffeuse|coiffeur|chorale|jamais|never|golf|curling|yoga|bridge|danse|piscine|aquaforme|is busy|travaill\w* pas|en conge|de conge|j'ai conge)\b", text):  # 'a sa dialyse le mardi': a habit
        every |= {WEEKDAYS[m.group(1)] for m in re.finditer(r"\ble (%s)\b(?! \d)" % WEEKDAY_NAMES, text)}
    span = SPAN_OF_WEEKDAYS.search(text)
    if span:  # 'du lundi au jeudi': every weekday in between
        every |= frozenset(range(WEEKDAYS[span.group(1) or span.group(3)], WEEKDAYS[span.group(2) or span.group(4)] + 1))
    bounded = WEEKS_AFTER_DATE.sub(" ", THROUGH_DATES.sub(" ", DATE_SPAN.sub(" ", BETWEEN_DATES.sub(" ", BEFORE_DATE.sub(" ", text)))))  # 'du 21 au 30 août' is a range too; 'avant le 18' bounds the days, it wishes no 18th; 'entre le 25 pis le 29' is a range
    dated = named_dates(bounded, today) + weekday_dates(text, today)
    offsets = named_offsets(text, today)
    if (every or HABIT.search(text) or PRESENT_ON_DAYS.search(text) or habitual) and not offsets and not dated and not QUALIFIED.search(text):  # 'Mon or Thu mornings', 'le jeudi seulement'; not 'le seul jour c'est ce vendredi'
        every |= frozenset(WEEKDAYS[w] for w in text.split() if w in WEEKDAYS)
    if offsets:  # 'the Tuesday after next', 'dans deux semaines jour pour jour': that day, not the weekday or the week
        days = sorted(set(dated + offsets))
    elif dated:
        days = sorted(set(dated + named_days(_without_dated_weekdays(bounded), today)))
    else:
        days = named_days(bounded, today)
    ranges = named_ranges(text, today) if not offsets else []
    if ranges and days and set(days) & set(ranges) and search(r"\b(?:before|avant)\b(?!-midi| \d| (?:noon|lunch|supper|dinner|breakfast|midi|le (?:diner|souper|dejeuner)))", text):
        days, ranges = sorted(set(days) & set(ranges)), []  # 'next week before Christmas Eve', 'the only day before Christmas is the 22nd': the days of both
    of_week = WEEKDAY_OF_WEEK.search(text) if ranges else None
    if of_week:  # 'le mercredi de la semaine du 21', 'the Wednesday of the week of the 21st': that week's, not the coming one
        weekday = WEEKDAYS[of_week.group(1)]
        days, ranges = [day for day in days if day.weekday() != weekday and day not in ranges], [day for day in ranges if day.weekday() == weekday]
    days = sorted(set(days + ranges))  # "le mardi de la semaine d'après la prochaine": that day
    if days and LATER_THAT_WEEK.search(text):  # 'Wednesday the 16th or later that week': from the date to its Friday
        first = min(dated or days)
        days = [day for day in days if first <= day <= first + timedelta(days=4 - first.weekday())]
    if dated and FORTNIGHTLY.search(text):  # 'chimio aux deux semaines, la prochaine c'est le 3': that day and the ones two weeks from it
        every = frozenset()
        days = sorted(day for day in (d + timedelta(weeks=k) for d in dated for k in (-2, 0, 2)) if today <= day < today + timedelta(days=HORIZON_DAYS))
    singular = frozenset(WEEKDAYS[w] for w in text.split() if w in WEEKDAYS) - every
    if every:
        week = named_week(text, today) or (named_ranges(text, today) if WEEK_OF.search(text) else None)  # 'Wednesdays and Fridays the week of the 14th'
        horizon = week or [today + timedelta(days=i) for i in range(HORIZON_DAYS)]
        others = [d for d in days if d.weekday() not in every and (week is None or d not in week)]  # 'Tuesdays or Thursdays next week': not its Monday
        days = sorted(set(others) | {d for d in horizon if d.weekday() in every})
    named_parts = frozenset(PART_WORDS[w] for w in text.split() if w in PART_WORDS and w not in ("am", "pm", "noon", "midi", "lunch"))
    return Said(
        days, singular if not dated else frozenset(), every, named_hours(text, parts), named_parts, ANY_DAY_WORDS.search(text) is not None,
        search(r"\b(?:early|tot|de bonne heure)\b", text) is not None,
        frozenset(WEEKDAYS[m.group(1) or m.group(2)] for m in QUALIFIED.finditer(text)) | frozenset(d.weekday() for d in named_week(text, today) or () if d.weekday() in singular)
        | frozenset(WEEKDAYS[m.group(1)] for m in QUALIFIED_SECOND.finditer(text)) | frozenset(WEEKDAYS[m.group(1)] for m in QUALIFIED_FIRST.finditer(text)),
        bool(every) and named_week(text, today) is not None,
    )


def said_of(days: list[date], hours: Hours | None = None) -> Said:
    """Days, or some hours of them, with no weekday, habit or part named: what a stay, a bound or a day worked out
    from the others rules out or wishes."""
    return Said(days, frozenset(), frozenset(), hours, frozenset(), False, False)


def said_from(first: date, text: str, today: date, parts: DayParts) -> Said:
    return said_of(fortnight(first), named_hours(text, parts))


def _without_dated_weekdays(text: str) -> str:
    """Without the weekdays a date goes with ('Monday the 30th'), keeping the others ('this Friday or Monday the 30th')."""
    return DATED_WEEKDAY.sub(" ", text)
