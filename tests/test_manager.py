"""The dialog manager without a network: events in, state and actions out."""
from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from dialogs.manager import DialogPolicy, handle, wakes_at
from dialogs.model import (
    Book, Booking, BookingConfirmed, BookingFailed, DeliveryFailed, DialogState, FetchSlots, HandToStaff, HandedBack, InboundText,
    KeyPress, PagePicked, RecordOptOut, ReminderDue, Send, Slot, SlotsFetched, StaffBooked, StaffCancelled, StaffOffered, StaffRecordedOptOut,
    StaffResolved, StaffTookOver, Stage, StopReminders, Template, TimerFired, Unit,
)
from dialogs.stages import ON_TEXT

TZ = ZoneInfo("America/Toronto")
NOW = datetime(2026, 11, 24, 10, 0, tzinfo=TZ)
UNIT = Unit("fusion.repair.maintenance.contract", 5, "Scooter", "SN5", date(2026, 12, 1))
PROMPTS = Path(__file__).resolve().parent.parent / "prompts"
SLOTS = [Slot(NOW + timedelta(days=1, hours=h), NOW + timedelta(days=1, hours=h + 1), 7, 17, "Marc Tremblay") for h in (3, 4, 5)]


def reminded() -> DialogState:
    state, actions = handle(DialogState(), ReminderDue("Jeanne Roy", "en_CA", [UNIT], 7), NOW)
    assert actions == [Send("reminder", {"units": [UNIT], "band": 7})]
    assert state.stage == Stage.REMINDED
    return state


def offered() -> DialogState:
    state, _ = handle(reminded(), InboundText("tomorrow afternoon"), NOW)
    state, actions = handle(state, SlotsFetched(SLOTS, True), NOW)
    assert state.stage == Stage.OFFERED and actions[0].template == "offer"
    return state


def test_a_time_wish_fetches_slots_inside_it() -> None:
    state, actions = handle(reminded(), InboundText("tomorrow afternoon"), NOW)
    [fetch] = actions
    assert isinstance(fetch, FetchSlots) and state.stage == Stage.SEARCHING
    assert fetch.windows == [(datetime(2026, 11, 25, 12, tzinfo=TZ), datetime(2026, 11, 25, 17, tzinfo=TZ))]
    assert fetch.units == [UNIT]


def test_choice_books_that_slot_then_confirms() -> None:
    state, actions = handle(offered(), InboundText("2"), NOW + timedelta(minutes=5))
    assert actions == [Book(SLOTS[1], [UNIT])] and state.stage == Stage.BOOKING
    state, actions = handle(state, BookingConfirmed(Booking(42, SLOTS[1])), NOW)
    assert state.stage == Stage.BOOKED and actions == [Send("booked", {"slot": SLOTS[1], "units": [UNIT]})]
    state, actions = handle(state, InboundText("2"), NOW)
    assert [a.template for a in actions] == ["already_booked"] and state.stage == Stage.BOOKED


def test_taken_slot_re_searches_and_apologises_with_the_next_offer() -> None:
    state, _ = handle(offered(), InboundText("1"), NOW)
    state, actions = handle(state, BookingFailed("taken"), NOW)
    assert isinstance(actions[0], FetchSlots) and state.apology == "slot_taken"
    state, actions = handle(state, SlotsFetched(SLOTS[1:], True), NOW)
    assert actions[0].values["apology"] == "slot_taken" and state.apology == ""


def test_stale_offer_is_never_booked() -> None:
    state, actions = handle(offered(), InboundText("1"), NOW + timedelta(hours=5))
    assert isinstance(actions[0], FetchSlots) and state.apology == "offer_stale"


def test_a_time_picked_on_the_page_is_booked_as_that_time_offered_and_chosen_by_text() -> None:
    later = NOW + timedelta(minutes=5)
    for before in (reminded(), offered(), replace(reminded(), stage=Stage.CLOSED, apology="offer_stale", followed_up_at=NOW)):
        picked, actions = handle(before, PagePicked(SLOTS[1]), later)
        assert actions == [Book(SLOTS[1], [UNIT])] and picked.stage == Stage.BOOKING and picked.chosen == SLOTS[1]
        texted = handle(handle(before, SlotsFetched([SLOTS[1]], True), later)[0], InboundText("1"), later)
        assert (picked, actions) == texted
    state, actions = handle(picked, BookingFailed("taken"), later)
    assert isinstance(actions[0], FetchSlots) and state.apology == "slot_taken"


