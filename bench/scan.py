"""The due-date scan at scale: `.venv/bin/python -m bench.scan` (also part of `python -m bench.run`).

A sandbox Odoo in its own process holds N maintenance contracts (one client per two units, N/5 due within the
scan's horizon, the rest later in the year); this process runs the scan against it over loopback, as production
would, and reports for each N: the scan's time, its Odoo round trips (counted in the gateway) against the pages it
read, and the scan's peak Python memory (tracemalloc; the sandbox's memory is in the other process). First a dry
run (plans, sends nothing), then a real run with the console channel on a fresh store (every text rendered, recorded
and queued; the queue's threads hand each to the channel, timed until the last is delivered; the channel does not keep
its in-memory copy of each text here, which the demo keeps to show them, so the memory figure is the scan's own).
With --postgres, also a real run on a fresh PostgreSQL database (FUSION_TEST_POSTGRES's server): the scan records and
queues each message (procrastinate), then one worker sends them all.
"""
from __future__ import annotations

import argparse
import asyncio
import random
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import httpx

NOW = datetime(2026, 11, 24, 10, 0, tzinfo=ZoneInfo("America/Toronto"))  # a Tuesday morning, no holiday
TODAY = NOW.date()
CONTRACT = "fusion.repair.maintenance.contract"
SIZES = (10_000, 100_000)
DUE_SHARE = 5  # one unit in five is due within the scan's horizon
AREAS = ("416", "647", "905", "613", "519", "705")


