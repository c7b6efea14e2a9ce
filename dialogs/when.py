"""Time wishes in a client's reply: the days and hours wished and those ruled out, as windows in the client's zone.

Pure and fast, over `understand.normalise`d text (lower case, accents folded), English and French together. The words
are in `vocabulary`, clock phrases in `clock`, the days a phrase names in `days`, the cut into clauses in `clauses`;
this module weighs the clauses against each other (exclusions, corrections, what refers back).
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from dialogs.vocabulary import DayParts, Hours, WEEKDAYS, Window
from dialogs.clock import canonical_times, clock_time, number_of, overlap
from dialogs.days import REPORTED, away_or_back, business_days, fortnight, holiday_week, home_again, named_dates, named_offsets, named_week
from dialogs.clause_phrases import SHORT_DOUBT, TOPIC_ONLY, BECAUSE, BEFORE_LEAVING, DATE_ONLY, DAY_WORD, LATER_THAT_WEEK, MODAL, NAMED_WEEK, PART_WORD, PLURAL_PARTS, PLURAL_WEEKDAY, POSITIVE_IDIOMS, WEEKDAY_OR_PLURAL, WEEK_OF
from dialogs.clauses import Clause, Said, clauses, read_said, said_from, said_of
from dialogs.patterns import search
from dialogs import exclusions, refusals
from dialogs.when_phrases import (
    AFTER_ANY_TIME, ALTERNATIVE, ANY_TIME, ANY_WORD, AWAY_SPAN, BOTH_WEEKS, THAT_IS_WHEN,
    ABSENT, ADDED, AFTER_IT, ALSO, ANY_OF_THOSE, ANY_ONE, BARE_NO, BEFORE_THAT, CLOCK_BOUND, COMING, CONCLUSION, CONTRAST_FIRST,
    DAY_AFTER, DAY_TAKEN, DAY_WORDS, FAMILY_HABIT, DAY_WORK, DEFERRED, DEPARTS, EVERY_WORD, EXCEPT_THAT, EXPLICIT_NO, FROM_HOUR, IN_CARE, NOT_THEN, ONE_AFTER, ONLY, OR_AFTER_DAY, OR_LATER,
    OTHER_DAYS, PART_PREFERRED, PINNED_WEEKDAY, ROUTINE_TOLD, PREFERS, REFUSAL, RELATIVE_DAY, REST, REST_OF_WEEK, RETURNING, ROUGH_CLOCK,
    SINCE_HOME, SPAN_OF_WEEKDAYS, THAT_DAY, THAT_DAY_PART, THAT_IS_MY, THAT_PART, THAT_WEEK, THAT_WEEKDAY, THAT_WINDOW, THIS_ONE, THOSE,
    TWO_WEEKDAYS, UNTIL_CLOCK, UNTIL_THEN, WEEKDAY_AFTER, WEEKDAYS_AFTER_IT, WEEK_AFTER, WEEK_WORK, WEEKLY_ROUND, WITHDRAWN, WORN_OUT, MY_DAY, BUT_FOR, BUSY_EVERY_DAY,
    AFTER_RETURN, FROM_OFFSET, FROM_ON, RETURN_TOLD, STAY_LENGTH, STAY_START, VISIT_END, WHILE_HERE, ARRIVAL, OR_WEEK_AFTER, HABIT_TOO, NEXT_HABIT, OTHER_PARTS, OTHER_WEEKDAYS,
    SPARING,
)


def time_windows(text: str, now: datetime, parts: DayParts) -> tuple[list[Window], list[Window]]:
    """Wished windows and excluded ones. The reply is cut into clauses at punctuation and contrast words; a clause
    with a negation or a busy reason rules its days (or parts of days) out, the others wish. An exclusion always wins,
    a later correction replaces an earlier wish, and hours named without a day apply to the wished days."""
    today = now.date()
    canonical = canonical_times(text)
    wished_days: list[date] | None = None
    wished_hours: Hours | None = None
    hours_text = ""  # the clause the wished hours were read from
    any_day = False
    ruled_out: list[Said] = []
    reasons: list[Said] = []
    day_hours: dict[date, Hours] = {}
    named: set[date] = set()  # days the wish names one by one ('next Friday', 'the 12th')
    hours_out: list[Hours] = []
    ruled_sentence = -1  # the sentence of the last thing ruled out: 'so not that morning' refers back within it
    last_wish: list[date] | None = None  # the days the last wishing clause added, which a refusal after it takes back
    before_last_wish: list[date] | None = None
    hours_before_last_wish: Hours | None = None
    wished_said: Said | None = None
    days_said: Said | None = None  # the last wish that named days, whose weekdays 'next week' after hours alone still scopes
    wished_sentence = -1  # the sentence of the last wish, which a busy reason right after it takes back
    run: list[Said] = []  # the wishes of one sentence in a row, which a refusal ending it takes back together
    before_run: tuple[list[date] | None, Hours | None, int] = (None, None, -1)
    wished_text = ""
    mentioned: list[date] = []
    gone: list[tuple[Said, date]] = []  # days someone is away, and the day they are back
    dated: set[date] = set()
    hours_seen: Hours | None = None  # the last hours named anywhere, which 'in that window' refers back to
    busy_hours: Hours | None = None  # the hours of a busy reason, which 'so not then' rules out
    refused_week: tuple[int, date] | None = None  # the sentence and Monday of a week whose weekdays were refused
    rest_week: date | None = None  # the Monday of the week whose other days 'le reste' means
    pending_correction = False
    stale_hours = False  # the wished hours were those of days a correction replaced: the next hours named replace them
    kept: tuple[list[date], date] | None = None  # the days of a wish left when one of them is refused, and the refused one's Monday
    not_before: date | None = None
    cut = clauses(canonical)
    stay_ends = IN_CARE.search(canonical) is not None or SINCE_HOME.search(canonical) is not None  # a stay in hospital, or a wish after coming home: 'home on the 8th' ends it
    background = _family_background(cut)
    corrected = {c.sentence for c in cut if c.correction}  # 'Monday or Tuesday instead, mornings' is no habit
    specific = {c.sentence for c in cut if RELATIVE_DAY.search(c.text)}  # 'tomorrow or Wednesday, mornings': those days' mornings
    listed = {c.sentence for c in cut if TWO_WEEKDAYS.fullmatch(c.text)
              and not any(EVERY_WORD.search(ONLY.sub("", other.text)) for other in cut if other.sentence == c.sentence)}  # 'Tuesday or Wednesday, afternoons only': those two
    any_week = {c.sentence for c in cut if ANY_ONE.search(c.text)}  # 'mercredi ou vendredi, n'importe quelle semaine': every one, not those of a day wished before
    pinned = {c for c in cut if PINNED_WEEKDAY.search(c.text)}  # 'un jeudi: jeudi prochain ou celui d'apres': those two
    habitual = {  # 'any Monday, Wednesday or Friday', 'Mon Wed or Fri, mornings': habits, wherever the commas fall in a sentence
        c.sentence for c in cut if not c.negative and not BECAUSE.match(c.text) and c not in background and c.sentence not in corrected | specific | listed
        and not any(o is not c and o.sentence == c.sentence for o in pinned) and (PLURAL_PARTS.search(c.text) and not PART_PREFERRED.search(c.text) and not ROUTINE_TOLD.match(c.text) or PLURAL_WEEKDAY.search(c.text)
                                                                                                        or ANY_ONE.search(c.text) and not any(COMING.search(o.text) for o in cut if o.sentence == c.sentence))
    }
    habit_wish = False
    said_before: Said | None = None
    named_once: set[date] = set()  # days named one or two at a time, which 'the day after' refers to
    single_days: list[date] = []  # the days mentioned but not as a habit ('every Monday morning'): what 'that day' means
    week_before = -1  # the sentence in which 'that week' was said before the weekdays it scopes
    every_part = False
    visiting = WHILE_HERE.search(canonical) is not None
    habit_hours = False  # hours wished on a habit's days only, which those days keep whatever the others get
    that_parts: list[Said] = []  # 'that morning' ruled out of a day named before it
    away_last: date | None = None  # the last day of the absence told, which 'the Wednesday after I'm back' counts from
    bound_of: list[date] = []  # a wished day named again alone, whose hours the next clause bounds
    for position, clause in enumerate(cut):
        if clause.said_before:  # 'I said Monday before but that's out now': what the refusal after it is about
            said_before = read_said(clause.text, today, parts)
            if _takes_back(said_before, clause.text, last_wish if pending_correction else None):  # 'le 17 à 14 h. Ah non, le 17 c'est la fête à ma soeur'
                wished_days, wished_hours, last_wish = before_last_wish, hours_before_last_wish, None
                ruled_out.append(replace(wished_said, hours=None, parts=frozenset(), before_wish=wished_days is None))
                ruled_sentence = clause.sentence
                continue
            mentioned += said_before.days
            single_days += said_before.days
            continue
        if visiting and ARRIVAL.search(clause.text):
            continue  # 'driving down on the 14th and staying till the 20th... while she's here': the visit `_visit` reads, no absence
        stay = STAY_LENGTH.search(clause.text) if clause.negative else None  # 'in respite from the 10th for two weeks': away from then
        back, away = (None, False) if stay or named_offsets(clause.text, today) or holiday_week(clause.text, today) or WEEKDAY_AFTER.search(clause.text) or LATER_THAT_WEEK.search(clause.text) \
            else away_or_back(clause.text, today)  # 'away until the 15th': from then on; 'the week after Thanksgiving' is that week, 'the 15th or later that week' its rest
        alternative = OR_AFTER_DAY.search(clause.text) if back is not None and not away else None
        before_alternative = read_said(clause.text[:alternative.start()], today, parts).days if alternative else []
        if alternative and (alternative.start() == 0 and wished_days or before_alternative):
            back, alternative_from = None, back  # 'Friday the 4th or after Boxing Day': two wishes, not a bound on the first
        else:
            alternative_from = None
        reported = position and cut[position - 1].sentence == clause.sentence and REPORTED.match(cut[position - 1].text)
        if stay_ends and (home := home_again(f"{cut[position - 1].text} {clause.text}" if reported else clause.text, today)) is not None:
            back, away = home, True  # 'in rehab... home on the 8th': away until then
        restated = cut[position + 1] if position + 1 < len(cut) and cut[position + 1].sentence == clause.sentence else None
        if back is not None and away and restated is not None and DATE_ONLY.fullmatch(restated.text) and (dates := named_dates(restated.text, today)):
            back = dates[0] + timedelta(days=1)  # 'until next Monday (the 7th)': the date says which Monday
        if gone and DATE_ONLY.fullmatch(clause.text) and named_dates(clause.text, today) == [gone[-1][1] - timedelta(days=1)]:
            continue  # 'until next Monday (the 7th)': the same day again
        if back is not None and not away and any(ABSENT.search(c.text) and (clause.text.startswith("from") or UNTIL_THEN.search(c.text)) for c in cut if c.sentence == clause.sentence):
            away = True  # 'pas avant le 14, chu pas la', 'after Boxing Day, we're away until then': away until then
        if back is not None and not away and (week := _week_of_bound(cut[:position + 1], clause.sentence, today)):
            back = week[0] - timedelta(days=week[0].weekday()) + timedelta(days=back.weekday())
            if named_week(clause.text, today):  # 'semaine prochaine à partir de mardi': the wish is that week's rest
                wished_days = sorted({*(wished_days or []), *week})
        if back is not None:
            if away:  # and the days until then are out
                before = cut[position - 1].text if position and cut[position - 1].sentence == clause.sentence else ""
                departure = clause.text if DEPARTS.search(clause.text) else before if DEPARTS.search(before) else ""  # 'next Monday I'm driving to the Soo, back Wednesday'
                leaving = min((d for d in read_said(RETURN_TOLD.sub("", departure), today, parts).days if d != back - timedelta(days=1)), default=today) if departure else today
                if leaving > back - timedelta(days=1):  # 'on part lundi pis on revient vendredi': the Friday after
                    back += timedelta(weeks=-(-(leaving - back + timedelta(days=1)).days // 7))
                gone.append((said_of(business_days(leaving, back - timedelta(days=1))), back))
                away_last = back - timedelta(days=1)
                ruled_out.append(gone[-1][0])
            not_before = back if not_before is None else max(not_before, back)
            said = said_from(back, clause.text, today, parts)
            if said.hours is not None and wished_hours is None and not away:  # 'back Wednesday night': when they return
                wished_hours = said.hours
            mentioned.append(back - timedelta(days=1) if away else back)  # the last day away: what 'the week after' counts from
            single_days.append(mentioned[-1])
            continue
        if (RETURNING.search(clause.text) and not AFTER_RETURN.search(clause.text) or clause in background) and not clause.negative:
            continue  # 'il revient en fin de semaine', 'he comes home that weekend': when they are back, not when to come; 'Monday after we get back' is a wish
        if (BECAUSE.match(clause.text) or THAT_IS_WHEN.match(clause.text)) and not clause.negative:
            continue  # 'parce que j'ai de la visite qui arrive le 24', 'that's when I come by on my lunch break': why, not when
        said = read_said(clause.text, today, parts, clause.sentence in habitual and not clause.negative)
        if alternative_from is not None:
            said = replace(said, days=sorted({*before_alternative, *fortnight(alternative_from)}))
        if said.days and not (said.every or clause.negative) and FROM_OFFSET.search(clause.text):
            said = replace(said, days=fortnight(said.days[0]))  # 'from a week from Thursday', 'à partir de dans deux semaines': from then on
        if ANY_OF_THOSE.search(clause.text) and wished_said is not None and wished_said.weekdays and not (wished_said.every or wished_said.qualified) and not clause.negative:
            said = replace(said, days=[d for d in fortnight(today) if d.weekday() in wished_said.weekdays], any_day=False)  # 'Monday, Wednesday and Friday from 1 to 4. Any of those afternoons': every one
        if THAT_WINDOW.search(clause.text) and hours_seen is not None and not re.search(r"\d:\d\d", clause.text):  # 'the 14th at 2:30 or the 15th same time': its own  # 'I'm there weekdays 1 to 3. Next Monday in that window?'
            said = replace(said, hours=hours_seen if said.hours is None else overlap(said.hours, hours_seen) or hours_seen)  # 'any morning during that time
        hours_seen = hours_seen if clause.negative else said.hours or hours_seen  # 'same time' is the time wished, not a busy one
        if bound_of and said.hours is not None and (beyond := _beyond(said.hours, parts)):
            ruled_out.append(said_of(bound_of, beyond))  # 'le 9 ou le 10 au matin. Mais le 10, pas avant 10 h'
            bound_of = []
            continue
        if _restated_for_a_bound(clause, said, wished_days, cut[position + 1:position + 2], today, parts):
            bound_of = said.days  # the next clause bounds that day's hours, of the days already wished
            continue
        if said.hours is not None and _bounds_a_busy_day(clause, said, ruled_out, single_days) and (beyond := _beyond(said.hours, parts)):
            bounded = said_of(single_days[-1:], beyond)  # 'dinner guests Wednesday the 1st, so not after 4 that day'
            ruled_out[-1:] = [bounded] if ruled_out[-1].days == bounded.days else [ruled_out[-1], bounded]  # the bound says how much of that day is out
            continue
        if BOTH_WEEKS.fullmatch(clause.text) and wished_said is not None and wished_sentence == clause.sentence \
                and 1 <= len(wished_weekdays := {d.weekday() for d in wished_said.days}) <= 2:  # 'a Thursday would be best, either this week or next': that weekday in each week
            coming = [min(d for d in wished_said.days if d.weekday() == weekday) for weekday in wished_weekdays]
            said = replace(said, days=sorted({*coming, *(d + timedelta(weeks=1) for d in coming)}), weekdays=frozenset(), every=frozenset())
        since_no = " ".join(c.text for c in cut[:position + 1] if c.sentence == clause.sentence)  # the sentence so far: 'actually no, my son has the car Wed'
        if not clause.negative and not clause.correction and _takes_back(said, since_no, last_wish if pending_correction else None):
            wished_days, wished_hours, last_wish = before_last_wish, hours_before_last_wish, None  # 'Wed works... actually no, my son has the car Wed': that day is out
            ruled_out.append(replace(wished_said, hours=None, parts=frozenset(), before_wish=wished_days is None))
            ruled_sentence = clause.sentence
            continue
        that_weekday = THAT_WEEKDAY.search(clause.text)
        if that_weekday and mentioned and not said.every and len(said.days) <= 1:  # 'discharged Thursday... so not that Friday': the one after
            weekday = WEEKDAYS[that_weekday.group(1) or that_weekday.group(2)]
            wished_one = [d for d in last_wish or [] if d.weekday() == weekday][:1]  # 'any day next week but not that Monday': the one wished
            said = replace(said, days=wished_one or [mentioned[-1] + timedelta(days=(weekday - mentioned[-1].weekday()) % 7)], weekdays=frozenset(), qualified=frozenset())
        if WHILE_HERE.search(clause.text) and not said.days and not clause.negative and (visit := _visit(canonical, today, parts)):
            said = replace(said, days=visit, any_day=False)
        if stay and said.days and (len(said.days) == 1 or STAY_START.search(clause.text)):
            said = replace(said, days=_stay(said.days[0], stay), weekdays=frozenset())  # the weekday it starts on is in its days, no other one
            if any(AFTER_IT.match(c.text) for c in cut[position + 1:]):  # 'at the cottage from Monday for 10 days, after that anytime': the wish starts when the stay ends
                not_before = max(not_before or today, said.days[-1] + timedelta(days=1))
        away_span = AWAY_SPAN.search(clause.text) if clause.negative else None
        if away_span:
            week = named_week(clause.text, today)
            start = week[0] - timedelta(days=week[0].weekday()) if week and len(week) >= 3 else today  # 'next week I'm away Monday to Wednesday': that week's
            first = start + timedelta(days=(WEEKDAYS[away_span.group(1)] - start.weekday()) % 7)
            last = first + timedelta(days=(WEEKDAYS[away_span.group(2)] - first.weekday()) % 7)
            said = replace(said, days=business_days(first, last), weekdays=frozenset(), every=frozenset(), qualified=frozenset())
            away_last = last
        if DEPARTS.search(clause.text) and said.weekdays and not said.every and position + 1 < len(cut) and cut[position + 1].sentence == clause.sentence \
                and RETURNING.search(cut[position + 1].text):  # 'on part au chalet mercredi pis on revient dimanche': that Wednesday
            said = replace(said, weekdays=frozenset(), qualified=frozenset())
        if WEEK_AFTER.search(clause.text) and (mentioned or said.days and not clause.negative) and not holiday_week(clause.text, today):  # 'not this week; the week after'; 'at the lake the week after': that one out
            offered = read_said(WEEK_AFTER.sub(" ", clause.text), today, parts).days if said.days and OR_WEEK_AFTER.search(clause.text) else []  # 'vendredi ou la semaine d'apres': that Friday, then the whole week after it
            own_week = offered or (named_week(WEEK_AFTER.sub("", clause.text), today) if said.days else None)  # 'next week or the week after': after the week it names
            own_week = own_week or (said.days if said.days and WEEK_OF.search(clause.text) else None)  # 'la semaine du 30 ou celle d'apres'
            base = own_week[-1] if own_week else said.days[-1] if not mentioned else mentioned[-1]  # 'la semaine prochaine ou celle d'apres': both weeks
            monday = base - timedelta(days=base.weekday()) + timedelta(days=7)
            week = [d for d in business_days(monday, monday + timedelta(days=4)) if offered or not said.weekdays or d.weekday() in said.weekdays]
            named_days = named_dates(clause.text, today)  # 'le 21 ou la semaine d'apres': both
            said = replace(said, days=sorted(set(named_days) | set(week)) if mentioned and not own_week else sorted(set(own_week or said.days) | set(week)))
        that_week = THAT_WEEK.search(clause.text) is not None or week_before == clause.sentence  # 'earlier that week is better - Monday or Tuesday'
        if that_week and not (said.days or said.weekdays or said.every or said.any_day or said.hours or said.parts) and mentioned and not clause.negative:
            week_before = clause.sentence
            continue
        if that_week and said.weekdays and not said.every and mentioned and not clause.negative:  # 'earlier that week: Monday or Tuesday'
            monday = mentioned[-1] - timedelta(days=mentioned[-1].weekday())
            said = replace(said, days=[monday + timedelta(days=w) for w in sorted(said.weekdays)], weekdays=frozenset())
        if DAY_AFTER.search(clause.text) and said.days and not clause.negative and search(r"\b(?:or|ou|and|et) (?:the day after|le lendemain)\b", clause.text):
            said = replace(said, days=sorted({*said.days, said.days[-1] + timedelta(days=1)}))  # 'tomorrow or the day after'
        if DAY_AFTER.search(clause.text) and clause.negative and ruled_out and ruled_out[-1].every and not said.days:  # 'chimio les mercredis pis trop fatigué le lendemain': every day after
            said = replace(said, days=[after for after in (day + timedelta(days=1) for day in ruled_out[-1].days) if after.weekday() < 5])
        elif DAY_AFTER.search(clause.text) and mentioned and not said.days \
                and not (clause.reason and len(mentioned) >= 2 and mentioned[-1] == mentioned[-2] + timedelta(days=1)):  # 'not the 18th, not the 19th either, no visitors the day after': why the 19th
            single = [day for day in mentioned if day in named_once]  # 'le 2, ... la semaine prochaine, pas le lendemain': the 3rd
            after = (single or mentioned)[-1] + timedelta(days=1)
            said = replace(said, days=fortnight(after) if OR_LATER.search(clause.text) else [after])  # 'le lendemain ou après': from then on
        if said.any_day and not (said.days or said.weekdays or said.every or clause.negative) and wished_days and position and cut[position - 1].sentence == clause.sentence \
                and re.search(r"\b(?:or|ou)$", cut[position - 1].text):  # 'Thursday would be good or any day really': any day at all
            said = replace(said, days=fortnight(today))
        offered_instead = ALTERNATIVE.match(clause.text) or (position and cut[position - 1].text in ("ou", "or") and cut[position - 1].sentence == clause.sentence)
        if offered_instead and not clause.negative and wished_days and said.weekdays and not (said.every or said.qualified) and len(said.days) == len(said.weekdays) \
                and wished_days[0] - timedelta(days=wished_days[0].weekday()) > today and len({d - timedelta(days=d.weekday()) for d in wished_days}) == 1:
            monday = wished_days[0] - timedelta(days=wished_days[0].weekday())  # 'jeudi prochain en avant-midi, ou sinon vendredi': that week's
            later = [monday + timedelta(days=w) for w in sorted(said.weekdays) if w > wished_days[-1].weekday()]
            if len(later) == len(said.weekdays):
                said = replace(said, days=later, weekdays=frozenset())
        weekday_after = WEEKDAY_AFTER.search(clause.text)
        if weekday_after and not clause.negative:  # 'can't do tomorrow, but the Friday after is fine'
            weekday = WEEKDAYS[weekday_after.group(1) or weekday_after.group(2)]
            others = [d for d in said.days if d.weekday() != weekday]
            alone = not any(word in WEEKDAYS for word in f"{clause.text[:weekday_after.start()]} {clause.text[weekday_after.end():]}".split()) and not named_offsets(clause.text, today)  # not 'the Monday after New Year's'
            same = [] if others or alone else read_said(clause.text[:weekday_after.start()], today, parts).days  # 'next Monday or the Monday after': both
            anchors = [away_last] if away_last and AFTER_RETURN.search(clause.text) else others or same or mentioned or ([today + timedelta(days=7)] if alone else [])  # 'this coming Monday or the Thursday after': after that Monday; said alone first, after the coming one
            if anchors:
                after = anchors[-1] + timedelta(days=(weekday - anchors[-1].weekday()) % 7 or 7)  # 'vendredi ou le lundi d'après': both
                said = replace(said, days=fortnight(after) if FROM_ON.search(clause.text[:weekday_after.start()]) else sorted({*others, *same, after}), weekdays=frozenset())
        elif mentioned and not clause.negative and said.weekdays and not (said.every or said.qualified) and WEEKDAYS_AFTER_IT.search(clause.text):
            said = replace(said, days=sorted(mentioned[-1] + timedelta(days=(w - mentioned[-1].weekday()) % 7 or 7) for w in said.weekdays), weekdays=frozenset())
        one_after = ONE_AFTER.search(clause.text)
        if one_after and len(said.days) == 1 and not clause.negative and (re.match(r"(?:ou|or) ", one_after.group(0)) or search(r"\b(?:ou|or) $", clause.text[:one_after.start()])):  # 'ce vendredi-ci ou le suivant': both
            said = replace(said, days=sorted({*said.days, said.days[-1] + timedelta(days=7)}), weekdays=frozenset())
        elif one_after and mentioned and not clause.negative and not one_after.group(0).startswith("celle"):  # 'Tuesday's a no. The one the week after?'; 'celle d'apres' is the week after
            said = replace(said, days=[mentioned[-1] + timedelta(days=7)], weekdays=frozenset())
        elif one_after and clause.negative and said.days:  # 'not this coming Monday or the one after'
            said = replace(said, days=[*said.days, said.days[-1] + timedelta(days=7)], weekdays=frozenset())
        if away_last and _after_return(cut, position) and (said.any_day or said.hours is not None) \
                and not (said.days or said.weekdays or said.every or clause.negative or THAT_WEEK.search(clause.text)):
            said = replace(said, days=fortnight(away_last + timedelta(days=1)), any_day=False)  # 'away Thursday to Sunday, any morning after we get home': from the day after
        if AFTER_ANY_TIME.search(" | ".join(c.text for c in cut[max(0, position - 1):position + 2] if c.sentence == clause.sentence)) and not (wished_days or said.days or gone or clause.negative) and mentioned:
            said = replace(said, days=fortnight(max(mentioned)), any_day=False)  # 'my appointment is on the 16th in the morning, so any time after that': from then, ending the sentence
        elif BEFORE_THAT.search(clause.text) and not wished_days and not said.days and mentioned and not clause.negative:
            said = replace(said, days=business_days(today, min(mentioned) - timedelta(days=1)), any_day=False)  # 'not Friday; any day before that'
        elif BEFORE_THAT.search(clause.text) and wished_days and not said.days and said.hours is None and not POSITIVE_IDIOMS.search(clause.text) and not CLOCK_BOUND.search(wished_text) \
                and not (position and cut[position - 1].sentence == clause.sentence and _hours_only(cut[position - 1].text, today, parts)):  # 'she's up by 9 so not before that': the hour  # 'after 10. He has physio before that': the hours
            first = min(wished_days)  # 'Monday the 21st, before that I'm at my brother's'
            ruled_out.append(said_of(business_days(today, first - timedelta(days=1))))
            continue
        if clause.negative and said_before is not None and not (said.days or said.weekdays or said.every) and (REFUSAL.search(clause.text) or THAT_DAY.search(clause.text) or THAT_IS_MY.search(clause.text) or clause.reason):
            said, said_before = replace(said_before, before_wish=wished_days is None), None
        if clause.negative and wished_days and OTHER_DAYS.search(clause.text) and not (said.days or said.weekdays):
            continue  # 'Thursdays only. The other days she's at the day program': why, not what
        if clause.reason and wished_said is not None and AFTER_IT.match(clause.text) and not (said.days or said.weekdays or said.every or said.hours or said.parts):
            continue  # 'mercredi entre 9 h pis 11 h, après ça je vais à la pharmacie': busy after the wish, not in it
        if clause.negative:
            ends_sentence = clause is cut[-1] or cut[position + 1].sentence != clause.sentence
            if ruled_out and ruled_out[-1].every and ruled_sentence == clause.sentence and said.weekdays and not said.every \
                    and re.match(r"(?:pis|et|and|or|ou|ni) ", clause.text):  # 'son bain le lundi matin pis le mercredi matin': both habits
                said = read_said(clause.text, today, parts, habitual=True)
            elif ruled_out and ruled_out[-1].every and ruled_sentence >= clause.sentence - 1 and said.weekdays and not said.every and HABIT_TOO.search(clause.text):
                said = read_said(clause.text, today, parts, habitual=True)
            elif WEEKLY_ROUND.search(clause.text) and not said.every:
                said = read_said(clause.text, today, parts, habitual=True)
            if BUT_FOR.match(clause.text) and position and cut[position - 1].reason and BUSY_EVERY_DAY.search(cut[position - 1].text) and said.weekdays:
                said = replace(said, days=[], weekdays=frozenset(), every=frozenset(range(5)) - said.weekdays)  # 'au centre de jour tous les jours sauf le mercredi': the other weekdays are out
            spared = _spared(said, clause, cut[position - 1] if position else None, ruled_out[-1] if ruled_out and ruled_sentence == clause.sentence else None)
            if spared:  # 'next week is bad except Friday': Friday is not refused
                ruled_out[-1] = replace(ruled_out[-1], days=[d for d in ruled_out[-1].days if d not in spared])
                continue
            asked_alone = position and cut[position - 1].sentence == wished_sentence == clause.sentence - 1 and (position < 2 or cut[position - 2].sentence < wished_sentence)
            why_follows = not ends_sentence and cut[position + 1].negative and not (DAY_WORD.search(cut[position + 1].text) or PART_WORD.search(cut[position + 1].text))  # '..., non, elle est en physio': a reason with no time of its own
            verdict_on_topic = position > 0 and cut[position - 1].sentence == wished_sentence == clause.sentence and TOPIC_ONLY.fullmatch(cut[position - 1].text) is not None \
                and len(clause.text.split()) <= 5 and not SHORT_DOUBT.search(clause.text) and (ends_sentence or why_follows)  # 'Lundi, pas libre.': the verdict on the day just named
            if BARE_NO.fullmatch(clause.text) and (ends_sentence or why_follows) and last_wish and (wished_sentence == clause.sentence or asked_alone):  # 'Thursday? No.' too
                refused = run if len(run) > 1 and before_run[2] == clause.sentence else [wished_said]  # 'les mardis matins pis les jeudis matins, non': the whole list, as 'c'est non' does
                named -= {day for said_one in refused for day in said_one.days}  # refused, no longer named by a wish
                wished_days, wished_hours = before_run[:2] if len(refused) > 1 else (before_last_wish, hours_before_last_wish)  # 'Friday the 27th, no. Friday the 4th'
                last_wish = None
                ruled_out += [replace(said_one, before_wish=wished_days is None) for said_one in refused]
                ruled_sentence = clause.sentence
                continue
            if (clause.correction or BARE_NO.fullmatch(clause.text)) and not (said.days or said.every or said.hours or said.parts) \
                    and not ((REFUSAL.search(clause.text) or THAT_IS_MY.search(clause.text) or verdict_on_topic) and last_wish is not None):
                pending_correction = True  # 'non attendez, c'est le 18', 'le 29, non le 30'
                continue
            if THAT_WEEK.search(clause.text) and mentioned and not said.days:  # 'se fait operer lundi le 17, faque pas cette semaine-la'
                monday = mentioned[-1] - timedelta(days=mentioned[-1].weekday())
                said = replace(said, days=business_days(max(monday, today), monday + timedelta(days=4)))
            if said.parts and not (said.days or said.every) and ruled_out and said.parts <= ruled_out[-1].parts and (THOSE.search(clause.text) or THAT_DAY_PART.search(clause.text)):
                continue  # 'physio Tuesday mornings... next week, mornings, but not those mornings': ruled out already
            if THIS_ONE.search(clause.text) and wished_days:  # 'Fridays work, just not this one'; 'next Thursday, not this one': the coming one
                that = search(r"\bthat one\b", clause.text) and [d for d in mentioned if d in named_once]  # 'the 23rd... next week except that one': the day named
                coming = today + timedelta(days=(wished_days[0].weekday() - today.weekday()) % 7)
                said = said_of([that[-1] if that else min(wished_days[0], coming)])
            if said.parts and not said.days and not said.every and ruled_out and ruled_out[-1].days and THAT_PART.search(clause.text) and not said.early \
                    and not search(r"\b(?:jamais|never)\b|^(?:pis|et|and|ni) ", clause.text) and not (position and cut[position - 1].text in ADDED) \
                    and ruled_sentence == clause.sentence:
                said = replace(ruled_out.pop(), hours=None, parts=said.parts)  # 'physio at 11 Wednesday, so not that morning'
            elif said.parts and said.days and ruled_out and ruled_out[-1].days == said.days and ruled_out[-1].hours and not ruled_out[-1].parts \
                    and ruled_sentence == clause.sentence and CONCLUSION.match(clause.text):
                ruled_out.pop()  # 'physio is Tuesday at 10:30 so not Tuesday morning': the part the appointment takes
            elif said.parts and not (said.days or said.every or said.weekdays) and single_days and (THAT_DAY_PART.search(clause.text) or EXCEPT_THAT.match(clause.text)
                                                                                                   and wished_sentence == clause.sentence and last_wish == single_days[-1:]):
                said = replace(said, days=single_days[-1:])  # 'Tuesday the 15th at 10. Oh wait, I have the eye doctor that morning': that day's
                that_parts += [] if EXCEPT_THAT.match(clause.text) else [said]  # 'free Wednesday the 25th, except she has the hairdresser in the morning' rules it out
            if THOSE.search(clause.text) and ruled_out and ruled_out[-1].every and ruled_sentence == clause.sentence and said.hours is not None \
                    and not (said.days or said.every or said.parts):  # 'the Legion every Tuesday and Thursday, so those days from 11 to 2 are no good'
                ruled_out[-1] = replace(ruled_out[-1], hours=said.hours, parts=frozenset())
                continue
            if (THOSE.search(clause.text) or THAT_DAY.search(clause.text)) and ruled_out and not (said.days or said.every or said.hours or said.parts) \
                    and not (last_wish and len(last_wish) <= 2 and wished_sentence > ruled_sentence):  # 'Monday's out. So Thursday. Oh, Costco that day': the day wished since
                explains = THAT_DAY.search(clause.text) is not None and not REFUSAL.search(clause.text)  # 'except Wednesday afternoon, she has her hair done that day'
                if (DAY_WORDS.search(clause.text) and not explains) or not ruled_out[-1].parts:  # '... for lunch, so those are out'; 'Tuesday mornings, so those are out' stays mornings
                    ruled_out[-1] = replace(ruled_out[-1], hours=None, parts=frozenset())
                continue
            if not (said.days or said.every or said.hours or said.parts) and len(run) > 1 and before_run[2] == clause.sentence \
                    and ends_sentence and REFUSAL.search(clause.text):  # 'les lundis avant-midi pis les jeudis avant-midi, c'est non': both
                wished_days, wished_hours, last_wish = before_run[0], before_run[1], None
                ruled_out += run
                ruled_sentence = clause.sentence
                continue
            busy_that_day = THAT_DAY.search(clause.text) is not None and wished_sentence == clause.sentence and not POSITIVE_IDIOMS.search(clause.text) \
                and not (wished_said is not None and wished_said.every)  # 'Friday the 22nd but I'm driving her to Perth that day'
            if not (said.days or said.every or said.hours or said.parts) and (last_wish is not None or verdict_on_topic and wished_said is not None) \
                    and (REFUSAL.search(clause.text) or verdict_on_topic or last_wish and (THAT_IS_MY.search(clause.text) or pending_correction or busy_that_day)):
                wished_days, wished_hours, last_wish = before_last_wish, hours_before_last_wish, None  # 'Thursday, no wait, that's my bridge club'
                if not WITHDRAWN.fullmatch(clause.text):  # 'Lundi ou mardi... non oubliez ça': taken back, not ruled out
                    whole_day = THAT_DAY.search(clause.text) is not None or MY_DAY.search(clause.text) is not None  # 'ma fille travaille ce jour-là', 'c'est ma journée de coiffeuse': all of it
                    ruled_out.append(replace(wished_said, before_wish=wished_days is None, **({"hours": None, "parts": frozenset()} if whole_day else {})))
                ruled_sentence = clause.sentence
                pending_correction = False  # the 'non' was this refusal: what is wished next adds to it, corrects nothing
                continue
            if said.parts and not (said.days or said.every) and wished_said is not None and wished_said.every and OTHER_PARTS.search(clause.text):
                others = frozenset(range(5)) - wished_said.every  # 'free Mondays and Wednesdays, he bowls the other mornings': those of the other weekdays
                said = replace(said, days=[d for d in fortnight(today) if d.weekday() in others], every=others, any_day=False)
            if (said.parts or clause.reason) and not said.days and not said.every and wished_said is not None and wished_said.every and last_wish \
                    and not (wished_said.parts and said.parts and not wished_said.parts & said.parts) and not _explains(said, wished_days, wished_hours) \
                    and (clause.reason or THOSE.search(clause.text) or not EXPLICIT_NO.search(clause.text)):  # 'mais pas les avant-midis' narrows them
                wished_days, wished_hours, last_wish = before_last_wish, hours_before_last_wish, None  # 'les lundis pis les vendredis,
                ruled_out.append(replace(wished_said, hours=None, parts=said.parts))  # y'a l'infirmiere qui vient l'apres-midi'
                ruled_sentence = clause.sentence
                continue
            if said.weekdays and last_wish and not said.qualified and any(d.weekday() in said.weekdays for d in last_wish):
                said = replace(said, days=[d for d in last_wish if d.weekday() in said.weekdays], weekdays=frozenset())  # 'jeudi... ah non, jeudi j'ai ma prise de sang'
                left = [d for d in last_wish if d not in said.days]  # 'Thursday or Friday. Friday's no good, make it Monday': Thursday stays
                kept = (left, said.days[0] - timedelta(days=said.days[0].weekday())) if left else None
            if not (said.days or said.every or said.hours or said.parts) and last_wish and wished_sentence == clause.sentence \
                    and (len(last_wish) <= 2 or clause.reason and (WEEK_OF.search(wished_text) or named_week(wished_text, today) is not None)) and not EXPLICIT_NO.search(clause.text) and not MODAL.search(wished_text) \
                    and not search(r"\b(?:until|till) then\b|\bjusque-la\b|\bd'ici la\b|\b(?:too|trop) (?:early|tot|late|tard)\b|\btrop de bonne heure\b", clause.text) \
                    and not (DAY_WORK.search(clause.text) and wished_hours is not None and wished_hours[0] >= 16) and not (WEEK_WORK.search(clause.text) and min(last_wish).weekday() >= 5) and not CLOCK_BOUND.search(wished_text) and not search(r"\b(?:from|until|till) \d", wished_text):  # 'Jeudi, j'ai un tournoi de cartes': a busy reason takes back the day just named; 'jeudi en soiree, je travaille de jour' explains the evening
                named -= set(last_wish)  # taken back, no longer named by a wish
                wished_days, wished_hours, last_wish = before_last_wish, hours_before_last_wish, None
                habit_too = bool(ruled_out and ruled_out[-1].every and NEXT_HABIT.match(wished_text))
                ruled_out.append(read_said(wished_text, today, parts, habitual=True) if habit_too else wished_said)
                ruled_sentence = clause.sentence
                continue
            if said.days or said.every or said.hours or said.parts:
                last_wish = None  # a refusal after this clause is about what this one rules out
            if NOT_THEN.search(clause.text) and busy_hours is not None and not (said.days or said.every or said.hours or said.parts):
                hours_out.append(busy_hours)  # 'she naps from 1 to 3, so not then'
                continue
            if clause.reason and said.hours is not None and not (said.days or said.every or said.parts):
                busy_hours = said.hours
                if said.hours[0] <= parts.day[0] < said.hours[1] < parts.day[1] and UNTIL_CLOCK.search(clause.text):  # 'mon mari va au Tim tous les matins jusqu'a 10 h 30': the day starts then
                    left = (said.hours[1], parts.day[1])
                    wished_hours = overlap(wished_hours, left) or left if wished_hours is not None else left
                    continue
            if said.hours is not None and not (said.days or said.every or said.parts) and not clause.reason and (EXPLICIT_NO.search(clause.text) or WORN_OUT.search(clause.text)):
                start, end = said.hours
                if CLOCK_BOUND.search(clause.text) and (start <= parts.day[0] < end < parts.day[1] or parts.day[0] < start < parts.day[1] <= end):  # 'pas avant 10 h': the day starts at 10
                    left = (end, parts.day[1]) if start <= parts.day[0] else (parts.day[0], start)
                    wished_hours = overlap(wished_hours, left) or left if wished_hours is not None else left
                    continue
                hours_out.append(said.hours)  # 'pas entre midi pis 14 h': those hours of every day wished
                continue
            if (clause.reason or not (EXPLICIT_NO.search(clause.text) or search(r"n'?t\b|\bcannot\b", clause.text))) and said.parts and not said.days and not said.every and not said.weekdays:
                reasons.append(said)  # 'my PSW is here mornings': rules mornings out unless a clock time is wished
                continue
            ruled_out.append(replace(said, before_wish=wished_days is None))
            ruled_sentence = clause.sentence
            if (said.weekdays or said.days) and (week := named_week(clause.text, today)) and len(week) >= 3 and not set(week) <= set(said.days):
                refused_week = (clause.sentence, week[0] - timedelta(days=week[0].weekday()))
            if refused_week is not None and refused_week[0] == clause.sentence:
                rest_week = refused_week[1]
            elif not said.every and 2 <= len(said.days) <= 3 and len({d - timedelta(days=d.weekday()) for d in said.days}) == 1:
                rest_week = said.days[0] - timedelta(days=said.days[0].weekday())  # 'lundi le 23 pis mardi le 24... le reste de la semaine'
            mentioned += said.days
            single_days += [] if said.every else said.days
            named_once |= set(said.days) if len(said.days) <= 2 else set()
            continue
        habit_days = _habit_days_meant(said, clause, cut[position + 1:], ruled_out, ruled_sentence, today)
        if habit_days:  # 'dialysis Monday mornings, so those days after 1': the hours of the habit's days, not of every day
            if not said.parts:
                day_hours.update({day: said.hours for day in habit_days})
                habit_hours = True
            said = replace(said, days=habit_days, hours=None, parts=frozenset())
        if not said.days and not said.hours and THAT_DAY.search(clause.text) and wished_said is not None and wished_said.every:
            continue  # 'juste les jeudis, ma fille est en congé ce jour-là': why that habit suits, every one of them
        if not said.days and (said.parts and THAT_DAY_PART.search(clause.text) or THAT_DAY.search(clause.text) or _other_part(said, clause.text, ruled_out, single_days, wished_days, parts)) \
                and mentioned and len(wished_days or []) <= 1:  # 'next Friday or the 25th, any time that day': both
            said = replace(said, days=[(single_days or mentioned)[-1]])  # 'Wednesday morning I'm at the hairdresser, but that afternoon works'; not a habit's day
        if said.every and SPAN_OF_WEEKDAYS.search(clause.text) and not PLURAL_WEEKDAY.search(clause.text) and single_days and not clause.negative \
                and named_week(clause.text, today) is None and len(said.every) < 5 and not any(out.every for out in ruled_out):  # 'not Monday or Tuesday next week. Wednesday to Friday ok': that week's; after 'every Friday', a habit too
            monday = single_days[-1] - timedelta(days=single_days[-1].weekday())
            said = replace(said, days=[d for d in business_days(max(monday, today), monday + timedelta(days=4)) if d.weekday() in said.every], every=frozenset())
        if OTHER_DAYS.search(clause.text) and not clause.negative and said.any_day and not said.days and not ALSO.search(clause.text) \
                and wished_said is not None and (wished_said.every or wished_said.weekdays) and last_wish \
                and (any(c.negative and c.sentence == wished_sentence for c in cut) or MODAL.search(clause.text) and not MODAL.search(wished_text)):  # 'les lundis pis les mercredis, j'ai ma fille qui vient. Les autres jours c'est correct'
            ruled_out.append(replace(wished_said, before_wish=False))  # the days named were the busy ones
            wished_days, wished_hours, last_wish = before_last_wish, hours_before_last_wish, None
        if OTHER_WEEKDAYS.search(clause.text) and not clause.negative and not (said.days or said.weekdays or said.every) \
                and (left := _left_by_habits(ruled_out, wished_days or fortnight(today), parts)) is not None:
            said = replace(said, days=left, any_day=False)  # 'day program Mondays... any other day works': the days it leaves
        refused_days = [said_out for said_out in ruled_out if said_out.days]
        if REST_OF_WEEK.search(clause.text) and not clause.negative and rest_week is None and refused_days and len(refused_days[-1].days) == 1 \
                and not refused_days[-1].every:  # 'pas lundi prochain... le reste de la semaine': that Monday's week
            rest_week = refused_days[-1].days[0] - timedelta(days=refused_days[-1].days[0].weekday())
            said = replace(said, days=[], any_day=True)
        if said.any_day and not said.days and REST.search(clause.text) and rest_week is not None:
            said = replace(said, days=business_days(max(rest_week, today), rest_week + timedelta(days=4)), any_day=False)  # '... la semaine prochaine, le reste c'est correct'
        if said.weekdays and not said.every and not said.qualified and refused_week is not None and clause.sentence - 1 <= refused_week[0] and wished_sentence != clause.sentence \
                and len(said.days) == len(said.weekdays) and named_week(clause.text, today) is None:  # 'not Monday or Tuesday next week, but Wednesday or Thursday': that week's
            said = replace(said, days=[refused_week[1] + timedelta(days=w) for w in sorted(said.weekdays)], weekdays=frozenset())
        week_of_days = days_said is not None and wished_days and not said.weekdays and not said.every and len(said.days) >= 3 \
            and (named_week(clause.text, today) is not None or WEEK_OF.search(clause.text)) and bool(days_said.weekdays | days_said.every or len({d.weekday() for d in days_said.days}) < len(days_said.days)) \
            and not said.any_day and not re.match(r"(?:or|ou|and|et|pis)\b", clause.text) and not re.search(r"\b(?:or|ou)$", wished_text)  # 'Friday or next week': both
        if week_of_days:  # 'ça laisse mardi pis jeudi. La semaine prochaine': those days of that week
            said = replace(said, days=[d for d in said.days if d.weekday() in {day.weekday() for day in wished_days}])
        every_part = every_part or bool(said.parts and PLURAL_PARTS.search(clause.text))
        if said.days and len(said.days) <= 2 and not said.every and (not said.any_day or said.qualified):  # 'next Friday is fine anytime' names it
            named |= set(said.days)  # days the wish names one by one
            if not (said.weekdays - said.qualified):
                dated |= set(said.days)  # by their date, not as a bare weekday
        correction = clause.correction or pending_correction or week_of_days or (bool(CONCLUSION.match(clause.text)) and bool(said.days) and bool(wished_days))
        pending_correction = correction and not said.days  # 'non attendez, c'est le 18': the next days named correct
        if wished_days and said.weekdays and not said.qualified and not said.every and len(said.days) == len(said.weekdays):
            within = [d for d in wished_days if d.weekday() in said.weekdays]  # 'next week... Monday or Tuesday': that week's
            if len(within) == len(said.weekdays):
                said = replace(said, days=within)
        elif wished_days and said.every and len(wished_days) <= 5 and not said.weekdays and clause.sentence not in any_week:  # 'the week after, le mercredi ou le jeudi'
            within = [d for d in wished_days if d.weekday() in said.every]
            if within:
                said = replace(said, days=within, every=frozenset())
        habit_wish = habit_wish or bool(said.every) and named_week(clause.text, today) is None  # not weekdays narrowed into a week named before them or with them
        confirms = wished_days and not said.every and not said.qualified and said.weekdays and len(said.days) == len(said.weekdays) \
            and all(any(d.weekday() == w for d in wished_days) for w in said.weekdays) \
            and not set(said.days) <= set(wished_days)  # 'c'est le 18, vendredi'
        narrows = wished_days and said.days and (set(said.days) < set(wished_days) or said.qualified and len(wished_days) > 1 and all(
            d.weekday() in {w.weekday() for w in wished_days} for d in said.days)) and not re.match(r"(?:or|ou|and|et|also|aussi)\b", clause.text)  # 'Mon, Wed and Fri... next Wednesday'
        restates = bool(wished_days and last_wish and wished_said is not None and wished_said.weekdays and not wished_said.every
                        and said.days and not said.weekdays and wished_sentence != clause.sentence and not (weekday_after or one_after)
                        and sorted(d.weekday() for d in said.days) == sorted(d.weekday() for d in last_wish))  # 'jeudi ou vendredi. Jeudi le 16 ou vendredi le 17': those dates
        narrows = narrows or restates
        if said.days and not confirms:  # 'next week, Monday or Tuesday' narrows the week; 'or Monday the 21st' adds a day
            if before_run[2] != clause.sentence:
                run, before_run = [], (wished_days, wished_hours, clause.sentence)
            run.append(said)
            before_last_wish, hours_before_last_wish, last_wish, wished_said, days_said = wished_days, wished_hours, said.days, said, said
            wished_sentence, wished_text = clause.sentence, clause.text
            if correction and kept and said.weekdays and not said.every and len(said.days) == len(said.weekdays):  # '... not Wednesday, Thursday instead': that week's
                said = replace(said, days=[kept[1] + timedelta(days=w) if kept[1] + timedelta(days=w) >= today else d for d, w in zip(said.days, sorted(said.weekdays))])
            wished_days = sorted({*kept[0], *said.days}) if correction and kept else said.days if correction or narrows or wished_days is None else sorted(set(wished_days) | set(said.days))
            kept = None
            stale_hours = correction and said.hours is None and wished_hours is not None \
                and any(day_hours.get(day) == wished_hours for day in before_last_wish or [])  # 'Monday morning. Take Wednesday, after 2': that morning was Monday's
            ruled_out = refusals.unless_taken_back(ruled_out, said, [away for away, _ in gone]) if correction else ruled_out
        elif said.hours is not None:  # a refusal takes back these hours; 'that's when I finish his care' explains them
            before_last_wish, hours_before_last_wish, last_wish, wished_said = wished_days, wished_hours, [], said
        if said.hours is not None:  # the first hours, narrowed by later ones that overlap, unless corrected
            if said.days and not said.every and not correction:  # 'Tuesday morning or Thursday afternoon': hours of their own
                day_hours.update({day: said.hours for day in said.days})
            concludes = CONCLUSION.match(clause.text) is not None  # 'meals come around noon, so from 1:30' replaces the hours before
            concludes = concludes and not (wished_hours is not None and FROM_HOUR.match(clause.text) and overlap(wished_hours, said.hours) and PART_WORD.search(hours_text)
                                           and (MODAL.search(hours_text) or ANY_WORD.search(hours_text)))  # 'any morning... so not before 10': that morning's rest; 'his mornings are slow' wished none, 'meals come at noon' no part
            concludes = concludes and not (wished_hours is not None and said.hours[0] <= wished_hours[0] and wished_hours[1] <= said.hours[1])  # 'after 5:30, so evening': the same wish in broader words
            prefers = (PREFERS.search(clause.text) is not None or ONLY.search(clause.text) is not None) and not said.days  # 'je viens de 8 h a 10 h... il prefere un apres-midi': his wish; 'elle prefere le matin, mais je peux juste apres le diner': mine
            asks = MODAL.search(clause.text) is not None and not MODAL.search(hours_text)  # 'je finis à 11 h... si vous venez avant 11 h': the wish
            rough = ROUGH_CLOCK.search(clause.text) is not None and PART_WORD.search(hours_text) is not None and not PART_WORD.search(clause.text)  # 'late afternoon. Thursday around 4?': the time itself
            wished_hours = said.hours if wished_hours is None or correction or stale_hours or concludes or rough else overlap(wished_hours, said.hours) or (said.hours if prefers or asks else wished_hours)
            hours_text = clause.text if wished_hours == said.hours else hours_text
            stale_hours = False
        elif said.days and len(said.days) <= 2 and said.any_day and not said.every and not correction and ANY_TIME.search(clause.text):
            day_hours.update({day: parts.day for day in said.days})  # 'Tuesday after 10 or any time Wednesday': Wednesday's whole day; 'anytime next week' names days only
        if said.any_day and THAT_WEEK.search(clause.text) and mentioned and not _after_habit(ruled_out):  # 'not the 14th, any other day that week'
            monday = mentioned[-1] - timedelta(days=mentioned[-1].weekday())
            wished_days = business_days(max(monday, today), monday + timedelta(days=4))
        mentioned += said.days
        single_days += [] if said.every else said.days
        named_once |= set(said.days) if len(said.days) <= 2 else set()
        any_day = any_day or said.any_day
    before_leaving: list[date] = []
    for away_days, back in gone:  # 'my wife is in Victoria until the 10th... tomorrow at 10:30?': not the client who is away
        leaves = away_days.days[0] if away_days.days else back
        if today < leaves and (dated and all(day < leaves for day in dated) or BEFORE_LEAVING.search(canonical)):  # 'at the cottage from Saturday... so tomorrow', 'Monday or Tuesday before we go': before she leaves
            before_leaving = [day for day in wished_days or [] if day < leaves]
        elif any(day < back for day in dated):
            ruled_out.remove(away_days)
            not_before = None
        elif wished_days and not habit_wish:  # 'at my sister's until next Tuesday; Wednesday or Thursday after that': the ones after; 'Mondays' stay every Monday
            after = [day for day in wished_days if day >= back]  # 'la semaine prochaine': the rest of that week; 'mercredi, jeudi ou vendredi': each after
            before = [day for day in wished_days if day < back]
            span = len(wished_days) >= 3 and any(len(run) >= 2 and run == business_days(run[0], run[-1]) for run in (wished_days, before))
            wished_days = after if span and after else sorted({day if day >= back else day + timedelta(weeks=-(-(back - day).days // 7)) for day in wished_days})
    if not_before is not None and not (wished_days is None and DEFERRED.search(canonical)):
        # a constraint on the wish ('away till Sunday, next week is fine'), else the wish itself, unless the client will write again
        wished_days = [d for d in wished_days if d >= not_before] if wished_days else []
        after_back = not before_leaving or search(r"\b(?:after|apres|once|des|when|quand)\b[^|]{0,20}\b(?:back|home|retour|revenue?|rentree?|revient|rentre)\b", canonical)
        wished_days = before_leaving + (wished_days or (fortnight(not_before) if after_back else []))  # 'back the 27th... from December 1st on': the days from then
    horizon = fortnight(today)
    if wished_hours is None:
        ruled_out += reasons
    ruled_out = [out for out in ruled_out if out not in that_parts or not _explains(out, wished_days, wished_hours)]
    in_view = wished_days if wished_days is not None or not any_day else horizon  # 'sinon toute la semaine': the wish rules are read against
    excluded_days, excluded_parts, hours_left = exclusions.ruled_out(ruled_out, None if habit_wish else in_view, horizon, parts, named, {d: h for d, h in day_hours.items() if d in dated}, today)
    excluded = [(_at(day, 0, now), _at(day, 24, now)) for day in sorted(excluded_days)]
    excluded += [(_at(day, a, now), _at(day, b, now)) for day, (a, b) in excluded_parts]
    holes = [(a, b) for a, b in hours_out if parts.day[0] < a and b < parts.day[1]]  # 'not between 1 and 3': out of every day
    if wished_days is None:
        hours_out = hours_out if any_day else holes  # 'any day, just not first thing': those hours of every day; alone no wish
        if wished_hours is None and hours_left is None and not any_day and not hours_out:
            return [], excluded
        scoped = sorted({day for day, _ in excluded_parts})
        # 'Tuesday the nurse comes in the morning, so the afternoon': the hours wished on the days whose other hours are out
        recurring = (every_part or any(r.every for r in ruled_out)) and len({day.weekday() for day in scoped}) < len(scoped)  # 'dialysis Tuesday mornings... afternoons he's fine': any day's
        other_hours = wished_hours is not None and not any(overlap(span, wished_hours) for _, span in excluded_parts)  # 'any afternoon except Wednesday afternoons': any day's
        wished_days = scoped if other_hours and not any_day and scoped and not habit_wish and not recurring and len(scoped) <= 5 else horizon
    hours_out = [(a, b) for a, b in hours_out if (a, b) not in holes or wished_hours is None or wished_hours[0] < a and b < wished_hours[1]]  # a hole outside the hours asked for says no more
    excluded += [(_at(day, a, now), _at(day, b, now)) for day in wished_days for a, b in hours_out if day not in excluded_days]  # 'not between 1 and 3'
    hours = wished_hours or parts.day
    start_hour, end_hour = (overlap(hours, hours_left) or hours_left) if hours_left else hours  # the wish within what is left
    windows = []
    own_hours = habit_hours or len(set(day_hours.values())) > 1 or (parts.day in day_hours.values() and (start_hour, end_hour) != parts.day
                                                    and any(day not in day_hours for day in wished_days))  # only when the days differ in hours: 'so Monday after 12 or Tuesday anytime'
    for day in wished_days:
        if day in excluded_days:
            continue
        first_hour, last_hour = day_hours[day] if own_hours and day in day_hours else (start_hour, end_hour)
        start = max(_at(day, first_hour, now), now)
        end = _at(day, last_hour, now)
        if start < end:
            windows.append((start, end))
    return windows, excluded


def _after_return(cut: list[Clause], position: int) -> bool:
    """Whether a clause wishes from the return: 'after we get home any morning', or 'after we get home, any morning'
    cut in two at its comma."""
    clause = cut[position]
    before = cut[position - 1] if position else None
    return AFTER_RETURN.search(clause.text) is not None or (before is not None and before.sentence == clause.sentence and AFTER_RETURN.fullmatch(before.text) is not None)


def _family_background(cut: list[Clause]) -> set[Clause]:
    """'My daughter comes on Saturdays, so Wednesday morning' or '... any afternoon next week': when family is around,
    told beside a wish of days of its own, is no wish; 'mon neveu passe le mardi..., un de ces jours-là' asks for those days."""
    return {c for at, c in enumerate(cut) if not c.negative and FAMILY_HABIT.search(c.text)
            and any(not later.negative and (WEEKDAY_OR_PLURAL.search(later.text) or RELATIVE_DAY.search(later.text) or NAMED_WEEK.search(later.text)) for later in cut[at + 1:])}


def _week_of_bound(so_far: list[Clause], sentence: int, today: date) -> list[date] | None:
    """The one week named in the sentence a bare weekday bound sits in ('next week, from Wednesday on', 'dans deux
    semaines, à partir du mardi'): that week's weekday is meant, not the coming one. None when there is no such week."""
    said = [c.text for c in so_far if c.sentence == sentence]
    if named_dates(said[-1], today) or not any(w in WEEKDAYS for w in said[-1].split()):
        return None
    week = next((days for text in reversed(said) if (days := named_week(text, today))), None)
    if not week or len({d - timedelta(days=d.weekday()) for d in week}) > 1:
        return None
    return week


def _other_part(said: Said, text: str, ruled_out: list[Said], single_days: list[date], wished_days: list[date] | None, parts: DayParts) -> bool:
    """'Wednesday morning he has physio. The afternoon is fine' (or 'after 12 I'm free'): the other part of the one day
    ruled out, before any wish; 'afternoons are fine' stays a habit."""
    parts_out = frozenset().union(*(r.parts for r in ruled_out if r.days or r.weekdays))  # not 'le CLSC vient tous les matins'
    other = said.parts.isdisjoint(parts_out) if said.parts else said.hours is not None and all(
        said.hours[0] >= parts.part(p)[1] or said.hours[1] <= parts.part(p)[0] for p in parts_out)
    return bool(other and not said.weekdays and wished_days is None and parts_out
                and not any(r.every for r in ruled_out) and len(set(single_days)) == 1 and not PLURAL_PARTS.search(text))


def _after_habit(ruled_out: list[Said]) -> bool:
    """Whether 'the rest of the week' follows weekdays ruled out as a habit ('Mondays no. Rest of the week is fine'):
    then it is the other weekdays of every week, not the week of the last day named."""
    named = [said for said in ruled_out if said.days or said.every]  # 'Mondays are out, dialysis': the reason names none
    return bool(named and named[-1].every)


def _habit_days_meant(said: Said, clause: Clause, rest: list[Clause], ruled_out: list[Said], ruled_sentence: int, today: date) -> list[date]:
    """The days of the habit just ruled out that a wish of hours alone is about: 'so those days after 1', or the other
    part of them before other weekdays wished ('dialysis Monday mornings. The afternoons are fine, and Tuesdays any
    time'). A part said so is the rest of those days, which the habit's exclusion already bounds; a week named later in
    the sentence ('those days after 4, or any other day next week') scopes them too."""
    if clause.negative or said.days or said.weekdays or said.every or said.hours is None or not ruled_out or not ruled_out[-1].every \
            or ruled_sentence < clause.sentence - 1:
        return []
    habit = ruled_out[-1]
    same = [later for later in rest if later.sentence == clause.sentence]
    others_follow = any(not later.negative and PLURAL_WEEKDAY.search(later.text) for later in same)
    if not THOSE.search(clause.text) and not (said.parts and habit.parts and said.parts.isdisjoint(habit.parts) and others_follow):
        return []
    week = next((days for later in same if (days := named_week(later.text, today))), None)
    return [day for day in habit.days if week is None or day in week]


def _spared(said: Said, clause: Clause, before: Clause | None, refused: Said | None) -> list[date]:
    """The days an exception right after a refusal of several days takes out of it: 'la semaine prochaine c'est
    impossible sauf le vendredi' refuses the other four, never the Friday the exception names."""
    if not (refused and before and before.negative and before.sentence == clause.sentence and SPARING.match(clause.text)) \
            or len(refused.days) < 3 or refused.every or said.hours is not None or said.parts:
        return []
    return [d for d in refused.days if d in said.days or d.weekday() in said.weekdays | said.every]


def _left_by_habits(ruled_out: list[Said], days: list[date], parts: DayParts) -> list[date] | None:
    """The days a habit ruled out leaves for 'any other day': a habit that takes only one part of its day ('the Legion
    every Thursday afternoon') leaves that day's other part, so it stays. None when no habit takes a day."""
    taken = frozenset().union(*(out.every for out in ruled_out if out.hours is None or out.hours[0] < parts.afternoon[0] < out.hours[1]))
    return [day for day in days if day.weekday() not in taken] if taken else None


def _explains(said: Said, wished_days: list[date] | None, wished_hours: Hours | None) -> bool:
    """'Wednesday would be good but she's got foot care that morning, so after lunch': the part out only says why the
    day's other hours are wished, and rules nothing more out."""
    return bool(wished_days and wished_hours and said.hours and set(said.days) <= set(wished_days) and not overlap(wished_hours, said.hours))


def _bounds_a_busy_day(clause: Clause, said: Said, ruled_out: list[Said], single_days: list[date]) -> bool:
    """'We have guests Wednesday the 1st, so not after 4 that day': a bound on the hours of the busy day just named,
    not on every day; 'after 12 that day works' is a wish for it."""
    return bool(not clause.negative and said.hours and not (said.days or said.weekdays or said.every or said.parts) and single_days and ruled_out
                and single_days[-1] in ruled_out[-1].days and THAT_DAY.search(clause.text) and (CLOCK_BOUND.search(clause.text) or FROM_HOUR.search(clause.text)) and not MODAL.search(clause.text))


def _restated_for_a_bound(clause: Clause, said: Said, wished_days: list[date] | None, following: list[Clause], today: date, parts: DayParts) -> bool:
    """'Tuesday the 9th or Wednesday the 10th in the morning. But the 10th, not before 10': one of the wished days said
    again alone, then a bound on its hours only, not a new wish for that day alone."""
    lead = CONTRAST_FIRST.match(clause.text)
    if not (wished_days and len(said.days) == 1 and set(said.days) < set(wished_days) and DATE_ONLY.fullmatch(clause.text[lead.end() if lead else 0:]) and following):
        return False
    bound = read_said(following[0].text, today, parts)
    return following[0].sentence == clause.sentence and bound.hours is not None and not (bound.days or bound.weekdays or bound.every or bound.parts) \
        and _beyond(bound.hours, parts) is not None


def _beyond(bound: Hours, parts: DayParts) -> Hours | None:
    """The hours of the day a bound leaves out: after 4 for 'before 4', before 10 for 'after 10'."""
    if bound[0] <= parts.day[0] < bound[1] < parts.day[1]:
        return bound[1], parts.day[1]
    if parts.day[0] < bound[0] < parts.day[1] <= bound[1]:
        return parts.day[0], bound[0]
    return None


def _takes_back(said: Said, text: str, withdrawn: list[date] | None) -> bool:
    """Whether a clause after 'actually no' names only the day just taken back, and what fills it."""
    return bool(withdrawn and said.days and set(said.days) <= set(withdrawn) and said.hours is None and not said.parts and not said.every
                and DAY_TAKEN.search(text) and not POSITIVE_IDIOMS.search(text))


def _visit(text: str, today: date, parts: DayParts) -> list[date]:
    """The weekdays of a visit the reply tells ('flying in on the 21st and staying till January 3rd', 'mid-December'), from
    the first day named to the last: what 'while I'm there' means."""
    arrival = ARRIVAL.search(text)
    days = read_said(VISIT_END.sub(lambda end: "le " if end.group(0).startswith("jusqu'au") else " ", arrival.group(1)), today, parts).days if arrival else []
    if len(days) == 1 and arrival and (length := STAY_LENGTH.search(arrival.group(1))):
        days = _stay(days[0], length)  # 'coming on the 15th to stay for a week'
    return business_days(max(days[0], today), days[-1]) if days else []


def _stay(first: date, length: re.Match[str]) -> list[date]:
    """The weekdays of a stay that starts on `first` and lasts 'two weeks' or 'ten days': all of them are out, not its first day alone."""
    days = number_of(length.group(1)) * (7 if length.group(2).startswith(("week", "semaine")) else 1)
    return business_days(first, first + timedelta(days=days - 1))


def _hours_only(text: str, today: date, parts: DayParts) -> bool:
    """A clause that names a time of day and no day: what 'not before that' right after it refers to."""
    said = read_said(text, today, parts)
    return said.hours is not None and not (said.days or said.weekdays or said.every)


def _at(day: date, hours: float, now: datetime) -> datetime:
    return datetime.combine(day, clock_time(min(hours, 23.99)), tzinfo=now.tzinfo) if hours < 24 else datetime.combine(day + timedelta(days=1), time(0), tzinfo=now.tzinfo)
