"""The service in a process of its own, for tests that kill it or run several against one store.

    python -m tests.service_process STORE_URL ODOO_URL SENDS_FILE NOW COMMAND [ARGS]

COMMAND is `scan` (the reminders), `retry` (what a restarted service's loop does first: kept texts, due sends),
`recover` (a restarted service's whole background loop, once: kept texts, due sends, owed quotations, timers, claims
left unbooked), `inbound PHONE BODY SID` (a client's text, as a webhook hands it over) or `choose PHONE[=BODY],... BODY
SIDPREFIX` (a text from each of these clients, all handled at once, each in a thread of its own as concurrent webhooks
are: BODY unless the phone names its own, with the id SIDPREFIX-PHONE). Every medium "sends" by appending a JSON line to
SENDS_FILE. With FUSION_TEST_KILL_BEFORE_SEND set, the process SIGKILLs itself when the first message, already recorded,
is handed to its channel: the crash the outbox must survive. With FUSION_TEST_KILL_AFTER_BOOKING=N, it SIGKILLs itself
as Odoo answers for the Nth visit it booked or moved, before the store is told: the crash a booking key must survive.
With FUSION_TEST_START_FILE set, the process waits, fully built, until that file exists (having made
START_FILE.<pid>.ready), so several processes start their work at once.
"""
from __future__ import annotations

import itertools
import json
import os
import signal
import sys
import threading
import time
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from app.channels.base import Outgoing
from app.container import Services, build_services
from tests.conftest import settings_for

KILL_BEFORE_SEND = "FUSION_TEST_KILL_BEFORE_SEND"
KILL_AFTER_BOOKING = "FUSION_TEST_KILL_AFTER_BOOKING"
START_FILE = "FUSION_TEST_START_FILE"


class FileChannel:
    """Sends by appending one line per message to a file every process shares (appends of a line do not interleave)."""

    def __init__(self, name: str, path: Path) -> None:
        self.name = name
        self._path = path

    def send(self, message: Outgoing) -> str:
        if os.environ.get(KILL_BEFORE_SEND):
            os.kill(os.getpid(), signal.SIGKILL)
        line = json.dumps({"medium": self.name, "reference": message.reference, "to": message.to, "body": message.body})
        with self._path.open("a") as sends:
            sends.write(line + "\n")
        return f"file-{self.name}-{message.reference}"


def sends(path: Path) -> list[dict[str, str]]:
    """What the processes sent, in order."""
    return [json.loads(line) for line in path.read_text().splitlines()] if path.exists() else []


def main(store_url: str, odoo_url: str, sends_file: str, now: str, command: str, *args: str) -> None:
    moment = datetime.fromisoformat(now)
    folder = Path(sends_file).parent
    channels = {medium: FileChannel(medium, Path(sends_file)) for medium in ("sms", "voice", "email")}
    services = build_services(settings_for(odoo_url, folder, database_url=store_url), clock=lambda: moment, channels=channels)
    if after := os.environ.get(KILL_AFTER_BOOKING):
        _die_after_booking(services, int(after))
    if start := os.environ.get(START_FILE):
        Path(f"{start}.{os.getpid()}.ready").touch()
        while not Path(start).exists():
            time.sleep(0.005)
    if command == "scan":
        services.scan()
    elif command == "retry":
        services.assistant.retry_pending()
        services.assistant.outbox.retry_sends()
    elif command == "recover":
        services.assistant.retry_pending()
        services.assistant.outbox.retry_sends()
        services.assistant.settling.retry_quotations()
        services.assistant.tick()
        services.assistant.settling.settle_claims()
    elif command == "choose":
        phones, body, prefix = args
        texts = [(item.partition("=")[0], item.partition("=")[2] or body) for item in phones.split(",") if item]
        _at_once(services, [(phone, said, f"{prefix}-{phone}") for phone, said in texts])
    elif command == "inbound":
        phone, body, sid = args
        services.assistant.handle_inbound(phone, body, sid)
    else:
        raise SystemExit(f"unknown command {command}")
    services.close()


def _die_after_booking(services: Services, count: int) -> None:
    """SIGKILL this process as Odoo answers for the `count`th visit it booked or moved (in whichever thread)."""
    visits = services.assistant.odoo.visits
    answered = itertools.count(1)  # thread-safe

    def then_die(method: Callable[..., Any]) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            result = method(*args, **kwargs)
            if next(answered) >= count:
                os.kill(os.getpid(), signal.SIGKILL)
            return result

        return call

    visits.book, visits.move = then_die(visits.book), then_die(visits.move)  # type: ignore[method-assign]


def _at_once(services: Services, texts: list[tuple[str, str, str]]) -> None:
    """Each (phone, body, sid) handled in a thread of its own, all let go together; any failure fails the process."""
    barrier = threading.Barrier(len(texts))
    failures: list[str] = []

    def handle(phone: str, body: str, sid: str) -> None:
        barrier.wait()
        try:
            services.assistant.handle_inbound(phone, body, sid)
        except Exception:
            failures.append(traceback.format_exc())

    threads = [threading.Thread(target=handle, args=text) for text in texts]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if failures:
        raise SystemExit("\n".join(failures))


if __name__ == "__main__":
    main(*sys.argv[1:])
