"""Free-slot arithmetic: working hours ∩ appointment hours − busy time, inside wishes, spread over days."""
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from app.odoo.availability import AppointmentRules, Technician, candidate_slots, free_slots, pick_across_day, pick_spread

TZ = ZoneInfo("America/Toronto")
LUNCH_BREAK = {d: [(8.0, 12.0), (13.0, 17.0)] for d in range(5)}


def rules(techs: list[Technician], min_notice_hours: int = 24) -> AppointmentRules:
    return AppointmentRules(
        type_id=1, duration=timedelta(hours=1), tz="America/Toronto", min_notice=timedelta(hours=min_notice_hours),
        max_days=60, weekly_hours={d: [(8.0, 17.0, frozenset())] for d in range(5)}, technicians=techs,
    )


ANNA = Technician(10, 110, "Anna Tech", "America/Toronto", LUNCH_BREAK)
BOB = Technician(11, 111, "Bob Tech", "America/Toronto", LUNCH_BREAK)
NOW = datetime(2026, 11, 24, 10, 0, tzinfo=TZ)  # a Tuesday


def test_candidates_follow_working_hours_lunch_and_minimum_notice() -> None:
    wed = datetime(2026, 11, 25, 0, 0, tzinfo=TZ)
    slots = candidate_slots(rules([ANNA]), NOW, NOW, wed + timedelta(days=1))
    starts = [s.start.hour for s in slots]
    assert starts == [10, 11, 13, 14, 15, 16]  # Wed from 10:00 (24 h notice), no 12:00 (lunch), last at 16:00
    assert all(s.start.date() == wed.date() for s in slots)


def test_weekend_has_no_candidates() -> None:
    sat = datetime(2026, 11, 28, 0, 0, tzinfo=TZ)
    assert candidate_slots(rules([ANNA]), NOW, sat, sat + timedelta(days=2)) == []


def test_dst_change_keeps_local_wall_clock_hours() -> None:
    # 2027-03-15 is the Monday after Canada springs forward; slots stay 8:00 local, not 7:00 or 9:00
    monday = datetime(2027, 3, 15, 0, 0, tzinfo=TZ)
    slots = candidate_slots(rules([ANNA], 0), monday - timedelta(days=3), monday, monday + timedelta(days=1))
    assert slots[0].start.astimezone(TZ).hour == 8
    assert slots[0].start.utcoffset() == timedelta(hours=-4)


def test_busy_events_and_exclusions_remove_slots() -> None:
    wed = datetime(2026, 11, 25, 0, 0, tzinfo=TZ)
    cands = candidate_slots(rules([ANNA, BOB]), NOW, wed, wed + timedelta(days=1))
    busy = {10: [(wed.replace(hour=13, minute=30), wed.replace(hour=14, minute=30))]}
    afternoon = [(wed.replace(hour=12), wed.replace(hour=17))]
    found = free_slots(cands, busy, afternoon, excluded=[(wed.replace(hour=16), wed.replace(hour=17))])
    anna = sorted(s.start.hour for s in found if s.technician_id == 10)
    bob = sorted(s.start.hour for s in found if s.technician_id == 11)
    assert anna == [15]  # 13 and 14 overlap the busy event, 16 is excluded
    assert bob == [13, 14, 15]


def test_pick_spread_prefers_different_days_then_soonest() -> None:
    start = datetime(2026, 11, 25, 0, 0, tzinfo=TZ)
    cands = candidate_slots(rules([ANNA, BOB]), NOW, start, start + timedelta(days=3))
    picked = pick_spread(cands, 3, "America/Toronto")
    assert [s.start.astimezone(TZ).day for s in picked] == [25, 26, 27]
    assert [s.start.astimezone(TZ).hour for s in picked] == [10, 8, 8]
    one_day = [s for s in cands if s.start.astimezone(TZ).day == 25]
    picked_same_day = pick_spread(one_day, 3, "America/Toronto")
    assert [s.start.astimezone(TZ).hour for s in picked_same_day] == [10, 11, 13]
    assert len({s.start for s in picked_same_day}) == 3  # one technician per start time


