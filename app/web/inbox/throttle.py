"""Sign-in throttling for the inbox: wrong passwords are counted per login and per address, and past the limit the
inbox refuses without asking Odoo, so a guesser neither gets through nor triggers Odoo's own cooldown, which would
see only the service's address and lock every coordinator out."""
from __future__ import annotations

import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable

PER_LOGIN = 5  # wrong passwords for one login within the window
PER_ADDRESS = 20  # from one address: an office may share one
WINDOW_SECONDS = 15 * 60


class SignInThrottle:
    """In this process's memory: with `serve --workers N`, each worker counts on its own."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._failures: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def blocked(self, login: str, address: str) -> bool:
        with self._lock:
            return len(self._recent(f"login:{login.lower()}")) >= PER_LOGIN or len(self._recent(f"address:{address}")) >= PER_ADDRESS

    def failed(self, login: str, address: str) -> None:
        with self._lock:
            now = self._clock()
            self._failures[f"login:{login.lower()}"].append(now)
            self._failures[f"address:{address}"].append(now)

    def succeeded(self, login: str) -> None:
        with self._lock:
            self._failures.pop(f"login:{login.lower()}", None)

    def _recent(self, key: str) -> deque[float]:
        failures = self._failures[key]
        while failures and failures[0] <= self._clock() - WINDOW_SECONDS:
            failures.popleft()
        if not failures:
            del self._failures[key]  # no memory kept for keys that went quiet
        return failures
