"""Random conversations against the pure dialog manager: whatever clients say and whatever happens, the invariants hold."""
from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogs.manager import DialogPolicy, handle, wakes_at
from dialogs.model import (
    Book, Booking, BookingConfirmed, BookingFailed, CancelVisit, DialogState, FetchSlots, InboundText, RecordOptOut, ReminderDue, Send,
    Slot, SlotsFetched, Stage, TimerFired, Unit, VisitCancelled,
)

TZ = ZoneInfo("America/Toronto")
START = datetime(2026, 11, 24, 10, 0, tzinfo=TZ)
UNIT = Unit("fusion.repair.maintenance.contract", 5, "Scooter", "SN5", date(2026, 12, 1))
SLOTS = [Slot(START + timedelta(days=d, hours=h), START + timedelta(days=d, hours=h + 1), 7, 17, "Marc Tremblay") for d in (1, 2, 3) for h in (0, 3, 5)]
TEXTS = [
    "tomorrow afternoon", "2", "1", "3", "7", "yes", "no", "none of those", "STOP", "help", "can someone call me", "cancel",
    "please cancel my visit", "reschedule", "friday morning", "blah", "👍", "next week", "not Monday", "oui", "le deuxième", "",
]

client_step = st.one_of(
    st.tuples(st.just("text"), st.sampled_from(TEXTS)),
    st.tuples(st.just("wait"), st.sampled_from([0.5, 3, 5, 25, 30, 24 * 15])),
)
outcome = st.fixed_dictionaries({
    "slots": st.lists(st.sampled_from(SLOTS), max_size=3, unique=True),
    "in_window": st.booleans(),
    "booking": st.sampled_from(["confirmed", "taken", "refused"]),
})


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps=st.lists(st.tuples(client_step, outcome), min_size=1, max_size=25))
def test_invariants_hold_for_any_conversation(steps: list) -> None:
    policy = DialogPolicy()
    now = START
    state, _ = handle(DialogState(), ReminderDue("Jeanne Roy", "en_CA", [UNIT], 7), now, policy)
    opted_out = False
    booked_event: int | None = None
    next_event_id = 100
    for (kind, value), app in steps:
        if kind == "wait":
            now += timedelta(hours=value)
            pending = [TimerFired()]
        else:
            pending = [InboundText(value)]
        while pending:
            before = state
            state, actions = handle(state, pending.pop(0), now, policy)
            assert DialogState.from_json(state.to_json()) == state  # always serialisable and reloadable
            was_out = opted_out
            for action in actions:
                if was_out:
                    assert not isinstance(action, (Book, FetchSlots, CancelVisit)), "acted after STOP"
                    assert not isinstance(action, Send), "texted someone who opted out"
                if isinstance(action, RecordOptOut):
                    opted_out = True
                    continue
                if isinstance(action, Book):
                    assert before.stage != Stage.BOOKING, "a second booking while one is under way"
                    assert action.slot in before.offers, "booked a slot that was not on offer"
                    assert before.offered_at is not None and now - before.offered_at <= policy.offer_valid_for, "booked a stale offer"
                    assert action.replaces == (booked_event if before.moving else None)
                    if app["booking"] == "confirmed":
                        event_id = action.replaces or next_event_id
                        next_event_id += 1
                        booked_event = event_id
                        pending.append(BookingConfirmed(Booking(event_id, action.slot)))
                    else:
                        pending.append(BookingFailed(app["booking"]))
                elif isinstance(action, FetchSlots):
                    pending.append(SlotsFetched(list(app["slots"]), app["in_window"]))
                elif isinstance(action, CancelVisit):
                    assert action.event_id == booked_event, "cancelled something that was not the client's visit"
                    booked_event = None
                    pending.append(VisitCancelled())
        if opted_out:
            assert state.stage == Stage.OPTED_OUT


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps=st.lists(st.tuples(client_step, outcome), min_size=1, max_size=25))
def test_silence_changes_nothing_before_the_moment_the_state_wakes_and_something_at_it(steps: list) -> None:
    """The engine wakes a conversation only at `wakes_at`: the timer must change nothing before that moment (no
    follow-up, hand-off or expiry is missed by sleeping until then) and change something at it (no wasted wake-up)."""
    policy = DialogPolicy()
    now = START
    state, _ = handle(DialogState(), ReminderDue("Jeanne Roy", "en_CA", [UNIT], 7), now, policy)
    for (kind, value), app in steps:
        if kind == "wait":
            now += timedelta(hours=value)
        pending = [TimerFired() if kind == "wait" else InboundText(value)]
        while pending:
            state, actions = handle(state, pending.pop(0), now, policy)
            for action in actions:
                if isinstance(action, FetchSlots):
                    pending.append(SlotsFetched(list(app["slots"]), app["in_window"]))
                elif isinstance(action, Book):
                    pending.append(BookingConfirmed(Booking(action.replaces or 100, action.slot)) if app["booking"] == "confirmed" else BookingFailed(app["booking"]))
                elif isinstance(action, CancelVisit):
                    pending.append(VisitCancelled())
        moment = wakes_at(state, policy)
        if moment is None:
            assert handle(state, TimerFired(), now + timedelta(days=400), policy) == (state, [])
            continue
        assert moment > now, "a conversation left due right after a turn"
        assert handle(state, TimerFired(), moment - timedelta(seconds=1), policy) == (state, [])
        assert handle(state, TimerFired(), moment, policy) != (state, [])
