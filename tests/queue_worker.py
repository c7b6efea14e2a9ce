"""A procrastinate worker in a process of its own whose texting provider never answers: a test kills it (SIGKILL)
while it holds a send, as a crashed machine would. `python -m tests.queue_worker ODOO_URL DATABASE_URL TMP_DIR`."""
from __future__ import annotations

import sys
import threading
from pathlib import Path

from app.channels.base import Outgoing
from app.channels.console import ConsoleChannel
from app.container import build_services
from app.jobs.procrastinate_jobs import ProcrastinateJobs
from tests.conftest import NOW, settings_for


class HangingSms(ConsoleChannel):
    """A provider that takes the request and never answers."""

    def send(self, message: Outgoing) -> str:
        threading.Event().wait()
        raise AssertionError("unreachable")


def main(odoo_url: str, database_url: str, folder: str) -> None:
    settings = settings_for(odoo_url, Path(folder), database_url=database_url, job_concurrency=1)
    services = build_services(settings, clock=lambda: NOW, channels={"sms": HangingSms()})
    assert isinstance(services.jobs, ProcrastinateJobs)
    services.jobs.run_worker()


if __name__ == "__main__":
    main(*sys.argv[1:4])
