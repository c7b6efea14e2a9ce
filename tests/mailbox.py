"""A real SMTP server on loopback (aiosmtpd) that keeps what it receives, for the email tests."""
from __future__ import annotations

import ssl
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from app.serving import free_port

TLS_PEM = Path(__file__).parent / "data" / "loopback-tls.pem"  # a self-signed certificate for 127.0.0.1, valid to 2126


@dataclass
class Received:
    sender: str
    recipients: list[str]
    message: EmailMessage


@dataclass
class Mailbox:
    """Collects every accepted message; with `tls`, speaks STARTTLS and wants AUTH LOGIN/PLAIN as `login`."""

    tls: bool = False
    login: tuple[str, str] | None = None
    port: int = 0  # 0: a free one
    received: list[Received] = field(default_factory=list)
    logins: list[str] = field(default_factory=list)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802 (aiosmtpd's hook name)
        message = message_from_bytes(envelope.original_content or envelope.content, policy=policy.default)
        self.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos), message))  # type: ignore[arg-type]
        return "250 OK"

    def _authenticate(self, server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
        ok = isinstance(data, LoginPassword) and self.login is not None and (data.login.decode(), data.password.decode()) == self.login
        if ok:
            self.logins.append(data.login.decode())
        return AuthResult(success=ok)

    def __enter__(self) -> Mailbox:
        options: dict[str, Any] = {}
        if self.tls:
            context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            context.load_cert_chain(TLS_PEM)
            options = {"tls_context": context, "require_starttls": True, "authenticator": self._authenticate, "auth_required": True}
        self.port = self.port or free_port()
        self._controller = Controller(self, hostname="127.0.0.1", port=self.port, server_hostname="127.0.0.1", **options)
        self._controller.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._controller.stop()


def client_tls() -> ssl.SSLContext:
    """What a client that trusts the loopback certificate uses."""
    return ssl.create_default_context(cafile=str(TLS_PEM))
