"""What one turn of the dialog reads and gives back: a client's reply with its context, and the new state with the
actions for the app."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from dialogs.model import Action, DialogState
from dialogs.policy import DialogPolicy
from dialogs.understand import Understanding

Result = tuple[DialogState, list[Action]]


@dataclass(frozen=True)
class Reply:
    """A client's reply, with what the stage handlers need besides the state."""

    heard: Understanding
    text: str  # as written: which client, which unit it names
    on_call: bool
    now: datetime
    policy: DialogPolicy