def build(env: object, units: int, today: date) -> None:
    """Clients and contracts in bulk (one create call per model), on top of the demo seed's catalogue and staff."""
    from odoo_sandbox.seed import FIRST, LAST, PRODUCTS

    rng = random.Random(units)
    products = {p["name"]: p["id"] for p in env.search_read("product.product", [], ["name"])}  # type: ignore[attr-defined]
    catalogue = [(products[name], name, device_type) for name, _, device_type, _, _ in PRODUCTS]
    clients = []
    for index in range(units // 2):
        values = {"name": f"{rng.choice(FIRST)} {rng.choice(LAST)}", "tz": "America/Toronto", "lang": "fr_CA" if index % 10 == 3 else "en_CA"}
        if index % 97 == 5:
            values["email"] = f"client{index}@example.ca"  # email only
        elif index % 151 != 7:  # else: neither phone nor email, a staff task
            values["phone"] = f"+1 {AREAS[index % len(AREAS)]}-{720 + index // 10_000 % 270}-{index % 10_000:04d}"
        clients.append(values)
    partner_ids = env.call("res.partner", "create", [clients], {})  # type: ignore[attr-defined]
    due = set(rng.sample(range(units), units // DUE_SHARE))
    contracts = []
    for number in range(units):
        product, name, device_type = rng.choice(catalogue)
        days = rng.randint(-40, 30) if number in due else rng.randint(31, 400)
        contracts.append({
            "name": f"MC/B/{number:06d}", "partner_id": partner_ids[number // 2], "product_id": product,
            "serial_number": f"{name[:3].upper()}{number:07d}", "device_type": device_type,
            "next_due_date": (today + timedelta(days=days)).isoformat(), "state": "active",
        })
    env.call(CONTRACT, "create", [contracts], {})  # type: ignore[attr-defined]


def serve(units: int, port: int, today: date = TODAY) -> None:
    """The sandbox process: the demo seed plus `units` contracts, served until terminated."""
    import uvicorn

    from odoo_sandbox import SandboxOdoo

    sandbox = SandboxOdoo(today=today)
    build(sandbox.env, units, today)
    uvicorn.run(sandbox.app, host="127.0.0.1", port=port, log_level="warning")


@contextmanager
def sandbox_process(units: int, today: date = TODAY) -> Iterator[str]:
    """A sandbox Odoo in its own process, seeded as of `today` (the scan's fixed clock by default)."""
    from app.serving import free_port

    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "bench.scan", "--serve", str(units), "--port", str(port), "--today", today.isoformat()])
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 600
        while True:
            try:
                if httpx.get(f"{url}/web/version", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("the sandbox did not start")
            time.sleep(0.2)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=30)


@dataclass
class Run:
    seconds: float  # until the scan returns
    delivered_seconds: float  # until every message it queued was handed to its channel (the queue's work)
    calls: Counter[tuple[str, str]]  # by model and method
    peak_bytes: int
    due: int
    reminders: int
    sent: int
    by_channel: dict[str, int]
    skipped: dict[str, int]


def scan_once(url: str, store_url: str, dry_run: bool, traced: bool) -> Run:
    """One scan by a freshly built service (its Odoo login and field types read before the clock starts); on
    PostgreSQL, then one procrastinate worker until the queue is empty."""
    from app.channels.base import Outgoing
    from app.channels.console import ConsoleChannel
    from app.config import Settings
    from app.container import build_services
    from app.jobs.procrastinate_jobs import ProcrastinateJobs
    from app.odoo.gateway import OdooGateway
    from bench.counting import CountingTransport

    class Console(ConsoleChannel):
        """The console channel, without the in-memory list of every text it was given."""

        def send(self, message: Outgoing) -> str:
            provider_id = super().send(message)
            self.sent.clear()
            return provider_id

    settings = Settings(odoo_url=url, odoo_password="admin", database_url=store_url, daily_scan_at=None)
    counting = CountingTransport(OdooGateway.from_settings(settings)._transport)
    services = build_services(settings, clock=lambda: NOW, gateway=OdooGateway(counting),
                              channels={medium: Console(medium) for medium in ("sms", "voice", "email")})
    for model in (CONTRACT, "res.partner"):
        services.gateway.field_types(model)
    counting.reset()
    if traced:
        tracemalloc.start()
    start = time.perf_counter()
    report = services.scan(dry_run=dry_run, details=False)
    seconds = time.perf_counter() - start
    if isinstance(services.jobs, ProcrastinateJobs):
        asyncio.run(services.jobs.run_worker_async(wait=False))
    services.close()  # SQLite: waits for the queue's threads to deliver what the scan recorded
    delivered = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1] if traced else 0
    tracemalloc.stop()
    return Run(
        seconds, delivered, Counter(counting.by_method), peak,
        report.units_read, report.reminders, report.messages_sent, dict(report.by_channel), dict(report.skipped),
    )


def measure(units: int, real: bool, postgres: bool) -> dict[str, Run]:
    runs: dict[str, Run] = {}
    with sandbox_process(units) as url, tempfile.TemporaryDirectory() as folder:
        runs["dry run"] = scan_once(url, f"sqlite:///{Path(folder) / 'dry.sqlite'}", dry_run=True, traced=False)
        runs["dry run, traced"] = scan_once(url, f"sqlite:///{Path(folder) / 'dry.sqlite'}", dry_run=True, traced=True)
        if real:
            runs["real run"] = scan_once(url, f"sqlite:///{Path(folder) / 'real.sqlite'}", dry_run=False, traced=False)
            runs["real run, traced"] = scan_once(url, f"sqlite:///{Path(folder) / 'real-traced.sqlite'}", dry_run=False, traced=True)
        if real and postgres:
            from tests.postgres import fresh_database

            for label in ("real run, PostgreSQL", "real run, PostgreSQL, traced"):
                with fresh_database() as store_url:
                    runs[label] = scan_once(url, store_url, dry_run=False, traced=label.endswith("traced"))
    return runs


def report(sizes: tuple[int, ...], real: bool, postgres: bool = False) -> None:
    print(f"due-date scan over the sandbox Odoo (own process, loopback, odoorpc), one client per two units, 1/{DUE_SHARE} due")
    results = {units: measure(units, real, postgres) for units in sizes}
    for units, runs in results.items():
        for label, run in runs.items():
            if label.endswith("traced"):
                continue
            peak = runs[f"{label}, traced"].peak_bytes
            pages, to_dos = run.calls[(CONTRACT, "search_read")], run.calls[("mail.activity", "create")]
            client_reads = run.calls[("res.partner", "read")] - to_dos  # a to-do reads its contact's salesperson
            other = run.calls.total() - pages - client_reads - 2 * to_dos
            per_message = f", {run.seconds / run.sent * 1000:.1f} ms per message" if run.sent else ""
            print(f"  {units:>7,} units, {label:<8}  {run.seconds:6.2f} s{per_message}  round trips {run.calls.total()} = {pages} unit pages"
                  f" + {client_reads} client reads + {2 * to_dos} for {to_dos} staff to-dos + {other} other  peak memory {peak / 2**20:.1f} MiB")
            print(f"  {'':>7}         {'':<8}  due {run.due:,}: reminders {run.reminders:,} {run.by_channel}, messages sent {run.sent:,}, skipped {run.skipped}")
            if run.sent:
                print(f"  {'':>7}         {'':<8}  all {run.sent:,} delivered by the queue {run.delivered_seconds:.2f} s after the scan began")
    small, large = results[sizes[0]], results[sizes[-1]]
    for label in small:
        if label.endswith("traced"):
            continue
        print(f"  ratio {sizes[-1]:,} / {sizes[0]:,} units, {label}: time {large[label].seconds / small[label].seconds:.1f}x, round trips "
              f"{large[label].calls.total() / small[label].calls.total():.1f}x, peak memory "
              f"{large[f'{label}, traced'].peak_bytes / small[f'{label}, traced'].peak_bytes:.2f}x (units {sizes[-1] / sizes[0]:.0f}x)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--serve", type=int, help=argparse.SUPPRESS)  # the sandbox process
    parser.add_argument("--port", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--today", type=date.fromisoformat, default=TODAY, help=argparse.SUPPRESS)
    parser.add_argument("--units", type=int, nargs="+", default=list(SIZES), help="sizes to compare (default 10000 100000)")
    parser.add_argument("--dry-run-only", action="store_true", help="skip the real runs")
    parser.add_argument("--postgres", action="store_true", help="also a real run on PostgreSQL (FUSION_TEST_POSTGRES's server), sent by a worker")
    options = parser.parse_args()
    if options.serve:
        serve(options.serve, options.port, options.today)
    else:
        report(tuple(options.units), real=not options.dry_run_only, postgres=options.postgres)


if __name__ == "__main__":
    main()
