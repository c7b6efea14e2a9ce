"""The Message-ID of an email we send, derived from the recorded message so a resend carries the same one."""
from __future__ import annotations

import hashlib

from app.channels.base import Outgoing


def message_id_for(message: Outgoing, domain: str) -> str:
    """'<fusion.42.1a2b3c4d5e6f@example.ca>': our reference, plus a digest of what was recorded, so a store started
    afresh (ids counting from 1 again) never reuses the id of a different email, which mail systems would drop."""
    digest = hashlib.sha256("\n".join((message.reference, message.to, message.subject or "", message.body)).encode()).hexdigest()[:12]
    return f"<fusion.{message.reference}.{digest}@{domain}>"
