"""Email by SMTP through a real SMTP server on loopback: the message it receives (headers, both parts, the link), STARTTLS
and login, one Message-ID however often it is sent, and a refused server leaving the email queued."""
from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from app.channels.base import ChannelError, Outgoing
from app.channels.email_smtp import SmtpEmail
from app.container import build_services
from app.serving import free_port
from app.store.models import Message
from tests.conftest import NOW, settings_for
from tests.mailbox import Mailbox, client_tls

SENDER = "Fusion Mobility <service@fusionmobility.example>"
ADDRESS = "12 Main St, Toronto ON M4B 1B3"  # CASL: a real email channel needs the dealer's mailing address
EMAIL = Outgoing(
    "margaret@example.ca", "Hello Margaret,\n\nChoose a time:\nhttps://assist.example.ca/book/abc", "42", "Your maintenance is due",
    '<p>Hello Margaret,</p><p><a href="https://assist.example.ca/book/abc">Choose a time</a></p>',
)


def lines(content: str) -> str:
    """A part's content without the wire's CRLF line ends."""
    return content.replace("\r\n", "\n").strip()


def test_the_server_receives_one_multipart_alternative_email_with_text_html_and_our_message_id() -> None:
    with Mailbox() as mailbox:
        channel = SmtpEmail("127.0.0.1", mailbox.port, SENDER, starttls=False)
        provider_id = channel.send(EMAIL)
    [received] = mailbox.received
    assert received.sender == "service@fusionmobility.example" and received.recipients == ["margaret@example.ca"]
    message = received.message
    assert message["From"] == SENDER and message["To"] == "margaret@example.ca" and message["Subject"] == "Your maintenance is due"
    assert message["Message-ID"] == provider_id and provider_id.startswith("<fusion.42.") and provider_id.endswith("@fusionmobility.example>")
    assert message["Date"] and message.get_content_type() == "multipart/alternative"
    text, html = message.get_body(("plain",)), message.get_body(("html",))
    assert [part.get_content_type() for part in message.iter_parts()] == ["text/plain", "text/html"]  # plain first, HTML preferred
    assert lines(text.get_content()) == EMAIL.body and "https://assist.example.ca/book/abc" in text.get_content()
    assert lines(html.get_content()) == EMAIL.html


def test_starttls_and_login_and_a_resend_keeps_the_message_id() -> None:
    with Mailbox(tls=True, login=("assistant", "s3cret")) as mailbox:
        channel = SmtpEmail("127.0.0.1", mailbox.port, SENDER, "assistant", "s3cret", starttls=True, tls_context=client_tls())
        first, again = channel.send(EMAIL), channel.send(EMAIL)
        with pytest.raises(ChannelError):  # a wrong password is refused, and said so
            SmtpEmail("127.0.0.1", mailbox.port, SENDER, "assistant", "wrong", tls_context=client_tls()).send(EMAIL)
    assert mailbox.logins == ["assistant", "assistant"]
    assert first == again and [r.message["Message-ID"] for r in mailbox.received] == [first, first]


def test_a_server_that_is_down_leaves_the_email_queued_and_the_outbox_sends_it_once_the_server_is_back(odoo_url: str, tmp_path: Path) -> None:
    port = free_port()  # nothing listens there yet
    settings = settings_for(odoo_url, tmp_path, email_channel="smtp", smtp_host="127.0.0.1", smtp_port=port, smtp_from=SENDER, dealer_address=ADDRESS,
                            smtp_starttls=False, link_secret="test-link-secret")
    clock = [NOW]
    services = build_services(settings, clock=lambda: clock[0])
    emailed = [m.id for m in services.scan().sent if m.channel == "email"]
    with services.sessions() as session:
        assert emailed and all(session.get(Message, i).status == "queued" for i in emailed)
    clock[0] = NOW + timedelta(minutes=2)
    with Mailbox(port=port) as mailbox:
        assert services.assistant.outbox.retry_sends() == len(emailed)
    with services.sessions() as session:
        sent = [session.get(Message, i) for i in emailed]
        assert all(m.status == "sent" and m.attempts == 2 for m in sent)
        assert sorted(r.message["Message-ID"] for r in mailbox.received) == sorted(m.provider_message_id for m in sent)
        assert sorted(r.recipients[0] for r in mailbox.received) == sorted(m.address for m in sent)
    services.close()
