"""Silence: what the clock does to a conversation nobody answers, and when it next would."""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from dialogs.booking import resume_booking
from dialogs.handoff import hand_off_quietly
from dialogs.model import DialogState, HandOffReason, Send, Stage, Template
from dialogs.policy import DialogPolicy
from dialogs.turn import Result

UNTIMED = frozenset({Stage.BOOKED, Stage.HANDOFF, Stage.OPTED_OUT, Stage.CLOSED})  # stages silence never moves on


def on_timer(state: DialogState, now: datetime, policy: DialogPolicy) -> Result:
    """Silence: finish a booking a crash cut off, follow an offer up once, then hand to a person; close what nobody
    touched for long."""
    if state.stage in UNTIMED or state.last_activity is None:
        return state, []
    quiet_for = now - state.last_activity
    if state.stage == Stage.BOOKING:
        return resume_booking(state, now) if quiet_for >= policy.resume_booking_after else (state, [])
    if quiet_for >= policy.expire_after:
        return replace(state, stage=Stage.CLOSED, offers=[], moving=False), []
    if state.stage == Stage.OFFERED and state.followed_up_at is None and quiet_for >= policy.follow_up_after:
        return replace(state, followed_up_at=now), [Send(Template.FOLLOW_UP, {"offers": state.offers})]
    if state.stage == Stage.OFFERED and state.followed_up_at is not None and now - state.followed_up_at >= policy.hand_off_after:
        return hand_off_quietly(state, HandOffReason.SILENT)
    return state, []


def wakes_at(state: DialogState, policy: DialogPolicy = DialogPolicy()) -> datetime | None:
    """The first moment a `TimerFired` would change this state (None: silence never will), so the engine wakes only
    the conversations that are due instead of running the timer over every open one. Mirrors `on_timer`."""
    if state.stage in UNTIMED or state.last_activity is None:
        return None
    if state.stage == Stage.BOOKING:
        return state.last_activity + policy.resume_booking_after
    moments = [state.last_activity + policy.expire_after]
    if state.stage == Stage.OFFERED:
        follow_up = state.last_activity + policy.follow_up_after
        moments.append(follow_up if state.followed_up_at is None else state.followed_up_at + policy.hand_off_after)
    return min(moments)
