"""Each stage's own answer to a client's reply that no fallback (`dialogs.fallbacks`) took: `ON_TEXT`."""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import datetime, timedelta

from rapidfuzz import fuzz

from dialogs.booking import book, resume_booking, search
from dialogs.handoff import hand_off
from dialogs.introductions import introduces_someone_else
from dialogs.model import CancelVisit, DialogState, HandOffReason, HandToStaff, Intent, SelectClient, Send, Slot, Stage, Template, Window, first_name
from dialogs.policy import DialogPolicy
from dialogs.turn import Reply, Result
from dialogs.understand import normalise

TextHandler = Callable[[DialogState, Reply], Result]


def _on_text_when_opted_out(state: DialogState, reply: Reply) -> Result:
    """Never texted again; staff see what the client wrote."""
    return state, [HandToStaff(HandOffReason.OPTED_OUT_CLIENT_WROTE)]


def _on_text_when_staffed(state: DialogState, reply: Reply) -> Result:
    """A person owns this conversation; the inbox shows the message."""
    return state, []


def _on_which_client(state: DialogState, reply: Reply) -> Result:
    """'2' or a name (typos allowed) picks one of the clients sharing the phone."""
    heard = reply.heard
    if heard.intent == Intent.CHOOSE and heard.choice and 1 <= heard.choice <= len(state.candidates):
        chosen: int | None = state.candidates[heard.choice - 1][0]
    else:
        chosen = _client_named(state.candidates, reply.text)
    if chosen is None:
        return _missed(state, reply.policy, HandOffReason.WHICH_CLIENT, ask_which_client(state))
    return replace(state, misunderstood=0), [SelectClient(chosen)]


def _on_text_when_booking(state: DialogState, reply: Reply) -> Result:
    """Only a crash leaves a conversation booking between turns: whatever the text says, the booking is finished."""
    return resume_booking(state, reply.now)


def _on_text_when_booked(state: DialogState, reply: Reply) -> Result:
    """A booked client may cancel (after confirming) or move the visit; the visit stays booked until a new one is."""
    slot = state.booking.slot if state.booking else None
    if reply.heard.intent == Intent.CANCEL:
        return replace(state, stage=Stage.CONFIRM_CANCEL), [Send(Template.CONFIRM_CANCEL, {"slot": slot})]
    if reply.heard.intent == Intent.RESCHEDULE:
        return replace(state, stage=Stage.SEARCHING, moving=True), [Send(Template.ASK_NEW_TIME, {"slot": slot})]
    if reply.heard.intent == Intent.WHEN:
        return _search_wished(replace(state, moving=True), reply)
    return state, [Send(Template.ALREADY_BOOKED, {"slot": slot})]


def _on_confirm_cancel(state: DialogState, reply: Reply) -> Result:
    """'Yes' cancels the booked visit, 'no' keeps it; anything else asks again."""
    if reply.heard.intent in (Intent.YES, Intent.CANCEL) and state.booking is not None:
        return state, [CancelVisit(state.booking.event_id)]
    slot = state.booking.slot if state.booking else None
    if reply.heard.intent in (Intent.NO, Intent.RESCHEDULE):
        return replace(state, stage=Stage.BOOKED), [Send(Template.KEPT, {"slot": slot})]
    return state, [Send(Template.CONFIRM_CANCEL, {"slot": slot})]


def _on_confirm_choice(state: DialogState, reply: Reply) -> Result:
    """'yes' (key 1 on a call) books the option read back; 'no' (key 2) offers the same times again (so does a stage that
    lost its choice); by text a number picks that offer, since the text read-back asks for YES or NO, not a key; anything
    else asks again."""
    heard = reply.heard
    if heard.intent == Intent.CHOOSE and not reply.on_call and state.chosen is not None:
        return _on_choice(replace(state, stage=Stage.OFFERED, chosen=None), reply)
    if state.chosen is None or heard.intent in (Intent.NO, Intent.CANCEL) or heard.intent == Intent.CHOOSE and heard.choice == 2:
        return replace(state, stage=Stage.OFFERED, chosen=None), [Send(Template.OFFER, {"offers": state.offers, "in_window": True, "apology": ""})]
    if heard.intent == Intent.YES or heard.intent == Intent.CHOOSE and heard.choice == 1:
        if _offers_stale(state, reply):
            return search(replace(state, chosen=None, apology="offer_stale"))
        return book(replace(state, chosen=None), state.chosen)
    if heard.intent == Intent.WHEN:
        return search(replace(state, chosen=None, windows=heard.windows, excluded=list(heard.excluded)))
    return state, [Send(Template.CONFIRM_CHOICE, {"slot": state.chosen})]


