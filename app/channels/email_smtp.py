"""Email by SMTP with the standard library: one multipart/alternative message (plain text, then HTML) per send."""
from __future__ import annotations

import logging
import smtplib
import ssl
from email.message import EmailMessage
from email.utils import formatdate, parseaddr

from app.channels.base import ChannelError, Outgoing
from app.channels.email_ids import message_id_for

log = logging.getLogger(__name__)


class SmtpEmail:
    """Sends through the dealer's mail server. A resend after a failure keeps the Message-ID, so a server that had
    taken the first attempt after all delivers one email, not two."""

    name = "email"

    def __init__(
        self, host: str, port: int, sender: str, username: str | None = None, password: str | None = None,
        starttls: bool = True, timeout: float = 30.0, tls_context: ssl.SSLContext | None = None,
    ) -> None:
        self._host, self._port, self._sender = host, port, sender
        self._username, self._password = username, password
        self._starttls, self._timeout = starttls, timeout
        self._tls = tls_context or ssl.create_default_context()
        self._domain = parseaddr(sender)[1].rpartition("@")[2] or host

    def compose(self, message: Outgoing) -> EmailMessage:
        email = EmailMessage()
        email["From"] = self._sender
        email["To"] = message.to
        email["Subject"] = message.subject or ""
        email["Date"] = formatdate(localtime=True)
        email["Message-ID"] = message_id_for(message, self._domain)
        email.set_content(message.body)
        if message.html:
            email.add_alternative(message.html, subtype="html")
        return email

    def send(self, message: Outgoing) -> str:
        email = self.compose(message)
        try:
            with smtplib.SMTP(self._host, self._port, timeout=self._timeout) as smtp:
                if self._starttls:
                    smtp.starttls(context=self._tls)
                if self._username:
                    smtp.login(self._username, self._password or "")
                smtp.send_message(email)
        except (smtplib.SMTPException, OSError) as exc:  # the message stays queued for the outbox's retries
            log.warning("SMTP send of message %s failed: %s", message.reference, type(exc).__name__)
            raise ChannelError(f"smtp {type(exc).__name__}") from exc
        return str(email["Message-ID"])
