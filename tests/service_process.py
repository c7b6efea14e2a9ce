"""The service in a process of its own, for tests that kill it or run several against one store.

    python -m tests.service_process STORE_URL ODOO_URL SENDS_FILE NOW COMMAND [ARGS]

COMMAND is `scan` (the reminders), `retry` (what a restarted service's loop does first: kept texts, due sends) or
`inbound PHONE BODY SID` (a client's text, as a webhook hands it over). Every medium "sends" by appending a JSON line to
SENDS_FILE. With FUSION_TEST_KILL_BEFORE_SEND set, the process SIGKILLs itself when the first message, already recorded,
is handed to its channel: the crash the outbox must survive. With FUSION_TEST_START_FILE set, the process waits, fully
built, until that file exists (having made START_FILE.<pid>.ready), so several processes start their work at once.
"""
from __future__ import annotations

import json
import os
import signal
import sys
import time
from datetime import datetime
from pathlib import Path

from app.channels.base import Outgoing
from app.container import build_services
from tests.conftest import settings_for

KILL_BEFORE_SEND = "FUSION_TEST_KILL_BEFORE_SEND"
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
    if start := os.environ.get(START_FILE):
        Path(f"{start}.{os.getpid()}.ready").touch()
        while not Path(start).exists():
            time.sleep(0.005)
    if command == "scan":
        services.scan()
    elif command == "retry":
        services.assistant.retry_pending()
        services.assistant.retry_sends()
    elif command == "inbound":
        phone, body, sid = args
        services.assistant.handle_inbound(phone, body, sid)
    else:
        raise SystemExit(f"unknown command {command}")
    services.close()


if __name__ == "__main__":
    main(*sys.argv[1:])