def test_a_time_picked_on_the_page_books_nothing_where_a_text_could_not_choose_one() -> None:
    booked = replace(reminded(), stage=Stage.BOOKED, booking=Booking(42, SLOTS[0]))
    for state in (replace(reminded(), stage=Stage.OPTED_OUT), replace(reminded(), stage=Stage.HANDOFF), booked):
        assert handle(state, PagePicked(SLOTS[1]), NOW) == (state, [])


def test_the_last_one_books_the_last_option_offered() -> None:
    for reply in ("the last one please", "le dernier"):
        state, actions = handle(offered(), InboundText(reply), NOW + timedelta(minutes=5))
        assert actions == [Book(SLOTS[-1], [UNIT])] and state.stage == Stage.BOOKING
    two = replace(offered(), offers=SLOTS[:2])
    _, actions = handle(two, InboundText("the last one"), NOW + timedelta(minutes=5))
    assert actions == [Book(SLOTS[1], [UNIT])]


def test_out_of_range_choice_asks_again() -> None:
    state, actions = handle(offered(), InboundText("7"), NOW)
    assert actions[0].template == "choice_out_of_range" and state.stage == Stage.OFFERED


def test_stop_wins_in_every_stage_and_silences_the_conversation() -> None:
    for start in (DialogState(), reminded(), offered()):
        state, actions = handle(start, InboundText("STOP"), NOW)
        assert state.stage == Stage.OPTED_OUT and actions == [RecordOptOut(), Send("opted_out")]
    state, actions = handle(state, InboundText("tomorrow morning"), NOW)
    assert not any(isinstance(a, Send) for a in actions)


def test_asking_for_a_person_hands_off_and_the_assistant_goes_quiet() -> None:
    state, actions = handle(offered(), InboundText("can someone call me"), NOW)
    assert state.stage == Stage.HANDOFF and isinstance(actions[0], HandToStaff) and actions[1] == Send("handoff")
    assert handle(state, InboundText("hello?"), NOW)[1] == []


def test_two_replies_not_understood_go_to_staff() -> None:
    policy = DialogPolicy(misunderstood_before_handoff=2)
    state, actions = handle(reminded(), InboundText("zzzz qqqq"), NOW, policy)
    assert actions[0].template == "not_understood" and state.misunderstood == 1
    state, actions = handle(state, InboundText("blorp"), NOW, policy)
    assert state.stage == Stage.HANDOFF and isinstance(actions[0], HandToStaff)


def test_yes_to_a_reminder_fetches_the_next_free_slots() -> None:
    state, actions = handle(reminded(), InboundText("yes"), NOW)
    assert isinstance(actions[0], FetchSlots) and actions[0].windows == [(NOW, NOW + timedelta(days=14))]


def test_state_survives_a_round_trip_through_json() -> None:
    state, _ = handle(offered(), InboundText("1"), NOW)
    state, _ = handle(state, BookingConfirmed(Booking(42, SLOTS[0])), NOW)
    assert DialogState.from_json(state.to_json()) == state


def test_a_bare_cancel_or_reschedule_before_booking_asks_for_another_time() -> None:
    for text in ("cancel", "can we do a different day", "none of those"):
        state, actions = handle(offered(), InboundText(text), NOW)
        assert actions == [Send("ask_preference")] and state.stage == Stage.OFFERED
    state, actions = handle(reminded(), InboundText("cancel"), NOW)
    assert actions == [Send("declined")]


def test_key_presses_run_the_same_dialog() -> None:
    state, actions = handle(offered(), KeyPress("2"), NOW)
    assert state.stage == Stage.CONFIRM_CHOICE and actions == [Send("confirm_choice", {"slot": SLOTS[1]})]  # read back first
    assert handle(state, KeyPress("1"), NOW)[1] == [Book(SLOTS[1], [UNIT])]
    again, actions = handle(state, KeyPress("2"), NOW)
    assert again.stage == Stage.OFFERED and again.chosen is None and actions[0].template == "offer"
    state, actions = handle(offered(), KeyPress("0"), NOW)
    assert state.stage == Stage.HANDOFF and isinstance(actions[0], HandToStaff)
    state, actions = handle(offered(), KeyPress("8"), NOW)
    assert state.stage == Stage.OPTED_OUT and RecordOptOut() in actions
    state, actions = handle(offered(), KeyPress("9"), NOW)  # more times: the offered ones are ruled out
    assert state.stage == Stage.SEARCHING and actions == [FetchSlots(state.windows, [(s.start, s.end) for s in SLOTS], [UNIT])]
    state, actions = handle(reminded(), KeyPress("1"), NOW)
    assert state.stage == Stage.SEARCHING and isinstance(actions[0], FetchSlots)


