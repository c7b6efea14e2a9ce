"""The replies every stage answers alike, before the stage's own handler (`dialogs.stages`) reads them: STOP, danger,
a death, a unit gone or a wrong number, a question, help, a person."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from rapidfuzz import fuzz

from dialogs.handoff import hand_off, with_staff
from dialogs.model import Action, DialogState, HandOffReason, HandToStaff, Intent, RecordOptOut, Send, Stage, StopReminders, Template, Unit
from dialogs.turn import Reply, Result
from dialogs.understand import fold

Fallback = Callable[[DialogState, Reply], Result | None]  # None: not this fallback's reply, the next one looks

QUIET = frozenset({Stage.OPTED_OUT, Stage.HANDOFF})  # the assistant says nothing of its own: the client opted out, or staff own it

# replies that are not about a time, handled whatever the stage (dialogs.understand names them)
STOPPING: dict[str, Template] = {  # intent: its kind word; a person is told and nothing more is started for them
    Intent.BEREAVED: Template.BEREAVED, Intent.NO_LONGER_HAS_UNIT: Template.NO_LONGER_HAS_UNIT, Intent.WRONG_NUMBER: Template.WRONG_NUMBER,
}
QUESTIONS: dict[str, Template] = {  # intent: the dealer's answer
    Intent.PRICE_QUESTION: Template.PRICE_ANSWER, Intent.ALREADY_SERVICED: Template.ALREADY_SERVICED_ANSWER,
}
REASONS: dict[str, HandOffReason] = {
    Intent.BEREAVED: HandOffReason.BEREAVED,
    Intent.NO_LONGER_HAS_UNIT: HandOffReason.NO_LONGER_HAS_UNIT,
    Intent.WRONG_NUMBER: HandOffReason.WRONG_NUMBER,
    Intent.PRICE_QUESTION: HandOffReason.PRICE_QUESTION,
    Intent.ALREADY_SERVICED: HandOffReason.ALREADY_SERVICED,
}


def _stop(state: DialogState, reply: Reply) -> Result | None:
    """STOP wins in every stage; said again once out, it is not confirmed again."""
    if reply.heard.intent != Intent.STOP:
        return None
    if state.stage == Stage.OPTED_OUT:
        return state, []
    return replace(state, stage=Stage.OPTED_OUT, offers=[]), [RecordOptOut(), Send(Template.OPTED_OUT)]


def _urgent(state: DialogState, reply: Reply) -> Result | None:
    """Danger goes to a person at once in every stage. A conversation staff own stays theirs but still gets the reply
    (911 must not wait for a person to read it); a client who opted out is never texted."""
    if reply.heard.intent != Intent.URGENT:
        return None
    new = replace(state if state.stage in QUIET else with_staff(state), urgent=True)
    said = [] if state.stage == Stage.OPTED_OUT else [Send(Template.URGENT)]
    return new, [HandToStaff(HandOffReason.URGENT, urgent=True), *said]


def _stopping(state: DialogState, reply: Reply) -> Result | None:
    """A death, a unit gone or a wrong number, in every stage: what the assistant starts for them stops and a person
    is told; the kind word is sent only where the assistant talks (staff keep a conversation they own)."""
    intent = reply.heard.intent
    if intent not in STOPPING:
        return None
    units = _units_meant(state.units, reply.text) if intent == Intent.NO_LONGER_HAS_UNIT else list(state.units)
    actions: list[Action] = [_reminders_stopped(intent, units), HandToStaff(REASONS[intent])]
    if state.stage in QUIET:
        return state, actions
    return with_staff(state), [*actions, Send(STOPPING[intent], {"units": units})]


def _question(state: DialogState, reply: Reply) -> Result | None:
    """A question where the assistant talks: the dealer's answer once, and the dialog goes on where it was (no new
    offer); else, or asked again, a person. Where it is quiet, the stage takes it as any other message."""
    intent = reply.heard.intent
    if intent not in QUESTIONS or state.stage in QUIET:
        return None
    stop: list[Action] = [StopReminders(intent, _units_meant(state.units, reply.text), due_only=True)] if intent == Intent.ALREADY_SERVICED else []
    if intent not in reply.policy.answers or intent in state.answered:
        new, handed = hand_off(state, REASONS[intent])
        return new, [*stop, *handed]
    slot = state.booking.slot if state.booking is not None else state.chosen
    new = replace(state, answered=[*state.answered, intent], misunderstood=0)
    return new, [*stop, Send(QUESTIONS[intent], {"stage": state.stage, "offers": state.offers, "slot": slot})]


def _help(state: DialogState, reply: Reply) -> Result | None:
    """Help where the assistant talks; where it is quiet, the stage takes it as any other message."""
    if reply.heard.intent != Intent.HELP or state.stage in QUIET:
        return None
    return state, [Send(Template.HELP)]


def _person(state: DialogState, reply: Reply) -> Result | None:
    """Asking for a person where the assistant talks: staff take over (and may call back); where it is quiet, the
    stage takes it as any other message."""
    if reply.heard.intent != Intent.HUMAN or state.stage in QUIET:
        return None
    return hand_off(state, HandOffReason.CLIENT_ASKS_FOR_A_PERSON)


FALLBACKS: tuple[Fallback, ...] = (_stop, _urgent, _stopping, _question, _help, _person)


def _reminders_stopped(intent: str, units: list[Unit]) -> StopReminders:
    """A death stops the whole client; a wrong number only the phone (the client's units still need a visit); a unit
    gone, those units."""
    if intent == Intent.BEREAVED:
        return StopReminders(intent, client=True)
    if intent == Intent.WRONG_NUMBER:
        return StopReminders(intent, phone=True)
    return StopReminders(intent, units)


def _units_meant(units: list[Unit], text: str) -> list[Unit]:
    """The units a reply names ("we sold the scooter", of a scooter and a wheelchair) by a word of their label or policy
    category; all of them when it names none ("we sold it")."""
    said = _words(text)
    meant = [u for u in units if any(_alike(w, n) for w in said for n in _words(f"{u.label} {u.category or ''}"))]
    return meant or list(units)


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z]{4,}", fold(text))


def _alike(said: str, name: str) -> bool:
    """'scooters' is 'scooter', 'chair' is in 'wheelchair'; typos allowed."""
    return fuzz.ratio(said, name) >= 85 or len(said) >= 5 and said in name
