"""Benchmarks, one command: `.venv/bin/python -m bench.run` (`--scan`: the due-date scan at 10,000 and 100,000 units).
Also the sandbox Odoo's searches at 10,000 units (bench/sandbox.py).
Prints figures and ratios measured in one run.

The machine is small and noisy, so each figure is a median over repeats and compared only with figures
from the same run.
"""
from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from app.odoo.availability import AppointmentRules, Technician, candidate_slots, free_slots, pick_spread
from bench.counting import CountingTransport

if TYPE_CHECKING:
    import httpx

    from app.container import Services

TZ = ZoneInfo("America/Toronto")
NOW = datetime(2026, 11, 24, 10, 0, tzinfo=TZ)


def timed(label: str, fn: Callable[[], object], repeats: int = 30) -> float:
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    median = statistics.median(samples)
    p95 = sorted(samples)[int(0.95 * (len(samples) - 1))]
    print(f"{label:<58} median {median * 1000:8.3f} ms   p95 {p95 * 1000:8.3f} ms")
    return median


def slot_rules(technicians: int) -> AppointmentRules:
    hours = {d: [(8.0, 12.0), (13.0, 17.0)] for d in range(5)}
    techs = [Technician(i, 100 + i, f"Tech {i}", "America/Toronto", hours) for i in range(technicians)]
    return AppointmentRules(1, timedelta(hours=1), "America/Toronto", timedelta(hours=24), 60, {d: [(8.0, 17.0, frozenset())] for d in range(5)}, techs)


def busy_for(rules: AppointmentRules, days: int) -> dict[int, list[tuple[datetime, datetime]]]:
    busy: dict[int, list[tuple[datetime, datetime]]] = {}
    for tech in rules.technicians:
        busy[tech.user_id] = [
            (NOW.replace(hour=9) + timedelta(days=d, hours=2 * (tech.user_id % 3)), NOW.replace(hour=10) + timedelta(days=d, hours=2 * (tech.user_id % 3)))
            for d in range(days)
        ]
    return busy


def bench_slots() -> None:
    print("free-slot computation (pure, no Odoo)")
    results = {}
    for technicians, days in ((4, 14), (4, 60), (16, 60)):
        rules = slot_rules(technicians)
        busy = busy_for(rules, days)
        window = [(NOW, NOW + timedelta(days=days))]

        def run() -> None:
            cands = candidate_slots(rules, NOW, NOW, NOW + timedelta(days=days))
            pick_spread(free_slots(cands, busy, window, []), 3, "America/Toronto")

        results[(technicians, days)] = timed(f"  {technicians} technicians, {days} days", run)
    base = results[(4, 14)]
    print(f"  ratio 60 days / 14 days (4 technicians): {results[(4, 60)] / base:.1f}x (the window is 4.3x longer)")
    print(f"  ratio 16 / 4 technicians (60 days): {results[(16, 60)] / results[(4, 60)]:.1f}x")


CORPUS = [
    "tomorrow afternoon", "2", "next Tuesday morning", "any day after 3", "not Monday", "tmrw am", "Yes 3", "the second one",
    "can someone call me", "STOP", "mardi prochain en matinée", "vers 14h", "Dec. 8th", "👍", "any time next week except Wednesday",
    "I can do thursday or friday afternoon but not before 2", "no", "what is this about?", "x" * 10_000,
]


