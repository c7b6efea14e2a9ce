"""Every Prometheus metric the service exports, defined once, and their exposition for `/metrics`.

Labels are fixed vocabularies only (channels, outcomes, the dialog manager's hand-off reasons, Odoo model and method
names, exception class names), never a phone number, address, name or message text, so a scrape can be shared without
personal data and the number of series stays bounded.

Several worker processes (`serve --workers N`, or gunicorn) each count on their own; with PROMETHEUS_MULTIPROC_DIR
set before the processes start, prometheus_client writes every process's values to files there and `/metrics`
adds them up. No gauge is defined, so nothing needs cleaning up when a worker dies; `serve` deletes the files earlier
processes left before its workers start (values from a previous run would otherwise be added in).

A separate `fusion-assist worker` has no web app: it serves the same exposition on a port of its own (`serve_http`).
"""
from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

from prometheus_client import (
    CONTENT_TYPE_LATEST, REGISTRY, CollectorRegistry, Counter, Histogram, generate_latest, multiprocess, start_http_server,
)

MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"

REMINDERS = Counter(
    "fusion_reminders", "Reminders (first ones and escalations) a scan handled, by channel and outcome: sent, queued "
    "(recorded; its delivery is pending, or retried after a provider error), refused (the carrier reports an opt-out or a landline), "
    "held_quiet_hours, not_sent (the client is mid-conversation, opted out, or another scan took it)", ["channel", "outcome"],
)
OUTBOUND = Counter(
    "fusion_outbound_messages", "Hand-overs of a recorded message to a provider, by channel and outcome: sent, error "
    "(retried later), opted_out, not_textable, given_up (after the last attempt)", ["channel", "outcome"],
)
PROVIDER_ERRORS = Counter("fusion_provider_errors", "Provider sends that raised, by channel and exception class", ["channel", "error"])
INBOUND = Counter(
    "fusion_inbound_messages", "Messages from clients, by channel and kind: text, keypress, duplicate (a retried delivery)",
    ["channel", "kind"],
)
DIALOG_EVENTS = Counter(
    "fusion_dialog_events", "Events the dialog manager handled (InboundText, KeyPress, ReminderDue, SlotsFetched...), "
    "by kind and the stage they left the conversation in", ["event", "stage"],
)
TURN_SECONDS = Histogram("fusion_turn_seconds", "Time to process one inbound message: dialog, Odoo calls and sends")
BOOKINGS = Counter("fusion_bookings", "Booking actions by outcome: booked, moved, cancelled, taken, refused", ["outcome"])
HANDOFFS = Counter("fusion_handoffs", "Conversations handed to staff, by reason", ["reason"])
ODOO_SECONDS = Histogram(
    "fusion_odoo_call_seconds", "One RPC attempt to Odoo, by model and method (failed attempts included)", ["model", "method"],
    buckets=(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
)
ODOO_ERRORS = Counter("fusion_odoo_errors", "Odoo RPC attempts that failed, by error class", ["error"])
SCAN_UNITS = Counter(
    "fusion_scan_units", "Due units real scans read (outcome read) and skipped, by reason (already_sent, not_due_yet, "
    "opted_out, quiet_hours...)", ["outcome"],
)
STAFF_TASKS = Counter("fusion_scan_staff_tasks", "Odoo to-dos scans created for clients no channel reaches")

F = TypeVar("F", bound=Callable[..., Any])


def timed_odoo(call: F) -> F:
    """Wrap one Odoo RPC attempt (`call(model, method, ...)`): its latency, and its error class when it fails."""

    @wraps(call)
    def timed(model: str, method: str, *args: Any, **named: Any) -> Any:
        started = time.perf_counter()
        try:
            return call(model, method, *args, **named)
        except Exception as exc:
            ODOO_ERRORS.labels(type(exc).__name__).inc()
            raise
        finally:
            ODOO_SECONDS.labels(model, method).observe(time.perf_counter() - started)

    return timed  # type: ignore[return-value]


def provider_error(channel: str, exc: Exception) -> None:
    """A provider send that raised: counted by its exception class (never its message, which may hold a number)."""
    OUTBOUND.labels(channel, "error").inc()
    PROVIDER_ERRORS.labels(channel, type(exc).__name__).inc()


def reminded(channel: str, messages: Iterable[Any]) -> None:
    """Count one reminder by what became of its message (the first one when a reminder went out in several)."""
    first = next(iter(messages), None)
    outcome = "not_sent" if first is None else "refused" if first.status == "failed" else first.status
    REMINDERS.labels(channel, outcome).inc()


def record_scan(units_read: int, skipped: dict[str, int], staff_tasks: int) -> None:
    """A real scan's counts (dry runs send nothing and are not counted)."""
    SCAN_UNITS.labels("read").inc(units_read)
    for reason, count in skipped.items():
        SCAN_UNITS.labels(reason).inc(count)
    STAFF_TASKS.inc(staff_tasks)


def registry() -> CollectorRegistry:
    """What a scrape reads: this process's metrics, or with PROMETHEUS_MULTIPROC_DIR every process's files, summed
    (the collector reads the directory at each scrape)."""
    if not os.environ.get(MULTIPROC_ENV):
        return REGISTRY
    summed = CollectorRegistry()
    multiprocess.MultiProcessCollector(summed)
    return summed


def exposition() -> tuple[bytes, str]:
    """The text format of every metric, for `/metrics`."""
    return generate_latest(registry()), CONTENT_TYPE_LATEST


def serve_http(port: int) -> None:
    """Serve the metrics on `port` of every interface from a daemon thread (prometheus_client's own server, which
    answers any path but /favicon.ico with them): for `fusion-assist worker`, which has no web app."""
    start_http_server(port, registry=registry())


def reset_multiprocess_dir() -> None:
    """Before the worker processes start, delete the files other processes left in PROMETHEUS_MULTIPROC_DIR (creating
    it if needed): counters restart at zero with the service, as Prometheus expects, instead of adding up a previous
    run's. This process's own files stay: its unlabelled metrics opened them when this module was imported."""
    folder = os.environ.get(MULTIPROC_ENV)
    if not folder:
        return
    path = Path(folder)
    path.mkdir(parents=True, exist_ok=True)
    for stale in path.glob("*.db"):
        if not stale.stem.endswith(f"_{os.getpid()}"):
            stale.unlink()
