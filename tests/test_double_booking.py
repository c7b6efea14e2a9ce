"""Two clients choosing the same technician's slot at once: one booking, one apology with new offers."""
from __future__ import annotations

import threading

import odoorpc

from app.container import Services
from app.store.models import Conversation
from dialogs.model import DialogState


def test_concurrent_choices_of_one_slot_book_it_once(services: Services, odoo: odoorpc.ODOO) -> None:
    sent = services.scan().sent
    phones = [m.address for m in sent[:2]]
    for phone in phones:
        services.assistant.handle_inbound(phone, "tomorrow afternoon", f"wish-{phone}")
    with services.sessions() as session:
        conversations = {c.phone: c for c in session.query(Conversation).filter(Conversation.phone.in_(phones))}
        first = DialogState.from_json(conversations[phones[0]].state)
        second = DialogState.from_json(conversations[phones[1]].state)
        # both were offered the same first slot (same wish, same availability); make it so for the second choice too
        assert first.offers[0] == second.offers[0]
    contested = first.offers[0]

    barrier = threading.Barrier(2)
    replies: dict[str, list[str]] = {}

    def choose(phone: str) -> None:
        barrier.wait()
        replies[phone] = services.assistant.handle_inbound(phone, "1", f"choice-{phone}")

    threads = [threading.Thread(target=choose, args=(phone,)) for phone in phones]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    booked = [p for p in phones if replies[p][0].startswith("You're booked")]
    apologised = [p for p in phones if replies[p][0].startswith("Sorry, that time was just taken.")]
    assert len(booked) == 1 and len(apologised) == 1
    start = contested.start.strftime("%Y-%m-%d %H:%M:%S")
    at_that_time = odoo.env["calendar.event"].search_count(
        [("partner_ids", "in", [contested.technician_partner_id]), ("start", "=", start)]
    )
    assert at_that_time == 1