def test_a_page_shows_a_morning_and_an_afternoon_time_a_day_and_keeps_the_rest_for_more() -> None:
    start = datetime(2026, 11, 25, 0, 0, tzinfo=TZ)  # Wed: from 10:00 (notice); Thu: 8:00 to 16:00; Fri: afternoon only
    cands = candidate_slots(rules([ANNA, BOB]), NOW, start, start + timedelta(days=6))
    friday = [s for s in cands if s.start.astimezone(TZ).day == 27 and s.start.astimezone(TZ).hour >= 13]
    cands = [s for s in cands if s.start.astimezone(TZ).day != 27] + friday
    shown, more = pick_across_day(cands, "America/Toronto", 3, 1)
    assert [(s.start.astimezone(TZ).day, s.start.astimezone(TZ).hour) for s in shown] == [(25, 10), (25, 14), (26, 10), (26, 14), (27, 14)]
    assert {s.start.astimezone(TZ).day for s in more} == {25, 26, 27, 30}  # the rest of those days, and one more day with room
    assert not set(shown) & set(more) and len({s.start for s in shown + more}) == len(shown + more)  # one technician per start
    assert sorted(s.start for s in shown + more) == sorted({s.start for s in cands if s.start.astimezone(TZ).day in (25, 26, 27, 30)})


def test_slots_restricted_to_some_staff_are_theirs_only() -> None:
    restricted = AppointmentRules(
        type_id=1, duration=timedelta(hours=1), tz="America/Toronto", min_notice=timedelta(hours=24), max_days=60,
        weekly_hours={d: [(8.0, 12.0, frozenset({ANNA.user_id})), (13.0, 17.0, frozenset())] for d in range(5)}, technicians=[ANNA, BOB],
    )
    wed = datetime(2026, 11, 25, 0, 0, tzinfo=TZ)
    slots = candidate_slots(restricted, NOW, wed, wed + timedelta(days=1))
    assert {s.start.hour for s in slots if s.technician_id == BOB.user_id} == {13, 14, 15, 16}
    assert {s.start.hour for s in slots if s.technician_id == ANNA.user_id} == {10, 11, 13, 14, 15, 16}


MONDAY = datetime(2026, 11, 23, tzinfo=TZ)
# windows with edges on a half-hour grid around working hours (06:00-19:00) over two weeks from a Monday: slots of an
# hour on the hour, so windows end inside slots, touch one another and cut across lunch
WINDOWS = st.lists(
    st.tuples(st.integers(0, 13), st.integers(12, 38), st.integers(1, 24)).map(
        lambda w: (MONDAY + timedelta(days=w[0], minutes=30 * w[1]), MONDAY + timedelta(days=w[0], minutes=30 * (w[1] + w[2])))
    ),
    max_size=5,
)


@settings(max_examples=300, deadline=None)
@given(wished=WINDOWS.filter(bool), not_wanted=WINDOWS, anna_busy=WINDOWS, bob_busy=WINDOWS)
def test_free_slots_are_exactly_the_candidates_the_plain_definition_keeps(wished, not_wanted, anna_busy, bob_busy) -> None:
    """Bisecting into the wished windows changes nothing: a slot is kept when it lies wholly inside one wish (not
    across two that touch), overlaps no excluded window and none of its technician's busy time; order stays the
    candidates'."""
    cands = candidate_slots(rules([ANNA, BOB], 0), MONDAY, MONDAY, MONDAY + timedelta(days=14))
    busy_by_tech = {ANNA.user_id: anna_busy, BOB.user_id: bob_busy}

    def overlaps(slot, intervals) -> bool:  # type: ignore[no-untyped-def]
        return any(start < slot.end and slot.start < end for start, end in intervals)

    expected = [
        s for s in cands
        if any(start <= s.start and s.end <= end for start, end in wished)
        and not overlaps(s, not_wanted) and not overlaps(s, busy_by_tech.get(s.technician_id, []))
    ]
    assert free_slots(cands, busy_by_tech, wished, not_wanted) == expected
