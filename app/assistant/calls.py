"""Automated calls: a reminder call answered by a person or a machine, each key or phrase on it, the last words said
again (star), and a client calling the dealer's number back."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from app.assistant.core import Conversations
from app.assistant.errors import NotFound
from app.assistant.outbound import Delivery
from app.store import repository as repo
from app.store.models import Conversation, Message
from dialogs.model import DialogState, Send, Stage, first_name
from dialogs.stages import question_for


@dataclass(frozen=True)
class CallTurn:
    """What a call says next, and whether it then listens for keys or speech (else it hangs up)."""

    say: list[str]
    locale: str
    listen: bool


class CallDesk:
    """What Twilio's voice webhooks ask of the assistant, through its engine."""

    def __init__(self, engine: Conversations) -> None:
        self.engine = engine

    def answer(self, reference: str, machine: bool) -> CallTurn:
        """A reminder call was answered: a person hears the reminder and may press keys; a machine gets a short
        message with who called, why and the number to call back, never a menu."""
        with self.engine.sessions() as session:
            message_id = _message_id(reference)
            placed = session.get(Message, message_id) if message_id is not None else None
            if placed is None or placed.channel != "voice" or placed.conversation_id is None:
                raise NotFound("no call placed with this reference")
            conversation = self.engine.conversation(session, placed.conversation_id)
            state = DialogState.from_json(conversation.state)
            if not machine:
                return CallTurn([placed.body], state.locale, listen=True)
            with self.engine.lock(conversation.phone):
                left = self.engine.outbound.send(session, conversation, conversation.phone, state, Send("voicemail"), None, Delivery.SPOKEN)
                session.commit()
            return CallTurn([left.body], state.locale, listen=False)

    def input(self, phone: str, call_id: str, turn: int, digits: str, speech: str) -> CallTurn:
        """Keys pressed or words said on a call run the same dialog as texts; the answer is spoken back. `turn` makes a
        retried webhook of the same step the same provider id, so it is processed once."""
        keypress = bool(digits)
        replies = self.engine.handle_inbound(phone, digits if keypress else speech, f"{call_id}:{turn}", medium="voice", keypress=keypress)
        with self.engine.sessions() as session:
            conversation = repo.latest_conversation(session, phone)
            locale = conversation.locale if conversation else "en_CA"
            listening = conversation is not None and conversation.status == "active"
        return CallTurn(replies, locale, listen=listening)

    def last_said(self, phone: str) -> CallTurn:
        """What the call said last (the reminder, or the replies to the last key or phrase), said again without
        running the dialog: star on any menu."""
        with self.engine.sessions() as session:
            conversation = repo.latest_conversation(session, phone)
            if conversation is None:
                raise NotFound("no conversation on this call")
            said: list[str] = []
            for message in reversed(repo.conversation_messages(session, conversation.id)):
                if message.direction == "in":
                    break
                if message.channel == "voice":
                    said.insert(0, message.body)
            return CallTurn(said, conversation.locale, listen=conversation.status == "active")

    def call_back(self, phone: str) -> CallTurn | None:
        """A client calling the dealer's number back while their conversation is open hears a greeting and the
        question it is at (recorded as said, so star repeats it), then may answer by key or phrase; None: no open
        conversation on this number."""
        with self.engine.sessions() as session:
            conversation = repo.latest_conversation(session, phone)
            if conversation is None or conversation.status != "active":
                return None
            conversation_id = conversation.id

        def ask(session: Session, conversation: Conversation, state: DialogState) -> CallTurn | None:
            if state.stage == Stage.OPTED_OUT:  # the carrier said they opted out: a person takes their call
                return None
            asked = self.engine.outbound.send(session, conversation, conversation.phone, state, question_for(state), None, Delivery.SPOKEN)
            greeting = self.render(state.locale, "call_back", {"first_name": first_name(state.client_name)})
            return CallTurn([greeting, asked.body], state.locale, listen=True)

        return self.engine.work_on(conversation_id, ask)

    def closed_until(self) -> datetime | None:
        """When someone at the dealer's office answers again; None while it is open."""
        now = self.engine.now()
        opens = self.engine.window.office_opens(now)
        return opens if opens > now else None

    def render(self, locale: str, template: str, values: dict[str, object] | None = None) -> str:
        """A spoken line outside the dialog (the no-input goodbye, star to repeat, a call from a number we do not know)."""
        return self.engine.renderer.render("voice", locale, template, {"first_name": "", "client_name": "", **(values or {})})


def _message_id(reference: str) -> int | None:
    """The message id a call's reference carries: ASCII digits within the store's 32-bit ids (a larger number is an
    error in PostgreSQL and SQLite alike, not a miss)."""
    if not (reference.isascii() and reference.isdigit() and len(reference) <= 10):
        return None
    return int(reference) if int(reference) < 2**31 else None
