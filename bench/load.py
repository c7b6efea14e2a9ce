"""Load test on loopback: `.venv/bin/python -m bench.load` (defaults: 200 texts a second for 60 s, 2 workers).

The service runs as production would: `fusion-assist serve --workers N` in its own processes on a fresh PostgreSQL
database (FUSION_TEST_POSTGRES's server, as the tests use), against the sandbox Odoo in another process seeded with
clients and their due units. This process is the clients: an open loop (texts leave on schedule whether or not earlier
ones were answered) through the console endpoint, whose answer carries the assistant's replies, so one request's
time is one whole turn: store, understand, Odoo reads (slots, the client's units), booking, reply recorded.

Each client writes three texts twenty seconds apart, as a client would over a conversation: a wish (eight kinds, so
the offers spread over the calendar), a choice of the times offered, then thanks. Reported: p50/p95/p99 turn latency,
errors, the texts the service got through while the clients wrote (its throughput, and the CPU each cost every part),
and, once the service has drained what it was still working on (`--drain`), a check in the store that no message was
lost: every text the service acknowledged stored once, processed and answered; a text whose client gave up waiting
(30 s: a provider would send it again) stored at most once.
"""
from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import aiohttp
import httpx
import psutil
from sqlalchemy import create_engine, func, select

from app.serving import free_port
from bench.scan import sandbox_process
from tests.postgres import fresh_database

WISHES = ("next week in the morning", "Tuesday afternoon", "any day after 2", "not Monday", "Thursday morning please",
          "next Friday", "in two weeks", "Wednesday or Thursday afternoon")
CHOICES = ("1", "2", "3", "the second one")
TURNS = 3  # a wish, a choice among the times offered, thanks
SPACING = 20.0  # seconds between one client's texts: the replies to the previous one are long back


@dataclass
class Results:
    latencies: list[float] = field(default_factory=list)
    errors: Counter[str] = field(default_factory=Counter)
    sent: list[str] = field(default_factory=list)  # provider ids of the texts that left
    acknowledged: list[str] = field(default_factory=list)  # those the service answered (HTTP 200)


def client_phones(odoo_url: str, count: int) -> list[str]:
    """Phones of seeded clients who have one, read from the sandbox as the service would."""
    from app.config import Settings
    from app.odoo.gateway import OdooGateway

    gateway = OdooGateway.from_settings(Settings(odoo_url=odoo_url, odoo_password="admin"))
    rows = gateway.search_read("res.partner", [("phone", "!=", False)], ["phone"], limit=count)
    return [row["phone"] for row in rows]


def start_service(odoo_url: str, store_url: str, workers: int, log: Path) -> tuple[subprocess.Popen[bytes], str]:
    """`fusion-assist serve` in its own processes, its log to a file (an unread pipe would fill and stall it)."""
    port = free_port()
    env = {
        **os.environ, "FUSION_ODOO_URL": odoo_url, "FUSION_DATABASE_URL": store_url, "FUSION_DAILY_SCAN_AT": "",
        "FUSION_QUIET_HOURS_ENFORCED": "false", "FUSION_SESSION_SECRET": "one key for every worker",
    }
    command = [str(Path(sys.executable).parent / "fusion-assist"), "serve", "--port", str(port)]
    if workers > 1:
        command += ["--workers", str(workers)]
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=log.open("wb"))
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while True:
        try:
            if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                return process, url
        except httpx.TransportError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            raise RuntimeError(f"the service did not start: {log.read_text()[-2000:]}")
        time.sleep(0.2)


def stop(service: subprocess.Popen[bytes]) -> None:
    """Stop `serve` and its worker processes; a worker still draining a backlog is killed (the figures are taken),
    never left behind to load the next run."""
    workers = psutil.Process(service.pid).children(recursive=True)
    service.terminate()
    try:
        service.wait(timeout=30)
    except subprocess.TimeoutExpired:
        service.kill()
        service.wait()
    for worker in workers:
        with contextlib.suppress(psutil.NoSuchProcess):
            worker.kill()


def text(index: int, turn: int) -> str:
    """What client `index` writes at `turn`."""
    return (WISHES[index % len(WISHES)], CHOICES[index % len(CHOICES)], "thank you")[turn]


