"""What an exclusion rules out: whole days, parts of days, and hours out on every day, resolved against the wish."""
from __future__ import annotations

from datetime import date, timedelta

from dialogs.clauses import Said
from dialogs.clock import hours_outside, overlap, part_hours
from dialogs.vocabulary import DayParts, Hours


def ruled_out(
    said: list[Said], wished: list[date] | None, horizon: list[date], parts: DayParts, named: set[date], dated_hours: dict[date, Hours], today: date
) -> tuple[set[date], list[tuple[date, Hours]], Hours | None]:
    """Whole days ruled out, parts of days ruled out, and the hours left when parts of every day are ruled out.
    A single weekday ruled out is the one among the wished days, else the coming one; when the wish names that
    weekday itself ('Friday's out, next Friday is good') it is the coming one not wished; a habit ('Mondays') every
    one in view; a weekday ruled out with nothing wished is every one in view."""
    whole: set[date] = set()
    partial: list[tuple[date, Hours]] = []
    every_day_out: list[Hours] = []
    view = sorted(set(horizon) | set(wished or []))
    for item in said:
        span = item.hours or (part_hours(item.parts, parts) if item.parts else None)
        days = set(d for d in item.days if item.scoped or d.weekday() not in (item.weekdays - item.qualified) | item.every)
        for weekday in item.every if not item.scoped else ():
            days |= {d for d in view if d.weekday() == weekday}
        for weekday in item.weekdays - item.qualified:
            among = [d for d in (wished or []) if d.weekday() == weekday]
            coming = [d for d in view if d.weekday() == weekday] or [today + timedelta(days=(weekday - today.weekday()) % 7 or 7)]  # 'can't do Sunday': the coming one, though no weekend is in view
            after_today = [d for d in coming if d > today]  # a bare weekday is the next one after today
            next_one = after_today[:1]
            if item.before_wish and next_one and wished and next_one[0] < wished[0]:
                days |= set(next_one)  # refused before the wish: the coming one too ('not this week and not Monday. Tuesday the 23rd on')
            if among and set(among) <= named and (span is None or all(d in dated_hours and overlap(span, dated_hours[d]) for d in among)):  # a part of that day is still that day, unless that part of a dated day is wished ('mardi matin non, mardi prochain le matin')
                among = [d for d in coming if d not in among][:1]
            before_wish = [d for d in after_today if wished and d <= wished[0]]  # 'ni lundi ni mardi, mais mercredi prochain'
            days |= set(among) if among else set(before_wish[-1:] or next_one) if wished is not None else set(coming)
        if days and span is not None:
            partial += [(d, span) for d in sorted(days)]
        elif days:
            whole |= days
        elif item.early and item.parts == {"morning"}:
            every_day_out.append((parts.morning[0], parts.morning[0] + 2))
        elif item.parts:  # 'afternoons are no good before 2': that bound; 'no mornings or evenings': each part
            every_day_out += [item.hours] if item.hours and len(item.parts) == 1 else [parts.part(p) for p in item.parts]
    return whole, partial, hours_outside(every_day_out, parts)