def test_a_choice_said_on_a_call_is_read_back_but_a_typed_one_books() -> None:
    state, actions = handle(offered(), InboundText("the second one", on_call=True), NOW)
    assert state.stage == Stage.CONFIRM_CHOICE and state.chosen == SLOTS[1]
    assert handle(state, InboundText("yes", on_call=True), NOW)[1] == [Book(SLOTS[1], [UNIT])]
    assert handle(offered(), InboundText("the second one"), NOW)[1] == [Book(SLOTS[1], [UNIT])]


def test_a_message_that_cannot_be_delivered_goes_to_staff_quietly() -> None:
    state, actions = handle(offered(), DeliveryFailed(), NOW)
    assert state.stage == Stage.HANDOFF and actions == [HandToStaff("messages could not be delivered")]


def test_staff_take_over_and_hand_back() -> None:
    state, actions = handle(offered(), StaffTookOver(), NOW)
    assert state.stage == Stage.HANDOFF and actions == []
    assert handle(state, InboundText("2"), NOW)[1] == []  # the assistant stays quiet while staff own it
    state, actions = handle(state, HandedBack(), NOW)
    assert state.stage == Stage.REMINDED and actions == [] and state.offers == []
    state, _ = handle(state, InboundText("tomorrow afternoon"), NOW)
    assert state.stage == Stage.SEARCHING
    booked, _ = handle(offered(), InboundText("1"), NOW)
    booked, _ = handle(booked, BookingConfirmed(Booking(42, SLOTS[0])), NOW)
    taken, _ = handle(booked, StaffTookOver(), NOW)
    assert handle(taken, HandedBack(), NOW)[0].stage == Stage.BOOKED


def test_staff_book_move_and_cancel_keep_the_conversation_with_staff() -> None:
    taken, _ = handle(offered(), StaffTookOver(), NOW)
    booked, actions = handle(taken, StaffBooked(Booking(42, SLOTS[0])), NOW)
    assert booked.stage == Stage.HANDOFF and booked.booking == Booking(42, SLOTS[0])
    assert actions == [Send("booked", {"slot": SLOTS[0], "units": [UNIT]})]
    moved, actions = handle(booked, StaffBooked(Booking(42, SLOTS[2])), NOW)
    assert moved.stage == Stage.HANDOFF and actions[0].template == "moved"
    cancelled, actions = handle(moved, StaffCancelled(), NOW)
    assert cancelled.stage == Stage.HANDOFF and cancelled.booking is None and actions == [Send("cancelled")]


def test_a_staff_offer_hands_the_answer_to_the_assistant() -> None:
    taken, _ = handle(reminded(), StaffTookOver(), NOW)
    state, actions = handle(taken, StaffOffered(SLOTS[:2]), NOW)
    assert state.stage == Stage.OFFERED and state.offers == SLOTS[:2] and state.offered_at == NOW
    assert actions == [Send("offer", {"offers": SLOTS[:2], "in_window": True, "apology": ""})]
    assert handle(state, InboundText("2"), NOW)[1] == [Book(SLOTS[1], [UNIT])]


def test_resolved_ends_the_conversation_but_keeps_a_booked_visit() -> None:
    taken, _ = handle(offered(), StaffTookOver(), NOW)
    assert handle(taken, StaffResolved(), NOW) == (replace(taken, stage=Stage.CLOSED), [])
    booked, _ = handle(taken, StaffBooked(Booking(42, SLOTS[0])), NOW)
    assert handle(booked, StaffResolved(), NOW)[0].stage == Stage.BOOKED


def test_after_an_opt_out_staff_actions_text_nothing() -> None:
    state, actions = handle(offered(), StaffRecordedOptOut(), NOW)
    assert state.stage == Stage.OPTED_OUT and actions == [RecordOptOut()]
    assert handle(state, StaffTookOver(), NOW) == (state, [])
    for event in (StaffBooked(Booking(42, SLOTS[0])), StaffCancelled(), StaffOffered(SLOTS), StaffResolved()):
        after, actions = handle(state, event, NOW)
        assert after.stage == Stage.OPTED_OUT and actions == []


def test_a_booking_still_under_way_at_the_next_text_is_booked_again_not_dropped() -> None:
    """Only a crash leaves a conversation in `booking` between turns: the slot chosen is booked again (the engine
    finds the event the cut-off turn may have made), whatever the next text says."""
    booking, _ = handle(offered(), InboundText("2"), NOW + timedelta(minutes=5))
    state, actions = handle(booking, InboundText("hello??"), NOW + timedelta(minutes=30))
    assert actions == [Book(SLOTS[1], [UNIT])] and state.stage == Stage.BOOKING
    state, actions = handle(DialogState.from_json(booking.to_json()), BookingConfirmed(Booking(42, SLOTS[1])), NOW)
    assert state.stage == Stage.BOOKED and state.chosen is None and actions[0].template == "booked"


