"""Escalation, pure: a reminder nobody answered moves to the next channel of its policy (SMS, then a call, then email).

A reminder escalates when the client has not replied for `escalate_after_hours`, or at once when its channel could
not reach them at all (a landline refusing texts, a failed call). The next channel is the first one after the current
in the policy's order that the client can be reached on and has not opted out of.
"""
from __future__ import annotations

from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from datetime import datetime, timedelta

from app.odoo.partners import Client


@dataclass(frozen=True)
class Waiting:
    """A conversation whose reminder has had no reply yet."""

    conversation_id: int
    client: Client
    medium: str  # the channel the latest reminder went by
    sent_at: datetime
    unreachable: bool  # that channel could not deliver it (not textable, call failed)
    channels: list[str]  # the policy's order for the reminded units
    escalate_after: timedelta


def reachable_on(client: Client, medium: str, not_textable: AbstractSet[str], opted_out: AbstractSet[str]) -> bool:
    if medium == "email":
        return bool(client.email) and client.email not in opted_out
    if not client.phone or client.phone in opted_out:
        return False
    return medium == "voice" or client.phone not in not_textable


def first_channel(client: Client, channels: list[str], not_textable: AbstractSet[str], opted_out: AbstractSet[str]) -> str | None:
    """The channel a new reminder goes by: the policy's first one this client can be reached on."""
    return next((m for m in channels if reachable_on(client, m, not_textable, opted_out)), None)


def next_channel(waiting: Waiting, now: datetime, not_textable: AbstractSet[str], opted_out: AbstractSet[str]) -> str | None:
    """The channel this reminder moves to now, or None (not yet, or nowhere left to go)."""
    if not waiting.unreachable and now - waiting.sent_at < waiting.escalate_after:
        return None
    later = waiting.channels[waiting.channels.index(waiting.medium) + 1:] if waiting.medium in waiting.channels else []
    return first_channel(waiting.client, later, not_textable, opted_out)