def _on_choice(state: DialogState, reply: Reply) -> Result:
    """A chosen option is booked; on a call, where a key is easily pressed by mistake, it is read back for a yes first."""
    choice = reply.heard.choice or 0
    if choice < 0:
        choice += len(state.offers) + 1  # 'the last one'
    if not 1 <= choice <= len(state.offers):
        return state, [Send(Template.CHOICE_OUT_OF_RANGE, {"count": len(state.offers), "offers": state.offers})]
    if _offers_stale(state, reply):
        return search(replace(state, apology="offer_stale"))
    if reply.on_call:
        return _read_back(state, state.offers[choice - 1])
    return book(state, state.offers[choice - 1])


def _first_offered(state: DialogState, reply: Reply) -> Result:
    """'Either is fine', 'yes' to the list: the first time offered, read back for a yes, since no option was named."""
    if not state.offers:
        return _not_understood(state, reply)
    if _offers_stale(state, reply):
        return search(replace(state, apology="offer_stale"))
    return _read_back(state, state.offers[0], first=True)


def _read_back(state: DialogState, slot: Slot, *, first: bool = False) -> Result:
    """The offer to book, said back for a yes; `first` when the client named no option, so the read-back says which."""
    values = {"slot": slot, "first": True} if first else {"slot": slot}
    return replace(state, stage=Stage.CONFIRM_CHOICE, chosen=slot, misunderstood=0), [Send(Template.CONFIRM_CHOICE, values)]


def _offers_stale(state: DialogState, reply: Reply) -> bool:
    """Times offered too long ago may be taken or past: they are searched again, never booked."""
    return state.offered_at is None or reply.now - state.offered_at > reply.policy.offer_valid_for


def _search_wished(state: DialogState, reply: Reply) -> Result:
    """The free times inside the client's wish (one that only rules times out: over the next search days)."""
    windows = reply.heard.windows or _default_windows(reply.now, reply.policy)
    return search(replace(state, windows=windows, excluded=list(reply.heard.excluded)))


def _search_any(state: DialogState, reply: Reply) -> Result:
    """'Yes', or a digit before any offer (a key pressed on a reminder call, "1" by text): the next free times."""
    return search(replace(state, windows=_default_windows(reply.now, reply.policy), excluded=[]))


def _ask_preference(state: DialogState, reply: Reply) -> Result:
    """Nothing is booked yet: 'no' or 'cancel' asks for another time, it cancels nothing."""
    return replace(state, misunderstood=0), [Send(Template.ASK_PREFERENCE)]


def _decline(state: DialogState, reply: Reply) -> Result:
    return replace(state, stage=Stage.CLOSED, misunderstood=0), [Send(Template.DECLINED)]


def _not_understood(state: DialogState, reply: Reply) -> Result:
    """Asked again, counted as a miss; someone answering for the client ("this is her son") is no miss: they hear the
    same question, and the dialog goes on with them on the client's behalf."""
    if introduces_someone_else(reply.text):
        return state, [question_for(state)]
    asked = Send(Template.NOT_UNDERSTOOD, {"stage": state.stage, "offers": state.offers})
    return _missed(state, reply.policy, HandOffReason.NOT_UNDERSTOOD, asked)


def _by_intent(answers: Mapping[str, TextHandler]) -> TextHandler:
    """A stage that answers each intent its own way; a reply it has no answer for is not understood."""
    def on_text(state: DialogState, reply: Reply) -> Result:
        return answers.get(reply.heard.intent, _not_understood)(state, reply)
    return on_text