async def drive(url: str, phones: list[str], rate: float, seconds: float) -> Results:
    """Send `rate` texts a second for `seconds`: client c's text t leaves at t * SPACING + c / rate.

    aiohttp, not httpx, is the clients' side: httpcore's pool looks over every connection for each request, so with
    the hundreds open at these rates the clients, not the service, used a whole core."""
    results = Results()
    per_round = int(rate * SPACING)
    schedule = sorted(
        (turn * SPACING + index / rate, phone, text(index, turn), f"load-{index}-{turn}")
        for turn in range(TURNS) for index, phone in enumerate(phones[:per_round])
        if turn * SPACING + index / rate < seconds
    )
    connector = aiohttp.TCPConnector(limit=2000)
    async with aiohttp.ClientSession(url, connector=connector, timeout=aiohttp.ClientTimeout(total=30)) as client:
        start = time.perf_counter()

        async def one(at: float, phone: str, body: str, provider_id: str) -> None:
            await asyncio.sleep(max(0.0, start + at - time.perf_counter()))
            results.sent.append(provider_id)
            began = time.perf_counter()
            try:
                async with client.post("/console/sms", json={"from": phone, "body": body, "id": provider_id}) as response:
                    answer = await response.json() if response.status == 200 else {}
            except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
                results.errors[type(exc).__name__] += 1
                return
            results.latencies.append(time.perf_counter() - began)
            if response.status == 200:
                results.acknowledged.append(provider_id)
            if response.status != 200 or not answer.get("replies"):
                results.errors[f"HTTP {response.status}" if response.status != 200 else "no reply"] += 1

        await asyncio.gather(*(one(*planned) for planned in schedule))
    return results


def store_check(store_url: str, sent: list[str], acknowledged: list[str]) -> dict[str, int]:
    """What the store says of the texts sent: acknowledged ones not stored, not processed or not answered; any stored
    twice; the texts processed so far; and the visits booked (a turn that only ever apologised would be fast and
    useless)."""
    from app.store.models import Message, Visit

    engine = create_engine(store_url)
    with engine.connect() as connection:
        inbound = connection.execute(
            select(Message.provider_message_id, func.count(), func.min(Message.status), func.min(Message.id))
            .where(Message.direction == "in", Message.provider_message_id.like("load-%"))
            .group_by(Message.provider_message_id)
        ).all()
        answered = set(connection.execute(select(Message.reply_to_id).where(Message.direction == "out", Message.reply_to_id.is_not(None))).scalars())
        booked = connection.execute(select(func.count()).select_from(Visit)).scalar_one()
    engine.dispose()
    stored = {provider_id: (count, status, message_id) for provider_id, count, status, message_id in inbound}
    acked = [stored.get(provider_id) for provider_id in acknowledged]
    return {
        "not stored": sum(1 for row in acked if row is None),
        "not processed": sum(1 for row in acked if row is not None and row[1] != "processed"),
        "not answered": sum(1 for row in acked if row is not None and row[2] not in answered),
        "stored twice": sum(1 for count, _, _ in stored.values() if count > 1),
        "processed": sum(1 for provider_id in sent if stored.get(provider_id, (0, ""))[1] == "processed"),
        "in hand": sum(1 for _, status, _ in stored.values() if status != "processed"),
        "visits booked": booked,
    }


def drained(store_url: str, results: Results, within: float) -> tuple[dict[str, int], float]:
    """The store check once the service is idle (every acknowledged text done, none in hand, and nothing more processed
    over two seconds: requests whose clients gave up may still be waiting for a thread), or after `within` seconds;
    and how long that took."""
    began, before = time.monotonic(), -1
    while True:
        check = store_check(store_url, results.sent, results.acknowledged)
        busy = check["not stored"] + check["not processed"] + check["not answered"] + check["in hand"]
        if (not busy and check["processed"] == before) or time.monotonic() - began > within:
            return check, time.monotonic() - began
        before = check["processed"]
        time.sleep(2)


def cpu_seconds(process: psutil.Process) -> float:
    """CPU time (user and system) of a process and its descendants, living and exited (reaped ones count in their
    parent's children times), so a difference over the run is what that group of processes spent."""
    total = 0.0
    for member in (process, *process.children(recursive=True)):
        try:
            times = member.cpu_times()
        except psutil.NoSuchProcess:
            continue
        total += times.user + times.system + times.children_user + times.children_system
    return total


def postmaster() -> psutil.Process | None:
    """The local PostgreSQL server's main process, when it runs on this machine (its backends are its children)."""
    for candidate in psutil.process_iter(["name"]):
        try:
            if candidate.info["name"] == "postgres" and candidate.parent() is not None and candidate.parent().name() != "postgres":
                return candidate
        except psutil.Error:
            continue
    return None


MACHINE = "machine"  # all of this machine's cores, whoever used them (the parts, the kernel's loopback, anything else)


