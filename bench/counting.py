"""Counting Odoo round trips on the gateway's side: every call the transport makes, by model and method."""
from __future__ import annotations

import time
from collections import Counter


class CountingTransport:
    """Wraps the real transport; counts calls (all, and per model and method) and the time spent in them."""

    def __init__(self, inner: object) -> None:
        self.inner, self.calls, self.seconds = inner, 0, 0.0
        self.by_method: Counter[tuple[str, str]] = Counter()

    def call(self, model: str, method: str, *args: object, **kwargs: object) -> object:
        start = time.perf_counter()
        try:
            return self.inner.call(model, method, *args, **kwargs)  # type: ignore[attr-defined]
        finally:
            self.calls += 1
            self.by_method[(model, method)] += 1
            self.seconds += time.perf_counter() - start

    def warm(self, clients: int) -> None:
        """The inner transport's warm-up, uncounted: turns are measured on a warm worker, as production runs them."""
        self.inner.warm(clients)  # type: ignore[attr-defined]

    def reset(self) -> None:
        self.calls, self.seconds = 0, 0.0
        self.by_method.clear()