def bench_understand() -> None:
    """Accuracy per category on the tuned corpus and on the blind holdout, time per reply after warm-up, and
    dateparser's raw accuracy beside ours."""
    from collections import defaultdict

    from dialogs.understand import understand
    from dialogs.days import calendar_date
    from tests.corpus import BLIND, HOLDOUT, TUNED, TUNING, agrees, load, load_tuned

    tuned = f"tuned corpus ({', '.join(path.name for path in TUNED)})"
    for label, rows in ((tuned, load_tuned()), ("older holdout (replies_holdout.tsv)", load(HOLDOUT)),
                        *((f"being tuned ({path.name}, not yet 100 %)", load(path)) for path in TUNING),
                        ("blind holdout (replies_blind.tsv, never tuned on)", load(BLIND))):
        by_category: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for row in rows:
            by_category[row.category][0] += agrees(row, understand(row.text, row.now, row.locale))
            by_category[row.category][1] += 1
        right = sum(r for r, _ in by_category.values())
        print(f"understanding accuracy, {label}: {right}/{len(rows)} = {right / len(rows):.1%}")
        print("  " + "  ".join(f"{name} {r / n:.0%} ({r}/{n})" for name, (r, n) in sorted(by_category.items())))
    rows = load_tuned()
    for row in rows:
        understand(row.text, row.now, row.locale)  # warm-up
    samples = []
    for _ in range(3):
        for row in rows:
            calendar_date.cache_clear()  # time the date reading too, not a cache hit
            start = time.perf_counter()
            understand(row.text, row.now, row.locale)
            samples.append(time.perf_counter() - start)
    samples.sort()
    p50, p95 = samples[len(samples) // 2], samples[int(0.95 * (len(samples) - 1))]
    print(f"  time per reply over {len(samples)} calls: p50 {p50 * 1000:.3f} ms, p95 {p95 * 1000:.3f} ms, max {samples[-1] * 1000:.2f} ms (target p95 <= 5 ms)")
    when = [row for row in load() if row.intent == "when" and "d=" in row.detail]
    ours = sum(agrees(row, understand(row.text, row.now, row.locale)) for row in when)
    theirs, dateparser_seconds = _dateparser_baseline(when)
    print(f"  time phrases of replies.tsv ({len(when)}): ours {ours / len(when):.1%} exact; dateparser.parse {theirs / len(when):.1%} "
          f"(lenient: its one datetime falls inside a wished window), {dateparser_seconds / len(when) * 1000:.2f} ms per phrase")


def _dateparser_baseline(rows: list) -> tuple[int, float]:
    import dateparser

    settings = {"RELATIVE_BASE": NOW.replace(tzinfo=None), "PREFER_DATES_FROM": "future", "RETURN_AS_TIMEZONE_AWARE": False}
    dateparser.parse("tomorrow", settings=settings, languages=["en", "fr"])  # warm-up: language data loads once
    right, start = 0, time.perf_counter()
    for row in rows:
        parsed = dateparser.parse(row.text, settings=settings, languages=["en", "fr"])
        windows, _ = row.expected_windows()
        if parsed is not None:
            moment = parsed.replace(tzinfo=TZ)
            right += any(a.date() == moment.date() and (a <= moment < b or (moment.time().hour == 0 and "h=" not in row.detail)) for a, b in windows)
    return right, time.perf_counter() - start


@contextmanager
def _served() -> Iterator[tuple[Services, httpx.Client, CountingTransport, list[str]]]:
    """The service and a fresh sandbox Odoo over real HTTP on loopback, its Odoo calls counted, after one scan: the
    service, a client of it, the counter and the phones reminded."""
    import tempfile
    from pathlib import Path

    import httpx

    from app.config import Settings
    from app.container import build_services
    from app.odoo.gateway import OdooGateway
    from odoo_sandbox import SandboxOdoo
    from app.serving import ServerThread
    from app.web.app import create_app

    sandbox = SandboxOdoo(today=NOW.date())
    with ServerThread(sandbox.app) as odoo, tempfile.TemporaryDirectory() as folder:
        settings = Settings(odoo_url=odoo.url, odoo_password="admin", database_url=f"sqlite:///{Path(folder) / 'store.sqlite'}")
        counting = CountingTransport(OdooGateway.from_settings(settings)._transport)
        services = build_services(settings, clock=lambda: NOW, gateway=OdooGateway(counting))
        with ServerThread(create_app(services)) as app, httpx.Client(base_url=app.url, timeout=60) as client:
            yield services, client, counting, [r["to"] for r in client.post("/console/scan").json()]
        services.close()


def _p95(samples: list[float]) -> float:
    return sorted(samples)[int(0.95 * (len(samples) - 1))]


def bench_round_trip() -> None:
    """Real HTTP on loopback: the service and the sandbox Odoo, one client after another."""
    print("conversation turns over HTTP (service + sandbox Odoo on loopback, odoorpc transport)")
    with _served() as (services, client, counting, phones):
        turns: dict[str, list[float]] = {"offer": [], "book": []}
        calls: dict[str, list[int]] = {"offer": [], "book": []}
        odoo_seconds: dict[str, float] = {"offer": 0.0, "book": 0.0}
        for phone in phones:
            for turn, body in (("offer", "tomorrow afternoon"), ("book", "1")):
                before_calls, before_seconds = counting.calls, counting.seconds
                start = time.perf_counter()
                client.post("/console/sms", json={"from": phone, "body": body})
                turns[turn].append(time.perf_counter() - start)
                calls[turn].append(counting.calls - before_calls)
                odoo_seconds[turn] += counting.seconds - before_seconds
    for turn, samples in turns.items():
        median = statistics.median(samples)
        share = odoo_seconds[turn] / sum(samples)
        print(f"  {turn:<6} {len(samples)} clients  median {median * 1000:7.1f} ms  p95 {_p95(samples) * 1000:7.1f} ms"
              f"  Odoo calls/turn mean {sum(calls[turn]) / len(samples):3.1f} (first {calls[turn][0]}, then at most {max(calls[turn][1:])})"
              f"  time in Odoo {share:.0%}")
    print(f"  ratio book / offer turn: {statistics.median(turns['book']) / statistics.median(turns['offer']):.2f}x")


def bench_booking_page() -> None:
    """Each reminded client's booking page opened once over HTTP: every free time of the coming days read from the
    sandbox Odoo, signed and laid out by day."""
    from urllib.parse import urlsplit

    from app.store.models import Conversation

    print("booking page opens over HTTP (service + sandbox Odoo on loopback)")
    with _served() as (services, client, counting, _):
        with services.sessions() as session:
            ids = [row.id for row in session.query(Conversation.id)]
        seconds, sizes, times = [], [], []
        for conversation_id in ids:
            path = urlsplit(services.links(conversation_id, None)).path
            start = time.perf_counter()
            page = client.get(path)
            seconds.append(time.perf_counter() - start)
            sizes.append(len(page.content))
            times.append(page.text.count('name="choice"'))
    print(f"  {len(ids)} pages  median {statistics.median(seconds) * 1000:.1f} ms  p95 {_p95(seconds) * 1000:.1f} ms"
          f"  {statistics.median(sizes) / 1024:.0f} KiB and {statistics.median(times):.0f} times a page (8 shown, the rest behind 'More times')")


def main() -> None:
    parser = argparse.ArgumentParser(description="Benchmarks: understanding, free slots, conversation turns, sandbox searches; --scan: the due-date scan")
    parser.add_argument("--scan", action="store_true", help="the due-date scan over 10,000 and 100,000 units instead (a few minutes)")
    if parser.parse_args().scan:
        from bench.scan import SIZES, report

        report(SIZES, real=True)
        return
    bench_understand()
    from bench.slips import report as bench_slips

    bench_slips()
    from bench.rewrites import report as bench_rewrites

    bench_rewrites()
    bench_slots()
    bench_round_trip()
    bench_booking_page()
    from bench.sandbox import report as bench_sandbox_searches

    bench_sandbox_searches()


if __name__ == "__main__":
    main()
