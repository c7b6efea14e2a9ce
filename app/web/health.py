"""Liveness and readiness for the operator and the container runtime.

`/readyz` answers within `readiness_timeout_seconds` whatever the store or Odoo do: a check still running then counts
as "timeout" (503). Each check runs one at a time: a probe arriving while the last one still hangs waits on that one
again instead of starting another, so an orchestrator probing every few seconds never piles up threads on a hung Odoo.
"""
from __future__ import annotations

import threading
import time
from collections.abc import Callable

from fastapi import APIRouter, Request, Response
from sqlalchemy import text

from app.container import Services

router = APIRouter(tags=["health"])


class Probe:
    """A readiness check run on a daemon thread (a hung one never holds up the process's exit), one run at a time."""

    def __init__(self, check: Callable[[], object]) -> None:
        self._check = check
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._outcome = "down"

    def start(self) -> threading.Thread:
        """The run in progress, or a new one."""
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="readiness", daemon=True)
                self._thread.start()
            return self._thread

    def outcome(self, run: threading.Thread, timeout: float) -> str:
        run.join(max(timeout, 0))
        return "timeout" if run.is_alive() else self._outcome

    def _run(self) -> None:
        try:
            self._check()
        except Exception:  # any failure of the store or Odoo makes the service not ready
            self._outcome = "down"
        else:
            self._outcome = "ok"


def _store_check(services: Services) -> None:
    with services.engine.connect() as connection:
        connection.execute(text("SELECT 1"))


def _probes(request: Request) -> dict[str, Probe]:
    """The app's probes, made on the first readiness request."""
    state = request.app.state
    if not hasattr(state, "readiness_probes"):
        services: Services = state.services
        state.readiness_probes = {
            "store": Probe(lambda: _store_check(services)),
            "odoo": Probe(lambda: services.gateway.call("res.users", "context_get")),
        }
    return state.readiness_probes


@router.get("/healthz")
def healthz() -> dict[str, str]:
    return {"status": "ok"}


@router.get("/readyz")
def readyz(request: Request, response: Response) -> dict[str, str]:
    services: Services = request.app.state.services
    probes = _probes(request)
    runs = {name: probe.start() for name, probe in probes.items()}  # the checks run side by side
    deadline = time.monotonic() + services.settings.readiness_timeout_seconds
    checks = {name: probes[name].outcome(run, deadline - time.monotonic()) for name, run in runs.items()}
    if services.ringcentral_subscription is not None:  # RingCentral stops delivering texts to a blacklisted one
        checks["ringcentral subscription"] = services.ringcentral_subscription.readiness()
    if checks["store"] != "ok" or checks["odoo"] != "ok" or checks.get("ringcentral subscription") in ("blacklisted", "suspended"):
        response.status_code = 503
    return checks
