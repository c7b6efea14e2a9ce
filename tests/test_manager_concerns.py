"""Replies that are not about a time, in every stage of the dialog: danger goes to a person at once (urgent), a death, a
unit gone or a wrong number gets a kind word and stops what the assistant starts for them, a question gets the dealer's
answer once (or a person), and asking for a call never opts anyone out. Understanding is given, not read, so these
tests hold whatever reads the replies (dialogs.understand)."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from dialogs.fallbacks import REASONS
from dialogs.manager import DialogPolicy, handle, handle_understood
from dialogs.model import (
    Book, Booking, BookingConfirmed, DialogState, FetchSlots, HandOffReason, HandToStaff, HandedBack, InboundText, RecordOptOut,
    ReminderDue, Send, Slot, SlotsFetched, StaffResolved, StaffTookOver, Stage, StopReminders, TimerFired, Unit,
)
from dialogs.turn import Result
from dialogs.understand import Understanding

TZ = ZoneInfo("America/Toronto")
NOW = datetime(2026, 11, 24, 10, 0, tzinfo=TZ)
SCOOTER = Unit("fusion.repair.maintenance.contract", 5, "Pride Go-Go Elite Traveller", "SN5", date(2026, 12, 1), "Scooters")
CHAIR = Unit("fusion.repair.maintenance.contract", 6, "Permobil M3 Corpus", "SN6", date(2026, 12, 9), "Power wheelchairs")
UNITS = [SCOOTER, CHAIR]
SLOTS = [Slot(NOW + timedelta(days=1, hours=h), NOW + timedelta(days=1, hours=h + 1), 7, 17, "Marc Tremblay") for h in (3, 4, 5)]
BOTH = DialogPolicy(answers=frozenset({"price_question", "already_serviced"}))


def said(intent: str, state: DialogState, text: str = "", policy: DialogPolicy = DialogPolicy(), on_call: bool = False) -> Result:
    heard = Understanding(intent, choice=1 if intent == "choose" else None)
    return handle_understood(state, heard, NOW, policy, text, on_call)


def reminded() -> DialogState:
    return handle(DialogState(), ReminderDue("Jeanne Roy", "en_CA", UNITS, 7), NOW)[0]


def offered() -> DialogState:
    state, _ = said("yes", reminded())
    return handle(state, SlotsFetched(SLOTS, True), NOW)[0]


def booked() -> DialogState:
    state, actions = said("choose", offered())
    assert actions == [Book(SLOTS[0], UNITS)]
    return handle(state, BookingConfirmed(Booking(42, SLOTS[0])), NOW)[0]


def stages() -> dict[str, DialogState]:
    """One state in each stage the assistant talks in (staff's HANDOFF and OPTED_OUT are their own tests)."""
    return {
        Stage.NEW: DialogState(client_name="Jeanne Roy", units=UNITS),
        Stage.WHICH_CLIENT: DialogState(stage=Stage.WHICH_CLIENT, candidates=[(1, "Jeanne Roy"), (2, "Paul Roy")]),
        Stage.REMINDED: reminded(),
        Stage.SEARCHING: said("yes", reminded())[0],
        Stage.OFFERED: offered(),
        Stage.CONFIRM_CHOICE: replace(offered(), stage=Stage.CONFIRM_CHOICE, chosen=SLOTS[1]),
        Stage.BOOKING: replace(offered(), stage=Stage.BOOKING),
        Stage.BOOKED: booked(),
        Stage.CONFIRM_CANCEL: replace(booked(), stage=Stage.CONFIRM_CANCEL),
        Stage.CLOSED: said("no", reminded())[0],
    }


def staffed() -> DialogState:
    return handle(offered(), StaffTookOver(), NOW)[0]


def opted_out() -> DialogState:
    return said("stop", offered())[0]


STAGES = list(stages())


def never_offers_times(state: DialogState) -> None:
    """After the reply, whatever the client says next, no times are looked up or offered."""
    for follow in ("yes", "choose", "when", "reschedule", "unknown"):
        after, actions = said(follow, state)
        assert not any(isinstance(a, (FetchSlots, Book)) or isinstance(a, Send) and a.template == "offer" for a in actions), follow
        assert after.stage == state.stage
    assert handle(state, TimerFired(), NOW + timedelta(days=30)) == (state, [])


# urgent ------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("stage", STAGES)
def test_danger_goes_to_a_person_at_once_in_every_stage(stage: str) -> None:
    before = stages()[stage]
    state, actions = said("urgent", before, "Dad is stuck in his stair lift halfway up")
    assert actions == [HandToStaff(HandOffReason.URGENT, urgent=True), Send("urgent")]
    assert state.stage == Stage.HANDOFF and state.urgent and state.offers == [] and state.chosen is None
    assert state.booking == before.booking  # a booked visit stays booked: staff decide
    never_offers_times(state)


def test_danger_while_staff_own_the_conversation_is_flagged_and_answered_but_stays_with_staff() -> None:
    state, actions = said("urgent", staffed(), "the chair won't stop")
    assert state.stage == Stage.HANDOFF and state.urgent
    assert actions == [HandToStaff(HandOffReason.URGENT, urgent=True), Send("urgent")]  # 911 must not wait for a person to read it


def test_danger_from_a_client_who_opted_out_reaches_staff_but_is_never_texted() -> None:
    state, actions = said("urgent", opted_out(), "smoke coming from the scooter")
    assert state.stage == Stage.OPTED_OUT and state.urgent
    assert actions == [HandToStaff(HandOffReason.URGENT, urgent=True)]


def test_staff_resolving_or_handing_back_clears_the_urgent_mark() -> None:
    urgent, _ = said("urgent", offered(), "Mom fell out of her chair")
    assert not handle(urgent, StaffResolved(), NOW)[0].urgent
    assert not handle(urgent, HandedBack(), NOW)[0].urgent
    quiet, _ = said("urgent", opted_out(), "smoke")
    resolved, actions = handle(quiet, StaffResolved(), NOW)
    assert resolved.stage == Stage.OPTED_OUT and not resolved.urgent and actions == []


# a death, a unit gone, a wrong number ------------------------------------------------------------------------------
STOPS = {  # what each stops: the whole client, the units (all of them when none is named), the phone alone
    "bereaved": ("My husband passed away last month", StopReminders("bereaved", client=True)),
    "no_longer_has_unit": ("We moved Mom into long-term care", StopReminders("no_longer_has_unit", UNITS)),
    "wrong_number": ("Wrong number, I don't know this person", StopReminders("wrong_number", phone=True)),
}


@pytest.mark.parametrize("intent", list(STOPS))
@pytest.mark.parametrize("stage", STAGES)
def test_a_death_a_unit_gone_or_a_wrong_number_gets_a_kind_word_stops_reminders_and_tells_staff(intent: str, stage: str) -> None:
    before = stages()[stage]
    text, stop = STOPS[intent]
    state, actions = said(intent, before, text)
    stop = replace(stop, units=list(before.units)) if stop.units else stop
    assert actions == [stop, HandToStaff(REASONS[intent]), Send(intent, {"units": list(before.units)})]
    assert not any(isinstance(a, RecordOptOut) for a in actions)  # not a STOP: the client may still write
    assert state.stage == Stage.HANDOFF and not state.urgent and state.offers == []
    never_offers_times(state)


@pytest.mark.parametrize("intent", list(STOPS))
def test_with_staff_or_opted_out_reminders_still_stop_and_staff_are_told_but_nothing_is_texted(intent: str) -> None:
    text, stop = STOPS[intent]
    for before in (staffed(), opted_out()):
        state, actions = said(intent, before, text)
        assert state == replace(before, last_activity=NOW, followed_up_at=None)
        assert actions == [stop, HandToStaff(REASONS[intent])]


def test_a_unit_named_is_the_one_stopped_and_none_named_stops_them_all() -> None:
    _, actions = said("no_longer_has_unit", reminded(), "We sold the scooter last spring")
    assert actions[0] == StopReminders("no_longer_has_unit", [SCOOTER]) and actions[-1] == Send("no_longer_has_unit", {"units": [SCOOTER]})
    _, actions = said("no_longer_has_unit", reminded(), "On a donné le fauteuil roulant à ma soeur, the wheelchair is gone")
    assert actions[0] == StopReminders("no_longer_has_unit", [CHAIR])
    _, actions = said("no_longer_has_unit", reminded(), "Nous l'avons vendu")
    assert actions[0] == StopReminders("no_longer_has_unit", UNITS)


# questions ---------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("stage", [s for s in STAGES if s != Stage.WHICH_CLIENT])
def test_a_price_question_goes_to_staff_unless_the_dealer_answers_it(stage: str) -> None:
    before = stages()[stage]
    state, actions = said("price_question", before, "How much does the checkup cost?")
    assert actions == [HandToStaff(REASONS["price_question"]), Send("handoff")] and state.stage == Stage.HANDOFF
    state, actions = said("price_question", before, "How much does the checkup cost?", BOTH)
    slot = before.booking.slot if before.booking else before.chosen
    assert actions == [Send("price_answer", {"stage": stage, "offers": before.offers, "slot": slot})]
    assert state.stage == stage and state.offers == before.offers and state.answered == ["price_question"]  # the dialog goes on


def test_an_answered_question_does_not_loop_asked_again_it_goes_to_a_person() -> None:
    state, actions = said("price_question", offered(), "how much?", BOTH)
    assert [a.template for a in actions if isinstance(a, Send)] == ["price_answer"]
    state, actions = said("choose", state)  # the times offered still stand
    assert actions == [Book(SLOTS[0], UNITS)]
    state, _ = said("price_question", offered(), "how much?", BOTH)
    state, actions = said("price_question", state, "but how much exactly?", BOTH)
    assert state.stage == Stage.HANDOFF and actions == [HandToStaff(REASONS["price_question"]), Send("handoff")]
    fresh, _ = handle(state, ReminderDue("Jeanne Roy", "en_CA", UNITS, 1), NOW)
    assert fresh.answered == []  # a new reminder: the answer may be given again


def test_already_serviced_stops_this_due_dates_reminders_and_is_answered_or_handed_to_staff() -> None:
    state, actions = said("already_serviced", reminded(), "Your technician already came in October")
    stop = StopReminders("already_serviced", UNITS, due_only=True)
    assert actions == [stop, HandToStaff(REASONS["already_serviced"]), Send("handoff")] and state.stage == Stage.HANDOFF
    state, actions = said("already_serviced", reminded(), "the scooter was serviced last week", BOTH)
    assert actions == [replace(stop, units=[SCOOTER]), Send("already_serviced_answer", {"stage": Stage.REMINDED, "offers": [], "slot": None})]
    assert state.stage == Stage.REMINDED and state.answered == ["already_serviced"]
    state, actions = said("yes", state)  # a client who wants a visit anyway can still book one
    assert isinstance(actions[0], FetchSlots)


@pytest.mark.parametrize("intent", ["price_question", "already_serviced"])
def test_questions_while_staff_own_it_are_left_to_staff_and_an_opted_out_client_is_not_texted(intent: str) -> None:
    assert said(intent, staffed(), "?", BOTH)[1] == []
    assert said(intent, opted_out(), "?", BOTH)[1] == [HandToStaff("message from a client who opted out")]


def test_a_question_on_a_call_while_a_time_is_read_back_keeps_it() -> None:
    before = replace(offered(), stage=Stage.CONFIRM_CHOICE, chosen=SLOTS[1])
    state, actions = said("price_question", before, "how much is it", BOTH, on_call=True)
    assert state.stage == Stage.CONFIRM_CHOICE and state.chosen == SLOTS[1] and actions[0].values["slot"] == SLOTS[1]
    assert said("yes", state, on_call=True)[1] == [Book(SLOTS[1], UNITS)]


# asking for a call -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("stage", STAGES)
def test_asking_for_a_call_is_a_callback_for_staff_never_an_opt_out(stage: str) -> None:
    state, actions = said("human", stages()[stage], "call me please")
    assert actions == [HandToStaff(HandOffReason.CLIENT_ASKS_FOR_A_PERSON), Send("handoff")] and state.stage == Stage.HANDOFF
    for before in (staffed(), opted_out()):
        assert not any(isinstance(a, RecordOptOut) for a in said("human", before, "call me")[1])


def test_the_new_marks_survive_a_round_trip_through_json() -> None:
    state, _ = said("price_question", offered(), "how much", BOTH)
    state, _ = said("urgent", state, "brakes failed")
    assert state.urgent and state.answered == ["price_question"]
    assert DialogState.from_json(state.to_json()) == state
    assert DialogState.from_json({k: v for k, v in state.to_json().items() if k not in ("urgent", "answered")}).urgent is False


@pytest.mark.parametrize("tries", [2, 3])
def test_the_which_client_question_hands_off_after_the_policys_number_of_misses(tries: int) -> None:
    state, policy = stages()[Stage.WHICH_CLIENT], DialogPolicy(misunderstood_before_handoff=tries)
    for _ in range(tries - 1):
        state, actions = said("unknown", state, "zzzz", policy)
        assert state.stage == Stage.WHICH_CLIENT and actions[-1].template == "which_client"
    state, actions = said("unknown", state, "zzzz", policy)
    assert state.stage == Stage.HANDOFF and isinstance(actions[0], HandToStaff)


def test_a_confirmation_that_lost_its_choice_offers_the_times_again() -> None:
    state, actions = said("yes", replace(offered(), stage=Stage.CONFIRM_CHOICE, chosen=None))
    assert state.stage == Stage.OFFERED and actions == [Send("offer", {"offers": SLOTS, "in_window": True, "apology": ""})]


def in_stage(stage: Stage) -> DialogState:
    """A state in any stage, staff's and the opted-out one included."""
    return {**stages(), Stage.HANDOFF: staffed(), Stage.OPTED_OUT: opted_out()}[stage]


@pytest.mark.parametrize("stage", list(Stage))
@pytest.mark.parametrize(("locale", "text"), [
    ("en_CA", "STOP"), ("en_CA", "Arrêt"), ("en_CA", "stop please"), ("en_CA", "UNSUBSCRIBE"), ("fr_CA", "ARRET"), ("fr_CA", "ARRÊT"),
])
def test_stop_opts_out_in_every_stage(stage: Stage, locale: str, text: str) -> None:
    """STOP opts out and is confirmed once, whatever the stage (staff's too). In OPTED_OUT itself it changes nothing
    and sends nothing: the client is out already and had the one confirmation."""
    state = replace(in_stage(stage), locale=locale)
    assert state.stage == stage
    after, actions = handle(state, InboundText(text), NOW)
    if stage == Stage.OPTED_OUT:
        assert (after, actions) == (state, [])
        return
    assert after.stage == Stage.OPTED_OUT and after.offers == [] and actions == [RecordOptOut(), Send("opted_out")], actions
    assert not any(isinstance(a, (FetchSlots, Book)) for a in actions)
