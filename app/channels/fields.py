"""What a channel takes from a provider's fields before anything is stored or looked up.

PostgreSQL, the production store, refuses a NUL character in text and a value longer than its column, and either
refusal would be a 500 after part of the work was done. No phone sends a NUL, so a client's text loses it and keeps
its words; an id that is empty, too long for the store or holds control characters is no provider's id.
"""
from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator, StringConstraints

MAX_ID = 128  # messages.provider_message_id
_ID = re.compile(r"^[^\x00-\x20\x7f]{1,%d}$" % MAX_ID)


def provider_id(value: str | None) -> str | None:
    """The provider's id of a message or call as given, or None when it cannot be one."""
    return value if value is not None and _ID.fullmatch(value) else None


def client_text(value: str) -> str:
    """A client's words as the store can keep them."""
    return value.replace("\x00", "")


ProviderId = Annotated[str, StringConstraints(pattern=_ID.pattern)]
ClientText = Annotated[str, AfterValidator(client_text)]