def test_silence_in_booking_books_the_chosen_slot_again_after_a_while() -> None:
    policy = DialogPolicy()
    booking, _ = handle(offered(), InboundText("2"), NOW)
    assert wakes_at(booking, policy) == NOW + policy.resume_booking_after
    assert handle(booking, TimerFired(), NOW + timedelta(seconds=30), policy) == (booking, [])
    state, actions = handle(booking, TimerFired(), NOW + policy.resume_booking_after, policy)
    assert actions == [Book(SLOTS[1], [UNIT])] and state.stage == Stage.BOOKING


def test_a_cut_off_booking_of_a_time_already_begun_searches_again() -> None:
    booking, _ = handle(offered(), InboundText("2"), NOW)
    state, actions = handle(booking, InboundText("hello"), SLOTS[1].start + timedelta(minutes=1))
    assert isinstance(actions[0], FetchSlots) and state.apology == "offer_stale" and state.chosen is None


def test_the_stage_is_stored_as_its_plain_name_and_read_back_as_a_stage() -> None:
    stored = json.dumps(offered().to_json())
    assert '"stage": "offered"' in stored
    assert DialogState.from_json(json.loads(stored)).stage is Stage.OFFERED


def test_every_stage_has_its_own_answer_to_a_reply() -> None:
    assert set(ON_TEXT) == set(Stage)


def test_every_template_the_dialog_sends_is_written_in_both_languages() -> None:
    for locale in ("en_CA", "fr_CA"):
        assert [t for t in Template if not (PROMPTS / "sms" / locale / f"{t}.j2").is_file()] == [], locale


def test_someone_answering_for_the_client_hears_the_same_question_and_it_is_no_misunderstanding() -> None:
    for said in ("this is her son", "I'm her daughter", "c'est sa fille"):
        state, actions = handle(reminded(), InboundText(said, on_call=True), NOW)
        assert state.stage == Stage.REMINDED and state.misunderstood == 0 and actions == [Send(Template.ASK_WHEN)]
        state, actions = handle(offered(), InboundText(said), NOW)  # by text too, with the times already offered
        assert state.stage == Stage.OFFERED and state.misunderstood == 0
        assert actions == [Send(Template.OFFER, {"offers": SLOTS, "in_window": True, "apology": ""})]
    state, actions = handle(reminded(), InboundText("her son"), NOW)  # no introduction: still a miss
    assert state.misunderstood == 1 and actions[0].template == Template.NOT_UNDERSTOOD


def test_taking_any_offered_time_reads_the_first_back_for_a_yes() -> None:
    for text in ("either is fine", "yes", "whichever"):
        state, actions = handle(offered(), InboundText(text), NOW)
        assert state.stage == Stage.CONFIRM_CHOICE and actions == [Send("confirm_choice", {"slot": SLOTS[0], "first": True})]
        assert handle(state, InboundText("yes"), NOW)[1] == [Book(SLOTS[0], [UNIT])]


def test_a_yes_to_times_offered_too_long_ago_searches_again_and_reads_none_back() -> None:
    state, actions = handle(offered(), InboundText("either is fine"), NOW + timedelta(hours=5))
    assert isinstance(actions[0], FetchSlots) and state.apology == "offer_stale" and state.chosen is None


def test_a_number_texted_after_the_first_time_is_read_back_books_that_offer() -> None:
    read_back, _ = handle(offered(), InboundText("either is fine"), NOW)
    state, actions = handle(read_back, InboundText("2"), NOW)
    assert actions == [Book(SLOTS[1], [UNIT])] and state.stage == Stage.BOOKING
    assert handle(read_back, InboundText("2", on_call=True), NOW)[0].stage == Stage.OFFERED  # on a call, key 2 is 'no'


def test_only_a_denial_of_the_clients_own_name_is_a_wrong_number() -> None:
    for text in ("This is not Jeanne", "Not Mrs. Roy, sorry", "Who is Jeanne?", "Je suis pas Jeanne", "C'est qui Jeanne?"):
        assert StopReminders("wrong_number", phone=True) in handle(reminded(), InboundText(text), NOW)[1], text
    for text in ("I'm not Sure", "This is not Helen", "Not Jeanne, her husband here", "I'm not Jeanne's son, I'm her neighbour", "Who is this?"):
        assert not any(isinstance(a, StopReminders) for a in handle(reminded(), InboundText(text), NOW)[1]), text