def cpu_by_part(service: subprocess.Popen[bytes]) -> dict[str, float]:
    """CPU seconds spent so far by each part of the run: the service, the sandbox Odoo, PostgreSQL, and this process
    (the clients)."""
    me = psutil.Process()
    parts = {"service": psutil.Process(service.pid), "clients": me}
    parts.update({"sandbox Odoo": child for child in me.children() if "bench.scan" in " ".join(child.cmdline())})
    server = postmaster()
    if server is not None:
        parts["PostgreSQL"] = server
    seconds = {name: cpu_seconds(process) for name, process in parts.items()}
    seconds["clients"] = sum(me.cpu_times()[:2])  # only this process: its children are the service and the sandbox
    machine = psutil.cpu_times()
    seconds[MACHINE] = sum(machine) - machine.idle - getattr(machine, "iowait", 0.0)  # everything, the kernel's work too
    return seconds


def percentile(samples: list[float], share: float) -> float:
    return statistics.quantiles(samples, n=100, method="inclusive")[int(share * 100) - 1] if len(samples) > 1 else samples[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rate", type=float, default=200, help="texts a second (default 200)")
    parser.add_argument("--seconds", type=float, default=60, help="how long (default 60)")
    parser.add_argument("--workers", type=int, default=2, help="service worker processes (default 2)")
    parser.add_argument("--drain", type=float, default=600, help="seconds the service may take to finish its backlog before the store check (default 600)")
    options = parser.parse_args()
    clients = int(options.rate * SPACING)
    print(f"load: {options.rate:.0f} texts/s for {options.seconds:.0f} s, {clients:,} clients x {TURNS} texts, "
          f"{options.workers} workers, PostgreSQL store, sandbox Odoo in its own process (2 cores shared by all)")
    units = int(clients * 2.1)  # one client per two units; a few clients have no phone
    with sandbox_process(units, date.today()) as odoo_url, fresh_database() as store_url, tempfile.TemporaryDirectory() as folder:
        phones = client_phones(odoo_url, clients)
        service, url = start_service(odoo_url, store_url, options.workers, Path(folder) / "service.log")
        try:
            cpu_before = cpu_by_part(service)
            began = time.perf_counter()
            results = asyncio.run(drive(url, phones, options.rate, options.seconds))
            elapsed = time.perf_counter() - began
            cpu = {part: spent - cpu_before[part] for part, spent in cpu_by_part(service).items()}
            processed = store_check(store_url, results.sent, results.acknowledged)["processed"]  # got through while the clients wrote
            check, draining = drained(store_url, results, options.drain)
            failures = Counter(line.strip()[-160:] for line in (Path(folder) / "service.log").read_text().splitlines() if "Error" in line)
        finally:
            stop(service)
    latencies = sorted(results.latencies)
    print(f"  texts sent {len(results.sent):,} in {elapsed:.1f} s ({len(results.sent) / elapsed:.0f}/s), answered in time "
          f"{len(results.acknowledged):,}; processed meanwhile {processed:,} ({processed / elapsed:.0f}/s: the service's throughput)")
    if latencies:
        print(f"  turn latency p50 {percentile(latencies, 0.50) * 1000:.0f} ms  p95 {percentile(latencies, 0.95) * 1000:.0f} ms  "
              f"p99 {percentile(latencies, 0.99) * 1000:.0f} ms  max {latencies[-1] * 1000:.0f} ms  (target p95 <= 150 ms: "
              f"{'met' if percentile(latencies, 0.95) <= 0.150 else 'NOT met'})")
    done = max(processed, 1)
    machine = cpu.pop(MACHINE)
    print("  CPU per text processed: " + ", ".join(f"{part} {spent / done * 1000:.1f} ms" for part, spent in cpu.items())
          + f"; in all {sum(cpu.values()) / done * 1000:.1f} ms. Machine busy {machine / elapsed / psutil.cpu_count() * 100:.0f}% "
          f"of its {psutil.cpu_count()} cores ({machine / done * 1000:.1f} ms a text)")
    print(f"  errors {sum(results.errors.values())} {dict(results.errors)}")
    for line, count in failures.most_common(3):  # what the service's log says went wrong, most frequent first
        print(f"    service log, {count}x: {line}")
    booked = check.pop("visits booked")
    lost = {key: check[key] for key in ("not stored", "not processed", "not answered", "stored twice")}
    print(f"  store check after {draining:.0f} s of draining: {lost}  -> {'no message lost' if not any(lost.values()) else 'MESSAGES LOST'}; "
          f"texts processed {check['processed']:,} of {len(results.sent):,} sent (a text never answered is one a provider sends again); "
          f"visits booked {booked:,}")

if __name__ == "__main__":
    main()
