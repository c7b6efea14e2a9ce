"""What the assistant raises for its desks' callers to answer (a 404, a page that says why)."""
from __future__ import annotations


class NotFound(Exception):
    """No conversation, call or booking with that reference. Its own class, so that a stray KeyError or IndexError
    (a LookupError) in the code is a server error, not a page that says the conversation does not exist."""