def _unless_kept(on_text: TextHandler) -> TextHandler:
    """While a booked visit is being moved, 'no' keeps it, before the stage reads the reply its own way."""
    def keeping(state: DialogState, reply: Reply) -> Result:
        if state.moving and reply.heard.intent in (Intent.NO, Intent.CANCEL):
            kept = state.booking.slot if state.booking else None
            return replace(state, stage=Stage.BOOKED, moving=False, offers=[]), [Send(Template.KEPT, {"slot": kept})]
        return on_text(state, reply)
    return keeping


WISHES: dict[str, TextHandler] = {Intent.WHEN: _search_wished, Intent.RESCHEDULE: _ask_preference}  # wherever a time is being chosen
BEFORE_ANY_OFFER = _unless_kept(_by_intent({
    **WISHES, Intent.YES: _search_any, Intent.CHOOSE: _search_any, Intent.NO: _decline, Intent.CANCEL: _decline,
}))
ON_TEXT: dict[Stage, TextHandler] = {
    Stage.NEW: BEFORE_ANY_OFFER,
    Stage.WHICH_CLIENT: _on_which_client,
    Stage.REMINDED: BEFORE_ANY_OFFER,
    Stage.SEARCHING: _unless_kept(_by_intent({**WISHES, Intent.YES: _search_any, Intent.NO: _ask_preference, Intent.CANCEL: _ask_preference})),
    Stage.OFFERED: _unless_kept(_by_intent({**WISHES, Intent.CHOOSE: _on_choice, Intent.YES: _first_offered, Intent.NO: _ask_preference, Intent.CANCEL: _ask_preference})),
    Stage.CONFIRM_CHOICE: _unless_kept(_on_confirm_choice),
    Stage.BOOKING: _on_text_when_booking,
    Stage.BOOKED: _on_text_when_booked,
    Stage.CONFIRM_CANCEL: _on_confirm_cancel,
    Stage.HANDOFF: _on_text_when_staffed,
    Stage.OPTED_OUT: _on_text_when_opted_out,
    Stage.CLOSED: _unless_kept(_by_intent({**WISHES, Intent.YES: _search_any})),
}


def _missed(state: DialogState, policy: DialogPolicy, reason: HandOffReason, ask_again: Send) -> Result:
    """A reply the stage cannot read: asked again, until the policy's number of misses hands it to a person."""
    misunderstood = state.misunderstood + 1
    if misunderstood >= policy.misunderstood_before_handoff:
        return hand_off(replace(state, misunderstood=misunderstood), reason)
    return replace(state, misunderstood=misunderstood), [ask_again]


def _default_windows(now: datetime, policy: DialogPolicy) -> list[Window]:
    """'Yes' with no time: anything from now over the next search days."""
    return [(now, now + timedelta(days=policy.search_days))]


def _client_named(candidates: list[tuple[int, str]], text: str) -> int | None:
    """The client sharing the phone whose name the reply says (typos allowed); None: no name is close enough."""
    names = {partner_id: normalise(name) for partner_id, name in candidates}
    words = normalise(text).split()
    best = max(
        ((partner_id, max((fuzz.ratio(w, part) for w in words for part in name.split()), default=0)) for partner_id, name in names.items()),
        key=lambda pair: pair[1], default=(None, 0),
    )
    return best[0] if best[1] >= 85 else None


def question_for(state: DialogState) -> Send:
    """The question the conversation is at, asked again: to a caregiver who says who they are, or to a client who calls
    back after a reminder."""
    slot = state.booking.slot if state.booking is not None else None
    if state.stage == Stage.OFFERED and state.offers:
        return Send(Template.OFFER, {"offers": state.offers, "in_window": True, "apology": ""})
    if state.stage == Stage.CONFIRM_CHOICE and state.chosen is not None:
        return Send(Template.CONFIRM_CHOICE, {"slot": state.chosen})
    if state.stage == Stage.CONFIRM_CANCEL:
        return Send(Template.CONFIRM_CANCEL, {"slot": slot})
    if state.stage == Stage.BOOKED:
        return Send(Template.ALREADY_BOOKED, {"slot": slot})
    if state.stage == Stage.WHICH_CLIENT:
        return ask_which_client(state)
    return Send(Template.ASK_WHEN)


def ask_which_client(state: DialogState) -> Send:
    return Send(Template.WHICH_CLIENT, {"names": [first_name(name) for _, name in state.candidates]})
